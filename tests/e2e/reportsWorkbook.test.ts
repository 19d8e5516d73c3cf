/**
 * The full report on the embedded sample, read back as a user would: the
 * workbook with exceljs (every section sheet, typed cells, the summary equal to
 * mart_period_metrics, charts as pictures), LibreOffice's PDF conversion, the
 * chart files, the draft, `--lang kk` and `--public` (no applicant data anywhere).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../pipelines/db.ts';
import { ingestFiles } from '../../pipelines/ingest.ts';
import { silentLogger } from '../../pipelines/Logger.ts';
import { SAMPLE_DIR } from '../../pipelines/paths.ts';
import { writeReport, type ReportResult } from '../../pipelines/report.ts';
import { copyWorkspace, listInputs, type Workspace } from '../../pipelines/workspace.ts';
import { chartRegistry } from '../../reports/charts/chartRegistry.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { SECTIONS } from '../../reports/sections.ts';

const run = promisify(execFile);
const PHONE = '+7 701 555 12 34';
const EMAIL = 'zhitel.test@example.kz';
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

let dir: string;
let ws: Workspace;
let ru: ReportResult;
let kk: ReportResult;
let pub: ReportResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-reports-'));
  ws = await copyWorkspace(SAMPLE_DIR, join(dir, 'ws'));
  // People type contacts into any column: an activity whose title holds a phone and an e-mail.
  await writeFile(join(ws.inputsDir, 'мероприятия 2023.csv'), `activity_id,type,date_start,title\nX-PRIV-1,other,2023-06-01,"Встреча с жителем, тел. ${PHONE}, ${EMAIL}"\n`);
  const db = await openDatabase(ws.dbPath);
  try {
    await ingestFiles(db, await listInputs(ws), { config: ws.config, logger: silentLogger });
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

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('the annual workbook on the sample', () => {
  it('has a sheet per section, plus definitions, each with its rows', async () => {
    const labels = getLabels('ru');
    const wb = await readWorkbook(ru.files[0]);
    expect(wb.worksheets.map((s) => s.name)).toEqual([...SECTIONS.map((s) => labels.sections[s.titleKey]), labels.sections.definitions]);
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

  it.skipIf(!SOFFICE)('opens in LibreOffice Calc (converts to PDF)', async () => {
    const out = join(dir, 'pdf');
    await run(SOFFICE!, ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', out, ru.files[0]], { timeout: 120_000 });
    const pdf = join(out, 'annual-report-2023.pdf');
    expect((await stat(pdf)).size).toBeGreaterThan(50_000);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 150_000);

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
    expect(wb.worksheets.map((s) => s.name)).toEqual([...SECTIONS.map((s) => labels.sections[s.titleKey]), labels.sections.definitions]);
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
