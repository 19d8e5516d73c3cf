/**
 * Four ordinary reports of the thirty-fourth blind held-out set (issue 12), the ones helper h-34a took: the competition
 * agency's annual report (.docx: numbered headings straight over their paragraphs, "21 (двадцать один) член", NPA
 * conclusions "По 31 проекту …"), the anti-corruption agency's (.pdf, Kazakh: word numbers, "саны – 2 (5 ақпан және 9
 * қазан)", a none "Кеңес бастамасымен … өткізілген жоқ"), the financial regulator's half-year (a count opening its parts
 * after a colon, "все – от физических лиц") and Akmola oblast's nine months (Kazakh, "сандық құрамы – 35 мүше:",
 * "мемлекеттік органдардан – 9", "26 сауал жолданды"). Scored blind: 112/145 with one FALSE value (the anti-corruption
 * report's public hearings 4: the heading "6. Дөңгелек үстелдер, семинарлар, қоғамдық тыңдаулар" run into the sentence
 * under it). Fixed since by class (report/reports34classesA.test.ts): 135/145, none false. The misses left, with why.
 * The set's other four reports are another helper's (heldOut34ReportsB).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreHeldOutDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-34');

/**
 * "Изменений в составе … не происходило": a membership's none is read, but stays a candidate 0 for a person to confirm —
 * the held-out sets disagree (see heldOut31Reports).
 */
const MEMBERSHIP_NONE = ['figure members_joined', 'figure members_left'];

const MISSES: Record<string, string[]> = {
  // "22 октября проведены общественные слушания по проекту …", "15 мая Советом подписан меморандум …": one dated event
  // each, no count written (the activities are read; a lone activity is never turned into a figure, as in set 31).
  'report-ru-azrk-2025.docx': ['figure public_hearings', 'figure memoranda'],
  // "бір мүше … шығарылып, оның орнына жаңа мүше енгізілді": the one who left is read (the converb); the one who joined
  // is "a new member in their place", no number written. "Ведомстволық бағынысты мекемесі – «Антикор орталығы»
  // директорының ақпараты": a subordinate body named among the hearings, not counted.
  'report-kk-anticor-2025.pdf': ['figure members_joined', 'figure subordinate_orgs_heard'],
  // Membership none (above). "Заслушаны отчеты двух структурных подразделений Агентства – Департамента … (24 апреля) и
  // Департамента … (26 июня)": the count is of the units, the hearings only by their dates (reading the units as
  // hearings would give departments_heard too, which the set leaves out for an agency's own departments). "11 июня …
  // состоялись общественные слушания": one dated event, no count. "58 обращений …, все – от физических лиц": the kind
  // said of all, no number of it — a candidate 58 (sets 4 and 15 leave it out, 24 and 26 state it). "12 пресс-релизов
  // размещены на интернет-ресурсе Агентства": press releases on a site are not read as the website's publications.
  'report-ru-arrfr-2025-h1.txt': [...MEMBERSHIP_NONE, 'figure report_hearings', 'figure public_hearings', 'figure appeals_individuals', 'media website.publications'],
  'report-kk-akmola-oblast-2025-9m.txt': [],
};

describe('held-out reports of set 34 (part A), seen by no one before they were scored', () => {
  it.each(Object.keys(MISSES))('%s: every field right but the pinned misses, no false figure', async (file) => {
    const score = await scoreHeldOutDocument(DIR, file);
    expect(score.falseFigures).toEqual([]);
    expect(score.missed.map((m) => m.replace(/:.*$/, ''))).toEqual(MISSES[file]);
  });
});
