-- handled_by (appeals, letters), author (NPA reviews), participants and led_by (activities) name one member, so the member KPI counts them.
-- severity: warn
-- An unmatched participant or lead is a guest (an official, an expert), not listed; one that fits
-- several members is. The name counts once the row gives the member id or a name only one fits.
with mentions as (
    select * from int_member_mentions
),

member_refs as (
    select * from int_member_refs
),

unresolved as (
    select mentions.*, member_refs.resolution, member_refs.candidates
    from mentions
    join member_refs
        on member_refs.name_ref = mentions.name_ref
        and member_refs.on_date is not distinct from mentions.on_date
    where mentions.register <> 'attendance'
        and member_refs.resolution <> 'matched'
        and (mentions.register <> 'activities' or member_refs.resolution = 'ambiguous')
)

select
    source_file,
    source_sheet,
    source_row,
    source_line,
    name_ref as name,
    candidates,
    case register when 'appeals' then 'appeal ' when 'letters' then 'letter ' when 'npa_reviews' then 'NPA ' else 'activity ' end
        || coalesce(record_id, '?') || ': ' || column_name || ' "' || name_ref || '" '
        || case resolution
            when 'ambiguous' then 'fits several members equally; write the member id'
            else 'matches no member'
        end as problem
from unresolved
order by source_file, source_sheet, source_row, source_line, column_name, name_ref
