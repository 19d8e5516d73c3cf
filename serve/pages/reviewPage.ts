/**
 * Review: what the extractor was not sure of — a report's candidate figures, names that match no
 * member or several (with the candidates), unclear votes — each with the document's line beside
 * it, to accept, correct or reject. A decision goes into the document's review workbook and is
 * ingested like one filled in Excel (serve/reviewWorkbooks.ts): the same store, `review_decisions`.
 * The secretariat's page only: documents may name applicants.
 */
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { KIND_LABELS, type Decision, type ItemKind } from '../../pipelines/review/reviewFormat.ts';
import { appendAudit } from '../auditLog.ts';
import { secretariatOnly } from '../createApp.ts';
import { describeError } from '../Jobs.ts';
import { listReviewBooks, readReviewBook, type ReviewRow } from '../reviewWorkbooks.ts';
import type { Ctx, Env, ServeContext } from '../ServeContext.ts';
import { decideReview } from '../workspaceActions.ts';
import { csrfField, notice, page, type Html } from './layout.ts';

const DECISIONS: Decision[] = ['accept', 'correct', 'reject'];
const CORRECTED_KEYS = ['corrected', 'corrected_for', 'corrected_against', 'corrected_abstain', 'corrected_declared'];

export function reviewRoutes(app: Hono<Env>, ctx: ServeContext): void {
  app.get('/review', async (c) => secretariatOnly(c) ?? reviewPage(c, ctx));

  app.post('/review/decide', async (c) => {
    const denied = secretariatOnly(c);
    if (denied) return denied;
    const form = await c.req.parseBody({ all: true });
    const text = (key: string) => (typeof form[key] === 'string' ? String(form[key]) : '');
    const decision = text('decision') as Decision;
    if (!DECISIONS.includes(decision)) return reviewPage(c, ctx, notice('no decision chosen', 'error'), 400);
    const session = c.get('session');
    const input = {
      sheet: text('sheet'), row: Number(text('row')), decision, note: text('note'), user: session.user,
      corrected: Object.fromEntries(CORRECTED_KEYS.map((k) => [k, text(k)])),
    };
    try {
      const result = await decideReview(ctx.queue, text('book'), input, { info() {}, warn() {} });
      await appendAudit(ctx.ws.dir, {
        user: session.user, role: session.role, action: result.refused.length > 0 ? 'review.refused' : 'review',
        details: { book: text('book'), sheet: input.sheet, row: input.row, decision, corrected: input.corrected, batch: result.batchId },
      });
      const refused = result.refused.map((r) => `${r.column_name ?? ''} "${r.value ?? ''}": ${r.reason}`);
      return reviewPage(c, ctx, refused.length > 0 ? notice(refused.join('; '), 'error') : notice(`${c.get('t').review.decided}: ${input.sheet} ${input.row}`), refused.length > 0 ? 400 : 200);
    } catch (error) {
      return reviewPage(c, ctx, notice(describeError(error), 'error'), 400);
    }
  });
}

async function reviewPage(c: Ctx, ctx: ServeContext, top: Html | string = '', status = 200) {
  const t = c.get('t');
  const books = await Promise.all((await listReviewBooks(ctx.ws.outDir)).map((name) => readReviewBook(ctx.ws.outDir, name)));
  const rows = books.flatMap((b) => b.rows.filter((r) => needsEyes(r)).map((r) => ({ book: b, r })));
  return page(c, t.review.title, html`${top}
${rows.length === 0 ? html`<p>${t.review.none}</p>` : html`<table id="review"><thead><tr><th>${t.review.document}</th><th>${t.review.kind}</th><th>${t.review.item}</th>
<th>${t.review.candidates}</th><th>${t.common.line}</th><th>${t.review.decision}</th></tr></thead><tbody>
${rows.map(({ book, r }) => html`<tr data-row="${book.name}:${r.sheet}:${r.row}">
  <td>${book.document}</td><td>${r.cells.kind ?? ''}</td><td>${describeItem(r)}${r.cells.why ? html`<br><small>${t.review.why}: ${r.cells.why}</small>` : ''}</td>
  <td>${candidateButtons(c, book.name, r)}</td>
  <td>${r.cells.line}: <pre class="line">${r.cells.text ?? ''}</pre></td>
  <td>${r.cells.decision ? html`<p class="decided"><strong>${r.cells.decision}</strong> ${correctedText(r)} <small>${r.cells.note ?? ''}</small></p>` : ''}
  <form method="post" action="/review/decide" class="decide">${csrfField(c)}
    <input type="hidden" name="book" value="${book.name}"><input type="hidden" name="sheet" value="${r.sheet}"><input type="hidden" name="row" value="${r.row}">
    <select name="decision" aria-label="${t.review.decision}">${DECISIONS.map((d) => html`<option value="${d}">${t.review[d]}</option>`)}</select>
    ${correctedInputs(c, r)}
    <input name="note" placeholder="${t.review.note}" aria-label="${t.review.note}">
    <button>${t.review.save}</button>
  </form></td></tr>`)}
</tbody></table>`}`, { status });
}

/** A row a person must look at: a candidate, a name not matched to one member, an unclear vote; figures that are sure are left out. */
function needsEyes(r: ReviewRow): boolean {
  const kind = kindOf(r);
  if (kind === 'candidate' || kind === 'vote') return true;
  if (kind === 'attendee' || kind === 'absentee') return r.cells.resolution === 'unmatched' || r.cells.resolution === 'ambiguous';
  return false;
}

function kindOf(r: ReviewRow): ItemKind | undefined {
  if (r.sheet === 'Голосования') return 'vote';
  return (Object.entries(KIND_LABELS) as [ItemKind, string][]).find(([, label]) => label === r.cells.kind)?.[0];
}

function describeItem(r: ReviewRow): string {
  const kind = kindOf(r);
  if (kind === 'candidate' || kind === 'figure') return `${r.cells.metric} = ${r.cells.value}`;
  if (kind === 'vote') return `№${r.cells.item_no}: ${r.cells.for} / ${r.cells.against} / ${r.cells.abstain} ${r.cells.declared ?? ''}`;
  return `${r.cells.name} (${r.cells.status}) — ${r.cells.resolution}`;
}

function correctedText(r: ReviewRow): string {
  return CORRECTED_KEYS.map((k) => r.cells[k]).filter(Boolean).join(' / ');
}

/** For a name: one button per candidate member, "this is M04", a correction in one click. */
function candidateButtons(c: Ctx, book: string, r: ReviewRow) {
  const kind = kindOf(r);
  if (kind !== 'attendee' && kind !== 'absentee') return '';
  const ids = (r.cells.candidates ?? '').split(';').map((s) => s.trim()).filter(Boolean);
  return ids.map((candidate) => {
    const id = candidate.split(/\s+/)[0];
    return html`<form method="post" action="/review/decide" class="candidate">${csrfField(c)}
<input type="hidden" name="book" value="${book}"><input type="hidden" name="sheet" value="${r.sheet}"><input type="hidden" name="row" value="${r.row}">
<input type="hidden" name="decision" value="correct"><input type="hidden" name="corrected" value="${id}"><button>${candidate}</button></form>`;
  });
}

function correctedInputs(c: Ctx, r: ReviewRow) {
  const t = c.get('t');
  if (kindOf(r) === 'vote') {
    return html`<input name="corrected_for" size="3" placeholder="за/for" inputmode="numeric"><input name="corrected_against" size="3" placeholder="против" inputmode="numeric">
<input name="corrected_abstain" size="3" placeholder="возд." inputmode="numeric"><select name="corrected_declared"><option value=""></option><option value="adopted">adopted</option><option value="rejected">rejected</option></select>`;
  }
  return html`<input name="corrected" size="8" placeholder="${t.review.corrected}" aria-label="${t.review.corrected}">`;
}
