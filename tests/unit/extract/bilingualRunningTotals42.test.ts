/**
 * Session 42, sets 178 (BILINGUAL PARALLEL DOCUMENTS: each figure told in Kazakh and in Russian, counted once; where the
 * two disagree, not stated) and 176 (QUARTERLY REPORTS WITH RUNNING TOTALS). Classes: a vote the two versions count
 * differently is one vote with only what both say (translatedVersion.ts); several questions' votes in one sentence
 * (readQuestionRuns.ts); a report translated in part disputes across languages (declaresTranslation.ts); a Word indicator
 * table's none in words, its count with a note of words, its publications' label with platform counts
 * (wordCellTable.ts, flattenFigureTables.ts, allOfReceived.ts); "Label: ІІІ тоқсанда – 2, жыл басынан бері – 6"
 * (partsLine.ts, statesNothingSections.ts); an oblast council by its abbreviation (otherCouncilsCounts.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const candidates = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);

describe('a protocol told twice, one vote counted differently in the two versions', () => {
  const twice = (second: string) => [
    'ПРОТОКОЛ № 8', 'Повестка дня:', '1. О плане.', '2. О проекте.', '',
    '1. СЛУШАЛИ: Иванова И.И.', 'Голосовали: за – 12, против – нет, воздержались – нет. Решение принято.', '',
    '2. СЛУШАЛИ: Петрова П.П.', 'Голосовали: за – 9, против – 1, воздержались – 2. Решение принято.', '',
    '=== Қазақ тілінде ===', '№ 8 ХАТТАМА', 'Күн тәртібі:', '1. Жоспар туралы.', '2. Жоба туралы.', '',
    '1. ТЫҢДАЛДЫ: Иванов И.И.', 'Дауыс беру: жақтап – 12, қарсы – жоқ, қалыс қалғандар – жоқ. Шешім қабылданды.', '',
    '2. ТЫҢДАЛДЫ: Петрова П.П.', second,
  ].join('\n');
  it('ru then kk: the disputed counts left out, the "for" both give and the result kept', () => {
    expect(votes(twice('Дауыс беру: жақтап – 9, қарсы – 2, қалыс қалғандар – 1. Шешім қабылданды.'))).toEqual([
      [12, 0, 0, false, 'adopted'], [9, null, null, false, 'adopted'],
    ]);
  });
  it('the same counts in both: one vote, all counts', () => {
    expect(votes(twice('Дауыс беру: жақтап – 9, қарсы – 1, қалыс қалғандар – 2. Шешім қабылданды.'))).toEqual([
      [12, 0, 0, false, 'adopted'], [9, 1, 2, false, 'adopted'],
    ]);
  });
  it('near-miss: no vote of the second version agrees with the first — nothing merged (which it translates is not known)', () => {
    const text = ['ХАТТАМА № 5', 'КҮН ТӘРТІБІ', '1. Көлік туралы.', 'Дауыс бергендер: жақтап – 11, қарсы – 0, қалыс – 1. Қабылданды.', 'ПОВЕСТКА ДНЯ', '1. О транспорте.', 'Голосовали: за – 10, против – 1, воздержались – 1. Принято.'].join('\n');
    expect(votes(text)).toHaveLength(2);
  });
});

describe("several questions' votes in one sentence of a summary", () => {
  const protocol = (summary: string[]) => [
    'ПРОТОКОЛ № 4', 'Присутствовали 7 членов совета.', 'Повестка: 1) О лагере. 2) О дорогах.', '',
    '1. СЛУШАЛИ: Сапарову К.М.', 'Проголосовали: за – 6, против – 0, воздержался – 1. Решение принято.', '',
    '2. СЛУШАЛИ: Есенова Б.Т.', 'Проголосовали: за – 5, против – 1, воздержались – 1. Решение принято.', '',
    ...summary,
  ].join('\n');
  it('kk summary, wrapped, a count left out: each part the vote under its question', () => {
    expect(votes(protocol(['Хаттаманың қазақ тіліндегі қысқаша мазмұны', 'Ұсынымдар қабылданды (1-мәселе: жақтап – 6, қалыс – 1; 2-мәселе: жақтап – 5, қарсы – 1,', 'қалыс – 1). Келесі отырыс қыркүйекте өтеді.']))).toEqual([
      [6, 0, 1, false, 'adopted'], [5, 1, 1, false, 'adopted'],
    ]);
  });
  it('ru: "по 1-му вопросу: …; по 2-му вопросу: …"', () => {
    expect(votes(protocol(['Итоги: по 1-му вопросу: за – 6, воздержался – 1; по 2-му вопросу: за – 5, против – 1, воздержались – 1.']))).toHaveLength(2);
  });
  it('a part that gives other counts than its question: only what both say', () => {
    expect(votes(protocol(['Қысқаша: 1-мәселе: жақтап – 6, қалыс – 1; 2-мәселе: жақтап – 4, қарсы – 2, қалыс – 1.']))).toEqual([
      [6, 0, 1, false, 'adopted'], [null, null, 1, false, 'adopted'],
    ]);
  });
  it('near-miss: two questions on lines of their own, each a sentence, stay two votes as read', () => {
    expect(votes(['ХАТТАМА № 2', '1-мәселе: жақтап – 9, қарсы – 0, қалыс – 0. Қабылданды.', '2-мәселе: жақтап – 8, қарсы – 1, қалыс – 0. Қабылданды.'].join('\n'))).toEqual([
      [9, 0, 0, false, 'adopted'], [8, 1, 0, false, 'adopted'],
    ]);
  });
});

describe('a report translated in part: a figure the two languages state differently is none', () => {
  const report = (ru: string) => [
    'Марқакөл ауданы қоғамдық кеңесінің 2026 жылғы бірінші жартыжылдықтағы қызметі туралы ЕСЕП', '',
    '1. Кеңестің құрамы', 'Кеңес құрамына 11 мүше кіреді. Кеңесте 3 тұрақты комиссия бар.', '',
    '2. Азаматтардың өтініштері', 'Жартыжылдықта кеңеске 14 өтініш түсті. 14 өтініштің 12-сіне жауап берілді, қалғандары қаралуда.',
    `   Перевод: За полугодие в совет поступило 14 обращений. ${ru}`, '',
    '3. Мониторинг', 'Жартыжылдықта 5 мониторинг өткізілді. Кеңес 4 НҚА жобасын қарады.',
  ].join('\n');
  it('"Перевод:" under one section: 12 (kk) vs 11 (ru) — both candidates, no figure', () => {
    const text = report('Ответы даны на 11 из 14 обращений, остальные находятся на рассмотрении.');
    expect(figure(text, 'appeals_answered')).toBeUndefined();
    expect(candidates(text, 'appeals_answered').sort()).toEqual([11, 12]);
  });
  it('the same number in both: one figure', () => {
    expect(figure(report('Ответы даны на 12 из 14 обращений.'), 'appeals_answered')).toBe(12);
  });
  it('near-miss: a Russian report telling of publications in Kazakh declares no translation — the first is kept', () => {
    const text = ['Отчёт о работе общественного совета за 2026 год', 'Опубликовано 12 материалов на казахском языке.', 'Поступило 9 обращений, ответы даны на 7 обращений.', 'Кеңеске 9 өтініш түсті, 8 өтінішке жауап берілді.'].join('\n');
    expect(candidates(text, 'appeals_answered')).toEqual([]);
  });
});

describe('a Word indicator table with a column per language (cells as read from a .docx)', () => {
  const cell = (c: string) => `\t${c}`;
  const table = (rows: string[][]) => ['Мағжан Жұмабаев ауданы қоғамдық кеңесінің 2026 жылғы III тоқсандағы жұмысы туралы АҚПАРАТ', 'Есептік кезең: 2026 жылғы 1 шілде – 30 қыркүйек.',
    ...[['№', 'Көрсеткіш', 'Показатель', '2026 ж. III тоқсан / III кв. 2026 г.', '2025 ж. III тоқсан / III кв. 2025 г.'], ...rows].flat().map(cell), ''].join('\n');
  const rows = [
    ['1', 'Кеңес отырыстары', 'Заседания совета', '3', '2'],
    ['2', 'Меморандумдар', 'Меморандумы', 'жасалған жоқ', '1'],
    ['3', 'Қаралған НҚА жобалары', 'Рассмотрено проектов НПА', '3 (барлығы ескертусіз мақұлданды / все одобрены без замечаний)', '4'],
    ['4', 'Жарияланымдар (Instagram – 15, Telegram – 8, әкімдік сайты – 4)', 'Публикации (Instagram – 15, Telegram – 8, сайт акимата – 4)', '27', '19'],
  ];
  it('"жасалған жоқ" is a none, the bracket of words a note, the label\'s platforms each a platform\'s', () => {
    const x = parseReport(table(rows));
    const got = Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
    expect(got).toMatchObject({ general_meetings: 3, memoranda: 0, npa_reviewed: 3, npa_approved: 3, publications: 27 });
    expect(got.npa_with_remarks).toBeUndefined();
    expect(x.media.map((m) => [m.platform, m.publications]).sort()).toEqual([['instagram', 15], ['telegram', 8], ['website', 4]]);
  });
  it('ru: "не заключались" in the period\'s cell is a none too', () => {
    expect(figure(table([rows[0], ['2', 'Меморандумдар', 'Меморандумы', 'не заключались', '1']]), 'memoranda')).toBe(0);
  });
  it('near-miss: a bracket of counts that name no platform says nothing of media', () => {
    const x = parseReport(table([rows[0], ['4', 'Жарияланымдар (мақалалар – 15, сұхбаттар – 12)', 'Публикации (статьи – 15, интервью – 12)', '27', '19']]));
    expect(x.media).toEqual([]);
  });
});

describe("a quarter's count beside its running total since the year's start", () => {
  const kk = (lines: string[]) => ['Тарбағатай ауданы қоғамдық кеңесінің 2026 жылғы ІІІ тоқсандағы жұмысы туралы АҚПАРАТ', 'Есеп 2026 жылғы шілде – қыркүйек айларын қамтиды.', ...lines].join('\n');
  const ru = (lines: string[]) => ['Информация о работе общественного совета района за III квартал 2026 года', ...lines].join('\n');
  it('kk: the quarter\'s count, the none in words, the item\'s bracket kept; no year-to-date number', () => {
    const text = kk([
      '2.1. Кеңес отырыстары: ІІІ тоқсанда – 2, жыл басынан бері – 6.',
      '4.1. Мониторинг: ІІІ тоқсанда – 3, жыл басынан бері – 9. Өткізілгендері:', '– 2026 жылғы 9 шілдеде – амбулаторияның жұмысы;', '– 10.09.2026 ж. – оқушыларды тасымалдау.',
      '4.2. Қоғамдық тыңдаулар: ІІІ тоқсанда – 1 (28 шілдеде, бюджет жобасы бойынша), жыл басынан бері – 2.',
      '4.3. Дөңгелек үстелдер: ІІІ тоқсанда өткізілген жоқ, жыл басынан бері – 2.',
      'ІІІ тоқсанда кеңеске 5 өтініш келіп түсті (жыл басынан бері – 14).',
    ]);
    const got = Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
    expect(got).toMatchObject({ general_meetings: 2, monitorings: 3, public_hearings: 1, round_tables: 0, appeals_received: 5 });
  });
  it('ru: "в III квартале – 2, с начала года – 6"', () => {
    expect(figure(ru(['2.1. Заседания совета: в III квартале – 2, с начала года – 6.']), 'general_meetings')).toBe(2);
  });
  it('near-miss: a quarter of another span than the report\'s beside the total states nothing of the period', () => {
    expect(figure(ru(['Заседания совета: во II квартале – 2, с начала года – 6.']), 'general_meetings')).toBeUndefined();
  });
  it('near-miss: a heading of running totals over a list still blanks its rows', () => {
    expect(figure(ru(['Показатели нарастающим итогом:', 'Заседания совета – 6', 'Мониторинги – 9']), 'monitorings')).toBeUndefined();
  });
});

describe('an oblast council named by its abbreviation is another council', () => {
  it('kk "ШҚО қоғамдық кеңесі" and ru "Общественный совет ВКО" in a district\'s report: a candidate, no figure', () => {
    const kk = ['Тарбағатай ауданы қоғамдық кеңесінің 2026 жылғы ІІІ тоқсандағы жұмысы туралы АҚПАРАТ', 'ШҚО қоғамдық кеңесі осы тоқсанда 3 отырыс өткізді.'].join('\n');
    expect(figure(kk, 'general_meetings')).toBeUndefined();
    const ru = ['Информация о работе Общественного совета Уланского района за III квартал 2026 года', 'Общественный совет ВКО за квартал провёл 3 заседания.'].join('\n');
    expect(figure(ru, 'general_meetings')).toBeUndefined();
  });
  it("near-miss: the district council's own sittings are its figure", () => {
    expect(figure(['Тарбағатай ауданы қоғамдық кеңесінің 2026 жылғы ІІІ тоқсандағы жұмысы туралы АҚПАРАТ', 'Кеңес осы тоқсанда 2 отырыс өткізді.'].join('\n'), 'general_meetings')).toBe(2);
  });
});
