/**
 * The thirty-third blind held-out set's reports (issue 12, session 12): Kazakh-first district councils — counts in the
 * section headings' brackets and bullets with their counts in brackets over footnotes of last year (Inder, .pdf), a
 * tab-separated plan/fact table (Karmakshy), a Word table with the quarters as rows and a comparison row of 2024 (Merke,
 * .docx), a WhatsApp chat with a question, a correction "4 емес, 5" and a message in Latin-script Kazakh (Turan,
 * Shymkent), a Kazakh report with Russian "Справочно" notes, one of which disagrees with the text (Nura, Astana).
 * Scored blind: 144 of 180 report fields, 5 false values; the classes fixed are tested in
 * report/reports33classes.test.ts. The misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-33');

const MISSED: Record<string, string[]> = {
  // "• Telegram-арна (22);" and "• Instagram (19; қаралым – 14 300)." under "VII. Ақпараттық жұмыс (41 жарияланым)": a
  // platform's bullet with a bare count names no publications; only the heading does, and the media reader does not
  // lend a heading's noun to its bullets.
  'report-kk-inder-2025-9m': ['media telegram.publications', 'media instagram.publications'],
  // "1-еуі бойынша ескертулер жіберілді" (remarks sent on one): a part said by its verb only, no "ескертулермен" noun.
  // (figure npa_with_remarks: read since session 25, report/draftClauses.ts.)
  'report-kk-merke-2025-h1': [],
  // "орнына әлі ешкім енгізілген жоқ" (nobody appointed in his place yet): a none with "ешкім" (nobody) as its subject;
  // "есеп тыңдау – 2 (аудандық білім бөлімі, аудандық ТКШ бөлімі)": the departments named in the bracket are not
  // counted; "Жоқ, 11-і де жеке тұлғалардан" answers the question about legal entities with "no": an answer is not
  // read with its question; the round table is told only in the Latin-script message ("Dóńgelek ústel 18 qyrkúıekte
  // ótti"), and a chat message's own words are not read for dated events.
  'report-kk-shymkent-turan-2025-q3': ['figure appeals_legal_entities', 'activity round_table 2025-09-18'],
};

describe('held-out reports (set 33), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
