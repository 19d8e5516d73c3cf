/**
 * A .docx draft that went through review (set 181): tracked changes (w:ins / w:del), comments on the figures, and hidden
 * text (Font → Hidden, w:vanish) holding the draft's old figures. The document is what Word shows once its changes are
 * accepted: the deleted text gone, the inserted kept, comments and hidden text no part of it. mammoth already drops w:del
 * and comments; hidden text it read as the document's own ("Решение принято. За – 6, против – 2 (по черновику)." read as a
 * vote of its own, "Справка ГАИ: 27 обращений" as the report's appeals).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { withoutHiddenRuns } from '../../../sources/readers/withoutHiddenRuns.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();
const when = '2026-10-22T08:30:00Z';
const del = (id: number, text: string) => new DeletedTextRun({ id, author: 'Секретарь', date: when, text });
const ins = (id: number, text: string) => new InsertedTextRun({ id, author: 'Секретарь', date: when, text });
const hidden = (text: string) => new TextRun({ text, vanish: true });
type Child = ConstructorParameters<typeof Paragraph>[0] & object;

async function docx(paragraphs: (string | Paragraph)[], comments: string[] = []): Promise<string> {
  const doc = new Document({
    styles: {
      // A character style and a paragraph style that hide their text, as a template's "Скрытый" / "Черновик" does.
      characterStyles: [{ id: 'Skrytyj', name: 'Скрытый', run: { vanish: true } }],
      paragraphStyles: [{ id: 'Chernovik', name: 'Черновик', run: { vanish: true } }],
    },
    comments: { children: comments.map((c, id) => ({ id, author: 'Председатель', date: new Date(when), children: [new Paragraph(c)] })) },
    sections: [{ children: paragraphs.map((p) => (typeof p === 'string' ? new Paragraph(p) : p)) }],
  });
  const path = join(await tempDir(), 'draft.docx');
  await writeFile(path, await Packer.toBuffer(doc));
  return path;
}

const p = (...children: Child['children'] & object[]) => new Paragraph({ children });

describe('a .docx read as Word shows it with its changes accepted', () => {
  it('Russian protocol: deleted count gone, inserted kept, comment and hidden draft vote no part of it', async () => {
    const path = await docx([
      'ПРОТОКОЛ № 5',
      'заседания Общественного совета, 21.10.2026 г.',
      'Состав Общественного совета – 11 человек.',
      p(new TextRun('Присутствовали: '), del(1, '8'), new CommentRangeStart(0), ins(2, '9'), new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }), new TextRun(' членов Совета из 11.'), hidden(' (по черновику – 7 членов)')),
      'ПОВЕСТКА ДНЯ:',
      '1. О проекте постановления акимата.',
      '2. Разное.',
      'РЕШИЛИ: проект одобрить.',
      p(new TextRun('Голосовали: за – '), del(3, '7'), ins(4, '8'), new TextRun(', против – 1, воздержались – 0. Решение принято.'),
        hidden(' За – 6, против – 2 (по черновику).')),
      // A whole paragraph in a hiding paragraph style: the draft's line, not the protocol's.
      new Paragraph({ style: 'Chernovik', text: 'Голосовали: за – 5, против – 4. Решение не принято.' }),
    ], ['проверить цифру – 10?']);
    const text = await readDocumentText(path);
    expect(text).toContain('Присутствовали: 9 членов Совета из 11.');
    expect(text).toContain('Голосовали: за – 8, против – 1, воздержались – 0. Решение принято.');
    for (const gone of ['черновик', 'проверить цифру', '10?', 'за – 5', '(по']) expect(text).not.toContain(gone);
    // The paragraph hidden whole (its mark too) leaves no empty line behind.
    expect(text.trimEnd().split('\n').at(-1)).toBe('Голосовали: за – 8, против – 1, воздержались – 0. Решение принято.');
    const protocol = parseProtocol(text);
    expect(protocol.present).toBe(9);
    expect(protocol.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[8, 1, 0]]);
  });

  it('Kazakh protocol: a hidden character style\'s old count is no part of it; a run shown against its style stays', async () => {
    const path = await docx([
      'ХАТТАМА № 7',
      '2026 жылғы 15 қазан',
      'Қоғамдық кеңестің құрамы – 13 мүше.',
      p(new TextRun('Отырысқа '), del(1, '10'), ins(2, '11'), new TextRun(' мүше қатысты, оның ішінде '), del(3, '3'), ins(4, '2'),
        new TextRun('-еуі бейнебайланыс арқылы.'), new TextRun({ text: ' (алдыңғы нұсқа: 10 мүше, кворум 77 %)', style: 'Skrytyj' }),
        new TextRun(' Кворум бар.')),
      // The style hides, the run's own vanish="false" shows it: Word prints it.
      p(new TextRun({ text: 'Шақырылғандар: басқарма басшысының орынбасары.', style: 'Skrytyj', vanish: false })),
    ], ['уточнить у секретаря']);
    const text = await readDocumentText(path);
    expect(text).toContain('Отырысқа 11 мүше қатысты, оның ішінде 2-еуі бейнебайланыс арқылы. Кворум бар.');
    expect(text).toContain('Шақырылғандар: басқарма басшысының орынбасары.');
    expect(text).not.toMatch(/алдыңғы|77|уточнить/u);
    const protocol = parseProtocol(text);
    expect(protocol.present).toBe(11);
    expect(protocol.online).toBe(2);
  });

  it('a .docx with no hidden text reads as before', async () => {
    const path = await docx(['Присутствовали: 9 членов Совета из 11.', p(new TextRun('Поступило '), del(1, '12'), ins(2, '14'), new TextRun(' обращений.'))]);
    expect(await readDocumentText(path)).toBe('Присутствовали: 9 членов Совета из 11.\nПоступило 14 обращений.\n');
  });
});

describe('withoutHiddenRuns on the XML', () => {
  const doc = (body: string) => `<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
  it('a run that WAS hidden before a tracked change of formatting is shown now, and stays', () => {
    const xml = doc('<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="1"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>14 обращений</w:t></w:r></w:p>');
    expect(withoutHiddenRuns(xml)).toBe(xml);
  });
  it('a run hidden now that was shown before goes; the paragraph, its mark shown, stays', () => {
    const xml = doc('<w:p><w:r><w:t>Поступило 14 обращений.</w:t></w:r><w:r><w:rPr><w:vanish w:val="true"/><w:rPrChange w:id="1"><w:rPr/></w:rPrChange></w:rPr><w:t> Справка: 27.</w:t></w:r></w:p>');
    expect(withoutHiddenRuns(xml)).toBe(doc('<w:p><w:r><w:t>Поступило 14 обращений.</w:t></w:r></w:p>'));
  });
  it('hidden only in a web view (w:webHidden) is printed, and stays; vanish="0" shows', () => {
    const xml = doc('<w:p><w:r><w:rPr><w:webHidden/></w:rPr><w:t>12</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>13</w:t></w:r></w:p>');
    expect(withoutHiddenRuns(xml)).toBe(xml);
  });
  it('a text box\'s hidden run inside a shown run goes alone', () => {
    const inner = '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>7</w:t></w:r><w:r><w:t>9</w:t></w:r></w:p>';
    const xml = doc(`<w:p><w:r><w:t>Итого: </w:t></w:r><w:r><w:pict><w:txbxContent>${inner}</w:txbxContent></w:pict></w:r></w:p>`);
    expect(withoutHiddenRuns(xml)).toBe(doc('<w:p><w:r><w:t>Итого: </w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>9</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>'));
  });
});
