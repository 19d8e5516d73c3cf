import { re } from './re.ts';

/** Another body's voters: "мәслихат комиссиясының 4 депутаты", "депутаты маслихата", "члены постоянной комиссии маслихата". */
const OTHER_VOTERS = re(`(?:мәслихат|маслихат)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:\\d{1,3}\\s+)?(?:депутат|комиссия|комиссии)[\\p{L}]*|депутат[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:мәслихат|маслихат)[\\p{L}]*`);
/** The council's own voters: "кеңес мүшелері", "члены Совета", "члены Общественного совета". */
const COUNCIL_VOTERS = re(`(?:кеңес|кенес)[\\p{L}]*\\s+мүше[\\p{L}]*|член[\\p{L}]*\\s+(?:общественного\\s+)?совет[\\p{L}]*`);

/**
 * A vote of another body at a joint sitting: "(Мәслихат комиссиясының 4 депутаты комиссия қорытындысын бірауыздан қолдады –
 * бұл кеңестің дауыс беруіне жатпайды.)", "Депутаты маслихата поддержали единогласно" — its voters named, the council's
 * members not. No vote of the council, nor a hole where one was not read.
 */
export function isOtherBodysVote(text: string): boolean {
  return OTHER_VOTERS.test(text) && !COUNCIL_VOTERS.test(text);
}
