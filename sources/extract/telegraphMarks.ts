/**
 * A telegram's punctuation spelled as words ("СОСТАВ ОС 11 ЧЛЕНОВ ЗПТ ИЗ НИХ … 9 ЗПТ ГОССЛУЖАЩИХ 2 ТЧК", "КРУГЛЫЙ СТОЛ 1 ТИРЕ
 * 16.04 …", a telephonogram, set 194): read as the marks they stand for, so a sentence ends where "ТЧК" stands and a count
 * is never read beside a word of punctuation ("ОБРАЩЕНИЙ 5 ТЧК" is "ОБРАЩЕНИЙ 5."). Only the words in capitals, as a
 * telegraph writes them; Kazakh telegrams use the same (НҮКТЕ is a full word, not written so).
 */
export function withTelegraphMarks(line: string): string {
  if (!TELEGRAPH_WORD.test(line)) return line;
  return line.replace(TELEGRAPH_WORDS, (_m, word: string) => MARKS[word]);
}

const MARKS: Record<string, string> = { ТЧК: '.', ЗПТ: ',', ТИРЕ: ' –', ДВТЧ: ':' };
const TELEGRAPH_WORD = /(?<![\p{L}])(?:ТЧК|ЗПТ|ТИРЕ|ДВТЧ)(?![\p{L}])/u;
// The space before a stop, a comma or a colon goes with the word; a dash keeps its own.
const TELEGRAPH_WORDS = /[ \t]*(?<![\p{L}])(ТЧК|ЗПТ|ТИРЕ|ДВТЧ)(?![\p{L}])/gu;
