import type { ExtractIssue, ReportActivity } from '../types.ts';
import type { Period } from './readPeriod.ts';

/**
 * Activities dated outside the report's period are another period's work, not this one's: "Общественные слушания …,
 * проведенные в I квартале (18 марта 2025 г.), в показатели II квартала не включены" in the second quarter's report.
 * They are left out with an issue saying so. Only against a period the report states (`stated`): a period guessed from
 * the dates in the text is no ground to drop one. Undated activities stay.
 */
export function dropOtherPeriodActivities(activities: ReportActivity[], period: Period | null, stated: boolean, issues: ExtractIssue[]): ReportActivity[] {
  if (period === null || !stated) return activities;
  return activities.filter((a) => {
    if (a.date_start === null || (a.date_start >= period.from && a.date_start <= period.to)) return true;
    issues.push({ line: a.line, message: `a ${a.type} dated ${a.date_start}, outside the report's period: left out` });
    return false;
  });
}
