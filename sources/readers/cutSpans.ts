/**
 * The XML with the given spans taken out — each replaced by what `keep` leaves of it (nothing by default). Spans may nest or
 * overlap: the outermost goes, and whatever lies inside it goes with it.
 */
export function cutSpans(xml: string, spans: [number, number][], keep: (span: string) => string = () => ''): string {
  if (spans.length === 0) return xml;
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at) continue;
    out += xml.slice(at, start) + keep(xml.slice(start, end));
    at = end;
  }
  return out + xml.slice(at);
}
