import { countOf, labelOf } from './readVoteTable.ts';

/** A value line of a vote form: a count alone ("8", "8 (сегіз)"), a dash or a word for none ("—", "жоқ", "нет"). */
function valueOf(line: string): string | null {
  const text = line.trim();
  if (text === '' || labelOf(text) !== null) return null;
  const count = countOf(text);
  return count.value !== null ? text : null;
}

/**
 * An electronic form prints a vote as its labels and values on lines of their own ("қолдайды" / "8" / "қарсы" / "—" /
 * "қалыс қалды" / "1", "За" / "12" / "Против" / "нет" …): read apart, a label has no count after it and a count no label
 * before it (a lone "—" under "қарсы" was "no count"). Two pairs or more in a row, "for" among them, each label a whole
 * vote label and each value a whole count, are joined on the first label's line ("қолдайды: 8, қарсы: —, қалыс қалды: 1");
 * the lines they took are left blank, every line kept at its number. A label with no value under it, or a value that is
 * no count, ends the run: what is not a form's pair is not read as one.
 */
export function joinVoteFormLines(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const pairs: { label: string; value: string; at: number[] }[] = [];
    const seen = new Set<string>();
    let k = i;
    for (;;) {
      const label = labelOf(out[k] ?? '');
      if (label === null || seen.has(label)) break;
      // One blank line between a label and its value at most.
      const v = (out[k + 1] ?? '').trim() === '' ? k + 2 : k + 1;
      const value = valueOf(out[v] ?? '');
      if (value === null) break;
      seen.add(label);
      pairs.push({ label: out[k].trim().replace(/[:\s]+$/u, ''), value, at: [k, v] });
      k = v + 1;
      while (k < out.length && out[k].trim() === '' && k - v <= 1) k++;
    }
    if (pairs.length < 2 || !seen.has('for')) continue;
    for (const p of pairs) for (const n of p.at) out[n] = '';
    out[i] = pairs.map((p) => `${p.label}: ${p.value}`).join(', ');
    i = pairs[pairs.length - 1].at[1];
  }
  return out;
}
