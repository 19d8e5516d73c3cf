import type { ProtocolExtract, ProtocolVote } from '../types.ts';
import { declaredIn } from './declaredIn.ts';
import { OTHER_BODY_STATUS } from './lexicon.ts';
import { LIST_NO, re } from './re.ts';
import { looksLikePersonLine } from './splitPerson.ts';

/**
 * "ПРОТОКОЛ № 4 совместного заседания с Общественным советом при …", "… бірлескен отырысының хаттамасы": a meeting of two
 * (or more) councils, whose attendance lists name the members of each — the sum is no council's attendance.
 */
export function isJointMeeting(lines: string[]): boolean {
  return JOINT.test(headOf(lines));
}

/**
 * A joint sitting with a maslikhat's commission: "Қоғамдық кеңес пен … облыстық мәслихатының … тұрақты комиссиясының бірлескен
 * отырысы" (set 173) — whose deputies vote beside the council's members.
 */
export function isJointWithMaslikhat(lines: string[]): boolean {
  const head = headOf(lines);
  return JOINT.test(head) && /мәслихат|маслихат/iu.test(head);
}

/**
 * A person's status or role at a joint meeting that makes them the other body's: "мәслихат депутаты, комиссия төрағасы",
 * "депутат городского маслихата" — the maslikhat's commission sits with the council, its deputies listed in the same
 * table or list are no attendees (nor absentees) of the council. Never a status that names the council too ("кеңес мүшесі,
 * мәслихат депутаты", "член ОС, депутат"): a member of it who is also a deputy.
 */
export function otherBodyAtJoint(status: string | null | undefined): boolean {
  return status != null && OTHER_BODY.test(status) && !OWN_COUNCIL.test(status);
}
const OTHER_BODY = new RegExp(`(?<![\\p{L}])(?:${OTHER_BODY_STATUS})`, 'iu');
const OWN_COUNCIL = /совет|кеңес|(?<!\p{L})(?:ОС|ҚК)(?!\p{L})/iu;

/**
 * A joint meeting of councils (not of the commissions of one council, whose lists and votes are the one council's):
 * "совместного заседания с Общественным советом при …", "екі кеңестің бірлескен отырысы".
 */
export function isJointMeetingOfCouncils(lines: string[]): boolean {
  const head = headOf(lines);
  return JOINT.test(head) && !/комисси/iu.test(head) && /совет|кеңес/iu.test(head.slice(Math.max(0, head.search(JOINT) - 80)));
}

/**
 * The council a sentence names by its place, as a stem: "ОС Жамбылского района" and "Общественного совета Жамбылского
 * района" give "жамбы", "Байзақ ауданы ҚК" "байза"; null when it names none.
 */
export function councilNamedIn(text: string): string | null {
  const m = COUNCIL_OF_PLACE.exec(text) ?? PLACE_OF_COUNCIL.exec(text);
  return m ? m[1].slice(0, 5).toLowerCase() : null;
}
const COUNCIL_OF_PLACE = /(?<!\p{L})(?:ОС|ҚК|совет\p{L}*|кеңес\p{L}*)\s+(\p{Lu}\p{L}{3,})\s+(?:район|р-н|ауда|город|қала|облас)/u;
const PLACE_OF_COUNCIL = /(?<!\p{L})(\p{Lu}\p{L}{3,})\s+(?:аудан|қала|район|облыс)\p{L}*\s+(?:ҚК|ОС|қоғамдық\s+кеңес|общественн)/u;

const JOINT = /совместн\p{L}*\s+(?:выездн\p{L}*\s+)?заседани|бірлескен\s+(?:көшпелі\s+)?отырыс/iu;
const headOf = (lines: string[]) => lines.filter((l) => l.trim() !== '').slice(0, 8).join(' ');

/**
 * "ОС Управления образования: за – 12, …" — a vote told under the name of the council that cast it; the same after the
 * vote's own heading and a dash ("Дауыс беру нәтижесі: – Әуезов ауданы ҚК мүшелері: жақтап – 12, …"), or all for
 * ("– Әуезов ауданы ҚК мүшелері: бірауыздан;").
 */
const LABELLED_LINE = /^\s*(?:ГОЛОСОВАЛИ\s*:\s*|ДАУЫС\s+БЕРГЕНДЕР\s*:\s*|[^:]{0,40}(?:голосова|дауыс\s+бер)[^:]{0,30}:\s*)?([^:]{2,80}):\s*(?:«\s*)?(?:за|жақта\p{L}*|единогласно|бірауыздан)(?!\p{L})/iu;
/**
 * "Панфилов ауданы ҚК      14        0       1", "ОС Управления ФКС | 9 | 0 | 0": a row of a table of votes with a row per
 * council (Кеңес | Жақтап | Қарсы | Қалыс), the council named in its first cell, its counts after — a question's name
 * (and number) before it on a question's first row, the result after ("2. Совместная рабочая группа ОС Байзакского р-на
 * 6 7 1 не принято").
 */
const COUNCIL_ROW = /^\s*(?:\d{1,2}[.)]\s+)?((?:(?!\d).){0,80}?(?:совет|кеңес|(?<!\p{L})(?:ОС|ҚК)(?!\p{L}))(?:(?!\d).){0,40}?)\s+(?:\d{1,3}|[-–—])\s+(?:\d{1,3}|[-–—])(?:\s+(?:\d{1,3}|[-–—]))?(?:\s+\p{L}[\p{L}\s]{0,30})?\s*$/iu;
/**
 * "Совет – 9/1/1, решение принято;", "Общественный совет г. Павлодара – 13/0/0." (set 173): a council's counts as one slash
 * string (за/против/воздержались, the legend on the line above) after its name and a dash or colon.
 */
const COUNCIL_SLASH_ROW = /^\s*(?:[-–—•]\s*)?((?:(?!\d).){0,80}?(?:совет|кеңес|(?<!\p{L})(?:ОС|ҚК)(?!\p{L}))(?:(?!\d).){0,60}?)\s*[-–—:]\s*\d{1,3}\s*\/\s*\d{1,3}\s*\/\s*\d{1,3}(?!\s*\/)/iu;
/**
 * A council's label, never a vote's heading word ("Голосовали: единогласно (в обоих советах)." names no council that
 * voted: the vote of all, set 173).
 */
const NAMES_COUNCIL = /совет|кеңес|(?<!\p{L})(?:ОС|ҚК)(?!\p{L})/iu;
const labelled = (text: string): RegExpExecArray | null => {
  const m = LABELLED_LINE.exec(text) ?? COUNCIL_ROW.exec(text) ?? COUNCIL_SLASH_ROW.exec(text);
  return m && NAMES_COUNCIL.test(m[1]) ? m : null;
};
const LABELLED = { test: (text: string) => labelled(text) !== null };
/** The council's name before a vote's counts: "– Әуезов ауданы ҚК мүшелері", "ОС Управления ФКС". */
const labelOf = (v: ProtocolVote): string => (labelled(v.text ?? '')?.[1] ?? '').replace(/^[\s\-–—•]+/u, '');
/** Which council cast a vote: its place ("Повестка дня ОС Байзакского р-на" — a question's name may stand before it), else its whole label. */
const councilOf = (v: ProtocolVote): string => councilNamedIn(labelOf(v)) ?? labelOf(v).toLowerCase();

/**
 * A joint meeting votes council by council: the lines of one question ("ОС Управления образования: за – 12 …" /
 * "ОС Управления ФКС: за – 9 …", or a table's rows "Панфилов ауданы ҚК  14  0  1") are one vote per council. The protocol
 * is its host's, which is named first (as its attendance is) or above the title: that one of each group is kept, the other
 * councils' votes are not this council's.
 */
export function hostVotesOfJoint(votes: ProtocolVote[], lines: string[] = []): ProtocolVote[] {
  const groups: ProtocolVote[][] = [];
  let last: ProtocolVote | null = null;
  for (const v of votes) {
    const labelled = LABELLED.test(v.text ?? '');
    // A council votes once on a question: its name again opens the next question's votes, however near.
    const named = councilOf(v);
    const sameQuestion = labelled && last !== null && LABELLED.test(last.text ?? '') && v.line - last.line <= 4
      && !groups[groups.length - 1].some((u) => councilOf(u) === named);
    if (sameQuestion) groups[groups.length - 1].push(v);
    else groups.push([v]);
    last = v;
  }
  // The result line below the councils' votes, told for the host: no vote of its own.
  const told = new Set<number>();
  const head = headStems(lines);
  const hosts = groups.map((group) => [...group].sort((a, b) => Number(namedInHead(b, head, group)) - Number(namedInHead(a, head, group)))).map(([host, ...others]) => {
    if (others.length === 0 || host.declared !== null) return host;
    const result = resultLineAfter(lines, [host, ...others]);
    host.declared = result ? declaredForHost(result.text, host, others) : null;
    if (result === null || host.declared === null) return host;
    told.add(result.line);
    // "Шешім бірауыздан қабылданды." under rows that are all for: the host's vote was unanimous too.
    if (UNANIMOUS_RESULT.test(result.text) && host.against === 0 && host.abstain === 0 && (host.for ?? 0) > 0) host.unanimous = true;
    return host;
  });
  return withoutOtherCouncilsVotes(hosts.filter((v) => !(told.has(v.line) && v.for === null && v.against === null && v.abstain === null)), lines);
}

const UNANIMOUS_RESULT = /бір\s?ауыздан|единогласн/iu;

/**
 * "Итоги голосования членов Совета по спорту:" / "«за» – 9 …" and, a few lines on, "(Совет по вопросам социальной защиты:
 * «за» – 7, …)": a vote told under the name of a council that shares no word of its name with the protocol's head, beside a
 * vote of the same question told under no name or the host's, is the other council's — left out. A name of no distinct
 * word ("ОС Управления ФКС") tells nothing: kept.
 */
function withoutOtherCouncilsVotes(votes: ProtocolVote[], lines: string[]): ProtocolVote[] {
  const head = headStems(lines);
  if (head.size === 0) return votes;
  const others = (v: ProtocolVote): boolean => {
    if (!LABELLED.test(v.text ?? '')) return false;
    const named = [...stemsOf(labelOf(v))];
    return named.length > 0 && !named.some((w) => head.has(w));
  };
  const own = votes.filter((v) => !others(v));
  return votes.filter((v) => !others(v) || !own.some((u) => Math.abs(u.line - v.line) <= OTHER_VOTE_REACH));
}

/** How many lines apart a question's vote of the host and the other council's stand. */
const OTHER_VOTE_REACH = 6;

/** The stems of the council's name above the protocol's title ("Панфилов ауданының Қоғамдық кеңесі" / "ХАТТАМА № 7"). */
function headStems(lines: string[]): Set<string> {
  const title = lines.findIndex((l) => /^\s*(?:протокол|хаттама)/iu.test(l));
  return title > 0 ? stemsOf(lines.slice(0, title).join(' ')) : new Set();
}

/**
 * The vote is the one of its group whose council the head names, no other's name sharing that word: a table that puts the
 * other council's row first still gives the host's row.
 */
function namedInHead(v: ProtocolVote, head: Set<string>, group: ProtocolVote[]): boolean {
  const own = [...stemsOf(labelOf(v))].filter((w) => head.has(w));
  return own.length > 0 && group.every((u) => u === v || !own.some((w) => stemsOf(labelOf(u)).has(w)));
}

/** The first line with text within three lines below a question's last council's vote, and its number (1-based); null if none. */
function resultLineAfter(lines: string[], group: ProtocolVote[]): { text: string; line: number } | null {
  const at = Math.max(...group.map((v) => v.line));
  for (let k = at; k < Math.min(lines.length, at + 3); k++) if (lines[k].trim() !== '') return { text: lines[k], line: k + 1 };
  return null;
}

/** "Решение принято обоими советами.", "Шешім екі кеңеспен де қабылданды.": one result told for every council that voted. */
const BY_ALL = /(?:обоими|обеими|всеми)\s+(?:совет|ОС(?!\p{L}))|екі\s+кеңес\p{L}*\s+(?:де|те)(?!\p{L})|барлық\s+кеңес/iu;
/** A council named: "Общественный совет", "кеңесі", "ОС", "ҚК". */
const COUNCIL = /совет|кеңес|(?<!\p{L})(?:ОС|ҚК)(?!\p{L})/iu;

/**
 * The result told once below the votes of every council on a question, as the host's: "Решение принято обоими советами."
 * always; a bare "Шешім қабылданды." or one naming the host alone ("Ұсыныс қолдау таппады (Әуезов ауданы ҚК мүшелерінің
 * көпшілік дауысын алмады)") only when the host's counts give that result by any rule of majority — for more than all
 * the rest adopts, for no more than against rejects — since the sentence may tell the meeting's result, not the host's.
 * A result naming another council, or one the host's counts leave open, is none: null.
 */
function declaredForHost(next: string, host: ProtocolVote, others: ProtocolVote[]): ProtocolVote['declared'] {
  if (LABELLED.test(next)) return null;
  const own = stemsOf(labelOf(host));
  const theirs = new Set(others.flatMap((o) => [...stemsOf(labelOf(o))]));
  const clause = hostsClause(next, own, theirs);
  const declared = declaredIn(clause ?? next);
  if (declared === null) return null;
  if (BY_ALL.test(next)) return declared;
  if (clause === undefined && COUNCIL.test(next)) {
    const said = [...stemsOf(next.replace(COUNCIL, ' '))];
    if (!said.some((w) => own.has(w) && !theirs.has(w)) || said.some((w) => theirs.has(w) && !own.has(w))) return null;
  }
  const rest = (host.against ?? 0) + (host.abstain ?? 0);
  if (declared === 'adopted') return host.unanimous || (host.for !== null && host.for > rest) ? declared : null;
  return !host.unanimous && host.for !== null && host.against !== null && host.for <= host.against ? declared : null;
}

/**
 * "Рекомендация поддержана Советом и не поддержана Общественным советом г. Павлодара." (set 173): a result told council by
 * council in one sentence, a clause each — the host's clause (naming no word of the other council's name only), its
 * council's name left out ("Рекомендация поддержана"); undefined when the sentence is not so told (no clause naming the
 * other council, or not one naming the host).
 */
function hostsClause(next: string, own: Set<string>, theirs: Set<string>): string | undefined {
  const clauses = next.split(/[,;]|\s(?:и|а|но|ал|бірақ|және)\s/u).filter((c) => COUNCIL.test(c));
  if (clauses.length < 2) return undefined;
  const other = (c: string) => [...stemsOf(c)].some((w) => theirs.has(w) && !own.has(w));
  const hosts = clauses.filter((c) => !other(c));
  if (hosts.length !== 1 || hosts.length === clauses.length) return undefined;
  return hosts[0].replace(COUNCIL_NAME, ' ');
}
/** A council's word with its ending: "Советом", "кеңесі", "ОС". */
const COUNCIL_NAME = /(?:совет|кеңес)\p{L}*|(?<!\p{L})(?:ОС|ҚК)(?!\p{L})/giu;

/** "А) Общественный совет при Управлении образования (состав – 15 членов).", "1) Білім басқармасы жанындағы Қоғамдық кеңес …": a council's block. */
const BLOCK = /^\s*(?:\p{Lu}|\d{1,2})\s*\)\s*((?:(?:[^\s()]+\s+){1,5}?жанындағы\s+)?(?:(?:общественн|қоғамдық)\p{L}*\s+)?(?:совет|кеңес)\p{L}*(?:\s.{3,120})?)$/iu;
/**
 * "Общественный совет при управлении ФКС (утвержденный состав – 13 членов): участвуют 10 …", "Әлеуметтік қорғау басқармасы
 * жанындағы Қоғамдық кеңес (құрамы – 9 мүше): …": a council's block under no letter, told by its name opening the line
 * and its size in a bracket after it.
 */
const SIZED_BLOCK = /^\s*((?:(?:[^\s()]+\s+){1,5}?жанындағы\s+)?(?:общественн|қоғамдық)\p{L}*\s+(?:совет|кеңес)\p{L}*[^()]{0,160}?)\s*\(\s*(?:утвержд\p{L}*\s+|бекітілген\s+)?(?:состав|құрам)/iu;
/** Words of a council's name that tell no council from another. */
const GENERIC = /^(?:общественн|совет|кеңес|қоғамдық|управлен|басқарма|города|қаласы|при|жанындағы|состав|құрам|членов|мүше|государствен|учрежден)/iu;
const stemsOf = (text: string) => new Set((text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !GENERIC.test(w)).map((w) => w.slice(0, 5).toLowerCase()));

/**
 * A joint meeting's attendance told council by council, each under its block ("А) Общественный совет при Управлении
 * образования (состав – 15 членов)." / its counts and lists / "Б) Общественный совет при Управлении ФКС …"): the block of
 * the host — the council named in the protocol's head, above its title — as lines [start, end). Only when exactly one
 * block shares a word of its name with the head and a block follows it (its end is known); else null.
 */
export function hostBlockOfJoint(lines: string[]): { start: number; end: number } | null {
  const title = lines.findIndex((l) => /^\s*(?:протокол|хаттама)/iu.test(l));
  if (title <= 0) return null;
  const head = stemsOf(lines.slice(0, title).join(' '));
  const blocks = lines.flatMap((l, i) => {
    const m = BLOCK.exec(l) ?? (i > title ? SIZED_BLOCK.exec(l) : null);
    return m ? [{ at: i, stems: stemsOf(m[1].replace(/\([^)]*\)/gu, ' ')) }] : [];
  });
  if (blocks.length < 2) return null;
  const host = blocks.filter((b) => [...b.stems].some((w) => head.has(w)));
  if (host.length !== 1) return null;
  const k = blocks.indexOf(host[0]);
  return k + 1 < blocks.length ? { start: host[0].at, end: blocks[k + 1].at } : null;
}

/**
 * The other council of a joint meeting as the head names it: "совместного заседания с Общественным советом при Управлении
 * ФКС", "(Алатау ауданы Қоғамдық кеңесімен бірлескен көшпелі отырыс)" — the words of its name, or null.
 */
const PARTNER_RU = /совместн\p{L}*\s+(?:выездн\p{L}*\s+)?заседани\p{L}*\s+с\s+((?:общественн|совет|ОС(?!\p{L}))[^()\n.;\d]{3,160})/iu;
/**
 * "ПРОТОКОЛ № 5 совместного заседания Общественного совета при управлении культуры … и Общественного совета при управлении по
 * вопросам молодежной политики …" (set 173): the two councils named in the title, the second the other's.
 */
const PARTNER_RU_SECOND = /совместн\p{L}*\s+(?:выездн\p{L}*\s+)?заседани\p{L}*\s+(?:общественн|совет|ОС(?!\p{L}))[^()\n]{3,200}?\s+и\s+((?:общественн\p{L}*\s+совет|совет|ОС(?!\p{L}))[^()\n.;\d]{3,160})/iu;
const PARTNER_KK = /(?<!\p{L})((?:(?!кеңес)[^()\n.;,\d]){3,120}кеңес\p{L}*(?:мен|пен|бен))\s+бірлескен/iu;
/** Words of the title that name the meeting, not the council ("ПРОТОКОЛ … совместного заседания", "бірлескен көшпелі отырыс"), as stems. */
const MEETING_WORDS = /^(?:прото|хатта|засед|совме|выезд|расши|отыры|бірле|көшпе|кеңей)/iu;

/**
 * The head down to the words that tell the meeting joint, and the line after them (the other council's name may wrap):
 * not the chairs named below, of both councils.
 */
function titleOfJoint(lines: string[]): string {
  const filled = lines.filter((l) => l.trim() !== '').slice(0, 10);
  const k = filled.findIndex((_, j) => JOINT.test(filled.slice(0, j + 1).join(' ')));
  return k < 0 ? '' : filled.slice(0, k + 2).join(' ');
}

/** The first line with text under line i is a person ("1) Мамырова Гүлнар Сейілқызы – …;"): line i heads a list of people. */
function headsPerson(lines: string[], i: number): boolean {
  const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
  const item = re(`^\\s*(?:${LIST_NO}|[-–—•])\\s*`, 'u').exec(next);
  return looksLikePersonLine(item ? next.slice(item[0].length) : next, item !== null);
}

/** A list's heading naming a council, the colon closing it: "Алатау ауданы ҚК мүшелері (…):", "Члены ОС Управления ФКС:". */
const COUNCIL_HEADING = /^[^:]{3,200}:\s*$/u;

/**
 * A joint meeting whose lists are told council by council under headings naming each ("Әуезов ауданы ҚК мүшелерінен
 * қатысқандар:" / "… қатыспағандар:" / "Алатау ауданы ҚК мүшелері (бірлескен отырысқа қатысушылар, …):"): the lines with the
 * other councils' lists blanked (each heading to the blank line closing its list), so that the host's alone are read.
 * A heading is the host's when it shares a word of a name with the head that the other council's name has not, the other's
 * when the reverse; null when no other council's list is found (nothing is read as the host's). Whether a heading named the
 * host is told: with none, the lists left are the host's only if they close its stated count (parseProtocol).
 */
export function withoutOtherCouncilsLists(lines: string[]): { lines: string[]; hostNamed: boolean } | null {
  const head = titleOfJoint(lines);
  const partner = PARTNER_RU.exec(head)?.[1] ?? PARTNER_RU_SECOND.exec(head)?.[1] ?? PARTNER_KK.exec(head)?.[1];
  if (!partner) return null;
  // A word of both names ("ауданы", "района") tells neither.
  const rest = new Set([...stemsOf(head.replace(partner, ' '))].filter((w) => !MEETING_WORDS.test(w)));
  const theirs = stemsOf(partner);
  const own = new Set([...rest].filter((w) => !theirs.has(w)));
  for (const w of rest) theirs.delete(w);
  if (own.size === 0 || theirs.size === 0) return null;
  const out = [...lines];
  let hosts = 0;
  let others = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    // "Члены ОС по молодежной политике (9): Ыдырысов Е.М., Абдрахманов Т.С., …" (set 173): the other council's list on its
    // heading's line — the line alone blanked.
    const inLine = LIST_IN_LINE.exec(line);
    if (inLine && COUNCIL.test(inLine[1]) && looksLikePersonLine(inLine[2].split(/[,;]/u)[0].trim(), false)) {
      const named = [...stemsOf(inLine[1].replace(/\([^)]*\)/gu, ' '))];
      if (named.some((w) => theirs.has(w)) && !named.some((w) => own.has(w))) {
        others++;
        out[i] = '';
      }
      continue;
    }
    if (!COUNCIL_HEADING.test(line) || !COUNCIL.test(line) || !headsPerson(lines, i)) continue;
    const named = [...stemsOf(line.replace(/\([^)]*\)/gu, ' '))];
    const host = named.some((w) => own.has(w));
    const other = named.some((w) => theirs.has(w));
    if (host && !other) hosts++;
    if (!other || host) continue;
    others++;
    // The heading, then its list to the blank line that closes it.
    out[i] = '';
    for (let k = i + 1; k < lines.length && (lines[k].trim() !== '' || k === i + 1); k++) out[k] = '';
  }
  return others > 0 ? { lines: out, hostNamed: hosts > 0 } : null;
}
/** A list's heading and its names on one line: "Члены ОС по молодежной политике (9): Ыдырысов Е.М., Абдрахманов Т.С., …". */
const LIST_IN_LINE = /^([^:]{3,160}):\s*(\S.*,.*)$/u;

/**
 * A joint meeting's lists read whole close the host council's stated counts exactly: as many present as stated, as many
 * online as stated (when stated), and with the absentees as many as its members — the other council's members were not
 * read into them (a list of both councils would outnumber the host's present).
 */
export function listsCloseHostCounts(out: Pick<ProtocolExtract, 'attendees' | 'absentees' | 'present' | 'online' | 'members_total'>): boolean {
  if (out.present === null || out.members_total === null || out.attendees.length === 0 || out.absentees.length === 0) return false;
  const online = out.attendees.filter((a) => a.online).length;
  return out.attendees.length === out.present && out.attendees.length + out.absentees.length === out.members_total && (out.online === null || online === out.online);
}
