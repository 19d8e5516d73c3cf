import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../../sources/readers/docxHtmlToText.ts';

describe('docxHtmlToText', () => {
  it('one paragraph per line, entities decoded, line breaks kept', () => {
    expect(docxHtmlToText('<p>Протокол № 8</p><p></p><p>А &amp; Б &lt;тест&gt;<br />вторая строка</p>')).toBe('Протокол № 8\n\nА & Б <тест>\nвторая строка\n');
  });
  it('a table as Word exports it to text: a tab opens each cell, further paragraphs follow, a blank line ends it', () => {
    const html = '<table><tr><td><p>№</p></td><td><p>Тема</p></td></tr><tr><td colspan="2"><p>Март</p></td></tr>'
      + '<tr><td><p>1.</p></td><td><p>Мониторинг парков</p><p>и скверов</p></td></tr><tr><td></td><td><p>-</p></td></tr></table><p>После таблицы</p>';
    expect(docxHtmlToText(html)).toBe('\t№\n\tТема\n\tМарт\n\t1.\n\tМониторинг парков\nи скверов\n\t\n\t-\n\nПосле таблицы\n');
  });
});
