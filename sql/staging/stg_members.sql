-- stg_members: the members register, renamed and categorised.
-- grain: one row per raw members row (member_id should be unique: checked in sql/checks)
with source as (
    select * from raw_members
),

renamed as (
    select
        trim(member_id) as member_id,
        trim(full_name) as full_name,
        commission,
        coalesce(role, 'member') as role,
        role in ('chair', 'deputy_chair', 'secretary', 'commission_chair') as in_presidium,
        sector,
        district,
        joined_on,
        left_on,
        left_reason,
        source_file,
        source_sheet,
        source_row,
    from source
)

select * from renamed
