-- int_metric_registers: which register each metric id of DESIGN.md counts, so a period the register
--   does not cover (int_register_coverage) has no value for the metric — null, not 0.
-- grain: one row per metric
-- counted_over: 'period' for a figure that adds up the period's rows (meetings, activities, reviews,
--   appeals, letters, publications, members joined and left); 'last_day' for a figure of a moment (the
--   members and commissions on the period's last day, the NPAs pending then), which needs the register
--   to reach that day only
-- register: the register whose rows the metric counts (the one its events or its moment are read
--   from, see int_metric_events and int_period_metric_values); the *_heard figures also read the
--   bodies register, a reference list that is not dated, so their coverage is the activities'.
with listed as (
    select * from (values
        ('general_meetings', 'meetings', 'period'), ('presidium_meetings', 'meetings', 'period'), ('commission_meetings', 'meetings', 'period'),
        ('report_hearings', 'activities', 'period'), ('monitorings', 'activities', 'period'), ('public_hearings', 'activities', 'period'),
        ('round_tables', 'activities', 'period'), ('dialog_platforms', 'activities', 'period'), ('seminars', 'activities', 'period'),
        ('memoranda', 'activities', 'period'), ('departments_heard', 'activities', 'period'), ('subordinate_orgs_heard', 'activities', 'period'),
        ('district_akimats_heard', 'activities', 'period'),
        ('npa_reviewed', 'npa_reviews', 'period'), ('npa_approved', 'npa_reviews', 'period'), ('npa_with_remarks', 'npa_reviews', 'period'),
        ('npa_pending', 'npa_reviews', 'last_day'),
        ('appeals_received', 'appeals', 'period'), ('appeals_individuals', 'appeals', 'period'), ('appeals_legal_entities', 'appeals', 'period'),
        ('appeals_answered', 'appeals', 'period'),
        ('letters_sent', 'letters', 'period'), ('letters_answered', 'letters', 'period'),
        ('publications', 'media', 'period'),
        ('members_total', 'members', 'last_day'), ('members_civil', 'members', 'last_day'),
        ('members_state', 'members', 'last_day'), ('members_left', 'members', 'period'), ('members_joined', 'members', 'period'),
        ('commissions', 'members', 'last_day')
    ) as metrics(metric, register, counted_over)
),

final as (
    select metric, register, counted_over from listed
)

select * from final
