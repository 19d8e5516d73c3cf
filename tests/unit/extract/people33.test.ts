/**
 * Classes of session 33, from set 107 (people written every way): a list item giving the position before the name, a member
 * named by position only ("(по должности)", a "—" name cell), the chair and the secretary told apart from the list, a
 * bilingual LABEL: VALUE line whose values end their sentences.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { positionFirst } from '../../../sources/extract/protocol/positionFirst.ts';
import { exOfficioMember } from '../../../sources/extract/protocol/exOfficio.ts';

const names = (text: string) => parseProtocol(text).attendees.map((a) => a.name);

describe('the position before the name', () => {
  it.each([
    ['Председатель городского совета ветеранов, Почётный гражданин г. Сарани Ким Валентина Николаевна;', 'Ким Валентина Николаевна – Председатель городского совета ветеранов, Почётный гражданин г. Сарани'],
    ['Заслуженный врач РК, к.м.н. Петренко-Ли Ольга Ивановна;', 'Петренко-Ли Ольга Ивановна – Заслуженный врач РК, к.м.н.'],
    ['аудандық ардагерлер кеңесінің төрағасы Сейтов Бақыт Ерланұлы', 'Сейтов Бақыт Ерланұлы – аудандық ардагерлер кеңесінің төрағасы'],
    ['«Таң» газетінің тілшісі Әлиева Д. (шақырылған);', 'Әлиева Д. – «Таң» газетінің тілшісі (шақырылған)'],
    ['председатель комиссии А.К. Жумабеков – командировка;', 'А.К. Жумабеков – председатель комиссии, командировка'],
  ])('%s', (raw, read) => expect(positionFirst(raw)).toBe(read));

  it.each([
    'Оспанов Берик Жумабекович, член Ассамблеи народа Казахстана;',
    'Т.С. Байжанова – директор КГУ «Школа-гимназия № 3»;',
    'Төлеуқызы Сәуле – ҚР Мәдениет қайраткері;',
    'Руководитель отдела занятости г. Сарани (член Совета по должности);',
    'Председатель Общественного совета города Сарани',
  ])('near-miss: %s gives no reordering', (raw) => expect(positionFirst(raw)).toBeNull());

  it('Russian: a numbered list with positions before names and one wrapped over two lines', () => {
    const text = ['Присутствовали:', '1. Иванов И.И. – член Совета;', '2. Председатель совета ветеранов, Почётный гражданин г. Сарани', '   Ким Валентина Николаевна;',
      '3. Заслуженный тренер РК Гребенщиков Андрей Петрович;', '4. Петрова П.П.', '', 'ПОВЕСТКА ДНЯ:', '1. Разное.'].join('\n');
    expect(names(text)).toEqual(['Иванов И.И.', 'Ким Валентина Николаевна', 'Гребенщиков Андрей Петрович', 'Петрова П.П.']);
  });

  it('Kazakh: a "1)" list goes on past a position written first', () => {
    const text = ['Қатысқан кеңес мүшелері:', '1) Бейсенова Г.А. – э.ғ.к.;', '2) ардагерлер кеңесінің төрағасы Жұмабаев Қайрат Есенұлы;',
      '3) қалалық мәслихат депутаты, Құрметті азамат Омаров Ерболат Сәбитұлы;', '4) Ким Д.В. – журналист.', '', 'КҮН ТӘРТІБІ:', '1. Әртүрлі.'].join('\n');
    expect(names(text)).toEqual(['Бейсенова Г.А.', 'Жұмабаев Қайрат Есенұлы', 'Омаров Ерболат Сәбитұлы', 'Ким Д.В.']);
  });

  it('a mixed list: guests with the position first and "(шақырылған)" are left out, the lines after them read on', () => {
    const text = ['Отырысқа қатысқандар (кеңес мүшелері және шақырылғандар):', 'Әбілқасымова Ж.Т. – кеңес төрағасы;',
      '«Аудандық аурухана» КМК бас дәрігері Сәрсенов Қ.А. (шақырылған);', 'Байғұтдинов-Ахмет Руслан Айдарұлы – заңгер;',
      'аудан әкімінің орынбасары Исабеков М.Т. (шақырылған);', 'Төлеуқызы Сәуле – ҚР Мәдениет қайраткері;', '«Ел дауысы» газетінің тілшісі Мейрамова Д. (шақырылған).',
      '', 'Күн тәртібі:', '1. Әртүрлі.'].join('\n');
    expect(names(text)).toEqual(['Әбілқасымова Ж.Т.', 'Байғұтдинов-Ахмет Руслан Айдарұлы', 'Төлеуқызы Сәуле']);
  });

  it('near-miss: a sentence under the list naming a chair is no attendee', () => {
    const text = ['Присутствовали:', 'Иванов И.И.', 'Петров П.П.', 'Заседание открыл председатель Совета Сидоров С.С.', '', 'ПОВЕСТКА ДНЯ:', '1. Разное.'].join('\n');
    expect(names(text)).toEqual(['Иванов И.И.', 'Петров П.П.']);
  });
});

describe('a member named by position only', () => {
  it.each([
    ['Руководитель отдела занятости г. Сарани (член Совета по должности);', 'Руководитель отдела занятости г. Сарани'],
    ['Заместитель акима города (по должности)', 'Заместитель акима города'],
    ['білім бөлімінің басшысы (лауазымы бойынша)', 'білім бөлімінің басшысы'],
    ['—\tруководитель отдела финансов (по должности)', 'руководитель отдела финансов'],
  ])('%s', (raw, name) => expect(exOfficioMember(raw)?.name).toBe(name));

  it.each(['Иванов И.И. (по должности)', 'Руководитель отдела занятости г. Сарани', 'директор школы им. А. Байтурсынова (по должности)'])(
    'near-miss: %s is no position-only member', (raw) => expect(exOfficioMember(raw)).toBeNull());

  it('Russian: a numbered list keeps the member named by position', () => {
    const text = ['Присутствовали члены Совета:', '1. Иванов И.И.;', '2. Руководитель отдела образования (член Совета по должности);', '3. Петров П.П.', '', 'ПОВЕСТКА ДНЯ:', '1. Разное.'].join('\n');
    expect(names(text)).toEqual(['Иванов И.И.', 'Руководитель отдела образования', 'Петров П.П.']);
  });

  it('Kazakh: a table row with "—" for the name and the position in its cell', () => {
    const text = ['Қатысқан мүшелер:', '', '№\tАты-жөні\tЛауазымы\tФормат', '1\tСейтов А.Б.\tзаңгер\tочно', '2\t—\tқаржы бөлімінің басшысы (лауазымы бойынша)\tонлайн',
      '3\tӘлиева Д.С.\tдәрігер\tочно', '', 'Күн тәртібі:', '1. Әртүрлі.'].join('\n');
    const x = parseProtocol(text);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Сейтов А.Б.', false], ['қаржы бөлімінің басшысы', true], ['Әлиева Д.С.', false]]);
  });
});

describe('the chair and the secretary told apart from the list', () => {
  const list = ['1. Иванов И.И.;', '2. Петров П.П.;', '3. Сидоров С.С.'];
  const tail = ['', 'ПОВЕСТКА ДНЯ:', '1. Разное.'];

  it('Russian: "кроме председательствующего и секретаря", both members', () => {
    const text = ['Председательствующий – председатель Общественного совета, к.п.н. Жакупова Гульмира Серикбаевна.', 'Секретарь – член Совета Ахметова Д.К.',
      'Присутствуют 5 членов Совета.', 'Члены Совета (кроме председательствующего и секретаря):', ...list, ...tail].join('\n');
    expect(names(text)).toEqual(['Жакупова Гульмира Серикбаевна', 'Ахметова Д.К.', 'Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.']);
  });

  it('Kazakh: "төрағаны қоса алғанда" counts the chair, the secretary no member', () => {
    const text = ['Төрағалық етуші: Қоғамдық кеңестің төрағасы,', 'Ахметжанов Серік Тұрсынұлы.', 'Хатшы: кеңес құрамына кірмейді, – Қали Н.Б.',
      'Отырысқа 4 мүше қатысты (төрағаны қоса алғанда).', 'Қатысқан кеңес мүшелері:', '1) Бейсенова Г.А.;', '2) Нұрланов Д.М.;', '3) Ким Д.В.', '', 'КҮН ТӘРТІБІ:', '1. Әртүрлі.'].join('\n');
    expect(names(text)).toEqual(['Ахметжанов Серік Тұрсынұлы', 'Бейсенова Г.А.', 'Нұрланов Д.М.', 'Ким Д.В.']);
  });

  it('near-miss: a secretary who is no member is not added, and the count not closed leaves the list as read', () => {
    const text = ['Председательствующий – председатель Совета Жакупова Г.С.', 'Секретарь – Тлеубаева Ж.М. (не является членом Совета).',
      'Присутствуют 5 членов Совета.', 'Члены Совета (кроме председательствующего и секретаря):', ...list, ...tail].join('\n');
    expect(names(text)).toEqual(['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.']);
  });

  it('near-miss: the chair already in the list is not added twice; no word of their being apart adds nobody', () => {
    const inList = ['Председательствующий – председатель Совета Иванов Иван Иванович.', 'Присутствуют 3 члена Совета, включая председательствующего.', 'Присутствовали:', ...list, ...tail].join('\n');
    expect(names(inList)).toEqual(['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.']);
    const silent = ['Председательствующий – председатель Совета Жакупова Г.С.', 'Присутствуют 4 члена Совета.', 'Присутствовали:', ...list, ...tail].join('\n');
    expect(names(silent)).toEqual(['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.']);
  });
});

describe('a bilingual label\'s value ends with its sentence', () => {
  it.each([
    ['Кеңес мүшелерінің саны / Число членов Совета: 14. Қатысты / Присутствовали: 12, оның ішінде онлайн / из них онлайн: 2.', 14, 12, 2],
    ['Число членов Совета / Кеңес мүшелерінің саны: 11. Присутствовали / Қатысты: 9.', 11, 9, null],
    ['Число членов Совета: 15. Присутствовали: 13.', 15, 13, null],
  ])('%s', (line, total, present, online) => {
    const x = parseProtocol(['ПРОТОКОЛ № 1', line].join('\n'));
    expect([x.members_total, x.present, x.online]).toEqual([total, present, online]);
  });

  it('near-miss: "Число членов Совета, присутствующих …" is no body\'s size', () => {
    expect(parseProtocol('Число членов Совета, присутствующих на заседании: 12.').members_total).toBeNull();
  });
});

// Reports of set 107: the same councils' reports, people named in every row and paragraph.
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { countsSeveralOfType } from '../../../sources/extract/report/severalOfItsType.ts';

const RU_Q3 = (body: string) => ['ОТЧЁТ', 'о работе Общественного совета города Абай за III квартал 2026 года', '', body].join('\n');
const KK_Q3 = (body: string) => ['Сарань қаласының Қоғамдық кеңесі', 'III тоқсан (2026 жылғы шілде–қыркүйек) қорытындысы бойынша', 'АҚПАРАТ', '', body].join('\n');
const KK_H1 = (body: string) => ['Қарқаралы ауданы Қоғамдық кеңесінің 2026 жылғы бірінші жартыжылдықтағы', 'жұмысы туралы', '', body].join('\n');
const fig = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.find((f) => f.metric === metric)?.value;
const days = (x: ReturnType<typeof parseReport>, type: string) => x.activities.filter((a) => a.type === type).map((a) => a.date_start);

describe('a table by commission ruled as Markdown ("----|----"), its total last', () => {
  it.each([
    [KK_Q3(['Комиссия (төрағасы)              | Отырыс | Мониторинг', '---------------------------------|--------|-----------', 'Әлеуметтік (м.ғ.к. Ли С.И.)      |   3    |     2', 'Кәсіпкерлік (Нұров Ерлан Тілеуұлы)|   2    |     1', '---------------------------------|--------|-----------', 'Барлығы                          |   5    |     3'].join('\n'))],
    [RU_Q3(['Комиссия (председатель)          | Заседания | Мониторинги', '---------------------------------|-----------|------------', 'Социальная (Ким В.Н.)            |     4     |      1', 'ЖКХ (к.т.н. Ли-Ким В.А.)         |     1     |      2', '---------------------------------|-----------|------------', 'Итого                            |     5     |      3'].join('\n'))],
  ])('%#', (text) => {
    const x = parseReport(text);
    expect([fig(x, 'commission_meetings'), fig(x, 'monitorings')]).toEqual([5, 3]);
  });
});

describe('a numbered section titled by one type over its dated paragraph', () => {
  it.each([
    [KK_Q3('7. Дөңгелек үстел\n26.08.2026 – «Қарттарға қамқорлық» дөңгелек үстелі; модератор – Почетный гражданин\nг. Сарани Ким Валентина Николаевна, қатысқандар – 23 адам.'), 'round_table', '2026-08-26'],
    [RU_Q3('5. Семинар\n14.08.2026 – «Права собственников»; лектор – д.ю.н., профессор Нуртаев Д.М.'), 'seminar', '2026-08-14'],
  ])('%#', (text, type, day) => expect(days(parseReport(text), type)).toEqual([day]));

  it('near-miss: a title naming two types dates neither', () => {
    expect(parseReport(RU_Q3('5. Семинары и круглые столы\n14.08.2026 – «Права собственников».')).activities).toEqual([]);
  });
});

describe('a list item that counts several of the list\'s events is none of them', () => {
  it.each([
    ['сондай-ақ 2 мониторинг мамыр–маусымда ауылдық округтерде өткізілді.', true],
    ['ещё 3 мониторинга проведены в сельских округах;', true],
    ['18 марта – мониторинг цен на продовольственные товары;', false],
    ['12.02.2026 – қысқы жолдардың тазартылуы (2 мүше қатысты);', false],
  ])('%s', (title, several) => expect(countsSeveralOfType(title, 'monitoring')).toBe(several));

  it('Kazakh: three dated monitorings of five, the rest undated', () => {
    const x = parseReport(KK_H1('4. 5 мониторинг жүргізілді:\n – 12.02.2026 – жолдардың тазартылуы (Шәкенов А.Б.);\n – 19.03.2026 – аурухананың қабылдау бөлімі;\n – 14.05.2026 – ыстық тамақ;\n – сондай-ақ 2 мониторинг мамыр–маусымда өткізілді.'));
    expect(days(x, 'monitoring')).toEqual(['2026-02-12', '2026-03-19', '2026-05-14']);
  });
});

describe('a dated event inside a bracket that wraps onto the next line', () => {
  it('Kazakh: a numbered point opening with the count of its type', () => {
    const x = parseReport(KK_H1('5. 2 дөңгелек үстел (соның бірі 11.06.2026 – «Ауыл жастарының бос уақыты», модератор – ҚР\nМәдениет қайраткері Төлеуқызы Сәуле), 2 семинар өткізілді.'));
    expect(days(x, 'round_table')).toEqual(['2026-06-11']);
    expect(fig(x, 'round_tables')).toBe(2);
  });

  it('Russian: the same, the bracket closed on the next line', () => {
    const x = parseReport(RU_Q3('4. 2 круглых стола (один из них 29.09.2026 – «Шахтёрские династии», модератор – РК\nЗаслуженный деятель Ким В.Н.), 1 семинар проведены.'));
    expect(days(x, 'round_table')).toEqual(['2026-09-29']);
  });
});

describe('member changes told person by person', () => {
  it.each([
    [RU_Q3('На 30.09.2026 в Совет входят 14 членов, из них 10 – от общественности, 4 – от госорганов. 15.09.2026 по собственному желанию выбыл Калиев Руслан Темирханович.'), 'members_left', 1],
    [RU_Q3('В Совете 13 членов. В августе выбыла Петрова-Ахметова Н.С. (переезд).'), 'members_left', 1],
    [RU_Q3('За отчётный период выбыл 1 член Совета – Сагинтаев Б.Б., вместо него решением маслихата от 02.04.2026 включена 1 – Ермекова-Штайн Лариса Викторовна.'), 'members_joined', 1],
  ])('%#', (text, metric, value) => expect(fig(parseReport(text), metric)).toBe(value));

  it('near-miss: leaving a commission, or two named, states no change of the council', () => {
    expect(fig(parseReport(RU_Q3('В Совете 13 членов. Из комиссии по ЖКХ выбыл Петров П.П.')), 'members_left')).toBeUndefined();
    expect(fig(parseReport(RU_Q3('В Совете 13 членов. В августе выбыли Петров П.П. и Сидоров С.С.')), 'members_left')).toBeUndefined();
  });
});

describe('appeals and letters told with other verbs', () => {
  it.each([
    [RU_Q3('Граждане подали 7 обращений, организации – 2; всего 9, на 8 из них ответили.'), 'appeals_received', 9],
    [KK_Q3('Жеке тұлғалардан 7 өтініш, заңды тұлғалардан – 2; барлығы 9.'), 'appeals_received', 9],
    [RU_Q3('Совет отправил в госорганы 6 писем; ответили на 5.'), 'letters_sent', 6],
    [RU_Q3('Совет отправил в госорганы 6 писем; ответили на 5.'), 'letters_answered', 5],
  ])('%#', (text, metric, value) => expect(fig(parseReport(text), metric)).toBe(value));

  it('near-miss: a total over appeals and letters together is no count of appeals', () => {
    expect(fig(parseReport(RU_Q3('Поступило от граждан 7 обращений, направлено 3 письма; всего 10.')), 'appeals_received')).toBe(7);
  });
});

describe('the council\'s section of the akimat site', () => {
  it('Kazakh: "әкімдік сайтындағы кеңес бөлімі – 3" is the website', () => {
    const x = parseReport(KK_Q3('Барлығы 29 жарияланым: Instagram – 18, Facebook – 6, әкімдік сайтындағы кеңес бөлімі – 3, «Сарань ақшамы» газеті – 2.'));
    expect(x.media.find((m) => m.platform === 'website')?.publications).toBe(3);
  });
});
