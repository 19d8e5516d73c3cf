/**
 * A count told as a part of a written whole, in Kazakh: "Жауап берілгені – 16-ның 14-і" (14 of 16), "10-нан 9-ы"
 * (9 of 10). The part is the count the text states; the whole (in the genitive or the ablative, right before it) is the
 * total it is a part of, already stated elsewhere or not a figure at all. The whole is blanked (spaces, offsets kept) so
 * the reader meets the part alone. Digits only; a year is never a whole ("2025-тің 5-і" is no such thing), nor a number
 * with a bound after it ("10-нан астам": more than ten, no part). The part carries its possessive ("14-і", "9-ы", "2-еуі",
 * "14-іне"): a bare number or another case after an ablative is a change from one number to another ("былтырғы 20-дан
 * 31-ге дейін өсті", "2024 жылғы 9-дан 2025 жылы 14-ке"), never a part; so is a range of days ("наурыздың 10-нан 14-іне
 * дейін": from the 10th to the 14th).
 * (A vote's "жақтап – 10-нан 9" is read by protocol/voteArithmetic's partOfWhole: after a vote's label a bare count
 * after the whole is its part, which in a report's sentence it need not be.)
 */
const WHOLE_BEFORE_PART = /(?<![\d.,/\p{L}])(?!(?:19|20)\d{2}-)(\d{1,4})-?(?:ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен)(?=\s+\d{1,4}-?(?:еуі|ауы|уі|сі|сы|і|ы)(?:н|на|не|нде|нда|мен)?(?![\d\p{L}]|[.,]\d)(?!\s+дейін))/gu;

export function blankWholeBeforePart(line: string): string {
  if (!/\d-?(?:н|д|т)(?:ың|ің|ан|ен)\s+\d/u.test(line)) return line;
  return line.replace(WHOLE_BEFORE_PART, (all: string) => ' '.repeat(all.length));
}
