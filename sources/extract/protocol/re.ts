import { textLettersIn } from '../grammar/lowerCase.ts';
import { typedOnRussianKeyboard } from '../typedOnRussianKeyboard.ts';

/**
 * Every protocol pattern is matched case-insensitively and with Unicode classes (\p{L}).
 * Patterns are built from long word lists (numbers in words run to kilobytes) on every line read,
 * and V8's own cache of compiled patterns is emptied by garbage collection: compiling them again
 * made parsing a protocol take a tenth of a second. A pattern without state (no g or y flag, so
 * no lastIndex) is compiled once and shared. `\p{L}` is compiled as the letters of the text's scripts
 * (textLettersIn): the whole Unicode letter class, case-folded, cost each pattern milliseconds a use.
 * A Kazakh word is matched as typed on a Russian keyboard too ("катысты" for "қатысты": typedOnRussianKeyboard).
 */
// Keyed by flags, then by the source itself: a key made by joining the two would be a new string of kilobytes,
// hashed again, at every call.
const compiled = new Map<string, Map<string, RegExp>>();
/**
 * A stateful pattern (g or y flag) is a new RegExp at each call, but its source is rewritten once: the rewrite goes
 * through kilobytes of source character by character, and readers build such patterns for each sentence (a tenth of
 * a protocol's time went to rewriting the same sources again). Bounded: a source may hold a document's words.
 */
const rewritten = new Map<string, string>();
const REWRITTEN_SIZE = 2048;

function rewrite(source: string): string {
  let out = rewritten.get(source);
  if (out === undefined) {
    if (rewritten.size >= REWRITTEN_SIZE) rewritten.clear();
    rewritten.set(source, (out = textLettersIn(typedOnRussianKeyboard(source))));
  }
  return out;
}

export const re = (source: string, flags = 'iu'): RegExp => {
  if (/[gy]/.test(flags)) return new RegExp(rewrite(source), flags);
  let byFlags = compiled.get(flags);
  if (!byFlags) compiled.set(flags, (byFlags = new Map()));
  let pattern = byFlags.get(source);
  if (!pattern) byFlags.set(source, (pattern = new RegExp(textLettersIn(typedOnRussianKeyboard(source)), flags)));
  return pattern;
};

/** Capital letters of Russian and Kazakh names, and a name word / initials built from them. */
export const CAPITAL = 'A-ZА-ЯЁӘҒҚҢӨҰҮҺІ';
export const NAME_WORD = `[${CAPITAL}][\\p{L}'’-]*`;
export const INITIALS = `[${CAPITAL}]\\.(?:\\s?[${CAPITAL}]\\.?)?`;
/**
 * A person named in full: a surname and initials ("Иванов И.И.") or a surname, a given name and a patronymic ("Иванов Иван
 * Иванович", "Сейтов Арман Бекұлы"). Match it case-sensitively (flag 'u'): a heading's words in lower case are no name.
 */
export const PERSON_NAME = `${NAME_WORD}\\s+(?:${INITIALS}|${NAME_WORD}\\s+${NAME_WORD}(?:вич|вна|ұлы|қызы|улы|кызы|оглы|кизи))`;
/** A surname with its initials, either way round: "Иванов И.И.", "И.И. Иванов", "Пак Д.". */
export const SURNAME_INITIALS = `${NAME_WORD}\\s+${INITIALS}|${INITIALS}\\s?${NAME_WORD}`;

/**
 * How a list number is marked: "3.", "3)", or the Kazakh ordinal "1-ші.", "6-шы.", "2-нші)", "1-інші" (a suffix of
 * the ordinal, then the stop or bracket, which the suffix makes optional).
 */
export const NUMBER_MARK = '\\s*-\\s*(?:інші|ыншы|нші|ншы|ші|шы)(?![\\p{L}])\\s*[.)]?|\\s*[.)]';
/** The number of a list item and its mark; group 1 is the number. */
export const LIST_NO = `(\\d{1,3})(?:${NUMBER_MARK})`;
