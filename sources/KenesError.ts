/**
 * The one error type for expected failures: bad input, bad usage, bad config.
 * It carries a stable code that tests assert on, the exit code the CLI uses,
 * and where the problem is (file, sheet, row, column) so a user can find it.
 * Anything thrown that is not a KenesError is a bug ("Unexpected error").
 */
export interface Location {
  file?: string;
  sheet?: string;
  row?: number;
  line?: number;
  column?: string;
}

export const EXIT_USAGE = 1;
export const EXIT_DATA = 2;

export class KenesError extends Error {
  readonly code: string;
  readonly exitCode: number;
  readonly location: Location;
  readonly hint?: string;

  constructor(code: string, message: string, opts: { location?: Location; hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'KenesError';
    this.code = code;
    this.location = opts.location ?? {};
    this.hint = opts.hint;
    this.exitCode = opts.exitCode ?? EXIT_DATA;
  }

  /**
   * `file:sheet:row:column — reason. Hint: …` on one line, the form every
   * message takes, so a log or a script reading stderr gets the whole of it.
   */
  override toString(): string {
    const where = formatLocation(this.location);
    // A header cell with a line break, quoted in a message, must not make it two lines.
    const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
    const reason = oneLine(this.message);
    return oneLine(where ? `${where} — ` : '') + reason + (this.hint ? `${/[.!?]$/.test(reason) ? '' : '.'} Hint: ${oneLine(this.hint)}` : '');
  }
}

export function formatLocation(loc: Location): string {
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.sheet) parts.push(loc.sheet);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.line !== undefined) parts.push(`line ${loc.line}`);
  if (loc.column) parts.push(loc.column);
  return parts.join(':');
}
