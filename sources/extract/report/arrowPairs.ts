import { parseCount } from '../parseCount.ts';

/**
 * A row's value given as a change, the year before first: "Совет ........ 6 → 7 (▲1)", "Кеңес отырыстары …… 6 → 7 (▲1)",
 * "Telegram ...... 66 → 84". The number after the arrow is the period's; the one before it (the year before) and the
 * change in brackets never are. Returns the line with its tail "6 → 7 (▲1) ¹" cut to "7", or the line as it was when
 * its tail is no such pair: both sides years ("2024 → 2025", a heading of columns), or a change that does not agree with
 * the two numbers ("6 → 7 (▲3)": a layout not understood, better unread than read wrong).
 */
export function keepArrowCurrent(line: string): string {
  const m = ARROW_TAIL.exec(line);
  if (m === null) return line;
  const before = parseCount(m[2])!;
  const after = parseCount(m[3])!;
  if (YEAR.test(m[2]) && YEAR.test(m[3])) return line;
  if (m[4] !== undefined && !agrees(m[4], before, after)) return line;
  return `${line.slice(0, m.index)}${m[1]}${m[3]}`;
}

const N = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,4}`;
/** The change in brackets: "(▲2)", "(▼1)", "(=)", "(+2)", "(-1)", "(↑2)". */
const CHANGE = String.raw`\(\s*([▲▼△▽↑↓+\-−–]\s*\d+|=|0)\s*\)`;
/** Footnote marks after the row ("¹", "²", "*"): no part of its value. */
const MARKS = String.raw`(?:[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰*]+)?`;
const ARROW_TAIL = new RegExp(String.raw`([.·•…_\s])(${N})[ \t]*(?:→|->|⟶)[ \t]*(${N})(?:[ \t]*${CHANGE})?${MARKS}[ \t]*$`, 'u');
const YEAR = /^(?:19|20)\d{2}$/u;

function agrees(change: string, before: number, after: number): boolean {
  const sign = change.replace(/\s/gu, '')[0];
  const n = Number(change.replace(/\D/gu, '') || '0');
  if (sign === '=' || change.trim() === '0') return before === after;
  if ('▲△↑+'.includes(sign)) return after - before === n;
  return before - after === n;
}
