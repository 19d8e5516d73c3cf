// Classes of the twelfth held-out set, protocols: a protocol pasted out of an e-mail or a chat (the envelope's dates and
// names are not the meeting's), an earlier protocol's number named in a sentence, sub-items under agenda items, agenda
// headings of a written poll and in the locative, Cyrillic Roman numerals, lettered lists of those present.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const PROTOCOL_RU = 'ОБЩЕСТВЕННЫЙ СОВЕТ ГОРОДА АКСУ\n\nПРОТОКОЛ № 11\nзаседания Общественного совета\n\nг. Аксу\n17 сентября 2025 года, 14:30\n\nПрисутствовали 15 членов Совета.\n';
const PROTOCOL_KK = 'ШАХТИНСК ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\nПРЕЗИДИУМЫ\n\nсырттай дауыс беру тәсілімен өткізілген отырыстың\nХАТТАМАСЫ № 4\n\nШахтинск қ.\t\t\t2025 жылғы 23 сәуір\n\nПрезидиумның құрамы – 9 мүше.\n';
const header = (text: string) => {
  const x = parseProtocol(text);
  return { number: x.number, date: x.date, body: x.body };
};

describe('a protocol pasted out of an e-mail or a chat: the header is the protocol\'s, not the envelope\'s', () => {
  it.each([
    ['Outlook, ru fields, a letter and a marker', 'От: Секретариат ОС <os@mail.kz>\nОтправлено: 24 апреля 2025 г. 18:42\nКому: Президиум ОС; Иванова А.\nТема: протокол № 9 (исправленный)\n\nУважаемые коллеги!\nНаправляю протокол.\n\n-----Текст протокола-----\n\n'],
    ['a forward, quoted', '> -------- Пересылаемое сообщение --------\n> 18.09.2025, 09:14, "Общественный совет г. Аксу" <os_aksu@inbox.kz>:\n\n'],
    ['Gmail forward, en fields', '---------- Forwarded message ---------\nFrom: Council <os@gmail.com>\nDate: Thu, 18 Sep 2025 at 09:14\nSubject: Fwd: протокол\nTo: <chair@mail.kz>\n\n'],
    ['a reply\'s attribution', 'Спасибо, получил.\n\n18.09.2025, 09:14, Секретарь ОС <os@inbox.kz> пишет:\n\n'],
    ['kk mail fields', 'Кімнен: Кеңес хатшысы <os@mail.kz>\nЖіберілді: 2025 жылғы 24 сәуір\nКімге: Президиум мүшелері\nТақырып: хаттама\n\nҚұрметті әріптестер!\n\n'],
    ['a WhatsApp chat', '[18.09.2025, 19:02] Күләш (хатшы): Хаттама / протокол бүгінгі жиналыс 🙏\n[18.09.2025, 19:03] Күләш (хатшы): \n\n'],
    ['an Android chat export', '18.09.2025, 19:02 - Күләш: протокол бүгінгі жиналыс\n18.09.2025, 19:03 - Күләш: жалғасы\n\n'],
    ['a Telegram copy', 'Секретарь ОС, [18.09.2025 19:02]\nПротокол вчерашнего заседания\n\n'],
  ])('%s, ru protocol', (_what, envelope) => {
    expect(header(envelope + PROTOCOL_RU)).toEqual({ number: '11', date: '2025-09-17', body: 'council' });
  });

  it.each([
    'Исх. № 05-3/4412 от 18.09.2025\nАкиму города Аксу\n\nНаправляем протокол заседания.\n\n',
    'Шығ. № 12 18.09.2025 ж.\n\n',
    'Исходящий № 45\n18.09.2025\n\n',
  ])('a covering letter\'s registration: %j', (letter) => {
    expect(header(letter + PROTOCOL_RU)).toEqual({ number: '11', date: '2025-09-17', body: 'council' });
  });

  it('a presidium\'s protocol in a mail addressed to the council\'s presidium ("Кому: Президиум ОС")', () => {
    const mail = 'От: Секретариат ОС г.Шахтинск <os.shakhtinsk@mail.kz>\nОтправлено: 24 апреля 2025 г. 18:42\nКому: Президиум ОС; Бекмұхамбетова Гүлжан\nТема: ХАТТАМА № 4 / сырттай дауыс беру қорытындысы\n\nҚұрметті Президиум мүшелері!\n\nХаттаманың мәтінін төменде жіберемін.\n\n-----Хаттама мәтіні-----\n\n';
    expect(header(mail + PROTOCOL_KK)).toEqual({ number: '4', date: '2025-04-23', body: 'presidium' });
    // The council's own protocol in a mail sent to the presidium: the council met.
    const council = PROTOCOL_KK.replace('ПРЕЗИДИУМЫ\n', '');
    expect(header(mail + council).body).toBe('council');
  });

  it('a summary told in the mail itself keeps its subject: the protocol\'s number and date named there', () => {
    const x = header('Тема: Итоги заседания ОС от 19.03.2025 (протокол № 2)\nОт: Секретариат ОС <os@mail.kz>\nКому: члены ОС\nОтправлено: ср, 20.03.2025, 18:47\n\nУважаемые коллеги!\nПо списку в Совете 19 членов.\n');
    expect(x).toEqual({ number: '2', date: '2025-03-19', body: 'council' });
  });

  it('a mail\'s sent date alone is not the meeting\'s date (no data is not a figure)', () => {
    expect(header('От: Секретариат <os@mail.kz>\nОтправлено: 20.03.2025, 18:47\nКому: члены совета\nТема: итоги\n\nКоллеги, заседание прошло, кворум был.\n').date).toBeNull();
  });

  it('near-misses: a protocol form\'s own "Дата:" field, and "От:" alone, are no envelope', () => {
    expect(header('ПРОТОКОЛ № 5\nзаседания Общественного совета\nДата: 12.03.2025\nМесто: актовый зал\n')).toEqual({ number: '5', date: '2025-03-12', body: 'council' });
    expect(header('ПРОТОКОЛ № 5\nзаседания Общественного совета\nот: 12.03.2025\n').date).toBe('2025-03-12');
  });

  it('near-miss: a meeting\'s date and hours ("26.06.2025, 10:00–12:15", "26.06.2025, 10:00 - Место: зал") are no chat stamp', () => {
    expect(header('Общественный совет при акимате области\n\nПРОТОКОЛ заседания\n№ 5\n\n26.06.2025, 10:00–12:15\nМесто: зал\n')).toEqual({ number: '5', date: '2025-06-26', body: 'council' });
    expect(header('Общественный совет\nПРОТОКОЛ № 5\n26.06.2025, 10:00 - Место: зал\n').date).toBe('2025-06-26');
  });
});

describe('an earlier protocol named in a sentence is not this protocol\'s number', () => {
  it.each([
    ['Негіздеме: Президиумның 2025 жылғы 12 наурыздағы № 3 хаттамасы.', '4'],
    ['(Қоғамдық кеңестің 2025 жылғы 20 мамырдағы № 3 хаттамасы).', '4'],
    ['Өткен отырыста (2024 жылғы 28 наурыз, № 3 хаттама) шешілді.', '4'],
  ])('%s', (sentence, n) => {
    expect(parseProtocol(`ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ\nХАТТАМАСЫ № 4\n${sentence}\n2025 жылғы 23 сәуір\n`).number).toBe(n);
  });

  it.each([
    ['№ 5 ХАТТАМА\nҚоғамдық кеңес отырысы', '5'],
    ['ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ № 4 ХАТТАМАСЫ', '4'],
    ['Қоғамдық кеңестің көшпелі отырысының № 3 ХАТТАМАСЫ', '3'],
  ])('the title\'s own "№ N ХАТТАМА": %s', (title, n) => {
    expect(parseProtocol(`${title}\n2025 жылғы 23 сәуір\n`).number).toBe(n);
  });
});

describe('the parts of an agenda item neither end the agenda nor stand for its items', () => {
  const agenda = (body: string) => parseProtocol(`ПРОТОКОЛ № 6\nзаседания Общественного совета\n03 декабря 2025 г.\n\n${body}\n\nПредседатель А. Ахметов\n`).agenda.map((a) => a.no);
  it.each([
    ['decimal sub-items, tabs', 'ПОВЕСТКА ДНЯ:\n1.\tО проекте «Комфортная школа».\n1.1.\tИнформация отдела образования.\n1.2.\tСодоклад члена Совета.\n2.\tОб утверждении Плана работы.\n3.\tО предложениях в план мониторингов.'],
    ['decimal sub-items without a final dot', 'Повестка дня:\n1. О школах.\n1.1 Информация отдела.\n1.2 Содоклад.\n2. О плане.\n3. Разное.'],
    ['kk, decimal sub-items', 'Күн тәртібі:\n1. Мектептер туралы.\n1.1. Бөлімнің ақпараты.\n2. Жоспар туралы.\n2.1. Баяндама.\n2.2. Қосымша баяндама.\n3. Әртүрлі.'],
    ['"1)" parts under "1." that introduces them', 'Повестка дня:\n1. О бюджете:\n1) доклад отдела;\n2) содоклад комиссии.\n2. О плане.\n3. Разное.'],
    ['bullets under an item', 'Повестка дня:\n1. О бюджете:\n• доклад отдела;\n• содоклад комиссии.\n2. О плане.\n3. Разное.'],
    ['indented Arabic parts under Roman items', 'Күн тәртібі:\nI. Бюджет туралы.\n    1. Бөлімнің баяндамасы.\n    2. Комиссияның баяндамасы.\nII. Жоспар туралы.\nIII. Әртүрлі.'],
    ['Cyrillic Roman numerals (Kazakh І) with speakers', 'КҮН ТӘРТІБІНДЕ:\nІ. Медициналық көмек туралы.\n    Баяндамашы: Сапаров Н.К.\nІІ. Жоспарға өзгерістер туралы.\n    Баяндамашы: Байжігітова А.\nІІІ. Ұсыныс жөнінде.\n    Баяндамашы: Мұқашев Е.Т.'],
    ['mixed "1)" and "3." are one list', 'Повестка дня:\n1) О бюджете.\n2) О плане.\n3. Разное.'],
  ])('%s → 3 items', (_what, body) => {
    expect(agenda(body)).toEqual([1, 2, 3]);
  });

  it('a section heading numbered with Cyrillic Roman numerals: "ІІ. КҮН ТӘРТІБІ"', () => {
    expect(agenda('ІІ. КҮН ТӘРТІБІ\n1. А туралы.\n2. Б туралы.')).toEqual([1, 2]);
  });

  it('Cyrillic ІV and ХІ read as 4 and 11', () => {
    expect(agenda('Повестка дня:\nІ. А.\nІІ. Б.\nІІІ. В.\nІV. Г.')).toEqual([1, 2, 3, 4]);
    expect(agenda('Повестка дня:\nІХ. А.\nХ. Б.\nХІ. В.')).toEqual([9, 10, 11]);
  });

  it('near-misses: a sub-item of another number, and the discussion\'s numbering, are no items and no parts', () => {
    // "2.1." under item 1 is not its part: the agenda ends there, as before.
    expect(agenda('Повестка дня:\n1. О бюджете.\n2.1. Доклад.\n')).toEqual([1]);
    // "1." flush under "1)" that does not introduce parts: the discussion after the agenda.
    expect(agenda('Повестка дня:\n1) О бюджете.\n2) О плане.\n1. СЛУШАЛИ: Иванова.\n2. СЛУШАЛИ: Петрова.\n3. СЛУШАЛИ: Сидорова.')).toEqual([1, 2]);
  });
});

describe('the questions of a written poll are its agenda when it has none of its own', () => {
  const agenda = (body: string) => parseProtocol(`ХАТТАМА № 4\nПрезидиум отырысы\n2025 жылғы 23 сәуір\n\n${body}\n\nТөраға Т. Әбдіғаппаров\n`).agenda.map((a) => a.no);
  it.each([
    'ДАУЫСҚА ҚОЙЫЛҒАН МӘСЕЛЕЛЕР:\n1.\tКүн тәртібін бекіту туралы.\n2.\tЕсепті ауыстыру туралы.\n3.\tМониторинг туралы.',
    'Сырттай дауыс беруге шығарылған мәселелер:\n1) Күн тәртібі туралы.\n2) Есеп туралы.\n3) Мониторинг туралы.',
    'Дауыс беру мәселелері:\n1. А туралы.\n2. Б туралы.\n3. В туралы.',
    'ВОПРОСЫ, ВЫНЕСЕННЫЕ НА ЗАОЧНОЕ ГОЛОСОВАНИЕ:\n1. Об А.\n2. О Б.\n3. О В.',
    'Вопросы для голосования:\n1. Об А.\n2. О Б.\n3. О В.',
    'На голосование вынесены следующие вопросы:\n1. Об А.\n2. О Б.\n3. О В.',
  ])('%s', (body) => {
    expect(agenda(body)).toEqual([1, 2, 3]);
  });

  it('a protocol\'s own agenda comes first; the questions put to a vote after it are not a second one', () => {
    expect(agenda('Күн тәртібі:\n1. А туралы.\n2. Б туралы.\n\nДауысқа қойылған мәселелер:\n1. А туралы.')).toEqual([1, 2]);
  });

  it('near-miss: the heading with no numbered question under it gives no agenda', () => {
    expect(agenda('Дауысқа қойылған мәселелер:\nБарлық мәселелер бойынша шешім қабылданды.')).toEqual([]);
  });
});

describe('the body\'s list composition, and the absent under a participle heading with a tab-aligned list', () => {
  const kk = (body: string) => parseProtocol(`ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ\nХАТТАМАСЫ № 7\n2025 жылғы 11 маусым\n\n${body}\n\nКҮН ТӘРТІБІНДЕ:\n1. Жылу туралы.\n`);
  it.each([
    ['Кеңестің тізімдік құрамы – 15 мүше. Отырысқа 11 мүше қатысты.', 15],
    ['Кеңестің бекітілген құрамы: 15 мүше.', 15],
    ['Комиссияның тізімдік құрамы – 7 адам.', 7],
  ])('%s → %i', (line, n) => {
    expect(kk(line).members_total).toBe(n);
  });

  it('near-miss: a working group\'s list composition is not the council\'s size', () => {
    expect(kk('Жұмыс тобының тізімдік құрамы – 5 адам.').members_total).toBeNull();
  });

  it.each([
    'Отырысқа келмеген кеңес мүшелері (4):',
    'Отырысқа келмеген мүшелер:',
    'Отырысқа қатыса алмаған мүшелер (4):',
  ])('"%s" over "1) Name<TAB><TAB>– reason;"', (heading) => {
    const x = kk(`Кеңестің тізімдік құрамы – 15 мүше. Отырысқа 11 мүше қатысты.\n\n${heading}\n\t1) Есенғалиева Жанар Мұратқызы\t\t– еңбек демалысында;\n\t2) Құлмағанбетов Рүстем Ерікұлы\t\t– іссапарда (Атырау қ.);\n\t3) Тілеубердиев Асан Болатұлы\t\t– себепсіз;\n\t4) Жаңабаева Сәния Қайратқызы\t\t– хабарласпады, себебі дәлелсіз.`);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true, false, false]);
    expect(x.attendees).toEqual([]);
  });

  it('near-miss: "келмеген" inside a sentence of the discussion lists no one', () => {
    const x = kk('Кеңестің тізімдік құрамы – 15 мүше. Отырысқа 15 мүше қатысты.\n\nТӨРАҒА: үш отырысқа себепсіз келмеген мүшелер құрамнан шығарылады.');
    expect(x.absentees).toEqual([]);
  });
});

describe('lists lettered а) … ж), and other bullets', () => {
  const roll = (list: string) => parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n06.08.2025\n\n${list}\n\nПовестка:\n1) О воде.\n`);
  it.each([
    ['Cyrillic letters, bilingual heading', 'Қатысқандар / Присутствовали:\nа) Тоқсанбаев Әбдіразақ – кеңес төрағасы / председатель\nб) Жолдыбаева Күләш – хатшы, кеңес мүшесі\nв) Нұрахметов Серік – кеңес мүшесі\nг) Оңғарбаева Ботагөз – кеңес мүшесі (WhatsApp бейнеқоңырау арқылы / по видеосвязи)'],
    ['Latin letters with dots', 'Присутствовали:\na. Иванов Иван Иванович\nb. Петров Петр Петрович\nc. Сидоров Сидор Сидорович\nd. Ахметов Ахмет Ахметович (видеозвонок)'],
    ['round bullets', 'Присутствовали:\n● Иванов Иван Иванович\n● Петров Петр Петрович\n● Сидоров Сидор Сидорович\n● Ахметов Ахмет Ахметович (по видеосвязи)'],
  ])('%s: 4 attendees, the last online', (_what, list) => {
    const x = roll(list);
    expect(x.attendees.map((a) => a.online)).toEqual([false, false, false, true]);
  });

  it('the absent under "▪" bullets, with reasons in two languages', () => {
    const x = roll('Қатыспағандар / Отсутствовали:\n▪ Әлімқұлова Гүлнар – науқастануына байланысты (по болезни)\n▪ Жұмабаев Мақсат – себепсіз / без уважительной причины');
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });

  it('near-miss: "А. Иванов" (an initial) and "а) …" sentences under no heading are nobody', () => {
    const x = roll('Председатель:\nА. Иванов открыл заседание.\n\nа) вопрос снят с повестки;\nб) вопрос перенесен.');
    expect(x.attendees).toEqual([]);
  });
});

describe('a protocol pasted out of a chat reads on from message to message', () => {
  const chat = (stamp: (min: number) => string) => parseProtocol(`${stamp(2)}Хаттама / протокол\n${stamp(3)}\n\nҚОҒАМДЫҚ КЕҢЕС\nХАТТАМА № 3\nКүні: 06.08.2025 ж.\n\nКеңес құрамы – 9 мүше.\n\nҚатысқандар / Присутствовали:\nа) Тоқсанбаев Әбдіразақ – кеңес төрағасы\nб) Жолдыбаева Күләш – хатшы\n${stamp(5)}в) Нұрахметов Серік – кеңес мүшесі\nг) Пирматов Ислам – член совета\n\nКүн тәртібі:\n1) Су туралы.\n${stamp(6)}2) Мектеп туралы.\n\n1-мәселе. Тыңдалды: А.\nДауыс беру: жақтап – 6, қарсы – 0, қалыс – 1.\n${stamp(7)}Шешім қабылданды.\n`);
  it.each([
    ['WhatsApp (iOS)', (m: number) => `[06.08.2025, 19:0${m}] Күләш (хатшы): `],
    ['WhatsApp (Android export)', (m: number) => `07.08.2025, 19:0${m} - Күләш: `],
  ])('%s', (_what, stamp) => {
    const x = chat(stamp);
    expect(x.date).toBe('2025-08-06');
    expect(x.attendees.map((a) => a.name)).toEqual(['Тоқсанбаев Әбдіразақ', 'Жолдыбаева Күләш', 'Нұрахметов Серік', 'Пирматов Ислам']);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[6, 0, 1, 'adopted']]);
    // The lines told are the text's.
    expect(x.attendees[2].line).toBe(13);
  });
});

describe('the absent under a participle heading, ru: never read as those present', () => {
  it.each(['Не присутствовавшие члены Совета (2):', 'Не явившиеся члены Совета:', 'Не участвовавшие в заседании:', 'Не принявшие участия в заседании:', 'Отсутствующие члены Совета (2):'])('%s', (heading) => {
    const x = parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12.03.2025\n\nПрисутствовали 13 из 15.\n\n${heading}\n1) Иванов Иван Иванович – по болезни;\n2) Петров Петр Петрович – без причины.\n\nПовестка дня:\n1. О воде.\n`);
    expect(x.attendees).toEqual([]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });
});
