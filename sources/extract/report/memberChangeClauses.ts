import { findCounts } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isKazakhDocument, tidy } from '../toLines.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { totalOfParts } from './changeParts.ts';
import { planOfStatement } from './plannedCount.ts';
import { type Period, namesPartOutside, yearsOf } from './readPeriod.ts';
import { runningLines } from './runningLines.ts';

/**
 * Leaving the council: "выбыли", "покинул", "вышел", "выведен", "сложил / прекратил полномочия"; "шықты", "шығарылды", "кетті",
 * "шыққандар", and the converb that chains the next change ("бір мүше кеңестен кетіп, орнына бір жаңа мүше бекітілді"); the
 * powers first ("полномочия прекратили 2 члена Совета").
 */
// Going out is leaving only out of the council ("вышли из состава", "из состава вышел", "кеңес құрамынан шықты"), never "на мониторинг вышли 2
// члена Совета", "мониторингке шықты".
export const MEMBER_LEFT = /(?<![\p{L}])(?:выбыл[\p{L}]*|покинул[\p{L}]*|(?:вышл[аои]|вышел)\s+из|из\s+(?:состава|совета|ос)(?:\s+[\p{L}]+){0,4}?\s+(?:вышл[аои]|вышел)|выведен[\p{L}]*|исключен(?!и[еяий])[\p{L}]*|исключ[её]н|отозван[\p{L}]*|сложил[\p{L}]*\s+(?:свои\s+)?полномочи[\p{L}]*|(?:кеңес|құрам|мүшелік)[\p{L}]*(?:нан|нен|тан|тен|дан|ден)\s+(?:[\p{L}]+\s+){0,8}?(?:шықты|шығарылды|шығып\s+кетті|кетті|шыққандар|шығарылғандар|шығып|кетіп|шығарылып)|прекратил[\p{L}]*\s+(?:свои\s+)?полномочи[\p{L}]*|полномочи[\p{L}]*\s+(?:досрочно\s+)?(?:прекратил|сложил)[\p{L}]*|(?:шықты|шығарылды|кетті)\s+(?:[\p{L}]+\s+){0,2}?(?:кеңес|құрам)[\p{L}]*(?:нан|нен|тан|тен|дан|ден)|кері\s+шақырылды)(?![\p{L}])/u;
/** Joining it: "введены", "включён", "избраны", "принят", "кооптирован", "вошли … новых" (never "В состав вошли 11 человек:", the
 * composition at formation); "енгізілді", "қабылданды", "сайланды", "қосылды", "енгізілгендер". */
// Never the verbal noun ("в связи с избранием депутатом", "принятие решения"): no one joined.
export const MEMBER_JOINED = /(?<![\p{L}])(?:введен(?!и[еяюй])[\p{L}]*|введ[её]н|включен(?!и[еяюй])[\p{L}]*|включ[её]н|избран(?!и[еяюй])[\p{L}]*|принят(?!и[еяюй])[\p{L}]*|кооптирован[\p{L}]*|вошл[аио](?=[^,;:]*?нов)|вош[её]л(?=[^,;:]*?нов)|енгізілді|қабылданды|сайланды|қосылды|енгізілгендер|қабылданғандар)(?![\p{L}])/u;
/** What is left or joined: the council or its composition ("из состава Совета", "покинул Совет", "кеңес құрамынан", "мүшеліктен"). */
const COUNCIL = /(?<![\p{L}])(?:состав[\p{L}]*|совет[\p{L}]*|ос(?![\p{L}])|кеңес[\p{L}]*|құрам[\p{L}]*|мүшелік[\p{L}]*)/u;
/**
 * Leaving or joining a MEETING, not the council ("один член Совета покинул заседание до окончания", "ушла с заседания после
 * второго вопроса", "вышел из зала", "бір мүше отырыстан ерте кетті", "мәжіліске кешігіп қосылды", "к заседанию
 * присоединился"): attendance, no change of composition.
 */
const MEETING_MOVE = /(?<![\p{L}])(?:(?:покинул[\p{L}]*|ушл[аои]|уш[её]л|вышл[аои]|вышел|удалил[\p{L}]*|отключил[\p{L}]*)\s+(?:[\p{L}]+\s+){0,2}?(?:(?:с|из|со)\s+)?(?:заседани|собрани|совещани|зал|мероприяти|сессии)|(?:отырыс|мәжіліс|жиналыс|зал)[\p{L}]*(?:нан|нен|тан|тен|дан|ден)\s+(?:[\p{L}]+\s+){0,2}?(?:кетті|шықты|шығып|кетіп)|(?:отырыс|мәжіліс|жиналыс)[\p{L}]*(?:ға|ге|қа|ке)\s+(?:[\p{L}]+\s+){0,2}?қосылды|к\s+(?:заседани|собрани)[\p{L}]*\s+(?:[\p{L}]+\s+){0,1}?(?:присоединил|подключил)[\p{L}]*)/u;
/** Another body's membership changed ("из состава комиссии выбыли двое", "жұмыс тобына 2 мүше енгізілді"): not the council's. */
const OTHER_BODY = /(?:комисси|рабоч[\p{L}]*\s+групп|жұмыс\s+тоб|президиум|төралқа|секретариат|хатшылы|экспертн|штаб|жюри)/u;
/** The count's members after it ("один член", "2 новых члена", "одна новая участница", "бір мүше", "екі жаңа мүше"), or none: a collective numeral ("выбыли двое"). */
const MEMBERS_AFTER = /^(?:-?[\p{L}]{1,4})?\s+(?:(?:нов[\p{L}]*|жаңа)\s+)?(?:член[\p{L}]*|человек[\p{L}]*|мүше[\p{L}]*|адам[\p{L}]*|участни[кц][\p{L}]*)(?![\p{L}])/u;
const COLLECTIVE = /^(?:двое|трое|четверо|пятеро|шестеро|семеро|екеуі|үшеуі|төртеуі|бесеуі|алтауы|жетеуі)$/u;
/** One new member in the singular, no numeral: "в состав введён новый член", "принята новая участница" is none (no member's noun). */
const ONE_NEW = /(?<![\p{L}])(?:(?:введ[её]н|введена|включ[её]н|включена|избран|избрана|принят|принята|кооптирован|кооптирована)\s+(?:[\p{L}]+\s+){0,2}?нов(?:ый|ая)\s+член(?![\p{L}])|нов(?:ый|ая)\s+член\s+(?:[\p{L}]+\s+){0,3}?(?:введ[её]н|введена|включ[её]н|включена|избран|избрана|принят|принята|кооптирован|кооптирована)(?![\p{L}]))/u;

/**
 * Members who left or joined, counted in the clause that tells the change, in any word order: "В мае один член покинул
 * Совет", "из состава Совета выбыли двое (один – по личному заявлению, второй – …)", "Тоқсан ішінде бір мүше … өз
 * өтінішімен кеңес құрамынан шықты"; and one new member in the singular, no numeral, "в состав введён новый член". A
 * clause holding one count, the members' noun after it (or a collective numeral alone), the verb of leaving or joining and
 * the council or its composition named — never another body's membership, another year's or another part's change, a plan,
 * nor a clause with a second number ("из 15 членов выбыл 1"). Only when the report tells exactly one such change of the
 * kind and states no figure nor candidate of it; brackets are left out of the clause (their words explain the change).
 */
export function readMemberChangeClauses(lines: string[], inTable: Set<number>, figures: ReportFigure[], candidates: ReportCandidate[], period: Period | null): ReportFigure[] {
  const kinds = ([['members_left', MEMBER_LEFT], ['members_joined', MEMBER_JOINED]] as [MetricId, RegExp][]).filter(([metric]) => ![...figures, ...candidates].some((f) => f.metric === metric));
  if (kinds.length === 0) return [];
  const kazakh = isKazakhDocument(lines);
  const periodYears = period === null ? [] : yearsOf(period);
  const told = new Map<MetricId, ReportFigure[]>(kinds.map(([metric]) => [metric, []]));
  for (const unit of runningLines(lines, inTable)) {
    const masked = maskNeverCounts(unit.text);
    if (!COUNCIL.test(lowerCase(masked))) continue;
    for (const sentence of sentencesOf(masked)) {
      // The brackets' words explain the change ("(один – по личному заявлению, второй – …)"), they tell none of their own.
      const lower = lowerCase(sentence.text).replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length));
      const written = unit.text.slice(sentence.start, sentence.start + sentence.text.length);
      if (matchesOf(written, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).some((y) => !periodYears.includes(Number(y[0])))) continue;
      let from = 0;
      const clauses = lower.split(/[,;:]/u);
      // A change told in a clause of this sentence, its council and members named: a later clause may leave them out
      // ("в состав Совета введены 2 новых члена, выбыли 2").
      let toldBefore = false;
      for (const [k, whole] of clauses.entries()) {
        const at = from;
        from += whole.length + 1;
        // The verb after a comma in a Kazakh sentence ("құрамынан бір мүше (…) өз еркімен, басқа жұмысқа ауысуына
        // байланысты шықты"): the clause runs on to the next one with a verb, when that one holds no count of its own.
        const clause = delayedVerb(whole, clauses.slice(k + 1), kazakh);
        const elided = !COUNCIL.test(clause) && toldBefore;
        if ((!COUNCIL.test(clause) && !elided) || OTHER_BODY.test(clause) || MEETING_MOVE.test(clause) || namesPartOutside(clause, period)) continue;
        for (const [metric, verb] of kinds) {
          if (!verb.test(clause) || (metric === 'members_left' ? MEMBER_JOINED : MEMBER_LEFT).test(clause)) continue;
          const count = countOf(clause, kazakh, metric, elided);
          if (count === null) continue;
          // "Из состава Совета один член вышел по собственному желанию, двое — по состоянию здоровья": the parts' sum.
          const value = totalOfParts(lower, at + (findCounts(whole, { kazakh })[0]?.start ?? 0), metric, kazakh) ?? count;
          if (planOfStatement(lower, at, at + clause.length) !== null) continue;
          const line = unit.first + unit.starts.filter((s) => s <= sentence.start + at).length;
          told.get(metric)!.push({ metric, value, line, text: tidy(written).slice(0, 300) });
        }
        toldBefore ||= COUNCIL.test(clause) && (MEMBER_LEFT.test(clause) || MEMBER_JOINED.test(clause)) && countOf(clause, kazakh, 'members_left') !== null;
      }
    }
  }
  return [...told.values()].flatMap((found) => (found.length === 1 ? found : []));
}

/**
 * The clause's one count of members, 1 for one new member in the singular, or null. A bare count ends the clause when
 * the members are named in a clause before it (`elided`: "…введены 2 новых члена, выбыли 2") or when it is a label's
 * value after its dash ("Кеңес құрамынан шыққандар – 1").
 */
function countOf(clause: string, kazakh: boolean, metric: MetricId, elided = false): number | null {
  const counts = findCounts(clause, { kazakh });
  // An elided clause's new member in the singular may be the place of several who left ("выбыли 2 члена, на их место
  // введён новый член"): only a count is read there.
  if (counts.length === 0) return metric === 'members_joined' && !elided && ONE_NEW.test(clause) ? 1 : null;
  if (counts.length !== 1) return null;
  const [c] = counts;
  const after = clause.slice(c.end);
  if (MEMBERS_AFTER.test(after)) return c.value;
  const bare = /^\s*$/u.test(after.replace(/[.!?]\s*$/u, ''));
  if (bare && (elided || LABEL_DASH.test(clause.slice(0, c.start)))) return c.value;
  return COLLECTIVE.test(clause.slice(c.start, c.end)) && bare ? c.value : null;
}

/** A change's label and its dash before the count: "шыққандар – ", "енгізілгендер – ", "выбыло – ". */
const LABEL_DASH = /(?:шыққандар|шығарылғандар|енгізілгендер|қабылданғандар|выбыло|введено|выбывш[\p{L}]*|введенн[\p{L}]*)\s*[-–—]\s*$/u;

/**
 * A Kazakh clause with the council, a count of members and no verb, run on to the next clause that holds the verb of
 * leaving or joining and no number ("бір мүше (…) өз еркімен, басқа жұмысқа ауысуына байланысты шықты"); any other clause
 * as it is.
 */
function delayedVerb(clause: string, rest: string[], kazakh: boolean): string {
  if (!kazakh || MEMBER_LEFT.test(clause) || MEMBER_JOINED.test(clause) || !COUNCIL.test(clause) || countOf(clause, kazakh, 'members_left') === null) return clause;
  const next = rest[0];
  if (next === undefined || findCounts(next, { kazakh }).length > 0) return clause;
  const joined = `${clause} ${next}`;
  return MEMBER_LEFT.test(joined) || MEMBER_JOINED.test(joined) ? joined : clause;
}
