/**
 * Whether a model's SQL reads a table: the table's name as a word outside
 * comments. How the build orders models, and which of them wait for a table
 * written between them (int_name_matches, pipelines/build/resolveNames.ts).
 */
export function mentionsTable(sql: string, table: string): boolean {
  return new RegExp(`\\b${table}\\b`).test(sql.replace(/--.*$/gm, ''));
}
