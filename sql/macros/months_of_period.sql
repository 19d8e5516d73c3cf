-- months_of_period(date_from, date_to): the first day of every month the span touches, in order —
--   also months without a record, so a monthly table or chart has a row for each.
create or replace temp macro months_of_period(date_from, date_to) as
    list_transform(generate_series(date_trunc('month', date_from), date_to, interval 1 month), m -> cast(m as date))
