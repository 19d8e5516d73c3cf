-- fct_npa_reviews: one row per draft act reviewed.
-- grain: one row per npa_id
with reviews as (
    select * from stg_npa_reviews
),

deduplicated as (
    select *
    from reviews
    qualify row_number() over (partition by npa_id order by source_file, source_row) = 1
)

select * from deduplicated
