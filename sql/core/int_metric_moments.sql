-- int_metric_moments: the figures of a moment (kind 'moment' in cfg_metrics), each one's value on every day, as
--   steps. This is the one place where what such a figure counts is written down: int_period_metric_values reads
--   the value on a period's last day, and so does the national rollup from each council's export (the councils'
--   figures are never computed again from their rows).
-- grain: one row per metric + valid_from
-- valid_from, valid_to: the value holds on the days from valid_from (null: every day before the first step) up
--   to, not including, valid_to (null: every day after). The value is counted on each day a row's date can change
--   a figure of a moment (a member joins or leaves; a review is received or given its result), and a step starts
--   where it changed, so the steps of a metric cover every day once.
-- value, on a day d:
--   npa_pending: reviews received by d (one without a received date: reviewed by d; one without either date is
--     counted on every day) and still without a result on d (result 'pending', or reviewed after d)
--   members_total, members_civil, members_state: the members on d (joined by d, or no joined_on; not left by d),
--     all, of civil society, of the state
--   commissions: the distinct commissions of the members on d
with metrics as (
    select * from cfg_metrics
),

npa as (
    select * from fct_npa_reviews
),

members as (
    select * from dim_members
),

change_days as (
    -- every day a moment can change on: a member joins or leaves, a review is received or given its result
    select joined_on as day from members
    union
    select left_on from members
    union
    select coalesce(received_on, reviewed_on) from npa
    union
    select reviewed_on from npa
),

steps as (
    select day as valid_from, day from change_days where day is not null
    union all
    -- before every date (one row also when there are none): the day before the first
    select null, coalesce(min(day) - 1, date '2000-01-01') from change_days
),

npa_values as (
    select
        steps.valid_from,
        count(*) filter (where coalesce(npa.received_on, npa.reviewed_on, steps.day) <= steps.day
            and (npa.result = 'pending' or npa.reviewed_on > steps.day)) as npa_pending,
    from steps
    left join npa on true
    group by steps.valid_from, steps.day
),

members_on_day as (
    select steps.valid_from, steps.day, members.member_id, members.sector, members.commission
    from steps
    left join members
        on (members.joined_on is null or members.joined_on <= steps.day)
        and (members.left_on is null or members.left_on > steps.day)
),

member_values as (
    select
        valid_from,
        count(member_id) as members_total,
        count(member_id) filter (where sector = 'civil_society') as members_civil,
        count(member_id) filter (where sector = 'state') as members_state,
        count(distinct commission) as commissions,
    from members_on_day
    group by valid_from, day
),

unioned as (
    select 'npa_pending' as metric, valid_from, npa_pending as value from npa_values
    union all select 'members_total', valid_from, members_total from member_values
    union all select 'members_civil', valid_from, members_civil from member_values
    union all select 'members_state', valid_from, members_state from member_values
    union all select 'commissions', valid_from, commissions from member_values
),

changes as (
    select
        unioned.metric,
        unioned.valid_from,
        unioned.value,
        lag(unioned.value) over (partition by unioned.metric order by unioned.valid_from nulls first) as value_before,
    from unioned
    join metrics on metrics.metric = unioned.metric and metrics.kind = 'moment'
),

final as (
    -- a step only where the value changes (a review received does not start a step of the members); the window runs
    -- over the steps kept, so each lasts until the next change
    select
        metric,
        valid_from,
        lead(valid_from) over (partition by metric order by valid_from nulls first) as valid_to,
        value,
    from changes
    where value_before is null or value_before <> value
)

select * from final
