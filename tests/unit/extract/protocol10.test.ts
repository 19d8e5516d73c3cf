// Classes of the tenth held-out set, protocols: an agenda of a meeting held in parts (its items under session
// sub-headings), and an agenda not read stated as "not given", never as 0 items.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { scoreExtract } from '../../helpers/scoreExtract.ts';

const parse = (agenda: string) => parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\nВсего членов совета – 15.\n\n${agenda}\n\nПредседатель А. Ахметов\n`);
const titles = (agenda: string) => parse(agenda).agenda.map((a) => `${a.no} ${a.title}`);

describe('an agenda under the sub-headings of the parts of a meeting', () => {
  it.each([
    ['Повестка дня:\nУтренняя сессия\n1. О тарифах.\n2. О сетях.\nДневная сессия\n3. О плане.\n4. Разное.', 4],
    ['Күн тәртібі / Повестка дня:\nУтренняя сессия\n1. О тарифах.\n\nДневная сессия\n2. О плане.', 2],
    ['Күн тәртібі:\nТаңғы сессия\n1. Жылу туралы.\nТүстен кейінгі сессия\n2. Су туралы.', 2],
    ['Повестка дня:\nI этап:\n1. О тарифах.\nII этап:\n2. О плане.\n3. Разное.', 3],
    ['Повестка дня:\nПервый день (12 марта)\n1. О тарифах.\nВторой день (13 марта)\n2. О плане.', 2],
  ])('%s → %i items', (agenda, n) => {
    expect(parse(agenda).agenda).toHaveLength(n);
    expect(parse(agenda).agenda_listed).toBeUndefined();
  });

  it('a part heading not followed by the next item ends the agenda', () => {
    expect(titles('Повестка дня:\n1. О тарифах.\n2. О сетях.\nДневная сессия\nПредседатель открыл заседание.\n3. СЛУШАЛИ: Иванова.')).toEqual(['1 О тарифах.', '2 О сетях.']);
    // Not the next number: the numbering of the discussion that follows.
    expect(titles('Повестка дня:\n1. О тарифах.\n2. О сетях.\nДневная сессия\n1. СЛУШАЛИ: Иванова.')).toEqual(['1 О тарифах.', '2 О сетях.']);
  });

  it('a line that is not a part heading is not skipped', () => {
    expect(titles('Повестка дня:\nПредседатель открыл заседание\n1. О тарифах.')).toEqual([]);
  });
});

describe('an agenda not read is not an agenda of 0 items', () => {
  it('no item read: agenda_listed false, scored as not given', () => {
    const x = parse('Заседание открыл председатель.');
    expect(x.agenda).toEqual([]);
    expect(x.agenda_listed).toBe(false);
    const s = scoreExtract(x, { agenda: 4 });
    expect(s.falseFigures).toEqual([]);
    expect(s.missed).toEqual(['agenda: want 4 got undefined']);
    expect(scoreExtract(x, {}).falseFigures).toEqual([]);
  });
  it('an item read: agenda_listed absent', () => {
    expect(parse('Повестка дня:\n1. Разное.').agenda_listed).toBeUndefined();
  });
});

describe('the members of the body as it is composed: "В состав совета входят 15 человек"', () => {
  const total = (line: string) => parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\n${line}\n\nПовестка дня:\n1. Разное.\n`).members_total;
  it.each([
    ['В состав Общественного совета входят 15 человек. На заседании присутствовали 12 членов.', 15],
    ['В состав совета входит 9 членов.', 9],
    ['Общественный совет состоит из 17 членов.', 17],
    ['Совет района состоит из 11 человек.', 11],
  ])('%s → %i', (line, n) => expect(total(line)).toBe(n));
  it.each([
    'В состав рабочей группы входят 5 человек.',
    'Рабочая группа состоит из трёх экспертов.',
    'В состав совета входят 15 представителей НПО и 4 эксперта.',
    'Отчёт состоит из 15 разделов.',
  ])('%s → nothing', (line) => expect(total(line)).toBeNull());
});

describe('a vote electing a person declares its result by the election', () => {
  const declared = (after: string) => parseProtocol(`ПРОТОКОЛ № 1\n12 марта 2025 года\n\nПовестка дня:\n1. Выборы председателя.\n\n1. СЛУШАЛИ: Иванова А.А.\nГолосовали: за – 9, против – 2, воздержались – 1. ${after}\n`).votes[0]?.declared;
  it.each([
    ['Жолдасбеков Е.М. төраға болып сайланды.', 'adopted'],
    ['Иванов А.А. избран председателем совета.', 'adopted'],
    ['Петрова Б.Б. избрана заместителем председателя.', 'adopted'],
    ['Кандидатура не избрана.', 'rejected'],
    ['Серікбаева Д.А. төраға болып сайланбады.', 'rejected'],
  ])('%s → %s', (after, want) => expect(declared(after)).toBe(want));
  it.each([
    'Далее заседание вёл избранный председатель.',
    'Бұдан әрі отырысты сайланған төраға жүргізді.',
    'Обсуждено избрание секретаря.',
  ])('%s → no result', (after) => expect(declared(after)).toBeNull());
});

describe('a meeting held online only: those connected are online and present', () => {
  const counts = (body: string) => {
    const x = parseProtocol(`ПРОТОКОЛ № 9\n16 июля 2025 года\n\n${body}\n\nПовестка дня:\n1. Разное.\n`);
    return [x.present, x.online];
  };
  it('wholly online, "подключились к видеоконференции 14 членов"', () => {
    expect(counts('Заседание проведено полностью в онлайн-формате.\nСостав совета – 17 членов. Подключились к видеоконференции 14 членов совета.')).toEqual([14, 14]);
    expect(counts('Все участники подключались дистанционно. Подключились онлайн 9 членов.')).toEqual([9, 9]);
  });
  it('not said wholly online: online only, present not given', () => {
    expect(counts('Состав совета – 17 членов. Подключились к видеоконференции 3 члена совета.')).toEqual([null, 3]);
  });
  it('a count stated of those present is kept', () => {
    expect(counts('Заседание проведено полностью в онлайн-формате. Присутствовали 12 членов. Подключились к видеоконференции 12 членов.')).toEqual([12, 12]);
  });
  it('"не подключились 3 члена" and a plain "подключились" count nothing online', () => {
    expect(counts('Заседание проведено полностью в онлайн-формате. Не подключились к видеоконференции 3 члена.')).toEqual([null, null]);
    expect(counts('К сети подключились 40 абонентов.')).toEqual([null, null]);
  });
});

describe('a table of an online meeting: "не подключился (reason)" is absent', () => {
  const x = parseProtocol(`ПРОТОКОЛ № 9\n16 июля 2025 года\n\n| № | Ф.И.О. | участие |\n|---|---|---|\n| 1 | Абенов Кайрат Жумабекович | онлайн |\n| 2 | Жакупова Динара Ериковна | не подключилась (отпуск) |\n| 3 | Сембаев Ильяс Маратович | не подключился, причина неизвестна |\n| 4 | Ким Роман Вячеславович | подключился онлайн |\n\nПовестка дня:\n1. Разное.\n`);
  it('absentees with their reasons, the others online', () => {
    expect(x.absentees.map((a) => [a.name, a.excused, a.reason])).toEqual([
      ['Жакупова Динара Ериковна', true, 'отпуск'],
      ['Сембаев Ильяс Маратович', false, 'причина неизвестна'],
    ]);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Абенов Кайрат Жумабекович', true], ['Ким Роман Вячеславович', true]]);
  });
});

describe('a working group\'s size is no size of the council', () => {
  const total = (line: string) => parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 г.\n\n${line}\n\nПрисутствовали: Иванов И.И., Петров П.П.\n`).members_total;
  it.each(['Рабочая группа состоит из 3 членов совета.', 'Создана рабочая группа из 3 членов Совета.', 'Рабочая группа в составе из 4 членов Совета.'])('%s', (line) => {
    expect(total(line)).toBeNull();
  });
  it('the council\'s own "из N членов" still is', () => {
    expect(total('Присутствовали 12 из 15 членов Совета.')).toBe(15);
  });
});
