import { isHeading } from './isHeading.ts';
import { parseCount } from '../parseCount.ts';

/**
 * A count typed in brackets after its noun, as some ministries' reports write every figure: "проведено заседаний
 * Общественного совета (5)", "поступило обращений (28), в том числе от физических лиц (24)", "отырыстар (5)". The
 * bracket is rewritten as the dash the figure grammar reads ("заседаний … – 5"), offsets kept, only when it is the
 * clause's one number: a bracket after a count ("3 заседания (5)", "пять (6) заседаний") is another period's figure or
 * a doubt and stays, and so do a year ("(2024)"), a bracket that opens the line (a list marker "(1)") and one after a
 * number ("пункт 3 (1)"); a heading's own number ("8.1. Круглые столы (8):") is no number of the clause. A bracket before
 * a dash and its detail ("• Общественного совета (2) – 17 июля и 25 сентября", "Кеңес отырыстары (2) – 08.10.2025") or a
 * slash and the next field ("жіберілді (11) / жауап алынды (9)") is read the same way; the dash then opens what the item
 * says of them. A dash before the total of all ("в Telegram-канале Совета (16) - всего 74 публикации") opens no detail of
 * the bracket: the bracket stays, for the media reader to take as the platform's. Whether the words before it name what the number counts is the grammar's to say.
 */
export function readBracketCounts(line: string): string {
  return readHeadingNounCount(line).replace(/\((\d{1,3}(?:[ \u00a0]\d{3})?|\d{4,5})\)(\s+[–—-](?=\s)(?!\s+(?:всего|итого|барлығы|жалпы)(?![\p{L}])))?(?=\s*(?:[;,.:)/]|$|\s+\p{L}|\s+[\d\p{L}]))/gu, (all, digits: string, dash: string | undefined, at: number) => {
    const before = line.slice(0, at);
    if (!/[\p{L}»"”]\s*$/u.test(before)) return all;
    const n = parseCount(digits)!;
    if (n >= 1900 && n <= 2100) return all;
    // the clause before the bracket: from the last clause mark (":" "; " ", " " – ") or the line's start; a bracket closed
    // before it ends a clause too ("в Instagram (22) и Telegram-канале (8)": the 8 is the channel's, the 22 no count of it)
    // "Дөңгелек үстелдер (3) және диалог алаңы (1)": the first bracket read, the second's clause opens after the conjunction.
    const clause = before.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[–—•-])\s+/u, (m) => ' '.repeat(m.length)).slice(Math.max(...[':', ';', ',', ' – ', ' — ', ' - ', '(', ')', '/'].map((c) => before.lastIndexOf(c))) + 1).replace(/^\s*(?:\d{1,4}\)?\s+)?(?:және|мен|и)\s+/u, '');
    if (/\d/u.test(clause)) return all;
    const words = clause.trim().split(/\s+/u).slice(-3);
    // (Number words only, each of them: "Тоқсанда қоғамдық тыңдау (1)" opens with "тоқсан", ninety, in "in the quarter".)
    for (let k = 0; k < words.length; k++) if (words.slice(k).every((w) => parseCount(w) !== null) && parseCount(words.slice(k).join(' ')) !== null) return all;
    // The dash after it becomes a colon, as a count's detail is written ("– 2: 17 июля и 25 сентября"): "– 2 – 17 июля"
    // would read as the days "2 – 17 июля", and "– 2, 17 июля" as "2, 17 июля".
    const bracket = `– ${digits}`.padEnd(all.length - (dash?.length ?? 0), ' ');
    return dash === undefined ? bracket : `${bracket}:`.padEnd(all.length, ' ');
  });
}

const BRACKET_COUNT = /\(\d{1,4} \p{L}{3,}\)/u;

/**
 * A heading that carries its count with the noun in brackets: "II. Есептерді тыңдау (4 есеп)", "VI. НҚА жобаларын қарау
 * (9 жоба)", "5. Заслушивание отчетов (4 отчета)". The bracket's noun is the heading's own (its stem stands in the words
 * before), so the count is the heading's: it is read as "Есептерді тыңдау – 4 есеп", offsets kept. A bracket of other
 * nouns ("I. Кеңестің құрамы (15 мүше, 4 отырыс)", "VII. Ақпараттық жұмыс (41 жарияланым)") stays: its noun says what it
 * counts. Only a heading (isHeading), only its last bracket.
 */
function readHeadingNounCount(line: string): string {
  // The bracket looked for alone first: the whole pattern tries every split of a line without one.
  if (!BRACKET_COUNT.test(line)) return line;
  const m = /^(.*\p{L}.*?)\s\((\d{1,4}) (\p{L}{3,})\)([¹²³*]*)\s*$/u.exec(line);
  if (!m || !isHeading(line.replace(/[¹²³*]+\s*$/u, ''))) return line;
  const stem = m[3].toLowerCase().slice(0, 4);
  if (!m[1].toLowerCase().includes(stem)) return line;
  return `${m[1]} – ${m[2]} ${m[3]}${m[4]}${line.slice(m[1].length + m[2].length + m[3].length + m[4].length + 5)}`;
}
