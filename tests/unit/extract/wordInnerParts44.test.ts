/**
 * Word's inner parts (held-out set 197): a vote table nested in a cell of the decisions' table, a footnote's mark glued to a
 * count, a footnote at the page's foot naming who took part online, a PDF's note marks at the foot, a text box titled with
 * the report's year, footnotes after the signature. Each case in Russian and Kazakh where the class has both, with the
 * near misses that must stay unread.
 */
import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../../sources/readers/docxHtmlToText.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { withoutPlaceholders } from '../../../sources/readers/withoutPlaceholders.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { countOf } from '../../../sources/extract/protocol/readVoteTable.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const p = (text: string) => `<p>${text}</p>`;
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c.startsWith('<') ? c : p(c)}</td>`).join('')}</tr>`;
const table = (...rows: string[]) => `<table>${rows.join('')}</table>`;
const votes = (labels: string[], counts: string[]) => table(row(...labels), row(...counts));
const tally = (x: ReturnType<typeof parseProtocol>) => x.votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a table nested in a cell (.docx)', () => {
  it('is laid out as a table of its own in its cell\'s place, the cell\'s paragraph after it kept', () => {
    const html = table(row('Вопрос', 'Голосование'), row('Первый', `${votes(['За', 'Против'], ['8', '1'])}${p('Принято.')}`));
    expect(docxHtmlToText(html)).toBe('\tВопрос\n\tГолосование\n\tПервый\n\t\n\n\tЗа\n\tПротив\n\t8\n\t1\n\nПринято.\n');
  });

  it('a cell with text before the nested table keeps it as its first line', () => {
    const html = table(row('Қатысқан мүшелер', `${p('Тізім:')}${votes(['Р/с', 'Аты-жөні'], ['1', 'Асқаров Н.'])}`));
    expect(docxHtmlToText(html)).toBe('\tҚатысқан мүшелер\n\tТізім:\n\n\tР/с\n\tАты-жөні\n\t1\n\tАсқаров Н.\n');
  });

  const protocol = (head: string[], labels: string[], rows: [string, string[], string][]) => docxHtmlToText([
    ...head.map(p),
    table(row(...labels.slice(0, 3)), ...rows.map(([q, counts, result]) => row(q, 'Қабылдансын / Принять.', `${votes(labels.slice(3), counts)}${p(result)}`))),
  ].join(''));

  it('Kazakh: each decision\'s inner vote table is its vote; a footnote mark glued to a count is no digit of it', () => {
    const text = protocol(
      ['Қоғамдық кеңес отырысының № 10 ХАТТАМАСЫ', 'Қарағанды қаласы 2026 жылғы 9 желтоқсан', 'Кеңестің 12 мүшесінің 10-ы қатысты.', 'КҮН ТӘРТІБІ:', '1. Архив жұмысы туралы.', '2. Жұмыс жоспары туралы.'],
      ['Мәселе', 'Шешім', 'Дауыс беру', 'Жақтады', 'Қарсы', 'Қалыс'],
      [['Бірінші мәселе', ['9', '0', '1'], 'Шешім қабылданды.'], ['Екінші мәселе', ['6', '3', '1[2]'], 'Шешім көпшілік дауыспен қабылданды.']],
    );
    expect(tally(parseProtocol(text))).toEqual([[9, 0, 1, 'adopted'], [6, 3, 1, 'adopted']]);
  });

  it('Russian: the same with "За | Против | Воздержались", a star\'s mark, a rejected proposal', () => {
    const text = protocol(
      ['ПРОТОКОЛ № 8 заседания Общественного совета', 'г. Павлодар 12 ноября 2026 года', 'Присутствовали 11 из 13 членов Совета.', 'ПОВЕСТКА ДНЯ:', '1. Об отчёте центра.', '2. О предложении.'],
      ['Вопрос', 'Решение', 'Голосование', 'За', 'Против', 'Воздержались'],
      [['Первый вопрос', ['11', '0', '0'], 'Решение принято.'], ['Второй вопрос', ['4', '6', '1*'], 'Решение не принято.']],
    );
    expect(tally(parseProtocol(text))).toEqual([[11, 0, 0, 'adopted'], [4, 6, 1, 'rejected']]);
  });

  it('near misses: a count cell\'s own digits stay whole, a mark apart from the count or alone is no count', () => {
    expect(countOf('1[2]').value).toBe(1);
    expect(countOf('3¹').value).toBe(3);
    expect(countOf('12').value).toBe(12);
    expect(countOf('[2]').value).toBeNull();
    expect(countOf('1 [2]').value).toBeNull();
  });
});

describe('the footnote of the count of those present names who took part online', () => {
  const names = ['Ахметов Серик Болатович', 'Гончаренко Елена Юрьевна', 'Байтурсынова Арайлым Маратовна', 'Коваль Андрей Петрович', 'Сабитова Раушан Ержановна'];
  const protocol = (count: string, vote: string, note: string) => [
    'ПРОТОКОЛ № 9 / ХАТТАМА № 9', 'заседания Общественного совета', 'г. Кокшетау 25 ноября 2026 года', 'Всего членов Совета: 7', count, 'Присутствовали:',
    ...names.map((n, k) => `${k + 1}. ${n}`), 'Повестка дня:', '1. Об итогах сезона.', 'Слушали: Коваль А.П.', vote, 'Принято.', '', note, '',
  ].join('\n');
  const online = (text: string) => parseProtocol(text).attendees.filter((a) => a.online).map((a) => a.name);

  it('Russian: "Присутствуют: 5¹" over "¹ В том числе 1 – онлайн (Сабитова Р.Е.)." at the foot', () => {
    expect(online(protocol('Присутствуют: 5¹', 'Голосовали: за – 5, против – 0, воздержались – 0.', '¹ В том числе 1 – онлайн (Сабитова Р.Е.).'))).toEqual(['Сабитова Раушан Ержановна']);
  });

  it('Kazakh: "Кеңестің 7 мүшесінің 5-і қатысты¹." over "¹ Оның ішінде 2 мүше онлайн (Коваль А.П., Сабитова Р.Е.)."', () => {
    expect(online(protocol('Кеңестің 7 мүшесінің 5-і қатысты¹.', 'Дауыс беру: жақтады – 5, қарсы – 0, қалыс – 0.', '¹ Оның ішінде 2 мүше онлайн (Коваль А.П., Сабитова Р.Е.).'))).toEqual(['Коваль Андрей Петрович', 'Сабитова Раушан Ержановна']);
  });

  it('near misses: the mark on a vote, a name not in the list, a count the names do not match mark no one', () => {
    expect(online(protocol('Присутствуют: 5', 'Голосовали: за – 5¹, против – 0, воздержались – 0.', '¹ В том числе 1 – онлайн (Сабитова Р.Е.).'))).toEqual([]);
    expect(online(protocol('Присутствуют: 5¹', 'Голосовали: за – 5, против – 0, воздержались – 0.', '¹ В том числе 1 – онлайн (Жумабеков Д.К.).'))).toEqual([]);
    expect(online(protocol('Присутствуют: 5¹', 'Голосовали: за – 5, против – 0, воздержались – 0.', '¹ В том числе 2 – онлайн (Сабитова Р.Е.).'))).toEqual([]);
  });
});

describe('a PDF\'s footnote marks at the foot', () => {
  // Helvetica: a 7 pt digit is 3.9 pt wide; the note's text starts right after its raised mark.
  it('are read as superscripts opening their notes, each note on its line, not a column "1 2" beside them', async () => {
    const text = await readPdfText(textPdf([[
      { x: 57, y: 780, text: 'Present: 7' },
      { x: 57, y: 703.5, text: '1', size: 7 },
      { x: 62, y: 700, text: 'Of them 1 online.' },
      { x: 57, y: 689.5, text: '2', size: 7 },
      { x: 62, y: 686, text: 'In 2025 there were 8.' },
    ]]), 'notes.pdf');
    expect(text.split('\n').filter((l) => l !== '')).toEqual(['Present: 7', '¹ Of them 1 online.', '² In 2025 there were 8.']);
  });

  it('near miss: a small digit far before the text, or after text on its line, opens no note', async () => {
    const text = await readPdfText(textPdf([[{ x: 57, y: 703.5, text: '1', size: 7 }, { x: 90, y: 700, text: 'Table row' }]]), 'apart.pdf');
    expect(text).not.toMatch(/¹/u);
  });
});

describe('a report\'s year where a count stands, and notes under the signature', () => {
  it('"Обращения граждан – 2026" (a box\'s title) states no 2026 appeals; "Азаматтардың өтініштері – 2026" neither', () => {
    for (const title of ['Обращения граждан – 2026', 'Азаматтардың өтініштері – 2026']) {
      const x = parseReport(['ОТЧЁТ о работе Общественного совета за 2026 год', title, 'Поступило – 19', 'В течение года проведено 10 заседаний Совета.'].join('\n'));
      expect(x.figures.filter((f) => f.value === 2026)).toEqual([]);
      expect(x.figures.find((f) => f.metric === 'general_meetings')?.value).toBe(10);
    }
  });

  it('near miss: 2026 is a count in a report of another year', () => {
    const x = parseReport(['ОТЧЁТ о работе Общественного совета за 2027 год', 'В течение года опубликовано 2026 материалов о деятельности Совета.'].join('\n'));
    expect(x.figures.find((f) => f.metric === 'publications')?.value).toBe(2026);
  });

  const report = (notes: string[]) => parseReport([
    'ИНФОРМАЦИЯ о деятельности Общественного совета во втором полугодии 2025 года',
    '1. Состав. На 31 декабря 2025 года Совет насчитывает 17 членов¹.',
    '2. Заседания. Проведено 3 заседания Совета² и 11 заседаний комиссий.',
    '3. Мониторинг. Проведено 7 мониторингов.',
    'Председатель Общественного совета\tД. Жумагалиева',
    '____________________',
    ...notes,
  ].join('\n'));

  it('a note comparing with another year under the signature opens no other document: the membership note is read', () => {
    const x = report([
      '¹ В течение полугодия из состава Совета выведен 1 член, включены 2 новых члена (приказ от 14.08.2025 № 412).',
      '² В том числе одно выездное. Для сравнения: в I полугодии 2025 года проведено 2 заседания Совета.',
      '³ Перечень утверждён приказом Министра от 02.02.2024 № 56.',
    ]);
    expect([x.figures.find((f) => f.metric === 'members_left')?.value, x.figures.find((f) => f.metric === 'members_joined')?.value]).toEqual([1, 2]);
    expect(x.figures.find((f) => f.metric === 'general_meetings')?.value).toBe(3);
  });

  it('near miss: last year\'s report after the signature is still another document', () => {
    const x = report(['Приложение (для сравнения)', 'ОТЧЁТ за 2024 год', 'Проведено 12 круглых столов.']);
    expect(x.figures.find((f) => f.metric === 'round_tables')).toBeUndefined();
  });
});

describe('a template\'s content controls and a form\'s tables by section', () => {
  const control = (props: string, text: string) => `<w:p><w:sdt><w:sdtPr><w:id w:val="1"/>${props}<w:text/></w:sdtPr><w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt></w:p>`;

  it('a control left on its placeholder shows no text; a filled one keeps its value', () => {
    expect(withoutPlaceholders(control('<w:showingPlcHdr/>', 'Введите число.'))).not.toContain('Введите');
    expect(withoutPlaceholders(control('<w:showingPlcHdr/>', 'Мәтін енгізу үшін осы жерді басыңыз.'))).toContain('<w:p>');
    expect(withoutPlaceholders(control('', '4'))).toContain('<w:t>4</w:t>');
    expect(withoutPlaceholders(control('<w:showingPlcHdr w:val="false"/>', '9'))).toContain('<w:t>9</w:t>');
  });

  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');
  const figure = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.find((f) => f.metric === metric)?.value;

  it('Russian: "№ | Показатель | Значение" over "2.1 …" rows, an empty placeholder cell, "2[1]", a row answered in words', () => {
    const x = parseReport(['ОТЧЁТ о деятельности Общественного совета за I полугодие 2026 года', 'Раздел 2. Заседания', cells([
      ['№', 'Показатель', 'Значение'], ['2.1', 'Заседания Совета', '4'], ['2.2', 'Заседания президиума', ''], ['2.3', 'Заслушано отчётов', '2[1]'],
      ['2.4', 'Круглые столы', '1'], ['2.5', 'Рассмотрено проектов НПА', '5'], ['2.6', 'Результат рассмотрения', 'все 5 проектов одобрены без замечаний'],
    ]), ''].join('\n'));
    expect([figure(x, 'general_meetings'), figure(x, 'presidium_meetings'), figure(x, 'report_hearings'), figure(x, 'round_tables'), figure(x, 'npa_reviewed')]).toEqual([4, undefined, 2, 1, 5]);
  });

  it('Kazakh: "№ | Көрсеткіш | Мәні" over "3.1 …" rows with an endnote\'s mark on a count', () => {
    const x = parseReport(['Қоғамдық кеңестің 2026 жылғы І жартыжылдықтағы қызметі туралы ЕСЕП', cells([
      ['№', 'Көрсеткіш', 'Мәні'], ['3.1', 'Кеңес отырыстары', '3'], ['3.2', 'Мониторингтер', '2[1]'], ['3.3', 'Дөңгелек үстелдер', '1'],
    ]), ''].join('\n'));
    expect([figure(x, 'general_meetings'), figure(x, 'monitorings'), figure(x, 'round_tables')]).toEqual([3, 2, 1]);
  });

  it('near miss: a row answered in words that state no count gives no figure', () => {
    const x = parseReport(['ОТЧЁТ о деятельности Общественного совета за I полугодие 2026 года', cells([
      ['№', 'Показатель', 'Значение'], ['2.1', 'Заседания Совета', '4'], ['2.2', 'Круглые столы', 'запланированы на осень'], ['2.3', 'Заседания комиссий', '6'],
    ]), ''].join('\n'));
    expect([figure(x, 'general_meetings'), figure(x, 'round_tables'), figure(x, 'commission_meetings')]).toEqual([4, undefined, 6]);
  });
});

describe('footnotes and endnotes of a .docx, and an absentee\'s reason told in one', () => {
  it('a note is written as Word\'s text export writes it, "[1] …", its link back ("↑") left out', () => {
    const html = `<p>Кравец О.Н.<sup><a href="#footnote-2" id="footnote-ref-2">[1]</a></sup></p><ol><li id="footnote-2"><p> Без уважительной причины. <a href="#footnote-ref-2">↑</a></p></li><li id="endnote-1"><p> Отпуск. <a href="#endnote-ref-1">↑</a></p></li></ol>`;
    expect(docxHtmlToText(html)).toBe('Кравец О.Н.[1]\n[1] Без уважительной причины.\n\n[2] Отпуск.\n');
  });

  const protocol = (absent: string[], notes: string[]) => parseProtocol([
    'ПРОТОКОЛ № 8', 'заседания Общественного совета', 'г. Павлодар 12 ноября 2026 года', 'Состав Совета – 5 человек. Присутствуют 3 члена Совета.',
    'Присутствовали:', '1. Омарова Гульнар Сейткалиевна', '2. Литвиненко Ирина Павловна', '3. Байжанов Ерлан Муратович',
    ...absent, 'ПОВЕСТКА ДНЯ:', '1. О плане.', 'Проголосовали единогласно.', '', ...notes, '',
  ].join('\n'));
  const reasons = (x: ReturnType<typeof parseProtocol>) => x.absentees.map((a) => [a.name, a.excused]);

  it('Russian: "Отсутствовали: 1. Абенов Тимур Калиевич[1]" over "[1] Служебная командировка …", "[2] Без уважительной причины …"', () => {
    const x = protocol(['Отсутствовали:', '1. Абенов Тимур Калиевич[1]', '2. Кравец Олег Николаевич[2]'], ['[1] Служебная командировка в г. Астану.', '[2] Без уважительной причины: о причине отсутствия не сообщил.']);
    expect(reasons(x)).toEqual([['Абенов Тимур Калиевич', true], ['Кравец Олег Николаевич', false]]);
  });

  it('Kazakh reasons in a sentence of absentees: "Қатыспағандар: Жұмағалиев А.С.[1], Өтегенова Д.М.[2]."', () => {
    const x = protocol(['Қатыспағандар: Жұмағалиев Арман Серікұлы[1], Өтегенова Динара Мұратқызы[2].'], ['[1] Іссапарда.', '[2] Себепсіз.']);
    expect(reasons(x)).toEqual([['Жұмағалиев Арман Серікұлы', true], ['Өтегенова Динара Мұратқызы', false]]);
  });

  it('near miss: a note that tells no reason leaves the absence unexplained, the mark still no part of the name', () => {
    const x = protocol(['Отсутствовали:', '1. Абенов Тимур Калиевич[1]', '2. Кравец Олег Николаевич'], ['[1] По данным управления.']);
    expect(reasons(x)).toEqual([['Абенов Тимур Калиевич', null], ['Кравец Олег Николаевич', null]]);
  });
});
