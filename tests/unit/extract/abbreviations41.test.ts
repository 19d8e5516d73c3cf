/**
 * Classes of session 41, from set 170 (officials who abbreviate everything) and set 167 (small and new councils): the
 * members' count abbreviated ("Кол-во чл. ОС", "ҚК мүш. саны", "13 чл. ОС из 17"), a table header's participation word
 * keeping its stop ("Қатыс.", "Присут."), the council's acronyms as labels ("ТК отыр. – 7", "засед. ПК – 9", "АҚ өкілдері",
 * "МО өкілдері", "мем. орг."), counted items parted by slashes, "N дауыспен, M қарсы" (for before against), an act's
 * number closing on Cyrillic letters ("№ 112-р"), the number above a bare title word, a summing sentence's total of
 * member changes, and departments heard told from counted items only where the body is a department. Each class has its
 * near-misses, which must stay unread.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { spelledOut } from '../../../sources/extract/spelledOut.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => ({ for: v.for, against: v.against, abstain: v.abstain, unanimous: v.unanimous, declared: v.declared }));
const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();

const HEAD_RU = 'ПРОТОКОЛ № 5\nзаседания Общественного совета\n\n14 октября 2026 г.\n\n';
const HEAD_KK = 'ХАТТАМА № 8\nҚоғамдық кеңес отырысы\n\n2026 жылғы 2 желтоқсан\n\n';
const REPORT_KK = 'Қоғамдық кеңестің 2026 жылғы 9 айдағы жұмысы туралы ақпарат\n\n';
const REPORT_RU = 'Отчёт о работе Общественного совета за 2026 год\n\n';

describe('the members\' count abbreviated: "чл.", "мүш." after a count or its word', () => {
  it.each([
    ['Кол-во чл. ОС по составу – 15 чел. Присут. – 12 чел.', HEAD_RU, 15, 12],
    ['Количество чл. ОС – 13. Присутствовали – 10.', HEAD_RU, 13, 10],
    ['ҚК мүш. саны – 11. Отыр. қатысқаны – 9.', HEAD_KK, 11, 9],
    ['Кеңес мүш. саны – 9. Отырысқа қатысқаны – 7.', HEAD_KK, 9, 7],
  ])('%s', (line, head, total, present) => {
    const x = parseProtocol(`${head}${line}\n`);
    expect([x.members_total, x.present]).toEqual([total, present]);
  });
  it('a role keeps the singular: "секр. ОС, чл. ОС" is one member, "хатшы, ҚК мүш." one member', () => {
    expect(spelledOut('секр. ОС, чл. ОС')).toBe('секр. ОС, член ОС');
    expect(spelledOut('Присут.: 13 чл. ОС из 17')).toBe('Присутствовали: 13 членов ОС из 17');
    expect(spelledOut('хатшы, ҚК мүш., ҮЕҰ')).toBe('хатшы, Қоғамдық кеңес мүшесі, ҮЕҰ');
  });
});

describe('a participation column headed by an abbreviation that keeps its stop ("Қатыс.", "Присут.")', () => {
  const table = (head: string, header: string, rows: string[]) => `${head}${header}\n${rows.join('\n')}\n\n${head === HEAD_KK ? 'Күн тәртібі:' : 'Повестка дня:'}\n1. Жоспар туралы.\n`;
  it('Kazakh: a reason in the cell is an absence, "қатысты" a presence', () => {
    const x = parseProtocol(table(HEAD_KK, '№  | Аты-жөні         | Мәртебесі   | Қатыс.', [
      '1  | Сейітов А.Б.     | төраға      | қатысты',
      '2  | Омарова Г.Қ.     | мүше        | іссапарда',
      '3  | Жақсыбеков Е.Т.  | мүше        | қатысты',
      '4  | Ли В.В.          | мүше        | себебін хабарламады',
    ]));
    expect(x.attendees.map((a) => a.name)).toEqual(['Сейітов А.Б.', 'Жақсыбеков Е.Т.']);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Омарова Г.Қ.', true], ['Ли В.В.', false]]);
  });
  it('Russian: "Присут." over "присутствовал" and "отсутствовал (б/л)"', () => {
    const x = parseProtocol(table(HEAD_RU, '№ | Ф.И.О. | Статус | Присут.', [
      '1 | Иванов И.И. | председатель | присутствовал',
      '2 | Петрова А.А. | член ОС | отсутствовала (командировка)',
      '3 | Сидоров С.С. | член ОС | присутствовал',
    ]));
    expect(x.attendees.length).toBe(2);
    expect(x.absentees.map((a) => a.name)).toEqual(['Петрова А.А.']);
  });
});

describe('"N дауыспен / N голосами" before a counted against: those for', () => {
  it.each([
    ['Ұсыныс 3 дауыспен, 5 қарсы, 1 қалыс – қабылданбады.', HEAD_KK, { for: 3, against: 5, abstain: 1, unanimous: false, declared: 'rejected' }],
    ['Ұсыныс 7 дауыспен, 2 қарсы, 0 қалыс – қабылданды.', HEAD_KK, { for: 7, against: 2, abstain: 0, unanimous: false, declared: 'adopted' }],
    ['Предложение 3 голосами, 5 против, 1 воздержался – отклонено.', HEAD_RU, { for: 3, against: 5, abstain: 1, unanimous: false, declared: 'rejected' }],
  ])('%s', (line, head, want) => {
    expect(votes(`${head}1. Жоспар туралы.\n${line}\n`)).toEqual([want]);
  });
  it('a count before its label and a dash before the result: "1 қалыс – қабылданбады"', () => {
    expect(votes(`${HEAD_KK}1. Жоспар туралы.\nҰсыныс 3 жақтап, 5 қарсы, 1 қалыс – қабылданбады.\n`)).toEqual([{ for: 3, against: 5, abstain: 1, unanimous: false, declared: 'rejected' }]);
  });
  it('near-miss: "N дауыспен" with no counted against after it names no label', () => {
    expect(votes(`${HEAD_KK}1. Жоспар туралы.\nҰсыныс көпшілік дауыспен қабылданды.\n`)[0]?.for ?? null).toBeNull();
  });
});

describe('the council\'s acronyms in a report\'s labels', () => {
  it.each([
    ['ТК отыр. – 7 (білім сапасы ТК – 3, инклюзия ТК – 2, қаржы ТК – 2).', REPORT_KK, ['commission_meetings=7']],
    ['ҚК президиумы отыр. – 2;', REPORT_KK, ['presidium_meetings=2']],
    ['Құрам: 30.06.2026 ж. – 17 мүше (АҚ өкілдері – 13, МО өкілдері – 4); ТК саны – 4.', REPORT_KK, ['commissions=4', 'members_civil=13', 'members_state=4', 'members_total=17']],
    ['Проведено 6 засед. ОС, засед. ПК – 9.', REPORT_RU, ['commission_meetings=9', 'general_meetings=6']],
  ])('%s', (line, head, want) => {
    expect(figures(`${head}${line}\n`)).toEqual(want);
  });
  it('near-misses: a code, a company, a trade centre, computers and an acronym defined in brackets stay as written', () => {
    for (const line of ['ТК РК, ст. 5', 'ТК «Мега»', '«Қазақтелеком» АҚ өкілдері', 'закуплено 20 ПК для школ', 'ПК «Береке»', 'Тұрақты комиссиялар (ТК) – 3', 'білім сапасы ТК; қаржы ТК.', 'МО РК'])
      expect(spelledOut(line)).toBe(line);
  });
});

describe('counted items parted by slashes', () => {
  it('each item is read as its own label and count', () => {
    expect(figures(`${REPORT_KK}ҚК отыр. – 2 / ТК отыр. – 3 / есеп тыңдау – 2 / мониторинг – 3 / дөңг. үстел – 1.\n`)).toEqual([
      'commission_meetings=3', 'general_meetings=2', 'monitorings=3', 'report_hearings=2', 'round_tables=1',
    ]);
    expect(figures(`${REPORT_RU}Заседания ОС – 4 / мониторинги – 5 / круглые столы – 2.\n`)).toEqual(['general_meetings=4', 'monitorings=5', 'round_tables=2']);
  });
  it('near-miss: a label written in two languages over one count is one item', () => {
    expect(figures(`${REPORT_KK}Мониторинг / Мониторинги / Monitoring – 4.\n`)).toEqual(['monitorings=4']);
  });
});

describe('a protocol\'s head: another act\'s number with Cyrillic letters, the number above a bare title', () => {
  it('"распоряжением акима района № 112-р от 12.03.2026 г." is the act\'s date, never the meeting\'s', () => {
    const x = parseProtocol('ПРОТОКОЛ № 1\nпервого заседания Общественного совета\n(состав сформирован распоряжением акима района № 112-р от 12.03.2026 г.)\nг. Степняк        26 марта 2026 г.\n\n');
    expect([x.number, x.date]).toEqual(['1', '2026-03-26']);
  });
  it('"приказом № 45-п от 3 марта 2026 г." likewise', () => {
    expect(parseProtocol('ПРОТОКОЛ № 2\nзаседания Общественного совета (утверждён приказом № 45-п от 3 марта 2026 г.)\n\n10 апреля 2026 г.\n\n').date).toBe('2026-04-10');
  });
  it('"IV шақырылымның № 3 отырысының" / "ХАТТАМАСЫ": the number of the meeting, not the convocation', () => {
    const x = parseProtocol('Қоғамдық кеңестің\nIV шақырылымның № 3 отырысының\nХАТТАМАСЫ\n\n2026 ж. 21 қазан        Семей қаласы\n\n');
    expect([x.number, x.date]).toEqual(['3', '2026-10-21']);
  });
  it('near-misses: an appendix\'s number above a bare title, an earlier sitting\'s dated number', () => {
    expect(parseProtocol('Приложение № 2\nПРОТОКОЛ\nзаседания Общественного совета\n\n14 октября 2026 г.\n\n').number).toBeNull();
    expect(parseProtocol('Кеңес отырысының 12 наурыздағы № 3\nХАТТАМАСЫ\n\n2026 ж. 21 қазан\n\n').number).toBeNull();
  });
});

describe('member changes: a summing sentence\'s total over a clause', () => {
  const story = (summing: string) => `Қоғамдық кеңестің 2026 жылдың бірінші жартыжылдығындағы жұмысы туралы\nАҚПАРАТ\n\n7 мүшенің өкілеттігі мерзімнің аяқталуына байланысты тоқтатылды. Мамыр айында 1 мүше өз өтінішімен кеңестен кетті.\n${summing}\n`;
  it.each([
    'Сонымен жартыжылдықта кеңестен барлығы 8 мүше шықты.',
    'Осылайша, жартыжылдықта барлығы 8 мүше шықты.',
  ])('%s', (line) => {
    expect(figures(story(line)).filter((f) => f.startsWith('members_left'))).toEqual(['members_left=8']);
  });
  it('near-miss: with no summing sentence the first stated count stays', () => {
    expect(figures(story('Жаңа мүшелер енгізілді.')).filter((f) => f.startsWith('members_left'))).toEqual(['members_left=7']);
  });
});

describe('departments heard from counted items: a department as bodyKindOf tells it', () => {
  it('"басқармаға ведомстволық бағынысты … КМҚК" is the department\'s subordinate: no department heard', () => {
    const out = figures(`${REPORT_KK}Атқарылған жұмыс:\n  - есеп тыңдау – 1: 24 қыркүйекте басқармаға ведомстволық бағынысты\n    «Туристік ақпараттық орталық» КМҚК директорының есебі тыңдалды;\n`);
    expect(out).not.toContain('departments_heard=1');
  });
  it('a district department named: one department heard', () => {
    const out = figures(`${REPORT_KK}Есеп тыңдау – 1: аудандық білім бөлімі (18.06.2026).\n`);
    expect(out).toContain('departments_heard=1');
  });
});

describe('more of the abbreviated report: "пост.", "отв.", a state day\'s bracket, the council\'s full name, answers after letters', () => {
  it('"пост. комиссий" are the standing commissions, never posts of a page', () => {
    expect(figures(`${REPORT_RU}Засед. пост. комиссий – 6.\n`)).toEqual(['commission_meetings=6']);
    expect(figures(`${REPORT_RU}Раб. органы – 2 пост. комиссии.\n`).some((f) => f.startsWith('publications'))).toBe(false);
  });
  it('"получено отв. – 12", "Отв. дан на 26 обращ." are answers; "отв. секретарь" is no answer', () => {
    expect(spelledOut('Направл. писем в МИО – 14, получено отв. – 12.')).toBe('Направлено писем в МИО – 14, получено ответов – 12.');
    expect(spelledOut('Отв. дан на 26 обращ.;')).toBe('Ответ дан на 26 обращений;');
    expect(spelledOut('отв. секретарь Иванов И.И.')).toBe('отв. секретарь Иванов И.И.');
  });
  it('the day of the state in a bracket between the members\' label and their count', () => {
    expect(figures(`${REPORT_KK}ҚК мүш. саны (30.09.2026 ж. жағдай бойынша) – 15, оның ішінде: мем. орг. өкілдері – 4.\n`)).toEqual(['members_state=4', 'members_total=15']);
  });
  it('near-miss: a bracket of another count between the label and the dash reads no total', () => {
    expect(figures(`${REPORT_KK}ҚК мүш. саны (2025 ж. – 13) – 15.\n`)).not.toContain('members_total=13');
  });
  it('"Тоқсан ішінде ҚК құрамында өзгеріс болған жоқ": no change of the council, written in full, is 0 joined and 0 left', () => {
    const q = (line: string) => figures(`Қоғамдық кеңес\n\n2026 жылғы І тоқсан бойынша ҚК қызметі туралы\nАҚПАРАТ\n\n${line}\n`);
    expect(q('Тоқсан ішінде ҚК құрамында өзгеріс болған жоқ.')).toEqual(['members_joined=0', 'members_left=0']);
    expect(q('Тоқсан ішінде қоғамдық мониторинг құрамында өзгеріс болған жоқ.')).toEqual([]);
  });
  it.each([
    ['Ұсыным хаттар – 4, жауап – 3.', REPORT_KK, 3],
    ['Жіберілген хаттар – 8, жауап алынған – 6.', REPORT_KK, 6],
    ['Письма – 6, ответов – 5.', REPORT_RU, 5],
  ])('the answers after the letters\' count: %s', (line, head, value) => {
    expect(figures(`${head}${line}\n`)).toContain(`letters_answered=${value}`);
  });
  it('near-miss: answers after appeals are no letters answered', () => {
    expect(figures(`${REPORT_KK}Өтініштер – 8, жауап – 7.\n`).some((f) => f.startsWith('letters_answered'))).toBe(false);
  });
});
