/**
 * The thirtieth blind held-out set (issue 12, "Done when"), its protocols: a Kazakh .docx, Kyzylorda's ordinary
 * protocol, a ministry's with its members present under "очно:" / "посредством ВКС:" sub-headings, Zhanaozen's bilingual
 * protocol with a text grid of two names a line and the absentees run on the heading's line (a reason wrapped in its
 * bracket), Temirtau's .docx with a Word table of every member and a letter code of participation explained only in a
 * footnote legend under it, its agenda numbered "2.1.–2.3." under "2. Повестка дня". Written by an agent that never saw
 * the extractors; scored blind: 120/133 fields, 3 false values. Fixed as classes (protocols30classes.test.ts): no false
 * value; the misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-30');

const MISSED: Record<string, string[]> = {
  // (The agenda "2.1.–2.3." under "2. Повестка дня", "Состав Совета – 17 чел. Явка – 13 из 17" and "единогласно – 13
  // (100 %)" are read since: readAgenda.ts, readStatedCounts.ts, readVotes.ts.)
  // The Word table of all 17 members gives each one's participation only as a letter code (О/Д/К/Б/Н) that a footnote
  // legend under the table explains ("* Коды участия: О – очно; Д – дистанционно (Zoom); …"): no reader maps a cell's
  // code to its legend yet, so the lists stay not stated rather than guessed. "единогласно – 13 (100 %)" gives those for;
  // none against and none abstaining is left unstated as for every unanimous vote with a count.
  'protocol-ru-temirtau-2025-10-08': [
    'attendees', 'attendees_online', 'absentees', 'absentees_excused', 'absentees_unexcused',
    'votes[2].against', 'votes[2].abstain',
  ],
};

describe('held-out documents (set 30), seen by no one before they were scored: protocols', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
