import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OUT_DIR, generateSample } from '../../../sources/sample/generate.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const committed = path.resolve(here, '../../../sources/sample/workspace/inputs');

const FILES = [
  'activities.xlsx', 'appeals.csv', 'attendance.csv', 'bodies.csv', 'letters.csv', 'media.csv', 'meetings.csv',
  'members.xlsx', 'npa_reviews.csv', 'plan.csv', 'stated_figures.csv', 'votes.csv',
];

let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'kenes-sample-'));
  await generateSample(out);
});
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

type Row = Record<string, string>;
async function csv(name: string): Promise<Row[]> {
  let text = await readFile(path.join(out, name), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}
async function sheetRows(name: string): Promise<{ sheet: string; rows: ExcelJS.CellValue[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, name));
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: ExcelJS.CellValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).value);
    rows.push(cells);
  }
  return { sheet: ws.name, rows };
}
const in2023 = (d: string): boolean => d.startsWith('2023-');

describe('sample workspace generator', () => {
  it('writes the twelve register files to the default folder and to any folder', async () => {
    expect(DEFAULT_OUT_DIR).toBe(committed);
    expect((await readdir(out)).sort()).toEqual(FILES);
  });

  it('is deterministic: the output equals the committed files byte for byte', async () => {
    for (const name of FILES) {
      const generated = await readFile(path.join(out, name));
      const stored = await readFile(path.join(committed, name));
      expect(generated.equals(stored), `${name} differs from the committed file (rerun the generator)`).toBe(true);
    }
  });

  it('reproduces the letters, NPA and publication figures of the 2023 report', async () => {
    const letters = await csv('letters.csv');
    expect(letters.filter((l) => in2023(l.sent_on))).toHaveLength(578);
    expect(letters.filter((l) => in2023(l.answered_on))).toHaveLength(531);
    for (const l of letters) if (l.answered_on) expect(l.answered_on >= l.sent_on).toBe(true);

    const npa = await csv('npa_reviews.csv');
    expect(npa.filter((n) => n.result !== 'pending' && in2023(n.reviewed_on))).toHaveLength(94);
    const pending = npa.filter((n) => n.result === 'pending');
    expect(pending).toHaveLength(4);
    for (const n of pending) {
      expect(n.reviewed_on).toBe('');
      expect(n.received_on.startsWith('2023-12-')).toBe(true);
    }

    const media = await csv('media.csv');
    expect(media).toHaveLength(48);
    expect(media.reduce((s, m) => s + Number(m.publications), 0)).toBe(336);
  });

  it('has report hearings of exactly 25 departments, 37 subordinate organisations and 8 district akimats in 2023', async () => {
    const kind = new Map((await csv('bodies.csv')).map((b) => [b.body_id, b.kind]));
    const { sheet, rows } = await sheetRows('activities.xlsx');
    expect(sheet).toBe('activities');
    const headers = rows[0].map(String);
    expect(headers).toEqual([
      'activity_id', 'type', 'date_start', 'date_end', 'title', 'commission', 'participants', 'led_by', 'target_body',
      'recommendations', 'publicity', 'outcome',
    ]);
    const col = (h: string): number => headers.indexOf(h);
    const acts = rows.slice(1).map((r) => {
      const start = r[col('date_start')];
      expect(start).toBeInstanceOf(Date);
      return { type: String(r[col('type')]), start: (start as Date).toISOString().slice(0, 10), target: String(r[col('target_body')] ?? '') };
    });
    const a2023 = acts.filter((a) => in2023(a.start));
    const heard = (k: string): number => new Set(a2023.filter((a) => a.type === 'report_hearing' && kind.get(a.target) === k).map((a) => a.target)).size;
    expect(heard('department')).toBe(25);
    expect(heard('subordinate')).toBe(37);
    expect(heard('district_akimat')).toBe(8);
    expect(a2023.filter((a) => a.type === 'report_hearing' && a.target === '')).toEqual([]);
    expect(a2023.filter((a) => a.type === 'dialog_platform')).toHaveLength(8);
    expect(a2023.filter((a) => a.type === 'public_hearing')).toHaveLength(2);
    expect(a2023.some((a) => a.type === 'dialog_platform' && a.start === '2023-08-07')).toBe(true);

    const departments = [...kind.entries()].filter(([, k]) => k === 'department').length;
    expect(departments - heard('department')).toBe(3);
  });

  it('writes appeals.csv as Russian Excel does: Windows-1251, semicolons, CRLF, dd.mm.yyyy', async () => {
    const bytes = await readFile(path.join(out, 'appeals.csv'));
    expect(bytes.includes(Buffer.from('Номер', 'utf8'))).toBe(false);
    const text = iconv.decode(bytes, 'win1251');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Номер;Дата поступления;Тип заявителя;Заявитель;Контакты;Суть обращения;Канал;Тема;Район;Комиссия;Адресат;Статус;Дата ответа;Исполнитель',
    );
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = Papa.parse<Row>(text, { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThanOrEqual(650);
    expect(rows.length).toBeLessThanOrEqual(750);
    for (const r of rows) {
      expect(r['Дата поступления']).toMatch(/^\d\d\.\d\d\.2023$/);
      if (r['Дата ответа']) expect(r['Дата ответа']).toMatch(/^\d\d\.\d\d\.2023$/);
    }
    const open = rows.filter((r) => r['Дата ответа'] === '');
    expect(open.length).toBeGreaterThan(40);
    expect(open.length).toBeLessThan(80);
    expect(open.every((r) => r['Статус'] === 'в работе' || r['Статус'] === 'новое')).toBe(true);
    expect(rows.some((r) => /\b\d{12}\b/.test(r['Суть обращения']))).toBe(true);
  });

  it('writes members.xlsx with a title row and Russian headers on row 3', async () => {
    const { sheet, rows } = await sheetRows('members.xlsx');
    expect(sheet).toBe('Члены совета');
    expect(String(rows[0][0])).toBe('Состав Общественного совета г. Алматы, 2023');
    expect(rows[2]).toEqual(['ID', 'ФИО', 'Комиссия', 'Роль', 'Сектор', 'Район', 'Дата вступления', 'Дата выхода', 'Причина выхода']);
    const members = rows.slice(3).filter((r) => r[0]);
    expect(members).toHaveLength(38);
    const roles = members.map((r) => String(r[3]));
    expect(roles.filter((r) => r === 'председатель')).toHaveLength(1);
    expect(roles.filter((r) => r === 'председатель комиссии')).toHaveLength(5);
    expect(members.filter((r) => r[4] === 'государственный орган')).toHaveLength(3);
    expect(members.every((r) => r[6] instanceof Date)).toBe(true);
    expect(members.filter((r) => r[7] instanceof Date).map((r) => r[8]).sort()).toEqual(['добровольно', 'исключен']);
  });

  it('marks one member at exclusion risk (4 unexcused absences) and one with a warning (3)', async () => {
    const raw = await readFile(path.join(out, 'attendance.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await csv('attendance.csv');
    const idByName = new Map((await sheetRows('members.xlsx')).rows.slice(3).map((r) => [String(r[1]), String(r[0])]));
    const perMember = new Map<string, number>();
    for (const r of rows) {
      const id = idByName.get(r.member) ?? r.member;
      expect(id).toMatch(/^M\d\d$/);
      if (r.status === 'absent_unexcused') perMember.set(id, (perMember.get(id) ?? 0) + 1);
    }
    const counts = [...perMember.values()].sort((a, b) => b - a);
    expect(counts.slice(0, 3)).toEqual([4, 3, 2]);
    expect(rows.some((r) => !/^M\d\d$/.test(r.member))).toBe(true);
  });

  it('has exactly two vote anomalies', async () => {
    const present = new Map<string, number>();
    for (const r of await csv('attendance.csv')) {
      if (r.status === 'present' || r.status === 'online') present.set(r.meeting_id, (present.get(r.meeting_id) ?? 0) + 1);
    }
    const anomalies = (await csv('votes.csv'))
      .filter((v) => v.unanimous === 'false')
      .filter((v) => {
        const p = present.get(v.meeting_id) ?? 0;
        const [f, a, b] = [Number(v.for), Number(v.against), Number(v.abstain)];
        return f + a + b !== p || (f > p / 2 ? 'adopted' : 'rejected') !== v.declared;
      })
      .map((v) => `${v.meeting_id}#${v.item_no}`);
    expect(anomalies).toHaveLength(2);
  });
});
