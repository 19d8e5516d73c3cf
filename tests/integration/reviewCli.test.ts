/**
 * The review from the command line: `kenes ingest` of a document with
 * something unsure writes out/review/<name>.review.xlsx and says so;
 * `kenes extract … --review` writes the same review (the document identified
 * as ingest identifies it), which `kenes ingest` then loads by its marker.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { reviewMarkerOf } from '../../pipelines/review/readReviewSheet.ts';
import { FIGURES_SHEET, reviewSheets } from '../../pipelines/review/reviewFormat.ts';
import { readXlsx } from '../../sources/readers/readXlsx.ts';
import { captureIO } from '../helpers/captureIO.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();

describe('kenes ingest and kenes extract --review', () => {
  it('write the review workbook, say so, and load it back once filled', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    expect(await runCli(['init', ws], captureIO())).toBe(0);
    const report = join(ws, 'inputs', 'report.txt');
    await writeFile(report, 'Отчет о работе Общественного совета за 2024 год\nПроведено около 15 мониторингов.\nПроведено 6 заседаний Общественного совета.\n');

    const ingest = captureIO();
    expect(await runCli(['ingest', '-w', ws, report], ingest)).toBe(0);
    const [written] = JSON.parse(ingest.stdout.join('\n')).reviewSheets;
    expect(written).toEqual({ document: 'inputs/report.txt', sheet: expect.stringMatching(/^out\/review\/report\.[0-9a-f]{8}\.review\.xlsx$/) });
    const fromIngest = reviewMarkerOf(await readXlsx(join(ws, written.sheet)), 'x');

    const sheet = join(dir, 'my review.xlsx');
    const extract = captureIO();
    expect(await runCli(['extract', 'report', report, '--review', sheet, '-w', ws], extract)).toBe(0);
    expect(extract.stderr.join('\n')).toMatch(/review: .*my review\.xlsx — 2 row\(s\), 1 to decide/);
    expect(reviewMarkerOf(await readXlsx(sheet), 'x')).toEqual(fromIngest);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheet);
    const decision = FIGURES_SHEET.columns.findIndex((c) => c.key === 'decision') + 1;
    const figures = workbook.getWorksheet(FIGURES_SHEET.name)!;
    figures.getRow(2).getCell(decision).value = 'принять (accept)';
    await workbook.xlsx.writeFile(sheet);
    // --lang writes it in another language; the same marker
    const english = join(dir, 'english.xlsx');
    expect(await runCli(['extract', 'report', report, '--review', english, '--lang', 'en', '-w', ws], captureIO())).toBe(0);
    expect(reviewMarkerOf(await readXlsx(english), 'x')).toEqual(fromIngest);
    expect((await readXlsx(english)).map((t) => t.sheet)).toContain('Figures');

    const reviewed = captureIO();
    expect(await runCli(['ingest', '-w', ws, sheet], reviewed)).toBe(0);
    const result = JSON.parse(reviewed.stdout.join('\n'));
    expect(result.reviewed).toEqual([{ file: sheet, document: 'inputs/report.txt', accepted: 1, corrected: 0, rejected: 0, refused: 0 }]);
    expect(result.reviewSheets).toEqual([]);
    expect(existsSync(join(ws, 'out', 'review', 'my review.review.xlsx'))).toBe(false);
  }, 300_000);

  it('gives each document its own review file, across batches, in the workspace\'s language; a review is found by its marker under any name', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    expect(await runCli(['init', ws], captureIO())).toBe(0);
    const configFile = join(ws, 'kenes.config.json');
    await writeFile(configFile, JSON.stringify({ ...JSON.parse(await readFile(configFile, 'utf8')), lang: 'kk' }, null, 2));
    for (const folder of ['a', 'b']) await mkdir(join(ws, 'inputs', folder), { recursive: true });
    const a = join(ws, 'inputs', 'a', 'report.txt');
    const b = join(ws, 'inputs', 'b', 'report.txt');
    await writeFile(a, 'Отчет о работе Общественного совета за 2024 год\nПроведено около 15 мониторингов.\n');
    await writeFile(b, 'Отчет о работе Общественного совета за 2024 год\nПроведено примерно 7 круглых столов.\n');
    const sheetOf = async (file: string) => {
      const io = captureIO();
      expect(await runCli(['ingest', '-w', ws, file], io)).toBe(0);
      const sheets = JSON.parse(io.stdout.join('\n')).reviewSheets as { document: string; sheet: string }[];
      expect(sheets).toHaveLength(1);
      return sheets[0].sheet;
    };
    // two batches, one document name
    const first = await sheetOf(a);
    const second = await sheetOf(b);
    expect([first, second]).toEqual([expect.stringMatching(/^out\/review\/report\.[0-9a-f]{8}\.review\.xlsx$/), expect.stringMatching(/^out\/review\/report\.[0-9a-f]{8}\.review\.xlsx$/)]);
    expect(first).not.toBe(second);
    expect(reviewMarkerOf(await readXlsx(join(ws, first)), 'x')?.document).toBe('inputs/a/report.txt');
    expect(reviewMarkerOf(await readXlsx(join(ws, second)), 'x')?.document).toBe('inputs/b/report.txt');
    // the same document changed: a review of its new bytes beside the one of its old bytes, which a person may be filling
    await writeFile(a, 'Отчет о работе Общественного совета за 2024 год\nПроведено около 16 мониторингов.\n');
    const third = await sheetOf(a);
    expect(third).not.toBe(first);
    expect(existsSync(join(ws, first))).toBe(true);

    // In Kazakh, the workspace's language; filled and moved under a name that says nothing, it loads against its document.
    const [figures] = reviewSheets('kk');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(ws, second));
    const sheet = workbook.getWorksheet(figures.name)!;
    expect(sheet.getRow(1).getCell(figures.columns.findIndex((c) => c.key === 'decision') + 1).value).toBe('шешім / decision');
    sheet.getRow(2).getCell(figures.columns.findIndex((c) => c.key === 'decision') + 1).value = 'Қабылдау';
    await workbook.xlsx.writeFile(join(ws, second));
    const moved = join(dir, 'report.review.xlsx');
    await rename(join(ws, second), moved);
    const io = captureIO();
    expect(await runCli(['ingest', '-w', ws, moved], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).reviewed).toEqual([{ file: moved, document: 'inputs/b/report.txt', accepted: 1, corrected: 0, rejected: 0, refused: 0 }]);
  }, 300_000);
});
