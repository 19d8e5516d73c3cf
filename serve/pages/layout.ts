/**
 * The frame of every page: the navigation (what the role may open), the language switch, who is
 * signed in. Everything interpolated goes through hono/html, which escapes it: a file name, a cell
 * or a reason from an input is text on the page, never markup.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Ctx } from '../ServeContext.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const PAGES = ['inputs', 'review', 'issues', 'figures', 'members', 'outputs', 'audit'] as const;
const SECRETARIAT_ONLY = new Set(['review', 'audit']);

export function page(c: Ctx, title: string, body: Html, options: { status?: number } = {}) {
  const t = c.get('t');
  const session = c.get('session');
  const here = new URL(c.req.url);
  const langLink = (lang: string) => {
    const url = new URL(here);
    url.searchParams.set('lang', lang);
    return `${url.pathname}${url.search}`;
  };
  const nav = PAGES.filter((p) => session?.role === 'secretariat' || !SECRETARIAT_ONLY.has(p));
  return c.html(html`<!doctype html>
<html lang="${t.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — kenes</title><link rel="stylesheet" href="/static/app.css"><script src="/static/app.js" defer></script></head>
<body>
<header>
  <strong>kenes</strong>
  ${session ? html`<nav>${nav.map((p) => html`<a href="/${p}" ${here.pathname.startsWith(`/${p}`) ? html`aria-current="page"` : ''}>${t.nav[p]}</a> `)}</nav>` : ''}
  <span class="lang">${t.common.language}: ${(['ru', 'kk', 'en'] as const).map((l) => html`<a href="${langLink(l)}" hreflang="${l}" ${l === t.lang ? html`aria-current="true"` : ''}>${l === 'ru' ? 'Рус' : l === 'kk' ? 'Қаз' : 'Eng'}</a> `)}</span>
  ${session ? html`<span class="who">${session.user} (${t.role[session.role]})</span>
  <form method="post" action="/logout" class="inline">${csrfField(c)}<button>${t.login.logout}</button></form>` : ''}
</header>
<main><h1>${title}</h1>${body}</main>
</body></html>`, (options.status ?? 200) as 200);
}

export function csrfField(c: Ctx) {
  const session = c.get('session');
  return session ? html`<input type="hidden" name="_csrf" value="${session.csrf}">` : '';
}

/** A message box; `kind` error for refusals. */
export function notice(text: string, kind: 'error' | 'warn' | 'ok' = 'ok') {
  return html`<p class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</p>`;
}

export function errorPage(c: Ctx, status: number, message: string) {
  return page(c, c.get('t').common.error, notice(message, 'error'), { status });
}
