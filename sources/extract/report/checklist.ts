/**
 * A plan typed as a checklist ("[x] Мониторинг ИВС УП Алмалинского района – 27.10.2021", "[ ] Круглый стол … – не
 * проведен, перенесен на февраль 2022 г.", "☑ …", "☐ …", "✅ …", "❌ …"): a ticked item was done, an item left empty
 * was not. A ticked item is read as an item of a list of events ("✓ …", each typed by the words it opens with, as under
 * "Мероприятия:"); an empty one is blanked — it was not held, and its dates and numbers ("перенесен на I кв. 2022 г.")
 * are no part of the period's work. Only a block of two box lines or more; lines keep their numbers.
 */
export function readChecklists(lines: string[]): string[] {
  const out = [...lines];
  const boxed = lines.map((l) => BOX.exec(l));
  for (let i = 0; i < lines.length; i++) {
    if (boxed[i] === null) continue;
    let end = i;
    while (end + 1 < lines.length && boxed[end + 1] !== null) end++;
    if (end > i) {
      for (let k = i; k <= end; k++) {
        const m = boxed[k]!;
        out[k] = DONE.test(m[2]) ? `${m[1]}${DONE_MARK} ${m[3]}` : '';
      }
    }
    i = end;
  }
  return out;
}

/** The mark a done item of a checklist is read with: readLists types such items by the words they open with. */
export const DONE_MARK = '✓';
/** A line opening with a box: "[x]", "[X]", "[v]", "[+]", "[ ]", "[]", or a box character. */
const BOX = /^([ \t]*)(\[[ xXхХvV+✓✔]?\]|[☑☒☐✅✔✓❌✗✘⬜])[ \t]*(\S.*)$/u;
/** A ticked box: a mark in the brackets, or a ticked box character ("☒" is ticked on some keyboards, as in Word's forms). */
const DONE = /^(?:\[[xXхХvV+✓✔]\]|[☑☒✅✔✓])$/u;
