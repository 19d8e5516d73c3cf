-- was_member_during(joined_on, left_on, date_from, date_to): whether a member belonged on some day of
--   the span — joined by its last day and not left before its first (is_member_on, for a span).
create or replace temp macro was_member_during(joined_on, left_on, date_from, date_to) as
    (joined_on is null or joined_on <= date_to)
    and (left_on is null or left_on > date_from)
