/**
 * A sentence longer than this is run-on prose (set 164): a report or a protocol's paragraph of many statements joined by
 * commas, where what a whole sentence says — a year, a comparison, the subject named — belongs to one clause of it only.
 */
export const RUN_ON_SENTENCE = 400;
