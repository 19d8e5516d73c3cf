/**
 * A count written with the unit of a statistical form after it, as some secretaries write every figure: "Общественного
 * совета – 5 ед.", "Мониторингов проведено 6 ед.:", "Кол-во членов Совета – 12 чел.", "Отырыстар – 5 бірл.". The unit
 * says nothing the noun does not, and its stop ends no sentence: "ед." ("единиц"), "шт." and "бірл." ("бірлік") are
 * dropped and "чел." is read as "человек" ("Кол-во" is spelled out with the other abbreviations: ../shorthand.json), so the figure grammar meets the phrase it knows
 * ("Круглые столы – 2 (26.03.2025 …)", "Количество постоянных комиссий – 3"). Only right after a number: a table's
 * header ("Показатель, ед.") is the table's to read.
 */
export function withoutUnitAbbreviations(line: string): string {
  if (!UNIT_OR_COUNT_WORD.test(line)) return line;
  return line.replace(DROPPED_UNIT, '$1').replace(PEOPLE_UNIT, '$1человек');
}

const UNIT_OR_COUNT_WORD = /(?:ед|шт|бірл|чел)\./iu;
const DROPPED_UNIT = /(\d)\s*(?:ед|шт|бірл)\.(?=\s|[,;:)]|$)/gu;
const PEOPLE_UNIT = /(\d\s*)чел\.(?=\s|[,;:)]|$)/gu;
