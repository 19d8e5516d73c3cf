/**
 * Whether a model's SQL reads a table: the table's name as a word outside
 * comments. How the build orders models, and which of them wait for a table
 * written between them (int_name_matches, pipelines/build/resolveNames.ts).
 */
export function mentionsTable(sql: string, table: string): boolean {
  return wordPattern(table).test(withoutComments(sql));
}

// Every build orders its ~80 models by asking each about every other (6,400 questions): each text is
// stripped of its comments once and each name's pattern made once, not at every question.
const stripped = new Map<string, string>();
const patterns = new Map<string, RegExp>();

function withoutComments(sql: string): string {
  let text = stripped.get(sql);
  if (text === undefined) stripped.set(sql, (text = sql.replace(/--.*$/gm, '')));
  return text;
}

function wordPattern(table: string): RegExp {
  let pattern = patterns.get(table);
  if (pattern === undefined) patterns.set(table, (pattern = new RegExp(`\\b${table}\\b`)));
  return pattern;
}
