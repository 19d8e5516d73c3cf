/**
 * The year in `kenes serve`, through app.request() on this computer (no users): upload the sample
 * registers, fix a refused row by uploading the file again, upload a protocol and a report, decide
 * their review items (stored in review_decisions, with who), build, and read every page and the
 * workbook. The same pipelines as the CLI: the numbers are the CLI's.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { SAMPLE_DIR } from '../../workspace/paths.ts';
import { copyWorkspace, initWorkspace } from '../../workspace/workspace.ts';
import { createApp } from '../../serve/createApp.ts';
import { ServeClient, fileForm } from '../helpers/serveClient.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const PROTOCOL = new URL('../fixtures/sample-documents/protocol-presidium-2023-12-27.txt', import.meta.url).pathname;
const REPORT = 'Отчет о работе Общественного совета за 2023 год\nПроведено около 15 мониторингов.\nПроведено 6 заседаний Общественного совета.\n';

describe('kenes serve: a year of work in the browser', () => {
  it('answers every page of a new workspace, before anything is loaded or built', async () => {
    const ws = await initWorkspace(join(await tempDir(), 'new'));
    const { app } = await createApp(ws, { host: '127.0.0.1' });
    const browser = new ServeClient(app, 'http://localhost:8040');
    const pages: Record<string, string> = {
      '/inputs': 'Пока ничего нет.', '/review': 'Нечего проверять', '/issues': 'Сначала соберите показатели', '/figures': 'Панели за этот период ещё нет.',
      '/members': 'Сначала соберите показатели.', '/outputs': 'Пока ничего нет.', '/audit': 'Пока ничего нет.',
    };
    for (const [path, text] of Object.entries(pages)) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain(text);
    }
    expect(existsSync(ws.dbPath)).toBe(false); // reading a page creates no database
  });

  it('ingests, fixes a reject, reviews, builds and serves the outputs', async () => {
    const dir = join(await tempDir(), 'ws');
    const ws = await copyWorkspace(SAMPLE_DIR, dir);
    const { app, ctx } = await createApp(ws, { host: '127.0.0.1' });
    const browser = new ServeClient(app, 'http://127.0.0.1:8040');
    await browser.get('/inputs');

    // Every sample register, with one meeting's date mistyped.
    const files: Record<string, Uint8Array | string> = {};
    for (const name of await readdir(join(SAMPLE_DIR, 'inputs'))) files[name] = new Uint8Array(await readFile(join(SAMPLE_DIR, 'inputs', name)));
    const meetings = await readFile(join(SAMPLE_DIR, 'inputs', 'meetings.csv'), 'utf8');
    files['meetings.csv'] = meetings.replace('P-2023-01,presidium,2023-01-19', 'P-2023-01,presidium,31.02.2023');
    const first = await browser.upload(fileForm(files));
    expect(first.state).toBe('done');
    const page = first.page;
    expect(page).toContain('<td>inputs/members.xlsx</td><td>Члены совета</td><td>members</td><td class="num">38</td><td class="num">0</td>');
    expect(page).toMatch(/<td>inputs\/meetings\.csv<\/td><td><\/td><td class="num">2<\/td><td>(Дата|date)[^<]*<\/td><td>31\.02\.2023<\/td>/);

    const filtered = await browser.text('/inputs?file=inputs%2Fmeetings.csv&q=31.02');
    expect(filtered.match(/<tr><td>inputs\/meetings\.csv/g)).toHaveLength(1);
    const xlsx = await browser.get('/inputs/rejects.xlsx?file=inputs%2Fmeetings.csv');
    const rejects = new ExcelJS.Workbook();
    await rejects.xlsx.load(await xlsx.arrayBuffer());
    const rows = rejects.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).filter((v) => v !== undefined && v !== null).map(String));
    expect(rows.some((r) => r.includes('inputs/meetings.csv') && r.includes('31.02.2023'))).toBe(true);

    // The corrected file, uploaded again, replaces its rows: the reject is gone, nothing doubled.
    const fixed = await browser.upload(fileForm({ 'meetings.csv': meetings }));
    expect(fixed.state).toBe('done');
    expect(fixed.page).toContain('id="no-rejects"');

    // A protocol naming a member as no register does, and a report with an approximate figure.
    const protocol = (await readFile(PROTOCOL, 'utf8')).replace('Ермекова Д.С.', 'Ермеков А.')
      .replace('«за» – 4, «против» – 1, «воздержались» – 1', '«за» – 2, «против» – 3, «воздержались» – 1'); // counts the result contradicts
    const documents = await browser.upload(fileForm({ 'protocol-8.txt': protocol, 'report-2023.txt': REPORT }));
    expect(documents.state).toBe('done');
    expect(documents.page).toContain('&quot;Ермеков А.&quot; unmatched');

    const review = await browser.text('/review');
    expect(review).toContain('Ермеков А. (present) — unmatched');
    expect(review).toContain('<button>M02 Ермекова Динара Сапаровна</button>');
    expect(review).toContain('monitorings = 15');
    expect(review).toContain('Проведено около 15 мониторингов.'); // the document's line beside it
    // A review is named after its document and a short hash of its identity and bytes (reviewFileName).
    const reportBook = bookOf(review, 'report-2023');
    const protocolBook = bookOf(review, 'protocol-8');
    const accept = await browser.post('/review/decide', { book: reportBook, sheet: 'Показатели', row: rowOf(review, reportBook, 'Показатели'), decision: 'accept', note: 'checked' });
    expect(accept.status).toBe(200);
    const name = await browser.post('/review/decide', { book: protocolBook, sheet: 'Участники', row: rowOf(review, protocolBook, 'Участники'), decision: 'correct', corrected: 'M02' });
    expect(name.status).toBe(200);
    expect(review).toMatch(/№2: 2 \/ 3 \/ 1/);
    const vote = await browser.post('/review/decide', {
      book: protocolBook, sheet: 'Голосования', row: rowOf(review, protocolBook, 'Голосования'), decision: 'correct',
      corrected_for: '4', corrected_against: '1', corrected_abstain: '1', corrected_declared: 'adopted',
    });
    expect(vote.status).toBe(200);
    // A member id kenes does not know is refused, and the decision before it stays.
    const wrong = await browser.post('/review/decide', { book: protocolBook, sheet: 'Участники', row: rowOf(review, protocolBook, 'Участники'), decision: 'correct', corrected: 'M99' });
    expect(wrong.status).toBe(400);

    // The protocol uploaded again (its folder dropped again, say): its review workbook is written afresh,
    // with the decisions taken on the same bytes kept, so deciding again does not drop the others.
    const again = await browser.upload(fileForm({ 'protocol-8.txt': protocol }));
    expect(again.state).toBe('done');
    const kept = await browser.text('/review');
    expect(kept.match(/<tr data-row="protocol-8\.[0-9a-f]{8}\.review\.xlsx:[^"]*">[\s\S]*?<\/tr>/g)!.filter((row) => row.includes('class="decided"'))).toHaveLength(2);
    const voteAgain = await browser.post('/review/decide', {
      book: protocolBook, sheet: 'Голосования', row: rowOf(review, protocolBook, 'Голосования'), decision: 'correct',
      corrected_for: '4', corrected_against: '1', corrected_abstain: '1', corrected_declared: 'adopted',
    });
    expect(voteAgain.status).toBe(200);

    const build = await browser.post('/outputs/build', { period: '2023' });
    expect(build.status).toBe(303);
    const jobId = new URL(build.headers.get('location')!, 'http://x').searchParams.get('job')!;
    await ctx.jobs.get(jobId)!.done;
    const job = await (await browser.get(`/api/jobs/${jobId}`)).json();
    expect(job).toMatchObject({ state: 'done', error: null });
    expect(job.files).toEqual(expect.arrayContaining(['annual-report-2023.xlsx', 'dashboard-2023.html', 'public/annual-report-2023.xlsx', 'public/dashboard-2023.html']));
    expect(job.log).toEqual(expect.arrayContaining(['1/3 build', '2/3 report', '3/3 public report']));

    const db = await openDatabase(ws.dbPath, { readOnly: true });
    try {
      expect(await queryRows(db, `select document_file, item_kind, item_key, decision, value, note like '[' || $user || ', 20%' as by_user
        from review_decisions order by document_file, item_kind`, { user: ctx.localUser })).toEqual([
        { document_file: 'inputs/protocol-8.txt', item_kind: 'attendee', item_key: 'Ермеков А.', decision: 'correct', value: 'M02', by_user: true },
        { document_file: 'inputs/protocol-8.txt', item_kind: 'vote', item_key: '2', decision: 'correct', value: expect.stringContaining('"for":4'), by_user: true },
        { document_file: 'inputs/report-2023.txt', item_kind: 'candidate', item_key: 'monitorings', decision: 'accept', value: '15', by_user: true },
      ]);
      // The corrected name counts: M02 attended the presidium of 27 December, from the review.
      expect(await queryRows(db, `select member, status, source_file from raw_attendance where member = 'M02' and source_file like 'out/review/%'`))
        .toEqual([{ member: 'M02', status: 'present', source_file: `out/review/${protocolBook}` }]);
    } finally {
      db.close();
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await browser.get('/files/annual-report-2023.xlsx')).arrayBuffer());
    expect(workbook.worksheets.length).toBeGreaterThan(10);
    const dashboard = await browser.get('/files/public/dashboard-2023.html');
    expect(dashboard.headers.get('content-security-policy')).toContain('sandbox allow-scripts');
    expect(await browser.text('/figures?period=2023')).toContain('src="/files/dashboard-2023.html"');
    const issues = await browser.text('/issues?period=2023');
    expect(issues).toMatch(/<h2>Ошибки: \d+<\/h2>/);
    // The sample's members without an attendance mark, worded as the reports word the check, with what to do.
    expect(issues).toMatch(/<h3>Нет отметки о присутствии члена совета, который должен был участвовать — \d+ строк<\/h3>\s*<p>Что сделать: Добавьте отметку/);
    expect(issues).toMatch(/<li>inputs\/attendance\.csv:row \d+ — status of M\d+ at [\w-]+ is unknown<\/li>/);
    expect(await browser.text('/members?period=2023')).toContain('<td><a href="/members/M02?period=2023">M02</a></td><td>Ермекова Динара Сапаровна</td>');
    const unknownPeriod = await browser.get('/figures?period=2023-Q5');
    expect(unknownPeriod.status).toBe(400);

    // The other outputs, each a job of its own.
    const made = async (path: string, form: Record<string, string>) => {
      const response = await browser.post(path, form);
      expect(response.status, path).toBe(303);
      const id = new URL(response.headers.get('location')!, 'http://x').searchParams.get('job')!;
      await ctx.jobs.get(id)!.done;
      const done = await (await browser.get(`/api/jobs/${id}`)).json();
      expect(done.error, path).toBeNull();
      return done.files as string[];
    };
    expect(await made('/members/sheet', { id: 'M02', period: '2023' })).toEqual(['members/member-M02-2023.xlsx']);
    const sheet = await browser.text('/members/M02?period=2023');
    expect(sheet).toContain('href="/files/members/member-M02-2023.xlsx"');
    expect(sheet).toContain('Ермекова Динара Сапаровна');
    // The presidium of the protocol, attended after the name was given its member in the review.
    expect(sheet).toMatch(/<td>2023-12-27<\/td><td>Президиум<\/td><td>8<\/td><td>Присутствовал<\/td>/);
    expect(sheet.match(/Мероприятия члена совета — Ермекова Динара Сапаровна/g)).toHaveLength(1); // a merged title once
    expect((await made('/outputs/templates', {})).filter((f) => f.startsWith('templates/') && f.endsWith('.xlsx')).length).toBeGreaterThan(5);
    const [quarter] = await made('/outputs/quarterly', { commission: '1', quarter: '2023-Q3', public: 'on' });
    expect(quarter).toMatch(/^public\/.*2023-Q3.*\.xlsx$/);
    expect(await browser.text('/outputs')).toContain(`href="/files/${quarter}"`);

    const kazakh = await browser.get('/inputs?lang=kk');
    expect(kazakh.headers.get('set-cookie')).toMatch(/kenes_lang=kk/);
    const lang = /kenes_lang=kk/.exec(kazakh.headers.get('set-cookie')!)![0];
    browser.cookie = browser.cookie ? `${browser.cookie}; ${lang}` : lang;
    expect(await browser.text('/outputs')).toContain('Жинау және файлдар');

    const audit = (await readFile(join(ws.dir, 'audit.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).action);
    expect(audit).toEqual(['ingest.start', 'ingest', 'ingest.start', 'ingest', 'ingest.start', 'ingest', 'review', 'review', 'review', 'review.refused', 'ingest.start', 'ingest', 'review', 'build.start', 'build',
      'report member.start', 'report member', 'template.start', 'template', 'export quarterly.start', 'export quarterly']);
  }, 600_000);
});

/** The review workbook of a document, as the page names it (`protocol-8.3f9a01c2.review.xlsx`). */
function bookOf(page: string, stem: string): string {
  const match = new RegExp(`data-row="(${stem.replace(/\./g, '\\.')}\\.[0-9a-f]{8}\\.review\\.xlsx):`).exec(page);
  if (!match) throw new Error(`no review workbook of ${stem} on the page`);
  return match[1];
}

/** The row number of the first review row of a workbook's sheet, as the page's form carries it. */
function rowOf(page: string, book: string, sheet: string): string {
  const match = new RegExp(`data-row="${book.replace(/\./g, '\\.')}:${sheet}:(\\d+)"`).exec(page);
  if (!match) throw new Error(`no row of ${book}:${sheet} on the page`);
  return match[1];
}
