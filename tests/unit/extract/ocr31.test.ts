/**
 * Documents that arrived as scans and went through OCR (held-out 91): digits read for the letters they look like inside
 * a word ("ПР0Т0К0Л", "3аседания", "0тырыстар", "«3а» – 10"), the preposition "О" read as "0" at an item's start, a
 * title spaced out letter by letter with zeros ("П Р 0 Т 0 К 0 Л"); and PDFs laid out with a boxed side panel of figures
 * or in two ragged columns set close. Each rule on variants no set holds (Russian and Kazakh, other words and layouts)
 * and on near-misses that must stay numbers or keep their order. What kenes shows keeps the document's characters.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readLetterLookalikes, repairCopy } from '../../../sources/extract/repairCopy.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { readColumnsInOrder } from '../../../sources/readers/textColumns.ts';
import { textPdf, type TextRun } from '../../helpers/textPdf.ts';

const figure = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.find((f) => f.metric === metric);

describe('OCR: a digit inside a word is the letter it looks like', () => {
  it.each([
    ['0ТЧЕТ 0 РАБ0ТЕ', 'ОТЧЕТ 0 РАБОТЕ'],
    ['3АСЕДАНИЕ ПРЕЗИДИУМА', 'ЗАСЕДАНИЕ ПРЕЗИДИУМА'],
    ['0бщественный совет г. Семей', 'Общественный совет г. Семей'],
    ['Пр0токол вела секретарь', 'Протокол вела секретарь'],
    ['«3а» – 12, «пр0тив» – 0', '«За» – 12, «против» – 0'],
    ['3а: 9; против: 1', 'За: 9; против: 1'],
    ['Кеңес 0тырысының хаттамасы', 'Кеңес отырысының хаттамасы'],
    ['0тырыстар. Кеңестің 2 0тырысы', 'Отырыстар. Кеңестің 2 отырысы'],
    ['3аң жобасы қаралды', 'Заң жобасы қаралды'],
    ['ҚАУЛЫ 0ТЫРЫС', 'ҚАУЛЫ ОТЫРЫС'],
    // (The Latin I of a Kazakh scan read as І first, then the zero.)
    ['0ТIНIШТЕР', 'ОТІНІШТЕР'],
  ])('ru/kk: "%s" reads "%s"', (written, read) => {
    expect(repairCopy([written])[0]).toBe(read);
  });

  it.each([
    '3 заседания', 'провели 30 заседаний', '2026 жылы', '3-ші отырыс', 'үшеуі – 3еуі', '3тен астам', '0ден жоғары',
    'ул. Абая, 3а, каб. 5', '№ 3а', 'в 3х заседаниях', '0,5 млн тенге', 'Кеңестің 30дан астам', 'В0 и 3Б', 'COVID19 и B2B',
  ])('near-miss: "%s" keeps its numbers', (line) => {
    expect(readLetterLookalikes(line)).toBe(line);
  });

  it('one character for one: the line keeps its length and its columns', () => {
    const line = 'ПР0Т0К0Л № 3\t3аседания\t12';
    expect(readLetterLookalikes(line)).toHaveLength(line.length);
    expect(readLetterLookalikes(line).split('\t')).toHaveLength(3);
  });

  it('"3аседания" is never parted into a count and a word ("3 аседания")', () => {
    expect(repairCopy(['Проведено 4 3аседания Совета.'])[0]).toBe('Проведено 4 заседания Совета.');
  });
});

describe('OCR: a word broken by a hyphen and a space inside a line is one word', () => {
  it.each([
    ['Заслу- шано 4 отчета', 'Заслушано 4 отчета'],
    ['Прове- дено 6 засе- даний', 'Прове- дено 6 заседаний'],
    ['4 есеп тың- далды', '4 есеп тыңдалды'],
    ['\tМони- торинги\t3\t4\t7', '\tМониторинги\t3\t4\t7'],
    ['Жария- ланымдар саны – 40', 'Жарияланымдар саны – 40'],
  ])('ru/kk: "%s" reads "%s"', (written, read) => {
    expect(repairCopy([written])[0]).toBe(read);
  });
  it('a word the document writes whole elsewhere is made whole too', () => {
    expect(repairCopy(['Ауыз су ди- агностикасы.', 'Диагностикасы жүргізілді.'])[0]).toBe('Ауыз су диагностикасы.');
  });
  it.each(['социально- экономического развития', 'жылу- энергетика кешені', 'Алматы- Астана трассасы', 'отчет- 5'])(
    'near-miss: "%s" (a compound, a dash) is kept', (line) => {
      expect(repairCopy([line])[0]).toBe(line);
    });
  it('ru table: "Мони- торинги" in a quarter table gives the half-year\'s 7', () => {
    const x = parseReport(['Отчет о работе Общественного совета за I полугодие 2026 года', 'Показатель\tI кв.\tII кв.\tИтого',
      'Мони- торинги\t3\t4\t7'].join('\n'));
    expect(figure(x, 'monitorings')?.value).toBe(7);
  });
});

describe('OCR: "0" at an item\'s or a sentence\'s start before the prepositional case is the preposition "О"', () => {
  it.each([
    ['1. 0 работе отдела культуры.', '1. О работе отдела культуры.'],
    ['2) 0 внесении изменений в план.', '2) О внесении изменений в план.'],
    ['0 плане работы на 2027 год', 'О плане работы на 2027 год'],
    ['Решили: принять. 0 проекте бюджета – отложить.', 'Решили: принять. О проекте бюджета – отложить.'],
  ])('ru: "%s" reads "%s"', (written, read) => {
    expect(repairCopy([written])[0]).toBe(read);
  });

  it.each([
    '0 заседаний выездных не проводилось', '1. 0 обращений', 'нарушения выявлены в 0 школах', 'против – 0, воздержались – 0',
    '3. 0 членов', 'за – 10, против – 0 ходе',
  ])('near-miss: "%s" keeps its zero', (line) => {
    expect(repairCopy([line])[0]).toBe(line);
  });
});

describe('OCR: a title spaced out letter by letter', () => {
  it.each([
    ['П Р 0 Т 0 К 0 Л № 7', 'П Р О Т О К О Л № 7'],
    ['0 Т Ч Е Т', 'О Т Ч Е Т'],
    ['Қ 0 Р Ы Т Ы Н Д Ы', 'Қ О Р Ы Т Ы Н Д Ы'],
  ])('ru/kk: "%s" reads "%s"', (written, read) => {
    expect(repairCopy([written])[0]).toBe(read);
  });

  it.each(['3 0 1 2 5', 'А Б 3 0 В Г', 'В 3 И 0 К', 'Х А Т Т А М А № 3'])('near-miss: "%s" is kept', (line) => {
    expect(repairCopy([line])[0]).toBe(line);
  });

  it('ru: the number of a protocol titled "П Р 0 Т 0 К 0 Л № 6" is read', () => {
    const x = parseProtocol(['П Р 0 Т 0 К 0 Л № 6', 'заседания Общественного совета', '', '12 мая 2026 года'].join('\n'));
    expect(x.number).toBe('6');
  });
});

describe('OCR: the readers read the letters, kenes shows the document\'s characters', () => {
  it('ru protocol: "3а – 9" is a vote of 9 for, never 3; the quote as written', () => {
    const x = parseProtocol([
      'ПР0Т0К0Л № 5',
      '3аседания Общественного совета города Щучинска',
      '14 апреля 2026 года',
      'Всего членов Совета – 11. Присутствуют 10 членов Совета.',
      'П0ВЕСТКА ДНЯ:',
      '1. 0 работе отдела образования.',
      '2. 0 плане мониторингов.',
      '1. СЛУШАЛИ: отдел образования.',
      'Голосовали: 3а – 9, против – 0, воздержались – 1. Решение принято.',
    ].join('\n'));
    expect(x.number).toBe('5');
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
    const vote = x.votes.find((v) => v.text.includes('3а'));
    expect(vote?.for).toBe(9);
    expect(vote?.text).toContain('3а – 9');
  });

  it('kk protocol: "3а / Жақтап – 8" with a Latin i is 8 for', () => {
    const x = parseProtocol([
      'ХАТТАМА № 2',
      'Қоғамдық кеңес 0тырысы, 2026 жылғы 3 наурыз',
      'Кеңес мүшелерi – 9. Қатысқандар – 9.',
      'Күн тәртiбi: 1. Жоспар туралы.',
      '1. ТЫҢДАЛДЫ: төраға.',
      'Дауыс беру: 3а / жақтап – 8, қарсы – 0, қалыс – 1. Шешiм қабылданды.',
    ].join('\n'));
    expect(x.votes.map((v) => v.for)).toContain(8);
    expect(x.votes.map((v) => v.for)).not.toContain(3);
  });

  it('kk report: "0тырыстар" and "3аңды тұлғалардан – 2" read as words, the quote as written', () => {
    const x = parseReport([
      'Кеңестiң 2026 жылғы I тоқсандағы жұмысы туралы ақпарат',
      '0тырыстар. Кеңестiң 2 0тырысы өттi.',
      '0тiнiштер. Тоқсанда 7 өтiнiш түстi (жеке тұлғалардан – 5, 3аңды тұлғалардан – 2).',
    ].join('\n'));
    expect(figure(x, 'general_meetings')?.value).toBe(2);
    expect(figure(x, 'appeals_legal_entities')?.value).toBe(2);
    expect(figure(x, 'appeals_legal_entities')?.text).toContain('3аңды');
    expect(x.figures.some((f) => f.value === 3)).toBe(false);
  });

  it('ru/kk protocol: the agenda and the absentees keep the words as the scan wrote them, though read repaired', () => {
    const x = parseProtocol([
      'ХАТТАМА № 4',
      'Қатыспағандар: Сейiтов А.Б. – 3аңды демалыс.',
      'КҮН ТӘРТIБI:',
      '1. 0тбасы орталығының жұмысы туралы.',
      '2. 3аседание комиссии по 0тчетам.',
    ].join('\n'));
    expect(x.agenda.map((a) => a.title)).toEqual(['0тбасы орталығының жұмысы туралы.', '3аседание комиссии по 0тчетам.']);
    expect(x.absentees[0]?.reason).toContain('3аңды');
  });

  it('ru report near-miss: "3 заседания" stays a count of three; "3аседаний" gives no 3', () => {
    const counted = parseReport(['Отчет о работе Совета за 2026 год', 'Проведено 3 заседания Совета.'].join('\n'));
    expect(figure(counted, 'general_meetings')?.value).toBe(3);
    const word = parseReport(['Отчет о работе Совета за 2026 год', '3аседаний Совета проведено 4.'].join('\n'));
    expect(word.figures.some((f) => f.value === 3)).toBe(false);
  });
});

type Item = { x: number; y: number; width: number; size: number; str: string; right?: number; panel?: boolean };
const item = (x: number, y: number, width: number, str: string): Item => ({ x, y, width, size: 10, str });
/** Reading order: top to bottom, then left to right, as the PDF reader lays out lines. */
const order = (items: Item[]) => [...items].sort((p, q) => q.y - p.y || p.x - q.x).map((i) => i.str);

describe('a boxed side panel of figures beside the text is read after it', () => {
  // Prose x 61–376 (ragged), a box at x 385: each line a count, a dash and its caption; one caption wraps in lower case.
  const prose = Array.from({ length: 14 }, (_, k) => item(61, 700 - 11.5 * k, 280 + (k % 3) * 15, `${k % 2 ? 'мүшелерi' : 'заседания'} prose ${k}`));
  const kk = ['САНДАРМЕН', '17 – кеңес мүшесi', '12 / 5 – азаматтық қоғам /', 'мемлекеттiк орган', '6 – отырыс', '9 – мониторинг',
    '2 – дөңгелек үстел', '30 – өтiнiш', '45 – жарияланым'];
  const ru = ['В ЦИФРАХ', '25 – членов Совета', '4 – заседания', '11 – мониторингов', '2 – публичных слушания', '18 – обращений',
    '3 – круглых стола', '9 400 – просмотров'];
  it.each([['kk', kk], ['ru', ru]])('%s: the text to its end, then the box, each of its items marked as the panel\'s', (_lang, lines) => {
    const box = lines.map((l, k) => item(385, 690 - 11.5 * k, 100 + l.length * 3, l));
    const read = readColumnsInOrder([...prose, ...box]);
    expect(order(read)).toEqual([...prose.map((i) => i.str), ...lines]);
    expect(read.filter((i) => i.panel).map((i) => i.str)).toEqual(lines);
  });
  it('near-miss: two lists of names side by side (items numbered, no count and dash) keep their order', () => {
    const names = Array.from({ length: 10 }, (_, k) => item(385, 690 - 11.5 * k, 175, `${k + 1}. Байжігітов С.Ә. – іссапар`));
    const page = [...prose, ...names];
    expect(order(readColumnsInOrder(page))).toEqual(order(page));
  });
  it('near-miss: a table of labels with their counts in a column far right is no panel', () => {
    const rows = Array.from({ length: 10 }, (_, k) => [item(61, 700 - 11.5 * k, 300, `Заседаний Совета проведено за квартал ${k}`), item(385, 700 - 11.5 * k, 12, `${k}`)]).flat();
    expect(order(readColumnsInOrder(rows))).toEqual(order(rows));
  });
  it('a PDF: the panel\'s lines follow the text, a figure a line of its own, a caption\'s wrapped line joined', async () => {
    const runs: TextRun[] = [];
    const text = ['The Council held its meetings as planned in the first half', 'of the year and heard the reports of the city departments',
      'on education, housing and employment in the spring session', 'and monitored the schools and clinics of the city with its',
      'working groups; the public hearings took place in March and', 'June, and the round tables were held with the youth centre',
      'and the chamber of entrepreneurs in the regional centre too;', 'the appeals of citizens were answered within the time set',
      'by law, and the council published its news on its channels', 'in the messengers and on the website of the city akimat.'];
    text.forEach((t, k) => runs.push({ x: 61, y: 700 - 11.5 * k, text: t }));
    ['IN FIGURES', '21 - members', '4 - reports heard (2025: 5)', '7 - monitorings', '19 - appeals (individuals - 16,', 'legal entities - 3)',
      '85 - publications', '12 300 - Instagram views'].forEach((t, k) => runs.push({ x: 375, y: 690 - 11.5 * k, text: t }));
    const lines = (await readPdfText(textPdf([runs]), 'panel.pdf')).split('\n').map((l) => l.trim()).filter(Boolean);
    const at = lines.indexOf('IN FIGURES');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(0, at).join(' ')).not.toMatch(/\d - /u);
    expect(lines.slice(at)).toEqual(['IN FIGURES', '21 - members', '4 - reports heard (2025: 5)', '7 - monitorings',
      '19 - appeals (individuals - 16, legal entities - 3)', '85 - publications', '12 300 - Instagram views']);
  });
});

describe('two ragged columns of prose set a font size apart are read column by column', () => {
  // Left x 57–300, right x 311–550: lines of a paragraph wrapped, many opening in lower case.
  const words = (side: string, k: number) => (k % 3 === 0 ? `${side}: Проведено ${k} заседаний Совета и` : `${side} ${k % 2 ? 'комиссий' : 'жұмыс'} тоқсанда өткізілді`);
  const left = Array.from({ length: 12 }, (_, k) => item(57, 700 - 11.5 * k, 200 + (k % 4) * 10, words('L', k).replace(/^L/u, k % 3 ? 'сол' : 'L')));
  const right = Array.from({ length: 12 }, (_, k) => item(311, 700 - 11.5 * k, 200 + (k % 4) * 10, words('R', k).replace(/^R/u, k % 3 ? 'оң' : 'R')));
  it('ru/kk bulletin: the left column to its foot, then the right one', () => {
    expect(order(readColumnsInOrder([...left, ...right]))).toEqual([...left.map((i) => i.str), ...right.map((i) => i.str)]);
  });
  it('a page whose left column ends in short lines is still read as one pair of columns, top to foot', () => {
    // The last eight left lines short (a gutter wide enough for the older rule over them), the lines above a font size apart.
    const l = Array.from({ length: 22 }, (_, k) => item(57, 700 - 11.5 * k, k < 14 ? 232 + (k % 2) * 6 : 150, `${k % 3 ? 'сол' : 'L:'} ${k} жолы жалғасады`));
    const r = Array.from({ length: 22 }, (_, k) => item(306, 700 - 11.5 * k, 232 + (k % 2) * 6, `${k % 3 ? 'оң' : 'R:'} ${k} продолжение строки`));
    expect(order(readColumnsInOrder([...l, ...r]))).toEqual([...l.map((i) => i.str), ...r.map((i) => i.str)]);
  });
  it('near-miss: two lists of names a font size apart (no line opens in lower case) keep their order', () => {
    const names = (x: number) => Array.from({ length: 12 }, (_, k) => item(x, 700 - 11.5 * k, 236 + (k % 2) * 7, `${k + 1}. Искаков Мурат Оралович – член Совета`));
    const page = [...names(57), ...names(311)];
    expect(order(readColumnsInOrder(page))).toEqual(order(page));
  });
});

describe('the state members told with an abbreviated word ("гос. органов", "мем. органдардың")', () => {
  it.each([
    ['Отчет о работе Совета за I полугодие 2026 года', 'Состав Совета – 17 членов, из них 12 – представители гражданского общества, 5 – представители гос. органов.', 5],
    ['Отчет о работе Совета за 2026 год', 'В Совете 13 членов: 9 представителей НПО и 4 представителя гос.органов.', 4],
    ['2026 жылғы I тоқсандағы есеп', 'Кеңес құрамында 15 мүше: 11 – азаматтық қоғам өкілдері, 4 – мем. органдардың өкілдері.', 4],
  ])('ru/kk: %s / %s → %i', (title, line, state) => {
    expect(figure(parseReport([title, line].join('\n')), 'members_state')?.value).toBe(state);
  });
  it('near-miss: requests sent to representatives of "гос. органов" are no members', () => {
    const x = parseReport(['Отчет о работе Совета за 2026 год', 'В составе Совета 15 членов. Направлено 5 запросов представителям гос. органов.'].join('\n'));
    expect(figure(x, 'members_state')).toBeUndefined();
  });
});
