import { fileURLToPath } from 'node:url';

/** Folders shipped with kenes, found from this file so kenes runs from any directory. */
export const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));
export const SQL_DIR = fileURLToPath(new URL('../sql', import.meta.url));
export const SAMPLE_DIR = fileURLToPath(new URL('../sources/sample/workspace', import.meta.url));
export const REFERENCE_DIR = fileURLToPath(new URL('../sources/reference', import.meta.url));
