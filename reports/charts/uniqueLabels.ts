/**
 * The text shown for each bar on a chart axis. Charts group bars by this text,
 * so two namesakes (two members called the same, two meetings on one day)
 * would silently become one bar; when a text repeats, its id is added.
 */
export function uniqueLabels(texts: string[], ids: unknown[]): string[] {
  const count = new Map<string, number>();
  for (const t of texts) count.set(t, (count.get(t) ?? 0) + 1);
  return texts.map((t, i) => ((count.get(t) ?? 0) > 1 ? `${t} (${String(ids[i])})` : t));
}

export function memberLabels(rows: Record<string, unknown>[]): string[] {
  return uniqueLabels(
    rows.map((r) => String(r.full_name ?? r.member_id ?? '')),
    rows.map((r) => r.member_id),
  );
}
