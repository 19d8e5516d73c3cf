import { re } from './re.ts';

/**
 * Another act named in a protocol's head, with its date and number: "(қала әкімінің 2025 жылғы 3 наурыздағы № 112
 * өкімі)", "(… 2025 жылғы 14 ақпандағы № 2 шешімімен бекітілген нысан)", "утверждена решением … от 14.02.2025 № 2",
 * "приказом № 45 от 3 марта 2025 г.". That date and number are the act's, never the meeting's: the header reads the
 * lines with them blanked (spaces of the same length, so every other position stays).
 */
// (Not "хат", a letter: it opens "ХАТТАМА".)
const ACT_KK = '(?:өкім|шешім|бұйрық|қаулы|заң)[\\p{L}]*';
// ("указ" as a word: "указанного" is no act.)
const ACT_RU = '(?:(?:решени|приказ|распоряжени|постановлени|закон|письм)[\\p{L}]*|указ(?:а|ом|у)?(?![\\p{L}]))';
// ("№ 112-р", "№ 45-п", "№ 383-V": an act's number may close on Cyrillic letters, which \w does not take; set 167.)
const NO = '(?:№|N)\\s*\\d[\\p{L}\\d_\\-/.]*';
/** A date of the act: "2025 жылғы 3 наурыздағы", "03.03.2025 ж.", "14.02.2025 жылғы". */
const DATE_KK = '(?:\\d{4}\\s*ж(?:ылғы|\\.)?\\s*\\d{1,2}\\s*[-–]?\\s*\\p{L}+(?:дағы|дегі|тағы|тегі)|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\s*(?:ж(?:ылғы|\\.)?)?)';
const DATE_RU = '(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|«?\\d{1,2}»?\\s+\\p{L}+\\s+\\d{4})\\s*(?:г(?:ода|\\.)?)?';

const PATTERNS = [
  // Kazakh: the date and number before the act's noun.
  `(?:${DATE_KK}\\s*)?${NO}\\s+${ACT_KK}`,
  // Russian: the act's noun, then its date and number in either order.
  `${ACT_RU}(?:\\s+[^\\s№]+){0,8}?\\s+(?:от\\s+${DATE_RU}\\s*(?:${NO})?|${NO}(?:\\s+от\\s+${DATE_RU})?)`,
  // A protocol issued again in a new edition names the edition's day, never the meeting's: "(в редакции от 04.11.2026)",
  // "исправленная редакция от 4 ноября 2026 г.", "2026 жылғы 04.11. редакциясында", "04.11.2026 ж. редакциясы".
  `(?:(?:новой|исправленной|уточн[\\p{L}]*)\\s+)?редакци[\\p{L}]*\\s+от\\s+${DATE_RU}`,
  `(?:\\d{4}\\s*ж(?:ылғы|\\.)?\\s*)?(?:\\d{1,2}\\.\\d{1,2}\\.?(?:\\d{2,4})?|\\d{1,2}\\s*[-–]?\\s*\\p{L}+(?:дағы|дегі|тағы|тегі)?)\\s*(?:ж(?:ылғы|\\.)?\\s*)?редакция[\\p{L}]*`,
].map((p) => re(p, 'giu'));

/** The lines with every act's date and number blanked; a phrase may wrap ("… № 112" / "өкімі)"), so the lines are read as one text. */
export function withoutOtherActs(lines: string[]): string[] {
  let text = lines.join('\n');
  // Across a line break only into a line that goes on in lower case ("№ 112" / "өкімі)"): "№ 5" / "ШЕШІМ" is a title's.
  for (const pattern of PATTERNS) text = text.replace(pattern, (m) => (/\n\s*\p{Lu}/u.test(m) ? m : m.replace(/[^\n]/g, ' ')));
  return text.split('\n');
}
