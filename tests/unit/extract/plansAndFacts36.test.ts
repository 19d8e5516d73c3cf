/**
 * Plans and intentions mixed with facts (held-out set 130's theme): a count of events said in its own clause not to have
 * happened — fell through, cancelled, put off ("Екі семинар да … өтпей қалды", "2 семинара отменены") — is no count of what
 * was done; a year's title typed over short lines above a long first sentence; a fixed-width plan / fact table with a last
 * column of remarks and a fact column named by the verb of done ("Проведено", "Өткізілді"); a note of what did not happen
 * is not said with the row; a plan denied ("0 – не планировались") is no plan; a chronology whose dates stand apart from
 * the entries by a column's gap. Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figureOf = (lines: string[], metric: string) => parseReport(lines.join('\n')).figures.find((f) => f.metric === metric)?.value;
const candidateOf = (lines: string[], metric: string) => parseReport(lines.join('\n')).candidates.find((c) => c.metric === metric)?.value;
const YEAR_KK = 'Кеңестің 2025 жылғы жұмысы туралы есеп';
const YEAR_RU = 'Отчет о работе Общественного совета за 2025 год';

describe('a count of events its own clause says did not happen is no figure', () => {
  it('Kazakh: "Екі семинар да тренердің келмеуіне байланысты өтпей қалды", "3 мониторинг өткізілмей қалды"', () => {
    const kk = [YEAR_KK, 'Екі семинар да тренердің келмеуіне байланысты өтпей қалды.'];
    expect(figureOf(kk, 'seminars')).toBeUndefined();
    expect(candidateOf(kk, 'seminars')).toBe(2);
    expect(figureOf([YEAR_KK, 'Үш мониторинг көлік болмағандықтан өткізілмей қалды.'], 'monitorings')).toBeUndefined();
    expect(figureOf([YEAR_KK, 'Екі есеп тыңдалмады.'], 'report_hearings')).toBeUndefined();
  });
  it('Russian: cancelled, not held, not heard', () => {
    expect(figureOf([YEAR_RU, '2 круглых стола отменены из-за карантина.'], 'round_tables')).toBeUndefined();
    expect(figureOf([YEAR_RU, '3 семинара не проведены.'], 'seminars')).toBeUndefined();
    expect(figureOf([YEAR_RU, '2 отчета не заслушаны.'], 'report_hearings')).toBeUndefined();
  });
  it('near misses: the count done in its own clause stays; a meeting moved here from another day was held', () => {
    const lines = [YEAR_RU, 'Проведено 3 мониторинга, 2 семинара не состоялись.'];
    expect(figureOf(lines, 'monitorings')).toBe(3);
    expect(figureOf(lines, 'seminars')).toBeUndefined();
    expect(figureOf([YEAR_RU, 'Проведено 2 семинара, 1 отменен.'], 'seminars')).toBe(2);
    expect(figureOf([YEAR_KK, '3 мониторинг өткізілді және дөңгелек үстел өтпей қалды.'], 'monitorings')).toBe(3);
    expect(figureOf([YEAR_RU, 'Проведено 2 заседания, перенесенные с июня.'], 'general_meetings')).toBe(2);
  });
  it('a kind said to have fallen through with no number is none: "Семинарлар өтпей қалды" → 0', () => {
    expect(figureOf([YEAR_KK, 'Семинарлар өтпей қалды.'], 'seminars')).toBe(0);
  });
});

describe('a title typed over short lines above a long first sentence', () => {
  it('Kazakh: "… кеңесінің 2025 жылғы жұмысы туралы" / "ЕСЕП" / a long sentence', () => {
    const x = parseReport(['Бурабай ауданы қоғамдық кеңесінің 2025 жылғы жұмысы туралы', 'ЕСЕП', 'Кеңес құрамында 15 мүше бар, оның 10-ы азаматтық қоғам өкілдері, 5-еуі мемлекеттік органдардан, тұрақты комиссиялар саны – 3.', 'Хатшы   А. Әлиева   14.01.2026'].join('\n'));
    expect(x.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('Russian: "Общественный совет … о работе в 2025 году" over "ОТЧЕТ" and a long paragraph', () => {
    const x = parseReport(['Общественного совета Аккольского района о работе', 'за 2025 год', 'ОТЧЕТ', 'В составе Совета 11 членов, из них 8 представителей гражданского общества и 3 представителя государственных органов, 2 комиссии.', 'Секретарь   А. Иванова   12.01.2026'].join('\n'));
    expect(x.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('a fixed-width plan / fact table with a remarks column', () => {
  const Q3 = 'Отчет о работе Общественного совета за III квартал 2026 года';
  const TABLE_RU = [
    Q3, '',
    '  Вид работы                 План на      Проведено     Примечание',
    '                             квартал',
    '  Заседания комиссий            4             3         1 перенесено на октябрь',
    '  Мониторинги                   6             5         1 отменен (нет транспорта)',
    '  Публичные слушания            –             0         не планировались',
    '  Круглые столы                 2             2',
    '  Семинары                      3             2         семинар 15.09 перенесен',
    '                                                        на IV квартал',
    '',
  ];
  it('Russian: the "Проведено" column is the fact, notes of moved or cancelled items say nothing', () => {
    expect(figureOf(TABLE_RU, 'commission_meetings')).toBe(3);
    expect(figureOf(TABLE_RU, 'monitorings')).toBe(5);
    expect(figureOf(TABLE_RU, 'public_hearings')).toBe(0);
    expect(figureOf(TABLE_RU, 'round_tables')).toBe(2);
    expect(figureOf(TABLE_RU, 'seminars')).toBe(2);
  });
  it('Kazakh: "Жоспар | Өткізілді | Ескерту"', () => {
    const kk = [
      'Кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп', '',
      '  Іс-шара                   Жоспар      Өткізілді     Ескерту',
      '  Кеңес отырыстары             2            2         05.08, 23.09',
      '  Мониторингтер                5            3         2 мониторинг қазанға ауыстырылды',
      '  Дөңгелек үстелдер            1            1',
      '',
    ];
    expect(figureOf(kk, 'general_meetings')).toBe(2);
    expect(figureOf(kk, 'monitorings')).toBe(3);
    expect(figureOf(kk, 'round_tables')).toBe(1);
  });
  it('near miss: a plan column beside a remarks column and no fact column gives no figure', () => {
    const plan = [Q3, '', '  Вид работы                 План на IV кв.     Примечание', '  Мониторинги                   4              в т.ч. перенесенный', '  Круглые столы                 2              по бюджету', ''];
    expect(figureOf(plan, 'monitorings')).toBeUndefined();
    expect(figureOf(plan, 'round_tables')).toBeUndefined();
  });
});

describe('a chronology whose dates stand apart from the entries by a column\'s gap', () => {
  it('Russian: "  08.07.2026  мониторинг …", a cancelled line left out', () => {
    const x = parseReport(['Отчет о работе за III квартал 2026 года', '', 'Мероприятия (по датам)', '  08.07.2026  мониторинг пляжей', '  13.08.2026  круглый стол «Поддержка семей»', '  17.09.2026  семинар по медиаграмотности – отменен', '  24.09.2026  мониторинг котельных', ''].join('\n'));
    expect(x.activities.map((a) => `${a.type}@${a.date_start}`)).toEqual(['monitoring@2026-07-08', 'round_table@2026-08-13', 'monitoring@2026-09-24']);
  });
  it('Kazakh: "  12.03.2026  мониторинг …", a line that fell through left out', () => {
    const x = parseReport(['Кеңестің 2026 жылғы І тоқсандағы жұмысы туралы есеп', '', 'Іс-шаралар (күндері бойынша)', '  12.02.2026  мониторинг: мектеп асханалары', '  05.03.2026  дөңгелек үстел «Жастар саясаты»', '  19.03.2026  семинар – тренер келмей, өтпей қалды', '  26.03.2026  мониторинг: емхана', ''].join('\n'));
    expect(x.activities.map((a) => `${a.type}@${a.date_start}`)).toEqual(['monitoring@2026-02-12', 'round_table@2026-03-05', 'monitoring@2026-03-26']);
  });
});
