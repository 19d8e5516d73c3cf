/** Horizontal bars: overdue letters per state body, most first (mart_letters_followup; bodies without overdue letters left out). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { chartFrame } from './chartFrame.ts';
import { uniqueLabels } from './uniqueLabels.ts';

export function buildLettersOverdueSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.lettersOverdue;
  // Only bodies with an overdue letter: the chart is the list to chase, not the whole register.
  const overdue = rows.filter((r) => typeof r.overdue === 'number' && r.overdue > 0);
  const names = uniqueLabels(overdue.map((r) => String(r.addressee_name ?? r.addressee ?? '')), overdue.map((r) => r.addressee));
  const values = overdue.map((r, i) => ({ ...r, body_label: names[i] }));
  return {
    ...chartFrame(text),
    height: { step: 20 },
    data: { values },
    mark: { type: 'bar', tooltip: true, color: '#d6452f' },
    encoding: {
      y: { field: 'body_label', type: 'nominal', title: text.y, sort: '-x' },
      x: { field: 'overdue', type: 'quantitative', title: text.x, axis: { tickMinStep: 1 } },
      tooltip: [
        { field: 'body_label', type: 'nominal', title: labels.columns.addressee_name },
        { field: 'sent', type: 'quantitative', title: labels.columns.sent },
        { field: 'answered', type: 'quantitative', title: labels.columns.answered },
        { field: 'overdue', type: 'quantitative', title: labels.columns.overdue },
        { field: 'answer_rate', type: 'quantitative', title: labels.columns.answer_rate, format: '.0%' },
        { field: 'oldest_overdue_working_days', type: 'quantitative', title: labels.columns.oldest_overdue_working_days },
      ],
    },
  };
}
