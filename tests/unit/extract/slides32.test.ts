/**
 * Classes of session 32 (set 97, presentations and infographics): a slide's marks that are no counts (a change beside a
 * big number, a picture's alt text, the slide's number); tiles in a grid (spaced or boxed), in a Word table one cell a
 * line, and one under another with the caption above the number, each written as its labelled values; a vote's counts
 * before their labels after a dash; a Kazakh quarter before its year and a span of whole months as the period.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { withoutAltText, withoutChangeArrows, withoutSlideMarks } from '../../../sources/extract/slideMarks.ts';
import { readCaptionsOverNumbers, readNumbersOverCaptions, readTileCells, readTileGrids } from '../../../sources/extract/slideTiles.ts';
import { readPeriod } from '../../../sources/extract/report/readPeriod.ts';

describe('a change beside a big number is taken off, the count stays', () => {
  it.each([
    ['kk, spaces', '   7  ▲ 2', '   7'],
    ['ru, percent', '31 ▲ 24 %', '31'],
    ['a fall', '41 ▼ 3', '41'],
    ['a bracket of the other period after it', '6        ▲ 1 (2025 жылғы 9 айда – 5)', '6'],
    ['people, after a share', 'Кворум имеется – 76 %   ▲ 2 чел. к заседанию', 'Кворум имеется – 76 % к заседанию'],
  ])('%s', (_, line, expected) => {
    expect(withoutChangeArrows(line).replace(/\s+/gu, ' ').trim()).toBe(expected.replace(/\s+/gu, ' ').trim());
  });
  it('a grid set with spaces keeps its columns', () => {
    expect(withoutChangeArrows('   5  ▲ 25 %   1').indexOf('1')).toBe('   5  ▲ 25 %   1'.indexOf('1'));
  });
  it.each([
    ['an arrow in brackets (a row told as a change)', 'Кеңес ...... 6 → 7 (▲1)'],
    ['an arrow in a cell of its own', '5\t▲ 1'],
    ['a tile of its own far from the count', '   64                         ▲ 9                        3,2 млрд'],
    ['an arrow with no count before it', 'Рост ▲ 3 пункта'],
  ])('near-miss: %s stays', (_, line) => {
    expect(withoutChangeArrows(line)).toBe(line);
  });
});

describe('a picture\'s alt text and a slide\'s number are no text', () => {
  it.each([
    ['ru icon alone', '   [значок: группа людей]', ''],
    ['kk picture alone', '[Сурет: Кеңес мүшелерінің ортақ фотосы]', ''],
    ['before its text', '[Иконка Instagram] Instagram – 28 публикаций', 'Instagram – 28 публикаций'],
    ['a chart after a caption', 'ответы даны [Диаграмма: 87 % физические лица / 13 % юридические лица]', 'ответы даны'],
    ['a Word cell keeps its cell', '\t[белгіше: ноутбук]', '\t'],
  ])('%s', (_, line, expected) => {
    expect(withoutAltText(line)).toBe(expected);
  });
  it('near-miss: a bracket of words that is no picture stays', () => {
    expect(withoutAltText('Решение [см. приложение 2] принято')).toBe('Решение [см. приложение 2] принято');
  });
  it.each([
    ['a footer', 'Слайд 1 из 6 · Общественный совет г. Караганды · 17.09.2026', ''],
    ['a deck\'s footer', 'karaganda-oc · слайд 2 / 6', ''],
    ['a page of pages after a dot', '                Жезқазған · Қоғамдық кеңес · 1/5', ''],
    ['a footer far right', '                                         Теміртау ҚК | 3', ''],
    ['a separator keeps its title', 'Слайд 2 / 6 ── ҚҰРАМ ────────', 'ҚҰРАМ'],
    ['a kk page separator', '==== 1-бет. КЕҢЕС ҚҰРАМЫ ====', 'КЕҢЕС ҚҰРАМЫ'],
  ])('slide number: %s', (_, line, expected) => {
    expect(withoutSlideMarks([line])).toEqual([expected]);
  });
  it('near-miss: a sentence with "слайд" and a count is only cut where the cells are', () => {
    expect(withoutSlideMarks(['Докладчик показал 12 слайдов о ремонте дорог.'])).toEqual(['Докладчик показал 12 слайдов о ремонте дорог.']);
  });
});

describe('tiles in a grid: the n-th number with the n-th caption', () => {
  it('kk, spaces, a caption wrapped', () => {
    const lines = ['   5            1                 4', '   мониторинг   дөңгелек үстел    НҚА жобасы қаралды,', '                                  барлығы келісілді'];
    expect(readTileGrids(lines)[0]).toBe('мониторинг – 5; дөңгелек үстел – 1; НҚА жобасы қаралды, барлығы келісілді – 4.');
  });
  it('ru, boxes, a change tile left out', () => {
    const lines = ['+--------+--------+--------+', '| 4      | 3      | ▲ 3    |', '| отсутствуют | вопроса рассмотрено | к прошлому |', '+--------+--------+--------+'];
    expect(readTileGrids(lines)[1]).toBe('отсутствуют – 4; вопроса рассмотрено – 3.');
  });
  it('another period\'s bracket in a caption is left out', () => {
    const lines = ['   3        7', '   Кеңес отырысы   комиссия отырысы', '                (2025 ж. – 5)'];
    expect(readTileGrids(lines)[0]).not.toMatch(/5/u);
  });
  it('a report reads the grid\'s figures', () => {
    const text = 'Кеңестің 2026 жылғы III тоқсандағы есебі\n\nӨТІНІШТЕР\n   22           20                  2\n   өтініш түсті   жеке тұлғалардан    заңды тұлғалардан\n';
    const f = parseReport(text).figures.map((x) => `${x.metric}=${x.value}`).sort();
    expect(f).toEqual(['appeals_individuals=20', 'appeals_legal_entities=2', 'appeals_received=22']);
  });
  it.each([
    ['a caption piece out of the columns', ['   19          14', '        мүше азаматтық қоғам өкілі']],
    ['a sentence under the numbers', ['   19          14', '   В составе Совета 19 членов.']],
    ['fewer captions than numbers', ['   19          14', '   мүше']],
    ['a row of years', ['   2025        2026', '   план        факт']],
  ])('near-miss: %s stays', (_, lines) => {
    expect(readTileGrids(lines)).toEqual(lines);
  });
});

describe('a Word table of tiles, a cell a line', () => {
  it('two rows of three', () => {
    const lines = ['\t13', '\t10', '\t3', '\tчленов Совета', '\tпредставителей НПО', '\tпредставителя госорганов', '\t5', '\t2', '\t12', '\tзаседаний Совета', '\tзаседания президиума', '\tзаседаний комиссий'];
    const out = readTileCells(lines).filter((l) => l !== '');
    expect(out).toEqual(['членов Совета – 13; представителей НПО – 10; представителя госорганов – 3.', 'заседаний Совета – 5; заседания президиума – 2; заседаний комиссий – 12.']);
  });
  it('kk, one row of four with a row of pictures after it', () => {
    const lines = ['\t12', '\t1', '\t3', '\t3', '\tмүше қатысты', '\tонлайн', '\tмүше қатыспады', '\tмәселе қаралды', '\t', '\t', '\t', '\t'];
    expect(readTileCells(lines)[0]).toBe('мүше қатысты – 12; онлайн – 1; мүше қатыспады – 3; мәселе қаралды – 3.');
  });
  it.each([
    ['a roll of a number and two words a row', ['\t1', '\tСәрсенбаев Е.Қ.', '\tқатысты', '\t2', '\tӘбілқасымова Г.М.', '\tқатысты']],
    ['captions short of the numbers', ['\t13', '\t10', '\t3', '\tчленов Совета', '\tпредставителей НПО']],
    ['one row of two', ['\t13', '\t10', '\tчленов', '\tпредставителей']],
  ])('near-miss: %s stays', (_, lines) => {
    expect(readTileCells(lines)).toEqual(lines);
  });
});

describe('tiles with the caption above the number', () => {
  const stack = (pairs: [string, string][]) => pairs.flatMap(([c, n]) => [c, n, '']);
  it('kk, three or more', () => {
    const out = readCaptionsOverNumbers(['ОТЫРЫСТАР', '', ...stack([['Кеңес отырыстары', '6'], ['Төралқа отырыстары', '3'], ['Комиссия отырыстары', '14']])]);
    expect(out.filter((l) => l !== '')).toEqual(['ОТЫРЫСТАР', 'Кеңес отырыстары – 6', 'Төралқа отырыстары – 3', 'Комиссия отырыстары – 14']);
  });
  it('ru, a note in brackets after the number', () => {
    const out = readCaptionsOverNumbers(stack([['Заседания Совета', '5'], ['Мониторинги', '8'], ['Меморандумы', '1  (с Ассоциацией, 14.04.2026)']]));
    expect(out[6]).toBe('Меморандумы – 1 (с Ассоциацией, 14.04.2026)');
  });
  it('a report reads them', () => {
    const text = `Кеңестің 2026 жылғы 9 айындағы жұмыс қорытындысы\n\n${stack([['Кеңес отырыстары', '6'], ['Қоғамдық мониторингтер', '9'], ['Дөңгелек үстелдер', '3']]).join('\n')}`;
    const f = parseReport(text).figures.map((x) => `${x.metric}=${x.value}`).sort();
    expect(f).toEqual(['general_meetings=6', 'monitorings=9', 'round_tables=3']);
  });
  it('near-miss: numbers above their captions (the other layout) are left to it', () => {
    const lines = ['ОТЫРЫСТАР', '2', 'Кеңес отырысы', '', '2', 'төралқа отырысы', '', '10', 'комиссия отырысы', ''];
    expect(readCaptionsOverNumbers(lines)).toEqual(lines);
  });
  it('near-miss: fewer than three is a form\'s label over its value', () => {
    const lines = ['Кеңес отырыстары', '6', '', 'Мониторингтер', '9', ''];
    expect(readCaptionsOverNumbers(lines)).toEqual(lines);
  });
});

describe('a vote\'s counts before their labels after a dash, several on a line', () => {
  const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain]);
  it.each([
    ['kk, a board with marks', 'Дауыс беру нәтижесі:\n   ✔ 8 – жақтап     ✖ 1 – қарсы     ○ 1 – қалыс қалды\nШешім қабылданды.', [[8, 1, 1]]],
    ['kk, no marks', 'Дауыс беру:\n 9 – жақтап, 2 – қарсы, 0 – қалыс.\nШешім қабылданды.', [[9, 2, 0]]],
    ['ru', 'Голосовали:\n12 — за; 0 — против; 1 — воздержались.\nРешение принято.', [[12, 0, 1]]],
  ])('%s', (_, text, expected) => {
    expect(votes(text)).toEqual(expected);
  });
  it('near-miss: label before count stays read label first', () => {
    expect(votes('Голосовали: за – 12, против – 1, воздержались – 0.\nРешение принято.')).toEqual([[12, 1, 0]]);
  });
});

describe('the period of a slide deck\'s title', () => {
  const period = (line: string) => readPeriod(['Қоғамдық кеңес', line], undefined, []);
  it.each([
    ['kk quarter before its year', 'III ТОҚСАН 2026 – ИНФОГРАФИКА', { from: '2026-07-01', to: '2026-09-30' }],
    ['kk numbered quarter', '2-тоқсан 2026 ж.', { from: '2026-04-01', to: '2026-06-30' }],
    ['kk span of whole months', 'Есептік кезең: 2026 жылғы 1 шілде – 30 қыркүйек', { from: '2026-07-01', to: '2026-09-30' }],
    ['ru span of whole months', 'Период: 1 июля – 30 сентября 2026 года', { from: '2026-07-01', to: '2026-09-30' }],
  ])('%s', (_, line, expected) => {
    expect(period(line)).toEqual(expected);
  });
  it('near-miss: a span not of whole months is no period', () => {
    expect(period('2026 жылғы 1 шілде – 15 қыркүйек')).toBeNull();
  });
});

describe('a card\'s sub-figures under its caption are its parts', () => {
  const figures = (text: string) => parseReport(text).figures.map((x) => `${x.metric}=${x.value}`).sort();
  it('kk, a tree', () => {
    const text = '2026 жылғы III тоқсан\n\nЕСЕПТЕР\n4\nесеп тыңдалды\n   ├ 2 облыстық басқарма (денсаулық сақтау; ТКШ)\n   └ 2 аудан әкімдігі (Ұлытау ауданы, Жаңаарқа ауданы)\n\n6\nқоғамдық мониторинг\n\n2\nдөңгелек үстел\n';
    expect(figures(text)).toEqual(['departments_heard=2', 'district_akimats_heard=2', 'monitorings=6', 'report_hearings=4', 'round_tables=2']);
  });
  it('kk, a line set in: the card\'s count is never a part\'s', () => {
    const text = '2026 жылғы III тоқсан\n\nӨТІНІШТЕР\n18\nөтініш келіп түсті\n   жеке тұлғалар – 15 · заңды тұлғалар – 3\n\n16\nөтінішке жауап берілді\n\n2\nдөңгелек үстел\n';
    expect(figures(text)).toEqual(['appeals_answered=16', 'appeals_individuals=15', 'appeals_legal_entities=3', 'appeals_received=18', 'round_tables=2']);
  });
});

describe('a protocol\'s pasted tiles, each number over its caption', () => {
  const stated = (text: string) => {
    const p = parseProtocol(text);
    return [p.members_total, p.present, p.online];
  };
  it('ru, with alt text', () => {
    const text = 'ПРОТОКОЛ № 6\n\n   [значок: люди]\n   17\n   членов Совета по составу\n\n   [значок: галочка]\n   13\n   присутствуют на заседании\n\n   2\n   из них – по видеосвязи\n\n   4\n   отсутствуют\n';
    expect(stated(text)).toEqual([17, 13, 2]);
  });
  it('ru, no blank lines but the alt text\'s', () => {
    const text = 'ПРОТОКОЛ № 2\n[Иконка: люди]\n15\nчленов Совета по составу\n[Иконка: галочка]\n11\nприсутствуют на заседании\n[Иконка: ноутбук]\n1\nиз них – по видеосвязи\n';
    expect(stated(text)).toEqual([15, 11, 1]);
  });
  it('near-miss: two tiles are no run (a list\'s numbers)', () => {
    const lines = ['17', 'членов Совета по составу', '', '13', 'присутствуют на заседании'];
    expect(readNumbersOverCaptions(lines)).toEqual(lines);
  });
  it('near-miss: a sentence under a number ends the run', () => {
    const lines = ['17', 'членов Совета.', '', '13', 'присутствуют', '', '2', 'онлайн'];
    expect(readNumbersOverCaptions(lines)).toEqual(lines);
  });
});

describe('a vote table in fixed-width columns, a results slide pasted as text', () => {
  const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
  it('bilingual, a row label each, a unanimity row', () => {
    const text = [
      'ДАУЫС БЕРУ НӘТИЖЕЛЕРІ / РЕЗУЛЬТАТЫ ГОЛОСОВАНИЯ',
      '                 Жақтап / За   Қарсы / Против   Қалыс / Воздерж.   Нәтиже / Итог',
      'Күн тәртібі      14            0                0                  қабылданды / принято',
      '1-мәселе         бірауыздан / единогласно                          қабылданды / принято',
      '2-мәселе         5             8                1                  қабылданбады / не принято',
    ].join('\n');
    expect(votes(text)).toEqual([[14, 0, 0, false, 'adopted'], [null, null, null, true, 'adopted'], [5, 8, 1, false, 'rejected']]);
  });
  it('ru, a header over one row of counts', () => {
    const text = 'Голосование (слайд «Голосование», вопрос 1):\n\n   ЗА           ПРОТИВ        ВОЗДЕРЖАЛИСЬ\n   9            1             3\n\n   Решение принято.\n';
    expect(votes(text)).toEqual([[9, 1, 3, false, 'adopted']]);
  });
  it('near-miss: a line of labels in a sentence is no header', () => {
    expect(votes('Голосовали: за – 12, против – 1, воздержались – 0.\nРешение принято.')).toEqual([[12, 1, 0, false, 'adopted']]);
  });
});

describe('a list of the present in three columns', () => {
  const present = (text: string) => parseProtocol(text).attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`).sort();
  it('ru, tabs, an online mark in a middle cell', () => {
    const text = 'ПРОТОКОЛ № 2\n\nПрисутствовали:\nАбаев К.Т.\tБорисова Л.Е.\tВалиев А.А.\nГусева Н.П. (онлайн)\tДанияров Ж.Н.\tЕрмеков Р.М.\nЖуков О.С.\tЗайцева Г.Б. (онлайн)\tИсаев Е.С.\nОтсутствовали: нет.\n';
    expect(present(text)).toEqual(['Абаев К.Т.', 'Борисова Л.Е.', 'Валиев А.А.', 'Гусева Н.П. (online)', 'Данияров Ж.Н.', 'Ермеков Р.М.', 'Жуков О.С.', 'Зайцева Г.Б. (online)', 'Исаев Е.С.']);
  });
  it('two columns stay two', () => {
    const text = 'ПРОТОКОЛ № 2\n\nПрисутствовали:\n1. Абаев К.Т.          4. Гусева Н.П. (онлайн)\n2. Борисова Л.Е.       5. Данияров Ж.Н.\n3. Валиев А.А.\nОтсутствовали: нет.\n';
    expect(present(text)).toEqual(['Абаев К.Т.', 'Борисова Л.Е.', 'Валиев А.А.', 'Гусева Н.П. (online)', 'Данияров Ж.Н.']);
  });
});
