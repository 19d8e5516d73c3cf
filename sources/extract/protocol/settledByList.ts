import type { ExtractIssue, ProtocolExtract } from '../types.ts';
import type { StatedLines } from './readStatedCounts.ts';

/**
 * A count stated twice with two values ("Қатысқаны: 11 мүше, оның ішінде 2-еуі онлайн." above, "11 мүшесі қатысты (үшеуі
 * онлайн)" below) is settled by the protocol's own list when the list agrees with one of them: three members marked
 * "қатысты (онлайн)" in the roll make the online count 3 (set 96's convention, set 116). A list agreeing with neither, or
 * no list, leaves the chosen statement and its issue as they are. Only a list taken as those present (not withheld as
 * a piece of a list, attendees_listed); the online count only when the list is as long as those present.
 */
export function settleByList(out: ProtocolExtract, stated: StatedLines, issues: ExtractIssue[]): void {
  const listed = out.attendees.length;
  if (listed === 0 || out.attendees_listed === false) return;
  const present = stated.differing?.present;
  if (present !== undefined && out.present !== null && listed !== out.present && present.includes(listed)) {
    answer(issues, 'present', out.present, listed);
    out.present = listed;
  }
  const online = stated.differing?.online;
  const listedOnline = out.attendees.filter((a) => a.online).length;
  // The list must mark someone online and match those present: an unmarked list says nothing of who was online.
  if (online !== undefined && out.online !== null && listedOnline > 0 && listed === out.present && listedOnline !== out.online && online.includes(listedOnline)) {
    answer(issues, 'online', out.online, listedOnline);
    out.online = listedOnline;
  }
}

/** Rewrites the "stated as A (line x) and B (line y); A taken" issue to say the list settled it. */
function answer(issues: ExtractIssue[], what: string, taken: number, listed: number): void {
  const at = issues.findIndex((i) => i.message.startsWith(`${what} stated as `) && i.message.endsWith(`; ${taken} taken`));
  if (at >= 0) issues[at] = { ...issues[at], message: issues[at].message.replace(/; \d+ taken$/u, `; the list marks ${listed}, ${listed} taken`) };
}
