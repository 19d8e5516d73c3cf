import { findCounts } from '../grammar/findCounts.ts';
import type { MetricId } from '../types.ts';

/**
 * Why members left or joined, the words a part of a change is told with: "по собственному желанию", "по состоянию здоровья",
 * "в связи с переездом", "из резерва", "өз еркімен", "денсаулығына байланысты", "резервтен". Regular-expression sources.
 */
const REASONS = [
  'по\\s+собственному\\s+желанию',
  'по\\s+(?:личн|собственн)[\\p{L}]*\\s+(?:заявлени|просьб)[\\p{L}]*',
  'по\\s+(?:состоянию\\s+здоровья|семейным\\s+обстоятельствам|личным\\s+причинам|уважительн[\\p{L}]*\\s+причин[\\p{L}]*)',
  '(?:в\\s+связи\\s+с|ввиду|по\\s+причине|из-за)(?:\\s+[\\p{L}-]+){1,4}',
  'из\\s+резерв[\\p{L}]*(?:\\s+списка)?',
  'по\\s+(?:квоте|представлению|решению)(?:\\s+[\\p{L}-]+){1,3}',
  'решением(?:\\s+[\\p{L}-]+){1,3}',
  'өз\\s+(?:өтінішімен|еркімен|қалауымен|(?:өтініші|еркі|қалауы)\\s+бойынша)',
  '(?:[\\p{L}-]+\\s+){1,3}(?:байланысты|себепті)',
  'резерв[\\p{L}]*(?:\\s+тізім[\\p{L}]*)?(?:нен|тен|дан|нан)',
  '(?:[\\p{L}-]+\\s+){0,2}шешімімен',
];
const REASON = `(?:${REASONS.join('|')})`;
/**
 * The verbs of leaving and of joining, bare: the clause that holds one is the change's, whose council an earlier part may
 * name ("Кеңес құрамынан бір мүше өз еркімен, 2 мүше денсаулығына байланысты шықты"). Only read in a sentence whose count
 * the figure lexicon already took for a change of the council.
 */
const LEFT = /(?<![\p{L}])(?:выбыл[\p{L}]*|вышл[аои]|вышел|ушл[аои]|уш[её]л|покинул[\p{L}]*|выведен[\p{L}]*|исключен(?!и[еяий])[\p{L}]*|отозван[\p{L}]*|сложил[\p{L}]*\s+(?:свои\s+)?полномочи[\p{L}]*|шықты|шығарылды|шығып\s+кетті|кетті|тоқтатылды)(?![\p{L}])/u;
const JOINED = /(?<![\p{L}])(?:введен(?!и[еяюй])[\p{L}]*|введ[её]н|включен(?!и[еяюй])[\p{L}]*|включ[её]н|избран(?!и[еяюй])[\p{L}]*|принят(?!и[еяюй])[\p{L}]*|кооптирован[\p{L}]*|вошл[аио]|вош[её]л|пришл[аио]|приш[её]л|пополнил[\p{L}]*|енгізілді|қабылданды|сайланды|қосылды|кірді|енді)(?![\p{L}])/u;

/** The council a part's members left or joined, named again in the part: "из состава Совета", "Кеңес құрамынан", "в состав Совета". */
const COUNCIL = '(?:(?:из|в)\\s+(?:состав[\\p{L}]*\\s+)?(?:общественного\\s+)?(?:совет[\\p{L}]*|ос)|(?:кеңес(?:тің)?\\s+)?құрам(?:ынан|нан|ына|ға)|кеңестен)';
/** The members a count counts: "член(а/ов) (Совета)", "новых членов", "человек", "мүше", "жаңа мүше", "адам". */
const MEMBERS = '(?:(?:нов[\\p{L}]*\\s+)?(?:член[\\p{L}]*|человек[\\p{L}]*)(?:\\s+(?:общественного\\s+)?совета)?|(?:жаңа\\s+)?(?:мүше[\\p{L}]*|адам))';
const DASH = '\\s*[-–—]\\s*';
/**
 * A clause that is only a part of a change: the council perhaps, a reason, the count and its members (or the count alone
 * after a dash), no verb of its own — "двое — по состоянию здоровья", "по состоянию здоровья — 2", "1 член по собственному
 * желанию", "Кеңес құрамынан бір мүше өз еркімен". `#` stands for the count.
 */
const PART = new RegExp(`^\\s*(?:(?:и|а|ещё|еще|және|ал|тағы)\\s+)?(?:${COUNCIL}\\s+)?(?:(?:${REASON}(?:${DASH}|\\s+))?#(?:\\s+${MEMBERS})?(?:${DASH}|\\s+)${REASON}|${REASON}${DASH}#(?:\\s+${MEMBERS})?|#\\s+${MEMBERS}${DASH}${REASON}|${REASON}\\s+#\\s+${MEMBERS})\\s*[.!]?\\s*$`, 'u');

/**
 * The members who left or joined in all, when the count at `start` is one part of a change told part by part with one verb
 * ("Кеңес құрамынан бір мүше өз еркімен, 2 мүше денсаулығына байланысты шықты", "Из состава Совета один член вышел по
 * собственному желанию, двое — по состоянию здоровья", "1 член по собственному желанию и 2 члена в связи с переездом
 * выбыли"): the sum of the parts, never the last part alone (nor the first). A clause of the other change ends the
 * parts. Null when the count's clause has no such parts beside
 * it. `sentence` is lower-cased, brackets and all; a total before a colon ("выбыли 3 члена: 1 …, 2 …") has no parts: its
 * clause holds two counts.
 */
export function totalOfParts(sentence: string, start: number, metric: MetricId, kazakh: boolean): number | null {
  const verb = metric === 'members_left' ? LEFT : JOINED;
  const other = metric === 'members_left' ? JOINED : LEFT;
  const text = sentence.replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length));
  const clauses = clausesOf(text);
  const k = clauses.findIndex((c) => start >= c.start && start < c.start + c.text.length);
  if (k < 0) return null;
  const read = clauses.map((c) => {
    const counts = findCounts(c.text, { kazakh });
    if (counts.length !== 1 || other.test(c.text)) return { kind: 'none' as const, value: 0 };
    const [n] = counts;
    if (verb.test(c.text)) return { kind: 'verb' as const, value: n.value };
    const coded = `${c.text.slice(0, n.start)}#${c.text.slice(n.end)}`;
    return PART.test(coded) ? { kind: 'part' as const, value: n.value } : { kind: 'none' as const, value: 0 };
  });
  // The one clause with the verb, and the parts run on beside it (before it in Kazakh, either side in Russian).
  const verbAt = (from: number, step: number): number => {
    for (let i = from; i >= 0 && i < read.length; i += step) {
      if (read[i].kind === 'verb') return i;
      if (read[i].kind !== 'part') return -1;
    }
    return -1;
  };
  const own = read[k].kind === 'verb' ? k : read[k].kind === 'part' ? [verbAt(k, 1), verbAt(k, -1)].find((i) => i >= 0) ?? -1 : -1;
  if (own < 0) return null;
  let first = own;
  let last = own;
  while (first > 0 && read[first - 1].kind === 'part') first--;
  while (last < read.length - 1 && read[last + 1].kind === 'part') last++;
  if (first === last) return null;
  return read.slice(first, last + 1).reduce((sum, r) => sum + r.value, 0);
}

/** The clauses of a sentence, split at commas, semicolons and the conjunctions that join parts ("и", "а", "және", "ал"). */
function clausesOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let at = 0;
  for (const m of text.matchAll(/[,;]|\s(?=(?:и|а|және|ал)\s)/gu)) {
    out.push({ start: at, text: text.slice(at, m.index) });
    at = (m.index ?? 0) + m[0].length;
  }
  out.push({ start: at, text: text.slice(at) });
  return out;
}

export const CHANGE_METRICS = new Set<MetricId>(['members_left', 'members_joined']);
