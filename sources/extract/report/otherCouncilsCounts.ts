import { lowerCase } from '../grammar/lowerCase.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';

/**
 * The kinds of host a public council is attached to, by the stem of the host's word: "при Министерстве", "министрлігінің",
 * "при управлении", "басқармасы жанындағы", "при акимате", "әкімдігі жанындағы".
 */
const HOST_KINDS: [kind: string, stem: RegExp][] = [
  ['ministry', /^(?:министерств|министрлі)/u],
  ['committee', /^комитет/u],
  ['department', /^(?:управлени|басқарма)/u],
  ['division', /^(?:отдел|бөлім)/u],
  ['akimat', /^(?:акимат|әкімдік|әкімдіг|аким|әкім)/u],
  ['maslikhat', /^(?:маслихат|мәслихат)/u],
  ['directorate', /^департамент/u],
];

const HOST = '([\\p{L}-]+)';
/** A council named with its host: "Общественный совет при Министерстве …", "… басқармасы жанындағы қоғамдық кеңес". */
const WITH_HOST = [
  new RegExp(`(?<![\\p{L}])совет[\\p{L}]*\\s+при\\s+${HOST}`, 'gu'),
  new RegExp(`${HOST}\\s+жанындағы\\s+(?:қоғамдық\\s+)?кеңес[\\p{L}]*`, 'gu'),
];
/** The report's own council, its host in the genitive: "Общественного совета Министерства …", "… министрлігінің Қоғамдық кеңесі". */
const OWN_GENITIVE = [
  new RegExp(`(?<![\\p{L}])общественн[\\p{L}]*\\s+совет[\\p{L}]*\\s+${HOST}`, 'gu'),
  new RegExp(`${HOST}\\s+қоғамдық\\s+кеңес[\\p{L}]*`, 'gu'),
];
/** "совместно с общественным советом при …", "… жанындағы қоғамдық кеңеспен бірлесіп": a partner in the council's own event. */
const PARTNER_BEFORE = /(?:совместно\s+с|вместе\s+с|с\s+участием|при\s+участии)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const PARTNER_AFTER = /^\s*(?:бірлесіп|бірге)(?![\p{L}])/u;

/**
 * A count told of another public council — one attached to a host of another kind than the report's own council: the
 * Ministry's council reports "Ақмола облысының ауыл шаруашылығы басқармасы жанындағы қоғамдық кеңеспен 2 семинар
 * өткізілгені туралы ақпарат оның есебінде көрсетілген", "общественные советы при управлениях занятости областей провели
 * 48 круглых столов". The number after such a council in its sentence is that council's, not the report's: a candidate,
 * so that a stated none of the report's own ("Семинар өткізілген жоқ") is read. The report's own host is read from its
 * title (its first lines); without it nothing is moved, and a council of a host of the same kind (another akimat's) is
 * left to the other readers — which of the two it is the text does not say by its kind.
 */
export function doubtOtherCouncilsCounts(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const head = lowerCase(lines.filter((l) => l.trim() !== '').slice(0, 8).join(' '));
  // The council the title names first (a later line of the head may already tell of another one).
  const own = [...WITH_HOST, ...OWN_GENITIVE]
    .flatMap((pattern) => [...head.matchAll(pattern)].map((m) => ({ at: m.index ?? 0, kind: kindOf(m[1]) })))
    .filter((m) => m.kind !== null)
    .sort((a, b) => a.at - b.at)[0]?.kind;
  if (!own) return figures;
  return figures.filter((f) => {
    const other = otherCouncilBefore(lowerCase(f.text), f.value, own);
    if (other === null) return true;
    const { part_of: _part, ...found } = f;
    candidates.push({ ...found, why: `the count is another public council's ("${other}"), attached to another body than the report's council` });
    return false;
  });
}

/** The words of another kind's council named before the count `value` in the sentence (no break between), or null. */
function otherCouncilBefore(sentence: string, value: number, own: string): string | null {
  for (const pattern of WITH_HOST) {
    for (const m of sentence.matchAll(pattern)) {
      const kind = kindOf(m[1]);
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (kind === null || kind === own) continue;
      if (PARTNER_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || PARTNER_AFTER.test(sentence.slice(end))) continue;
      const rest = sentence.slice(end);
      const at = rest.search(new RegExp(`(?<![\\d\\p{L}.,])${value}(?![\\d])`, 'u'));
      if (at >= 0 && !/[;.!?]\s/u.test(rest.slice(0, at))) return m[0];
    }
  }
  return null;
}

function kindOf(word: string): string | null {
  return HOST_KINDS.find(([, stem]) => stem.test(word))?.[0] ?? null;
}
