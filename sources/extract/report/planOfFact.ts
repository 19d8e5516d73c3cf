import { COUNT_SOURCE, parseCount } from '../parseCount.ts';

/**
 * The plan a fact is told as a part of, in Kazakh: "Жылдық жоспардағы 10 мониторингтің 4-еуі орындалды", "жоспарланған
 * 6 отырыстың 5-еуі өткізілді" — M of the plan (the noun in the genitive), N of them done. The plan's number is
 * masked (U+E000, as maskNeverCounts does) and the done number put before its noun ("4-еуі мониторингтің"), the order
 * the figure grammar reads a count in; the line keeps its length. `plans` tells, by where the done number now stands,
 * the plan's value, for the grammar to offer it as a candidate. Only when a done verb closes the clause:
 * "10 мониторингтің 4-еуі келесі жылға ауыстырылды" says nothing was done. `masked` is the line after maskNeverCounts.
 */
export function maskPlanOfFact(masked: string): { text: string; plans: Map<number, number>; origins: Map<number, number> } {
  const plans = new Map<number, number>();
  // Where each done number moved to (the key, as in `plans`) stood in the line as written: what a figure's doubts read of
  // the sentence around it is read around its own place.
  const origins = new Map<number, number>();
  const text = masked.replace(PLAN_OF_FACT, (_all: string, plan: string, gap: string, noun: string, space: string, fact: string, at: number) => {
    const value = parseCount(plan);
    if (value !== null) plans.set(at + plan.length + space.length, value);
    if (value !== null) origins.set(at + plan.length + space.length, at + plan.length + gap.length + noun.length + space.length);
    // The done number before the words of its noun too ("⊡ 4-еуі қоғамдық мониторингтің").
    return `${'\uE000'.repeat(plan.length)}${space}${fact}${gap}${noun}`;
  });
  const told = text.replace(PLAN_OF_FACT_RU, (all: string, plan: string, noun: string, verb: string, fact: string, at: number) => {
    const value = parseCount(plan);
    if (value === null) return all;
    const read = `${verb} ${fact} ${noun}`;
    plans.set(at + all.length - read.length + verb.length + 1, value);
    origins.set(at + all.length - read.length + verb.length + 1, at + all.length - fact.length);
    return `${'\uE000'.repeat(plan.length)}${' '.repeat(all.length - plan.length - read.length)}${read}`;
  });
  // "Запланировано 5 заседаний, проведено 4", "По плану – 3 заседания Совета, фактически проведено 4" (set 174), "Из 5
  // запланированных отчётов заслушано 4", "Кеңестің 6 отырысы
  // жоспарланды, оның бесеуі өтті": the plan first, then the count done with its noun left out — rewritten as above.
  const stated = told.replace(PLAN_THEN_FACT, (all: string, plan1: string | undefined, noun1: string | undefined, plan2: string | undefined, noun2: string | undefined, plan3: string | undefined, noun3: string | undefined, verb: string, fact: string, at: number) => {
    const plan = plan1 ?? plan2 ?? plan3 ?? '';
    const noun = noun1 ?? noun2 ?? noun3 ?? '';
    const value = parseCount(plan);
    if (value === null) return all;
    const read = `${verb} ${fact} ${noun}`;
    if (read.length > all.length - plan.length) return all;
    plans.set(at + all.length - read.length + verb.length + 1, value);
    origins.set(at + all.length - read.length + verb.length + 1, at + all.length - fact.length);
    return `${'\uE000'.repeat(plan.length)}${' '.repeat(all.length - plan.length - read.length)}${read}`;
  }).replace(PLAN_THEN_FACT_KK, (all: string, plan: string, noun: string, fact: string, verb: string, at: number) => {
    const value = parseCount(plan);
    if (value === null) return all;
    const read = `${fact} ${noun} ${verb}`;
    if (read.length > all.length - plan.length) return all;
    plans.set(at + all.length - read.length, value);
    origins.set(at + all.length - read.length, at + all.lastIndexOf(fact, all.length - verb.length - 1));
    return `${'\uE000'.repeat(plan.length)}${' '.repeat(all.length - plan.length - read.length)}${read}`;
  });
  // "он мониторингтің біреуі ғана қалып қойды" (only one of the ten was left undone), "10 мониторингтің 1-еуі келесі
  // жылға ауыстырылды": neither number counts what was held; both are masked, the noun and the verb stay.
  // Most lines hold no such verb: the pattern (a number's every written form, twice) is not tried on them.
  const undone = !UNDONE_VERB.test(stated) ? stated : stated.replace(PLAN_OF_UNDONE, (_all: string, whole: string, gap: string, noun: string, space: string, part: string) =>
    `${whole.replace(/\S/gu, '\uE000')}${gap}${noun}${space}${part.replace(/\S/gu, '\uE000')}`);
  return { text: undone, plans, origins };
}

/**
 * The same in Russian, the plan set off by a participle: "Из четырех заседаний, предусмотренных планом на полугодие,
 * проведено три" — rewritten "(masked) … проведено три заседаний", the done number before its noun, the line's length
 * kept. Only a done verb ("проведено", "состоялось"); "из них перенесено два" says nothing was done.
 */
const PLAN_OF_FACT_RU = new RegExp(
  String.raw`(?<![\p{L}])(?<=из\s+)(${COUNT_SOURCE})\s+([\p{L}]+)\s*,\s*(?:предусмотренн|запланированн|намеченн)[\p{L}]*(?:\s+[^\s,.;:\d\uE000]+){0,4}\s*,\s+(проведен[оаы]?|состоял(?:ось|ись|ся|ась)|прошл[оаи])\s+(${COUNT_SOURCE})(?=\s*(?:[,.;:(]|$))`,
  'giu',
);

/**
 * The plan, then the count done with the plan's noun left out: "Запланировано 5 заседаний, проведено 4", "По плану на
 * полугодие было 6 мониторингов, из них проведено 5", "Предусмотрено
 * планом 6 мониторингов, фактически проведено 5", "Из 5 запланированных отчётов заслушано 4", "Из запланированных на 9
 * месяцев 7 заседаний Совета состоялось 6" (set 169: the plan's span between the participle and its count). Only a done verb and the
 * done count closing its clause: "запланировано 4 мониторинга, перенесено 2" says nothing was done.
 */
const DONE_RU = String.raw`проведен[оаы]?|состоял(?:ось|ись|ся|ась)|прошл[оаи]|заслушан[оаы]?|организован[оаы]?|рассмотрен[оаы]?`;
const PLAN_THEN_FACT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:запланирован[оаы]?|предусмотрен[оаы]?|намечен[оаы]?|по\s+плану(?:\s+на\s+[\p{L}]+)?\s+(?:было|был[аи]?|значил[\p{L}]*|стоял[\p{L}]*)|по\s+плану\s*[-–—:])(?:\s+(?:планом|в\s+плане|на\s+[\p{L}]+))?\s+(${COUNT_SOURCE})\s+([\p{L}]+)(?:\s+[^\s,.;:\d\uE000]+){0,3}?|из\s+(?<=из\s+)(${COUNT_SOURCE})\s+(?:запланированн|предусмотренн|намеченн)[\p{L}]*\s+([\p{L}]+)(?:\s+[^\s,.;:\d\uE000]+){0,3}?|из\s+(?:запланированн|предусмотренн|намеченн)[\p{L}]*(?:\s+[^\s,.;:\d]+){0,3}?\s+(${COUNT_SOURCE})\s+([\p{L}]+)(?:\s+[^\s,.;:\d\uE000]+){0,3}?)\s*[,;]?\s+(?:а\s+|из\s+них\s+)?(?:фактически\s+)?(${DONE_RU})\s+(${COUNT_SOURCE})(?=\s*(?:[,.;:(]|$))`,
  'giu',
);
/** Kazakh: "Кеңестің 6 отырысы жоспарланды, оның бесеуі өтті", "5 мониторинг жоспарланған, оның 4-еуі жүргізілді". */
const PLAN_THEN_FACT_KK = new RegExp(
  String.raw`(?<![\d.,\p{L}])(${COUNT_SOURCE})\s+([\p{L}-]+)\s+(?:жоспарланды|жоспарланған(?:\s+еді)?|көзделді|көзделген)\s*,\s*(?:оның|олардың)\s+(\d{1,3}-?(?:і|ы|еуі|уі|сі|сы)?|(?:${COUNT_SOURCE}))\s+(өтті|өткізілді|жүргізілді|ұйымдастырылды|тыңдалды|орындалды)(?![\p{L}])`,
  'giu',
);

const N = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})*';
// The plan's number, a noun in the genitive (a word may stand before it), the done number with its possessive (in digits
// or in words: "2 қоғамдық тыңдаудың екеуі де өтті"), at most two words, a done verb.
const PLAN_OF_FACT = new RegExp(
  `(?<![\\d.,\\p{L}])(${N})(\\s+(?:[\\p{L}-]+\\s+)?)([\\p{L}-]+(?:тің|тың|нің|ның|дің|дың))(\\s+)(${N}-?(?:і|ы|еуі|уі|сі|сы)?|(?<![\\p{L}])(?:${COUNT_SOURCE}))(?=(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:орындалды|өткізілді|жүргізілді|өтті|ұйымдастырылды|өткізді|жүргізді|ұйымдастырды|тыңдалды|тыңдадық|тыңдады)(?![\\p{L}]))`,
  'giu',
);

const UNDONE_VERB = /(?:қалып\s+қойды|қалды|өткізілмеді|жүргізілмеді|орындалмады|ауыстырылды|қалдырылды)(?![\p{L}])/u;
// The whole (digits or words), a noun in the genitive, the part (digits or words with their possessive), at most three
// words, a verb of not done.
const PLAN_OF_UNDONE = new RegExp(
  `(?<![\\d.,\\p{L}])((?:${COUNT_SOURCE})|он(?![\\p{L}]))(\\s+(?:[\\p{L}-]+\\s+)?)([\\p{L}-]+(?:тің|тың|нің|ның|дің|дың))(\\s+)((?:${COUNT_SOURCE}))(?=(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:қалып\\s+қойды|қалды|өткізілмеді|жүргізілмеді|орындалмады|ауыстырылды|кейінге\\s+қалдырылды)(?![\\p{L}]))`,
  'giu',
);

/** A plan's, a fact's and a fulfilment's names in a legend or a cell ("ПЛАН / ФАКТ / %", "жоспар / нақты / орындалуы"). */
const PLAN_WORD = /^(?:план[\p{L}]*|прогноз[\p{L}]*|жоспар[\p{L}]*|целев[\p{L}]*\s+значени[\p{L}]*)$/iu;
const FACT_WORD = /^(?:факт[\p{L}]*|нақты|орындалды|орындалғаны|исполнено|выполнено)$/iu;
const SHARE_WORD = /^(?:%|%\s*(?:выполнени|исполнени|орындал)[\p{L}]*|(?:выполнени|исполнени|орындал)[\p{L}]*(?:\s*,?\s*%)?|процент[\p{L}]*)$/iu;
/** The legend's fields: "Форма записи: показатель, ед. изм. – ПЛАН / ФАКТ / % выполнения" → ["ПЛАН", "ФАКТ", "% выполнения"]. */
const LEGEND = /(?:^|[:–—(-]\s*)((?:[\p{L}%][\p{L}\s%.]{0,25}?\s*\/\s*){1,2}[\p{L}%][\p{L}\s%.,]{0,25}?)\s*\)?\s*$/u;
const CELL = String.raw`(?:(?:план|прогноз|жоспар|факт|нақты)\s*[-–—:]?\s*)?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:,\d+)?\s*%?|[-–—]`;
/** A KPI line's cells after a leader of dots or a dash: "…… 6 / 7 / 116,7 %", "… прогноз 60 / факт 73 / 121,7 %", "…… – / 41 / –". */
const KPI_LINE = new RegExp(String.raw`^(.*?\p{L}.*?(?:[ \t]*(?:[.·…_][ \t]?){3,}[ \t]*|\s[-–—]\s))((?:${CELL})(?:\s*\/\s*(?:${CELL})){1,2})\s*\.?\s*$`, 'iu');
/**
 * What a written-out line calls its fact: "факт", "нақты", or the verb of done as a participle or a past ("выполнено",
 * "проведено", "фактически проведено", "орындалды", "нақты өткізілді", "өткізілгені").
 */
const FACT_NAME = String.raw`факт(?:ически(?:\s+(?:проведено|выполнено))?)?|нақты(?:\s+(?:өткізілді|орындалды|өткізілгені|орындалғаны))?|орындалды|орындалғаны|өткізілді|өткізілгені|выполнено|проведено|исполнено`;
/**
 * The written-out line: "– план 10; факт 9; выполнение 90 %." (it may go on to the next line after "план 10;"), or its
 * label ended by a colon, the fact called by its verb: "– Кеңес отырыстары: жоспар – 4, нақты өткізілді – 4 (№ 1–4
 * хаттамалар);", "– мониторинги: план – 6, проведено – 5;" — a bracket of words after the fact, or of the protocols'
 * numbers, is its note; any other number after it leaves the line as it is.
 */
const SPELLED = new RegExp(String.raw`^(.*?\p{L}.*?(?:\s[-–—]\s*|:\s*))(план|прогноз|жоспар|запланировано|жоспарланғаны)\s*[-–—:]?\s*(\d{1,4}|[-–—])\s*[;,/]\s*(${FACT_NAME})\s*[-–—:]?\s*(\d{1,4})\s*(?:[;,/]\s*(?:выполнение|исполнение|орындалуы)?\s*[-–—:]?\s*(\d{1,4}(?:,\d+)?\s*%|[-–—]))?\s*(?:\([^()\d]*(?:№\s*[\d\s,–—-]+[^()\d]*)?\))?\s*[.;]?\s*$`, 'iu');

/**
 * A list of KPI lines, each the plan, the fact and the fulfilment of one indicator ("1.1. Заседания Общественного совета,
 * ед. ...... 6 / 7 / 116,7 %"), the order told once by a legend above ("Форма записи: … – ПЛАН / ФАКТ / % выполнения"),
 * rewritten with the fact alone ("… ...... 7"), the row a dot-leader reader reads. A cell may name itself ("прогноз 60 /
 * факт 73"), a line may spell the three out ("– план 10; факт 9; выполнение 90 %."). Without a legend or a cell's name
 * the numbers are not known apart and stay as they are; so do a fact that is a share or a decimal ("80 / 84,3 / 105,4
 * %"), and a line whose percentage is not its fact over its plan (the order is not the legend's).
 */
export function keepKpiFacts(lines: string[]): string[] {
  let order: { plan: number; fact: number; share: number; size: number } | null = null;
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    const legend = /\//u.test(line) && /(?:план|жоспар|прогноз)/iu.test(line) && /(?:факт|нақты|орындал)/iu.test(line) ? LEGEND.exec(line) : null;
    if (legend) {
      const fields = legend[1].split('/').map((f) => f.trim());
      const plan = fields.findIndex((f) => PLAN_WORD.test(f));
      const fact = fields.findIndex((f) => FACT_WORD.test(f));
      const share = fields.findIndex((f) => SHARE_WORD.test(f));
      if (plan >= 0 && fact >= 0 && fields.every((f, k) => k === plan || k === fact || k === share)) {
        order = { plan, fact, share, size: fields.length };
        continue;
      }
    }
    // Most lines name no plan and split no cells: the patterns below are not tried on them.
    const planned = /(?:план|прогноз|жоспар)/iu.test(line);
    if (!planned && !(order !== null && line.includes('/'))) continue;
    // "– план 10;" / "факт 9; выполнение 90 %.": the line read with the next one it goes on to.
    const joined = /(?:план|прогноз|жоспар)\s*[-–—:]?\s*\d{1,4}\s*;\s*$/iu.test(line) && /^\s*(?:факт|нақты)/iu.test(out[i + 1] ?? '') ? `${line.trimEnd()} ${out[i + 1].trim()}` : line;
    const owned = planned ? planOfLabel(line) : null;
    if (owned !== null) {
      out[i] = owned;
      continue;
    }
    const spelled = planned ? SPELLED.exec(joined) : null;
    if (spelled) {
      const plan = /^\d/u.test(spelled[3]) ? Number(spelled[3]) : null;
      const fact = Number(spelled[5]);
      if (!fitsShare(plan, fact, spelled[6])) continue;
      out[i] = rowSentence(spelled[1], String(fact));
      if (joined !== line) out[i + 1] = '';
      continue;
    }
    const row = line.includes('/') ? KPI_LINE.exec(line) : null;
    if (!row) continue;
    // "Доля рекомендаций …, % …… 70 / 74 / 105,7 %": an indicator measured in per cent has no count.
    if (/%[\s.·…_]*$/u.test(row[1])) continue;
    const cells = row[2].split('/').map((c) => c.trim());
    const named = cells.map((c) => /^(?:факт|нақты)/iu.test(c) ? 'fact' : /^(?:план|прогноз|жоспар)/iu.test(c) ? 'plan' : null);
    const factAt = named.includes('fact') ? named.indexOf('fact') : order !== null && order.size === cells.length ? order.fact : -1;
    if (factAt < 0) continue;
    const planAt = named.includes('plan') ? named.indexOf('plan') : order !== null && order.size === cells.length ? order.plan : -1;
    const bare = (c: string | undefined) => (c ?? '').replace(/^\p{L}+\s*[-–—:]?\s*/u, '');
    const fact = bare(cells[factAt]);
    // A share or a decimal ("84,3", "146,5 тыс. просмотров") is no count.
    if (!/^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})$/u.test(fact)) continue;
    const plan = bare(cells[planAt]);
    const shareCell = cells.find((c, k) => k !== factAt && k !== planAt);
    const value = parseCount(fact);
    if (value === null || !fitsShare(/^\d/u.test(plan) && !/[,%]/u.test(plan) ? parseCount(plan) : null, value, shareCell)) continue;
    out[i] = rowSentence(row[1], fact);
    // "5.1. Публикации … – 212" over "     Instagram – 120, Telegram – 64, …": the platforms set in under the row are its parts, as after a colon.
    if (PLATFORMS_UNDER.test(out[i + 1] ?? '')) out[i] = out[i].replace(/\.$/u, ':');
  }
  return out;
}

/**
 * The plan named as the label's own, then the fact: "Жарияланымдар жоспары – 100, нақты – 112 (112 %): Instagram – 60, …",
 * "Мониторинг жоспар бойынша – 8, нақты өткізілгені – 9", "Публикаций по плану – 100, фактически – 112", "План публикаций –
 * 100, факт – 112". The label took the plan's number (the first after it); the line is rewritten "Жарияланымдар – 112: …",
 * the fact its label's count, whatever follows (the platforms after a colon are its parts). A share after the fact must be
 * the fact over the plan (else neither number is read); a number other than the share between the fact and the rest leaves
 * the line as it is.
 */
// (The label may close with its colon: "Мониторингов: по плану – 6, проведено – 5", "Комиссия отырыстары: жоспар бойынша – 9,
// өткізілгені – 7". After the fact, a note in brackets or a clause of its own may go on: "…, проведено – 7 (в т.ч. одно
// выездное …), 2 не состоялись из-за отсутствия кворума", set 169.)
const PLAN_AFTER_LABEL = new RegExp(String.raw`^(\s*(?:[-–—•·*]\s*)?[\p{L}][^\d:;]*?):?\s+(?:жоспары|жоспар\s+бойынша|по\s+плану|план)\s*[-–—:]\s*(\d{1,4})\s*[;,]\s*(?:ал\s+|а\s+)?(?:${FACT_NAME})\s*[-–—:]\s*(\d{1,4})(?:\s*\(\s*(\d{1,4}(?:,\d+)?\s*%)\s*\))?(?=\s*(?:[.;:,]|\((?![^()]*%)|$))`, 'iu');
const PLAN_BEFORE_LABEL = new RegExp(String.raw`^(\s*(?:[-–—•·*]\s*)?)план\s+([\p{L}][\p{L}\s]*?)\s*[-–—:]\s*(\d{1,4})\s*[;,]\s*(?:а\s+)?(?:${FACT_NAME})\s*[-–—:]\s*(\d{1,4})(?:\s*\(\s*(\d{1,4}(?:,\d+)?\s*%)\s*\))?(?=\s*(?:[.;:]|$))`, 'iu');

function planOfLabel(line: string): string | null {
  const after = PLAN_AFTER_LABEL.exec(line);
  const before = after ? null : PLAN_BEFORE_LABEL.exec(line);
  const m = after ?? before;
  if (!m) return null;
  const [label, plan, fact, share] = after ? [after[1], after[2], after[3], after[4]] : [`${before![1]}${before![2]}`, before![3], before![4], before![5]];
  const capital = before ? label.replace(/\p{L}/u, (c) => c.toUpperCase()) : label;
  // (A share that is not the fact over the plan: the numbers are not known apart — neither is read, the plan least of all.)
  if (!fitsShare(Number(plan), Number(fact), share)) return `${capital}.${' '.repeat(Math.max(0, m[0].length - capital.length - 1))}${line.slice(m[0].length)}`;
  return `${capital} – ${fact}${line.slice(m[0].length)}`;
}

/**
 * The KPI line as the sentence of its fact, "1.2. Заседания президиума – 4.": each line is a row of its own (the legend
 * says so), read by the figure grammar whatever stands between the lines (a note under a row, an indicator in per cent).
 */
function rowSentence(label: string, fact: string): string {
  return `${label.replace(/(?:[ \t]*(?:[.·…_][ \t]?){3,}[ \t]*|\s[-–—]\s*|\s*:\s*)$/u, '').replace(/,\s*(?:ед|шт|бірл|дана)\.?\s*$/iu, '')} – ${fact}.`;
}

/** A line set in under a KPI row that opens with a platform and its count ("     Instagram – 120, Telegram – 64"). */
const PLATFORMS_UNDER = /^\s+(?:instagram|facebook|telegram|threads|tiktok|youtube|vk|сайт)[^\d]{0,30}[-–—:]\s*\d/iu;

/** Whether a fulfilment share agrees with the fact over the plan, to its rounding ("6 / 7 / 116,7 %"); a share not given, or a plan not set, agrees. */
function fitsShare(plan: number | null, fact: number, share: string | undefined): boolean {
  const percent = /^(\d{1,4}(?:,\d+)?)\s*%$/u.exec((share ?? '').trim());
  if (percent === null || plan === null || plan === 0) return true;
  const decimals = percent[1].split(',')[1]?.length ?? 0;
  return Math.abs((fact / plan) * 100 - Number(percent[1].replace(',', '.'))) <= 0.5 * 10 ** -decimals + 1e-9;
}
