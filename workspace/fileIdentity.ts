/**
 * What identifies a loaded file: its path relative to the workspace, with `/`
 * between folders (`inputs/2025/appeals.csv`), or its absolute path when it
 * lies outside. Two `appeals.csv` in two year folders are two files; the same
 * path ingested again is the same file, whose rows it replaces.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

export function fileIdentity(path: string, baseDir: string): string {
  const abs = resolve(path);
  const rel = relative(resolve(baseDir), abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs;
  return rel.split(sep).join('/');
}

/** Where an identity points on disk (the inverse of fileIdentity). */
export function pathOfIdentity(id: string, baseDir: string): string {
  return isAbsolute(id) ? id : resolve(baseDir, ...id.split('/'));
}
