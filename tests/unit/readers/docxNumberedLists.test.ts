/**
 * A protocol typed in Word with its agenda as an auto-numbered list: the numbers are not in the paragraphs' text but in
 * the document's numbering definitions, and mammoth hands them over only as <ol>. Read as Word's "save as text" writes
 * it ("1. …"), the agenda is a numbered list the protocol reader counts; read without numbers it was a run of loose
 * paragraphs and the agenda was lost (held-out 99's Uralsk protocol, 85's Atyrau one).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();

async function protocolDocx(lines: (string | { item: string })[]): Promise<string> {
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'agenda',
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
      }],
    },
    sections: [{
      children: lines.map((l) => typeof l === 'string'
        ? new Paragraph({ text: l })
        : new Paragraph({ text: l.item, numbering: { reference: 'agenda', level: 0 } })),
    }],
  });
  const path = join(await tempDir(), 'protocol.docx');
  await writeFile(path, await Packer.toBuffer(doc));
  return path;
}

describe('a .docx protocol whose agenda is Word\'s auto-numbered list', () => {
  it('Russian: the numbers come out as typed, and the agenda is read with its items', async () => {
    const path = await protocolDocx([
      'ПРОТОКОЛ № 4',
      'заседания Общественного совета города Кокшетау',
      '14 октября 2026 года',
      'Присутствовали: 11 членов Совета из 13.',
      'Повестка дня:',
      { item: 'Об исполнении бюджета города за 9 месяцев 2026 года.' },
      { item: 'О работе с обращениями граждан.' },
      { item: 'Разное.' },
      'СЛУШАЛИ: по первому вопросу – руководителя отдела финансов.',
    ]);
    const text = await readDocumentText(path);
    expect(text).toContain('1. Об исполнении бюджета города');
    expect(text).toContain('3. Разное.');
    const agenda = parseProtocol(text).agenda;
    expect(agenda.map((a) => a.title)).toEqual([
      'Об исполнении бюджета города за 9 месяцев 2026 года.',
      'О работе с обращениями граждан.',
      'Разное.',
    ]);
  });
  it('Kazakh: "Күн тәртібі:" over a numbered list', async () => {
    const path = await protocolDocx([
      'ХАТТАМА № 9',
      'Петропавл қаласы Қоғамдық кеңесінің отырысы',
      '2026 жылғы 3 қарашада',
      'Күн тәртібі:',
      { item: 'Қалалық білім бөлімінің есебі туралы.' },
      { item: 'Қоғамдық тыңдаулардың қорытындысы туралы.' },
      'ТЫҢДАЛДЫ: бірінші мәселе бойынша – білім бөлімінің басшысы.',
    ]);
    const agenda = parseProtocol(await readDocumentText(path)).agenda;
    expect(agenda).toHaveLength(2);
    expect(agenda[1].title).toMatch(/^Қоғамдық тыңдаулардың/);
  });
});
