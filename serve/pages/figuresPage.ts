/**
 * Figures, Data issues, Members and the change log: pages that read what the last build wrote.
 * Figures shows the dashboard for a chosen period (any period grammar: parsePeriod) in a sandboxed
 * frame; Data issues the failing checks with their rows, what to fix and the figures they touch
 * (the draft notice every report carries, pipelines/buildDraftNotice.ts); Members each member's KPI
 * and the sheet for review (pipelines/writeMemberSheet.ts). A viewer sees the public versions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { placeOf } from '../../reports/DraftNotice.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { queryRows } from '../../workspace/db.ts';
import { describeCheckRow } from '../../pipelines/build/describeCheckRow.ts';
import { fileId } from '../../pipelines/report/report.ts';
import { formatLocation } from '../../sources/KenesError.ts';
import { readAudit } from '../auditLog.ts';
import { secretariatOnly } from '../createApp.ts';
import type { Ctx, Env, ServeContext } from '../ServeContext.ts';
import { checkPeriod, defaultPeriod, memberSheet, readIssues } from '../workspaceActions.ts';
import { csrfField, notice, page } from './layout.ts';
import { encodeFile, jobBox, jobOf, listOutputs, startJob } from './outputsPage.ts';

export function figureRoutes(app: Hono<Env>, ctx: ServeContext): void {
  app.get('/figures', async (c) => {
    const t = c.get('t');
    const period = checkPeriod(ctx.ws, c.req.query('period') || defaultPeriod(ctx.ws));
    const secretariat = c.get('session').role === 'secretariat';
    const rel = `${secretariat ? '' : 'public/'}dashboard-${fileId(period)}.html`;
    const exists = existsSync(join(ctx.ws.outDir, ...rel.split('/')));
    return page(c, t.figures.title, html`${jobBox(c, jobOf(c, ctx))}${periodForm(c, '/figures', period)}
${secretariat ? html`<form method="post" action="/outputs/build">${csrfField(c)}<input type="hidden" name="period" value="${period}"><input type="hidden" name="back" value="figures">
  <button>${t.figures.make}</button></form>` : ''}
${exists ? html`<iframe class="dashboard" title="${t.figures.title} ${period}" src="/files/${encodeFile(rel)}"></iframe>` : html`<p>${t.figures.missing}</p>`}`);
  });

  app.get('/issues', async (c) => {
    const t = c.get('t');
    const period = checkPeriod(ctx.ws, c.req.query('period') || defaultPeriod(ctx.ws));
    const scope = c.get('session').role === 'secretariat' ? 'full' : 'public';
    const issues = await readIssues(ctx.ws, period, scope);
    if (!issues) return page(c, t.issues.title, html`${periodForm(c, '/issues', period)}<p>${t.issues.notBuilt}</p>`);
    const notice_ = issues.notices[c.get('lang')][scope];
    return page(c, t.issues.title, html`${periodForm(c, '/issues', period)}<p><small>${issues.built}</small></p>
<h2>${t.issues.errors}: ${notice_?.errorCount ?? 0}</h2>
${!notice_ ? html`<p>${t.issues.none}</p>` : html`<table id="errors"><thead><tr><th>${t.common.what}</th><th>${t.common.file}</th><th>${t.common.reason}</th><th>${t.issues.todo}</th></tr></thead><tbody>
${notice_.errors.map((e) => html`<tr><td>${e.title}</td><td>${placeOf(e)}</td><td>${e.details}${e.candidates ? html`<br><small>${e.candidates}</small>` : ''}</td><td>${e.todo}</td></tr>`)}
</tbody></table>
${notice_.touched.length > 0 ? html`<h3>${t.issues.touched}</h3><ul id="touched">${notice_.touched.map((x) => html`<li>${x}</li>`)}</ul>` : ''}`}
<h2>${t.issues.warnings}</h2>
${issues.warnings.length === 0 ? html`<p>${t.issues.none}</p>` : issues.warnings.map((w) => html`<h3>${checkText(c, w.name)?.title ?? (w.description || w.name)} — ${w.failures} ${t.issues.count}</h3>
${checkText(c, w.name)?.todo ? html`<p>${t.issues.todo}: ${checkText(c, w.name)!.todo}</p>` : ''}<ul>${(scope === 'full' ? w.rows.full : w.rows.public).map((row) => {
      const d = describeCheckRow(w, row);
      return html`<li>${formatLocation(d.location)} — ${d.problem}${d.candidates ? ` (${d.candidates})` : ''}</li>`;
    })}</ul>`)}`);
  });

  app.get('/members', async (c) => {
    const t = c.get('t');
    const period = checkPeriod(ctx.ws, c.req.query('period') || defaultPeriod(ctx.ws));
    const secretariat = c.get('session').role === 'secretariat';
    const rows = await ctx.queue.read(async (db) => {
      const exists = await queryRows(db, `select 1 from information_schema.tables where table_name = 'mart_member_kpi'`);
      return exists.length === 0 ? null : queryRows(db, 'select member_id, full_name, commission, score, rank from mart_member_kpi where period = $period order by rank, member_id', { period });
    });
    const sheets = secretariat ? await listOutputs(ctx, 'members') : [];
    return page(c, t.members.title, html`${jobBox(c, jobOf(c, ctx))}${periodForm(c, '/members', period)}
${!rows || rows.length === 0 ? html`<p>${t.members.notBuilt}</p>` : html`<table id="members"><thead><tr><th>${t.members.id}</th><th>${t.members.name}</th><th>${t.members.commission}</th><th>${t.members.score}</th><th>${t.members.rank}</th>${secretariat ? html`<th>${t.members.sheet}</th>` : ''}</tr></thead><tbody>
${rows.map((r) => {
      const sheet = sheets.find((s) => s === `members/member-${String(r.member_id)}-${fileId(period)}.xlsx`);
      return html`<tr><td>${secretariat ? html`<a href="/members/${encodeURIComponent(String(r.member_id))}?period=${encodeURIComponent(period)}">${r.member_id}</a>` : r.member_id}</td><td>${r.full_name}</td><td>${r.commission ?? ''}</td><td class="num">${r.score ?? ''}</td><td class="num">${r.rank ?? ''}</td>
${secretariat ? html`<td>${sheet ? html`<a href="/files/${encodeFile(sheet)}">${sheet}</a> ` : ''}<form method="post" action="/members/sheet" class="inline">${csrfField(c)}
<input type="hidden" name="id" value="${r.member_id}"><input type="hidden" name="period" value="${period}"><button>${t.members.make}</button></form></td>` : ''}</tr>`;
    })}</tbody></table>`}`);
  });

  // A member's sheet as the member receives it: the workbook `kenes report member` writes, read back and shown.
  app.get('/members/:id', async (c) => {
    const denied = secretariatOnly(c);
    if (denied) return denied;
    const t = c.get('t');
    const id = c.req.param('id');
    const period = checkPeriod(ctx.ws, c.req.query('period') || defaultPeriod(ctx.ws));
    const rel = `members/member-${fileId(id)}-${fileId(period)}.xlsx`;
    const path = (await listOutputs(ctx, 'members')).includes(rel) ? join(ctx.ws.outDir, ...rel.split('/')) : null;
    const sheets = path ? await readSheets(path) : [];
    return page(c, `${t.members.sheet}: ${id}`, html`${jobBox(c, jobOf(c, ctx))}
<form method="post" action="/members/sheet">${csrfField(c)}<input type="hidden" name="id" value="${id}"><input type="hidden" name="period" value="${period}">
<button>${t.members.make}</button>${path ? html` <a href="/files/${encodeFile(rel)}">${t.common.download} ${rel}</a>` : ''}</form>
${sheets.map((sheet) => html`<h2>${sheet.name}</h2><table class="sheet">${sheet.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</table>`)}`);
  });

  app.post('/members/sheet', async (c) => {
    const denied = secretariatOnly(c);
    if (denied) return denied;
    const form = await c.req.parseBody({ all: true });
    const id = String(form.id ?? '');
    const period = checkPeriod(ctx.ws, String(form.period || defaultPeriod(ctx.ws)));
    return startJob(c, ctx, 'report member', { member: id, period }, `/members/${encodeURIComponent(id)}?period=${encodeURIComponent(period)}&`,
      (logger) => memberSheet(ctx.queue, id, period, c.get('lang'), logger));
  });

  app.get('/audit', async (c) => {
    const denied = secretariatOnly(c);
    if (denied) return denied;
    const t = c.get('t');
    const entries = await readAudit(ctx.ws.dir);
    return page(c, t.audit.title, entries.length === 0 ? notice(t.common.nothing) : html`<table id="audit"><thead><tr><th>${t.common.when}</th><th>${t.common.who}</th><th>${t.common.what}</th><th></th></tr></thead><tbody>
${entries.map((e) => html`<tr><td>${e.at}</td><td>${e.user} (${e.role})</td><td>${e.action}</td><td><code>${JSON.stringify(e.details)}</code></td></tr>`)}</tbody></table>`);
  });
}

function periodForm(c: Ctx, action: string, period: string) {
  const t = c.get('t');
  return html`<form method="get" action="${action}" class="period"><label>${t.common.period} <input name="period" value="${period}" title="${t.figures.periodHint}"></label> <button>${t.figures.show}</button></form>`;
}

/** A workbook's visible sheets as rows of cell text (what Excel shows). */
async function readSheets(path: string): Promise<{ name: string; rows: string[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.filter((w) => w.state === 'visible').map((w) => {
    const rows: string[][] = [];
    w.eachRow((row) => {
      const cells: string[] = [];
      for (let col = 1; col <= w.columnCount; col++) cells.push(cellText(row.getCell(col)));
      rows.push(cells);
    });
    return { name: w.name, rows };
  });
}

/** What a cell shows: a date as a date (not Date.toString), a merged title once (in its first cell). */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 10);
  return cell.text;
}

/** A check's title and what to do, in the page's language (the reports' words for it), when the labels have them. */
function checkText(c: Ctx, check: string): { title: string; todo: string } | undefined {
  const texts: Record<string, { title: string; todo: string }> = getLabels(c.get('lang')).checks;
  return Object.hasOwn(texts, check) ? texts[check] : undefined;
}
