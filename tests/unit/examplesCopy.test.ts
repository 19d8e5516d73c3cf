import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, SHARED_EXAMPLES_DIR } from '../helpers/examples.ts';

describe('tests/fixtures/examples', () => {
  // Guards against testing a stale copy after shared/examples changed; skipped where shared/ is not beside the clone.
  it.skipIf(!existsSync(SHARED_EXAMPLES_DIR))('is byte for byte the council examples of ../shared/examples', () => {
    const shared = readdirSync(SHARED_EXAMPLES_DIR).sort();
    expect(readdirSync(EXAMPLES_DIR).sort()).toEqual(shared);
    for (const name of shared) {
      expect(readFileSync(EXAMPLES_DIR + name).equals(readFileSync(SHARED_EXAMPLES_DIR + name)), name).toBe(true);
    }
  });
});
