/**
 * The draft's renderers clean every text first (issue 11: a vertical tab in a member's name went into w:t
 * as it was, and Word refused the file). The .docx's XML parts and the Markdown carry no forbidden
 * character, and each change is heard with a place a reader can find.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { NarrativeDoc } from '../../../reports/narrative/NarrativeDoc.ts';
import { renderDocx } from '../../../reports/narrative/renderDocx.ts';
import { renderMarkdown } from '../../../reports/narrative/renderMarkdown.ts';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const DOC: NarrativeDoc = {
  title: 'Отчёт\u0007',
  blocks: [
    { kind: 'heading', level: 2, text: 'Раздел' },
    { kind: 'paragraph', text: 'Текст\uFFFF' },
    { kind: 'list', items: ['чисто', '01.02.2023 — Сериков\u000bАрман'] },
    { kind: 'table', header: ['№', 'ФИО'], rows: [['1', '\u202EНурланова\uD800']] },
  ],
};

describe('the draft with hostile text', () => {
  it('docx: no forbidden character in any XML part, the text cleaned, each change heard', async () => {
    const heard: string[] = [];
    const bytes = await renderDocx(DOC, (where, changed) => heard.push(`${where}: ${changed.join(',')}`));
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
    for (const name of parts) expect(await zip.file(name)!.async('string'), name).not.toMatch(FORBIDDEN);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('Сериков Арман');
    expect(body).toContain('\u202EНурланова\u202C');
    expect(heard).toEqual(['paragraph 2: noncharacter', 'list 3, item 2: control', 'table 4, row 1, cell 2: surrogate,bidi', 'title: control']);
  });

  it('md: the same cleaning', () => {
    const heard: string[] = [];
    const md = renderMarkdown(DOC, (where) => heard.push(where));
    expect(md).not.toMatch(FORBIDDEN);
    expect(md).toContain('2. 01.02.2023 — Сериков Арман');
    expect(heard).toHaveLength(4);
  });
});
