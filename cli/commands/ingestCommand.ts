import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { formatLocation } from '../../sources/KenesError.ts';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';

export function ingestCommand(io: CliIO): Command {
  return new Command('ingest')
    .description('load registers (.xlsx, .csv) and documents (protocols, reports: .txt, .docx, .pdf) into the workspace database, one all-or-nothing batch')
    .argument('[paths...]', 'register and document files, or folders (read with every subfolder); default: the workspace\'s inputs folder')
    .addOption(workspaceOption())
    .option('-r, --register <id>', 'treat every file as this register')
    .addOption(new Option('-d, --document <kind>', 'read every .txt/.docx/.pdf as this kind of document (default: recognised from the text)').choices(['protocol', 'report']))
    .option('--moved-from <path>', 'the file given took the place of this one (it moved): its rows are replaced, not kept beside')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', example('kenes ingest', 'kenes ingest inputs/2025', 'kenes ingest inputs/appeals.csv inputs/members.xlsx', 'kenes ingest export.csv --register letters',
      'kenes ingest protocols/protocol-8.docx report-2019.txt', 'kenes ingest inputs/2025/appeals.csv --moved-from inputs/appeals.csv',
      'kenes ingest out/review/protocol-8.3f9a01c2.review.xlsx   (a filled review: its decisions, provenance "reviewed")'))
    .action(async (paths: string[], opts: { workspace: string; register?: string; document?: 'protocol' | 'report'; movedFrom?: string; json?: boolean }) => {
      const [{ openWorkspace }, { openDatabase }, { ingestFiles }, { acquireWorkspaceLock }, { terminalProgress }, { collectInputs }, { fileIdentity }, { writeBatchReviews }] = await Promise.all([
        import('../../workspace/workspace.ts'), import('../../workspace/db.ts'), import('../../pipelines/ingest/ingest.ts'), import('../../workspace/workspaceLock.ts'), import('../terminalProgress.ts'),
        import('../../workspace/collectInputs.ts'), import('../../workspace/fileIdentity.ts'), import('../../pipelines/ingest/writeBatchReviews.ts')]);
      const ws = await openWorkspace(opts.workspace);
      const logger = loggerFor(io);
      const inputs = await collectInputs(paths.length > 0 ? paths : [ws.inputsDir], { exclude: [ws.outDir, join(ws.dir, 'backups')] });
      for (const note of inputs.notes) logger.warn(note);
      if (inputs.files.length === 0) return logger.warn('no register or document files to ingest');
      const release = await acquireWorkspaceLock(ws.dir, 'ingest');
      const db = await openDatabase(ws.dbPath).catch(async (e) => { await release(); throw e; });
      try {
        const result = await ingestFiles(db, inputs.files, {
          config: ws.config, logger, register: opts.register, document: opts.document, progress: terminalProgress(),
          baseDir: ws.dir, optional: inputs.fromFolders, movedFrom: opts.movedFrom === undefined ? undefined : fileIdentity(resolve(opts.movedFrom), ws.dir),
        });
        for (const s of result.skipped) logger.warn(`${s.file} — not loaded: ${s.reason}`);
        // A document with something a person must decide gets its review workbook, once the batch has landed.
        const reviewSheets = await writeBatchReviews(result, ws.dir, ws.outDir, ws.config.lang);
        if (opts.json || !io.isTTY) return io.out(JSON.stringify({ ...result, reviewSheets }, null, 2));
        io.out(`batch ${result.batchId}:`);
        for (const t of result.tables) {
          io.out(`  ${t.file}${t.sheet ? ` [${t.sheet}]` : ''} → ${t.register}: ${t.loaded} rows loaded, ${t.rejected} rejected`);
        }
        for (const r of result.rejects.slice(0, 20)) {
          io.out(`  rejected ${formatLocation({ file: r.source_file, sheet: r.source_sheet ?? undefined, row: r.source_row ?? undefined, line: r.source_line ?? undefined, column: r.column_name ?? undefined })} — ${r.reason}`);
        }
        for (const d of result.documents) {
          for (const i of d.issues) io.out(`  note ${formatLocation({ file: d.file, line: i.source_line })} — ${i.message}`);
          for (const r of d.reviews) io.out(`  review ${formatLocation({ file: d.file, line: r.source_line })} — "${r.name}" ${r.resolution}${r.candidates ? ` (candidates: ${r.candidates})` : ''}`);
        }
        for (const r of result.reviewed) {
          io.out(`  review ${r.file} of ${r.document}: ${r.accepted} accepted, ${r.corrected} corrected, ${r.rejected} rejected${r.refused ? `, ${r.refused} refused (see rejects)` : ''}`);
        }
        for (const r of reviewSheets) io.out(`  to review: ${r.sheet} — ${r.document} has figures, names or votes kenes is not sure of; fill the decision column and kenes ingest it`);
        if (result.rejects.length > 20) io.out(`  … ${result.rejects.length - 20} more in the rejects table (kenes query "select * from rejects")`);
      } finally {
        db.close();
        await release();
      }
    });
}
