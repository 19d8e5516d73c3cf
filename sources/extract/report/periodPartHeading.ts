/**
 * A heading that names a part of the report's period and nothing else, over a chronology's dated items: "I квартал",
 * "II квартал 2025 г.", "1-й квартал", "Первый квартал:", "І тоқсан", "2-тоқсан", "Екінші тоқсан", "I полугодие",
 * "ІІ жартыжылдық". Held-out 74's Shu report grouped its dated events by quarter under "Основные мероприятия (в
 * хронологическом порядке)": each quarter's heading stood between the items and the heading that types them, and
 * none was read. Under such a heading items are read as a diary's (readLists): each opens with its date and names one
 * type. A plan's quarter ("План на IV квартал", "IV квартал (план)") or a sentence ("В I квартале проведено …") is none.
 */
export function isPeriodPartHeading(line: string): boolean {
  return PERIOD_PART.test(line.trim());
}

const ROMAN = '[IVХІ]{1,3}';
const ORDINAL_RU = '(?:перв|втор|трет|четв[её]рт)(?:ый|ой|ье|ое|ий)';
const ORDINAL_KK = '(?:бірінші|екінші|үшінші|төртінші)';
const PERIOD_PART = new RegExp(
  String.raw`^(?:(?:${ROMAN}|[1-4](?:\s*-\s*(?:й|ый|ой|ші|шы|інші|ыншы))?|${ORDINAL_RU}|${ORDINAL_KK})\s*-?\s*(?:квартал|полугодие|тоқсан|токсан|жартыжылдық|жарты\s+жылдық)|(?:квартал|тоқсан)\s+${ROMAN})(?:\s+(?:19|20)\d{2}(?:\s*(?:г\.?|года|ж\.?|жыл[\p{L}]*))?)?(?:\s*\((?:[\p{L}]+\s*[-–—]\s*[\p{L}]+)\))?\s*:?$`,
  'iu',
);
