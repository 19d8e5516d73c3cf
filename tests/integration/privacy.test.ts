import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { useTempDir } from '../helpers/tempDir.ts';
import { captureIO } from '../helpers/captureIO.ts';
import { sharedDemo } from '../helpers/sharedWorkspace.ts';

const tempDir = useTempDir();

const capture = captureIO;

/** Every text an output file shows: each cell of a workbook, the whole text of anything else. */
async function textsOf(dir: string): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.xlsx')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const cells: string[] = [];
      wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => { cells.push(JSON.stringify(cell.value)); })));
      out.push({ file: entry.name, text: cells.join('\n') });
    } else if (entry.name.endsWith('.docx')) {
      out.push({ file: entry.name, text: (await mammoth.extractRawText({ path })).value });
    } else if (!/\.(png|jpe?g)$/.test(entry.name)) {
      out.push({ file: entry.name, text: await readFile(path, 'utf8') });
    }
  }
  return out;
}

describe('personal data', () => {
  it("the demo's --public outputs contain none of the sample's applicant names, IINs, phones or e-mails; query masks them", async () => {
    const root = await tempDir();
    const demo = join(root, 'demo');
    expect((await sharedDemo(demo)).code).toBe(0);
    const db = await openDatabase(join(demo, 'kenes.duckdb'));
    let appeals: { applicant: string; contact: string | null; summary: string | null; applicant_type: string | null }[];
    try {
      appeals = (await queryRows(db, 'select applicant, contact, summary, applicant_type from raw_appeals where applicant is not null')) as typeof appeals;
    } finally {
      db.close();
    }
    const names = appeals.filter((a) => a.applicant_type !== 'legal_entity').map((a) => a.applicant);
    const contacts = appeals.flatMap((a) => (a.contact ?? '').split(/,\s*/)).filter(Boolean);
    const iins = appeals.flatMap((a) => (a.summary ?? '').match(/\d{12}/g) ?? []);
    expect(names.length).toBeGreaterThan(100);
    expect(contacts.some((c) => c.includes('@'))).toBe(true);
    expect(contacts.some((c) => c.startsWith('+7'))).toBe(true);
    expect(iins.length).toBeGreaterThan(0);
    const secrets = [...new Set([...names, ...contacts, ...iins])];

    const out = join(root, 'public');
    expect(await runCli(['report', '-w', demo, '--public', '--out', out, '--period', '2023'], capture())).toBe(0);
    const texts = await textsOf(out);
    expect(texts.map((t) => t.file)).toEqual(expect.arrayContaining(['annual-report-2023.xlsx', 'dashboard-2023.html']));
    for (const { file, text } of texts) {
      const leaked = secrets.filter((s) => text.includes(s));
      expect({ file, leaked }).toEqual({ file, leaked: [] });
    }

    // kenes query masks unless asked.
    const masked = capture();
    expect(await runCli(['query', 'select applicant, contact, summary, appeal_id from raw_appeals order by appeal_id', '-w', demo, '-f', 'csv'], masked)).toBe(0);
    const csv = masked.stdout.join('\n');
    expect(secrets.filter((s) => csv.includes(s))).toEqual([]);
    expect(csv).toContain('[скрыто]');
    // Renamed columns and free text are caught by the patterns and the names list.
    const renamed = capture();
    expect(await runCli(['query', `select applicant || ' (' || contact || ') ' || summary as t from raw_appeals`, '-w', demo, '-f', 'json'], renamed)).toBe(0);
    const json = renamed.stdout.join('\n');
    expect(secrets.filter((s) => json.includes(s))).toEqual([]);
    const full = capture();
    expect(await runCli(['query', 'select applicant from raw_appeals', '-w', demo, '-f', 'json', '--include-personal-data'], full)).toBe(0);
    expect(full.stdout.join('\n')).toContain(names[0]);
  });

  it('query CSV output never starts a cell with a formula character that came from input', async () => {
    const ws = join(await tempDir(), 'ws');
    expect(await runCli(['init', ws], capture())).toBe(0);
    const { writeFile } = await import('node:fs/promises');
    const letters = join(ws, 'inputs', 'letters.csv');
    await writeFile(letters, 'letter_id,sent_on,addressee,subject\nL1,2023-01-05,D01,"=HYPERLINK(""http://evil"",""x"")"\nL2,2023-01-06,D02,+1+1\nL3,2023-01-07,D03,@SUM(A1)\nL4,2023-01-08,D04,-2+3\n');
    expect(await runCli(['ingest', letters, '-w', ws], capture())).toBe(0);
    const io = capture();
    expect(await runCli(['query', 'select subject from raw_letters order by letter_id', '-w', ws, '-f', 'csv'], io)).toBe(0);
    const cells = io.stdout.join('\n').split(/\r?\n/).slice(1).map((l) => l.replace(/^"|"$/g, ''));
    expect(cells.every((c) => c.startsWith("'"))).toBe(true);
  });
});
