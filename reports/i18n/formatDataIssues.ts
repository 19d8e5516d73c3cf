/**
 * A figure's data_issues (mart_meetings, mart_votes: a list of {issue, rows}, from
 * int_data_issues) as the flag a reader sees beside it, in the report language:
 * "посещаемость неполная — не распознано имён: 1". Null when the figure has none.
 */
import type { Labels } from './ru.ts';

export function formatDataIssues(labels: Labels, value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const templates: Record<string, string> = labels.dataIssues;
  return value
    .map((entry) => {
      const { issue, rows } = (entry ?? {}) as { issue?: unknown; rows?: unknown };
      const name = String(issue ?? '');
      const n = String(Number(rows ?? 0));
      // A check added to int_data_issues before its label still shows, by its name.
      return Object.hasOwn(templates, name) ? templates[name].replace('{n}', n) : `${name}: ${n}`;
    })
    .join('; ');
}
