/**
 * Translates an enumerated value (a metric id, an activity type, a body…) into
 * the report language. Values without a label pass through unchanged, so a
 * metric added to the marts before its label still shows up (as its id)
 * instead of disappearing from the report.
 */
import { formatDataIssues } from './formatDataIssues.ts';
import type { Labels } from './ru.ts';

/** The label groups whose keys are values found in the marts ('months' reads YYYY-MM). */
export type ValueDictionary =
  | 'metrics' | 'activityTypes' | 'bodies' | 'meetingFormats' | 'attendanceStatuses' | 'months' | 'roles' | 'sectors'
  | 'leftReasons' | 'npaResults' | 'voteResults' | 'sourceKinds' | 'platforms' | 'kpiComponents' | 'memberRoles' | 'rowKinds'
  | 'bodyKinds' | 'appealDimensions' | 'reconciliationStatuses' | 'dataIssues';

/** 'commission 3', 'commission №3' → 3: numbered commissions share one template. */
const NUMBERED_COMMISSION = /^commission\s*№?\s*(\d+)$/i;
/** '2025-04' → April 2025. */
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

export function localizeValue(labels: Labels, dictionary: ValueDictionary, value: unknown): unknown {
  // A figure's data_issues arrive as a list of {issue, rows}, read out as one sentence.
  if (dictionary === 'dataIssues' && Array.isArray(value)) return formatDataIssues(labels, value);
  if (typeof value !== 'string') return value;
  if (dictionary === 'bodies') {
    const numbered = NUMBERED_COMMISSION.exec(value.trim());
    if (numbered) return labels.bodies.commissionNumbered.replace('{n}', numbered[1]);
  }
  if (dictionary === 'months') {
    const ym = YEAR_MONTH.exec(value.trim());
    return ym && Object.hasOwn(labels.months, ym[2]) ? `${labels.months[ym[2] as keyof Labels['months']]} ${ym[1]}` : value;
  }
  const group: Record<string, string> = labels[dictionary];
  return Object.hasOwn(group, value) ? group[value] : value;
}
