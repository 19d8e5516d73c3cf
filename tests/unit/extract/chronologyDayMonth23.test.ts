// A chronology dated by day and month alone under the period's month headings (held-out set 60, Abai oblast, Q3 2026:
// "ШІЛДЕ" / "15.07 – … есебі тыңдалды." / "22.07 – … мониторинг (кезек" / "        күту уақыты, …)."), the year the
// period's. Numbers of sections look the same ("10.12 – …"): read as dates only in a run going forward in time.
import { describe, expect, it } from 'vitest';
import { readChronology } from '../../../sources/extract/report/readChronology.ts';

const read = (lines: string[], year: number | null = 2026) => readChronology(lines, year ?? undefined, []).map((a) => [a.type, a.date_start, a.date_end]);

describe('a chronology of days and months under month headings', () => {
  it('set 60 Abai: Kazakh entries, one wrapped onto an indented line', () => {
    expect(read([
      'ШІЛДЕ', '15.07 – облыстық денсаулық сақтау басқармасының есебі тыңдалды.', '22.07 – Семей қаласындағы емханаларда мониторинг (кезек',
      '        күту уақыты).', '29.07 – «Жастар бастамалары» дөңгелек үстелі.',
    ])).toEqual([['report_hearing', '2026-07-15', '2026-07-15'], ['monitoring', '2026-07-22', '2026-07-22'], ['round_table', '2026-07-29', '2026-07-29']]);
  });
  it('variant ru: a span of days "12–13.08", a monitoring and a round table', () => {
    expect(read(['АВГУСТ', '05.08 – Мониторинг готовности школ к учебному году.', '12–13.08 – Семинар для секретарей районных советов.', '26.08 — Круглый стол «Экология региона».']))
      .toEqual([['monitoring', '2026-08-05', '2026-08-05'], ['seminar', '2026-08-12', '2026-08-13'], ['round_table', '2026-08-26', '2026-08-26']]);
  });
  it('near-misses: numbers of sections that go back in time, one digit each, or no year known give nothing', () => {
    expect(read(['10.12 – Мониторинг исполнения рекомендаций.', '10.02 – Круглый стол по итогам.', '11.01 – Семинар для членов совета.'])).toEqual([]);
    expect(read(['1.2 – Мониторинг школ.', '1.3 – Круглый стол.', '1.4 – Семинар.'])).toEqual([]);
    expect(read(['05.08 – Мониторинг школ.', '12.08 – Семинар для секретарей.', '26.08 – Круглый стол «Экология».'], null)).toEqual([]);
  });
});
