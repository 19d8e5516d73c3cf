/**
 * RGBA pixels to a PNG file, the compression on libuv's thread pool. resvg's
 * own `asPng()` filters and compresses on the main thread — a third of a
 * chart's cost there, while the report has other work for that thread — and
 * the JS encoders (pngjs, fast-png) filter in JavaScript on it too. Charts are
 * mostly flat colour, which deflate packs well without PNG's row filters: rows
 * go unfiltered, and deflate's level 3 gives files the size of resvg's at half
 * the time of its default level.
 */
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;

export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodePng: ${rgba.length} bytes is not ${width}×${height} RGBA`);
  // Each row: filter type 0 (none), then its pixels. One buffer, one deflate call: a stream fed row by row costs twice the time.
  // Unzeroed: every byte is written below (a picture is megabytes; zeroing them first is time for nothing).
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, RGBA, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, per-row filters, not interlaced
  const data = await deflateAsync(rows, { level: 3 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
