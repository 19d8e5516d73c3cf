/**
 * The documents of the early held-out sets (2, 4, 9, 10, 11, 13, 14, 15) and set 45's Dossor whose writers left a membership
 * said not to have changed out ("Изменений в составе … не было", "құрамға өзгерістер енгізілген жоқ": "no number is
 * printed"), while every set since 18 states it 0 joined and 0 left. Since session 19 kenes reads it 0 (readStatedNone);
 * on these documents the zeros score as values their expected does not hold. Each such document is scored here with
 * exactly those zeros allowed, and no other false value.
 */
import { expect, it } from 'vitest';
import { heldOutCases, scoreHeldOutDocument } from '../../helpers/heldOutSet.ts';

const DOCUMENT = /\.(?:txt|docx|pdf)$/;
const MEMBERSHIP_ZERO = /^figure members_(?:joined|left)=0 /u;

/** The set's reports but those named, by name (no extension), for itScoresEachDocument. */
export function reportsBut(dir: string, ...names: string[]): string[] {
  return heldOutCases(dir).filter((f) => f.startsWith('report-')).map((f) => f.replace(DOCUMENT, '')).filter((n) => !names.includes(n));
}

/** One document scored with its membership zeros (`zeros`: the metrics) as its only values the expected leaves out. */
export function itScoresWithMembershipZeros(dir: string, name: string, zeros: string[], missed: string[] = []): void {
  it(`${name}: every field right but the pinned misses; the unchanged membership read 0 (${zeros.join(', ')}), which this set's writer left out`, async () => {
    const file = heldOutCases(dir).find((f) => f.replace(DOCUMENT, '') === name);
    expect(file).toBeDefined();
    const score = await scoreHeldOutDocument(dir, file as string);
    expect(score.falseFigures.filter((f) => !MEMBERSHIP_ZERO.test(f))).toEqual([]);
    expect(score.falseFigures.map((f) => f.replace(/=0 .*$/su, '').replace(/^figure /u, '')).sort()).toEqual([...zeros].sort());
    expect(score.missed.map((m) => m.replace(/:.*$/, ''))).toEqual(missed);
  });
}
