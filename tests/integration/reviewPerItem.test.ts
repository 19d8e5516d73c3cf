/**
 * Decisions are per item, with real parts (a real DuckDB file, workbooks
 * edited with exceljs, the models built): a decision a web page stored one at
 * a time survives a workbook review that does not decide its item; a later
 * decision on an item supersedes an earlier one, whoever took it, and the
 * item counts once, as decided last; and a database of schema version 4
 * migrates, its decisions kept and still ordered.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../pipelines/build/build.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { insertDecisions } from '../../pipelines/review/insertDecisions.ts';
import { FIGURES_SHEET } from '../../pipelines/review/reviewFormat.ts';
import type { StoredDecision } from '../../pipelines/review/reviewedRows.ts';
import { writeReviewSheet } from '../../pipelines/review/writeReviewSheet.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { openDatabase, queryRows, queryValue, run, type Db } from '../../workspace/db.ts';
import { SCHEMA_VERSION } from '../../workspace/ensureSchema.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { editReview, reviewReport, withDbIn } from '../helpers/reviewFixtures.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const withDb = withDbIn(tempDir);
const SLOW = 300_000;
const config = defaultConfig('Тестовый совет');

const REPORT = reviewReport();

const ingest = (db: Db, dir: string, files: string[]) => ingestFiles(db, files, { config, logger: silentLogger, baseDir: dir });

/** The report ingested and its review written (not yet filled); its sha256 as loaded. */
async function reportAndReview(db: Db, dir: string): Promise<{ review: string; hash: string }> {
  const report = join(dir, 'report-2024.txt');
  await writeFile(report, REPORT);
  const result = await ingest(db, dir, [report]);
  const review = join(dir, 'out', 'review', 'report-2024.review.xlsx');
  await writeReviewSheet(review, result.documents[0].review!);
  return { review, hash: String(await queryValue(db, `select file_hash from batches where source_file = 'report-2024.txt'`)) };
}

/** Fills the decision (and other cells) of the figures sheet's rows whose item is `kind metric`. */
const decide = (path: string, cells: Record<string, Record<string, ExcelJS.CellValue>>) =>
  editReview(path, FIGURES_SHEET, (item) => cells[`${item.kind} ${item.metric}`]);

/** One decision as a web page stores it: who is the user, no sheet or row. */
const web = (hash: string, d: Pick<StoredDecision, 'item_kind' | 'source_line' | 'item_key' | 'decision'> & Partial<StoredDecision>): StoredDecision => ({
  source_file: 'web:aigerim', source_sheet: null, source_row: null, document_file: 'report-2024.txt', document_hash: hash, value: null, note: null, ...d,
});

/** The decisions are read by stg_stated_figures: it is built with the models it reads, not the whole build (BuildOptions.only). */
const STATED_ONLY = { only: ['stg_stated_figures'] };

const reviewed = async (db: Db) => {
  await buildModels(db, config, parsePeriod('2024'), STATED_ONLY);
  return queryRows(db, `select metric, value, provenance, source_file from stg_stated_figures order by metric`);
};

describe('decisions per item', () => {
  it('a web decision survives a workbook review of other items; a later decision, from either, supersedes the earlier', () => withDb(async (db, dir) => {
    const { review, hash } = await reportAndReview(db, dir);
    await insertDecisions(db, null, [web(hash, { item_kind: 'figure', source_line: 6, item_key: 'general_meetings', decision: 'reject', note: 'the 6 are commission meetings' })]);
    await decide(review, { 'candidate monitorings': { decision: 'accept' } });
    await ingest(db, dir, [review]);
    expect(await queryRows(db, 'select source_file, item_key, decision, note from review_decisions order by decided_at, decision_id')).toEqual([
      { source_file: 'web:aigerim', item_key: 'general_meetings', decision: 'reject', note: 'the 6 are commission meetings' },
      { source_file: 'out/review/report-2024.review.xlsx', item_key: 'monitorings', decision: 'accept', note: null },
    ]);
    expect(await reviewed(db)).toEqual([
      { metric: 'appeals_received', value: 90, provenance: 'document', source_file: 'report-2024.txt' },
      // general_meetings: rejected on the web page, still
      { metric: 'letters_sent', value: 40, provenance: 'document', source_file: 'report-2024.txt' },
      { metric: 'monitorings', value: 15, provenance: 'reviewed', source_file: 'out/review/report-2024.review.xlsx' },
    ]);

    // Later on the web page: the candidate rejected after all. The workbook's row stops counting.
    await insertDecisions(db, null, [web(hash, { item_kind: 'candidate', source_line: 3, item_key: 'monitorings', decision: 'reject' })]);
    expect((await reviewed(db)).map((r) => r.metric)).toEqual(['appeals_received', 'letters_sent']);
    // A decision carrying an earlier time (taken offline, stored late) does not overrule a later one.
    await insertDecisions(db, null, [web(hash, {
      item_kind: 'candidate', source_line: 3, item_key: 'monitorings', decision: 'accept', value: '15', decided_at: new Date('2020-01-01T00:00:00Z'),
    })]);
    expect((await reviewed(db)).map((r) => r.metric)).toEqual(['appeals_received', 'letters_sent']);

    // The workbook filled again and ingested: its decision is the latest now, and replaces its own earlier one.
    await decide(review, { 'candidate monitorings': { decision: 'correct', corrected: 16, note: 'counted again' } });
    await ingest(db, dir, [review]);
    expect(await queryRows(db, 'select source_file, decision, value, decided_at is not null as timed from review_decisions order by decided_at, decision_id')).toEqual([
      { source_file: 'web:aigerim', decision: 'accept', value: '15', timed: true },
      { source_file: 'web:aigerim', decision: 'reject', value: null, timed: true },
      { source_file: 'web:aigerim', decision: 'reject', value: null, timed: true },
      { source_file: 'out/review/report-2024.review.xlsx', decision: 'correct', value: '16', timed: true },
    ]);
    expect(await reviewed(db)).toEqual([
      { metric: 'appeals_received', value: 90, provenance: 'document', source_file: 'report-2024.txt' },
      { metric: 'letters_sent', value: 40, provenance: 'document', source_file: 'report-2024.txt' },
      { metric: 'monitorings', value: 16, provenance: 'reviewed', source_file: 'out/review/report-2024.review.xlsx' },
    ]);
  }), SLOW);

  it('a web page\'s "accept" recorded without a row: the document\'s figure stands again, the earlier correction no longer counts', () => withDb(async (db, dir) => {
    const { review, hash } = await reportAndReview(db, dir);
    await decide(review, { 'figure letters_sent': { decision: 'correct', corrected: 41 } });
    await ingest(db, dir, [review]);
    expect((await reviewed(db)).find((r) => r.metric === 'letters_sent')).toEqual({ metric: 'letters_sent', value: 41, provenance: 'reviewed', source_file: 'out/review/report-2024.review.xlsx' });
    await insertDecisions(db, null, [web(hash, { item_kind: 'figure', source_line: 5, item_key: 'letters_sent', decision: 'accept', value: '40' })]);
    expect((await reviewed(db)).filter((r) => r.metric === 'letters_sent')).toEqual([
      { metric: 'letters_sent', value: 40, provenance: 'document', source_file: 'report-2024.txt' },
    ]);
  }), SLOW);

  it('a workbook filled again to change one item keeps the time of the decisions it did not change: a later web decision on those still stands', () => withDb(async (db, dir) => {
    const { review, hash } = await reportAndReview(db, dir);
    await decide(review, { 'candidate monitorings': { decision: 'accept' }, 'candidate round_tables': { decision: 'accept' } });
    await ingest(db, dir, [review]);
    const taken = await queryValue(db, `select epoch_us(decided_at) from review_decisions where item_key = 'monitorings'`);
    await insertDecisions(db, null, [web(hash, { item_kind: 'candidate', source_line: 3, item_key: 'monitorings', decision: 'reject' })]);
    await decide(review, { 'candidate round_tables': { decision: 'correct', corrected: 8 } });
    await ingest(db, dir, [review]);
    expect(await queryValue(db, `select epoch_us(decided_at) from review_decisions where item_key = 'monitorings' and source_file <> 'web:aigerim'`)).toBe(taken);
    expect((await reviewed(db)).filter((r) => r.provenance === 'reviewed').map((r) => [r.metric, r.value])).toEqual([['round_tables', 8]]);
  }), SLOW);

  it('two reviews of one item in one batch: the one stored last stands, and the item counts once', () => withDb(async (db, dir) => {
    const { review } = await reportAndReview(db, dir);
    const second = join(dir, 'second.xlsx');
    await copyFile(review, second);
    await decide(review, { 'candidate monitorings': { decision: 'accept' }, 'candidate round_tables': { decision: 'accept' } });
    await decide(second, { 'candidate monitorings': { decision: 'correct', corrected: 14 } });
    await ingest(db, dir, [review, second]);
    expect(await queryValue(db, 'select count(distinct decided_at)::int from review_decisions')).toBe(1);
    expect(await queryValue(db, `select count(*)::int from raw_stated_figures where source_line = 3`)).toBe(2);
    expect((await reviewed(db)).filter((r) => r.provenance === 'reviewed').map(({ metric, value, source_file }) => ({ metric, value, source_file }))).toEqual([
      { metric: 'monitorings', value: 14, source_file: 'second.xlsx' },
      { metric: 'round_tables', value: 7, source_file: 'out/review/report-2024.review.xlsx' },
    ]);
  }), SLOW);
});

describe('a database of schema version 4', () => {
  it('migrates: its decisions are kept (without an order id), new ones get one, and a later review still supersedes an older one', async () => {
    const dir = await tempDir();
    const file = join(dir, 'kenes.duckdb');
    let review: string;
    const old = await openDatabase(file);
    try {
      ({ review } = await reportAndReview(old, dir));
      await decide(review, { 'candidate monitorings': { decision: 'accept' } });
      await ingest(old, dir, [review]);
      // Back to version 4's table, as kenes 4 left it.
      await run(old, `create table v4_decisions as select * exclude (row_key, decision_id) from review_decisions;
        drop table review_decisions; drop sequence review_decision_id;
        create table review_decisions (batch_id integer, source_file varchar not null, source_sheet varchar, source_row integer,
          document_file varchar not null, document_hash varchar not null, item_kind varchar not null, source_line integer not null,
          item_key varchar not null, decision varchar not null, value varchar, note varchar, decided_at timestamp not null default current_timestamp);
        insert into review_decisions select * from v4_decisions; drop table v4_decisions;
        delete from schema_version; insert into schema_version (version) values (4)`);
    } finally {
      old.close();
    }

    const db = await openDatabase(file);
    try {
      const later = join(dir, 'later.xlsx');
      await copyFile(review, later);
      await decide(later, { 'candidate monitorings': { decision: 'correct', corrected: 17 } });
      await ingest(db, dir, [later]);
      expect(await queryValue(db, 'select max(version) from schema_version')).toBe(SCHEMA_VERSION);
      expect(SCHEMA_VERSION).toBe(5);
      expect(await queryRows(db, 'select source_file, row_key, decision_id is not null as ordered from review_decisions order by decided_at')).toEqual([
        // the key of the row it loaded, filled in by the migration
        { source_file: 'out/review/report-2024.review.xlsx', row_key: 'monitorings', ordered: false },
        { source_file: 'later.xlsx', row_key: 'monitorings', ordered: true },
      ]);
      await buildModels(db, config, parsePeriod('2024'), STATED_ONLY);
      expect(await queryRows(db, `select metric, value, source_file from stg_stated_figures where provenance = 'reviewed'`)).toEqual([
        { metric: 'monitorings', value: 17, source_file: 'later.xlsx' },
      ]);
      // The version-4 workbook, filled again, is the latest decision now; its row is found by the migrated key too.
      await decide(review, { 'candidate monitorings': { decision: 'correct', corrected: 18 } });
      await ingest(db, dir, [review]);
      await buildModels(db, config, parsePeriod('2024'), STATED_ONLY);
      expect(await queryRows(db, `select metric, value, source_file from stg_stated_figures where provenance = 'reviewed'`)).toEqual([
        { metric: 'monitorings', value: 18, source_file: 'out/review/report-2024.review.xlsx' },
      ]);
    } finally {
      db.close();
    }
  }, SLOW);
});
