/**
 * Renders the dashboard: ONE self-contained HTML file that opens offline.
 * vega, vega-lite and vega-embed are inlined from node_modules; every piece of
 * data (titles, names, chart specs with their rows) travels as escaped JSON in
 * a <script type="application/json"> and the page script builds the DOM with
 * textContent, so no input text is ever parsed as HTML.
 *
 * A Content-Security-Policy forbids every network request (connect, images,
 * fonts), so even a chart spec with a data URL could not reach out.
 *
 * Every text goes through cleanOutputText first (charts' texts cut as the
 * chart files cut them); `onClean` hears which were changed.
 * 'unsafe-eval' stays because Vega compiles its expressions with Function().
 */
import { readFile } from 'node:fs/promises';
import { describeOpenError, type DraftNotice } from '../DraftNotice.ts';
import { CHART_TEXT_MAX, type CleanReason } from '../cleanOutputText.ts';
import { cleanOutputValue, fieldOf } from '../cleanOutputValue.ts';
import { FORMAT_LOCALES } from '../i18n/formatLocales.ts';
import { getLabels, type Labels } from '../i18n/getLabels.ts';
import type { DefinitionRow } from '../definitionRows.ts';
import type { DashboardModel } from './DashboardModel.ts';
import { dashboardSections } from './dashboardSections.ts';
import { escapeHtml } from './escapeHtml.ts';
import { readVegaBundles } from './readVegaBundles.ts';
import { toScriptJson } from './toScriptJson.ts';

export type { DashboardModel, DashboardChart, DashboardSummary } from './DashboardModel.ts';

const CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

export async function renderDashboard(input: DashboardModel, onClean?: (where: string, changed: CleanReason[]) => void): Promise<string> {
  const charts = input.charts.map((chart) => cleanOutputValue(chart, { maxLength: CHART_TEXT_MAX }, (where, changed) => onClean?.(`chart ${chart.id}: ${fieldOf(where)}`, changed)));
  const model = cleanOutputValue({ ...input, charts }, {}, (where, changed) => onClean?.(fieldOf(where), changed));
  const labels = getLabels(model.lang);
  const [vendor, css, client] = await Promise.all([
    readVegaBundles(),
    readFile(new URL('./dashboard.css', import.meta.url), 'utf8'),
    readFile(new URL('./dashboardClient.js', import.meta.url), 'utf8'),
  ]);
  const data = {
    title: model.title,
    councilName: model.councilName,
    period: model.period,
    metrics: model.metrics,
    charts: model.charts,
    commissions: model.commissions ?? [],
    summary: model.summary ?? null,
    sections: model.sections ?? dashboardSections(labels, model.metrics.map((m) => String(m.metric)), model.charts.map((c) => c.id)),
    formatLocale: FORMAT_LOCALES[model.lang],
    labels: { locale: labels.meta.locale, metrics: labels.metrics, ui: labels.ui, dashboard: labels.dashboard, commissionNumbered: labels.bodies.commissionNumbered },
  };
  const ui = labels.ui;
  return `<!doctype html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kenes">
<title>${escapeHtml(`${model.draft ? `${labels.draft.mark} — ` : ''}${model.title} — ${model.period}`)}</title>
<style>
${css}
</style>
</head>
<body>
<header>
<h1 id="title"></h1>
<p class="subtitle" id="subtitle"></p>
${model.draft ? draftBanner(model.draft, labels) : ''}</header>
<main>
<noscript><p>${escapeHtml(ui.scriptsRequired)}</p></noscript>
${model.summary ? `<section class="summary" id="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">${escapeHtml(labels.dashboard.summary)}</h2>
<div class="headlines" id="headlines"></div>
</section>
` : ''}<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">${escapeHtml(labels.dashboard.contents)}</h2>
<ol id="contents"></ol>
</nav>
<form class="filters" id="filters" aria-label="${escapeHtml(ui.filters)}">
<label>${escapeHtml(ui.commissionFilter)} <select id="filter-commission"></select></label>
<label>${escapeHtml(ui.periodFilter)} <select id="filter-part"></select></label>
<p class="filter-note">${escapeHtml(ui.filterNote)}</p>
<p class="filter-state" id="filter-state" aria-live="polite"></p>
</form>
<div id="sections"></div>
${model.definitions?.length ? definitionsBlock(model.definitions, labels) : ''}</main>
<footer><p>${escapeHtml(ui.generatedBy)}</p></footer>
<script type="application/json" id="kenes-data">${toScriptJson(data)}</script>
${vendor.map((code) => `<script>${inlineScript(code)}</script>`).join('\n')}
<script>${inlineScript(client)}</script>
</body>
</html>
`;
}

/**
 * The draft banner, written into the page (escaped) rather than built by the page script, so
 * it shows also where scripts do not run and on paper: the count, the figures the errors
 * touch, and each error with where it is and what to do.
 */
function draftBanner(draft: DraftNotice, labels: Labels): string {
  const errors = draft.errors.map((e) => `<li>${escapeHtml(describeOpenError(e, labels))}</li>`);
  if (draft.unlisted > 0) errors.push(`<li>${escapeHtml(labels.draft.more.replace('{n}', String(draft.unlisted)))}</li>`);
  const touched = draft.touched.length
    ? `<p>${escapeHtml(labels.draft.touched)}</p>\n<ul class="draft-touched">${draft.touched.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>\n`
    : '';
  return `<div class="draft-banner" id="draft-banner" role="alert">
<p><strong>${escapeHtml(draft.banner)}</strong></p>
${touched}<details><summary>${escapeHtml(`${labels.draft.see} (${draft.errorCount})`)}</summary>
<ul class="draft-errors">${errors.join('')}</ul>
</details>
</div>
`;
}

/** The definitions under the sections, written into the page like the banner: readable without scripts and on paper. */
function definitionsBlock(definitions: DefinitionRow[], labels: Labels): string {
  const items = definitions.map((d) => `<dt>${escapeHtml(d.term)}</dt><dd>${escapeHtml(d.definition)}</dd>`).join('\n');
  return `<section class="definitions" id="definitions" aria-labelledby="definitions-heading">
<h2 id="definitions-heading">${escapeHtml(labels.sections.definitions)}</h2>
<dl>
${items}
</dl>
</section>
`;
}

/**
 * A library's text inside <script>: `</script` would end the element early.
 * The current builds contain none; if a later version does, `<\/script` means
 * the same inside a JavaScript string or regular expression, where it can occur.
 */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
