/**
 * Held-out set 201 (session 44), written blind: information notes and memos, protocols' extracts inside them. Scored
 * blind on the start commit a7971000: 92.6 %, 5 false; an extract's heading under a memo's date and index (protocolHead
 * EXTRACT_HEADING): 93.5 %; the Abai police report's one false value left (not pinned).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-201');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-sarybulak-2026-11-20': [
    'number', 'body',
  ],
  'protocol-kk-sko-police-2026-10-14': [
    'number', 'body', 'online',
  ],
  'protocol-mixed-ulytau-ecology-2026-12-03': [
    'body',
  ],
  'protocol-ru-abai-police-2026-11-05': [
    'votes[2].declared',
  ],
  'report-kk-sarybulak-2026-11m': [
    'figure departments_heard', 'figure subordinate_orgs_heard',
  ],
  'report-kk-ulytau-ecology-2026-h1': [
    'figure subordinate_orgs_heard', 'figure appeals_answered', 'activities round_table', 'activity round_table 2026-04-23',
  ],
  'report-ru-sko-police-2026-9m': [
    'media website.publications',
  ],
};

describe('held-out set 201, seen by no one before it was scored', () => {
  // (Not pinned, a false value left: report-kk-abai-police-2026-q3 — "екіншісіне 4 ескерту жолданды" read as 4 drafts with
  // remarks; it counts the remarks.)
  const PROTOCOLS = [
    'protocol-kk-sarybulak-2026-11-20',
    'protocol-kk-sko-police-2026-10-14',
    'protocol-mixed-ulytau-ecology-2026-12-03',
    'protocol-ru-abai-police-2026-11-05',
    'protocol-ru-tole-bi-2026-10-29',
  ];
  const REPORTS = [
    'report-kk-sarybulak-2026-11m',
    'report-kk-ulytau-ecology-2026-h1',
    'report-ru-sko-police-2026-9m',
    'report-ru-tole-bi-2026-10m',
  ];
  itScoresEachDocument(DIR, PROTOCOLS, PROTOCOLS.length, MISSED);
  itScoresEachDocument(DIR, REPORTS, REPORTS.length, MISSED);
});
