import type { ExtractIssue, ProtocolExtract, ReportExtract } from './types.ts';

/**
 * Extracts as text for a person at a terminal (`kenes extract … ` without
 * `--json`). Pure: returns the text; the CLI prints it.
 */
export function formatProtocolSummary(x: ProtocolExtract): string {
  const out: string[] = [];
  out.push(`Protocol ${x.number ? `№ ${x.number}` : '(no number)'} of ${x.date ?? '(no date)'} — ${x.body ?? 'body not stated'}`);
  const online = x.attendees.filter((a) => a.online).length;
  out.push(`Members: ${orDash(x.members_total)} stated; present ${orDash(x.present)} stated, ${x.attendees_listed === false ? 'none' : x.attendees.length} listed; online ${orDash(x.online)} stated, ${x.attendees_listed === false ? 'none' : online} listed`);
  if (x.absentees.length > 0) {
    out.push(`Absent (${x.absentees.length}):`);
    for (const a of x.absentees) {
      const why = a.excused === true ? 'excused' : a.excused === false ? 'unexcused' : 'reason not classified';
      out.push(`  ${a.name} — ${why}${a.reason ? ` (${a.reason})` : ''}`);
    }
  }
  if (x.agenda.length > 0) {
    out.push('Agenda:');
    for (const item of x.agenda) out.push(`  ${item.no}. ${item.title}`);
  }
  out.push(`Votes (${x.votes.length}):`);
  for (const v of x.votes) {
    const counts = v.unanimous && v.for === null ? 'unanimous' : `for ${orDash(v.for)}, against ${orDash(v.against)}, abstain ${orDash(v.abstain)}${v.unanimous ? ' (unanimous)' : ''}`;
    out.push(`  line ${v.line}: ${counts} — ${v.declared ?? 'no result stated'}`);
  }
  out.push(...formatIssues(x.issues));
  return out.join('\n');
}

export function formatReportSummary(x: ReportExtract): string {
  const out: string[] = [];
  out.push(`Report for ${x.period ? `${x.period.from} … ${x.period.to}` : '(period not stated)'}`);
  out.push(`Figures (${x.figures.length}):`);
  const width = Math.max(0, ...x.figures.map((f) => f.metric.length));
  for (const f of x.figures) out.push(`  ${f.metric.padEnd(width)}  ${String(f.value).padStart(6)}   line ${f.line}`);
  // Candidates only when there are some: numbers a person must confirm before they count.
  if (x.candidates.length > 0) {
    out.push(`Candidates, not stated figures (${x.candidates.length}):`);
    const cw = Math.max(0, ...x.candidates.map((c) => c.metric.length));
    for (const c of x.candidates) out.push(`  ${c.metric.padEnd(cw)}  ${String(c.value).padStart(6)}   line ${c.line}: ${c.why}`);
  }
  if (x.media.length > 0) {
    out.push('Media:');
    for (const m of x.media) out.push(`  ${m.platform}: ${orDash(m.publications)} publications, ${orDash(m.views)} views (line ${m.line})`);
  }
  const byType = new Map<string, number>();
  for (const a of x.activities) byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
  const dated = x.activities.filter((a) => a.date_start !== null).length;
  out.push(`Activities (${x.activities.length}, ${dated} dated): ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`);
  out.push(...formatIssues(x.issues));
  return out.join('\n');
}

function formatIssues(issues: ExtractIssue[]): string[] {
  if (issues.length === 0) return ['No issues.'];
  return [`Issues (${issues.length}):`, ...issues.map((i) => `  line ${i.line}: ${i.message}`)];
}

function orDash(n: number | null): string {
  return n === null ? '—' : String(n);
}
