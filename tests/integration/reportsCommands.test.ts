/**
 * The report commands end to end through the CLI on the sample workspace:
 * `report member <id>`, `export quarterly`, and their usage errors (exit 1,
 * no process exit — the subcommands inherit the program's exitOverride).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../cli/cli.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { ingestedSample } from '../helpers/ingestedSample.ts';

let dir: string;
let ws: Workspace;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-report-commands-'));
  ws = await ingestedSample(join(dir, 'ws'));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false };
  return { code: await runCli(args, io), out, err };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('kenes report member', () => {
  it("writes one member's record: KPI with rank and components, attendance by meeting, activities", async () => {
    const labels = getLabels('ru');
    expect((await cli('build', '-w', ws.dir, '--period', '2023')).code).toBe(0);
    const db = await openDatabase(ws.dbPath);
    let member: Record<string, unknown>;
    try {
      [member] =  await queryRows(db, "select member_id, full_name, score, rank from mart_member_kpi where period = '2023' order by rank limit 1");
    } finally {
      db.close();
    }
    const { code, out } = await cli('report', 'member', String(member.member_id), '-w', ws.dir, '--period', '2023', '-o', join(dir, 'member'));
    expect(code).toBe(0);
    expect(out).toEqual([join(dir, 'member', `member-${String(member.member_id)}-2023.xlsx`)]);
    const wb = await open(out[0]);
    expect(wb.worksheets.map((s) => s.name)).toEqual([labels.sections.memberRecord, labels.sections.attendanceByMeeting, labels.sections.memberActivities, labels.sections.kpiWeights]);
    const record = new Map<string, unknown>();
    wb.worksheets[0].eachRow((row, r) => r > 2 && record.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(record.get(labels.columns.full_name)).toBe(member.full_name);
    expect(record.get(labels.columns.score)).toBe(member.score);
    expect(record.get(labels.columns.rank)).toBe(member.rank);
    expect(typeof record.get(labels.columns.attendance_component)).toBe('number');
    expect(wb.worksheets[1].rowCount).toBeGreaterThan(5);
    expect(wb.worksheets[1].getCell('A3').value).toBeInstanceOf(Date);
    // Printed as the annual workbook is (issue 14): landscape, page-wide, the footer naming council and period.
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
      expect(sheet.headerFooter.oddFooter).toBe(`&L${ws.config.council.name}&C2023&R&P / &N`);
    }
  }, 60_000);

  it('an unknown member is a usage error with a hint', async () => {
    const { code, err } = await cli('report', 'member', 'NO-SUCH', '-w', ws.dir, '--period', '2023', '-o', join(dir, 'member'));
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('NO-SUCH');
  }, 60_000);
});

describe('kenes export quarterly', () => {
  it("writes a commission's quarter: its figures, meetings, activities and appeals", async () => {
    const labels = getLabels('ru');
    const { code, out } = await cli('export', 'quarterly', '--commission', '3', '--period', '2023-Q3', '-w', ws.dir, '-o', join(dir, 'export'));
    expect(code).toBe(0);
    expect(out).toEqual([join(dir, 'export', 'quarterly-commission-3-2023-Q3.xlsx')]);
    const wb = await open(out[0]);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      labels.cover.sheetName,
      labels.sections.commissionSummary, labels.sections.commissionKpi, labels.sections.meetings, labels.sections.activities, labels.sections.appealsBreakdown,
    ]);
    // only commission 3, only the quarter
    const meetings = wb.getWorksheet(labels.sections.meetings)!;
    const bodies = new Set<unknown>();
    meetings.eachRow((row, r) => {
      if (r <= 2) return;
      bodies.add(row.getCell(2).value);
      const date = row.getCell(1).value as Date;
      expect(date.toISOString() >= '2023-07-01' && date.toISOString() < '2023-10-01').toBe(true);
    });
    expect([...bodies]).toEqual(['Комиссия № 3']);
    const summary = wb.getWorksheet(labels.sections.commissionSummary)!;
    expect(summary.getCell('A3').value).toBe('3');
    expect(summary.getCell('D3').type).toBe(ExcelJS.ValueType.Number);
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
      // Every table's header on each printed page; the cover has none.
      expect(sheet.pageSetup.printTitlesRow).toBe(sheet === wb.worksheets[0] ? undefined : '2:2');
      expect(sheet.headerFooter.oddFooter).toBe(`&L${ws.config.council.name}&C2023-Q3&R&P / &N`);
    }
    // The cover: the quarter's days and the state of the data, as on the annual workbook's.
    const cover = wb.worksheets[0];
    expect(String(cover.getCell('A1').value)).toBe(`${labels.sections.quarterly} — ${labels.bodies.commissionNumbered.replace('{n}', '3')} — 2023-Q3`);
    expect([cover.getCell('A4').value, cover.getCell('B4').value, cover.getCell('C4').value]).toEqual([labels.cover.period, '2023-Q3', '01.07.2023 – 30.09.2023']);
    expect(cover.getCell('B5').value).toBeInstanceOf(Date);
    expect(cover.getCell('B6').value).toBe(labels.cover.final);
    // A long activity title wraps in a row made tall enough for it.
    const activities = wb.getWorksheet(labels.sections.activities)!;
    let tallest = 0;
    activities.eachRow((row, r) => { if (r > 2) tallest = Math.max(tallest, row.height); });
    expect(tallest).toBeGreaterThan(20);
  }, 60_000);

  it('usage errors exit 1 without leaving the process: missing --commission, a period that is not a quarter, an unknown commission', async () => {
    expect((await cli('export', 'quarterly', '--period', '2023-Q3', '-w', ws.dir)).code).toBe(1);
    expect((await cli('export', 'quarterly', '--commission', '3', '--period', '2023', '-w', ws.dir)).code).toBe(1);
    const unknown = await cli('export', 'quarterly', '--commission', '42', '--period', '2023-Q3', '-w', ws.dir);
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toContain('42');
  }, 60_000);
});
