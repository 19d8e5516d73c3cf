/**
 * What the server does to a workspace, each through the pipeline the CLI command of the same name
 * calls — ingest (pipelines/ingest.ts), build and report (pipelines/report.ts), a member's sheet,
 * the templates, the quarterly export — inside the workspace queue, so a writer holds the
 * workspace lock and never meets another.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Lang } from '../reports/i18n/getLabels.ts';
import type { Reject } from '../sources/contracts/validateTable.ts';
import type { DraftNotice } from '../reports/DraftNotice.ts';
import { openDatabase, type Db, type Row } from '../workspace/db.ts';
import { ingestFiles, type IngestResult } from '../pipelines/ingest/ingest.ts';
import type { Logger } from '../workspace/Logger.ts';
import type { Progress } from '../workspace/progress.ts';
import { parsePeriod } from '../pipelines/build/parsePeriod.ts';
import { withBuiltWorkspace } from '../pipelines/build/withBuiltWorkspace.ts';
import { readTouchedRows } from '../pipelines/report/readReportRows.ts';
import { fileId, publicMask, writeReport } from '../pipelines/report/report.ts';
import { writeBatchReviews, type WrittenReview } from '../pipelines/ingest/writeBatchReviews.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { WorkspaceQueue } from './WorkspaceQueue.ts';
import { readHeldDecisions, restoreHeldDecisions, reviewBookPath, writeDecision, type DecisionInput, type HeldDecisions } from './reviewWorkbooks.ts';

/** Files ingest reads as documents, whose review workbooks an ingest writes afresh. */
const DOCUMENTS = new Set(['.txt', '.docx', '.pdf']);

export interface Upload {
  /** Where it is saved (uploadPath), inside the inputs folder. */
  path: string;
  bytes: Uint8Array;
}

export interface UploadResult extends IngestResult {
  reviewSheets: WrittenReview[];
}

/**
 * Saves the files into the inputs folder and ingests them as one batch. A file saved under a name
 * already there replaces it, and its rows (ingest identifies a file by its path). When the batch
 * is refused, the folder is put back as it was, so a later `kenes ingest` of the folder does not
 * meet the refused file.
 */
export function ingestUploads(queue: WorkspaceQueue, uploads: Upload[], logger: Logger, progress?: Progress): Promise<UploadResult> {
  const ws = queue.ws;
  return queue.write('ingest', async () => {
    const earlier = new Map<string, Buffer | null>();
    for (const u of uploads) {
      earlier.set(u.path, existsSync(u.path) ? await readFile(u.path) : null);
      await writeAtomically(u.path, u.bytes);
    }
    try {
      return await ingestSaved(ws, uploads.map((u) => u.path), logger, progress);
    } catch (error) {
      for (const [path, bytes] of earlier) {
        if (bytes === null) await rm(path, { force: true });
        else await writeAtomically(path, bytes);
      }
      throw error;
    }
  });
}

async function ingestSaved(ws: Workspace, paths: string[], logger: Logger, progress?: Progress): Promise<UploadResult> {
  const db = await openDatabase(ws.dbPath);
  try {
    const documents = paths.some((p) => DOCUMENTS.has(extname(p).toLowerCase()));
    const held = documents ? await readHeldDecisions(ws.outDir) : new Map<string, HeldDecisions>();
    const result = await ingestFiles(db, paths, { config: ws.config, logger, baseDir: ws.dir, progress });
    const reviewSheets = await writeBatchReviews(result, ws.dir, ws.outDir);
    for (const sheet of reviewSheets) {
      const name = basename(sheet.sheet);
      const kept = held.get(name);
      const restored = kept ? await restoreHeldDecisions(ws.outDir, name, kept) : 0;
      if (restored > 0) logger.info(`${sheet.sheet}: ${restored} decision(s) of the same document kept`);
    }
    return { ...result, reviewSheets };
  } finally {
    db.close();
  }
}

/**
 * A decision taken in the browser: written into the review workbook, which is then ingested like a
 * filled one. A decision the review's reader refuses (a member id kenes does not know) is not kept:
 * the workbook is put back and ingested again, so the decisions taken before it stand; `refused` says why.
 */
export function decideReview(queue: WorkspaceQueue, book: string, input: DecisionInput, logger: Logger): Promise<UploadResult & { refused: Reject[] }> {
  const ws = queue.ws;
  return queue.write('review', async () => {
    const path = await reviewBookPath(ws.outDir, book);
    const restore = await writeDecision(ws.outDir, book, input);
    try {
      const result = await ingestSaved(ws, [path], logger);
      const refused = result.rejects.filter((r) => r.source_sheet === input.sheet && r.source_row === input.row);
      if (refused.length === 0) return { ...result, refused };
      await restore();
      return { ...(await ingestSaved(ws, [path], logger)), refused };
    } catch (error) {
      await restore();
      throw error;
    }
  });
}

export interface IssuesSnapshot {
  period: string;
  built: string;
  /** The open data errors and the figures they touch, worded per language; `public` masked as --public masks. */
  notices: Record<Lang, { full: DraftNotice | null; public: DraftNotice | null }>;
  warnings: { name: string; description: string; failures: number; rows: { full: Row[]; public: Row[] } }[];
}

/** Where the last build's data issues for a period are kept, for the Data issues page. */
export function issuesPath(ws: Workspace, period: string, scope: 'full' | 'public' = 'full'): string {
  return join(ws.outDir, scope === 'public' ? 'public' : '', `issues-${fileId(period)}.json`);
}

/** Build, checks, the full report and the public one: what the Build button does, step by step. */
export function buildAndReport(queue: WorkspaceQueue, period: string | undefined, lang: Lang, logger: Logger): Promise<string[]> {
  const ws = queue.ws;
  return queue.write('build', async () => {
    logger.info('1/3 build');
    const [{ getLabels }, { buildDraftNotice }] = await Promise.all([import('../reports/i18n/getLabels.ts'), import('../pipelines/report/buildDraftNotice.ts')]);
    const snapshot = await withBuiltWorkspace(ws.dir, period, logger, async (_ws, db, build) => {
      const mask = await publicMask(db);
      const notices = {} as IssuesSnapshot['notices'];
      const touched = await readTouchedRows(db, build.period);
      for (const l of ['ru', 'kk', 'en'] as const) {
        notices[l] = {
          full: buildDraftNotice(build.checks, touched, getLabels(l)) ?? null,
          public: buildDraftNotice(build.checks, touched, getLabels(l), mask) ?? null,
        };
      }
      const warnings = build.checks.filter((c) => c.severity === 'warn' && c.failures > 0)
        .map((c) => ({ name: c.name, description: c.description, failures: c.failures, rows: { full: c.sample, public: c.sample.map(mask) } }));
      return { period: build.period, built: new Date().toISOString(), notices, warnings };
    }, { rebuild: true, checks: true, checkRows: 1000 });
    await writeIssues(ws, snapshot);
    logger.info('2/3 report');
    const full = await writeReport(ws.dir, { period: snapshot.period, lang, logger });
    logger.info('3/3 public report');
    const open = await writeReport(ws.dir, { period: snapshot.period, lang, logger, public: true, out: join(ws.outDir, 'public') });
    return [...full.files, ...full.extraFiles, ...open.files, ...open.extraFiles].map((f) => relativeTo(ws, f));
  });
}

/** Two files: the full one for the secretariat, and one with every row masked for viewers. */
async function writeIssues(ws: Workspace, snapshot: IssuesSnapshot): Promise<void> {
  const masked = {
    ...snapshot,
    notices: Object.fromEntries(Object.entries(snapshot.notices).map(([l, n]) => [l, { full: null, public: n.public }])),
    warnings: snapshot.warnings.map((w) => ({ ...w, rows: { full: [], public: w.rows.public } })),
  };
  await writeAtomically(issuesPath(ws, snapshot.period), JSON.stringify(snapshot));
  await writeAtomically(issuesPath(ws, snapshot.period, 'public'), JSON.stringify(masked));
}

export async function readIssues(ws: Workspace, period: string, scope: 'full' | 'public'): Promise<IssuesSnapshot | null> {
  const text = await readFile(issuesPath(ws, period, scope), 'utf8').catch(() => null);
  return text === null ? null : JSON.parse(text) as IssuesSnapshot;
}

export function memberSheet(queue: WorkspaceQueue, memberId: string, period: string, lang: Lang, logger: Logger): Promise<string[]> {
  const ws = queue.ws;
  return queue.write('report member', async () => {
    const { writeMemberSheet } = await import('../pipelines/report/writeMemberSheet.ts');
    return [relativeTo(ws, await writeMemberSheet(ws.dir, memberId, { period, lang, out: join(ws.outDir, 'members'), logger }))];
  });
}

export function templates(queue: WorkspaceQueue, lang: Lang, logger: Logger): Promise<string[]> {
  const ws = queue.ws;
  return queue.write('template', async () => {
    const { writeTemplates } = await import('../pipelines/report/writeTemplates.ts');
    return (await writeTemplates(ws.dir, { out: join(ws.outDir, 'templates'), lang, logger })).map((f) => relativeTo(ws, f));
  });
}

export function quarterly(queue: WorkspaceQueue, commission: string, period: string, lang: Lang, publicOnly: boolean, logger: Logger): Promise<string[]> {
  const ws = queue.ws;
  return queue.write('export quarterly', async () => {
    const { exportQuarterly } = await import('../pipelines/report/exportQuarterly.ts');
    const out = publicOnly ? join(ws.outDir, 'public') : ws.outDir;
    return [relativeTo(ws, await exportQuarterly(ws.dir, { commission, period, lang, out, public: publicOnly, logger }))];
  });
}

/** The period a request names, checked by the period grammar before any work starts (a KenesError when unreadable). */
export function checkPeriod(ws: Workspace, period: string): string {
  return parsePeriod(period, ws.config).current.id;
}

export function defaultPeriod(ws: Workspace): string {
  return ws.config.default_period ?? String(new Date().getFullYear());
}

/** Rows for the pages, read-only. */
export async function readPage<T>(queue: WorkspaceQueue, work: (db: Db) => Promise<T>): Promise<T | null> {
  return queue.read(work);
}

/** A file written, as `/files/…` names it: relative to out/. */
export function relativeTo(ws: Workspace, path: string): string {
  return relative(ws.outDir, path).split(sep).join('/');
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.upload-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
