/**
 * The browser's review works on the same review workbooks `kenes ingest` writes
 * (`out/review/<name>.review.xlsx`, pipelines/ingest/writeBatchReviews.ts): the page lists their
 * rows, a decision is written into the row's decision, corrected and note cells — as a person
 * would in Excel — and the workbook is ingested by the same pipeline, so its decisions land in
 * `review_decisions` with provenance `reviewed`. Who decided and when is written into the row's
 * note, kept in `review_decisions.note` beside its `decided_at`.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { KenesError } from '../sources/KenesError.ts';
import { DECISION_LABELS, DECLARED_LABELS, ID_COLUMN, MARKER_SHEET, REVIEW_SHEETS, type Decision } from '../pipelines/review/reviewFormat.ts';

export interface ReviewRow {
  sheet: string;
  row: number;
  /** Cells by column key (reviewFormat.ts), as text. */
  cells: Record<string, string>;
}

export interface ReviewBook {
  /** The workbook's file name in out/review. */
  name: string;
  document: string;
  rows: ReviewRow[];
}

export interface DecisionInput {
  sheet: string;
  row: number;
  decision: Decision;
  /** Corrected cells by column key (corrected, corrected_for, …); only those the row's sheet has. */
  corrected: Record<string, string>;
  note: string;
  user: string;
}

const SUFFIX = '.review.xlsx';
const HEADER_KEY = new Map(REVIEW_SHEETS.flatMap((s) => s.columns.map((c) => [c.header, c.key] as const)));

export function reviewDir(outDir: string): string {
  return join(outDir, 'review');
}

/** The review workbooks in out/review, by name. */
export async function listReviewBooks(outDir: string): Promise<string[]> {
  const names = await readdir(reviewDir(outDir)).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(SUFFIX) && !n.startsWith('.')).sort();
}

/** A workbook of out/review named by a request: only a plain name of one that exists. */
export async function reviewBookPath(outDir: string, name: string): Promise<string> {
  if (basename(name) !== name || !(await listReviewBooks(outDir)).includes(name)) {
    throw new KenesError('serve.noReview', `no review workbook "${name}"`, { location: { file: name } });
  }
  return join(reviewDir(outDir), name);
}

export async function readReviewBook(outDir: string, name: string): Promise<ReviewBook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await reviewBookPath(outDir, name));
  const { document } = markerOf(workbook);
  const rows: ReviewRow[] = [];
  for (const spec of REVIEW_SHEETS) {
    const sheet = workbook.getWorksheet(spec.name);
    if (!sheet) continue;
    const keys = columnKeys(sheet);
    if (!keys.has(ID_COLUMN.key)) continue;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Record<string, string> = {};
      for (const [key, col] of keys) cells[key] = row.getCell(col).text;
      if (cells[ID_COLUMN.key]) rows.push({ sheet: spec.name, row: r, cells });
    }
  }
  return { name, document, rows };
}

/**
 * Writes one decision into its row and returns a function that puts the workbook's earlier bytes
 * back (for when the ingest that follows refuses it).
 */
export async function writeDecision(outDir: string, name: string, input: DecisionInput): Promise<() => Promise<void>> {
  const path = await reviewBookPath(outDir, name);
  const before = await readFile(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(before as unknown as ArrayBuffer);
  const spec = REVIEW_SHEETS.find((s) => s.name === input.sheet);
  const sheet = spec && workbook.getWorksheet(spec.name);
  const keys = sheet ? columnKeys(sheet) : new Map<string, number>();
  if (!sheet || !Number.isInteger(input.row) || input.row < 2 || input.row > sheet.rowCount || !sheet.getRow(input.row).getCell(keys.get(ID_COLUMN.key) ?? 0).text) {
    throw new KenesError('serve.noReviewRow', `no row ${input.row} on sheet "${input.sheet}" to decide`, { location: { file: name, sheet: input.sheet, row: input.row } });
  }
  const row = sheet.getRow(input.row);
  const set = (key: string, value: string | number | null) => {
    const col = keys.get(key);
    if (col !== undefined) row.getCell(col).value = value;
  };
  set('decision', DECISION_LABELS[input.decision]);
  for (const [key] of keys) {
    if (!key.startsWith('corrected')) continue;
    const raw = (input.corrected[key] ?? '').trim();
    // A member_id stays text (M04, or an id that is all digits); counts and figures are numbers, as a person types them in Excel.
    const value = input.decision !== 'correct' || raw === '' ? null
      : key === 'corrected_declared' ? (raw === 'adopted' || raw === 'rejected' ? DECLARED_LABELS[raw] : raw)
      : /^\d+(\.\d+)?$/.test(raw) && !spec.kinds.includes('attendee') ? Number(raw) : raw;
    set(key, value);
  }
  set('note', `[${input.user}, ${new Date().toISOString()}]${input.note.trim() ? ` ${input.note.trim()}` : ''}`);
  const tmp = join(reviewDir(outDir), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  await workbook.xlsx.writeFile(tmp);
  await rename(tmp, path);
  return async () => {
    await writeFile(tmp, before);
    await rename(tmp, path).catch(async (e) => { await rm(tmp, { force: true }); throw e; });
  };
}

function columnKeys(sheet: ExcelJS.Worksheet): Map<string, number> {
  const keys = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = HEADER_KEY.get(cell.text.trim());
    if (key && !keys.has(key)) keys.set(key, col);
  });
  return keys;
}

function jsonOr(exact: string, fallback: string): string {
  try {
    const v = JSON.parse(exact);
    return typeof v === 'string' ? v : fallback;
  } catch {
    return fallback;
  }
}

/** The decisions a review workbook holds, by the item's kenes_id, with the document's bytes it is of. */
export interface HeldDecisions {
  document: string;
  sha256: string;
  cells: Map<string, Record<string, ExcelJS.CellValue>>;
}

const DECIDED_KEYS = (key: string) => key === 'decision' || key === 'note' || key.startsWith('corrected');

/** Every review workbook's decisions, read before an ingest writes the workbooks afresh. */
export async function readHeldDecisions(outDir: string): Promise<Map<string, HeldDecisions>> {
  const held = new Map<string, HeldDecisions>();
  for (const name of await listReviewBooks(outDir)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(reviewDir(outDir), name));
    const cells = new Map<string, Record<string, ExcelJS.CellValue>>();
    forEachItemRow(workbook, (id, row, keys) => {
      if (!row.getCell(keys.get('decision') ?? 0).text) return;
      cells.set(id, Object.fromEntries([...keys].filter(([key]) => DECIDED_KEYS(key)).map(([key, col]) => [key, row.getCell(col).value])));
    });
    if (cells.size > 0) held.set(name, { ...markerOf(workbook), cells });
  }
  return held;
}

/**
 * A document ingested again writes its review workbook afresh, without decisions; when its bytes are
 * the same, the decisions taken before are written back into it, so the page shows them and the next
 * decision does not drop them from the store (a review replaces the earlier one's decisions whole).
 */
export async function restoreHeldDecisions(outDir: string, name: string, held: HeldDecisions): Promise<number> {
  const path = join(reviewDir(outDir), name);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const marker = markerOf(workbook);
  if (marker.document !== held.document || marker.sha256 !== held.sha256) return 0;
  let restored = 0;
  forEachItemRow(workbook, (id, row, keys) => {
    const cells = held.cells.get(id);
    if (!cells) return;
    for (const [key, value] of Object.entries(cells)) if (keys.has(key)) row.getCell(keys.get(key)!).value = value;
    restored++;
  });
  if (restored === 0) return 0;
  const tmp = join(reviewDir(outDir), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  await workbook.xlsx.writeFile(tmp);
  await rename(tmp, path);
  return restored;
}

function forEachItemRow(workbook: ExcelJS.Workbook, visit: (id: string, row: ExcelJS.Row, keys: Map<string, number>) => void): void {
  for (const spec of REVIEW_SHEETS) {
    const sheet = workbook.getWorksheet(spec.name);
    if (!sheet) continue;
    const keys = columnKeys(sheet);
    const idColumn = keys.get(ID_COLUMN.key);
    if (idColumn === undefined) continue;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const id = row.getCell(idColumn).text;
      if (id) visit(`${spec.name}\u0000${id}`, row, keys);
    }
  }
}

function markerOf(workbook: ExcelJS.Workbook): { document: string; sha256: string } {
  const found: Record<string, string> = {};
  workbook.getWorksheet(MARKER_SHEET)?.eachRow((row) => { found[row.getCell(1).text] = jsonOr(row.getCell(3).text, row.getCell(2).text); });
  return { document: found.document ?? '', sha256: found.document_sha256 ?? '' };
}
