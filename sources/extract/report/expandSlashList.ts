/**
 * A line that answers several questions at once with slashes, "4. Проведено заседаний ОС / президиума / комиссий:
 * 5 / 3 / 12 (2024 г.: 4 / 2 / 10)", read as the sentence it stands for: "4. Проведено заседаний ОС – 5, заседаний
 * президиума – 3, заседаний комиссий – 12 (2024 г.: 4 / 2 / 10)". The words before the first label's last word are
 * its head ("заседаний"), repeated before each label after it. Only when the labels are as many as the numbers, two
 * or three, each number in digits; the bracket after (another year's) is left as it is. A heading of two things
 * joined by "и" / "және" / "мен" with a pair in brackets, "5. КРУГЛЫЕ СТОЛЫ И ДИАЛОГОВЫЕ ПЛОЩАДКИ (1 / 0)", is read
 * as "5. КРУГЛЫЕ СТОЛЫ – 1, ДИАЛОГОВЫЕ ПЛОЩАДКИ – 0"; a pair under one label ("ОБРАЩЕНИЯ (14 / 13)": received and
 * answered?) says not what each number counts and stays. Any other line is returned unchanged.
 */
export function expandSlashList(line: string): string {
  // "Обращения (поступило / дан ответ) – 21 / 20": the bracket names what each number counts, read "Обращения поступило – 21,
  // дан ответ – 20" (a summary row, report/dotLeaderRows); as many names as numbers.
  const named = NAMED_PAIR.exec(line);
  if (named !== null) {
    const names = named[3].split('/').map((l) => l.trim());
    const numbers = named[4].split('/').map((v) => v.trim());
    if (names.length === numbers.length && names.every((l) => l !== '' && !/\d/u.test(l))) {
      return `${named[1]}${named[2]} ${names.map((l, k) => `${l} – ${numbers[k]}`).join(', ')}${line.slice(named[0].length)}`;
    }
  }
  const pair = BRACKET_PAIR.exec(line);
  if (pair !== null) {
    const [, opening, first, second, a, b] = pair;
    return `${opening}${first} – ${a}, ${second} – ${b}`;
  }
  const m = SLASH_LIST.exec(line);
  if (m === null) return line;
  const [whole, opening, prefix, first, rest, values] = m;
  const labels = [first, ...rest.split('/').map((l) => l.trim()).filter((l) => l !== '')];
  const numbers = values.split('/').map((v) => v.trim());
  if (labels.length !== numbers.length || labels.some((l) => /\d/u.test(l))) return line;
  const head = /([\p{L}]+)\s*$/u.exec(prefix)?.[1];
  if (head === undefined) return line;
  const parts = labels.map((label, k) => `${k === 0 ? prefix.trimEnd() : head} ${label} – ${numbers[k]}`);
  return line.slice(0, m.index) + opening + parts.join(', ') + line.slice(m.index + whole.length);
}

// The opening (a point's number), the words up to the first label, the first label (one word), the other labels
// after slashes, a colon, the numbers joined by slashes.
const SLASH_LIST = /^(\s*(?:\d{1,2}[.)]\s*)?)((?:[\p{L}]+\s+){1,4})([\p{L}]+)((?:\s*\/\s*[\p{L}]+){1,2})\s*:\s*(\d{1,4}(?:\s*\/\s*\d{1,4}){1,2})(?![\d/])/u;

// A label (up to three words) with its parts named in a bracket by slashes, a dash, as many numbers joined by slashes.
const NAMED_PAIR = /^(\s*(?:\d{1,2}[.)]\s*)?)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*\(\s*((?:[\p{L}\s-]+\/){1,2}[\p{L}\s-]+)\)\s*[-–—:]\s*(\d{1,4}(?:\s*\/\s*\d{1,4}){1,2})(?![\d/])/u;

// A heading (a point's number, up to three words, "и", up to three words) with its pair in brackets closing the line.
const BRACKET_PAIR = /^(\s*(?:\d{1,2}[.)]\s*)?)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:и|И|және|ЖӘНЕ|мен|МЕН)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*\(\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*\)\s*$/u;
