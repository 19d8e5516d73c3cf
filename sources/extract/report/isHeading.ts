/**
 * A section's heading: a short line that ends no sentence, typed in capitals or numbered ("2. ЗАСЕДАНИЯ (7)",
 * "IV тоқсанның қорытындысы", "3. Отырыстар"), or a table's caption ("1-кесте. 2025 жылғы І тоқсан", "Таблица 2. II квартал")
 * that heads the table under it; never a table's row.
 */
export function isHeading(text: string): boolean {
  if (text === '' || text.length > 90 || /[.;:,]$/u.test(text) || /\t/u.test(text)) return false;
  // A trailing bracket does not unmake a heading typed in capitals: "2026 ЖЫЛҒА АРНАЛҒАН ЖҰМЫС ЖОСПАРЫ (жоба)", "… (проект)".
  const letters = text.replace(/\s*\([^()]{1,20}\)$/u, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && (letters === letters.toUpperCase() || /^(?:\d{1,2}|[IVX]{1,4})[.)]\s/u.test(text) || TABLE_CAPTION.test(text));
}

const TABLE_CAPTION = /^(?:\d{1,2}\s*-\s*кесте|кесте\s+\d{1,2}|таблица\s+\d{1,2}|табл\.\s*\d{1,2})[.:]?\s/iu;
