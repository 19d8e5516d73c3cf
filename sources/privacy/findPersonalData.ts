/**
 * Personal data in free text: IINs, phone numbers, e-mail addresses, street
 * addresses with a house number, and (given the appeals register's list)
 * applicants' names. Used on every text that leaves kenes — query output,
 * `--public` reports — because people type phones and names into any column
 * (an activity's title, a letter's subject, a vote's motion), not only into
 * the appeals register's personal columns.
 *
 * Patterns, and why each is as wide as it is:
 * - IIN: 12 digits after ИИН/ЖСН/IIN (always), or 12 digits alone when they
 *   form a valid IIN (birth date + check digit, see isValidIin) — so a
 *   12-digit document number is left alone but a real IIN is not.
 * - phone: Kazakh numbers `+7 7xx …`, `8 7xx …`, `8(727)…` in any spacing,
 *   any `+` international number of 10+ digits, and any number of 5+ digits
 *   after тел./телефон/моб./phone/WhatsApp.
 * - email: anything@domain.tld.
 * - address: ул./улица/пр./пр-т/проспект/мкр./микрорайон/пер./бульвар/шоссе
 *   + a name + a house number (and д./кв./офис that follow); Kazakh
 *   `… көшесі 12`, `… даңғылы, 5`, `… шағын ауданы 4`. A street without a
 *   number is not personal and is kept.
 * - name: see ApplicantNames.
 */
import { findNames, type ApplicantNames } from './ApplicantNames.ts';
import { isValidIin } from './isValidIin.ts';

export type PersonalDataKind = 'iin' | 'phone' | 'email' | 'address' | 'name';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

export interface PrivacyOptions {
  /** Applicants' names from the appeals register (loadApplicantNames). */
  names?: ApplicantNames;
}

const NB = '(?<![\\p{L}\\p{N}])';
const SEP = '[\\s\\u00a0\\-‐–.]*';

const PATTERNS: { kind: PersonalDataKind; re: RegExp; group?: number; accept?: (m: string) => boolean }[] = [
  // An address starts where its run of name characters starts (a match is leftmost, so it always did): the
  // lookbehind stops the engine from scanning a long run again from each of its letters — a 40,000-letter
  // title took minutes to mask.
  { kind: 'email', re: /(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}/gu },
  { kind: 'iin', re: /(?:ИИН|ЖСН|IIN|ИИН\/ЖСН)[\s:№.\-]*(\d(?:[\s\u00a0]?\d){11})(?!\d)/giu, group: 1 },
  { kind: 'iin', re: /(?<!\d)\d{12}(?!\d)/gu, accept: isValidIin },
  {
    kind: 'phone',
    re: new RegExp(`(?<![\\d+])(?:\\+${SEP}7|8|7(?=${SEP}\\(?${SEP}7\\d\\d))${SEP}\\(?${SEP}\\d{3}${SEP}\\)?${SEP}\\d{3}${SEP}\\d{2}${SEP}\\d{2}(?!\\d)`, 'gu'),
  },
  { kind: 'phone', re: /(?<![\d+])\+\d[\d\s\u00a0\-()]{8,18}\d(?!\d)/gu, accept: (m) => m.replace(/\D/g, '').length >= 10 },
  {
    kind: 'phone',
    re: /(?:тел(?:ефон)?|моб(?:ильный)?|сот(?:овый)?|phone|tel|whats?app|ватсап|вотсап|байланыс)\.?[\s:]*(\+?\d[\d\s\u00a0\-()]{3,18}\d)(?!\d)/giu,
    group: 1, accept: (m) => m.replace(/\D/g, '').length >= 5,
  },
  {
    kind: 'address',
    re: new RegExp(
      `${NB}(?:ул\\.?|улица|пр\\.|пр-т|просп\\.|проспект|мкр\\.?|микрорайон|мкрн\\.?|пер\\.|переулок|бульв\\.|бульвар|б-р|шоссе|ш\\.|пл\\.|площадь)` +
      `\\s*[\\p{L}\\p{N}«"][\\p{L}\\p{N}\\s\\-.'ʼ«»"]{0,40}?,?\\s*(?:д\\.|дом|үй|№)?\\s*\\d+[\\p{L}]?(?:\\s*[/\\-]\\s*\\d+)?` + ADDRESS_TAIL(),
      'giu'),
  },
  {
    kind: 'address',
    re: new RegExp(
      `${NB}(?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*\\s+){1,2}(?:көшесі|көш\\.|даңғылы|даңғ\\.|шағын\\s+ауданы|ш\\.?а\\.)` +
      `,?\\s*(?:үй|д\\.|№)?\\s*\\d+[\\p{L}]?(?:\\s*[/\\-]\\s*\\d+)?` + ADDRESS_TAIL(),
      'giu'),
  },
];

function ADDRESS_TAIL(): string {
  // Russian `д. 5, кв. 7` (word, then number) and Kazakh `45 үй, 7 пәтер` (number, then word) alike.
  return `(?:,?\\s*(?:д\\.|дом|үй|кв\\.?|квартира|пәтер|оф\\.|офис|корп\\.|корпус|блок|стр\\.|подъезд)\\s*№?\\s*\\d+[\\p{L}]?` +
    `|,?\\s*(?:\\d+[\\p{L}]?\\s*)?(?:үйі|үй|пәтері|пәтер)(?:\\s*\\d+[\\p{L}]?)?(?![\\p{L}]))*`;
}

/** Every piece of personal data in `text`, in order, never overlapping (the longer wins). */
export function findPersonalData(text: string, options: PrivacyOptions = {}): PersonalDataMatch[] {
  if (!text) return [];
  const found: PersonalDataMatch[] = [];
  for (const { kind, re, group, accept } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const value = group ? m[group] : m[0];
      if (value === undefined || (accept && !accept(value))) continue;
      const start = m.index! + (group ? m[0].indexOf(value) : 0);
      found.push({ kind, start, end: start + value.length, text: value });
    }
  }
  if (options.names) {
    for (const s of findNames(text, options.names)) found.push({ kind: 'name', ...s, text: text.slice(s.start, s.end) });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataMatch[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
    else if (m.end > last.end && m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
  }
  return kept;
}
