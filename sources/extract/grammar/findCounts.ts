import { parseCount, startsWithKazakhNumeral } from '../parseCount.ts';
import { matchesOf } from './matchesOf.ts';

/**
 * Every number in a text that could be a count, found by one pass over its
 * words (not by a regular expression per phrase: a report of 40 000 characters
 * is read in milliseconds). A count is
 *
 * - digits, with thousands grouped by a space, a non-breaking or a thin space
 *   (`12 500`, `21\u00a0400`); the digits after such a space are never a
 *   number of their own, and a group of other than three digits ends it;
 * - digits with `тыс.`/`мың`/`млн`, a decimal comma or point only before them
 *   (`85 тыс.`, `12,4 тыс.`, `41,3 мың`), `мың` with its Kazakh case ending
 *   (`40 мыңнан астам`, `12 мыңға жуық`: 40 and 12 were once read as the count);
 *   a bare decimal (`12,4`, `1.5`) is never a count;
 * - digits with a Russian or Kazakh ending after a hyphen (`4-х`, `25-ти`,
 *   `22-сі`, `7-іне`, `76-сына`);
 * - number words in their case forms, one to three in a row, each smaller
 *   than the one before (`двадцати пяти`, `сто двадцать`, `он екі`, `жиырма
 *   үш`, `бесеу`). Kazakh `он` (ten) is also Russian "he": alone it is a count
 *   only in a Kazakh sentence or document (`opts.kazakh`).
 *
 * Spans are UTF-16 offsets into `text`, as regular-expression indices are.
 */
export interface CountSpan {
  start: number;
  end: number;
  value: number;
}

const SPACE = '[ \\u00a0\\u2009\\u202f]';
const DIGITS = new RegExp(
  `(?<![\\d.,\\p{L}])(?<!\\d${SPACE})(\\d{1,3}(?:${SPACE}\\d{3})+(?!\\d)|\\d+)(?:([.,]\\d+)(?=\\s*(?:тыс|мың|млн)))?(?:\\s*тыс(?![\\p{L}])\\.?|\\s*мың(?:нан|ға|дай|даған|ды|ның|ы)?(?![\\p{L}])\\.?|\\s*млн(?![\\p{L}])\\.?)?(?:-[\\p{L}]{1,6}(?![\\p{L}]))?`,
  'gu',
);
const WORD = /[\p{L}]+/gu;
/** A noun with no singular after a word, an adjective between: " общественные слушания", " публичных слушаний". */
const PLURALE_TANTUM_AFTER = /^\s+(?:[\p{L}]+\s+)?слушани[йяе]/iu;
/** The same noun before the word, a dash between: "Публичные слушания – одни". */
const PLURALE_TANTUM_BEFORE = /слушани[йяе]\s*[-–—:]\s*$/iu;
/** A Russian verb in the past right before a word: "проводил ", "собирались ", "выезжали ". */
const PAST_VERB_BEFORE = /[\p{L}](?:л|ла|ло|ли|лся|лась|лось|лись)\s+$/iu;
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;
/** The data a "нет" denies ("нет данных", "нет сведений", "нет информации"), a "жоқ" after ("мәлімет жоқ", "деректер жоқ"). */
const NO_DATA_AFTER = /^\s+(?:данных|сведений|информации)(?![\p{L}])/iu;
const NO_DATA_BEFORE = /(?<![\p{L}])(?:мәлімет|мағлұмат|дерек|ақпарат)(?:тер|тар|лер|лар)?\s+$/iu;
/** The noun before "жүзінде" that makes it an idiom: "іс" (deed), "жер" (earth), "бет" (surface). */
const IDIOM_OF_FACE = /(?<![\p{L}])(?:іс|жер|бет)\s+$/iu;

export function findCounts(text: string, opts: { kazakh?: boolean } = {}): CountSpan[] {
  const out: CountSpan[] = [];
  for (const m of matchesOf(text, DIGITS)) {
    const start = m.index ?? 0;
    const after = text.slice(start + m[0].length, start + m[0].length + 2);
    // "12,4" or "1.5" with no тыс./мың after it is a decimal, not a count; "3.5" after "п." was masked before.
    if (/^[.,]\d/.test(after)) continue;
    const value = parseCount(m[0]);
    if (value !== null) out.push({ start, end: start + m[0].length, value });
  }
  const words = matchesOf(text, WORD);
  for (let k = 0; k < words.length; k++) {
    const first = wordValue(words[k][0]) ?? tenOfThem(text, words[k]);
    if (first === null) continue;
    // A quarter before a number ("Осылайша тоқсанда екі бөлім …") is no ninety to add it to (92): the quarter is skipped,
    // the number after it read on its own.
    const at = words[k].index ?? 0;
    if (isQuarter(words[k][0], text.slice(Math.max(0, at - 25), at), text.slice(at + words[k][0].length, at + words[k][0].length + 25))) continue;
    let value = first;
    let last = first;
    let j = k;
    // The next word continues the number when only spaces stand between and it is smaller ("двадцати пяти").
    while (j + 1 < words.length && j - k < 2) {
      const next = words[j + 1];
      const gap = text.slice((words[j].index ?? 0) + words[j][0].length, next.index ?? 0);
      const v = /^\s+$/.test(gap) ? wordValue(next[0]) : null;
      // Only a round number goes on ("жиырма бес", "сто двадцать"): "жетеуінің бесеуін" (five of the seven) is two counts, never 12.
      if (v === null || v >= last || v === 0 || last % 10 !== 0) break;
      value += v;
      last = v;
      j++;
    }
    // "жиырма тоғызыншы" or a case ending not known: the next numeral word was not read, so the number is not known either.
    const next = words[j + 1];
    if (j > k || first >= 20) {
      const gap = next ? text.slice((words[j].index ?? 0) + words[j][0].length, next.index ?? 0) : '';
      if (next && /^\s+$/.test(gap) && wordValue(next[0]) === null && startsWithKazakhNumeral(next[0]) && first % 10 === 0) {
        k = j + 1;
        continue;
      }
    }
    // "олардың төрттен үші" (three quarters of them), "две трети", "три четверти": a fraction, no count of anything.
    const fraction = fractionAfter(text, words, j);
    if (fraction > 0) {
      k = j + fraction;
      continue;
    }
    const start = words[k].index ?? 0;
    const end = (words[j].index ?? 0) + words[j][0].length;
    const lone = j === k;
    // "Однажды к нам обратились …" (one day): "однажды" counts only right after a verb in the past ("проводил однажды").
    if (lone && /^однажды$/iu.test(words[k][0]) && !PAST_VERB_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "одни" is "some" or "only" ("одни жалобы") but one of a noun with no singular: "одни общественные слушания".
    // So is the count said of it after a dash: "Публичные слушания – одни, 17 апреля" (never "одни из …", one of many).
    const saidOf = PLURALE_TANTUM_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !/^\s+из(?![\p{L}])/u.test(text.slice(end, end + 5));
    if (lone && /^одни(?:х)?$/iu.test(words[k][0]) && !PLURALE_TANTUM_AFTER.test(text.slice(end, end + 40)) && !saidOf) continue;
    // "іс жүзінде" (in fact), "жер жүзінде" (the world over): an idiom of "жүз" (face), no hundred.
    if (lone && /^жүз(?:інде|іне|індегі)$/iu.test(words[k][0]) && IDIOM_OF_FACE.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "Семинары – нет данных", "нет сведений", "Семинарлар – ақпарат жоқ": no data, no count — it is not a none (0).
    if (lone && /^нет$/iu.test(words[k][0]) && NO_DATA_AFTER.test(text.slice(end, end + 20))) continue;
    if (lone && /^жоқ$/iu.test(words[k][0]) && NO_DATA_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (lone && /^он$/iu.test(words[k][0]) && !opts.kazakh && !KAZAKH_LETTERS.test(text.slice(Math.max(0, start - 60), end + 60))) continue;
    out.push({ start, end, value });
    k = j;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "тоқсан" with a case ending ("тоқсанда", "тоқсанның", "тоқсанына"), after an ordinal, a Roman number or "есепті", or
 * before a postposition of time ("Тоқсан ішінде өткізілген отырыстар", "тоқсан бойы", "тоқсан сайын", "тоқсан соңында"): a quarter, no ninety.
 */
function isQuarter(word: string, before: string, after: string): boolean {
  if (!/^тоқсан/iu.test(word)) return false;
  return !/^тоқсан$/iu.test(word) || QUARTER_BEFORE.test(before) || QUARTER_AFTER.test(after);
}
const QUARTER_BEFORE = /(?:(?<![\p{L}])[IVXІ]{1,4}|\d(?:\s*-?\s*(?:ші|шы|інші|ыншы))?|(?<![\p{L}])(?:бірінші|екінші|үшінші|төртінші|есепті|осы|өткен|келесі|ағымдағы|соңғы|әр|бір))\s*$/iu;

// "Тоқсан соңындағы (30.06.2025) құрам", "тоқсан басында": the quarter's end or start, no ninety.
const QUARTER_AFTER = /^\s+(?:ішінде|ішіндегі|бойы|бойында|бойына|сайын|қорытынды[\p{L}]*|соңында|соңындағы|соңына|аяғында|аяғындағы|басында|басындағы|басынан)(?![\p{L}])/iu;

/**
 * How many words after the number ending at words[j] make it a fraction with it (0 when none): a bare cardinal in the
 * ablative before a numeral ("төрттен үші", "үштен бірі", "оннан екісі" — M of N, a share), or a Russian denominator
 * ("две трети", "три четверти", "две пятых"). "алтауынан бесеуі" (five of the six of them), a collective's ablative, is
 * a count of the five and stays one; "бірден" is "at once".
 */
function fractionAfter(text: string, words: RegExpMatchArray[], j: number): number {
  const next = words[j + 1];
  if (!next || !/^\s+$/u.test(text.slice((words[j].index ?? 0) + words[j][0].length, next.index ?? 0))) return 0;
  if (RU_DENOMINATOR.test(next[0])) return 1;
  return KK_BARE_ABLATIVE.test(words[j][0]) && wordValue(next[0]) !== null ? 1 : 0;
}
const RU_DENOMINATOR = /^(?:трет(?:ь|и|ей|ям)|четверт(?:ь|и|ей|ям)|(?:пят|шест|седьм|восьм|девят|десят)(?:ая|ую|ой|ых|ым|ыми))$/iu;
const KK_BARE_ABLATIVE = /^(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)(?:ден|тен|нен|дан|тан|нан)$/iu;

/**
 * "оны" is the pronoun "it, him" ("оны қарадық") and the possessive of ten, "the ten of them", in a list of parts:
 * "он үш мүше бар, оның оны – қоғамдық ұйымдар өкілдері", "жеке тұлғалардан – оны, заңды тұлғалардан – екеуі". Ten only
 * between "оның"/"олардың" (of them) or a dash or colon and a dash or the end of its item: a pronoun stands before its verb.
 */
function tenOfThem(text: string, word: RegExpMatchArray): number | null {
  if (!/^оны$/iu.test(word[0])) return null;
  const at = word.index ?? 0;
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at + word[0].length, at + word[0].length + 3);
  return TEN_BEFORE.test(before) && /^\s*(?:[-–—,;.)]|$)/u.test(after) ? 10 : null;
}
const TEN_BEFORE = /(?:(?<![\p{L}])(?:оның|олардың)(?:\s+ішінде)?\s+|[-–—:]\s*)$/iu;

function wordValue(word: string): number | null {
  const v = parseCount(word);
  return v !== null && !/^\d/.test(word) ? v : null;
}
