import { describe, expect, it } from 'vitest';
import { buildNarrative } from '../../../reports/narrative/buildNarrative.ts';
import { renderDocx } from '../../../reports/narrative/renderDocx.ts';
import { escapeMarkdown, renderMarkdown } from '../../../reports/narrative/renderMarkdown.ts';
import { getLabels } from '../../../reports/i18n/getLabels.ts';
import { activities, FORMULA_TITLE, memberKpi, metricChange, SCRIPT_TITLE } from './reportFixtures.ts';

const input = (lang: 'ru' | 'kk' | 'en') => ({
  councilName: 'Общественный совет г. Алматы',
  period: '2025',
  labels: getLabels(lang),
  metrics: metricChange,
  activities,
  kpi: memberKpi,
});

describe('the report draft', () => {
  it('fills the sentences with the marts figures and lists dated activities by type', () => {
    const md = renderMarkdown(buildNarrative(input('ru')));
    expect(md).toContain('# Годовой отчёт — 2025');
    expect(md).toContain('Проведено заседаний Общественного совета — 7');
    expect(md).toContain('Проведено общественных мониторингов — 18');
    // a figure the mart does not have is a dash, never a made-up 0
    expect(md).toContain('президиума — —');
    expect(md).toContain('1. 14.03.2025–15.03.2025 — Мониторинг зоопарка (Комиссия № 5)');
    expect(md).toContain('| 1 | Кобеева Алтынай Орманкалиевна | 1 | 91,5 |');
  });

  it('a figure whose period has no records in its register says so, never 0 (issue 14)', () => {
    const metrics = [...metricChange, { period: '2025', metric: 'presidium_meetings', metric_order: 2, value: null, previous_value: null, change: null }];
    for (const [lang, expected] of [['ru', 'президиума — нет данных'], ['kk', 'деректер жоқ'], ['en', 'no data']] as const) {
      const md = renderMarkdown(buildNarrative({ ...input(lang), metrics }));
      expect([lang, md.includes(expected)]).toEqual([lang, true]);
    }
    // a metric with no row at all is still a dash
    expect(renderMarkdown(buildNarrative({ ...input('ru'), metrics }))).toContain('комиссий — —');
  });

  it('lists the reports heard under their heading and the public hearings after their own lead-in (issue 13)', () => {
    const doc = buildNarrative({
      ...input('en'),
      activities: [
        { date_start: '2025-03-01', date_end: null, type: 'report_hearing', title: 'Report of the education department', commission: null },
        { date_start: '2025-04-02', date_end: null, type: 'public_hearing', title: 'Hearing on the zoo', commission: '5' },
      ],
      definitions: [{ term: 'Quorum met', definition: 'A meeting is competent with more than half of all members present.' }],
    });
    const heading = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === getLabels('en').sections.reportHearings);
    const [, paragraph, reports, lead, publicHearings] = doc.blocks.slice(heading, heading + 5);
    expect(paragraph.kind).toBe('paragraph');
    expect(reports).toEqual({ kind: 'list', items: ['01.03.2025 — Report of the education department'] });
    expect(lead).toEqual({ kind: 'paragraph', text: 'Public hearings:' });
    expect(publicHearings).toEqual({ kind: 'list', items: ['02.04.2025 — Hearing on the zoo (Commission 5)'] });
    // the rules the figures follow close the draft
    expect(doc.blocks.slice(-2)).toEqual([
      { kind: 'heading', level: 2, text: getLabels('en').sections.definitions },
      { kind: 'list', items: ['Quorum met — A meeting is competent with more than half of all members present.'] },
    ]);
  });

  it('is written in Kazakh with --lang kk', () => {
    const md = renderMarkdown(buildNarrative(input('kk')));
    expect(md).toContain('# Жылдық есеп — 2025');
    expect(md).toContain('18 қоғамдық мониторинг жүргізілді');
  });

  it('keeps input text inert: no HTML, no Markdown structure from a title', () => {
    const md = renderMarkdown(buildNarrative(input('ru')));
    expect(md).not.toContain(SCRIPT_TITLE);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;/script&gt;');
    expect(escapeMarkdown('# [x](http://e) *b* <i>')).toBe('\\# \\[x\\](http://e) \\*b\\* &lt;i&gt;');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('a | b\nc')).toBe('a \\| b c');
    expect(md).toContain(escapeMarkdown(FORMULA_TITLE, false));
  });

  it('renders a .docx (a zip) from the same blocks', async () => {
    const docx = await renderDocx(buildNarrative(input('en')));
    expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
    expect(docx.length).toBeGreaterThan(5_000);
  });
});
