import type { ProtocolExtract, ReportExtract } from '../../sources/extract/types.ts';

/**
 * An extract scored against a held-out document's expected.json (the
 * examples' format): each field right or not, and every false figure — a
 * value stated that the expected does not hold, or holds with another value.
 * A missing value is a miss, never a false figure; activity counts and dated
 * samples are fields but not figures (a list read short states nothing false).
 * A list read LONG does: events the text does not state, kept apart in
 * `readLong` (a count above the expected is also a miss of its field).
 */
export interface ExtractScore {
  right: number;
  total: number;
  /** Stated values that are not the expected ones. */
  falseFigures: string[];
  /** Expected values not stated. */
  missed: string[];
  /** Activities read that the text does not state: a type's count above the expected one. */
  readLong: string[];
  /** Activities of a type the expected does not list, where it lists some. */
  unlisted: string[];
}

type Expected = Record<string, unknown>;

export function scoreExtract(x: ProtocolExtract | ReportExtract, want: Expected): ExtractScore {
  const score: ExtractScore = { right: 0, total: 0, falseFigures: [], missed: [], readLong: [], unlisted: [] };
  const check = (field: string, w: unknown, g: unknown, isFigure = true) => {
    score.total++;
    if (JSON.stringify(w) === JSON.stringify(g)) {
      score.right++;
      return;
    }
    const stated = g !== null && g !== undefined;
    const line = `${field}: want ${JSON.stringify(w)} got ${JSON.stringify(g)}`;
    if (stated && isFigure) score.falseFigures.push(line);
    else score.missed.push(line);
  };
  if (x.kind === 'protocol') {
    for (const k of ['date', 'number', 'body', 'members_total', 'present', 'online'] as const) if (k in want) check(k, want[k], x[k]);
    // No one read as present states no number of attendees (not 0): expected absent and none listed is right.
    check('attendees', want.attendees, x.attendees_listed === false ? undefined : x.attendees.length);
    if ('attendees_online' in want) check('attendees_online', want.attendees_online, x.attendees_listed === false ? undefined : x.attendees.filter((a) => a.online).length);
    // Likewise no one read as absent, when the text does not say nobody was, states no number of absentees.
    const absent = (count: number) => (x.absentees_listed === false ? undefined : count);
    check('absentees', want.absentees, absent(x.absentees.length));
    // kenes states each absentee's kind, excused, unexcused or not known (null: the review list's "unknown"), never the two
    // counts: with an absentee of no known kind the counts of the other two are only their least, so a count that differs
    // there is a miss, not a false figure (a bare "отсутствовал" is unexcused to one writer, of no known kind to another).
    const kindOpen = x.absentees.some((a) => a.excused === null);
    if ('absentees_excused' in want) check('absentees_excused', want.absentees_excused, absent(x.absentees.filter((a) => a.excused === true).length), !kindOpen);
    if ('absentees_unexcused' in want) check('absentees_unexcused', want.absentees_unexcused, absent(x.absentees.filter((a) => a.excused === false).length), !kindOpen);
    // No item read states no number of items (not 0).
    check('agenda', want.agenda, x.agenda_listed === false ? undefined : x.agenda.length);
    const votes = (want.votes ?? []) as Record<string, unknown>[];
    check('votes.length', votes.length, x.votes.length);
    votes.forEach((v, i) => {
      for (const [k, val] of Object.entries(v)) check(`votes[${i}].${k}`, val, (x.votes[i] as unknown as Record<string, unknown> | undefined)?.[k]);
    });
    return score;
  }
  check('period', want.period, x.period);
  const figures = (want.figures ?? {}) as Record<string, number>;
  const got = Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
  for (const [m, v] of Object.entries(figures)) check(`figure ${m}`, v, got[m]);
  for (const f of x.figures) if (!(f.metric in figures)) score.falseFigures.push(`figure ${f.metric}=${f.value} (line ${f.line}) not in the expected: ${f.text.slice(0, 100)}`);
  for (const [p, fields] of Object.entries((want.media ?? {}) as Record<string, Record<string, number>>)) {
    const m = x.media.find((y) => y.platform === p) as unknown as Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(fields)) check(`media ${p}.${k}`, v, m?.[k] ?? null);
  }
  const wantMedia = (want.media ?? {}) as Record<string, Record<string, number>>;
  for (const m of x.media) {
    for (const k of ['publications', 'views'] as const) {
      if (m[k] !== null && wantMedia[m.platform]?.[k] === undefined) score.falseFigures.push(`media ${m.platform}.${k}=${m[k]} (line ${m.line}) not in the expected`);
    }
  }
  const wantActivities = (want.activities ?? {}) as Record<string, number>;
  for (const [t, n] of Object.entries(wantActivities)) check(`activities ${t}`, n, x.activities.filter((a) => a.type === t).length, false);
  const readCounts = new Map<string, number>();
  for (const a of x.activities) readCounts.set(a.type, (readCounts.get(a.type) ?? 0) + 1);
  // A type the expected does not list may be the writer's omission as well as events read that are not there (older
  // sets' writers listed only some types): kept apart as `unlisted`, to be looked at, not counted.
  for (const [t, n] of readCounts) {
    if (t in wantActivities) {
      if (n > wantActivities[t]) score.readLong.push(`activities ${t}: want ${wantActivities[t]} got ${n}`);
    } else if (want.activities !== undefined) score.unlisted.push(`activities ${t}: got ${n}`);
  }
  for (const s of (want.dated_activities_sample ?? []) as { type: string; date: string }[]) {
    check(`activity ${s.type} ${s.date}`, true, x.activities.some((a) => a.type === s.type && a.date_start === s.date), false);
  }
  return score;
}
