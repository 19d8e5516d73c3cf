/**
 * Two titles of a hearing that name the one department, one of them by its abbreviation (set 146): "тұрғын үй-коммуналдық
 * шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі басшысының есебі" in the section's sentence and "ТКШ бөлімінің
 * ауыз сумен қамту жөніндегі есебін тыңдау" in the recap list; "отдела жилищно-коммунального хозяйства" and "отдела ЖКХ". The
 * department's name is the words before "бөлімі" / "басқармасы" (back to a dash, a colon or the title's start), or after
 * "отдела" / "управления"; the abbreviation's letters are the initials, in order, of the other name's words (a hyphen parts
 * words too), the first letter the first word's. Names of no abbreviation, or two different ones, are not compared here.
 */
export function sameDepartment(a: string, b: string): boolean {
  const [x, y] = [departmentName(a), departmentName(b)];
  if (x === null || y === null) return false;
  return abbreviates(x, y) || abbreviates(y, x);
}

const UPPER = /^[А-ЯЁӘҒҚҢӨҰҮІҺ]{2,6}$/u;

/** The name's words, or null when the title names no department. */
function departmentName(title: string): string[] | null {
  const kk = /(?:^|[–—:;-]\s)([^–—:;]*?)\s*«?\s*(?:бөлім|басқарма)[\p{L}]*/u.exec(title);
  const ru = /(?<![\p{L}])(?:отдел|управлени)[\p{L}]*\s+((?:[\p{L}-]+\s*){1,5})/u.exec(title);
  const name = kk?.[1] ?? ru?.[1];
  if (name === undefined) return null;
  const words = name.replace(/[«»",]/gu, ' ').split(/[\s-]+/u).filter((w) => w !== '' && !/^(?:и|және|мен|бен|пен|аудан[\p{L}]*|район[\p{L}]*|города|қала[\p{L}]*)$/iu.test(w));
  return words.length > 0 ? words : null;
}

/** `short` holds one abbreviation whose letters are the initials of `long`'s words (none an abbreviation), in order, from its first word. */
function abbreviates(short: string[], long: string[]): boolean {
  const abbreviation = short.filter((w) => UPPER.test(w));
  if (abbreviation.length !== 1 || long.some((w) => UPPER.test(w)) || long.length < abbreviation[0].length) return false;
  const letters = [...abbreviation[0].toLowerCase()];
  const initials = long.map((w) => w[0].toLowerCase());
  if (initials[0] !== letters[0]) return false;
  let k = 0;
  for (const i of initials) if (k < letters.length && i === letters[k]) k++;
  return k === letters.length;
}
