/**
 * Table classes of session 28 (held-out sets 71–74), each with variants no set holds and near-misses that give nothing:
 * a quarter's column abbreviated in a narrow header ("I тоқс.", "II кварт.", "3 кв-л"); a table's header typed again
 * where a page broke it; a commission's block headed by its number alone ("2-КОМИССИЯ (…)", "Комиссия № 1 (…)") and a
 * note after the blocks; the platforms of a dot-leader row of publications set in on the line under it, and platforms'
 * leader rows under a line stating the publications; a slide's big
 * numbers with their captions right under them, and the appeals answered told in a bullet under the appeals' breakdown.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { partsOfPeriod } from '../../../sources/extract/report/partsOfPeriod.ts';
import { isOneCommissionHeading } from '../../../sources/extract/report/commissionSections.ts';
import { readCardGrids } from '../../../sources/extract/report/cardGrid.ts';
import { docxHtmlToText } from '../../../sources/readers/docxHtmlToText.ts';

/** A report's Word table as a .docx reads: a paragraph before it, one cell a line. */
function docx(before: string[], rows: string[][]): string {
  const p = (t: string) => `<p>${t}</p>`;
  return docxHtmlToText(`${before.map(p).join('')}<table>${rows.map((r) => `<tr>${r.map((t) => `<td>${p(t)}</td>`).join('')}</tr>`).join('')}</table>`);
}

const read = (lines: string[]) => {
  const x = parseReport(lines.join('\n'));
  return {
    figures: Object.fromEntries(x.figures.map((f) => [f.metric, f.value])),
    candidates: x.candidates.map((c) => `${c.metric}=${c.value}`),
    media: Object.fromEntries(x.media.map((m) => [m.platform, m.publications])),
  };
};

describe('a quarter abbreviated in a table header', () => {
  it('reads "I тоқс. | II тоқс." as quarters: the half-year column beside them is the period\'s', () => {
    const { figures } = read([
      'Ақсу ауылдық округі Қоғамдық кеңесінің 2026 жылғы бірінші жартыжылдықтағы жұмысы туралы есеп',
      '',
      'Көрсеткіштер              I тоқс.    II тоқс.    Жарты жылда',
      'Кеңес отырыстары              1          2            3',
      'Мониторингтер                 2          2            4',
      'Дөңгелек үстелдер             –          1            1',
    ]);
    expect(figures).toMatchObject({ general_meetings: 3, monitorings: 4, round_tables: 1 });
  });

  it('reads "I кварт. … III кварт." typed with tabs, the nine months\' total last', () => {
    const { figures } = read([
      'Информация о деятельности Общественного совета района за 9 месяцев 2025 года',
      'Показатель\tI кварт.\tII кварт.\tIII кварт.\tИтого за 9 мес.',
      'Заседания Совета\t2\t1\t2\t5',
      'Заседания комиссий\t3\t4\t2\t9',
      'Поступило обращений\t6\t4\t5\t15',
    ]);
    expect(figures).toMatchObject({ general_meetings: 5, commission_meetings: 9, appeals_received: 15 });
  });

  it('reads "1 кв-л | 2 кв-л" after the total, the total first', () => {
    const { figures } = read([
      'Отчет Общественного совета города за первое полугодие 2025 года',
      '| Показатель | Всего за полугодие | 1 кв-л | 2 кв-л |',
      '|---|---|---|---|',
      '| Заседания Совета | 4 | 2 | 2 |',
      '| Мониторинги | 6 | 4 | 2 |',
    ]);
    expect(figures).toMatchObject({ general_meetings: 4, monitorings: 6 });
  });

  it('names the quarter and the kind: "II тоқс." the second quarter, "тоқсандар" several, "кварт." only with its dot', () => {
    expect(partsOfPeriod('ii тоқс.')).toMatchObject([{ kind: 'quarter', no: 2, span: [4, 6] }]);
    expect(partsOfPeriod('3 кв-л')).toMatchObject([{ kind: 'quarter', no: 3 }]);
    expect(partsOfPeriod('квартира 5')).toEqual([]);
  });

  it('near-miss: a total the abbreviated quarters do not make is a candidate, never the figure', () => {
    const { figures, candidates } = read([
      'Кеңестің 2025 жылғы 9 айдағы қызметі туралы ақпарат',
      '',
      'Көрсеткіш                I тоқс.   II тоқс.   III тоқс.   9 ай',
      'Кеңес отырыстары            2         2          1         7',
      'Мониторингтер               1         2          2         5',
    ]);
    expect(figures.general_meetings).toBeUndefined();
    expect(candidates).toContain('general_meetings=7');
    expect(figures.monitorings).toBe(5);
  });

  it('near-miss: in a quarter\'s report the other quarter\'s column is never the period\'s', () => {
    const { figures } = read([
      'Қоғамдық кеңестің 2025 жылғы IV тоқсандағы жұмысы туралы ақпарат',
      'Көрсеткіш\tIII тоқс.\tIV тоқс.',
      'Кеңес отырыстары\t3\t2',
      'Мониторингтер\t4\t1',
    ]);
    expect(figures).toMatchObject({ general_meetings: 2, monitorings: 1 });
  });
});

describe('a table\'s header typed again where a page broke it', () => {
  it('reads on over the repeated header: Kazakh month columns, the total last', () => {
    const { figures } = read([
      'Кеңестің 2025 жылғы III тоқсандағы қызметі туралы ақпарат',
      'Көрсеткіш\tШілде\tТамыз\tҚыркүйек\tБарлығы',
      'Кеңес отырыстары\t1\t–\t1\t2',
      'Мониторингтер\t1\t2\t–\t3',
      'Көрсеткіш\tШілде\tТамыз\tҚыркүйек\tБарлығы',
      'Түскен өтініштер\t3\t1\t2\t6',
      'Жарияланымдар\t5\t4\t6\t15',
    ]);
    expect(figures).toMatchObject({ general_meetings: 2, monitorings: 3, appeals_received: 6, publications: 15 });
  });

  it('reads on over the repeated header: Russian pipes, the total first', () => {
    const { figures } = read([
      'Информация о работе Общественного совета города за III квартал 2025 года',
      '| Показатель | Всего за квартал | Июль | Август | Сентябрь |',
      '|---|---|---|---|---|',
      '| Заседания Совета | 3 | 1 | 1 | 1 |',
      '| Мониторинги | 5 | 2 | – | 3 |',
      '| Показатель | Всего за квартал | Июль | Август | Сентябрь |',
      '| Круглые столы | 2 | 1 | 1 | – |',
      '| Поступило обращений | 9 | 4 | 2 | 3 |',
    ]);
    expect(figures).toMatchObject({ general_meetings: 3, monitorings: 5, round_tables: 2, appeals_received: 9 });
  });

  it('reads on over the repeated header of a Word table (Russian, quarters and the half-year\'s total)', () => {
    const rows = [
      ['Показатель', 'I кв.', 'II кв.', 'Итого за полугодие'],
      ['Заседания Совета', '2', '1', '3'],
      ['Мониторинги', '3', '2', '5'],
      ['Показатель', 'I кв.', 'II кв.', 'Итого за полугодие'],
      ['Круглые столы', '1', '–', '1'],
    ];
    const { figures } = read([docx(['Отчет Общественного совета района за первое полугодие 2025 года'], rows)]);
    expect(figures).toMatchObject({ general_meetings: 3, monitorings: 5, round_tables: 1 });
  });

  it('near-miss: a Word table\'s row of other headers in the middle is no repeat: nothing read from the table', () => {
    const rows = [
      ['Показатель', 'I кв.', 'II кв.', 'Итого за полугодие'],
      ['Заседания Совета', '2', '1', '3'],
      ['Мониторинги', '3', '2', '5'],
      ['Показатель', '2023 г.', '2024 г.', 'Итого за 2 года'],
      ['Круглые столы', '4', '2', '6'],
    ];
    const { figures } = read([docx(['Отчет Общественного совета района за первое полугодие 2025 года'], rows)]);
    expect(figures.round_tables).toBeUndefined();
    expect(Object.values(figures)).not.toContain(1);
  });

  it('near-miss: a row of other headers (last year\'s columns) is no repeat: nothing under it is read as this period\'s', () => {
    const { figures } = read([
      'Кеңестің 2025 жылғы III тоқсандағы қызметі туралы ақпарат',
      'Көрсеткіш\tШілде\tТамыз\tҚыркүйек\tБарлығы',
      'Кеңес отырыстары\t1\t–\t1\t2',
      'Мониторингтер\t1\t2\t–\t3',
      'Көрсеткіш\t2023 жыл\t2024 жыл\t2025 жыл\t',
      'Түскен өтініштер\t30\t41\t26\t',
    ]);
    expect(figures.appeals_received).toBeUndefined();
    expect(Object.values(figures)).not.toContain(1);
  });
});

describe('a commission\'s block headed by its number alone', () => {
  it('reads the totals first, each block\'s counts as parts (Kazakh, capitals, the field in brackets)', () => {
    const { figures, candidates } = read([
      'Аудандық Қоғамдық кеңестің 2025 жылғы ІІІ тоқсандағы жұмысы',
      'Кеңес отырыстары – 2.',
      'Комиссия отырыстары – 5.',
      'Мониторингтер – 3.',
      '',
      '1-КОМИССИЯ (экономика және бюджет)',
      '– 3 комиссия отырысы;',
      '– 2 мониторинг.',
      '',
      '2-КОМИССИЯ (әлеуметтік сала)',
      '– 2 комиссия отырысы;',
      '– 1 мониторинг.',
    ]);
    expect(figures).toMatchObject({ general_meetings: 2, commission_meetings: 5, monitorings: 3 });
    expect(candidates).not.toContain('commission_meetings=5');
  });

  it('reads "1-я комиссия (…)" headings in Russian, the blocks\' counts parts; a note after the blocks is no commission\'s', () => {
    const { figures, candidates } = read([
      'Отчет Общественного совета района за II квартал 2025 года',
      'Заседания комиссий – 6.',
      'Мониторинги – 3.',
      '',
      '1-я комиссия (по социальным вопросам)',
      '– проведено 4 заседания комиссии;',
      '– мониторинги – 2.',
      '',
      '2-я комиссия (экономика и бюджет)',
      '– проведено 2 заседания комиссии;',
      '– мониторинги – 1.',
      '',
      'Примечание: за 2024 год Совет провел 9 заседаний.',
    ]);
    expect(figures).toMatchObject({ commission_meetings: 6, monitorings: 3 });
    expect(figures.general_meetings).toBeUndefined();
    expect(candidates).toEqual(expect.arrayContaining(['commission_meetings=4', 'commission_meetings=2', 'monitorings=2', 'general_meetings=9']));
  });

  it('near-miss: a count of commissions, a sentence and the plural are no one commission\'s heading', () => {
    expect(isOneCommissionHeading('1-КОМИССИЯ (медициналық көмек)')).toBe(true);
    expect(isOneCommissionHeading('2-я комиссия (по социальным вопросам)')).toBe(true);
    expect(isOneCommissionHeading('№ 3 комиссия')).toBe(true);
    expect(isOneCommissionHeading('2 комиссия')).toBe(false);
    expect(isOneCommissionHeading('1-комиссия 3 отырыс өткізді.')).toBe(false);
    expect(isOneCommissionHeading('Комиссиялар (3)')).toBe(false);
  });
});

describe('the platforms of a dot-leader row set in under it', () => {
  it('reads them with the row\'s publications (Kazakh, another order of platforms)', () => {
    const { figures, media } = read([
      'Қоғамдық кеңестің 2025 жылғы қызметі бойынша анықтама',
      'Кеңес отырыстары .............................. 6',
      'Жарияланған материалдар ....................... 30',
      '    Telegram – 12, Instagram – 10, аудан сайтында – 8',
      'Түскен өтініштер .............................. 14',
    ]);
    expect(figures).toMatchObject({ general_meetings: 6, appeals_received: 14 });
    expect(media).toEqual({ telegram: 12, instagram: 10, website: 8 });
  });

  it('reads them after "из них:" with semicolons (Russian)', () => {
    const { figures, media } = read([
      'Справка о работе Общественного совета за 9 месяцев 2025 года',
      'Заседаний Совета ........................ 4',
      'Публикаций в СМИ и соцсетях ............. 25',
      '     из них: Facebook – 15; на сайте акимата – 10',
    ]);
    expect(figures).toMatchObject({ general_meetings: 4, publications: 25 });
    expect(media).toEqual({ facebook: 15, website: 10 });
  });

  it('reads the platforms\' leader rows set under a line stating the publications, on a slide (Kazakh)', () => {
    const { figures, media } = read([
      'Кеңестің 2025 жылғы III тоқсандағы жұмысы туралы ақпарат',
      'АҚПАРАТТЫҚ ЖҰМЫС',
      '  Тоқсандағы жарияланымдар: 27',
      '    Instagram ................. 17',
      '    Facebook .................. 10',
      '  Жазылушылар өсімі: +12 %',
    ]);
    expect(figures.publications).toBe(27);
    expect(media).toEqual({ instagram: 17, facebook: 10 });
  });

  it('reads them under "Материалы о Совете за квартал: 18" (Russian, a channel and a site)', () => {
    const { media } = read([
      'Информация о работе Общественного совета за II квартал 2025 года',
      'ИНФОРМАЦИОННАЯ РАБОТА',
      '  Материалы о Совете за квартал: 18',
      '   Telegram-канал Совета ....... 11',
      '   сайт акимата района ......... 7',
      '  Охват: 3 200 просмотров',
    ]);
    expect(media).toEqual({ telegram: 11, website: 7 });
  });

  it('near-miss: platforms\' rows under the appeals that came through them are no publications', () => {
    const { figures, media } = read([
      'Информация о работе Общественного совета за II квартал 2025 года',
      'ОБРАЩЕНИЯ',
      '  Обращений через соцсети за квартал: 12',
      '   WhatsApp ........ 5',
      '   Instagram ....... 7',
    ]);
    expect(figures.appeals_received).toBe(12);
    expect(media).toEqual({});
  });

  it('near-miss: the channels appeals came by, under the appeals\' row, are no publications', () => {
    const { figures, media } = read([
      'Справка о работе Общественного совета за 2025 год',
      'Заседаний Совета ........................ 4',
      'Поступило обращений ..................... 12',
      '     через WhatsApp – 5, Instagram – 7',
    ]);
    expect(figures).toMatchObject({ general_meetings: 4, appeals_received: 12 });
    expect(media).toEqual({});
  });
});

describe('a slide\'s big numbers with their captions right under them', () => {
  it('reads each number with its caption cell (Kazakh, two card rows, bullets after)', () => {
    const { figures } = read([
      'Аудандық қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы қорытындысы',
      '',
      '13\t9\t4',
      'кеңес мүшесі\tазаматтық қоғам өкілдері\tмемлекеттік органдар өкілдері',
      '• 1 мүше шықты, 1 мүше енгізілді',
      '',
      '3\t6\t8',
      'кеңес отырысы\tкомиссия отырысы\tмониторинг',
      '• 14.03 – білім бөлімі',
    ]);
    expect(figures).toMatchObject({ members_civil: 9, members_state: 4, general_meetings: 3, commission_meetings: 6, monitorings: 8 });
  });

  it('reads captions wrapped over two lines of as many cells (Russian)', () => {
    const { figures } = read([
      'Итоги работы Общественного совета за 2025 год',
      '',
      '5\t12',
      'заседаний\tзаседаний',
      'Совета\tкомиссий',
      '',
      '31\t14',
      'обращение\tписем',
      'поступило\tнаправлено',
    ]);
    expect(figures).toMatchObject({ general_meetings: 5, commission_meetings: 12, appeals_received: 31, letters_sent: 14 });
  });

  it('reads the appeals answered in a bullet under the appeals\' breakdown, after a row of several cards', () => {
    const { figures } = read([
      'Итоги работы за II полугодие 2025 года',
      '',
      '4\t2',
      'заседания Совета\tзаседания президиума',
      '',
      '18\t6',
      'обращений поступило\tписем направлено',
      '• от физических лиц – 15, от юридических лиц – 3',
      '• даны ответы – 17, на рассмотрении – 1',
    ]);
    expect(figures).toMatchObject({ appeals_received: 18, letters_sent: 6, appeals_individuals: 15, appeals_answered: 17 });
  });

  it('reads a lone row whose captions stand right under it, a cell for each number (never "1 семинар" of four)', () => {
    const { figures } = read(['Кеңестің 2025 жылғы жұмысының қорытындысы', '', '4\t1', 'семинар\tмеморандум']);
    expect(figures).toMatchObject({ seminars: 4, memoranda: 1 });
  });

  it('near-miss: numbers over word cells not one for each number state nothing; over a sentence they are no card row', () => {
    const unequal = ['Итоги работы Общественного совета за 2025 год', '', '2\t3', 'заседания Совета\tмониторинги\tкруглые столы'];
    expect(readCardGrids(unequal)).toEqual(['Итоги работы Общественного совета за 2025 год', '', '', '']);
    expect(read(unequal).figures).toEqual({});
    const sentence = ['Итоги работы Общественного совета за 2025 год', '', '5\t12', 'заседаний Совета и комиссий прошло в этом году'];
    expect(readCardGrids(sentence)).toEqual(sentence);
  });

  it('near-miss: answers under a letters\' line are no appeals answered', () => {
    const { figures } = read([
      'Итоги работы за II полугодие 2025 года',
      '',
      'Направлено 9 писем в государственные органы.',
      '• даны ответы – 7',
    ]);
    expect(figures.appeals_answered).toBeUndefined();
  });
});
