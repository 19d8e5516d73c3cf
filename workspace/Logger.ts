/** Where library code reports progress; the CLI decides how (or whether) to print. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {} };
