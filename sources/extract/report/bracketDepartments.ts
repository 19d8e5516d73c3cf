import { tidy } from '../toLines.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';
import { bodyKindOf } from './bodyKindOf.ts';

/** A department's word: where a Russian item opens ("отдел образования", "управления …"), a Kazakh item ends ("… бөлімі"). */
const RU_DEPARTMENT = /(?<![\p{L}])(?:отдел(?!ени)|управлени)[\p{L}]*/giu;
const KK_DEPARTMENT = /(?:бөлім|басқарма)[\p{L}]*(?![\p{L}])/giu;

/**
 * The count of hearings with its bodies in a bracket right after it: "заслушано отчетов – 2 (отдел образования и отдел
 * ЖКХ, ПТ и АД)", "заслушано 2 отчета (отдела образования, отдела ЖКХ)", "тыңдалған есептер – 2 (білім бөлімі және ТКШ
 * бөлімі)". The bracket is split at its departments' words (a Russian item opens with "отдел", a Kazakh one closes with
 * "бөлімі"); when every item is one department's (bodyKindOf) and they are as many as the count, the departments heard
 * are that many. A bracket naming another body ("ТОО «…»", "аким …"), departments in the plural ("отделы образования и
 * ЖКХ"), or fewer items than the count: nothing.
 */
export function readBracketDepartments(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const hearings = figures.find((f) => f.metric === 'report_hearings');
  if (hearings === undefined || hearings.value < 2 || [...figures, ...candidates].some((f) => f.metric === 'departments_heard')) return [];
  // The bracket may wrap onto the next line.
  const text = tidy(`${lines[hearings.line - 1] ?? ''} ${lines[hearings.line] ?? ''}`);
  const at = new RegExp(`(?<![\\d.,])${hearings.value}(?![\\d.,])(?:\\s+[\\p{L}]+){0,2}?\\s*\\(([^()]+)\\)`, 'u').exec(text);
  if (at === null || !/(?:заслуш|отч[её]т|есеп|тыңда)/iu.test(text.slice(Math.max(0, at.index - 40), at.index + at[0].length))) return [];
  const items = itemsOf(at[1]);
  if (items !== null && items.length === hearings.value && items.every((i) => bodyKindOf(i) === 'department')) {
    return [{ metric: 'departments_heard', value: items.length, line: hearings.line, text: text.slice(0, 300) }];
  }
  // Departments and enterprises side by side, a comma apart: "заслушано отчётов – 2 (отдел предпринимательства и сельского
  // хозяйства, ГКП «Алакөл су арнасы»)", "тыңдалған есептер – 2 (білім бөлімі, «Су арнасы» МКК)": each item one body of
  // either kind, as many as the count — so many departments and so many enterprises heard. A department's name with a comma
  // in it ("отдел образования, физической культуры и спорта") leaves an item of no kind: nothing.
  const parts = commaItemsOf(at[1]);
  const kinds = parts.map(bodyKindOf);
  if (parts.length !== hearings.value || !kinds.every((k) => k === 'department' || k === 'subordinate') || !kinds.includes('subordinate')) return [];
  const found = { line: hearings.line, text: text.slice(0, 300) };
  const out: ReportFigure[] = [];
  const departments = kinds.filter((k) => k === 'department').length;
  if (departments > 0) out.push({ metric: 'departments_heard', value: departments, ...found });
  if (![...figures, ...candidates].some((f) => f.metric === 'subordinate_orgs_heard')) out.push({ metric: 'subordinate_orgs_heard', value: kinds.length - departments, ...found });
  return out;
}

/** The bracket's items a comma or a semicolon apart, outside quoted names. */
function commaItemsOf(bracket: string): string[] {
  const masked = bracket.replace(/«[^«»]*»|"[^"]*"|“[^“”]*”/gu, (m) => '_'.repeat(m.length));
  const out: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(/[,;]/gu)) {
    out.push(bracket.slice(from, m.index).trim());
    from = m.index + 1;
  }
  out.push(bracket.slice(from).trim());
  return out.filter((i) => i !== '');
}

/** The bracket's items, split at the departments' words; null when something stands before the first (ru) or after the last (kk). */
function itemsOf(bracket: string): string[] | null {
  const ru = [...bracket.matchAll(RU_DEPARTMENT)];
  if (ru.length > 0 && bracket.slice(0, ru[0].index).trim() === '') {
    return ru.map((m, k) => bracket.slice(m.index, ru[k + 1]?.index ?? bracket.length).replace(/[\s,;]+(?:и\s*)?$/u, '').trim());
  }
  const kk = [...bracket.matchAll(KK_DEPARTMENT)];
  if (kk.length === 0 || bracket.slice(kk[kk.length - 1].index + kk[kk.length - 1][0].length).trim() !== '') return null;
  return kk.map((m, k) => {
    const from = k === 0 ? 0 : kk[k - 1].index + kk[k - 1][0].length;
    return bracket.slice(from, m.index + m[0].length).replace(/^[\s,;]*(?:(?:және|мен|бен|пен)\s+)?/u, '').trim();
  });
}
