/** Brackets opened and not yet closed in a text: "(докл." has one, so the bracket runs on to the next line. */
export const openBrackets = (text: string): number => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
