// Classes of held-out set 23, protocols: another sitting's figures recalled in a reference note (the first day of a
// continued meeting, the council's meeting in a commission's protocol), a registration sheet with a column per day, a
// form with each value under its label, a vote's result under its own label, a table titled as the guests', a list of
// full names one a line at one indent, an agenda note in brackets under its heading and "Повестка дня исчерпана".
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { dayColumnOf } from '../../../sources/extract/protocol/dayColumns.ts';
import { joinFormValues } from '../../../sources/extract/protocol/joinFormValues.ts';
import { withoutOtherSittings } from '../../../sources/extract/protocol/withoutOtherSittings.ts';

describe('a reference note recalling another sitting gives none of this protocol\'s figures', () => {
  it.each([
    ['Справочно (первый день, 09.12.2025): присутствовали 35 членов Совета, из них 4 –\nонлайн; по вопросу 2 голосовали: за – 30, против – 2, воздержались – 3.\n'],
    ['Для сведения: на заседании Общественного совета 22.04.2025 (протокол № 3)\nприсутствовали 31 член Совета; доклад поддержан: за – 29, против – 0, воздержались – 2.\n'],
    ['Анықтама (бірінші күн, 09.12.2025): отырысқа 35 мүше қатысты, оның ішінде 4-і онлайн;\n2-мәселе бойынша дауыс беру: жақтап – 30, қарсы – 2, қалыс қалғандар – 3.\n'],
    // A variant the document did not show: the note opening with the earlier sitting itself.
    ['На предыдущем заседании присутствовали 20 членов Совета, голосовали: за – 18, против – 2, воздержались – нет.\n'],
  ])('%s', (note) => {
    const x = parseProtocol(`ПРОТОКОЛ № 11\n10 декабря 2025 года\n\n${note}\nВсего членов Совета – 38. Присутствуют 29 членов Совета.\n\n1. СЛУШАЛИ: Иванова И.И.\nГолосовали: за – 27, против – 1, воздержались – 1.\nРешение принято.\n`);
    expect(x.present).toBe(29);
    expect(x.online).toBeNull();
    expect(x.votes.map((v) => v.for)).toEqual([27]);
  });
  it('near-miss: a note "Справочно:" naming no other sitting nor another date is kept', () => {
    const lines = ['Справочно: присутствовали 29 членов Совета.'];
    expect(withoutOtherSittings(lines, '2025-12-10')).toEqual(lines);
  });
  it('near-miss: a note dated the protocol\'s own day is kept', () => {
    const lines = ['Справочно (10.12.2025): присутствовали 29 членов Совета.'];
    expect(withoutOtherSittings(lines, '2025-12-10')).toEqual(lines);
  });
  it('near-miss: "Первый день (12 марта)" over agenda items is a part\'s heading, kept', () => {
    const lines = ['Первый день (12 марта)', '1. О тарифах на 2026 год.'];
    expect(withoutOtherSittings(lines, '2025-03-12')).toEqual(lines);
  });
  it('blanks the note to the end of its sentence, every line kept at its number', () => {
    const lines = ['Справочно (первый день): присутствовали 35,', 'из них 4 онлайн.', 'Присутствуют 29 членов.'];
    expect(withoutOtherSittings(lines, null)).toEqual(['', '', 'Присутствуют 29 членов.']);
  });
});

describe('a registration sheet with a column per day: only the protocol\'s day counts', () => {
  const sheet = (head: string, date: string) => `ПРОТОКОЛ № 11\n${date}\n\nПриложение 1\n\n№\tФ.И.О.\tСтатус\t${head}\tПричина отсутствия\n1.\tАбдрахманова Гульнар Сериковна\tчлен Совета\t+\t+\t\n2.\tГринько Оксана Валерьевна\tчлен Совета\tонл.\t—\tкомандировка\n3.\tЛаптева Ирина Сергеевна\tчлен Совета\t—\tонл.\t\n`;
  it.each([
    ['09.12\t10.12', '10 декабря 2025 года'],
    ['9 декабря\t10 декабря', '10 декабря 2025 года'],
    ['09.12.2025\t10.12.2025', '2025 жылғы 10 желтоқсан'],
  ])('%s, the protocol of %s', (head, date) => {
    const x = parseProtocol(sheet(head, date));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Абдрахманова Гульнар Сериковна', false], ['Лаптева Ирина Сергеевна', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Гринько Оксана Валерьевна', true]]);
  });
  it('near-miss: days told by their order only — no column is the protocol\'s, no list is stated', () => {
    const x = parseProtocol(sheet('1-й день\t2-й день', '10 декабря 2025 года'));
    expect(x.attendees_listed).toBe(false);
    expect(x.absentees_listed).toBe(false);
  });
  it('near-miss: neither day is the protocol\'s date', () => {
    expect(dayColumnOf(['№', 'ФИО', '08.12', '09.12'], '2025-12-10')).toBe('unknown');
    expect(dayColumnOf(['№', 'ФИО', '09.12'], '2025-12-10')).toBe('unknown');
  });
  it('a single day column is the meeting\'s; no day column is no day', () => {
    expect(dayColumnOf(['№', 'ФИО', '10.12'], '2025-12-10')).toBe(2);
    expect(dayColumnOf(['№', 'ФИО', 'Должность'], '2025-12-10')).toBeNull();
  });
});

describe('a form: each value on the line under its label', () => {
  it.each([
    ['Номер протокола:\n5\n\nСостав комиссии, чел.:\n7\n\nПрисутствовали, чел.:\n6\n\n  в т.ч. дистанционно:\n  1\n'],
    ['Хаттама нөмірі:\n5\n\nКомиссия мүшелерінің саны:\n7\n\nҚатысқандар, адам:\n6\n\n  оның ішінде онлайн:\n  1\n'],
  ])('%s', (form) => {
    const x = parseProtocol(`ПРОТОКОЛ ЗАСЕДАНИЯ КОМИССИИ\n\n${form}`);
    expect([x.number, x.members_total, x.present, x.online]).toEqual(['5', 7, 6, 1]);
  });
  it('near-miss: a heading over a numbered list is no field', () => {
    expect(joinFormValues(['Присутствовали:', '1', 'Иванов И.И.'])).toEqual(['Присутствовали:', '1', 'Иванов И.И.']);
  });
  it('near-miss: a value that is no bare count stays on its line', () => {
    expect(joinFormValues(['Дата проведения:', '22.05.2025', ''])).toEqual(['Дата проведения:', '22.05.2025', '']);
  });
});

describe('a vote\'s result under its own label, after the counts', () => {
  it.each([
    ['Голосование:\n  За:            6\n  Против:        0\n  Воздержались:  0\n\nРезультат:\nПринято единогласно\n'],
    ['Дауыс беру:\n  Жақтағаны:  6\n  Қарсы:      0\n  Қалыс:      0\n\nНәтижесі:\nБірауыздан қабылданды\n'],
  ])('%s', (block) => {
    const x = parseProtocol(`ПРОТОКОЛ № 5\n\nВопрос 1\n${block}`);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[6, 0, 0, true, 'adopted']]);
  });
  it('near-miss: counts with some against, then "Принято единогласно" under the label, stay two votes', () => {
    const x = parseProtocol('ПРОТОКОЛ № 5\n\nГолосование:\n  За: 4\n  Против: 1\n  Воздержались: 1\n\nРезультат:\nПринято единогласно\n');
    expect(x.votes[0].unanimous).toBe(false);
  });
});

describe('a table titled as the guests\' lists no member', () => {
  it.each([
    ['СПИСОК ПРИГЛАШЕННЫХ'],
    ['ШАҚЫРЫЛҒАНДАР ТІЗІМІ'],
  ])('%s', (title) => {
    const x = parseProtocol(`ПРОТОКОЛ № 4\n\nЯВОЧНЫЙ ЛИСТ членов Общественного совета\n\n№\tФ.И.О.\tСтатус\tФорма участия\n1\tСейдахметов Болат Кайратович\tпредседатель ОС\tлично\n2\tВолкова Инна Анатольевна\tчлен ОС\tпо ВКС\n\nПриложение 2\n\n${title}\n\n№\tФ.И.О.\tДолжность\n1\tЛукина Татьяна Алексеевна\tзаместитель акима района\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Сейдахметов Болат Кайратович', 'Волкова Инна Анатольевна']);
  });
  it('near-miss: a second table under a title of those present is read', () => {
    const x = parseProtocol('ПРОТОКОЛ № 4\n\nЯВОЧНЫЙ ЛИСТ\n\n№\tФ.И.О.\tФорма участия\n1\tСейдахметов Болат Кайратович\tлично\n\nУчастники, подключившиеся позже\n\n№\tФ.И.О.\tФорма участия\n1\tВолкова Инна Анатольевна\tпо ВКС\n');
    expect(x.attendees.map((a) => a.name)).toEqual(['Сейдахметов Болат Кайратович', 'Волкова Инна Анатольевна']);
  });
});

describe('full names one a line at one indent are as many people', () => {
  it.each([
    ['Присутствовали члены комиссии:\n  Ибраев Талгат Серикович\n  Ким Виталий Эдуардович\n  Лаптева Ирина Сергеевна — Google Meet\n'],
    ['Қатысқандар:\n  Ибраев Талгат Серікұлы\n  Ким Виталий Эдуардович\n  Лаптева Ирина Сергеевна — Google Meet\n'],
  ])('%s', (list) => {
    const x = parseProtocol(`ПРОТОКОЛ № 5\n\n${list}\n`);
    expect(x.attendees.map((a) => a.online)).toEqual([false, false, true]);
  });
  it('near-miss: a role wrapped under a name, indented deeper, is still that person\'s', () => {
    const x = parseProtocol('ПРОТОКОЛ № 5\n\nПрисутствовали:\n  Ибраев Талгат Серикович, председатель\n      комиссии по экологии\n');
    expect(x.attendees.map((a) => a.name)).toEqual(['Ибраев Талгат Серикович']);
  });
});

describe('the agenda: a note in brackets under its heading, and a sentence about the agenda', () => {
  it.each([
    ['ПОВЕСТКА ДНЯ\n(вопросы, перенесённые с 9 декабря 2025 года)\n\n4. О плане.\n5. О бюджете.\n\nПовестка дня исчерпана.\n'],
    ['КҮН ТӘРТІБІ\n(9 желтоқсаннан ауыстырылған мәселелер)\n\n4. Жоспар туралы.\n5. Бюджет туралы.\n\nКүн тәртібі таусылды.\n'],
  ])('%s', (text) => {
    const x = parseProtocol(`ПРОТОКОЛ № 11\n\n${text}`);
    expect(x.agenda.map((a) => a.no)).toEqual([4, 5]);
  });
  it('near-miss: "Повестка дня утверждена:" over its items is the heading', () => {
    const x = parseProtocol('ПРОТОКОЛ № 11\n\nПовестка дня утверждена:\n1. О плане.\n2. О бюджете.\n');
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });
});
