/**
 * `kenes template`: one .xlsx per register for the secretariat to fill in.
 * Each has the register's sheet (named after the register, so ingest
 * recognises it), a title row, a row of Russian / Kazakh column names, the
 * canonical headers kenes reads, then empty rows with dropdowns (enumerated
 * values, commissions, member names and bodies of the workspace) and date
 * checks; a lists sheet holds the dropdown values and an instructions sheet
 * explains it all. A filled template ingests without edits (tests/integration/reportsTemplates.test.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { cleanOutputText, EXCEL_CELL_MAX } from '../../reports/cleanOutputText.ts';
import { cleaningNote } from '../../reports/excel/writeWorkbook.ts';
import { escapeCellText } from '../../reports/excel/escapeCellText.ts';
import type { ColumnSpec, Register } from '../../sources/contracts/defineRegister.ts';
import { REGISTERS } from '../../sources/contracts/registers.ts';
import { getLabels, type Labels, type Lang } from '../../reports/i18n/getLabels.ts';
import { openDatabase, queryRows, type Db } from '../../workspace/db.ts';
import type { Logger } from '../../workspace/Logger.ts';
import { openWorkspace } from '../../workspace/workspace.ts';

export interface TemplateOptions {
  out?: string;
  lang?: Lang;
  logger: Logger;
}

/** The row kenes reads as the header; data starts below it. */
export const TEMPLATE_HEADER_ROW = 3;
/** Rows prepared with dropdowns and date checks. */
const PREPARED_ROWS = 2000;
const KAZAKH = /[әғқңөұүһі]/i;
const CYRILLIC = /[а-яё]/i;

interface WorkspaceLists {
  commissions: string[];
  members: string[];
  bodyIds: string[];
  bodyNames: string[];
}

export async function writeTemplates(dir: string, options: TemplateOptions): Promise<string[]> {
  const ws = await openWorkspace(dir);
  const lang = options.lang ?? ws.config.lang;
  const labels = getLabels(lang);
  const outDir = options.out ? resolve(options.out) : join(ws.dir, 'templates');
  await mkdir(outDir, { recursive: true });
  const lists: WorkspaceLists = { commissions: ws.config.commissions.map((c) => c.id), members: [], bodyIds: [], bodyNames: [] };
  if (existsSync(ws.dbPath)) {
    const db = await openDatabase(ws.dbPath);
    try {
      Object.assign(lists, await readWorkspaceLists(db));
    } finally {
      db.close();
    }
  } else {
    options.logger.warn('no database yet: member and body dropdowns are empty until the members and bodies registers are ingested and built');
  }
  const files: string[] = [];
  for (const register of REGISTERS) {
    const path = join(outDir, `${register.id}.xlsx`);
    const tmp = join(outDir, `.${register.id}.xlsx.tmp-${process.pid}`);
    try {
      await writeTemplate(tmp, register, lists, labels);
      await rename(tmp, path);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
    files.push(path);
  }
  return files;
}

/** Names and ids as the registers hold them (dim_ tables exist once the workspace was built). */
async function readWorkspaceLists(db: Db): Promise<Partial<WorkspaceLists>> {
  const tables = new Set((await queryRows(db, "select table_name from information_schema.tables where table_name in ('dim_members', 'dim_bodies')")).map((r) => r.table_name));
  const out: Partial<WorkspaceLists> = {};
  if (tables.has('dim_members')) out.members = (await queryRows(db, 'select distinct full_name from dim_members where full_name is not null order by full_name')).map((r) => String(r.full_name));
  if (tables.has('dim_bodies')) {
    const bodies = await queryRows(db, 'select body_id, name from dim_bodies order by body_id');
    out.bodyIds = bodies.map((r) => String(r.body_id));
    out.bodyNames = [...new Set(bodies.map((r) => String(r.name)))].sort();
  }
  return out;
}

/** Russian and Kazakh names of a column, from the contract's aliases (the spellings ingest accepts). */
export function columnNames(name: string, spec: ColumnSpec): { ru: string; kk: string } {
  const aliases = spec.aliases ?? [];
  const ru = aliases.find((a) => CYRILLIC.test(a) && !KAZAKH.test(a)) ?? name;
  const kk = aliases.find((a) => KAZAKH.test(a)) ?? ru;
  return { ru, kk };
}

/** The dropdown of a column, if it has one: allowed values in the spelling ingest reads back. */
function dropdown(register: Register, name: string, spec: ColumnSpec, lists: WorkspaceLists): string[] | undefined {
  if (spec.type === 'enum' && spec.values) return Object.keys(spec.values);
  if (spec.type === 'bool') return ['да', 'нет'];
  if (spec.type === 'commission') return lists.commissions;
  const key = `${register.id}.${name}`;
  if (['attendance.member', 'activities.led_by'].includes(key)) return lists.members;
  // Letters and NPA name the body by id (fct_letters matches addressee to body_id); activities accept the name.
  if (['letters.addressee', 'npa_reviews.source_body', 'appeals.addressed_to'].includes(key)) return lists.bodyIds;
  if (key === 'activities.target_body') return lists.bodyNames;
  return undefined;
}

async function writeTemplate(path: string, register: Register, lists: WorkspaceLists, labels: Labels): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  workbook.creator = 'kenes';
  const columns = Object.entries(register.columns);
  const listColumns: { name: string; values: string[] }[] = [];
  const ws = workbook.addWorksheet(register.id, {
    views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW, topLeftCell: `A${TEMPLATE_HEADER_ROW + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${TEMPLATE_HEADER_ROW - 1}:${TEMPLATE_HEADER_ROW}` },
  });
  ws.columns = columns.map(([name, spec]) => {
    const n = columnNames(name, spec);
    return { key: name, width: Math.min(45, Math.max(14, `${n.ru} / ${n.kk}`.length + 2)) };
  });
  const title = ws.getRow(1);
  title.getCell(1).value = `${labels.ui.templateTitle}: ${register.id} — ${labels.ui.templateHeaderNote}`;
  title.getCell(1).font = { bold: true };
  title.commit();
  const names = ws.getRow(2);
  const header = ws.getRow(TEMPLATE_HEADER_ROW);
  columns.forEach(([name, spec], j) => {
    const n = columnNames(name, spec);
    const cell = names.getCell(j + 1);
    cell.value = `${n.ru} / ${n.kk}${spec.required ? ` (${labels.ui.required})` : ''}`;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = { italic: true, color: { argb: 'FF52606D' } };
    const h = header.getCell(j + 1);
    h.value = name;
    h.font = { bold: true };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: spec.required ? 'FFFCE4D6' : 'FFD9E1F2' } };
  });
  names.commit();
  header.commit();

  const first = TEMPLATE_HEADER_ROW + 1;
  const last = TEMPLATE_HEADER_ROW + PREPARED_ROWS;
  const validations = (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  columns.forEach(([name, spec], j) => {
    const col = columnLetter(j + 1);
    const range = `${col}${first}:${col}${last}`;
    const values = dropdown(register, name, spec, lists);
    if (values && values.length > 0) {
      listColumns.push({ name: `${register.id}.${name}`, values });
      const listCol = columnLetter(listColumns.length);
      validations.add(range, {
        type: 'list',
        allowBlank: !spec.required,
        // A range on the lists sheet: an inline list is limited to 255 characters.
        formulae: [`'${labels.sections.lists}'!$${listCol}$2:$${listCol}$${values.length + 1}`],
        showErrorMessage: true,
        errorTitle: labels.ui.invalidValue,
        error: labels.ui.invalidValue,
        showInputMessage: true,
        prompt: labels.ui.listHint,
      });
    } else if (spec.type === 'date') {
      validations.add(range, {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: !spec.required,
        formulae: [new Date(Date.UTC(1990, 0, 1))],
        showErrorMessage: true,
        errorTitle: labels.ui.invalidDate,
        error: labels.ui.invalidDate,
        showInputMessage: true,
        prompt: labels.ui.dateHint,
      });
    } else if (spec.type === 'int' || spec.type === 'number') {
      validations.add(range, { type: spec.type === 'int' ? 'whole' : 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0] });
    }
  });
  // Date columns formatted as dates, so a typed 14.03.2025 stays a date.
  columns.forEach(([, spec], j) => {
    if (spec.type === 'date') ws.getColumn(j + 1).numFmt = 'dd.mm.yyyy';
  });
  ws.commit();

  const listSheet = workbook.addWorksheet(labels.sections.lists);
  listSheet.columns = listColumns.map((l) => ({ width: Math.min(50, Math.max(12, ...l.values.map((v) => v.length + 2))) }));
  const rows = Math.max(0, ...listColumns.map((l) => l.values.length));
  const head = listSheet.getRow(1);
  listColumns.forEach((l, j) => {
    head.getCell(j + 1).value = l.name;
    head.getCell(j + 1).font = { bold: true };
  });
  head.commit();
  for (let r = 0; r < rows; r++) {
    const row = listSheet.getRow(r + 2);
    listColumns.forEach((l, j) => {
      if (r >= l.values.length) return;
      // The workspace's own names (members, bodies) go out as text a workbook can hold; a changed one says so on its cell.
      const { text, changed } = cleanOutputText(l.values[r], { maxLength: EXCEL_CELL_MAX });
      const cell = row.getCell(j + 1);
      cell.value = escapeCellText(text);
      if (changed.length > 0) cell.note = cleaningNote(labels, changed);
    });
    row.commit();
  }
  listSheet.commit();

  const help = workbook.addWorksheet(labels.sections.instructions);
  help.columns = [{ width: 30 }, { width: 100 }];
  const lines: [string, string][] = [
    [labels.ui.templateTitle, register.id],
    ['', labels.ui.templateHeaderNote],
    ...columns.map(([name, spec]): [string, string] => {
      const n = columnNames(name, spec);
      const values = spec.type === 'enum' && spec.values ? Object.keys(spec.values).join(', ') : spec.type;
      return [name, `${n.ru} / ${n.kk}${spec.required ? ` — ${labels.ui.required}` : ''}; ${values}${spec.personal ? ' — personal data: never in reports' : ''}`];
    }),
  ];
  lines.forEach(([a, b], i) => {
    const row = help.getRow(i + 1);
    row.getCell(1).value = a;
    row.getCell(2).value = b;
    if (i === 0) row.getCell(1).font = { bold: true };
    row.commit();
  });
  help.commit();
  await workbook.commit();
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
