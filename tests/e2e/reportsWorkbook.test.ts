/**
 * The full report on the embedded sample, read back as a user would: the
 * workbook with exceljs (every section sheet, typed cells, the summary equal to
 * mart_period_metrics, charts as pictures), LibreOffice's PDF conversion, the
 * chart files, the draft, `--lang kk` and `--public` (no applicant data anywhere).
 */
import { copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../pipelines/build/build.ts';
import { countFailures } from '../../pipelines/build/summarizeChecks.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { SAMPLE_DIR } from '../../workspace/paths.ts';
import { writeReport, type ReportResult } from '../../pipelines/report/report.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import { chartRegistry } from '../../reports/charts/chartRegistry.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { SECTIONS } from '../../reports/sections/annual.ts';
import { ingestedSample } from '../helpers/ingestedSample.ts';
import { convertToPdf, LIBREOFFICE_TIMEOUT_MS, SOFFICE } from '../helpers/libreOffice.ts';
import { overlappingWords, readPdfWords } from '../helpers/pdfWordBoxes.ts';

const PHONE = '+7 701 555 12 34';
const EMAIL = 'zhitel.test@example.kz';

let dir: string;
let ws: Workspace;
let ru: ReportResult;
let kk: ReportResult;
let pub: ReportResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-reports-'));
  // The sample with every register ingested (made once per run and copied).
  ws = await ingestedSample(join(dir, 'ws'));
  // People type contacts into any column: an activity whose title holds a phone and an e-mail.
  const extra = join(ws.inputsDir, 'мероприятия 2023.csv');
  await writeFile(extra, `activity_id,type,date_start,title\nX-PRIV-1,other,2023-06-01,"Встреча с жителем, тел. ${PHONE}, ${EMAIL}"\n`);
  const db = await openDatabase(ws.dbPath);
  try {
    await ingestFiles(db, [extra], { config: ws.config, logger: silentLogger });
  } finally {
    db.close();
  }
  ru = await writeReport(ws.dir, { period: '2023', out: join(dir, 'ru'), logger: silentLogger });
  kk = await writeReport(ws.dir, { period: '2023', lang: 'kk', out: join(dir, 'kk'), logger: silentLogger });
  pub = await writeReport(ws.dir, { period: '2023', public: true, out: join(dir, 'public'), logger: silentLogger });
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Each workbook read once for all the tests (they only read it): a read of the annual workbook is a second of CPU. */
const read = new Map<string, Promise<ExcelJS.Workbook>>();
function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let wb = read.get(file);
  if (!wb) {
    const book = new ExcelJS.Workbook();
    read.set(file, (wb = book.xlsx.readFile(file).then(() => book)));
  }
  return wb;
}

describe('the annual workbook on the sample', () => {
  it('has a sheet per section, plus definitions, each with its rows', async () => {
    const labels = getLabels('ru');
    const wb = await readWorkbook(ru.files[0]);
    expect(wb.worksheets.map((s) => s.name)).toEqual([labels.cover.sheetName, ...SECTIONS.map((s) => labels.sections[s.titleKey]), labels.sections.definitions]);
    for (const section of SECTIONS) expect(wb.getWorksheet(labels.sections[section.titleKey])!.rowCount, section.id).toBeGreaterThan(2);
  });

  it('stores numbers as numbers and dates as dates, in every section sheet', async () => {
    const labels = getLabels('ru');
    const wb = await readWorkbook(ru.files[0]);
    let numbers = 0;
    let dates = 0;
    for (const section of SECTIONS) {
      const sheet = wb.getWorksheet(labels.sections[section.titleKey])!;
      // The table ends at the first empty row; notes (KPI weights) follow it.
      let ended = false;
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        if (r <= 2 || ended) return;
        if (row.cellCount === 0 || !row.hasValues) {
          ended = true;
          return;
        }
        section.columns.forEach((c, j) => {
          const cell = row.getCell(j + 1);
          if (cell.value === null || cell.value === undefined) return;
          // The monthly table's month rows name the month in the № column, as the 2019 report does.
          if (section.groupRow && j === 0 && typeof cell.value === 'string') return;
          if (c.type === 'int' || c.type === 'number' || c.type === 'percent') {
            expect(cell.type, `${section.id} ${c.key} row ${r}`).toBe(ExcelJS.ValueType.Number);
            numbers++;
          }
          if (c.type === 'date') {
            expect(cell.value, `${section.id} ${c.key} row ${r}`).toBeInstanceOf(Date);
            dates++;
          }
        });
      });
    }
    expect(numbers).toBeGreaterThan(1000);
    expect(dates).toBeGreaterThan(300);
  });

  it('the summary equals mart_period_metrics, with the change from mart_metric_change', async () => {
    const labels = getLabels('ru');
    const wb = await readWorkbook(ru.files[0]);
    const summary = wb.getWorksheet(labels.sections.summary)!;
    const db = await openDatabase(ws.dbPath);
    let mart;
    try {
      mart = await queryRows(db, "select metric, value, previous_value, year_ago_value, value - previous_value as change from mart_period_metrics where period = '2023'");
    } finally {
      db.close();
    }
    const sheet = new Map<string, unknown[]>();
    summary.eachRow((row, r) => {
      if (r > 2) sheet.set(String(row.getCell(1).value), [2, 3, 6, 4].map((c) => row.getCell(c).value));
    });
    expect(mart.length).toBe(30);
    expect(sheet.size).toBe(mart.length);
    for (const m of mart) {
      expect([m.metric, ...(sheet.get(labels.metrics[m.metric as keyof typeof labels.metrics]) ?? [])]).toEqual([m.metric, m.value, m.previous_value, m.year_ago_value, m.change]);
    }
  });

  it('places charts as pictures on the summary and KPI sheets, and prints the KPI weights', async () => {
    const labels = getLabels('ru');
    const wb = await readWorkbook(ru.files[0]);
    expect(wb.getWorksheet(labels.sections.summary)!.getImages()).toHaveLength(2);
    const kpi = wb.getWorksheet(labels.sections.memberKpi)!;
    expect(kpi.getImages()).toHaveLength(2);
    const texts: string[] = [];
    kpi.eachRow((row) => texts.push(String(row.getCell(1).value)));
    // "Веса компонентов KPI: Посещаемость 0,3 (30 %); …" — weights from the config, via mart_kpi_weights.
    expect(texts.some((t) => t.startsWith(labels.ui.weights) && /Посещаемость \d(,\d+)? \(\d+/.test(t))).toBe(true);
  });

  it.skipIf(!SOFFICE)('prints in LibreOffice Calc with no word over another and every line of every long cell, Russian and Kazakh', async () => {
    const out = join(dir, 'pdf');
    // One LibreOffice run for both workbooks (same file name, so the Kazakh one is copied under another).
    const kkCopy = join(dir, 'annual-report-2023-kk.xlsx');
    await copyFile(kk.files[0], kkCopy);
    await convertToPdf([ru.files[0], kkCopy], out, join(dir, 'lo-profile'));
    for (const [xlsx, name] of [[ru.files[0], 'annual-report-2023'], [kkCopy, 'annual-report-2023-kk']]) {
      const file = join(out, `${name}.pdf`);
      expect((await stat(file)).size).toBeGreaterThan(50_000);
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = await readPdfWords(bytes);
      // Issue 14: LibreOffice does not grow rows to fit wrapped text, so rows without their height in the
      // file printed 1,608 words over other words. Every pair found is listed, to show where.
      const overlaps = pdf.pages.flatMap((page) => overlappingWords(page)).map(([a, b]) => `${name} p.${a.page}: "${a.text}" × "${b.text}"`);
      expect(overlaps).toEqual([]);
      expect(pdf.pages.flat().length).toBeGreaterThan(10_000);
      // Every text that takes several lines is printed whole, its last line too (compared without the
      // spaces and line breaks the wrapping moves): a row too short would cut or overprint its end.
      const pages = pdf.texts.map((t) => t.replace(/\s+/g, ''));
      const wb = await readWorkbook(xlsx);
      const long: [string, string][] = [];
      for (const sheet of wb.worksheets) {
        sheet.eachRow((row) => row.eachCell((cell) => {
          if (typeof cell.value === 'string' && cell.value.length >= 40) long.push([`${sheet.name}!${cell.address}`, cell.value]);
        }));
      }
      expect(long.length).toBeGreaterThan(500);
      const missing = long.filter(([, text]) => !pages.some((page) => page.includes(text.replace(/\s+/g, '')))).map(([where]) => where);
      expect(missing).toEqual([]);
      // The footer on every page: the council, the period, the page of how many.
      const council = wb.worksheets[0].getCell('B3').value as string;
      expect(council.length).toBeGreaterThan(10);
      pdf.texts.forEach((text, i) => expect(text, `${name} page ${i + 1}`).toContain(`${i + 1} / ${pdf.texts.length}`));
      expect(pdf.texts.every((text) => text.includes(council) && text.includes('2023'))).toBe(true);
    }
  }, LIBREOFFICE_TIMEOUT_MS + 120_000);

  it('sets every sheet up for printing: landscape, as wide as the page, header rows on every page, the footer', async () => {
    const wb = await readWorkbook(ru.files[0]);
    const [, ...sheets] = wb.worksheets;
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup.orientation, sheet.name).toBe('landscape');
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.fitToPage).toBe(true);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.pageSetup.fitToHeight).toBe(0);
      expect(sheet.headerFooter.oddFooter).toBe(`&L${ws.config.council.name}&C2023&R&P / &N`);
    }
    // The cover has no table header; every other sheet repeats its header row on each page.
    for (const sheet of sheets) expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe('2:2');
    // Rows carry their height: a long wrapped text's row is several lines tall.
    const activities = wb.getWorksheet(getLabels('ru').sections.activities)!;
    const heights: number[] = [];
    activities.eachRow((row, r) => { if (r > 2) heights.push(row.height); });
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...heights)).toBeGreaterThan(30);
  });

  it('opens on a cover: the council, the period, the data as of the last batch, final, the open data issues', async () => {
    const labels = getLabels('ru');
    const wb = await readWorkbook(ru.files[0]);
    const cover = wb.worksheets[0];
    const lines = new Map<string, unknown[]>();
    cover.eachRow((row, r) => { if (r > 1) lines.set(String(row.getCell(1).value), [row.getCell(2).value, row.getCell(3).value]); });
    const db = await openDatabase(ws.dbPath);
    let mart;
    let checks;
    try {
      [mart] = await queryRows(db, "select last_batch_id, data_as_of, (select max(batch_id) from batches) as batch, (select max(loaded_at) from batches) as loaded from mart_report_cover where period = '2023'");
      checks = countFailures(await runChecks(db));
    } finally {
      db.close();
    }
    expect(String(cover.getCell('A1').value)).toBe(`${ws.config.council.name} — 2023`);
    expect(lines.get(labels.cover.council)).toEqual([ws.config.council.name, null]);
    expect(lines.get(labels.cover.period)).toEqual(['2023', '01.01.2023 – 31.12.2023']);
    // The last batch: the one that loaded the extra activities file after the sample's registers.
    expect(mart.last_batch_id).toBe(mart.batch);
    expect(mart.data_as_of).toBe(mart.loaded);
    const [asOf, batch] = lines.get(labels.cover.dataAsOf)!;
    // To the second: a date in a cell is a fraction of a day.
    expect(Math.abs((asOf as Date).getTime() - new Date(String(mart.data_as_of)).getTime())).toBeLessThan(1000);
    expect(batch).toBe(labels.cover.lastBatch.replace('{n}', String(mart.last_batch_id)));
    expect(cover.getCell('B5').numFmt).toBe('dd.mm.yyyy hh:mm');
    // The sample has no error-level failure: final, 0 open errors; its warnings as the checks count them.
    expect(ru.dataErrors).toBe(0);
    expect(lines.get(labels.cover.status)).toEqual([labels.cover.final, null]);
    expect(lines.get(labels.cover.openErrors)).toEqual([0, null]);
    expect(checks.warnings).toBeGreaterThan(0);
    expect(lines.get(labels.cover.warnings)).toEqual([checks.warnings, null]);
  });

  it('writes every chart as SVG and PNG, Kazakh letters included', async () => {
    const files = await readdir(join(dir, 'kk', 'charts'));
    for (const id of Object.keys(chartRegistry)) expect(files).toEqual(expect.arrayContaining([`${id}.svg`, `${id}.png`]));
    const svg = await readFile(join(dir, 'kk', 'charts', 'memberKpiRanking.svg'), 'utf8');
    expect(svg).toContain('Кеңес мүшелерінің рейтингі (KPI)');
  });

  it('writes the report draft as Markdown and docx with the figures filled in', async () => {
    const md = await readFile(join(dir, 'ru', 'annual-report-2023.md'), 'utf8');
    expect(md).toContain('# Годовой отчёт — 2023');
    expect(md).toContain('Направлено писем в госорганы — 578');
    expect(md).toMatch(/^\d+\. \d{2}\.\d{2}\.2023(–\d{2}\.\d{2}\.\d{4})? — /m); // dated lists
    const docx = await readFile(join(dir, 'ru', 'annual-report-2023.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('--lang kk: Kazakh sheet names and headers, no Russian section title left', async () => {
    const labels = getLabels('kk');
    const wb = await readWorkbook(kk.files[0]);
    expect(wb.worksheets.map((s) => s.name)).toEqual([labels.cover.sheetName, ...SECTIONS.map((s) => labels.sections[s.titleKey]), labels.sections.definitions]);
    const ruTitles = new Set(Object.values(getLabels('ru').sections));
    for (const sheet of wb.worksheets) {
      expect(ruTitles.has(sheet.name), sheet.name).toBe(false);
    }
    const summary = wb.getWorksheet(labels.sections.summary)!;
    expect(summary.getRow(2).getCell(1).value).toBe('Көрсеткіш');
    expect(summary.getCell('A3').value).toBe(labels.metrics.general_meetings);
    const html = await readFile(kk.files[1], 'utf8');
    expect(html).toContain('<html lang="kk">');
  });

  it('no applicant personal data in any output (and none with --public)', async () => {
    // Names, contacts and summaries of the sample's applicants, read from the register itself.
    const csv = new TextDecoder('windows-1251').decode(await readFile(join(SAMPLE_DIR, 'inputs', 'appeals.csv')));
    const personal = csv.split(/\r?\n/).slice(1, 80).filter(Boolean).flatMap((line) => line.split(';').slice(3, 6)).filter((v) => v.length > 6);
    expect(personal.length).toBeGreaterThan(100);
    for (const result of [ru, pub]) {
      const texts: string[] = [];
      const wb = await readWorkbook(result.files[0]);
      for (const sheet of wb.worksheets) sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      texts.push(await readFile(result.files[1], 'utf8'));
      for (const file of result.extraFiles.filter((f) => /\.(md|svg)$/.test(f))) texts.push(await readFile(file, 'utf8'));
      const all = texts.join('\n');
      for (const value of personal) expect(all.includes(value), value).toBe(false);
      // A contact typed into a title: shown as typed in the internal report, masked with --public.
      expect(all.includes(PHONE), `${result === pub ? 'public' : 'internal'}: phone`).toBe(result !== pub);
      expect(all.includes(EMAIL), `${result === pub ? 'public' : 'internal'}: e-mail`).toBe(result !== pub);
    }
  });
});
