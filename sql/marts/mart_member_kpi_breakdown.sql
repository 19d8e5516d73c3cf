-- mart_member_kpi_breakdown: each member's KPI score split into what each component adds, for the
-- stacked ranking chart ("breakdown next to the score").
-- grain: one row per period + member_id + component (the components of cfg_kpi_weights)
-- component_value: the member's normalised component (0..1) from mart_member_kpi
-- weight: the component's weight (kenes.config.json kpi_weights)
-- contribution: 100 × weight × component_value / Σ(weights) — the points of the score this component
--   gives; the contributions add up to the score (up to the rounding of the components in mart_member_kpi)
with kpi as (
    select * from mart_member_kpi
),

weights as (
    select * from cfg_kpi_weights
),

components as (
    select * from (values
        ('attendance', 'attendance_component'), ('activities_participated', 'participated_component'),
        ('activities_led', 'led_component'), ('appeals_handled', 'appeals_component'),
        ('letters_handled', 'letters_component'), ('npa_conclusions', 'npa_component')
    ) as listed(component, kpi_column)
),

long as (
    unpivot (select period, member_id, full_name, commission, rank, score,
            attendance_component, participated_component, led_component,
            appeals_component, letters_component, npa_component
        from kpi)
    on attendance_component, participated_component, led_component, appeals_component, letters_component, npa_component
    into name kpi_column value component_value
),

final as (
    select
        long.period,
        long.member_id,
        long.full_name,
        long.commission,
        long.rank,
        long.score,
        components.component,
        long.component_value,
        weights.weight,
        100 * weights.weight * long.component_value / nullif((select sum(weight) from weights), 0) as contribution,
    from long
    join components using (kpi_column)
    join weights using (component)
)

select * from final
