/**
 * A protocol written on a form: each field a label on its own line, its value on the next ("Хаттаманың нөмірі:" / "7",
 * "Кеңес мүшелерінің жалпы саны:" / "19", "оның ішінде онлайн:" / "2"). Read line by line, the label has no number and
 * the number no label. A label ending with a colon and a value that is a number alone (perhaps "№ 7") are read as one
 * line, "Хаттаманың нөмірі: 7", in the label's place; the value's line is left blank, so every line keeps its number.
 * Only numbers are joined: a name under "Қатысқандар:" opens a list, read as it is.
 */
export function joinFormFields(lines: string[]): string[] {
  const out = [...lines];
  for (let k = 0; k + 1 < out.length; k++) {
    const label = out[k];
    const value = out[k + 1];
    if (!LABEL.test(label) || !VALUE.test(value)) continue;
    out[k] = `${label.trimEnd()} ${value.trim()}`;
    out[k + 1] = '';
    k++;
  }
  return out;
}

/** A label: words ending with a colon, short, not a table's cell (a line opening with a tab). */
const LABEL = /^(?! *\t)[^\t]{0,80}\p{L}[^\t:]*:\s*$/u;
/** A number alone: "7", "№ 7", "19". */
const VALUE = /^\s*(?:№\s*)?\d{1,4}\s*$/u;
