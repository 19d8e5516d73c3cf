-- stg_meetings: meetings held, with the holding body categorised.
-- grain: one row per raw meetings row
-- body_kind: council | presidium | commission | committee | working_group | other,
--   from `council`, `заседание ОС`, `presidium`, `президиум`, `commission 3`, `комиссия № 3`, ...
-- commission: the commission's id for commission meetings, else null
with source as (
    select * from raw_meetings
),

categorised as (
    select
        trim(meeting_id) as meeting_id,
        body as body_label,
        case
            when regexp_matches(lower(body), 'presidium|президиум|төралқа') then 'presidium'
            when regexp_matches(lower(body), 'commission|комисси') then 'commission'
            when regexp_matches(lower(body), 'committee|комитет') then 'committee'
            when regexp_matches(lower(body), 'working.?group|рабоч|жұмыс тоб') then 'working_group'
            when regexp_matches(lower(body), 'council|совет|кеңес|заседание|общее') then 'council'
            else 'other'
        end as body_kind,
        nullif(regexp_extract(lower(body), '(commission|комисси\S*)\s*№?\s*(\d+)', 2), '') as commission_raw,
        date as meeting_date,
        format,
        number,
        title,
        source_file,
        source_sheet,
        source_row,
    from source
),

final as (
    select
        * exclude (commission_raw),
        cast(cast(commission_raw as integer) as varchar) as commission,
        case when body_kind = 'commission' then 'commission ' || cast(cast(commission_raw as integer) as varchar) else body_kind end as body,
    from categorised
)

select * from final
