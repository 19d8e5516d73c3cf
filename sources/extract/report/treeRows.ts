/**
 * Figures drawn as a tree ("├── Отырыстар: барлығы 33", "│   ├── Кеңес отырыстары: 5", "│   └── төралқа: 2"):
 * each branch rewritten as a dot-leader row set in by its depth ("    Кеңес отырыстары ........ 5"), so readDotLeaders
 * reads a child as a part of its parent, as it reads rows set in under a total. A branch with no number ("├── Бақылау")
 * becomes its bare label, and so does a total ("барлығы 33") with branches under it (a sum of kinds, no metric). Returns the line as it was when it is no branch.
 */
export function treeBranchAsRow(line: string, next = ''): string {
  const m = BRANCH.exec(line);
  if (m === null) return line;
  const indent = ' '.repeat(m[1].length + 4);
  const value = VALUE.exec(m[2]);
  // A branch told as a total ("Отырыстар: барлығы 33") with branches under it: the sum of different things (the
  // council's, the presidium's and the commissions' meetings), no metric of its own; its label alone heads them.
  const child = BRANCH.exec(next);
  if (value === null || (value[2] !== undefined && child !== null && child[1].length > m[1].length)) return `${indent}${(value?.[1] ?? m[2]).trim()}`;
  const total = value[2] !== undefined ? `, ${value[2].toLowerCase()}` : '';
  return `${indent}${value[1].trim()}${total} ........ ${value[3]}${value[4] ?? ''}`;
}

/** The tree's glyphs before the branch: "│   ├── ", "    └── ". */
const BRANCH = /^([│| \t]*)[├└]──+\s*(.*)$/u;
/** "label: 21 мүше", "label: барлығы 33", "label: 2 (Жаңаөзен, Бейнеу)". */
const VALUE = /^([^:]*\p{L}[^:]*):\s*(?:(барлығы|всего|итого|жиыны)\s+)?(\d{1,4})((?:\s+\p{L}+)?(?:\s*\([^()]*\))?)\s*$/iu;
