import { ROLE_WORDS } from './lexicon.ts';
import { re } from './re.ts';

/** The council's name before a role: "Қоғамдық кеңес төрағасы", "Совета член". */
const COUNCIL = '(?:қоғамдық\\s+)?(?:кеңес|совет|общественн)[\\p{L}]*\\s+';
const COUNCIL_LEAD = re(`^${COUNCIL}`);
/** The role opening its line, perhaps after the council's name: "Член Совета", "Кеңес мүшесі", "Қоғамдық кеңес төрағасы". */
const ROLE_FIRST = re(`^(?:${COUNCIL})?${ROLE_WORDS}`);
/** A surname made of a role word ("Членова", "Акимов", "Хатшыев"): a name, no role. */
const SURNAME_FORM = /^\p{Lu}\p{L}*(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ын|ына|ский|ская)$/u;
/** A word the role may go on with: lowercase, the council's or a commission's name, an abbreviation ("ОС", "ЖКХ"), a bracket. */
const ROLE_TAIL_WORD = /^(?:\p{Ll}[\p{L}-]*|(?:Общественн|Совет|Кеңес|Қоғамдық|Комисси|Комиссия)[\p{L}]*|\p{Lu}{2,5}|\(.*|.*\)|[-–—])[,;.]?$/u;

/**
 * A person's role or status alone on its line, under the name in a list of a person per line: "член Совета", "Кеңес
 * мүшесі", "мүше, онлайн", "Председатель Общественного совета", "себебі: іссапар". Short, no heading (no colon at its end),
 * and with no name in it: a capitalised word after the role ("Член Совета Петров") makes it a person's line, and a surname
 * made of a role word ("Членова") is a name.
 */
export function isRoleLine(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (text === '' || words.length > 10 || /:\s*$/.test(text)) return false;
  if (/^\p{Ll}/u.test(text)) return true;
  if (!ROLE_FIRST.test(text) || SURNAME_FORM.test(words[0].replace(/[,;.]$/, ''))) return false;
  const lead = COUNCIL_LEAD.exec(text);
  const rest = (lead ? text.slice(lead[0].length) : text).split(/\s+/).slice(1);
  return rest.every((w) => ROLE_TAIL_WORD.test(w));
}
