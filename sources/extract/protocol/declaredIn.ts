import type { VoteDeclared } from '../types.ts';
import { RESULT_ADOPTED, RESULT_REJECTED } from './lexicon.ts';
import { re } from './re.ts';

/** The result a text declares: the negative forms first ("не принято" holds "принято"); null when it declares none. */
export function declaredIn(text: string): VoteDeclared | null {
  if (re(RESULT_REJECTED).test(text)) return 'rejected';
  if (re(RESULT_ADOPTED).test(text)) return 'adopted';
  return null;
}
