/**
 * The draft notice of a report run while error-level data checks fail: each offending row
 * worded for a secretary (what is wrong and what to do from the labels, the row's own sentence
 * and location from the check), and the figures those rows touch — the meetings' quorums and
 * the votes' outcomes that carry data_issues in mart_meetings and mart_votes for the period.
 * No open error: no notice, so a clean report shows no draft sheet and no banner.
 */
import type { DraftNotice, OpenError } from '../../reports/DraftNotice.ts';
import type { Labels } from '../../reports/i18n/getLabels.ts';
import { formatDataIssues } from '../../reports/i18n/formatDataIssues.ts';
import { localizeValue } from '../../reports/i18n/localizeValue.ts';
import type { CheckResult } from '../build/build.ts';
import { countFailures, failedErrors } from '../build/summarizeChecks.ts';
import type { Row } from '../../workspace/db.ts';
import { describeCheckRow } from '../build/describeCheckRow.ts';
import type { TouchedRows } from './readReportRows.ts';

/** `touched`: the meetings and votes of the period (readTouchedRows), read when the checks failed. */
export function buildDraftNotice(checks: CheckResult[], touched: TouchedRows | undefined, labels: Labels, mask?: (row: Row) => Row): DraftNotice | undefined {
  const failed = failedErrors(checks);
  if (failed.length === 0) return undefined;
  const texts: Record<string, { title: string; todo: string }> = labels.checks;
  const errors: OpenError[] = failed.flatMap((check) => {
    const text = Object.hasOwn(texts, check.name) ? texts[check.name] : { title: check.description || check.name, todo: '' };
    return check.sample.map((row) => {
      const { location, problem, candidates } = describeCheckRow(check, mask ? mask(row) : row);
      return {
        check: check.name, title: text.title, details: problem, todo: text.todo,
        file: location.file ?? null, sheet: location.sheet ?? null, row: location.row ?? null, line: location.line ?? null, candidates: candidates ?? null,
      };
    });
  });
  const errorCount = countFailures(checks).errors;
  return {
    errorCount,
    banner: labels.draft.banner.replace('{n}', String(errorCount)),
    errors,
    unlisted: errorCount - errors.length,
    touched: touchedFigures(touched ?? { meetings: [], votes: [] }, labels),
  };
}

/** The figures of the period the open errors touch, each with its flag (the data_issues of its mart row). */
function touchedFigures({ meetings, votes }: TouchedRows, labels: Labels): string[] {
  const meeting = (r: Row) => {
    const number = r.number ? ` № ${String(r.number)}` : '';
    return `${formatDate(r.date)} · ${String(localizeValue(labels, 'bodies', r.body))}${number} (${String(r.meeting_id)})`;
  };
  const numbers = new Map(meetings.map((r) => [r.meeting_id, r]));
  return [
    ...meetings.filter((r) => Array.isArray(r.data_issues) && r.data_issues.length > 0).map((r) => `${labels.draft.meetingQuorum.replace('{meeting}', meeting(r))} — ${formatDataIssues(labels, r.data_issues)}`),
    ...votes.map((r) => {
      const name = numbers.has(r.meeting_id) ? meeting(numbers.get(r.meeting_id)!) : `${formatDate(r.date)} (${String(r.meeting_id)})`;
      return `${labels.draft.voteOutcome.replace('{meeting}', name).replace('{item}', String(r.item_no))} — ${formatDataIssues(labels, r.data_issues)}`;
    }),
  ];
}

function formatDate(value: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value ?? ''));
  return m ? `${m[3]}.${m[2]}.${m[1]}` : String(value ?? '');
}
