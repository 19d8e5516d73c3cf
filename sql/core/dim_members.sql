-- dim_members: one row per member of the council, as the register last gave them.
-- grain: one row per member_id (a duplicated id keeps its first row; sql/checks lists the others)
with members as (
    select * from stg_members
),

deduplicated as (
    select *
    from members
    qualify row_number() over (partition by member_id order by source_file, source_row) = 1
)

select * from deduplicated
