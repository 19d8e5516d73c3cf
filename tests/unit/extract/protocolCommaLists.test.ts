/**
 * Protocol layouts the blind held-out set showed (issue 12), each tested
 * beyond the protocol it came from, in Russian and Kazakh: names separated by
 * commas running over several lines, an online sub-heading with its names on
 * its own line, a reason cell wrapped onto the next table row, counts stated
 * as "Кеңес құрамы – 15 мүше" / "Участвуют – 16" / "9 мүше қатысты", what a
 * speaker reported is not the attendance, "он бес" in a vote, and the number
 * of a protocol of a commission named by its subject.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const people = (text: string) => {
  const x = parseProtocol(text);
  return { present: x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`), absent: x.absentees.map((a) => `${a.name} ${a.excused}`) };
};

describe('names separated by commas over several lines', () => {
  it('Kazakh: the run goes on after the heading line, an online sub-heading carries its own names', () => {
    expect(people('ХАТТАМА № 9\n\nҚатысқандар: Сыздықов Т.А. (Кеңес төрағасы), Әміржанова Л.Қ., Бөлекбаев Н.С.,\nРахметова А.Ж., Жақыпов С.М., Қуанова Г.Б.;\nZOOM платформасы арқылы: Сейтқали А.Н., Мұсабекова Ж.Т.\n\nҚатыспағандар: Нұрғали Б.Б. (іссапар), Есентаев М.Қ. (себебін хабарламады).\n\nКүн тәртібі:\n1. Жоспар туралы.\n')).toEqual({
      present: ['Сыздықов Т.А.', 'Әміржанова Л.Қ.', 'Бөлекбаев Н.С.', 'Рахметова А.Ж.', 'Жақыпов С.М.', 'Қуанова Г.Б.', 'Сейтқали А.Н. (online)', 'Мұсабекова Ж.Т. (online)'],
      absent: ['Нұрғали Б.Б. true', 'Есентаев М.Қ. false'],
    });
  });

  it('Russian: "в режиме онлайн:" on its own line is no wrapped role of the name above', () => {
    expect(people('ПРОТОКОЛ № 4\n\nПрисутствовали члены комиссии: Абенов К.Т. (председатель комиссии), Жукова Л.М.,\nМусина А.Р., Ткаченко В.В.;\nв режиме онлайн: Серикбаев Д.А., Ли В.Г.\n\nОтсутствовали: Нуркенова Б.С. (в отпуске), Ахметов Р.Р. (по неизвестной причине).\n\nПриглашенные: Омаров Т.Н. – руководитель управления,\nБекетов А.А. – заместитель директора (онлайн).\n')).toEqual({
      present: ['Абенов К.Т.', 'Жукова Л.М.', 'Мусина А.Р.', 'Ткаченко В.В.', 'Серикбаев Д.А. (online)', 'Ли В.Г. (online)'],
      absent: ['Нуркенова Б.С. true', 'Ахметов Р.Р. false'],
    });
  });

  it('a sentence after the names ends the run', () => {
    expect(people('ПРОТОКОЛ № 1\n\nПрисутствовали: Иванов И.И., Петров П.П.,\nСидоров С.С.\nКворум имеется, заседание правомочно.\n').present).toEqual(['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.']);
    // Only a comma at the line's end carries the run on: a sentence opening with a name is no attendee.
    expect(people('ПРОТОКОЛ № 1\n\nПрисутствовали: Иванов И.И., Петров П.П.\nСидоров С.С. открыл заседание.\n').present).toEqual(['Иванов И.И.', 'Петров П.П.']);
    expect(people('ХАТТАМА № 1\n\nҚатысқандар: Сыздықов Т.А., Оспан Д.Е.\nСыздықов Т.А. отырысты ашты.\n').present).toEqual(['Сыздықов Т.А.', 'Оспан Д.Е.']);
    // An online sub-heading with its names one a line still follows.
    expect(people('ПРОТОКОЛ № 1\n\nПрисутствовали: Иванов И.И., Петров П.П.\nВ режиме онлайн:\nСидоров С.С.\nКозлов К.К.\n\nПовестка дня:\n1. Разное.\n').present).toEqual(['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С. (online)', 'Козлов К.К. (online)']);
  });
});

describe('a reason cell wrapped onto the next row of a " | " table', () => {
  it('is read with its row, excused or not', () => {
    const table = [
      'ПРОТОКОЛ № 11', '',
      '| № | Ф.И.О.                   | Статус      | Участие                  |',
      '|---|--------------------------|-------------|--------------------------|',
      '| 1 | Ибраева Гаухар Нуржановна| член Совета | отсутствовала (служебная |',
      '|   |                          |             | командировка)            |',
      '| 2 | Аманжолов Ернар          | член Совета | отсутствовал, причина не |',
      '|   | Рустемович               |             | сообщена                 |',
      '| 3 | Калиев Марат Муратович   | член Совета | онлайн                   |',
    ].join('\n');
    const x = parseProtocol(table);
    expect(x.absentees.map((a) => [a.name, a.excused, a.reason])).toEqual([
      ['Ибраева Гаухар Нуржановна', true, 'служебная командировка'],
      ['Аманжолов Ернар Рустемович', false, 'причина не сообщена'],
    ]);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Калиев Марат Муратович', true]]);
  });
});

describe('stated counts', () => {
  it.each([
    ['ХАТТАМА № 9\nКеңес құрамы – 15 мүше. Отырысқа 13 мүше қатысып отыр, кворум бар.', [15, 13, null]],
    ['ХАТТАМА № 2\nПрезидиум мүшелерінің саны – 11.\nОтырысқа 9 мүше қатысты (оның ішінде ZOOM арқылы – 2). Кворум бар.', [11, 9, 2]],
    ['ПРОТОКОЛ № 11\nКоличество членов Общественного совета – 21.\nУчаствуют – 16 (в том числе в режиме онлайн – 4). Кворум имеется.', [21, 16, 4]],
    ['ПРОТОКОЛ № 4\nСостав комиссии – 9 членов. На заседании присутствуют 7 членов комиссии, в т.ч. 2 – в онлайн-формате.', [9, 7, 2]],
    // The body's name with its adjective, and "приняли участие" (held-out set 3), ru and kk.
    ['ПРОТОКОЛ № 3\nСостав Общественного совета – 21 член. В заседании приняли участие 15 членов, кворум имеется.', [21, 15, null]],
    ['ПРОТОКОЛ № 3\nЧисленность постоянной комиссии – 9 человек.\n7 членов комиссии приняли участие в заседании.', [9, 7, null]],
    ['ПРОТОКОЛ № 3\nСостав Общественного совета: 25 членов.\nВ работе заседания участвовали 19 членов Совета, из них онлайн – 3.', [25, 19, 3]],
    ['ХАТТАМА № 3\nҚоғамдық кеңес құрамы – 21 мүше. Отырысқа 15 мүше қатысты.', [21, 15, null]],
    ['ПРОТОКОЛ № 3\nИз 21 члена Общественного совета в заседании приняли участие 15.', [21, 15, null]],
    ['ПРОТОКОЛ № 3\nВ заседании приняли участие 15 из 21 члена Совета.', [21, 15, null]],
    ['ПРОТОКОЛ № 3\nСостав Общественного совета – 21 член. В заседании Совета приняли участие 15 членов Совета и 4 приглашенных.', [21, 15, null]],
    ['ХАТТАМА № 3\nОтырысқа Қоғамдық кеңестің 21 мүшесінің 15-і қатысты.', [21, 15, null]],
  ])('%s', (text, [total, present, online]) => {
    const x = parseProtocol(text);
    expect([x.members_total, x.present, x.online]).toEqual([total, present, online]);
  });

  it('what a speaker reported or the meeting decided is no attendance count', () => {
    const x = parseProtocol('ПРОТОКОЛ № 4\n\nСЛУШАЛИ: Мусину А.Р. – предложено провести мониторинг силами рабочей группы из 3 членов комиссии.\nРЕШИЛИ: создать группу из 5 членов; присутствуют 2 эксперта.\nТЫҢДАЛДЫ: Оспан Д.Е. – 21 мүшеден 12-сі қатысып отыр.\n');
    expect([x.members_total, x.present]).toEqual([null, null]);
  });

  it('members who took part in something else, or a group\'s size, are no attendance count', () => {
    const x = parseProtocol('ПРОТОКОЛ № 5\n\nВ мониторинге школьного питания приняли участие 5 членов Совета.\nСостав рабочей группы – 4 члена.\nВ заседании приняли участие приглашенные: 3 человека.\nВ заседании приняли участие 5 членов рабочей группы.\n');
    expect([x.members_total, x.present]).toEqual([null, null]);
    // Another body's composition; members out on a monitoring are not the meeting's.
    expect(parseProtocol('ПРОТОКОЛ № 5\n\nСостав Наблюдательного совета – 9 членов.\n').members_total).toBeNull();
    expect(parseProtocol('ПРОТОКОЛ № 5\n\nИз 21 члена Совета в мониторинге приняли участие 5.\n').present).toBeNull();
    expect(parseProtocol('ПРОТОКОЛ № 5\n\nВ мониторинге приняли участие 5 из 21 члена Совета.\n').present).toBeNull();
  });
});

describe('votes in Kazakh words', () => {
  it('"он бес" is fifteen', () => {
    const x = parseProtocol('ХАТТАМА № 5\n\nДауыс беру: жақтап – он бес, қарсы – жоқ, қалыс қалған – бір.\nШешім қабылданды.\n');
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[15, 0, 1, 'adopted']]);
  });
});

describe('the number of a protocol of a commission named by its subject', () => {
  it('"заседания комиссии № 4" under "Комиссия по вопросам …" is the protocol\'s number', () => {
    const x = parseProtocol('Общественный совет города Астаны\nКомиссия по вопросам жилищно-коммунального хозяйства\n\nПРОТОКОЛ\nзаседания комиссии № 4\n\n«09» октября 2025 года\n');
    expect([x.number, x.body]).toEqual(['4', 'commission']);
  });

  it('a numbered commission keeps its number, and the protocol\'s is the other', () => {
    const x = parseProtocol('П Р О Т О К О Л\nзаседания комиссии № 3 Общественного совета\n№ 29\n14 февраля 2024 года\n');
    expect([x.number, x.body]).toEqual(['29', 'commission 3']);
    expect(parseProtocol('ПРОТОКОЛ\nзаседания комиссии № 2\n14 февраля 2024 года\n').body).toBe('commission 2');
  });
});
