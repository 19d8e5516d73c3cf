// Set 26 (issue 12): a Kazakh report says a kind was not held under the names its own secretary uses — "Төралқа
// отырыстары" for the presidium's meetings, "Жария тыңдаулар" for public hearings: each is a stated 0, as its Russian
// sentence is; near-misses: held ones, and a negation of something else, give no 0.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const KK = 'ҚОСТАНАЙ ОБЛЫСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІНІҢ 2025 ЖЫЛҒЫ І ЖАРТЫЖЫЛДЫҚТАҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';
const RU = 'ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА 1 ПОЛУГОДИЕ 2025 ГОДА\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));

describe('a kind not held, under its other Kazakh names', () => {
  it.each([
    [`${KK}Төралқа отырыстары өткізілген жоқ.\n`, { presidium_meetings: 0 }],
    [`${KK}Жартыжылдықта төралқа отырысы өткізілмеді.\n`, { presidium_meetings: 0 }],
    [`${KK}Жария тыңдаулар өткізілген жоқ.\n`, { public_hearings: 0 }],
    [`${KK}Көпшілік тыңдау өткізілмеді.\n`, { public_hearings: 0 }],
    [`${RU}Заседания президиума не проводились.\n`, { presidium_meetings: 0 }],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('near-misses: a held one is its count, and "not held" of another kind is no 0 of these', () => {
    expect(figures(`${KK}Төралқаның 2 отырысы өткізілді.\n`)).toEqual({ presidium_meetings: 2 });
    expect(figures(`${KK}Жария тыңдауға дайындық жүргізілді, семинар өткізілген жоқ.\n`)).not.toHaveProperty('public_hearings');
  });
});
