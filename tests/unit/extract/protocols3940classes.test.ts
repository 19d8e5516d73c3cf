/**
 * Classes of the protocols of sets 39 and 40 (ru and kk), each with a variant and near-misses: the people who came split
 * into the members and the invited ("барлығы 21 адам қатысты, оның ішінде: – Кеңес мүшелері – 11 (Кеңестің 14
 * мүшесінің)") — readStatedCounts, readAttendance; a count at the opening and a member who came late, then the whole
 * ("барлығы отырысқа 10 мүше қатысты") — readStatedCounts; none online stated ("Онлайн қатысқан мүше жоқ"); the online
 * part in a bracket after those present ("(біреуі WhatsApp бейнеқоңырауы арқылы)") and "Кеңес мүшелерінің бірі … Zoom
 * арқылы қосылды"; a covering letter's date and index ("01.10.2025 ж. № 01-07/52") above an extract — protocolHead; one
 * reason for the last names ("(соңғы екеуі – себепсіз)"); two lists side by side with the right one's first entry on its
 * heading's line — splitSideBySide; a Word registration sheet whose signature cells are blank, the absent noted in them
 * ("отсутствует (командировка)") — readAttendanceTable; the sheet annexed after the signatures ("согласно листу
 * регистрации (Приложение 1)") — registrationAnnex; a form's value with its parts ("11 (он бір), оның ішінде онлайн –
 * екеуі") — joinFormValues; the chat message that opens with the council's name — protocolHead; a member online "from a
 * trip" is present — absentAmongPresent.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const excused = (text: string) => parseProtocol(text).absentees.map((a) => a.excused);

describe('the people who came, split into members and invited', () => {
  const kk = 'ХАТТАМА № 6\nҚоғамдық кеңестің кеңейтілген отырысы\n2025 жылғы 13 қараша\n\nКеңейтілген отырысқа барлығы 21 адам қатысты, оның ішінде:\n   – Кеңес мүшелері – 11 (Кеңестің 14 мүшесінің);\n   – шақырылғандар – 10 (мемлекеттік органдардың өкілдері).\nКворум бар.\n';
  const ru = 'ПРОТОКОЛ № 6\nрасширенного заседания Общественного совета\n13 ноября 2025 г.\n\nВсего на заседании присутствовали 21 человек, в том числе:\n– члены Общественного совета – 11 (из 14);\n– приглашённые – 10.\nКворум имеется.\n';
  it('kk: the members\' part is those present, its bracket the size; the part is no person', () => {
    const x = parseProtocol(kk);
    expect([x.members_total, x.present]).toEqual([14, 11]);
    expect(x.attendees.map((a) => a.name)).not.toContain('Кеңес мүшелері');
  });
  it('ru variant: "члены Общественного совета – 11 (из 14)"', () => {
    const x = parseProtocol(ru);
    expect([x.members_total, x.present]).toEqual([14, 11]);
  });
  it('near-miss: the people\'s whole without the members\' part is no count of members (not 21)', () => {
    const x = parseProtocol('ХАТТАМА № 6\n2025 жылғы 13 қараша\n\nОтырысқа барлығы 21 адам қатысты, оның ішінде:\n– шақырылғандар – 10.\n');
    expect(x.present).not.toBe(21);
  });
});

describe('a count at the opening, a member who came late, then the whole', () => {
  it('kk: the whole after the late arrival is those present', () => {
    const x = parseProtocol('ХАТТАМА № 3\n23.04.2025 ж.\nОтырыс ашылған кезде тоғыз мүше қатысты, 10.40-та Ғабитов Д.Е. келіп қосылды; барлығы отырысқа 10 мүше қатысты.\n');
    expect(x.present).toBe(10);
  });
  it('ru variant: "опоздал", then "всего … 10 членов присутствовали"', () => {
    const x = parseProtocol('ПРОТОКОЛ № 3\n23.04.2025 г.\nНа начало заседания присутствовали 9 членов, Габитов Д.Е. опоздал на 20 минут; всего 10 членов присутствовали.\n');
    expect(x.present).toBe(10);
  });
  it('near-miss: the opening count and a late arrival, no whole: not stated (9 would be false)', () => {
    const x = parseProtocol('ХАТТАМА № 3\n23.04.2025 ж.\nОтырыс ашылған кезде тоғыз мүше қатысты, 10.40-та Ғабитов Д.Е. келіп қосылды.\n');
    expect(x.present).toBeNull();
  });
});

describe('online: none stated, a bracket after those present, "one of the members"', () => {
  it('kk: "Онлайн қатысқан мүше жоқ" is 0', () => {
    expect(parseProtocol('ХАТТАМА № 3\n23.04.2025 ж.\nОтырысқа 10 мүше қатысты. Онлайн қатысқан мүше жоқ.\n').online).toBe(0);
  });
  it('ru: "в режиме онлайн никто не подключался" is 0', () => {
    expect(parseProtocol('ПРОТОКОЛ № 1\n26 февраля 2025 г.\nПрисутствуют 9 членов. В режиме онлайн никто не подключался.\n').online).toBe(0);
  });
  it('kk: "(біреуі WhatsApp бейнеқоңырауы арқылы)" after those present; ru "(один по видеосвязи)"', () => {
    expect(parseProtocol('ХАТТАМА № 4\n11 маусым 2025 ж.\nКомиссия құрамы – 6 мүше. Отырысқа 5 мүше қатысты (біреуі WhatsApp бейнеқоңырауы арқылы), біреуі қатыспады.\n').online).toBe(1);
    expect(parseProtocol('ПРОТОКОЛ № 4\n11 июня 2025 г.\nИз 6 членов комиссии присутствовали 5 (двое по видеосвязи).\n').online).toBe(2);
  });
  it('kk variant: "Кеңес мүшелерінің бірі отырысқа Zoom арқылы қосылды"', () => {
    expect(parseProtocol('ХАТТАМА № 6\n2025 жылғы 13 қараша\nОтырысқа 11 мүше қатысты. Кеңес мүшелерінің бірі отырысқа Zoom арқылы қосылды.\n').online).toBe(1);
  });
  it('near-miss: a broadcast or a chat group is no member online', () => {
    expect(parseProtocol('ХАТТАМА № 4\n11 маусым 2025 ж.\nОтырысқа 5 мүше қатысты. Хаттама WhatsApp тобында жарияланады.\n').online).toBeNull();
  });
});

describe('a covering letter above an extract of the protocol', () => {
  const letter = (index: string) => `ШЕТ АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\n\n01.10.2025 ж. № ${index}\n\nШет ауданының әкімі\nБ.Қ. Серікбаевқа\n\nХаттамадан үзіндіні қарауыңызға жолдаймыз.\n\nКеңес төрағасы                 Е. Мұқашев\n\n                    ХАТТАМАДАН ҮЗІНДІ\n\n     Шет ауданы Қоғамдық кеңесі отырысының № 5 хаттамасы\n\nАқсу-Аюлы ауылы                 24 қыркүйек 2025 жыл\n\nКеңестің 16 мүшесінің 12-сі қатысты.\n`;
  it('kk: the letter\'s date and index are not the meeting\'s', () => {
    const x = parseProtocol(letter('01-07/52'));
    expect([x.date, x.number]).toEqual(['2025-09-24', '5']);
  });
  it('ru variant: "18.09.2025 г. № 05-3/4412" above "ВЫПИСКА ИЗ ПРОТОКОЛА"', () => {
    const x = parseProtocol('ОБЩЕСТВЕННЫЙ СОВЕТ\n\n18.09.2025 г. № 05-3/4412\n\nАкиму района\n\nНаправляем выписку из протокола.\n\n                  ВЫПИСКА ИЗ ПРОТОКОЛА № 7\nзаседания Общественного совета\n\n11 сентября 2025 года\n\nПрисутствовали 12 из 15 членов.\n');
    expect([x.date, x.number]).toEqual(['2025-09-11', '7']);
  });
  it('near-miss: a protocol dated "01.10.2025 ж. № 5" (no letter\'s index) keeps its date', () => {
    const x = parseProtocol('ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ ХАТТАМАСЫ\n\n01.10.2025 ж. № 5\n\nКеңестің 16 мүшесінің 12-сі қатысты.\n');
    expect(x.date).toBe('2025-10-01');
  });
});

describe('one reason for the last names of the run', () => {
  it('kk: "(соңғы екеуі – себепсіз)" covers the two last names', () => {
    const text = 'ХАТТАМА № 5\n24 қыркүйек 2025 жыл\nКеңестің 16 мүшесінің 12-сі қатысты.\nҚатыспағандар: Бекенов Қ.Т. (іссапарда), Жанатова М.Е. (емделуде), Смағұлов Р.Қ.,\nОспанова Д.Б. (соңғы екеуі – себепсіз).\nКворум бар.\n';
    expect(excused(text)).toEqual([true, true, false, false]);
  });
  it('ru variant: "(последние двое – без уважительной причины)"', () => {
    const text = 'ПРОТОКОЛ № 5\n24 сентября 2025 г.\nИз 16 членов присутствовали 12.\nОтсутствовали: Беков К.Т. (командировка), Жанова М.Е. (болезнь), Смагулов Р.К., Оспанова Д.Б. (последние двое – без уважительной причины).\n';
    expect(excused(text)).toEqual([true, true, false, false]);
  });
  it('near-miss: a name before it with its own reason keeps it', () => {
    const text = 'ХАТТАМА № 5\n24 қыркүйек 2025 жыл\nКеңестің 16 мүшесінің 13-і қатысты.\nҚатыспағандар: Бекенов Қ.Т. (іссапарда), Жанатова М.Е. (емделуде), Оспанова Д.Б. (соңғы екеуі – себепсіз).\n';
    expect(excused(text)).toEqual([true, true, false]);
  });
});

describe('two lists side by side, the right one\'s first entry on its heading\'s line', () => {
  const kk = 'ХАТТАМА № 3\n23.04.2025 ж.\n\nҚатысқандар (4):\tҚатыспағандар (2): 1. Байтелиева Г.Н. – еңбек демалысында;\n1. Құрманғалиев С.Ж. – төраға\t2. Шамғонов Б.Е. – себебін хабарламады.\n2. Есенова А.Б. – хатшы\n3. Ағатаев Н.С.\n4. Бисенғалиева Ж.Т.\nКҮН ТӘРТІБІНДЕ:\n1. Мектептер туралы.\n';
  it('kk: four present, two absent', () => {
    const x = parseProtocol(kk);
    expect(x.attendees.map((a) => a.name)).toEqual(['Құрманғалиев С.Ж.', 'Есенова А.Б.', 'Ағатаев Н.С.', 'Бисенғалиева Ж.Т.']);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Байтелиева Г.Н.', true], ['Шамғонов Б.Е.', false]]);
  });
  it('ru variant', () => {
    const x = parseProtocol('ПРОТОКОЛ № 3\n23.04.2025 г.\n\nПрисутствовали (3):\tОтсутствовали (1): 1. Байтелиева Г.Н. – отпуск\n1. Курманов С.Ж.\n2. Есенова А.Б.\n3. Агатаев Н.С.\nПОВЕСТКА ДНЯ:\n1. О школах.\n');
    expect(x.attendees).toHaveLength(3);
    expect(x.absentees.map((a) => a.name)).toEqual(['Байтелиева Г.Н.']);
  });
});

describe('a Word registration sheet: blank signature cells, the absent noted in them', () => {
  const sheet = (cells: string[][]) => `ПРОТОКОЛ № 2\nзаседания Общественного совета\n09 апреля 2025 года\n\nПрисутствовали: 3 из 5 членов Общественного совета.\nКворум имеется.\nЛИСТ РЕГИСТРАЦИИ членов Общественного совета\n\t№\n\tФИО\n\tДолжность\n\tПодпись\n${cells.map((r, k) => `\t${k + 1}\n${r.map((c) => `\t${c}`).join('\n')}\n`).join('')}\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n`;
  it('ru: the blanks came, "отсутствует (…)" did not, "онлайн (ВКС)" online', () => {
    const x = parseProtocol(sheet([['Жаксыбеков Ерлан Муратович', 'председатель', ''], ['Ковалёва Наталья Петровна', 'пенсионер', 'онлайн (ВКС)'], ['Исмаилов Тимур Рашидович', 'директор', 'отсутствует (командировка)'], ['Литвиненко Олег Степанович', 'пенсионер', ''], ['Мусина Жанар Ерболовна', 'заместитель акима', 'отсутствует (без уважит. причины)']]));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Жаксыбеков Ерлан Муратович', false], ['Ковалёва Наталья Петровна', true], ['Литвиненко Олег Степанович', false]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Исмаилов Тимур Рашидович', true], ['Мусина Жанар Ерболовна', false]]);
  });
  it('kk variant: "қатыспады (іссапар)" in the signature cell', () => {
    const x = parseProtocol(sheet([['Жақсыбеков Ерлан Мұратұлы', 'төраға', ''], ['Исмаилов Тимур Рашидұлы', 'директор', 'қатыспады (іссапар)'], ['Мұсина Жанар Ерболқызы', 'маман', '']]));
    expect(x.attendees).toHaveLength(2);
    expect(x.absentees.map((a) => a.excused)).toEqual([true]);
  });
  it('near-miss: a sheet whose every signature cell is blank tells nothing of who came', () => {
    const x = parseProtocol(sheet([['Жаксыбеков Ерлан Муратович', 'председатель', ''], ['Литвиненко Олег Степанович', 'пенсионер', ''], ['Мусина Жанар Ерболовна', 'заместитель акима', '']]));
    expect(x.attendees_listed).toBe(false);
  });
});

describe('the registration sheet annexed after the signatures', () => {
  const annex = (names: string[], stated: number) => `ПРОТОКОЛ № 1\nзаседания Общественного совета\n26 февраля 2025 г.\n\nПрисутствовали: члены Общественного совета – согласно листу регистрации\n(Приложение 1).\n\nИз 5 членов Общественного совета на заседании присутствуют ${stated}. Отсутствуют:\nСулейменов Р.К. – отпуск.\n\nПОВЕСТКА ДНЯ:\n1. Отчёт.\n\nПредседатель     _______    К. Мухамедиев\n\n                        Приложение 1\n              к протоколу № 1 от 26.02.2025 г.\n\n                     ЛИСТ РЕГИСТРАЦИИ\n     членов Общественного совета, 26.02.2025 г.\n\n${names.map((n, k) => ` ${k + 1}. ${n}        член Совета       ____________`).join('\n')}\n`;
  const four = ['Мухамедиев Канат Сабитович', 'Ибраева Гульмира Маратовна', 'Абишев Нурлан Тлеуович', 'Жакупов Бекзат Серикович'];
  it('ru: the sheet\'s names are those present when as many as stated', () => {
    expect(parseProtocol(annex(four, 4)).attendees.map((a) => a.name)).toEqual(four);
  });
  it('kk variant: "тіркеу парағына сәйкес", "ТІРКЕУ ПАРАҒЫ"', () => {
    const text = 'ХАТТАМА № 1\n26 ақпан 2025 ж.\n\nҚатысқандар: Кеңес мүшелері – тіркеу парағына сәйкес (1-қосымша).\nКеңестің 5 мүшесінің 3-і қатысты.\n\nКҮН ТӘРТІБІ:\n1. Есеп.\n\nТөраға   ______   Қ. Мұхамедиев\n\n                        1-қосымша\n\n                     ТІРКЕУ ПАРАҒЫ\n\n 1. Мұхамедиев Қанат Сабитұлы     ____\n 2. Ибраева Гүлмира Маратқызы     ____\n 3. Әбішев Нұрлан Тілеуұлы     ____\n';
    expect(parseProtocol(text).attendees).toHaveLength(3);
  });
  it('near-miss: a sheet of all the members typed for signing (more names than stated present) is not taken', () => {
    const x = parseProtocol(annex([...four, 'Сулейменов Руслан Кайратович'], 4));
    expect(x.attendees).toHaveLength(0);
    expect(x.attendees_listed).toBe(false);
  });
});

describe('a form\'s value with its parts, under its label', () => {
  it('kk: "Қатысқандар:" / "11 (он бір), оның ішінде онлайн – екеуі (Zoom)"; "тізімдік саны"', () => {
    const x = parseProtocol('ОТЫРЫС ХАТТАМАСЫ\n\nХаттама нөмірі:\n№ 2\n\nӨткізілген күні:\n19.03.2025 ж.\n\nКеңес мүшелерінің тізімдік саны:\n15 (он бес)\n\nҚатысқандар:\n11 (он бір), оның ішінде онлайн – екеуі (Zoom)\n\nКворум:\nбар\n');
    expect([x.members_total, x.present, x.online]).toEqual([15, 11, 2]);
  });
  it('ru variant: "Присутствовали:" / "11, из них онлайн – 2"', () => {
    const x = parseProtocol('ПРОТОКОЛ № 2\n19.03.2025 г.\n\nПрисутствовали:\n11, из них онлайн – 2\n\nКворум:\nесть\n');
    expect([x.present, x.online]).toEqual([11, 2]);
  });
  it('near-miss: a count with a sentence after it ("11 мектеп жөндеуден өтті") is no value of the label', () => {
    const x = parseProtocol('ХАТТАМА № 2\n19.03.2025 ж.\n\nҚатысқандар:\n11 мектеп жөндеуден өтті, оның ішінде 2 ауылда\n');
    expect(x.present).toBeNull();
  });
});

describe('a protocol pasted from a chat, the council named in the first message', () => {
  const chat = '[12.06.25, 09:14] Ләйлә: Хаттама 👇\n[12.06.25, 09:15] Ләйлә: ҚАРАҚИЯ АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\nЭкономика мәселелері жөніндегі тұрақты комиссиясының\nОТЫРЫС ХАТТАМАСЫ №4\n\nҚұрық ауылы          11 маусым 2025 ж.\n\nКомиссия құрамы – 6 мүше. Отырысқа 5 мүше қатысты.\n[12.06.25, 09:15] Ләйлә: Қатысқандар:\n1. Жолдасов С.Қ. - комиссия төрағасы\n2. Бекмағамбетова Ж.Т.\n3. Ерманов Д.А.\n4. Қалдыбаев Н.С. (WhatsApp арқылы, іссапардан)\n5. Утепова Г.М.\n';
  it('kk: the commission is the body; the member online from a trip is present online', () => {
    const x = parseProtocol(chat);
    expect([x.body, x.number, x.date]).toEqual(['commission', '4', '2025-06-11']);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Қалдыбаев Н.С.']);
    expect(x.attendees_listed).not.toBe(false);
  });
  it('ru variant: "(по WhatsApp, из командировки)"', () => {
    const x = parseProtocol('ПРОТОКОЛ № 4\nзаседания комиссии\n11 июня 2025 г.\n\nПрисутствовали:\n1. Жолдасов С.К.\n2. Калдыбаев Н.С. (по WhatsApp, из командировки)\n');
    expect(x.attendees.map((a) => a.online)).toEqual([false, true]);
    expect(x.attendees_listed).not.toBe(false);
  });
  it('near-miss: one in the room said to be on a trip is still read as away (the lists not counted)', () => {
    const x = parseProtocol('ПРОТОКОЛ № 4\n11 июня 2025 г.\n\nПрисутствовали:\n1. Жолдасов С.К.\n2. Калдыбаев Н.С. – командировка\n');
    expect(x.attendees_listed).toBe(false);
  });
});
