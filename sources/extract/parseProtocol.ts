import { COUNT_SOURCE, parseCount } from './parseCount.ts';
import { parseDatePhrase } from './parseDatePhrase.ts';
import {
  ABSENT_HEADING, AGENDA_HEADING, BODY_PATTERNS, EXCUSED, INVITED_HEADING, MOTION, ONLINE, PRESENT_HEADING,
  RESULT_ADOPTED, RESULT_REJECTED, ROLE_WORDS, UNANIMOUS, UNEXCUSED, VOTE_HEADING, VOTE_LABELS,
} from './protocolPhrases.ts';
import { isKazakh, tidy, toLines } from './toLines.ts';
import type { AgendaItem, ExtractIssue, ProtocolAbsentee, ProtocolAttendee, ProtocolExtract, ProtocolVote } from './types.ts';

const N = COUNT_SOURCE;
const re = (source: string, flags = 'iu') => new RegExp(source, flags);

/**
 * A meeting protocol as structured data: number, date, body; the counts of
 * members, present and online *as stated*; the attendees and absentees *as
 * listed*; the agenda; every vote with its counts and declared result.
 * Differences between what is stated and what is listed go to `issues`.
 * Never throws: odd text gives what could be read plus issues.
 */
export function parseProtocol(text: string): ProtocolExtract {
  const lines = toLines(text);
  const issues: ExtractIssue[] = [];
  const out: ProtocolExtract = {
    kind: 'protocol', number: null, date: null, body: null, members_total: null, present: null, online: null,
    attendees: [], absentees: [], agenda: [], votes: [], issues,
  };
  // Each step is independent; a bug in one must not lose what the others found.
  guard(issues, 'header', () => Object.assign(out, readHeader(lines)));
  let statedLines: StatedLines = {};
  guard(issues, 'stated counts', () => {
    const { lines: at, ...counts } = readStatedCounts(lines, issues);
    Object.assign(out, counts);
    statedLines = at;
  });
  guard(issues, 'attendance', () => Object.assign(out, readAttendance(lines, issues)));
  guard(issues, 'agenda', () => (out.agenda = readAgenda(lines, issues)));
  guard(issues, 'votes', () => (out.votes = readVotes(lines)));
  guard(issues, 'checks', () => checkCounts(out, statedLines, issues));
  issues.sort((a, b) => a.line - b.line);
  return out;
}

function guard(issues: ExtractIssue[], step: string, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    issues.push({ line: 1, message: `could not read the ${step}: ${(error as Error)?.message ?? String(error)}` });
  }
}

// ---------------------------------------------------------------- header

function readHeader(lines: string[]): Pick<ProtocolExtract, 'number' | 'date' | 'body'> {
  const head = lines.slice(0, 15);
  let number: string | null = null;
  let date: string | null = null;
  let dateLine = head.length;
  for (let i = 0; i < head.length && (number === null || date === null); i++) {
    const line = head[i];
    if (number === null) {
      const m = re(`(?:протокол|хаттама)[^№\\n]{0,80}?№\\s*([0-9][0-9A-Za-zА-Яа-я\\-/.]*)`).exec(line)
        ?? re(`№\\s*([0-9][0-9A-Za-zА-Яа-я\\-/.]*)\\s*(?:хаттама|протокол)`).exec(line);
      if (m) number = m[1].replace(/[.\-/]+$/, '');
    }
    if (date === null) {
      const range = parseDatePhrase(line);
      if (range) [date, dateLine] = [range.start, i];
    }
  }
  // "Протокол\nзаседания комиссии …\n… № 12": the number may stand lines below the word.
  if (number === null) {
    const m = re(`(?:протокол|хаттама)[^№]{0,300}?№\\s*([0-9][0-9A-Za-zА-Яа-я\\-/.]*)`).exec(head.slice(0, 6).join('\n'));
    if (m) number = m[1].replace(/[.\-/]+$/, '');
  }
  // The body is named in the title, above the date line: "Заседания Президиума ОС".
  const title = head.slice(0, Math.max(dateLine, 1) + 1).join(' ');
  let body: string | null = null;
  for (const pattern of BODY_PATTERNS) {
    const m = re(pattern.source).exec(title);
    if (m) {
      body = typeof pattern.body === 'string' ? pattern.body : pattern.body(m);
      break;
    }
  }
  return { number, date, body };
}

// ---------------------------------------------------------------- stated counts

/** Where the chosen stated counts stand, for the issues about them. */
interface StatedLines {
  present?: number;
  online?: number;
}

interface Stated {
  value: number;
  line: number;
  kazakh: boolean;
}

const ONLINE_STATED = [
  `(${N})(?:\\s+(?:член[\\p{L}]*|человек|мүше[\\p{L}]*))?\\s+из\\s+(?:которых|них)[^.;]{0,80}?${ONLINE}`,
  `(?:из\\s+(?:них|которых)|в\\s+том\\s+числе|оның(?:\\s+ішінде)?|соның\\s+ішінде)\\s*[:\\-–—]?\\s*(${N})[^.;]{0,80}?${ONLINE}`,
  `${ONLINE}[\\p{L}\\s]{0,30}?[:\\-–—]\\s*(${N})`,
  `(${N})\\s+(?:член[\\p{L}]*|человек|мүше[\\p{L}]*)\\s+(?:[\\p{L}]+\\s+){0,2}?${ONLINE}`,
];

/** "Из 39 членов … присутствуют 30", "присутствуют 30 членов из 39, 9 из которых … ZOOM", "39 мүшесінің 30-ы бар, оның 8-і Зум арқылы". */
function readStatedCounts(lines: string[], issues: ExtractIssue[]): Pick<ProtocolExtract, 'members_total' | 'present' | 'online'> & { lines: StatedLines } {
  const total: Stated[] = [];
  const present: Stated[] = [];
  const online: Stated[] = [];
  lines.forEach((line, i) => {
    const at = (list: Stated[], raw: string | undefined) => {
      const value = raw === undefined ? null : parseCount(raw);
      if (value !== null && value < 1000) list.push({ value, line: i + 1, kazakh: isKazakh(line) });
    };
    let m: RegExpExecArray | null;
    if ((m = re(`присутств[\\p{L}]*\\s*[:\\-–—]?\\s*(${N})\\s+(?:член[\\p{L}]*\\s+)?(?:[\\p{L}.]+\\s+){0,2}?из\\s+(${N})`).exec(line))) {
      at(present, m[1]);
      at(total, m[2]);
    } else if ((m = re(`(${N})\\s+(?:член[\\p{L}]*\\s+)?(?:[\\p{L}.]+\\s+){0,2}?из\\s+(${N})[^.]{0,40}?присутств`).exec(line))) {
      at(present, m[1]);
      at(total, m[2]);
    } else if ((m = re(`(${N})\\s+мүше(?:сінің|сінен|лерінің|лерінен|нің|ден)\\s+(${N})`).exec(line))) {
      at(total, m[1]);
      at(present, m[2]);
    } else {
      if ((m = re(`из\\s+(${N})\\s+(?:член|мүше)`).exec(line))) at(total, m[1]);
      else if ((m = re(`(?:всего|общее\\s+количество|количество|списочный\\s+состав)\\s+член[\\p{L}]*[^:\\-–—\\d]{0,40}?[:\\-–—]\\s*(${N})`).exec(line))) at(total, m[1]);
      else if ((m = re(`мүшелерінің\\s+(?:жалпы\\s+)?саны\\s*[:\\-–—]?\\s*(${N})`).exec(line))) at(total, m[1]);
      // "Члены Президиума – 8 человек", "Состав комиссии: 9", "Численность совета – 39 человек"
      else if ((m = re(`^\\s*(?:член[\\p{L}]*|состав|численност[\\p{L}]*)\\s+(?:президиум|комисси|совет|ос\\b)[\\p{L}]*[^:\\-–—\\d]{0,30}?[:\\-–—]\\s*(${N})(?:\\s+(?:человек|член[\\p{L}]*))?\\s*[.;,]?\\s*(?:присутств|$)`).exec(line))) at(total, m[1]);
      if ((m = re(`присутств[\\p{L}]*\\s*[:\\-–—]?\\s*(${N})(?!\\s*(?:из|\\d))`).exec(line))) at(present, m[1]);
      else if ((m = re(`(${N})\\s+(?:член[\\p{L}]*|человек)\\s+(?:[\\p{L}]+\\s+){0,2}?присутств`).exec(line))) at(present, m[1]);
      else if ((m = re(`(?:қатысқандар|қатысушылар)(?:\\s+саны)?\\s*[:\\-–—]\\s*(${N})`).exec(line))) at(present, m[1]);
      else if ((m = re(`(${N})\\s+(?:[\\p{L}]+\\s+)?қатысып`).exec(line))) at(present, m[1]);
    }
    for (const source of ONLINE_STATED) {
      const o = re(source).exec(line);
      if (o) {
        at(online, o[1]);
        break;
      }
    }
  });
  const chosenPresent = pickStated('present', present, issues);
  const chosenOnline = pickStated('online', online, issues);
  return {
    members_total: pickStated('members', total, issues)?.value ?? null,
    present: chosenPresent?.value ?? null,
    online: chosenOnline?.value ?? null,
    lines: { present: chosenPresent?.line, online: chosenOnline?.line },
  };
}

/**
 * Bilingual protocols state each count twice, and the halves can disagree
 * (8 online in the Kazakh text, 9 in the Russian). The Russian statement is
 * taken — the Kazakh text of these protocols is the translation — and the
 * disagreement is an issue.
 */
function pickStated(what: string, found: Stated[], issues: ExtractIssue[]): Stated | null {
  if (found.length === 0) return null;
  const chosen = found.find((f) => !f.kazakh) ?? found[0];
  const other = found.find((f) => f.value !== chosen.value);
  if (other) {
    const [a, b] = [chosen, other].sort((x, y) => x.line - y.line);
    issues.push({ line: b.line, message: `${what} stated as ${a.value} (line ${a.line}) and ${b.value} (line ${b.line}); ${chosen.value} taken` });
  }
  return chosen;
}

// ---------------------------------------------------------------- attendance

type ListKind = 'present' | 'absent' | 'skip';

interface ListState {
  kind: ListKind;
  online: boolean;
  excused: boolean | null;
  lastNo: number | null;
  blank: number;
}

/**
 * The attendance lists: a heading ("…присутствуют 30 членов:", "Присутствовали:",
 * "Отсутствовали по уважительной причине:", "Қатысқандар:") followed by one
 * person per line (numbered, bulleted or plain), or the names on the heading
 * line itself, separated by commas. A list ends at a line that is not a name.
 */
function readAttendance(lines: string[], issues: ExtractIssue[]): Pick<ProtocolExtract, 'attendees' | 'absentees'> {
  const attendees: ProtocolAttendee[] = [];
  const absentees: ProtocolAbsentee[] = [];
  let state: ListState | null = null;

  const addPerson = (raw: string, lineNo: number, st: ListState) => {
    if (st.kind === 'skip') return;
    const person = splitPerson(raw);
    if (!person) return;
    if (st.kind === 'present') {
      attendees.push({ name: person.name, role: person.rest, online: st.online || re(ONLINE).test(raw), line: lineNo });
    } else {
      const reason = person.rest;
      absentees.push({ name: person.name, excused: classifyAbsence(reason ?? '') ?? st.excused, reason, line: lineNo });
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = readListHeading(line);
    if (heading) {
      state = { ...heading, lastNo: null, blank: 0 };
      // "Присутствовали: Иванов И.И., Петров П.П. (онлайн)" — names on the heading line.
      const after = line.slice(line.indexOf(':') + 1);
      if (line.includes(':') && after.trim() !== '' && !re(`^\\s*${N}`).test(after)) {
        for (const part of splitOutsideParens(after)) addPerson(part, i + 1, state);
      }
      continue;
    }
    if (!state) continue;
    if (line.trim() === '') {
      // One blank line inside a list is tolerated; two end it.
      if (++state.blank >= 2 || (state.lastNo === null && attendees.length + absentees.length > 0 && state.blank > 1)) state = null;
      continue;
    }
    state.blank = 0;
    // An online sub-heading inside the list: "В режиме онлайн:", "Онлайн:".
    if (re(`^\\s*(?:в\\s+(?:режиме|формате)\\s+)?${ONLINE}[\\p{L}\\s]{0,20}:\\s*$`).test(line)) {
      state.online = true;
      continue;
    }
    const item = /^\s*(?:(\d{1,3})\s*[.)]|[-–—•·*▪])\s*(.*)$/u.exec(line);
    const content = item ? item[2] : line;
    // A plain line continues a list only right after an item ("Повестка дня:" after a blank line does not).
    const afterBlank = i > 0 && lines[i - 1].trim() === '';
    if (/:\s*$/.test(line) || (!item && afterBlank) || !looksLikePersonLine(content, item !== null)) {
      state = null;
      continue;
    }
    if (item?.[1]) {
      const no = Number(item[1]);
      if (state.lastNo !== null && no !== state.lastNo + 1) {
        issues.push({ line: i + 1, message: `list numbering jumps from ${state.lastNo} to ${no}` });
      }
      state.lastNo = no;
    }
    addPerson(content, i + 1, state);
  }
  return { attendees, absentees };
}

function readListHeading(line: string): Omit<ListState, 'lastNo' | 'blank'> | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > 250) return null;
  // A heading ends with a colon, or has one followed by names.
  const colon = trimmed.indexOf(':');
  const head = colon >= 0 ? trimmed.slice(0, colon) : '';
  const tail = colon >= 0 ? trimmed.slice(colon + 1).trim() : '';
  const endsWithColon = /:\s*(?:\([^)]*\)\s*)?$/.test(trimmed) || /\):\s*$/.test(trimmed);
  if (!endsWithColon && (colon < 0 || tail === '' || head.length > 80)) return null;
  const scope = endsWithColon ? trimmed : head;
  if (re(INVITED_HEADING).test(scope)) return { kind: 'skip', online: false, excused: null };
  if (re(ABSENT_HEADING).test(scope)) return { kind: 'absent', online: false, excused: classifyAbsence(scope) };
  if (re(PRESENT_HEADING).test(scope)) {
    const online = re(`^\\s*(?:в\\s+(?:режиме|формате)\\s+)?${ONLINE}`).test(scope) || re(`${ONLINE}[\\p{L}\\s]{0,20}:\\s*$`).test(scope);
    return { kind: 'present', online, excused: null };
  }
  return null;
}

/** Commas inside "(командировка, по приказу)" do not separate people. */
function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '' && p !== '.');
}

const NAME_WORD = '[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\\p{L}\'’-]*';
const INITIALS = '[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\\.(?:\\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\\.?)?';

function looksLikePersonLine(content: string, numbered: boolean): boolean {
  const text = content.trim();
  if (text === '') return false;
  const words = text.split(/\s+/).length;
  if (numbered) return words <= 25 && re(`^(?:${INITIALS}\\s?)?${NAME_WORD}`, 'u').test(text);
  // Unnumbered: a name proper — two name words, or a surname and initials.
  return words <= 10 && re(`^(?:${INITIALS}\\s?${NAME_WORD}|${NAME_WORD}\\s+(?:${INITIALS}|${NAME_WORD}))`, 'u').test(text);
}

/**
 * "Алтынай Орманкалиевна Кобеева - Председатель ОС", "Абдыхалыков Член ОС",
 * "Иванов И.И. (командировка)", "Тау Сырымбек – член ОС (он-лайн)" → name and
 * the rest (role for attendees, reason for absentees), online markers removed.
 */
function splitPerson(raw: string): { name: string; rest: string | null } | null {
  let text = tidy(raw.replace(re(`\\(\\s*(?:в\\s+(?:режиме|формате)\\s+)?${ONLINE}[^)]*\\)`, 'giu'), ' '));
  // A closing dot after an initial ("Иванов И.И.") belongs to the name.
  text = text.replace(/[;,]+$/, '').replace(/(?<=\p{Ll}{2}|\))\.+$/u, '');
  if (text === '') return null;
  let name: string;
  let rest: string;
  const dash = /\s[-–—]\s?|\s?[–—]\s|,\s/.exec(text);
  const paren = text.indexOf('(');
  // "Сидоров С.С. (командировка, частично)": the comma inside the brackets is not the name's end.
  if (dash && dash.index > 0 && (paren < 0 || dash.index < paren)) {
    name = text.slice(0, dash.index);
    rest = text.slice(dash.index + dash[0].length);
  } else {
    const beforeParen = paren > 0 ? text.slice(0, paren) : text;
    const words = beforeParen.trim().split(' ');
    const nameWords: string[] = [];
    for (const w of words) {
      if (nameWords.length >= 4 || re(`^${ROLE_WORDS}`).test(w) || !re(`^(?:${NAME_WORD}|${INITIALS})`, 'u').test(w)) break;
      nameWords.push(w);
    }
    if (nameWords.length === 0) return null;
    name = nameWords.join(' ');
    rest = text.slice(name.length);
  }
  rest = tidy(rest.replace(/^[\s\-–—,:;]+/, '').replace(/^\((.*)\)$/, '$1'));
  name = tidy(name.replace(/[,:;]+$/, ''));
  if (!re(`\\p{L}{2}`).test(name)) return null;
  const cleanedRest = tidy(rest.replace(re(`${ONLINE}[\\p{L}]*`, 'giu'), '').replace(/\(\s*\)/g, '')).replace(/^[,;\s]+|[,;\s]+$/g, '');
  return { name, rest: cleanedRest === '' ? null : cleanedRest };
}

function classifyAbsence(reason: string): boolean | null {
  if (re(UNEXCUSED).test(reason)) return false;
  if (re(EXCUSED).test(reason)) return true;
  return null;
}

// ---------------------------------------------------------------- agenda

/**
 * The agenda: the numbered items under "Повестка дня:" / "Күн тәртібі:". A
 * bilingual protocol has it twice; the Russian one is kept, as for the counts.
 */
function readAgenda(lines: string[], issues: ExtractIssue[]): AgendaItem[] {
  const blocks: { kazakh: boolean; items: AgendaItem[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = re(AGENDA_HEADING).exec(lines[i]);
    if (!h) continue;
    const items: AgendaItem[] = [];
    const inline = h[1].trim();
    const inlineItem = /^(\d{1,2})\s*[.)]\s*(.+)$/.exec(inline);
    if (inlineItem) items.push({ no: Number(inlineItem[1]), title: tidy(inlineItem[2]), line: i + 1 });
    else if (inline !== '') items.push({ no: 1, title: tidy(inline), line: i + 1 });
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.trim() === '') {
        if (items.length > 0) break;
        continue;
      }
      const m = /^\s*(\d{1,2})\s*[.)]\s*(.+)$/.exec(line);
      if (!m || (items.length > 0 && Number(m[1]) <= items[items.length - 1].no)) break;
      const no = Number(m[1]);
      const prev = items.length > 0 ? items[items.length - 1].no : 0;
      if (no !== prev + 1) issues.push({ line: j + 1, message: `agenda numbering jumps from ${prev} to ${no}` });
      items.push({ no, title: tidy(m[2]), line: j + 1 });
    }
    if (items.length > 0) blocks.push({ kazakh: isKazakh(lines[i]), items });
    i = j - 1;
  }
  return (blocks.find((b) => !b.kazakh) ?? blocks[0])?.items ?? [];
}

// ---------------------------------------------------------------- votes

interface Counts {
  for: number | null;
  against: number | null;
  abstain: number | null;
  unanimous: boolean;
  strong: boolean;
}

const LABELS = re(VOTE_LABELS.map((l) => `(${l.source})`).join('|'), 'giu');
const VALUE = re(`^[\\s?!/:.\\-–—=»"”)(]*(?:(?:было|составило)\\s+)?(${N}|${UNANIMOUS})`, 'iu');
const REVERSED = re(`(${N})\\s*(?:человек[\\p{L}]*|голос[\\p{L}]*|чел\\.?|дауыс)?\\s*[-–—:]?\\s*(?:${VOTE_LABELS.filter((l) => l.strong).map((l) => l.source).join('|')}|(?<![\\p{L}])за(?![\\p{L}]))`, 'iu');

/** The counts written on one line, whatever the order and language. */
function readCounts(line: string): Counts {
  const counts: Counts = { for: null, against: null, abstain: null, unanimous: re(UNANIMOUS).test(line), strong: false };
  const labels = [...line.matchAll(LABELS)];
  labels.forEach((m, k) => {
    const which = VOTE_LABELS[m.slice(1).findIndex((g) => g !== undefined)];
    const end = (m.index ?? 0) + m[0].length;
    const segment = line.slice(end, k + 1 < labels.length ? labels[k + 1].index : undefined);
    const v = VALUE.exec(segment);
    if (!v) return;
    if (re(`^${UNANIMOUS}$`).test(v[1])) {
      counts.unanimous = true;
      counts.strong ||= which.category === 'for';
      return;
    }
    const value = parseCount(v[1]);
    if (value === null || counts[which.category] !== null) return;
    counts[which.category] = value;
    counts.strong ||= which.strong || /^\s*$/.test(line.slice(0, m.index));
  });
  // "16 – за, 0 – против": numbers before their labels.
  if (counts.for === null && counts.against === null && counts.abstain === null) {
    for (const m of line.matchAll(re(REVERSED.source, 'giu'))) {
      const label = m[0].slice(m[1].length).replace(/^[\s\p{L}.]*?(?=[«"“„]|против|воздерж|қарсы|карсы|қалыс|калыс|за(?![\p{L}])|қолда|жақта)/iu, '');
      const category = /против|қарсы|карсы/i.test(label) ? 'against' : /воздерж|қалыс|калыс/i.test(label) ? 'abstain' : 'for';
      const value = parseCount(m[1]);
      if (value !== null && counts[category] === null) counts[category] = value;
    }
  }
  return counts;
}

function filled(c: Counts): number {
  return (c.for !== null ? 1 : 0) + (c.against !== null ? 1 : 0) + (c.abstain !== null ? 1 : 0);
}

interface OpenVote {
  start: number;
  last: number;
  counts: Counts;
}

/**
 * Votes: lines with counts ("За – 5 человек, против – 17, воздержались – 6",
 * "Қолдайтындар?/Кто за?- 16", "«за» – 25, «против» – нет") or a unanimous
 * vote ("Голосовали « за» - единогласно"), grouped when they follow each other,
 * each with the result declared on its lines or in the next few lines
 * ("Решение не принято.", "…большинством голосов, принято решение…").
 */
function readVotes(lines: string[]): ProtocolVote[] {
  const votes: ProtocolVote[] = [];
  let open: OpenVote | null = null;
  let headingAt: number | null = null;

  const close = () => {
    if (open) votes.push(finishVote(lines, open));
    open = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    if (re(VOTE_HEADING).test(line)) {
      close();
      headingAt = i;
      continue;
    }
    const inBlock = headingAt !== null && i - headingAt <= 5;
    const c = line.length <= 400 ? readCounts(line) : { for: null, against: null, abstain: null, unanimous: false, strong: false };
    const n = filled(c);
    const unanimousLine = c.unanimous && (inBlock || re(`голос|дауыс|принят|қабылд|кабылд`).test(line) || line.trim().length <= 60);
    const isVote = n >= 2 || (n === 1 && (c.strong || inBlock)) || unanimousLine;
    if (!isVote) continue;
    const current = open as OpenVote | null;
    const mergeable = current !== null && i - current.last <= 2 && !current.counts.unanimous
      && (['for', 'against', 'abstain'] as const).every((k) => c[k] === null || current.counts[k] === null);
    if (current && mergeable) {
      for (const k of ['for', 'against', 'abstain'] as const) current.counts[k] ??= c[k];
      current.counts.unanimous ||= c.unanimous;
      current.last = i;
    } else {
      close();
      open = { start: inBlock && headingAt !== null ? headingAt : i, last: i, counts: { ...c } };
    }
    headingAt = null;
  }
  close();
  return votes;
}

function finishVote(lines: string[], v: OpenVote): ProtocolVote {
  const own = lines.slice(v.start, v.last + 1).join(' ');
  let declared = declaredIn(own);
  // The result often stands in a following sentence; look a few lines on, but
  // not past the next motion or a long speech that might say "принято" about something else.
  for (let j = v.last + 1, seen = 0; declared === null && j < lines.length && seen < 3; j++) {
    const line = lines[j];
    if (line.trim() === '') continue;
    seen++;
    if (re(VOTE_HEADING).test(line) || re(MOTION).test(line) || filled(readCounts(line.slice(0, 400))) >= 2) break;
    if (line.length > 300 && !re('голос|дауыс').test(line)) continue;
    declared = declaredIn(line);
  }
  return {
    line: v.start + 1,
    for: v.counts.for,
    against: v.counts.against,
    abstain: v.counts.abstain,
    unanimous: v.counts.unanimous,
    declared,
    text: tidy(own).slice(0, 300),
  };
}

function declaredIn(text: string): 'adopted' | 'rejected' | null {
  if (re(RESULT_REJECTED).test(text)) return 'rejected';
  if (re(RESULT_ADOPTED).test(text)) return 'adopted';
  return null;
}

// ---------------------------------------------------------------- checks

function checkCounts(x: ProtocolExtract, statedLines: StatedLines, issues: ExtractIssue[]): void {
  const firstLine = x.attendees[0]?.line ?? 1;
  if (x.present !== null && x.attendees.length > 0 && x.present !== x.attendees.length) {
    issues.push({ line: statedLines.present ?? firstLine, message: `stated ${x.present} present, ${x.attendees.length} listed` });
  }
  const listedOnline = x.attendees.filter((a) => a.online).length;
  if (x.online !== null && x.attendees.length > 0 && x.online !== listedOnline) {
    issues.push({ line: statedLines.online ?? firstLine, message: `stated ${x.online} online, ${listedOnline} listed as online` });
  }
  if (x.members_total !== null && x.present !== null && x.present > x.members_total) {
    issues.push({ line: statedLines.present ?? firstLine, message: `stated ${x.present} present of ${x.members_total} members` });
  }
  if (x.members_total !== null && x.absentees.length > 0) {
    const present = x.attendees.length > 0 ? x.attendees.length : x.present;
    if (present !== null && present + x.absentees.length !== x.members_total) {
      issues.push({ line: x.absentees[0].line, message: `${x.members_total} members stated, ${present} present and ${x.absentees.length} absent listed` });
    }
  }
  const present = x.present ?? (x.attendees.length > 0 ? x.attendees.length : null);
  for (const v of x.votes) {
    if (v.for === null || v.against === null || v.abstain === null || present === null) continue;
    const sum = v.for + v.against + v.abstain;
    if (sum !== present) {
      issues.push({ line: v.line, message: `votes add up to ${sum} (${v.for}+${v.against}+${v.abstain}), ${present} present` });
    }
  }
}
