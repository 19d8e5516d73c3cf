/**
 * Classes of session 40, set 157 (reports pasted from infographics and dashboards): a box-drawn grid makes no Markdown
 * note and its footnotes under a box-drawn rule are notes (withoutMarkdown.ts, report/footnotes.ts); a card's caption in
 * capitals under its number (report/cardColumn.ts); a dashboard's captions over their numbers, a number centred over its
 * caption, a dash tile, boxes with the caption over a before / after pair read by the arrow's legend, a Word table of tiles with its cells' notes and tiles of two counts (slideTiles.ts); a line of
 * several labelled values read as indicator rows, a card's capitals line alone (report/readIndicatorBlocks.ts); a Word
 * "было / стало / Δ" table's signed changes (report/wordCellTable.ts); a reference note with no count of its own titles
 * the lines under it (report/statesNothingSections.ts); a comparison's value columns set apart by bars and its labels by
 * spaces (report/labelBeforeBars.ts); "4 тұрақты комиссия" is no commission's heading (report/commissionSections.ts);
 * "Состав: без изменений" (report/readStatedNone.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { blankFootnotes } from '../../../sources/extract/report/footnotes.ts';
import { withoutMarkdown } from '../../../sources/extract/withoutMarkdown.ts';
import { boxTablesAsPipes } from '../../../sources/extract/boxTables.ts';
import { readCardColumns } from '../../../sources/extract/report/cardColumn.ts';
import { framedLabelBars } from '../../../sources/extract/report/labelBeforeBars.ts';
import { isOneCommissionHeading } from '../../../sources/extract/report/commissionSections.ts';
import { readCaptionBoxes, readTileCells, readTileGrids } from '../../../sources/extract/slideTiles.ts';

const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();
const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type}@${a.date_start}`).sort();

describe('a box-drawn infographic: its grid is no Markdown, its notes under a drawn rule are notes', () => {
  const grid = [
    '   ┌──────────────────────┬──────────────────────┐',
    '   │  КЕҢЕС ОТЫРЫСТАРЫ    │  МОНИТОРИНГ          │',
    '   │  1 → 2               │  2 → 4               │',
    '   └──────────────────────┴──────────────────────┘',
  ];
  it('the grid read as pipes leaves a star bullet a star: the text typed no Markdown', () => {
    const typed = [...grid, '', '   * Стрелканың сол жағы – II тоқсан, оң жағы – III тоқсан.'];
    expect(withoutMarkdown(boxTablesAsPipes(typed), { typed }).at(-1)).toBe('   * Стрелканың сол жағы – II тоқсан, оң жағы – III тоқсан.');
    // A Markdown note that draws a box is still Markdown: its bullet is a "-" one.
    const note = ['## Отчёт', '## Итоги', ...grid, '* пункт'];
    expect(withoutMarkdown(boxTablesAsPipes(note), { typed: note }).at(-1)).toBe('- пункт');
  });
  it('kk: the notes under a "────" rule, set in, are blanked with their wrapped lines (Q3 2026, set 157)', () => {
    const lines = [
      '   10.09  астық қабылдау пункттеріне мониторинг',
      '',
      '   ──────────────────────────────────────────────',
      '   * Стрелканың сол жағы – 2026 жылғы II тоқсан, оң жағы – III тоқсан.',
      '   ** Облыста 2 шешім қабылданды',
      '      – Кеңестің көрсеткіштеріне кірмейді.',
    ];
    const out = blankFootnotes(lines);
    expect(out.slice(3).every((l) => l.trim() === '')).toBe(true);
    expect(out[0]).toBe(lines[0]);
  });
  it('ru: a "━━━━━" rule over "* В т.ч. 2 выездных заседания" blanks the note; a rule under a spaced table is the table\'s', () => {
    expect(blankFootnotes(['Заседания Совета – 5*', '━━━━━━━━━━', '  * В т.ч. 2 выездных заседания'])[2].trim()).toBe('');
    const table = ['Показатель      II кв.   III кв.', '──────────', 'Публикации      21       27'];
    expect(blankFootnotes(table)).toEqual(table);
  });
  it('the calendar\'s last line is no heading of the notes: one monitoring dated, none counted from the notes', () => {
    const text = [
      'ҚОҒАМДЫҚ КЕҢЕС: III ТОҚСАН 2026 (шілде – қыркүйек)',
      ...grid,
      '',
      '   КҮНТІЗБЕ',
      '   09.07  Железин ауданындағы суармалы жерлерге мониторинг',
      '   21.07  есеп тыңдау (Ақсу қ.)',
      '   06.08  «Жерлерді субсидиялау» қоғамдық тыңдауы',
      '   10.09  астық қабылдау пункттеріне мониторинг',
      '',
      '   ──────────────────────────────────────────────',
      '   * Стрелканың сол жағы – 2026 жылғы II тоқсан, оң жағы – III тоқсан.',
      '   ** Облыс бойынша 2 шешім қабылданды – Кеңестің көрсеткіштеріне кірмейді.',
    ].join('\n');
    expect(figures(text)).not.toContain('monitorings=2');
    expect(activities(text)).toEqual(['monitoring@2026-07-09', 'monitoring@2026-09-10', 'public_hearing@2026-08-06', 'report_hearing@2026-07-21']);
  });
});

describe('an infographic\'s cards, the caption in capitals under its number', () => {
  it('kk: "15" / "КЕҢЕС МҮШЕСІ" and the cards after a ruled heading and after a card\'s note are read as labels', () => {
    const lines = ['────', 'БІЗ КІМБІЗ', '────', '', '15', 'КЕҢЕС МҮШЕСІ', '', '3', 'ТҰРАҚТЫ КОМИССИЯ', '(білім сапасы; инклюзия)', '', '8', 'ҚОҒАМДЫҚ МОНИТОРИНГ', '≈ 40 білім беру ұйымы аралап шығылды', '', '17', 'ӨТІНІШ ТҮСТІ'];
    const out = readCardColumns(lines);
    expect([out[5], out[8], out[12], out[16]]).toEqual(['КЕҢЕС МҮШЕСІ – 15', 'ТҰРАҚТЫ КОМИССИЯ – 3', 'ҚОҒАМДЫҚ МОНИТОРИНГ – 8', 'ӨТІНІШ ТҮСТІ – 17']);
    expect(out[4]).toBe('');
  });
  it('ru: the figures of cards in capitals, each alone between blank lines', () => {
    const text = ['Общественный совет: итоги 9 месяцев 2026 года', 'В ЦИФРАХ', '', '13', 'ЧЛЕНОВ СОВЕТА', '', '5', 'ЗАСЕДАНИЙ СОВЕТА', '▲ 1 к 2025 году', '', '6', 'МОНИТОРИНГОВ'].join('\n');
    expect(figures(text)).toEqual(['general_meetings=5', 'members_total=13', 'monitorings=6']);
  });
  it('near-miss: a form typed in capitals puts its label over its value — no card reads the next label', () => {
    const lines = ['КЕҢЕС МҮШЕЛЕРІ', '15', 'ОТЫРЫСТАР', '6', 'МОНИТОРИНГ', '8', 'ӨТІНІШТЕР', '12'];
    expect(readCardColumns(lines)).toEqual(lines);
  });
});

describe('a dashboard\'s scorecards: the captions over their numbers, a number centred over its caption', () => {
  it('ru: a line of captions over a line of numbers, column by column, a dash tile left out (Q3 2026, set 157)', () => {
    const out = readTileGrids([
      '=== СОСТАВ ===',
      'Члены Совета        Общественность        Госорганы        Комиссии',
      '11                  8                     3                2',
      '',
      'Круглые столы   Семинары   Публичные слушания',
      '1               1          —',
    ]);
    expect(out[2]).toBe('Члены Совета – 11; Общественность – 8; Госорганы – 3; Комиссии – 2.');
    expect(out[5]).toBe('Круглые столы – 1; Семинары – 1.');
    expect([out[1], out[4]]).toEqual(['', '']);
  });
  it('ru: the scorecards\' figures, the parts of the composition and of the appeals by the row before them', () => {
    const text = [
      'Дашборд «III квартал 2026», период: 01.07.2026 – 30.09.2026',
      '',
      '=== СОСТАВ ===',
      'Члены Совета        Общественность        Госорганы',
      '11                  8                     3',
      '                    73 %                  27 %',
      '',
      '=== ОБРАЩЕНИЯ ===',
      'Обращения (всего)   физ. лица   юр. лица   Отвечено   В работе',
      '8                   8           0          7          1',
    ].join('\n');
    expect(figures(text)).toEqual(['appeals_answered=7', 'appeals_individuals=8', 'appeals_legal_entities=0', 'appeals_received=8', 'members_civil=8', 'members_state=3', 'members_total=11']);
  });
  it('kk: big numbers set in the middle of wider captions (a text version of the 2025 infographic)', () => {
    const out = readTileGrids([
      '      12                                 6',
      '   МОНИТОРИНГ                       ЕСЕП ТЫҢДАЛДЫ',
      '',
      '      2                                  3                         2',
      '   ҚОҒАМДЫҚ ТЫҢДАУ                  ДӨҢГЕЛЕК ҮСТЕЛ             ДИАЛОГ АЛАҢЫ',
    ]);
    expect(out[0]).toBe('МОНИТОРИНГ – 12; ЕСЕП ТЫҢДАЛДЫ – 6.');
    expect(out[3]).toBe('ҚОҒАМДЫҚ ТЫҢДАУ – 2; ДӨҢГЕЛЕК ҮСТЕЛ – 3; ДИАЛОГ АЛАҢЫ – 2.');
  });
  it('near-miss: a table\'s header of years over its counts, and captions under a sentence, are no scorecards', () => {
    const years = ['Показатель     2024     2025', 'Заседания      7        8'];
    expect(readTileGrids(years)).toEqual(years);
    const sentence = ['Совет провёл заседания и мониторинги.', 'Заседания       Мониторинги', '5               3'];
    expect(readTileGrids(sentence)).toEqual(sentence);
  });
});

describe('a line of labelled values set apart by semicolons is a block of indicator rows', () => {
  it('kk: the composition\'s parts under the members\' card are its parts', () => {
    const text = ['Кеңестің 2026 жылғы 9 айдағы инфографикасы', '', 'КЕҢЕС МҮШЕСІ – 15', '', 'АЗАМАТТЫҚ ҚОҒАМ ӨКІЛІ – 11; МЕМЛЕКЕТТІК ОРГАН ӨКІЛІ – 4.'].join('\n');
    expect(figures(text)).toEqual(['members_civil=11', 'members_state=4', 'members_total=15']);
  });
  it('ru: a caption abbreviated with a stop ("физ. лица", "юр. лица") is a label, no sentence\'s end', () => {
    const text = ['Итоги III квартала 2026 года', '', 'ОБРАЩЕНИЯ', 'Обращения (всего) – 8; физ. лица – 6; юр. лица – 2; Отвечено – 7.'].join('\n');
    expect(figures(text)).toEqual(['appeals_answered=7', 'appeals_individuals=6', 'appeals_legal_entities=2', 'appeals_received=8']);
  });
  it('near-miss: a block under another body\'s heading states nothing of the council', () => {
    const text = ['Итоги III квартала 2026 года', '', 'Комиссия маслихата по социальным вопросам:', 'Заседания – 3; Мониторинги – 2.'].join('\n');
    expect(figures(text)).toEqual([]);
  });
});

describe('a Word table of tiles: its cells\' notes, its tiles of two counts', () => {
  const cells = [
    '\t13', '\t10 | 3', '\t3', '\tЧЛЕНОВ СОВЕТА', 'состав без изменений', '\tОБЩЕСТВЕННОСТЬ | ГОСОРГАНЫ', '\tПОСТОЯННЫЕ КОМИССИИ',
    '\t52', '\t7 → 5', '\t3 / 3', '\tПУБЛИКАЦИИ', '\tПИСЕМ НАПРАВЛЕНО → ОТВЕТОВ ПОЛУЧЕНО', '\tНПА РАССМОТРЕНО / ОДОБРЕНО',
  ];
  it('ru: a pair over a caption of two parts gives both; a cell\'s paragraph stays a note (9 months 2026, set 157)', () => {
    const out = readTileCells(cells);
    expect(out[0]).toBe('ЧЛЕНОВ СОВЕТА – 13; ОБЩЕСТВЕННОСТЬ – 10; ГОСОРГАНЫ – 3; ПОСТОЯННЫЕ КОМИССИИ – 3.');
    expect(out[7]).toBe('ПУБЛИКАЦИИ – 52; ПИСЕМ НАПРАВЛЕНО – 7; ОТВЕТОВ ПОЛУЧЕНО – 5; НПА РАССМОТРЕНО – 3; ОДОБРЕНО – 3.');
    expect(out[4]).toBe('состав без изменений');
    expect(out.filter((l) => l !== '')).toHaveLength(3);
  });
  it('ru: the figures of the tiles', () => {
    const text = ['ОБЩЕСТВЕННЫЙ СОВЕТ В ЦИФРАХ', '9 месяцев 2026 года (январь – сентябрь)', ...cells].join('\n');
    // (The members' cell's paragraph "состав без изменений" is none joined and none left.)
    expect(figures(text)).toEqual(['commissions=3', 'letters_answered=5', 'letters_sent=7', 'members_civil=10', 'members_joined=0', 'members_left=0', 'members_state=3', 'members_total=13', 'npa_approved=3', 'npa_reviewed=3', 'publications=52']);
  });
  it('near-miss: a before → after pair over a caption of one part is no tile here; the table is left as it was', () => {
    const lines = ['\t2', '\t1 → 2', '\t5', '\tЗАСЕДАНИЙ', '\tМОНИТОРИНГОВ', '\tОБРАЩЕНИЙ'];
    expect(readTileCells(lines)).toEqual(lines);
  });
});

describe('a Word table "было / стало / Δ": the changes typed with a hyphen or as a share are the change column\'s', () => {
  it('ru: the "стало" column is the period\'s, an explicit 0 stated', () => {
    const text = [
      'Итоги работы Совета за 9 месяцев 2026 года', '',
      '\tПоказатель', '\t9 мес. 2025 (было)', '\t9 мес. 2026 (стало)', '\tΔ',
      '\tКруглые столы', '\t1', '\t2', '\t+1',
      '\tОбращения от физических лиц', '\t9', '\t12', '\t+33 %',
      '\tНПА с замечаниями', '\t2', '\t0', '\t-2',
    ].join('\n');
    expect(figures(text)).toEqual(['appeals_individuals=12', 'npa_with_remarks=0', 'round_tables=2']);
  });
});

describe('a reference note with no count of its own is the title of the counts under it', () => {
  it('ru: "Справочно: Общественный совет ВКО, I полугодие 2026 г." over its counts (set 94)', () => {
    const text = [
      'Общественный совет Глубоковского района: информация за I полугодие 2026 года', '',
      'Заседания Совета – 4.', '',
      'Справочно: Общественный совет Восточно-Казахстанской области, I полугодие 2026 г.',
      'Заседаний – 5; мониторингов – 14; заслушано отчётов – 9; обращений – 63.',
    ].join('\n');
    expect(figures(text)).toEqual(['general_meetings=4']);
  });
});

describe('boxes with the caption over its value: a before / after pair read by the arrow\'s legend', () => {
  const grid = [
    '   ┌──────────────────────────┬──────────────────────────┐',
    '   │  КЕҢЕС ОТЫРЫСТАРЫ        │  МОНИТОРИНГ              │',
    '   │  1 → 2                   │  2 → 4                   │',
    '   ├──────────────────────────┼──────────────────────────┤',
    '   │  ӨТІНІШТЕР               │  ЖАРИЯЛАНЫМДАР           │',
    '   │  7 → 11   ▲ 57 %         │  19 → 27                 │',
    '   │  жеке – 9 · заңды – 2    │  сайт 7 · Instagram 12 · │',
    '   │  жауап берілді – 10      │  Facebook 8              │',
    '   └──────────────────────────┴──────────────────────────┘',
  ];
  it('kk: the right side of each pair where the legend tells "II тоқсан → III тоқсан" (Q3 2026, set 157)', () => {
    const text = ['ҚОҒАМДЫҚ КЕҢЕС: III ТОҚСАН 2026 (шілде – қыркүйек)', '   Оқу тәртібі: «II тоқсан → III тоқсан»*', '', ...grid].join('\n');
    expect(figures(text)).toEqual(['appeals_answered=10', 'appeals_received=11', 'general_meetings=2', 'monitorings=4', 'publications=27']);
  });
  it('ru: the boxes\' notes written after their captions, each on a line of its own', () => {
    const out = readCaptionBoxes(['Было → стало', '| ОБРАЩЕНИЯ | ПУБЛИКАЦИИ |', '| 7 → 11 | 19 → 27 |', '| физ. лица – 9 | сайт 7 · |', '| ответы – 10 | Facebook 8 |']);
    expect(out.slice(1)).toEqual(['ОБРАЩЕНИЯ – 11; ПУБЛИКАЦИИ – 27.', '', 'ОБРАЩЕНИЯ: физ. лица – 9 · ответы – 10', 'ПУБЛИКАЦИИ: сайт 7 · Facebook 8']);
  });
  it('near-miss: with no legend of the arrow a pair is not understood; neither side is a figure', () => {
    const text = ['ҚОҒАМДЫҚ КЕҢЕС: III ТОҚСАН 2026 (шілде – қыркүйек)', '', ...grid].join('\n');
    const read = figures(text);
    for (const f of ['general_meetings', 'monitorings', 'appeals_received', 'publications']) expect(read.some((r) => r.startsWith(`${f}=`))).toBe(false);
  });
});

describe('a comparison typed with bars between its value columns and spaces after its labels', () => {
  const table = ['📅 ОТЫРЫСТАР                      2024 | 2025', '   Кеңес отырыстары                  7 | 8', '   Президиум отырыстары              2 | 4', '   Комиссия отырыстары              15 | 14'];
  it('kk: framed as a pipe table, the period\'s column read (2025, set 157)', () => {
    expect(framedLabelBars(table)[1]).toBe('| Кеңес отырыстары | 7 | 8 |');
    const text = ['Кеңестің 2025 жылғы инфографикасы (2025 жылғы 1 қаңтар – 31 желтоқсан)', '', '   4 тұрақты комиссия', '', ...table].join('\n');
    expect(figures(text)).toEqual(expect.arrayContaining(['commission_meetings=14', 'general_meetings=8', 'presidium_meetings=4']));
    expect(figures(text)).not.toContain('general_meetings=7');
  });
  it('ru: "II кв. | III кв." over the rows', () => {
    const out = framedLabelBars(['Показатели        II кв. | III кв.', 'Мониторинги          3 | 5', 'Круглые столы        1 | 2']);
    expect(out[0]).toBe('| Показатели | II кв. | III кв. |');
  });
  it('near-miss: a header of words, not periods, and a single row are left as they were', () => {
    const words = ['Показатель        план | факт', 'Мониторинги          3 | 5', 'Круглые столы        1 | 2'];
    expect(framedLabelBars(words)).toEqual(words);
    const one = ['ОТЫРЫСТАР      2024 | 2025', 'Кеңес отырыстары   7 | 8'];
    expect(framedLabelBars(one)).toEqual(one);
  });
  it('"4 тұрақты комиссия" is a count, no commission\'s heading; "1. Әлеуметтік сала комиссиясы" is one', () => {
    expect(isOneCommissionHeading('4 тұрақты комиссия')).toBe(false);
    expect(isOneCommissionHeading('3 постоянная комиссия')).toBe(false);
    expect(isOneCommissionHeading('1. Әлеуметтік сала комиссиясы')).toBe(true);
  });
});

describe('the composition "без изменений" as a label\'s value', () => {
  const read = (line: string) => figures(['Отчёт Общественного совета за III квартал 2026 года', '', line].join('\n'));
  it('ru: "Состав: без изменений (вступивших — 0, выбывших — 0)", "Состав — без изменений." (Q3 2026, set 157)', () => {
    expect(read('Состав: без изменений (вступивших — 0, выбывших — 0)')).toEqual(['members_joined=0', 'members_left=0']);
    expect(read('Состав — без изменений.')).toEqual(['members_joined=0', 'members_left=0']);
  });
  it('near-miss: the number of members unchanged, or another label unchanged, is no 0 joined', () => {
    expect(read('Количественный состав: без изменений.')).toEqual([]);
    expect(read('Повестка: без изменений.')).toEqual([]);
  });
});
