import type { AgendaItem, ProtocolVote } from '../types.ts';
import { AGENDA, SECTION_HEARD as HEARD } from './lexicon.ts';
import { KK_ORDINALS, RU_ORDINALS, ordinalNumber, questionSectionsOf } from './countQuestionSections.ts';
import { re } from './re.ts';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * The other headings of a question's section, alone at the start of its line (a table's row after its bar): "2. СЛУШАЛИ:",
 * "II. ТЫҢДАЛДЫ:", "Вопрос № 3", "Второй вопрос:", "По 2-му вопросу", "Бірінші мәселе:", "Күн тәртібінің екінші мәселесі
 * бойынша", "3-мәселе." Group 1 a number before the section's word, 2 a Roman one, 3 "вопрос N", 4 a Russian ordinal,
 * 5 "по N-му вопросу", 6 a Kazakh ordinal, 7 "N-мәселе".
 */
const HEADING = re(
  `^[\\s|]*(?:(\\d{1,2})\\s*[.)]\\s*(?:${HEARD})(?![\\p{L}])|([ivxі]{1,4})\\s*[.)]\\s*(?:${HEARD})(?![\\p{L}])|вопрос\\s*№?\\s*(\\d{1,2})(?!\\d|[.,]\\d)`
  + `|(${RU_ORDINALS.join('|')})[\\p{L}]*\\s+вопрос|по\\s+(\\d{1,2})[-\\s]*(?:му|ому|ему)?\\s+вопрос`
  + `|(?:күн\\s+тәртібінің\\s+)?(${KK_ORDINALS.join('|')})\\s+мәселе|(?:күн\\s+тәртібінің\\s+)?(\\d{1,2})\\s*-\\s*мәселе)`,
);
/** A section's word alone, no number before it: "СЛУШАЛИ:", "Тыңдалды:". */
const HEARD_ALONE = re(`^\\s*(?:${HEARD})(?![\\p{L}])`);
/** "Повестка дня:", "КҮН ТӘРТІБІ": the agenda's heading, alone or before its colon (not "Повестка дня утверждена"). */
const AGENDA_OPENS = re(`^\\s*${AGENDA}\\s*(?::|\\.?\\s*$)`);
const AGENDA_WORDS = re(`${AGENDA}|повестк[\\p{L}]*|күн\\s+тәртіб[\\p{L}]*`);

/** The question a line's heading numbers, or null when the line opens no numbered section. */
export function questionOfHeading(line: string): number | null {
  const m = HEADING.exec(line);
  if (m) {
    // (A Roman number typed with the Kazakh letter "І": "ІІ. ТЫҢДАЛДЫ".)
    if (m[2] !== undefined) return ROMAN.indexOf(m[2].toLowerCase().replace(/і/gu, 'i')) + 1 || null;
    const ordinal = m[4] ?? m[6];
    return ordinal !== undefined ? ordinalNumber(ordinal) : Number(m[1] ?? m[3] ?? m[5] ?? m[7]);
  }
  const section = questionSectionsOf([line.replace(/^[\s|]+/u, '')])[0];
  return section && section.no > 0 ? section.no : null;
}

interface Section { no: number | null; at: number }

/**
 * The sections of the discussion, in order: each numbered heading, each line that opens with an item's number and its
 * title's first words ("3. ӘРТҮРЛІ." under the agenda's "3. Әртүрлі."), and each "СЛУШАЛИ:" with no number that opens a
 * new section (one under "По второму вопросу" is that question's, not a section of its own). The lines of the agenda's
 * items open none ("1-мәселе: … туралы" in the agenda is an item, not its discussion).
 */
function sectionsOf(lines: string[], agenda: AgendaItem[]): Section[] {
  const agendaLines = new Set(agenda.map((a) => a.line - 1));
  const out: Section[] = [];
  let heard = true;
  // The agenda's items as read; an agenda not read, its heading's line to the first blank one.
  let inAgenda = false;
  lines.forEach((line, at) => {
    if (agendaLines.size === 0 && AGENDA_OPENS.test(line)) inAgenda = true;
    else if (line.trim() === '') inAgenda = false;
    if (inAgenda || agendaLines.has(at)) return;
    const no = questionOfHeading(line) ?? itemTitled(line, agenda);
    if (no !== null) {
      out.push({ no, at });
      heard = re(HEARD).test(line);
    } else if (HEARD_ALONE.test(line)) {
      if (!heard) heard = true;
      else out.push({ no: null, at });
    }
  });
  return out;
}

/** "3. Разное." / "2) О мониторинге детских площадок …": the item of that number whose title's first words the line repeats. */
function itemTitled(line: string, agenda: AgendaItem[]): number | null {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const m = /^\s*(\d{1,2})\s*[.)]\s*(.+)$/u.exec(line);
  if (!m) return itemRepeated(line, agenda, words);
  const item = agenda.find((a) => a.no === Number(m[1]));
  if (!item) return null;
  const title = words(item.title).slice(0, 2);
  const said = words(m[2]).slice(0, title.length);
  return title.length > 0 && title.every((w, k) => w === said[k]) ? item.no : null;
}

/**
 * "Разное. Следующее заседание …", "Әртүрлі:" with no number: a line opening with an item's whole title, closed by a stop
 * or a colon (or the line's end), opens that item's section.
 */
function itemRepeated(line: string, agenda: AgendaItem[], words: (t: string) => string[]): number | null {
  const found = agenda.filter((a) => {
    const opening = titleOpening(a.title, words);
    const at = opening !== null && mayOpenWith(line, opening.first) ? opening.pattern.exec(line) : null;
    return at !== null;
  });
  return found.length === 1 ? found[0].no : null;
}

/**
 * The pattern of a line opening with a title, and the title's first word, by the title. Every line of a protocol is
 * tried against every item's title, and a pattern of \p{L} under the i flag takes a millisecond or more to compile —
 * again after each garbage collection, which throws compiled patterns away: half of a protocol's reading. Most lines
 * open with another word (mayOpenWith), and the pattern is not run on them. Bounded: the titles are a document's words.
 */
const titleOpenings = new Map<string, { pattern: RegExp; first: string } | null>();
const TITLE_OPENINGS_SIZE = 512;
function titleOpening(title: string, words: (t: string) => string[]): { pattern: RegExp; first: string } | null {
  let opening = titleOpenings.get(title);
  if (opening === undefined) {
    const said = words(title);
    opening = said.length > 0 ? { pattern: new RegExp(`^\\s*${said.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[^\\p{L}\\d]+')}\\s*(?:[.:]|$)`, 'iu'), first: said[0] } : null;
    if (titleOpenings.size >= TITLE_OPENINGS_SIZE) titleOpenings.clear();
    titleOpenings.set(title, opening);
  }
  return opening;
}

/**
 * The letters and digits whose case-insensitive match (the i flag's simple case folding) is their upper and lower case
 * only: Latin, Russian and Kazakh. (Others fold with signs outside this set: "K" the Kelvin sign with "k", "ᲀ" with "в".)
 * Each folds with letters or digits only, so none matches [^\p{L}\d] nor \s, "." or ":".
 */
const PLAIN = new Set('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘәҒғҚқҢңӨөҰұҮүҺһІі');
/** Signs with no case, matched under the i flag by themselves only: ASCII's (no letter or digit), the dashes, quotes, "№", a table's lines. */
const CASELESS = new Set(`${String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, k) => 0x20 + k)).replace(/[\dA-Za-z]/gu, '')}№«»“”„–—…•·${String.fromCharCode(...Array.from({ length: 0x80 }, (_, k) => 0x2500 + k))}`);
/**
 * Whether a line may open with a title's first word under the i flag, its white space skipped (trimStart skips what \s
 * matches), the word ending there: false only where a PLAIN letter of the word stands against a CASELESS sign or a PLAIN
 * letter of another lower case, or where a PLAIN letter follows the word — exact, so the title's pattern need not run there.
 */
function mayOpenWith(line: string, word: string): boolean {
  const rest = line.trimStart();
  for (let k = 0; k < word.length; k++) {
    const [a, b] = [rest[k], word[k]];
    if (a === undefined) return false;
    if (!PLAIN.has(b)) return true;
    if (CASELESS.has(a)) return false;
    if (!PLAIN.has(a)) return true;
    if (a.toLowerCase() !== b.toLowerCase()) return false;
  }
  return !PLAIN.has(rest[word.length] ?? '');
}

/** "1 16 0 0 …", "2. План работы … 8 0 0", "1а) …": a row of a table or list of votes, its own number first. */
const ROW_NUMBER = /^\s*\|?\s*\d{1,2}\s*\p{Ll}?\s*[.)|\s]/u;
/** A vote's line that opens with the agenda's words: "Повестка дня утверждена: за – 10 …", "Күн тәртібі бекітілді, жақтап – 9". */
const OPENS_WITH_AGENDA = re(`^[\\s|]*(?:${AGENDA}|повестк[\\p{L}]*|күн\\s+тәртіб[\\p{L}]*)(?![\\p{L}])`);

/**
 * The agenda's vote told in a sentence and a closing table's row numbered as a question ("1. Обеспеченность педагогами |
 * 10 | 0 | 0 | принято") are two votes, even with the same counts: the table's rows are the questions', and the agenda's
 * vote, paired with the first of them, was dropped (set 156). A row that names the agenda ("1. Повестка дня | 10 | 0 | 0")
 * may be the same.
 */
export function agendaVoteAndQuestionRow(told: string, row: string): boolean {
  return OPENS_WITH_AGENDA.test(told) && ROW_NUMBER.test(row) && !AGENDA_WORDS.test(row);
}

/**
 * The agenda question each vote is on, as the text tells it — set as the vote's `item`, left absent where it does not:
 * - a vote whose own line names its question (a summary's row "2-мәселе – 14 / 0 / 1", "Вопрос 3: за – 9 …") is that one's;
 * - a vote in a numbered section ("По первому вопросу", "2. СЛУШАЛИ:", "Бірінші мәселе бойынша", "По вопросу № 3") is its
 *   question's, however many votes the section holds (an agenda vote and a decision, an amendment and the decision) —
 *   when the section is known to end where the next question's begins: the next section is the next question, or it is
 *   the agenda's last (after "По первому вопросу" and "По третьему", a vote may be the second's, its heading not read);
 * - sections headed by "СЛУШАЛИ:" alone are the questions in order only when there are as many as the agenda's items and
 *   the numbered ones among them stand in their place;
 * - a vote before the first section that speaks of the agenda ("Повестка дня утверждена единогласно", "Күн тәртібі
 *   бекітілді") is the agenda's own: item 0;
 * - sections whose numbers go back ("3." after "2." after "3.") are no one reading: no vote is placed by them, nor votes
 *   in a section that holds a table of votes (several on one line, or rows each with its own number: the table's rows
 *   are its own, and which vote is the section's is not told).
 * The order of the votes is never a question's number: a vote missed or read twice would move every later one.
 */
export function markVoteQuestions(lines: string[], votes: ProtocolVote[], agenda: AgendaItem[]): void {
  const sections = sectionsOf(lines, agenda);
  const numbered = sections.filter((s) => s.no !== null).map((s) => s.no!);
  const ordered = numbered.every((n, k) => k === 0 || n >= numbered[k - 1]);
  const inOrder = sections.length > 0 && sections.length === agenda.length && sections.every((s, k) => s.no === null || s.no === k + 1);
  const numbers = sections.map((s, k) => s.no ?? (inOrder ? k + 1 : null));
  // A section's end is known: the next section with another number is the next question, or none follows the last item.
  const closed = numbers.map((no, k) => {
    if (no === null) return false;
    const next = numbers.slice(k + 1).find((n) => n !== no);
    return next === undefined ? numbers.slice(k + 1).every((n) => n === no) && agenda.length > 0 && no === Math.max(...agenda.map((a) => a.no)) : next === no + 1;
  });
  const sameLine = new Map<number, number>();
  for (const v of votes) sameLine.set(v.line, (sameLine.get(v.line) ?? 0) + 1);
  const sectionOf = (at: number) => {
    let k = -1;
    for (let s = 0; s < sections.length && sections[s].at <= at; s++) k = s;
    return k;
  };
  const agendaLines = new Set(agenda.map((a) => a.line - 1));
  const rows = new Map<number, number>();
  for (const v of votes) if (ROW_NUMBER.test(v.text)) rows.set(sectionOf(v.line - 1), (rows.get(sectionOf(v.line - 1)) ?? 0) + 1);
  for (const v of votes) {
    delete v.item;
    const at = v.line - 1;
    const own = questionOfHeading(lines[at] ?? '');
    if (own !== null && (sameLine.get(v.line) ?? 0) === 1) {
      v.item = own;
      continue;
    }
    if (!ordered || (sameLine.get(v.line) ?? 0) > 1) continue;
    const k = sectionOf(at);
    if (k < 0) {
      // The agenda's heading ("Повестка дня:") and its items above the vote say nothing of what was voted: a vote under a
      // one-item agenda may be that item's decision. Only a sentence about the agenda is ("Повестка дня утверждена").
      const before = lines.slice(Math.max(0, at - 2), at + 1).filter((l, k) => !AGENDA_OPENS.test(l) && !agendaLines.has(Math.max(0, at - 2) + k)).join(' ');
      if (AGENDA_WORDS.test(before) || AGENDA_WORDS.test(v.text)) v.item = 0;
      continue;
    }
    // (A table's rows in a section: which of its votes are the section's own, which the others', is not told.)
    if ((rows.get(k) ?? 0) >= 2) continue;
    if (closed[k]) v.item = numbers[k]!;
  }
}
