/**
 * Reports of a council's whole term or of a year inside it (session 41, set 171's class, with variants of my own): a term
 * given with its days is the period, its table's total column the figures and the years its parts; counts told only year
 * by year in a term's report are no figure (summing is not stating); a term's count in a shorter report is another span's;
 * two events of two types in one sentence, each with its day; a protocol's count whose clause closes with its own colon
 * before the names.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readPeriod } from '../../../sources/extract/report/readPeriod.ts';

const period = (title: string) => readPeriod(title.split('\n'), undefined, []);
const report = (...lines: string[]) => parseReport(lines.join('\n'));
const valuesOf = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => f.value);
const candidatesOf = (x: ReturnType<typeof parseReport>, metric: string) => x.candidates.filter((c) => c.metric === metric).map((c) => c.value);

describe('a term given with its days is the period', () => {
  it.each([
    ['ҚОРЫТЫНДЫ ЕСЕП\nҚоғамдық кеңестің өкілеттік мерзімі ішіндегі\n(2023 жылғы 12 сәуір – 2026 жылғы 11 сәуір) қызметі туралы', '2023-04-12', '2026-04-11'],
    ['Отчёт о работе Совета созыва 2023–2026 гг. (19.07.2023 – 24.06.2026)', '2023-07-19', '2026-06-24'],
    ['Отчет о работе Совета за период с 19 июля 2023 г. по 18 июля 2026 г.', '2023-07-19', '2026-07-18'],
    ['Кеңестің шақырылым бойғы жұмысы туралы есеп (2023 жылғы 3 шілде – 2026 жылғы 30 маусым)', '2023-07-03', '2026-06-30'],
  ])('%s', (title, from, to) => {
    expect(period(title)).toEqual({ from, to });
  });
  it('near miss: six years between two dated ends is no term, whatever the title says', () => {
    expect(period('Отчёт о работе Совета созыва (01.01.2020 – 31.12.2025)')?.from).not.toBe('2020-01-01');
  });
  it('near miss: two years and a half with no term named and no whole years is no period of them', () => {
    expect(period('Отчёт о работе Совета: 19.07.2023 – 31.12.2025')?.from).not.toBe('2023-07-19');
  });
});

describe('a term report\'s table: the total column is the figure, the years its parts', () => {
  const KK_TITLE = ['Қоғамдық кеңестің өкілеттік мерзімі ішіндегі (2023 жылғы 12 сәуір – 2026 жылғы 11 сәуір) қызметі туралы', 'ҚОРЫТЫНДЫ ЕСЕП', ''];
  it('kk: " | " table with a wrapped header, Барлығы last; a dash list of events dated in every year of the term', () => {
    const x = report(...KK_TITLE,
      'Көрсеткіш              | 2023     | 2024 | 2025 | 2026     | Барлығы',
      '                       | (сәуір–  |      |      | (қаңтар– |',
      '                       | желтоқс.)|      |      | сәуір)   |',
      '-----------------------+----------+------+------+----------+--------',
      'Кеңес отырыстары       |    4     |  6   |  6   |    2     |   18',
      'Қоғамдық мониторинг    |    3     |  5   |  6   |    1     |   15',
      '',
      'Негізгі іс-шаралар:',
      '- 2023 жылғы 14 маусымда – жайылымдарды пайдалану мониторингі;',
      '- 2026 жылғы 18 ақпанда – электрондық аукцион мониторингі.');
    expect(valuesOf(x, 'general_meetings')).toEqual([18]);
    expect(valuesOf(x, 'monitorings')).toEqual([15]);
    expect(x.activities.map((a) => a.date_start)).toEqual(['2023-06-14', '2026-02-18']);
  });
  it('ru: the total named by the convocation stands first', () => {
    const x = report('Отчёт о работе Общественного совета за срок полномочий (19.07.2023 – 18.07.2026)', '',
      'Показатель        | Всего за созыв | 2023 | 2024 | 2025 | 2026',
      '------------------+----------------+------+------+------+-----',
      'Заседания Совета  |       17       |  3   |  6   |  5   |  3',
      'Мониторинги       |       22       |  3   |  7   |  8   |  4');
    expect(valuesOf(x, 'general_meetings')).toEqual([17]);
    expect(valuesOf(x, 'monitorings')).toEqual([22]);
  });
  it('near miss: the same table in a year\'s report gives the year\'s column, never the total', () => {
    const x = report('Отчёт о работе Общественного совета за 2025 год', '',
      'Показатель        | Всего за созыв | 2023 | 2024 | 2025 | 2026',
      '------------------+----------------+------+------+------+-----',
      'Заседания Совета  |       17       |  3   |  6   |  5   |  3');
    expect(valuesOf(x, 'general_meetings')).toEqual([5]);
  });
  it('near miss: a table by district beside the total in a term report is not read as years', () => {
    const x = report('Отчёт о работе Общественного совета за срок полномочий (19.07.2023 – 18.07.2026)', '',
      'Показатель        | Всего | 2024 | Майский р-н',
      '------------------+-------+------+------------',
      'Заседания Совета  |  17   |  6   |  4');
    expect(valuesOf(x, 'general_meetings')).toEqual([]);
  });
});

describe('a count told only year by year in a term report is no figure', () => {
  const KK_TITLE = 'Қоғамдық кеңестің өкілеттік мерзімі ішіндегі (2023 жылғы 12 сәуір – 2026 жылғы 11 сәуір) қызметі туралы есеп';
  const RU_TITLE = 'Отчёт о работе Общественного совета за срок полномочий (19.07.2023 – 18.07.2026)';
  it('kk: "2026 жылдың басынан – 14 материал" is the last year\'s part', () => {
    const x = report(KK_TITLE, '', 'Кеңестің жұмысы БАҚ-та жыл сайын жарияланып отырды: 2023 жылы – 22, 2024 жылы – 47, 2025 жылы – 51, 2026 жылдың басынан – 14 материал.');
    expect(valuesOf(x, 'publications')).toEqual([]);
  });
  it('ru: "с начала 2026 года – 46 материалов" likewise', () => {
    const x = report(RU_TITLE, '', 'Публикации выходили ежегодно: в 2023 году – 20, в 2024 году – 61, в 2025 году – 77, с начала 2026 года – 46 материалов.');
    expect(valuesOf(x, 'publications')).toEqual([]);
  });
  it('near miss: the term\'s total stated before its years is the figure', () => {
    const x = report(KK_TITLE, '', 'Мерзім ішінде барлығы 134 материал жарияланды: 2023 жылы – 22, 2024 жылы – 47, 2025 жылы – 51, 2026 жылы – 14.');
    expect(valuesOf(x, 'publications')).toEqual([134]);
  });
  it('near miss: in a year\'s report the year\'s pair is the count, the other years none', () => {
    const x = report('Отчёт о работе Общественного совета за 2025 год', '', 'Публикаций о деятельности Совета: 2024 г. – 61, 2025 г. – 77.');
    expect(valuesOf(x, 'publications')).toEqual([77]);
  });
});

describe('a term\'s count in a shorter report is another span\'s', () => {
  it('ru: the convocation\'s changes in a bracket beside the half-year\'s none', () => {
    const x = report('ОТЧЁТ о работе Общественного совета за первое полугодие 2026 года', '',
      'В первом полугодии 2026 года изменений в составе не было (за весь созыв выбыли 3 и включены 3 члена).');
    expect(valuesOf(x, 'members_joined')).toEqual([0]);
    expect(valuesOf(x, 'members_left')).toEqual([0]);
    expect(candidatesOf(x, 'members_joined')).toEqual([3]);
  });
  it('kk: "өкілеттік мерзімі ішінде" in a year\'s report', () => {
    const x = report('Кеңестің 2025 жылғы қызметі туралы ЕСЕП', '', 'Өкілеттік мерзімі ішінде кеңес 17 отырыс өткізді.');
    expect(valuesOf(x, 'general_meetings')).toEqual([]);
    expect(candidatesOf(x, 'general_meetings')).toEqual([17]);
  });
  it('ru: "с начала созыва" in a quarter\'s report', () => {
    const x = report('Информация о работе Общественного совета за III квартал 2026 года', '', 'С начала созыва проведено 22 мониторинга.');
    expect(valuesOf(x, 'monitorings')).toEqual([]);
  });
  it('near miss: the same sentence in the term\'s own report is its figure', () => {
    const x = report('Кеңестің өкілеттік мерзімі ішіндегі (2023 жылғы 12 сәуір – 2026 жылғы 11 сәуір) қызметі туралы есеп', '', 'Өкілеттік мерзімі ішінде кеңес 17 отырыс өткізді.');
    expect(valuesOf(x, 'general_meetings')).toEqual([17]);
  });
});

describe('two events of two types in one sentence, each with its day', () => {
  it('ru: a round table, a comma, public hearings with their day after a dash', () => {
    const x = report('ОТЧЁТ о работе Общественного совета за первое полугодие 2026 года', '',
      'Круглый стол «Транспортная доступность сёл» прошел 18 марта, общественные слушания по проекту тарифа на проезд – 27 мая 2026 г.');
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([['round_table', '2026-03-18'], ['public_hearing', '2026-05-27']]);
  });
  it('kk: each clause with its own verb', () => {
    const x = report('Кеңестің 2026 жылғы бірінші жартыжылдықтағы жұмысы туралы есеп', '', 'Дөңгелек үстел 18 наурызда өтті, қоғамдық тыңдау 27 мамырда өткізілді.');
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([['round_table', '2026-03-18'], ['public_hearing', '2026-05-27']]);
  });
  it('near miss: a clause about another type with no day of its own is no event', () => {
    const x = report('ОТЧЁТ о работе Общественного совета за первое полугодие 2026 года', '', 'Круглый стол «Транспортная доступность сёл» прошел 18 марта, по итогам мониторинга выработаны рекомендации.');
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([['round_table', '2026-03-18']]);
  });
});

describe('some of a year\'s count dated after a bracket comparing earlier years', () => {
  const KK = 'Кеңестің 2025 жылғы қызметі туралы ЕСЕП';
  it('kk: "оның ішінде" and clauses each opening with its day, the year\'s date first', () => {
    const x = report(KK, '', '7 қоғамдық мониторинг жүргізілді (2023 ж. – 4, 2024 ж. – 5), оның ішінде 2025 жылғы 12 наурызда ауылдық спорт залдарының жай-күйіне және 20 тамызда «Қайнар» стадионының реконструкциясына мониторинг.');
    expect(valuesOf(x, 'monitorings')).toEqual([7]);
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([['monitoring', '2025-03-12'], ['monitoring', '2025-08-20']]);
  });
  it('ru: "в том числе" after the bracket', () => {
    const x = report('Отчёт о работе Общественного совета за 2025 год', '', 'Проведено 7 мониторингов (в 2024 году – 5), в том числе 12 марта – спортивные залы, 20 августа – стадион «Кайнар».');
    expect(x.activities.map((a) => [a.type, a.date_start, a.title])).toEqual([['monitoring', '2025-03-12', 'спортивные залы'], ['monitoring', '2025-08-20', 'стадион «Кайнар»']]);
  });
  it('kk and ru: one of them, after a dash, its day and its title', () => {
    const kk = report(KK, '', 'Дөңгелек үстелдер саны – 3 (2024 ж. – 2), соның бірі – 15 мамырдағы «Ауыл жастарының спортқа қолжетімділігі».');
    expect(kk.activities.map((a) => [a.type, a.date_start, a.title])).toEqual([['round_table', '2025-05-15', '«Ауыл жастарының спортқа қолжетімділігі»']]);
    const ru = report('Отчёт о работе Общественного совета за 2025 год', '', 'Проведено 3 круглых стола (в 2024 году – 2), один из них – 15 мая, «Доступность спорта».');
    expect(ru.activities.map((a) => [a.type, a.date_start, a.title])).toEqual([['round_table', '2025-05-15', '«Доступность спорта»']]);
  });
  it('near miss: "one of them" with no day of its own is no dated event', () => {
    const x = report(KK, '', 'Дөңгелек үстелдер саны – 3, соның бірі – облыстық федерациялар қауымдастығымен бірге өтті.');
    expect(x.activities).toEqual([]);
  });
});

describe('a count whose clause closes with its own colon, the names after it', () => {
  const protocol = (...lines: string[]) => parseProtocol(['ПРОТОКОЛ № 3', 'заседания Общественного совета', '', ...lines, '', 'ПОВЕСТКА ДНЯ:', '1. О плане.'].join('\n'));
  it('ru: the count, its bracket of those online, a colon, then the names', () => {
    const x = protocol('ПРИСУТСТВОВАЛИ: 5 членов Совета из 7 (в том числе 1 – по видеосвязи): Ковальчук С.В.,', 'Нургалиева А.М., Бородин В.А. (по видеосвязи), Лысенко Н.П., Шарипов К.У.');
    expect(x.attendees.map((a) => a.name)).toEqual(['Ковальчук С.В.', 'Нургалиева А.М.', 'Бородин В.А.', 'Лысенко Н.П.', 'Шарипов К.У.']);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Бородин В.А.']);
  });
  it('kk: the partitive count, a colon, the names; the absentees counted the same way', () => {
    const x = protocol('Қатысқандар: 7 мүшенің 5-і (оның ішінде 1-еуі онлайн): Ахметов Б.Қ., Сейітова А.Ж., Омаров Т.Е. (онлайн), Ким О.В., Әлиев Р.Р.', '', 'Қатыспағандар: 2 мүше: Иманбаев Н.Ж. – іссапар, Сүлейменова Г.Т. – науқас.');
    expect(x.attendees.map((a) => a.name)).toEqual(['Ахметов Б.Қ.', 'Сейітова А.Ж.', 'Омаров Т.Е.', 'Ким О.В.', 'Әлиев Р.Р.']);
    expect(x.absentees.map((a) => [a.name, a.reason])).toEqual([['Иманбаев Н.Ж.', 'іссапар'], ['Сүлейменова Г.Т.', 'науқас']]);
  });
  it('near miss: the count\'s sentence ended, another heading\'s colon after it names no one present', () => {
    const x = protocol('Присутствовали: 10 членов Совета из 12. Отсутствовали: Иванов И.И. – болезнь, Петров П.П. – отпуск.');
    expect(x.attendees).toEqual([]);
  });
});
