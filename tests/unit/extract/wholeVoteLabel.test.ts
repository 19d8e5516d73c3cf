import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsVoteLabel, wholeVoteLabel } from '../../../sources/extract/protocol/wholeVoteLabel.ts';

const WORDS = ['За', 'за:', 'Против', 'против.', 'Воздержались', 'Қалыс', 'қалғандар', 'Жақтап', 'Қарсы', 'Вопрос', 'повестки', 'Решение', 'Иванов', '12', '—', 'единогласно', 'заседания', 'Зал', 'Қарсылар'];

describe('vote labels, whole', () => {
  it('reads a label that is all the text, in either language', () => {
    expect(wholeVoteLabel('За')).toBe('for');
    expect(wholeVoteLabel('Против')).toBe('against');
    expect(wholeVoteLabel('Қалыс қалғандар')).toBe('abstain');
    expect(wholeVoteLabel('Заседание')).toBeNull();
  });

  it('says a line holds no label only when no run of its words is one (the header reader skips such lines)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }), (words) => {
        const spans = words.flatMap((_, i) => [1, 2, 3].map((n) => words.slice(i, i + n).join(' ').replace(/[:.]+$/u, '')));
        if (spans.some((s) => wholeVoteLabel(s) !== null)) expect(holdsVoteLabel(words.join(' ')), words.join(' ')).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(holdsVoteLabel('Вопрос повестки Иванов 12')).toBe(false);
    expect(holdsVoteLabel('Заседание Зал')).toBe(false);
  });
});
