import type { ReportCandidate, ReportFigure } from '../types.ts';
import { runningLines } from './runningLines.ts';

/**
 * Where the bodies heard besides the departments counted are told: the hearings' and the departments' counts read from
 * the text, and the run of lines that holds the departments' count — the one place restOfBodiesHeard (the heads named
 * one by one) and enterprisesBesideDepartments (the enterprises named by form) look. Null when either count is missing,
 * or a count of subordinate organisations is stated or offered already.
 */
export function bodiesBesideDepartments(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): { hearings: ReportFigure; departments: ReportFigure; text: string } | null {
  const hearings = figures.find((f) => f.metric === 'report_hearings');
  const departments = figures.find((f) => f.metric === 'departments_heard');
  if (hearings === undefined || departments === undefined || [...figures, ...candidates].some((f) => f.metric === 'subordinate_orgs_heard')) return null;
  const unit = runningLines(lines, new Set()).find((u) => departments.line - 1 >= u.first && departments.line - 1 < u.first + u.starts.length);
  return unit === undefined ? null : { hearings, departments, text: unit.text };
}
