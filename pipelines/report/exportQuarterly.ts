/**
 * `kenes export quarterly --commission N --period 2025-Q3`: the summary of one
 * commission's quarter the secretariat sends on — its figures
 * (mart_commission_summary, mart_commission_kpi), meetings, monitorings,
 * hearings, round tables and dialogue platforms (dated lists), and its appeals
 * and answers (mart_appeals_breakdown) — as one .xlsx.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import type { SheetModel } from '../../reports/excel/WorkbookModel.ts';
import { sheetModelFromSection } from '../../reports/excel/sheetModelFromSection.ts';
import { writeWorkbook } from '../../reports/excel/writeWorkbook.ts';
import { CleaningLog } from '../../reports/CleaningLog.ts';
import { getLabels, type Lang } from '../../reports/i18n/getLabels.ts';
import { QUARTERLY_SECTIONS } from '../../reports/sections/quarterly.ts';
import type { Logger } from '../../workspace/Logger.ts';
import { readCoverRow } from './readReportRows.ts';
import { readSection } from './readSection.ts';
import { withBuiltWorkspace } from '../build/withBuiltWorkspace.ts';
import { councilName, coverModel, fileId, publicMask } from './report.ts';

export interface QuarterlyOptions {
  commission: string;
  period: string;
  lang?: Lang;
  out?: string;
  public?: boolean;
  logger: Logger;
}

const QUARTER = /^\d{4}-Q[1-4]$/;

export async function exportQuarterly(dir: string, options: QuarterlyOptions): Promise<string> {
  if (!QUARTER.test(options.period)) {
    throw new KenesError('export.notAQuarter', `--period ${options.period} is not a quarter`, { exitCode: EXIT_USAGE, hint: 'Write the quarter as 2025-Q3.' });
  }
  return withBuiltWorkspace(dir, options.period, options.logger, async (ws, db, build) => {
    const commission = ws.config.commissions.find((c) => c.id === options.commission.replace(/^(commission|комиссия)\s*№?\s*/i, ''));
    if (!commission) {
      throw new KenesError('export.unknownCommission', `no commission "${options.commission}" in kenes.config.json`, {
        exitCode: EXIT_USAGE,
        hint: `Commissions: ${ws.config.commissions.map((c) => c.id).join(', ') || 'none configured'}.`,
      });
    }
    const lang = options.lang ?? ws.config.lang;
    const labels = getLabels(lang);
    const mask = options.public ? await publicMask(db) : undefined;
    // The commission's own rows of each section (reports/sections/quarterly.ts), selected by bound parameters.
    const sheets: SheetModel[] = [];
    for (const section of QUARTERLY_SECTIONS) {
      const rows = await readSection(db, section, build.period, { subject: { commission: commission.id }, mask });
      sheets.push(sheetModelFromSection(section, labels, rows, { public: options.public }));
    }
    const outDir = options.out ? resolve(options.out) : ws.outDir;
    await mkdir(outDir, { recursive: true });
    const cleaning = new CleaningLog();
    const path = join(outDir, `quarterly-commission-${fileId(commission.id)}-${fileId(build.period)}.xlsx`);
    const title = `${labels.sections.quarterly} — ${labels.bodies.commissionNumbered.replace('{n}', commission.id)} — ${build.period}`;
    const council = councilName(ws.config, lang);
    // A summary sent on says on its cover how current and how sure its figures are, as the annual workbook does.
    const cover = coverModel(await readCoverRow(db, build.period), build, council, title);
    await writeWorkbook(path, {
      title,
      council,
      cover,
      draft: cover.openErrors > 0 ? labels.draft.mark : undefined,
      period: build.period,
      lang,
      sheets,
    }, cleaning);
    // Nothing changed silently: each cell whose text was cleaned has a note, and the run says where.
    for (const line of cleaning.summaries()) options.logger.warn(line);
    return path;
  }, { checks: true });
}
