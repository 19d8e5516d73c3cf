import { tidy } from '../toLines.ts';
import type { ExtractIssue } from '../types.ts';
import { INITIALS, NAME_WORD } from './re.ts';

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
