/**
 * Writes a review workbook (reviewFormat.ts): a sheet per kind of item that
 * the document has (figures and candidates; attendees and absentees; unclear
 * votes), each row with the document's file, line and line text, and the
 * columns a person fills — a decision from a dropdown, a corrected value,
 * metric, member_id, status or reason, a note —, in the workspace's language
 * (reviewLabels.ts), with an instructions sheet. A very hidden sheet `kenes` is the marker that makes
 * `kenes ingest` read it as a review: which document, in which bytes, which
 * format version.
 *
 * Text from the document is always a text cell (never a formula, whatever it
 * starts with), cleaned for what a workbook can hold (cleanOutputText), with
 * `_xHHHH_` escaped (escapeCellText), so it reads back as written. Rows are as
 * high as their wrapped text. Written to a temp name and renamed into place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import { cleanOutputText, EXCEL_CELL_MAX } from '../../reports/cleanOutputText.ts';
import { escapeCellText } from '../../reports/excel/escapeCellText.ts';
import { ATTENDANCE_STATUSES } from '../../sources/contracts/attendance.ts';
import { METRIC_IDS } from '../../sources/extract/types.ts';
import {
  ID_COLUMN, MARKER_SHEET, REVIEW_FORMAT, decisionLabels, declaredLabels, itemKey, kindLabels, reviewSheets,
  type ReviewItem, type ReviewModel, type SheetSpec,
} from './reviewFormat.ts';
import { INSTRUCTIONS, NO_MEMBERS_REGISTER, NOTHING_TO_REVIEW, SHEET_NAMES, UNANIMOUS_WORDS, type ReviewLang } from './reviewLabels.ts';

const LINE_HEIGHT = 15;
const MAX_LINES = 12;

/** The hidden sheet the metric dropdown lists its ids from (a list typed into the rule holds 255 characters at most). */
const LISTS_SHEET = 'kenes_lists';

export async function writeReviewSheet(path: string, model: ReviewModel, options: { lang?: ReviewLang } = {}): Promise<void> {
  const lang = options.lang ?? 'ru';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kenes';
  workbook.keywords = REVIEW_FORMAT;
  workbook.subject = `${REVIEW_FORMAT} v${model.marker.version}: ${model.marker.document}`;
  const sheets = reviewSheets(lang);
  for (const spec of sheets) {
    const items = model.items.filter((i) => spec.kinds.includes(i.kind));
    if (items.length > 0) addItemsSheet(workbook, spec, items, model, lang);
  }
  if (workbook.worksheets.length === 0) {
    // Nothing extracted at all: the sheet still says so, so an empty review is not mistaken for a lost one.
    const ws = workbook.addWorksheet(sheets[0].name);
    ws.getCell('A1').value = NOTHING_TO_REVIEW[lang];
  }
  addInstructions(workbook, lang);
  addLists(workbook);
  addMarker(workbook, model);
  await writeAtomically(path, workbook);
}

function addInstructions(workbook: ExcelJS.Workbook, lang: ReviewLang): void {
  const ws = workbook.addWorksheet(SHEET_NAMES.instructions[lang]);
  ws.getColumn(1).width = 110;
  INSTRUCTIONS[lang].forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 13 };
    ws.getRow(i + 1).height = LINE_HEIGHT * Math.max(1, Math.ceil(text.length / 105));
  });
}

function addLists(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  METRIC_IDS.forEach((id, i) => { ws.getCell(i + 1, 1).value = id; });
}

function addItemsSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, items: ReviewItem[], model: ReviewModel, lang: ReviewLang): void {
  const decisions = Object.values(decisionLabels(lang));
  const declared = Object.values(declaredLabels(lang));
  const ws = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width, hidden: c.key === ID_COLUMN.key }));
  const header = ws.getRow(1);
  spec.columns.forEach((c, j) => {
    const cell = header.getCell(j + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.input ? 'FFFCE4D6' : 'FFD9E1F2' } };
  });
  header.height = LINE_HEIGHT * 3;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };

  items.forEach((item, i) => {
    const row = ws.getRow(i + 2);
    const values = cellsOf(item, model, lang);
    let lines = 1;
    spec.columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      const value = values[c.key];
      if (c.key === 'decision') {
        cell.dataValidation = {
          type: 'list', allowBlank: true, formulae: [`"${decisions.join(',')}"`],
          showErrorMessage: true, errorTitle: 'kenes', error: decisions.join(' / '),
        };
      } else if (c.key === 'corrected_declared') {
        cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${declared.join(',')}"`] };
      } else if (c.key === 'corrected_status') {
        // A warning, not a stop: a status typed as the registers write it (онлайн, қатыспады) is read too.
        cell.dataValidation = {
          type: 'list', allowBlank: true, formulae: [`"${Object.keys(ATTENDANCE_STATUSES).join(',')}"`], showErrorMessage: true, errorStyle: 'warning',
        };
      } else if (c.key === 'corrected_metric') {
        cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`${LISTS_SHEET}!$A$1:$A$${METRIC_IDS.length}`], showErrorMessage: true, errorStyle: 'warning' };
      }
      if (c.input) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      if (value === null || value === undefined) return;
      if (typeof value === 'number') {
        cell.value = value;
      } else if (c.key === ID_COLUMN.key) {
        cell.value = escapeCellText(value);
      } else {
        cell.value = textCell(value);
        if (c.key !== ID_COLUMN.key) {
          cell.alignment = { wrapText: true, vertical: 'top' };
          lines = Math.max(lines, ...value.split('\n').map((part) => Math.ceil((part.length + 1) / Math.max(1, c.width - 1))));
        }
      }
    });
    row.height = LINE_HEIGHT * Math.min(MAX_LINES, lines);
  });
}

/** A string cell as a workbook holds it: a plain string is never a formula in exceljs, whatever it starts with. */
function textCell(text: string): string {
  return escapeCellText(cleanOutputText(text, { maxLength: EXCEL_CELL_MAX }).text);
}

function cellsOf(item: ReviewItem, model: ReviewModel, lang: ReviewLang): Record<string, string | number | null> {
  const common = {
    kind: kindLabels(lang)[item.kind],
    file: model.marker.document,
    line: item.line,
    text: model.lines[item.line - 1] ?? null,
    // ASCII, so a name with a bidi mark or a control character keys the same row when read back.
    id: asciiJson({ ...item, key: itemKey(item) }),
  };
  switch (item.kind) {
    case 'figure':
    case 'candidate':
      return { ...common, metric: item.metric, value: item.value, why: item.why };
    case 'attendee':
    case 'absentee':
      return {
        ...common, name: item.name, status: item.status, member: item.member_id, candidates: item.candidates,
        resolution: item.resolution ?? NO_MEMBERS_REGISTER[lang],
      };
    case 'vote':
      return {
        ...common, item_no: item.item_no, for: item.for, against: item.against, abstain: item.abstain, why: item.why,
        declared: item.declared ? declaredLabels(lang)[item.declared] : item.unanimous ? UNANIMOUS_WORDS[lang] : null,
      };
  }
}

function addMarker(workbook: ExcelJS.Workbook, model: ReviewModel): void {
  const ws = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  const m = model.marker;
  const rows: [string, string | number | null][] = [
    ['format', REVIEW_FORMAT], ['version', m.version], ['kind', m.kind], ['document', m.document], ['document_sha256', m.document_sha256],
    ['meeting_id', m.meeting_id], ['period_from', m.period_from], ['period_to', m.period_to],
  ];
  rows.forEach(([key, value], i) => {
    ws.getCell(i + 1, 1).value = key;
    if (value === null) return;
    ws.getCell(i + 1, 2).value = typeof value === 'number' ? value : textCell(value);
    // The exact value, in ASCII: a path or a protocol number that cleaning would change (a control
    // character, a bidi mark left open) must still name the document and the meeting as ingest does.
    if (typeof value === 'string') ws.getCell(i + 1, 3).value = escapeCellText(asciiJson(value));
  });
}

/**
 * JSON with every character outside printable ASCII, and `_`, as \uXXXX: nothing a workbook, its
 * cleaning or a tool's `_xHHHH_` decoding can change (exceljs decodes `_x0041_` when it reads a
 * workbook a person edits, and does not escape it when it writes the workbook back).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x5e\x60-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

async function writeAtomically(path: string, workbook: ExcelJS.Workbook): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await workbook.xlsx.writeFile(tmp);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new KenesError('review.writeFailed', `cannot write the review workbook: ${(error as Error).message}`, {
      location: { file: path }, exitCode: EXIT_USAGE, cause: error,
      hint: 'Check that the folder is writable and that the file is not open in Excel.',
    });
  }
}
