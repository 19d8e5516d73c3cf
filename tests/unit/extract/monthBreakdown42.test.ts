/**
 * Figures broken down by month (held-out set 182's theme): in a paragraph that gives two months or more their own counts,
 * a count in a clause a Kazakh month opens is that month's — a part of the period, a candidate; the events it lists are
 * still the period's activities (report/monthBreakdown.ts, readFigures.ts doubtOfPlace, parseReport.ts). A month alone
 * in its paragraph, a day's date, a month given its day in a bracket, a member's change dated by its month stay figures.
 * Sentences of my own, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { monthBreakdownLines } from '../../../sources/extract/report/monthBreakdown.ts';

const HEAD_Q3 = ['Қарқаралы ауданының қоғамдық кеңесі', '2026 ЖЫЛҒЫ III ТОҚСАНДА АТҚАРЫЛҒАН ЖҰМЫС ТУРАЛЫ АҚПАРАТ', ''];
const read = (lines: string[]) => {
  const r = parseReport([...HEAD_Q3, ...lines].join('\n'));
  return {
    figures: Object.fromEntries(r.figures.map((f) => [f.metric, f.value])),
    parts: r.candidates.filter((c) => /part of the report's period/u.test(c.why)).map((c) => [c.metric, c.value]),
    activities: r.activities.map((a) => [a.type, a.date_start]),
  };
};

describe('a paragraph broken down by month', () => {
  it('set 182 Kazakh: a sentence a month, no total — no figure, each month a part, the dated events activities', () => {
    const r = read(['Шілдеде – 1 мониторинг: 8 шілдеде аудандық емхананың кезегі.', 'Тамызда – 2 мониторинг: 4 тамызда мектеп асханалары, 20 тамызда',
      'ауыл жолдары.', 'Қыркүйекте мониторинг өткізілген жоқ.']);
    expect(r.figures.monitorings).toBeUndefined();
    expect(r.parts).toEqual([['monitorings', 1], ['monitorings', 2]]);
    expect(r.activities).toEqual([['monitoring', '2026-07-08'], ['monitoring', '2026-08-04'], ['monitoring', '2026-08-20']]);
  });
  it('Kazakh, the months in one sentence with "айында", then the written total: the total is the figure', () => {
    const r = read(['Шілде айында 2 жоба, тамыз айында 1 жоба, қыркүйек айында 3 жоба қаралды. Тоқсанда барлығы 6 НҚА жобасы қаралды.']);
    expect(r.figures.npa_reviewed).toBe(6);
    expect(r.parts.every(([, v]) => v !== 6)).toBe(true);
  });
  it('which lines break down by month: two months with counts in a paragraph, not dates, not one month', () => {
    expect([...monthBreakdownLines(['Шілдеде – 2, тамызда – 1.', '', '14 шілдеде және 5 тамызда мониторинг өтті.', '', 'Наурыз айында 1 семинар болды.', '',
      'В июле – 3, в августе – 1 обращение.'])]).toEqual([0, 6]);
  });
});

describe('near misses: a month that dates the period\'s event stays a figure', () => {
  it('a month alone in its paragraph (set 115): the period\'s one seminar', () => {
    expect(read(['Наурыз айында кеңес мүшелеріне арналған 1 оқыту семинары болды.']).figures.seminars).toBe(1);
  });
  it('a month given its day in a bracket, in a paragraph of other months\' counts (set 182)', () => {
    const r = read(['Тамызда (27-сі күні) жастармен 1 дөңгелек үстел ұйымдастырылды.', 'Хаттар: шілдеде – 2, тамызда – 1, қыркүйекте – 3, барлығы 6 хат жолданды.']);
    expect([r.figures.round_tables, r.figures.letters_sent]).toEqual([1, 6]);
  });
  it('a day\'s date is no month ("14 шілдеде"); "маусымында" is a season, not June', () => {
    expect(read(['14 шілдеде 1 мониторинг өтті, 5 тамызда 1 семинар өтті, 20 тамызда 1 дөңгелек үстел болды.']).figures.monitorings).toBe(1);
    expect(read(['Жылыту маусымында 3 мониторинг жүргізілді, шілдеде – 1 дөңгелек үстел, тамызда – 1 семинар.']).figures.monitorings).toBe(3);
  });
  it('members who left and joined dated by their months', () => {
    const r = read(['Шілдеде 1 мүше өз еркімен шықты, оның орнына тамызда 1 жаңа мүше енгізілді.']);
    expect([r.figures.members_left, r.figures.members_joined]).toEqual([1, 1]);
  });
});

describe('a title whose bracket names the year and the part (set 180)', () => {
  it('Kazakh months with "(2026 ж., III тоқсан)": the quarter of that year, its chronology dated', () => {
    const r = parseReport(['Темір аудандық қоғамдық кеңесінің', 'шілде – қыркүйек айларындағы (2026 ж., III тоқсан) қызметі туралы', 'А Қ П А Р А Т', '',
      'Шілде', '• 08.07 – Шұбаршы кентіндегі балалар алаңдарына мониторинг.'].join('\n'));
    expect([r.period, r.activities.map((a) => a.date_start)]).toEqual([{ from: '2026-07-01', to: '2026-09-30' }, ['2026-07-08']]);
  });
  it('Russian, "(2025 г., II квартал)"', () => {
    expect(parseReport(['Информация о работе Общественного совета', 'за апрель – июнь (2025 г., II квартал)', '', 'Проведено 2 заседания.'].join('\n')).period)
      .toEqual({ from: '2025-04-01', to: '2025-06-30' });
  });
});

