/**
 * `kenes serve`'s security rules, through Hono's app.request(): no page or API without a session
 * when not on localhost; CSRF refused; names that leave the inputs folder refused; oversized and
 * mislabelled uploads refused; a viewer sees no applicant's data and changes nothing; two uploads
 * at once lose nothing, and an upload waits for a `kenes` holding the workspace lock.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { SAMPLE_DIR } from '../../workspace/paths.ts';
import { copyWorkspace, openWorkspace, type Workspace } from '../../workspace/workspace.ts';
import { acquireWorkspaceLock } from '../../workspace/workspaceLock.ts';
import { runCli } from '../../cli/cli.ts';
import { usersCommand } from '../../cli/commands/usersCommand.ts';
import { createApp } from '../../serve/createApp.ts';
import { captureIO } from '../helpers/captureIO.ts';
import { addUser, hashPassword, verifyPassword } from '../../serve/users.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { ServeClient, fileForm } from '../helpers/serveClient.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const SECRET = 'correct horse battery';
const VIEWER_SECRET = 'viewer staple 2025';
const PHONE = '+7 701 555 12 34';

async function councilOnServer(limits?: Record<string, number>): Promise<{ ws: Workspace; sec: ServeClient; viewer: ServeClient; anonymous: ServeClient }> {
  const dir = join(await tempDir(), 'ws');
  await copyWorkspace(SAMPLE_DIR, dir);
  if (limits) {
    const config = JSON.parse(await readFile(join(dir, 'kenes.config.json'), 'utf8'));
    await writeFile(join(dir, 'kenes.config.json'), JSON.stringify({ ...config, limits }));
  }
  await addUser(dir, 'aigerim', 'secretariat', SECRET);
  await addUser(dir, 'analyst', 'viewer', VIEWER_SECRET);
  const ws = await openWorkspace(dir);
  const { app } = await createApp(ws, { host: '0.0.0.0' });
  const sec = new ServeClient(app);
  const viewer = new ServeClient(app);
  expect((await sec.login('aigerim', SECRET)).status).toBe(303);
  expect((await viewer.login('analyst', VIEWER_SECRET)).status).toBe(303);
  return { ws, sec, viewer, anonymous: new ServeClient(app) };
}

/** The KenesError a promise rejects with. */
async function kenesErrorOf(work: Promise<unknown>): Promise<KenesError> {
  const error = await work.then(() => null, (e: unknown) => e);
  if (error instanceof KenesError) return error;
  throw new Error(`expected a KenesError, got ${String(error)}`);
}

const sample = async (name: string) => new Uint8Array(await readFile(join(SAMPLE_DIR, 'inputs', name)));

describe('kenes serve: who may come in', () => {
  it('refuses to listen beyond this computer while no users are set up', async () => {
    const ws = await copyWorkspace(SAMPLE_DIR, join(await tempDir(), 'ws'));
    expect((await kenesErrorOf(createApp(ws, { host: '0.0.0.0' }))).code).toBe('serve.noUsers');
    // On 127.0.0.1 it needs none: the computer's own user is the secretariat.
    const { app } = await createApp(ws, { host: '127.0.0.1' });
    expect((await app.request('http://127.0.0.1/inputs')).status).toBe(200);
    // … but only under this computer's names (a site rebinding its name to 127.0.0.1 gets nothing).
    expect((await app.request('http://evil.example/inputs')).status).toBe(403);
  });

  it('from the command line: kenes serve refuses another address without users; kenes users add saves one', async () => {
    const ws = await copyWorkspace(SAMPLE_DIR, join(await tempDir(), 'ws'));
    const io = captureIO();
    expect(await runCli(['serve', '--host', '0.0.0.0', '-w', ws.dir], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('listens on 0.0.0.0 only once users are set up');
    const added = captureIO();
    await usersCommand(added, async () => SECRET).exitOverride().parseAsync(['add', 'bob', '--role', 'viewer', '-w', ws.dir], { from: 'user' });
    expect(added.stdout.join('\n')).toContain('user bob (viewer) saved');
    const { app } = await createApp(ws, { host: '0.0.0.0' });
    expect((await new ServeClient(app).login('bob', SECRET)).status).toBe(303);
  });

  it('answers no page, file or API without a session, and signs in with the right password only', async () => {
    const { anonymous, sec } = await councilOnServer();
    for (const path of ['/inputs', '/review', '/issues', '/figures', '/members', '/outputs', '/audit', '/files/annual-report-2023.xlsx', '/inputs/rejects.xlsx']) {
      const response = await anonymous.get(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location')).toBe('/login');
    }
    expect((await anonymous.get('/api/jobs/anything')).status).toBe(401);
    expect((await anonymous.post('/inputs/upload', fileForm({ 'meetings.csv': await sample('meetings.csv') }))).status).toBe(401);
    expect((await anonymous.login('aigerim', 'wrong password!')).status).toBe(401);
    expect((await anonymous.login('nobody', SECRET)).status).toBe(401);
    expect(anonymous.cookie).toBe('');

    const response = await new ServeClient(sec.app).post('/login', { name: 'aigerim', password: SECRET });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/kenes_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // Five wrong passwords lock the name for a while, even against the right one.
    for (let i = 0; i < 5; i++) await anonymous.login('analyst', `wrong ${i} password`);
    expect((await anonymous.login('analyst', VIEWER_SECRET)).status).toBe(429);
  });

  it('keeps only scrypt hashes, checked in constant time', async () => {
    const { ws } = await councilOnServer();
    const stored = await readFile(join(ws.dir, 'users.json'), 'utf8');
    expect(stored).not.toContain(SECRET);
    expect(stored).toMatch(/"password": "scrypt\$16384\$8\$1\$/);
    const hash = await hashPassword('another long one');
    expect(hash).not.toBe(await hashPassword('another long one')); // a salt of its own each time
    expect(await verifyPassword('another long one', hash)).toBe(true);
    expect(await verifyPassword('another long onE', hash)).toBe(false);
    expect((await kenesErrorOf(addUser(ws.dir, '../x', 'viewer', SECRET))).code).toBe('users.badName');
    expect((await kenesErrorOf(addUser(ws.dir, 'x', 'admin', SECRET))).code).toBe('users.badRole');
    expect((await kenesErrorOf(addUser(ws.dir, 'x', 'viewer', 'short'))).code).toBe('users.shortPassword');
  });
});

describe('kenes serve: changes', () => {
  it('refuses a POST from another site, without an Origin, or without the session\'s CSRF token', async () => {
    const { sec, ws } = await councilOnServer();
    const form = () => fileForm({ 'meetings.csv': 'meeting_id,body,date\nX,council,2023-01-01\n' });
    const foreign = await sec.app.request('http://kenes.test/inputs/upload', { method: 'POST', body: form(), headers: { cookie: sec.cookie, origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect((await sec.post('/inputs/upload', form(), { origin: true })).status).toBe(403);
    expect((await sec.post('/inputs/upload', form(), { token: true })).status).toBe(403);
    const wrongToken = form();
    wrongToken.append('_csrf', 'x'.repeat(43));
    expect((await sec.post('/inputs/upload', wrongToken)).status).toBe(403);
    expect(existsSync(join(ws.inputsDir, 'meetings.csv'))).toBe(true); // the sample's, untouched
    expect(await readFile(join(ws.inputsDir, 'meetings.csv'), 'utf8')).not.toContain('X,council');
    expect(existsSync(ws.dbPath)).toBe(false);
    expect(await sec.upload(form())).toMatchObject({ status: 303, state: 'done' });
  });

  it('refuses upload names that leave the inputs folder, and bytes that are not what the name says', async () => {
    const { sec, ws } = await councilOnServer();
    const csv = 'meeting_id,body,date\nX,council,2023-01-01\n';
    for (const name of ['../evil.csv', '/tmp/evil.csv', 'a/../../evil.csv', '..\\evil.csv', 'C:\\evil.csv', 'a/./b.csv', '.hidden.csv', 'x\u0000.csv']) {
      const response = await sec.post('/inputs/upload', fileForm({ [name]: csv }));
      expect(response.status, name).toBe(400);
      expect(await response.text()).toContain('is refused');
    }
    expect(existsSync(join(ws.dir, 'evil.csv'))).toBe(false);
    expect(existsSync('/tmp/evil.csv')).toBe(false);
    // A subfolder inside inputs (a dropped folder) is fine.
    expect(await sec.upload(fileForm({ '2023/meetings-extra.csv': csv }))).toMatchObject({ status: 303, state: 'done' });
    expect(existsSync(join(ws.inputsDir, '2023', 'meetings-extra.csv'))).toBe(true);

    const refused = async (name: string, bytes: string | Uint8Array) => {
      const response = await sec.post('/inputs/upload', fileForm({ [name]: bytes }));
      return { status: response.status, text: await response.text() };
    };
    expect(await refused('members.xlsx', 'member_id,full_name\n')).toMatchObject({ status: 400, text: expect.stringContaining('not .xlsx inside') });
    expect(await refused('protocol.pdf', 'ПРОТОКОЛ № 1')).toMatchObject({ status: 400, text: expect.stringContaining('not a PDF inside') });
    expect(await refused('appeals.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toMatchObject({ status: 400, text: expect.stringContaining('a PNG image') });
    expect(await refused('report.txt', await sample('members.xlsx'))).toMatchObject({ status: 400, text: expect.stringContaining('zip') });
    const twice = fileForm({ 'meetings.csv': csv });
    twice.append('folder', new File([csv], 'meetings.csv'));
    expect((await sec.post('/inputs/upload', twice)).status).toBe(400);
    expect(await refused('setup.exe', 'MZ')).toMatchObject({ status: 400, text: expect.stringContaining('does not read .exe') });
  });

  it('refuses an upload larger than the config\'s limits.max_file_mb', async () => {
    const { sec, ws } = await councilOnServer({ max_file_mb: 0.01 }); // ~10 KB, with 1 MB for the form around it
    const big = 'meeting_id,body,date\n' + 'X1,council,2023-01-01\n'.repeat(80_000); // ~1.8 MB
    const response = await sec.post('/inputs/upload', fileForm({ 'meetings-big.csv': big }));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('limits.max_file_mb');
    expect(existsSync(join(ws.inputsDir, 'meetings-big.csv'))).toBe(false);
    // Under the form's size but over the file limit: refused by the file's own check.
    const middling = 'meeting_id,body,date\n' + 'X1,council,2023-01-01\n'.repeat(2_000); // ~44 KB
    const second = await sec.post('/inputs/upload', fileForm({ 'meetings-mid.csv': middling }));
    expect(second.status).toBe(400);
    expect(await second.text()).toContain('larger than the workspace');
  });

  it('lets a viewer change nothing and see no applicant\'s data; the secretariat sees it; markup stays text', async () => {
    const { sec, viewer, ws } = await councilOnServer();
    const appeals = 'appeal_id,received_on,applicant_type,applicant,contact,summary\n'
      + `A-1,2023-02-01,individual,Сейтқали Жанар,${PHONE},Просьба о ремонте\n`
      + `A-2,${PHONE},individual,Сейтқали Жанар,,Жалоба\n`
      + 'A-3,<img src=x onerror=alert(1)>,individual,Петров,,Жалоба\n';
    expect(await sec.upload(fileForm({ 'appeals-2023.csv': appeals }))).toMatchObject({ status: 303, state: 'done' });

    const secretariatPage = await sec.text('/inputs');
    expect(secretariatPage).toContain(PHONE); // the value refused, for the person who fixes it
    expect(secretariatPage).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(secretariatPage).not.toContain('<img src=x');

    const viewerPage = await viewer.text('/inputs');
    expect(viewerPage).toContain('appeals-2023.csv');
    expect(viewerPage).not.toContain('555 12 34');
    expect(viewerPage).not.toContain('onerror');
    expect(viewerPage).not.toContain('id="upload"');
    // Searching for the hidden value finds nothing: the filter looks at what the viewer may see.
    expect(await viewer.text('/inputs?q=555')).toContain('id="no-rejects"');
    const xlsx = await viewer.get('/inputs/rejects.xlsx');
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const cells = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String)).join(' ');
    expect(cells).toContain('appeals-2023.csv');
    expect(cells).not.toContain('555 12 34');

    for (const [path, form] of [
      ['/inputs/upload', fileForm({ 'meetings.csv': await sample('meetings.csv') })],
      ['/outputs/build', { period: '2023' }], ['/outputs/templates', {}], ['/outputs/quarterly', { commission: '1', quarter: '2023-Q1' }],
      ['/review/decide', { book: 'x.review.xlsx', sheet: 'Участники', row: '2', decision: 'accept' }], ['/members/sheet', { id: 'M01', period: '2023' }],
    ] as const) {
      expect((await viewer.post(path, form as FormData | Record<string, string>)).status, path).toBe(403);
    }
    for (const path of ['/review', '/audit', '/files/annual-report-2023.xlsx', '/files/issues-2023.json']) expect((await viewer.get(path)).status, path).toBe(403);
    expect((await viewer.get('/files/public/annual-report-2023.xlsx')).status).toBe(404); // allowed, not made yet

    const audit = (await readFile(join(ws.dir, 'audit.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.filter((e) => e.action.startsWith('ingest'))).toEqual([
      expect.objectContaining({ user: 'aigerim', role: 'secretariat', action: 'ingest.start', details: { files: ['inputs/appeals-2023.csv'] } }),
      expect.objectContaining({ user: 'aigerim', role: 'secretariat', action: 'ingest', details: expect.objectContaining({ batch: 1 }) }),
    ]);
    expect(audit.some((e) => e.user === 'analyst' && e.action !== 'login')).toBe(false);
  });

  it('behind an HTTPS reverse proxy: forms must come from --origin, and the cookie is Secure', async () => {
    const ws = await copyWorkspace(SAMPLE_DIR, join(await tempDir(), 'ws'));
    await addUser(ws.dir, 'aigerim', 'secretariat', SECRET);
    const { app } = await createApp(ws, { host: '127.0.0.1', origin: 'https://kenes.council.kz' });
    // The proxy sends Host 127.0.0.1:8040; the browser's Origin is the public address.
    const proxied = new ServeClient(app, 'http://127.0.0.1:8040');
    const login = await app.request('http://127.0.0.1:8040/login', { method: 'POST', body: new URLSearchParams({ name: 'aigerim', password: SECRET }), headers: { origin: 'https://kenes.council.kz' } });
    expect(login.status).toBe(303);
    expect(login.headers.get('set-cookie')).toMatch(/; Secure/);
    proxied.cookie = /kenes_session=[^;]*/.exec(login.headers.get('set-cookie')!)![0];
    await proxied.get('/inputs');
    const form = () => fileForm({ 'meetings.csv': 'meeting_id,body,date\nX,council,2023-01-01\n' });
    expect((await proxied.post('/inputs/upload', form())).status).toBe(403); // Origin http://127.0.0.1:8040 is not the site
    const body = form();
    body.append('_csrf', proxied.csrf);
    const ok = await app.request('http://127.0.0.1:8040/inputs/upload', { method: 'POST', body, headers: { cookie: proxied.cookie, origin: 'https://kenes.council.kz' } });
    expect(ok.status).toBe(303);
    const id = new URL(ok.headers.get('location')!, 'http://x').searchParams.get('job')!;
    while ((await (await proxied.get(`/api/jobs/${id}`)).json()).state === 'running') await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('serves no file outside out/', async () => {
    const { sec } = await councilOnServer();
    for (const path of ['/files/..%2Fkenes.config.json', '/files/%2Fetc%2Fpasswd', '/files/a%5C..%5C..%5Cusers.json', '/files/.hidden']) {
      expect((await sec.get(path)).status, path).toBe(400);
    }
  });
});

describe('kenes serve: writers', () => {
  it('two uploads at once both land whole, and an upload waits while a kenes in a terminal holds the workspace', async () => {
    const { sec, ws } = await councilOnServer();
    const [a, b] = await Promise.all([
      sec.upload(fileForm({ 'members.xlsx': await sample('members.xlsx'), 'meetings.csv': await sample('meetings.csv') })),
      sec.upload(fileForm({ 'attendance.csv': await sample('attendance.csv'), 'appeals.csv': await sample('appeals.csv') })),
    ]);
    expect([a.state, b.state]).toEqual(['done', 'done']);
    expect([a.page, b.page].join(' ')).toMatch(/<td>inputs\/members\.xlsx<\/td><td>Члены совета<\/td><td>members<\/td><td class="num">38<\/td>/);

    const release = await acquireWorkspaceLock(ws.dir, 'build');
    let settled = false;
    const waiting = sec.upload(fileForm({ 'letters.csv': await sample('letters.csv') })).finally(() => { settled = true; });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(settled).toBe(false); // it cannot have written: the lock is held
    await release();
    expect(await waiting).toMatchObject({ state: 'done', error: null });

    const db = await openDatabase(ws.dbPath, { readOnly: true });
    try {
      expect(await queryRows(db, 'select batch_id, count(*) as files from batches group by all order by all')).toEqual([
        { batch_id: 1, files: 2 }, { batch_id: 2, files: 2 }, { batch_id: 3, files: 1 },
      ]);
      const counts = await queryRows(db, `select (select count(*) from raw_members) as members, (select count(*) from raw_meetings) as meetings,
        (select count(*) from raw_attendance) as attendance, (select count(*) from raw_appeals) as appeals, (select count(*) from raw_letters) as letters`);
      expect(counts).toEqual([{ members: 38, meetings: 60, attendance: 665, appeals: 700, letters: expect.any(Number) }]);
      expect(counts[0].letters).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('a refused batch leaves the inputs folder as it was', async () => {
    const { sec, ws } = await councilOnServer();
    const before = await readFile(join(ws.inputsDir, 'meetings.csv'));
    const refused = await sec.upload(fileForm({ 'meetings.csv': 'nothing,kenes,knows\n1,2,3\n' }));
    expect(refused).toMatchObject({ state: 'failed', error: expect.stringContaining('inputs/meetings.csv — no header row of the meetings register') });
    expect(refused.page).toContain('role="alert">inputs/meetings.csv — no header row'); // the page says why
    expect(await readFile(join(ws.inputsDir, 'meetings.csv'))).toEqual(before);
    const unknown = await sec.upload(fileForm({ 'unknown-thing.csv': 'nothing,kenes,knows\n1,2,3\n' }));
    expect(unknown).toMatchObject({ state: 'failed', error: expect.stringContaining('no register recognised') });
    expect(existsSync(join(ws.inputsDir, 'unknown-thing.csv'))).toBe(false);
  });
});
