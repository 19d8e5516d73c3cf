import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { isKazakh, languageIsKazakh, tidy } from '../toLines.ts';
import type { ExtractIssue, ProtocolVote } from '../types.ts';
import { DECIDED, MAJORITY, MOTION, NOT_VOTED, POINT_NEW, PROPOSAL_REJECTED, QUESTION_NEW, REPORTED_SPEECH, SECTION_DECIDED, SECTION_NEW, SHOW_OF_HANDS, UNANIMOUS, VOTE_EXCEPT, VOTE_HEADING, VOTE_HEADING_CLOSING, VOTE_LABEL_IN_LINE, VOTE_LABELS, VOTE_LEAD, VOTE_NONE, VOTE_VOIDED } from './lexicon.ts';
import { declaredIn } from './declaredIn.ts';
import { INITIALS, NAME_WORD, re } from './re.ts';
import { declareByQuestion } from './declareByQuestion.ts';
import { asTables, readMemberVoteTables } from './readMemberVoteTable.ts';
import { readDialogueVotes } from './readDialogueVotes.ts';
import { presenceByLine } from './presenceByLine.ts';
import { readVoteByException } from './readVoteByException.ts';
import { countedUnanimous } from './countedUnanimous.ts';
import { countsOfCounts } from './countsOfCounts.ts';
import { questionBetween, translationBetween } from './translationBetween.ts';
import { oneForTranslatedVersion, sameVoteTold, takeTranslation } from './translatedVersion.ts';
import { readNameLists, readRollCalls } from './readRollCall.ts';
import { readCandidateTallies } from './readCandidateTallies.ts';
import { readAlternativeTallies } from './readAlternativeTallies.ts';
import { readSlashedVotes, readVoteLegends } from './readVoteLegend.ts';
import { oneForRestatedRuns, readQuestionRuns } from './readQuestionRuns.ts';
import { readVoteTables, type LocatedVote as Located, type TableRead } from './readVoteTable.ts';
import { readVoteColumnTables } from './readVoteColumn.ts';
import { readTickGrids } from './readTickGrid.ts';
import { decisionItemsAfter } from './decisionItems.ts';
import { agendaVoteAndQuestionRow } from './voteQuestions.ts';
import { declareByCandidate } from './declareByCandidate.ts';
import { holesForUnreadVotes } from './unreadVotes.ts';
import { joinVoteHalves } from './voteHalves.ts';
import { isOtherBodysVote } from './otherBodysVote.ts';
import type { VoteDeclared } from '../types.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { partOfWhole, withVoteShares, withVoteSums } from './voteArithmetic.ts';

interface Counts {
  for: number | null;
  against: number | null;
  abstain: number | null;
  unanimous: boolean;
  strong: boolean;
  /** Why a count on the line was not taken: "за – 12 (тринадцать)" says two things. */
  doubts: string[];
}

const NO_COUNTS = (): Counts => ({ for: null, against: null, abstain: null, unanimous: false, strong: false, doubts: [] });

const LABELS = re(VOTE_LABELS.map((l) => `(${l.source})`).join('|'), 'giu');
// "«За» проголосовали 6 членов комиссии": the verb between the label and its count; "қолдағандар саны – 11": the number of.
// "против высказался один": the verb of saying so between.
const VALUE_SOURCE = `^[\\s?!/:.\\-–—=»"”)(]*(?:(?:было|составило|проголосовал[\\p{L}]*|высказал(?:ся|ись|ась))\\s+|саны\\s*[:\\-–—=]?\\s*)?(${N}|${UNANIMOUS})`;
const VALUE = re(VALUE_SOURCE, 'iu');
/** "жақтап – он, қарсы – жоқ": in a Kazakh line "он" alone after a label is ten (COUNT_SOURCE leaves it out, Russian "he"). */
// (The next label's quote may follow it: "«Жақтап» – он «Қарсы» – екі", a stacked block read as one line.)
const VALUE_KK = re(`${VALUE_SOURCE.slice(0, -1)}|(?<![\\p{L}])он(?=\\s*(?:[,;.)«"“„]|$)))`, 'iu');
/** A Kazakh label: the count after it is read in Kazakh ("«Жақтап» – он" alone on its line, too short to tell its language). */
const KAZAKH_LABEL = re('жақта|қарсы|қалыс|қолда');
/** "против: —", "против – —": a dash standing for the count is none (0). A lone "против —" is a missing count. */
const DASH_ZERO = /^[\s»"”?!]*(?::\s*|[-–—]\s+)[-–—](?=\s*(?:[,;.)]|$))/u;
/** "против – никто", "қарсы дауыс болған жоқ", "против голосов не было", "против не высказался никто": the label, then none (the word for votes, or the verb, between). */
const NONE = re(`^[\\s»"”?!]*[:\\-–—]?\\s*(?:дауыс\\s+|голос(?:ов|а)?\\s+|не\\s+(?:высказал|проголосовал|голосовал)[\\p{L}]*\\s+)?${VOTE_NONE}`, 'iu');
const DASH_ONLY = /^[\s»"”?!]*[-–—:]?\s*(?:[,;.]|$)/u;
/** The same count in words or digits in brackets after it: "12 (двенадцать)". */
const BRACKETED = re(`^\\s*\\((${N})\\)`, 'iu');
/** What a result is said of, after a dash closing the counts: "– ұсыныс өтпеді", "– предложение не прошло". */
const RESULT_SUBJECT = '(?:ұсыныс|шешім|жоба|түзету|предложени|решени|проект|поправк)';
/**
 * A count before its label: "16 – за", "біреуі (Оспанов Р.Е.) қарсы болды" (who, in brackets), and in a sentence, "11 мүше жақтап, 1 мүше қарсы болып, 1 мүше қалыс қалып дауыс
 * берді", "5 мүше жақтап шықты": the unit (мүше, член) and the verb closing the participle ("шықты", "дауыс берді") may stand
 * between the label and the end of its clause; "пятеро были против", "один – против (Мусина А.Ж.)", "одна воздержалась – Гольц
 * Е.В.": a verb "были" before the label, who it was after it; "семеро проголосовали против": the verb of voting. Counts told as noun phrases joined in one sentence, "пять голосов «за» при четырех
 * «против» и двух воздержавшихся", end their clause at the conjunction. A Kazakh label in quotes, "сегіз дауыс «жақтап», бір
 * дауыс «қарсы»", is the same label. A dash before the result closes the clause too: "біреуі қалыс қалды – ұсыныс өтпеді", "один
 * воздержался – предложение не прошло".
 */
/** The result's verb right after the last count: "… 2 қалыс дауыспен қабылданбады", "… 2 воздержались отклонено". */
const RESULT_VERB = '(?:не\\s+)?(?:принят|отклон[её]н|утвержд[её]н|одобрен|поддержан|қабылдан|бекітіл|мақұлдан|қолдау\\s+тап)[\\p{L}]*';
const REVERSED = re(`(${N})(?:\\s*\\((?:[^()\\d]{2,60})\\))?\\s*(?:человек[\\p{L}]*|голос[\\p{L}]*|чел\\.?|дауыс|мүше(?:сі)?|член[\\p{L}]*(?:\\s+(?:комиссии|совета|президиума))?)?(?:\\s+(?:де|да|те|та)(?![\\p{L}]))?(?:\\s*\\((?:[^()\\d]{2,60})\\))?\\s*[-–—:]?\\s*(?:был[аио]?\\s+|проголосовал[аи]?\\s+|высказал(?:ся|ась|ись)\\s+)?(?:[«"“„](?=\\s*(?:жақта|қолда|қарсы|қалыс)))?\\s*(?:${VOTE_LABELS.filter((l) => l.strong).map((l) => l.source).join('|')}|(?<![\\p{L}])за(?![\\p{L}]))(?:\\s*[»"”](?<=(?:жақта|қолда|қарсы|қалыс)[\\p{L}\\s]{0,12}[»"”]))?(?:\\s+(?:шықты|шығып|дауыс\\s+(?:берді|беріп|берген)|дауыс(?:пен)?)(?![\\p{L}]))?(?=\\s*(?:\\([^()\\d]{2,60}\\)\\s*)?(?:[,;.)]|$|\\d|[-–—(]\\s*${NAME_WORD}\\s+${INITIALS}|[-–—]\\s*${RESULT_SUBJECT})|\\s+(?:при|и|мен|және)\\s|\\s*[-–—]?\\s+${RESULT_VERB})`, 'iu');
/**
 * "все 8 присутствующих проголосовали «за»", "барлық 8 мүше жақтап": every one present for, the count stated. The verb
 * first, "Решение поддержали все 9 присутствовавших (на тот момент) членов Совета"; the count before "all",
 * "қатысқан 9 мүшенің барлығы қолдады".
 */
const ALL_FOR = re(`(?<![\\p{L}])(?:все|барлық|барлығы)\\s+(${N})\\s+(?:[\\p{L}]+\\s+){0,2}?(?:проголосовал[\\p{L}]*\\s+[«"“„]?\\s*за(?![\\p{L}])|жақтап|қолдап|жақтады|қолдады)`
  + `|(?<![\\p{L}])(?:поддержал[\\p{L}]*|проголосовал[\\p{L}]*\\s+[«"“„]?\\s*за[»"”]?)\\s+все\\s+(${N})\\s+присутств[\\p{L}]*(?![^.;]*(?:против\\s*[-–—:]?\\s*\\d|воздерж|кроме))`
  + `|(?<![\\p{L}])қатысқан\\s+(${N})\\s+мүшенің\\s+барлығы\\s+(?:[«"“„]?\\s*жақтап\\s*[»"”]?\\s+дауыс\\s+берді|жақтады|қолдады)`
  // "За утверждение повестки проголосовали все двенадцать присутствующих членов", "Жақтап барлық он екі мүше дауыс берді": the
  // label first — every one present for, a count (not the word for all: unanimous is left as the text says it).
  + `|(?<![\\p{L}])(?:за\\s+(?:[^.;«»"\\d]{0,60}?\\s)?проголосовал[\\p{L}]*\\s+все\\s+(${N})\\s+присутств[\\p{L}]*|жақтап\\s+(?:қатысқан\\s+)?барлық\\s+(${N})\\s+мүше\\s+дауыс\\s+берді)(?![^.;]*(?:против\\s*[-–—:]?\\s*\\d|кроме|қарсы\\s*[-–—:]?\\s*\\d|басқа|қоспағанда))`, 'iu');
/**
 * "Дауыс беру: қатысқан мүшелердің барлығы «жақтап» дауыс берді", "Голосовали: все присутствующие проголосовали «за»": every
 * one present for, no count — all for, as "единогласно" says (a count, if any, is ALL_FOR's); "все присутствующие, кроме …"
 * is told by exception (readVoteByException), never this.
 */
const ALL_FOR_UNCOUNTED = re(`(?<![\\p{L}])(?:(?:қатысқан\\s+)?(?:кеңес\\s+)?мүшелер(?:дің|і)\\s+барлығы|барлық\\s+(?:қатысқан\\s+)?мүше(?:лер)?|все\\s+присутствующие(?:\\s+член[\\p{L}]*(?:\\s+(?:совета|комиссии|президиума))?)?)\\s+(?:[«"“„]?\\s*(?:жақтап|қолдап)\\s*[»"”]?\\s+дауыс\\s+берді|жақтады|қолдады|проголосовали\\s+[«"“„]?\\s*за(?![\\p{L}]))`
  // "За принятие решения проголосовали все присутствующие члены Совета", "Жақтап қатысқан мүшелердің барлығы дауыс берді": the
  // label first, the verb before those who voted.
  + `|(?<![\\p{L}])за\\s+(?:[^.;«»"\\d]{0,60}?\\s)?проголосовал[\\p{L}]*\\s+все\\s+присутствующие(?![^.;]*(?:против|воздерж))`
  + `|(?<![\\p{L}])(?:жақтап|қолдап)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:мүшелер(?:дің|і)|қатысушылар(?:дың)?)\\s+барлығы\\s+дауыс\\s+берді`, 'iu');
/**
 * "единогласно (20)", "бірауыздан (он төрт дауыс)", "единогласно – 14 членов": all for, and how many they were — in
 * brackets with or without a unit, or after a dash with one or with its share of all, "единогласно – 13 (100 %)".
 */
const UNANIMOUS_UNIT = '(?:голос|человек|член|чел|дауыс|мүше|адам)[\\p{L}]*\\.?';
// The result's verb may stand between the word and the bracket: "бірауыздан қабылданды (9 дауыс)", "единогласно принято (9
// голосов)". All present, counted, after a comma or a dash: "единогласно, все 11 присутствующих членов Совета",
// "бірауыздан – қатысқан 9 мүшенің барлығы" (not when some are excepted: "…, кроме Иванова").
const UNANIMOUS_VERB = '(?:\\s+(?:қабылданды|бекітілді|мақұлданды|принят[\\p{L}]*|утвержд[её]н[\\p{L}]*|одобрен[\\p{L}]*))?';
const UNANIMOUS_ALL = `\\s*[,:\\-–—]\\s*(?:все\\s+(${N})\\s+присутств[\\p{L}]*|қатысқан\\s+(${N})\\s+мүше(?:нің|сінің)\\s+(?:барлығы|бәрі))(?![^.;]*(?:кроме|исключени|басқа|қоспағанда))`;
const UNANIMOUS_COUNT = re(`${UNANIMOUS}${UNANIMOUS_VERB}\\s*(?:\\(\\s*(${N})\\s*(?:${UNANIMOUS_UNIT})?(?:\\s+(?:за|жақтап))?\\s*\\)|[:\\-–—]\\s*(${N})(?:\\s+${UNANIMOUS_UNIT}(?:\\s+(?:за|жақтап))?|\\s*\\(\\s*100\\s*%\\s*\\))\\s*(?:[.;,]|$))|${UNANIMOUS}${UNANIMOUS_ALL}`, 'iu');
/** "Единогласно (9 – 0 – 0)", "бірауыздан (11/0/0)": the word for all (in one language or both), its counts' run in brackets. */
const UNANIMOUS_RUN = re(`${UNANIMOUS}(?:\\s*/\\s*${UNANIMOUS})?\\s*\\(\\s*(\\d{1,3})\\s*([-–—/])\\s*(\\d{1,3})\\s*\\2\\s*(\\d{1,3})\\s*\\)`, 'iu');
/**
 * "поддержали проект девять человек", "за него подняли руки трое": those for told by the verb, the count after it (a show of
 * hands only with "за": "против подняли руки двое" is against, read by its label); the members may be named with their body,
 * "решение поддержали 8 членов Совета, против – 1", "За предложение проголосовали 6 членов Совета" (not "5 членов рабочей группы");
 * "за него отдали голоса одиннадцать членов", "Предложение … поддержали лишь четверо членов": the votes given, "only" before the count.
 * "За то, чтобы принять информацию к сведению и направить рекомендации, проголосовали 18 человек, против – 1" (set 168): the
 * motion spelt out between "за то, чтобы" and the verb.
 */
const FOR_BY_VERB = re(`(?<![\\p{L}])(?:за\\s+(?:него|неё|нее|них|это|предложение|проект)\\s+(?:подняли\\s+руки|проголосовал[\\p{L}]*|отдал[\\p{L}]*\\s+(?:свои\\s+)?голоса)|за\\s+то\\s*,?\\s+чтобы\\s[^.;:]{3,160}?,\\s*проголосовал[\\p{L}]*|поддержал[\\p{L}]*(?:\\s+(?:проект|предложение|решение|его|её|ее|их))?)\\s+(?:лишь\\s+|только\\s+|всего\\s+)?(${N})(?:\\s+(?:человек|член[\\p{L}]*(?:\\s+(?:совета|комиссии|президиума))?|голос[\\p{L}]*))?(?=\\s*(?:[,;.]|$))`, 'iu');
/**
 * "против" as "versus", not the vote's label: "подготовлено 412 домов против 398 в прошлом году", "жалоб стало больше: 12
 * против 8 год назад" — a count set against another time's. Such a "против" is blanked (same length) before the labels are
 * read: one followed by a count and a time ("против 398 в прошлом году", "против 8 годом ранее", "против 9 в 2025 году"),
 * or one between two counts in a sentence with no other word of a vote ("за", "воздерж…", "голос…", "единогласно"): "за
 * 12 против 3" stays a vote.
 */
const AGAINST_TIME = /(?<![\p{L}])против(?=\s+\d+(?:[\s\u00a0]\d{3})*\s+(?:[\p{L}]+\s+){0,2}?(?:в\s+прошлом|в\s+предыдущ|годом\s+ранее|год\s+назад|ранее|в\s+(?:19|20)\d{2}|за\s+(?:19|20)\d{2}|за\s+(?:тот\s+же|аналогичн|прошл|предыдущ)|в\s+аналогичн|прошлогодн))/giu;
/** A count, up to three words, "против", a count: "12 против 8", "412 домов против 398". */
const AGAINST_BETWEEN = /(\d+(?:[\s\u00a0]\d{3})*)\s+(?:[\p{L}.]+\s+){0,3}?(против)(?=\s+\d)/gu;
/** Another word of a vote: a label ("за –", "«за»", "за: 5"), "воздерж…", "голос…", "единогласно", Kazakh labels. */
const OTHER_VOTE_WORD = /[«"“„]\s*за\s*[»"”“]|(?<![\p{L}])за\s*[-–—:]\s*\d|(?<![\p{L}])(?:воздерж|голос|единоглас|проголос|жақта|қарсы|қалыс)/iu;

function withoutComparedAgainst(line: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let out = line.replace(AGAINST_TIME, blank);
  if (OTHER_VOTE_WORD.test(out)) return out;
  for (const m of matchesOf(out, AGAINST_BETWEEN)) {
    // "за 12 против 3": the first count is the label "за"'s — a vote, not a comparison.
    if (/(?<![\p{L}])за\s*$/iu.test(out.slice(0, m.index))) continue;
    const at = (m.index ?? 0) + m[0].length - m[2].length;
    out = out.slice(0, at) + blank(m[2]) + out.slice(at + m[2].length);
  }
  return out;
}

/** "при одном воздержавшемся", "при двух против": a count told as the circumstance of the vote ("одном" is no count elsewhere). */
const WITH_FEW = re(`(?<![\\p{L}])при\\s+(одном|${N})\\s+(?:(воздержавш[\\p{L}]*)|(?:голос[\\p{L}]*\\s+)?против(?![\\p{L}]))`, 'iu');
/**
 * "против и воздержавшихся не было", "қарсы және қалыс қалғандар жоқ": no one against, no one abstained. Either of them
 * ("қарсы немесе қалыс қалған мүше болмады", "против или воздержавшихся не было"), and both labels over one none ("«против» и
 * «воздержался» – нет") say the same; so does the first told with its verb ("қарсы дауыс берген және қалыс қалған мүше
 * болған жоқ").
 */
const Q = '[«"“„»”]?';
const NONE_BOTH = re(`(?<![\\p{L}])(?:${Q}против${Q}\\s+(?:и|или)\\s+${Q}воздерж[\\p{L}]*${Q}\\s*(?:не\\s+было|[-–—:]?\\s*нет)|${Q}воздерж[\\p{L}]*${Q}\\s+(?:и|или)\\s+${Q}против${Q}\\s*(?:не\\s+было|[-–—:]?\\s*нет)|${Q}қарсы${Q}(?:\\s+(?:дауыс\\s+берген|шыққан))?\\s+(?:және|да|немесе)\\s+${Q}қалыс(?:\\s+қалған(?:дар)?)?${Q}(?:\\s+мүше(?:лер)?)?\\s*[-–—:]?\\s*(?:жоқ|болмады|болған\\s+жоқ)`
  // "қарсы болған да, қалыс қалған да жоқ", "қарсы да, қалыс та жоқ", "ни против, ни воздержавшихся не было": each label with
  // its own "да"/"та"/"ни", one none.
  + `|қарсы(?:\\s+(?:болған|шыққан|дауыс\\s+берген))?\\s+да\\s*,?\\s*қалыс(?:\\s+қалған)?\\s+(?:да|та)\\s+(?:жоқ|болмады|болған\\s+жоқ)`
  // "жақтағаны – 9, қарсы, қалыс жоқ", "за – 9, против, воздержавшихся – нет": the labels listed with a comma, one none — the
  // first with no count of its own before it ("төртеуі – қарсы, қалыс қалған жоқ" is four against, none abstained), the comma
  // right after it and the second a noun ("против , воздержались нет" is a count left out, then a clause of its own).
  // (The first's quote is no gap: "9 … «за», 2 – «против», воздержавшихся нет" is two against, set 200.)
  + `|(?<![\\p{L}\\d]\\s*[-–—:]?\\s*[«"“„]?)(?:${Q}против${Q},\\s*${Q}воздержавш[\\p{L}]*${Q}\\s*(?:не\\s+было|[-–—:]?\\s*нет)|${Q}қарсы${Q},\\s*${Q}қалыс(?:\\s+қалған(?:дар)?)?${Q}\\s*[-–—:]?\\s*(?:жоқ|болмады|болған\\s+жоқ))`
  + `|ни\\s+${Q}против${Q}\\s*,?\\s*ни\\s+${Q}воздерж[\\p{L}]*${Q}\\s+не\\s+было`
  + `|не\\s+было\\s+ни\\s+${Q}против${Q}\\s*,?\\s*ни\\s+${Q}воздерж[\\p{L}]*${Q})(?![\\p{L}])`, 'iu');

/** Compiled once, as those above: they hold the number words and run on every line. matchAll copies REVERSED_ALL, so its lastIndex stays 0. */
const REVERSED_ALL = re(REVERSED.source, 'giu');
/**
 * The label REVERSED cannot match without, tried first on the line: where a count stands before a run of spaces and no
 * label follows ("👁 640          09:15", a table's columns), REVERSED tries every split of the run among its `\s*` before it
 * fails — seconds for a line of 90 characters. A line without any label has no match of it.
 */
const REVERSED_LABEL = re(`${VOTE_LABELS.filter((l) => l.strong).map((l) => l.source).join('|')}|(?<![\\p{L}])за(?![\\p{L}])`, 'iu');
const NOT_ONE_BEFORE = /(?<![\p{L}])ни\s+$/iu;
/** A word of a vote's count (not the bare "за", a preposition in any sentence): two lines are read as one only with it. */
const VOTE_WORD = /против|воздерж|қарсы|карсы|қалыс|калыс|жақта|жакта|қолда|колда|[«"“„]\s*за\s*[»"”“]/iu;
/** A word after the number of a bare "за" that is not what votes are counted in (человек, голосов, членов, мүше). */
const NOT_A_VOTE_UNIT = /^\s*(?!(?:человек|чел(?!\p{L})|голос|член|мүше|адам|дауыс|(?:из|от)(?!\p{L})|участ|присутств))\p{L}/iu;
/**
 * A word in lower case after a count that is neither what votes are counted in, nor a joiner, nor the result: "6 бөгет",
 * "4 құрама", "6 предложений" — what the count is of. ("қарсы 1 шешім қабылданды", "против 1 при 2 воздержавшихся",
 * "қарсы 2 кісі" stay counts of votes.)
 */
const NOT_COUNTED_IN_VOTES = re(`^\\s*(?!(?:человек|чел(?![\\p{L}])|голос|член|мүше|адам|кісі|дауыс|(?:из|от|при|и|мен|және|да|де|та|те)(?![\\p{L}])|участ|присутств|${RESULT_SUBJECT}|${RESULT_VERB}))\\p{Ll}`, 'u');
/** A line that starts with a count: the rest of a line broken after its label. */
const COUNT_LEAD = re(`^\\s*(?:${N}|${UNANIMOUS}|[-–—]\\s*${N}(?=\\s*(?:[,;.(]|$)))`);
const MEMBERS_NOT_VOTED = re(`(${N})\\s+(?:член[\\p{L}]*|человек[\\p{L}]*|мүше[\\p{L}]*)[^.;\\d]{0,80}?${NOT_VOTED}`);
const NOT_VOTED_COUNT = re(`${NOT_VOTED}[\\p{L}\\s]{0,30}?[:\\-–—]\\s*(${N})`);

/**
 * "11 (за) / 0 (против) / 0 (возд.)", "11 (жақтады) / 0 (қарсы) / 0 (қалыс)": each count followed by its label in
 * brackets. Read label first, a label took the count of the next pair ("(за) / 0" as for 0): two such pairs or more on a
 * line are turned label before count ("за – 11 / против – 0 / возд. – 0"); one alone ("принят 2 (за основу)") is left.
 */
const COUNT_THEN_LABEL = re(`(?<![\\p{L}\\d])(${N})\\s*\\(\\s*(${VOTE_LABEL_IN_LINE})\\s*\\)`, 'giu');

function labelsFirst(line: string): string {
  const pairs = matchesOf(line, COUNT_THEN_LABEL);
  if (pairs.length < 2 || new Set(pairs.map((m) => m[2].toLowerCase().slice(0, 4))).size !== pairs.length) return line;
  return line.replace(COUNT_THEN_LABEL, (_all, n: string, label: string) => `${label} – ${n}`);
}

/**
 * "9 – за / жақтап; 0 – против / қарсы": each label in both languages, a slash between. The second of a pair of one
 * category is blanked (its length kept), so that the count before the pair is read as the first's: read apart, the second
 * had no count after it and the line no counts at all.
 */
function oneLabelOfTwoLanguages(line: string): string {
  const labels = matchesOf(line, LABELS);
  let out = line;
  labels.forEach((m, k) => {
    const next = labels[k + 1];
    if (!next) return;
    const end = (m.index ?? 0) + m[0].length;
    const category = (x: RegExpMatchArray) => VOTE_LABELS[x.slice(1).findIndex((g) => g !== undefined)].category;
    if (!/^\s*\/\s*$/u.test(line.slice(end, next.index)) || category(m) !== category(next)) return;
    out = `${out.slice(0, end)}${' '.repeat((next.index ?? 0) + next[0].length - end)}${out.slice((next.index ?? 0) + next[0].length)}`;
  });
  return out;
}

/**
 * "8 – жақтап     1 – қарсы     1 – қалыс қалды", "12 — за; 0 — против; 1 — воздержались": each count before its label
 * after a dash, two pairs or more on a line. Read label first, each label took the count of the pair after it ("жақтап"
 * → 1): the pairs are turned label before count ("жақтап – 8 қарсы – 1 қалыс – 1 қалды"). One pair alone is left.
 */
const COUNT_DASH_LABEL = re(`(?<![\\p{L}\\d.,])(${N})\\s*[–—-]\\s*(${VOTE_LABEL_IN_LINE})`, 'giu');

function dashPairsLabelFirst(line: string): string {
  const pairs = matchesOf(line, COUNT_DASH_LABEL);
  if (pairs.length < 2 || new Set(pairs.map((m) => m[2].toLowerCase().slice(0, 4))).size !== pairs.length) return line;
  return line.replace(COUNT_DASH_LABEL, (_all, n: string, label: string) => `${label} – ${n}`);
}

/** A vote board's marks before its counts ("✔ 8 – жақтап ✖ 1 – қарсы ○ 1 – қалыс"): no part of a count or a label. */
const BOARD_MARKS = /[✔✓☑✅✖✗✘☒❌○◯●⭕]\uFE0F?/gu;

/**
 * "Подано голосов «за» кандидатуру Тлеуовой М.С. ........ 7", "«за» Иванова И.И. … 9": a counting commission's line, the
 * candidate named between the quoted label and the dot leader to its count. The candidate's words are blanked (length kept)
 * so the count is the label's, as on the line of those against ("Подано голосов «против» ....... 2").
 */
const CANDIDATE_BEFORE_LEADER = /([«"“„]\s*(?:[Зз]а|[Пп]ротив|[Жж]ақ|[Жж]ақтап|[Ққ]арсы)\s*[»"”])((?:\s+(?:(?:за\s+)?кандидат[\p{L}]*|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\p{L}'’-]*|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.(?:\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?)){1,5})(?=\s*(?:(?:\.\s?){3,}|…+)\s*\d{1,3}\s*$)/u;

/** The counts written on one line, whatever the order and language. */
export function readCounts(line: string): Counts {
  line = line.replace(CANDIDATE_BEFORE_LEADER, (_all, label: string, named: string) => label + ' '.repeat(named.length));
  line = labelsFirst(dashPairsLabelFirst(oneLabelOfTwoLanguages(withoutComparedAgainst(withVoteShares(withVoteSums(line.replace(BOARD_MARKS, ' ')))))));
  const counts: Counts = { ...NO_COUNTS(), unanimous: re(UNANIMOUS).test(line) };
  const labels = matchesOf(line, LABELS);
  const kazakh = labels.length > 0 && languageIsKazakh(line);
  labels.forEach((m, k) => {
    const which = VOTE_LABELS[m.slice(1).findIndex((g) => g !== undefined)];
    const end = (m.index ?? 0) + m[0].length;
    const segment = line.slice(end, k + 1 < labels.length ? labels[k + 1].index : undefined);
    if (DASH_ZERO.test(segment) || NONE.test(segment)) {
      if (counts[which.category] === null) counts[which.category] = 0;
      counts.strong ||= which.strong;
      return;
    }
    const v = (kazakh || KAZAKH_LABEL.test(m[0]) ? VALUE_KK : VALUE).exec(segment);
    if (!v) {
      if (which.strong && DASH_ONLY.test(segment)) counts.doubts.push(`no count after "${tidy(m[0])}"`);
      return;
    }
    if (re(`^${UNANIMOUS}$`).test(v[1])) {
      counts.unanimous = true;
      counts.strong ||= which.category === 'for';
      return;
    }
    // "за 8 месяцев", "за 1 Гкал", "за 2024 год": the preposition with what it measures, no count of votes.
    if (!which.strong && NOT_A_VOTE_UNIT.test(segment.slice(v.index + v[0].length))) return;
    // "Селге қарсы 6 бөгет бар", "против 6 предложений поступило": the postposition "against" before what it counts, alone
    // on its line — no vote's count (set 161).
    if (labels.length === 1 && NOT_COUNTED_IN_VOTES.test(segment.slice(v.index + v[0].length))) return;
    // "(за – против – воздерж.): 10-0-0": the first of counts a hyphen or a slash apart after a legend is no count of the
    // label before it.
    if (/^\s*[-/]\s*\d/u.test(segment.slice(v.index + v[0].length))) {
      counts.doubts.push(`"${tidy(m[0])}" followed by a run of counts`);
      return;
    }
    // "жақтап – 10-нан 9": the first count the whole who voted, the label's count the part after it.
    const part = partOfWhole(v[1], segment.slice(v.index + v[0].length));
    const value = part ? part.count : parseCount(v[1]);
    if (value === null || counts[which.category] !== null) return;
    const again = BRACKETED.exec(segment.slice(v.index + v[0].length + (part?.length ?? 0)));
    if (again && parseCount(again[1]) !== value) {
      counts.doubts.push(`"${tidy(m[0])}" given as ${value} and as ${again[1]}`);
      return;
    }
    counts[which.category] = value;
    counts.strong ||= which.strong || /^\s*$/.test(line.slice(0, m.index));
  });
  // "бірауыздан (он төрт дауыс)", "единогласно – 14 голосов": all who voted, and how many they were.
  const unanimousCount = UNANIMOUS_COUNT.exec(line);
  if (unanimousCount && counts.for === null) {
    counts.for = parseCount(unanimousCount[1] ?? unanimousCount[2] ?? unanimousCount[3] ?? unanimousCount[4]);
    counts.strong = true;
  }
  // "Единогласно (9 – 0 – 0)", "Бірауыздан / Единогласно (11/0/0)": all for, the counts' run in brackets after the word —
  // taken only as all for and none else (a run with a vote against beside "единогласно" says two things: neither taken).
  const triple = counts.for === null && counts.against === null && counts.abstain === null ? UNANIMOUS_RUN.exec(line) : null;
  if (triple && Number(triple[3]) === 0 && Number(triple[4]) === 0) {
    [counts.for, counts.against, counts.abstain] = [Number(triple[1]), 0, 0];
    counts.strong = true;
  }
  // "он үш мүше бірауыздан қолдады": the count before the word for all.
  const counted = counts.for === null ? countedUnanimous(line) : null;
  if (counted !== null) {
    counts.for = counted;
    counts.unanimous = counts.strong = true;
  }
  // "сегіз мүшенің сегізі де жақтады", "бес дауыспен үш дауысқа қарсы": a part of the whole, votes against votes.
  const told = counts.for === null ? countsOfCounts(line) : null;
  if (told) {
    counts.for = told.for;
    counts.against ??= told.against;
    counts.unanimous ||= told.unanimous;
    counts.strong = true;
    counts.doubts = [];
  }
  const few = WITH_FEW.exec(line);
  if (few) {
    const category = few[2] ? 'abstain' : 'against';
    counts[category] ??= few[1].toLowerCase() === 'одном' ? 1 : parseCount(few[1]);
    // (The label after the count was taken for one awaiting its count.)
    counts.doubts = counts.doubts.filter((d) => !/против|воздерж/iu.test(d));
  }
  const byVerb = counts.for === null ? FOR_BY_VERB.exec(line) : null;
  if (byVerb) counts.for = parseCount(byVerb[1]);
  const all = ALL_FOR.exec(line);
  if (all && counts.for === null) {
    counts.for = parseCount(all[1] ?? all[2] ?? all[3] ?? all[4] ?? all[5]);
    // "поддержали все 9 присутствовавших", "қатысқан 9 мүшенің барлығы қолдады": every one present, so all for.
    counts.unanimous ||= all[2] !== undefined || all[3] !== undefined;
    counts.strong = true;
    counts.doubts = [];
  } else if (counts.for === null && counts.against === null && counts.abstain === null && ALL_FOR_UNCOUNTED.test(line) && !re(VOTE_EXCEPT).test(line)) {
    counts.unanimous = counts.strong = true;
    counts.doubts = [];
  }
  if (NONE_BOTH.test(line)) {
    counts.against ??= 0;
    counts.abstain ??= 0;
    counts.strong = true;
    // ("қарсы," was read as a label awaiting its count: the none after both is its count.)
    counts.doubts = counts.doubts.filter((x) => !/против|воздерж|қарсы|қалыс/iu.test(x));
  }
  // "16 – за, 0 – против": numbers before their labels; "9 мүше қолдап, 2 мүше қарсы шықты, қалыс қалғандар жоқ" gives
  // the counts before their labels and the none after its label: each fills what the labels left empty.
  if ((counts.for === null || counts.against === null || counts.abstain === null) && REVERSED_LABEL.test(line)) {
    for (const m of matchesOf(line, REVERSED_ALL)) {
      const label = m[0].slice(m[1].length).replace(/^[\s\p{L}.]*?(?=[«"“„]|против|воздерж|қарсы|карсы|қалыс|калыс|за(?![\p{L}])|қолда|жақта)/iu, '');
      const category = /против|қарсы|карсы/i.test(label) ? 'against' : /воздерж|қалыс|калыс/i.test(label) ? 'abstain' : 'for';
      // "ни одного «против»", "ни одного голоса «против»": none, not one.
      const value = NOT_ONE_BEFORE.test(line.slice(0, m.index)) ? 0 : parseCount(m[1]);
      if (value !== null && counts[category] === null) {
        counts[category] = value;
        // Who voted and how, in a sentence ("бір мүше қалыс қалды", "3 члена против"): alone on its line still a vote's
        // count; a bare "2 против." in a speech is not.
        // Not in a speech ("Иванов И.И.: в прошлый раз 3 члена против.") nor of another time ("на прошлом заседании").
        counts.strong ||= !/^[\s\p{P}]*за[\s\p{P}]*$/iu.test(label) && /мүше|член|человек|голос/iu.test(m[0]) && !TOLD_OF_ANOTHER_VOTE.test(line);
        // "жақтап," with no count after it was read as a label awaiting one; the count stood before it.
        counts.doubts = [];
      }
    }
  }
  return counts;
}

/**
 * A line that tells of a vote rather than records one: a speaker's words ("Иванов И.И.: …", "Ахметова А. – …") or
 * another time ("в прошлый раз", "на прошлом заседании", "ранее", "өткен жолы", "өткен отырыста", "былтыр").
 */
const TOLD_OF_ANOTHER_VOTE = /^\s*[А-ЯЁӘҒҚҢӨҰҮҺІ][\p{L}'’-]+\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.)?\s*[:–—-]\s*\p{L}|в\s+прошлый\s+раз|на\s+прошлом\s+заседании|(?<![\p{L}])ранее(?![\p{L}])|в\s+прошлом\s+году|өткен\s+(?:жолы|отырыс|жыл)|былтыр/iu;

/** Counts of a vote on a line: labelled, the word for all, or three a slash apart ("3 / 2 / 0"). */
function hasVoteCounts(line: string): boolean {
  const c = readCounts(line);
  return filled(c) > 0 || c.unanimous || /(?<![\d/])\d{1,3}\s*\/\s*\d{1,3}\s*\/\s*\d{1,3}(?![\d/])/u.test(line);
}

/** How many of a vote's three counts are read (0 to 3). */
export function filled(c: Pick<Counts, 'for' | 'against' | 'abstain'>): number {
  return (c.for !== null ? 1 : 0) + (c.against !== null ? 1 : 0) + (c.abstain !== null ? 1 : 0);
}

interface OpenVote {
  start: number;
  last: number;
  counts: Counts;
  /** Its counts are stacked under its word for all: the next lines' counts go on it. */
  underUnanimous?: boolean;
}

/**
 * "повестка дня была утверждена единогласно", "күн тәртібі бірауыздан бекітілді": the approval and its word for all, side by
 * side — the verb's short form, a decision told; "план, утверждённый единогласно" tells of one taken before. So is the
 * members' verb in the past as a news item tells the vote ("Повестку члены Совета одобрили единогласно", "Кеңес мүшелері
 * мониторинг тобының құрамын бірауыздан мақұлдады", set 168).
 */
// ("члены Совета единогласно утвердили повестку дня", "Совет единогласно утвердил план", set 164.)
const APPROVING = '(?:утвержд[её]н[аоы]?|одобрен[аоы]?|(?:одобрил|утвердил|поддержал|принял)[аи]?|бекітілді|мақұлданды|мақұлдады|бекітті|қолдады|қабылдады)';
const APPROVED_UNANIMOUSLY = re(`(?<![\\p{L}])(?:${APPROVING}\\s+${UNANIMOUS}|${UNANIMOUS}\\s+${APPROVING}(?![\\p{L}]))`);
const DECIDED_UNANIMOUS = re(`^\\s*(?:\\d{1,2}[.)]\\s*)?${DECIDED}\\s*\\(\\s*${UNANIMOUS}\\s*\\)\\s*[:.]`);

/**
 * Votes: lines with counts ("За – 5 человек, против – 17, воздержались – 6",
 * "Қолдайтындар?/Кто за?- 16", "«за» – 25, «против» – нет") or a unanimous
 * vote ("Голосовали « за» - единогласно"), grouped when they follow each other,
 * each with the result declared on its lines or in the next few lines
 * ("Решение не принято.", "…большинством голосов, принято решение…").
 */
export function readVotes(given: string[], issues: ExtractIssue[] = [], present: Presence = { count: null, names: [] }): ProtocolVote[] {
  // A line of another body's counts beside the council's in one vote block ("Кеңес мүшелері: 6 / 1 / 1;" / "мәслихат
  // комиссиясы: 3 / 2 / 0." / "Шешім қабылданды.") is read by no reader: left in, a reader takes it for the council's vote,
  // or for the line the council's result stands under.
  const lines = given.map((l) => (l.length <= 400 && isOtherBodysVote(l) && hasVoteCounts(l) ? '' : l));
  // Votes told in a table: its lines are read by no other reader. A one-vote table's result and those who did not vote
  // may stand in the sentences below it, as under a line of counts.
  // A table of members with a column per question ("Вопрос 1 | Вопрос 2", each member's choice, totals rows): its lines
  // are no other table's; each column a vote, its result in the question's section of the text.
  const members = readMemberVoteTables(lines, issues);
  // A roll call as a grid of ticks under "жақ | қарсы | қалыс", a row per member (set 190): one vote, its lines no other reader's.
  const ticks = readTickGrids(lines.map((l, k) => (members.taken.has(k) ? '' : l)), present.count, issues);
  for (const k of ticks.taken) members.taken.add(k);
  const tables = readVoteTables(lines.map((l, k) => (members.taken.has(k) ? '' : l)), issues);
  tables.tables.push(...asTables(members.votes));
  tables.tables.push(...ticks.tables);
  for (const k of members.taken) tables.taken.add(k);
  // A table of decisions with a column of votes ("№ | Тапсырма | Жауапты | Мерзімі | Дауыс беру", set 187): each row's cell
  // one vote, its lines no other reader's.
  const columns = readVoteColumnTables(lines.map((l, k) => (tables.taken.has(k) ? '' : l)), issues, (text) => readCounts(text.slice(0, 400)));
  tables.tables.push(...columns.tables);
  for (const k of columns.taken) tables.taken.add(k);
  // Votes summed up under a legend of their counts' order ("(жақтап / қарсы / қалыс)" / "1-мәселе – 18 / 0 / 1 – …"): read
  // as a table of votes is, a summary of votes told under the questions dropped the same way.
  const legends = readVoteLegends(lines.map((l, k) => (tables.taken.has(k) ? '' : l)), issues);
  tables.tables.push(...legends.tables);
  for (const k of legends.taken) tables.taken.add(k);
  // "Голосование (за/против/возд.): 12/0/0 – принято.", "Предложение Мусина Е.Б. – 4/6/1, не принято.": a vote's counts a
  // slash apart on its line, with their legend or their result: a table of one vote each.
  const slashed = readSlashedVotes(lines.map((l, k) => (tables.taken.has(k) ? '' : l)), issues);
  tables.tables.push(...slashed.tables);
  for (const k of slashed.taken) tables.taken.add(k);
  // "(1-мәселе: жақтап – 6, қалыс – 1; 2-мәселе: жақтап – 5, …)": several questions' votes in one sentence, a vote each.
  const runs = readQuestionRuns(lines.map((l, k) => (tables.taken.has(k) ? '' : l)), (text) => readCounts(text.slice(0, 400)));
  for (const k of runs.taken) tables.taken.add(k);
  tables.tables.sort((a, b) => a.votes[0].start - b.votes[0].start);
  const votes: Located[] = [...tables.tables.flatMap((t) => t.votes), ...runs.votes.map((v) => ({ ...v }))];
  for (const t of tables.tables) {
    if (t.votes.length !== 1) continue;
    const v = t.votes[0];
    const next = afterVote(lines, t.end, v.declared, tables.taken);
    if (v.declared === null && next.declared !== null) {
      [v.declared, v.end] = [next.declared, next.end];
      // "16 | 0 | 0" / "Принято единогласно.": the result's line, with no counts of its own, is this vote's and no other;
      // its word for all makes the vote unanimous when none voted against or abstained.
      const result = lines.slice(t.end + 1, next.end + 1);
      if (result.every((l) => filled(readCounts(l.slice(0, 400))) === 0)) {
        for (let k = t.end + 1; k <= next.end; k++) tables.taken.add(k);
        if (result.some((l) => re(UNANIMOUS).test(l)) && !v.against && !v.abstain) v.unanimous = true;
      }
    }
    const notVoted = notVotedIn(next.after.join('\n'));
    if (notVoted !== null) v.not_voted = notVoted;
  }
  // A word-for-word record's votes, asked and answered ("Кто за?" / "АБЕНОВА Д.Р.: Семь."): its lines are no vote of their own.
  for (const v of readDialogueVotes(lines, (text) => readCounts(text.slice(0, 400)))) {
    votes.push(v);
    for (let k = v.start; k <= v.end; k++) tables.taken.add(k);
  }
  // An election of several candidates, each member choosing one ("Голоса распределились:" / "Сейдахметова Л.К. – 7" /
  // "Журавлёв П.А. – 4"): a vote per candidate; its lines, and the sentences that tell its candidates' results, are no
  // vote of their own.
  const tallies = readCandidateTallies(lines.map((l, k) => (tables.taken.has(k) ? '' : l)), (text) => filled(readCounts(text.slice(0, 400))));
  votes.push(...tallies.votes);
  for (const k of tallies.taken) tables.taken.add(k);
  // A choice between alternatives in one show of hands ("А нұсқасы – 6, Б нұсқасы – 3"): a vote per alternative, as per candidate.
  const alternatives = readAlternativeTallies(lines.map((l, k) => (tables.taken.has(k) ? '' : l)), present.count, (text) => filled(readCounts(text.slice(0, 400))));
  votes.push(...alternatives.votes);
  for (const k of alternatives.taken) tables.taken.add(k);
  // A roll call ("Иванов И.И. – за" a line): its lines are no vote of their own. Counted when no total is stated below it;
  // a stated total is the vote, and a roll call that disagrees with it is said.
  for (const call of readRollCalls(lines, issues)) {
    for (let k = call.start; k <= call.end; k++) tables.taken.add(k);
    const below = lines.slice(call.end + 1).findIndex((l) => l.trim() !== '');
    const stated = below < 0 ? NO_COUNTS() : readCounts(lines[call.end + 1 + below].slice(0, 400));
    if (filled(stated) >= 2) {
      if ((['for', 'against', 'abstain'] as const).some((k) => stated[k] !== null && stated[k] !== call[k])) {
        issues.push({ line: call.start + 1, message: `vote: the roll call counts ${call.for}/${call.against}/${call.abstain}, the total below it says otherwise; the total taken` });
      }
      continue;
    }
    const next = afterVote(lines, call.end, null, tables.taken);
    // Counted only when each member present has a line of it: the vote of one not named is unknown, so is every count.
    const unsure = notEveryonePresent(call.names, present);
    if (unsure) issues.push({ line: call.start + 1, message: `vote: a roll call of ${call.names.length} members, ${unsure}: its counts not taken` });
    votes.push({
      start: call.start, end: next.end, line: call.start + 1, for: unsure ? null : call.for, against: unsure ? null : call.against,
      abstain: unsure ? null : call.abstain, unanimous: false, declared: next.declared, text: call.text,
    });
  }
  // Votes told as the names under each label ("За: Иванов И.И., …" / "Против: нет." / "Воздержались: Петров П.П."): counted
  // by the names when every voter is named — each name among those present, no more names than present (a member present
  // who did not vote is in none of the lists).
  for (const list of readNameLists(lines.map((l, k) => (tables.taken.has(k) ? '' : l)), issues)) {
    for (let k = list.start; k <= list.end; k++) tables.taken.add(k);
    const next = afterVote(lines, list.end, null, tables.taken);
    const unsure = notAllAmongPresent(list.names, present);
    if (unsure) issues.push({ line: list.start + 1, message: `vote: a list of ${list.names.length} names by label, ${unsure}: its counts not taken` });
    votes.push({
      start: list.start, end: next.end, line: list.start + 1, for: unsure ? null : list.for, against: unsure ? null : list.against,
      abstain: unsure ? null : list.abstain, unanimous: false, declared: next.declared, text: list.text,
    });
  }
  let open: OpenVote | null = null;
  let headingAt: number | null = null;
  // Those present at each line: a member who left after the second question is not at the third's vote.
  const presence = presenceByLine(lines, present.count);

  const close = () => {
    if (open) votes.push(finishVote(lines, open, tables.taken));
    open = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    if (tables.taken.has(i)) {
      close();
      headingAt = null;
      continue;
    }
    if (re(VOTE_HEADING).test(line)) {
      close();
      headingAt = i;
      continue;
    }
    const inBlock = headingAt !== null && i - headingAt <= 5;
    const at = i;
    let c = line.length <= 400 ? readCounts(line) : NO_COUNTS();
    // "…, против –\n3, воздержались – 1": a count broken onto the next line is read with it.
    // "…, қалыс" / "қалған жоқ.": the label itself broken, its count in words on the next line (lower case, going on).
    const brokenLabel = c.doubts.length > 0 && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '');
    // "…, пятеро – против, один" / "воздержался.", "…, один –" / "против (Мусина А.Ж.)": a sentence of counts wrapped before
    // a label, going on in lower case: read whole when it gives more counts and keeps those of the line.
    const goesOn = !brokenLabel && line.length <= 400 && sentenceGoesOn(line, lines[i + 1] ?? '') !== null && filled(c) + (c.unanimous ? 1 : 0) > 0;
    // (A line a table's reader took is no part of a sentence above it: "… (біреуі қашықтан). Күн тәртібіндегі …" / "…
    // (1-мәселе: жақтап – 6, …; 2-мәселе: …)", set 178.)
    const nextFree = i + 1 < lines.length && !tables.taken.has(i + 1);
    if (line.length <= 400 && (endsWithLabel(line) || brokenLabel || goesOn) && nextFree && (COUNT_LEAD.test(lines[i + 1]) || brokenLabel || goesOn)) {
      const joined = readCounts(`${line.trimEnd()} ${lines[i + 1].trim()}`);
      const kept = (['for', 'against', 'abstain'] as const).every((k) => c[k] === null || joined[k] === c[k]);
      if (filled(joined) > filled(c) && kept && ((!brokenLabel && !goesOn) || joined.doubts.length === 0)) {
        c = joined;
        i++;
      }
    } else if (line.length <= 400 && nextFree && sentenceGoesOn(line, lines[i + 1]) !== null && VOTE_WORD.test(`${line} ${lines[i + 1]}`)) {
      // "…получило лишь пять" / "голосов «за» при четырех «против» и двух воздержавшихся…", "…қалыс қалды, қарсы дауыс" /
      // "болмады; …": a sentence of counts broken anywhere, read whole when it gives more counts than either line alone.
      const joined = readCounts(`${line.trimEnd()} ${lines[i + 1].trim()}`);
      if (filled(joined) >= 2 && filled(joined) > filled(c) && filled(joined) > filled(readCounts(lines[i + 1].slice(0, 400))) && joined.doubts.length === 0) {
        c = joined;
        i++;
      }
    }
    // A hard-wrapped text's sentence broken over two lines ("… алты мүше жақтап, бір мүше" / "қарсы шығып, біреуі қалыс
    // қалды; …", "… Бұл ұсыныс бес дауыспен үш" / "дауысқа қарсы қолдау тапты."): read whole when it tells more — and only when
    // the next line holds no more than the sentence's rest with no vote after it (a vote there is a vote of its own).
    // A sentence wrapped over three lines or more ("…сұрақтар мен" / "… 9 мүше жақтап, қарсы және қалыс қалғандар" /
    // "болмады, шешім бірауыздан қабылданды.", set 164) is joined a line at a time while it tells more.
    let said = line;
    for (let rest = line.length <= 400 && i + 1 < lines.length && !tables.taken.has(i + 1) ? sentenceGoesOn(line, lines[i + 1]) : null; rest !== null;
      rest = said.length <= 400 && i + 1 < lines.length && !tables.taken.has(i + 1) ? sentenceGoesOn(lines[i], lines[i + 1]) : null) {
      const joined = readCounts(`${said.trimEnd()} ${rest}`);
      // "Күн тәртібі бойынша дауыс беру / Голосование по повестке: бірауыздан /" / "единогласно. Күн тәртібі бекітілді / …"
      // (set 162): a line broken after the slash between its two languages goes on in the other language — the same vote.
      const translated = /\/\s*$/u.test(lines[i]) && joined.doubts.length === 0 && filled(joined) >= filled(c) && joined.unanimous === c.unanimous;
      if (!(filled(joined) > filled(c) || translated || (c.unanimous && filled(c) === 0 && AGREED_UNANIMOUSLY.test(`${said.trimEnd()} ${rest}`)))) break;
      c = joined;
      said = `${said.trimEnd()} ${rest}`;
      i++;
    }
    // "за – все присутствующие, кроме Рахимовой Д.С., которая воздержалась", "…, остальные воздержались": counts told
    // by exception or by the rest, worked out from those present at the vote (null where that is not known).
    const told = readVoteByException(line, c, presence[i]);
    if (told) c = { ...c, ...told.counts, strong: true, doubts: [] };
    for (const message of c.doubts) issues.push({ line: i + 1, message: `vote: ${message}; not taken` });
    const n = filled(c);
    // "… Решение принято" / "единогласно (из числа …)": the sentence the line goes on from counts as its own.
    // "ШЕШІМ (бірауыздан): …", "РЕШИЛИ (единогласно): …": the vote stated in brackets on the decision's heading is its own.
    // "2" / "единогласно" / "принято": a cell of a table laid out a cell a line under its row's bare number, not a sentence
    // of its own — its row is the table reader's (a table not read gives no vote, never one unanimous vote for all).
    if (c.unanimous && filled(c) === 0 && re(`^\\s*${UNANIMOUS}\\s*$`).test(line) && /^\s*\d{1,3}\s*$/u.test(previousText(lines, i))) continue;
    const ownLine = c.unanimous && (inBlock || re(`голос|дауыс|принят|қабылд|кабылд|утвержд[её]н[аоы]?(?![\\p{L}])|бекітілді`).test(said) || PUT_TO_VOTE.test(said) || line.trim().length <= 60 || DECIDED_UNANIMOUS.test(line) || DECIDED_UNANIMOUSLY.test(line) || AGREED_UNANIMOUSLY.test(said) || APPROVED_UNANIMOUSLY.test(line) || AGENDA_UNANIMOUS.test(line) || UNANIMOUS_OPENS.test(line) || UNANIMOUS_CLOSES.test(line) || (QUESTION_LABEL.test(line) && re(`:\\s*${UNANIMOUS}`).test(line)));
    // Only as the end of the vote above: never a vote of its own.
    const carried = c.unanimous && !ownLine && filled(c) === 0 && re(`голос|дауыс|принят|қабылд|кабылд`).test(carriedSentence(lines, i));
    const unanimousLine = ownLine || carried;
    const isVote = n >= 2 || (n === 1 && (c.strong || inBlock || re(VOTE_LEAD).test(line))) || unanimousLine || told !== null;
    // At a joint sitting another body's vote ("Депутаты маслихата поддержали единогласно") is none of the council's.
    if (!isVote || isOtherBodysVote(said)) continue;
    const current = open as OpenVote | null;
    // A line with no counts ("Единогласно.") goes on the vote above only if that vote could be unanimous: "против – 3"
    // then "…, принято единогласно" is the next question's vote, as is anything after "По четвертому вопросу".
    // (A numbered item whose line the word for all closes, "2. ӘРТҮРЛІ. … туралы. Бірауыздан.", is that item's vote.)
    const closesItem = n === 0 && UNANIMOUS_CLOSES.test(line) && /^\s*\d{1,2}\s*[.)]\s/u.test(line);
    const couldBeSame = n > 0 || (current !== null && !current.counts.against && !current.counts.abstain && !closesItem);
    // "По 1) ✅ ЕДИНОГЛАСНО" / "За — 11 👍" / "Против — 0" / "Воздержались — 0", "Голосовали единогласно:" / "за – 9, …": the
    // word for all on its line, its counts right under it (no line between; the "for" count first, none against and none
    // abstaining; stacked a label a line, the next lines go on the vote as any stacked counts do) — one vote, unanimous with its counts; two votes there would move every later vote onto the next question.
    const countsUnderUnanimous = current !== null && (filled(current.counts) === 0 || current.underUnanimous === true) && current.counts.unanimous && i - current.last === 1
      && (c.for !== null || current.underUnanimous === true) && (n >= 2 || c.strong) && !c.against && !c.abstain && !c.unanimous && !re(QUESTION_NEW).test(line) && !PUT_TO_VOTE.test(said);
    const mergeable = current !== null && (countsUnderUnanimous || ((i - current.last <= 2 || resultLabelBetween(lines, current.last, i)) && filled(current.counts) > 0 && !current.counts.unanimous)) && couldBeSame
      && !re(QUESTION_NEW).test(line) && !re(POINT_NEW).test(line) && !sectionOpens(lines, current.last, i) && !PUT_TO_VOTE.test(said)
      && (['for', 'against', 'abstain'] as const).every((k) => c[k] === null || current.counts[k] === null);
    if (carried && !(current && mergeable)) continue;
    if (current && mergeable) {
      for (const k of ['for', 'against', 'abstain'] as const) current.counts[k] ??= c[k];
      current.counts.unanimous ||= c.unanimous;
      current.last = i;
      if (countsUnderUnanimous) current.underUnanimous = true;
    } else {
      close();
      open = { start: inBlock && headingAt !== null ? headingAt : at, last: i, counts: { ...c } };
    }
    headingAt = null;
  }
  close();
  const taken = new Set<number>(tables.taken);
  for (const v of votes) for (let k = v.start; k <= v.end; k++) taken.add(k);
  const told = readResultOnlyVotes(lines, taken, issues).filter((v) => !restatesTable(v, tables.tables, votes));
  // A ballot of several posts: each section's vote declared by the line naming its candidate elected.
  const all = declareByCandidate(declareByColumn(
    declareByQuestion(withoutSummaryTables([...votes, ...told].sort((a, b) => a.start - b.start), tables.tables, issues), members.votes, lines, issues),
    tables.tables, lines, issues,
  ), lines);
  // (A vote of a members' table carries its question's number: a locator like its lines, no part of the vote.)
  // A vote's result and its counts read apart on lines next to each other: one vote. A sentence that tells a vote no reader
  // took: a hole in its place, never the next question's vote moved up into it.
  // The whole protocol told again in the other language: each vote of its second version is one of the first's.
  // A sentence that tells the questions' votes again, each after its label: each the vote under its question.
  const withHoles = oneForTranslatedVersion(oneForRestatedRuns(
    holesForUnreadVotes(lines, joinVoteHalves(oneForTranslation(all, lines)), tables.taken, tables.tables.some((t) => t.votes.length >= 2)), runs.votes, lines, issues,
  ), lines, issues);
  return withHoles.map(({ start: _start, end: _end, ...vote }) => {
    delete (vote as { question?: number }).question;
    return vote;
  });
}

/**
 * A table of a row per label and a column per question ("«ЗА» 13 16 6" / "«ПРОТИВ» 1 – 8", a written poll's results) with
 * no result of its own: each column's result is stated in the decisions told after it, an item a question ("ПОСТАНОВИЛИ:" /
 * "1. Одобрить … Решение принято." / "3. … Решение не принято."), read as a members' table's is from its question's section.
 */
function declareByColumn(votes: Located[], tables: TableRead[], lines: string[], issues: ExtractIssue[]): Located[] {
  let out = votes;
  for (const t of tables) {
    if (!t.columns || t.votes.length < 2 || t.votes.some((v) => v.declared !== null || !out.includes(v))) continue;
    const items = decisionItemsAfter(lines, t.end);
    if (items.length < t.votes.length) continue;
    const byQuestion = t.votes.map((v, k) => Object.assign(v, { question: k + 1 }));
    out = declareByQuestion(out, byQuestion, lines, issues, items);
  }
  return out;
}

/** Those present, as the protocol states their number and lists their names (empty when not listed). */
export interface Presence {
  count: number | null;
  names: string[];
}

/** The first word of a name that is no initial: "Абенова Г.Т." and "Г.Т. Абенова" are Абенова. */
const surnameOf = (name: string): string => (name.split(/[\s.]+/u).find((w) => w.length > 1) ?? '').toLowerCase().replace(/ё/gu, 'е');

/**
 * Why a roll call does not hold the vote of each member present, or null when it does: as many lines as are present
 * (stated, or listed when not), and each name among those listed.
 */
function notEveryonePresent(names: string[], present: Presence): string | null {
  const count = present.count ?? (present.names.length > 0 ? present.names.length : null);
  if (count !== null && names.length !== count) return `${count} present`;
  const listed = new Set(present.names.map(surnameOf));
  const stranger = listed.size > 0 ? names.find((n) => !listed.has(surnameOf(n))) : undefined;
  return stranger ? `${stranger} not among those present` : null;
}

/**
 * Why names listed by label are not all voters of those present, or null when they may be: no more names than present
 * (stated, or listed when not), and each name among those listed.
 */
function notAllAmongPresent(names: string[], present: Presence): string | null {
  const count = present.count ?? (present.names.length > 0 ? present.names.length : null);
  if (count !== null && names.length > count) return `more than the ${count} present`;
  const listed = new Set(present.names.map(surnameOf));
  const stranger = listed.size > 0 ? names.find((n) => !listed.has(surnameOf(n))) : undefined;
  return stranger ? `${stranger} not among those present` : null;
}

/**
 * A new question's section opens after line `last`, up to line i: "2. СЛУШАЛИ: … Принято единогласно.", "2. ТЫҢДАЛДЫ: …" /
 * "Бірауыздан қабылданды.", "По второму вопросу:" / "Единогласно." — its vote is that question's, never the rest of the
 * vote above, whatever that vote's counts.
 */
function sectionOpens(lines: string[], last: number, i: number): boolean {
  return lines.slice(last + 1, i + 1).some((l) => re(SECTION_NEW).test(l) || QUESTION_OPENS.test(l));
}
/** "По второму вопросу …", "2. Екінші мәселе бойынша": a line opening with a question's heading. */
const QUESTION_OPENS = re(`^\\s*(?:\\d{1,2}[.)]\\s*)?(?:${QUESTION_NEW})`);

/**
 * The end of the sentence on the line above that line i goes on with: it starts in lower case and the line above ends
 * with no stop ("Решение принято" / "единогласно …"). Empty otherwise.
 */
function carriedSentence(lines: string[], i: number): string {
  const above = lines[i - 1] ?? '';
  // "Повестка дня утверждена / Күн тәртібі бекітілді:" over "9 – за; 0 – против …": the result said first, a colon opening
  // its counts — one sentence of no digits.
  if (/:\s*$/u.test(above) && !/\d/u.test(above) && !/[.!?;]/u.test(above.replace(/:\s*$/u, ''))) return above.replace(/:\s*$/u, '');
  // "Решение принято. Голосовали:" over "«за» – 6" / "«против» – 0" …: the result's sentence, then the word that opens
  // the counts under it.
  if (!/\d/u.test(above) && re(VOTE_HEADING_CLOSING).test(above)) return above.replace(re(VOTE_HEADING_CLOSING), '');
  // "… / решение принято" or "Решение принято." over "(за – 14 / против – 0 …).": the counts' bracket belongs to the
  // result's sentence above it, stop or none — when that sentence holds no number (a vote of its own would).
  if (/^\s*\(/u.test(lines[i]) && above.trim() !== '') {
    const last = above.replace(/[.!?;]\s*$/u, '');
    const sentence = last.slice(Math.max(last.lastIndexOf('. '), last.lastIndexOf('; ')) + 1);
    return /\d/u.test(sentence) ? '' : sentence;
  }
  if (!/^\s*\p{Ll}/u.test(lines[i]) || above.trim() === '' || /[.!?;:]\s*$/u.test(above)) return '';
  return above.slice(Math.max(above.lastIndexOf('. '), above.lastIndexOf('; ')) + 1);
}

/**
 * A table that sums up the votes already told under each question ("Дауыс беру қорытындысы" after the questions, the
 * same counts in the same order) is the same votes told twice: the table's are dropped, its results kept where the
 * questions' lines state none. As many in the table with other counts at a question: that question's counts withheld,
 * and said — kept twice, the table's votes stood after the questions' as votes of questions that are not theirs.
 */
function withoutSummaryTables(votes: Located[], tables: { votes: Located[] }[], issues: ExtractIssue[]): Located[] {
  let out = votes;
  for (const t of tables) {
    // One vote in a table may be a question's own, and the same counts twice are two votes: a summary sums up several,
    // after them all.
    const others = out.filter((v) => !t.votes.includes(v) && !tables.some((u) => u !== t && u.votes.includes(v)));
    if (t.votes.length < 2 || others.some((v) => v.start > t.votes[0].start)) continue;
    let merged = mergeInOrder(others, t.votes, issues);
    // Votes of the table between those of the questions (or the other way round): the list in its order is not the
    // order of the lines, and which question each is cannot be told — as many votes, none read.
    if (merged && merged.some((v, k) => k > 0 && v.start < merged![k - 1].start)) {
      merged = merged.map((v) => ({ ...v, for: null, against: null, abstain: null, unanimous: null, declared: null }));
      issues.push({ line: t.votes[0].line, message: `vote: the closing table and the questions tell the votes in orders that do not meet: ${merged.length} votes, none read` });
    }
    if (merged) out = [...out.filter((v) => !others.includes(v) && !t.votes.includes(v)), ...merged].sort((a, b) => a.start - b.start);
    else if (others.length === t.votes.length) issues.push({ line: t.votes[0].line, message: `vote: the table's ${t.votes.length} votes differ from the ${others.length} told under the questions; both kept` });
  }
  return out;
}

/**
 * A table's vote and one told under a question are the same: the same counts, or both for all with none ("бірауыздан" in
 * the summary, "Голосовали: единогласно" under the question), and no other result.
 */
function sameVote(v: Located, o: Located): boolean {
  if (agendaVoteAndQuestionRow(o.text, v.text)) return false;
  return (v.for !== null || (v.unanimous === true && o.unanimous === true)) && v.for === o.for && v.against === o.against && v.abstain === o.abstain
    && (v.declared === null || o.declared === null || v.declared === o.declared);
}

/**
 * Between two votes the same, the questions' votes told by their result alone ("Дауыс беру нәтижесі 2-қосымшада. Ұсыныс
 * қолдау таппады.", "Итоги голосования – в Приложении 2. Решение принято.") and the sheet's counted votes with the same
 * results, in order: each pair one vote, its counts the sheet's. Every vote of the sheet there must find its pair, and the
 * questions' other votes there hold no counts (a bare "Единогласно." stays a vote of its own); null otherwise. A vote of
 * the sheet is never paired with a bare word for all, nor with a result it does not state.
 */
function resultsWithSheetCounts(told: Located[], sheet: Located[]): Located[] | null {
  if (told.some((v) => filled(v) > 0) || sheet.some((v) => v.for === null || v.declared === null)) return null;
  const out = [...told];
  let from = 0;
  for (const v of sheet) {
    const k = told.findIndex((o, n) => n >= from && !o.unanimous && o.declared === v.declared);
    if (k < 0) return null;
    out[k] = { ...told[k], for: v.for, against: v.against, abstain: v.abstain, unanimous: v.unanimous };
    from = k + 1;
  }
  return out;
}

/**
 * The votes told under the questions (`told`) and a closing table's (`table`) as one list, in order: the votes the two
 * have the same (the longest run of them in the same order) are each read once, where the questions tell them (in the
 * table when it has them all), the other's result and "unanimous" kept where the one's lines state none; between two such, the votes only one side
 * has are taken from it ("Голосовали: за – 9 …" under questions 1 and 3, the table's rows the agenda and questions 1–3;
 * the agenda approved in a sentence, the proposal only in the table); where both have votes there and they differ, as
 * many on each side: each pair one vote, its counts withheld; not as many: as many votes as the longer side, none of
 * them read (which is which is not known). Null when the two have no vote the same — the table is no summary of them.
 */
function mergeInOrder(told: Located[], table: Located[], issues: ExtractIssue[]): Located[] | null {
  // The longest common run, by dynamic programming over the two lists (a protocol has a few dozen votes at most).
  const m = told.length;
  const n = table.length;
  const run = Array.from({ length: m + 1 }, () => Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) run[i][j] = sameVote(table[j], told[i]) ? run[i + 1][j + 1] + 1 : Math.max(run[i + 1][j], run[i][j + 1]);
  }
  if (run[0][0] === 0) return null;
  const whole = run[0][0] === m && n > m;
  const out: Located[] = [];
  // The start of the votes not yet taken on each side, and the walk along the common run.
  let [from, fromTable] = [0, 0];
  const takeGap = (to: number, toTable: number) => {
    const a = told.slice(from, to);
    const b = table.slice(fromTable, toTable);
    const paired = a.length > 0 && b.length > 0 ? resultsWithSheetCounts(a, b) : null;
    if (paired) out.push(...paired);
    else if (a.length === 0 || b.length === 0) out.push(...a, ...b);
    else if (a.length === b.length) {
      a.forEach((o, k) => {
        // (Whether it was unanimous, where both sides tell it alike — "за – 5, против – 2" and "6 | 1 | 1", no unanimity word
        // in either — is not disputed.)
        [o.for, o.against, o.abstain, o.unanimous] = [null, null, null, null];
        // (A result only one side states is not disputed; two that differ are.)
        o.declared = o.declared === null || b[k].declared === null || o.declared === b[k].declared ? o.declared ?? b[k].declared : null;
      });
      out.push(...a);
      issues.push({ line: a[0].line, message: `vote: the closing table and the questions tell ${a.length === 1 ? 'this vote' : `these ${a.length} votes`} with other counts: withheld` });
    } else {
      out.push(...(a.length > b.length ? a : b).map((v) => ({ ...v, for: null, against: null, abstain: null, unanimous: null, declared: null })));
      issues.push({ line: a[0].line, message: `vote: the questions tell ${a.length} votes here, the closing table ${b.length}, none the same: which is which not known, none read` });
    }
  };
  let [i, j] = [0, 0];
  while (i < m && j < n) {
    if (sameVote(table[j], told[i]) && run[i][j] === run[i + 1][j + 1] + 1) {
      takeGap(i, j);
      // Every vote under the questions the table's too, and more: the table is the whole record, read in its order.
      const [kept, other] = whole ? [table[j], told[i]] : [told[i], table[j]];
      kept.declared ??= other.declared;
      kept.unanimous ||= other.unanimous;
      out.push(kept);
      [i, j] = [i + 1, j + 1];
      [from, fromTable] = [i, j];
    } else if (run[i + 1][j] >= run[i][j + 1]) i++;
    else j++;
  }
  takeGap(m, n);
  return out;
}

/**
 * A bilingual protocol tells a vote in Kazakh and again in Russian on the next line ("Дауыс беру: жақтап – 21, …" /
 * "Голосование: за – 21, …", "Бірауыздан қабылданды." / "Принято единогласно."): one vote. Two votes in one language,
 * or with other counts, or apart, stay two — apart but for the translated block's lines that lead to the second
 * ("[KZ] … Дауыс беру: …" / "[RU] СЛУШАЛИ: … Голосование: …"), they are one.
 */
function oneForTranslation(votes: Located[], lines: string[]): Located[] {
  const out: Located[] = [];
  // (A vote's own lines, every letter: a table's "Жақтағандар<tab>Қарсылар" over "0<tab>1<tab>1" is Kazakh, its text "0 1 1" none.)
  const kazakhLines = (v: Located): boolean => isKazakh(lines.slice(Math.max(0, v.for === null ? v.start : v.start - 1), v.end + 1).join(' '));
  for (const v of votes) {
    const last = out[out.length - 1];
    const same = last !== undefined && ((v.start - last.end <= 2 && !questionBetween(lines, last.end, v.start)) || translationBetween(lines, last.end, v.start, languageIsKazakh(v.text) ? 'kk' : 'ru'))
      && languageIsKazakh(last.text) !== languageIsKazakh(v.text)
      && sameVoteTold(last, v)
      && sameQuestionLabel(last.text, v.text)
      // A translation that leaves the counts out: on the next line (never across a block — "Екінші мәселе бойынша …"
      // opens no question the block's test knows), the two in two languages by every letter of their lines (a counted
      // vote's with the line above: a table's header), quotes and all ("Дауыс беру: «Жақтап» – 0 …" is Kazakh though its words outside the
      // quotes have no Kazakh letter).
      && ((last.for === v.for && last.against === v.against && last.abstain === v.abstain)
        || (kazakhLines(last) !== kazakhLines(v) && v.start - last.end <= 2 && !questionBetween(lines, last.end, v.start)));
    if (!same) {
      out.push(v);
      continue;
    }
    // A translation that leaves the counts out: the counts are the other language's, and so is the unanimity word.
    takeTranslation(last, v);
    last.end = Math.max(last.end, v.end);
  }
  return out;
}

/**
 * The question a vote's line opens by naming ("Повестка: 14/0/0", "Вопрос 2: …", "2-мәселе: Бірауыздан.", "Күн тәртібі / …"):
 * two lines naming two questions are two votes, whatever their languages — not a vote and its translation. A line that
 * names none may be either. A line naming its question with the word for all after the label's colon ("2-мәселе, жоспар
 * тұтастай / план в целом: Бірауыздан / Единогласно.") is a vote of its own, however long its label.
 */
const QUESTION_LABEL = /^\s*(?:(\d{1,2})\s*-?\s*(?:мәселе|сұрақ)|(?:по\s+)?вопрос[\p{L}]*\s*(?:№\s*)?(\d{1,2})|(повестк[\p{L}]*|күн\s+тәртіб[\p{L}]*))/iu;

function sameQuestionLabel(a: string, b: string): boolean {
  const [x, y] = [QUESTION_LABEL.exec(a), QUESTION_LABEL.exec(b)];
  if (x === null || y === null) return true;
  const question = (m: RegExpExecArray) => m[1] ?? m[2] ?? 'agenda';
  return question(x) === question(y);
}

const RESULT_ONLY = re(`${SHOW_OF_HANDS}|${MAJORITY}|${PROPOSAL_REJECTED}`);
/**
 * "Кенжебаева Г.М. мониторингті маусымға ауыстыруды ұсынды, ұсыныс қолдау таппады.", "Петров П.П. предложил перенести срок,
 * предложение не поддержано.": a member's proposal told with its fate in the one sentence of the discussion — no vote put
 * (the motion voted after it has its own counts), so no vote of its own. "Предложение отклонено большинством голосов" (a
 * majority) is one.
 */
const PROPOSED_UNSUPPORTED = re(`(?<![\\p{L}])(?:ұсынды|предложил[аи]?)(?:\\s[^.;,]{0,80})?\\s*[,;]\\s*(?:[^.;]{0,40}?\\s)?(?:${PROPOSAL_REJECTED})(?![^.;]*(?:${MAJORITY}|${SHOW_OF_HANDS}))`);

/**
 * Votes told by their result only: "проголосовали поднятием рук, решение принято большинством голосов", "Есеп көпшілік
 * дауыспен бекітілді", "Большинством голосов предложение отклонено". A vote with its declared result and no counts —
 * never unanimous, for a majority is not all. A line that is the result of a counted vote above (`taken`) is not another
 * vote; a show of hands with no result read is an issue, not a vote.
 */
function readResultOnlyVotes(lines: string[], taken: Set<number>, issues: ExtractIssue[]): Located[] {
  const votes: Located[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (taken.has(i) || line.length > 400 || !RESULT_ONLY.test(line) || re(REPORTED_SPEECH).test(line) || re(SECTION_NEW).test(line) || PROPOSED_UNSUPPORTED.test(line)) continue;
    let declared = declaredIn(line.replace(re(SECTION_DECIDED), ''));
    let end = i;
    for (let j = i + 1, seen = 0; declared === null && j < lines.length && seen < 2; j++) {
      if (lines[j].trim() === '') continue;
      seen++;
      if (taken.has(j) || re(QUESTION_NEW).test(lines[j]) || re(SECTION_NEW).test(lines[j]) || re(MOTION).test(lines[j])) break;
      declared = declaredIn(lines[j].replace(re(SECTION_DECIDED), ''));
      if (declared !== null) end = j;
    }
    if (declared === null) {
      if (re(`${SHOW_OF_HANDS}|голосовал|дауыс\\s+бер`).test(line)) issues.push({ line: i + 1, message: `vote: "${tidy(line).slice(0, 80)}" states no result read; not taken` });
      continue;
    }
    // "Шешім / Решили: ұсыныс қолдау таппады, отырыстар аралас форматта" / "өткізіледі / предложение не поддержано, …": the
    // sentence going on in lower case on the next lines (here its other language's half) is this result's, no other vote.
    while (end + 1 < lines.length && !taken.has(end + 1) && /^\s*\p{Ll}/u.test(lines[end + 1]) && !/[.!?;:]\s*$/u.test(lines[end])
      && filled(readCounts(lines[end + 1].slice(0, 400))) === 0) end++;
    const own = lines.slice(i, end + 1).join(' ');
    votes.push({
      start: i, end, line: i + 1, for: null, against: null, abstain: null,
      unanimous: re(UNANIMOUS).test(own) && !re(MAJORITY).test(own), declared, text: tidy(own).slice(0, 300),
    });
    i = end;
  }
  return votes;
}

/**
 * A table of the votes of several questions, each with its result, states every result; a sentence that gives a result
 * with no counts ("3. … ұсыныс қолдау таппады.", "Предложение не поддержано.") is the decision written out, not another
 * vote — after the table, or before it when the table sums up the votes at the end ("ДАУЫС БЕРУ НӘТИЖЕЛЕРІ" after the
 * questions, the sentence "Бұл ұсыныс жеке дауысқа салынып, қолдау таппады." in the discussion): read as a vote of its
 * own, it would stand before the table's and move each onto the question before. Unless a counted vote stands between
 * them, or no question of the table had that result.
 */
function restatesTable(v: Located, tables: TableRead[], counted: Located[]): boolean {
  return tables.some((t) => {
    if (t.votes.length < 2 || !t.votes.every((x) => x.declared !== null) || !t.votes.some((x) => x.declared === v.declared)) return false;
    const [from, to] = t.end < v.start ? [t.end, v.start] : [v.end, t.votes[0].start];
    return !(t.end >= v.start && t.votes[0].start <= v.end) && !counted.some((c) => !t.votes.includes(c) && c.start > from && c.start < to);
  });
}

/** A form's label over the result of a vote: "Результат:", "Итог голосования:", "Нәтижесі:", "Дауыс беру қорытындысы:". */
const RESULT_LABEL = re(`^\\s*(?:результат(?:ы)?(?:\\s+голосования)?|итог(?:и)?(?:\\s+голосования)?|(?:дауыс\\s+беру\\s+)?(?:нәтижесі|қорытындысы)|нәтиже)\\s*:?\\s*$`);

/**
 * "За: 6 / Против: 0 / Воздержались: 0" / "" / "Результат:" / "Принято единогласно": a form sets the result of the counts
 * above apart under its own label — the lines between the counts and the result are only blanks and that label.
 */
function resultLabelBetween(lines: string[], last: number, i: number): boolean {
  const between = lines.slice(last + 1, i).filter((l) => l.trim() !== '');
  return between.length === 1 && RESULT_LABEL.test(between[0]) && i - last <= 4;
}

function endsWithLabel(line: string): boolean {
  const labels = matchesOf(line, LABELS);
  const last = labels[labels.length - 1];
  return last !== undefined && /^[\s»"”]*[-–—:=]?\s*$/u.test(line.slice((last.index ?? 0) + last[0].length));
}


function finishVote(lines: string[], v: OpenVote, tableLines: Set<number>): Located {
  const own = lines.slice(v.start, v.last + 1).join(' ');
  // "Повестка принята" / "единогласно.": the result's verb on the line above, in the sentence the vote's line goes on.
  const carried = carriedSentence(lines, v.start);
  const ownSaid = declaredIn(own);
  const said = ownSaid ?? declaredIn(`${carried} ${own}`);
  // "Принято большинством голосов:" over its counts: the result's line is this vote's, no vote of its own.
  const start = ownSaid === null && said !== null && /:\s*$/u.test(lines[v.start - 1] ?? '') && declaredIn(carried) !== null ? v.start - 1 : v.start;
  const { declared: after0, end, after } = afterVote(lines, v.last, said, tableLines);
  // "Шешім: кесте бекітілсін. Бірауыздан.", "Решили: утвердить план. Единогласно.": the decision taken unanimously, told
  // on its own line — adopted ("Голосовали единогласно." alone declares no result).
  // "Күн тәртібін бекіту туралы дауыс беру: бірауыздан.", "Голосование по утверждению повестки дня: единогласно.": a vote
  // named as one for approving, all for it — approved; so is "Повестка дня: единогласно." (the agenda's approval).
  const declared = after0 ?? (v.counts.unanimous && v.start === v.last && (DECIDED_UNANIMOUSLY.test(own) || APPROVAL_UNANIMOUS.test(own) || AGENDA_UNANIMOUS.test(own)) ? 'adopted' : null) ?? decidedAbove(lines, v.start) ?? decisionBelow(after, v.counts);
  // Lines joined by a line break: "… – 0\n2 члена не голосовали" are two numbers, not "0 2".
  const notVoted = notVotedIn([...lines.slice(v.start, v.last + 1), ...after].join('\n'));
  return {
    start,
    end,
    line: start + 1,
    for: v.counts.for,
    against: v.counts.against,
    abstain: v.counts.abstain,
    unanimous: v.counts.unanimous,
    declared,
    text: tidy(own).slice(0, 300),
    ...(notVoted !== null ? { not_voted: notVoted } : {}),
  };
}

/**
 * The lines after a vote: the result often stands in a following sentence; look a few lines on, but not past the next
 * motion, a table of votes or a long speech that might say "принято" about something else. The same lines may say how many
 * present did not vote (`after`). `end` is the line of the result read there, else `last`.
 */
function afterVote(lines: string[], last: number, declaredOwn: VoteDeclared | null, tableLines: Set<number>): { declared: VoteDeclared | null; end: number; after: string[] } {
  let declared = declaredOwn;
  let end = last;
  const after: string[] = [];
  // "…признала голосование\nнедействительным и предложила проголосовать повторно": a vote declared invalid declares no
  // result, whatever was said of it before; the objection may take a few sentences more than a result would.
  const told: string[] = [lines[last].trim()];
  if (re(VOTE_VOIDED).test(told[0])) return { declared: null, end: last, after };
  for (let j = last + 1, seen = 0; j < lines.length && seen < 6; j++) {
    const line = lines[j];
    if (line.trim() === '') continue;
    seen++;
    if (tableLines.has(j) || re(VOTE_HEADING).test(line) || re(MOTION).test(line) || re(SECTION_NEW).test(line) || re(QUESTION_NEW).test(line) || filled(readCounts(line.slice(0, 400))) >= 2) break;
    told.push(line.trim());
    if (re(VOTE_VOIDED).test(told.join(' '))) return { declared: null, end: last, after };
    // A decision of several numbered points ("1.1. …", "1.2. …" wrapped) before "Решение принято." on a line of its own:
    // a line that is that sentence alone closes the decision voted, a few lines further on.
    if (seen > 3) {
      if (declared === null && STANDALONE_RESULT.test(line)) [declared, end] = [declaredIn(line), j];
      continue;
    }
    after.push(line);
    if (declared !== null || (line.length > 300 && !re('голос|дауыс').test(line))) continue;
    // "… 2-еуі қалыс қалды. Ұсыныс қолдау" / "таппады.", "… воздержался 1. Решение не" / "принято.": the result's sentence
    // broken by the wrap is read whole ("принято." alone would say the opposite).
    const broken = j === last + 1 ? wrappedSentenceStart(lines[last], line) : null;
    declared = (broken !== null ? declaredIn(`${broken} ${line}`) : null) ?? declaredIn(line.replace(re(SECTION_DECIDED), ''));
    if (declared !== null) end = j;
  }
  return { declared, end, after };
}

/**
 * The start of the sentence a vote's last line leaves open for the next to finish: the words after its last stop, when the
 * line ends with no stop and the next goes on in lower case; null otherwise (or when the open words hold a count).
 */
function wrappedSentenceStart(line: string, next: string): string | null {
  if (/[.!?;:]\s*$/u.test(line) || !/^\s*\p{Ll}/u.test(next)) return null;
  const start = line.replace(/^.*[.!?;]\s+/su, '').trim();
  return start === '' || /\d/u.test(start) ? null : start;
}

/** "Решение принято.", "Шешім қабылданбады.": the result as a sentence alone on its line. */
const STANDALONE_RESULT = re('^\\s*(?:решение|шешім)\\s+(?:(?:не\\s+)?принят[\\p{L}]*|қабылдан(?:ды|бады))\\s*\\.?\\s*$');

/** "2 члена Совета не голосовали", "не голосовали – 2", "4 мүше … дауыс беруге қатыса алмады". */
function notVotedIn(text: string): number | null {
  const m = MEMBERS_NOT_VOTED.exec(text) ?? NOT_VOTED_COUNT.exec(text);
  return m ? parseCount(m[1]) : null;
}

/**
 * A decision's line closed by a sentence of the one word for all: "Шешім: …. Бірауыздан.", "Решили: … . Единогласно." (Not with
 * the verb of voting, "Решили: … . Голосовали единогласно.": the writers of sets 31 and 54/60/62 read that line differently.)
 */
/**
 * A line that puts a question to the vote itself ("Повестку дня в изменённом виде поставили на голосование. Проголосовали
 * единогласно.", "Күн тәртібі дауысқа қойылды. Бірауыздан."): its word for all is its own vote, never the end of the vote above.
 */
// Put to approval is put to the vote as well ("Повестка дня поставлена на утверждение. Единогласно.", "Күн тәртібі бекітуге
// қойылды. Бірауыздан."): the approval is by a vote, its word for all that vote (not "направлен на утверждение в маслихат").
const PUT_TO_VOTE = re('(?<![\\p{L}])(?:постав(?:ил[аи]?|лен[аоы]?)|вынес(?:ла|ли|ен[аоы]?)?|вынося?т(?:ся)?)\\s+(?:[\\p{L}]+\\s+){0,2}?на\\s+(?:голосование|утверждение)|(?:дауысқа|бекітуге)\\s+(?:қой(?:ды|ылды|ған)|салын(?:ды|ған)|шығарыл(?:ды|ған))');

// The word in both languages, one statement ("Шешім / Решили: … . Бірауыздан / Единогласно.").
const DECIDED_UNANIMOUSLY = re(`${SECTION_DECIDED}\\s*\\S[^]*?[.;]\\s*${UNANIMOUS}(?:\\s*/\\s*${UNANIMOUS})?\\s*[.!]?\\s*$`);

/**
 * "РЕШИЛИ: решение принято – направить рекомендации …" / "Итоги голосования: за – 10, …", "ШЕШІМ: шешім қабылданды – …" / "Дауыс
 * беру: …": the decision's heading declares its result before the counts, on the line right above the vote — when no vote
 * stands right above that line (whose result it could be).
 */
/**
 * "Жақтап – 8 / Қарсы – 1 / Қалыс – 1" over "ШЕШІМ: Г.Н. Бекова комиссия төрағасы болып тағайындалсын.", "За – 9, против – 2" over
 * "РЕШИЛИ: назначить …": the decision written as taken right after the counts (a Kazakh order "…тағайындалсын",
 * "…бекітілсін", a Russian infinitive "утвердить", "назначить") — adopted, when the counts carry it (more for than against
 * and abstaining together). A decision after counts that do not carry it says nothing sure.
 */
function decisionBelow(after: string[], counts: { for: number | null; against: number | null; abstain: number | null }): VoteDeclared | null {
  const next = after[0];
  if (next === undefined || counts.for === null || counts.against === null || !DECISION_TAKEN.test(next)) return null;
  return counts.for > counts.against + (counts.abstain ?? 0) ? 'adopted' : null;
}
const DECISION_TAKEN = re(`^\\s*(?:${DECIDED})\\s*:\\s*(?:(?:[^;:]{0,120}?\\s)?[\\p{L}]+(?:ылсын|ілсін|лсын|лсін)(?![\\p{L}])|(?:утвердить|назначить|избрать|одобрить|принять|включить|поддержать|рекомендовать)(?![\\p{L}]))`, 'iu');

function decidedAbove(lines: string[], start: number): VoteDeclared | null {
  let k = start - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  const m = k >= 0 ? DECIDED_RESULT.exec(lines[k]) : null;
  if (!m) return null;
  let j = k - 1;
  while (j >= 0 && lines[j].trim() === '') j--;
  const above = j >= 0 ? lines[j].slice(0, 400) : '';
  if (filled(readCounts(above)) > 0 || re(UNANIMOUS).test(above) || declaredIn(above) !== null) return null;
  return declaredIn(m[1]);
}
const DECIDED_RESULT = re(`^[^:]{0,40}?${DECIDED}\\s*:\\s*((?:решение|шешім)\\s+(?:не\\s+)?(?:принят[оа]?|қабылдан(?:ды|бады)))(?=\\s*(?:[-–—:.;]|$))`);
/** A vote named for approving something, then the one word for all: "… бекіту туралы дауыс беру: бірауыздан". */
const APPROVAL_UNANIMOUS = re(`(?:(?<![\\p{L}])(?:бекіту|мақұлдау)[\\p{L}]*\\s+(?:туралы|бойынша)\\s+дауыс\\s+беру|голосовани[\\p{L}]*\\s+(?:по|за)\\s+(?:утверждени|одобрени)[\\p{L}]*[^:.;]{0,60}?)\\s*[:\\-–—]\\s*${UNANIMOUS}\\s*[.!]?\\s*$`);
/**
 * The agenda as a label, the one word for all after it: "Повестка дня / Күн тәртібі: бірауыздан / единогласно.", "По повестке
 * дня – единогласно (12).", "Күн тәртібі бойынша дауыс беру / Голосование по повестке: бірауыздан / единогласно." — the
 * agenda voted on for its approval, all for it.
 */
const AGENDA = '(?:повестк[\\p{L}]*\\s+дня|күн\\s+тәртіб[\\p{L}]*)';
/** "Күн тәртібі бойынша дауыс беру", "Голосование по повестке (дня)": the vote named as the agenda's. */
const AGENDA_VOTE = '(?:(?:голосование|голосовали)\\s+по\\s+повестк[\\p{L}]*(?:\\s+дня)?|күн\\s+тәртіб[\\p{L}]*\\s+(?:бойынша|туралы)\\s+дауыс\\s+беру)';
/** "Утверждение повестки", "Күн тәртібін бекіту": the agenda's approval named as the label. */
const AGENDA_APPROVAL = '(?:утверждени[\\p{L}]*\\s+повестк[\\p{L}]*(?:\\s+дня)?|күн\\s+тәртіб[\\p{L}]*\\s+бекіту)';
const AGENDA_LABEL = `(?:по\\s+)?(?:${AGENDA}|${AGENDA_VOTE}|${AGENDA_APPROVAL})`;
const AGENDA_UNANIMOUS = re(`^\\s*${AGENDA_LABEL}(?:\\s*/\\s*${AGENDA_LABEL})?\\s*[:\\-–—]\\s*${UNANIMOUS}(?:\\s*/\\s*${UNANIMOUS})?(?:\\s*\\(\\s*\\d{1,3}[^()]{0,20}\\))?\\s*[.!]?\\s*$`);
/**
 * The line's first sentence is the one word for all, in one language or in both: "Бірауыздан / Единогласно. Кенесова А.Т.
 * избрана секретарём Совета.", "Единогласно. План утверждён с учётом замечаний членов комиссии по социальным вопросам." — the
 * vote, its result in the sentence after it, however long that is.
 */
const UNANIMOUS_OPENS = re(`^\\s*${UNANIMOUS}(?:\\s*/\\s*${UNANIMOUS})?\\s*[.!]\\s+\\S`);
/**
 * The line's last sentence is the one word for all: "3. ӘРТҮРЛІ. Кеңестің 2027 жылғы жұмыс жоспарының жобасын келесі отырыста
 * талқылауға ұсыну туралы. Бірауыздан." (set 175's Akmola), "3. Разное. О плане работы на 2027 год. Единогласно." — the
 * item's vote closing its line, however long the item is.
 */
const UNANIMOUS_CLOSES = re(`[.;!]\\s+${UNANIMOUS}(?:\\s*/\\s*${UNANIMOUS})?\\s*[.!]?\\s*$`);
/** "Бұған Кеңес мүшелері бірауыздан келісті", "члены Совета единогласно согласились": all agreed, a vote with no counts. */
const AGREED_UNANIMOUSLY = re(`${UNANIMOUS}\\s+(?:келісті|согласил[\\p{L}]*)(?![\\p{L}])`);

/**
 * The rest of the sentence a line breaks off ("… бір мүше" / "қарсы шығып, біреуі қалыс қалды; шешім … өтті."): the next
 * line when it goes on in lower case from a line with no stop at its end, and ends the sentence with nothing after it but
 * words with no count; null otherwise.
 */
function sentenceGoesOn(line: string, next: string): string | null {
  // (A quoted label in lower case goes on too: "… 9 членов проголосовали" / "«за»; против – нет, …", set 165.)
  if (/[.!?;:]\s*$/u.test(line) || line.trim() === '' || !/^\s*[«"“„]?\p{Ll}/u.test(next)) return null;
  const stop = /[.!?](?=\s+\p{Lu}|\s*$)/u.exec(next);
  const after = stop ? next.slice(stop.index + 1) : '';
  if (after.trim() !== '' && (filled(readCounts(after)) > 0 || re(UNANIMOUS).test(after))) return null;
  return next.trim();
}

/** The nearest line with text above line i ('' at the top). */
function previousText(lines: string[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (lines[k].trim() !== '') return lines[k];
  return '';
}
