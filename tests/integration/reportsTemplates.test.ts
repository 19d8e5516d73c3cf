/**
 * `kenes template`: the templates carry the workspace's dropdowns and date
 * checks, and — the promise to the secretariat — a template filled with the
 * sample registers' rows ingests into a fresh workspace without a single reject.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { SAMPLE_DIR } from '../../workspace/paths.ts';
import { withBuiltWorkspace } from '../../pipelines/build/withBuiltWorkspace.ts';
import { copyWorkspace, listInputs, type Workspace } from '../../workspace/workspace.ts';
import { TEMPLATE_HEADER_ROW, writeTemplates } from '../../pipelines/report/writeTemplates.ts';
import { recognizeRegister, REGISTERS } from '../../sources/contracts/registers.ts';
import { validateTable } from '../../sources/contracts/validateTable.ts';
import { readTables } from '../../sources/readers/readTables.ts';
import { builtSample } from '../helpers/ingestedSample.ts';

let dir: string;
let ws: Workspace;
let templates: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-templates-'));
  // The sample built for 2023 (built once per run and copied): withBuiltWorkspace finds its marts up to date.
  ws = await builtSample(join(dir, 'ws'));
  await withBuiltWorkspace(ws.dir, '2023', silentLogger, async () => undefined);
  templates = await writeTemplates(ws.dir, { out: join(dir, 'templates'), logger: silentLogger });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('kenes template', () => {
  it('writes one workbook per register: bilingual names, canonical headers, dropdowns, date checks, instructions', async () => {
    expect(templates.map((f) => f.split('/').pop()).sort()).toEqual(REGISTERS.map((r) => `${r.id}.xlsx`).sort());
    const wb = await open(join(dir, 'templates', 'activities.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['activities', 'Списки', 'Инструкция']);
    const sheet = wb.getWorksheet('activities')!;
    const header = (sheet.getRow(TEMPLATE_HEADER_ROW).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['activity_id', 'type', 'date_start']);
    // Russian / Kazakh names above the headers
    expect(String(sheet.getRow(2).getCell(4).value)).toMatch(/\/ .*[әғқңөұүһі]/i);
    // dropdowns: types, commissions (from the config), member names and bodies (from the workspace)
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const byColumn = (name: string) => {
      const col = String.fromCharCode(65 + header.indexOf(name));
      return Object.entries(validations).find(([address]) => address.startsWith(`${col}${TEMPLATE_HEADER_ROW + 1}`))?.[1];
    };
    expect(byColumn('type')?.type).toBe('list');
    expect(byColumn('commission')?.type).toBe('list');
    expect(byColumn('led_by')?.type).toBe('list');
    expect(byColumn('date_start')?.type).toBe('date');
    const lists = wb.getWorksheet('Списки')!;
    const listValues = (name: string) => {
      const col = (lists.getRow(1).values as unknown[]).indexOf(name);
      const out: unknown[] = [];
      lists.getColumn(col).eachCell((cell, row) => row > 1 && cell.value !== null && out.push(cell.value));
      return out;
    };
    expect(listValues('activities.commission')).toEqual(ws.config.commissions.map((c) => c.id));
    expect(listValues('activities.led_by').length).toBeGreaterThan(30);
    expect(listValues('activities.type')).toContain('round_table');
    const help = wb.getWorksheet('Инструкция')!;
    expect(help.rowCount).toBeGreaterThan(10);
  });

  it('filled with the sample registers, ingests into a fresh workspace without rejects', async () => {
    const ctx = { commissions: ws.config.commissions.map((c) => c.id) };
    const filled: string[] = [];
    const expected = new Map<string, number>();
    for (const input of await listInputs(ws)) {
      for (const table of await readTables(input)) {
        const register = (table.sheet ? recognizeRegister(table.sheet) : undefined) ?? recognizeRegister(table.file);
        if (!register) continue;
        const valid = validateTable(table, register, ctx);
        expect(valid.rejects, register.id).toEqual([]);
        const wb = await open(join(dir, 'templates', `${register.id}.xlsx`));
        const sheet = wb.getWorksheet(register.id)!;
        const columns = Object.keys(register.columns);
        valid.rows.forEach((row, i) => {
          const out = sheet.getRow(TEMPLATE_HEADER_ROW + 1 + i);
          columns.forEach((c, j) => {
            const v = row.values[c];
            if (v === null || v === undefined) return;
            // As a person fills it: dates as dates, the rest as typed text or numbers.
            out.getCell(j + 1).value = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && register.columns[c].type === 'date' ? new Date(`${v}T00:00:00Z`) : typeof v === 'boolean' ? (v ? 'да' : 'нет') : (v as ExcelJS.CellValue);
          });
        });
        const file = join(dir, 'filled', `${register.id}.xlsx`);
        await (await import('node:fs/promises')).mkdir(join(dir, 'filled'), { recursive: true });
        await wb.xlsx.writeFile(file);
        filled.push(file);
        expected.set(register.id, (expected.get(register.id) ?? 0) + valid.rows.length);
      }
    }
    expect(filled.length).toBeGreaterThanOrEqual(12);

    const fresh = await copyWorkspace(SAMPLE_DIR, join(dir, 'fresh'));
    for (const f of await readdir(fresh.inputsDir)) await rm(join(fresh.inputsDir, f));
    const db = await openDatabase(fresh.dbPath);
    try {
      const result = await ingestFiles(db, filled, { config: fresh.config, logger: silentLogger });
      expect(result.rejects).toEqual([]);
      const loaded = new Map<string, number>();
      for (const t of result.tables) loaded.set(t.register, (loaded.get(t.register) ?? 0) + t.loaded);
      expect(Object.fromEntries(loaded)).toEqual(Object.fromEntries(expected));
    } finally {
      db.close();
    }
  }, 120_000);
});
