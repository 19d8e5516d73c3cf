/**
 * The definitions of the marts, read from the header comment each sql/marts file
 * opens with — the one text that both documents the SQL and fills the workbook's
 * definitions sheet, so the two never disagree.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SQL_DIR } from '../../workspace/paths.ts';

export interface ModelDefinition {
  /** The mart's table name (`mart_appeals`). */
  model: string;
  /** What one row is (`one row per period + member_id`). */
  grain: string;
  /** What the mart is, then each figure's definition, one per line. */
  text: string;
}

export async function readModelDefinitions(dir = join(SQL_DIR, 'marts')): Promise<ModelDefinition[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const definitions: ModelDefinition[] = [];
  for (const file of files) {
    definitions.push(parseHeader(basename(file, '.sql'), await readFile(join(dir, file), 'utf8')));
  }
  return definitions;
}

/**
 * The leading `--` lines, as entries: a line like `-- name: …` opens an entry; an
 * indented line (`--   …`), or one without `name:`, continues the one before.
 */
export function parseHeader(model: string, sql: string): ModelDefinition {
  const entries: string[] = [];
  for (const line of sql.split(/\r?\n/)) {
    const m = /^--( ?)(.*)$/.exec(line);
    if (!m) break;
    const body = m[2];
    // a line without `name:` continues the sentence before it, indented or not
    const continues = /^\s/.test(body) || !/^[^:]{1,100}:/.test(body);
    if (continues && entries.length > 0) entries[entries.length - 1] += ` ${body.trim()}`;
    else if (body.trim() !== '') entries.push(body.trim());
  }
  const grainEntry = entries.find((e) => /^grain:/i.test(e));
  const rest = entries.filter((e) => e !== grainEntry);
  if (rest.length > 0) rest[0] = rest[0].replace(new RegExp(`^${model}:\\s*`), '');
  return { model, grain: grainEntry ? grainEntry.replace(/^grain:\s*/i, '') : '', text: rest.join('\n') };
}
