import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { tidy } from '../toLines.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';
import { bodyKindOf } from './bodyKindOf.ts';
import { bodiesBesideDepartments } from './bodiesBesideDepartments.ts';

/** A head in the singular before his body (ru: "директор ГКП «…»", "начальник Управления полиции …", "аким … округа"). */
const HEAD_RU = /(?<![\p{L}])(?:руководитель|директор|начальник|аким)(?![\p{L}])/giu;
/** A head in the singular after his body (kk: "«Су» МКК директоры", "полиция басқармасының бастығы", "… округінің әкімі"). */
const HEAD_KK = /(?<![\p{L}])(?:басшысы|директоры|бастығы|әкімі)(?![\p{L}])/giu;
/** Heads in the plural: the departments' part ("руководители трех отделов (…)", "үш бөлімнің басшылары (…)"). */
const PLURAL_HEADS = /(?<![\p{L}])(?:руководители|начальники|директора|басшылары|бастықтары)(?![\p{L}])/iu;
/** The words that join the last body to the list: "а также", "и", "сондай-ақ", "және". */
const JOINING = /^[\s,;]*(?:(?:а\s+также|и|сондай-ақ|және|мен)\s+)?|[\s,;.]*(?:(?:а\s+также|и|сондай-ақ|және)\s*)?$/giu;

/**
 * The bodies heard besides the departments counted, each named once with its head in the singular, in the sentence that
 * counts the departments: "Отчитались руководители трех отделов акимата города (…), директор ГКП «Актау Су Тазарту»,
 * подведомственного акимату, а также начальник Управления полиции города Актау." — five reports heard, three departments,
 * and the two others named: one subordinate enterprise (bodyKindOf), the police of no kind counted. Only when the
 * departments stated and the heads named add up to the hearings stated, every head's body is of a kind told, and the
 * report states no count of subordinate organisations; a sentence naming a head in the plural besides the departments'
 * part, or heads that do not add up: nothing.
 */
export function readRestOfBodiesHeard(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const beside = bodiesBesideDepartments(lines, figures, candidates);
  if (beside === null) return [];
  const { hearings, departments } = beside;
  for (const s of sentencesOf(tidy(beside.text))) {
    const plural = PLURAL_HEADS.exec(s.text);
    if (plural === null) continue;
    // The rest of the sentence after the departments' part: the other bodies, one head each.
    const rest = s.text.slice(clauseEnd(s.text, plural.index + plural[0].length));
    if (PLURAL_HEADS.test(rest)) return [];
    const ru = matchesOf(rest, HEAD_RU);
    const kk = matchesOf(rest, HEAD_KK);
    if ((ru.length > 0) === (kk.length > 0)) continue;
    const heads = ru.length > 0 ? ru : kk;
    if (departments.value + heads.length !== hearings.value) return [];
    // Each body: after its head up to the next (ru), or before its head from the one before (kk).
    const bodies = heads.map((h, k) => (ru.length > 0 ? rest.slice(h.index + h[0].length, heads[k + 1]?.index ?? rest.length) : rest.slice(k === 0 ? 0 : heads[k - 1].index + heads[k - 1][0].length, h.index)).replace(JOINING, '').trim());
    const kinds = bodies.map((b) => bodyKindOf(b));
    if (kinds.includes(null) || kinds.includes('department')) return [];
    const subordinate = kinds.filter((k) => k === 'subordinate').length;
    return subordinate === 0 ? [] : [{ metric: 'subordinate_orgs_heard', value: subordinate, line: departments.line, text: tidy(s.text).slice(0, 300) }];
  }
  return [];
}

/** Where the clause from `from` ends: its first comma outside a bracket (the departments' list "(образования; …)" is inside). */
function clauseEnd(text: string, from: number): number {
  let depth = 0;
  for (let k = from; k < text.length; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && depth > 0) depth--;
    else if (text[k] === ',' && depth === 0) return k + 1;
  }
  return text.length;
}
