-- int_member_refs: the member a register means by what it wrote, on the day the row is about.
--   The one resolver of register names: every model that turns a written member into a
--   member_id joins here on name_ref + on_date (int_member_mentions says where each comes from).
-- grain: one row per name_ref + on_date of int_member_mentions
-- member_id: the member whose id name_ref is; else the one member resolveMember fits the name to
--   (`Иванов И.И.`, `И.И. Иванов`, `ИВАНОВ ИВАН`, ё/е, Kazakh letters, Latin look-alikes —
--   pipelines/resolveNames.ts, written to int_name_matches); else, of namesakes the name fits
--   equally, the only one who was a member on on_date (joined_on ≤ on_date < left_on): the
--   namesake who left in 2023 did not attend in 2024. Null when none, or several, remain.
-- matched_by: id | name | name_and_date (null when not matched)
-- resolution: matched | ambiguous (namesakes fit equally and the date does not tell them apart)
--   | unmatched
-- candidates: when not matched, the members to choose from, best first, as
--   "M07 Иванова Ирина Игоревна; M12 Иванова Инна Олеговна" (null when there are none)
with mentions as (
    select * from int_member_mentions
),

name_matches as (
    select * from int_name_matches
),

members as (
    select * from dim_members
),

refs as (
    select distinct name_ref, on_date, id_member_id
    from mentions
),

by_name as (
    select
        name_matches.name_ref,
        any_value(name_matches.resolution) as resolution,
        any_value(name_matches.member_id) filter (where name_matches.resolution = 'matched') as member_id,
        string_agg(name_matches.member_id || ' ' || members.full_name, '; ' order by name_matches.rank) as candidates,
    from name_matches
    left join members using (member_id)
    group by name_matches.name_ref
),

in_office as (
    select
        refs.name_ref,
        refs.on_date,
        list(members.member_id) as member_ids,
    from refs
    join name_matches
        on name_matches.name_ref = refs.name_ref
        and name_matches.resolution = 'ambiguous'
    join members
        on members.member_id = name_matches.member_id
        and is_member_on(members.joined_on, members.left_on, refs.on_date)
    where refs.on_date is not null
    group by all
),

resolved as (
    select
        refs.name_ref,
        refs.on_date,
        coalesce(refs.id_member_id, by_name.member_id, case when len(in_office.member_ids) = 1 then in_office.member_ids[1] end) as member_id,
        case
            when refs.id_member_id is not null then 'id'
            when by_name.member_id is not null then 'name'
            when len(in_office.member_ids) = 1 then 'name_and_date'
        end as matched_by,
        by_name.resolution as name_resolution,
        by_name.candidates,
    from refs
    left join by_name using (name_ref)
    left join in_office
        on in_office.name_ref = refs.name_ref
        and in_office.on_date = refs.on_date
),

final as (
    select
        name_ref,
        on_date,
        member_id,
        matched_by,
        case when member_id is not null then 'matched' else coalesce(name_resolution, 'unmatched') end as resolution,
        case when member_id is null then candidates end as candidates,
    from resolved
)

select * from final
