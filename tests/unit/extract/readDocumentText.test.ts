import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/extract/${name}`, import.meta.url));
const original = readFileSync(fixture('protocol-commission-ru.txt'), 'utf8');

describe('readDocumentText', () => {
  it.each(['bom.txt', 'cp1251.txt', 'utf16le.txt', 'utf16be.txt'])('decodes the %s copy to the same text with \\n line ends', async (suffix) => {
    expect(await readDocumentText(fixture(`protocol-commission-ru.${suffix}`))).toBe(original);
  });

  it('reads a .docx, one paragraph per line, so extracts are the same as from the .txt', async () => {
    const text = await readDocumentText(fixture('protocol-commission-ru.docx'));
    expect(text).toBe(original);
    const { issues, ...fromDocx } = parseProtocol(text);
    const { issues: txtIssues, ...fromTxt } = parseProtocol(original);
    expect(fromDocx).toEqual(fromTxt);
    expect(issues).toEqual(txtIssues);
  });

  it.each([
    ['not-a-docx.docx', 'a broken .docx'],
    ['missing.txt', 'a missing file'],
    ['report.pdf', 'an unsupported extension'],
  ])('throws extract.unreadable for %s (%s)', async (name) => {
    await expect(readDocumentText(fixture(name))).rejects.toMatchObject({ code: 'extract.unreadable', location: { file: name } });
  });
});
