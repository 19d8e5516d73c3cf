// Classes of held-out set 119 (outline numbering and nested lists): a protocol written as an outline — a point's number
// ("2.1.", "1.1.2.", "а)") is no count and no word of the heading above it; attendance sub-lists headed by numbered or
// lettered points with their counts ("2.1.1. в зале (8):", "а) залда отырғандар (9):", "1.1.2. онлайн – 2:"), each list's
// numbering restarting; a run of names numbered as it runs ("Қатысқандар: 1) …; 2) …"); agenda items led by "1-мәселе." /
// "Вопрос 1.", items numbered under the agenda's section with its count ("3. ПОВЕСТКА ДНЯ (3 вопроса)" / "3.1."), points
// "2.1-тармақ" as parts of their item, "Күн тәртібі бойынша – бірауыздан" no heading; reports: a section's title wrapped after
// its comma over its lettered dated items, a quarter's items under a section of one type, points of three levels as items.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { attendanceCounts as counts, doc, statedCounts } from '../../helpers/protocolCounts.ts';

const head = ['ПРОТОКОЛ № 4', 'заседания Общественного совета', '', '12 марта 2026 года', ''];
const kkHead = ['ХАТТАМА № 4', 'Қоғамдық кеңес отырысының', '', '2026 жылғы 12 наурыз', ''];

describe('a point of the outline is no count and no word of the heading above it', () => {
  it('ru: "2. ПРИСУТСТВОВАЛИ" / "2.1. Члены Совета – 7 из 9, в том числе:" states 7 of 9 (never "присутствовали 2")', () => {
    expect(statedCounts(doc(...head, '2. ПРИСУТСТВОВАЛИ', '2.1. Члены Совета – 7 из 9, в том числе:', '  2.1.1. в зале (6):', '     1) Иванов И.И.;', ''))).toEqual([9, 7, null]);
  });

  it('kk: "2. ҚАТЫСҚАНДАР" / "2.1. Кеңестің 11 мүшесінің 9-ы қатысты." states 9 of 11', () => {
    expect(statedCounts(doc(...kkHead, '2. ҚАТЫСҚАНДАР', '2.1. Кеңестің 11 мүшесінің 9-ы қатысты.', ''))).toEqual([11, 9, null]);
  });

  it('a count in a numbered online sub-heading: "2.1.2. по видеосвязи (3):" states 3 online', () => {
    expect(statedCounts(doc(...head, 'Присутствовали 12 членов Совета из 15.', '2.1.2. по видеосвязи (3):', '  1) Петров П.П.;', ''))[2]).toBe(3);
  });

  it('near-miss: "Члены Совета – 7 из 9 проголосовали за" is a vote\'s clause, no attendance; "2. ПРИСУТСТВОВАЛИ" alone states none', () => {
    expect(statedCounts(doc(...head, 'Члены Совета – 7 из 9 проголосовали за предложение.', ''))[1]).toBeNull();
    expect(statedCounts(doc(...head, '2. ПРИСУТСТВОВАЛИ', '3.1. О бюджете района.', ''))[1]).toBeNull();
  });
});

describe('attendance sub-lists headed by numbered or lettered points, each numbering restarting', () => {
  it('ru: "2.1.1. в зале (2):" / "2.1.2. по видеосвязи (1):" / "2.2. Отсутствовали – 1:" — the last of a sub-list over the next point read', () => {
    const x = parseProtocol(doc(...head, '2. ПРИСУТСТВОВАЛИ', '2.1. Члены Совета – 3 из 4, в том числе:', '  2.1.1. в зале (2):',
      '     1) Иванов Иван Иванович;', '     2) Петров Пётр Петрович.', '  2.1.2. по видеосвязи (1):', '     1) Сидорова Анна Маратовна.',
      '2.2. Отсутствовали – 1:', '     1) Ким Олег Николаевич – командировка.', '', '3. ПОВЕСТКА ДНЯ', ''));
    expect(counts(x)).toMatchObject({ attendees: 3, online: 1, absentees: 1, excused: 1 });
  });

  it('kk: lettered "а) залда отырғандар (2):" / "ә) онлайн (ZOOM арқылы) қосылғандар (1):" / "б) қатыспағандар (1):"', () => {
    const x = parseProtocol(doc(...kkHead, 'I. ҚАТЫСУШЫЛАР', 'Кеңестің 4 мүшесінің 3-і қатысты, оның 1-еуі онлайн.', '  а) залда отырғандар (2):',
      '    1. Сейтов Арман Бекұлы', '    2. Омарова Гүлнар Ерболқызы', '  ә) онлайн (ZOOM арқылы) қосылғандар (1):', '    1. Ахметов Нұрлан Асқарұлы',
      '  б) қатыспағандар (1):', '    1. Жақсылықов Әсет Бердібекұлы – іссапарда', '', 'II. КҮН ТӘРТІБІ', ''));
    expect(counts(x)).toMatchObject({ attendees: 3, online: 1, absentees: 1 });
  });

  it('bilingual: "1.1.1. залда / в зале – 2:" / "1.1.2. онлайн – 1:"', () => {
    const x = parseProtocol(doc(...kkHead, '1. Кеңес мүшелері / Члены Совета: 4', '1.1. Қатысқандар / Присутствовали – 3:', '1.1.1. залда / в зале – 2:',
      '1) Сейтов Арман Бекұлы;', '2) Омарова Гүлнар Ерболқызы.', '1.1.2. онлайн – 1:', '1) Ахметов Нұрлан Асқарұлы.', '1.2. Қатыспағандар / Отсутствовали – 1:',
      '1) Жақсылықов Әсет Бердібекұлы – іссапар / командировка.', ''));
    expect(counts(x)).toMatchObject({ attendees: 3, online: 1, absentees: 1 });
  });

  it('near-miss: a roll grouped by numbered points of people ("1. Руководство Совета" / "1.1. Иванов И.И. – председатель;") reads the people', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали:', '1. Руководство Совета', '   1.1. Иванов Иван Иванович – председатель Совета;',
      '   1.2. Петров Пётр Петрович – секретарь;', '2. Члены Совета', '   2.1. Сидорова Анна Маратовна.', ''));
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов Иван Иванович', 'Петров Пётр Петрович', 'Сидорова Анна Маратовна']);
  });
});

describe('a run of names numbered as it runs', () => {
  it('kk: "Қатысқандар: 1) … (төраға); 2) …" wrapped mid-name over lines', () => {
    const x = parseProtocol(doc(...kkHead, 'Кеңес мүшелерінің саны – 5. Отырысқа 4 мүше қатысты.', 'Қатысқандар: 1) Сейтов Арман Бекұлы (төраға); 2) Омарова Гүлнар',
      'Ерболқызы (хатшы); 3) Ахметов Нұрлан Асқарұлы; 4) Бекова Айжан', 'Маратқызы.', 'Қатыспағандар: Жақсылықов Әсет Бердібекұлы – іссапарда.', ''));
    expect(x.attendees.map((a) => a.name)).toEqual(['Сейтов Арман Бекұлы', 'Омарова Гүлнар Ерболқызы', 'Ахметов Нұрлан Асқарұлы', 'Бекова Айжан Маратқызы']);
  });

  it('ru: "Присутствовали: 1) Иванов И.И.; 2) Петров П.П.; 3) Сидоров С.С."', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали: 1) Иванов И.И.; 2) Петров П.П.; 3) Сидоров С.С.', ''));
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.']);
  });

  it('near-miss: one person a line under the heading is a list as ever (a time with its colon in an entry ends no list early)', () => {
    const x = parseProtocol(doc(...head, 'УЧАСТВОВАЛИ:', '  1) Иванов И.И. – председатель Совета;', '  2) Петров Пётр Петрович – подключился в 15:41, участвовал в',
      '     рассмотрении вопроса 2;', '  3) Сидоров С.С.', ''));
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Петров Пётр Петрович', 'Сидоров С.С.']);
  });
});

describe('the agenda of an outline', () => {
  it('kk: "II. КҮН ТӘРТІБІ" / "1-мәселе. …" with а) ә) under it and "(2.1 және" / "2.2-тармақтарды қараңыз)" wrapped', () => {
    const x = parseProtocol(doc(...kkHead, 'II. КҮН ТӘРТІБІ', '1-мәселе. Аудандағы медициналық көмек туралы:', '   а) аурухана ақпараты;',
      '   ә) мониторинг нәтижелері (2.1 және', '      2.2-тармақтарды қараңыз);', '2-мәселе. Жоспар жобасын талқылау.', '3-мәселе. Әртүрлі.', '',
      'Күн тәртібі бойынша дауыс беру: жақтап – 12, қарсы – 0, қалыс – 0.', ''));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
  });

  it('ru: "3. ПОВЕСТКА ДНЯ (3 вопроса)" / "3.1." … "3.3." are items 1–3; "Вопрос 1." items too', () => {
    const x = parseProtocol(doc(...head, '3. ПОВЕСТКА ДНЯ (3 вопроса)', '3.1. О подготовке к зиме:', '     а) информация отдела;', '3.2. О подвозе учащихся.',
      '3.3. О выездном заседании.', ''));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
    const y = parseProtocol(doc(...head, 'ПОВЕСТКА ДНЯ:', 'Вопрос 1. О бюджете района.', 'Вопрос 2. Разное.', ''));
    expect(y.agenda.map((a) => a.title)).toEqual(['О бюджете района.', 'Разное.']);
  });

  it('kk: "2.1-тармақ – …" / "2.2-тармақ – …" under "2-мәселе" are its parts; "Күн тәртібі бойынша – бірауыздан." is no heading', () => {
    const x = parseProtocol(doc(...kkHead, 'КҮН ТӘРТІБІ:', '1-мәселе. Ауыз су туралы.', '2-мәселе. Әлеуметтік көмек туралы:', '   2.1-тармақ – атаулы көмек;',
      '   2.2-тармақ – жұмыс тобын құру.', '', 'Күн тәртібі бойынша – бірауыздан.', ''));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });

  it('near-miss: only "Күн тәртібі бойынша – бірауыздан." reads no agenda (its count not stated)', () => {
    const x = parseProtocol(doc(...kkHead, 'Күн тәртібі бойынша – бірауыздан.', ''));
    expect(x.agenda).toEqual([]);
  });
});

const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);

describe('reports: dated items under an outline\'s headings', () => {
  it('ru: a section\'s title wrapped after its comma over lettered dated items', () => {
    expect(activities(doc('ОТЧЁТ Общественного совета за 9 месяцев 2026 года', '', '4. Заслушивание отчётов – 2 (по плану – 2), из них отделов – 1,',
      '   подведомственных организаций – 1', '   a) 19.02 – отдел образования района;', '   b) 13.05 – ГКП «Су».', ''))).toEqual(['report_hearing 2026-02-19', 'report_hearing 2026-05-13']);
  });

  it('ru: a quarter\'s items, numbering restarting, under a section of one type', () => {
    expect(activities(doc('ОТЧЁТ Общественного совета за 9 месяцев 2026 года', '', '3. Мониторинги – 3 (по плану – 3)', '   I квартал:',
      '     1) 15.02 – работа пункта обогрева;', '   II квартал:', '     1) 21.04 – санитарное состояние рынка;', '     2) 04.06 – подготовка лагеря.', '')))
      .toEqual(['monitoring 2026-02-15', 'monitoring 2026-04-21', 'monitoring 2026-06-04']);
  });

  it('kk: points of three levels under a typed point ("4.3. Қоғамдық тыңдаулар – 2:" / "4.3.1. 2025 жылғы 6 мамыр – …")', () => {
    expect(activities(doc('Қоғамдық кеңестің 2025 жылғы жұмысы туралы ЕСЕБІ', '', '4.3. Қоғамдық тыңдаулар – 2:', '     4.3.1. 2025 жылғы 6 мамыр – аудан бюджетінің жобасы;',
      '     4.3.2. 2025 жылғы 14 қазан – кенттің бас жоспары.', ''))).toEqual(['public_hearing 2025-05-06', 'public_hearing 2025-10-14']);
  });

  it('near-misses: a quarter\'s items under a section of no type, or of two, give no events; points of the composition give none', () => {
    expect(activities(doc('ОТЧЁТ Общественного совета за 9 месяцев 2026 года', '', '3. Мероприятия', '   I квартал:', '     1) 15.02 – работа пункта обогрева;', ''))).toEqual([]);
    expect(activities(doc('ОТЧЁТ Общественного совета за 9 месяцев 2026 года', '', '3. Мониторинги и круглые столы – 2', '   I квартал:', '     1) 15.02 – работа пункта обогрева;', ''))).toEqual([]);
    expect(activities(doc('Қоғамдық кеңестің 2025 жылғы жұмысы туралы ЕСЕБІ', '', '1.1. Жыл соңында Кеңесте 17 мүше:', '  1.1.1. азаматтық қоғам өкілдері – 12;',
      '  1.1.2. мемлекеттік органдардың өкілдері – 5.', ''))).toEqual([]);
  });
});
