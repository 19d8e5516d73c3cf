-- mart_rules: the rules the figures were computed by, as the workspace's config sets them — what the
--   definitions in the workbook, the dashboard and the report draft state, so they never say the law's
--   rule for a council that has its own.
-- grain: one row per period + rule
-- rule: the config's rule (quorum_share, quorum_more_than, online_counts_as_present,
--   vote_majority_of_present, unexcused_absence_warning, absence_window_months, appeal_working_days,
--   appeal_extension_months, letter_working_days); a yes/no rule is 1 or 0
-- value: the council's own, from kenes.config.json; law_value: the law's (the config's default)
-- as_in_law: value = law_value, so the law's article can be cited for it
with periods as (
    select * from int_periods where period_role = 'current'
),

rules as (
    select * from cfg_rules
),

final as (
    select
        periods.period,
        rules.rule,
        rules.value,
        rules.law_value,
        abs(rules.value - rules.law_value) < 1e-9 as as_in_law,
    from rules
    cross join periods
)

select * from final
