import { protocolHead } from './protocolHead.ts';
import { unspace } from './readHeader.ts';
import { re } from './re.ts';

/**
 * A protocol of a written poll — no sitting: the questions were sent to the members on a sheet (опросный лист, сауалнама
 * парағы) and the sheets returned were counted. Its title says so: "ПРОТОКОЛ № 3 / заочного голосования (опросным путем)",
 * "ПРОТОКОЛ № 9 заочного заседания Общественного совета", "… внеочередного заседания, проведённого в заочной форме",
 * "ПРОТОКОЛ № 4 (решение принято заочно, путём опроса членов Совета)", "СЫРТТАЙ ДАУЫС БЕРУ НӘТИЖЕЛЕРІ ТУРАЛЫ / ХАТТАМА № 6",
 * "С Ы Р Т Т А Й   Д А У Ы С   Б Е Р У / ХАТТАМАСЫ № 1" (set 195), "сырттай дауыс беру (сауалнама жүргізу) тәсілімен
 * өткізілген отырыстың ХАТТАМАСЫ № 4".
 * Only the title counts: a sitting's protocol tells of written votes in its text ("2 – по опросным листам", "3 мүше сырттай
 * дауыс берді", set 195's ZKO and Mangystau sittings), and its title names the sitting ("ПРОТОКОЛ № 4 / заседания
 * Общественного совета").
 */
export function isWrittenPoll(lines: string[]): boolean {
  return POLL_TITLE.test(titleOf(lines));
}

const RU_POLL_TITLE = [
  // "ПРОТОКОЛ № 8 ЗАОЧНОГО ГОЛОСОВАНИЯ", "Протокол итогов заочного голосования", "ПРОТОКОЛ № 2 голосования опросным путём".
  `протокол[\\p{L}]*\\s*(?:№\\s*[\\p{L}\\d/-]+\\s*)?(?:итогов\\s+|подсч[её]та\\s+голосов\\s+(?:по\\s+итогам\\s+)?)?(?:заочн[\\p{L}]*\\s+(?:голосовани|заседани|собрани|опрос)|голосовани[\\p{L}]*\\s+(?:опросн|пут[её]м\\s+опроса))`,
  // "… заседания Общественного совета, проведённого в заочной форме (опросным путём)".
  `протокол[^.]{0,120}?провед[её]нн[\\p{L}]*\\s+(?:в\\s+заочной\\s+форме|заочно|в\\s+форме\\s+заочного|пут[её]м\\s+заочного|опросным\\s+пут)`,
  // "ПРОТОКОЛ № 4 (решение принято заочно, путём опроса членов Совета)".
  `протокол[\\p{L}]*\\s*(?:№\\s*[\\p{L}\\d/-]+\\s*)?\\(\\s*(?:решени[\\p{L}]*\\s+принят[\\p{L}]*\\s+)?заочн`,
];
const KK_POLL_TITLE = [
  // "СЫРТТАЙ ДАУЫС БЕРУ ХАТТАМАСЫ", "… НӘТИЖЕЛЕРІ ТУРАЛЫ ХАТТАМА", "сауалнама жүргізу тәсілімен өткізілген отырыстың ХАТТАМАСЫ".
  `(?:сырттай|сауалнама\\s+(?:арқылы|жүргізу))[^.]{0,80}?хаттама`,
  // "ХАТТАМА № 5 (сырттай дауыс беру)".
  `хаттама[\\p{L}]*\\s*(?:№\\s*[\\p{L}\\d/-]+\\s*)?\\(?\\s*сырттай`,
];
const POLL_TITLE = re(`(?<![\\p{L}])(?:${[...RU_POLL_TITLE, ...KK_POLL_TITLE].join('|')})`);

/** The title's word: "ПРОТОКОЛ", "ХАТТАМАСЫ", "хаттама". */
const TITLE_WORD = re(`(?<![\\p{L}])(?:протокол|хаттама)[\\p{L}]*(?![\\p{L}])`);
/** A line that ends the title: the place and date under it, or a sentence of the text ("Кеңестің 9 мүшесіне 2025 жылғы …"). */
const PAST_TITLE = re(`\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}\\s*(?:жыл|ж\\.|г\\.|года)|(?<![\\p{L}])(?:г|қ)\\.\\s|қаласы(?![\\p{L}])`);
/** How far down the head the title word may stand (the body's name above it may take lines), and the title's own lines. */
const HEAD_LINES = 15;
const BEFORE = 2;
const AFTER = 3;
const TITLE_LENGTH = 100;

/**
 * The title's lines joined, spaced-out letters read as words: the line of its word ("ПРОТОКОЛ № 3", "ХАТТАМАСЫ № 1"), the
 * two above it ("СЫРТТАЙ ДАУЫС БЕРУ НӘТИЖЕЛЕРІ ТУРАЛЫ") and the three under it ("заочного голосования (опросным путем)"), none
 * past the place and date.
 */
export function titleOf(lines: string[]): string {
  const { start, lines: head } = protocolHead(lines.map(unspace));
  const text = head.slice(start).map((l) => l.trim()).filter((l) => l !== '').slice(0, HEAD_LINES);
  const at = text.findIndex((l) => l.length <= TITLE_LENGTH && TITLE_WORD.test(l));
  if (at < 0) return '';
  const title = [text[at]];
  for (let k = at - 1; k >= Math.max(0, at - BEFORE) && !PAST_TITLE.test(text[k]) && text[k].length <= TITLE_LENGTH; k--) title.unshift(text[k]);
  for (let k = at + 1; k < Math.min(text.length, at + 1 + AFTER) && !PAST_TITLE.test(text[k]) && text[k].length <= TITLE_LENGTH; k++) title.push(text[k]);
  return title.join(' ');
}
