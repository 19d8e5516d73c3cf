import type { ExtractIssue, ReportCandidate, ReportFigure } from '../types.ts';
import { PART_SECTION, partSections } from './readFigures.ts';
import { sharesNumber } from './figureLexicon.ts';
import { disputeBoth, isRestatedOf, restatedWhy } from './disputedFigures.ts';
import { codeCounts } from '../grammar/codeCounts.ts';
import { isTotalNotSum } from './partsOfTotal.ts';

/**
 * The figures of indicator table rows named by their labels (flattenFigureTables) among those the sentences
 * state. The row's sentence ("Кеңес отырыстары – 6.") was read by the figure grammar too: what it made of that
 * line gives way to the row's metric, and a doubt it had of the line (another period, a part of the period) is
 * the row's: a candidate. A row in a section about a part of the period (a quarter of a year's report) is one.
 * As the figure grammar keeps a metric's first statement, the earlier of two stands and a different later one
 * is an issue.
 */
export function addTableFigures(figures: ReportFigure[], rows: ReportFigure[], flat: string[], periodMonths: number, candidates: ReportCandidate[], issues: ExtractIssue[]): ReportFigure[] {
  const partOfPeriod = partSections(flat, periodMonths);
  // A line may hold several rows (a slash group "5 / 3 / 12"): what the grammar made of it goes, the rows all stay.
  const rowLines = new Set(rows.map((r) => r.line));
  // A count the grammar read in a row's bracket or in the clause after its count ("Есеп тыңдау - 4 (аудан әкімдігінің 4
  // бөлімі)", "НҚА жобаларын қарау - 9, оның ішінде 2-еуіне ескерту жіберілді") is that row's part: it stays.
  // So does a number the lexicon lets two metrics share, read as the row's own ("Заслушивание отчетов руководителей
  // подведомственных организаций – 3": the row's hearings are as many organisations heard).
  const out = figures.filter((f) => !rowLines.has(f.line) || (!rows.some((r) => r.line === f.line && r.metric === f.metric) && (inRowNote(flat[f.line - 1] ?? '', f.value) || rows.some((r) => r.line === f.line && r.value === f.value && sharesNumber(f.metric, r.metric)))));
  // A clash the grammar found between two of its readings, one of them on a row's line that the row names as another
  // metric, is no longer one: the row replaced that reading.
  const replaced = (metric: string, line: number) => rowLines.has(line) && !rows.some((r) => r.line === line && r.metric === metric);
  for (let k = issues.length - 1; k >= 0; k--) {
    const clash = /^(\w+) stated as \d+ \(line (\d+)\) and \d+ \(line (\d+)\)/u.exec(issues[k].message);
    if (clash && (replaced(clash[1], Number(clash[2])) || replaced(clash[1], Number(clash[3])))) issues.splice(k, 1);
  }
  const disputed = new Set(candidates.filter((c) => isRestatedOf(c.metric, c.why)).map((c) => c.metric));
  for (const row of rows) {
    // A table's total its parts do not make: a candidate, whatever else states the metric.
    if (isTotalNotSum(row)) {
      candidates.push(row);
      continue;
    }
    // A doubt of another count in the row's note ("Семинар – өткізілмеді (ІІ тоқсанда 1 семинар болған)": the 1 is
    // another quarter's) is that count's, not the row's.
    // A doubt of another row's count on the same line (a total row gives every column's count on its one line: one
    // column restated elsewhere, or not its parts' sum) is no doubt of this one.
    const doubted = candidates.filter((c) => c.line === row.line && !(c.value !== row.value && inRowNote(flat[row.line - 1] ?? '', c.value)) && !(c.metric !== row.metric && rows.some((r) => r.line === c.line && r.metric === c.metric)));
    const why = doubted[0]?.why ?? (partOfPeriod.has(row.line - 1) ? PART_SECTION : null);
    if (why !== null) {
      for (const c of doubted) candidates.splice(candidates.indexOf(c), 1);
      candidates.push({ ...row, why });
      continue;
    }
    if (disputed.has(row.metric)) continue;
    const at = out.findIndex((f) => f.metric === row.metric);
    const stated = out[at];
    if (stated === undefined) out.push(row);
    else if (stated.value === row.value) out[at] = stated.line <= row.line ? stated : row;
    else if (rowLines.has(stated.line) || statesNumber(stated.text, row.value)) {
      // Two rows, or a sentence naming the row's number as its part ("заслушано 14 отчетов: 9 … и 5 акимов" beside the
      // row "Заслушано отчетов акимов | 5"): the row is a part of the count, not the count restated.
      const [first, later] = stated.line <= row.line ? [stated, row] : [row, stated];
      out[at] = first;
      issues.push({ line: later.line, message: `${row.metric}: ${later.value} stated, but ${first.value} at line ${first.line}` });
    } else {
      // A table of the year's indicators restating a sentence's count with another number ("проведено восемь
      // мониторингов" / "Общественные мониторинги | 6 | 9 | +3"): the document states it twice, neither is the figure.
      const [first, later] = stated.line <= row.line ? [stated, row] : [row, stated];
      disputeBoth(out, candidates, stated, [first, later], restatedWhy(row.metric, first, later));
      disputed.add(row.metric);
    }
  }
  return out;
}

/**
 * Whether a count stands in a row's note: its brackets, the clause after its first comma, or the note column a
 * flattened row gives after its colon ("Заседания постоянных комиссий – 9: по 3 заседания каждой комиссии.").
 */
function inRowNote(line: string, value: number): boolean {
  const notes = [...(line.match(/\([^()]*\)/gu) ?? []), line.includes(',') ? line.slice(line.indexOf(',')) : '', line.includes(': ') ? line.slice(line.indexOf(': ')) : ''];
  const number = new RegExp(`(?<![\\d.,])${value}(?![\\d.,]\\d)`, 'u');
  // In words too: "Қаралған НҚА жобалары – 2, екеуі де ескертусіз мақұлданды; ескертумен мақұлданғаны – жоқ".
  return notes.some((n) => number.test(n) || [...codeCounts(n, { kazakh: true }).counts.values()].includes(value) || (value === 0 && /(?<![\p{L}])жоқ(?![\p{L}])/iu.test(n)));
}

/** Whether a sentence writes the number in digits ("… и 5 акимов"). */
function statesNumber(text: string, value: number): boolean {
  return new RegExp(`(?<![\\d.,])${value}(?![\\d]|[.,]\\d)`, 'u').test(text);
}
