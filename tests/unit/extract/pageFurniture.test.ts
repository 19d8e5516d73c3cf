/**
 * Text copied out of a PDF (issue 12, item 4; held-out set 7): running headers
 * and footers, "Страница 1 из 3", "- 2 -", "стр. 3", "Лист 2", "2-бет", lone
 * page numbers, and words hyphenated across lines. The furniture is blanked and
 * each broken word made whole on the line where it starts — the lines stay the
 * document's, so every value keeps its line — and a real dash, a list item or a
 * hyphen before a capital or a digit is left as written.
 */
import { describe, expect, it } from 'vitest';
import { withoutPageBreaks, withoutPageFurniture } from '../../../sources/extract/pageFurniture.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const clean = (text: string) => withoutPageFurniture(text.split('\n'));

describe('page numbers', () => {
  it.each([
    'Страница 1 из 3', '   Страница 2 из 3   ', 'стр. 3', 'Стр 3 из 5', 'Лист 2', 'лист № 4', 'Page 2 of 5',
    '- 2 -', '— 12 —', '– 3 –', '2-бет', '3 бет', 'Бет 4', '3 беттің 2-беті', 'Парақ 2',
  ])('%j is blanked', (footer) => {
    const lines = ['Советом проведено пять заседаний.', '', footer, '', 'Рассмотрено 11 проектов.'];
    expect(withoutPageFurniture(lines)).toEqual(['Советом проведено пять заседаний.', '', '', '', 'Рассмотрено 11 проектов.']);
  });

  it.each([
    'Страница 1 из 3 содержит таблицу', 'стр. 3 отчета', 'Лист 2 приложения', '- 2 человека', '2 бетке қараңыз',
    'за – 2 –', '2025 -',
  ])('%j is text, kept', (line) => {
    expect(withoutPageFurniture(['Первая строка.', line, 'Последняя строка.'])).toEqual(['Первая строка.', line, 'Последняя строка.']);
  });

  it('blanks lone page numbers that count the pages, apart, each between blank lines', () => {
    const page = (n: number) => Array.from({ length: 16 }, (_, k) => `Строка ${n}.${k} текста отчета.`);
    const lines = [...page(1), '', '2', '', ...page(2), '', '3', '', ...page(3)];
    const out = withoutPageFurniture(lines);
    expect(out).toHaveLength(lines.length);
    expect(out[17]).toBe('');
    expect(out[36]).toBe('');
    expect(out.filter((l) => l !== '')).toHaveLength(48);
  });

  it('blanks lone page numbers under the running header of each page, no blank line around them', () => {
    const page = (n: number) => Array.from({ length: 16 }, (_, k) => `Строка ${n}.${k} текста отчета.`);
    const lines = ['Отчет Общественного совета за 2025 год', ...page(1), '2', 'Отчет Общественного совета за 2025 год', ...page(2), '3', 'Отчет Общественного совета за 2025 год', ...page(3)];
    const out = withoutPageFurniture(lines);
    expect(out[0]).toBe(lines[0]);
    expect([17, 18, 35, 36].map((i) => out[i])).toEqual(['', '', '', '']);
    expect(out.filter((l) => l !== '')).toHaveLength(49);
  });

  it('keeps a lone number that is one, in a list or a table cell', () => {
    expect(clean('Проведено:\n\n5\n\nзаседаний.')).toEqual(['Проведено:', '', '5', '', 'заседаний.']);
    expect(clean('№\nФамилия\n1\nАбенов Т.К.\n2\nБекова А.С.')).toEqual(['№', 'Фамилия', '1', 'Абенов Т.К.', '2', 'Бекова А.С.']);
  });

  it('blanks a lone number next to a rule between pages', () => {
    expect(clean('текст страницы\n__________________________\n2\nдальше')).toEqual(['текст страницы', '__________________________', '', 'дальше']);
  });
});

describe('running headers and footers', () => {
  const doc = [
    'Протокол № 1 от 26.02.2025                 ОС г. Экибастуза',
    '',
    'ПРОТОКОЛ № 1',
    'Присутствовали: 9 членов Общественного совета из 11.',
    '                       Страница 1 из 2',
    '__________________________________________________________',
    'Протокол № 1 от 26.02.2025                 ОС г. Экибастуза',
    '',
    'РЕШИЛИ:',
    'Информацию принять к сведению.',
    'РЕШИЛИ:',
    'Голосовали: за – единогласно.',
    'Голосовали: за – единогласно.',
    '                       Страница 2 из 2',
  ];
  it('blanks each repetition by a page break and keeps the first, the document title', () => {
    const out = withoutPageFurniture(doc);
    expect(out).toHaveLength(doc.length);
    expect(out[0]).toBe(doc[0]);
    expect(out[6]).toBe('');
    expect([out[4], out[13]]).toEqual(['', '']);
    // Lines repeated away from a break are the protocol's.
    expect(out.slice(8, 13)).toEqual(doc.slice(8, 13));
  });

  it('reads a header whose page number changes, and drops the number from the one kept', () => {
    const lines = [
      'Қоғамдық кеңестің 2025 жылғы есебі                    1-бет',
      '',
      'Кеңес 5 отырыс өткізді.',
      '',
      '______________________________________________',
      'Қоғамдық кеңестің 2025 жылғы есебі                    2-бет',
      '',
      '8 мониторинг жүргізілді.',
    ];
    expect(withoutPageFurniture(lines)).toEqual([
      'Қоғамдық кеңестің 2025 жылғы есебі', '', 'Кеңес 5 отырыс өткізді.', '', '______________________________________________', '', '', '8 мониторинг жүргізілді.',
    ]);
  });

  it('blanks a footer with the address repeated over each page number', () => {
    const lines = [
      'ОТЧЕТ', 'Проведено 5 заседаний.', '',
      'г. Рудный, ул. 50 лет Октября, 64          тел. 8 (71431) 5-02-18', '                 - 1 -',
      'Рассмотрено 11 проектов.', '',
      'г. Рудный, ул. 50 лет Октября, 64          тел. 8 (71431) 5-02-18', '                 - 2 -',
    ];
    const out = withoutPageFurniture(lines);
    expect([out[3], out[4], out[7], out[8]]).toEqual(['', '', '', '']);
    expect(out[5]).toBe('Рассмотрено 11 проектов.');
  });

  it('leaves a document without page breaks as written', () => {
    const lines = ['ОТЧЕТ', 'за 2025 год', '', 'Проведено 5 заседаний.', 'Проведено 5 заседаний.', '1', '2'];
    expect(withoutPageFurniture(lines)).toEqual(lines);
  });
});

describe('words hyphenated across lines', () => {
  it.each([
    ['Советом проведено восемь мони-\nторингов (в прошлом году – шесть).', ['Советом проведено восемь мониторингов', '(в прошлом году – шесть).']],
    ['Решение при-\nнято.', ['Решение принято.', '']],
    ['в квар-\nтирах, 4 коллективных обращения', ['в квартирах,', '4 коллективных обращения']],
    ['ТОО «Экибастузтепло-\nэнерго», ответы', ['ТОО «Экибастузтеплоэнерго»,', 'ответы']],
    ['отырыстар өт-\nкізілді, 5 мониторинг', ['отырыстар өткізілді,', '5 мониторинг']],
    ['мягкий пере\u00ad\nнос строки', ['мягкий перенос', 'строки']],
    ['   засе-\n   дания совета', ['   заседания', '   совета']],
  ])('%j', (text, want) => {
    expect(clean(text)).toEqual(want);
  });

  it.each([
    'План работы:\n- пункт первый\n- пункт второй',
    'за период 2025 -\n2026 годов',
    'маршрут Алматы-\nАстана',
    'золоотвал ГРЭС-\n1 и ГРЭС-2',
    'итого -\nпять',
    'Қорытынды:\n— бірінші тармақ',
    'конец абзаца-\n\nновый абзац',
    'ГРЭС-\nКазахстан',
    'ОС-\nАстана',
    'за 2024-\n2025 годы',
    'тел. 75-30-\nдобавочный 12',
  ])('%j is kept as written', (text) => {
    expect(clean(text)).toEqual(text.split('\n'));
  });

  it.each([
    ['ГУ «Отдел жилищно-коммунального хозяйства»; отдел жилищно-\nкоммунального хозяйства', ['ГУ «Отдел жилищно-коммунального хозяйства»; отдел жилищно-коммунального', 'хозяйства']],
    ['дәрі-дәрмек бағасы; дәрі-\nдәрмектердің болуы', ['дәрі-дәрмек бағасы; дәрі-дәрмектердің', 'болуы']],
    ['на интернет-ре-\nсурсе акимата', ['на интернет-ресурсе', 'акимата']],
    ['ОБЩЕСТВЕН-\nНЫЙ СОВЕТ', ['ОБЩЕСТВЕННЫЙ', 'СОВЕТ']],
    ['ҚОҒАМДЫҚ КЕҢЕС-\nТІҢ ОТЫРЫСЫ', ['ҚОҒАМДЫҚ КЕҢЕСТІҢ', 'ОТЫРЫСЫ']],
    ['2025-\nжылғы 12 сәуірде', ['2025-жылғы', '12 сәуірде']],
    ['с 25-\nго по 28 марта', ['с 25-го', 'по 28 марта']],
  ])('%j: a compound written whole elsewhere keeps its hyphen; capitals join capitals', (text, want) => {
    expect(clean(text)).toEqual(want);
  });

  it('joins a word broken over a page break', () => {
    const lines = ['заменено 6,4 км сетей, капиталь-', '', '      Страница 1 из 3', '______________________', 'ный ремонт на 2 станциях.'];
    expect(withoutPageFurniture(lines)).toEqual(['заменено 6,4 км сетей, капитальный', '', '', '______________________', 'ремонт на 2 станциях.']);
  });
});

describe('pages split by form feeds (pdftotext)', () => {
  it('blanks the header that opens each page and the number that closes it', () => {
    const lines = ['Отчет ОС за 2025 год', 'Проведено 5 заседаний.', '1', '\fОтчет ОС за 2025 год', 'Рассмотрено 11 проектов.', '2', '\fОтчет ОС за 2025 год', 'Конец.'];
    expect(withoutPageFurniture(lines)).toEqual(['Отчет ОС за 2025 год', 'Проведено 5 заседаний.', '', '', 'Рассмотрено 11 проектов.', '', '', 'Конец.']);
  });
});

describe('a sentence broken by a page', () => {
  const lines = [
    'Отчет Общественного совета г. Рудного за 9 месяцев 2025 г.       стр. 1',
    'Заслушаны отчеты 4 отделов. По их итогам госорганам',
    '',
    '__________________________________',
    'г. Рудный, ул. 50 лет Октября, 64      тел. 8 (71431) 5-02-18',
    '                 - 1 -',
    'Отчет Общественного совета г. Рудного за 9 месяцев 2025 г.       стр. 2',
    '',
    'направлено 26 рекомендаций.',
    '',
    'г. Рудный, ул. 50 лет Октября, 64      тел. 8 (71431) 5-02-18',
    '                 - 2 -',
  ];
  it('is read on: the lines of the break are taken out, each line keeps its number', () => {
    expect(withoutPageBreaks(lines)).toEqual({
      lines: ['Отчет Общественного совета г. Рудного за 9 месяцев 2025 г.', 'Заслушаны отчеты 4 отделов. По их итогам госорганам', 'направлено 26 рекомендаций.', '', '', ''],
      numbers: [1, 2, 9, 10, 11, 12],
    });
  });

  it.each([
    ['a sentence ended', 'По их итогам даны рекомендации.', 'направлено 26 рекомендаций.'],
    ['a list item opens the page', 'Проведены', '2. Круглый стол'],
    ['a heading in capitals', 'ПОВЕСТКА ДНЯ', 'о ходе работы'],
    ['a name opens the page', 'Выступили', 'Ахметов Б.Б.'],
  ])('is not read on after %s', (_, before, after) => {
    const broken = [before, '', '           Страница 1 из 2', '', after];
    expect(withoutPageBreaks(broken)).toEqual({ lines: [before, '', '', '', after], numbers: [1, 2, 3, 4, 5] });
  });

  it('without a page break the blank lines stay', () => {
    expect(withoutPageBreaks(['Советом проведено восемь', '', 'мониторингов.']).numbers).toEqual([1, 2, 3]);
  });
});

describe('the extractors read the text without its pages', () => {
  it('a report figure whose count and noun are on two pages, at the line of the count', () => {
    const x = parseReport([
      'ОТЧЕТ о деятельности Общественного совета за 2025 год', '',
      'В отчетном периоде Советом проведено восемь',
      '',
      '                - 2 -',
      '',
      'мониторингов и 3 круглых стола.',
    ].join('\n'));
    expect(x.figures.map((f) => [f.metric, f.value, f.line])).toEqual([['monitorings', 8, 3], ['round_tables', 3, 7]]);
  });

  it('a table of votes that a page breaks goes on with its next row', () => {
    const x = parseProtocol([
      'ПРОТОКОЛ № 3', 'заседания Общественного совета', '12 марта 2025 года', '',
      '| № | Вопрос | За | Против | Воздержались | Решение |',
      '|---|---|---|---|---|---|',
      '| 1 | Об отчете акимата | 12 | 0 | 1 | принято |',
      '',
      '                                Страница 1 из 2',
      '______________________________________________________',
      '',
      '| 2 | О переносе мониторинга | 4 | 8 | 1 | не принято |',
      '',
      '                                Страница 2 из 2',
    ].join('\n'));
    expect(x.votes.map((v) => [v.line, v.for, v.against, v.abstain, v.declared])).toEqual([[7, 12, 0, 1, 'adopted'], [12, 4, 8, 1, 'rejected']]);
  });

  it('a vote line after a page break keeps its line', () => {
    const x = parseProtocol([
      'ПРОТОКОЛ № 4', 'заседания Общественного совета', '5 мая 2025 года', '',
      'Тариф составляет 4 318 тенге',
      '              Страница 1 из 2',
      '______________________________',
      'за 1 Гкал.',
      'Голосовали: за – 12, против – нет, воздержались – 1.',
    ].join('\n'));
    expect(x.votes.map((v) => [v.line, v.for, v.against, v.abstain])).toEqual([[9, 12, 0, 1]]);
  });

  it('a vote whose result is hyphenated over a page footer, no count from a page number', () => {
    const x = parseProtocol([
      'ПРОТОКОЛ № 4', 'заседания Общественного совета', '5 мая 2025 года', '',
      'Голосовали: за – 12, против – нет, воздержались – 1. Решение при-',
      '',
      '                   - 2 -',
      '',
      'нято.',
      'По второму вопросу: за – 3, против – 9, воздержались – 1. Пред-',
      'ложение не поддержано.',
      '                Страница 3 из 3',
    ].join('\n'));
    expect(x.votes.map((v) => [v.line, v.for, v.against, v.abstain, v.declared])).toEqual([[5, 12, 0, 1, 'adopted'], [10, 3, 9, 1, 'rejected']]);
  });

  it('a report figure whose noun is hyphenated keeps the line of the document', () => {
    const x = parseReport([
      'ОТЧЕТ о деятельности Общественного совета за 2025 год', '',
      '     Советом проведено восемь мони-',
      'торингов (в прошлом году – шесть).',
    ].join('\n'));
    expect(x.figures.filter((f) => f.metric === 'monitorings').map((f) => [f.value, f.line])).toEqual([[8, 3]]);
  });
});
