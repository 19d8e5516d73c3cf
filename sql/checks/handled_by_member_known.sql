-- handled_by (appeals, letters) and author (NPA reviews) name exactly one member, so the member KPI counts them.
-- severity: warn
select source_file, source_sheet, source_row, 'appeal ' || appeal_id || ': handled_by "' || handled_by || '" matches no single member' as problem
from fct_appeals where handled_by is not null and handled_by_member_id is null
union all
select source_file, source_sheet, source_row, 'letter ' || letter_id || ': handled_by "' || handled_by || '" matches no single member'
from fct_letters where handled_by is not null and handled_by_member_id is null
union all
select source_file, source_sheet, source_row, 'NPA ' || npa_id || ': author "' || author || '" matches no single member'
from fct_npa_reviews where author is not null and author_member_id is null
