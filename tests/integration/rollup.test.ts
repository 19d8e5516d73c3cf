/**
 * `kenes export parquet` from several generated councils into one folder, then
 * `kenes rollup` over it: every council's national figures must equal its own
 * mart_period_metrics, and the national totals their sum — the national SQL
 * adds up what the councils' own definitions computed (int_metric_events,
 * int_metric_moments, int_metric_coverage), and this is what keeps them together.
 * One council keeps no letters and no activities register: those figures are
 * null (no data), in its own marts and nationally alike, never 0.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { councilSpecs, writeCouncil } from '../../bench/generate.ts';
import { exportCouncil } from '../../bench/exportCouncil.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { buildNationalMarts, rollup } from '../../pipelines/national/rollup.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { runCli } from '../../cli/cli.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();

describe('rollup', () => {
  it('gives national totals equal to the sum of the councils\' own marts, per council and in total', async () => {
    const dir = await tempDir();
    const exportDir = join(dir, 'national');
    const specs = [councilSpecs(1)[0], councilSpecs(25)[24]];
    const own = new Map<string, Map<string, number | null>>();
    for (const spec of specs) {
      const council = await writeCouncil(join(dir, 'councils'), spec, 2);
      if (spec === specs[1]) for (const name of await readdir(join(council.dir, 'inputs'))) if (/^(letters|activities)/.test(name)) await rm(join(council.dir, 'inputs', name));
      const exported = await exportCouncil(council.dir, exportDir, '2025');
      own.set(exported.council, new Map(exported.metrics.map((m) => [String(m.metric), m.value === null ? null : Number(m.value)])));
    }
    const withoutLetters = own.get(specs[1].id)!;
    expect({ sent: withoutLetters.get('letters_sent'), answered: withoutLetters.get('letters_answered'), monitorings: withoutLetters.get('monitorings') })
      .toEqual({ sent: null, answered: null, monitorings: null });
    expect(own.get(specs[0].id)!.get('letters_sent')).toBeGreaterThan(0);
    // Exporting again replaces the council's partitions: nothing is counted twice.
    await exportCouncil(join(dir, 'councils', specs[0].id), exportDir, '2025');
    expect((await readdir(join(exportDir, 'fct_appeals'))).sort()).toEqual(specs.map((s) => `council=${s.id}`).sort());
    expect(await readdir(join(exportDir, 'fct_appeals', `council=${specs[0].id}`))).toEqual(['year=2024', 'year=2025']);

    const result = await rollup(exportDir, { period: '2025', logger: silentLogger, out: join(dir, 'out') });
    expect(result.councils).toBe(2);
    const totals = new Map(result.totals.map((t) => [String(t.metric), t.value === null ? null : Number(t.value)]));
    const metrics = [...own.values().next().value!.keys()];
    expect(metrics.length).toBe(30);
    for (const metric of metrics) {
      // The councils with data add up; no council with data is no total (null), not 0.
      const values = [...own.values()].map((m) => m.get(metric) ?? null).filter((v) => v !== null);
      const sum = values.length === 0 ? null : values.reduce((n, v) => n + v, 0);
      expect({ metric, value: totals.get(metric) }).toEqual({ metric, value: sum });
    }
    expect(totals.get('letters_sent')).toBe(own.get(specs[0].id)!.get('letters_sent'));
    expect(totals.get('appeals_received')).toBeGreaterThan(100);
    const db = await openDatabase(':memory:');
    try {
      await buildNationalMarts(db, exportDir, parsePeriod('2025').current);
      for (const [council, metricsOwn] of own) {
        const national = await queryRows(db, 'select metric, value from mart_national_metrics where council = $council order by metric', { council });
        expect(national).toEqual([...metricsOwn].sort(([a], [b]) => (a < b ? -1 : 1)).map(([metric, value]) => ({ metric, value })));
      }
      // Side by side too, the council without letters and activities has none to show — not 0 letters, not a 0 %
      // answer rate, not 0 activities (which would rank it last among the councils that reported theirs).
      const compared = await queryRows(db, 'select council, letters_sent, letters_answer_rate, activities, activities_per_member, rank_activity from mart_national_councils order by council');
      const without = compared.find((r) => r.council === specs[1].id)!;
      const other = compared.find((r) => r.council === specs[0].id)!;
      expect({ sent: without.letters_sent, rate: without.letters_answer_rate, activities: without.activities, per_member: without.activities_per_member })
        .toEqual({ sent: null, rate: null, activities: null, per_member: null });
      expect({ activities: Number(other.activities) > 0, rank: Number(other.rank_activity) }).toEqual({ activities: true, rank: 1 });
    } finally {
      db.close();
    }
    for (const file of result.files) expect((await stat(file)).size).toBeGreaterThan(1000);
  });

  it('a folder with no exports is a usage error that says what to do', async () => {
    const dir = await tempDir();
    const error = await rollup(dir, { period: '2025', logger: silentLogger }).catch((e) => e);
    expect(error).toBeInstanceOf(KenesError);
    expect(error.code).toBe('rollup.noCouncils');
    const err: string[] = [];
    expect(await runCli(['rollup', dir, '--period', '2025'], { out: () => {}, err: (t) => err.push(t), isTTY: false })).toBe(1);
    expect(err.join('\n')).toMatch(/no council exports/);
  });
});
