/**
 * A section's heading: a short line that ends no sentence, typed in capitals or numbered ("2. ЗАСЕДАНИЯ (7)",
 * "IV тоқсанның қорытындысы", "3. Отырыстар"); never a table's row.
 */
export function isHeading(text: string): boolean {
  if (text === '' || text.length > 90 || /[.;:,]$/u.test(text) || /\t/u.test(text)) return false;
  // A trailing bracket does not unmake a heading typed in capitals: "2026 ЖЫЛҒА АРНАЛҒАН ЖҰМЫС ЖОСПАРЫ (жоба)", "… (проект)".
  const letters = text.replace(/\s*\([^()]{1,20}\)$/u, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && (letters === letters.toUpperCase() || /^(?:\d{1,2}|[IVX]{1,4})[.)]\s/u.test(text));
}
