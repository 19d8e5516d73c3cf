/**
 * `kenes report`: with the marts built for a period (withBuiltWorkspace), read
 * every row the report shows in one step (readReportRows), then hand the rows
 * to the writers: a workbook, a dashboard, chart files and a report draft.
 * Reports only read marts: every figure shown was computed in SQL.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Labels, Lang } from '../../reports/i18n/getLabels.ts';
import type { CoverModel, SheetModel } from '../../reports/excel/WorkbookModel.ts';
import { CleaningLog } from '../../reports/CleaningLog.ts';
import { countFailures } from '../build/summarizeChecks.ts';
import { withBuiltWorkspace, type BuiltWorkspace } from '../build/withBuiltWorkspace.ts';
import type { Config } from '../../workspace/config.ts';
import { run, type Db } from '../../workspace/db.ts';
import type { Logger } from '../../workspace/Logger.ts';
import type { Row } from '../../workspace/db.ts';
import { definitionRows, type DefinitionRow } from '../../reports/definitionRows.ts';

export interface ReportOptions {
  period?: string;
  lang?: Lang;
  out?: string;
  public?: boolean;
  /** A final, publishable run: refuse (exit 2) while an error-level data check fails, writing nothing. */
  strict?: boolean;
  logger: Logger;
}

/** Open data errors a report lists on its first sheet: every one in practice, bounded for a register gone wrong. */
const REPORT_ERROR_ROWS = 1000;

export interface ReportResult {
  period: string;
  /** The workbook and the dashboard. */
  files: string[];
  /** Chart files (SVG, PNG) and the report draft (md, docx). */
  extraFiles: string[];
  /** Offending rows of error-level checks: above 0, every output was written marked as a draft. */
  dataErrors: number;
}

/** The council's name in the report language, from the config. */
export function councilName(config: Config, lang: Lang): string {
  return (lang === 'kk' ? config.council.name_kk : lang === 'en' ? config.council.name_en : undefined) ?? config.council.name;
}

/** A period as part of a file name (convocation:IV → convocation-IV). */
export function fileId(period: string): string {
  return period.replace(/[:/\\]/g, '-');
}

export async function writeReport(dir: string, options: ReportOptions): Promise<ReportResult> {
  const [{ getLabels }, { SECTIONS }, { sheetModelFromSection }, { writeWorkbook }, { writeDashboard, buildDashboardCharts }, { writeCharts }, { writeNarrative }, { buildDraftNotice }, { errorsSheet }, { strictStop, failedErrors }, { readReportRows }] =
    await Promise.all([
      import('../../reports/i18n/getLabels.ts'),
      import('../../reports/sections/annual.ts'),
      import('../../reports/excel/sheetModelFromSection.ts'),
      import('../../reports/excel/writeWorkbook.ts'),
      import('./writeDashboard.ts'),
      import('./writeCharts.ts'),
      import('./writeNarrative.ts'),
      import('./buildDraftNotice.ts'),
      import('../../reports/excel/errorsSheet.ts'),
      import('../build/summarizeChecks.ts'),
      import('./readReportRows.ts'),
    ]);
  const background: Promise<unknown>[] = [];
  const cleaning = new CleaningLog();
  return withBuiltWorkspace(dir, options.period, options.logger, async (ws, db, build) => {
    // Nothing is written by a strict run while data errors are open.
    if (options.strict) strictStop(build.checks, 'report.checksFailed');
    const lang = options.lang ?? ws.config.lang;
    const labels = getLabels(lang);
    const outDir = options.out ? resolve(options.out) : ws.outDir;
    await mkdir(outDir, { recursive: true });
    const id = fileId(build.period);
    const name = councilName(ws.config, lang);

    const mask = options.public ? await publicMask(db) : undefined;
    // One read of every mart the report shows; from here on the writers only take rows.
    const rows = await readReportRows(db, build.period, { mask, draft: failedErrors(build.checks).length > 0 });
    // Every read is done: DuckDB writes the freshly built marts into the database file (which closing would
    // otherwise do, holding up the main thread) while the outputs are laid out.
    const checkpoint = run(db, 'checkpoint');
    checkpoint.catch(() => {});
    background.push(checkpoint);

    // Open data errors make every output a draft that says so; none: no draft sheet, no banner.
    const draft = buildDraftNotice(build.checks, rows.touched, labels, mask);
    if (draft) options.logger.warn(`${draft.errorCount} data error(s): every output is marked as a draft (kenes check lists them; --strict refuses)`);
    const charts = buildDashboardCharts(rows.dashboard.charts, labels);
    // Pictures are drawn (Vega) and rasterised (resvg, on the thread pool) while the dashboard and draft are
    // written; only the workbook waits for them. The catch keeps a failure from being reported as unhandled
    // before the await below reports it.
    const chartsWritten = writeCharts(join(outDir, 'charts'), charts, lang, cleaning);
    chartsWritten.catch(() => {});
    background.push(chartsWritten);

    // Each sheet as its section declares it (reports/sections/annual.ts), notes under the table included.
    const rowsOf = (id: string) => rows.sections.get(id) ?? [];
    const sheets: SheetModel[] = SECTIONS.map((section) => sheetModelFromSection(section, labels, rowsOf(section.id), { public: options.public, rowsOf }));
    // The rules the figures were computed by, in words: the same rows on the sheet, the dashboard and the draft.
    const definitions = definitionRows(labels, { rules: rows.rules, weights: rows.weights });
    sheets.push(definitionsSheet(labels, definitions));

    const dashboardPath = join(outDir, `dashboard-${id}.html`);
    await writeDashboard(dashboardPath, rows.dashboard, { councilName: name, period: build.period, lang, labels, charts, commissions: ws.config.commissions, draft, definitions, cleaning });
    options.logger.info(`wrote ${dashboardPath}`);

    const narrative = await writeNarrative(join(outDir, `annual-report-${id}`), rows.narrative, { councilName: name, period: build.period, lang, labels, draft, definitions, cleaning });
    for (const file of narrative) options.logger.info(`wrote ${file}`);

    const { images, files: chartFiles } = await chartsWritten;
    options.logger.info(`wrote ${chartFiles.length} chart files to ${join(outDir, 'charts')}`);
    SECTIONS.forEach((section, i) => { sheets[i].images = (section.images ?? []).flatMap((chart) => images.get(chart) ?? []); });
    const workbookPath = join(outDir, `annual-report-${id}.xlsx`);
    // A draft opens on its errors: the first sheet lists them, and every title says draft.
    const allSheets = draft ? [errorsSheet(draft, labels), ...sheets] : sheets;
    const cover = coverModel(rows.cover, build, name, `${name} — ${build.period}`);
    await writeWorkbook(workbookPath, { title: cover.title, council: name, cover, period: build.period, lang, sheets: allSheets, draft: draft ? labels.draft.mark : undefined }, cleaning);
    options.logger.info(`wrote ${workbookPath}`);
    await checkpoint;
    // Nothing is changed silently: each file whose text was cleaned says where.
    for (const line of cleaning.summaries()) options.logger.warn(line);
    return { period: build.period, files: [workbookPath, dashboardPath], extraFiles: [...chartFiles, ...narrative], dataErrors: draft?.errorCount ?? 0 };
  }, { checks: true, checkRows: REPORT_ERROR_ROWS, background });
}

/**
 * `--public`: every text read from a mart has the personal data in it masked —
 * IINs, phones, e-mails, street addresses and the applicants' names of the
 * appeals register — because people type them into any column (an activity's
 * title, a letter's subject), not only into the appeals' personal columns,
 * which never leave staging.
 */
export async function publicMask(db: Db): Promise<(row: Row) => Row> {
  const [{ loadApplicantNames }, { maskRow }, { cleanOutputValue }] = await Promise.all([
    import('./loadApplicantNames.ts'), import('../../sources/privacy/maskRow.ts'), import('../../reports/cleanOutputValue.ts')]);
  const names = await loadApplicantNames(db);
  // Masked after cleaning, not before: a phone or an IIN with a control character inside ("+7 701 555\u000112 34")
  // escapes the patterns, and the writers' cleaning would then put it together again, unmasked. (So a public
  // output's cells do not note the control characters they lost.)
  return (row) => maskRow(cleanOutputValue(row), { public: true, names });
}

/**
 * The cover sheet's figures: the period's days and the last ingest batch from mart_report_cover's row
 * (readCoverRow), the open data errors and warnings as the checks counted them (the same count as the draft's banner).
 */
export function coverModel(row: Row | undefined, build: BuiltWorkspace, council: string, title: string): CoverModel {
  const { errors, warnings } = countFailures(build.checks);
  return {
    council, title, period: build.period,
    dateFrom: String(row?.date_from ?? ''), dateTo: String(row?.date_to ?? ''),
    dataAsOf: row?.data_as_of == null ? null : String(row.data_as_of),
    lastBatch: row?.last_batch_id == null ? null : Number(row.last_batch_id),
    openErrors: errors, warnings,
  };
}

/** What each figure means under the workspace's own rules (definitionRows over mart_rules and mart_kpi_weights), as a sheet. */
function definitionsSheet(labels: Labels, definitions: DefinitionRow[]): SheetModel {
  return {
    sectionId: 'definitions',
    name: labels.sections.definitions,
    title: labels.sections.definitions,
    columns: [
      { key: 'term', label: labels.columns.term, type: 'text' },
      { key: 'definition', label: labels.columns.definition, type: 'text' },
    ],
    rows: definitions.map((d) => ({ term: d.term, definition: d.definition })),
  };
}
