/**
 * The hundred-and-sixth blind held-out set (session 33): numbers written every which way and approximate quantities — counts
 * written twice in words and digits ("двадцать один (21)", "он бес (15)"), in words only, collective ("үшеуі"), Roman numerals
 * as ordinals and as counts only with their word in brackets ("II (два) раза", "IV (төрт) отырысы"), beside estimates, bounds
 * and ranges that state no figure ("около 20", "более 30", "свыше 1,5 тыс.", "шамамен 15", "30-дан астам", "5–7"), councils
 * of Kyzylorda oblast districts. Scored blind on the session's start commit 975e2470: 283/306 = 92.5 % with no false figure;
 * then helper 106's classes (approximate33.test.ts). After it was looked at in session 33: 306/306 = 100 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-106');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {};

describe('held-out set 106, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
