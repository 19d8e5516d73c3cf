/**
 * Protocols as held-out set 8 wrote them (issue 12, item 3): a list typed in two
 * columns; a text table ruled with "+---+"; names after a heading wrapped
 * mid-entry; the agenda under a numbered form heading, inside a sentence, or
 * with its count in brackets; the number fused with the Kazakh title or in a
 * bilingual form field; the body's size, those present and online in running
 * prose; votes told as participles inside Kazakh and Russian sentences; an
 * e-mail summary's short headings. Each with near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const RU = (body: string) => `ПРОТОКОЛ № 2\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n`;
const KK = (body: string) => `Қоғамдық кеңес отырысының\nХАТТАМАСЫ № 2\n2025 жылғы 12 наурыз\n\n${body}\n`;
const people = (text: string) => {
  const x = parseProtocol(text);
  return {
    present: x.attendees.map((a) => (a.online ? `${a.name} (online)` : a.name)),
    absent: x.absentees.map((a) => `${a.name} ${a.excused === true ? '+' : a.excused === false ? '-' : '?'}`),
  };
};
const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const agenda = (text: string) => parseProtocol(text).agenda.map((a) => `${a.no}. ${a.title}`);

describe('a list typed in two columns', () => {
  it('numbered: the left column, then the right one, each mark with its own name', () => {
    const body = [
      'ПРИСУТСТВОВАЛИ:',
      '1. Иванов И.И.                          4. Сидоров С.С. (онлайн)',
      '2. Петров П.П. (онлайн)                 5. Козлов К.К.',
      '3. Смирнов А.А.',
      '',
      'ПОВЕСТКА ДНЯ:',
      '1. Разное.',
    ].join('\n');
    expect(people(RU(body)).present).toEqual(['Иванов И.И.', 'Петров П.П. (online)', 'Смирнов А.А.', 'Сидоров С.С. (online)', 'Козлов К.К.']);
  });

  it('unnumbered names, Kazakh, and full names with patronymics', () => {
    const kk = 'Қатысқандар:\nСейітов А.Б.            Омарова Д.К.\nЖақыпов Е.Т.            Нұрланова Ә.С. (ZOOM арқылы)\n\nКҮН ТӘРТІБІ:\n1. Әр түрлі.';
    expect(people(KK(kk)).present).toEqual(['Сейітов А.Б.', 'Жақыпов Е.Т.', 'Омарова Д.К.', 'Нұрланова Ә.С. (online)']);
    const full = 'Присутствовали:\nИванов Иван Иванович          Петрова Анна Сергеевна\nСидоров Петр Петрович         Ахметов Ержан Болатұлы\n\nПовестка дня:\n1. Разное.';
    expect(people(RU(full)).present).toEqual(['Иванов Иван Иванович', 'Сидоров Петр Петрович', 'Петрова Анна Сергеевна', 'Ахметов Ержан Болатұлы']);
  });

  it('a shorter left column, absentees with their reasons, names with roles on both sides', () => {
    const longer = 'Присутствовали:\n1. Иванов И.И.                 3. Петров П.П.\n2. Сидоров С.С.                4. Козлов К.К.\n                               5. Волков В.В. (онлайн)\n\nПовестка дня:\n1. Разное.';
    expect(people(RU(longer)).present).toEqual(['Иванов И.И.', 'Сидоров С.С.', 'Петров П.П.', 'Козлов К.К.', 'Волков В.В. (online)']);
    const absent = 'Отсутствовали:\n1. Иванов И.И. – болезнь          3. Петров П.П. – без уважительной причины\n2. Сидоров С.С. – отпуск          4. Козлов К.К. – командировка\n\nПовестка дня:\n1. Разное.';
    expect(people(RU(absent)).absent).toEqual(['Иванов И.И. +', 'Сидоров С.С. +', 'Петров П.П. -', 'Козлов К.К. +']);
    const roles = 'Присутствовали:\nИванов И.И. – председатель     Петров П.П. – член\nСидоров С.С. – член            Козлов К.К. – член\n\nПовестка дня:\n1. Разное.';
    expect(people(RU(roles)).present).toEqual(['Иванов И.И.', 'Сидоров С.С.', 'Петров П.П.', 'Козлов К.К.']);
  });

  it('near-misses are not cut: a name with its role in a second column, a header line, one entry spaced after its number', () => {
    const roles = 'Присутствовали:\nИванов И.И.            Председатель Совета\nПетров П.П.            Член Совета\n\nПовестка дня:\n1. Разное.';
    expect(people(RU(roles)).present).toEqual(['Иванов И.И.', 'Петров П.П.']);
    const spaced = 'Присутствовали:\n1.    Иванов Иван Иванович – председатель\n2.    Петров Петр Петрович – член Совета\n\nПовестка дня:\n1. Разное.';
    expect(people(RU(spaced)).present).toEqual(['Иванов Иван Иванович', 'Петров Петр Петрович']);
    // The right number must go on after the left one: "5." beside "2." is not a second column.
    const numbersBack = 'Присутствовали:\n5. Иванов И.И.          2. Петров П.П.\n6. Сидоров С.С.         3. Козлов К.К.\n\nПовестка дня:\n1. Разное.';
    expect(people(RU(numbersBack)).present).not.toContain('Петров П.П.');
  });
});

describe('a text table ruled with +---+', () => {
  it('reads its rows and a reason wrapped over several lines', () => {
    const body = [
      'ОТСУТСТВОВАЛИ:',
      '+----+------------------+------------------------------+',
      '| №  | Ф.И.О.           | Причина отсутствия           |',
      '+----+------------------+------------------------------+',
      '| 1  | Сыздыков А.Б.    | командировка                 |',
      '| 2  | Әбілдаев Н.Қ.    | неуважительная               |',
      '| 3  | Мамырова Ж.Т.    | семейные обстоятельства      |',
      '|    |                  | (заявление от 12.05.2025)    |',
      '+----+------------------+------------------------------+',
    ].join('\n');
    expect(people(RU(body)).absent).toEqual(['Сыздыков А.Б. +', 'Әбілдаев Н.Қ. -', 'Мамырова Ж.Т. +']);
  });
});

describe('names after a heading wrapped as a paragraph', () => {
  it('mid-entry: before a bracket, between a surname and its initials', () => {
    const body = [
      'Отырысқа қатысқан Кеңес мүшелері: Ғабдуллин А.С. (төраға), Қуанышева Ж.Б.',
      '(төрағаның орынбасары), Әділов Н.Т., Мырзағалиев',
      'Д.О., Утешова Ә.Б. (ZOOM арқылы).',
      '',
      'КҮН ТӘРТІБІ:',
      '1. Әр түрлі.',
    ].join('\n');
    expect(people(KK(body)).present).toEqual(['Ғабдуллин А.С.', 'Қуанышева Ж.Б.', 'Әділов Н.Т.', 'Мырзағалиев Д.О.', 'Утешова Ә.Б. (online)']);
  });

  it('a sentence or another heading after the names is not read into them', () => {
    expect(people(RU('Присутствовали: Иванов И.И., Петров П.П.\nСидоров С.С. открыл заседание.')).present).toEqual(['Иванов И.И.', 'Петров П.П.']);
    const twoHeadings = 'Отсутствовали по уважительной причине: Ахметов Б.С. (болезнь), Волкова Т.А. (отпуск).\nБез уважительной причины: Кириленко В.В., Омарова Г.Х.';
    expect(people(RU(twoHeadings)).absent).toEqual(['Ахметов Б.С. +', 'Волкова Т.А. +', 'Кириленко В.В. -', 'Омарова Г.Х. -']);
  });
});

describe('the agenda in other layouts', () => {
  it('under a numbered section heading of a form, ruled, with Roman items wrapped', () => {
    const body = '-----------------------------\n2. КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ\n-----------------------------\n  I.   Бірінші мәселе\n       туралы. / О первом.\n  II.  Екінші мәселе туралы.\n\nIII. Разное обсуждение';
    expect(agenda(RU(body))).toEqual(['1. Бірінші мәселе туралы. / О первом.', '2. Екінші мәселе туралы.']);
  });

  it('named inside a sentence ending with a colon, ru and kk', () => {
    expect(agenda(RU('Я предложила повестку дня из трех вопросов, ее приняли без возражений:\n1. Об отчете.\n2. О плане.\n3. Разное.'))).toEqual(['1. Об отчете.', '2. О плане.', '3. Разное.']);
    expect(agenda(KK('Күн тәртібіне мынадай мәселелер енгізілді:\n1. Есеп туралы.\n2. Әр түрлі.'))).toEqual(['1. Есеп туралы.', '2. Әр түрлі.']);
  });

  it('with its count in brackets: the count is no item', () => {
    expect(agenda(RU('ПОВЕСТКА (3 вопроса)\n------------------\n1) Отчет.\n2) Мониторинг.\n3) Разное.'))).toEqual(['1. Отчет.', '2. Мониторинг.', '3. Разное.']);
  });

  it('near-misses: a sentence naming the agenda with no item 1 after it, a numbered line that only mentions it', () => {
    expect(agenda(RU('По вопросам повестки дня выступили:\nИванов И.И. – председатель.'))).toEqual([]);
    expect(agenda(RU('Вопросы повестки дня рассмотрены:\n2. Разное.'))).toEqual([]);
    expect(agenda(RU('2. Об утверждении повестки дня на 2026 год.'))).toEqual([]);
  });
});

describe('the number of the protocol', () => {
  it.each([
    ['Қоғамдық кеңес отырысының\n7-ХАТТАМАСЫ\n\n2025 жылғы 23 қазан', '7'],
    ['Қоғамдық кеңестің 12-ші хаттамасы\n2025 жылғы 23 қазан', '12'],
    ['КЕҢЕС ПРЕЗИДИУМЫ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ\nПРОТОКОЛ ЗАСЕДАНИЯ ПРЕЗИДИУМА\n\nНөмірі / Номер: 12\nКүні / Дата: 03.12.2025', '12'],
    ['ПРОТОКОЛ заседания Совета\nНомер протокола: 5\nДата: 03.12.2025', '5'],
  ])('%j → %s', (text, want) => {
    expect(parseProtocol(text).number).toBe(want);
  });

  it.each([
    'ПРОТОКОЛ заседания Совета\n03.12.2025\nКабинет: 214',
    'ПРОТОКОЛ заседания Совета\n2025-2026 хаттама жоспары\n03.12.2025',
    'ПРОТОКОЛ заседания Совета\nНомер телефона: 87012345678 доб.\n03.12.2025',
  ])('%j → no number', (text) => {
    expect(parseProtocol(text).number).toBeNull();
  });
});

describe('counts stated in running prose', () => {
  it.each([
    [RU('В составе Общественного совета 24 члена. На заседании присутствуют 19 членов Совета, из них 3 – в онлайн-режиме.'), [24, 19, 3]],
    [RU('По списку в Совете 19 членов. Сегодня участвовали 15: в зале 12, по Zoom 3.'), [19, 15, 3]],
    [RU('Из 11 членов комиссии на заседании были 8, из них двое подключились по видеосвязи.'), [11, 8, 2]],
    [KK('Кеңестің бекітілген құрамы он жеті мүшеден тұрады. Отырысқа Кеңестің 13 мүшесі қатысып отыр, олардың үшеуі ZOOM арқылы қосылды.'), [17, 13, 3]],
  ])('%#', (text, [total, present, online]) => {
    const x = parseProtocol(text);
    expect([x.members_total, x.present, x.online]).toEqual([total, present, online]);
  });

  it('near-misses: a group of a size, a date after the means, taking part in something else', () => {
    const x = parseProtocol(RU('В составе рабочей группы 5 членов. Через Zoom 14 марта пройдет семинар. В мониторинге участвовали 6 членов.'));
    expect([x.members_total, x.present, x.online]).toEqual([null, null, null]);
  });
});

describe('votes told inside sentences', () => {
  it.each([
    ['Шешім жобасын 11 мүше жақтап, 1 мүше қарсы болып, 1 мүше қалыс қалып дауыс берді. Шешім қабылданды.', [11, 1, 1, false, 'adopted']],
    ['Ұсыныс дауысқа қойылғанда оны 5 мүше жақтап шықты, 7 мүше қарсы\nболып дауыс берді, ал бір мүше қалыс қалды. Осылайша, ұсыныс қолдау\nтаппады, шешім қабылданбады.', [5, 7, 1, false, 'rejected']],
    ['Кеңес мүшелері жоспардың жобасын бірауыздан жақтап дауыс берді.', [null, null, null, true, null]],
    ['Ұсынысты 9 мүше қолдап, 2 мүше қарсы шықты, қалыс қалғандар жоқ. Шешім қабылданды.', [9, 2, 0, false, 'adopted']],
    ['Жобаны 12 мүше жақтады, 3 мүше қарсы болды.', [12, 3, null, false, null]],
  ])('kk %#', (body, want) => {
    expect(votes(KK(body))).toEqual([want]);
  });

  it.each([
    ['«За» проголосовали 6 членов комиссии, «против» – 1, воздержался 1. Решение принято.', [6, 1, 1, false, 'adopted']],
    ['Замечания поддержали все: все 8 присутствующих проголосовали «за», против и воздержавшихся не было, то есть единогласно. Решение принято.', [8, 0, 0, true, 'adopted']],
    ['Голоса разделились: «за» – 3, «против» – 4, воздержался – 1. Предложение не прошло.', [3, 4, 1, false, 'rejected']],
    ['Голосование: за 6 / против 7 / воздерж. 2 — не прошло.', [6, 7, 2, false, 'rejected']],
    ['11 членов проголосовали за, 2 — против, 1 воздержался. Решение принято.', [11, 2, 1, false, 'adopted']],
    ['За проголосовали 9 членов Совета, против – 2, воздержавшихся нет.', [9, 2, 0, false, null]],
  ])('ru %#', (body, want) => {
    expect(votes(RU(body))).toEqual([want]);
  });

  it('near-misses: numbers with a Kazakh suffix, a plan, findings and a head count are no votes', () => {
    const body = [
      'Қала бойынша 1 245 көп пәтерлі үйдің 1 198-і (96 %) жылыту маусымына дайын.',
      '2026 жылы Кеңестің 6 отырысын, 10 мониторингті, 4 дөңгелек үстелді өткізу көзделген.',
      'Мониторинг барысында 23 пәтерде жылу жоқ екені, 6 үйдің жертөлесін су басқаны анықталды.',
    ].join('\n');
    expect(votes(KK(body))).toEqual([]);
    expect(votes(RU('Около 1,2 млн тенге на 8 человек. Заседание прошло в зале 5.'))).toEqual([]);
    expect(votes(KK('Облыста 3 мүше қарсы болған жағдайда шешім қабылданбайды деп түсіндірді.'))).toEqual([]);
    expect(votes(RU('В работе приняли участие 4 эксперта, против решения выступили 2 депутата.'))).toEqual([]);
    // A bare count before "против" in a speech, with no one it counts, opens no vote.
    expect(votes(RU('Иванов сообщил, что ранее в маслихате\nобсуждали вопрос, 2 против.\nДалее выступил Петров.'))).toEqual([]);
  });
});

describe('an e-mail summary with short headings', () => {
  it('"В зале:", "Подключились по Zoom:", "Не было (4 чел.):"', () => {
    const body = [
      'КТО БЫЛ',
      'По списку в Совете 5 членов. Участвовали 3.',
      '',
      'В зале:',
      'Абилов Т.С., Гончаренко Л.П.',
      '',
      'Подключились по Zoom:',
      'Утегенова К.Б.',
      '',
      'Не было (2 чел.):',
      '- Бисенов Р.К. — на больничном;',
      '- Калиев С.С. — без уважительной причины.',
      '',
      'ПОВЕСТКА (1 вопрос)',
      '1) Разное.',
    ].join('\n');
    expect(people(RU(body))).toEqual({ present: ['Абилов Т.С.', 'Гончаренко Л.П.', 'Утегенова К.Б. (online)'], absent: ['Бисенов Р.К. +', 'Калиев С.С. -'] });
  });

  it('the same words inside a sentence open no list', () => {
    expect(people(RU('Заседание прошло в зале: Иванов И.И. открыл его.\nПротив не было.')).present).toEqual([]);
  });
});

describe('a messenger summary', () => {
  const text = [
    '[19.03.2025 18:47] Секретарь ОС: Итоги заседания Совета от 19.03.2025 (протокол № 3)',
    'Были: 14 из 17, онлайн 2.',
    'Присутствовали:',
    '1. Иванов И.И.                 8. Петров П.П.',
    '2. Сидоров С.С.                9. Козлов К.К. (онлайн)',
    'Не было (3 чел.):',
    '- Ахметов Б.Б. — болеет',
    'Повестка (2 вопроса):',
    '1) Отчет.',
    '2) Разное.',
    'По 1 вопросу: за 12 / против 1 / возд. 1 — принято.',
    'По 2 вопросу: единогласно.',
  ].join('\n');

  it('gives the counts, the two columns up to the next heading, the agenda and the short votes', () => {
    const x = parseProtocol(text);
    expect([x.number, x.date, x.members_total, x.present, x.online]).toEqual(['3', '2025-03-19', 17, 14, 2]);
    expect(people(text)).toEqual({ present: ['Иванов И.И.', 'Сидоров С.С.', 'Петров П.П.', 'Козлов К.К. (online)'], absent: ['Ахметов Б.Б. +'] });
    expect(x.agenda.map((a) => a.title)).toEqual(['Отчет.', 'Разное.']);
    expect(votes(text)).toEqual([[12, 1, 1, false, 'adopted'], [null, null, null, true, null]]);
  });

  it('Kazakh: "Залда:", "Онлайн қосылғандар:", "Келмегендер:", the count of items in brackets', () => {
    const kk = [
      'Қоғамдық кеңес отырысының қорытындысы (хаттама № 5, 12.05.2025)',
      'Кеңес құрамы – 15 мүше. Отырысқа 12 мүше қатысты, оның 2-еуі онлайн.',
      'Залда:',
      'Сейітов А.Б., Омарова Д.К.',
      'Онлайн қосылғандар:',
      'Жақыпов Е.Т.',
      'Келмегендер:',
      '• Нұрланова Ә.С. – іссапарда',
      'КҮН ТӘРТІБІ (2 мәселе):',
      '1. Есеп.',
      '2. Әр түрлі.',
    ].join('\n');
    expect(people(kk)).toEqual({ present: ['Сейітов А.Б.', 'Омарова Д.К.', 'Жақыпов Е.Т. (online)'], absent: ['Нұрланова Ә.С. +'] });
    expect(agenda(kk)).toEqual(['1. Есеп.', '2. Әр түрлі.']);
  });

  it('near-misses: a table cell "онлайн" above a row number, "возд." with no count, "были" of something else', () => {
    const x = parseProtocol(RU('\tонлайн\n\t10\n\tИванов И.И.\nБыли рассмотрены 5 из 7 вопросов.\nГолосовали: за 5, возд. нет данных.'));
    expect([x.members_total, x.present, x.online]).toEqual([null, null, null]);
  });
});

describe('a vote told of, not recorded: a speaker\'s words, another time', () => {
  const protocol = (speech: string) => `ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 г.\n\nПрисутствовали: Иванов И.И., Петров П.П.\n\nПовестка дня:\n1. О плане.\n\nСЛУШАЛИ:\n${speech}\n\nГолосовали: за – 9, против – 1, воздержались – 0.\nРешение принято.\n`;
  it.each([
    'Иванов И.И.: в прошлый раз 3 члена против.',
    'Петров П.П. – на прошлом заседании 5 членов проголосовали за.',
    'Сообщил, что ранее 4 члена Совета против.',
    'Ахметова А.: өткен отырыста 3 мүше қарсы болды.',
  ])('%s: one vote, the meeting\'s', (speech) => {
    expect(parseProtocol(protocol(speech)).votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[9, 1, 0, 'adopted']]);
  });

  it('a vote of this meeting told in a sentence still is one', () => {
    const x = parseProtocol(protocol('Обсуждение.').replace('Голосовали: за – 9, против – 1, воздержались – 0.', '9 членов проголосовали за, 1 член против.'));
    expect(x.votes.map((v) => [v.for, v.against])).toEqual([[9, 1]]);
  });
});
