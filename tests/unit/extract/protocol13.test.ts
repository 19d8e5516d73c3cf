// Classes of the thirteenth and fourteenth held-out sets, text protocols: attendance grouped by commission under the
// heading of those absent as well as of those present, the chair's role alone above his name, a full name with a long
// reason after a dash; the names of a roll-call vote never read as attendance.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const head = 'ПРОТОКОЛ № 2\nзаседания Общественного совета\n19 марта 2025 года\n\n';
const parse = (body: string) => parseProtocol(`${head}${body}\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n\nСЛУШАЛИ: Иванова И.И.\nРЕШИЛИ: одобрить.\n`);
const names = (body: string) => {
  const x = parse(body);
  return { present: x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`), absent: x.absentees.map((a) => `${a.name} ${a.excused}`) };
};

describe('attendance grouped by commission under both headings', () => {
  const ru = [
    'ПРИСУТСТВОВАЛИ члены Общественного совета:',
    '',
    'Председатель Общественного совета',
    '  Каримжанов Е.С.',
    '',
    'Комиссия по вопросам бюджетной политики:',
    '  Тлеубердина А.К. — председатель комиссии',
    '  Волошин Д.А. (в режиме ВКС, г. Шымкент)',
    '',
    'Комиссия по общественному контролю:',
    '  Байгонов С.Е.',
    '',
    'ОТСУТСТВОВАЛИ:',
    '',
    'Комиссия по вопросам бюджетной политики:',
    '  Оспанова Ж.Б. — служебная командировка (г. Стамбул);',
    'Комиссия по общественному контролю:',
    '  Кусаинов Е.Т. — временная нетрудоспособность (больничный лист);',
    '  Ким Ольга Валерьевна — причина не сообщена, отсутствует без уважительной причины;',
  ].join('\n');

  it('ru: the commissions under "ОТСУТСТВОВАЛИ:" group absentees, the chair under his role is present', () => {
    expect(names(ru)).toEqual({
      present: ['Каримжанов Е.С.', 'Тлеубердина А.К.', 'Волошин Д.А. (online)', 'Байгонов С.Е.'],
      absent: ['Оспанова Ж.Б. true', 'Кусаинов Е.Т. true', 'Ким Ольга Валерьевна false'],
    });
  });

  it('kk: "Қатыспағандар:" above commissions groups absentees', () => {
    const kk = [
      'Қатысқандар:',
      'Кеңес төрағасы',
      '  Мұқанов Б.Т.',
      'Әлеуметтік мәселелер жөніндегі комиссия:',
      '  Сүлейменова Г.Б.',
      '  Әділов Н.Т. (онлайн)',
      '',
      'Қатыспағандар:',
      'Әлеуметтік мәселелер жөніндегі комиссия:',
      '  Жанұзақова А.С. – іссапарда;',
      'Экономика жөніндегі комиссия:',
      '  Сұлтанов А.Е. – себебін хабарламады.',
    ].join('\n');
    expect(names(kk)).toEqual({
      present: ['Мұқанов Б.Т.', 'Сүлейменова Г.Б.', 'Әділов Н.Т. (online)'],
      absent: ['Жанұзақова А.С. true', 'Сұлтанов А.Е. false'],
    });
  });

  it('absentees named under the heading of each commission after its members stay as before: those below are present', () => {
    const sayram = [
      'Отырысқа қатысқан Кеңес мүшелері (комиссиялар бойынша):',
      '',
      'Әлеуметтік саясат жөніндегі комиссия',
      '  Пірімбетов Ержан Нұрланұлы;',
      '  Оспанова Айнұр Бекзатқызы.',
      '  Қатыспады: Ахметова Ләйлә Сәкенқызы – іссапарда.',
      '',
      'Экономика жөніндегі комиссия',
      '  Тұрсынбаев Нұрлыбек Оралұлы;',
      '  Қасымов Бекжан Әділбекұлы.',
    ].join('\n');
    expect(names(sayram)).toEqual({
      present: ['Пірімбетов Ержан Нұрланұлы', 'Оспанова Айнұр Бекзатқызы', 'Тұрсынбаев Нұрлыбек Оралұлы', 'Қасымов Бекжан Әділбекұлы'],
      absent: ['Ахметова Ләйлә Сәкенқызы true'],
    });
  });

  it('near-misses: no heading of a list above, a role that is not the chair, a role above no name', () => {
    // Commissions with names, but no heading says whether they came.
    expect(names('Комиссия по вопросам бюджетной политики:\n  Тлеубердина А.К.\n  Волошин Д.А.')).toEqual({ present: [], absent: [] });
    // A secretary may be no member: her role alone above her name does not make her an attendee.
    expect(names('Присутствовали:\n\nСекретарь\n  Ордабаева С.М.')).toEqual({ present: [], absent: [] });
    // The chair's role above a sentence, not a name.
    expect(names('Присутствовали:\n\nПредседатель Общественного совета\n  открыл заседание и огласил повестку.').present).toEqual([]);
    // Invited persons grouped by their body are never members.
    expect(names('Приглашенные:\n\nКомиссия по вопросам бюджетной политики:\n  Ертаев Д.С. — вице-министр').present).toEqual([]);
  });

  it('a full name with a long reason after a dash is read only inside a list, after an item', () => {
    expect(names('Отсутствовали:\n  Кусаинов Е.Т. — болезнь;\n  Ким Ольга Валерьевна — причина не сообщена, отсутствует без уважительной причины;').absent).toEqual([
      'Кусаинов Е.Т. true',
      'Ким Ольга Валерьевна false',
    ]);
    // A sentence after the list, a blank line between: no absentee.
    expect(names('Отсутствовали:\n  Кусаинов Е.Т. — болезнь.\n\nИванов Иван Иванович — председатель, открыл заседание и предложил утвердить повестку дня в целом.').absent).toEqual(['Кусаинов Е.Т. true']);
  });
});

describe('the names of a roll-call vote are never attendance', () => {
  const rollCall = (lead: string) =>
    parseProtocol(
      `${head}Из 5 членов Совета присутствуют 3.\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n\nСЛУШАЛИ: Иванова И.И.\nРЕШИЛИ: одобрить.\n\n${lead}\n\n  Каримжанов Е.С. ............ за\n  Тлеубердина А.К. ........... против\n  Волошин Д.А. ............... воздержался\n\nИтого: «за» — 1, «против» — 1, «воздержались» — 1.\n`,
    );
  it.each(['Результаты поименного голосования:', 'Поименное голосование:', 'Атаулы дауыс беру нәтижелері:', 'Голосовали:', 'Присутствовали при голосовании:'])('%s', (lead) => {
    const x = rollCall(lead);
    expect(x.attendees).toEqual([]);
    expect(x.absentees).toEqual([]);
    expect(x.attendees_listed).toBe(false);
  });
});

describe('an agenda whose speaker or title wraps onto the next line', () => {
  const agenda = (items: string) => parseProtocol(`ХАТТАМА № 4\n2025 жылғы 28 мамыр\n\n${items}\n\nТЫҢДАЛДЫ: Иванов И.И.\n`).agenda.map((a) => a.no);
  it.each([
    ['kk: the speaker\'s role, then the name', 'КҮН ТӘРТІБІНДЕ:\n\n1. Мониторинг нәтижелері туралы.\nБаяндамашы: Қоғамдық кеңестің әлеуметтік мәселелер жөніндегі комиссиясының төрағасы\nДәулетбаева Ж.М.\n\n2. Жоспар туралы.\nБаяндамашы: Оралбаев Қ.Т.'],
    ['ru: the speaker\'s role, then the name', 'Повестка дня:\n1. О мониторинге.\nДокладчик: председатель комиссии по социальным вопросам\nИванов Иван Иванович.\n2. О плане.\nДокладчик: Петров П.П.'],
    ['ru: the initials first', 'Повестка дня:\n1. О мониторинге.\nДокладчик: заместитель руководителя управления\nП.П. Петров\n2. О плане.'],
    ['kk: a title wrapped before a date', 'КҮН ТӘРТІБІ:\n1. «Облыстық бюджет туралы» облыстық мәслихаттың\n2024 жылғы 13 желтоқсандағы № 21/148-VIII шешіміне өзгерістер енгізу жобасы туралы.\n2. Жоспар туралы.'],
    ['ru: a title wrapped before a count', 'Повестка дня:\n1. О ремонте дворов Ауэзовского района, включенных в программу\n27 дворов которой утверждены акиматом.\n2. О плане.'],
  ])('%s', (_, items) => {
    expect(agenda(items)).toEqual([1, 2]);
  });

  it('near-misses: a name after a speaker ended with a stop, a number line after a title ended with a stop', () => {
    // The speaker's line ended: a name below it is no part of the agenda, and the agenda ends there.
    expect(agenda('Повестка дня:\n1. О мониторинге.\nДокладчик: Петров П.П.\nИванов Иван Иванович\n2. О плане.')).toEqual([1]);
    expect(agenda('Повестка дня:\n1. О мониторинге.\n15 человек подписали обращение.\n2. О плане.')).toEqual([1]);
  });
});

describe('present of total in brackets after the members named in the heading', () => {
  const counts = (line: string) => {
    const x = parseProtocol(`ПРОТОКОЛ № 7\nзаседания комиссии\n14.10.2025\n\n${line}\n– Ахметжанова С.Б.\n– Абдраимов Т.Е.\n`);
    return [x.members_total, x.present];
  };
  it.each([
    ['Присутствовали члены комиссии (6 из 8):', [8, 6]],
    ['Присутствовали члены Общественного совета (14 из 19):', [19, 14]],
    ['Присутствуют члены президиума: 5 из 7', [7, 5]],
    ['На заседании присутствовали члены комиссии (6 из 8):', [8, 6]],
    ['Отырысқа қатысқан комиссия мүшелері (8 мүшенің 6-сы):', [8, 6]],
  ])('%s', (line, want) => {
    expect(counts(line)).toEqual(want);
  });

  it('near-misses: another group\'s members, a count not of present of total', () => {
    expect(counts('Присутствовали члены рабочей группы (3 из 5):')).toEqual([null, null]);
    expect(counts('Присутствовали члены комиссии (протокол № 6 из 8 листов):')).toEqual([null, null]);
    expect(counts('Присутствовали члены комиссии (2025 г.):')).toEqual([null, null]);
  });

  it('the size of a commission counted in the council\'s members', () => {
    const total = (line: string) => parseProtocol(`ПРОТОКОЛ № 7\nзаседания комиссии\n14.10.2025\n\n${line}\n`).members_total;
    expect(total('Состав комиссии – 8 членов Общественного совета.')).toBe(8);
    expect(total('Состав комиссии: 9 членов Совета.')).toBe(9);
    expect(total('Состав рабочей группы – 4 члена Общественного совета.')).toBeNull();
  });
});

describe('a roll-call vote written with dashes or in a table is no attendance either', () => {
  const body = (votes: string) =>
    parseProtocol(`${head}Присутствовали:\n1. Каримжанов Е.С.\n2. Волошин Д.А.\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n\nСЛУШАЛИ: Иванова И.И.\nРЕШИЛИ: одобрить.\n${votes}\n`);
  it.each([
    'Поименное голосование:\nКаримжанов Е.С. – за;\nТлеубердина А.К. – против;\nВолошин Д.А. – воздержался.',
    'Атаулы дауыс беру:\n1. Каримжанов Е.С. – жақтады\n2. Тлеубердина А.К. – қарсы\n3. Волошин Д.А. – қалыс қалды',
    'Голосовали поименно:\nКаримжанов Е.С.\tза\nТлеубердина А.К.\tпротив\nВолошин Д.А.\tвоздержался',
    'Результаты голосования:\n  Каримжанов Е.С. ........ за\n  Тлеубердина А.К. ....... против',
  ])('%s', (votes) => {
    const x = body(votes);
    expect(x.attendees.map((a) => a.name)).toEqual(['Каримжанов Е.С.', 'Волошин Д.А.']);
    expect(x.absentees).toEqual([]);
  });
});

describe('an agenda read short of the questions the discussion is headed by is no count', () => {
  const x = (agenda: string, sections: string[]) =>
    parseProtocol(`ПРОТОКОЛ № 4\n28 мая 2025 года\n\n${agenda}\n\n${sections.map((s) => `${s}\nСЛУШАЛИ: Иванова И.И.\nРЕШИЛИ: одобрить.\n`).join('\n')}`);
  // A layout the agenda's reader does not know cuts it after item 1.
  const cut = 'Повестка дня:\n1. О плане.\nВопрос внесен председателем комиссии Ивановым\nИ.И. Петровым\n2. О бюджете.\n3. Разное.';

  it.each([
    [['ПО ПЕРВОМУ ВОПРОСУ', 'ПО ВТОРОМУ ВОПРОСУ', 'ПО ТРЕТЬЕМУ ВОПРОСУ'], 3],
    [['1. По первому вопросу повестки дня:', '2. По второму вопросу повестки дня:'], 2],
    [['По вопросу № 1', 'По вопросу № 2'], 2],
    [['1. БІРІНШІ МӘСЕЛЕ БОЙЫНША', '2. ЕКІНШІ МӘСЕЛЕ БОЙЫНША', '3. ҮШІНШІ МӘСЕЛЕ БОЙЫНША'], 3],
    [['1-мәселе бойынша:', '2-мәселе бойынша:'], 2],
  ])('%j', (sections, n) => {
    const p = x(cut, sections);
    expect(p.agenda.length).toBeLessThan(n);
    expect(p.agenda_listed).toBe(false);
    expect(p.issues.some((i) => i.message.includes(`headed by ${n} questions`))).toBe(true);
  });

  it('near-misses: as many sections as items, a question named inside a sentence, no sections', () => {
    const whole = 'Повестка дня:\n1. О плане.\n2. О бюджете.';
    expect(x(whole, ['ПО ПЕРВОМУ ВОПРОСУ', 'ПО ВТОРОМУ ВОПРОСУ']).agenda_listed).toBeUndefined();
    expect(x(whole, ['ПО ПЕРВОМУ ВОПРОСУ', 'Решение по третьему вопросу прошлого заседания исполнено.']).agenda_listed).toBeUndefined();
    expect(x(whole, []).agenda_listed).toBeUndefined();
    expect(x(whole, ['Бірінші мәселе бойынша', 'Екінші мәселе бойынша']).agenda).toHaveLength(2);
  });
});

describe('an attendee whose line gives a reason for being away: neither count is stated', () => {
  const x = (list: string) => parse(list);
  it.each([
    'Присутствовали:\nИванов И.И.\nПетров П.П. — служебная командировка (г. Стамбул)',
    'Присутствовали:\n1. Иванов И.И.\n2. Петров П.П. – ежегодный трудовой отпуск',
    'Присутствовали:\nИванов И.И.\nКим Ольга — причина не сообщена',
    'Қатысқандар:\n1. Мұқанов Б.Т.\n2. Сүлейменова Г.Б. – іссапарда',
    'Қатысқандар:\n1. Мұқанов Б.Т.\n2. Әділов Н.Т. – дәлелсіз себеппен',
  ])('%s', (list) => {
    const p = x(list);
    expect(p.attendees_listed).toBe(false);
    expect(p.absentees_listed).toBe(false);
    expect(p.issues.some((i) => i.message.includes('reason for being away'))).toBe(true);
  });

  it('near-misses: roles, online markers and a commission of social questions are no absence', () => {
    for (const [list, n] of [
      ['Присутствовали:\nИванов И.И. — председатель комиссии по социальным вопросам\nПетров П.П. (в режиме ВКС)', 2],
      ['Қатысқандар:\n1. Мұқанов Б.Т. – Кеңес төрағасы\n2. Сүлейменова Г.Б. (онлайн)', 2],
      ['Присутствовали:\nИванов И.И. — представитель служебной проверки', 1],
    ] as const) {
      const p = x(list);
      expect(p.attendees_listed).toBeUndefined();
      expect(p.attendees).toHaveLength(n);
    }
  });
});
