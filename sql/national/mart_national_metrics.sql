-- mart_national_metrics: the metric ids of DESIGN.md for every council of a national export, for the rollup period.
-- grain: one row per period + council + metric
-- value: the metric as the council's own mart_period_metrics computes it for the same period
--   (definitions in sql/core/int_period_metric_values.sql; the same filters, grouped by council),
--   0 where a council has no rows; so summing a metric over councils gives the national total.
-- Reads the core tables of the export (one table per folder, `council` and `year` from the
--   hive partitions) and cfg_national_period (period, date_from, date_to): plain SQL that
--   runs in DuckDB, Spark or Trino once those tables are registered over the Parquet folder.
with period as (
    select * from cfg_national_period
),

councils as (
    select distinct council from councils
),

meetings as (
    select * from fct_meetings
),

activities as (
    select * from fct_activities
),

npa as (
    select * from fct_npa_reviews
),

appeals as (
    select * from fct_appeals
),

letters as (
    select * from fct_letters
),

media as (
    select * from fct_media
),

members as (
    select * from dim_members
),

meeting_counts as (
    select
        meetings.council,
        count(*) filter (where meetings.body_kind = 'council') as general_meetings,
        count(*) filter (where meetings.body_kind = 'presidium') as presidium_meetings,
        count(*) filter (where meetings.body_kind = 'commission') as commission_meetings,
    from meetings
    cross join period
    where meetings.meeting_date between period.date_from and period.date_to
    group by all
),

activity_counts as (
    select
        activities.council,
        count(*) filter (where activities.type = 'report_hearing') as report_hearings,
        count(*) filter (where activities.type = 'monitoring') as monitorings,
        count(*) filter (where activities.type = 'public_hearing') as public_hearings,
        count(*) filter (where activities.type = 'round_table') as round_tables,
        count(*) filter (where activities.type = 'dialog_platform') as dialog_platforms,
        count(*) filter (where activities.type = 'seminar') as seminars,
        count(*) filter (where activities.type = 'memorandum') as memoranda,
        count(distinct activities.target_body_id) filter (where activities.type = 'report_hearing' and activities.target_kind = 'department') as departments_heard,
        count(distinct activities.target_body_id) filter (where activities.type = 'report_hearing' and activities.target_kind = 'subordinate') as subordinate_orgs_heard,
        count(distinct activities.target_body_id) filter (where activities.type = 'report_hearing' and activities.target_kind = 'district_akimat') as district_akimats_heard,
    from activities
    cross join period
    where activities.date_start between period.date_from and period.date_to
    group by all
),

npa_counts as (
    select
        npa.council,
        count(*) filter (where npa.result <> 'pending' and npa.reviewed_on between period.date_from and period.date_to) as npa_reviewed,
        count(*) filter (where npa.result = 'approved' and npa.reviewed_on between period.date_from and period.date_to) as npa_approved,
        count(*) filter (where npa.result = 'approved_with_remarks' and npa.reviewed_on between period.date_from and period.date_to) as npa_with_remarks,
        count(*) filter (where coalesce(npa.received_on, npa.reviewed_on, period.date_to) <= period.date_to
            and (npa.result = 'pending' or npa.reviewed_on > period.date_to)) as npa_pending,
    from npa
    cross join period
    group by all
),

appeal_counts as (
    select
        appeals.council,
        count(*) filter (where appeals.received_on between period.date_from and period.date_to) as appeals_received,
        count(*) filter (where appeals.received_on between period.date_from and period.date_to and appeals.applicant_type = 'individual') as appeals_individuals,
        count(*) filter (where appeals.received_on between period.date_from and period.date_to and appeals.applicant_type = 'legal_entity') as appeals_legal_entities,
        count(*) filter (where appeals.answered_on between period.date_from and period.date_to) as appeals_answered,
    from appeals
    cross join period
    group by all
),

letter_counts as (
    select
        letters.council,
        count(*) filter (where letters.sent_on between period.date_from and period.date_to) as letters_sent,
        count(*) filter (where letters.answered_on between period.date_from and period.date_to) as letters_answered,
    from letters
    cross join period
    group by all
),

media_counts as (
    select media.council, sum(media.publications) as publications,
    from media
    cross join period
    where media.month_start between date_trunc('month', period.date_from) and period.date_to
    group by all
),

member_counts as (
    select
        members.council,
        count(*) filter (where (members.joined_on is null or members.joined_on <= period.date_to)
            and (members.left_on is null or members.left_on > period.date_to)) as members_total,
        count(*) filter (where (members.joined_on is null or members.joined_on <= period.date_to)
            and (members.left_on is null or members.left_on > period.date_to) and members.sector = 'civil_society') as members_civil,
        count(*) filter (where (members.joined_on is null or members.joined_on <= period.date_to)
            and (members.left_on is null or members.left_on > period.date_to) and members.sector = 'state') as members_state,
        count(*) filter (where members.joined_on between period.date_from and period.date_to) as members_joined,
        count(*) filter (where members.left_on between period.date_from and period.date_to) as members_left,
        count(distinct members.commission) filter (where (members.joined_on is null or members.joined_on <= period.date_to)
            and (members.left_on is null or members.left_on > period.date_to)) as commissions,
    from members
    cross join period
    group by all
),

unioned as (
    select council, metric, value from (unpivot meeting_counts on columns(* exclude (council)) into name metric value value)
    union all select council, metric, value from (unpivot activity_counts on columns(* exclude (council)) into name metric value value)
    union all select council, metric, value from (unpivot npa_counts on columns(* exclude (council)) into name metric value value)
    union all select council, metric, value from (unpivot appeal_counts on columns(* exclude (council)) into name metric value value)
    union all select council, metric, value from (unpivot letter_counts on columns(* exclude (council)) into name metric value value)
    union all select council, metric, value from (unpivot media_counts on columns(* exclude (council)) into name metric value value)
    union all select council, metric, value from (unpivot member_counts on columns(* exclude (council)) into name metric value value)
),

metric_ids as (
    select * from (values
        ('general_meetings'), ('presidium_meetings'), ('commission_meetings'), ('report_hearings'),
        ('departments_heard'), ('subordinate_orgs_heard'), ('district_akimats_heard'), ('public_hearings'),
        ('monitorings'), ('npa_reviewed'), ('npa_approved'), ('npa_with_remarks'), ('npa_pending'),
        ('round_tables'), ('dialog_platforms'), ('seminars'), ('memoranda'), ('appeals_received'),
        ('appeals_individuals'), ('appeals_legal_entities'), ('appeals_answered'), ('letters_sent'),
        ('letters_answered'), ('publications'), ('members_total'), ('members_civil'), ('members_state'),
        ('members_left'), ('members_joined'), ('commissions')
    ) as ids(metric)
),

final as (
    select
        period.period,
        councils.council,
        metric_ids.metric,
        cast(coalesce(unioned.value, 0) as double) as value,
    from councils
    cross join metric_ids
    cross join period
    left join unioned
        on unioned.council = councils.council
        and unioned.metric = metric_ids.metric
)

select * from final
