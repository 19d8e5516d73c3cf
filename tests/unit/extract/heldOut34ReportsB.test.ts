/**
 * The thirty-fourth blind held-out set (issue 12, session 13), part B: ordinary narrative reports of a ministry and
 * agencies — the Atomic Energy Agency's first quarter after its council was formed (Q4), the Ministry of Defence's year,
 * the Agency for Strategic Planning's Q3 in Kazakh with run-in headings, the Ministry of Foreign Affairs' year in Kazakh
 * sections then Russian ones — and the set's two protocols. Scored blind: 130 of 169 fields (the four reports 75 of
 * 114), 3 false values (a newly formed council's composition taken for the state at the period's end; a part of
 * appeals "от общественных объединений" taken for civil members). The classes fixed are tested in
 * report/reports34classesB.test.ts; the misses left are pinned below with why. (The set's other four reports: h-34a.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreHeldOutDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-34');

const MISSED: Record<string, string[]> = {
  'protocol-kk-akmola-oblast-2025-10-22.txt': [],
  'protocol-ru-arrfr-2025-09-18.txt': [],
  // "12–14 тамыз аралығында … 2026 жылғы ауыл шаруашылығы санағына дайындығына 1 мониторинг жүргізді": the census's
  // year 2026 reads as another period (a candidate), and the monitoring's date range opens the sentence before the
  // type: no dated activity. "17 шілдедегі отырыста … есебі тыңдалды", "4 қыркүйекте … қоғамдық тыңдау өтті": one
  // event each, told in the singular with no count — read as activities, never as figures of 1.
  'report-kk-aspr-2025-q3.txt': ['figure monitorings', 'figure report_hearings', 'figure public_hearings', 'activity monitoring 2025-08-12'],
  // "біреуіне … ескерту жолданды": "біреуі" (one of them) with the dative is no number word of parseCount. The 2
  // monitorings are said of a commission ("Консулдық мәселелер жөніндегі комиссия 2 қоғамдық мониторинг жүргізді"): another
  // body's, a candidate; their dates follow the colon as "2025 жылғы 17–18 наурызда – …; 2025 жылғы 14 қазанда – …"
  // with no type in each item. The dialogue platform and the seminar are told in the singular (activities, no figure).
  // "На все обращения даны ответы": the count received is a candidate (set 10 reads "all" as no number, this set as 12).
  'report-mixed-mid-2025.txt': [
    'figure npa_with_remarks', 'figure monitorings', 'figure dialog_platforms', 'figure seminars', 'figure appeals_answered',
    'activities monitoring', 'activity monitoring 2025-03-17', 'activity monitoring 2025-10-14',
  ],
  // "Проекты Правил … и Перечня … находятся на рассмотрении": two pending drafts counted only by naming them. The
  // hearing of the Agency's chairman, the round table and the seminar: one each, in the singular, read as activities.
  'report-ru-atom-2025-q4.txt': ['figure npa_pending', 'figure report_hearings', 'figure round_tables', 'figure seminars'],
  // "Состав … в 2025 году не изменялся": joined and left 0 stay candidates (sets 4 and 10 read it as no figure). The
  // seminar of 6 November is one, in the singular. "в газете «Сарбаз» – 6" after "опубликовано 75 материалов, в том
  // числе:": an outlet's bare count in a list, the noun only in the total before it.
  'report-ru-minoborony-2025.txt': ['figure members_joined', 'figure members_left', 'figure seminars', 'media other.publications'],
};

describe('held-out documents (set 34, part B), seen by no one before they were scored', () => {
  it.each(Object.keys(MISSED))('%s: every field right but the pinned misses, no false figure', async (file) => {
    const score = await scoreHeldOutDocument(DIR, file);
    expect(score.falseFigures).toEqual([]);
    expect(score.missed.map((m) => m.replace(/:.*$/, ''))).toEqual(MISSED[file]);
  });
});
