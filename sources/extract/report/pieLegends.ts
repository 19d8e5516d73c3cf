/**
 * A pie chart's legend as a presentation exported as text gives it: one row per slice, its label, its share, its count in
 * brackets ("физические лица   86 %  (12)", "заңды тұлғалар  14 % (2)").
 *
 * The share first and the count in brackets after a number read as neither, or the share as the count. Read here first:
 * when the legend's shares are the counts' shares of their sum (each within a point of its rounding), each row becomes
 * "физические лица – 12"; a legend whose shares and counts disagree is not understood, and its rows go (their labels alone would join
 * the line above: "Обращения – 14 физические лица" read as 14 from individuals).
 * The chart's own placeholder ("[круговая диаграмма] Обращения – 14", "[диаграмма: 86 % / 14 %]") is no text: its
 * shares are no counts, and before a row's label it hides the row.
 */
export function readPieLegends(lines: string[]): string[] {
  const out = lines.map((l) => l.replace(PLACEHOLDER, (m) => ' '.repeat(m.length)));
  for (let i = 0; i < lines.length; i++) {
    const rows: { at: number; label: string; share: number; count: number }[] = [];
    for (let k = i; k < lines.length; k++) {
      const m = LEGEND_ROW.exec(out[k]);
      if (m === null) break;
      rows.push({ at: k, label: m[1].trim(), share: Number(m[2].replace(',', '.')), count: Number(m[3]) });
    }
    if (rows.length < 2) continue;
    const sum = rows.reduce((s, r) => s + r.count, 0);
    const agree = sum > 0 && rows.every((r) => Math.abs(r.share - (100 * r.count) / sum) <= 1);
    for (const r of rows) out[r.at] = agree ? `${r.label} – ${r.count}` : '';
    i = rows[rows.length - 1].at;
  }
  return out;
}

/** "физические лица   86 %  (12)": a label of words, a share in per cent, a count in brackets, nothing else. */
const LEGEND_ROW = /^\s*(?:[•▸\-–]\s*)?(\p{L}[\p{L}\s.,«»"-]*?)\s+(\d{1,3}(?:[.,]\d)?)\s*%\s*\(\s*(\d{1,5})\s*\)\s*[.;]?\s*$/u;

/** A picture's placeholder naming a chart: "[круговая диаграмма]", "[диаграмма: 86 % / 14 %]", "[дөңгелек диаграмма]". */
const PLACEHOLDER = /\[[^\]\n]{0,40}диаграмм[^\]\n]{0,60}\]/giu;
