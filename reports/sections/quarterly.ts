/**
 * The quarterly export (`kenes export quarterly --commission N --period 2025-Q3`)
 * as data: sections of the annual report, each cut to the commission's own rows
 * (`match` on the subject's `commission`) — its figures, meetings, the work a
 * quarterly summary lists, and its appeals.
 */
import { sectionById } from './annual.ts';
import type { Section } from './Section.ts';

const ofCommission = (id: string, match: Record<string, string>, more: Partial<Section> = {}): Section => ({ ...sectionById(id), match, ...more });

export const QUARTERLY_SECTIONS: Section[] = [
  ofCommission('commissionSummary', { commission: '{commission}' }),
  ofCommission('commissionKpi', { commission: '{commission}' }),
  ofCommission('meetings', { body: 'commission {commission}' }),
  ofCommission('activities', { commission: '{commission}' }, {
    // Monitorings, hearings, round tables and dialogue platforms — the work a quarterly summary lists.
    where: "type in ('monitoring', 'public_hearing', 'report_hearing', 'round_table', 'dialog_platform')",
  }),
  ofCommission('appealsBreakdown', { dimension: 'commission', category: '{commission}' }),
];
