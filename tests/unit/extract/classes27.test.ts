/**
 * Classes of session 27, from the false values of the blind sets 68–69 and variants of my own: a Word table read cell by
 * cell whose count cell ran on into the next row's label (set 69's working groups: monitorings 5 for 9, seminars 2 for 1);
 * a reference note run in as "Анықтама:" / "Справка:" over another council's counts (set 68's Konaev: the oblast
 * council's 4 sittings taken for the town council's 3); a roll whose closing marks a quoted legend explains (set 69's
 * ecology ministry: 16 absentees for 4); "Барлық мүше – 16" as the members' whole.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { spellMarkLegend } from '../../../sources/extract/protocol/markLegend.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;

describe('a Word table read cell by cell: a count cell is its own row\'s, never the next label\'s', () => {
  // A two-column table with a heading across it, as docxHtmlToText lays it out: one cell a line behind a tab.
  const cells = (rows: string[]) => `ОТЧЁТ о работе Общественного совета за 2025 год\n\n${rows.map((c) => `\t${c}`).join('\n')}\n\n`;
  it('ru: the group\'s rows ("заседания рабочей группы" / "5" / "общественный мониторинг" / "3") give no figure of the next label', () => {
    const text = cells(['Вид работы', 'Количество', 'РГ-1 по занятости', 'заседания рабочей группы', '5', 'общественный мониторинг', '3', 'семинары', '2', 'Итого по РГ-1', '10']);
    const x = parseReport(text);
    expect(x.figures.find((f) => f.metric === 'monitorings' && f.value === 5)).toBeUndefined();
    expect(x.figures.find((f) => f.metric === 'seminars' && f.value === 3)).toBeUndefined();
  });
  it('kk variant: "мониторинг" / "4" / "дөңгелек үстел" / "2"', () => {
    const text = cells(['Жұмыс түрі', 'Саны', '1-топ', 'мониторинг', '4', 'дөңгелек үстел', '2', 'семинар', '1']);
    const x = parseReport(text);
    expect(x.figures.find((f) => f.metric === 'round_tables' && f.value === 4)).toBeUndefined();
    expect(x.figures.find((f) => f.metric === 'seminars' && f.value === 2)).toBeUndefined();
  });
  it('near-miss: a sentence wrapped after its count, not a cell, still reads ("Проведено 5" / "мониторингов.")', () => {
    expect(figure('ОТЧЁТ о работе Общественного совета за 2025 год\n\nЗа отчётный год Советом проведено 5\nмониторингов.\n', 'monitorings')).toBe(5);
  });
});

describe('a reference note run in as "Анықтама:" / "Справка:" over a higher council\'s counts', () => {
  const kk = (note: string) => `Қонаев қаласы әкімдігі жанындағы Қоғамдық кеңестің 2026 жылғы бірінші жартыжылдықтағы жұмысы туралы АҚПАРАТ\n\nЖарты жылда Кеңестің 3 отырысы өтті.\n\n${note}\n`;
  it('kk: "Анықтама: Алматы облыстық қоғамдық кеңесі жарты жылда 4 отырыс өткізді" is not the town council\'s', () => {
    const x = parseReport(kk('Анықтама: Алматы облыстық қоғамдық кеңесі жарты жылда 4 отырыс өткізді, 12 мәселе қаралды.'));
    expect(x.figures.filter((f) => f.metric === 'general_meetings').map((f) => f.value)).toEqual([3]);
  });
  it('ru: "Справка: Общественный совет области провёл 9 заседаний" in a district council\'s report', () => {
    const x = parseReport('ИНФОРМАЦИЯ о работе Общественного совета Турксибского района г. Алматы за 2025 год\n\nПроведено 5 заседаний Совета.\n\nСправка: областной общественный совет провёл 9 заседаний.\n');
    expect(x.figures.filter((f) => f.metric === 'general_meetings').map((f) => f.value)).toEqual([5]);
  });
  it('near-miss: a report titled "СПРАВКА" on its own line reads its own counts', () => {
    expect(figure('СПРАВКА\nо работе Общественного совета района за 2025 год\n\nПроведено 5 заседаний Совета.\n', 'general_meetings')).toBe(5);
  });
});

describe('a roll whose closing marks a quoted legend explains', () => {
  const protocol = (legend: string, roll: string[]) => `ХАТТАМА № 5\n08.10.2025 ж.\n\nКеңес мүшелерінің тізімі және қатысу белгісі\n${legend}\n\n${roll.map((r, k) => `${k + 1}. ${r}`).join('\n')}\n\nКҮН ТӘРТІБІ\n1. Жоспар туралы.\n`;
  it('kk: «+», «+ Zoom», «–» with a reason in brackets', () => {
    const x = parseProtocol(protocol('(«+» – қатысты, «+ Zoom» – бейнебайланыс арқылы қатысты, «–» – қатыспады):', [
      'Сыдықов Бауыржан Ерланұлы – төраға ........................ +',
      'Вострикова Елена Павловна – қоғам өкілі ................... + Zoom',
      'Ғаббасов Нұрлан Маратұлы – орнитолог ...................... –  (іссапар)',
      'Жұмабаева Айгүл Нұрланқызы – заңгер ....................... +',
      'Шәкенов Ержан Болатұлы – фермер ........................... –  (себебі белгісіз)',
    ]));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Сыдықов Бауыржан Ерланұлы', false], ['Вострикова Елена Павловна', true], ['Жұмабаева Айгүл Нұрланқызы', false]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Ғаббасов Нұрлан Маратұлы', true], ['Шәкенов Ержан Болатұлы', false]]);
  });
  it('ru variant: "Отметки: "V" – присутствовал, "О" – онлайн, "Н" – отсутствовал" and marks after two spaces', () => {
    const lines = ['Отметки: "V" – присутствовал, "О" – присутствовал онлайн, "Н" – отсутствовал:', '', 'Иванов Иван Иванович, председатель   V', 'Петрова Анна Сергеевна   О', 'Сидоров Пётр Ильич   Н (отпуск)'];
    expect(spellMarkLegend(lines).slice(2)).toEqual(['Иванов Иван Иванович, председатель    присутствовал', 'Петрова Анна Сергеевна    присутствовал онлайн', 'Сидоров Пётр Ильич    отсутствовал (отпуск)']);
    expect(spellMarkLegend(lines)[0]).toBe('Отметки:');
  });
  it('near-miss: quoted vote labels with counts ("«жақ» – 17, «қарсы» – жоқ") spell nothing; a mark no legend gives stays', () => {
    const vote = ['Дауыс беру: «жақ» – 17, «қарсы» – жоқ, «қалыс» – 2.', 'Иванов И.И. ........ +'];
    expect(spellMarkLegend(vote)).toEqual(vote);
    const legend = ['(«+» – қатысты, «–» – қатыспады):', 'Иванов И.И. ........ ?'];
    expect(spellMarkLegend(legend)[1]).toBe('Иванов И.И. ........ ?');
  });
});

describe('"Барлық мүше – 16": the members\' whole with no body named', () => {
  const head = (line: string) => parseProtocol(`ХАТТАМА № 2\n12.03.2026 ж.\n\n${line}\n\nКҮН ТӘРТІБІ\n1. Жоспар туралы.\n`);
  it('kk: "Барлық мүше – 16. Қатысқаны – 12 (оның 2-і Zoom арқылы)."', () => {
    const x = head('Барлық мүше – 16. Қатысқаны – 12 (оның 2-і Zoom арқылы). Кворум бар.');
    expect([x.members_total, x.present, x.online]).toEqual([16, 12, 2]);
  });
  it('kk variant: "Барлық мүшелер саны: 15"', () => {
    expect(head('Барлық мүшелер саны: 15. Қатысқаны – 11.').members_total).toBe(15);
  });
  it('near-miss: "Барлық мүше қатысты" (all came) gives no whole of its own', () => {
    expect(head('Отырысқа барлық мүше қатысты, 2026 жылғы 12 наурыз.').members_total).toBeNull();
  });
});
