/**
 * A body's label with a count, on a line of its own under a heading of meetings, counts that body's meetings
 * ("2. Отырыстар" / "Тұрақты комиссиялар – 8": eight meetings of the commissions, not eight commissions) — the same
 * reading report/rowUnderHeading.ts gives dot-leader rows, now for "label – N" blocks too (readIndicatorBlocks.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));

describe('bodies under a heading of meetings', () => {
  it.each([
    ['Есеп 2025 жыл\n2. Отырыстар\nКеңес отырыстары – 4\nТұрақты комиссиялар – 8\nТөралқа – 2', { general_meetings: 4, commission_meetings: 8, presidium_meetings: 2 }],
    ['Есеп 2025 жыл\n2. Отырыстар\nКеңес отырыстары – 4 бірл.\nТұрақты комиссиялар – 8 бірл.\nТөралқа – 2 бірл.', { general_meetings: 4, commission_meetings: 8, presidium_meetings: 2 }],
    ['Отчет за 2025 год\n2. Заседания\nОбщественного совета – 4 ед.\nПостоянных комиссий – 8 ед.\nПрезидиума – 2 ед.', { general_meetings: 4, commission_meetings: 8, presidium_meetings: 2 }],
    ['Отчет за 2025 год\nЗАСЕДАНИЯ\nСовет – 4\nПостоянные комиссии – 8\nПрезидиум – 2', { general_meetings: 4, commission_meetings: 8, presidium_meetings: 2 }],
  ])('%s', (text, want) => {
    const got = figures(text);
    expect(got.commissions).toBeUndefined();
    for (const [metric, value] of Object.entries(want)) expect(got[metric]).toBe(value);
  });

  // Near-miss: under the composition, the commissions are counted as bodies.
  it('under a heading of the composition the commissions are bodies', () => {
    expect(figures('Есеп 2025 жыл\n1. Кеңестің құрамы\nКеңес мүшелері – 15\nТұрақты комиссиялар – 4\nТөралқа мүшелері – 5').commissions).toBe(4);
  });
});
