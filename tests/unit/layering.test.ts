/**
 * The tree shows the flow, one way. Reading from the top:
 *
 *   bench/                      dev harness: may use anything below
 *   cli/                        the entry point: parse arguments, print, exit
 *   serve/                      the web server (kenes serve starts it): pages, sessions, uploads
 *   pipelines/demo.ts           the whole flow on the sample
 *   pipelines/national/         Parquet export and the national rollup
 *   pipelines/report/           marts read for a period, handed to the writers
 *   pipelines/build/            marts built, checks run, periods parsed
 *   pipelines/ingest/           files into raw tables
 *   pipelines/review/           review sheets for what an extractor doubted
 *   workspace/                  config, database, schema, lock, paths
 *   reports/                    rows in, bytes out: never a database;
 *                               reports/sections/ each output's structure, as data
 *   sources/                    contracts, readers, extractors, people, privacy
 *
 * A module may import from its own room or from a room below it, never from
 * one above: a writer that reached up into a pipeline, or a pipeline into the
 * CLI, would make the tree lie about the flow. Tests and tools are outside it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../workspace/paths.ts';

/** Top first. A room's prefix is matched longest first, so `pipelines/report/` wins over `pipelines/`. */
const ROOMS: { prefix: string; rank: number }[] = [
  { prefix: 'bench/', rank: 11 },
  { prefix: 'cli/', rank: 10 },
  // The web server: `kenes serve` (cli/) starts it; it calls the same pipelines and never the CLI.
  { prefix: 'serve/', rank: 9 },
  { prefix: 'pipelines/demo.ts', rank: 8 },
  { prefix: 'pipelines/national/', rank: 7 },
  { prefix: 'pipelines/report/', rank: 6 },
  { prefix: 'pipelines/build/', rank: 5 },
  { prefix: 'pipelines/ingest/', rank: 4 },
  { prefix: 'pipelines/review/', rank: 3 },
  { prefix: 'workspace/', rank: 2 },
  { prefix: 'reports/', rank: 1 },
  { prefix: 'sources/', rank: 0 },
];

const CODE_ROOTS = ['bench', 'cli', 'serve', 'pipelines', 'workspace', 'reports', 'sources'];

function tsFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'data' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file names: `import … from`, `export … from`, `import '…'` and `import('…')`. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;
  for (const match of text.matchAll(pattern)) found.push(match[2]);
  return found;
}

const toPosix = (path: string) => path.split(sep).join('/');

function roomOf(file: string): { prefix: string; rank: number } | undefined {
  return ROOMS.filter((room) => file === room.prefix || file.startsWith(room.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

const files = CODE_ROOTS.flatMap((root) => tsFiles(join(ROOT_DIR, root))).map((path) => toPosix(relative(ROOT_DIR, path)));

interface Edge { from: string; spec: string; to: string }
const edges: Edge[] = files.flatMap((from) =>
  importsOf(readFileSync(join(ROOT_DIR, from), 'utf8')).map((spec) => ({
    from, spec,
    to: spec.startsWith('.') ? toPosix(relative(ROOT_DIR, resolve(join(ROOT_DIR, dirname(from)), spec))) : spec,
  })));

describe('layering', () => {
  it('finds the code and its imports', () => {
    expect(files).toContain('cli/cli.ts');
    expect(files).toContain('pipelines/report/report.ts');
    expect(edges.some((e) => e.from === 'cli/cli.ts' && e.to === 'sources/KenesError.ts')).toBe(true);
    expect(edges.some((e) => e.from === 'pipelines/ingest/ingest.ts' && e.to.startsWith('pipelines/review/'))).toBe(true);
  });

  it('puts every code file in a room', () => {
    expect(files.filter((file) => !roomOf(file))).toEqual([]);
  });

  it('never imports from a room upstream', () => {
    const upstream = edges.filter((e) => e.spec.startsWith('.')).flatMap((e) => {
      const from = roomOf(e.from)!;
      const to = roomOf(e.to);
      if (!to) return [`${e.from} → ${e.spec} (outside every room)`];
      if (to.prefix === from.prefix || to.rank < from.rank) return [];
      return [`${e.from} → ${e.to}`];
    });
    expect(upstream).toEqual([]);
  });

  it('keeps reports/ free of a database: rows in, bytes out', () => {
    const database = edges.filter((e) => e.from.startsWith('reports/')
      && (e.to === '@duckdb/node-api' || e.to.startsWith('@duckdb/') || e.to.startsWith('workspace/') || e.to.startsWith('pipelines/')));
    expect(database).toEqual([]);
  });

  it("keeps the annual report's writers to rows: one step (readReportRows) reads the marts", () => {
    const writers = ['writeDashboard.ts', 'writeNarrative.ts', 'writeCharts.ts', 'buildDraftNotice.ts'].map((name) => `pipelines/report/${name}`);
    for (const writer of writers) expect(files).toContain(writer);
    const reads = edges.filter((e) => writers.includes(e.from) && (e.to === 'pipelines/report/readMart.ts' || e.to === '@duckdb/node-api'));
    expect(reads).toEqual([]);
    // A writer may name a row's type, never the database's.
    const namesDb = writers.filter((writer) => /import[^;]*\bDb\b[^;]*from '[^']*workspace\/db\.ts'/.test(readFileSync(join(ROOT_DIR, writer), 'utf8')));
    expect(namesDb).toEqual([]);
  });

  it("keeps reports/sections/ data: a section file imports other sections, and only the types of anything else", () => {
    const sectionFiles = files.filter((f) => f.startsWith('reports/sections/'));
    expect(sectionFiles).toEqual(expect.arrayContaining(['annual.ts', 'member.ts', 'quarterly.ts', 'national.ts'].map((f) => `reports/sections/${f}`)));
    const code = sectionFiles.flatMap((from) => [...readFileSync(join(ROOT_DIR, from), 'utf8').matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)]
      .filter((m) => !m[1] && !toPosix(relative(ROOT_DIR, resolve(join(ROOT_DIR, dirname(from)), m[2]))).startsWith('reports/sections/'))
      .map((m) => `${from} → ${m[2]}`));
    expect(code).toEqual([]);
  });

  it('sees an upstream import as one', () => {
    // The rule itself, on made-up edges, so a broken roomOf cannot pass the test above by accident.
    const allowed = (from: string, to: string) => {
      const a = roomOf(from)!; const b = roomOf(to)!;
      return a.prefix === b.prefix || b.rank < a.rank;
    };
    expect(allowed('pipelines/build/build.ts', 'pipelines/report/report.ts')).toBe(false);
    expect(allowed('pipelines/report/report.ts', 'pipelines/build/build.ts')).toBe(true);
    expect(allowed('reports/sections/annual.ts', 'workspace/db.ts')).toBe(false);
    expect(allowed('workspace/db.ts', 'cli/cli.ts')).toBe(false);
    expect(allowed('serve/server.ts', 'cli/cli.ts')).toBe(false);
    expect(allowed('pipelines/demo.ts', 'pipelines/ingest/ingest.ts')).toBe(true);
  });
});
