-- mart_report_cover: what the workbook's cover sheet states about the data behind the report:
--   the period and how current the registers are.
-- grain: one row per period (the current one)
-- date_from, date_to: the period's first and last day
-- last_batch_id: the last ingest batch (kenes ingest), null before any
-- data_as_of: when that batch was loaded (the newest loaded_at of batches), null before any
-- files_loaded: distinct input files that loaded rows in any batch
with periods as (
    select * from int_periods where period_role = 'current'
),

ingest_batches as (
    select * from batches
),

last_batch as (
    select
        max(batch_id) as last_batch_id,
        max(loaded_at) as data_as_of,
        count(distinct source_file) filter (where rows_loaded > 0) as files_loaded,
    from ingest_batches
),

final as (
    select
        periods.period,
        periods.date_from,
        periods.date_to,
        last_batch.last_batch_id,
        last_batch.data_as_of,
        last_batch.files_loaded,
    from periods
    cross join last_batch
)

select * from final
