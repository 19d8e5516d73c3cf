/**
 * `kenes serve`: the web workspace on 127.0.0.1 (this computer only) unless told another address,
 * which it takes only once users are set up (createApp refuses otherwise).
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Workspace } from '../workspace/workspace.ts';
import { createApp } from './createApp.ts';

export interface ServeOptions {
  host: string;
  port: number;
  /** The address people use behind an HTTPS reverse proxy; see README. */
  origin?: string;
}

export interface RunningServer {
  url: string;
  server: ServerType;
  close(): Promise<void>;
}

export async function startServer(ws: Workspace, options: ServeOptions): Promise<RunningServer> {
  const { app } = await createApp(ws, { host: options.host, origin: options.origin });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host === '127.0.0.1' || host === '[::1]' ? host : options.host}:${info.port}/`,
        server,
        close: () => new Promise((done) => { server.close(() => done()); }),
      });
    });
    server.once('error', reject);
  });
}
