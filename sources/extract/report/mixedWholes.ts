import type { MetricId } from '../types.ts';

/** A row of a table as its reader placed it: its line, whether it is a part of the row above ("в т.ч. …"), its metric. */
export interface PlacedRow {
  at: number;
  sub: boolean;
  metric: MetricId | null;
}

/**
 * The rows that are wholes of several kinds: "Заседания – всего | 17" over "в т.ч. заседания Совета | 3", "в т.ч. заседания
 * президиума | 2", "в т.ч. заседания комиссий | 12" — the lexicon reads the whole's bare "заседания" as the council's own
 * meetings, but its parts say it counts the meetings of three bodies; the council's are the part that names them. So a row
 * whose parts name two metrics or more, one of them the row's own, is no figure of that metric (its parts are read from
 * their own rows). A row whose parts are all of other metrics ("Обращения – поступило" over "от физических лиц", "от
 * юридических лиц") is a whole of its own kind, kept. Returns the lines of the rows to drop.
 */
export function mixedWholes(rows: PlacedRow[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < rows.length; k++) {
    const whole = rows[k];
    if (whole.sub || whole.metric === null) continue;
    const parts = new Set<MetricId>();
    for (let j = k + 1; j < rows.length && rows[j].sub; j++) if (rows[j].metric !== null) parts.add(rows[j].metric!);
    if (parts.size >= 2 && parts.has(whole.metric)) out.add(whole.at);
  }
  return out;
}
