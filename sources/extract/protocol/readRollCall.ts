import { tidy } from '../toLines.ts';
import type { ExtractIssue } from '../types.ts';
import { VOTE_NONE } from './lexicon.ts';
import { INITIALS, NAME_WORD, SURNAME_INITIALS, re } from './re.ts';

/** A roll-call vote: how many lines said each choice, and the lines it takes. */
export interface RollCall {
  start: number;
  end: number;
  for: number;
  against: number;
  abstain: number;
  text: string;
  /** Who voted, as the lines name them. */
  names: string[];
}

const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${INITIALS})){0,2}`;
/** One choice, nothing else: "за", "«против»", "воздержалась", "қолдады", "қарсы", "қалыс қалды". */
const CHOICES: [keyof Pick<RollCall, 'for' | 'against' | 'abstain'>, string][] = [
  ['for', 'за|жақтады|жақтап|қолдады|қолдап|иә'],
  ['against', 'против|қарсы|карсы'],
  ['abstain', 'воздержал(?:ся|ась|ись)|воздерж\\.|қалыс(?:\\s+қалды)?|калыс(?:\\s+калды)?'],
];
/**
 * "  3) Абдрахманов Е.Б. – за", "Bekturganova A.: против;", "  Громов П.Н. ............ воздержался" (dots leading to the
 * choice): one member, one choice.
 */
const MEMBER_CHOICE = new RegExp(
  `^\\s*(?:\\d{1,3}\\s*[.)]\\s*)?(${NAME})\\s*(?:[-–—:]|\\.{3,}|…+)\\s*[«"“]?\\s*(${CHOICES.map(([, c]) => c).join('|')})\\s*[»"”]?\\s*[.;,]?\\s*$`,
  'u',
);
/** A line opening like a member's vote ("Иванов И.И. – не голосовал", "Петров П.П. – вышел"); a surname and a name or initials, so "РЕШИЛИ: …", "Итого: …" are not, whatever follows. */
const MEMBER_DASH = new RegExp(`^\\s*(?:\\d{1,3}\\s*[.)]\\s*)?${NAME_WORD}\\s+(?:${NAME_WORD}|${INITIALS})\\s*(?:[-–—:]|\\.{3,}|…+)\\s*\\S`, 'u');
const MIN_MEMBERS = 3;

/**
 * Votes by roll call ("Поимённое голосование:" / "Иванов И.И. – за" / "Петров П.П. – против" …): each line one member
 * and one choice. The counts are those of the list as given — read only when the list is whole: under a heading that
 * ends with a colon, every line of it one member with one choice, and no member's line after it that says something
 * else ("Сидоров С.С. – не голосовал" would leave the count in doubt). A list that breaks that rule is an issue, no vote.
 */
export function readRollCalls(lines: string[], issues: ExtractIssue[]): RollCall[] {
  const calls: RollCall[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!MEMBER_CHOICE.test(lines[i])) continue;
    let end = i;
    while (end + 1 < lines.length && MEMBER_CHOICE.test(lines[end + 1])) end++;
    const first = i;
    i = end;
    if (end - first + 1 < MIN_MEMBERS) continue;
    const above = lines.slice(0, first).reverse().find((l) => l.trim() !== '') ?? '';
    const below = lines[end + 1] ?? '';
    if (!/:\s*$/.test(above) || MEMBER_DASH.test(below)) {
      issues.push({ line: first + 1, message: `vote: a roll call of ${end - first + 1} members not counted: ${/:\s*$/.test(above) ? `"${tidy(below).slice(0, 60)}" after it` : 'no heading above it'}` });
      continue;
    }
    const call: RollCall = { start: first, end, for: 0, against: 0, abstain: 0, text: tidy(above).slice(0, 300), names: [] };
    const names = new Set<string>();
    for (let k = first; k <= end; k++) {
      const m = MEMBER_CHOICE.exec(lines[k])!;
      names.add(tidy(m[1]).toLowerCase());
      call.names.push(tidy(m[1]));
      const [category] = CHOICES.find(([, c]) => new RegExp(`^(?:${c})$`, 'iu').test(tidy(m[2])))!;
      call[category]++;
    }
    // A member twice is no roll call one can count.
    if (names.size !== end - first + 1) {
      issues.push({ line: first + 1, message: 'vote: a roll call names a member twice; not counted' });
      continue;
    }
    calls.push(call);
  }
  return calls;
}

/** A vote told as the names under each label: how many each label names, the lines it takes, and the names. */
export interface NameListVote extends RollCall {
  /** Counts written beside the labels or the names ("За (10):", "(9 чел.)"), where given. */
  stated: { for: number | null; against: number | null; abstain: number | null };
}

/**
 * A label opening a line (after "ГОЛОСОВАЛИ:" / "Дауыс беру:"), in one language or both ("Жақ / За:"): "За:", "За (10):",
 * "за –", "Против:", "Воздержались:", "воздержался –", "Жақ:", "Жақтағандар:", "Қарсы:", "Қалыс:", "Қалыс қалғандар:".
 */
const LIST_LABELS: [keyof Pick<RollCall, 'for' | 'against' | 'abstain'>, string][] = [
  ['for', 'за|жақ|жақтап|жақтады|жақтағандар|қолдағандар|иә'],
  ['against', 'против|қарсы|қарсылар|қарсы\\s+болғандар|карсы'],
  ['abstain', 'воздержал(?:ся|ась|ись)|воздержавши(?:еся|хся)|қалыс(?:\\s+қалды|\\s+қалғандар)?|калыс'],
];
const ONE_LABEL = LIST_LABELS.map(([, l]) => l).join('|');
/** A count beside the label: "За (10):", "Против (0): –". */
const LABEL_LINE = new RegExp(
  `^\\s*(?:(?:голосовали|проголосовали|дауыс\\s+беру|дауыс\\s+берді)\\s*:\\s*)?(${ONE_LABEL})(?:\\s*/\\s*(${ONE_LABEL}))?\\s*(?:\\(\\s*(\\d{1,3})\\s*\\))?\\s*[:\\-–—]\\s*(.*)$`,
  'iu',
);
/** A label with none after it: "нет", "жоқ", "–", or the lexicon's words of a vote with none ("никто", "болған жоқ", "ешкім"), a stop after it. */
const NONE_NAMED = re(`^(?:нет|жоқ|жок|[-–—]|${VOTE_NONE})\\s*[.;,]?\\s*$`);
/** A name in a list: "Исенова Г.Т.", "Г.Т. Исенова", "Сейітов Нұрлан Қайратұлы", "Ким В.А. (онлайн)". */
const LISTED_NAME = new RegExp(`^(?:${SURNAME_INITIALS}|${NAME_WORD}\\s+${NAME_WORD}\\s+${NAME_WORD})(?:\\s*\\([^()\\d]{1,30}\\))?$`, 'u');
/** What may close a list: its count ("(9 чел.)", "(1)", "– 9 человек") and its stop. */
const LIST_COUNT = /\s*(?:\(\s*(\d{1,3})\s*(?:чел\.?|человек[а]?|адам|мүше)?\s*\)|[-–—]\s*(\d{1,3})\s*(?:чел\.?|человек[а]?|адам|мүше)?)\s*[.;,]?\s*$/iu;

/** The names of a list's text, or null when any part of it is no name. */
function namesOf(text: string): string[] | null {
  const parts = text.replace(/[.;,]\s*$/u, '').split(/\s*[,;]\s*/u).map((p) => tidy(p)).filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => !LISTED_NAME.test(p))) return null;
  return parts.map((p) => p.replace(/\s*\([^()]*\)$/u, ''));
}

function categoryOf(label: string): keyof Pick<RollCall, 'for' | 'against' | 'abstain'> {
  return LIST_LABELS.find(([, l]) => new RegExp(`^(?:${l})$`, 'iu').test(tidy(label)))![0];
}

/**
 * Votes told by name: under "За:", "Против:", "Воздержались:" (or "Жақ:", "Қарсы:", "Қалыс:", or both languages' labels,
 * "Жақ / За:") the names of those who voted so, on the label's line and the lines that go on with it; a label of none has
 * "нет", "жоқ" or a dash. The counts are the numbers of names — taken only when the text names EVERY voter of the vote: all
 * three labels, one after the other, each with names only or none (one not understood, "За: большинство", leaves the block
 * to the other readers), and no one named twice. A count written beside a label or after its names ("За (10):", "(9
 * чел.)") must be the number of its names: if not, the block says two things and gives no counts (an issue).
 */
export function readNameLists(lines: string[], issues: ExtractIssue[]): NameListVote[] {
  const votes: NameListVote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const blocks: { category: keyof Pick<RollCall, 'for' | 'against' | 'abstain'>; text: string; stated: number | null }[] = [];
    let k = i;
    let end = i - 1;
    while (k < lines.length && blocks.length < 3) {
      const m = LABEL_LINE.exec(lines[k]);
      if (!m) break;
      const category = categoryOf(m[1]);
      if (m[2] !== undefined && categoryOf(m[2]) !== category) break;
      let text = m[4];
      let j = k + 1;
      // The names go on over the next lines: a line that opens with no label and holds names only.
      while (j < lines.length && lines[j].trim() !== '' && !LABEL_LINE.exec(lines[j]) && namesOf(lines[j].replace(LIST_COUNT, '')) !== null && /,\s*$/u.test(text.trim())) {
        text = `${text.trim()} ${lines[j].trim()}`;
        j++;
      }
      const count = LIST_COUNT.exec(text);
      const stated = m[3] !== undefined ? Number(m[3]) : count ? Number(count[1] ?? count[2]) : null;
      blocks.push({ category, text: count ? text.slice(0, count.index) : text, stated });
      end = j - 1;
      k = j;
    }
    if (blocks.length < 3 || new Set(blocks.map((b) => b.category)).size !== 3) continue;
    const vote: NameListVote = { start: i, end, for: 0, against: 0, abstain: 0, text: tidy(lines.slice(i, end + 1).join(' ')).slice(0, 300), names: [], stated: { for: null, against: null, abstain: null } };
    let understood = true;
    for (const b of blocks) {
      const names = NONE_NAMED.test(b.text.trim()) ? [] : namesOf(b.text);
      if (names === null) {
        understood = false;
        break;
      }
      vote[b.category] = names.length;
      vote.names.push(...names);
      vote.stated[b.category] = b.stated;
    }
    i = end;
    if (!understood) continue;
    if (new Set(vote.names.map((n) => n.toLowerCase())).size !== vote.names.length) {
      issues.push({ line: vote.start + 1, message: 'vote: a list of names by label names a member twice; not counted' });
      continue;
    }
    const differs = (['for', 'against', 'abstain'] as const).find((c) => vote.stated[c] !== null && vote.stated[c] !== vote[c]);
    if (differs) {
      issues.push({ line: vote.start + 1, message: `vote: "${differs}" names ${vote[differs]}, its count says ${vote.stated[differs]}; not counted` });
      continue;
    }
    votes.push(vote);
  }
  return votes;
}
