/**
 * A signature: a chairman's or secretary's role and the name in initials closing the line ("Комиссия төрағасы С.
 * Мұхамбетова", "Секретарь Общественного совета      А. Тулеуова", "Председатель комиссии Б. Қожахметов", "Кеңес хатшысы
 * М. Байжанова"). It closes a document: what follows it in the same file is the document's date, or another document.
 * Case matters (initials are capitals), so the pattern is no case-insensitive re(); a colon (a header's "Төраға: Ермекбаев
 * Ғалым Саматұлы") is no signature.
 */
const SIGNATURE = /^[^:]{0,80}?(?:[Пп]редседател|[Сс]екретар|[Тт]өраға|[Хх]атшы|ПРЕДСЕДАТЕЛ|СЕКРЕТАР|ТӨРАҒА|ХАТШЫ)[^:]{0,80}?[\s_](?:(?:\p{Lu}\.\s*){1,2}\p{Lu}[\p{Ll}'ʼ-]+|\p{Lu}[\p{Ll}-]+\s+(?:\p{Lu}\.\s*){1,2})\s*$/u;

/** A name in the dative, the addressee of a letter's head ("Кеңес төрағасы Ә.Н. Серікбаеваға", "Председателю … Иванову"). */
const DATIVE = /(?:ға|ге|қа|ке|ой|ому|ову|еву|ину)\s*$/u;

export function isSignatureLine(line: string): boolean {
  return SIGNATURE.test(line.trim()) && !DATIVE.test(line.trim());
}

/**
 * What may follow a signature before its document is over: its date ("02.11.2026", "2026 жылғы 5 қазан", "5 октября 2026
 * г."), the seal's "М.П.", a certification ("Выписка верна.", "Үзінді дұрыс").
 */
const AFTER_SIGNATURE = /^\s*(?:[\d./\s]+(?:г\.?|ж\.?|года|жыл[\p{L}]*)?|\d{4}\s*жылғы\s+\d{1,2}\s+\p{L}+|\d{1,2}\s+\p{L}+\s+\d{4}\s*(?:г\.?|года|ж\.?|жыл)?|(?:выписка|копия|үзінді|көшірме[\p{L}]*)\s+(?:верна|верно|дұрыс)\.?|верно\.?|дұрыс\.?|м\.\s*п\.?)\s*$/iu;

/** The first line at or after `from` past a document's closing run: blank lines, signatures, their dates and seals. */
export function pastSignatures(lines: string[], from: number): number {
  let k = from;
  while (k < lines.length && (lines[k].trim() === '' || isSignatureLine(lines[k]) || AFTER_SIGNATURE.test(lines[k]))) k++;
  return k;
}
