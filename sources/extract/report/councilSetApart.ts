import { lowerCase } from '../grammar/lowerCase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';

/** Why a count of the council's told in such a report is a candidate (doubtOfFigure), after the council's words. */
export const COUNCIL_APART = 'which the commission\'s report gives apart from its own';

/**
 * A commission's report that gives the whole council's figures beside its own and sets them apart, saying so itself:
 * - as given for reference, in the sentence that names the council: "во второй графе – для сведения – показатели
 *   Общественного совета в целом", "Справочно: Советом в целом проведено 12 мониторингов", "Кеңестің жалпы көрсеткіштері
 *   3-бөлімде «анықтама үшін» берілген";
 * - or as not counted in the commission's, in a sentence that names the commission, the council named there or in the
 *   sentence before: "Кеңестің 2 отырысы болды, …, бірақ бұл отырыстар комиссияның отырыстары болып саналмайды", "олар
 *   комиссия отырыстарының санына кірмейді", "Заседания Совета в число заседаний комиссии не входят".
 * Such a report counts only the commission's own work: its commission's counts are its figures, and the council's beside
 * them are another body's (report/readOwnFigures). A report that states the council's figures as a fact of its own
 * ("Напомню, что в целом Общественным советом проведено 6 заседаний", a column "Кеңес бойынша барлығы" compared with the
 * commission's) is read as the council's, as before. A comparison ("для сравнения", "салыстыру үшін") is no mark: it
 * also sets another year beside the report's.
 */
export function setsCouncilApart(lines: string[]): boolean {
  const sentences = paragraphsOf(lines).flatMap((p) => sentencesOf(p).map((s) => lowerCase(s.text)));
  return sentences.some((s, k) => (COUNCIL.test(s) && FOR_REFERENCE.test(s)) || (COMMISSION.test(s) && NOT_COUNTED.test(s) && (COUNCIL.test(s) || COUNCIL.test(sentences[k - 1] ?? ''))));
}

/** The text's paragraphs, each read as one line (a sentence runs over the lines of its paragraph). */
function paragraphsOf(lines: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() !== '') run.push(line.trim());
    else if (run.length > 0) {
      out.push(run.join(' '));
      run = [];
    }
  }
  return out;
}

/** The council or its presidium, in Russian and Kazakh ("Совет", "ОС", "Кеңес", "президиум", "төралқа"). */
const COUNCIL = /(?<![\p{L}])(?:совет(?:а|у|ом|е)?|ос|кеңес(?!ш)[\p{L}]*|президиум[\p{L}]*|төралқа[\p{L}]*)(?![\p{L}])/u;
const COMMISSION = /(?<![\p{L}])(?:под)?комисси[\p{L}]*/u;
/** Words that give what follows for reference only: "справочно", "для справки", "для сведения", "анықтама үшін", "мәлімет үшін". */
const FOR_REFERENCE = /(?<![\p{L}])(?:справочно|для\s+(?:справки|сведения|информации)|(?:анықтама|мәлімет|ақпарат)\s+үшін)(?![\p{L}])/u;
/**
 * A verb of counting in, negated: "не входят", "не учитываются", "не засчитываются", "не считаются", "не включены", "не
 * относятся"; Kazakh "кірмейді", "қосылмайды", "саналмайды", "есептелмейді", "есепке алынбайды", "жатпайды", "енгізілмейді".
 */
const NOT_COUNTED = /(?<![\p{L}])не\s+(?:входят|входит|учитыва[\p{L}]*|засчитыва[\p{L}]*|считаю?тся|включ[её]н[\p{L}]*|относ[\p{L}]*|суммиру[\p{L}]*)|(?:кірмейді|қосылмайды|саналмайды|есептелмейді|есепке\s+алынбайды|жатпайды|енгізілмейді)(?![\p{L}])/u;
