// Classes of held-out set 22, protocols: Kazakh in the Latin alphabet, another act's date and number in the head, a form
// of labels over their numbers, two lists side by side under their headings, an item of a chat's list posted again
// corrected, an extract's title wrapped above its number, a reason's bracket wrapped in a run of absentees, a vote table
// with rows "1-мәселе", a count in the heading of those present, an agenda under a form's part heading.
import { describe, expect, it } from 'vitest';
import { fromLatinKazakh } from '../../../sources/extract/fromLatinKazakh.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { joinFormValues } from '../../../sources/extract/protocol/joinFormValues.ts';
import { withoutOtherActs } from '../../../sources/extract/protocol/otherActs.ts';
import { splitSideBySide } from '../../../sources/extract/protocol/splitSideBySide.ts';

const LATIN = [
  'TÜRKISTAN QALASYNYÑ QOĞAMDYQ KEÑESI',
  'HATTAMA № 4',
  '2025 jylğy 12 qazan',
  'Keñes müşelerınıñ jalpy sany – 11.',
  'Mäjılıske qatysty – 9, onyñ ışınde 1 müşe onlain (Zoom arqyly).',
  'QATYSQANDAR:',
  '1. Jūmabekov Nūrlan Serıkūly – Keñes törağasy',
  '2. Äbdıraimova Gülnar Erlanqyzy (onlain)',
  'QATYSPAĞANDAR:',
  '- Älımbetov Murat Seitqaliūly – ıssapar;',
  '- Qūdaibergenov Ğalym Sadyqūly – sebepsız.',
  'KÜN TÄRTIBI:',
  '1. Keñestıñ jūmys josparyn bekıtu turaly.',
  '1. TYÑDALDY: Ötegenov J.Q.',
  'Dauys beru: qoldağandar – 7, qarsy – 1, qalys qalğandar – 1.',
  'Şeşım qabyldanbady.',
].join('\n');

describe('Kazakh in the Latin alphabet of 2021 is read in Cyrillic, letter for letter', () => {
  it('transliterates the words of the alphabet, й after a vowel, the line lengths kept', () => {
    const { text, latin } = fromLatinKazakh(LATIN);
    expect(latin).toBe(true);
    expect(text).toContain('ХАТТАМА № 4');
    expect(text).toContain('Мәжіліске қатысты – 9, оның ішінде 1 мүше онлайн (Zoom арқылы).');
    expect(text).toContain('ҚАТЫСПАҒАНДАР:');
    expect(text.split('\n').map((l) => l.length)).toEqual(LATIN.split('\n').map((l) => l.length));
  });
  it('reads the protocol as its Cyrillic text would be read', () => {
    const x = parseProtocol(LATIN);
    expect([x.number, x.date, x.members_total, x.present, x.online]).toEqual(['4', '2025-10-12', 11, 9, 1]);
    expect(x.attendees.map((a) => a.online)).toEqual([false, true]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[7, 1, 1, 'rejected']]);
  });
  it('keeps what is no Kazakh word: a platform, a Roman numeral, a word with c/w/x, an address', () => {
    const { text } = fromLatinKazakh(`${LATIN}\nIV şaqyrylym, Microsoft Teams, WhatsApp, keñes@mail.kz`);
    expect(text).toContain('IV шақырылым, Microsoft Teams, WhatsApp, keñes@mail.kz');
  });
  it('near-miss: a Russian protocol naming Zoom and a Turkish guest is left as it is', () => {
    const text = 'ПРОТОКОЛ № 3\nПрисутствовали: Иванов И.И. (Zoom), гость Gökhan Öztürk (Türkiye), Şahin Ünal.\n';
    expect(fromLatinKazakh(text)).toEqual({ text, latin: false });
  });
  it('near-miss: a Cyrillic Kazakh protocol is left as it is', () => {
    const text = 'ХАТТАМА № 3\nҚатысқандар: Иванов И.И. (Zoom арқылы)\n';
    expect(fromLatinKazakh(text).latin).toBe(false);
  });
});

describe('another act\'s date and number in the head are never the meeting\'s', () => {
  it.each([
    ['ХАТТАМА № 9', '(қала әкімінің 2025 жылғы 3 наурыздағы № 112\nөкімі)', '9'],
    ['ПРОТОКОЛ № 9', '(форма утверждена решением Общественного совета от 14.02.2025 № 2)', '9'],
    ['ПРОТОКОЛ № 9', '(согласно приказу № 45 от 3 марта 2025 г.)', '9'],
  ])('%s / %s', (title, note, number) => {
    const x = parseProtocol(`ОБЩЕСТВЕННЫЙ СОВЕТ\n${note}\n${title}\n10 декабря 2025 г.\n`);
    expect([x.number, x.date]).toEqual([number, '2025-12-10']);
  });
  it('blanks the act\'s words only, every position kept', () => {
    const lines = ['Кеңестің 2025 жылғы 14 ақпандағы № 2 шешімімен бекітілген нысан'];
    const out = withoutOtherActs(lines);
    expect(out[0].length).toBe(lines[0].length);
    expect(out[0]).not.toMatch(/14|№/);
  });
  it.each([['№ 3 ХАТТАМАСЫ'], ['ПРОТОКОЛ № 3 заседания'], ['указанного заседания № 3']])('near-miss: %s is kept', (line) =>
    expect(withoutOtherActs([line])).toEqual([line]));
  it('near-miss: a number over a capitalised line is no act\'s ("№ 5" / "ШЕШІМ")', () =>
    expect(withoutOtherActs(['ХАТТАМА № 5', 'ШЕШІМ ЖОБАСЫ'])).toEqual(['ХАТТАМА № 5', 'ШЕШІМ ЖОБАСЫ']));
});

describe('a form: each label over its number', () => {
  it.each([
    ['Хаттаманың нөмірі:\n7\nОтырыстың күні:\n2025 жылғы 8 қазан\nКеңес мүшелерінің жалпы саны:\n19\nҚатысқан мүшелер саны:\n15\nоның ішінде онлайн:\n2\n'],
    ['Номер протокола:\n7\nДата заседания:\n8 октября 2025 г.\nВсего членов Совета:\n19\nПрисутствовали:\n15\nиз них онлайн:\n2\n'],
  ])('%s', (form) => {
    const x = parseProtocol(`ПРОТОКОЛ / ХАТТАМА\n${form}`);
    expect([x.number, x.date, x.members_total, x.present, x.online]).toEqual(['7', '2025-10-08', 19, 15, 2]);
  });
  it('keeps every line at its number', () => expect(joinFormValues(['Жақтағандар:', '15', 'Қарсылар:', '0'])).toEqual(['Жақтағандар: 15', '', 'Қарсылар: 0', '']));
  it.each([[['Қатысқандар:', 'Иванов И.И.']], [['Нәтиже:', 'Шешім қабылданды']], [['\tҚатысуы:', '\t2']]])('near-miss: %j is not joined', (lines) =>
    expect(joinFormValues(lines)).toEqual(lines));
  it('an agenda under a form\'s part heading, its count field first', () => {
    for (const [heading, count] of [['3-бөлім. Күн тәртібі', 'Күн тәртібіндегі мәселелер саны:\n3'], ['Раздел 3. Повестка дня', 'Количество вопросов: 3']]) {
      const x = parseProtocol(`ПРОТОКОЛ № 7\n${heading}\n${count}\n1) Бірінші туралы;\n2) Екінші туралы;\n3) Үшінші туралы.\n`);
      expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
    }
  });
});

describe('two lists side by side under their headings on one line', () => {
  it.each([
    ['ҚАТЫСҚАНДАР (3):\tҚАТЫСПАҒАНДАР (2):\n1. Сәрсенбаев Ғани Әбдуәлиұлы\t1. Байжігітов Серік Әлмаханұлы – іссапар\n2. Бердібеков Нұрлан Қуанышұлы (онлайн)\t2. Құттыбаев Ринат Ерланұлы – себебін\n3. Үсенов Ерлан Қайратұлы\tхабарламады\n'],
    ['ПРИСУТСТВОВАЛИ (3):                 ОТСУТСТВОВАЛИ (2):\n1. Айтбаев Е.С.                      1) Асанов Р.Ж. – командировка\n2. Берденова К.М. (онлайн)           2) Ковалев Д.И. –\n3. Васильев Г.А.                       без объяснения причин\n'],
  ])('%s', (lists) => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\n\n${lists}\nКҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:\n1. Бірінші.\n`);
    expect([x.present, x.attendees.length, x.attendees.filter((a) => a.online).length]).toEqual([3, 3, 1]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });
  it('guests under the absentees stay guests', () => {
    const x = parseProtocol('ПРОТОКОЛ № 2\nҚАТЫСҚАНДАР:\tҚАТЫСПАҒАНДАР:\n1. Сәрсенбаев Ғани Әбдуәлиұлы\t1. Байжігітов Серік Әлмаханұлы – іссапар\n2. Бердібеков Нұрлан Қуанышұлы\tШАҚЫРЫЛҒАНДАР:\n3. Үсенов Ерлан Қайратұлы\t1. Ахметов Е.Б. – әкімнің орынбасары\n');
    expect([x.attendees.length, x.absentees.length]).toEqual([3, 1]);
  });
  it('near-miss: a place and a date side by side are no lists', () => {
    const lines = ['г. Караганда:\t14 мая 2025 года', 'Иванов И.И.\tПетров П.П.'];
    expect(splitSideBySide({ lines, numbers: [1, 2] }).lines).toEqual(lines);
  });
});

describe('an item of the list posted again below it, corrected', () => {
  it.each([
    ['Қатысқандар:\n1. Жұмабаев Ерлан Сәкенұлы\n2. Қалиев Самат Болатұлы\n3. Ли Виктор Эдуардович\nӘлия, мен Zoom-нан қосылдым ғой\nКешіріңіз, түзеттім\n2. Қалиев Самат Болатұлы (Zoom)\n'],
    ['Присутствовали:\n1. Жумабаев Ерлан Сакенович\n2. Калиев Самат Болатович\n3. Ли Виктор Эдуардович\nЯ же был по видеосвязи\nИсправила:\n2. Калиев Самат Болатович (онлайн)\n'],
  ])('%s', (list) => {
    const x = parseProtocol(`ПРОТОКОЛ № 5\n${list}\nПОВЕСТКА ДНЯ:\n1. О плане.\n`);
    expect(x.attendees.map((a) => a.online)).toEqual([false, true, false]);
  });
  it('near-miss: the same item further down without the mark takes no mark away', () => {
    const x = parseProtocol('ПРОТОКОЛ № 5\nПрисутствовали:\n1. Жумабаев Ерлан Сакенович (онлайн)\n2. Калиев Самат Болатович\n\nНазначены:\n1. Жумабаев Ерлан Сакенович\n');
    expect(x.attendees.map((a) => a.online)).toEqual([true, false]);
  });
  it('near-miss: another name under the same number is no correction', () => {
    const x = parseProtocol('ПРОТОКОЛ № 5\nПрисутствовали:\n1. Жумабаев Ерлан Сакенович\n2. Калиев Самат Болатович\nДобавьте:\n2. Петров Петр Петрович (онлайн)\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n');
    expect(x.attendees.map((a) => a.online)).toEqual([false, false]);
  });
});

describe('an extract\'s title names the meeting in a sentence wrapped above its number', () => {
  it.each([
    ['Шығ. № 01-12/47\n22.04.2025 ж.\n\nҚоғамдық кеңес отырысының 2025 жылғы 16 сәуірдегі\n№ 3 ХАТТАМАСЫНАН\nҮ З І Н Д І\n'],
    ['Исх. № 01-12/47\n22.04.2025 г.\n\nВЫПИСКА из протокола заседания Общественного совета от 16 апреля 2025 года\n№ 3 ПРОТОКОЛА\n'],
  ])('%s', (head) => {
    const x = parseProtocol(`${head}\nКеңес мүшелерінің жалпы саны – 23.\n`);
    expect([x.number, x.date, x.body]).toEqual(['3', '2025-04-16', 'council']);
  });
  it('near-miss: a line ending its sentence above the title is not the title\'s', () => {
    const x = parseProtocol('Исх. № 01-12/47\nОбщественный совет проводит заседание 16 апреля 2025 года.\n№ 3 ПРОТОКОЛ\n');
    expect(x.date).toBeNull();
  });
});

describe('a run of absentees whose reason in brackets wraps onto the next line', () => {
  it.each([
    ['Қатыспағандар – 3: Ахметов Б.С. (еңбек демалысы), Сүлейменова Г.Т. (науқас,\nанықтама ұсынылды), Оразбек Д.Қ.\n(себепсіз).\n'],
    ['Отсутствуют – 3: Ахметов Б.С. (отпуск), Сулейменова Г.Т. (болезнь,\nсправка представлена), Оразбек Д.К.\n(без уважительной причины).\n'],
  ])('%s', (run) => {
    const x = parseProtocol(`ПРОТОКОЛ № 3\n${run}Кворум есть.\n`);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Ахметов Б.С.', true], [x.absentees[1].name, true], [x.absentees[2].name, false]]);
  });
  it('near-miss: a run ending with a comma outside brackets goes on as a list', () => {
    const x = parseProtocol('ПРОТОКОЛ № 3\nОтсутствуют: Ахметов Б.С. (отпуск),\nОразбек Д.К. (болезнь).\n');
    expect(x.absentees.length).toBe(2);
  });
});

describe('a vote table whose rows are named "1-мәселе", the result a long last cell', () => {
  it.each([
    ['Күн тәртібінің\tмәселесі\tЖақтады Қарсы Қалыс\tНәтиже\n1-мәселе\t14\t0\t0\tбірауыздан қабылданды\n2-мәселе\t5\t8\t1\tқабылданбады; әкімдікке жоба бойынша тыңдау өткізу ұсынылсын\n'],
    ['Вопрос\tповестки\tЗа Против Воздержались\tРешение\n1-вопрос\t14\t0\t0\tпринято единогласно\n2-вопрос\t5\t8\t1\tне принято; рекомендовать акимату провести слушания по проекту\n'],
  ])('%s', (table) => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\nИТОГИ ГОЛОСОВАНИЯ\n${table}`);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[14, 0, 0, true, 'adopted'], [5, 8, 1, false, 'rejected']]);
  });
  it('near-miss: a long result without tabs is no row', () => {
    const x = parseProtocol('ПРОТОКОЛ № 2\nВопрос повестки За Против Воздержались Решение\n1-вопрос 5 8 1 не принято рекомендовать акимату провести слушания по проекту\n');
    expect(x.votes.filter((v) => v.for !== null)).toEqual([]);
  });
});

describe('a count in brackets in the heading of those present', () => {
  it.each([['ҚАТЫСҚАНДАР (2):'], ['Присутствовали (2 чел.):']])('%s', (heading) => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\n${heading}\n1. Иванов И.И.\n2. Петров П.П.\n`);
    expect(x.present).toBe(2);
  });
  it.each([['Не присутствовали (2):'], ['Онлайн қатысқандар (2):'], ['ҚАТЫСПАҒАНДАР (2):']])('near-miss: %s states no one present', (heading) => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\n${heading}\n1. Иванов И.И.\n2. Петров П.П.\n`);
    expect(x.present).toBeNull();
  });
});
