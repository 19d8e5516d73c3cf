/**
 * Records that are not an ordinary meeting (issue 12, item 3): a meeting that failed for lack of quorum, whose
 * questions were a draft never taken up (kept, their count not stated); a vote by questionnaire, whose questions are
 * those "included in the questionnaire" and whose size is "sent to all N members"; a protocol sent as the attachment
 * of a letter, whose stamp dates the letter, not the meeting.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const failed = (note: string, tail: string) => parseProtocol(`ПРОТОКОЛ № 4
${note}

05.03.2025                                      г. Балхаш

Численный состав Общественного совета – 13 членов.
На заседание прибыли 6 из 13 членов Совета.

Вопросы, вынесенные на заседание${tail}:
1) О плане работы на 2025 год;
2) Разное.

Заседание переносится на 12 марта 2025 года.
`);

describe('a meeting that did not take place', () => {
  it.each([
    ['несостоявшегося заседания Общественного совета', ''],
    ['заседания Общественного совета', ' (повестка дня не утверждалась)'],
    ['заседания Общественного совета\nВ связи с отсутствием кворума заседание не состоялось.', ''],
    ['заседания Общественного совета\nВопросы повестки не рассматривались, голосование не проводилось.', ''],
  ])('%s%s: the items kept, their count not stated', (note, tail) => {
    const x = failed(note, tail);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
    expect(x.agenda_listed).toBe(false);
    expect(x.votes).toEqual([]);
    expect([x.members_total, x.present]).toEqual([13, 6]);
  });

  it('Kazakh: "кворум болмағандықтан отырыс өтпеді", "күн тәртібі бекітілмеді"', () => {
    const x = parseProtocol('ХАТТАМА № 4\nҚоғамдық кеңес отырысының\n2025 жылғы 5 наурыз\n\nКворум болмағандықтан отырыс өтпеді, күн тәртібі бекітілмеді.\n\nКүн тәртібі:\n1. Жұмыс жоспары туралы.\n2. Әртүрлі.\n');
    expect(x.agenda).toHaveLength(2);
    expect(x.agenda_listed).toBe(false);
  });

  it.each([
    'Вопрос № 2 не рассматривался, перенесен на следующее заседание.',
    'Повестка дня утверждена единогласно.',
  ])('near miss: "%s" leaves the agenda stated', (line) => {
    const x = parseProtocol(`ПРОТОКОЛ № 4\nзаседания Общественного совета\n05.03.2025\n\nПовестка дня:\n1. О плане работы.\n2. Разное.\n\n${line}\n`);
    expect(x.agenda_listed).toBeUndefined();
    expect(x.agenda).toHaveLength(2);
  });

  it('near miss: a meeting with votes keeps its agenda even if one note says the agenda was not adopted at first', () => {
    const x = failed('заседания Общественного совета', ' (повестка дня не утверждалась)').agenda;
    const withVote = parseProtocol(`ПРОТОКОЛ № 4\nзаседания Общественного совета\n05.03.2025\n\nПовестка дня (проект не утверждался президиумом):\n1) О плане работы;\n2) Разное.\n\nГолосовали: за – 9, против – 0, воздержались – 0.\n`);
    expect(x).toHaveLength(2);
    expect(withVote.agenda_listed).toBeUndefined();
  });

  it('"прибыли 8 из 15" is those present; "не прибыли 3 члена" is not', () => {
    expect(parseProtocol('ПРОТОКОЛ № 1\n01.02.2025\nНа заседание прибыли 8 из 15 членов Совета.\n').present).toBe(8);
    expect(parseProtocol('ПРОТОКОЛ № 1\n01.02.2025\nНа заседание явились 11 из 15 членов.\n').present).toBe(11);
    expect(parseProtocol('ПРОТОКОЛ № 1\n01.02.2025\nНа заседание не прибыли 3 члена Совета.\n').present).toBeNull();
  });

  it('"Зарегистрировались:" heads the members present; a registration number does not', () => {
    const x = parseProtocol('ПРОТОКОЛ № 1\n01.02.2025\n\nЗарегистрировались: Ахметов А.А. (председатель), Белова Б.Б. (онлайн), Вахитов В.В.\n\nПовестка дня:\n1. Разное.\n');
    expect(x.attendees.map((a) => `${a.name}${a.online ? '*' : ''}`)).toEqual(['Ахметов А.А.', 'Белова Б.Б.*', 'Вахитов В.В.']);
    const kk = parseProtocol('ХАТТАМА № 1\n2025 жылғы 1 ақпан\n\nТіркелгендер: Әлиев А.А., Бекова Б.Б. (онлайн).\n\nКүн тәртібі:\n1. Әртүрлі.\n');
    expect(kk.attendees.map((a) => a.name)).toEqual(['Әлиев А.А.', 'Бекова Б.Б.']);
  });
});

describe('a vote by questionnaire', () => {
  const poll = (heading: string, sent: string) => parseProtocol(`ПРОТОКОЛ № 2
заочного заседания Общественного совета

г. Астана                                   20 ноября 2025 года

${sent}

${heading}

1. Об утверждении заключения на проект приказа.
2. О выездном заседании.

По вопросу 1: за – 12, против – 0, воздержались – 0. Решение принято
единогласно (из числа представивших опросные листы).

По вопросу 2: за – 6, против – 4, воздержались – 2. Решение НЕ принято.
`);

  it.each([
    ['ВОПРОСЫ, ВКЛЮЧЕННЫЕ В ОПРОСНЫЙ ЛИСТ:', 'Опросные листы направлены всем 15 членам Общественного совета.'],
    ['Вопросы бюллетеня заочного голосования:', 'Бюллетени разосланы всем 15 членам Совета по электронной почте.'],
  ])('"%s": the questions are the agenda; "%s" the size', (heading, sent) => {
    const x = poll(heading, sent);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
    expect(x.members_total).toBe(15);
    expect(x.votes.map((v) => [v.for, v.unanimous, v.declared])).toEqual([[12, true, 'adopted'], [6, false, 'rejected']]);
  });

  it('Kazakh: "сауалнама парағына енгізілген мәселелер", "Кеңестің барлық 15 мүшесіне жіберілді"', () => {
    const x = parseProtocol('ХАТТАМА № 2\nҚоғамдық кеңестің сырттай отырысы\n2025 жылғы 20 қараша\n\nСауалнама парақтары Кеңестің барлық 15 мүшесіне жіберілді.\n\nСауалнама парағына енгізілген мәселелер:\n1. Қорытынды туралы.\n2. Көшпелі отырыс туралы.\n');
    expect(x.agenda).toHaveLength(2);
    expect(x.members_total).toBe(15);
  });

  it('near miss: "всем 5 членам рабочей группы" is no size of the council', () => {
    expect(parseProtocol('ПРОТОКОЛ № 2\n20.11.2025\nМатериалы направлены всем 5 членам рабочей группы.\n').members_total).toBeNull();
  });
});

describe('a protocol sent as the attachment of a letter', () => {
  const head = (stamp: string) => parseProtocol(`${stamp}

ОБЩЕСТВЕННЫЙ СОВЕТ
при Министерстве энергетики

ПРОТОКОЛ № 9
заседания Общественного совета

г. Астана                               20 ноября 2025 года
`);

  it.each([
    '                                   Приложение к письму\n                                   № 11-3/4471 от 21.11.2025',
    'Приложение к письму № 11-3/4471 от 21.11.2025',
    'Приложение 2 к исх. № 45 от 21.11.2025',
    '2025 жылғы 21 қарашадағы № 11-3/4471 хатқа қосымша',
  ])('%s: the date, number and body are the protocol\'s', (stamp) => {
    const x = head(stamp);
    expect([x.date, x.number, x.body]).toEqual(['2025-11-20', '9', 'council']);
  });

  it('near miss: "№ 5 от 12.03.2025" under the title word is the protocol\'s own', () => {
    const x = parseProtocol('ПРОТОКОЛ\n№ 5 от 12.03.2025\nзаседания Общественного совета\n');
    expect([x.number, x.date]).toEqual(['5', '2025-03-12']);
  });
});
