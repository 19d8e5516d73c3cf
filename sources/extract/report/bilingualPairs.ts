/**
 * A bilingual form's pairs of one phrase in Kazakh and in Russian, parted by a slash: "Хаттар / Письма: жолданды /
 * направлено – 7, жауап алынды / получено ответов – 6.", "3 – барлығы қалалық бөлімдер / все – городские отделы (…)",
 * "Жауап берілді / Отвечено – 8". The slash is no group of two fields (readSlashGroups, joinValueLines' shared labels read
 * "A / B – 7" as two counts or none), and a count's noun stands in one half only: each pair is read in its Kazakh half,
 * the Russian half dropped, line for line. Only a text of three such pairs at least, each told by its letters (a half with
 * Kazakh letters or endings, the other with neither) — a form written in both languages; a slash group of one language
 * ("жолданған / жауап алынған хаттар", "от физических / юридических лиц") is no pair and stays.
 */
export function readKazakhHalves(source: string[]): string[] {
  const found = source.map((line) => pairsIn(line));
  if (found.reduce((n, p) => n + p.length, 0) < 3) return source;
  return source.map((line, k) => {
    let out = line;
    // From the line's end, so that each pair's offsets stand.
    for (const p of [...found[k]].reverse()) out = `${out.slice(0, p.start)}${p.kazakh}${out.slice(p.end)}`;
    return out;
  });
}

interface Pair {
  start: number;
  end: number;
  kazakh: string;
}

/** The pairs of a line: a phrase, " / ", a phrase, each between the marks that part a form's fields. */
function pairsIn(line: string): Pair[] {
  const out: Pair[] = [];
  for (const m of line.matchAll(PAIR)) {
    const [left, right] = [m[1].trim(), m[2].trim()];
    const [l, r] = [languageOf(left), languageOf(right)];
    if (l === r || l === null || r === null) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[0].length - m[0].indexOf(m[1]), kazakh: l === 'kk' ? left : right });
  }
  return out;
}

/**
 * A phrase of letters, a slash, a phrase of letters: each phrase opens after a field's mark (the line's start, a number's
 * point, a colon, a semicolon, a count's comma, a bracket, a sentence's stop, a dash after a count) and ends before one (a
 * colon, a semicolon, a bracket, a dash before a count, a stop, the line's end). Not at a comma between words: "Заседания
 * Совета, президиума и комиссий / Кеңестің, төралқаның …" pairs no "президиума и комиссий" with "Кеңестің"; no
 * abbreviation's point inside ("Өскемен қ. / г. Усть-Каменогорск").
 */
const PAIR = /(?<=^\s*(?:\d{1,2}[.)]\s+)?|[:;(]\s*|\d,\s*|[\p{L}\d][.]\s+|\d\s+[–—-]\s+)(\p{L}[\p{L}\s-]{0,60}?)\s+\/\s+(\p{L}[\p{L}\s–—-]{0,60}?)(?=\s*(?:[:;()]|\s[–—-]\s+\d|[.]\s|[.]?\s*$))/gu;

/** Kazakh letters no Russian word has. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;
/**
 * Endings of Kazakh words with no letter of their own: "Хаттар", "жолданды", "Мониторингтер", "тұлғалардан". (Not "-ты":
 * Russian plurals end so, "Проекты", "отчёты".)
 */
const KAZAKH_ENDING = /(?:лар|лер|дар|дер|тар|тер|ды|дан|ден|нан|нен|ның|дың|тың|ған|ген|қан|кен)$/iu;

/** 'kk' for a phrase with Kazakh letters or a Kazakh ending to a word, 'ru' for Cyrillic with neither, null else. */
function languageOf(phrase: string): 'kk' | 'ru' | null {
  if (!/\p{Script=Cyrillic}/u.test(phrase)) return null;
  const words = phrase.split(/[\s–—-]+/u).filter((w) => /\p{L}/u.test(w));
  if (KAZAKH_LETTERS.test(phrase) || words.some((w) => w.length >= 5 && KAZAKH_ENDING.test(w))) return 'kk';
  return 'ru';
}
