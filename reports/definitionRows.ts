/**
 * What each figure means, stated with the council's own rules: the definitions sheet of the
 * workbook, the dashboard's notes and the report draft's closing section all print these rows.
 * The rules arrive as mart_rules and mart_kpi_weights hold them (the config as the build wrote it
 * to cfg_rules); here they are only put into words — a share as a fraction where it is one, a count
 * of up to ten in words — and a law's article is cited only where the council's rule is the law's.
 */
import { KenesError } from '../sources/KenesError.ts';
import type { Labels } from './i18n/getLabels.ts';
import { localizeValue } from './i18n/localizeValue.ts';
import { pluralText } from './i18n/pluralText.ts';

/** Rows of mart_rules (rule, value, as_in_law) and mart_kpi_weights (component, share). */
export interface RuleRows {
  rules: Record<string, unknown>[];
  weights: Record<string, unknown>[];
}

export interface DefinitionRow {
  term: string;
  definition: string;
}

/** Fractions a share is said as (two thirds, not 67 %), with the key the labels give their words by. */
const FRACTIONS: [number, string][] = [[1 / 2, '1/2'], [1 / 3, '1/3'], [2 / 3, '2/3'], [1 / 4, '1/4'], [3 / 4, '3/4']];

export function definitionRows(labels: Labels, rows: RuleRows): DefinitionRow[] {
  const r = labels.rules;
  const locale = labels.meta.locale;
  const byRule = new Map(rows.rules.map((row) => [String(row.rule), row]));
  const value = (rule: string): number => {
    const row = byRule.get(rule);
    // Every build writes every rule (cfg_rules): a missing one is never replaced by the law's.
    if (typeof row?.value !== 'number') throw new KenesError('report.ruleMissing', `mart_rules has no value for ${rule}`, { location: { file: 'sql/marts/mart_rules.sql' } });
    return row.value;
  };
  const law = (rules: string[], citation: string) => (rules.every((rule) => byRule.get(rule)?.as_in_law === true) ? citation : '');
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const share = (v: number, words: Record<string, string>, percentTemplate: string) => {
    const fraction = FRACTIONS.find(([f]) => Math.abs(f - v) < 1e-9);
    return fraction && words[fraction[1]] ? words[fraction[1]] : percentTemplate.replace('{p}', percent.format(v * 100));
  };
  const count = (n: number, words: string[], fallback = r.numberFallback) =>
    (Number.isInteger(n) && n >= 1 && n <= words.length ? words[n - 1] : fallback.replace('{n}', String(n)));
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

  const quorumShare = value('quorum_share');
  const quorum = value('quorum_more_than')
    ? r.quorumMoreThan.replace('{share}', share(quorumShare, r.shareFrom, r.percentFrom))
    : r.quorumAtLeast.replace('{share}', share(quorumShare, r.shareOf, r.percentOf));
  const absences = value('unexcused_absence_warning');
  const windowMonths = value('absence_window_months');
  const extension = value('appeal_extension_months');
  const shareFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const weights = rows.weights
    .map((w) => r.weight.replace('{component}', String(localizeValue(labels, 'kpiComponents', w.component))).replace('{share}', shareFormat.format(Number(w.share ?? 0))))
    .join(', ');

  const d = labels.definitions;
  const texts: Record<keyof Labels['definitions'], string> = {
    period: d.period,
    quorum: fill(d.quorum, {
      quorum,
      law: law(['quorum_share', 'quorum_more_than'], r.lawQuorum),
      online: value('online_counts_as_present') ? r.onlineCounts : r.onlineNotCounted,
    }),
    vote: fill(d.vote, { share: share(value('vote_majority_of_present'), r.shareFrom, r.percentFrom) }),
    attendance: fill(d.attendance, {
      absences: pluralText(r.absences, absences, locale, count(absences, r.numbers)),
      window: windowMonths === 12 ? r.windowYear : pluralText(r.windowMonths, windowMonths, locale),
      law: law(['unexcused_absence_warning', 'absence_window_months'], r.lawAbsence),
    }),
    kpi: fill(d.kpi, { weights }),
    appeals: fill(d.appeals, {
      days: pluralText(r.appealDays, value('appeal_working_days'), locale),
      law: law(['appeal_working_days'], r.lawAppeals),
      extension: pluralText(r.extensionMonths, extension, locale, count(extension, r.extensionNumbers, '{n}')),
    }),
    letters: fill(d.letters, {
      days: pluralText(r.letterDays, value('letter_working_days'), locale),
      law: law(['letter_working_days'], r.lawLetters),
    }),
    coverage: d.coverage,
    reconciliation: d.reconciliation,
    history: d.history,
  };
  const terms: Record<keyof Labels['definitions'], string> = {
    period: labels.columns.period,
    quorum: labels.columns.quorum_met,
    vote: labels.sections.votes,
    attendance: labels.columns.attendance_rate,
    kpi: labels.sections.memberKpi,
    appeals: labels.sections.appeals,
    letters: labels.sections.letters,
    coverage: labels.sections.mandatoryCoverage,
    reconciliation: labels.sections.reconciliation,
    history: labels.sections.history,
  };
  return (Object.keys(terms) as (keyof Labels['definitions'])[]).map((k) => ({ term: terms[k], definition: texts[k] }));
}
