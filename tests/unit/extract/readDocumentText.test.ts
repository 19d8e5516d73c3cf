import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { examplePath } from '../../helpers/examples.ts';

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
    ['report.odt', 'an unsupported extension'],
  ])('throws extract.unreadable for %s (%s)', async (name) => {
    await expect(readDocumentText(fixture(name))).rejects.toMatchObject({ code: 'extract.unreadable', location: { file: name } });
  });
});

describe('a .docx with a real table', () => {
  // report-2019-table.docx holds the text of the example report-2019.txt with its monitoring
  // table as a Word table (month headings as cells merged across the row); mammoth's raw text
  // loses the cell boundaries, which the table reader needs.
  it('reads the 2019 monitoring table from the Word table exactly as from the text export', async () => {
    const fromDocx = parseReport(await readDocumentText(fileURLToPath(new URL('../../fixtures/extract/report-2019-table.docx', import.meta.url))));
    const fromTxt = parseReport(await readDocumentText(examplePath('report-2019.txt')));
    const shape = (x: typeof fromTxt) => ({
      figures: x.figures.map((f) => [f.metric, f.value]).sort(),
      activities: x.activities.map((a) => [a.type, a.date_start, a.date_end, a.title]),
      issues: x.issues.map((i) => i.message),
    });
    expect(fromDocx.activities.filter((a) => a.type === 'monitoring' && a.date_start)).toHaveLength(18);
    expect(shape(fromDocx)).toEqual(shape(fromTxt));
  });
});
