/**
 * What a person corrects beyond the guess, end to end with real parts: a
 * protocol's attendee made online, an absentee's reason given, a candidate's
 * metric changed and a figure's, written in Kazakh or English by the
 * workspace's language, edited with exceljs, ingested into a real DuckDB file
 * and built — and a status or metric outside the allowed ones refused naming
 * sheet, row, column and the nearest allowed values, never guessed.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../pipelines/build/build.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { reviewSheets, type SheetSpec } from '../../pipelines/review/reviewFormat.ts';
import type { ReviewLang } from '../../pipelines/review/reviewLabels.ts';
import { writeReviewSheet } from '../../pipelines/review/writeReviewSheet.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { queryRows, type Db } from '../../workspace/db.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { editReview, reviewReport, withDbIn } from '../helpers/reviewFixtures.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const SLOW = 300_000;
const config = defaultConfig('Тестовый совет');
// The corrected rows are read from staging: each build makes the table read and the models it reads (BuildOptions.only).
const FIXTURES = new URL('../fixtures/extract/', import.meta.url).pathname;

const REPORT = reviewReport();

const withDb = withDbIn(tempDir);

const ingest = (db: Db, dir: string, files: string[]) => ingestFiles(db, files, { config, logger: silentLogger, baseDir: dir });

const edit = editReview;

async function reviewOf(db: Db, dir: string, files: string[], lang: ReviewLang): Promise<string> {
  const result = await ingest(db, dir, files);
  const model = result.documents.find((d) => d.review)?.review;
  expect(model).toBeDefined();
  const path = join(dir, 'out', 'review', `${lang}.review.xlsx`);
  await writeReviewSheet(path, model!, { lang });
  return path;
}

describe('correcting an attendee\'s status and reason', () => {
  it('online, a reason, a status typed in Russian: loaded with provenance reviewed; an unknown status refused with the nearest', () => withDb(async (db, dir) => {
    await writeFile(join(dir, 'members.csv'), 'member_id,full_name\nK01,Иванов Иван Иванович\nK02,Петрова Анна Сергеевна\nK05,Жумабаев Бахыт Кайратович\n');
    const protocol = join(dir, 'protocol-3.txt');
    await copyFile(join(FIXTURES, 'protocol-commission-ru.txt'), protocol);
    const path = await reviewOf(db, dir, [join(dir, 'members.csv'), protocol], 'kk');
    const people = reviewSheets('kk')[1];
    await edit(path, people, (item) => {
      switch (item.name) {
        case 'Иванов Иван Иванович': return { decision: 'Түзету', corrected_status: 'онлайн' };
        case 'Жумабаев Б.К.': return { decision: 'ҚАБЫЛДАУ', corrected_reason: 'іссапар, Астана' };
        case 'Петрова А.С.': return { decision: 'түзету (correct)', corrected_status: 'отпросился' };
        case 'Серикова Л.М.': return { decision: 'correct', corrected_status: 'absent_excused' }; // unmatched: a status is not enough
        default: return undefined;
      }
    });
    const result = await ingest(db, dir, [path]);
    expect(result.reviewed).toEqual([{ file: 'out/review/kk.review.xlsx', document: 'protocol-3.txt', accepted: 0, corrected: 2, rejected: 0, refused: 2 }]);
    const rejects = await queryRows(db, `select source_sheet, source_row, source_line, column_name, value, reason from rejects where register = 'review' order by source_line`);
    expect(rejects.map((r) => [r.source_sheet, r.source_line, r.column_name, r.value])).toEqual([
      ['Қатысушылар', 9, 'мәртебесі (түзетілген) / status (corrected)', 'отпросился'],
      ['Қатысушылар', 15, 'member_id (түзетілген / corrected)', null],
    ]);
    expect(rejects[0].reason).toMatch(/^"отпросился" is not an allowed attendance status; nearest: .+; allowed: present, online, late, left_early, absent_excused, absent_unexcused, unknown$/);
    expect(typeof rejects[0].source_row).toBe('number');

    await buildModels(db, config, parsePeriod('2024'), { only: ['stg_attendance'] });
    expect(await queryRows(db, `select member_ref, status, note, provenance from stg_attendance where member_ref in ('K01', 'K02', 'K05') order by member_ref`)).toEqual([
      { member_ref: 'K01', status: 'online', note: 'председатель комиссии', provenance: 'reviewed' },
      // the refused correction changed nothing: the document's row stands
      { member_ref: 'K02', status: 'online', note: 'член комиссии', provenance: 'document' },
      { member_ref: 'K05', status: 'absent_excused', note: 'іссапар, Астана', provenance: 'reviewed' },
    ]);
    expect(await queryRows(db, `select item_kind, item_key, decision, value, row_key from review_decisions order by source_line`)).toEqual([
      { item_kind: 'attendee', item_key: 'K01', decision: 'correct', value: 'K01', row_key: 'K01' },
      { item_kind: 'absentee', item_key: 'K05', decision: 'correct', value: 'K05', row_key: 'K05' },
    ]);
  }), SLOW);
});

describe('correcting a metric', () => {
  it('a candidate taken as another metric, a figure moved to another: loaded under it; an unknown id or a metric taken twice refused', () => withDb(async (db, dir) => {
    const report = join(dir, 'report-2024.txt');
    await writeFile(report, REPORT);
    const path = await reviewOf(db, dir, [report], 'en');
    const figures = reviewSheets('en')[0];
    expect(figures.name).toBe('Figures');
    await edit(path, figures, (item) => {
      const at = `${item.kind} ${item.metric}`;
      if (at === 'candidate round_tables') return { decision: 'Correct', corrected_metric: 'Dialog platforms' };
      if (at === 'candidate monitorings') return { decision: 'accept', corrected_metric: 'monitorins' };
      if (at === 'figure general_meetings') return { decision: 'accept', corrected_metric: 'presidium_meetings' };
      if (at === 'candidate letters_sent') return { decision: 'correct', corrected: 30, corrected_metric: 'PRESIDIUM_MEETINGS' };
      return undefined;
    });
    await ingest(db, dir, [path]);
    const rejects = await queryRows(db, `select source_sheet, source_line, column_name, value, reason from rejects where register = 'review' order by source_line`);
    expect(rejects).toEqual([
      { source_sheet: 'Figures', source_line: 3, column_name: 'metric (corrected)', value: 'monitorins', reason: '"monitorins" is not a metric id; nearest: monitorings, seminars, memoranda; allowed: the ids of the cell\'s list (sources/reference/metrics.json)' },
      { source_sheet: 'Figures', source_line: 5, column_name: 'decision', value: 'correct', reason: "the report's presidium_meetings is already taken from line 6: reject that one to take this instead" },
    ]);
    await buildModels(db, config, parsePeriod('2024'), { only: ['stg_stated_figures'] });
    expect(await queryRows(db, 'select metric, value, provenance, source_line from stg_stated_figures order by metric')).toEqual([
      { metric: 'appeals_received', value: 90, provenance: 'document', source_line: 2 },
      { metric: 'dialog_platforms', value: 7, provenance: 'reviewed', source_line: 4 },
      // the document's general_meetings 6 is the reviewed presidium_meetings 6 now, counted once
      { metric: 'letters_sent', value: 40, provenance: 'document', source_line: 5 },
      { metric: 'presidium_meetings', value: 6, provenance: 'reviewed', source_line: 6 },
    ]);
    expect(await queryRows(db, 'select item_kind, item_key, decision, value, row_key from review_decisions order by source_line')).toEqual([
      { item_kind: 'candidate', item_key: 'round_tables', decision: 'correct', value: '7', row_key: 'dialog_platforms' },
      { item_kind: 'figure', item_key: 'general_meetings', decision: 'correct', value: '6', row_key: 'presidium_meetings' },
    ]);
  }), SLOW);
});
