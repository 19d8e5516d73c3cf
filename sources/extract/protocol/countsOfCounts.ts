import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { re } from './re.ts';

/**
 * "Отырған сегіз мүшенің сегізі де жақтады", "из девяти присутствующих «за» проголосовали все девять": how many of how
 * many voted for — the part is the count for; the whole part of the whole said as all ("сегізі де", "все") is every one
 * present, unanimous; the bare count equal to the whole ("8 мүшенің 8-і") is not. "он бір мүшенің сегізі залда" (no verb of a vote) is attendance, never this.
 */
const PART_OF_WHOLE_FOR = re(
  `(?<![\\p{L}\\d])(?:(${N})\\s+(?:мүше|адам)(?:нің|дің|сінің)\\s+(${N})\\s*(?:-?[іы]|-?сі|-?еуі|-?ауы)?\\s+(де\\s+|да\\s+)?(?:жақтады|қолдады|жақтап\\s+дауыс\\s+берді)`
    + `|из\\s+(${N})\\s+(?:присутствующ|член|голосовавш)[\\p{L}]*(?:\\s+совета)?\\s+(?:[«"“„]?\\s*за\\s*[»"”]?\\s+)?проголосовал[\\p{L}]*\\s+(?:[«"“„]?\\s*за\\s*[»"”]?\\s+)?(все\\s+)?(${N}))(?![\\p{L}])`,
);

/**
 * "бес дауыспен үш дауысқа қарсы қолдау тапты", "принято пятью голосами против трёх", "5 голосами против 3": the votes for
 * against the votes against — the count of those abstaining is not told.
 */
const VOTES_AGAINST_VOTES = re(
  `(?<![\\p{L}\\d])(?:(${N})\\s+дауыспен\\s+(${N})\\s+дауысқа\\s+қарсы|(${N})\\s+голосами\\s+против\\s+(${N}|тр[её]х))(?![\\p{L}])`,
);

/**
 * "Күн тәртібі 12 дауыспен бекітілді", "Повестка утверждена 12 голосами", "решение 9 голосами принято": adopted by so many
 * votes — the count for, the others not told (so is one failed with so many: "4 дауыспен қолдау таппады"). Not "7
 * дауыспен 5 дауысқа қарсы" (votes against votes, above), nor a majority or a quorum with no verb of adoption ("көпшілік
 * дауыспен", "кворум – 12 дауыс").
 */
const ADOPTED = '(?:бекітілді|қабылданды|мақұлданды|қолдау\\s+тапты|принят[\\p{L}]*|утвержд[\\p{L}]*|одобрен[\\p{L}]*|поддержан[\\p{L}]*)';
/** "…, қарсы болмай, 1 қалыс қалған", ", при одном воздержавшемся": a clause of the other votes told before the verb (set 164). */
const OTHER_VOTES = '\\s*,\\s*[^.;,]{0,50}?(?:қарсы|қалыс|против|воздерж)[^.;,]{0,50}?';
const ADOPTED_BY_VOTES = re(
  `(?<![\\p{L}\\d,.])(${N})\\s+(?:дауыспен|голосами)(?:${OTHER_VOTES}){0,2}?,?\\s+(?:[\\p{L}]+\\s+)?${ADOPTED}(?![\\p{L}])`
    + `|(?<![\\p{L}])(?:принят|утвержд|одобрен|поддержан)[\\p{L}]*\\s+(${N})\\s+голосами(?![\\p{L}])(?!\\s+против)`
    // Or failed with so many: "Ұсыныс 4 дауыспен қолдау таппады", "предложение, набрав лишь 4 голоса, не принято" — the count
    // for all the same.
    + `|(?<![\\p{L}\\d,.])(${N})\\s+дауыспен\\s+(?:[\\p{L}]+\\s+)?(?:қолдау\\s+таппады|қабылданбады|мақұлданбады|бекітілмеді)(?![\\p{L}])`
    + `|(?<![\\p{L}])набрав\\s+(?:лишь\\s+|только\\s+|всего\\s+)?(${N})\\s+голос(?:а|ов)?(?![\\p{L}])(?=[^.;]{0,40}?не\\s+(?:принят|утвержд|одобрен|поддержан|прош))`,
);

/** The counts a sentence tells as a part of a whole, as votes against votes or as the votes that adopted it; null when none. */
export function countsOfCounts(line: string): { for: number; against: number | null; unanimous: boolean } | null {
  const part = PART_OF_WHOLE_FOR.exec(line);
  if (part) {
    const whole = parseCount(part[1] ?? part[4]);
    const count = parseCount(part[2] ?? part[6]);
    // (The Russian "из девяти присутствующих проголосовали семь" says not how they voted: "за" must stand in it.)
    if (whole === null || count === null || count > whole || (part[4] !== undefined && !/(?<![\p{L}])за(?![\p{L}])/iu.test(part[0]))) return null;
    // All of them only where the text says all ("сегізі де", "все девять"): "8 мүшенің 8-і жақтады" is a count, each
    // of its figures stated, not the word for all.
    return { for: count, against: null, unanimous: count === whole && (part[3] !== undefined || part[5] !== undefined) };
  }
  const votes = VOTES_AGAINST_VOTES.exec(line);
  if (!votes) {
    const adopted = ADOPTED_BY_VOTES.exec(line);
    const count = adopted ? parseCount(adopted[1] ?? adopted[2] ?? adopted[3] ?? adopted[4]) : null;
    return count === null ? null : { for: count, against: null, unanimous: false };
  }
  // (parseCount reads the case a number takes after "голосами против": "пятью", "трёх".)
  const pro = parseCount(votes[1] ?? votes[3]);
  const contra = parseCount(votes[2] ?? votes[4]);
  if (pro === null || contra === null) return null;
  return { for: pro, against: contra, unanimous: false };
}
