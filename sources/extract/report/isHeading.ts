import { openBrackets } from '../grammar/openBrackets.ts';

/**
 * A section's heading: a short line that ends no sentence, typed in capitals or numbered ("2. ЗАСЕДАНИЯ (7)",
 * "IV тоқсанның қорытындысы", "3. Отырыстар"), or a table's caption ("1-кесте. 2025 жылғы І тоқсан", "Таблица 2. II квартал")
 * that heads the table under it; never a table's row.
 */
export function isHeading(text: string): boolean {
  if (text === '' || text.length > 90 || /[.;:,]$/u.test(text) || /\t/u.test(text)) return false;
  // A trailing bracket does not unmake a heading typed in capitals: "2026 ЖЫЛҒА АРНАЛҒАН ЖҰМЫС ЖОСПАРЫ (жоба)", "… (проект)".
  const letters = text.replace(/\s*\([^()]{1,20}\)$/u, '').replace(/[^\p{L}]/gu, '');
  // A numbered line broken inside its bracket ("1) Кеңестің 5 отырысы өткізілді (І тоқсанда – 2, ІІІ") or opening with a
  // count ("3) 6 есеп тыңдалды – 4 аудандық …") is an item of an enumeration wrapped onto the next line, not a title.
  const rest = text.replace(/^(?:\d{1,2}|[IVX]{1,4})[.)]\s+/u, '');
  const item = rest !== text && (/^\d/u.test(rest) || openBrackets(rest) > 0);
  return letters.length >= 4 && (letters === letters.toUpperCase() || (rest !== text && !item) || TABLE_CAPTION.test(text));
}

const TABLE_CAPTION = /^(?:\d{1,2}\s*-\s*кесте|кесте\s+\d{1,2}|таблица\s+\d{1,2}|табл\.\s*\d{1,2})[.:]?\s/iu;

/**
 * A numbered title of a word or three closed by a stop, alone on its line: "3. Заседания.", "4. НПА.", "7. Сайт, соцсети." —
 * a telegraphic report's heading, which isHeading leaves out (its stop could end a sentence).
 */
export function isRunInTitle(text: string): boolean {
  return RUN_IN_TITLE.test(text.trim());
}

const RUN_IN_TITLE = /^(?:\d{1,2}|[IVX]{1,4})[.)]\s+\p{Lu}[^.;:!?\d]{1,30}\.$/u;
