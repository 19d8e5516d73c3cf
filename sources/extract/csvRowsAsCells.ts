import Papa from 'papaparse';

/**
 * A table pasted as a spreadsheet's or an e-document system's export (set 175): "№;ФИО;Статус;Форма участия;Примечание" over
 * "4;Сейтказина Айнур Болатовна;присутствует;онлайн;Zoom", "Вопрос;За;Против;Воздержались;Итог" over "\"Вопрос 1. Свалки;
 * рекомендации п. 1–3\";9;1;1;Принято", "Мәселе,Жақтап,Қарсы,Қалыс,Қорытынды". Its rows are read as a Word table's are, a tab
 * between cells (the quotes and doubled quotes of CSV undone by papaparse), so every table reader reads them; a row of
 * empty cells (";;;;") is a blank line. Only a run of lines that split into the same number of cells (three at least), each
 * cell short, a bare number in one of them, is such a table — a sentence's semicolons and a list of names are not; commas only where the first line is a header of words and
 * every line of the run has four cells or more. Every other line is as it was; the lines keep their numbers.
 */
export function csvRowsAsCells(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    for (const delimiter of [';', ',']) {
      const head = cellsOf(lines[i], delimiter);
      if (head === null || head.length < (delimiter === ',' ? 4 : 3) || (delimiter === ',' && !head.every((c) => /^\D*$/u.test(c) && c !== ''))) continue;
      // A video call's participants report ("Name (Original Name),User Email,Join Time,…") keeps its commas: its own reader
      // reads it (protocol/readZoomParticipants).
      if (head.some((c) => CALL_REPORT_COLUMN.test(c))) continue;
      let end = i + 1;
      while (end < lines.length && cellsOf(lines[end], delimiter)?.length === head.length) end++;
      const rows = end - i;
      // A table of data holds a bare number in a cell ("9", "13"); a decision's points typed on two lines with as many
      // semicolons ("1) …; 2) …") and a list of names a semicolon apart ("Юсупов Р.Т.; Сейiткалиева А.Б.; …;") hold words only.
      const data = lines.slice(i + 1, end).some((l) => cellsOf(l, delimiter)!.some((c) => /^\d[\d\s.,]*$/u.test(c)));
      if (rows < (delimiter === ',' ? 3 : 2) || !data) continue;
      out ??= [...lines];
      for (let k = i; k < end; k++) {
        const cells = cellsOf(lines[k], delimiter)!;
        out[k] = cells.every((c) => c === '') ? '' : cells.join('\t');
      }
      i = end - 1;
      break;
    }
  }
  return out ?? lines;
}

const CALL_REPORT_COLUMN = /^(?:user email|join time|leave time|meeting id|время входа|время выхода|адрес электронной почты)$/iu;

/** A cell longer than this is a sentence's part, not a spreadsheet's cell. */
const LONGEST_CELL = 120;

/** The line's cells split at the delimiter, CSV quoting undone; null when it is no such row. */
function cellsOf(line: string, delimiter: string): string[] | null {
  if (!line.includes(delimiter) || line.includes('\t')) return null;
  const parsed = Papa.parse<string[]>(line, { delimiter, quoteChar: '"' });
  if (parsed.errors.length > 0 || parsed.data.length !== 1) return null;
  const cells = parsed.data[0].map((c) => c.trim());
  return cells.some((c) => c.length > LONGEST_CELL) ? null : cells;
}
