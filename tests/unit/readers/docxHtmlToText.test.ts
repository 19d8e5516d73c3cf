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

describe('docxHtmlToText: lists keep their bullets and numbers, as Word\'s "save as text" writes them', () => {
  it('a numbered list (<ol>, Word\'s auto-numbering) is numbered "1.", from its start', () => {
    expect(docxHtmlToText('<p>Повестка дня:</p><ol><li>Об отчёте</li><li>О плане</li></ol><p>Слушали:</p>'))
      .toBe('Повестка дня:\n1. Об отчёте\n2. О плане\nСлушали:\n');
    expect(docxHtmlToText('<ol start="3"><li>Үшінші</li><li>Төртінші</li></ol>')).toBe('3. Үшінші\n4. Төртінші\n');
  });
  it('a nested numbered list is numbered "1)" under its item; a bulleted one keeps "•"; a new list starts again at 1', () => {
    const html = '<ol><li>О мониторинге<ol><li>школ</li><li>поликлиник</li></ol></li><li>Разное<ul><li>письмо</li></ul></li></ol>'
      + '<p>Решили:</p><ol><li>Принять</li></ol>';
    expect(docxHtmlToText(html)).toBe('1. О мониторинге\n1) школ\n2) поликлиник\n2. Разное\n• письмо\nРешили:\n1. Принять\n');
  });
  it('a numbered list inside a bulleted one is numbered "1." (the first numbered level)', () => {
    expect(docxHtmlToText('<ul><li>Итоги<ol><li>первый</li></ol></li></ul>')).toBe('• Итоги\n1. первый\n');
  });
});
