/**
 * The national workbook (`kenes rollup`) as data: the national totals, the
 * councils compared and each council's metrics, from the national marts of
 * sql/national. Their headers are the national ones (`nationalColumns` in
 * reports/i18n); each title ends with the period.
 */
import type { Section } from './Section.ts';

export const NATIONAL_SECTIONS: Section<'nationalColumns'>[] = [
  {
    id: 'nationalTotals',
    titleKey: 'nationalTotals',
    headers: 'nationalColumns',
    mart: 'mart_national_totals',
    columns: [
      { key: 'metric', labelKey: 'metric', type: 'text', values: 'metrics' },
      { key: 'value', labelKey: 'value', type: 'number' },
      { key: 'councils', labelKey: 'councils', type: 'int' },
      { key: 'councils_active', labelKey: 'councils_active', type: 'int' },
    ],
    orderBy: 'metric',
    titleWithSubject: true,
  },
  {
    id: 'nationalCouncils',
    titleKey: 'nationalCouncils',
    headers: 'nationalColumns',
    mart: 'mart_national_councils',
    columns: [
      { key: 'rank_activity', labelKey: 'rank_activity', type: 'int' },
      { key: 'council', labelKey: 'council', type: 'text' },
      { key: 'name', labelKey: 'name', type: 'text' },
      { key: 'members_total', labelKey: 'members_total', type: 'int' },
      { key: 'meetings_held', labelKey: 'meetings_held', type: 'int' },
      { key: 'attendance_rate', labelKey: 'attendance_rate', type: 'percent' },
      { key: 'activities', labelKey: 'activities', type: 'int' },
      { key: 'activities_per_member', labelKey: 'activities_per_member', type: 'number' },
      { key: 'appeals_received', labelKey: 'appeals_received', type: 'int' },
      { key: 'appeals_on_time_rate', labelKey: 'appeals_on_time_rate', type: 'percent' },
      { key: 'letters_sent', labelKey: 'letters_sent', type: 'int' },
      { key: 'letters_answer_rate', labelKey: 'letters_answer_rate', type: 'percent' },
      { key: 'npa_reviewed', labelKey: 'npa_reviewed', type: 'int' },
      { key: 'publications', labelKey: 'publications', type: 'int' },
    ],
    // The mart ranks the councils; its rows also draw the dashboard's chart (buildNationalActivitySpec).
    orderBy: 'rank_activity, council',
    titleWithSubject: true,
  },
  {
    id: 'nationalMetrics',
    titleKey: 'nationalMetrics',
    headers: 'nationalColumns',
    mart: 'mart_national_metrics',
    columns: [
      { key: 'council', labelKey: 'council', type: 'text' },
      { key: 'metric', labelKey: 'metric', type: 'text', values: 'metrics' },
      { key: 'value', labelKey: 'value', type: 'number' },
    ],
    orderBy: 'council, metric',
    titleWithSubject: true,
  },
];
