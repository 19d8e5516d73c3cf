import { KenesError } from '../../sources/KenesError.ts';

/** The KenesError `work` throws; a test fails if it throws anything else, or nothing. */
export function kenesErrorOf(work: () => unknown): KenesError {
  try {
    work();
  } catch (error) {
    if (error instanceof KenesError) return error;
    throw error;
  }
  throw new Error('expected a KenesError, and nothing was thrown');
}
