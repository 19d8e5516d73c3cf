/**
 * A key figure's row told as a change, the year before first ("Совет ........ 6 → 7 (▲1)"): the number after the arrow
 * is the period's (arrowPairs.ts, dotLeaderRows); the one before it and the change in brackets never are.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { keepArrowCurrent } from '../../../../sources/extract/report/arrowPairs.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const ruTitle = 'ИТОГИ РАБОТЫ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
const kkTitle = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';

describe('a dot-leader row "previous → current (change)"', () => {
  it('ru: the number after the arrow is the figure, sub-rows too', () => {
    const text = `${ruTitle}ПОКАЗАТЕЛИ\n\n  Члены Совета (на конец года) ........ 21 → 23 (▲2)\n    в т.ч. от гражданского общества ... 17 → 19 (▲2)\n  Мониторинги ......................... 3 → 5 (▲2)\n  Проекты НПА рассмотрено ............. 52 → 61 (▲9)\n    одобрено .......................... 44 → 49 (▲5)\n  Обращения поступило ................. 38 → 29 (▼9)\n  Круглые столы ....................... 4 → 4 (=)\n`;
    expect(figure(text, 'members_total')).toBe(23);
    expect(figure(text, 'members_civil')).toBe(19);
    expect(figure(text, 'monitorings')).toBe(5);
    expect(figure(text, 'npa_reviewed')).toBe(61);
    expect(figure(text, 'npa_approved')).toBe(49);
    expect(figure(text, 'appeals_received')).toBe(29);
    expect(figure(text, 'round_tables')).toBe(4);
  });
  it('kk: "Дөңгелек үстелдер …… 3 → 5 (+2)", a footnote mark after it, no change bracket on another row', () => {
    const text = `${kkTitle}НЕГІЗГІ КӨРСЕТКІШТЕР\n\nДөңгелек үстелдер ………………………… 3 → 5 (+2) ¹\nМониторингтер ……………………………… 4 -> 6\nМеморандумдар ………………………………… 2 → 1 (−1)\n`;
    expect(figure(text, 'round_tables')).toBe(5);
    expect(figure(text, 'monitorings')).toBe(6);
    expect(figure(text, 'memoranda')).toBe(1);
  });
  it('the tail is cut to the current number; the previous and the change are gone', () => {
    expect(keepArrowCurrent('  Совет ...... 6 → 7 (▲1)  ¹')).toBe('  Совет ...... 7');
    expect(keepArrowCurrent('Кеңес отырыстары …… 1 200 → 1 350 (▲150)')).toBe('Кеңес отырыстары …… 1 350');
  });
  it('near-miss: a change that does not agree with the pair leaves the row unread, no figure of either number', () => {
    const text = `${ruTitle}ПОКАЗАТЕЛИ\n\nМониторинги ......................... 3 → 5 (▲4)\nКруглые столы ....................... 4 → 2 (▲2)\n`;
    expect(figure(text, 'monitorings')).toBeUndefined();
    expect(figure(text, 'round_tables')).toBeUndefined();
  });
  it('near-miss: years on both sides ("2024 → 2025") are a heading, no value; an arrow without a leader is left to the prose reader', () => {
    expect(keepArrowCurrent('Показатель ........ 2024 → 2025')).toBe('Показатель ........ 2024 → 2025');
    expect(figure(`${ruTitle}В 2025 году проведено мониторингов: 6 → 9.\n`, 'monitorings')).not.toBe(6);
    const text = `${kkTitle}НЕГІЗГІ КӨРСЕТКІШТЕР\n\nКөрсеткіш ........................ 2024 → 2025\nМониторингтер .................... 4 → 6 (=)\nМеморандумдар .................... 2 → 1 (▲1)\n`;
    expect(figure(text, 'monitorings')).toBeUndefined();
    expect(figure(text, 'memoranda')).toBeUndefined();
  });
  it('near-miss: the number before the arrow is never the figure', () => {
    const text = `${ruTitle}ПОКАЗАТЕЛИ\n\nМониторинги ......................... 3 → 5 (▲2)\nМеморандумы ......................... 0 → 1 (▲1)\n`;
    expect(figure(text, 'monitorings')).not.toBe(3);
    expect(figure(text, 'memoranda')).toBe(1);
  });
  it('ru: "Вышли из состава …… 2 → 1 (▼1)" is members who left; kk: "Кеңес құрамынан шыққан мүшелер"', () => {
    expect(figure(`${ruTitle}СОСТАВ\n\n  Члены Совета ........ 21 → 23 (▲2)\n  Вышли из состава .... 2 → 1 (▼1)\n`, 'members_left')).toBe(1);
    expect(figure(`${kkTitle}ҚҰРАМ\n\nКеңес мүшелері ..................... 21 → 23 (▲2)\nКеңес құрамынан шыққан мүшелер ..... 3 → 2 (▼1)\n`, 'members_left')).toBe(2);
  });
  it('near-miss: "Вышли с инициативой ...... 2 → 4" names no members who left', () => {
    expect(figure(`${ruTitle}ПОКАЗАТЕЛИ\n\nМониторинги ......... 3 → 5 (▲2)\nВышли с инициативой ......... 2 → 4 (▲2)\n`, 'members_left')).toBeUndefined();
  });
});
