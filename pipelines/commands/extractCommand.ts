import { Command } from 'commander';
import { example, type CliIO } from './cliSupport.ts';

function documentCommand(io: CliIO, kind: 'protocol' | 'report', what: string): Command {
  return new Command(kind)
    .description(what)
    .argument('<file>', '.txt (UTF-8, UTF-16, Windows-1251), .docx, or .pdf with a text layer (not a scan)')
    .option('--json', 'print the extract as JSON (the format of DESIGN.md)')
    .option('--year <year>', 'year for dates written without one (reports)', (v) => Number(v))
    .action(async (file: string, opts: { json?: boolean; year?: number }) => {
      const [{ readDocumentText }, { parseProtocol }, { parseReport }, { formatProtocolSummary, formatReportSummary }] = await Promise.all([
        import('../../sources/readers/readDocumentText.ts'),
        import('../../sources/extract/parseProtocol.ts'),
        import('../../sources/extract/parseReport.ts'),
        import('../../sources/extract/formatExtractSummary.ts'),
      ]);
      const text = await readDocumentText(file);
      if (kind === 'protocol') {
        const extract = parseProtocol(text);
        io.out(opts.json ? JSON.stringify(extract, null, 2) : formatProtocolSummary(extract));
      } else {
        const extract = parseReport(text, { defaultYear: opts.year });
        io.out(opts.json ? JSON.stringify(extract, null, 2) : formatReportSummary(extract));
      }
    });
}

export function extractCommand(io: CliIO): Command {
  const command = new Command('extract')
    .description('read a meeting protocol or a narrative report: stated and listed figures, votes, activities, contradictions')
    .addHelpText('after', example('kenes extract protocol protocol-8.docx', 'kenes extract report report-2019.txt --json'));
  command.addCommand(documentCommand(io, 'protocol', 'a meeting protocol: attendance as stated and as listed, agenda, votes'));
  command.addCommand(documentCommand(io, 'report', 'a narrative report: period, stated figures, media, dated activity lists'));
  return command;
}
