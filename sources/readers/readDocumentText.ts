import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { KenesError } from '../KenesError.ts';
import { decodeText } from './decodeText.ts';
import { docxHtmlToText } from './docxHtmlToText.ts';
import { inspectZip, NotAZipError } from './inspectZip.ts';
import { readPdfText } from './readPdfText.ts';
import { withoutHiddenRuns } from './withoutHiddenRuns.ts';
import { withoutPlaceholders } from './withoutPlaceholders.ts';
import { checkFileSize, DEFAULT_LIMITS, type ReadLimits } from './readLimits.ts';

/**
 * The text of a protocol or report: `.txt` in UTF-8 (with or without BOM),
 * UTF-16 with a BOM, or Windows-1251; `.docx` through mammoth; `.pdf` with a
 * text layer (readPdfText: a scan is refused). Line endings
 * become `\n`, so the line numbers in extracts are the lines of this text.
 * Throws KenesError `extract.unreadable` for any file it cannot read; a PDF
 * it will not read says why in its own code (`extract.pdfNoText` for a scan,
 * `extract.pdfEncrypted`, `extract.pdfDamaged`, `extract.pdfRotated`).
 */
export async function readDocumentText(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<string> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext !== '.txt' && ext !== '.docx' && ext !== '.pdf') {
    throw new KenesError('extract.unreadable', `cannot read "${ext || 'no extension'}" documents`, {
      location: { file },
      hint: 'Save the document as .docx, as PDF, or as plain text (.txt).',
      exitCode: 1,
    });
  }
  let bytes: Buffer;
  try {
    await checkFileSize(path, file, limits);
    bytes = await readFile(path);
  } catch (cause) {
    if (cause instanceof KenesError) throw cause;
    throw new KenesError('extract.unreadable', `cannot open the file: ${(cause as Error).message}`, {
      location: { file },
      cause,
    });
  }
  if (ext === '.docx') {
    // mammoth inflates every part in memory: a zip bomb must stop here (see inspectZip).
    await inspectZip(bytes, file, limits.max_xlsx_uncompressed_mb * 1_000_000).catch((cause) => {
      if (!(cause instanceof NotAZipError)) throw cause;
      throw new KenesError('extract.unreadable', `not a readable .docx file: ${cause.message}`, {
        location: { file }, hint: 'Open it in Word and save it again as .docx (not .doc).', cause,
      });
    });
    return readDocx(bytes, file);
  }
  if (ext === '.pdf') return readPdfText(bytes, file, limits);
  try {
    return decodeText(bytes, file);
  } catch (cause) {
    // decodeText refuses binary data (a .doc renamed to .txt, say); for a
    // document that is the same failure as any other unreadable file.
    const message = cause instanceof KenesError ? cause.message : String(cause);
    throw new KenesError('extract.unreadable', message, { location: { file }, hint: cause instanceof KenesError ? cause.hint : undefined, cause });
  }
}

async function readDocx(bytes: Buffer, file: string): Promise<string> {
  let raw: string;
  try {
    raw = docxHtmlToText((await mammoth.convertToHtml({ buffer: await shownDocx(bytes) }, { ignoreEmptyParagraphs: false })).value);
  } catch (cause) {
    throw new KenesError('extract.unreadable', `not a readable .docx file: ${(cause as Error).message}`, {
      location: { file },
      hint: 'Open it in Word and save it again as .docx (not .doc).',
      cause,
    });
  }
  return raw.replace(/\r\n?/g, '\n');
}

/**
 * The .docx as Word shows and prints it once its changes are accepted: mammoth already drops tracked deletions (w:del),
 * keeps insertions (w:ins) and leaves comments out; hidden text (w:vanish) it would read, so it is taken out of the parts
 * mammoth reads (withoutHiddenRuns); so is a content control's placeholder prompt (withoutPlaceholders). A file with
 * neither is read as it is.
 */
async function shownDocx(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/[^/]+\.xml$/u.test(name) || name === 'word/styles.xml') continue;
    const xml = await zip.file(name)!.async('string');
    const shown = withoutPlaceholders(withoutHiddenRuns(xml, styles));
    if (shown === xml) continue;
    zip.file(name, shown);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }) : bytes;
}
