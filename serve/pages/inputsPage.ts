/**
 * Inputs: upload registers and documents (several files, or a folder), ingested as one batch by
 * the same pipeline as `kenes ingest`; the batches with rows loaded and refused; the refused rows
 * (file, sheet, row, column, value, reason), filterable and downloadable as .xlsx. A corrected
 * file uploaded under the same name replaces its rows.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { queryRows, type Db, type Row } from '../../workspace/db.ts';
import { loadApplicantNames } from '../../pipelines/report/loadApplicantNames.ts';
import { MASKS, maskPersonalData } from '../../sources/privacy/maskPersonalData.ts';
import { formatLocation, KenesError } from '../../sources/KenesError.ts';
import { writeWorkbook } from '../../reports/excel/writeWorkbook.ts';
import { appendAudit } from '../auditLog.ts';
import { checkUploadContent, uploadPath } from '../checkUpload.ts';
import { secretariatOnly } from '../createApp.ts';
import { describeError, jobProgress } from '../Jobs.ts';
import type { Ctx, Env, ServeContext } from '../ServeContext.ts';
import { ingestUploads, type Upload, type UploadResult } from '../workspaceActions.ts';
import { fileIdentity } from '../../workspace/fileIdentity.ts';
import { jobBox, jobOf } from './outputsPage.ts';
import { csrfField, notice, page, type Html } from './layout.ts';

const SHOWN_REJECTS = 500;

export function inputsRoutes(app: Hono<Env>, ctx: ServeContext): void {
  app.get('/inputs', async (c) => inputsPage(c, ctx));

  app.post('/inputs/upload', async (c) => {
    const denied = secretariatOnly(c);
    if (denied) return denied;
    const t = c.get('t');
    const form = await c.req.parseBody({ all: true });
    const files = [form.files, form.folder].flat().filter((f): f is File => f instanceof File && f.name !== '');
    if (files.length === 0) return inputsPage(c, ctx, notice(t.common.nothing, 'error'), 400);
    const uploads: Upload[] = [];
    try {
      for (const file of files) {
        const path = uploadPath(ctx.ws.inputsDir, file.name);
        const bytes = new Uint8Array(await file.arrayBuffer());
        checkUploadContent(file.name, bytes, ctx.ws.config.limits.max_file_mb);
        if (uploads.some((u) => u.path === path)) throw new KenesError('serve.sameName', `${file.name} is named twice in this upload`, { location: { file: file.name } });
        uploads.push({ path, bytes });
      }
    } catch (error) {
      await appendAudit(ctx.ws.dir, { user: c.get('session').user, role: c.get('session').role, action: 'upload.refused', details: { files: files.map((f) => f.name), reason: (error as Error).message } });
      return inputsPage(c, ctx, notice(`${t.inputs.refusedUpload}: ${(error as Error).message}`, 'error'), 400);
    }
    // The batch is read in the background, its progress on the page (app.js follows it), its result when it has landed.
    const session = c.get('session');
    const names = uploads.map((u) => fileIdentity(u.path, ctx.ws.dir));
    await appendAudit(ctx.ws.dir, { user: session.user, role: session.role, action: 'ingest.start', details: { files: names } });
    const job = ctx.jobs.start('ingest', session.user, async (logger, job) => {
      const warnings: string[] = [];
      try {
        const result = await ingestUploads(ctx.queue, uploads, { info: logger.info, warn: (m) => { warnings.push(m); logger.warn(m); } }, jobProgress(logger));
        job.result = { result, warnings } satisfies IngestJobResult;
        await appendAudit(ctx.ws.dir, {
          user: session.user, role: session.role, action: 'ingest',
          details: { batch: result.batchId, files: result.tables.map((x) => x.file), loaded: sum(result.tables, 'loaded'), rejected: sum(result.tables, 'rejected') },
        });
        return [];
      } catch (error) {
        await appendAudit(ctx.ws.dir, { user: session.user, role: session.role, action: 'ingest.refused', details: { files: names, reason: describeError(error) } });
        throw error;
      }
    });
    return c.redirect(`/inputs?job=${encodeURIComponent(job.id)}`, 303);
  });

  app.get('/inputs/rejects.xlsx', async (c) => {
    const rows = (await readRejects(c, ctx, c.req.query('q') ?? '', c.req.query('file') ?? '', 1_000_000)) ?? [];
    const t = c.get('t');
    const dir = await mkdtemp(join(tmpdir(), 'kenes-rejects-'));
    try {
      const path = join(dir, 'rejects.xlsx');
      const text = (key: string, label: string) => ({ key, label, type: 'text' as const });
      await writeWorkbook(path, {
        title: t.inputs.rejects, period: '', lang: c.get('lang'),
        sheets: [{
          sectionId: 'rejects', name: t.inputs.rejects, title: t.inputs.rejects,
          columns: [text('source_file', t.common.file), text('source_sheet', t.common.sheet), { key: 'source_row', label: t.common.row, type: 'int' },
            { key: 'source_line', label: t.common.line, type: 'int' }, text('column_name', t.common.column), text('value', t.common.value), text('reason', t.common.reason)],
          rows,
        }],
      });
      return c.body(new Uint8Array(await readFile(path)), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': 'attachment; filename="rejects.xlsx"',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

function sum(rows: { loaded: number; rejected: number }[], key: 'loaded' | 'rejected'): number {
  return rows.reduce((n, r) => n + r[key], 0);
}

function uploadResult(c: Ctx, result: UploadResult, warnings: string[]): Html {
  const t = c.get('t');
  return html`<section id="result"><h2>${t.inputs.result}: ${t.inputs.batch} ${result.batchId}</h2>
<table><thead><tr><th>${t.common.file}</th><th>${t.common.sheet}</th><th>${t.inputs.register}</th><th>${t.inputs.loaded}</th><th>${t.inputs.rejected}</th></tr></thead><tbody>
${result.tables.map((x) => html`<tr><td>${x.file}</td><td>${x.sheet ?? ''}</td><td>${x.register}</td><td class="num">${x.loaded}</td><td class="num">${x.rejected}</td></tr>`)}
${result.skipped.map((s) => html`<tr><td>${s.file}</td><td></td><td>${t.inputs.skipped}</td><td colspan="2">${s.reason}</td></tr>`)}
</tbody></table>
${warnings.map((w) => notice(w, 'warn'))}
${result.documents.flatMap((d) => [...d.issues.map((i) => notice(`${formatLocation({ file: d.file, line: i.source_line })} — ${i.message}`, 'warn')),
    ...d.reviews.map((r) => notice(`${formatLocation({ file: d.file, line: r.source_line })} — "${r.name}" ${r.resolution}${r.candidates ? ` (${r.candidates})` : ''}`, 'warn'))])}
${result.reviewSheets.length > 0 ? html`<p>${t.inputs.toReview}: ${result.reviewSheets.map((r) => html`<a href="/review">${r.document}</a> `)}</p>` : ''}
${result.reviewed.map((r) => notice(`${r.file}: ${r.accepted} ✓, ${r.corrected} ✎, ${r.rejected} ✗${r.refused ? `, ${r.refused} refused` : ''}`))}
</section>`;
}

interface IngestJobResult {
  result: UploadResult;
  warnings: string[];
}

async function inputsPage(c: Ctx, ctx: ServeContext, top: Html | string = '', status = 200) {
  const t = c.get('t');
  const job = jobOf(c, ctx);
  if (job?.kind === 'ingest') {
    const ended = job.result as IngestJobResult | undefined;
    top = html`${top}${ended ? uploadResult(c, ended.result, ended.warnings) : jobBox(c, job)}`;
  }
  const q = c.req.query('q') ?? '';
  const file = c.req.query('file') ?? '';
  const isSecretariat = c.get('session').role === 'secretariat';
  const batches = (await ctx.queue.read((db) => queryRows(db, `select batch_id, strftime(loaded_at, '%Y-%m-%d %H:%M') as loaded_at, source_file, registers, rows_loaded, rows_rejected, note
    from batches where batch_id > (select max(batch_id) - 20 from batches) order by batch_id desc, source_file`))) ?? [];
  const rejects = (await readRejects(c, ctx, q, file, SHOWN_REJECTS)) ?? [];
  const files = [...new Set(batches.map((b) => String(b.source_file)))].sort();
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...(file ? { file } : {}) }).toString();
  return page(c, t.inputs.title, html`${top}
${isSecretariat ? html`<form method="post" action="/inputs/upload" enctype="multipart/form-data" id="upload">
  ${csrfField(c)}
  <fieldset><legend>${t.inputs.upload}</legend>
  <p><label>${t.inputs.choose}<br><input type="file" name="files" multiple accept=".csv,.tsv,.xlsx,.xlsm,.txt,.docx,.pdf"></label></p>
  <p><label>${t.inputs.folder}<br><input type="file" name="folder" webkitdirectory multiple></label></p>
  <button>${t.inputs.submit}</button></fieldset>
</form>` : ''}
<h2>${t.inputs.batches}</h2>
${batches.length === 0 ? html`<p>${t.common.nothing}</p>` : html`<table id="batches"><thead><tr><th>${t.inputs.batch}</th><th>${t.common.when}</th><th>${t.common.file}</th><th>${t.inputs.register}</th><th>${t.inputs.loaded}</th><th>${t.inputs.rejected}</th><th>${t.inputs.note}</th></tr></thead><tbody>
${batches.map((b) => html`<tr><td class="num">${b.batch_id}</td><td>${b.loaded_at}</td><td>${b.source_file}</td><td>${b.registers}</td><td class="num">${b.rows_loaded}</td><td class="num">${b.rows_rejected}</td><td>${b.note ?? ''}</td></tr>`)}
</tbody></table>`}
<h2>${t.inputs.rejects}</h2>
<p>${t.inputs.rejectsHint}</p>
<form method="get" action="/inputs" id="filter">
  <label>${t.common.filter} <input name="q" value="${q}"></label>
  <label>${t.common.file} <select name="file"><option value=""></option>${files.map((f) => html`<option ${f === file ? html`selected` : ''}>${f}</option>`)}</select></label>
  <button>${t.common.apply}</button> <a href="/inputs/rejects.xlsx${query ? `?${query}` : ''}" id="rejects-xlsx">${t.inputs.xlsx}</a>
</form>
${rejects.length === 0 ? html`<p id="no-rejects">${t.common.nothing}</p>` : html`<table id="rejects"><thead><tr><th>${t.common.file}</th><th>${t.common.sheet}</th><th>${t.common.row}</th><th>${t.common.column}</th><th>${t.common.value}</th><th>${t.common.reason}</th></tr></thead><tbody>
${rejects.map((r) => html`<tr><td>${r.source_file}</td><td>${r.source_sheet ?? ''}</td><td class="num">${r.source_row ?? r.source_line ?? ''}</td><td>${r.column_name ?? ''}</td><td>${r.value ?? ''}</td><td>${r.reason}</td></tr>`)}
</tbody></table>`}`, { status });
}

/**
 * The refused rows now in the database (a file ingested again took its old ones away), filtered by a
 * word and a file. A viewer sees no applicant's data: every value of the appeals register is hidden
 * whole, and personal data typed into any other value is masked as `--public` masks it.
 */
async function readRejects(c: Ctx, ctx: ServeContext, q: string, file: string, limit: number): Promise<Row[] | null> {
  const viewer = c.get('session').role !== 'secretariat';
  return ctx.queue.read(async (db: Db) => {
    // A viewer's word is looked for in the masked values only: a search must not tell whether a hidden name is there.
    const rows = await queryRows(db, `select register, source_file, source_sheet, source_row, source_line, column_name, value, reason from rejects
      where ($file = '' or source_file = $file)
        and ($q = '' or contains(lower(concat_ws(' ', source_file, source_sheet, column_name, value, reason)), lower($q)))
      order by source_file, source_sheet, source_row, source_line, column_name limit $limit`, { q: viewer ? '' : q, file, limit: viewer ? 1_000_000 : limit });
    if (!viewer) return rows;
    const names = await loadApplicantNames(db);
    const masked = rows.map((r) => {
      const raw = r.value === null ? '' : String(r.value);
      const value = r.value === null ? null : r.register === 'appeals' ? MASKS.column : maskPersonalData(raw, { names });
      // A reason quotes the value it refused ('"+7 701…" is not a date'): hidden there too.
      const reason = maskPersonalData(raw.trim() === '' ? String(r.reason) : String(r.reason).split(raw).join(String(value)), { names });
      return { ...r, value, reason } as Row;
    });
    const word = q.toLowerCase();
    return masked.filter((r) => word === '' || [r.source_file, r.source_sheet, r.column_name, r.value, r.reason].join(' ').toLowerCase().includes(word)).slice(0, limit);
  });
}
