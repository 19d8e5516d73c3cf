/**
 * The web workspace as a Hono app: security first (headers, host check, language, sign-in,
 * CSRF), then the pages. `startServer` listens with it; tests call `app.request()` on it.
 *
 * Rules every route relies on:
 * - without a session (when one is required) nothing but the sign-in page and the static files answers;
 * - every POST passes hono/csrf (its Origin or Sec-Fetch-Site is this site's) and carries the session's
 *   CSRF token (form field `_csrf` or header `x-csrf-token`);
 * - a viewer reads only: every POST but sign-out, and every page with applicants' data unmasked, is refused;
 * - cookies are HttpOnly and SameSite=Strict (Secure behind HTTPS).
 */
import { Hono } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { html } from 'hono/html';
import { timingSafeEqual, randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { DEFAULT_LANG, type Lang } from '../reports/i18n/getLabels.ts';
import { appendAudit } from './auditLog.ts';
import { isLang, uiText } from './i18n/uiText.ts';
import { Jobs, describeError } from './Jobs.ts';
import { errorPage, notice, page } from './pages/layout.ts';
import { Sessions } from './Sessions.ts';
import type { Ctx, Env, ServeContext } from './ServeContext.ts';
import { APP_CSS, APP_JS } from './staticAssets.ts';
import { loadUsers, verifyPassword } from './users.ts';
import { explainDatabaseLock } from '../workspace/workspaceLock.ts';
import { WorkspaceQueue } from './WorkspaceQueue.ts';
import { inputsRoutes } from './pages/inputsPage.ts';
import { reviewRoutes } from './pages/reviewPage.ts';
import { outputRoutes } from './pages/outputsPage.ts';
import { figureRoutes } from './pages/figuresPage.ts';

export const SESSION_COOKIE = 'kenes_session';
const LANG_COOKIE = 'kenes_lang';
const MB = 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface AppOptions {
  /** The address the server listens on: a loopback one needs no sign-in while no users are set up. */
  host: string;
  origin?: string;
}

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host);
}

export async function createApp(ws: Workspace, options: AppOptions): Promise<{ app: Hono<Env>; ctx: ServeContext }> {
  const users = await loadUsers(ws.dir);
  const loopback = isLoopback(options.host);
  if (!loopback && users.length === 0) {
    throw new KenesError('serve.noUsers', `kenes serve listens on ${options.host} only once users are set up`, {
      location: { file: ws.dir }, exitCode: EXIT_USAGE, hint: 'Add them with `kenes users add NAME --role secretariat|viewer`, or listen on 127.0.0.1 (the default).',
    });
  }
  const ctx: ServeContext = {
    ws, queue: new WorkspaceQueue(ws), jobs: new Jobs(), sessions: new Sessions(),
    loginRequired: users.length > 0 || !loopback, loopback, origin: options.origin,
    localUser: safeUserName(), localCsrf: randomBytes(32).toString('base64url'),
  };
  const app = new Hono<Env>();
  const secure = options.origin?.startsWith('https://') ?? false;

  app.use('/files/*', secureHeaders({
    // An output (the dashboard) runs in a sandbox of its own origin: its scripts cannot reach this site or its cookie.
    contentSecurityPolicy: {
      sandbox: ['allow-scripts', 'allow-downloads', 'allow-popups'], defaultSrc: ["'none'"], scriptSrc: ["'unsafe-inline'", "'unsafe-eval'"],
      styleSrc: ["'unsafe-inline'"], imgSrc: ['data:', 'blob:'], fontSrc: ['data:'], baseUri: ["'none'"], formAction: ["'none'"],
    },
  }));
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/files/')) return next();
    return secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], frameSrc: ["'self'"],
        frameAncestors: ["'self'"], formAction: ["'self'"], baseUri: ["'none'"], objectSrc: ["'none'"],
      },
    })(c, next);
  });
  // Bound to this computer, a page answers only to this computer's names: a web site that makes its own
  // name point at 127.0.0.1 (DNS rebinding) gets nothing.
  app.use('*', async (c, next) => {
    if (ctx.loopback && !LOOPBACK.has(new URL(c.req.url).hostname)) return c.text('Forbidden host', 403);
    return next();
  });
  app.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    const remembered = getCookie(c, LANG_COOKIE);
    const lang: Lang = isLang(asked) ? asked : isLang(remembered) ? remembered : DEFAULT_LANG;
    if (isLang(asked)) setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Strict', httpOnly: true, secure, maxAge: 365 * 86400 });
    c.set('lang', lang);
    c.set('t', uiText(lang));
    return next();
  });
  app.use('*', csrf(options.origin ? { origin: options.origin } : undefined));
  // An upload may be as large as the config lets ingest read a file (limits.max_file_mb), all files of it
  // together; any other form is small. Refused before anything is read into memory.
  const uploadBytes = ws.config.limits.max_file_mb * MB + MB;
  app.use('*', (c, next) => (c.req.method !== 'POST' ? next() : bodyLimit({
    maxSize: c.req.path === '/inputs/upload' ? uploadBytes : MB,
    onError: (e) => errorPage(e as Ctx, 413, `${c.get('t').inputs.refusedUpload}: larger than ${ws.config.limits.max_file_mb} MB (limits.max_file_mb in kenes.config.json)`),
  })(c, next)));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    // A database another kenes holds open (a `kenes build` in a terminal) is busy, not broken.
    const status = error instanceof KenesError ? 400 : explainDatabaseLock(error) ? 503 : 500;
    return errorPage(c as Ctx, status, describeError(error));
  });

  app.get('/static/app.css', (c) => c.body(APP_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }));
  app.get('/static/app.js', (c) => c.body(APP_JS, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));

  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/login', (c) => loginPage(c));
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const name = String(form.name ?? '');
    const password = String(form.password ?? '');
    const t = c.get('t');
    if (ctx.sessions.locked(name)) return loginPage(c, t.login.locked, 429);
    // Read again at each sign-in: a user added with `kenes users add` can sign in without a restart.
    const user = (await loadUsers(ws.dir)).find((u) => u.name === name);
    // A name that does not exist costs a hash too, so the time taken does not tell which names exist.
    const ok = await verifyPassword(password, user?.password ?? DUMMY_HASH);
    if (!user || !ok) {
      ctx.sessions.failed(name);
      await appendAudit(ws.dir, { user: name, role: '-', action: 'login.failed', details: {} });
      return loginPage(c, t.login.failed, 401);
    }
    const session = ctx.sessions.create(user.name, user.role);
    setCookie(c, SESSION_COOKIE, session.id, { path: '/', httpOnly: true, sameSite: 'Strict', secure });
    await appendAudit(ws.dir, { user: user.name, role: user.role, action: 'login', details: {} });
    return c.redirect('/inputs', 303);
  });

  // Who is asking: a session, or on this computer without users, its own user.
  app.use('*', async (c, next) => {
    if (!ctx.loginRequired) {
      c.set('session', { id: 'local', user: ctx.localUser, role: 'secretariat', csrf: ctx.localCsrf, expires: Infinity });
      return next();
    }
    const session = ctx.sessions.get(getCookie(c, SESSION_COOKIE));
    if (!session) {
      if (c.req.method === 'GET' && !c.req.path.startsWith('/api/')) return c.redirect('/login', 303);
      return c.json({ error: 'sign in first' }, 401);
    }
    c.set('session', session);
    return next();
  });
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const expected = c.get('session').csrf;
    const given = c.req.header('x-csrf-token') ?? String((await c.req.parseBody({ all: true }))._csrf ?? '');
    if (!sameText(given, expected)) return errorPage(c, 403, 'CSRF token missing or wrong: reload the page and try again');
    return next();
  });

  app.post('/logout', async (c) => {
    const session = c.get('session');
    await appendAudit(ws.dir, { user: session.user, role: session.role, action: 'logout', details: {} });
    ctx.sessions.end(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect(ctx.loginRequired ? '/login' : '/inputs', 303);
  });
  app.get('/', (c) => c.redirect('/inputs', 303));

  inputsRoutes(app, ctx);
  reviewRoutes(app, ctx);
  outputRoutes(app, ctx);
  figureRoutes(app, ctx);
  app.notFound((c) => errorPage(c as Ctx, 404, 'Not found'));
  return { app, ctx };

  function loginPage(c: Ctx, message?: string, status = 200) {
    const t = c.get('t');
    if (!ctx.loginRequired) return c.redirect('/inputs', 303);
    return page(c, t.login.title, html`${message ? notice(message, 'error') : ''}
<form method="post" action="/login">
  <p><label>${t.login.name}<br><input name="name" autocomplete="username" required></label></p>
  <p><label>${t.login.password}<br><input name="password" type="password" autocomplete="current-password" required></label></p>
  <button>${t.login.submit}</button>
</form>`, { status });
  }
}

/** Roles: a route only the secretariat may use. */
export function secretariatOnly(c: Ctx): Response | Promise<Response> | null {
  if (c.get('session').role === 'secretariat') return null;
  return c.req.path.startsWith('/api/') ? c.json({ error: 'forbidden' }, 403) : errorPage(c, 403, c.get('t').common.forbidden);
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function safeUserName(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local';
  }
}

/** A valid scrypt hash of a random password: verified against when the name is unknown. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');
