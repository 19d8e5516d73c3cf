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
