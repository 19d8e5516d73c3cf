/**
 * A paragraph (or a whole numbered section) saved twice into the copy, word for word — "4. Мониторингтер : … 5 когамдык
 * мониторинг … 1) 12.02.2025 – …" and the same again under it: the second copy is no second statement. Its figures are
 * the first's, never added to them, and its dated items are the same events. The later copy is blanked (line numbers
 * kept). Only a paragraph with a number in it and some length: a short line a form or a table repeats ("Раздел 4.
 * Обращения граждан", a table's header after a page break) is left to its own readers. A report only: a protocol repeats
 * a paragraph on purpose ("Голосовали: за – 9, против – нет, воздержались – нет. Решение принято." under each question),
 * so for both kinds repairCopy blanks only a block of lines repeated right under itself (withoutRepeatedBlock).
 */
export function blankRepeatedParagraphs(source: string[]): string[] {
  const lines = [...source];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
    const text = lines.slice(i, end + 1).join(' ').replace(/\s+/gu, ' ').trim();
    if (text.length >= 80 && /\d/u.test(text)) {
      if (seen.has(text)) for (let k = i; k <= end; k++) lines[k] = '';
      else seen.add(text);
    }
    i = end;
  }
  return lines;
}
