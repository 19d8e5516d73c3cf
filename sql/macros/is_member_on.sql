-- is_member_on(joined_on, left_on, on_date): whether a member belonged on that date — joined on or
--   before it (or no join date recorded) and not yet left (the day of leaving is no longer a member's).
--   The one membership rule every model that counts members on a date applies.
create or replace temp macro is_member_on(joined_on, left_on, on_date) as
    (joined_on is null or joined_on <= on_date)
    and (left_on is null or left_on > on_date)
