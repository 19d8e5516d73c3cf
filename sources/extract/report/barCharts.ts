/**
 * A bar chart a presentation or a PDF exported as text: one row per bar, its label, the bar drawn in block characters,
 * its value at the end ("Мониторинги     ██████████     5"), a bar of none drawn as nothing ("Общественные слушания    0"),
 * and under the rows the axis, its ticks alone on a line ("0    1    2    3    4    5").
 *
 * Line by line, the axis reads as a row of counts, and a row's label over the bars' notes below reads as a list's heading.
 * Read here first: when every bar's length is the same multiple of its value (the bars agree with their numbers), each row
 * becomes "Мониторинги – 5" and the axis goes; otherwise the chart is not understood, and its rows go (better unread than
 * read wrong; a label alone would join the line above).
 */
export function readBarCharts(lines: string[]): string[] {
  const out = [...lines];
  for (let axis = 0; axis < lines.length; axis++) {
    if (!isAxis(lines[axis])) continue;
    const rows: { at: number; label: string; bar: number; value: number }[] = [];
    for (let k = axis - 1; k >= 0; k--) {
      const m = BAR_ROW.exec(lines[k]);
      if (m === null) break;
      rows.unshift({ at: k, label: m[1].trim(), bar: (m[2] ?? '').length, value: Number(m[3]) });
    }
    // A chart draws bars: rows of label and number with no bar at all are a plain table's, over a line of numbers.
    if (rows.length < 2 || !rows.some((r) => r.bar > 0)) continue;
    const top = Math.max(...lines[axis].trim().split(/\s+/u).map(Number));
    const scale = rows.find((r) => r.value > 0 && r.bar > 0);
    const agree = scale !== undefined && rows.every((r) => r.value <= top && (r.value === 0 ? r.bar === 0 : Math.abs(r.bar - (r.value * scale.bar) / scale.value) < 1));
    for (const r of rows) out[r.at] = agree ? `${r.label} – ${r.value}` : '';
    out[axis] = '';
  }
  return out;
}

/** The bars' characters: full and partial blocks, shades, squares. */
const BAR = '[█▇▆▅▄▃▂▁▉▊▋▌▍▎▏■▓▒░]';
/** "Мониторинги     ██████████     5", "Общественные слушания        0": a label of words, the bar, the value. */
const BAR_ROW = new RegExp(String.raw`^\s*(\p{L}[\p{L}\s.,()«»"-]*?)\s{2,}(${BAR}+)?\s*(\d{1,4})\s*$`, 'u');

/** The axis: 0 then evenly rising ticks alone on a line ("0 1 2 3 4 5", "0   10   20   30"). */
function isAxis(line: string): boolean {
  if (!/^\s*0(?:\s+\d{1,4}){2,}\s*$/u.test(line)) return false;
  const ticks = line.trim().split(/\s+/u).map(Number);
  const step = ticks[1] - ticks[0];
  return step > 0 && ticks.every((t, i) => t === i * step);
}
