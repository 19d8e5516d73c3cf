/**
 * Classes of session 29. Counts told as they changed over a wrapped paragraph: the opening's count, a member who came
 * late, the whole after ("На открытии заседания зарегистрированы 27 членов Совета, …" / "… В 15.20 к заседанию
 * присоединился Сагынбаев Н.Е." / "(очно), таким образом в работе заседания приняли участие 28 членов Совета." — set 75's
 * Almaty plenary gave 27). A reference note cut at a town's "г." ("… Советом г. Рудного проведено 5 заседаний комиссий"
 * of another quarter became the report's: set 77's false value), and the lexicons' words misspelled ("Заседания комисий").
 */
import { describe, expect, it } from 'vitest';
import { misspelledStems } from '../../../sources/extract/misspelledStems.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

function protocol(attendance: string[]): string {
  return [
    'ПРОТОКОЛ № 2',
    'заседания Общественного совета города Текели',
    '26 марта 2026 года',
    '',
    'Состав Общественного совета – 21 член.',
    ...attendance,
    '',
    'ПОВЕСТКА ДНЯ:',
    '1. О благоустройстве парков.',
    '',
    'Председатель                    А. Омаров',
  ].join('\n');
}
const present = (attendance: string[]) => parseProtocol(protocol(attendance)).present;

describe('the opening\'s count, a late arrival and the whole after, over the lines of a paragraph', () => {
  it('ru: the whole after the arrival told on the next line is the count', () => {
    expect(present([
      'На открытии заседания зарегистрированы 15 членов Совета, из них 2 участвуют',
      'в режиме онлайн (Zoom). В 15.20 к заседанию присоединился Сагынбаев Н.Е.',
      '(очно), таким образом в работе заседания приняли участие 16 членов Совета.',
    ])).toBe(16);
  });
  it('ru: "опоздал" on its own line between the two counts', () => {
    expect(present([
      'В начале заседания присутствовали 14 членов Совета.',
      'Член Совета Ким Е.В. опоздал по уважительной причине.',
      'Всего в заседании приняли участие 15 членов Совета.',
    ])).toBe(15);
  });
  it('kk: "кешігіп келді" between the two counts', () => {
    expect(present([
      'Отырыс ашылған кезде 12 мүше қатысты.',
      'Сағат 11.10-да Ахметов Б.С. кешігіп келді.',
      'Барлығы отырысқа 13 мүше қатысты.',
    ])).toBe(13);
  });
  it('a count that goes down after a member left is no whole: the first stands', () => {
    expect(present([
      'На заседании присутствовали 15 членов Совета.',
      'В 16.50 Федоренко А.С. покинул заседание, в голосовании',
      'по второму вопросу участвовали 14 членов Совета.',
    ])).toBe(15);
  });
  it('two counts in separate paragraphs are not joined by an arrival told in between', () => {
    const p = parseProtocol(protocol([
      'На заседании присутствовали 15 членов Совета.',
      '',
      'Член Совета Ким Е.В. опоздал.',
      '',
      'Приняли участие 16 членов Совета.',
    ]));
    expect(p.present).toBe(15);
    expect(p.issues.some((x) => /present stated as 15 .* and 16/.test(x.message))).toBe(true);
  });
});

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const quarterReport = (body: string[]) => ['Информация о работе Общественного совета города Рудного', 'за II квартал 2026 года', '', ...body].join('\n');

describe('a reference note whose last clause names the town ("Советом г. Рудного")', () => {
  it('the note runs on past the town\'s "г.": its clause of another quarter is no figure of the report', () => {
    const f = figures(quarterReport([
      'Во II квартале проведено 2 заседания Совета.',
      '',
      'Справочно: Общественным советом Костанайской области за тот же период проведено 9 мониторингов',
      'и 3 заседания; в I квартале 2026 года Советом г. Рудного проведено 5 заседаний комиссий.',
    ]));
    expect(f.commission_meetings).toBeUndefined();
    expect(f.general_meetings).toBe(2);
  });
  it('the sentence after the note, on its line, is the report\'s again', () => {
    const f = figures(quarterReport([
      'Для справки: Общественный совет области провёл 9 заседаний в г. Костанае. Во II квартале Советом проведено 4 мониторинга.',
    ]));
    expect(f.monitorings).toBe(4);
    expect(f.general_meetings).toBeUndefined();
  });
});

describe('the lexicons\' words misspelled', () => {
  it('one letter left out or doubled is the word meant, in its case', () => {
    expect(misspelledStems('Заседания комисий')).toBe('Заседания комиссий');
    expect(misspelledStems('КОММИСИЯ ПО СОЦИАЛЬНЫМ ВОПРОСАМ')).toBe('КОМИССИЯ ПО СОЦИАЛЬНЫМ ВОПРОСАМ');
    expect(misspelledStems('Коммиссия провела 2 засидания, поступило 12 обрашений')).toBe('Комиссия провела 2 заседания, поступило 12 обращений');
  });
  it('the right spelling and other words are left alone', () => {
    for (const line of ['Заседания комиссий', 'комиссиясының отырысы', 'Комитет', 'комиссар', 'обращение', 'мониторинг', 'мониторинговая группа']) expect(misspelledStems(line)).toBe(line);
  });
  it('a table typed with spaces keeps its columns', () => {
    const row = 'Заседания комисий                                 6              11';
    const fixed = misspelledStems(row);
    expect(fixed).toBe('Заседания комиссий                                6              11');
    expect(fixed.indexOf('6')).toBe(row.indexOf('6'));
  });
  it('a fixed-width table\'s row misspelled is read', () => {
    const f = figures(quarterReport([
      'Показатель                                   II кв. 2026    с начала года',
      '---------------------------------------------------------------------------',
      'Заседания Совета                                  2               3',
      'Заседания комисий                                 6              11',
      'Поступило обрашений                               7              12',
      '---------------------------------------------------------------------------',
    ]));
    expect(f).toMatchObject({ general_meetings: 2, commission_meetings: 6, appeals_received: 7 });
  });
});

describe('platforms counted by their followers are no publications', () => {
  const media = (line: string) => parseReport(['Отчет о работе Общественного совета Бурабайского района за 2025 год', '', line].join('\n')).media.map((m) => [m.platform, m.publications]);
  it('ru: a count with its noun of followers after a dash, inside the total\'s bracket', () => {
    expect(media('Опубликовано 17 материалов (Instagram – 1200 подписчиков, Telegram – 700).')).toEqual([]);
  });
  it('kk: a bare count in a list whose other platform counts followers', () => {
    expect(media('Жарияланымдар – 17: Instagram – 1200 жазылушы, Telegram – 700.')).toEqual([]);
  });
  it('the followers told in a sentence of their own leave the list under the total read', () => {
    expect(media('Публикаций – 40, в том числе: Instagram – 25, Facebook – 15. Подписчиков у страницы – 1 900.')).toEqual([['instagram', 25], ['facebook', 15]]);
    expect(media('Опубликовано 17 материалов: Instagram – 10, Telegram – 7.')).toEqual([['instagram', 10], ['telegram', 7]]);
  });
});

describe('a meeting on a platform: who registered by its log, who connected, the hall empty', () => {
  const meeting = (body: string[]) => parseProtocol(['ПРОТОКОЛ № 1', 'заседания Общественного совета города Темиртау', '28 января 2026 года', '', 'Состав Совета – 7 членов.', ...body].join('\n'));
  const names = ['Алиев А.А.;', 'Бекова Б.Б.;', 'Васильев В.В.;', 'Гусева Г.Г.;', 'Данияров Д.Д.'];
  it('ru: "По журналу подключений зарегистрировались 5 членов", "Зарегистрировано (по журналу Zoom): 5"', () => {
    expect(meeting(['По журналу подключений зарегистрировались 5 членов Совета, кворум имеется.']).present).toBe(5);
    expect(meeting(['Зарегистрировано (по журналу Zoom): 5, все онлайн']).present).toBe(5);
  });
  it('kk: "Тіркелгені (Zoom журналы бойынша): 5"', () => {
    expect(meeting(['Тіркелгені (Zoom журналы бойынша): 5']).present).toBe(5);
  });
  it('"Подключились (члены Совета):" of a meeting held by video is the list of those present, all online', () => {
    const p = meeting(['Заседание проведено в режиме видеоконференции Zoom; в зале заседаний члены Совета не присутствовали.', '', 'Подключились (члены Совета):', ...names, '', 'Не подключились:', 'Ермеков Е.Е. – отпуск;', 'Жумабаев Ж.Ж. – болезнь.']);
    expect(p.attendees.map((a) => a.online)).toEqual([true, true, true, true, true]);
    expect(p.absentees).toHaveLength(2);
  });
  it('kk: "Қосылған кеңес мүшелері:" under "Залда ешкім болған жоқ, барлық мүшелер қашықтан қатысты"', () => {
    const p = meeting(['Кеңестің 7 мүшесінің 5-і Webex арқылы қосылды. Залда ешкім болған жоқ, барлық мүшелер қашықтан қатысты.', '', 'Қосылған кеңес мүшелері:', ...names]);
    expect([p.present, p.online, p.attendees.filter((a) => a.online).length]).toEqual([5, 5, 5]);
  });
  it('a hybrid meeting: "Подключились по видеосвязи:" under those in the hall are the online ones', () => {
    const p = meeting(['Присутствовали очно:', 'Алиев А.А.;', 'Бекова Б.Б.;', 'Васильев В.В.', '', 'Подключились по видеосвязи:', 'Гусева Г.Г.;', 'Данияров Д.Д.']);
    expect(p.attendees.map((a) => `${a.name}${a.online ? '*' : ''}`)).toEqual(['Алиев А.А.', 'Бекова Б.Б.', 'Васильев В.В.', 'Гусева Г.Г.*', 'Данияров Д.Д.*']);
  });
  it('near-miss: not in the hall is not absent, and a hall named with who was not there is no meeting held online only', () => {
    const p = meeting(['Присутствовали 5 членов Совета, из них 2 онлайн. В зале не присутствовали Гусева Г.Г. и Данияров Д.Д., они подключились по Zoom.']);
    expect([p.present, p.online, p.absentees.length]).toEqual([5, 2, 0]);
    expect(meeting(['Присутствовали 5 членов Совета. Не присутствовали Гусева Г.Г. и Данияров Д.Д. (отпуск).']).absentees).toHaveLength(2);
  });
});

describe('kk: the members who joined by the platform, and those who did not', () => {
  const kk = (body: string[]) => parseProtocol(['ХАТТАМА № 2', 'Екібастұз қаласының Қоғамдық кеңесі', '2026 жылғы 25 ақпан', '', 'Кеңестің құрамы 13 мүше.', ...body].join('\n'));
  it('"Zoom журналы бойынша 10 кеңес мүшесі қосылды" of a meeting held wholly online: 10 present, all online', () => {
    const p = kk(['Отырыс толық онлайн форматта өтті: Zoom журналы бойынша 10 кеңес мүшесі қосылды, кворум бар.', '', 'Қосылмаған кеңес мүшелері: Әлімбетов С.Қ. – іссапарда; Рахимжанова Б.Т. – науқас; Федоренко В.А. – себепсіз.']);
    expect([p.present, p.online, p.absentees.length]).toEqual([10, 10, 3]);
  });
  it('"Webex арқылы 2 мүше қосылды" beside those who came: 2 online', () => {
    expect([kk(['Отырысқа 10 мүше қатысты. Webex арқылы 2 мүше қосылды.']).present, kk(['Отырысқа 10 мүше қатысты. Webex арқылы 2 мүше қосылды.']).online]).toEqual([10, 2]);
  });
  it('near-miss: people who joined a broadcast are no members', () => {
    expect(kk(['Отырысқа 10 мүше қатысты. Zoom арқылы 120 адам қосылды.']).online).toBeNull();
  });
});

describe('a summary of rows with dot leaders whose values carry their parts and the period before in brackets', () => {
  const summary = (rows: string[], tail: string[] = []) => parseReport(['ТЕМІРТАУ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', '2025 жылдың екінші жартыжылдығында атқарылған жұмыс туралы есеп', '', 'ЖАРТЫЖЫЛДЫҚ ҚОРЫТЫНДЫСЫ (жақшада – 2025 жылғы І жартыжылдық)', ...rows, '', ...tail].join('\n'));
  it('kk: "8: ескертусіз – 7, ескертумен – 1 (6)", "14, жауап берілгені – 12 (9)", "58: сайт – 12, Instagram – 30, Telegram – 16 (41)"', () => {
    const r = summary([
      'Кеңес отырыстары ............................ 3 (3)',
      'Есеп тыңдау ................................. 5, оның ішінде 4 бөлім тыңдалды (4)',
      'НҚА жобаларын қарау ......................... 8: ескертусіз – 7, ескертумен – 1 (6)',
      'Кеңеске түскен өтініштер .................... 14, жауап берілгені – 12 (9)',
      'Мемлекеттік органдарға жолданған хаттар ..... 11 (8)',
      'Жарияланымдар ............................... 58: сайт – 12, Instagram – 30, Telegram – 16 (41)',
    ]);
    const f = Object.fromEntries(r.figures.map((x) => [x.metric, x.value]));
    expect(f).toMatchObject({ general_meetings: 3, report_hearings: 5, npa_reviewed: 8, npa_approved: 7, npa_with_remarks: 1, appeals_received: 14, appeals_answered: 12, letters_sent: 11, publications: 58 });
    expect(r.media.map((m) => [m.platform, m.publications])).toEqual([['website', 12], ['instagram', 30], ['telegram', 16]]);
    expect(Object.values(f)).not.toContain(6);
    expect(Object.values(f)).not.toContain(41);
  });
  it('ru: "12, из них с замечаниями – 2 (10)", "20: физических лиц – 18, юридических – 2"', () => {
    const r = parseReport(['Отчет Общественного совета города Темиртау за 2025 год', '', 'ИТОГИ ГОДА (в скобках – 2024 год)',
      'Заседания Совета ............ 6 (5)',
      'Рассмотрено проектов НПА .... 12, из них с замечаниями – 2 (10)',
      'Поступило обращений ......... 20: от физических лиц – 18, от юридических лиц – 2 (15)'].join('\n'));
    expect(Object.fromEntries(r.figures.map((x) => [x.metric, x.value]))).toMatchObject({ general_meetings: 6, npa_reviewed: 12, npa_with_remarks: 2, appeals_received: 20, appeals_individuals: 18, appeals_legal_entities: 2 });
  });
  it('the members and the commissions told together: "Кеңесте 15 мүше және 3 тұрақты комиссия бар", "в Совете 15 членов и 3 постоянные комиссии"', () => {
    const kk = figures(['ТЕМІРТАУ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', '2025 жылғы есеп', '', 'Жыл соңында (31.12.2025) Кеңесте 15 мүше және 3 тұрақты комиссия бар.'].join('\n'));
    expect([kk.members_total, kk.commissions]).toEqual([15, 3]);
    expect(figures(['Отчет Общественного совета города Темиртау за 2025 год', '', 'На конец года (31.12.2025) в Совете 15 членов и 3 постоянные комиссии.'].join('\n')).members_total).toBe(15);
    expect(figures(['Отчет Общественного совета города Темиртау за 2025 год', '', 'В комиссии 5 членов и 2 эксперта.'].join('\n')).members_total).toBeUndefined();
  });
});

describe('a report letter\'s explanations: kinds with a bracket, sectors with "и граждане", the publications\' label with its total word', () => {
  const ru = (line: string) => figures(['ОБЩЕСТВЕННЫЙ СОВЕТ ГОРОДА ЭКИБАСТУЗА', 'ОТЧЁТ о выполнении плана работы за I квартал 2026 года', '', line].join('\n'));
  it('"граждан – 8, организаций (юрлиц) – 1": the kind said again in a bracket', () => {
    expect(ru('Поступило 9 обращений: граждан – 8, организаций (юрлиц) – 1; в том числе 5 – через e-Otinish.')).toMatchObject({ appeals_received: 9, appeals_individuals: 8, appeals_legal_entities: 1 });
    expect(ru('Поступило 9 обращений: граждан – 8, организаций (юридических лиц) – 1.')).toMatchObject({ appeals_individuals: 8, appeals_legal_entities: 1 });
  });
  it('"13 членов: НПО и граждане – 10, госслужащие – 3"', () => {
    expect(ru('На 31.03.2026 Совет насчитывает 13 членов: НПО и граждане – 10, госслужащие – 3.')).toMatchObject({ members_total: 13, members_civil: 10, members_state: 3 });
  });
  it('"Публикации: всего 27 (…)", "Жарияланымдар: барлығы 40 (…)"; never views', () => {
    expect(ru('Публикации: всего 27 (сайт акимата – 6, Instagram – 14, Telegram – 7).').publications).toBe(27);
    expect(figures(['ЕКІБАСТҰЗ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', '2026 жылғы І тоқсандағы есеп', '', 'Жарияланымдар: барлығы 40 (Instagram – 25, Telegram – 15).'].join('\n')).publications).toBe(40);
    expect(ru('Публикации: всего просмотров 12 000.').publications).toBeUndefined();
  });
});

describe('a Word table whose header holds a year alone ("… | Итого 2025 | 2024")', () => {
  const table = (head: string[], rows: string[][]) => [...head, ...rows.flat()].map((c) => `\t${c}`);
  it('ru: the year\'s total column read, last year\'s left', () => {
    const f = figures(['ИНФОРМАЦИЯ', 'об итогах работы Общественного совета Карагандинской области в 2025 году', '', '2. Основные показатели:',
      ...table(['Показатель', 'I кв.', 'II кв.', 'III кв.', 'IV кв.', 'Итого 2025', '2024'], [
        ['Заседания Совета', '1', '2', '1', '2', '6', '5'],
        ['Заседания президиума', '1', '1', '1', '1', '4', '4'],
        ['Общественный мониторинг', '4', '7', '5', '6', '22', '17'],
      ]), ''].join('\n'));
    expect(f).toMatchObject({ general_meetings: 6, presidium_meetings: 4, monitorings: 22 });
  });
  it('kk: "Көрсеткіш | 2025 | 2024" — the report year\'s column', () => {
    const f = figures(['Қарағанды облысының Қоғамдық кеңесі', '2025 жылғы жұмыс туралы есеп', '',
      ...table(['Көрсеткіш', '2025', '2024'], [['Кеңес отырыстары', '6', '5'], ['Қоғамдық мониторинг', '22', '17']]), ''].join('\n'));
    expect(f).toMatchObject({ general_meetings: 6, monitorings: 22 });
  });
  it('near-miss: a table of other years only states nothing of the period', () => {
    const f = figures(['Қарағанды облысының Қоғамдық кеңесі', '2025 жылғы жұмыс туралы есеп', '',
      ...table(['Көрсеткіш', '2023', '2024'], [['Кеңес отырыстары', '4', '5'], ['Қоғамдық мониторинг', '12', '17']]), ''].join('\n'));
    expect([f.general_meetings, f.monitorings]).toEqual([undefined, undefined]);
  });
});

describe('a count without a quorum, the sitting held after a break with the later count', () => {
  it('ru: "зарегистрировались 8 … кворума нет … перерыв" / "Присутствуют 11 членов Совета": 11', () => {
    expect(present([
      'К 10:00 на заседание зарегистрировались 8 членов Совета из 21. Для правомочности заседания',
      'необходимо присутствие не менее двух третей членов, кворума нет. Объявлен перерыв на 30 минут.',
      '',
      'В 10:35 заседание продолжено. После перерыва прибыли Шевчук А.Н. и Куанышев Д.Е. Присутствуют 15 членов Совета из 21.',
    ])).toBe(15);
  });
  it('kk: "Тіркелгені: 9 мүше, кворум жоқ" / "Үзілістен кейін отырысқа 14 мүше қатысты": 14', () => {
    expect(present([
      'Сағат 10.00-де тіркелгені: 9 мүше, кворум жоқ. Төраға 20 минут үзіліс жариялады.',
      '',
      'Үзілістен кейін отырысқа 14 мүше қатысты, кворум бар.',
    ])).toBe(14);
  });
  it('near-miss: a quorum had, a later count of voters lower: the first stands', () => {
    expect(present(['Зарегистрировались 15 членов Совета, кворум имеется.', 'В голосовании по второму вопросу участвовали 14 членов Совета.'])).toBe(15);
  });
});

describe('a slash group in a line\'s last clause', () => {
  const ru = (line: string) => figures(['Отчет о работе Общественного совета города Рудного за 2025 год', '', line].join('\n'));
  it('ru: "…, в том числе от физических / юридических лиц: 20 / 3." gives each its own (the legal entities were 20)', () => {
    expect(ru('Поступило обращений – 23, в том числе от физических / юридических лиц: 20 / 3.')).toMatchObject({ appeals_received: 23, appeals_individuals: 20, appeals_legal_entities: 3 });
  });
  it('kk: "…, оның ішінде жеке / заңды тұлғалардан: 20 / 3."', () => {
    expect(figures(['Рудный қаласының Қоғамдық кеңесі', '2025 жылғы есеп', '', 'Өтініштер – 23, оның ішінде жеке / заңды тұлғалардан: 20 / 3.'].join('\n'))).toMatchObject({ appeals_individuals: 20, appeals_legal_entities: 3 });
  });
  it('near-miss: labels and values that differ in number give neither', () => {
    const f = ru('Поступило обращений – 23, в том числе от физических / юридических лиц: 20 / 3 / 1.');
    expect([f.appeals_individuals, f.appeals_legal_entities]).toEqual([undefined, undefined]);
  });
});

describe('a quarter\'s digest: a Word table with a change column, a count of another year\'s month in its bracket', () => {
  const table = (head: string[], rows: string[][]) => [...head, ...rows.flat()].map((c) => `\t${c}`);
  const digest = (lines: string[]) => figures(['Квартальный дайджест работы Общественного совета Бостандыкского района', 'I квартал 2026 года (январь–март)', '', ...lines].join('\n'));
  it('ru: "Показатель | I кв. 2026 | I кв. 2025 | Изменение" with "↑ 2", "=", "↓ 1": the quarter\'s column read', () => {
    const f = digest(['Ключевые показатели', ...table(['Показатель', 'I кв. 2026', 'I кв. 2025', 'Изменение'], [
      ['Заседаний Совета', '1', '1', '='], ['Заседаний комиссий', '5', '4', '↑ 1'], ['Рассмотрено проектов НПА', '3', '5', '↓ 2'], ['Поступило обращений', '14', '9', '+5']]), '']);
    expect(f).toMatchObject({ general_meetings: 1, commission_meetings: 5, npa_reviewed: 3, appeals_received: 14 });
    expect(Object.values(f)).not.toContain(9);
  });
  it('kk: "Көрсеткіш | І тоқсан 2026 | І тоқсан 2025 | Өзгеріс"', () => {
    const f = figures(['Бостандық ауданының Қоғамдық кеңесі', '2026 жылғы І тоқсандағы жұмыс туралы', '', ...table(['Көрсеткіш', 'І тоқсан 2026', 'І тоқсан 2025', 'Өзгеріс'], [
      ['Кеңес отырыстары', '2', '1', '↑ 1'], ['Қоғамдық мониторинг', '4', '4', '=']]), ''].join('\n'));
    expect(f).toMatchObject({ general_meetings: 2, monitorings: 4 });
  });
  it('near-miss: "(два новых члена включены в ноябре 2025 г.)" in a report of 2026 is no joining of its period', () => {
    expect(digest(['• Состав: за январь–март состав не менялся (два новых члена включены в ноябре 2025 г.).']).members_joined).not.toBe(2);
    expect(digest(['В Совет включены 2 новых члена в феврале 2026 года.']).members_joined).toBe(2);
  });
  it('"состав не менялся (два новых члена включены в ноябре 2025 г.)": the note of another year leaves the none of the period', () => {
    expect(digest(['• Состав: за январь–март состав не менялся (два новых члена включены в ноябре 2025 г.).'])).toMatchObject({ members_joined: 0, members_left: 0 });
    expect(figures(['Бостандық ауданының Қоғамдық кеңесі', '2026 жылғы І тоқсандағы жұмыс туралы', '', 'Тоқсан ішінде құрамда өзгеріс болған жоқ (екі жаңа мүше 2025 жылғы қарашада енгізілді).'].join('\n'))).toMatchObject({ members_joined: 0, members_left: 0 });
  });
});
