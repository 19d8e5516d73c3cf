/**
 * Is this a possible Kazakhstan IIN (ЖСН / ИИН, individual identification number)?
 *
 * An IIN is 12 digits: YYMMDD (date of birth), one digit for century and sex
 * (1/2: 19th century, 3/4: 20th, 5/6: 21st; odd for men, even for women; 0 is
 * used for some foreign citizens), four digits of a serial number, and a check
 * digit. The check digit (digit 12) is computed from the first 11 digits d1…d11:
 *
 *   s = (1·d1 + 2·d2 + … + 11·d11) mod 11
 *   if s = 10:  s = (3·d1 + 4·d2 + … + 11·d9 + 1·d10 + 2·d11) mod 11
 *   if s = 10 again, the number is never issued; otherwise d12 = s.
 *
 * (The same scheme is used for BINs of legal entities, which have 4–6 in the
 * fifth digit instead of a month; those are not personal data and fail the
 * month check here.)
 */
export function isValidIin(text: string): boolean {
  if (!/^\d{12}$/.test(text)) return false;
  const d = [...text].map(Number);
  const month = d[2] * 10 + d[3];
  const day = d[4] * 10 + d[5];
  if (month < 1 || month > 12 || day < 1 || day > 31 || d[6] > 6) return false;
  return checkDigit(d) === d[11];
}

/** The check digit of an IIN/BIN from its first 11 digits, or null when no IIN can end this way. */
export function checkDigit(digits: readonly number[]): number | null {
  let s = 0;
  for (let i = 0; i < 11; i++) s += digits[i] * (i + 1);
  s %= 11;
  if (s === 10) {
    s = 0;
    for (let i = 0; i < 11; i++) s += digits[i] * (((i + 2) % 11) + 1);
    s %= 11;
    if (s === 10) return null;
  }
  return s;
}
