/**
 * `kenes build` and `kenes report`: open the workspace, compute the marts for a
 * period, then lay the marts' rows out as a workbook and a dashboard. Reports
 * only read marts: every figure shown was computed in SQL.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang } from '../reports/i18n/getLabels.ts';
import { buildModels, type BuildResult } from './build.ts';
import { openDatabase, type Db } from './db.ts';
import type { Logger } from './Logger.ts';
import { parsePeriod } from './parsePeriod.ts';
import { readMart } from './readMart.ts';
import { openWorkspace, type Workspace } from './workspace.ts';

export interface BuiltWorkspace extends BuildResult {
  period: string;
}

/** Opens the workspace and its database, builds the marts for `period`, runs `work`, closes. */
export async function withBuiltWorkspace<T>(
  dir: string,
  period: string | undefined,
  logger: Logger,
  work: (ws: Workspace, db: Db, build: BuiltWorkspace) => Promise<T>,
): Promise<T> {
  const ws = await openWorkspace(dir);
  const periods = parsePeriod(period ?? ws.config.default_period ?? String(new Date().getFullYear()), ws.config);
  const db = await openDatabase(ws.dbPath);
  try {
    logger.info(`building marts for ${periods.current.id} (${periods.current.from} … ${periods.current.to})`);
    const build = await buildModels(db, ws.config, periods);
    return await work(ws, db, { ...build, period: periods.current.id });
  } finally {
    db.close();
  }
}

export interface ReportOptions {
  period?: string;
  lang?: Lang;
  out?: string;
  public?: boolean;
  logger: Logger;
}

export interface ReportResult {
  period: string;
  files: string[];
}

export async function writeReport(dir: string, options: ReportOptions): Promise<ReportResult> {
  const [{ getLabels }, { SECTIONS }, { sheetModelFromSection }, { writeWorkbook }, { writeDashboard }] = await Promise.all([
    import('../reports/i18n/getLabels.ts'),
    import('../reports/sections.ts'),
    import('../reports/excel/sheetModelFromSection.ts'),
    import('../reports/excel/writeWorkbook.ts'),
    import('./writeDashboard.ts'),
  ]);
  return withBuiltWorkspace(dir, options.period, options.logger, async (ws, db, build) => {
    const lang = options.lang ?? ws.config.lang;
    const labels = getLabels(lang);
    const outDir = options.out ? resolve(options.out) : ws.outDir;
    await mkdir(outDir, { recursive: true });
    const fileId = build.period.replace(/[:/\\]/g, '-');

    const sheets = [];
    for (const section of SECTIONS) {
      const rows = await readMart(db, section.mart, build.period, section.columns.map((c) => c.key), section.orderBy);
      sheets.push(sheetModelFromSection(section, labels, rows));
    }
    const workbookPath = join(outDir, `annual-report-${fileId}.xlsx`);
    await writeWorkbook(workbookPath, { title: `${ws.config.council.name} — ${build.period}`, period: build.period, lang, sheets });
    options.logger.info(`wrote ${workbookPath}`);

    const dashboardPath = join(outDir, `dashboard-${fileId}.html`);
    await writeDashboard(db, dashboardPath, { councilName: ws.config.council.name, period: build.period, lang, labels });
    options.logger.info(`wrote ${dashboardPath}`);
    return { period: build.period, files: [workbookPath, dashboardPath] };
  });
}
