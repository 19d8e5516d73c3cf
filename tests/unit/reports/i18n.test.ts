import { describe, it, expect } from 'vitest';
import { getLabels, LANGS, type Labels } from '../../../reports/i18n/getLabels.ts';
import { localizeValue } from '../../../reports/i18n/localizeValue.ts';
import { SECTIONS } from '../../../reports/sections/annual.ts';
import { MEMBER_SECTIONS } from '../../../reports/sections/member.ts';
import { NATIONAL_SECTIONS } from '../../../reports/sections/national.ts';
import { QUARTERLY_SECTIONS } from '../../../reports/sections/quarterly.ts';
import type { AnySection } from '../../../reports/sections/Section.ts';
import { chartRegistry } from '../../../reports/charts/chartRegistry.ts';
import { FORMAT_LOCALES } from '../../../reports/i18n/formatLocales.ts';
import { METRICS } from '../../../sources/reference/metrics.ts';

/** Every leaf as 'group.key' → value, so a missing nested key shows up by name. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [p, leaf] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, leaf);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** Every output's sections: the annual report, the member sheet, the quarterly export, the national workbook. */
const ALL_SECTIONS: AnySection[] = [...SECTIONS, ...MEMBER_SECTIONS, ...QUARTERLY_SECTIONS, ...NATIONAL_SECTIONS];

const ACTIVITY_TYPES = 'monitoring public_hearing report_hearing npa_review round_table dialog_platform official_meeting seminar memorandum site_visit media_project other'.split(' ');

describe('labels', () => {
  const ru = leaves(getLabels('ru'));

  // A phrase's plural forms (pluralText) are the language's own: ru has few and many, kk only other.
  const withoutPluralForms = (keys: Iterable<string>) => [...keys].filter((k) => !/\.(zero|one|two|few|many)$/.test(k)).sort();

  it.each(['kk', 'en'] as const)('%s has exactly the keys of ru', (lang) => {
    const other = leaves(getLabels(lang));
    expect(withoutPluralForms(other.keys())).toEqual(withoutPluralForms(ru.keys()));
  });

  it.each(LANGS)('%s has no empty or non-string value', (lang) => {
    for (const [key, value] of leaves(getLabels(lang))) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('Kazakh labels are not Russian ones left untranslated', () => {
    // Same words are legitimate in a few places (Онлайн, Комиссия, Семинар…); whole groups are not.
    const kk = leaves(getLabels('kk'));
    const same = [...ru.keys()].filter((k) => !k.startsWith('meta.') && kk.get(k) === ru.get(k));
    expect(same.length).toBeLessThan(ru.size / 10);
    expect(getLabels('kk').metrics.general_meetings).toBe('Қоғамдық кеңес отырыстары');
  });

  it('covers every metric of the metrics file and every activity type of DESIGN.md, and nothing else', () => {
    const labels: Labels = getLabels('ru');
    // kk and en have exactly ru's keys (above), so this holds for all three.
    expect(Object.keys(labels.metrics).sort()).toEqual(METRICS.map((m) => m.id).sort());
    expect(Object.keys(labels.activityTypes).sort()).toEqual([...ACTIVITY_TYPES].sort());
  });

  it('every section title fits an Excel sheet name in every language', () => {
    for (const lang of LANGS) for (const s of ALL_SECTIONS) expect(getLabels(lang).sections[s.titleKey].length).toBeLessThanOrEqual(31);
    for (const lang of LANGS) {
      for (const t of Object.values(getLabels(lang).sections)) {
        expect(t.length, t).toBeLessThanOrEqual(31);
        // Excel forbids these in a tab name; writeWorkbook would replace them and the name would differ from the label.
        expect(t, t).not.toMatch(/[[\]:*?/\\']/);
      }
    }
  });

  it('translates enumerated values and passes unknown ones through', () => {
    const kk = getLabels('kk');
    expect(localizeValue(kk, 'bodies', 'commission 3')).toBe('№ 3 комиссия');
    expect(localizeValue(getLabels('ru'), 'bodies', 'council')).toBe('Общественный совет');
    expect(localizeValue(kk, 'activityTypes', 'round_table')).toBe('Дөңгелек үстел');
    expect(localizeValue(kk, 'metrics', 'not_yet_labelled')).toBe('not_yet_labelled');
    // Prototype keys are not labels.
    expect(localizeValue(kk, 'metrics', 'toString')).toBe('toString');
    expect(localizeValue(kk, 'metrics', null)).toBeNull();
  });

  it.each(['kk', 'en'] as const)('--lang %s: every label the outputs print is translated (sections, columns, charts, values)', (lang) => {
    const ruLabels = getLabels('ru');
    const other = getLabels(lang);
    const ruLeaves = leaves(ruLabels);
    // The labels the outputs use: section titles and column headers of every output's sections, every chart text.
    const used = new Set<string>();
    for (const s of ALL_SECTIONS) {
      used.add(`sections.${s.titleKey}`);
      for (const c of s.columns) used.add(`${s.headers ?? 'columns'}.${String(c.labelKey)}`);
      if (s.record) for (const k of [s.record.field, s.record.value]) used.add(`columns.${k}`);
    }
    for (const k of Object.keys(ruLabels.national.activityChart)) used.add(`national.activityChart.${k}`);
    used.add('national.title');
    // Each key exists in Russian, the labels every other language is typed against.
    for (const key of used) expect(ruLeaves.has(key), key).toBe(true);
    for (const id of Object.keys(chartRegistry)) for (const k of Object.keys(ruLabels.charts[id as keyof Labels['charts']])) used.add(`charts.${id}.${k}`);
    const otherLeaves = leaves(other);
    for (const key of used) {
      expect(otherLeaves.has(key), key).toBe(true);
      expect(String(otherLeaves.get(key)).trim(), key).not.toBe('');
    }
    // Translated, not copied: at most a few shared words (Онлайн, Комиссия, KPI…) in what is printed.
    const same = [...used].filter((k) => otherLeaves.get(k) === ruLeaves.get(k));
    expect(same.length, same.join(', ')).toBeLessThan(used.size / 10);
  });

  it('defines a Kazakh number and date format (d3 has no kk-KZ)', () => {
    expect(FORMAT_LOCALES.kk.time.months).toHaveLength(12);
    expect(FORMAT_LOCALES.kk.time.months[2]).toBe('наурыз');
    expect(FORMAT_LOCALES.kk.time.days).toHaveLength(7);
    expect(FORMAT_LOCALES.kk.number.thousands).toBe('\u00a0');
    expect(FORMAT_LOCALES.ru.number.decimal).toBe(',');
    expect(FORMAT_LOCALES.en.number.decimal).toBe('.');
  });
});
