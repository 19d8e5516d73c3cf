import { describe, expect, it } from 'vitest';
import { cyrillicFromLatin } from '../../../sources/people/cyrillicFromLatin.ts';

describe('cyrillicFromLatin', () => {
  it.each([
    ['Ivanov I.I.', 'иванов и.и.'], ['Zhumabayev', 'жумабаев'], ['Shchukin', 'щукин'], ['Khasenov', 'хасенов'], ['Tsoy', 'цой'],
    ['Sergey', 'сергей'], ['Kaisar', 'кайсар'], ['Aidosuly', 'айдосулы'], ['Yulia', 'юлия'], ['Mariia', 'мария'],
    // Kazakh Latin (2021)
    ['Qaisar', 'қайсар'], ['Natalia', 'наталия'], ['Nūrlanova Äsel', 'нұрланова әсел'], ['Ğazız', 'ғазыз'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(cyrillicFromLatin(latin)).toBe(cyrillic);
  });
});
