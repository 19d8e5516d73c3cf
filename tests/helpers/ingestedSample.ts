import type { Workspace } from '../../workspace/workspace.ts';
import { sharedWorkspace } from './sharedWorkspace.ts';

/**
 * The embedded sample copied to `dir` with every register ingested (not built): a workspace as after `kenes ingest`.
 * Ingested once per run and copied (tests/helpers/sharedWorkspace.ts).
 */
export async function ingestedSample(dir: string): Promise<Workspace> {
  return sharedWorkspace('ingested', dir);
}
