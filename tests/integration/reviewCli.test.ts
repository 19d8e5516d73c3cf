/**
 * The review from the command line: `kenes ingest` of a document with
 * something unsure writes out/review/<name>.review.xlsx and says so;
 * `kenes extract … --review` writes the same review (the document identified
 * as ingest identifies it), which `kenes ingest` then loads by its marker.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { reviewMarkerOf } from '../../pipelines/review/readReviewSheet.ts';
import { FIGURES_SHEET } from '../../pipelines/review/reviewFormat.ts';
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
    const reviewed = captureIO();
    expect(await runCli(['ingest', '-w', ws, sheet], reviewed)).toBe(0);
    const result = JSON.parse(reviewed.stdout.join('\n'));
    expect(result.reviewed).toEqual([{ file: sheet, document: 'inputs/report.txt', accepted: 1, corrected: 0, rejected: 0, refused: 0 }]);
    expect(result.reviewSheets).toEqual([]);
    expect(existsSync(join(ws, 'out', 'review', 'my review.review.xlsx'))).toBe(false);
  }, 300_000);
});
