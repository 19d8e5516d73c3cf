/**
 * "Кеңес мүшелерінің саны – он бір": the plainest Kazakh statement of the council's size was read by no form (held-out
 * set 37, Talas; set 15, Kazaly). The council's members only: a commission's members are no members_total.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const T = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықтағы қызметі туралы есеп\n\n';
const total = (s: string) => parseReport(`${T}${s}\n`).figures.find((f) => f.metric === 'members_total')?.value;

describe('"Кеңес мүшелерінің саны – N"', () => {
  it('kk: in digits and in words', () => {
    expect(total('Кеңес мүшелерінің саны – 11.')).toBe(11);
    expect(total('Кеңес мүшелерінің саны – он бір.')).toBe(11);
  });
  it('kk variant: "жалпы саны"', () => {
    expect(total('Кеңес мүшелерінің жалпы саны – 19.')).toBe(19);
  });
  it('near-miss: a commission\'s members are not the council\'s', () => {
    expect(total('Әлеуметтік мәселелер жөніндегі комиссия мүшелерінің саны – 5.')).toBeUndefined();
    expect(total('Кеңестің комиссия мүшелерінің саны – 5.')).toBeUndefined();
  });
});
