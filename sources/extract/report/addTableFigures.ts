import type { ExtractIssue, ReportFigure } from '../types.ts';

/**
 * The figures of indicator table rows (flattenFigureTables) among those the sentences state: as the figure
 * grammar keeps a metric's first statement, the earlier of the two stands and a different later one is an issue.
 */
export function addTableFigures(figures: ReportFigure[], rows: ReportFigure[], issues: ExtractIssue[]): ReportFigure[] {
  const out = [...figures];
  for (const row of rows) {
    const at = out.findIndex((f) => f.metric === row.metric);
    const stated = out[at];
    if (stated === undefined) out.push(row);
    else if (stated.value === row.value) out[at] = stated.line <= row.line ? stated : row;
    else {
      const [first, later] = stated.line <= row.line ? [stated, row] : [row, stated];
      out[at] = first;
      issues.push({ line: later.line, message: `${row.metric}: ${later.value} stated, but ${first.value} at line ${first.line}` });
    }
  }
  return out;
}
