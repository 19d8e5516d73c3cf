import { chatStampOf } from './protocol/withoutChatStamps.ts';

/**
 * A report posted in a chat (a WhatsApp export, "03.11.2026, 09:44 - Name: …", or "[03.11.2026, 09:44] Name: …") is one
 * message of many; a later message may correct it ("Ақмарал, хаттар 5 емес, 6 жіберілді", "мониторингов не 4, а 5"), as an
 * errata does, without an errata's word. The lines of the messages after the report's (the longest message, the one that
 * states the figures) are returned: correctedCounts reads their "N емес, M" / "не N, а M" as corrections of the report
 * above. A message before the report, or a text with no chat stamps, gives none.
 */
export function laterChatMessages(lines: string[]): Set<number> {
  const stampOf = chatStampOf(lines);
  const starts = lines.flatMap((l, k) => (stampOf(l) !== null ? [k] : []));
  if (starts.length < 2) return new Set();
  const ends = starts.map((s, i) => starts[i + 1] ?? lines.length);
  const longest = starts.reduce((best, s, i) => (ends[i] - s > ends[best] - starts[best] ? i : best), 0);
  return new Set(starts.slice(longest + 1).flatMap((s, i) => lines.slice(s, ends[longest + 1 + i]).map((_, j) => s + j)));
}
