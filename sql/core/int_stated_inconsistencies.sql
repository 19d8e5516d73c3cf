-- int_stated_inconsistencies: figures of one report that contradict each other.
-- grain: one row per source + stated period + rule (+ metric for conflicting_values)
-- source: the report the figures come from (source, else the file they were ingested from)
-- Rules (parts may not add up to more than their whole, within one source and period):
--   npa_breakdown: npa_approved + npa_with_remarks ≤ npa_reviewed
--     (the 2019 report: 89 reviewed, yet 89 approved and 4 with remarks)
--   appeals_by_applicant: appeals_individuals + appeals_legal_entities ≤ appeals_received
--   members_by_sector: members_civil + members_state ≤ members_total
--   bodies_heard: departments_heard + subordinate_orgs_heard + district_akimats_heard ≤ report_hearings
--     (each body heard had at least one hearing)
--   conflicting_values: one metric stated with two different values (as "8 of 30 online" in the
--     Kazakh text and "9" in the Russian one)
--   A rule is tested when the whole and at least one part are stated.
-- parts_total, whole: the stated values compared; metrics: the metric ids involved
with stated_figures as (
    select * from stg_stated_figures
),

rules as (
    select * from (values
        ('npa_breakdown', 'npa_reviewed', ['npa_approved', 'npa_with_remarks']),
        ('appeals_by_applicant', 'appeals_received', ['appeals_individuals', 'appeals_legal_entities']),
        ('members_by_sector', 'members_total', ['members_civil', 'members_state']),
        ('bodies_heard', 'report_hearings', ['departments_heard', 'subordinate_orgs_heard', 'district_akimats_heard'])
    ) as r(rule, whole_metric, part_metrics)
),

figures as (
    select
        coalesce(source, source_file) as source,
        period_from,
        period_to,
        metric,
        -- a figure stated twice with one value counts once; two values are a conflict (below)
        min(value) as value,
        count(distinct value) as distinct_values,
        list_sort(list(distinct regexp_replace(cast(value as varchar), '\.0$', ''))) as values_stated,
        -- 89, not 89.0, in the problem text
        regexp_replace(cast(min(value) as varchar), '\.0$', '') as value_text,
        min(source_file) as source_file,
        min(source_row) as source_row,
        min(source_line) as source_line,
    from stated_figures
    group by all
),

part_sums as (
    select
        figures.source,
        figures.period_from,
        figures.period_to,
        rules.rule,
        rules.whole_metric,
        sum(figures.value) as parts_total,
        list(figures.metric || ' ' || figures.value_text order by figures.metric) as parts_text,
        list(figures.metric order by figures.metric) as part_metrics,
        min(figures.source_file) as source_file,
        min(figures.source_row) as source_row,
        min(figures.source_line) as source_line,
    from figures
    join rules on list_contains(rules.part_metrics, figures.metric)
    group by all
),

broken_rules as (
    select
        part_sums.source,
        part_sums.period_from,
        part_sums.period_to,
        part_sums.rule,
        list_prepend(part_sums.whole_metric, part_sums.part_metrics) as metrics,
        part_sums.parts_total,
        whole.value as whole,
        array_to_string(part_sums.parts_text, ' + ') || ' = ' || regexp_replace(cast(part_sums.parts_total as varchar), '\.0$', '')
            || ' > ' || part_sums.whole_metric || ' ' || whole.value_text as problem,
        coalesce(whole.source_file, part_sums.source_file) as source_file,
        least(whole.source_row, part_sums.source_row) as source_row,
        least(whole.source_line, part_sums.source_line) as source_line,
    from part_sums
    join figures as whole
        on whole.source = part_sums.source
        and whole.period_from = part_sums.period_from
        and whole.period_to = part_sums.period_to
        and whole.metric = part_sums.whole_metric
    where part_sums.parts_total > whole.value
),

conflicts as (
    select
        source,
        period_from,
        period_to,
        'conflicting_values' as rule,
        [metric] as metrics,
        null::double as parts_total,
        null::double as whole,
        metric || ' stated as ' || array_to_string(values_stated, ' and ') as problem,
        source_file,
        source_row,
        source_line,
    from figures
    where distinct_values > 1
),

final as (
    select * from broken_rules
    union all by name
    select * from conflicts
)

select * from final
