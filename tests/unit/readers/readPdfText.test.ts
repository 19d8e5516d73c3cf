/**
 * The text layer of a PDF read as the same document reads as text: the
 * shared examples saved as PDF by LibreOffice give the extract of their text;
 * the layout rules (a table row one line, a paragraph the page wrapped one
 * line, an empty paragraph an empty line) hold on pages built for each case;
 * a scan, a cut file, an encrypted file are refused, each with its code.
 */
import { readFile } from 'node:fs/promises';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { KenesError } from '../../../sources/KenesError.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { DEFAULT_LIMITS } from '../../../sources/readers/readLimits.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { examplePath } from '../../helpers/examples.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const PDF = new URL('../../fixtures/pdf/', import.meta.url).pathname;
const EXTRACT = new URL('../../fixtures/extract/', import.meta.url).pathname;

/**
 * An extract with each `line` replaced by the words of that line: a .txt line
 * of spaces the page had to wrap (`28 декабря 2022г.  …  10.00 ч.`) is two
 * lines of the PDF, so the numbers after it differ by one while every line an
 * extract points to says the same.
 */
function withLineText(extract: unknown, text: string): unknown {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  return JSON.parse(JSON.stringify(extract, (key, value) => {
    if (key === 'line' && typeof value === 'number') return lines[value - 1];
    // an issue's message names its lines too: "online stated as 8 (line 46) and 9 (line 47)"
    if (typeof value === 'string') return value.replace(/\bline (\d+)/g, (_, n: string) => `line «${lines[Number(n) - 1]}»`);
    return value;
  }));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

async function errorOf(work: Promise<unknown>): Promise<KenesError> {
  const error = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof KenesError)) throw new Error(`expected a KenesError, got ${String(error)}`);
  return error;
}

describe('the shared examples saved as PDF by LibreOffice', () => {
  it.each([
    ['protocol', 'protocol-2022-12-28'],
    ['report', 'report-2023-summary'],
  ] as const)('%s %s: the extract of the PDF is the extract of the text', async (kind, name) => {
    const text = await readDocumentText(examplePath(`${name}.txt`));
    const pdf = await readDocumentText(`${PDF}${name}.pdf`);
    const parse = kind === 'protocol' ? parseProtocol : parseReport;
    const fromText = parse(text);
    const fromPdf = parse(pdf);
    expect(withLineText(fromPdf, pdf)).toEqual(withLineText(fromText, text));
    // and the figures are there to compare: an empty extract would be equal too
    if (kind === 'protocol') expect(parseProtocol(pdf).attendees).toHaveLength(28);
    else expect(parseReport(pdf).figures.length).toBeGreaterThan(5);
  });

  it('the protocol typed in Word\'s way (a paragraph a line, justified, 14 pt, wide left margin) and saved as PDF: the extract of its .docx and of the text', async () => {
    const pdf = await readDocumentText(`${PDF}protocol-justified.pdf`);
    const docx = await readDocumentText(`${PDF}protocol-justified.docx`);
    const text = await readDocumentText(examplePath('protocol-2022-12-28.txt'));
    // every paragraph of the document is a line of the PDF's text: justified lines joined, none run together
    const paragraphs = (t: string) => t.split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean);
    expect(paragraphs(pdf)).toEqual(paragraphs(docx));
    expect(withLineText(parseProtocol(pdf), pdf)).toEqual(withLineText(parseProtocol(text), text));
  });

  it('the commission protocol as PDF from its .docx and from its .txt: the same extract, line numbers too', async () => {
    const fromText = parseProtocol(await readDocumentText(`${EXTRACT}protocol-commission-ru.txt`));
    expect(parseProtocol(await readDocumentText(`${PDF}protocol-commission-ru.pdf`))).toEqual(fromText);
    expect(parseProtocol(await readDocumentText(`${PDF}protocol-commission-ru.txt.pdf`))).toEqual(fromText);
    expect(fromText.votes.map((v) => v.declared)).toEqual(['adopted', 'rejected', 'adopted']);
  });

  it('the Kazakh protocol: every letter intact, the words of the text in order, the meeting as the text gives it', async () => {
    const text = await readDocumentText(examplePath('protocol-kazakh-2024-10-22.txt'));
    const pdf = await readDocumentText(`${PDF}protocol-kazakh-2024-10-22.pdf`);
    expect(pdf).not.toContain('\ufffd');
    for (const letter of 'әғқңөұүіӘҒҚҢӨҮІ') expect(pdf, letter).toContain(letter);
    expect(words(pdf)).toEqual(words(text));
    const [x, y] = [parseProtocol(text), parseProtocol(pdf)];
    expect({ ...y, attendees: [], absentees: [], agenda: [], votes: [], issues: [] }).toEqual({ ...x, attendees: [], absentees: [], agenda: [], votes: [], issues: [] });
    expect(y.date).toBe('2024-10-22');
    expect(withLineText(y.votes, pdf)).toEqual(withLineText(x.votes, text));
    expect(y.absentees.map((a) => a.name)).toEqual(x.absentees.map((a) => a.name));
    // The text breaks one attendee's line by hand ("…денсаулық сақтау" / "   мәселелері…"),
    // where the page would have: the PDF reads it as one line, so it keeps every attendee the text does.
    expect(y.attendees.map((a) => a.name)).toEqual(expect.arrayContaining(x.attendees.map((a) => a.name)));
  });

  it('Kazakh letters of the whole alphabet survive the PDF, һ and the capitals too', async () => {
    const pdf = await readDocumentText(`${PDF}kazakh-letters.pdf`);
    expect(pdf.trim()).toBe(await readFile(`${PDF}kazakh-letters.txt`, 'utf8').then((t) => t.trim()));
  });

  it('an attendance table from a .docx: each row one line, its cells tab-separated, a wrapped cell whole', async () => {
    const lines = (await readDocumentText(`${PDF}attendance-table.pdf`)).split('\n');
    const rows = lines.filter((l) => /^\d\t/.test(l));
    expect(rows).toEqual([
      '1\tИванов Иван Иванович\tочно',
      '2\tПетрова Анна Сергеевна\tонлайн',
      '3\tЖанысбай Талғат Сағатұлы, председатель комиссии по вопросам общественной безопасности\tочно',
      '4\tСидоров Сергей Сергеевич\tотсутствовал (командировка)',
      '5\tАхметова Динара Ерлановна\tочно',
      '6\tКим Виктор Петрович\tотсутствовал без уважительной причины',
    ]);
    expect(lines).toContain('№\tФамилия, имя, отчество\tУчастие');
    // the paragraph after the table is its own line
    expect(lines).toContain('Повестка дня:');
    // and the extract is the .docx's (a table row is one line here, one cell a line there: the attendance
    // reader takes both — the people, not the line each starts on, are compared)
    const pdf = lines.join('\n');
    const docx = await readDocumentText(`${PDF}attendance-table.docx`);
    const people = (x: ReturnType<typeof parseProtocol>) => ({
      ...x,
      attendees: x.attendees.map(({ name, role, online }) => ({ name, role, online })),
      absentees: x.absentees.map(({ name, excused, reason }) => ({ name, excused, reason })),
    });
    expect(withLineText(people(parseProtocol(pdf)), pdf)).toEqual(withLineText(people(parseProtocol(docx)), docx));
    expect(parseProtocol(docx).attendees.map((a) => [a.name, a.online])).toEqual([
      ['Иванов Иван Иванович', false], ['Петрова Анна Сергеевна', true], ['Жанысбай Талғат Сағатұлы', false], ['Ахметова Динара Ерлановна', false],
    ]);
    expect(parseProtocol(docx).absentees.map((a) => [a.name, a.excused])).toEqual([['Сидоров Сергей Сергеевич', true], ['Ким Виктор Петрович', false]]);
  });
});

describe('a line drawn in two fonts: the document\'s font lacks the Kazakh letters, a fallback font draws them over its holes', () => {
  // Made where fonts-liberation 1.07 has no Қ ғ ң ә ұ ө ү һ (makePdfs.sh): committed, so every machine reads
  // these two-font lines, whatever fonts it has itself.
  /** The fonts pdf.js names on the lines of a PDF that hold `word`: two, if the line was drawn twice over. */
  async function fontsOnLinesWith(file: string, word: string): Promise<number> {
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
    try {
      const { items } = await (await pdf.getPage(1)).getTextContent();
      const text = items.filter((i) => 'str' in i) as { str: string; fontName: string; transform: number[] }[];
      const ys = new Set(text.filter((i) => i.str.includes(word)).map((i) => i.transform[5]));
      return new Set(text.filter((i) => ys.has(i.transform[5]) && i.str.trim() !== '').map((i) => i.fontName)).size;
    } finally {
      await pdf.destroy();
    }
  }

  it('a Kazakh and Russian protocol typed as .txt (fixed pitch): the PDF reads as its text, the vote lines and the tabbed table too', async () => {
    expect(await fontsOnLinesWith(`${PDF}fallback-font-protocol.pdf`, 'ызы,')).toBe(2);
    expect(await readDocumentText(`${PDF}fallback-font-protocol.pdf`)).toBe(await readFile(`${PDF}fallback-font-protocol.txt`, 'utf8'));
  });

  it('lines in Liberation Sans and Serif (proportional, a bold title): the PDF reads as its text', async () => {
    expect(await fontsOnLinesWith(`${PDF}fallback-font-proportional.pdf`, 'ызы,')).toBe(2);
    expect(await readDocumentText(`${PDF}fallback-font-proportional.pdf`)).toBe(await readFile(`${PDF}fallback-font-proportional.txt`, 'utf8'));
  });

  it('the protocol\'s votes and attendance are the text\'s', async () => {
    const pdf = parseProtocol(await readDocumentText(`${PDF}fallback-font-protocol.pdf`));
    expect(pdf).toEqual(parseProtocol(await readFile(`${PDF}fallback-font-protocol.txt`, 'utf8')));
    expect(pdf.votes.map((v) => [v.for, v.against, v.abstain])).toContainEqual([12, 1, 0]);
  });
});

describe('layout rules, on pages built for each case', () => {
  const read = (pages: Parameters<typeof textPdf>[0]) => readPdfText(textPdf(pages), 'case.pdf');
  // Helvetica 10 pt: "nnnnn " is 30.6 pt; a page's text from x=57 to 538.
  const words = (n: number) => Array.from({ length: n }, () => 'nnnnn').join(' ');

  it('a paragraph the page wrapped is one line; a short line before another is not joined', async () => {
    expect(await read([[
      { x: 57, y: 780, text: words(15) },
      { x: 57, y: 768, text: 'nnnnn end of the paragraph.' },
      { x: 57, y: 756, text: 'Short line.' },
      { x: 57, y: 744, text: 'next one' },
    ]])).toBe(`${words(15)} nnnnn end of the paragraph.\nShort line.\nnext one\n`);
  });

  it('a line that ends a sentence, before one that starts a list item or a capital, is the author\'s break', async () => {
    expect(await read([[
      { x: 57, y: 780, text: `${words(15)}.` },
      { x: 57, y: 768, text: '2. Second item' },
      { x: 57, y: 756, text: `${words(15)} g.` },
      { x: 57, y: 744, text: 'Almaty, a full stop after one letter is an initial' },
    ]])).toBe(`${words(15)}.\n2. Second item\n${words(15)} g. Almaty, a full stop after one letter is an initial\n`);
  });

  it('a compound broken after its hyphen is whole again, a number\'s Kazakh ending too (`8-` / `i`)', async () => {
    expect(await read([[
      { x: 57, y: 780, text: `${words(15)} socio-` },
      { x: 57, y: 768, text: `economic issues ${words(13)} 30-` },
      { x: 57, y: 756, text: 'y bar' },
    ]])).toBe(`${words(15)} socio-economic issues ${words(13)} 30-y bar\n`);
  });

  it('a justified line\'s words, spread with equal gaps wider than a cell\'s, are one line of text, not cells', async () => {
    // four words, 25 pt apart; a table's cells stand at unequal distances
    const spread = ['nnnnn', 'nnnnn', 'nnnnn', 'nnnnn'].map((text, i) => ({ x: 57 + i * (27.8 + 25), y: 780, text }));
    expect(await read([[...spread, { x: 57, y: 768, text: '1' }, { x: 82, y: 768, text: 'Ivanov' }, { x: 300, y: 768, text: 'present' }]]))
      .toBe('nnnnn nnnnn nnnnn nnnnn\n1\tIvanov\tpresent\n');
  });

  it('a paragraph broken by the page break is one line', async () => {
    // a full first page: short lines from the top down to the last, which the page breaks
    const first = Array.from({ length: 58 }, (_, i) => ({ x: 57, y: 780 - 12 * i, text: `Line ${i + 1}.` }));
    first.push({ x: 57, y: 780 - 12 * 58, text: words(15) });
    // and a letterhead above the text of the first page
    const text = await read([[{ x: 57, y: 815, text: 'PUBLIC COUNCIL OF ALMATY' }, ...first], [{ x: 57, y: 780, text: 'nnnnn continued on page two' }]]);
    expect(text.split('\n').slice(-3)).toEqual(['Line 58.', `${words(15)} nnnnn continued on page two`, '']);
  });

  it('running headers and footers (the title, a page number) are left out, so a paragraph the page broke is whole', async () => {
    const page = (n: number, body: { x: number; y: number; text: string }[]) => [
      { x: 57, y: 810, text: `Protocol No. 3 of 05.04.2024, page ${n}` }, ...body, { x: 290, y: 40, text: `- ${n} -` },
    ];
    const first = Array.from({ length: 56 }, (_, i) => ({ x: 57, y: 780 - 12 * i, text: `Line ${i + 1}.` }));
    first.push({ x: 57, y: 780 - 12 * 56, text: words(15) });
    const text = await read([page(1, first), page(2, [{ x: 57, y: 780, text: 'nnnnn continued on page two' }]), page(3, [{ x: 57, y: 780, text: 'Page three.' }])]);
    expect(text).not.toMatch(/Protocol No|- \d -/);
    expect(text.split('\n').slice(-4)).toEqual(['Line 56.', `${words(15)} nnnnn continued on page two`, 'Page three.', '']);
  });

  it('a line that stands on one page only is kept, at the foot of the page or not; a gap of many lines is three empty ones', async () => {
    expect(await read([
      [{ x: 57, y: 780, text: 'Body one' }, { x: 57, y: 40, text: 'Signed: I. Ivanov' }],
      [{ x: 57, y: 780, text: 'Body two' }, { x: 57, y: 40, text: 'Secretary: A. Petrova' }],
    ])).toBe('Body one\n\n\n\nSigned: I. Ivanov\nBody two\n\n\n\nSecretary: A. Petrova\n');
  });

  it('an empty paragraph is an empty line', async () => {
    expect(await read([[
      { x: 57, y: 780, text: 'One' },
      { x: 57, y: 756, text: 'Two, after one empty line' },
      { x: 57, y: 720, text: 'Three, after two' },
    ]])).toBe('One\n\nTwo, after one empty line\n\n\nThree, after two\n');
  });

  it('a table with rows at the line pitch (Word: no cell padding): a cell wrapped onto the next line stays in its row', async () => {
    expect(await read([[
      { x: 57, y: 780, text: '1' }, { x: 80, y: 780, text: 'Ivanov Ivan' }, { x: 300, y: 780, text: 'present' },
      { x: 57, y: 768, text: '2' }, { x: 80, y: 768, text: 'Petrova Anna' }, { x: 300, y: 768, text: 'absent, on a' },
      { x: 300, y: 756, text: 'business trip' },
      { x: 57, y: 744, text: '3' }, { x: 80, y: 744, text: 'Kim Viktor' }, { x: 300, y: 744, text: 'online' },
    ]])).toBe('1\tIvanov Ivan\tpresent\n2\tPetrova Anna\tabsent, on a business trip\n3\tKim Viktor\tonline\n');
  });

  it('a table whose column is as wide as its longest name: that row\'s narrow gap is a cell boundary too, where the rows around start a cell', async () => {
    // words(7) from x=80 ends at 291.3: 8.7 pt before the next column, less than a cell's gap elsewhere
    expect(await read([[
      { x: 57, y: 780, text: '1' }, { x: 80, y: 780, text: 'Ivanov Ivan' }, { x: 300, y: 780, text: 'present' },
      { x: 57, y: 768, text: '2' }, { x: 80, y: 768, text: words(7) }, { x: 300, y: 768, text: 'online' },
      { x: 57, y: 756, text: '3' }, { x: 80, y: 756, text: 'Kim Viktor' }, { x: 300, y: 756, text: 'absent' },
      { x: 57, y: 720, text: `Alone, a gap: ${words(3)}` }, { x: 57 + 165, y: 720, text: 'is a space' },
    ]])).toBe(`1\tIvanov Ivan\tpresent\n2\t${words(7)}\tonline\n3\tKim Viktor\tabsent\n\n\nAlone, a gap: ${words(3)} is a space\n`);
  });

  it('rows of such narrow gaps one after another, each with a wrapped line between: the columns come from the nearest row that has them, row by row', async () => {
    // (The lines next to rows 2 and 3 are their wrapped names, of one cell: the column at 300 is row 1's, then row 2's.)
    expect(await read([[
      { x: 57, y: 780, text: '1' }, { x: 80, y: 780, text: 'Ivanov Ivan' }, { x: 300, y: 780, text: 'present' },
      { x: 80, y: 768, text: 'Ivanovich' },
      { x: 57, y: 750, text: '2' }, { x: 80, y: 750, text: words(7) }, { x: 300, y: 750, text: 'online' },
      { x: 80, y: 738, text: 'Petrovna' },
      { x: 57, y: 720, text: '3' }, { x: 80, y: 720, text: words(7) }, { x: 300, y: 720, text: 'absent' },
      { x: 80, y: 708, text: 'Viktorovich' },
    ]])).toBe(`1\tIvanov Ivan Ivanovich\tpresent\n2\t${words(7)} Petrovna\tonline\n3\t${words(7)} Viktorovich\tabsent\n`);
  });

  it('a table row whose short cells are centred beside a two-line cell is one line', async () => {
    expect(await read([[
      { x: 80, y: 786, text: 'Zhanysbay Talgat, chair of the' },
      { x: 57, y: 780, text: '3' }, { x: 300, y: 780, text: 'present' },
      { x: 80, y: 774, text: 'commission on safety' },
      { x: 57, y: 758, text: '4' }, { x: 80, y: 758, text: 'Sidorov' }, { x: 300, y: 758, text: 'absent' },
    ]])).toBe('3\tZhanysbay Talgat, chair of the commission on safety\tpresent\n4\tSidorov\tabsent\n');
  });

  it('items on one baseline are read left to right whatever order the file draws them in; a rotated stamp is left out', async () => {
    expect(await read([[
      { x: 300, y: 780, text: '12.03.2024' },
      { x: 57, y: 780, text: 'Almaty' },
      { x: 500, y: 300, text: 'APPROVED', rotate: 90 },
      { x: 57, y: 768, text: 'Words in one line' },
    ]])).toBe('Almaty\t12.03.2024\nWords in one line\n');
  });
});

describe('PDFs kenes refuses', () => {
  it('a scan (a page with an image and no text): extract.pdfNoText, naming the file, one line', async () => {
    const error = await errorOf(readDocumentText(`${PDF}scan.pdf`));
    expect(error.code).toBe('extract.pdfNoText');
    expect(error.exitCode).toBe(2);
    expect(error.location).toEqual({ file: 'scan.pdf' });
    expect(error.message).toBe('no text layer (a scan?) — kenes does not read scans; save the document as PDF from Word/LibreOffice or give the .docx/.txt');
    expect(error.toString().split('\n')).toHaveLength(1);
  });

  it('a page with no text at all, written by hand, is a scan too', async () => {
    expect((await errorOf(readPdfText(textPdf([[], []]), 'empty.pdf'))).code).toBe('extract.pdfNoText');
  });

  it('a PDF whose text all runs at an angle is not called a scan, and not read as empty: extract.pdfRotated', async () => {
    const error = await errorOf(readPdfText(textPdf([[{ x: 100, y: 100, text: 'Protocol No. 3', rotate: 90 }]]), 'sideways.pdf'));
    expect([error.code, error.location.file]).toEqual(['extract.pdfRotated', 'sideways.pdf']);
  });

  it('a PDF cut in half: extract.pdfDamaged, not the part that is left read as the whole', async () => {
    const error = await errorOf(readDocumentText(`${PDF}truncated.pdf`));
    expect([error.code, error.location.file]).toEqual(['extract.pdfDamaged', 'truncated.pdf']);
    expect(error.message).toMatch(/ends early/);
  });

  it('an encrypted PDF: extract.pdfEncrypted', async () => {
    const error = await errorOf(readDocumentText(`${PDF}encrypted.pdf`));
    expect([error.code, error.location.file, error.exitCode]).toEqual(['extract.pdfEncrypted', 'encrypted.pdf', 2]);
  });

  it('a file named .pdf that is no PDF (a .docx renamed), and PDF garbage: extract.pdfDamaged', async () => {
    expect((await errorOf(readPdfText(await readFile(`${EXTRACT}protocol-commission-ru.docx`), 'p.pdf'))).code).toBe('extract.pdfDamaged');
    const garbage = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    expect((await errorOf(readPdfText(garbage, 'g.pdf'))).code).toBe('extract.pdfDamaged');
  });

  it('the config\'s limits: pages, and file size before a byte is read', async () => {
    const pages = await errorOf(readDocumentText(`${PDF}protocol-2022-12-28.pdf`, { ...DEFAULT_LIMITS, max_pdf_pages: 3 }));
    expect([pages.code, pages.message]).toEqual(['read.tooManyPages', '6 pages, more than the limit of 3']);
    const size = await errorOf(readDocumentText(`${PDF}protocol-2022-12-28.pdf`, { ...DEFAULT_LIMITS, max_file_mb: 0.01 }));
    expect(size.code).toBe('read.tooLarge');
  });
});
