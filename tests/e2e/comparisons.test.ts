/**
 * No data is not zero (issue 14), the other side: the sample with 2022 records added for some
 * registers — meetings and appeals kept all of 2022, and a 2022 report stating the monitorings —
 * compares those figures with 2022 in every output, shows a real 0 where a register covered 2022
 * and counted nothing (no presidium meeting), and "no data" where none covered it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { writeReport, type ReportResult } from '../../pipelines/report/report.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { closeContexts, openFile, sharedChromium, waitForCharts } from '../helpers/chromium.ts';
import { historyPoints, readCards, readSummary } from '../helpers/comparisons.ts';
import { ingestedSample } from '../helpers/ingestedSample.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import type { Workspace } from '../../workspace/workspace.ts';

const ADDED: Record<string, string> = {
  'meetings-2022.csv': [
    'meeting_id,body,date,format',
    'OS-2022-1,council,2022-01-27,offline',
    'OS-2022-2,council,2022-06-15,offline',
    'OS-2022-3,council,2022-12-21,offline',
    'K1-2022-1,commission 1,2022-03-10,offline',
  ].join('\n'),
  // one appeal a month, every fourth from a legal entity, each answered within the month
  'appeals-2022.csv': ['appeal_id,received_on,applicant_type,answered_on', ...Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, '0');
    return `ОС-2022-${month},2022-${month}-05,${i % 4 === 3 ? 'legal_entity' : 'individual'},2022-${month}-20`;
  })].join('\n'),
  'stated_figures-2022.csv': 'period_from,period_to,metric,value,source\n2022-01-01,2022-12-31,monitorings,17,report-2022.txt\n',
};

let dir: string;
let ws: Workspace;
let report: ReportResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-comparisons-'));
  ws = await ingestedSample(join(dir, 'ws'));
  const paths = [];
  for (const [name, text] of Object.entries(ADDED)) {
    paths.push(join(ws.dir, 'inputs', name));
    await writeFile(paths.at(-1)!, text);
  }
  const db = await openDatabase(ws.dbPath);
  try {
    await ingestFiles(db, paths, { config: ws.config, logger: silentLogger, baseDir: ws.dir });
  } finally {
    db.close();
  }
  report = await writeReport(ws.dir, { logger: silentLogger });
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('2023 against a 2022 some registers hold', () => {
  it('the marts compare where a register covered 2022, with its zeros, and nowhere else', async () => {
    const db = await openDatabase(ws.dbPath);
    try {
      const rows = await queryRows(db, `select metric, value, previous_value, year_ago_value from mart_period_metrics
        where metric in ('general_meetings', 'presidium_meetings', 'commission_meetings', 'appeals_received', 'appeals_legal_entities', 'monitorings', 'report_hearings', 'letters_sent')
        order by metric`);
      expect(rows).toEqual([
        { metric: 'appeals_legal_entities', value: 209, previous_value: 3, year_ago_value: 3 },
        { metric: 'appeals_received', value: 700, previous_value: 12, year_ago_value: 12 },
        { metric: 'commission_meetings', value: 45, previous_value: 1, year_ago_value: 1 },
        { metric: 'general_meetings', value: 8, previous_value: 3, year_ago_value: 3 },
        // stated in the 2022 report: a record of that figure and year
        { metric: 'monitorings', value: 20, previous_value: 17, year_ago_value: 17 },
        // the meetings register covered 2022 and holds no presidium meeting: 0 is a fact
        { metric: 'presidium_meetings', value: 7, previous_value: 0, year_ago_value: 0 },
        { metric: 'report_hearings', value: 78, previous_value: null, year_ago_value: null },
        { metric: 'letters_sent', value: 578, previous_value: null, year_ago_value: null },
      ].sort((a, b) => (a.metric < b.metric ? -1 : 1)));
    } finally {
      db.close();
    }
  });

  it('the workbook prints those comparisons, the 0 as 0, and an empty cell with a note elsewhere', async () => {
    const labels = getLabels('ru');
    const summary = await readSummary(report.files[0], labels);
    expect(summary.get('general_meetings')?.previous).toEqual({ value: 3, note: null });
    expect(summary.get('presidium_meetings')?.previous).toEqual({ value: 0, note: null });
    expect(summary.get('monitorings')?.yearAgo).toEqual({ value: 17, note: null });
    expect(summary.get('report_hearings')?.previous).toEqual({ value: null, note: labels.ui.noDataNote });
    expect(summary.get('letters_sent')?.yearAgo).toEqual({ value: null, note: labels.ui.noDataNote });
    // the history sheet: 2022 as the registers and the report give it, empty with the note where neither does
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report.files[0]);
    const history = new Map<string, { value: unknown; note: unknown }>();
    wb.getWorksheet(labels.sections.history)!.eachRow((row, r) => {
      if (r > 2) history.set(`${String(row.getCell(1).value)} ${String(row.getCell(2).value)}`, { value: row.getCell(3).value, note: row.getCell(3).note });
    });
    expect(history.get(`2022 ${labels.metrics.general_meetings}`)).toEqual({ value: 3, note: undefined });
    expect(history.get(`2022 ${labels.metrics.presidium_meetings}`)).toEqual({ value: 0, note: undefined });
    expect(history.get(`2022 ${labels.metrics.monitorings}`)).toEqual({ value: 17, note: undefined });
    expect(history.get(`2022 ${labels.metrics.report_hearings}`)).toEqual({ value: null, note: labels.ui.noDataNote });
  });

  it('the dashboard draws an arrow only beside a real comparison', async () => {
    const labels = getLabels('ru');
    const browser = await sharedChromium();
    try {
      const { page, problems } = await openFile(browser, report.files[1]);
      await waitForCharts(page);
      const cards = new Map((await readCards(page)).map((c) => [c.label, c]));
      const card = (id: keyof typeof labels.metrics) => cards.get(labels.metrics[id]);
      expect(card('general_meetings')).toMatchObject({ arrow: true, change: expect.stringContaining('▲ +5') });
      expect(card('general_meetings')?.change).toContain('предыдущий период: 3');
      expect(card('presidium_meetings')).toMatchObject({ arrow: true, change: expect.stringContaining('предыдущий период: 0') });
      expect(card('report_hearings')).toEqual({ label: labels.metrics.report_hearings, arrow: false, change: 'нет данных за 2022' });
      expect(card('letters_sent')).toMatchObject({ arrow: false, change: 'нет данных за 2022' });
      expect(problems).toEqual([]);
    } finally {
      await closeContexts(browser);
    }
  }, 60_000);

  it('the history chart draws a 2022 point for each figure a register or a report gives, and none for the others', async () => {
    const svg = await readFile(join(ws.dir, 'out', 'charts', 'metricHistory.svg'), 'utf8');
    const points = historyPoints(svg);
    expect(points.filter((p) => p.year === '2023')).toHaveLength(16);
    // meetings (3, 0, 1), appeals received and answered (12, 12), monitorings as stated (17)
    expect(points.filter((p) => p.year === '2022').map((p) => p.value).sort()).toEqual(['0', '1', '12', '12', '17', '3']);
  });

  it('the draft fills in the 2023 figures', async () => {
    const md = await readFile(join(ws.dir, 'out', 'annual-report-2023.md'), 'utf8');
    expect(md).toContain('Проведено заседаний Общественного совета — 8, президиума — 7, комиссий — 45.');
  });
});
