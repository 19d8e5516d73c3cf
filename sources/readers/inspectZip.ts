/**
 * What a zip file (.xlsx, .docx) would inflate to, found before anything
 * unpacks it. exceljs and mammoth inflate every part into memory, so a zip
 * bomb (a few KB that inflate to gigabytes) would exhaust memory there. This
 * reads the zip's central directory (the table of contents at its end, where
 * every entry states its uncompressed size), refuses a total above the limit,
 * and then inflates each entry as a stream, counting bytes and keeping none,
 * so an entry that lies about its size is caught too. Memory stays O(64 KB).
 *
 * Format: PKWARE APPNOTE.TXT — end of central directory record (0x06054b50),
 * its zip64 form (0x06064b50, found through the locator 0x07064b50), central
 * directory headers (0x02014b50), local file headers (0x04034b50).
 */
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { KenesError } from '../KenesError.ts';
import { megabytes } from './readLimits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipSummary {
  entries: ZipEntry[];
  uncompressedBytes: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Thrown for anything that is not a well-formed zip; the caller words it for its format. */
export class NotAZipError extends Error {}

/**
 * Reads the central directory of `bytes` and checks every entry's real size.
 * Throws NotAZipError for a damaged or truncated zip, and KenesError
 * `read.zipBomb` when the total would pass `maxUncompressedBytes`.
 */
export async function inspectZip(bytes: Buffer, file: string, maxUncompressedBytes: number): Promise<ZipSummary> {
  const entries = readCentralDirectory(bytes);
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > maxUncompressedBytes) throw zipBomb(file, maxUncompressedBytes, total);
  let inflated = 0;
  for (const entry of entries) {
    inflated += await verifyEntry(bytes, entry, maxUncompressedBytes - inflated, () => zipBomb(file, maxUncompressedBytes));
  }
  return { entries, uncompressedBytes: inflated };
}

/** Reads a file and inspects it; see inspectZip. */
export async function inspectZipFile(path: string, file: string, maxUncompressedBytes: number): Promise<ZipSummary> {
  const handle = await open(path, 'r');
  try {
    return await inspectZip(await handle.readFile(), file, maxUncompressedBytes);
  } finally {
    await handle.close();
  }
}

function zipBomb(file: string, limit: number, declared?: number): KenesError {
  const size = declared === undefined ? '' : ` (${megabytes(declared)} by its own directory)`;
  return new KenesError('read.zipBomb', `the file would unpack to more than the limit of ${megabytes(limit)}${size}`, {
    location: { file },
    hint: 'This is not an ordinary register (a workbook that size is a database export or a zip bomb). If it is genuine, raise limits.max_xlsx_uncompressed_mb in kenes.config.json.',
  });
}

export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new NotAZipError('too short to be a zip file');
  // The end record sits in the last 22 bytes plus a comment of up to 65535 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new NotAZipError('no zip directory at the end of the file (truncated or not a zip)');
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const z64 = safeNumber(buf.readBigUInt64LE(eocd - 20 + 8));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== ZIP64_EOCD) throw new NotAZipError('damaged zip64 directory');
    count = safeNumber(buf.readBigUInt64LE(z64 + 32));
    size = safeNumber(buf.readBigUInt64LE(z64 + 40));
    offset = safeNumber(buf.readBigUInt64LE(z64 + 48));
  }
  if (offset + size > buf.length) throw new NotAZipError('the zip directory points past the end of the file (truncated)');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new NotAZipError(`damaged zip directory at entry ${i + 1}`);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > buf.length) throw new NotAZipError(`damaged zip directory at entry ${i + 1}`);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    // Sizes that do not fit in 32 bits are in the zip64 extra field (id 1), in this order, only those that overflowed.
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      let q = p + 46 + nameLength;
      const extraEnd = q + extraLength;
      while (q + 4 <= extraEnd) {
        const id = buf.readUInt16LE(q);
        const len = buf.readUInt16LE(q + 2);
        if (id === 1) {
          let r = q + 4;
          const next = () => { if (r + 8 > q + 4 + len) throw new NotAZipError('damaged zip64 field'); const v = safeNumber(buf.readBigUInt64LE(r)); r += 8; return v; };
          if (uncompressedSize === 0xffffffff) uncompressedSize = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
          break;
        }
        q += 4 + len;
      }
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = end;
  }
  return entries;
}

function safeNumber(v: bigint): number {
  // Beyond 2^53 is no real file; treat it as "huge" so the size check refuses it.
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}

/** An entry's bytes as stored (compressed with `entry.method`), found through its local header. */
export function storedBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new NotAZipError(`damaged entry "${entry.name}"`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new NotAZipError(`entry "${entry.name}" is cut off (the file is truncated)`);
  return buf.subarray(start, end);
}

/** Inflates one entry without keeping it; returns its real size. */
async function verifyEntry(buf: Buffer, entry: ZipEntry, budget: number, overBudget: () => KenesError): Promise<number> {
  const stored = storedBytes(buf, entry);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new NotAZipError(`damaged entry "${entry.name}"`);
    if (entry.compressedSize > budget) throw overBudget();
    return entry.compressedSize;
  }
  if (entry.method !== 8) throw new NotAZipError(`entry "${entry.name}" uses an unsupported compression method (${entry.method})`);
  // An entry may inflate to no more than it declares, nor past what the limit leaves.
  const allowed = Math.min(entry.uncompressedSize, budget);
  return new Promise<number>((resolve, reject) => {
    let seen = 0;
    let settled = false;
    const finish = (error: Error | null, value = 0) => {
      if (settled) return;
      settled = true;
      if (error) reject(error); else resolve(value);
    };
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > allowed) {
        inflater.destroy();
        finish(seen > entry.uncompressedSize
          ? new NotAZipError(`entry "${entry.name}" inflates to more than it declares (a forged zip)`)
          : overBudget());
      }
    });
    inflater.on('error', (e) => finish(new NotAZipError(`entry "${entry.name}" is damaged (${e.message})`)));
    inflater.on('end', () => {
      if (seen !== entry.uncompressedSize) finish(new NotAZipError(`entry "${entry.name}" is damaged (size differs from the directory)`));
      else finish(null, seen);
    });
    inflater.end(stored);
  });
}
