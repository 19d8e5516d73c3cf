import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import type { ProtocolAbsentee } from '../types.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { MEMBERS_HEADING } from './lexicon.ts';
import { re } from './re.ts';
import { PERSON, peopleOf } from './readAbsentSentence.ts';
import { classifyAbsence } from './splitPerson.ts';
import type { Paragraph } from './paragraphsOf.ts';

/**
 * What parts two absentees of a running paragraph: a comma, a semicolon, a full stop or a dash, "и", "а", "а также",
 * "ал", "және", "мен", "сондай-ақ" — a name after anything else ("оған хатшы Жұмабекова А.С. арқылы ескерту жасалады",
 * "по поручению Петрова П.П.") is named inside another's reason, not absent.
 */
const CLAUSE_OPENS = re(`(?:^|[,;.:–—-]|(?<![\\p{L}])(?:и|а|ал|және|мен|пен|бен|а\\s+также|сондай[-\\s]?ақ))\\s*$`, 'iu');
/** The count of absentees a heading states: "кеңестің төрт мүшесі келмеді:", "Отсутствовали 4 члена совета:", "(2 чел.)". */
const HEAD_COUNT = re(`(?<![\\p{L}\\d])(${N})\\s+(?:член[\\p{L}]*|мүше[\\p{L}]*|чел(?:\\.|овек[\\p{L}]*)?|адам)(?![\\p{L}])`, 'iu');
/** "члены совета", "кеңес мүшелері" before the first name: whose names follow, no reason. */
const MEMBERS_LEAD = re(`^\\s*(?:${MEMBERS_HEADING})\\s*[:–—-]?\\s*$`, 'iu');

/** Each name of a running paragraph not inside brackets (those are in a reason: "(по приглашению Петрова П.П.)"). */
export function namesOutsideBrackets(text: string): RegExpExecArray[] {
  const masked = text.replace(/\([^()]*\)/gu, (w) => ' '.repeat(w.length));
  return matchesOf(masked, PERSON);
}

/** The names of a paragraph that open a clause of their own: as many absentees as it tells, if it tells them. */
export function clauseNames(text: string): RegExpExecArray[] {
  const names = namesOutsideBrackets(text);
  return names.filter((m, k) => k === 0 || CLAUSE_OPENS.test(text.slice(names[k - 1].index + names[k - 1][0].length, m.index)));
}

/**
 * Absentees told in one running paragraph after their heading's colon, each name with its reason in words, in brackets
 * or after a dash, parted by commas, semicolons or "ал", "а": "Отырысқа кеңестің төрт мүшесі келмеді: Әбдіқалықов Серік
 * Жомартұлы ауырып қалғандықтан ауруханада емделуде, ал Нұрпейісова … іссапарда жүр; Дүйсенов … хабарлады, ал Кәрімов …
 * себебін хабарламады." Each name's reason is what follows it up to the next name (a name with nothing of its own shares
 * the next one's: "Ахметов Б.Б. и Ли О.В. – по болезни"). `from` is where the names start in the paragraph's text.
 * Null when unsure — a name inside another's words, words before the first name that are no reason for all, or not as
 * many names as the heading counts: then no count of absentees is stated, never a part of them.
 */
export function readAbsentParagraph(head: string, paragraph: Paragraph, from: number): ProtocolAbsentee[] | null {
  const text = paragraph.text.slice(from);
  const names = namesOutsideBrackets(text);
  if (names.length === 0 || clauseNames(text).length !== names.length) return null;
  const lead = text.slice(0, names[0].index).replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '');
  const shared = lead !== '' && classifyAbsence(lead) !== null ? lead : null;
  if (lead !== '' && shared === null && !MEMBERS_LEAD.test(lead)) return null;
  const counted = HEAD_COUNT.exec(head);
  if (counted && parseCount(counted[1]) !== names.length) return null;
  return peopleOf({ text, start: from }, names, paragraph, shared);
}
