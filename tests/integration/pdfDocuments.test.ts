/**
 * A protocol published as PDF is the same protocol: `kenes extract` gives its
 * text's extract, `kenes ingest` loads its meeting, attendance and votes as
 * the .txt does, and a folder walk reads it. A scan is refused (exit 2) in one
 * line naming the file, and does not stop the rest of a folder being told.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../workspace/collectInputs.ts';
import { runCli } from '../../cli/cli.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { openDatabase, queryRows, type Db } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { parseProtocol } from '../../sources/extract/parseProtocol.ts';
import { readDocumentText } from '../../sources/readers/readDocumentText.ts';
import { captureIO } from '../helpers/captureIO.ts';
import { COMMISSION_MEMBERS_CSV } from '../helpers/commissionMembers.ts';
import { useTempDir } from '../helpers/tempDir.ts';
import { kenesBin } from '../helpers/kenesBin.ts';
import { LIBREOFFICE_TIMEOUT_MS, libreOfficeProfile } from '../helpers/libreOffice.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');
const PDF = new URL('../fixtures/pdf/', import.meta.url).pathname;
const EXTRACT = new URL('../fixtures/extract/', import.meta.url).pathname;

const MEMBERS = COMMISSION_MEMBERS_CSV;

/** What a protocol loaded: its meeting, attendance and votes, without the file's name. */
async function loadedFrom(protocol: string, as: string): Promise<Record<string, unknown[]>> {
  const dir = await tempDir();
  await writeFile(join(dir, 'members.csv'), MEMBERS);
  const path = join(dir, as);
  await copyFile(protocol, path);
  const db: Db = await openDatabase(join(dir, 'kenes.duckdb'));
  try {
    const result = await ingestFiles(db, [join(dir, 'members.csv'), path], { config, logger: silentLogger });
    expect(result.documents.map((d) => [d.file, d.kind])).toEqual([[as, 'protocol']]);
    return {
      meetings: await queryRows(db, 'select meeting_id, body, date, number from raw_meetings'),
      attendance: await queryRows(db, 'select member, status, source_line from raw_attendance order by source_line'),
      votes: await queryRows(db, 'select item_no, "for", against, abstain, declared from raw_votes order by item_no'),
      files: await queryRows(db, 'select distinct source_file from raw_attendance'),
    };
  } finally {
    db.close();
  }
}

describe('kenes ingest of a PDF protocol', () => {
  it('loads the meeting, attendance and votes the .txt loads (from a .docx saved as PDF, and from the .txt saved as PDF)', async () => {
    const { files: textFiles, ...fromText } = await loadedFrom(`${EXTRACT}protocol-commission-ru.txt`, 'protocol-3.txt');
    expect(textFiles).toEqual([{ source_file: 'protocol-3.txt' }]);
    expect(fromText.attendance).toHaveLength(8);
    expect(fromText.votes).toHaveLength(2);
    for (const pdf of ['protocol-commission-ru.pdf', 'protocol-commission-ru.txt.pdf']) {
      const { files, ...fromPdf } = await loadedFrom(`${PDF}${pdf}`, 'protocol-3.pdf');
      expect(fromPdf, pdf).toEqual(fromText);
      expect(files).toEqual([{ source_file: 'protocol-3.pdf' }]);
    }
  });
});

describe('kenes extract of a PDF', () => {
  it('--json prints the extract of the text of the same protocol', async () => {
    const io = captureIO();
    expect(await runCli(['extract', 'protocol', `${PDF}protocol-commission-ru.pdf`, '--json'], io)).toBe(0);
    const text = await readDocumentText(`${EXTRACT}protocol-commission-ru.txt`);
    expect(JSON.parse(io.stdout.join('\n'))).toEqual(JSON.parse(JSON.stringify(parseProtocol(text))));
  });

  it('a scan is refused: exit 2, one line on stderr naming the file and saying what to do', async () => {
    const io = captureIO();
    expect(await runCli(['extract', 'protocol', `${PDF}scan.pdf`], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    const message = io.stderr.join('\n');
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('scan.pdf — no text layer (a scan?) — kenes does not read scans; save the document as PDF from Word/LibreOffice or give the .docx/.txt');
  });

  it('an encrypted and a cut PDF: exit 2, each with its own reason', async () => {
    for (const [file, reason] of [['encrypted.pdf', 'an encrypted PDF'], ['truncated.pdf', 'a damaged PDF']]) {
      const io = captureIO();
      expect(await runCli(['extract', 'report', `${PDF}${file}`], io), file).toBe(2);
      expect(io.stderr.join('\n')).toContain(`${file} — ${reason}`);
    }
  });

  it('help names PDF', () => {
    const help = execFileSync(process.execPath, [kenesBin(), 'extract', 'protocol', '--help'], { encoding: 'utf8' });
    expect(help.replace(/\s+/g, ' ')).toContain('.docx, or .pdf with a text layer (not a scan)');
  });
});

describe('a folder with PDFs', () => {
  it('the walk reads a .pdf (any case of the extension) as input', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'protocols'));
    await copyFile(`${PDF}protocol-commission-ru.pdf`, join(dir, 'protocols', 'p3.pdf'));
    await copyFile(`${PDF}protocol-commission-ru.pdf`, join(dir, 'protocols', 'P4.PDF'));
    await writeFile(join(dir, 'protocols', 'notes.odt'), 'x');
    const inputs = await collectInputs([dir]);
    expect(inputs.files).toEqual([join(dir, 'protocols', 'p3.pdf'), join(dir, 'protocols', 'P4.PDF')]);
    expect(inputs.notes).toEqual([`${join(dir, 'protocols', 'notes.odt')} — skipped: kenes does not read .odt (registers: .xlsx, .csv; documents: .txt, .docx, .pdf)`]);
  });

  it('kenes ingest of the workspace\'s inputs loads a PDF protocol found there; a scan found there is a note, named on its own an error', async () => {
    const ws = join(await tempDir(), 'ws');
    expect(await runCli(['init', ws], captureIO())).toBe(0);
    await writeFile(join(ws, 'inputs', 'members.csv'), MEMBERS);
    await mkdir(join(ws, 'inputs', 'protocols'));
    await copyFile(`${PDF}protocol-commission-ru.pdf`, join(ws, 'inputs', 'protocols', 'protocol-3.pdf'));
    await copyFile(`${PDF}scan.pdf`, join(ws, 'inputs', 'protocols', 'protocol-3-signed.pdf'));
    const io = captureIO();
    expect(await runCli(['ingest', '-w', ws], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).skipped).toEqual([
      { file: 'inputs/protocols/protocol-3-signed.pdf', reason: 'a PDF without a text layer (a scan?): kenes does not read scans' },
    ]);
    const db = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      expect(await queryRows(db, 'select source_file, count(*)::int as n from raw_attendance group by all')).toEqual([
        { source_file: 'inputs/protocols/protocol-3.pdf', n: 8 },
      ]);
    } finally {
      db.close();
    }
    const named = captureIO();
    expect(await runCli(['ingest', '-w', ws, join(ws, 'inputs', 'protocols', 'protocol-3-signed.pdf')], named)).toBe(2);
    expect(named.stderr.join('\n')).toContain('protocol-3-signed.pdf — no text layer (a scan?)');
  });
});

describe('a document converted afresh by LibreOffice, where it is installed', () => {
  // soffice with Writer (a machine with LibreOffice Calc only has soffice but converts no text document)
  const soffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore' });
      return existsSync('/usr/lib/libreoffice/program/libswlo.so');
    } catch {
      return false;
    }
  })();

  it.skipIf(!soffice)('a Kazakh protocol typed today: the PDF reads as its text', async () => {
    const dir = await tempDir();
    const text = [
      'ХАТТАМА № 7',
      'Қоғамдық кеңестің отырысы',
      '2025 жылғы 14 наурыз',
      'Қатысқандар: Әлібекова Ғалия Һадиқызы, Өтегенов Ұлан Үсенұлы, Іңкәр Қасымова.',
      'Дауыс беру нәтижесі: «Жақтап» – 12, «Қарсы» – 1, «Қалыс қалғандар» – 0.',
      '',
    ].join('\n');
    await writeFile(join(dir, 'kk.txt'), text);
    execFileSync('soffice', [await libreOfficeProfile(join(dir, 'profile')), '--headless', '--infilter=Text (encoded):UTF8,LF,,,',
      '--convert-to', 'pdf', '--outdir', dir, join(dir, 'kk.txt')], { stdio: 'ignore', timeout: LIBREOFFICE_TIMEOUT_MS });
    expect(await readDocumentText(join(dir, 'kk.pdf'))).toBe(await readFile(join(dir, 'kk.txt'), 'utf8'));
  }, LIBREOFFICE_TIMEOUT_MS + 120_000);
});
