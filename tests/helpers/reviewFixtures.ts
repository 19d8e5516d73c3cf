/**
 * What the review's integration tests share: a report whose sure figures
 * (appeals 90, letters 40, meetings 6) and candidates (appeals 5, monitorings
 * 15, round tables 7, letters 30, on lines 2–5) each test decides on, and a
 * real DuckDB file in a fresh folder per test.
 */
import { join } from 'node:path';
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
