import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * Whether the statement a count stands in says what is planned, intended, due or to come rather than what was done: its
 * predicate is a plan ("планируется", "запланировано", "предусмотрено", "предстоит", "будут проведены", "жоспарланған",
 * "жоспарланып отыр", "көзделуде", "өткізу керек", "өткізбекпіз"), a plan heads the count ("Екінші жартыжылдыққа жоспар: 2
 * отырыс"), or a Kazakh task closes it with a verbal noun ("Кемінде 5 отырыс, 7 мониторинг өткізу."). A statement that
 * also tells a deed ("Комиссии провели 5 заседаний, хотя планировалось 6", "Жоспарланған 12 есептің 10-ы тыңдалды") is not
 * one: its counts are the deed's. The statement is the count's part of the sentence between semicolons; quotes and
 * brackets are left out, and a turn ("…, бірақ …", "…, хотя …") ends it. Returns the plan's word, or null.
 */
export function planOfStatement(text: string, start: number, end: number): string | null {
  const lower = lowerCase(text);
  const from = Math.max(text.lastIndexOf(';', start - 1) + 1, ...matchesOf(lower.slice(0, start), CONTRAST).map((m) => m.index + m[0].length));
  const to = Math.min(...[text.indexOf(';', end), ...matchesOf(lower.slice(end), CONTRAST).map((m) => end + m.index)].filter((k) => k >= 0), text.length);
  const statement = lower.slice(from, to).replace(/«[^«»]*»|"[^"]*"|“[^”]*”|\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const plan = PLAN_PREDICATE.exec(statement)?.[0] ?? PLAN_HEADING.exec(statement.slice(0, start - from))?.[1] ?? TASK_CLOSING.exec(statement)?.[0] ?? null;
  if (plan === null) return null;
  // A deed told beside the plan: the count is the deed's (or the plan's that the deed is measured against — the figure's own
  // guard sees to that).
  if (matchesDeed(statement.replace(PLAN_WORDS, (m) => ' '.repeat(m.length)))) return null;
  return plan.trim();
}

/** A turn to another statement inside the sentence: "…, бірақ қазіргі сәтте 14 мүше бар", "…, хотя планировалось 6". */
const CONTRAST = /,\s*(?:бірақ|алайда|ал|но|однако|а|хотя|тогда\s+как|іс\s+жүзінде|фактически)(?![\p{L}])/gu;

/** A plan, an intention, an obligation or the future as the predicate (not "по плану", "запланированных", "жоспардағы"). */
const PLAN_PREDICATE = new RegExp(
  [
    // ru: "планируется", "планируем", "планировалось", "запланировано", "предусмотрены", "намечено", "предстоит", "будут", "намерены", "необходимо", "должны"
    'планиру(?:ется|ются|ем|ет|ют)',
    'планировал(?:ось|ись|ся|ась)',
    '(?:за|)планирован[аоы]?',
    'предусмотрен[аоы]?',
    'намечен[аоы]?',
    'намеча(?:ется|ются)',
    'предстоит',
    'предстоят',
    'будет',
    'будут',
    'намерен[аы]?',
    'необходимо',
    'следует',
    'должн[аоы]?',
    // "По плану на полугодие было 6 мониторингов": the plan's count with "было" (never "проведено по плану 6", a deed).
    'по\\s+плану(?:\\s+на\\s+[\\p{L}]+)?\\s+(?:было|значил[\\p{L}]*|стоял[\\p{L}]*)',
    // kk: "жоспарланған" (predicate at the end), "жоспарланып отыр", "жоспарлануда", "жоспарланды", "көзделген", "көзделіп отыр",
    // "көзделуде", "алдағы", "келесі жылы", "-мақ/-мек/-бақ/-бек/-пақ/-пек" (intention), "тиіс", "керек", "қажет"
    'жоспарлан(?:ған|ып|уда|ды|ады|атын)',
    'жоспарлап\\s+отыр\\p{L}*',
    'көздел(?:ген|іп|уде|ді|еді)',
    'алдағы',
    'келесі\\s+(?:жыл|тоқсан|жартыжылдық|кезең)\\p{L}*',
    // The intention with a person's ending ("өткізбекпіз", "жүргізбекші"), or closing the statement ("жүргізбек."): not a noun
    // or a name of that ending ("көмек", "тамақ", "Нұрбек").
    '(?!көмек|тамақ|жібек)\\p{L}{2,}(?:мақ|мек|бақ|бек|пақ|пек)(?:пыз|піз|шы|ші|шымыз|шіміз|(?=\\s*[.!]?\\s*$))',
    'тиіс\\p{L}*',
    'керек',
    'қажет',
  ].map((w) => `(?<![\\p{L}])${w}(?![\\p{L}])`).join('|'),
  'u',
);
/** A plan naming the counts after it: "Екінші жартыжылдыққа жоспар: 2 отырыс, …", "План на II полугодие: …", "Задачи: …". */
const PLAN_HEADING = /(?<![\p{L}])(жоспар[\p{L}]*|план(?:ы)?|міндеттер[\p{L}]*|задачи)(?![\p{L}])[^.:;\d]{0,40}:[^:]*$/u;
/**
 * A Kazakh task closing with a verbal noun and a full stop: "Кемінде 5 отырыс, 7 мониторинг және 1 қоғамдық тыңдау өткізу."
 * Not the verbal nouns that are the names of the kinds ("қоғамдық тыңдау", "өтініштерді қарау", "азаматтарды қабылдау"), nor
 * a caption with no stop.
 */
const TASK_CLOSING = /(?<![\p{L}])(?:өткізу|жүргізу|ұйымдастыру|дайындау|бекіту)\s*[.!]\s*$/u;
/** The plan's own words, not deeds although past in form ("жоспарланды", "планировалось", "было запланировано", "будут проведены"). */
const PLAN_WORDS = new RegExp(`(?:будет|будут)\\s+[\\p{L}]+|${PLAN_PREDICATE.source}|(?<![\\p{L}])(?:был[аои]?|болды|болатын)(?![\\p{L}])`, 'gu');

/** A deed in the past or the present: "проведено", "провели", "состоялось", "өткізілді", "өтті", "өткізілген жоқ", "қаралуда". */
function matchesDeed(statement: string): boolean {
  // ru (no Kazakh letter): a past verb or a short passive participle ("провели", "состоялось", "проведено", "рассмотрены").
  if (!/[әіңғүұқөһ]/u.test(statement)) return /(?<![\p{L}])[\p{L}]{1,}(?:[аеияыу](?:ли|ло|ла)|лось|лись|лся|лась|ено|ены|ена|ано|аны|ана|ято|яты|ята|ыто|ыты)(?![\p{L}])/u.test(statement);
  // kk: a past verb ("өткізілді", "өтті", "келді", "жүргізді", "өткіздік" — not an adjective's "-дық": "қоғамдық", "аудандық"),
  // a past participle negated ("өткізілген жоқ"), a continuing one ("қаралуда", "жүргізілуде").
  return /(?<![\p{L}])(?!(?:алты|жеті|он\s*алты|он\s*жеті)(?![\p{L}]))[\p{L}]{2,}(?:ды|ді|ты|ті|дым|дім|тым|тім)(?![\p{L}])|(?<![\p{L}])[\p{L}]+(?:зд|рд|ад|ед|ад|тт)(?:ық|ік)(?![\p{L}])|(?:ған|ген|қан|кен)\s+жоқ|[\p{L}]{3,}(?:уда|уде)(?![\p{L}])/u.test(statement);
}
