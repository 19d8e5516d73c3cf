import type { MetricId } from '../types.ts';
import { metricOfRow } from './tableRowLexicon.ts';

/**
 * A table's total that is not the sum of its parts is a candidate (partsOfTotal.ts): which number the council stands by is
 * for a person to say — unless the table's own note says why they differ, of that very row: "Мониторинг по пастбищам (март)
 * проведён совместно с районным маслихатом и включён в итог за 9 месяцев", "совместный мониторинг комиссий № 1 и № 3 учтён
 * один раз", "бірлескен мониторинг бір рет есептелді", "жиынтыққа ғана енгізілген". The council stated its total and
 * explained it: the total is the figure. A note that names another thing, or explains nothing ("мониторинг проведён в
 * марте"), leaves the candidate.
 */
const EXPLAINS = new RegExp([
  // Counted once, or in the total only.
  String.raw`(?:учт[её]н[\p{L}]*|посчитан[\p{L}]*|засчитан[\p{L}]*)\s+(?:только\s+)?(?:один\s+раз|однократно|единожды|1\s+раз)`,
  String.raw`(?:включ[её]н[\p{L}]*|учт[её]н[\p{L}]*|отражен[\p{L}]*|отражён[\p{L}]*)\s+(?:только\s+)?(?:в\s+)?(?:итог|общ[\p{L}]*\s+(?:итог|количеств|числ)|графу\s+[«"]?(?:всего|итого))`,
  String.raw`(?:в\s+)?(?:итог[\p{L}]*|графе\s+[«"]?(?:всего|итого)[»"]?)\s+(?:[\p{L}]+\s+){0,3}?(?:учт[её]н|включ[её]н|отраж[её]н)[\p{L}]*`,
  String.raw`(?<![\p{L}])бір\s+рет\s+(?:есептел|саналд|ескеріл|алынд)[\p{L}]*`,
  String.raw`(?:жиынтыққа|қорытындыға|барлығына|жалпы\s+санға)\s+(?:ғана\s+)?(?:енгізіл|қосыл|есептел)[\p{L}]*`,
].join('|'), 'iu');

/** The metrics whose total the note (the lines under a table, a footnote's lines) explains. */
export function explainedMetrics(note: string[]): Set<MetricId> {
  const out = new Set<MetricId>();
  for (const sentence of note.join(' ').split(/(?<=[.!?;])\s+/u)) {
    if (!EXPLAINS.test(sentence)) continue;
    for (const word of sentence.split(/[^\p{L}-]+/u)) {
      const metric = word.length >= 4 ? metricOfRow(word, null) : null;
      if (metric !== null) out.add(metric);
    }
  }
  return out;
}

/** The note under a table's last line: the lines after it (a blank line or two skipped) to the next blank line, six at most. */
export function noteUnder(lines: string[], last: number): string[] {
  let k = last + 1;
  while (k < lines.length && k <= last + 2 && lines[k].trim() === '') k++;
  const note: string[] = [];
  for (; k < lines.length && note.length < 6 && lines[k].trim() !== ''; k++) note.push(lines[k].trim());
  return note;
}
