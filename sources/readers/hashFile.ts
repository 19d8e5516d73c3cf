/**
 * SHA-256 of a file, read through one 8 MB buffer. The bulk loader starts it
 * as DuckDB begins writing the rows into the raw table — work bound by the
 * disk, which leaves the CPU room for hashing — instead of hashing before
 * DuckDB reads the file.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

const CHUNK = 8 << 20;

export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK);
  const handle = await open(path);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}
