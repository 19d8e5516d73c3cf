// Classes of the protocols of held-out sets 31 and 32 (p31's documents): absentees grouped by their reason, the groups parted
// by semicolons; an agenda item whose bracket wraps onto the next line; a body's size with a note in brackets after it, and
// a threshold "не менее 15 из 21" that is no size; a list's title over several lines with no colon (an annex after the
// signatures); a text table whose border has no outer frame, a guest's status with whom he represents in brackets; a Word
// table of the members by commission, a column each.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { attendanceCounts as counts, doc } from '../../helpers/protocolCounts.ts';

const head = ['ПРОТОКОЛ № 5', 'заседания Общественного совета', '', '29 октября 2025 года', ''];
const kkHead = ['ХАТТАМА № 5', 'Қоғамдық кеңес отырысының', '', '2025 жылғы 29 қазан', ''];

describe('absentees grouped by their reason, the groups parted by semicolons', () => {
  it('ru: "A, B – по болезни; C – в отпуске;" / "D, E – без причины." — each group\'s reason is each of its names\'', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали: Иванов И.И., Петров П.П.', '',
      'Отсутствовали: Р.Е. Абенов, М.К. Дюсенова – по болезни; И.С. Федоров – в отпуске;', 'А.Т. Каирбеков, З.Н. Тулеуова – без причины.', ''));
    expect(counts(x)).toEqual({ attendees: 2, online: 0, absentees: 5, excused: 3, unexcused: 2 });
    expect(x.absentees[0].reason).toBe('по болезни');
  });

  it('kk: "А.Б. Сейтов, Г.Т. Әлиева – іссапарда; Д.Е. Нұрланов – себепсіз."', () => {
    const x = parseProtocol(doc(...kkHead, 'Қатысқандар: Досжанов Қ.Б., Ермекова Г.С.', '',
      'Қатыспағандар: А.Б. Сейтов, Г.Т. Әлиева – іссапарда; Д.Е. Нұрланов – себепсіз.', ''));
    expect(counts(x)).toEqual({ attendees: 2, online: 0, absentees: 3, excused: 2, unexcused: 1 });
  });

  it('ru (a variant): surnames first, one group on one line, "Сидоров С.С., Ким О.В. – командировка."', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали: Иванов И.И., Петров П.П.', '', 'Отсутствовали: Сидоров С.С., Ким О.В. – командировка.', ''));
    expect(counts(x)).toMatchObject({ absentees: 2, excused: 2, unexcused: 0 });
  });

  it('near-miss: a reason followed by a comma and another name is that name\'s alone — the one before it gets none', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали: Иванов И.И., Петров П.П.', '',
      'Отсутствовали: Сидоров С.С., Ким О.В. – без причины, Ли А.А.', ''));
    expect(x.absentees.find((a) => a.name.startsWith('Сидоров'))?.excused ?? null).toBeNull();
  });
});

describe('an agenda item whose bracket wraps onto the next line', () => {
  it('ru: "3. О мониторинге … (докл." / "Омаров С.Р.)." / "4. Разное." — four items', () => {
    const x = parseProtocol(doc(...head, 'Повестка дня:', '1. О занятости (докл. Сейтказина Б.М.).', '2. О медицинских кадрах (докл. Есжанов Н.Р.).',
      '3. О проведении общественного мониторинга состояния дорог (докл.', 'Омаров С.Р.).', '4. Разное.', '1. Слушали: Сейтказину Б.М.'));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3, 4]);
    expect(x.agenda[2].title).toContain('Омаров С.Р.)');
  });

  it('kk: "2. Жолдардың жай-күйі туралы (баяндамашы" / "Омаров С.Р.)." / "3. Әртүрлі."', () => {
    const x = parseProtocol(doc(...kkHead, 'Күн тәртібі:', '1. Жұмыспен қамту туралы.', '2. Жолдардың жай-күйі туралы (баяндамашы', 'Омаров С.Р.).', '3. Әртүрлі.', ''));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
  });

  it('near-miss: a numbered line under an open bracket is the next item, not the bracket\'s rest', () => {
    const x = parseProtocol(doc(...head, 'Повестка дня:', '1. О дорогах (докл.', '2. Разное.', ''));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });
});

describe('a body\'s size with a note in brackets after it; a threshold of another meeting is no size', () => {
  const presidium = (...body: string[]) => parseProtocol(doc('ПРОТОКОЛ ЗАСЕДАНИЯ ПРЕЗИДИУМА', 'Общественного совета', '', 'от 4 июня 2025 года № 2', '', ...body));

  it('ru: "Президиум … сформирован в составе 7 человек (решение" / "… № 1)." — 7; "не менее 15 из 21 члена Совета" below is no size', () => {
    const x = presidium('Президиум Общественного совета сформирован в составе 7 человек (решение', 'Общественного совета от 12.02.2025 г. № 1).', '',
      'ПРИСУТСТВОВАЛИ члены президиума (6):', '1. Смагулов Б.К.', '', 'ПОВЕСТКА ДНЯ', '1. О повестке.', '',
      '1. СЛУШАЛИ: Смагулова Б.К. - вынести 3 вопроса.', 'Ожидается участие не менее 15 из 21 члена Совета.');
    expect(x.members_total).toBe(7);
  });

  it('ru (a variant): the threshold alone states no size — "не более 3 из 9 членов" is left unstated', () => {
    const x = presidium('ПРИСУТСТВОВАЛИ:', '1. Смагулов Б.К.', '', 'Допускается отсутствие не более 3 из 9 членов президиума.');
    expect(x.members_total).toBeNull();
  });

  it('kk: "Төралқа 7 адам құрамында құрылған (кеңестің … № 1 шешімі)." — 7', () => {
    const x = parseProtocol(doc('ТӨРАЛҚА ОТЫРЫСЫНЫҢ ХАТТАМАСЫ', '', '2025 жылғы 4 маусым № 2', '',
      'Төралқа 7 адам құрамында құрылған (кеңестің 12.02.2025 ж. № 1 шешімі).', '', 'Қатысқандар:', '1. Смағұлов Б.К.', ''));
    expect(x.members_total).toBe(7);
  });

  it('near-miss (kk): "кемінде 15 мүше" of the council\'s next meeting states no size', () => {
    const x = parseProtocol(doc(...kkHead, 'Қатысқандар:', '1. Смағұлов Б.К.', '', 'Кеңестің келесі отырысына кемінде 15 мүше қатысады деп күтілуде.', ''));
    expect(x.members_total).toBeNull();
  });
});

describe('a list\'s title over several lines with no colon — an annex after the signatures', () => {
  const annex = (...title: string[]) => parseProtocol(doc(...head, 'Присутствовали члены Совета - 4 чел. (список прилагается).', '',
    'Председатель                 А. Турсынбаев', '', ...title, '', ' 1. Турсынбаев Асхат Мамбетович', ' 2. Абдиев Канат Жолдасович           онлайн',
    ' 3. Ахметова Лаура Серикбаевна', ' 4. Бекжанов Ерлан Абдуллаевич', '', 'Отсутствовали:', '1. Алимбеков Р.Т. - болезнь', ''));

  it('ru: "СПИСОК" / "членов Общественного совета," / "присутствовавших на заседании" heads the list of those present', () => {
    expect(counts(annex('СПИСОК', 'членов Общественного совета Сарыагашского района,', 'присутствовавших на заседании'))).toEqual({ attendees: 4, online: 1, absentees: 1, excused: 1, unexcused: 0 });
  });

  it('ru (a variant): the title on one line, "Список членов Совета, присутствовавших на заседании"', () => {
    expect(counts(annex('Список членов Совета, присутствовавших на заседании'))).toMatchObject({ attendees: 4, online: 1 });
  });

  it('kk: "Отырысқа қатысқан Қоғамдық кеңес мүшелерінің" / "ТІЗІМІ"', () => {
    expect(counts(annex('Отырысқа қатысқан Қоғамдық кеңес мүшелерінің', 'ТІЗІМІ'))).toMatchObject({ attendees: 4, online: 1 });
  });

  it('near-miss: "СПИСОК" / "членов Общественного совета" (no word of presence) lists no one who came', () => {
    expect(counts(annex('СПИСОК', 'членов Общественного совета')).attendees).toBeNull();
  });
});

describe('a text table with no outer frame, guests\' status with whom they represent in brackets', () => {
  const sheet = (status2: string, border = '----+-----------------------+--------------+--------') => parseProtocol(doc(...head,
    'Присутствовали: 3 члена Совета из 4 (список прилагается).', '', 'ЛИСТ РЕГИСТРАЦИИ', '',
    ' №  | Ф.И.О.                | Статус       | Участие', border,
    ' 1  | Абенова Гульнар Сериковна | член ОС      | очно',
    ` 2  | Ахметов Ерлан Маратович   | ${status2} | очно`,
    '    |                       | «Отдел ЖКХ»)  |',
    ' 3  | Бекетов Даурен Кайратович | член ОС      | онлайн',
    ' 4  | Гриценко Ольга Викторовна | председатель ОС | очно', ''));

  it('ru: "----+----" border; "приглашенный (ГУ" / "«Отдел ЖКХ»)" is a guest, no member', () => {
    expect(counts(sheet('приглашенный (ГУ'))).toMatchObject({ attendees: 3, online: 1 });
  });

  it('kk: "шақырылған (ММ" / "«Отдел ЖКХ»)"', () => {
    expect(counts(sheet('шақырылған (ММ'))).toMatchObject({ attendees: 3, online: 1 });
  });

  it('ru (a variant): a border of equals signs, "====+===="', () => {
    expect(counts(sheet('приглашенная (ГУ', '====+=======================+==============+========'))).toMatchObject({ attendees: 3, online: 1 });
  });

  it('near-miss: "член ОС (приглашен как эксперт)" is not the status opening the cell — still a member', () => {
    expect(counts(sheet('член ОС (ГУ')).attendees).toBe(4);
  });
});

describe('a Word table of the members by commission, a column each', () => {
  const table = (cells: string[], present = 'Из 8 членов Совета на заседании присутствуют 6, из них 1 – в режиме онлайн.') => parseProtocol(doc(...head,
    present, 'Участие членов Совета (по составу комиссий):', ...cells.map((c) => `\t${c}`), '', 'ПОВЕСТКА ДНЯ:', '1. О бюджете.', ''));
  const ru = [
    'Состав Общественного совета – 9 членов',
    'Председатель Совета – Кенжегалиев Мурат Саматович;', // the merged row of the leaders, its second paragraph below
  ];
  const cols = [
    'Комиссия № 1 по социальным вопросам (4)', 'Комиссия № 2 по вопросам ЖКХ (4)',
    'Абдиров Ерлан Кайратович', 'Имангалиев Серик Турсынович (онлайн)',
    'Бисенова Айгерим Жумабаевна', 'Кадырова Лязат Нурлановна – отсутствует (командировка)',
    'Досмагамбетов Нурбол Ришатович', 'Карабалин Даулет Ерланович',
    'Есенгалиева Мадина Аскаровна – отсутствует (без объяснения причин)', 'Мендыгалиева Асем Саматовна',
  ];
  const withDeputy = (rows: string[]) => parseProtocol(doc(...head, 'Из 10 членов Совета на заседании присутствуют 8, из них 2 – в режиме онлайн.', '',
    ...rows.map((c, k) => (k === 2 ? c : `\t${c}`)), '', 'ПОВЕСТКА ДНЯ:', '1. О бюджете.', ''));

  it('ru: the leaders\' merged row, two commission columns, a count row — each cell its member\'s attendance', () => {
    const x = withDeputy([...ru, 'заместитель председателя – Губайдуллина Роза Тимуровна (онлайн)', ...cols, 'присутствует 3 из 4', 'присутствует 3 из 4']);
    expect(counts(x)).toEqual({ attendees: 8, online: 2, absentees: 2, excused: 1, unexcused: 1 });
    expect(x.attendees[0].role).toBe('Председатель Совета');
  });

  it('ru (a variant): no count row — read because those present are the 8 the text states', () => {
    const x = withDeputy([...ru, 'заместитель председателя – Губайдуллина Роза Тимуровна (онлайн)', ...cols]);
    expect(counts(x)).toMatchObject({ attendees: 8, absentees: 2 });
  });

  it('kk: "№ 1 әлеуметтік комиссия (3)" columns, "– қатыспады (іссапар)", count row "қатысты 2/3"', () => {
    const x = parseProtocol(doc(...kkHead, 'Кеңестің 6 мүшесінің 4-і қатысты.', '',
      ...['№ 1 әлеуметтік мәселелер жөніндегі комиссия (3)', '№ 2 экономика жөніндегі комиссия (3)',
        'Әбдіров Ерлан Қайратұлы', 'Сейтов Арман Бекұлы (онлайн)',
        'Нұрланова Гүлнар Асқарқызы – қатыспады (іссапар)', 'Досжанов Қайрат Болатұлы',
        'Ермекова Гүлмира Серікқызы', 'Бекова Алия Маратқызы – қатыспады (себепсіз)',
        'қатысты 2/3', 'қатысты 2/3'].map((c) => `\t${c}`), ''));
    expect(counts(x)).toEqual({ attendees: 4, online: 1, absentees: 2, excused: 1, unexcused: 1 });
  });

  it('near-miss: a count row that disagrees with the column — nothing read, the lists stay unstated', () => {
    const x = table([...cols, 'присутствует 4 из 4', 'присутствует 3 из 4']);
    expect(x.attendees).toHaveLength(0);
  });

  it('near-miss: no count row and those read are not the present stated — nothing read', () => {
    const x = table(cols, 'Из 9 членов Совета на заседании присутствуют 8.');
    expect(x.attendees).toHaveLength(0);
  });
});
