/**
 * The period grammar of DESIGN.md: `2025`, `2025-H1`, `2025-Q3`, `2025-05`,
 * `2025-05-01..2025-12-31`, `convocation:IV`. Each period comes with the two it
 * is compared with: the one just before (same length) and the same one a year
 * earlier.
 */
import { isoDate } from '../../sources/contracts/columnTypes.ts';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import type { Config } from '../../workspace/config.ts';

export interface Period {
  id: string;
  from: string;
  to: string;
}

export interface ComparedPeriods {
  current: Period;
  previous: Period;
  yearAgo: Period;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthRange = (y: number, m1: number, m2: number) => ({ from: `${y}-${pad(m1)}-01`, to: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}` });

export function parsePeriod(text: string, config?: Pick<Config, 'convocations'>): ComparedPeriods {
  const spec = text.trim();
  let m = /^(\d{4})$/.exec(spec);
  if (m) {
    const y = +m[1];
    const year = (yy: number) => ({ id: String(yy), ...monthRange(yy, 1, 12) });
    return { current: year(y), previous: year(y - 1), yearAgo: year(y - 1) };
  }
  m = /^(\d{4})-H([12])$/i.exec(spec);
  if (m) {
    const half = (yy: number, h: number) => ({ id: `${yy}-H${h}`, ...monthRange(yy, h * 6 - 5, h * 6) });
    const [y, h] = [+m[1], +m[2]];
    return { current: half(y, h), previous: h === 1 ? half(y - 1, 2) : half(y, 1), yearAgo: half(y - 1, h) };
  }
  m = /^(\d{4})-Q([1-4])$/i.exec(spec);
  if (m) {
    const quarter = (yy: number, q: number) => ({ id: `${yy}-Q${q}`, ...monthRange(yy, q * 3 - 2, q * 3) });
    const [y, q] = [+m[1], +m[2]];
    return { current: quarter(y, q), previous: q === 1 ? quarter(y - 1, 4) : quarter(y, q - 1), yearAgo: quarter(y - 1, q) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(spec);
  if (m && +m[2] >= 1 && +m[2] <= 12) {
    const month = (yy: number, mm: number) => ({ id: `${yy}-${pad(mm)}`, ...monthRange(yy, mm, mm) });
    const [y, mo] = [+m[1], +m[2]];
    return { current: month(y, mo), previous: mo === 1 ? month(y - 1, 12) : month(y, mo - 1), yearAgo: month(y - 1, mo) };
  }
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(spec);
  if (m) return fromRange(spec, m[1], m[2]);
  m = /^convocation:(\S+)$/i.exec(spec);
  if (m) {
    const conv = config?.convocations.find((c) => c.id.toLowerCase() === m![1].toLowerCase());
    if (!conv) {
      throw new KenesError('period.unknownConvocation', `no convocation "${m[1]}" in the config`, {
        exitCode: EXIT_USAGE, hint: 'Add it to "convocations" in kenes.config.json.',
      });
    }
    return fromRange(spec, conv.from, conv.to ?? new Date().toISOString().slice(0, 10));
  }
  throw new KenesError('period.invalid', `"${text}" is not a period`, {
    exitCode: EXIT_USAGE,
    hint: 'Use 2025, 2025-H1, 2025-Q3, 2025-05, 2025-05-01..2025-12-31 or convocation:IV.',
  });
}

function fromRange(id: string, from: string, to: string): ComparedPeriods {
  const valid = (d: string) => isoDate(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10));
  if (!valid(from) || !valid(to) || from > to) {
    throw new KenesError('period.invalid', `"${id}" is not a valid date range`, { exitCode: EXIT_USAGE });
  }
  const dayMs = 86_400_000;
  const start = Date.parse(from);
  const days = (Date.parse(to) - start) / dayMs + 1;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const shiftYear = (d: string) => `${+d.slice(0, 4) - 1}${d.slice(4) === '-02-29' ? '-02-28' : d.slice(4)}`;
  const previous = { from: iso(start - days * dayMs), to: iso(start - dayMs) };
  const yearAgo = { from: shiftYear(from), to: shiftYear(to) };
  return {
    current: { id, from, to },
    previous: { id: `${previous.from}..${previous.to}`, ...previous },
    yearAgo: { id: `${yearAgo.from}..${yearAgo.to}`, ...yearAgo },
  };
}
