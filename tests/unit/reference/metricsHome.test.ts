/**
 * One home per metric: sources/reference/metrics.json lists every metric once, and everything else a
 * metric needs hangs on its id — its labels in ru, kk and en, its figure phrases when reports state it, its
 * dashboard section, its register. These tests name what a new or renamed metric still lacks, and fail when a
 * list of metric ids is written again somewhere else (as it was in ten places: the SQL lists, METRIC_IDS, the
 * dashboard, a test). Its SQL definition is checked on a built sample: tests/integration/metricsHome.test.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import activityLexicon from '../../../sources/extract/report/lexicon/activities.json' with { type: 'json' };
import figureLexicon from '../../../sources/extract/report/lexicon/figures.json' with { type: 'json' };
import tableRowLexicon from '../../../sources/extract/report/lexicon/tableRows.json' with { type: 'json' };
import { METRIC_IDS } from '../../../sources/extract/types.ts';
import { METRICS, cfgMetricsRows } from '../../../sources/reference/metrics.ts';
import { COVERAGE_REGISTERS } from '../../../workspace/config.ts';
import { getLabels, LANGS } from '../../../reports/i18n/getLabels.ts';
import { SECTIONS } from '../../../reports/sections/annual.ts';
import { dashboardSections } from '../../../reports/dashboard/dashboardSections.ts';

const IDS = METRICS.map((m) => m.id);
const ROOT_DIR = fileURLToPath(new URL('../../..', import.meta.url));

/** Each id a text names as a whole word (`commissions`, not `commission` or `commissions_count`). */
function idsNamedIn(text: string, ids: readonly string[] = IDS): string[] {
  return ids.filter((id) => new RegExp(`(?<![A-Za-z0-9_])${id}(?![A-Za-z0-9_])`).test(text));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return files.flat();
}

describe('the metrics file', () => {
  it('holds each id once, in snake case, with a kind, a register metrics are counted from and a section of the report', () => {
    expect(new Set(IDS).size).toBe(IDS.length);
    const sectionIds = new Set(SECTIONS.map((s) => s.id));
    const problems = METRICS.flatMap((m) => [
      /^[a-z][a-z0-9_]*$/.test(m.id) ? [] : [`${m.id}: not a snake_case id`],
      ['dated', 'moment'].includes(m.kind) ? [] : [`${m.id}: kind "${m.kind}" is neither dated nor moment`],
      (COVERAGE_REGISTERS as readonly string[]).includes(m.register) ? [] : [`${m.id}: register "${m.register}" is not one a span is kept for`],
      sectionIds.has(m.section) && m.section !== 'summary' ? [] : [`${m.id}: section "${m.section}" is not a section of reports/sections/annual.ts`],
      typeof m.unit === 'string' && m.unit !== '' ? [] : [`${m.id}: no unit`],
      typeof m.history === 'boolean' && typeof m.stated === 'boolean' ? [] : [`${m.id}: history and stated are true or false`],
    ].flat());
    expect(problems).toEqual([]);
    // Every register a span is kept for is one some metric counts: the config's list is no wider than the metrics'.
    expect([...COVERAGE_REGISTERS].sort()).toEqual([...new Set(METRICS.map((m) => m.register))].sort());
  });

  it('is what the extractors (METRIC_IDS) and cfg_metrics read, in its order', () => {
    expect([...METRIC_IDS]).toEqual(IDS);
    expect(cfgMetricsRows().map((r) => [r[0], r[1]])).toEqual(IDS.map((id, i) => [id, i + 1]));
    // The report's order: the council's meetings first, its composition last.
    expect([IDS[0], IDS.at(-1)]).toEqual(['general_meetings', 'commissions']);
  });

  it.each(LANGS)('every metric has a label in %s, and no label names a metric the file does not have', (lang) => {
    const labels = getLabels(lang).metrics as Record<string, string>;
    const missing = IDS.filter((id) => typeof labels[id] !== 'string' || labels[id].trim() === '');
    expect({ lang, missing }).toEqual({ lang, missing: [] });
    expect({ lang, unknown: Object.keys(labels).filter((id) => !IDS.includes(id)) }).toEqual({ lang, unknown: [] });
  });

  it('every metric reports state has its figure phrases, and every phrase names a metric of the file', () => {
    const phrased = new Set(figureLexicon.metrics.map((e) => e.metric));
    expect(METRICS.filter((m) => m.stated && !phrased.has(m.id)).map((m) => m.id)).toEqual([]);
    const named = [
      ...figureLexicon.metrics.map((e) => e.metric),
      ...activityLexicon.activities.flatMap((a) => (a.metric ? [a.metric] : [])),
      ...activityLexicon.parts.flatMap((p) => [p.whole, ...p.parts]),
      ...tableRowLexicon.rows.flatMap((r) => ('parent' in r && r.parent ? [r.metric, r.parent] : [r.metric])),
    ];
    expect([...new Set(named.filter((id) => !IDS.includes(id)))]).toEqual([]);
  });

  it("puts every metric's dashboard card in its section", () => {
    const placed = dashboardSections(getLabels('ru'), IDS, []);
    expect(placed.find((s) => s.id === 'other')).toBeUndefined();
    expect(placed.find((s) => s.id === 'npaReviews')?.metrics).toEqual(['npa_reviewed', 'npa_approved', 'npa_with_remarks', 'npa_pending']);
    // A metric the file does not know still gets a card, in the last group.
    expect(dashboardSections(getLabels('ru'), ['not_a_metric'], []).map((s) => s.id)).toEqual(['other']);
  });
});

describe('no second list of metrics', () => {
  // Where a metric's id may stand beside most of the others: the file itself, where each figure is defined, its
  // labels, its phrases. A list of metric ids anywhere else is a copy that a new metric would have to be added to.
  const HOMES = new Set([
    'sources/reference/metrics.json',
    'sql/core/int_metric_events.sql',
    'reports/i18n/ru.ts', 'reports/i18n/kk.ts', 'reports/i18n/en.ts',
    'sources/extract/report/lexicon/figures.json', 'sources/extract/report/lexicon/activities.json',
    'sources/extract/report/lexicon/tableRows.json',
  ]);
  // Two thirds of the ids: a list, not a model or an output that picks the figures it shows.
  const LIST = Math.ceil((IDS.length * 2) / 3);

  it('the code, the SQL and the generators name at most a few metrics each, outside their homes', async () => {
    const dirs = ['sql', 'pipelines', 'reports', 'sources', 'bench', 'tools', 'tests/generators', 'tests/helpers'];
    const files = (await Promise.all(dirs.map((d) => filesUnder(join(ROOT_DIR, d)).catch(() => [])))).flat()
      .filter((f) => /\.(ts|js|mjs|sql|json)$/.test(f) && !f.includes('/sample/workspace/'));
    const lists: string[] = [];
    for (const file of files) {
      const path = relative(ROOT_DIR, file);
      if (HOMES.has(path)) continue;
      const named = idsNamedIn(await readFile(file, 'utf8'));
      if (named.length >= LIST) lists.push(`${path}: ${named.length} metric ids`);
    }
    expect(lists).toEqual([]);
  });

  it('catches a list where there is one', () => {
    expect(idsNamedIn(`select * from (values ${IDS.map((id) => `('${id}')`).join(', ')}) as listed(metric)`).length).toBeGreaterThanOrEqual(LIST);
    // A column named like a metric inside a longer word is not a mention.
    expect(idsNamedIn('select commissions_count, members_total_share, x_seminars from t')).toEqual([]);
  });
});
