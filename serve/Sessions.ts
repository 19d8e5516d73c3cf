/**
 * Signed-in sessions, in memory: a random id (the cookie) → who, their role, the session's CSRF
 * token. A restart signs everyone out, which is the safe way round. Failed sign-ins per name are
 * counted, and a name with too many in a quarter hour is refused for the rest of it.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from './users.ts';

export interface Session {
  id: string;
  user: string;
  role: Role;
  csrf: string;
  expires: number;
}

const SESSION_MS = 12 * 3_600_000;
const FAILURE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;
const MAX_NAMES = 10_000;

export class Sessions {
  private readonly byId = new Map<string, Session>();
  private readonly failures = new Map<string, number[]>();

  create(user: string, role: Role): Session {
    const session = { id: randomBytes(32).toString('base64url'), user, role, csrf: randomBytes(32).toString('base64url'), expires: Date.now() + SESSION_MS };
    this.byId.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | null {
    if (!id) return null;
    const session = this.byId.get(id);
    if (!session) return null;
    if (session.expires < Date.now()) {
      this.byId.delete(id);
      return null;
    }
    return session;
  }

  end(id: string | undefined): void {
    if (id) this.byId.delete(id);
  }

  locked(name: string): boolean {
    return this.recentFailures(name).length >= MAX_FAILURES;
  }

  failed(name: string): void {
    // Names tried once long ago are forgotten, so a stream of made-up names cannot fill the memory.
    if (this.failures.size > MAX_NAMES) for (const known of [...this.failures.keys()]) if (this.recentFailures(known).length === 0) this.failures.delete(known);
    this.failures.set(name, [...this.recentFailures(name), Date.now()]);
  }

  private recentFailures(name: string): number[] {
    return (this.failures.get(name) ?? []).filter((t) => t > Date.now() - FAILURE_WINDOW_MS);
  }
}
