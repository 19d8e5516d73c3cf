/**
 * Classes of session 29: the work of a council's standing commissions and working groups (sets 82 and 75). A commission's
 * report that gives the council's figures beside its own and sets them apart ("справочно", "бұл отырыстар комиссияның
 * отырыстары болып саналмайды") counts only the commission's work: the council's meetings, monitorings and appeals told
 * there are another body's (set 82's Aktau gave general_meetings 2 and appeals 41 for the commission's 14).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { joinOneLineVoteTables } from '../../../sources/extract/protocol/oneLineVoteTable.ts';
import { reportAuthor } from '../../../sources/extract/report/authorOf.ts';
import { flattenFigureTables } from '../../../sources/extract/report/flattenFigureTables.ts';

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string) => parseReport(text).candidates.map((c) => `${c.metric}=${c.value}`);

describe('a commission\'s report that sets the council\'s figures apart', () => {
  const ru = [
    'ИНФОРМАЦИЯ',
    'о работе постоянной комиссии по вопросам ЖКХ и транспорта',
    'Общественного совета г. Кокшетау за II квартал 2026 года',
    '',
    'Во II квартале комиссия провела 4 заседания и 2 мониторинга. В комиссию поступило 11 обращений граждан.',
    'Справочно: Общественным советом в целом за квартал проведено 3 заседания и 9 мониторингов, в Совет поступило 40 обращений.',
    '',
    'Председатель комиссии                       Р. Абенов',
  ].join('\n');
  it('ru: "Справочно: Общественным советом в целом …" — the commission\'s counts are the figures, the council\'s candidates', () => {
    const f = figures(ru);
    expect([f.commission_meetings, f.monitorings, f.appeals_received]).toEqual([4, 2, 11]);
    expect(f.general_meetings).toBeUndefined();
    expect(candidates(ru)).toEqual(expect.arrayContaining(['monitorings=9', 'appeals_received=40']));
  });

  const kk = [
    'Көкшетау қаласы Қоғамдық кеңесінің',
    'Білім беру және денсаулық сақтау мәселелері жөніндегі комиссиясы',
    '',
    '2026 жылғы ІІ тоқсанда атқарылған жұмыс туралы',
    'АҚПАРАТ',
    '',
    'Тоқсанда комиссия 3 отырыс өткізді. Кеңестің 2 отырысы мен төралқаның 1 отырысы комиссия отырыстарының санына кірмейді.',
    'Комиссия 2 мониторинг жүргізді. Комиссияға 7 өтініш түсті.',
    '',
    'Комиссия төрағасы                           Д. Сейітова',
  ].join('\n');
  it('kk: "Кеңестің 2 отырысы … комиссия отырыстарының санына кірмейді" — no general or presidium meetings, the commission\'s own counts', () => {
    const f = figures(kk);
    expect([f.commission_meetings, f.monitorings, f.appeals_received]).toEqual([3, 2, 7]);
    expect([f.general_meetings, f.presidium_meetings]).toEqual([undefined, undefined]);
  });

  // Session 42: the report states its author's figures whether or not it sets the council's apart in words (session 30's
  // convention; set 177's "всего за 9 месяцев проведено 4 заседания Совета" in a commission's letter).
  it('the council\'s figures told as a fact of the report ("Напомню, что в целом Советом проведено …") are candidates, the commission\'s its figures', () => {
    const text = [
      'Отчет о работе постоянной комиссии по социальным вопросам Общественного совета за 2026 год',
      '',
      'Комиссией проведено 6 заседаний. Напомню, что в целом Общественным советом в 2026 году проведено 5 заседаний Совета.',
      'Для сравнения: в 2025 году комиссия провела 4 заседания.',
    ].join('\n');
    expect(figures(text).general_meetings).toBeUndefined();
    expect(figures(text).commission_meetings).toBe(6);
    expect(candidates(text)).toContain('general_meetings=5');
  });
  it('kk: "Кеңес бойынша барлығы 7 өтініш түсті, оның 4-еуі – комиссияға", "14 мониторингтің 5-еуі – комиссияның мониторингі": the share', () => {
    const kk = (sentence: string) => ['Әлеуметтік мәселелер жөніндегі тұрақты комиссияның 2026 жылғы жұмысы туралы', 'ЕСЕП', '', 'Комиссияның 4 отырысы өтті.', sentence].join('\n');
    expect(figures(kk('Кеңес бойынша барлығы 7 өтініш түсті, оның 4-еуі – комиссияға.')).appeals_received).toBe(4);
    expect(figures(kk('Кеңес жыл бойы өткізген 14 мониторингтің 5-еуі – комиссияның мониторингі.')).monitorings).toBe(5);
    expect(figures(kk('Всего Советом проведено 9 мониторингов, из них комиссией – 3.')).monitorings).toBe(3);
    // Near miss: the commission's members took part in the share — no work of the commission's; the council's whole a candidate.
    const part = kk('Кеңес бойынша барлығы 14 мониторинг жүргізілді, оның 5-еуіне комиссия мүшелері қатысты.');
    expect(figures(part).monitorings).toBeUndefined();
    expect(candidates(part)).toContain('monitorings=14');
  });
});

describe('a commission\'s report by its Kazakh title', () => {
  it('"Комиссияның 2026 жылғы 9 айдағы (қаңтар – қыркүйек) қызметі туралы" and "… тұрақты комиссияның … жұмысы туралы" are a commission\'s', () => {
    expect(reportAuthor(['ҚОҒАМДЫҚ КЕҢЕС', 'Комиссияның 2026 жылғы 9 айдағы (қаңтар – қыркүйек) қызметі туралы', 'ЕСЕП'])).toBe('commission');
    expect(reportAuthor(['Кеңес төрағасына', 'Әлеуметтік мәселелер жөніндегі тұрақты комиссияның ІІ тоқсандағы жұмысы туралы', 'АҚПАРАТ'])).toBe('commission');
  });
  it('a letterhead whose field is a list ("Жастар саясаты, спорт және мәдениет мәселелері жөніндегі комиссиясы") is a commission\'s', () => {
    expect(reportAuthor(['Ақтөбе қаласы Қоғамдық кеңесінің', 'Экология, жер қатынастары және құрылыс мәселелері жөніндегі комиссиясы', '2026 жылғы жұмыс туралы есеп'])).toBe('commission');
  });
  it('near miss: "Кеңес пен комиссияның жұмысы туралы" is the council\'s', () => {
    expect(reportAuthor(['Қоғамдық кеңес пен комиссияның 2026 жылғы жұмысы туралы', 'ЕСЕП'])).toBe('council');
  });
});

describe('a one-row vote table whose header and row came on one line (a PDF\'s first column read as one wrapped cell)', () => {
  const protocol = (table: string) => [
    'ПРОТОКОЛ № 3',
    'заседания рабочей группы Общественного совета по вопросам транспорта',
    '14 октября 2026 г.',
    'Присутствовали члены Совета – 6.',
    'Повестка дня:',
    '1. О маршрутной сети.',
    '1. СЛУШАЛИ: Оспанова К.Т.',
    'РЕШИЛИ: информацию принять к сведению.',
    table,
    'Решение принято.',
  ].join('\n');
  const votes = (table: string) => parseProtocol(protocol(table)).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
  it('ru: "Результаты голосования За Против Воздержались по 1 вопросу ⇥ 5 ⇥ 0 ⇥ 1" is the vote 5/0/1', () => {
    expect(votes('Результаты голосования За Против Воздержались по 1 вопросу\t5\t0\t1')).toEqual([[5, 0, 1, false, 'adopted']]);
  });
  it('kk, counts two spaces apart: "Дауыс беру нәтижесі «Жақтап» «Қарсы» «Қалыс қалды» 1-мәселе бойынша   4   2   0"', () => {
    expect(votes('Дауыс беру нәтижесі «Жақтап» «Қарсы» «Қалыс қалды» 1-мәселе бойынша   4   2   0')).toEqual([[4, 2, 0, false, 'adopted']]);
  });
  it('the labels in another order are read by their order: "«против» «за» … ⇥ 1 ⇥ 5"', () => {
    expect(joinOneLineVoteTables(['Итоги «против» «за» по вопросу 2\t1\t5'])).toEqual(['Итоги по вопросу 2: «против» – 1, «за» – 5']);
  });
  it('near miss: fewer counts than labels, or another number in the row\'s words, is left as it is', () => {
    expect(joinOneLineVoteTables(['Итоги голосования за против воздержались по вопросу 1\t4\t1'])).toEqual(['Итоги голосования за против воздержались по вопросу 1\t4\t1']);
    expect(joinOneLineVoteTables(['За Против Воздержались по 12 школам 2026 года\t4\t1\t0'])).toEqual(['За Против Воздержались по 12 школам 2026 года\t4\t1\t0']);
  });
});

describe('a council report\'s Word table by commission, a cell a line, its rows numbered with the sign ("№ 1 по вопросам …")', () => {
  const report = (rows: string[]) => [
    'ИНФОРМАЦИЯ',
    'о деятельности Общественного совета города Костанай за I полугодие 2026 года',
    'Комиссии провели в общей сложности 11 заседаний.',
    ...rows,
    '',
    'Председатель Общественного совета              А. Нурланов',
  ].join('\n');
  const table = (first: string, second: string) => ['\tКомиссия', '\tЗаседания', '\tМониторинги', '\tКруглые столы', `\t${first}`, '\t6', '\t2', '\t1', `\t${second}`, '\t5', '\t3', '\t0', '\tИтого', '\t11', '\t5', '\t1'];
  it('ru: its cells are no round tables ("№ 1 по вопросам ЖКХ", "№ 2 по социальным вопросам")', () => {
    expect(parseReport(report(table('№ 1 по вопросам ЖКХ', '№ 2 по социальным вопросам'))).activities).toEqual([]);
  });
  it('kk: "№1 тұрақты комиссия", "№ 2 комиссия" rows neither', () => {
    expect(parseReport(report(table('№1 тұрақты комиссия', '№ 2 комиссия'))).activities).toEqual([]);
  });
  it('near miss: a table under the header "№" still lists its events', () => {
    const rows = ['Круглые столы:', '\t№', '\tТема', '\tДата', '\t1', '\tДоступная среда', '\t12.03.2026', '\t2', '\tЧистый город', '\t14.05.2026'];
    expect(parseReport(report(rows)).activities.map((a) => [a.type, a.date_start])).toEqual([['round_table', '2026-03-12'], ['round_table', '2026-05-14']]);
  });
});

describe('a working group\'s own protocol counts its own members (set 82\'s Petropavl group: members_total 6, present 5 unread)', () => {
  const protocol = (title: string, composition: string, presence: string) => ['ПРОТОКОЛ № 4', title, '12 мая 2026 г.', composition, presence, 'Повестка дня:', '1. О мониторинге.'].join('\n');
  const counts = (title: string, composition: string, presence: string) => {
    const x = parseProtocol(protocol(title, composition, presence));
    return [x.body, x.members_total, x.present];
  };
  it('ru: "образована распоряжением … в составе 7 членов", "Присутствовали члены рабочей группы – 6"', () => {
    expect(counts('заседания рабочей группы Общественного совета по вопросам ЖКХ', 'Рабочая группа образована распоряжением председателя Совета от 02.03.2026 № 5 в составе 7 членов.', 'Присутствовали члены рабочей группы – 6.')).toEqual(['working_group', 7, 6]);
  });
  it('kk: "… шешімімен 6 мүше құрамында құрылды", "Отырысқа жұмыс тобының 5 мүшесі қатысты"', () => {
    expect(counts('Қоғамдық кеңестің жұмыс тобы отырысының', 'Жұмыс тобы Кеңес төралқасының 2026 жылғы 10 маусымдағы шешімімен 6 мүше құрамында құрылды.', 'Отырысқа жұмыс тобының 5 мүшесі қатысты.')).toEqual(['working_group', 6, 5]);
  });
  it('near miss: in the council\'s own protocol a working group\'s members are no count of the council\'s', () => {
    expect(counts('заседания Общественного совета', 'Рабочая группа создана решением президиума от 10.06.2026 в составе 6 членов.', 'Присутствовали члены рабочей группы – 3.')).toEqual(['council', null, null]);
  });
  it('the council set up by a decision told between: "Совет сформирован решением маслихата от … № 12 в составе 15 человек"', () => {
    expect(counts('заседания Общественного совета', 'Совет сформирован решением маслихата от 10.06.2026 № 12 в составе 15 человек.', 'Присутствовали члены Совета – 12.')).toEqual(['council', 15, 12]);
  });
});

describe('the commission\'s share of the council\'s count, in a report that sets the council apart', () => {
  const report = (sentence: string) => [
    'ИНФОРМАЦИЯ',
    'о работе постоянной комиссии по социальным вопросам Общественного совета г. Семей за III квартал 2026 года',
    '',
    'Комиссия провела 3 заседания. Заседания Совета в число заседаний комиссии не входят.',
    sentence,
    '',
    'Председатель комиссии                Г. Ахметова',
  ].join('\n');
  it('ru: "Советом в целом проведено 12 мониторингов, из которых 3 проведены нашей комиссией" — 3, the 12 a candidate', () => {
    const text = report('За квартал Советом в целом проведено 12 мониторингов, из которых 3 проведены нашей комиссией.');
    expect(figures(text).monitorings).toBe(3);
    expect(candidates(text)).toContain('monitorings=12');
  });
  it('kk: "Кеңес бойынша барлығы 20 НҚА жобасы қаралды, оның 6-уын біздің комиссия қарады" — 6', () => {
    expect(figures(report('Тоқсанда Кеңес бойынша барлығы 20 НҚА жобасы қаралды, оның 6-уын біздің комиссия қарады.')).npa_reviewed).toBe(6);
  });
  it('near miss: a share the commission took part in ("оның 5-еуіне біздің комиссия мүшелері қатысты") is no figure', () => {
    const text = report('Кеңес бойынша барлығы 14 мониторинг жүргізілді, оның 5-еуіне біздің комиссия мүшелері қатысты.');
    expect(figures(text).monitorings).toBeUndefined();
    expect(candidates(text)).toContain('monitorings=14');
  });
});

describe('a commission\'s report known by its letter or letterhead (set 75\'s commissions 2 and 3 read as the council\'s)', () => {
  it('kk: the sender told under the salutation ("… № 3 тұрақты комиссиясы … жұмысы туралы мынаны хабарлайды")', () => {
    expect(reportAuthor(['Кеңестің аналитикалық комиссиясының төрағасына', '', 'Құрметті Ерлан Болатұлы!', '', 'Шымкент қаласы Қоғамдық кеңесінің білім беру мәселелері жөніндегі № 4 тұрақты комиссиясы', 'ІІ тоқсандағы жұмысы туралы мынаны хабарлайды.'])).toBe('commission');
  });
  it('ru: "Уважаемая Айгуль Маратовна! / Постоянная комиссия № 2 … сообщает о проделанной работе"', () => {
    expect(reportAuthor(['Председателю Общественного совета', '', 'Уважаемая Айгуль Маратовна!', '', 'Постоянная комиссия № 2 по вопросам ЖКХ Общественного совета г. Шымкент сообщает о проделанной работе за II квартал 2026 года.'])).toBe('commission');
  });
  it('near miss: the council informing of its commissions\' work ("Қоғамдық кеңес комиссияларының жұмысы туралы хабарлайды") is the council\'s', () => {
    expect(reportAuthor(['Қала әкіміне', '', 'Құрметті Нұрлан Серікұлы!', '', 'Қоғамдық кеңес тұрақты комиссияларының ІІ тоқсандағы жұмысы туралы мынаны хабарлайды.'])).toBe('council');
  });
  it('a letterhead in the nominative without the possessive ("… жөніндегі № 2 комиссия"), above the title', () => {
    expect(reportAuthor(['АЛМАТЫ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', 'Білім беру, ғылым және жастар саясаты мәселелері жөніндегі № 6 комиссия', '2026 ЖЫЛҒЫ І ТОҚСАНДАҒЫ ЖҰМЫС ТУРАЛЫ АҚПАРАТ'])).toBe('commission');
  });
  it('the council\'s pages named about the commission\'s publications ("кеңестің әлеуметтік желілерінде 8 жарияланым") leave the report the commission\'s', () => {
    const text = ['АЛМАТЫ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', 'Экология мәселелері жөніндегі № 5 комиссия', '2026 ЖЫЛҒЫ І ТОҚСАНДАҒЫ ЖҰМЫС ТУРАЛЫ АҚПАРАТ', '', 'Комиссия 4 мониторинг жүргізді. Комиссияға 9 өтініш түсті.', 'Комиссия жұмысы туралы кеңестің әлеуметтік желілерінде 8 жарияланым шықты: Instagram – 5, Facebook – 3.'].join('\n');
    expect([figures(text).monitorings, figures(text).appeals_received, figures(text).publications]).toEqual([4, 9, 8]);
  });
});

describe('a commission\'s table between rules of dashes alone, the council\'s column given for reference (set 82\'s Taraz: 17 figures missed)', () => {
  const report = (head: string[], rows: string[]) => [
    'ОТЧЕТ',
    'постоянной комиссии № 3 по вопросам экологии Общественного совета г. Атырау',
    'о проделанной работе за II квартал 2026 года',
    '',
    '----------------------------------------------------------------------',
    ...head,
    '----------------------------------------------------------------------',
    ...rows,
    '----------------------------------------------------------------------',
    '',
    'Председатель комиссии                     С. Оразов',
  ].join('\n');
  it('ru: "Показатель | Комиссия | Совет (для сведения)" — the commission\'s column, the council\'s never', () => {
    const text = report([' Показатель                         | Комиссия | Совет (для сведения)'], [' Мониторинги                        |    4     |    15', ' Круглые столы                      |    2     |     6', ' Поступило обращений                |   12     |    40']);
    const f = figures(text);
    expect([f.monitorings, f.round_tables, f.appeals_received]).toEqual([4, 2, 12]);
  });
  it('kk: "Көрсеткіш | Комиссия | Кеңес бойынша (анықтама үшін)", the header over two lines', () => {
    const text = report([' Көрсеткіш                 | Комиссия     | Кеңес бойынша', '                           | (ІІ тоқсан)  | (анықтама үшін)'], [' Мониторингтер             |     3        |    11', ' Дөңгелек үстелдер         |     1        |     5']);
    const f = figures(text);
    expect([f.monitorings, f.round_tables]).toEqual([3, 1]);
  });
  it('near miss: one row between rules of dashes is no table ("Тел. | факс")', () => {
    const lines = ['----------------------------------------', ' Тел. 8 (7122) 27-14-05 | факс 27-14-06', '----------------------------------------'];
    expect(flattenFigureTables(lines, [2026])).toEqual(lines);
  });
});

describe('a commission\'s publications row with its platforms\' sub-rows (set 75\'s commission 1: "- Instagram ОС" unread)', () => {
  const table = (head: string, rows: string[]) => [
    'ИНФОРМАЦИЯ',
    'о работе постоянной комиссии № 4 по социальным вопросам Общественного совета за II квартал 2026 года',
    '',
    '+----+------------------------------------------+-------+',
    `| №  | ${head.padEnd(40)} | II кв.|`,
    '+----+------------------------------------------+-------+',
    ...rows.map((r) => r),
    '+----+------------------------------------------+-------+',
  ].join('\n');
  const media = (text: string) => parseReport(text).media.map((m) => [m.platform, m.publications]);
  it('ru: "Публикации о работе постоянной комиссии | 14" over "- Facebook ОС | 9", "- сайт акимата | 5"', () => {
    const text = table('Показатель', ['| 1  | Публикации о работе постоянной комиссии   |  14   |', '|    |  - Facebook ОС                           |   9   |', '|    |  - сайт акимата                          |   5   |']);
    expect(figures(text).publications).toBe(14);
    expect(media(text)).toEqual([['facebook', 9], ['website', 5]]);
  });
  it('kk: "Комиссия жұмысы туралы жарияланымдар | 10" over "- Instagram | 7", "- Telegram | 3"', () => {
    const text = table('Көрсеткіш', ['| 1  | Комиссия жұмысы туралы жарияланымдар     |  10   |', '|    |  - Instagram                             |   7   |', '|    |  - Telegram                              |   3   |']);
    expect(figures(text).publications).toBe(10);
    expect(media(text)).toEqual([['instagram', 7], ['telegram', 3]]);
  });
  it('near miss: a sub-row that names no platform ("- видеоролики") gives no media', () => {
    const text = table('Показатель', ['| 1  | Публикации о работе комиссии             |  14   |', '|    |  - видеоролики                           |   4   |']);
    expect(media(text)).toEqual([]);
  });
});

describe('a dash\'s run-in heading told with its verb over dated items (set 75\'s commission 1: "- отчеты заслушаны: 29.01 – …; 12.02 – …")', () => {
  const activities = (item: string) => {
    const text = ['ИНФОРМАЦИЯ', 'о работе постоянной комиссии № 2 Общественного совета г. Шымкент за II квартал 2026 года', '', 'Пояснения к таблице:', '', item, ''].join('\n');
    return parseReport(text).activities.map((a) => [a.type, a.date_start]);
  };
  it('ru: "- отчет заслушан: 14.04 – Управление культуры; 19.05 – аким Абайского района" — two hearings by their days', () => {
    expect(activities('- отчеты заслушаны: 14.04 – Управление культуры г. Шымкент; 19.05 – аким Абайского района.')).toEqual([['report_hearing', '2026-04-14'], ['report_hearing', '2026-05-19']]);
  });
  it('kk: "- Есептер тыңдалды: 15.04 – …; 20.05 – …"', () => {
    expect(activities('- Есептер тыңдалды: 15.04 – Мәдениет басқармасы; 20.05 – Абай ауданының әкімі.')).toEqual([['report_hearing', '2026-04-15'], ['report_hearing', '2026-05-20']]);
  });
  it('near miss: a heading of a plan ("- отчеты будут заслушаны: 14.07 – …") or of no type ("- письма направлены: …") lists no event', () => {
    expect(activities('- отчеты будут заслушаны: 14.07 – Управление культуры; 18.08 – Управление спорта.')).toEqual([]);
    expect(activities('- письма направлены: 14.04 – Управление культуры; 19.05 – Управление спорта.')).toEqual([]);
  });
});
