import type { VoteCategory } from './lexicon.ts';
import { REPORTED_SPEECH, VOTE_EXCEPT, VOTE_REST } from './lexicon.ts';
import { re, SURNAME_INITIALS } from './re.ts';

export interface ToldCounts {
  for: number | null;
  against: number | null;
  abstain: number | null;
}

/** "за – все присутствующие", "все члены проголосовали за", "барлық мүше жақтады": every one present for, but … */
const ALL_FOR = re(`(?:(?<![\\p{L}])за(?![\\p{L}])|«\\s*за\\s*»|жақта|қолда)[^.;]{0,40}?(?<![\\p{L}])(?:все|всех|барлық|барлығы)(?![\\p{L}])|(?<![\\p{L}])(?:все|барлық|барлығы)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:(?:про)?голосовал[\\p{L}]*\\s+)?(?:«\\s*за\\s*»|за(?![\\p{L}])|жақта|қолда)`);
/** "… кроме Рахимовой Д.С., которая воздержалась", "… кроме Ли В.Г. и Омарова Д.А. (против)": those set apart and how they voted. */
const EXCEPT_RU = re(`${VOTE_EXCEPT}\\s+([^:;()]{2,160}?)\\s*[,(–—-]?\\s*(?:котор[\\p{L}]*\\s+)?(?:(?:про)?голосовал[\\p{L}]*\\s+)?(воздерж[\\p{L}]*|против|қалыс|қарсы)`);
/** "Рахимова Д.С.-дан басқа барлық мүше жақтады, ол қалыс қалды": those set apart before the word, how they voted after it. */
const EXCEPT_KK = re(`(?:^|[:–—,]\\s*)([^:;,()–—]{2,160}?)(?:[-\\s]?(?:тен|тан|ден|дан|нен|нан|ті|ты|ді|ды))?\\s+(?:басқа|қоспағанда)(?![\\p{L}])[^;]{0,120}?(қалыс|қарсы)`);
/** One person: "Рахимовой Д.С.", "Д.С. Рахимовой", "члена Совета Ли В.Г.". */
const ONE_NAME = re(`^(?:член[\\p{L}]*\\s+(?:совета|комиссии|президиума)\\s+|кеңес\\s+мүшесі\\s+)?(?:${SURNAME_INITIALS})$`, 'u');
/** "остальные воздержались", "воздержались – остальные", "қалғандары қалыс қалды": the third count is the rest of those present. */
const REST_AFTER = re(`${VOTE_REST}\\s*[:\\-–—]?\\s*(?:(?:про)?голосовал[\\p{L}]*\\s+)?(«\\s*за\\s*»|за(?![\\p{L}])|против|воздерж[\\p{L}]*|қалыс|қарсы|жақта|қолда)`);
const REST_BEFORE = re(`(«\\s*за\\s*»|(?<![\\p{L}])за(?![\\p{L}])|против|воздерж[\\p{L}]*|қалыс\\s+қалғандар|қарсылар)\\s*[:\\-–—]\\s*${VOTE_REST}`);

const categoryOf = (word: string): VoteCategory => (/против|қарсы/iu.test(word) ? 'against' : /воздерж|қалыс/iu.test(word) ? 'abstain' : 'for');

/**
 * A vote told by exception or by remainder, its counts worked out from those present at it:
 * - "за – все присутствующие члены Совета, кроме Рахимовой Д.С., которая воздержалась": the excepted counted by name (1
 *   abstained), no one against, the rest for — `present` − 1 when the number present at the vote is known, else not stated;
 * - "за – 8, против – 5, остальные воздержались": the third count is `present` − 8 − 5, when known and not below 0.
 * `read` holds the counts read on the line by its labels. Null when the line tells neither; counts that cannot be worked
 * out are null (the vote is one all the same: its result is told). Never a count from a guess: excepted persons not
 * each named, or counts read that disagree, give no count.
 */
export function readVoteByException(line: string, read: ToldCounts, present: number | null): { counts: ToldCounts } | null {
  // A speech telling of a vote ("Иванов сообщил, что все проголосовали за, кроме …") records none.
  if (line.length > 400 || re(REPORTED_SPEECH).test(line)) return null;
  if (ALL_FOR.test(line)) {
    // (Either order may match the other language's line wrongly — "басқа барлық мүше жақтады, ол қалыс": the one whose
    // excepted are names is the reading.)
    const found = [EXCEPT_RU.exec(line), EXCEPT_KK.exec(line)].filter((m) => m !== null);
    const ex = found.find((m) => countNamed(m[1]) !== null) ?? found[0];
    if (ex) {
      const category = categoryOf(ex[2]);
      const named = countNamed(ex[1]);
      const counts: ToldCounts = { for: null, against: null, abstain: null };
      if (named !== null) {
        counts[category] = named;
        counts[category === 'against' ? 'abstain' : 'against'] = 0;
        counts.for = present !== null && present - named >= 0 ? present - named : null;
      }
      // A count on the line that says otherwise: the line is not understood, none taken.
      const agree = (['for', 'against', 'abstain'] as const).every((k) => read[k] === null || counts[k] === null || read[k] === counts[k]);
      return { counts: agree ? counts : { for: null, against: null, abstain: null } };
    }
  }
  const rest = REST_AFTER.exec(line) ?? REST_BEFORE.exec(line);
  if (!rest) return null;
  const category = categoryOf(rest[1]);
  const others = (['for', 'against', 'abstain'] as const).filter((k) => k !== category);
  // "остальные против такого подхода" in a speech: the rest completes a vote of two counts read, never makes one.
  if (others.some((k) => read[k] === null)) return null;
  const counts: ToldCounts = { ...read };
  if (read[category] === null && present !== null) {
    const left = present - (read[others[0]] ?? 0) - (read[others[1]] ?? 0);
    if (left >= 0) counts[category] = left;
  }
  return { counts };
}

/** How many persons are named in "Рахимовой Д.С.", "Ли В.Г. и Омарова Д.А.", "Ли В.Г., Омарова Д.А."; null when not each is a name. */
function countNamed(text: string): number | null {
  const parts = text.trim().replace(/[,\s]+$/u, '').split(/\s*,\s*|\s+(?:и|және|мен)\s+/u).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return null;
  return parts.every((p) => ONE_NAME.test(p.replace(/[-‐]?(?:тен|тан|ден|дан|нен|нан)$/u, ''))) ? parts.length : null;
}
