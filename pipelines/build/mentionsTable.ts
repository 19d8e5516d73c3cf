/**
 * Whether a model's SQL reads a table: the table's name as a word outside
 * comments. How the build orders models, and which of them wait for a table
 * written between them (int_name_matches, pipelines/build/resolveNames.ts).
 */
export function mentionsTable(sql: string, table: string): boolean {
  // A name of word characters is a word of the text exactly when the pattern \bname\b finds it there.
  return /^\w+$/.test(table) ? wordsOf(sql).has(table) : new RegExp(`\\b${table}\\b`).test(withoutComments(sql));
}

// Every build orders its ~80 models by asking each about every other (6,400 questions): each text's
// words are listed once, not searched for at every question.
const words = new Map<string, Set<string>>();

function wordsOf(sql: string): Set<string> {
  let found = words.get(sql);
  if (found === undefined) words.set(sql, (found = new Set(withoutComments(sql).match(/\w+/g))));
  return found;
}

function withoutComments(sql: string): string {
  return sql.replace(/--.*$/gm, '');
}
