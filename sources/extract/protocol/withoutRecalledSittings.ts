import { MONTH_WORD, monthOfWord } from '../monthNames.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { re } from './re.ts';

/**
 * Another sitting named in the middle of a sentence — by its month ("на мартовском заседании", "на заседании в мае",
 * "мамыр айындағы отырыста", "шілдедегі отырыста") or as the one before ("на прошлом заседании", "өткен отырыста").
 * Group 1: the month's word (none for the one before).
 */
const RECALLED = re(
  `(?<![\\p{L}])(?:(?:на|в\\s+ходе|во\\s+время)\\s+(?:(${MONTH_WORD}|майск[\\p{L}]*)\\s+(?:заседани|собрани)[\\p{L}]*|(?:заседани|собрани)[\\p{L}]*\\s+в\\s+(${MONTH_WORD}))`
  + `|(${MONTH_WORD})(?:\\s+айында(?:ғы|\\s+өткен)|(?<=(?:да|де|та|те)ғы|(?:да|де|та|те)гі))\\s+отырыс[\\p{L}]*`
  + `|(?:на|в)\\s+(?:прошл|предыдущ)[\\p{L}]*\\s+(?:заседани|собрани)[\\p{L}]*|(?:алдыңғы|өткен)\\s+отырыс[\\p{L}]*)(?![\\p{L}])`,
  'giu',
);
/**
 * The other sitting as one still to come: "вернуть на августовском заседании", "рассмотреть на заседании в июле",
 * "мамыр айындағы отырыста қайта қаралады" — a plan, whose clause holds none of another sitting's counts.
 */
const TO_COME_BEFORE = re(`(?<![\\p{L}])(?:вернуть(?:ся)?|перенести|рассмотреть|вынести|отложить|обсудить|доложить|заслушать|проинформировать|представить|запланирован[\\p{L}]*|планиру[\\p{L}]*|будет|будут)(?![\\p{L}])[^.;!?]{0,60}$`);
const TO_COME_AFTER = re(`^[^.;!?]{0,80}?(?:қаралады|қаралсын|қарастырылады|талқыланады|өтеді|өтетін|өткізіледі|жоспарлан[\\p{L}]*|тыңдалады)(?![\\p{L}])`);
/**
 * What in the recalled clause is another sitting's count: a number that is no date nor a document's number ("17 июня",
 * "24.12.2025", "2025 год", "№ 2"), or a word of a vote or of attendance ("«за» было пять голосов", "бірауыздан",
 * "присутствовали"). A clause with neither has nothing to blank.
 */
const DATE_OR_NUMBER = re(`\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?|\\d{1,2}\\s+${MONTH_WORD}|(?:19|20)\\d{2}|№\\s*\\d+|\\d{1,2}[.:]\\d{2}`, 'giu');
const COUNT_WORD = re(`\\d|(?<![\\p{L}])(?:голос[\\p{L}]*|дауыс[\\p{L}]*|воздерж[\\p{L}]*|қалыс|жақта[\\p{L}]*|единоглас[\\p{L}]*|бірауыздан|присутствов[\\p{L}]*|отсутствов[\\p{L}]*|қатыс[\\p{L}]*|кворум[\\p{L}]*)(?![\\p{L}])`);

/**
 * A protocol recalls another sitting beside its own: "(Напомним, на майском заседании присутствовали 10 членов, на
 * мартовском – 12.)", "Напомнил, что на мартовском заседании проект был возвращён (тогда «за» было 5 голосов из 12).",
 * "Мамыр айындағы отырыста 7 мүше жақтаған еді." Those counts are that sitting's, never this protocol's attendance or
 * vote. The recalled part is blanked (same length, lines kept at their numbers): the bracket the sitting is named in,
 * or else its clause (from the comma, semicolon or colon before the name) to the sentence's end. A sitting of the
 * protocol's own month ("на июньском заседании" in June's) is this one; one still to come is a plan, kept; a clause with
 * no count in it is left as written.
 */
export function withoutRecalledSittings(lines: string[], date: string | null): string[] {
  const own = date ? Number(date.slice(5, 7)) : null;
  const out = [...lines];
  for (let from = 0; from < out.length; ) {
    if (out[from].trim() === '') {
      from++;
      continue;
    }
    let to = from;
    while (to + 1 < out.length && out[to + 1].trim() !== '') to++;
    const text = out.slice(from, to + 1).join('\n');
    const blanked = blankRecalled(text, own);
    if (blanked !== text) blanked.split('\n').forEach((l, k) => (out[from + k] = l));
    from = to + 1;
  }
  return out;
}

function blankRecalled(text: string, own: number | null): string {
  let out = text;
  for (const m of matchesOf(text, RECALLED)) {
    const word = m[1] ?? m[2] ?? m[3];
    if (word !== undefined) {
      const month = /^майск/iu.test(word) ? 5 : monthOfWord(word);
      if (month === null || month === own) continue;
    }
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const sentenceStart = lastBoundary(text, at);
    if (TO_COME_BEFORE.test(text.slice(sentenceStart, at)) || TO_COME_AFTER.test(text.slice(end))) continue;
    const [a, b] = recalledSpan(text, at, end, sentenceStart);
    const span = text.slice(a, b).replace(DATE_OR_NUMBER, ' ');
    if (!COUNT_WORD.test(span)) continue;
    out = out.slice(0, a) + out.slice(a, b).replace(/[^\n]/g, ' ') + out.slice(b);
  }
  return out;
}

/** Where the sentence holding `at` starts: after the last ". ", "! ", "? " before it (or the paragraph's start). */
function lastBoundary(text: string, at: number): number {
  let start = 0;
  for (const m of matchesOf(text.slice(0, at), /[.!?](?=\s)/gu)) start = (m.index ?? 0) + 1;
  return start;
}

/** The bracket the name stands in, else its clause to the sentence's end. */
function recalledSpan(text: string, at: number, end: number, sentenceStart: number): [number, number] {
  const open = text.lastIndexOf('(', at);
  if (open >= 0 && open >= at - 200 && text.lastIndexOf(')', at) < open) {
    const close = text.indexOf(')', end);
    if (close >= 0) return [open + 1, close];
  }
  let a = sentenceStart;
  for (const m of matchesOf(text.slice(sentenceStart, at), /[,;:]/gu)) a = sentenceStart + (m.index ?? 0) + 1;
  const stop = /[.!?](?=\s|$)/gu;
  stop.lastIndex = end;
  const m = stop.exec(text);
  return [a, m ? m.index + 1 : text.length];
}
