import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { example, workspaceOption, type CliIO } from './cliSupport.ts';

function documentCommand(io: CliIO, kind: 'protocol' | 'report', what: string): Command {
  return new Command(kind)
    .description(what)
    .argument('<file>', '.txt (UTF-8, UTF-16, Windows-1251), .docx, or .pdf with a text layer (not a scan)')
    .option('--json', 'print the extract as JSON (the format of DESIGN.md)')
    .option('--year <year>', 'year for dates written without one (reports)', (v) => Number(v))
    .option('--review <out.xlsx>', 'also write a review workbook: figures and candidates, or attendees and unclear votes, with columns to accept, correct or reject (then kenes ingest it)')
    .addOption(new Option('-l, --lang <lang>', 'language of the review workbook (default: the workspace\'s)').choices(['ru', 'kk', 'en']))
    .addOption(workspaceOption().default('.', 'the current folder; its members register, when it has one, matches the names of a protocol\'s review'))
    .action(async (file: string, opts: { json?: boolean; year?: number; review?: string; lang?: 'ru' | 'kk' | 'en'; workspace: string }) => {
      const [{ readDocumentText }, { parseProtocol }, { parseReport }, { formatProtocolSummary, formatReportSummary }] = await Promise.all([
        import('../../sources/readers/readDocumentText.ts'),
        import('../../sources/extract/parseProtocol.ts'),
        import('../../sources/extract/parseReport.ts'),
        import('../../sources/extract/formatExtractSummary.ts'),
      ]);
      const text = await readDocumentText(file);
      const extract = kind === 'protocol' ? parseProtocol(text) : parseReport(text, { defaultYear: opts.year });
      if (opts.review) {
        const { writeExtractReview } = await import('../../pipelines/review/writeExtractReview.ts');
        const written = await writeExtractReview(extract, { file: resolve(file), text, workspace: resolve(opts.workspace), out: resolve(opts.review), lang: opts.lang });
        io.err(`review: ${opts.review} — ${written.items} row(s), ${written.toDecide} to decide${written.members ? '' : kind === 'protocol' ? ' (no members register at hand: names not matched)' : ''}`);
      }
      if (extract.kind === 'protocol') io.out(opts.json ? JSON.stringify(extract, null, 2) : formatProtocolSummary(extract));
      else io.out(opts.json ? JSON.stringify(extract, null, 2) : formatReportSummary(extract));
    });
}

export function extractCommand(io: CliIO): Command {
  const command = new Command('extract')
    .description('read a meeting protocol or a narrative report: stated and listed figures, votes, activities, contradictions')
    .addHelpText('after', example('kenes extract protocol protocol-8.docx', 'kenes extract report report-2019.txt --json',
      'kenes extract report report-2024.docx --review out/review/report-2024.review.xlsx'));
  command.addCommand(documentCommand(io, 'protocol', 'a meeting protocol: attendance as stated and as listed, agenda, votes'));
  command.addCommand(documentCommand(io, 'report', 'a narrative report: period, stated figures, media, dated activity lists'));
  return command;
}
