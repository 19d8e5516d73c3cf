/** The pages' one stylesheet and one script, served from /static (the CSP allows no inline script). */

export const APP_CSS = `
body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:0;color:#1b1f24;background:#f7f8fa}
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.6rem 1rem;background:#1f3a5f;color:#fff}
header a{color:#fff;margin-right:.6rem}header a[aria-current]{font-weight:700;text-decoration:underline}
header .lang,header .who{font-size:.9rem}main{padding:1rem 1.5rem;max-width:90rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;background:#fff}th,td{border:1px solid #ccd3dc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.92rem}
th{background:#e8edf3}td.num{text-align:right}.notice{padding:.6rem .8rem;border-radius:4px}.notice.error{background:#fde2e1;border:1px solid #d9534f}
.notice.ok{background:#e3f4e6;border:1px solid #5cb85c}.notice.warn{background:#fff4d6;border:1px solid #e0a800}form.inline{display:inline}fieldset{margin:.8rem 0;background:#fff}
button{padding:.35rem .8rem;cursor:pointer}pre.line{white-space:pre-wrap;margin:0;font-size:.85rem;background:#f2f2f2;padding:.2rem}
.log{font-family:monospace;font-size:.85rem}iframe.dashboard{width:100%;height:80vh;border:1px solid #ccd3dc;background:#fff}
`;

export const APP_JS = `
// Polls a running job and shows its steps; reloads the page when it ends so its results appear.
for (const box of document.querySelectorAll('[data-job]')) {
  const id = box.getAttribute('data-job');
  const log = box.querySelector('.log');
  const state = box.querySelector('.state');
  const tick = async () => {
    const response = await fetch('/api/jobs/' + encodeURIComponent(id), { headers: { accept: 'application/json' } });
    if (!response.ok) return;
    const job = await response.json();
    log.textContent = job.log.join('\\n');
    state.textContent = box.getAttribute('data-' + job.state) || job.state;
    box.setAttribute('data-state', job.state);
    if (job.state === 'running') setTimeout(tick, 1000);
    else if (box.hasAttribute('data-reload')) { const url = new URL(location.href); url.searchParams.set('done', id); url.searchParams.delete('job'); location.replace(url.href); }
  };
  tick();
}
`;
