import { tidy } from '../toLines.ts';
import { EXCUSED, ONLINE, ONLINE_PHRASE, ROLE_WORDS, UNEXCUSED } from './lexicon.ts';
import { INITIALS, NAME_WORD, re } from './re.ts';

/** Commas inside "(командировка, по приказу)" do not separate people. */
export function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '' && p !== '.');
}


// Compiled once: built at each call, they were a twentieth of a protocol's time (the word lists run to kilobytes).
// The two with the g flag are used only by replace(), which starts from the beginning each time.
const NUMBERED_NAME = re(`^(?:${INITIALS}\\s?)?${NAME_WORD}`, 'u');
const NAME_PROPER = re(`^(?:${INITIALS}\\s?${NAME_WORD}|${NAME_WORD}\\s+(?:${INITIALS}|${NAME_WORD}))`, 'u');
const ONLINE_BRACKETS = re(`\\(\\s*${ONLINE_PHRASE}[^)]*\\)`, 'giu');
const ROLE_START = re(`^${ROLE_WORDS}`);
const NAME_OR_INITIALS = re(`^(?:${NAME_WORD}|${INITIALS})`, 'u');
const TWO_LETTERS = re(`\\p{L}{2}`);
const ONLINE_WORDS = re(`${ONLINE}[\\p{L}]*`, 'giu');
/** A name proper with nothing else before the first tab of the line (no dash, comma or bracket), then text after it. */
const NAME_THEN_TAB = re(`^\\s*((?:${INITIALS}\\s?${NAME_WORD}|${NAME_WORD}\\s+(?:${INITIALS}|${NAME_WORD}))(?:(?!\\s-\\s)[^\\t,;()–—])*?)[ ]*\\t+[\\s]*(?=\\S)`, 'u');

/**
 * A member named by the handle of his account in a post's list ("Қатысқандар: @serik.amanov (төраға), Жолдыбаева Р.Қ.,
 * @aliya_kenzhebek, …"): a person as his name is — alone, or with his role or reason in brackets or after a dash.
 */
const HANDLE = /^@[\p{L}\d][\p{L}\d._]{2,39}(?![\p{L}\d._@])/u;
const HANDLE_PERSON = /^@[\p{L}\d][\p{L}\d._]{2,39}(?![\p{L}\d._@])\s*(?:\([^()]{0,120}\)|\s[-–—]\s[^()]{0,120})?\s*[.;,]?$/u;

export function looksLikePersonLine(content: string, numbered: boolean): boolean {
  const text = content.trim();
  if (text === '') return false;
  if (HANDLE_PERSON.test(text)) return true;
  const words = text.split(/\s+/).length;
  if (numbered) return words <= 25 && NUMBERED_NAME.test(text);
  // Unnumbered: a name proper — two name words, or a surname and initials. A role after a dash may be long
  // ("Гапарова Самал Нұрланқызы – қаржы нарығы және цифрлық нарықтар жөніндегі комиссияның төрағасы"): the name
  // before the dash is short, the line no paragraph. A reason in brackets after the name ("Фролова Н.В. (участвует в
  // областном семинаре НПО в г. Павлодаре) - причины уважительные") is the person's too: its words are not counted.
  const bare = text.replace(/\([^()]{0,120}\)/gu, '()');
  const dash = /\s[-–—]\s/u.exec(bare);
  // (A bilingual reason, "(жеке себептермен, алдын ала ескертті / по семейным обстоятельствам, предупредила заранее)", is long.)
  const short = bare.split(/\s+/).length <= 10 || (dash !== null && words <= 25 && bare.slice(0, dash.index).split(/\s+/).length <= 4);
  return short && NAME_PROPER.test(text);
}

/** A surname that begins with a role word: "Акимов" (аким), "Членов" (член), "Орынбасаров" (орынбасар) — a name, not a role. */
const SURNAME_FORM = /^\p{Lu}\p{L}*(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая)$/u;

/**
 * "Алтынай Орманкалиевна Кобеева - Председатель ОС", "Абдыхалыков Член ОС",
 * "Иванов И.И. (командировка)", "Тау Сырымбек – член ОС (он-лайн)" → name and
 * the rest (role for attendees, reason for absentees), online markers removed.
 */
export function splitPerson(raw: string): { name: string; rest: string | null } | null {
  // "Сейтов Арман Бекович<tab>Кеңес мүшесі": a tab after a whole name parts it from the role as a dash would (read as one
  // run of words, "Кеңес" would be taken for a fourth word of the name).
  const tab = NAME_THEN_TAB.exec(raw);
  let text = tidy((tab ? `${tab[1]} – ${raw.slice(tab[0].length)}` : raw).replace(ONLINE_BRACKETS, ' '));
  // A closing dot after an initial ("Иванов И.И.") belongs to the name.
  // A list closed by a full stop: "Петров П.П. (онлайн)." leaves " .", "Сидоров С.С.." a second dot.
  text = text.replace(/\s+[.;,]+$/, '').replace(/\.{2,}$/, '.');
  text = text.replace(/[;,]+$/, '').replace(/(?<=\p{L}\p{Ll}|\))\.+$/u, '');
  if (text === '') return null;
  let name: string;
  let rest: string;
  const handle = HANDLE.exec(text);
  // "Ермекова С.Т.-ауырып калды": the dash typed with no space, right after the initials (not a case ending hyphenated to
  // them, "Рахимова Д.С.-дан басқа", "Сейтов А.Б.-ның орнына").
  const dash = /\s[-–—]\s?|\s?[–—]\s|,\s|(?<=\p{Lu}\.)[-–—](?=\s?\p{Ll})(?!(?:ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|дан|ден|тан|тен|нан|нен|мен|пен|бен|ны|ні|ды|ді|ты|ті|да|де|та|те|на|не|ға|ой|тың)(?![\p{L}]))/u.exec(text);
  const paren = text.indexOf('(');
  // "Сидоров С.С. (командировка, частично)": the comma inside the brackets is not the name's end.
  if (handle) {
    name = handle[0].replace(/\.+$/u, '');
    rest = text.slice(name.length);
  } else if (dash && dash.index > 0 && (paren < 0 || dash.index < paren)) {
    name = text.slice(0, dash.index);
    rest = text.slice(dash.index + dash[0].length);
  } else {
    const beforeParen = paren > 0 ? text.slice(0, paren) : text;
    const words = beforeParen.trim().split(' ');
    const nameWords: string[] = [];
    for (const w of words) {
      if (nameWords.length >= 4 || (ROLE_START.test(w) && !SURNAME_FORM.test(w)) || !NAME_OR_INITIALS.test(w)) break;
      nameWords.push(w);
    }
    if (nameWords.length === 0) return null;
    name = nameWords.join(' ');
    rest = text.slice(name.length);
  }
  rest = tidy(rest.replace(/^[\s\-–—,:;]+/, '').replace(/^\((.*)\)$/, '$1'));
  name = tidy(name.replace(/[,:;]+$/, ''));
  if (!TWO_LETTERS.test(name)) return null;
  const cleanedRest = tidy(rest.replace(ONLINE_WORDS, '').replace(/\(\s*\)/g, '')).replace(/^[,;\s]+|[,;\s]+$/g, '');
  return { name, rest: cleanedRest === '' ? null : cleanedRest };
}

export function classifyAbsence(reason: string): boolean | null {
  if (re(UNEXCUSED).test(reason)) return false;
  if (re(EXCUSED).test(reason)) return true;
  return null;
}
