import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { isJointMeeting } from './jointMeeting.ts';
import { ONLINE } from './lexicon.ts';
import { re } from './re.ts';

export interface HostCounts {
  members_total: number;
  present: number;
  online: number | null;
  /** The line of the host's clause (1-based). */
  line: number;
}

/** A body's name: a council ("ОС по культуре", "Общественного совета при управлении …", "ҚК", "Қоғамдық кеңес") or another. */
const COUNCIL = /совет|кеңес|(?<!\p{L})(?:ОС|ҚК)(?!\p{L})/iu;
/** The other body a council sits with: a maslikhat, its commission or deputies. */
const OTHER_BODY = /мәслихат|маслихат|депутат|комисси/iu;
/**
 * "от ОС по культуре – 12 из 15 членов (из них 2 – по видеосвязи)", "от Общественного совета при управлении энергетики и ЖКХ
 * (далее – Совет) – 11 членов из 14, в том числе 1 – в режиме ВКС" (set 173): a body's present of its members after its name.
 */
const RU_CLAUSE = re(`(?<![\\p{L}])от\\s+((?:(?!\\s[-–—]\\s)[^;:\\d])*?(?:\\([^()]*\\))?)\\s*[-–—:]\\s*(${N})\\s+(?:член[\\p{L}]*\\s+|человек\\s+)?из\\s+(${N})(?![\\d\\p{L}])`, 'giu');
/**
 * "Қоғамдық кеңестен – 13 мүшенің 10-ы (оның ішінде 1-еуі онлайн)", "ҚК-дан – 11-ден 9", "мәслихат комиссиясынан – 5
 * депутаттың 4-еуі" (set 173): the body in the ablative, then so many of its members ("13 мүшенің 10-ы", "11 мүшеден 9",
 * "11-ден 9").
 */
const KK_CLAUSE = re(`(?:^|[;,:.]\\s*|(?<=\\s))((?:[\\p{L}-]+\\s+){0,6}?[\\p{L}-]*(?:тен|ден|нен|тан|дан|нан))\\s*[-–—:]\\s*(?:(${N})\\s+(?:мүше|депутат)[\\p{L}]*(?:нің|ның|тің|тың|ден|тен|нан|тан)\\s+(${N})|(\\d{1,3})\\s*-\\s*(?:ден|тен|нен|дан|тан|нан)\\s+(\\d{1,3})(?![\\d\\p{L}-]|-(?:\\p{L}*(?:на|не|ға|ге|қа|ке))))`, 'giu');
/** The part online told in the clause: "(из них 2 – по видеосвязи)", "в том числе 1 – в режиме ВКС", "(оның ішінде 1-еуі онлайн)". */
const ONLINE_PART = re(`^[^;]{0,40}?(?:из\\s+них|в\\s+том\\s+числе|в\\s+т\\.\\s?ч\\.|оның\\s+ішінде|олардың)\\s*(${N})\\s*[-–—]?\\s*(?:[\\p{L}]+\\s+){0,2}?(?:${ONLINE})`);

interface Clause { name: string; members: number; present: number; online: number | null; line: number }

/**
 * A joint sitting's attendance told body by body in clauses ("Присутствовали: от ОС по культуре – 12 из 15 членов (…); от
 * ОС по молодежной политике – 9 из 11 членов.", "Қатысқандар: ҚК-дан – 11-ден 9, мәслихат комиссиясынан – 4 депутат."):
 * the host council's clause is the protocol's count (sets 63, 64, 79, 95: at a joint sitting only the protocol's own council
 * counts). The host is the council named first (as the title names it first), or the only clause naming a council beside
 * the other body's (a maslikhat's commission). Only when two bodies' clauses are told, the second's body named; else null.
 */
export function readHostCountsOfJoint(lines: string[]): HostCounts | null {
  if (!isJointMeeting(lines)) return null;
  const clauses: Clause[] = [];
  let bodies = 0;
  lines.slice(0, 60).forEach((line, i) => {
    for (const m of line.matchAll(RU_CLAUSE)) {
      bodies++;
      const clause = clauseOf(m[1], m[2], m[3], line.slice((m.index ?? 0) + m[0].length), i);
      if (clause) clauses.push(clause);
    }
    for (const m of line.matchAll(KK_CLAUSE)) {
      if (!COUNCIL.test(m[1]) && !OTHER_BODY.test(m[1])) continue;
      bodies++;
      const clause = m[2] !== undefined ? clauseOf(m[1], m[3], m[2], line.slice((m.index ?? 0) + m[0].length), i) : clauseOf(m[1], m[5], m[4], line.slice((m.index ?? 0) + m[0].length), i);
      if (clause) clauses.push(clause);
    }
    // "мәслихат комиссиясынан – 4 депутат": the other body named with its count only.
    if (/(?:мәслихат|маслихат)[\p{L}]*\s+(?:[\p{L}]+\s+)?(?:комиссия|комиссии)[\p{L}]*\s*[-–—:]\s*\d/iu.test(line) || /от\s+(?:[\p{L}]+\s+){0,3}?маслихат[\p{L}]*\s*[-–—:]\s*\d/iu.test(line)) bodies++;
  });
  const councils = clauses.filter((c) => COUNCIL.test(c.name) && !OTHER_BODY.test(c.name.replace(/\([^()]*\)/gu, ' ')));
  if (bodies < 2 || councils.length === 0) return null;
  const host = councils[0];
  return { members_total: host.members, present: host.present, online: host.online, line: host.line + 1 };
}

function clauseOf(name: string, presentRaw: string, membersRaw: string, after: string, i: number): Clause | null {
  const present = parseCount(presentRaw);
  const members = parseCount(membersRaw);
  if (present === null || members === null || present > members) return null;
  const online = ONLINE_PART.exec(after);
  const value = online ? parseCount(online[1]) : null;
  return { name, members, present, online: value !== null && value <= present ? value : null, line: i };
}
