/** The spans [open, close] of a sentence's bracket pairs, an unclosed one reaching to its end. */
export function bracketsOf(sentence: string): [number, number][] {
  const open: number[] = [];
  const pairs: [number, number][] = [];
  for (let k = 0; k < sentence.length; k++) {
    if (sentence[k] === '(') open.push(k);
    else if (sentence[k] === ')' && open.length > 0) pairs.push([open.pop()!, k]);
  }
  for (const o of open) pairs.push([o, sentence.length]);
  return pairs;
}
