/**
 * Classes of set 20's protocols and reports, in phrasings written here (ru and kk), each with near-misses:
 * a quorum written as a fraction ("21 мүшенің үштен екісі"), a total after the list with those online in it, reasons
 * "not known / did not get in touch" as unexcused, a participation cell in person with a note in brackets, a cell's
 * wrapped tail under the name column, a second meeting's protocol in the same file, and the year to date in a
 * quarter's report.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const kkHead = 'АҚТӨБЕ ОБЛЫСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\n\nОТЫРЫСТЫҢ № 7 ХАТТАМАСЫ\n\n12.03.2025 ж.\n\n';
const ruHead = 'ОБЩЕСТВЕННЫЙ СОВЕТ ГОРОДА ШЫМКЕНТ\n\nПРОТОКОЛ № 7\nзаседания Общественного совета\n\n12.03.2025 г.\n\n';

describe('a quorum as a fraction of the members', () => {
  it('kk: "19 мүшенің үштен екісі – 13" states the size, never a count present', () => {
    const x = parseProtocol(`${kkHead}Кворум бар (19 мүшенің үштен екісі – 13).\n`);
    expect(x.present).not.toBe(5);
    expect(x.present).toBeNull();
    expect(x.members_total).toBe(19);
  });
  it('near-miss kk: "19 мүшесінің 15-і қатысты" is still present of total', () => {
    const x = parseProtocol(`${kkHead}Кеңестің 19 мүшесінің 15-і қатысты.\n`);
    expect(x.present).toBe(15);
    expect(x.members_total).toBe(19);
  });
});

describe('a total after the list, some of them online', () => {
  it('kk: "Барлығы: 11 мүше, оның ішінде 2-еуі онлайн"', () => {
    const x = parseProtocol(`${kkHead}Барлығы: 11 мүше, оның ішінде 2-еуі онлайн.\n`);
    expect(x.present).toBe(11);
    expect(x.online).toBe(2);
  });
  it('ru: "Итого: 11 членов, из них 2 онлайн"', () => {
    const x = parseProtocol(`${ruHead}Итого: 11 членов, из них 2 онлайн.\n`);
    expect(x.present).toBe(11);
    expect(x.online).toBe(2);
  });
  it('near-miss: "Барлығы: 21 мүше" with no one online in it is no count present', () => {
    const x = parseProtocol(`${kkHead}Барлығы: 21 мүше.\n`);
    expect(x.present).toBeNull();
  });
});

describe('reasons of absence not known or not told', () => {
  it('kk: "хабарласпады", "себебі көрсетілмеген" are unexcused; "алдын ала ескертті" with a family reason is excused', () => {
    const x = parseProtocol(`${kkHead}Қатыспағандар:\n- Серікбаев Ұлан Болатұлы – хабарласпады;\n- Оспанова Дана Ерікқызы – себебі көрсетілмеген;\n- Әлиев Марат Серікұлы – отбасылық жағдай (алдын ала ескертті).\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([false, false, true]);
  });
  it('ru: "стажировка" is excused, kk "тағылымдама" too', () => {
    const x = parseProtocol(`${ruHead}Отсутствовали:\n- Петров Иван Сергеевич – стажировка;\n- Қасымов Ерлан Бекұлы – тағылымдамада.\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true]);
  });
});

describe('an attendance table', () => {
  const table = (rows: string) => `${kkHead}Кеңес мүшелерінің қатысуы:\n\nР/с\tАты-жөні\tҚатысу түрі\n${rows}\n\nКүн тәртібі:\n1) Жоспар туралы.\n`;
  it('kk: "күндізгі (1-мәселеден кейін кетті)" is in person, a note in brackets after it', () => {
    const x = parseProtocol(table('1\tАхметов Б.С.\tкүндізгі\n2\tЖақсыбекова А.Е.\tкүндізгі (1-мәселеден кейін кетті)\n3\tТоқтаров Е.Н.\tонлайн'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Ахметов Б.С.', 'Жақсыбекова А.Е.', 'Тоқтаров Е.Н.']);
  });
  it('near-miss: "күндізгі (қатыспады)" in brackets is not in person', () => {
    const x = parseProtocol(table('1\tАхметов Б.С.\tкүндізгі\n2\tЖақсыбекова А.Е.\tкүндізгі (қатыспады)'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Ахметов Б.С.']);
  });
  it('kk: a reason wrapped onto a line with one tab carries on the reason, not the name', () => {
    const x = parseProtocol(table('1\tАхметов Б.С.\tкүндізгі\n2\tЖақсыбекова А.Е.\tқатыспады – біліктілікті\n\tарттыру курсы (Алматы қ.)\n3\tТоқтаров Е.Н.\tкүндізгі'));
    expect(x.absentees).toHaveLength(1);
    expect(x.absentees[0].name).toBe('Жақсыбекова А.Е.');
    expect(x.absentees[0].excused).toBe(true);
    expect(x.attendees.map((a) => a.name)).toEqual(['Ахметов Б.С.', 'Тоқтаров Е.Н.']);
  });
});

describe('two meetings\' protocols in one file', () => {
  const council = (head: string, votes: string) => `${head}Присутствовали: 15 из 21.\n\nПовестка дня:\n1. О плане работы.\n\n1. СЛУШАЛИ: Иванова А.А.\nРЕШИЛИ: утвердить.\n${votes}\n\nПредседатель\t\tА. Иванов\n\n`;
  it('ru: the presidium\'s "ПРОТОКОЛ № 2" after the council\'s is another document', () => {
    const x = parseProtocol(`${council(ruHead, 'Голосовали: «за» – 15, «против» – 0, «воздержались» – 0.')}- - - - - - - - - -\n\nПРЕЗИДИУМ ОБЩЕСТВЕННОГО СОВЕТА\nПРОТОКОЛ № 2\n\nПрисутствовали: 5 из 7.\n1. СЛУШАЛИ: Петрова Б.Б.\nГолосовали: «за» – 5, «против» – 0, «воздержались» – 0.\n2. СЛУШАЛИ: Сидорова В.В.\nГолосовали: «за» – 4, «против» – 1, «воздержались» – 0.\n`);
    expect(x.number).toBe('7');
    expect(x.votes).toHaveLength(1);
    expect(x.present).toBe(15);
    expect(x.members_total).toBe(21);
  });
  it('kk: "ТӨРАЛҚА ОТЫРЫСЫНЫҢ № 3 ХАТТАМАСЫ" after the council\'s', () => {
    const x = parseProtocol(`${kkHead}Қатысқаны: 15.\n\n1. ТЫҢДАЛДЫ: Ахметова А.\nДауыс беру: «иә» – 15, «жоқ» – 0, «қалыс» – 0.\n\nТөраға\tА. Ахметов\n\nТӨРАЛҚА ОТЫРЫСЫНЫҢ № 3 ХАТТАМАСЫ\n\nҚатысқаны – 6.\n1. Тыңдалды: Бекова Б.\nДауыс беру: «иә» – 6, «жоқ» – 0, «қалыс» – 0.\n`);
    expect(x.votes).toHaveLength(1);
    expect(x.present).toBe(15);
  });
  it('near-miss: the same protocol again in the other language (its number the same) is read whole', () => {
    const x = parseProtocol(`${kkHead}1. ТЫҢДАЛДЫ: Ахметова А.\nДауыс беру: «иә» – 15, «жоқ» – 0, «қалыс» – 0.\n\nПРОТОКОЛ № 7\n\n1. СЛУШАЛИ: Ахметову А.\nГолосовали: «за» – 15, «против» – 0, «воздержались» – 0.\n`);
    expect(x.votes.length).toBeGreaterThanOrEqual(1);
    expect(x.issues.some((i) => /another protocol starts/.test(i.message))).toBe(false);
  });
  it('near-miss: "(протокол № 4 от 12.02.2025)" in a sentence is no heading', () => {
    const x = parseProtocol(`${ruHead}1. СЛУШАЛИ: Иванова А.А.\nГолосовали: «за» – 15, «против» – 0, «воздержались» – 0.\n2. СЛУШАЛИ: об исполнении решения (протокол № 4 от 12.02.2025).\nГолосовали: «за» – 14, «против» – 1, «воздержались» – 0.\n`);
    expect(x.votes).toHaveLength(2);
  });
});

describe('the year to date in a quarter\'s report', () => {
  it('kk: "Жыл басынан бері 3 меморандум жасалды" in a III quarter report is a candidate', () => {
    const x = parseReport('Қоғамдық кеңестің 2025 жылғы III тоқсандағы жұмысы туралы есеп\n\nЖыл басынан бері облыстық ҮЕҰ-мен 3 меморандум жасалды.\n');
    expect(x.figures.find((f) => f.metric === 'memoranda')).toBeUndefined();
  });
  it('ru: "С начала года подписано 3 меморандума" in a quarter\'s report is a candidate', () => {
    const x = parseReport('Отчет о работе Общественного совета за III квартал 2025 года\n\nС начала года подписано 3 меморандума о сотрудничестве.\n');
    expect(x.figures.find((f) => f.metric === 'memoranda')).toBeUndefined();
  });
  it('near-miss: in a year\'s report "с начала года" is the period', () => {
    const x = parseReport('Отчет о работе Общественного совета за 2025 год\n\nС начала года подписано 3 меморандума о сотрудничестве.\n');
    expect(x.figures.find((f) => f.metric === 'memoranda')?.value).toBe(3);
  });
});
