/**
 * What the review's integration tests share: a report whose sure figures
 * (appeals 90, letters 40, meetings 6) and candidates (appeals 5, monitorings
 * 15, round tables 7, letters 30, on lines 2–5) each test decides on, a
 * real DuckDB file in a fresh folder per test, and a person's edits made
 * with exceljs.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { SheetSpec } from '../../pipelines/review/reviewFormat.ts';
import { openDatabase, type Db } from '../../workspace/db.ts';

/** The report; line 4 (the round tables candidate) may be given, e.g. as hostile text. */
export function reviewReport(line4 = 'Проведено примерно 7 круглых столов.'): string {
  return [
    'Отчет о работе Общественного совета за 2024 год',
    'Поступило 90 обращений граждан, 5 обращений находятся на рассмотрении.',
    'Проведено около 15 мониторингов.',
    line4,
    'Направлено 40 писем, из них около 30 писем в государственные органы.',
    'Проведено 6 заседаний Общественного совета.',
  ].join('\n');
}

/** Runs `work` on a database file in a fresh folder (useTempDir's), closed afterwards. */
export function withDbIn(tempDir: () => Promise<string>) {
  return async <T>(work: (db: Db, dir: string) => Promise<T>): Promise<T> => {
    const dir = await tempDir();
    const db = await openDatabase(join(dir, 'kenes.duckdb'));
    try {
      return await work(db, dir);
    } finally {
      db.close();
    }
  };
}

/** A person's edits on one sheet of a review: for each row (its item, from the hidden id), the cells to fill by column key. */
export async function editReview(path: string, spec: SheetSpec,
  fill: (item: Record<string, unknown>) => Record<string, ExcelJS.CellValue> | undefined): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = workbook.getWorksheet(spec.name)!;
  const col = (key: string) => spec.columns.findIndex((c) => c.key === key) + 1;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const item = JSON.parse(String(row.getCell(col('id')).value));
    for (const [key, value] of Object.entries(fill(item) ?? {})) row.getCell(col(key)).value = value;
  });
  await workbook.xlsx.writeFile(path);
}
