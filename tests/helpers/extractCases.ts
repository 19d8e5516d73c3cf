/**
 * The extracts of the extractors' class tests as short, comparable values: a report of a few lines under a
 * title (the period comes from the title), its figures, candidates, media and dated activities as sorted
 * strings or a map, a protocol's votes as "for/against/abstain unanimous declared". One reading of each for
 * every test file, so a change of the extract's shape is mended here once.
 */
import { parseReport } from '../../sources/extract/parseReport.ts';
import type { ProtocolExtract, ReportExtract } from '../../sources/extract/types.ts';

export const RU_YEAR_TITLE = 'Отчет о работе Общественного совета за 2025 год';

/** A report of `text` under `title`, as a secretary's file: title, a blank line, the body. */
export function reportUnder(text: string, title = RU_YEAR_TITLE): ReportExtract {
  return parseReport(`${title}\n\n${text}\n`);
}

/** "metric=value", sorted. */
export function figureList(x: ReportExtract): string[] {
  return x.figures.map((f) => `${f.metric}=${f.value}`).sort();
}

/** metric → value. */
export function figureMap(x: ReportExtract): Record<string, number> {
  return Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
}

/** "metric=value" of the candidates, sorted. */
export function candidateList(x: ReportExtract): string[] {
  return x.candidates.map((c) => `${c.metric}=${c.value}`).sort();
}

/** "platform:publications/views", in the order read. */
export function mediaList(x: ReportExtract): string[] {
  return x.media.map((m) => `${m.platform}:${m.publications}/${m.views}`);
}

/** "type date_start", in the order read. */
export function activityList(x: ReportExtract): string[] {
  return x.activities.map((a) => `${a.type} ${a.date_start}`);
}

/** "for/against/abstain unanimous|- declared", in the order read. */
export function voteList(x: ProtocolExtract): string[] {
  return x.votes.map((v) => `${v.for}/${v.against}/${v.abstain} ${v.unanimous ? 'unanimous' : '-'} ${v.declared}`);
}
