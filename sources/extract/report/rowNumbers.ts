/**
 * A table typed in fixed-width columns whose first column numbers its rows ("Р/с  Іс-шара   Күні   Белгі" over "1    Қоғамдық
 * кеңес отырысы (№ 5 хаттама)   15.07.2026   ✔", "3    «…» дөңгелек үстелі   20.08.2026   ✔", set 190): read as prose, each
 * row's number stood before its event's noun as a count of it ("1 … отырысы", "3 … дөңгелек үстелі"). The row numbers are
 * list numbers, never counts: blanked (spaces of their length, every column where it was). Only under a header whose first
 * cell is the numbers' column ("№", "Р/с", "п/п", "№ п/п"), apart from the next by two spaces or more, and only on the
 * rows that open with a number set apart the same way, up to the table's blank line; two such rows at least.
 */
export function withoutRowNumbers(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!NUMBERS_HEADER.test(lines[i])) continue;
    const rows: number[] = [];
    let k = i + 1;
    for (; k < lines.length && lines[k].trim() !== ''; k++) if (ROW.test(lines[k])) rows.push(k);
    if (rows.length >= 2) {
      out ??= [...lines];
      for (const r of rows) out[r] = lines[r].replace(ROW, (_, before: string, no: string) => `${before}${' '.repeat(no.length)}`);
    }
    i = k - 1;
  }
  return out ?? lines;
}

/** "Р/с   Іс-шара   Күні", "№  Мероприятие  Дата": a fixed-width header (no pipe, no tab) opening with the numbers' column. */
const NUMBERS_HEADER = /^\s*(?:№\s*п\/п|№|р\/с|п\/п)\s{2,}\p{L}[^|\t]*$/iu;
/** A row opening with its number set apart by two spaces or more: "1    Қоғамдық кеңес …", "10   «…» дөңгелек үстелі". */
const ROW = /^(\s*)(\d{1,3})(?=\s{2,}\S)/u;
