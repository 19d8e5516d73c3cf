import { lowerCase } from '../grammar/lowerCase.ts';
import type { ReportFigure } from '../types.ts';

/**
 * "Бірінші үшеуі – аудан әкімдігінің бөлімдері, соңғысы – … ведомстволық бағынысты ұйым", "Первые три – отделы акимата,
 * последний – подведомственная организация": the bodies heard split by their place in the list, the last one named
 * without a number. "Соңғысы", "последний" is one body, but a word is no count: the subordinate organisation is stated
 * only when the list's hearings are exactly the departments counted before it and that one (report_hearings =
 * departments_heard + 1, both read from the text), so a list of another length can never give it.
 */
const LAST_IS_SUBORDINATE = /(?<![\p{L}])(?:бірінші|алғашқы|первы[ея])\s+[^.;]{1,20}?[-–—][^.;]{0,80}?(?:бөлім|басқарма|отдел|управлени)[^.;]*?,\s*(?:ал\s+|а\s+)?(?:соңғысы|последн(?:ий|яя|ее))\s*[-–—]\s*[^.;]{0,80}?(?:ведомстволық\s+бағынысты|подведомственн)/u;

export function readLastOfBodiesHeard(lines: string[], figures: ReportFigure[]): ReportFigure[] {
  const departments = figures.find((f) => f.metric === 'departments_heard');
  const hearings = figures.find((f) => f.metric === 'report_hearings');
  if (departments === undefined || hearings === undefined || figures.some((f) => f.metric === 'subordinate_orgs_heard')) return [];
  if (hearings.value !== departments.value + 1) return [];
  const line = lines[departments.line - 1] ?? '';
  // The sentence may run on to the next line ("…, соңғысы – облыстық денсаулық сақтау басқармасына" / "ведомстволық …").
  const text = lowerCase(`${line} ${lines[departments.line] ?? ''}`);
  return LAST_IS_SUBORDINATE.test(text) ? [{ metric: 'subordinate_orgs_heard', value: 1, line: departments.line, text: departments.text }] : [];
}
