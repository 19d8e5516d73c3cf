/**
 * Talks to a `kenes serve` app through Hono's `app.request()` as a browser would: the session
 * cookie kept, the Origin header of the site, the CSRF token read from the last page.
 */
import type { Hono } from 'hono';
import type { Env } from '../../serve/ServeContext.ts';

export const SITE = 'http://kenes.test';

export class ServeClient {
  cookie = '';
  csrf = '';
  readonly app: Hono<Env>;
  readonly site: string;

  constructor(app: Hono<Env>, site = SITE) {
    this.app = app;
    this.site = site;
  }

  async get(path: string): Promise<Response> {
    const response = await this.app.request(`${this.site}${path}`, { headers: this.headers() });
    await this.remember(response);
    return response;
  }

  async text(path: string): Promise<string> {
    return (await this.get(path)).text();
  }

  /** A form POST with the token and the site's Origin, unless `without` leaves one out. */
  async post(path: string, form: FormData | Record<string, string>, without: { token?: boolean; origin?: boolean } = {}): Promise<Response> {
    const body = form instanceof FormData ? form : Object.entries(form).reduce((f, [k, v]) => (f.append(k, v), f), new FormData());
    if (!without.token && this.csrf && !body.has('_csrf')) body.append('_csrf', this.csrf);
    const headers = this.headers();
    if (!without.origin) headers.origin = this.site;
    const response = await this.app.request(`${this.site}${path}`, { method: 'POST', body, headers });
    await this.remember(response);
    return response;
  }

  /**
   * Uploads as the Inputs page does and follows the ingest job to its end, as app.js does: the
   * job's state and error, and the page that shows its batch. A refusal before the job (a name,
   * the bytes, the size) is the POST's own response.
   */
  async upload(form: FormData): Promise<{ status: number; state?: string; error?: string | null; page: string }> {
    const response = await this.post('/inputs/upload', form);
    if (response.status !== 303) return { status: response.status, page: await response.text() };
    const id = new URL(response.headers.get('location')!, this.site).searchParams.get('job')!;
    let job: { state: string; error: string | null };
    for (;;) {
      job = await (await this.get(`/api/jobs/${encodeURIComponent(id)}`)).json();
      if (job.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { status: 303, state: job.state, error: job.error, page: await this.text(`/inputs?done=${encodeURIComponent(id)}`) };
  }

  async login(name: string, password: string): Promise<Response> {
    const response = await this.post('/login', { name, password });
    if (response.status === 303) await this.get('/inputs'); // for the CSRF token
    return response;
  }

  private headers(): Record<string, string> {
    return this.cookie ? { cookie: this.cookie } : {};
  }

  private async remember(response: Response): Promise<void> {
    const set = response.headers.get('set-cookie');
    const session = set && /kenes_session=([^;]*)/.exec(set);
    if (session) this.cookie = `kenes_session=${session[1]}`;
    if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
      const token = /name="_csrf" value="([^"]+)"/.exec(await response.clone().text());
      if (token) this.csrf = token[1];
    }
  }
}

export function fileForm(files: Record<string, string | Uint8Array>, field = 'files'): FormData {
  const form = new FormData();
  for (const [name, content] of Object.entries(files)) form.append(field, new File([typeof content === 'string' ? content : new Uint8Array(content)], name));
  return form;
}
