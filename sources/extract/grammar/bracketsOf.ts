/**
 * The spans [open, close] of a sentence's bracket pairs, an unclosed one reaching to its end. Square brackets are
 * brackets too: a letter's comparisons written "2 заседания президиума [1; 2]", "[осенью – 2; прошлой зимой – 3]".
 */
export function bracketsOf(sentence: string): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [opening, closing] of [['(', ')'], ['[', ']']]) {
    const open: number[] = [];
    for (let k = 0; k < sentence.length; k++) {
      if (sentence[k] === opening) open.push(k);
      else if (sentence[k] === closing && open.length > 0) pairs.push([open.pop()!, k]);
    }
    for (const o of open) pairs.push([o, sentence.length]);
  }
  return pairs;
}
