/**
 * Protocol classes of session 26, from the blind sets 66–67 and variants of my own: a signed registration sheet whose
 * signature cells note the absent in a shortened word or by the reason alone (set 66, Rudny: "отсутств. (командировка)"
 * was read as a signature, 17 attendees for 14).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

/** A Word registration sheet as readDocumentText gives it: one cell a line, each behind a tab. */
const sheet = (head: string, cells: string[][]) => `ПРОТОКОЛ № 1\nзаседания Общественного совета\n25 февраля 2026 года\n\nЛист регистрации членов Общественного совета\n\t№\n\t${head}\n\tМесто работы\n\tПодпись / Қолы\n${cells.map((r, k) => `\t${k + 1}\n${r.map((c) => `\t${c}`).join('\n')}\n`).join('')}\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n`;

describe('a signed sheet whose signature cells note the absent', () => {
  it('ru: "отсутств. (…)" shortened, a reason alone ("командировка"), signed "подп." and online', () => {
    const x = parseProtocol(sheet('Ф.И.О.', [
      ['Жаксыбеков Ерлан Маратович', 'ИП', 'подп.'],
      ['Бондаренко Сергей Петрович', 'ОФ «Чистый город»', 'онлайн (ZOOM)'],
      ['Ержанова Айгерим Болатовна', 'школа', 'отсутств. (командировка)'],
      ['Зейферт Андрей Андреевич', 'ветеран', 'подп.'],
      ['Мукашева Сания Тлеулесовна', 'аппарат акима', 'командировка'],
      ['Нургалиев Дастан Ерболович', 'ТОО', 'отсут. без уваж. причины'],
    ]));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Жаксыбеков Ерлан Маратович', false], ['Бондаренко Сергей Петрович', true], ['Зейферт Андрей Андреевич', false]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Ержанова Айгерим Болатовна', true], ['Мукашева Сания Тлеулесовна', true], ['Нургалиев Дастан Ерболович', false]]);
  });
  it('kk variant: "қолы" signed, "іссапарда" and "ауырып қалды" alone in the cell', () => {
    const x = parseProtocol(sheet('Аты-жөні', [
      ['Жақсыбеков Ерлан Мұратұлы', 'ЖК', 'қолы'],
      ['Исмаилов Тимур Рашидұлы', 'директор', 'іссапарда'],
      ['Мұсина Жанар Ерболқызы', 'маман', 'қолы'],
      ['Серікова Әйгерім Болатқызы', 'мұғалім', 'науқастануына байланысты'],
    ]));
    expect(x.attendees.map((a) => a.name)).toEqual(['Жақсыбеков Ерлан Мұратұлы', 'Мұсина Жанар Ерболқызы']);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Исмаилов Тимур Рашидұлы', true], ['Серікова Әйгерім Болатқызы', true]]);
  });
  it('near-miss: a signature with a note of no absence ("подп. (с опозданием)") is presence', () => {
    const x = parseProtocol(sheet('Ф.И.О.', [
      ['Жаксыбеков Ерлан Маратович', 'ИП', 'подп.'],
      ['Зейферт Андрей Андреевич', 'ветеран', 'подп. (с опозданием)'],
    ]));
    expect(x.attendees.map((a) => a.name)).toEqual(['Жаксыбеков Ерлан Маратович', 'Зейферт Андрей Андреевич']);
    expect(x.absentees).toEqual([]);
  });
});

describe('those online listed again, short, under the full list of those present', () => {
  const kk = (online: string) => `ХАТТАМА № 2\n2025 жылғы 23 сәуір\n\nКеңестің 7 мүшесінің 5-і қатысуда. Оның ішінде 2 мүше онлайн қосылды.\n\nҚатысқандар:\nӘлеуметтік комиссия:\n  Сыздықов Ғалымжан Әбдіқадырұлы, Бегалиева Роза Темірқызы, Нұртазаев Мақсат Ержанұлы\nЭкономика комиссиясы:\n  Қалдыбаев Ерғали Сейітұлы, Мырзабекова Әсел Болатқызы\n\nОнлайн қосылғандар: ${online}\n\nҚатыспағандар:\n  Ахмедов Шерзод Бахромович, Серікова Әйгерім Болатқызы – себебін хабарламады.\n\nКҮН ТӘРТІБІ:\n1. Бюджет туралы.\n`;
  it('kk: the online line\'s two names are two of the five, online; two absent for one reason, whole names', () => {
    const x = parseProtocol(kk('Нұртазаев М.Е. (Мақтаарал ауданынан), Мырзабекова Ә.Б.'));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Сыздықов Ғалымжан Әбдіқадырұлы', false], ['Бегалиева Роза Темірқызы', false], ['Нұртазаев Мақсат Ержанұлы', true],
      ['Қалдыбаев Ерғали Сейітұлы', false], ['Мырзабекова Әсел Болатқызы', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Ахмедов Шерзод Бахромович', false], ['Серікова Әйгерім Болатқызы', false]]);
  });
  it('ru variant: initials before the surname, "Подключились онлайн:" below a numbered list', () => {
    const x = parseProtocol('ПРОТОКОЛ № 4\n12 марта 2025 г.\n\nПрисутствовали 3 члена Совета из 5.\n\nПрисутствовали:\n1. Ким Ольга Валерьевна\n2. Абенов Серик Нурланович\n3. Досова Айгуль Маратовна\nПодключились онлайн: С.Н. Абенов\n\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n');
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Ким Ольга Валерьевна', false], ['Абенов Серик Нурланович', true], ['Досова Айгуль Маратовна', false]]);
  });
  it('near-miss: an online name of the same surname and other initials is another person', () => {
    const x = parseProtocol(kk('Нұртазаев Б.Қ., Мырзабекова Ә.Б.'));
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Нұртазаев Б.Қ.', 'Мырзабекова Ә.Б.']);
  });
  it('near-miss: with no count stated to close, a name listed twice stays as listed', () => {
    const x = parseProtocol('ПРОТОКОЛ № 4\n12 марта 2025 г.\n\nПрисутствовали:\n1. Ким Ольга Валерьевна\n2. Абенов Серик Нурланович\nПодключились онлайн: С.Н. Абенов\n\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n');
    expect(x.attendees).toHaveLength(3);
  });
});

describe('a sick-leave sheet as the reason', () => {
  it('kk "еңбекке уақытша жарамсыздық парағы бойынша" and ru "по листу нетрудоспособности" are excused', () => {
    const x = parseProtocol('ХАТТАМА № 2\n2025 жылғы 23 сәуір\n\nҚатысқандар:\n1. Сыздықов Ғ.Ә.\n2. Бегалиева Р.Т.\n\nҚатыспағандар:\n1. Өмірзақов Ерлан Дәуренұлы – еңбекке уақытша жарамсыздық парағы бойынша;\n2. Ким О.В. – по листу нетрудоспособности.\n\nКҮН ТӘРТІБІ:\n1. Бюджет туралы.\n');
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true]);
  });
});

describe('those in the hall and those on video, each under a heading of its own', () => {
  it('kk: "Залда отырғандар:" and "Бейнебайланыс арқылы:"', () => {
    const x = parseProtocol('ХАТТАМА № 5\n2025 жылғы 24 қыркүйек\n\nКеңестің 7 мүшесінің 4-і қатысты.\n\nЗалда отырғандар:\n 1. Сейітқалиев Б.Ә. – Кеңес төрағасы\n 2. Волкова Т.С.\n 3. Әбдірахманов Қ.Т.\n\nБейнебайланыс арқылы:\n 1. Айтқожин Д.Б. (Арқалық қ.)\n\nҚатыспағандар:\n – Бөкейханова Р.Т. – іссапарда;\n\nКҮН ТӘРТІБІ:\n1. Бюджет туралы.\n');
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Сейітқалиев Б.Ә.', false], ['Волкова Т.С.', false], ['Әбдірахманов Қ.Т.', false], ['Айтқожин Д.Б.', true]]);
  });
  it('ru variant: "В зале присутствовали:" and "По видеосвязи:"', () => {
    const x = parseProtocol('ПРОТОКОЛ № 5\n24 сентября 2025 г.\n\nВ зале присутствовали:\n1. Волкова Т.С.\n2. Петренко Л.И.\nПо видеосвязи:\n1. Ломакина Е.А.\n\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n');
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Волкова Т.С.', false], ['Петренко Л.И.', false], ['Ломакина Е.А.', true]]);
  });
  it('near-miss: "в зале:" inside a sentence opens no list', () => {
    const x = parseProtocol('ПРОТОКОЛ № 5\n24 сентября 2025 г.\n\nЗаседание прошло в зале: Иванов И.И. открыл его.\n\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n');
    expect(x.attendees).toEqual([]);
  });
});

describe('vote labels in both languages, the count before each pair', () => {
  const votes = (line: string, above = 'Повестка дня утверждена / Күн тәртібі бекітілді:') => parseProtocol(`ПРОТОКОЛ № 1\n26 ноября 2025 г.\n\nПрисутствовали 9 членов.\n\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n2. Разное.\n\n${above}\n${line}\n\n1. СЛУШАЛИ: Иванова.\n`).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
  it('ru / kk: "9 – за / жақтап; 0 – против / қарсы; 0 – воздержались / қалыс.", the result said above with a colon', () => {
    expect(votes('9 – за / жақтап; 0 – против / қарсы; 0 – воздержались / қалыс.')).toEqual([[9, 0, 0, 'adopted']]);
  });
  it('kk / ru variant, the result above in Kazakh', () => {
    expect(votes('8 – жақтап / за, 1 – қарсы / против, 0 – қалыс / воздержались', 'Күн тәртібі бекітілді:')).toEqual([[8, 1, 0, 'adopted']]);
  });
  it('near-miss: "Голосовали:" above declares nothing', () => {
    expect(votes('9 – за; 0 – против; 0 – воздержались.', 'Голосовали:')).toEqual([[9, 0, 0, null]]);
  });
});

describe('an away meeting: the members listed beside the invited, two columns', () => {
  const text = (members: string) => `ПРОТОКОЛ № 3\nвыездного заседания Общественного совета\n21 мая 2025 года\nСостав совета – 5 человек. Присутствуют 3 члена, кворум имеется. ${members}\n\nЧлены Общественного совета\tПриглашённые\n1. Жақыпов Н.Б. – председатель\t1. Сейтказиев А.Т. – руководитель отдела\n2. Нұрланова Жанар\t2. Бекмағамбетова Г.С. – директор школы\nЕрболқызы\n3. Лебедев Андрей Игоревич\nОтсутствуют: Ахметов Р.Ж. – на больничном; Ілиясова М.Б. – командировка.\nПОВЕСТКА ДНЯ:\n1. О ремонте школы.\n`;
  it('ru: the left column\'s names are those present (a patronymic wrapped in its column), none online', () => {
    const x = parseProtocol(text('Подключение по видеосвязи не организовывалось, все участники присутствуют лично.'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Жақыпов Н.Б.', 'Нұрланова Жанар Ерболқызы', 'Лебедев Андрей Игоревич']);
    expect(x.online).toBe(0);
  });
  it('kk wording of no online means: "бейнебайланыс арқылы қосылу ұйымдастырылмады"', () => {
    expect(parseProtocol(text('Бейнебайланыс арқылы қосылу ұйымдастырылмады.')).online).toBe(0);
  });
  it('near-miss: the invited column gives no attendee', () => {
    const x = parseProtocol(text(''));
    expect(x.attendees.map((a) => a.name)).not.toContain('Сейтказиев А.Т.');
    expect(x.online).toBeNull();
  });
});

describe('a roll\'s summary in one sentence under the sheet', () => {
  const counts = (line: string) => {
    const x = parseProtocol(`ХАТТАМА № 5\n10.09.2025 ж.\n\n${line}\n\nКҮН ТӘРТІБІ:\n1. Бюджет туралы.\n`);
    return [x.members_total, x.present, x.online];
  };
  it('kk: "Барлығы: 11 мүше, отырысқа 9 мүше қатысты (оның ішінде онлайн – 2)"', () => {
    expect(counts('Барлығы: 11 мүше, отырысқа 9 мүше қатысты (оның ішінде онлайн – 2), қатыспағандар – 2.')).toEqual([11, 9, 2]);
  });
  it('ru variant: "Всего: 11 членов, присутствовали 9"', () => {
    expect(counts('Всего: 11 членов, присутствовали 9 (из них онлайн – 2), отсутствовали – 2.')).toEqual([11, 9, 2]);
  });
  it('near-miss: a whole of people (guests among them) is no size of the council', () => {
    expect(counts('Всего: 20 человек, присутствовали 9.')[0]).toBeNull();
  });
});
