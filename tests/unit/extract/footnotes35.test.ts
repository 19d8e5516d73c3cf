/**
 * Footnotes, asterisks and remarks that qualify figures (held-out set 121's theme): a footnote that carries the online part
 * of the count of those present and marks the names ("12-сі қатысты*" / "* оның ішінде 2 мүше (…) бейнебайланыс арқылы"); the
 * count's "(без учёта приглашённых)" that is no line of the invited; a bracketed mark "[2]" in an attendance table and after
 * a figure set one space apart; a note that tells the parts of the count it marks, one of its events dated, or a count as of
 * the period's end; a dotted row's bracket of parts; a paragraph of counts each dated in its bracket; a letter's numbered
 * points that are no list under the point above. Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const onlineOf = (lines: string[]) => parseProtocol(lines.join('\n')).attendees.filter((a) => a.online).map((a) => a.name);

const AGENDA_KK = ['', 'КҮН ТӘРТІБІ:', '1. Жолдардың жағдайы туралы.', '', 'Жақтап – 9, қарсы – 0, қалыс – 0. Шешім қабылданды.'];
const AGENDA_RU = ['', 'Повестка дня:', '1. О состоянии дорог.', '', 'Голосование: за – 7, против – 0, воздержались – 0. Решение принято.'];

describe('the online part of those present told in the count\'s footnote at the foot, the names marked', () => {
  it('Kazakh: "9-ы қатысты*" and "* оның ішінде 2 мүше (…) бейнебайланыс арқылы қатысты"', () => {
    const online = onlineOf([
      'Ақмола облысы Бурабай ауданы Қоғамдық кеңесінің отырысының № 4 ХАТТАМАСЫ', '',
      'Отырысқа Кеңестің 11 мүшесінің 9-ы қатысты*. Кворум бар.', '',
      'Қатысқан Кеңес мүшелері: Абаев А.Б., Бекова Ж.С., Жұмаев Т.М.*, Ким Н.В., Оразов Қ.А., Петрова Л.Ж.,',
      'Сейтов Р.Н.*, Тоқтаров Ө.С., Уәлиева Ә.Т.', ...AGENDA_KK, '',
      '____________________',
      '* оның ішінде 2 мүше (Жұмаев Т.М., Сейтов Р.Н.) ZOOM арқылы қатысты.',
    ]);
    expect(online).toEqual(['Жұмаев Т.М.', 'Сейтов Р.Н.']);
  });
  it('Russian: "Присутствовали – 7 членов Совета¹" and "¹ в т.ч. 1 – в режиме видеоконференцсвязи"', () => {
    const online = onlineOf([
      'ПРОТОКОЛ № 3 заседания Общественного совета', '',
      'Списочный состав Совета – 9 членов.', 'Присутствовали – 7 членов Совета¹.', '', 'Присутствовали члены Совета:',
      '1. Иванов И.И.', '2. Петров П.П.', '3. Сидоров С.С.¹', '4. Ким В.В.', '5. Ли А.А.', '6. Пак Б.Б.', '7. Цой Г.Г.', ...AGENDA_RU, '',
      '¹ в т.ч. 1 – в режиме видеоконференцсвязи.',
    ]);
    expect(online).toEqual(['Сидоров С.С.']);
  });
  it('near miss: the same note\'s mark glued to a vote, not to the count of those present — nobody online', () => {
    const online = onlineOf([
      'ПРОТОКОЛ № 3 заседания Общественного совета', '',
      'Присутствовали – 7 членов Совета.',
      'Иванов И.И., Петров П.П., Сидоров С.С.*, Ким В.В., Ли А.А., Пак Б.Б., Цой Г.Г.',
      '', 'Повестка дня:', '1. О состоянии дорог.', '', 'Голосование: за – 7*, против – 0, воздержались – 0. Решение принято.', '',
      '* в т.ч. 1 – онлайн.',
    ]);
    expect(online).toEqual([]);
  });
  it('near miss: the count\'s note says the chair and secretary are included — the glued "онлайн)*" marks no one online', () => {
    const online = onlineOf([
      'Қоғамдық кеңес отырысының № 5 ХАТТАМАСЫ', '',
      'Кеңес мүшелерінің саны – 11. Отырысқа қатысқаны – 9 (оның ішінде 2 мүше онлайн)*.',
      'Қатысқан Кеңес мүшелері: Абаев А.Б.*, Бекова Ж.С.*, Жұмаев Т.М., Ким Н.В., Оразов Қ.А., Петрова Л.Ж.,',
      'Сейтов Р.Н., Тоқтаров Ө.С., Уәлиева Ә.Т.', '',
      '* Кеңестің төрағасы мен хатшысын қоса алғанда.', ...AGENDA_KK,
    ]);
    expect(online).toEqual([]);
  });
});

describe('the count\'s "(без учёта приглашённых)" is no line of the invited: its online mark stands', () => {
  it.each([
    ['Присутствовали: 6 (без учёта приглашённых), в том числе 1 – онлайн**.', '** Ким В.В. участвовал по видеосвязи.'],
    ['Присутствовали: 6 (не считая приглашённых), из них 1 – онлайн**.', '** Ким В.В. – по WhatsApp-видеозвонку.'],
  ])('%s', (count, legend) => {
    expect(onlineOf(['ПРОТОКОЛ № 7', '', 'Членов Совета по списку: 8', count, '', 'Присутствующие: Иванов И.И., Петров П.П., Ким В.В.**, Ли А.А., Пак Б.Б., Цой Г.Г.', ...AGENDA_RU, '', legend])).toEqual(['Ким В.В.']);
  });
  it('near miss: a line of the invited with the online mark marks guests, no members', () => {
    expect(onlineOf(['ПРОТОКОЛ № 7', '', 'Присутствовали: 6.', 'Присутствующие: Иванов И.И., Петров П.П., Ким В.В.**, Ли А.А., Пак Б.Б., Цой Г.Г.', 'Приглашённые (онлайн)**: Жанов Д.Б.', ...AGENDA_RU])).toEqual([]);
  });
});

describe('a bracketed mark in an attendance table: "+ [2]" under "[2] по видеосвязи"', () => {
  const table = (mark: string, legend: string) => [
    'ПРОТОКОЛ № 8', 'Присутствовали: 4 [1].', '',
    '№\tФИО\tУчастие', `1\tИванов Иван Иванович\t+`, `2\tПетрова Анна Сергеевна\t+ ${mark}`, '3\tКим Виталий Олегович\t+', '4\tЛи Ольга Ивановна\t+', '5\tПак Борис Андреевич\t–, больничный',
    '[1] в том числе 1 член Совета по видеосвязи.', legend, ...AGENDA_RU,
  ];
  it('Russian', () => {
    const p = parseProtocol(table('[2]', '[2] По видеосвязи.').join('\n'));
    expect(p.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Петрова Анна Сергеевна']);
    expect(p.attendees).toHaveLength(4);
  });
  it('Kazakh legend', () => {
    const p = parseProtocol(table('[2]', '[2] Бейнебайланыс арқылы.').join('\n'));
    expect(p.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Петрова Анна Сергеевна']);
  });
  it('near miss: a mark whose note says something else is not understood as online', () => {
    const p = parseProtocol(table('[2]', '[2] Ушла после первого вопроса.').join('\n'));
    expect(p.attendees.filter((a) => a.online)).toEqual([]);
  });
});

const report = (lines: string[], title = 'ИНФОРМАЦИЯ о деятельности Общественного совета за III квартал 2026 года') => parseReport([title, '', ...lines].join('\n'));
const figuresOf = (lines: string[], title?: string) => Object.fromEntries(report(lines, title).figures.map((f) => [f.metric, f.value]));

describe('a bracketed mark one space after a figure is no part of it', () => {
  it.each([
    [['Комиссия отырыстары ..................... 15 [2]', 'Мониторингтер ........................... 7 [3]', '', '[2] көшпелі 2 отырысты қоса алғанда.', '[3] І тоқсан бойынша есепте қате көрсетілген.'], { commission_meetings: 15, monitorings: 7 }],
    [['Заседания комиссий ...................... 9 [1]', 'Мониторинги ............................. 4 [2]', '', '[1] с учётом выездного.', '[2] в т.ч. 1 – внеплановый.'], { commission_meetings: 9, monitorings: 4 }],
  ])('%j', (lines, want) => {
    expect(figuresOf(lines as string[])).toMatchObject(want);
  });
});

describe('a dotted row\'s bracket that splits its count into parts', () => {
  it.each([
    ['Жарияланымдар ................ 88 (Instagram – 40, Facebook – 18, Telegram – 30)', { instagram: 40, facebook: 18, telegram: 30 }],
    ['Публикации ................... 25 (Instagram – 15, Telegram – 10)', { instagram: 15, telegram: 10 }],
  ])('%s', (line, want) => {
    const media = Object.fromEntries(report([line, 'Кеңес отырыстары ............ 3']).media.map((m) => [m.platform, m.publications]));
    expect(media).toMatchObject(want);
  });
  it('the parts of the reviewed drafts: "8 (6 – ескертусіз, 2 – ескертулермен)"', () => {
    expect(figuresOf(['Қаралған НҚА жобалары ........ 8 (6 – ескертусіз, 2 – ескертулермен)', 'Кеңес отырыстары ............ 3'])).toMatchObject({ npa_reviewed: 8, npa_approved: 6, npa_with_remarks: 2 });
  });
  it('near miss: a bracket that does not sum to the count (another year) is no split', () => {
    const r = report(['Публикации ................... 25 (Instagram – 15, Telegram – 30)', 'Кеңес отырыстары ............ 3']);
    expect(r.media.filter((m) => m.platform === 'telegram' && m.publications === 30)).toEqual([]);
  });
});

describe('a note that tells the parts of the count it marks', () => {
  it('Kazakh, a text table: "4²" and "² оның ішінде 3 бөлімнің және 1 ведомстволық бағынысты ұйымның есебі"', () => {
    const f = figuresOf([' Көрсеткіш            | 2026 ж. 9 ай | 2025 ж. 9 ай', ' Есептерді тыңдау     |      4²      |      3', ' Кеңес отырыстары     |      5       |      4', '', 'Ескерту:', '² оның ішінде 3 бөлімнің және 1 ведомстволық бағынысты ұйымның есебі.'], 'ЕСЕП 2026 жылдың 9 айы');
    expect(f).toMatchObject({ report_hearings: 4, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('Russian, a sentence: "Заслушано 3 отчёта¹." and "¹ в т.ч. 2 отделов и 1 подведомственной организации."', () => {
    const f = figuresOf(['Заслушано 3 отчёта¹.', '', '__________', '¹ в т.ч. 2 отделов и 1 подведомственной организации.']);
    expect(f).toMatchObject({ report_hearings: 3, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('near miss: a note that qualifies ("с учётом 1 выездного") or gives another year states nothing', () => {
    const f = figuresOf(['Проведено 6 заседаний комиссий¹. Проведено 5 мониторингов*.', '', '__________', '¹ с учётом 1 выездного заседания.', '* в т.ч. 2 отчёта в 2025 г. – 4.']);
    expect(f).toMatchObject({ commission_meetings: 6, monitorings: 5 });
    expect(f.report_hearings).toBeUndefined();
  });
});

describe('a note that dates one of the marked row\'s events', () => {
  it.each([
    [' Қоғамдық тыңдаулар   |      2*      |      1', '* біреуі көшпелі (Қызылсай ауылы, 30.07.2026).', 'public_hearing', '2026-07-30'],
    [' Круглые столы        |      2*      |      1', '* один из них – выездной (с. Кенес, 14.08.2026).', 'round_table', '2026-08-14'],
  ])('%s / %s', (row, note, type, date) => {
    const r = report([' Показатель | 2026 | 2025', row, ' Заседания Совета | 3 | 2', '', 'Примечание:', note]);
    expect(r.activities.filter((a) => a.type === type).map((a) => a.date_start)).toEqual([date]);
  });
  it('near miss: a note with no date, or of a row that names no event, dates none', () => {
    // (The "Примечание" notes' own reader takes "* один из них – выездной." for an undated round table, as before.)
    const r = report([' Показатель | 2026 | 2025', ' Круглые столы | 2* | 1', ' Обращения | 5** | 4', '', 'Примечание:', '* один из них – выездной.', '** одно из них – повторное (от 14.08.2026).']);
    expect(r.activities.filter((a) => a.date_start !== null && a.title.startsWith('Круглые столы'))).toEqual([]);
  });
});

describe('a note that tells a count as of the period\'s end', () => {
  it.each([
    [['В госорганы направлено 9 писем**.', '', '__________', '** по состоянию на 30.09.2026 получены ответы на 7 писем.'], 7],
    [['Мемлекеттік органдарға 10 хат жолданды*.', '', '__________', '* 30.09.2026 жағдай бойынша 8 хатқа жауап алынды.'], 8],
  ])('%j', (lines, answered) => {
    expect(figuresOf(lines as string[]).letters_answered).toBe(answered);
  });
  it('near miss: as of a day after the period, nothing', () => {
    expect(figuresOf(['В госорганы направлено 9 писем**.', '', '__________', '** по состоянию на 15.10.2026 получены ответы на 7 писем.']).letters_answered).toBeUndefined();
  });
});

describe('a paragraph of counts, each count\'s days in its bracket', () => {
  it('Kazakh', () => {
    const r = report(['5. Өзге іс-шаралар: 1 қоғамдық тыңдау (2026 жылғы 11 тамыз, абаттандыру қағидалары бойынша), 2 дөңгелек үстел', '(2026 жылғы 16 шілде және 10 қыркүйек), 1 диалогтық алаң (2026 жылғы 25 тамыз).'], 'Кеңестің 2026 жылғы III тоқсандағы жұмысы туралы');
    expect(r.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['public_hearing 2026-08-11', 'round_table 2026-07-16', 'round_table 2026-09-10', 'dialog_platform 2026-08-25']);
  });
  it('Russian', () => {
    const r = report(['Проведены 2 круглых стола (12 июля и 14 августа 2026 г.), 1 семинар (3 сентября 2026 г., для членов Совета).']);
    expect(r.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['round_table 2026-07-12', 'round_table 2026-08-14', 'seminar 2026-09-03']);
  });
  it('near miss: a bracket after a count of no event, or of another year, dates none', () => {
    const r = report(['Поступило 2 обращения (12 июля и 14 августа 2026 г.), 2 письма (3 и 9 сентября 2026 г.).', 'Проведён 1 круглый стол (в 2025 г. – 3).']);
    expect(r.activities).toEqual([]);
  });
});

describe('a letter\'s numbered points: the point above is no heading of the points under it', () => {
  it('the memorandum of point 5 makes no memoranda of points 6 and 7', () => {
    const r = report(['5. Аудандық ардагерлер кеңесімен 1 меморандумға қол қойылды (2026 жылғы 1 қыркүйек).', '', '6. Нормативтік құқықтық актілердің 5 жобасы қаралды.', '', '7. Кеңеске 18 өтініш түсті, оның 16-сына', 'жауап берілді.'], 'Кеңестің 2026 жылғы III тоқсандағы жұмысы туралы');
    expect(r.activities.filter((a) => a.type === 'memorandum').map((a) => a.date_start)).toEqual(['2026-09-01']);
  });
  it('near miss: a point that introduces a list with a colon is its heading', () => {
    const r = report(['4. Проведено 2 мониторинга:', '1. 08.07.2026 – мониторинг летних лагерей;', '2. 12.08.2026 – мониторинг подвоза воды.']);
    expect(r.activities.filter((a) => a.type === 'monitoring')).toHaveLength(2);
  });
});
