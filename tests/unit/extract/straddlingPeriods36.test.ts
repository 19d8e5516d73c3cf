/**
 * Periods that straddle the calendar (session 36, set 125's class, with variants of my own): a report's span whose two ends
 * carry their years (a winter, a heating season, an academic year, a council's first year); the comparisons a letter puts in
 * brackets it explains once ("В скобках для сравнения приведены данные за …"); a season, a heating season or an academic year
 * the title names as the period, in the text's words for it; how many times one body was heard ("дважды – отдела …"), never a
 * count of bodies; lettered section titles ("в) Есептерді тыңдау") and a span of months in a dated sentence, never events.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readPeriod } from '../../../sources/extract/report/readPeriod.ts';

const period = (title: string) => readPeriod(title.split('\n'), undefined, []);
const report = (title: string, ...lines: string[]) => parseReport([title, '', ...lines].join('\n'));
const valuesOf = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => f.value);

describe('a span whose two ends carry their years is the period', () => {
  it.each([
    ['ИНФОРМАЦИЯ о работе Совета\nза зимний период: декабрь 2025 г. – февраль 2026 г.', '2025-12-01', '2026-02-28'],
    ['ОТЧЁТ за октябрь 2025 – март 2026 года', '2025-10-01', '2026-03-31'],
    ['Отчёт о работе Совета с декабря 2025 г. по февраль 2026 г.', '2025-12-01', '2026-02-28'],
    ['Отчёт о работе Совета за период 15.03.2025 – 14.03.2026', '2025-03-15', '2026-03-14'],
    ['ОТЧЁТ (с 15 октября 2025 г. по 15 апреля 2026 г.)', '2025-10-15', '2026-04-15'],
    ['ЕСЕП\n(2025 жылғы 15 наурыз – 2026 жылғы 14 наурыз)', '2025-03-15', '2026-03-14'],
    ['2025/2026 ОҚУ ЖЫЛЫ ІШІНДЕГІ (2025 жылғы қыркүйек – 2026 жылғы мамыр)\nЖҰМЫС ТУРАЛЫ АҚПАРАТ', '2025-09-01', '2026-05-31'],
    ['Кеңестің 2025 жылғы желтоқсаннан 2026 жылғы ақпанға дейінгі жұмысы туралы', '2025-12-01', '2026-02-28'],
    ['Кеңестің 15.10.2025-тен 15.04.2026-ға дейінгі жұмысы туралы есеп', '2025-10-15', '2026-04-15'],
  ])('%s', (title, from, to) => {
    expect(period(title)).toEqual({ from, to });
  });
  it('near miss: a visit of three days in a title is no report\'s span', () => {
    expect(period('Отчёт о выездном мониторинге 12.05.2026 – 14.05.2026')).not.toEqual({ from: '2026-05-12', to: '2026-05-14' });
  });
  it('near miss: fifteen months between two dated ends is a year mistyped, no period of them', () => {
    expect(period('Отчёт о работе Совета: 01.07.2025 – 30.09.2026')?.from).not.toBe('2025-07-01');
  });
  it('near miss: a year\'s title keeps its year; a season\'s span in the text is no title', () => {
    expect(period('Отчёт о работе Совета за 2025 год\nОтопительный сезон прошёл с 15.10.2025 по 15.04.2026.')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('brackets a legend says compare hold another period\'s counts', () => {
  const RU = 'ИНФОРМАЦИЯ о работе Совета за декабрь 2025 г. – февраль 2026 г.';
  const KK = 'Кеңестің 2026 жылғы қаңтар – маусым айларындағы жұмысы туралы';
  it('ru: the legend first, square brackets after each count', () => {
    const x = report(RU, 'В скобках для сравнения приведены данные за сентябрь – ноябрь 2025 г. и за зиму прошлого года.', '', 'Проведено 3 заседания Совета [2; 3], 2 заседания президиума [1; 2] и 7 заседаний комиссий [6; 5].', 'Поступило 11 обращений [9; 14].');
    expect(valuesOf(x, 'general_meetings')).toEqual([3]);
    expect(valuesOf(x, 'presidium_meetings')).toEqual([2]);
    expect(valuesOf(x, 'commission_meetings')).toEqual([7]);
    expect(valuesOf(x, 'appeals_received')).toEqual([11]);
  });
  it('kk: the legend wrapped over lines, round brackets', () => {
    const x = report(KK, 'Салыстыру үшін алдыңғы жарты жылдың (2025 жылғы шілде –', 'желтоқсан) деректері жақша ішінде берілді.', '', 'Жарты жылда 6 мониторинг жүргізілді (4).', '16 өтініш түсті (12).');
    expect(valuesOf(x, 'monitorings')).toEqual([6]);
    expect(valuesOf(x, 'appeals_received')).toEqual([16]);
  });
  it('near miss: without the legend a bare bracket of another number leaves the count a candidate', () => {
    const x = report(RU, 'Проведено 4 мониторинга [5; 3].');
    expect(valuesOf(x, 'monitorings')).toEqual([]);
    expect(x.candidates.some((c) => c.metric === 'monitorings' && c.value === 4)).toBe(true);
  });
  it('near miss: "в скобках" of something else is no legend', () => {
    const x = report(RU, 'В скобках указаны даты мероприятий.', 'Проведено 4 мониторинга [5; 3].');
    expect(valuesOf(x, 'monitorings')).toEqual([]);
  });
});

describe('a season the title names is the period itself', () => {
  it('a winter report: "в зимний период" counts the period', () => {
    const x = report('ИНФОРМАЦИЯ за зимний период: декабрь 2025 г. – февраль 2026 г.', 'В зимний период проведено 4 мониторинга.', 'Публичные слушания в зимний период не проводились.');
    expect(valuesOf(x, 'monitorings')).toEqual([4]);
    expect(valuesOf(x, 'public_hearings')).toEqual([0]);
  });
  it('a heating season\'s report: its words for the season are the period', () => {
    const x = report('ОТЧЁТ об участии Совета в контроле за отопительным сезоном 2025/2026 гг.\n(с 15 октября 2025 г. по 15 апреля 2026 г.)', 'За время отопительного сезона изменений в составе Совета не было.', 'Публичные слушания за период сезона не проводились.');
    expect(valuesOf(x, 'members_joined')).toEqual([0]);
    expect(valuesOf(x, 'members_left')).toEqual([0]);
    expect(valuesOf(x, 'public_hearings')).toEqual([0]);
  });
  it('kk: an academic year\'s report', () => {
    const x = report('2025/2026 оқу жылы ішіндегі (2025 жылғы қыркүйек – 2026 жылғы мамыр) жұмыс туралы ақпарат', 'Оқу жылы ішінде қоғамдық тыңдау өткізілген жоқ.');
    expect(valuesOf(x, 'public_hearings')).toEqual([0]);
  });
  it.each([
    ['Отчет о работе Общественного совета за III квартал 2026 года', 'Летом проведено 2 мониторинга.', 'monitorings'],
    ['Отчет о работе Общественного совета за 2025 год', 'Публичные слушания в зимний период не проводились.', 'public_hearings'],
    ['Отчет о работе Общественного совета за 2025 год', 'За время отопительного сезона изменений в составе Совета не было.', 'members_joined'],
  ])('near miss: a season inside a longer period is a part (%s: %s)', (title, line, metric) => {
    expect(valuesOf(report(title, line), metric)).toEqual([]);
  });
});

describe('how many times a body was heard is no count of bodies', () => {
  const Q3 = 'Отчет о работе Общественного совета за III квартал 2026 года';
  it.each([
    'Всего заслушано 4 отчёта: дважды – отдела ЖКХ акимата района, по одному разу – КГП «Энерго» и ТОО «Жылу».',
    'Заслушано 3 отчёта: 2 раза – отдела образования, один раз – отдела ЖКХ.',
  ])('%s', (line) => {
    const x = report(Q3, line);
    expect(valuesOf(x, 'departments_heard')).toEqual([]);
    expect(valuesOf(x, 'report_hearings').length).toBe(1);
  });
  it('near miss: two departments named as two still count', () => {
    expect(valuesOf(report(Q3, 'Заслушаны отчёты 3 руководителей – 2 отделов акимата района и 1 подведомственного предприятия.'), 'departments_heard')).toEqual([2]);
  });
  it.each([
    'Заслушаны отчёты 3 руководителей – 2 отделов акимата района и 1 подведомственного предприятия.',
    'Заслушаны отчёты 3 руководителей (2 отделов акимата района и 1 подведомственного предприятия).',
    'Заслушаны отчёты 3 руководителей.',
  ])('the heads heard, their breakdown after a dash or bracket: %s', (line) => {
    expect(valuesOf(report(Q3, line), 'report_hearings')).toEqual([3]);
  });
});

describe('titles and spans that are no events', () => {
  it('lettered section titles over their paragraphs are no activities', () => {
    const x = report('Кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп', 'а) Құрамы', 'Кеңесте 15 мүше бар.', '', 'в) Есептерді тыңдау', '3 есеп тыңдалды: білім бөлімі (11.08.2026), мәдениет бөлімі (17.09.2026), жұмыспен қамту бөлімі (27.09.2026).', '', 'г) Дөңгелек үстелдер, семинарлар', '2 дөңгелек үстел өтті: 26.07.2026 – «Мұғалім тапшылығы» және 20.09.2026 – «Жазғы демалыс».');
    expect(x.activities.filter((a) => a.date_start === null)).toEqual([]);
    expect(x.activities.filter((a) => a.type === 'round_table').map((a) => a.date_start)).toEqual(['2026-07-26', '2026-09-20']);
  });
  it('a span of months in a dated sentence is a period the sentence counts over', () => {
    const x = report('ЕСЕП\n(2025 жылғы 15 наурыз – 2026 жылғы 14 наурыз)', 'Салыстыру үшін: 2025 күнтізбелік жылы (15 наурыз – 31 желтоқсан) Кеңес 3 отырыс, 6 мониторинг өткізді.');
    expect(x.activities).toEqual([]);
  });
  it('near miss: one event that lasted two months keeps its days', () => {
    const x = report('Отчет о работе Общественного совета за первое полугодие 2026 года', 'В отчетном периоде проведен один общественный мониторинг – «Доступность лекарств» (с 17 марта по 16 мая 2026 г.).');
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([['monitoring', '2026-03-17']]);
  });
  it('near miss: an event of two days keeps its days', () => {
    const x = report('Отчет о работе Общественного совета за III квартал 2026 года', '14–15 августа 2026 года проведён выездной мониторинг сельских школ.');
    expect(x.activities.map((a) => [a.type, a.date_start, a.date_end])).toEqual([['monitoring', '2026-08-14', '2026-08-15']]);
  });
});

describe('an authority that owns the draft an event was on does not own the event', () => {
  it.each([
    ['kk', '14.08.2026 аудандық мәслихаттың абаттандыру қағидалары жобасы бойынша 1 қоғамдық тыңдау өтті.', 1],
    ['kk', 'Мәслихаттың бюджет жобасы бойынша Кеңес 2 қоғамдық тыңдау өткізді.', 2],
    ['ru', '14.08.2026 по проекту правил благоустройства районного маслихата проведено 1 публичное слушание.', 1],
  ] as ['ru' | 'kk', string, number][])('%s: %s', (lang, line, value) => {
    const title = lang === 'kk' ? 'Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп' : 'Отчет о работе Общественного совета за III квартал 2026 года';
    expect(valuesOf(report(title, line), 'public_hearings')).toEqual([value]);
  });
  it.each([
    ['kk', 'Аудандық мәслихат 3 қоғамдық тыңдау өткізді.'],
    ['kk', 'Аудандық мәслихаттың 3 қоғамдық тыңдауы өтті.'],
    ['ru', 'Маслихатом проведено 3 публичных слушания.'],
    ['ru', 'Районным маслихатом по проекту бюджета проведено 2 публичных слушания.'],
  ] as ['ru' | 'kk', string][])('near miss (%s): the authority holds them — %s', (lang, line) => {
    const title = lang === 'kk' ? 'Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп' : 'Отчет о работе Общественного совета за III квартал 2026 года';
    expect(valuesOf(report(title, line), 'public_hearings')).toEqual([]);
  });
});

describe('a report set out by thematic directions: a direction\'s count is no council figure (set 133\'s class)', () => {
  const RU = ['Отчёт о работе Общественного совета за 2025 год', '', 'Совет работает по 5 тематическим направлениям. Проведено 8 заседаний Совета.', '', '1. СОЦИАЛЬНАЯ СФЕРА', 'Мониторинги: 18.02.2025 – поликлиника; 22.04.2025 – подвоз учащихся. Поступило 7 обращений.', '', '2. ЖИЛИЩНО-КОММУНАЛЬНОЕ ХОЗЯЙСТВО', 'Поступило 12 обращений. Направлено 6 писем с рекомендациями.', ''];
  it('ru: the directions\' counts are candidates; the stated totals stay', () => {
    const x = parseReport([...RU, 'ИТОГИ ГОДА', '', 'Всего поступило 21 обращение, направлено 15 писем.'].join('\n'));
    expect(valuesOf(x, 'appeals_received')).toEqual([21]);
    expect(valuesOf(x, 'letters_sent')).toEqual([15]);
    expect(valuesOf(x, 'general_meetings')).toEqual([8]);
    expect(x.candidates.some((c) => c.metric === 'appeals_received' && c.value === 7)).toBe(true);
  });
  it('ru: with no total stated, nothing is summed from the directions', () => {
    const x = parseReport(RU.join('\n'));
    expect(valuesOf(x, 'appeals_received')).toEqual([]);
    expect(valuesOf(x, 'letters_sent')).toEqual([]);
  });
  it('kk: "5 бағыт бойынша", headings "… бағыты"', () => {
    const x = parseReport(['Кеңестің 2026 жылғы бірінші жартыжылдықтағы жұмысы туралы есеп', '', 'Кеңес 5 бағыт бойынша жұмыс жүргізеді.', '', '1. Әлеуметтік сала бағыты', 'Бағытқа 4 өтініш түсті. Аудан әкімдігіне 2 хат жолданды.', '', 'ҚОРЫТЫНДЫ', 'Азаматтардан барлығы 12 өтініш қабылданды.'].join('\n'));
    expect(valuesOf(x, 'appeals_received')).toEqual([12]);
    expect(valuesOf(x, 'letters_sent')).toEqual([]);
  });
  it('near miss: "направлено 6 писем" and numbered sections of a report not told by directions are the council\'s', () => {
    const x = parseReport(['Отчёт о работе Общественного совета за 2025 год', '', '1. ОБРАЩЕНИЯ', 'Поступило 7 обращений.', '', '2. ПИСЬМА', 'Направлено 6 писем в государственные органы.'].join('\n'));
    expect(valuesOf(x, 'appeals_received')).toEqual([7]);
    expect(valuesOf(x, 'letters_sent')).toEqual([6]);
  });
});
