import { parseDatePhrase } from '../parseDatePhrase.ts';
import type { ProtocolExtract } from '../types.ts';
import { BODY_PATTERNS } from './lexicon.ts';
import { protocolHead } from './protocolHead.ts';
import { meetingNumberOf } from './meetingNumber.ts';
import { withoutOtherActs } from './otherActs.ts';
import { re } from './re.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { withoutHostBody } from './withoutHostBody.ts';
import { newsDateline } from './newsDateline.ts';

const NUMBER = '№\\s*([0-9][0-9A-Za-zА-Яа-я\\-/.]*)';
// A word-for-word record ("СТЕНОГРАММА / заседания … / № 5", "ОТЫРЫСТЫҢ СӨЗБЕ-СӨЗ ЖАЗБАСЫ № 6", set 160) is numbered as
// its meeting's protocol.
const TITLE = '(?:протокол|хаттама|стенограмм|сөзбе-сөз\\s+жазба)';

/**
 * "П Р О Т О К О Л" and "Х А Т Т А М А" typed letter by letter for emphasis
 * read as the word: runs of three or more single letters are joined.
 */
export function unspace(line: string): string {
  return line.replace(/(?<![\p{L}])\p{L}(?:[ \u00a0]{1,2}\p{L}(?![\p{L}])){3,}/gu, (run) => run.replace(/[ \u00a0]/g, ''));
}

const NAMED_COMMISSION = '(?<![\\p{L}])комисси[\\p{L}]*\\s+по\\s+[\\p{L}]|жөніндегі\\s+комиссия';

/** "7-ХАТТАМАСЫ", "7-ші хаттама", "12-протокол": a Kazakh ordinal fused with the title word. */
const FUSED_NUMBER = `(?<![\\p{L}\\d./])(\\d{1,4})\\s*-\\s*(?:(?:ші|шы|інші|ыншы|сі|сы)\\s+)?${TITLE}`;
/** A form's field: "Нөмірі / Номер: 12", "Номер протокола: 12", "Хаттама нөмірі – 12". */
const NUMBER_FIELD = `^\\s*(?:(?:хаттама(?:ның)?\\s+)?нөмірі|номер(?:\\s+протокола)?)(?:\\s*[/|]\\s*(?:(?:хаттама(?:ның)?\\s+)?нөмірі|номер(?:\\s+протокола)?))?\\s*[:\\-–—]\\s*№?\\s*(\\d[0-9A-Za-zА-Яа-я\\-/.]*)\\s*$`;

/** "… № 5 отырысының хаттамасынан", "№ 5 хаттамасынан үзінді": the line of an extract's title ending on its protocol. */
const EXTRACT_OF = `${NUMBER}\\s+(?:[\\p{L}]+\\s+){0,2}?хаттамасынан(?:\\s+үзінді)?\\s*$`;
const TITLE_LINE_NUMBER = `^\\s*${TITLE}[\\p{L}]*\\s*${NUMBER}\\s*$`;

const BEFORE_TITLE = `^(?:(?![(\\[]).)*?(?<!(?:ғы|гі|[дт][ае]ғы|[дт][ае]гі|от)\\s*)${NUMBER}\\s*(?:отырыс[\\p{L}]*\\s+)?${TITLE}[\\p{L}]*\\s*:?\\s*$`;

/**
 * "Түркістан қаласы                    № 5", "г. Талгар<tab>№ 4", or "№ 5" alone at the right: the head's number set apart
 * from the place (or standing alone) by a wide gap, above a title word with no number of its own. Only a place on the
 * left: "Приложение          № 2", "Решение № 3" are another act's.
 */
const PLACE = '(?:(?:г\\.|қ\\.|с\\.|село|город|поселок|посёлок)\\s*\\p{Lu}[\\p{L}-]+|\\p{Lu}[\\p{L}-]+\\s+(?:қаласы|ауданы|ауылы|кенті|облысы|қ\\.|а\\.))';
const SET_APART_NUMBER = `^\\s*(?:${PLACE}[,.]?(?:\\s{3,}|\\t\\s*)|\\s{10,})${NUMBER}\\s*$`;

const cleanNumber = (raw: string) => raw.replace(/[.\-/]+$/, '');

const NUMBER_AT_RIGHT = re(`^(.*?\\S)(?:\\s{3,}|\\s*\\t\\s*)${NUMBER}\\s*$`);
const NUMBER_AT_LEFT = re(`^\\s*${NUMBER}(?:\\s{3,}|\\s*\\t\\s*)(\\S.*)$`);
/** The number of a line that holds a date and a "№ N" set apart from it by a wide gap or a tab; null otherwise. */
function datedNumber(line: string): string | null {
  const right = NUMBER_AT_RIGHT.exec(line);
  if (right && parseDatePhrase(right[1])) return right[2];
  const left = NUMBER_AT_LEFT.exec(line);
  if (left && parseDatePhrase(left[2])) return left[1];
  return null;
}

/** "совместного (выездного) заседания", "бірлескен (кеңейтілген) отырысы": a sitting of two bodies, named in the title. */
const JOINT_SITTING = /(?<![\p{L}])(?:совместн|бірлескен)\p{L}*/iu;
/** The bodies a council sits jointly with in a sitting that is still the council's own. */
const SITTING_WITH_COUNCIL = new Set(['council', 'commission', 'working_group']);

/**
 * Number, date and body from the first lines of a protocol. `page`: the same text with the page's stamps still on it
 * (blanked in `lines`), for the year a news item's dateline leaves out.
 */
export function readHeader(lines: string[], page: string[] = lines): Pick<ProtocolExtract, 'number' | 'date' | 'body'> {
  // A protocol pasted from an e-mail or a chat: its header is the protocol's, below the envelope and the covering letter.
  // The date and number of another act named in the head ("… 3 наурыздағы № 112 өкімі") are blanked: never the meeting's.
  const { start: after, lines: unwrapped } = protocolHead(lines.map(unspace));
  // A text whose top was blanked (a mail's headers and reply, mailReply.ts) has its head at its first line with text.
  const start = after === 0 ? Math.max(0, unwrapped.findIndex((l) => l.trim() !== '')) : after;
  const head = withoutOtherActs(unwrapped.slice(start, start + 15));
  let number: string | null = null;
  let numberedCommission = true;
  let date: string | null = null;
  let dateLine = head.length;
  for (let i = 0; i < head.length && date === null; i++) {
    const range = parseDatePhrase(head[i]);
    if (range) [date, dateLine] = [range.start, i];
  }
  // A news item's dateline ("Астана, 12 марта – В акимате … состоялось заседание", set 168) gives the meeting's day; a date
  // above it is the page's or the newspaper issue's, published after (newsDateline.ts).
  const dateline = newsDateline(head, page);
  if (dateline) [date, dateLine] = [dateline.date, dateline.line];
  // "ПРОТОКОЛ № 5", "№ 5 ХАТТАМА", or the number lines below the word ("ПРОТОКОЛ\nзаседания комиссии № 3\n№ 29"):
  // the first № after the title word that is not a commission's own number.
  const text = head.slice(0, 8).join('\n');
  const title = re(TITLE).exec(text);
  if (title) {
    // "№ 5 ХАТТАМА", "отырысының № 4 ХАТТАМАСЫ" end the title's line; "… 12 наурыздағы № 3 хаттамасы." and "(… № 3
    // хаттама)" name an earlier protocol inside a sentence.
    // The title word may stand alone on the line under the number and the sitting's word: "IV шақырылымның № 3 отырысының" /
    // "ХАТТАМАСЫ" (set 167); not "Приложение № 2" / "ПРОТОКОЛ", an appendix's number.
    const bareTitle = re(`^\\s*${TITLE}[\\p{L}]*\\s*$`);
    const sittingAbove = (l: string, k: number) => bareTitle.test(head[k + 1] ?? '') && re(`№\\s*\\S+\\s+(?:отырыс|мәжіліс)[\\p{L}]*\\s*$`).test(l);
    const before = head.map((l, k) => re(BEFORE_TITLE).exec(l) ?? (sittingAbove(l, k) ? re(BEFORE_TITLE).exec(`${l} ${head[k + 1].trim()}`) : null)).find((m) => m !== null);
    if (before) number = cleanNumber(before[1]);
    let commissionNumber: string | null = null;
    for (const m of matchesOf(text.slice(title.index), re(NUMBER, 'giu'))) {
      if (number !== null) break;
      const at = title.index + (m.index ?? 0);
      // A commission's own number stands on its line: "комиссии № 3"; "комиссии\n№ 7" is the protocol's.
      const commission = re(`комисси[\\p{L}]*[ \\t]*$`).test(text.slice(Math.max(0, at - 30), at)) || re(`^[ \\t]*комисси`).test(text.slice(at + m[0].length));
      if (at - title.index > 300) continue;
      if (!commission) number = cleanNumber(m[1]);
      else commissionNumber ??= cleanNumber(m[1]);
    }
    // A note above the title ("Ескерту: хаттама … латын қарпінде жүргізілді …") pushes the title's line ("HATTAMA № 9") below
    // the lines read: the number on the title's own line, anywhere in the head.
    if (number === null) {
      const own = head.map((l) => re(TITLE_LINE_NUMBER).exec(l)).find((m) => m !== null);
      if (own) number = cleanNumber(own[1]);
    }
    // "Түркістан қаласы          № 5" above a bare "ХАТТАМА": the number of the head, set apart at the right.
    if (number === null) {
      const titleAt = head.findIndex((l) => bareTitle.test(l));
      const apart = head.slice(0, Math.max(titleAt, 0)).map((l) => re(SET_APART_NUMBER).exec(l)).find((m) => m !== null);
      if (apart) number = cleanNumber(apart[1]);
    }
    // "ХАТТАМАСЫ" / "2025 жылғы 8 қазан          № 5", "8 октября 2025 г.<tab>№ 5": the date at the left under the title
    // and the number set apart at the right of the same line (or the other way round), below the lines read above.
    if (number === null) {
      const titleAt = head.findIndex((l) => re(TITLE).test(l));
      const dated = head.slice(titleAt + 1).filter((l) => l.trim() !== '').slice(0, 3).map(datedNumber).find((n) => n !== null);
      if (titleAt >= 0 && dated) number = cleanNumber(dated);
    }
    if (number === null) {
      const fused = re(FUSED_NUMBER).exec(text) ?? head.map((l) => re(NUMBER_FIELD).exec(l)).find((m) => m !== null);
      if (fused) number = cleanNumber(fused[1]);
    }
    // An extract's title, its meeting dated and numbered before "хаттамасынан" and "ҮЗІНДІ" in the head ("2026 жылғы 10
    // қарашадағы № 5 отырысының хаттамасынан" / "ҮЗІНДІ"): the number after the date's locative is the meeting's own here,
    // as it is not in a sentence naming an earlier protocol ("… 12 наурыздағы № 3 хаттамасы.").
    if (number === null && head.some((l) => re(`^\\s*үзінді\\s*$`).test(l) || re(`хаттамасынан\\s+үзінді\\s*$`).test(l))) {
      const extract = head.map((l) => re(EXTRACT_OF).exec(l)).find((m) => m !== null);
      if (extract) number = cleanNumber(extract[1]);
    }
    // A commission named by its subject ("Комиссия по вопросам ЖКХ", "… жөніндегі комиссия") has no number of its own:
    // "заседания комиссии № 4" with no other № is the protocol's.
    if (number === null && commissionNumber !== null && re(NAMED_COMMISSION).test(text)) {
      number = commissionNumber;
      numberedCommission = false;
    }
  }
  // A news item of the meeting, no protocol's title over it or no number under it: the sitting's number as its sentence of
  // a sitting held tells it ("Кеңестің биылғы №3 отырысы өтті", "состоялось заседание Совета (протокол № 1)").
  if (number === null) number = meetingNumberOf(head);
  // The body is named in the title, above the date line: "Заседания Президиума ОС".
  // Joined by line breaks: a commission's number stands on the line of the word ("комиссии № 3").
  // (The host a council is attached to, "при Комитете …", is not the body: blanked.)
  const named = withoutHostBody(head.slice(0, Math.max(dateLine, 1) + 1).join('\n'));
  let body: string | null = null;
  for (const pattern of BODY_PATTERNS) {
    const m = re(pattern.source).exec(named);
    if (m) {
      body = pattern.body.includes('{n}') && !numberedCommission ? 'commission' : pattern.body.replace('{n}', m.slice(1).find((g) => g !== undefined) ?? '');
      break;
    }
  }
  // "Протокол №11 — 18.11.2026" (a Notion or wiki page's title, its date on it): the body is named under the title line, in
  // the lines down to the next date ("Орган: … Қоғамдық кеңесі", "заседание Общественного совета …", "Күні: …").
  if (body === null && dateLine < head.length && re(TITLE).test(head[dateLine])) {
    let next = dateLine + 1;
    while (next < head.length && !parseDatePhrase(head[next])) next++;
    const below = withoutHostBody(head.slice(dateLine + 1, next + 1).join('\n'));
    const pattern = BODY_PATTERNS.find((p) => re(p.source).test(below) && !p.body.includes('{n}'));
    if (pattern) body = pattern.body;
  }
  // A joint sitting's title names the bodies that met. A council sitting with commissions — its own ("совместного заседания
  // Общественного совета и постоянных комиссий Общественного совета") or a maslikhat's ("Қоғамдық кеңес пен … мәслихатының
  // тұрақты комиссиясының бірлескен отырысы") — is the council's sitting: the council is the whole that met, its protocol
  // numbered in the council's series (the writers of sets 48 and 65 read four such titles so). Any other mix (a council's
  // presidium with a committee, …): whose protocol it is the title does not say, and the first body matched would be a
  // guess — not stated.
  if (body !== null && JOINT_SITTING.test(named)) {
    const kinds = new Set(BODY_PATTERNS.filter((p) => re(p.source).test(named)).map((p) => p.body.replace(' {n}', '')));
    // "Ұлытау облысының … Қоғамдық кеңес" / "" / "№ 1 «…» және № 2 «…» комиссияларының бірлескен отырысының ХАТТАМАСЫ № 2"
    // (set 173): the council named in the running head above, the title naming commissions only — a meeting of the
    // council's commissions (as sets 5 and 7 wrote it), not the council's sitting.
    if (kinds.size > 1 && ofCommissionsOnly(jointTitle(named))) body = 'commission';
    else if (kinds.size > 1) body = kinds.has('council') && [...kinds].every((k) => SITTING_WITH_COUNCIL.has(k)) ? 'council' : null;
    // Two numbered commissions sitting together ("комиссии № 2 … и комиссии № 4"): commissions, not the first one's.
    else if (body?.startsWith('commission ') && numberedCommissions(named).size > 1) body = 'commission';
  }
  return { number, date, body };
}

/**
 * The title's paragraph telling the sitting joint: its lines with text around the joint word's, from the title word's line
 * when that stands above it ("Общественный совет при …" / "ПРОТОКОЛ № 5" / "совместного заседания …": not the running head).
 */
function jointTitle(named: string): string {
  const lines = named.split('\n');
  const at = lines.findIndex((l) => JOINT_SITTING.test(l));
  if (at < 0) return named;
  let start = at;
  while (start > 0 && lines[start - 1].trim() !== '' && !re(`^\\s*${TITLE}`).test(lines[start])) start--;
  let end = at;
  while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
  return lines.slice(start, end + 1).join('\n');
}

/** A title naming commissions alone, more than one ("комиссий № 1 … и № 2", "комиссияларының"), and no other body. */
function ofCommissionsOnly(title: string): boolean {
  const kinds = new Set(BODY_PATTERNS.filter((p) => re(p.source).test(title)).map((p) => p.body.replace(' {n}', '')));
  return kinds.size === 1 && kinds.has('commission') && (numberedCommissions(title).size > 1 || /комиссий|комиссиялар/iu.test(title));
}

/** The numbers of the commissions a title names ("комиссии № 2", "4-ші комиссия"). */
function numberedCommissions(named: string): Set<string> {
  const numbered = BODY_PATTERNS.find((p) => p.body === 'commission {n}');
  const numbers = new Set<string>();
  if (!numbered) return numbers;
  for (const m of named.matchAll(re(numbered.source, 'giu'))) {
    const n = m.slice(1).find((g) => g !== undefined);
    if (n !== undefined) numbers.add(n);
  }
  return numbers;
}
