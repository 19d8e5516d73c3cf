/**
 * The council's real documents and their hand-checked figures. They are kept
 * in ../shared/examples beside the repository; a copy lives in
 * tests/fixtures/examples so the tests run from a clone anywhere (CI clones
 * beside shared/, a developer may clone into a temp folder).
 * tests/unit/examplesCopy.test.ts fails when the copy and shared/ differ.
 */
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = fileURLToPath(new URL('../fixtures/examples/', import.meta.url));
export const SHARED_EXAMPLES_DIR = fileURLToPath(new URL('../../../shared/examples/', import.meta.url));

export function examplePath(name: string): string {
  return EXAMPLES_DIR + name;
}
