/**
 * Classes of session 32, set 99 (documents kept as Markdown, wiki pages, plain text with pseudo-graphics): a table drawn
 * with box characters and its wrapped cells (boxTables.ts); a report's Markdown marks (withoutMarkdown.ts, now read for
 * reports too: italics, code spans, [[links]], callouts, "*" bullets); a one-month report's period (readPeriod.ts); a
 * title's "№11 — 18.11.2026" (parseDatePhrase.ts) and the body named under such a title (readHeader.ts).
 */
import { describe, expect, it } from 'vitest';
import { boxTablesAsPipes } from '../../../sources/extract/boxTables.ts';
import { withoutMarkdown } from '../../../sources/extract/withoutMarkdown.ts';
import { parseDatePhrase } from '../../../sources/extract/parseDatePhrase.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readPeriod } from '../../../sources/extract/report/readPeriod.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();

describe('a table drawn with box characters: its rows as pipe rows, a wrapped cell joined to the row above', () => {
  it('single lines: borders blank, the rule a pipe rule, the wrapped status and reason on the row above', () => {
    const out = boxTablesAsPipes([
      '┌────┬──────────┬──────────────┐',
      '│ №  │ ФИО      │ Участие      │',
      '├────┼──────────┼──────────────┤',
      '│ 1  │ Иванов   │ отсутствовал │',
      '│    │          │ (отпуск)     │',
      '└────┴──────────┴──────────────┘',
    ]);
    expect(out[0]).toBe('');
    expect(out[2]).toMatch(/^\|-+\|-+\|-+\|$/u);
    expect(out[3].replace(/\s+/gu, ' ')).toBe('| 1 | Иванов | отсутствовал (отпуск) |');
    expect(out[4]).toMatch(/^\|[-|]+\|$/u);
    expect(out).toHaveLength(6);
  });
  it('double lines with a single rule (╔═╤═╗, ╟─┼─╢): a header wrapped over two rows is one header', () => {
    const text = [
      'Дауыс беру',
      '╔════╤═══════════════╤══════════╤══════════╤═══════════╤═════════════╗',
      '║ №  │ Мәселе        │ Жақтап / │ Қарсы /  │ Қалыс /   │ Нәтиже      ║',
      '║    │               │ За       │ Против   │ Возд.     │             ║',
      '╟────┼───────────────┼──────────┼──────────┼───────────┼─────────────╢',
      '║ 1  │ Есеп туралы / │ 12       │ 0        │ 2         │ қабылданды  ║',
      '║    │ об отчёте     │          │          │           │             ║',
      '║ 2  │ Жоба туралы   │ 5        │ 7        │ 2         │ қабылданбады║',
      '╚════╧═══════════════╧══════════╧══════════╧═══════════╧═════════════╝',
    ].join('\n');
    expect(votes(text)).toEqual([[12, 0, 2, 'adopted'], [5, 7, 2, 'rejected']]);
  });
  it('near-miss: a total row with an empty number cell is a row of its own', () => {
    const out = boxTablesAsPipes(['┌───┬────────┬────┐', '│ 1 │ Отдел  │ 3  │', '│   │ Итого  │ 3  │', '└───┴────────┴────┘']);
    expect(out[2]).toContain('Итого');
    expect(out[1]).not.toContain('Итого');
  });
  it('near-miss: a count under a filled count cell is another row, not the cell wrapped', () => {
    const out = boxTablesAsPipes(['┌───┬────────┬────┐', '│ 1 │ Отдел  │ 3  │', '│   │ басқа  │ 4  │', '└───┴────────┴────┘']);
    expect(out[2]).toContain('4');
  });
  it('near-miss: a tree drawn with "│   ├──" is no table', () => {
    const tree = ['Отырыстар: 5', '│   ├── Кеңес: 3', '│   └── төралқа: 2'];
    expect(boxTablesAsPipes(tree)).toEqual(tree);
  });
  it('a report\'s double-line summary box (kk, its month the column): the rows are the month\'s figures', () => {
    const text = [
      'Кеңестің 2026 жылғы қараша айындағы жұмысы туралы ақпарат',
      '',
      '╔══════════════════════════╦════════╗',
      '║ Көрсеткіш                ║ Қараша ║',
      '╠══════════════════════════╬════════╣',
      '║ Кеңес отырыстары         ║   2    ║',
      '║ Мониторингтер            ║   4    ║',
      '╚══════════════════════════╩════════╝',
    ].join('\n');
    expect(figures(text)).toEqual(['general_meetings=2', 'monitorings=4']);
  });
});

describe('a report kept in Markdown: bold, italic, code spans, [[links]] and callouts read as their words', () => {
  it('the marks taken off, a link as the words it shows, a "*" bullet a "-" one, a rule blank', () => {
    const md = ['# Есеп', '## 1. Құрамы', '- Кеңесте **15** мүше, оның ішінде *12* – ҮЕҰ', '* `2026-07-07` — [[Хаттама №8|хаттама]]', '---', '> [!info] Қысқаша', '> Барлығы [Құрамы](#құрамы)'];
    expect(withoutMarkdown(md)).toEqual(['Есеп', '1. Құрамы', '- Кеңесте 15 мүше, оның ішінде 12 – ҮЕҰ', '- 2026-07-07 — хаттама', '', 'Қысқаша', 'Барлығы Құрамы']);
  });
  it('front matter alone makes a text Markdown', () => {
    expect(withoutMarkdown(['---', 'title: x', '---', 'Кеңесте *9* мүше'])).toEqual(['', 'title: x', '', 'Кеңесте 9 мүше']);
  });
  it('near-miss: a typed text (no headings, no table rule, no front matter) keeps its stars', () => {
    const typed = ['Отчёт за 2025 год', 'Проведено 5 заседаний*', '* данные на 01.12'];
    expect(withoutMarkdown(typed)).toEqual(typed);
  });
  it('near-miss: a handle\'s underscore and a product\'s star are no italics', () => {
    expect(withoutMarkdown(['# a', '# b', 'Instagram @kenes_aktobe_city, 5 * 3'])[2]).toBe('Instagram @kenes_aktobe_city, 5 * 3');
  });
  it('ru: bold and italic counts of the composition (Confluence)', () => {
    const text = '# Отчёт за III квартал 2026 года\n\n## 1. Состав\n\nВ Совете **21** член: *16* представителей гражданского общества и *5* представителей государственных органов.';
    expect(figures(text)).toEqual(expect.arrayContaining(['members_total=21']));
  });
});

describe('a one-month report\'s period', () => {
  const period = (line: string) => readPeriod([line], undefined, []);
  it.each([
    ['kk, айындағы', '2026 жылғы қазан айындағы жұмысы туралы ақпарат', '2026-10-01', '2026-10-31'],
    ['kk, a bracket after', 'Кеңес жұмысы — 2026 ж. ақпан (айлық есеп)', '2026-02-01', '2026-02-28'],
    ['kk, айы', 'Кеңестің 2025 жылғы мамыр айы бойынша есебі', '2025-05-01', '2025-05-31'],
    ['ru, за', 'Отчёт о работе Совета за ноябрь 2025 года', '2025-11-01', '2025-11-30'],
  ])('%s', (_, line, from, to) => {
    expect(period(line)).toEqual({ from, to });
  });
  it('near-miss: a day\'s date "2025 жылғы 18 қараша" is no month\'s report', () => {
    expect(period('2025 жылғы 18 қараша есеп')?.from ?? null).not.toBe('2025-11-01');
  });
  it('near-miss: the month a year\'s report is dated in, alone at the end of the place\'s line, is no period', () => {
    expect(period('Бауыржан Момышұлы ауылы                    2026 жылғы қаңтар')).toBeNull();
  });
  it('near-miss: a range of months stays the range', () => {
    expect(period('за январь – сентябрь 2025 года')).toEqual({ from: '2025-01-01', to: '2025-09-30' });
  });
});

describe('a title "Протокол №11 — 18.11.2026": the number is no day, the body named below', () => {
  it('the date phrase skips the number after "№"', () => {
    expect(parseDatePhrase('Хаттама / Протокол №11 — 18.11.2026')?.start).toBe('2026-11-18');
    expect(parseDatePhrase('Протокол № 4 – 02.03.2026')?.start).toBe('2026-03-02');
  });
  it('near-miss: a range of days is still a range', () => {
    expect(parseDatePhrase('11 – 18.11.2026')?.start).toBe('2026-11-11');
  });
  it('the body on the lines under the title, down to the date line', () => {
    const ru = parseProtocol('Протокол №7 — 05.03.2026\n\nОрган: Общественный совет города Актау\n\nДата: 5 марта 2026 года\nПрисутствовали: 12');
    expect([ru.number, ru.date, ru.body]).toEqual(['7', '2026-03-05', 'council']);
    const kk = parseProtocol('Хаттама №3 — 12.02.2026\nАтырау қаласы Қоғамдық кеңесінің отырысы\nКүні: 2026 жылғы 12 ақпан');
    expect([kk.number, kk.date, kk.body]).toEqual(['3', '2026-02-12', 'council']);
  });
});

const media = (text: string) => parseReport(text).media.map((m) => `${m.platform}:${m.publications}/${m.views}`);

describe('a platform\'s views told apart from its publications', () => {
  it('ru: "Просмотры публикаций в Instagram – 38 тыс." under the media table are the views, not publications', () => {
    const text = '# Отчёт за III квартал 2026 года\n\n## Медиа\n\n| Площадка | публикаций |\n|---|---:|\n| Instagram | 20 |\n| Telegram | 15 |\n| **Всего** | **35** |\n\nПросмотры публикаций в Instagram за квартал – 38 тыс.';
    expect(media(text)).toEqual(['instagram:20/38000', 'telegram:15/null']);
  });
  it('kk: the views line below the bulleted platforms, a blank line between', () => {
    const text = '# 2026 жылғы 9 айдағы есеп\n\n## БАҚ\nБарлығы 40 жарияланым:\n- Instagram – 25\n- Telegram – 15\n\nInstagram қаралымдары – 41 300.';
    expect(media(text)).toEqual(['instagram:25/41300', 'telegram:15/null']);
  });
  it('near-miss: views told after a paragraph of other text stay an entry of their own', () => {
    const text = '# 2026 жылғы 9 айдағы есеп\n\n## БАҚ\nБарлығы 40 жарияланым:\n- Instagram – 25\n- Telegram – 15\nКеңес мүшелері эфирге 3 рет шықты.\n\nInstagram қаралымдары – 41 300.';
    expect(media(text)).toContain('instagram:25/null');
  });
});

describe('a wiki\'s chronology dated in ISO form ("`2026-07-07` — мониторинг: …")', () => {
  it.each([
    ['ru', '# Отчёт за III квартал 2026 года\n\n## Хроника\n- `2026-07-08` — мониторинг: площадки\n- `2026-07-15` — отчётное слушание: отдел транспорта\n- `2026-08-05` — круглый стол «Среда»\n'],
    ['kk', '# Есеп\n\n## 2026 жылғы III тоқсан\n\n## Хронология\n* `2026-07-08` — мониторинг: ойын алаңдары\n* `2026-07-15` — есеп тыңдау: ТКШ бөлімі\n* `2026-08-05` — дөңгелек үстел «Инклюзия»\n'],
  ])('%s', (_, text) => {
    expect(parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2026-07-08', 'report_hearing 2026-07-15', 'round_table 2026-08-05']);
  });
  it('near-miss: a version stamp before the ISO date opens no entry', () => {
    expect(parseReport('# Отчёт за III квартал 2026 года\n\n## Хроника\n- Версия 2026-07-08 — мониторинг: площадки\n- сборка 2026-07-15 — отчётное слушание\n').activities).toEqual([]);
  });
});

const roll = (text: string) => {
  const p = parseProtocol(text);
  return [p.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`), p.absentees.map((a) => `${a.name}|${a.excused}`)];
};

describe('a Markdown note\'s attendance as task lists under their headings ("- [x] [[Name]]", "- [ ] [[Name]] — reason")', () => {
  it('kk: "### Қатысқан мүшелер" and "### Қатыспағандар", each a list of boxes', () => {
    const text = '# Кеңес отырысы\n## ХАТТАМА № 9\n\n2026 жылғы 4 қараша\n\n### Қатысқан мүшелер\n- [x] [[Жолдасова Гүлнар Мұратқызы]] — төраға\n- [x] [[Серікбаев Данияр Қ.]] — Zoom арқылы\n- [x] [[Утешев Мирас Айдарұлы]]\n\n### Қатыспағандар\n- [ ] [[Есбергенов Талғат]] — іссапарда\n- [ ] [[Нысанбаева Жұлдыз С.]] — науқас\n\n## Күн тәртібі\n1. Есеп.';
    expect(roll(text)).toEqual([['Жолдасова Гүлнар Мұратқызы', 'Серікбаев Данияр Қ. (online)', 'Утешев Мирас Айдарұлы'], ['Есбергенов Талғат|true', 'Нысанбаева Жұлдыз С.|true']]);
  });
  it('ru: "## Присутствовали" and "## Отсутствовали"', () => {
    const text = '# Протокол № 4\n\n12 марта 2026 года\n\n## Присутствовали\n- [x] Иванов Иван Иванович\n- [x] Петрова Анна Сергеевна — онлайн\n- [x] Сидоров Пётр Ильич\n\n## Отсутствовали\n- [ ] Ким Олег Петрович — командировка\n';
    expect(roll(text)).toEqual([['Иванов Иван Иванович', 'Петрова Анна Сергеевна (online)', 'Сидоров Пётр Ильич'], ['Ким Олег Петрович|true']]);
  });
  it('near-miss: a list of boxes under the invited\'s heading is no absentees\' list', () => {
    const text = '# Протокол № 4\n\n12 марта 2026 года\n\n## Присутствовали\n- [x] Иванов Иван Иванович\n- [x] Петрова Анна Сергеевна\n- [x] Сидоров Пётр Ильич\n\n## Приглашённые\n- [ ] Ким Олег Петрович — аким\n';
    expect(roll(text)[1]).toEqual([]);
  });
});

describe('the members registered, their noun in the clause before ("– 21 член; зарегистрировано 17, из них 3 онлайн")', () => {
  const counts = (text: string) => {
    const p = parseProtocol(text);
    return [p.members_total, p.present, p.online];
  };
  it.each([
    ['ru', 'Протокол № 10\n11 ноября 2026 г.\nСписочный состав Совета – 21 член; зарегистрировано 17, из них 3 подключены онлайн (Zoom). Кворум имеется.', [21, 17, 3]],
    ['kk', 'Хаттама № 9\n2026 жылғы 4 қараша\nКеңес құрамы – 15 мүше, тіркелгені 12, оның ішінде онлайн – 2.', [15, 12, 2]],
  ])('%s', (_, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
  it('near-miss: what else was registered keeps its own noun', () => {
    expect(counts('Протокол № 10\n11 ноября 2026 г.\nСостав Совета – 21 член; зарегистрировано 17 обращений.')[1]).toBeNull();
  });
});

describe('"Кеңестің қазіргі құрамы – 15 мүше": the composition now', () => {
  it('kk, a bullet of a Markdown note', () => {
    expect(figures('# 2026 жылғы 9 айдағы есеп\n\n## 1. Құрамы\n- Кеңестің қазіргі құрамы – **15** мүше.\n')).toEqual(['members_total=15']);
  });
  it('kk, prose', () => {
    expect(figures('2026 жылғы 9 айдағы есеп\n\nКеңестің қазіргі құрамы – 17 мүше.\n')).toEqual(['members_total=17']);
  });
});

describe('a chronology\'s Kazakh day with a long ending ("тамыздың 20-сында – есеп тыңдау")', () => {
  const acts = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);
  it('the day read with its five-letter ending, beside the other forms', () => {
    const text = '# 2026 жылғы 9 айдағы есеп\n\n## Іс-шаралар\nНегізгі күндер:\n- 2026 жылғы 12 ақпанда – мониторинг: аялдамалар\n- шілденің 9-ында – мониторинг: жағалау\n- тамыздың 20-сында – есеп тыңдау: көлік бөлімі\n- қыркүйектің 10-ында – дөңгелек үстел: «Жастар»\n';
    expect(acts(text)).toEqual(expect.arrayContaining(['report_hearing 2026-08-20', 'monitoring 2026-07-09']));
  });
});
