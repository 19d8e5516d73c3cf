/**
 * A workspace is a folder: kenes.config.json, inputs/ (registers and documents), out/ (what the
 * reports write), the DuckDB file (made by the first ingest, not by init) and, while a command
 * writes, kenes.lock (workspaceLock.ts). `initWorkspace` makes one with every rule of the config
 * spelled out; `openWorkspace` reads its config and says where things are; `copyWorkspace` copies
 * one without its database and outputs (the demo's sample); `listInputs` is what `kenes ingest`
 * reads when given no files.
 */
import { cp, mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';
import { collectInputs } from './collectInputs.ts';
import { CONFIG_FILE, defaultConfig, loadConfig, type Config } from './config.ts';

export interface Workspace {
  dir: string;
  config: Config;
  dbPath: string;
  inputsDir: string;
  outDir: string;
}

export async function openWorkspace(dir: string): Promise<Workspace> {
  const abs = resolve(dir);
  const config = await loadConfig(abs);
  return {
    dir: abs,
    config,
    dbPath: join(abs, config.database),
    inputsDir: join(abs, config.inputs),
    outDir: join(abs, config.out),
  };
}

export async function initWorkspace(dir: string, councilName = 'Общественный совет'): Promise<Workspace> {
  const abs = resolve(dir);
  const existing = await stat(join(abs, CONFIG_FILE)).catch(() => null);
  if (existing) {
    throw new KenesError('init.exists', `${abs} is already a workspace`, { location: { file: join(abs, CONFIG_FILE) }, exitCode: EXIT_USAGE });
  }
  const config = defaultConfig(councilName);
  await mkdir(join(abs, config.inputs), { recursive: true });
  await mkdir(join(abs, config.out), { recursive: true });
  await writeFile(join(abs, CONFIG_FILE), JSON.stringify(config, null, 2) + '\n');
  return openWorkspace(abs);
}

/** Copies a workspace folder (the embedded sample) into `dir`, leaving out databases and outputs. */
export async function copyWorkspace(from: string, dir: string): Promise<Workspace> {
  const abs = resolve(dir);
  await mkdir(abs, { recursive: true });
  await cp(from, abs, {
    recursive: true,
    force: true,
    filter: (src) => !/\.duckdb(\.wal)?$/.test(src) && !src.includes(`${from}/out`),
  });
  return openWorkspace(abs);
}

/** Register and document files under the inputs folder, every level, in name order so runs repeat (collectInputs.ts). */
export async function listInputs(ws: Workspace): Promise<string[]> {
  const exists = await stat(ws.inputsDir).catch(() => null);
  return exists ? (await collectInputs([ws.inputsDir], { exclude: [ws.outDir] })).files : [];
}
