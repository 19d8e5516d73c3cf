import type { Workspace } from '../../workspace/workspace.ts';
import { sharedWorkspace } from './sharedWorkspace.ts';

/**
 * The embedded sample copied to `dir` with every register ingested (not built): a workspace as after `kenes ingest`.
 * Ingested once per run and copied (tests/helpers/sharedWorkspace.ts).
 */
export async function ingestedSample(dir: string): Promise<Workspace> {
  return sharedWorkspace('ingested', dir);
}

/**
 * The ingested sample with its marts built for 2023 (`kenes build -p 2023`), copied to `dir`: for the files that
 * read the sample's marts. Built once per run and copied; a report of 2023 finds its marts up to date (`kenes build` builds again).
 */
export async function builtSample(dir: string): Promise<Workspace> {
  return sharedWorkspace('built', dir);
}
