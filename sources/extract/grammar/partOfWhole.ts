/**
 * A count told as a part of a written whole, in Kazakh: "Жауап берілгені – 16-ның 14-і" (14 of 16), "жақтап – 10-нан 9"
 * (9 of 10). The part is the count the text states; the whole (in the genitive or the ablative, right before it) is the
 * total it is a part of, already stated elsewhere or not a figure at all. The whole is blanked (spaces, offsets kept) so
 * the reader meets the part alone. Digits only; a year is never a whole ("2025-тің 5-і" is no such thing), nor a number
 * with a bound after it ("10-нан астам": more than ten, no part).
 */
const WHOLE_BEFORE_PART = /(?<![\d.,/\p{L}])(?!(?:19|20)\d{2}-)(\d{1,4})-?(?:ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен)(?=\s+\d{1,4}(?:-?(?:і|ы|еуі|ауы|уі|сі|сы|ін|ын|на|не|іне|ына))?(?![\d.,\p{L}]))/gu;

export function blankWholeBeforePart(line: string): string {
  if (!/\d-?(?:н|д|т)(?:ың|ің|ан|ен)\s+\d/u.test(line)) return line;
  return line.replace(WHOLE_BEFORE_PART, (all: string) => ' '.repeat(all.length));
}
