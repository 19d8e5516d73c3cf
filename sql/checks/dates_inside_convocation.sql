-- Meetings and activities fall inside a convocation of the config (none configured: nothing to check).
-- severity: warn
with convocations as (
    select * from cfg_convocations
),

dated as (
    select source_file, source_sheet, source_row, 'meeting ' || meeting_id as what, meeting_date as date from fct_meetings
    union all
    select source_file, source_sheet, source_row, 'activity ' || activity_id, date_start from fct_activities
)

select dated.source_file, dated.source_sheet, dated.source_row, dated.what || ' on ' || dated.date || ' is outside every convocation of the config' as problem
from dated
where exists (select 1 from convocations)
    and not exists (
        select 1 from convocations
        where dated.date >= convocations.date_from and (convocations.date_to is null or dated.date <= convocations.date_to)
    )
