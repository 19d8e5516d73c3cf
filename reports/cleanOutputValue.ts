/**
 * cleanOutputText over every string of a value (a chart spec with its rows,
 * the dashboard's data): objects and arrays are copied with their strings
 * cleaned, keys included; numbers, booleans, null and objects of a class stay. `onChange` hears the
 * path of each string that changed (`data.values.3.full_name`).
 */
import { cleanOutputText, type CleanOptions, type CleanReason } from './cleanOutputText.ts';

export function cleanOutputValue<T>(value: T, options: CleanOptions = {}, onChange?: (path: string, changed: CleanReason[]) => void): T {
  return walk(value, '', options, onChange) as T;
}

function walk(value: unknown, path: string, options: CleanOptions, onChange?: (path: string, changed: CleanReason[]) => void): unknown {
  if (typeof value === 'string') {
    const result = cleanOutputText(value, options);
    if (result.changed.length > 0) onChange?.(path, result.changed);
    return result.text;
  }
  if (Array.isArray(value)) return value.map((v, i) => walk(v, join(path, String(i)), options, onChange));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[cleanOutputText(k).text] = walk(v, join(path, k), options, onChange);
    return out;
  }
  return value;
}

/** `data.values.211.full_name` → `full_name`: in a warning, the rows' numbers say nothing and the field does. */
export function fieldOf(path: string): string {
  return path.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? path;
}

/** Objects of a class (a Map, a Date, bytes, a DuckDB value) pass as they are: copying their fields would lose them. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
