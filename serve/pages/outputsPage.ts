/**
 * Outputs: the Build button (build, checks, the full and the public report, with progress), the
 * templates and a commission's quarterly export, and every file written, to download. Also the
 * job progress API the pages poll, and `/files/…`, which serves what is under out/ — a viewer only
 * the public outputs and the templates.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { appendAudit } from '../auditLog.ts';
import { secretariatOnly } from '../createApp.ts';
import type { Job } from '../Jobs.ts';
import type { Ctx, Env, ServeContext } from '../ServeContext.ts';
import { buildAndReport, checkPeriod, defaultPeriod, quarterly, templates } from '../workspaceActions.ts';
import { csrfField, errorPage, page, type Html } from './layout.ts';
import type { Logger } from '../../workspace/Logger.ts';

/** What a viewer may download: outputs made with --public, and the empty templates. */
export const VIEWER_FOLDERS = ['public/', 'templates/'];

const TYPES: Record<string, [string, 'inline' | 'attachment']> = {
  '.html': ['text/html; charset=utf-8', 'inline'],
  '.svg': ['image/svg+xml', 'inline'],
  '.png': ['image/png', 'inline'],
  '.xlsx': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'attachment'],
  '.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'attachment'],
  '.md': ['text/markdown; charset=utf-8', 'attachment'],
  '.json': ['application/json', 'attachment'],
};

export function outputRoutes(app: Hono<Env>, ctx: ServeContext): void {
  app.get('/outputs', (c) => outputsPage(c, ctx));

  app.post('/outputs/build', async (c) => {
    const denied = secretariatOnly(c);
    if (denied) return denied;
    const form = await c.req.parseBody({ all: true });
    const period = checkPeriod(ctx.ws, String(form.period || defaultPeriod(ctx.ws)));
    const back = String(form.back ?? '') === 'figures' ? `/figures?period=${encodeURIComponent(period)}&` : '/outputs?';
    return startJob(c, ctx, 'build', { period }, back, (logger) => buildAndReport(ctx.queue, period, c.get('lang'), logger));
  });
  app.post('/outputs/templates', async (c) => secretariatOnly(c)
    ?? startJob(c, ctx, 'template', {}, '/outputs?', (logger) => templates(ctx.queue, c.get('lang'), logger)));
  app.post('/outputs/quarterly', async (c) => {
    const denied = secretariatOnly(c);
    if (denied) return denied;
    const form = await c.req.parseBody({ all: true });
    const commission = String(form.commission ?? '');
    const period = checkPeriod(ctx.ws, String(form.quarter ?? ''));
    const open = form.public === 'on';
    return startJob(c, ctx, 'export quarterly', { commission, period, public: open }, '/outputs?', (logger) => quarterly(ctx.queue, commission, period, c.get('lang'), open, logger));
  });

  app.get('/api/jobs/:id', (c) => {
    const job = ctx.jobs.get(c.req.param('id'));
    if (!job || (job.user !== c.get('session').user && c.get('session').role !== 'secretariat')) return c.json({ error: 'no such job' }, 404);
    return c.json({ id: job.id, kind: job.kind, state: job.state, log: job.log, error: job.error ?? null, files: job.files });
  });

  app.get('/files/*', async (c) => {
    const rel = decodeURIComponent(c.req.path.slice('/files/'.length));
    const path = outputPath(ctx, rel);
    if (!path) return errorPage(c, 400, `refused path: ${rel}`);
    if (c.get('session').role !== 'secretariat' && !VIEWER_FOLDERS.some((f) => rel.startsWith(f))) return errorPage(c, 403, c.get('t').common.forbidden);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return errorPage(c, 404, `no file ${rel}`);
    const [type, disposition] = TYPES[extname(path).toLowerCase()] ?? ['application/octet-stream', 'attachment'];
    const name = rel.split('/').pop() ?? 'file';
    return c.body(new Uint8Array(await readFile(path)), 200, {
      'content-type': type,
      'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}`,
      'x-content-type-options': 'nosniff',
    });
  });
}

/** A path under out/ named by a request; null for one that would leave it (`..`, absolute, hidden). */
export function outputPath(ctx: ServeContext, rel: string): string | null {
  const parts = rel.split('/');
  if (rel === '' || isAbsolute(rel) || rel.includes('\\') || rel.includes('\0') || parts.some((p) => p === '' || p === '..' || p === '.' || p.startsWith('.'))) return null;
  const path = resolve(ctx.ws.outDir, ...parts);
  const back = relative(resolve(ctx.ws.outDir), path);
  return back.startsWith('..') || isAbsolute(back) ? null : path;
}

/** Runs `work` as a job (logged in the audit log) and sends the browser to a page that follows it. */
export async function startJob(c: Ctx, ctx: ServeContext, kind: string, details: Record<string, unknown>, back: string,
  work: (logger: Logger) => Promise<string[]>): Promise<Response> {
  const session = c.get('session');
  // Logged before the job starts, so the log reads in the order things happened.
  await appendAudit(ctx.ws.dir, { user: session.user, role: session.role, action: `${kind}.start`, details });
  const job = ctx.jobs.start(kind, session.user, async (logger) => {
    const files = await work(logger);
    await appendAudit(ctx.ws.dir, { user: session.user, role: session.role, action: kind, details: { ...details, files: files.length } });
    return files;
  });
  return c.redirect(`${back}job=${encodeURIComponent(job.id)}`, 303);
}

/** The progress box of a running job (app.js polls it), or the outcome of one that ended. */
export function jobBox(c: Ctx, job: Job | undefined): Html | string {
  if (!job) return '';
  const t = c.get('t');
  const state = job.state === 'running' ? t.common.running : job.state === 'done' ? t.common.done : t.common.failed;
  return html`<section class="job" data-job="${job.id}" data-state="${job.state}" data-running="${t.common.running}" data-done="${t.common.done}" data-failed="${t.common.failed}" ${job.state === 'running' ? html`data-reload` : ''}>
<h2>${t.outputs.progress}: ${job.kind} — <span class="state">${state}</span></h2>
<pre class="log">${job.log.join('\n')}</pre>
${job.error ? html`<p class="notice error" role="alert">${job.error}</p>` : ''}
${job.files.length > 0 ? html`<ul>${job.files.map((f) => html`<li><a href="/files/${encodeFile(f)}">${f}</a></li>`)}</ul>` : ''}
</section>`;
}

export function jobOf(c: Ctx, ctx: ServeContext): Job | undefined {
  const id = c.req.query('job') ?? c.req.query('done');
  return id ? ctx.jobs.get(id) : undefined;
}

export function encodeFile(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

/** Files under out/ (every level), as paths relative to it; the review workbooks and hidden files left out. */
export async function listOutputs(ctx: ServeContext, under = ''): Promise<string[]> {
  const dir = join(ctx.ws.outDir, under);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const rel = under ? `${under}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (rel !== 'review') files.push(...await listOutputs(ctx, rel));
    } else if (TYPES[extname(e.name).toLowerCase()]) files.push(rel.split(sep).join('/'));
  }
  return files;
}

async function outputsPage(c: Ctx, ctx: ServeContext) {
  const t = c.get('t');
  const secretariat = c.get('session').role === 'secretariat';
  const all = await listOutputs(ctx);
  const shown = secretariat ? all : all.filter((f) => VIEWER_FOLDERS.some((p) => f.startsWith(p)));
  const group = (title: string, files: string[]) => (files.length === 0 ? '' : html`<h3>${title}</h3><ul>${files.map((f) => html`<li><a href="/files/${encodeFile(f)}">${f}</a></li>`)}</ul>`);
  return page(c, t.outputs.title, html`${jobBox(c, jobOf(c, ctx))}
${secretariat ? html`<form method="post" action="/outputs/build" id="build"><fieldset><legend>${t.outputs.build}</legend>${csrfField(c)}
  <p>${t.outputs.buildHint}</p>
  <label>${t.common.period} <input name="period" value="${defaultPeriod(ctx.ws)}" title="${t.figures.periodHint}"></label>
  <button>${t.outputs.build}</button></fieldset></form>
<form method="post" action="/outputs/templates"><fieldset><legend>${t.outputs.templates}</legend>${csrfField(c)}<button>${t.outputs.make}</button></fieldset></form>
<form method="post" action="/outputs/quarterly"><fieldset><legend>${t.outputs.quarterly}</legend>${csrfField(c)}
  <label>${t.outputs.commission} <select name="commission">${ctx.ws.config.commissions.map((k) => html`<option value="${k.id}">${k.id} — ${k.name}</option>`)}</select></label>
  <label>${t.outputs.quarter} <input name="quarter" required pattern="\\d{4}-Q[1-4]"></label>
  <label><input type="checkbox" name="public"> ${t.outputs.public}</label>
  <button>${t.outputs.make}</button></fieldset></form>` : ''}
<h2>${t.outputs.files}</h2>
${shown.length === 0 ? html`<p>${t.common.nothing}</p>` : html`<div id="files">
${secretariat ? group(t.outputs.full, shown.filter((f) => !VIEWER_FOLDERS.some((p) => f.startsWith(p)))) : ''}
${group(t.outputs.public, shown.filter((f) => f.startsWith('public/')))}
${group(t.outputs.templates, shown.filter((f) => f.startsWith('templates/')))}</div>`}`);
}
