/**
 * Attendance, counts and agenda as held-out set 7 showed them (issue 12, item 3), as classes: absentees told in one
 * sentence (not a list) in ru and kk, with reasons after each name, before all of them or shared by a pair, over
 * hyphenated lines; no absentee read is "not written", never 0; invited persons in a members' table with a status
 * column; "жоқ – reason" / "нет – reason" participation cells; guests listed under a second heading of those present;
 * a group named before the first name of a run; the whole of two commissions ("барлығы 14 мүшеден"); "все 9 членов";
 * agendas numbered in Roman numerals, wrapped by indentation, under a heading written in two languages.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import type { ProtocolExtract } from '../../../sources/extract/types.ts';
import { scoreExtract } from '../../helpers/scoreExtract.ts';

const parse = (body: string, agenda = 'Повестка дня:\n1. Разное.') => parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n\n${agenda}\n`);
const absent = (x: ProtocolExtract) => x.absentees.map((a) => `${a.name}:${a.excused}`);
const present = (x: ProtocolExtract) => x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`);

describe('absentees told in a sentence', () => {
  it('Russian: a participle clause and a dash give each name its reason, over hyphenated lines', () => {
    const x = parse('Присутствовали: 9 членов Общественного совета из 11 (список при-\nлагается). Не присутствовали члены совета Жаксылыков Е.Т., находя-\nщийся на лечении в стационаре, и Бондарь А.В. – без уважитель-\nной причины. Кворум имеется.');
    expect(absent(x)).toEqual(['Жаксылыков Е.Т.:true', 'Бондарь А.В.:false']);
    expect(x.absentees.map((a) => a.line)).toEqual([6, 7]);
    expect(x.absentees[0].reason).toBe('находящийся на лечении в стационаре');
  });

  it('Kazakh: initials first, reasons in brackets, the commissions named between', () => {
    const x = parse('Отырысқа Б.Сапарова (оқуда) және Е.Қожахметов (науқас) – экология комиссиясының мүшелері, сондай-ақ білім комиссиясының мүшесі Н.Әлиев (себепсіз) қатыспады.', 'Күн тәртібі:\n1. Әртүрлі.');
    expect(absent(x)).toEqual(['Б.Сапарова:true', 'Е.Қожахметов:true', 'Н.Әлиев:false']);
  });

  it('a reason before all the names is theirs; a pair shares the reason after it', () => {
    expect(absent(parse('Присутствовали 13 из 15 членов.\nПо уважительной причине отсутствовали Пак Д.С., Ержанов Т.А.'))).toEqual(['Пак Д.С.:true', 'Ержанов Т.А.:true']);
    expect(absent(parse('Присутствовали 13 из 15 членов.\nНа заседании отсутствовали Нуров К.К. и Ли В.П. – по болезни.'))).toEqual(['Нуров К.К.:true', 'Ли В.П.:true']);
  });

  it('a name without any reason is absent, neither excused nor not', () => {
    expect(absent(parse('Присутствовали 14 из 15 членов. Не явился Мусин Р.Б.'))).toEqual(['Мусин Р.Б.:null']);
  });

  it.each([
    ['a speech after the agenda', 'Присутствовали 12 из 15 членов.', 'Повестка дня:\n1. О плане.\n\nСЛУШАЛИ: Иванов И.И. сообщил, что Петров П.П. не присутствовал на мониторинге.'],
    ['a member who did not vote', 'Присутствовали 12 из 15 членов. Член совета Петров П.П. не участвовал в голосовании.', 'Повестка дня:\n1. О плане.'],
    ['an invited person', 'Присутствовали 12 из 15 членов. Представитель акимата Кузнецов К.К. на заседании отсутствовал.', 'Повестка дня:\n1. О плане.'],
    ['an invited person (kk)', 'Отырысқа 7 мүше қатысты. Шақырылған Омаров Б.Б. қатыспады.', 'Күн тәртібі:\n1. Әртүрлі.'],
  ])('names no absentee in %s, and says who was absent is not written', (_, body, agenda) => {
    const x = parse(body, agenda);
    expect([x.absentees, x.absentees_listed]).toEqual([[], false]);
  });

  it('a list read is not read again from a sentence', () => {
    const x = parse('Отсутствовали:\n1. Нуров К.К. (командировка).\n\nТаким образом, Нуров К.К. не присутствовал по уважительной причине.');
    expect(absent(x)).toEqual(['Нуров К.К.:true']);
  });
});

describe('no absentee read is not zero absentees', () => {
  it.each([
    ['a count only', 'Присутствовали 12 из 15 членов Совета.'],
    ['names of those present only', 'Присутствовали: Иванов И.И., Петров П.П.'],
    ['an absence heading with no name read', 'Присутствовали: Иванов И.И.\nОтсутствовали:\n(список прилагается)'],
  ])('%s: absentees_listed is false', (_, body) => {
    expect(parse(body).absentees_listed).toBe(false);
  });

  it.each([
    ['Отсутствующих нет.'],
    ['Отсутствовали: нет.'],
    ['Қатыспағандар: жоқ.'],
    ['Присутствовали все 9 членов президиума.'],
    ['Присутствуют 9 из 9 членов.'],
    ['Заседание проводится в полном составе.'],
    ['Кеңестің барлық мүшелері қатысты.'],
  ])('"%s" says nobody was absent: 0 absentees is data', (sentence) => {
    const x = parse(`Присутствовали: Иванов И.И., Петров П.П.\n${sentence}`);
    expect([x.absentees, 'absentees_listed' in x]).toEqual([[], false]);
  });

  it('the score of a protocol whose absentees are not written misses them, it states no false 0', () => {
    const x = parse('Присутствовали 12 из 15 членов Совета.');
    const s = scoreExtract(x, { members_total: 15, present: 12, absentees: 3, absentees_excused: 2, agenda: 1, votes: [] });
    expect(s.falseFigures).toEqual([]);
    expect(s.missed).toEqual(['absentees: want 3 got undefined', 'absentees_excused: want 2 got undefined']);
  });
});

describe('attendance tables', () => {
  it('a status column: invited rows are no members, online or not (kk)', () => {
    const x = parse('№\tАты-жөні\tЛауазымы\tМәртебесі\tҚатысуы\n1\tӨмірзақов Ерлан Қуатұлы\tкәсіпкер\tКеңес мүшесі\tқатысты\n2\tСәрсенова Әйгерім Бақытқызы\tәкім\tшақырылған\tқатысты\n3\tТөлеев Нұрлан Маратұлы\tзаңгер\tКеңес мүшесі\tонлайн\n4\tИсина Жанар Серікқызы\tЖШС өкілі\tшақырылған\tонлайн\n5\tБеков Арман Ерланұлы\tдәрігер\tКеңес мүшесі\tқатыспады – іссапарда');
    expect(present(x)).toEqual(['Өмірзақов Ерлан Қуатұлы', 'Төлеев Нұрлан Маратұлы (online)']);
    expect(absent(x)).toEqual(['Беков Арман Ерланұлы:true']);
  });

  it('a status column in Russian, and a lone "Статус" column saying "гость"', () => {
    expect(present(parse('№\tФИО\tДолжность\tСтатус\tУчастие\n1\tИванов Иван Иванович\tдиректор\tчлен Совета\tочно\n2\tПетров Петр Петрович\tаким района\tприглашенный\tонлайн'))).toEqual(['Иванов Иван Иванович']);
    expect(present(parse('№\tФИО\tСтатус\tУчастие\n1\tИванов Иван Иванович\tчлен Совета\tочно\n2\tПетров Петр Петрович\tгость\tонлайн'))).toEqual(['Иванов Иван Иванович']);
  });

  it.each([
    ['жоқ – іссапар / командировка (г. Алматы)', true, 'іссапар / командировка (г. Алматы)'],
    ['жоқ – себепсіз / без уважительной причины', false, 'себепсіз / без уважительной причины'],
    ['нет (болезнь)', true, 'болезнь'],
    ['нет: отпуск', true, 'отпуск'],
    ['нет', null, null],
  ])('the participation "%s" is an absence (excused: %s)', (cell, excused, reason) => {
    const x = parse(`№\tФИО\tДолжность\tУчастие\n1\tИванов Иван Иванович\tчлен\tочно\n2\tПетров Петр Петрович\tчлен\t${cell}`);
    expect(x.absentees.map((a) => [a.name, a.excused, a.reason])).toEqual([['Петров Петр Петрович', excused, reason]]);
  });

  it('"нет данных" is no absence: the row is an issue, not a guess', () => {
    const x = parse('№\tФИО\tДолжность\tУчастие\n1\tИванов Иван Иванович\tчлен\tочно\n2\tПетров Петр Петрович\tчлен\tнет данных');
    expect([present(x), absent(x)]).toEqual([['Иванов Иван Иванович'], []]);
    expect(x.issues.map((i) => i.message)).toContain('participation "нет данных" of Петров Петр Петрович not understood');
  });
});

describe('who is listed as present', () => {
  it('a second heading of those present after the members\' list lists guests', () => {
    const x = parse('Присутствовали члены Общественного совета: Абенова Ж.К., Белов Г.А., Гарин Р.Ш. (ВКС).\n\nОтсутствовали: Сагатов Е.К. (командировка).\n\nВ расширенном заседании приняли участие:\nЕрланов Т.С. – вице-министр;\nШаяхметова Д.Е. – член Общественного совета Павлодарской области (онлайн);\nпредставители СМИ.');
    expect(present(x)).toEqual(['Абенова Ж.К.', 'Белов Г.А.', 'Гарин Р.Ш. (online)']);
  });

  it('an online heading after the members\' list still lists members; a first heading that names no members lists attendees', () => {
    expect(present(parse('Присутствовали члены Совета: Абенова Ж.К., Белов Г.А.\nПрисутствовали в режиме онлайн: Гарин Р.Ш.'))).toEqual(['Абенова Ж.К.', 'Белов Г.А.', 'Гарин Р.Ш. (online)']);
    expect(present(parse('Отсутствовали: Сагатов Е.К. (командировка).\nПриняли участие:\nЕрланов Т.С. – председатель;\nБелов Г.А. – член Совета.'))).toEqual(['Ерланов Т.С.', 'Белов Г.А.']);
  });

  it('a group named before the first name of a run, with a dash (kk, ru)', () => {
    expect(present(parse('Қатысқандар: әлеуметтік мәселелер жөніндегі комиссиядан – Ә.Сейтқалиева, Б.Тұрсынов (бейнебайланыс арқылы); экономика жөніндегі комиссиядан – Қ.Әбенов, А.Ли.'))).toEqual(['Ә.Сейтқалиева', 'Б.Тұрсынов (online)', 'Қ.Әбенов', 'А.Ли']);
    expect(present(parse('Присутствовали: от комиссии по ЖКХ – Иванов И.И., Петров П.П.; от комиссии по экологии – Сидоров С.С.'))).toEqual(['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.']);
  });
});

describe('stated counts', () => {
  it('the whole of two commissions, "барлығы 14 мүшеден"; a total present is no size of the body', () => {
    const x = parse('Әлеуметтік комиссияның 8 мүшесі мен экономика комиссиясының 6 мүшесінен, барлығы 14 мүшеден, отырысқа 11 мүше қатысты, оның ішінде 3 мүше бейнебайланыс арқылы қосылды.');
    expect([x.members_total, x.present, x.online]).toEqual([14, 11, 3]);
    const y = parse('Отырысқа барлығы 9 мүше қатысты.');
    expect([y.members_total, y.present]).toEqual([null, 9]);
  });

  it('"все 9 членов" present are 9 of 9', () => {
    for (const line of ['Присутствовали все 9 членов президиума.', 'Отырысқа барлық 9 мүше қатысты.']) {
      const x = parse(line);
      expect([x.members_total, x.present]).toEqual([9, 9]);
    }
  });
});

describe('agenda', () => {
  const items = (text: string) => parseProtocol(`ПРОТОКОЛ № 1\n\n${text}\n`).agenda.map((a) => `${a.no} ${a.title}`);

  it('Roman numerals under a heading without a colon, items wrapped by indentation', () => {
    expect(items('ПОВЕСТКА ДНЯ\nI. Отчет Комитета о размещении заказа\n   за 8 месяцев 2025 года.\nII. Обсуждение проекта приказа «Об утверждении\n   Правил проведения конкурса»\n   (размещен на портале 22.08.2025).\nIII. О плане работы на IV квартал.\n\nПО ПЕРВОМУ ВОПРОСУ')).toEqual([
      '1 Отчет Комитета о размещении заказа за 8 месяцев 2025 года.',
      '2 Обсуждение проекта приказа «Об утверждении Правил проведения конкурса» (размещен на портале 22.08.2025).',
      '3 О плане работы на IV квартал.',
    ]);
  });

  it.each([['КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:'], ['ПОВЕСТКА ДНЯ / КҮН ТӘРТІБІ:'], ['Күн тәртібі | Повестка дня']])('the heading in two languages "%s" is no item', (heading) => {
    expect(items(`${heading}\n1) Об итогах работы.\n2) О плане.\n3) Разное.`)).toEqual(['1 Об итогах работы.', '2 О плане.', '3 Разное.']);
  });

  it('an item that did not end its sentence goes on over the next line; a speaker\'s wrapped line is not the item\'s', () => {
    expect(items('ПОВЕСТКА ДНЯ:\n1. О внесении изменений в План работы на\n2025 год.\n   Докладчик: Мухамедиев Т.К. – председатель комиссии по социальным\nвопросам.\n2. Разное.')).toEqual(['1 О внесении изменений в План работы на 2025 год.', '2 Разное.']);
  });

  it('a heading or a question after the last item is not read into it', () => {
    expect(items('Повестка дня:\n1. Разное\nСЛУШАЛИ: Иванова А.А.')).toEqual(['1 Разное']);
    expect(items('Повестка дня:\nI. О плане\nII. Разное\nПО ПЕРВОМУ ВОПРОСУ')).toEqual(['1 О плане', '2 Разное']);
  });
});

describe('agenda items end where their phrase ends', () => {
  const items = (text: string) => parseProtocol(`ПРОТОКОЛ № 1\n\n${text}\n`).agenda.map((a) => `${a.no} ${a.title}`);

  it('a sentence after a last item that ended its phrase without a stop is not the item\'s', () => {
    expect(items('Повестка дня:\n1. О плане работы\n2. Разное\nПредседатель открыл заседание.')).toEqual(['1 О плане работы', '2 Разное']);
  });

  it('an item cut after a preposition or a Kazakh postposition goes on', () => {
    expect(items('Күн тәртібі:\n1. Облыстық бюджеттің 2026–2028 жылдарға арналған\nЖобасы туралы.\n2. Әртүрлі.')).toEqual(['1 Облыстық бюджеттің 2026–2028 жылдарға арналған Жобасы туралы.', '2 Әртүрлі.']);
    expect(items('Повестка дня:\n1. Об отчете комиссии по\nЖКХ за 2025 год.\n2. Разное.')).toEqual(['1 Об отчете комиссии по ЖКХ за 2025 год.', '2 Разное.']);
  });
});

describe('present but no member', () => {
  it.each([
    ['Присутствовали: Иванов И.И., Петров П.П. (не является членом Совета), Сидоров С.С.'],
    ['Қатысқандар: Иванов И.И., Петров П.П. – аппарат маманы (Кеңес мүшесі емес), Сидоров С.С.'],
    ['Присутствовали:\n1. Иванов И.И.\n2. Петров П.П. – приглашенный эксперт\n3. Сидоров С.С.'],
  ])('"%s": the one who is not a member is no attendee', (body) => {
    expect(present(parse(body))).toEqual(['Иванов И.И.', 'Сидоров С.С.']);
  });
});

describe('a negated verb of taking part is an absence', () => {
  it.each([['Не присутствовали 2 члена совета.'], ['Не приняли участие 2 члена.'], ['В заседании не участвовали 3 члена Совета.'], ['2 члена Совета не присутствовали.']])('"%s" states no count of those present', (line) => {
    expect(parse(line).present).toBeNull();
  });

  it('"Отсутствовали 2 члена, присутствовали 12." is 12 present', () => {
    expect(parse('Отсутствовали 2 члена, присутствовали 12.').present).toBe(12);
  });

  it('"Не приняли участие в заседании:" lists absentees, its own words being no reason', () => {
    const x = parse('Присутствовали: Иванов И.И., Петров П.П.\nНе приняли участие в заседании: Сидоров С.С. (болезнь), Кузнецов К.К.');
    expect([present(x), absent(x)]).toEqual([['Иванов И.И.', 'Петров П.П.'], ['Сидоров С.С.:true', 'Кузнецов К.К.:null']]);
  });

  it.each([
    ['Присутствовали 12 из 14 членов Совета. Не смогли принять участие Сидоров С.С. (в командировке) и Кузнецов К.К. (по болезни).', ['Сидоров С.С.:true', 'Кузнецов К.К.:true']],
    ['Отырысқа 7 мүше қатысты. Отырысқа Сидоров С.С. (іссапарда) қатыса алмады.', ['Сидоров С.С.:true']],
    ['Отырысқа 7 мүше қатысты. Сидоров С.С. пен Қасымов Б.Б. келмеді (себепсіз).', ['Сидоров С.С.:false', 'Қасымов Б.Б.:false']],
  ])('"%s"', (body, want) => {
    expect(absent(parse(body))).toEqual(want);
  });
});

describe('a joint meeting: the sizes of its parts are no total', () => {
  it.each([
    ['Из 8 членов комиссии по социальным вопросам и 6 членов комиссии по экономике, всего 14 членов, на заседании присутствовали 11, из них 3 – онлайн.', [14, 11, 3]],
    ['Из 8 членов комиссии по социальным вопросам и 6 членов комиссии по экономике (всего 14) присутствовали 11.', [14, 11, null]],
    ['Из 8 членов комиссии по социальным вопросам и 6 членов комиссии по экономике присутствовали 11.', [null, 11, null]],
    ['Комиссияның 8 мүшесінен 7-і, экономика комиссиясының 6 мүшесінен 4-і қатысты.', [null, null, null]],
    ['Екі комиссияның барлығы 14 мүшесінің 11-і қатысты.', [14, 11, null]],
    ['Из 21 члена Общественного совета на заседании присутствуют 17, из них 4 члена совета – онлайн.', [21, 17, 4]],
  ])('"%s"', (line, want) => {
    const x = parse(line);
    expect([x.members_total, x.present, x.online]).toEqual(want);
  });
});

describe('absentees named in full in a sentence', () => {
  it('a surname, a name and a patronymic is a person; three capitalised words without one are not', () => {
    expect(absent(parse('Присутствовали 12 из 14 членов. Отсутствовали Сидоров Сергей Сергеевич (командировка) и Бекова Айгүл Маратқызы – без уважительной причины.'))).toEqual(['Сидоров Сергей Сергеевич:true', 'Бекова Айгүл Маратқызы:false']);
    const x = parse('Присутствовали 12 из 14 членов. Отсутствовали члены Экспертного Совета Республики Алматы.');
    expect([x.absentees, x.absentees_listed]).toEqual([[], false]);
  });
});

describe('the sentence reader reads prose only', () => {
  it('a table whose header names absence, everyone present, gives no absentee', () => {
    const x = parse('№\tФ.И.О\tДолжность\tОтметка о присутствии / отсутствии\n1\tИванов Иван Иванович\tчлен\tприсутствовал\n2\tПетров Петр Петрович\tчлен\tприсутствовал');
    expect([present(x), x.absentees]).toEqual([['Иванов Иван Иванович', 'Петров Петр Петрович'], []]);
  });

  it('list items under a heading are the list\'s, not a sentence\'s', () => {
    const x = parse('Присутствовали:\n1. Иванов И.И.\n2. Петров П.П. – отсутствовал на прошлом заседании\n3. Сидоров С.С.');
    expect([present(x), x.absentees]).toEqual([['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.'], []]);
  });
});

describe('all present, save some', () => {
  it('"присутствовали все члены Совета" says nobody was absent; "…все, кроме Иванова И.И." does not', () => {
    expect('absentees_listed' in parse('Присутствовали: Петров П.П., Сидоров С.С.\nНа заседании присутствовали все члены Совета.')).toBe(false);
    expect(parse('Присутствовали: Петров П.П., Сидоров С.С.\nНа заседании присутствовали все члены Совета, кроме Иванова И.И.').absentees_listed).toBe(false);
  });
});

describe('guests after the members (kk)', () => {
  it('"Кеңейтілген отырысқа қатысқандар:" after the members\' list lists guests', () => {
    const x = parse('Қатысқан Кеңес мүшелері: Әбенова Ж.К., Бекұлы Г.А., Ғарифолла Р.Ш. (бейнебайланыс арқылы).\nҚатыспағандар: Сағатов Е.К. (іссапарда).\n\nКеңейтілген отырысқа қатысқандар:\nЕрланов Т.С. – облыс әкімінің орынбасары;\nШаяхметова Д.Е. – Павлодар облысы Қоғамдық кеңесінің мүшесі (онлайн).', 'Күн тәртібі:\n1. Әртүрлі.');
    expect([present(x), absent(x)]).toEqual([['Әбенова Ж.К.', 'Бекұлы Г.А.', 'Ғарифолла Р.Ш. (online)'], ['Сағатов Е.К.:true']]);
  });
});
