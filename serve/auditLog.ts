/**
 * Every change made through the server, one JSON line each in `audit.log` of the workspace: who,
 * with which role, what, on what, when. Appended, never rewritten.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const AUDIT_FILE = 'audit.log';

export interface AuditEntry {
  at: string;
  user: string;
  role: string;
  action: string;
  details: Record<string, unknown>;
}

export async function appendAudit(workspaceDir: string, entry: Omit<AuditEntry, 'at'>): Promise<void> {
  const line: AuditEntry = { at: new Date().toISOString(), ...entry };
  await appendFile(join(workspaceDir, AUDIT_FILE), JSON.stringify(line) + '\n');
}

/** The latest entries first. */
export async function readAudit(workspaceDir: string, limit = 500): Promise<AuditEntry[]> {
  const text = await readFile(join(workspaceDir, AUDIT_FILE), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditEntry).reverse().slice(0, limit);
}
