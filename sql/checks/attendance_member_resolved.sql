-- Every attendance row names exactly one member: the review list for the secretariat.
-- The rows are defined in sql/core/int_data_issues.sql, which also flags the figures they touch.
select source_file, source_sheet, source_row, source_line, name, problem, candidates
from int_data_issues
where issue = 'attendance_member_resolved'
