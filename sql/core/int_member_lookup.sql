-- int_member_lookup: how a member may be written in a register (id or full name) → the member.
-- grain: one row per ref_key that names exactly one member
-- ref_key: lowercase, ё→е, single spaces, trimmed — apply the same to the text being looked up.
--   A name two members share names neither: it is left out, never matched to a wrong member.
with members as (
    select * from dim_members
),

keys as (
    select regexp_replace(replace(lower(trim(member_id)), 'ё', 'е'), '\s+', ' ', 'g') as ref_key, member_id from members
    union
    select name_key as ref_key, member_id from members where name_key is not null
),

final as (
    select ref_key, any_value(member_id) as member_id
    from keys
    group by ref_key
    having count(distinct member_id) = 1
)

select * from final
