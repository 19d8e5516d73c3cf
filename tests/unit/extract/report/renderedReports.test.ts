/**
 * Reports rendered from their truth (tests/generators/renderReport.ts) come
 * back as that truth: every figure, media line and dated list item, through
 * every phrasing and noise the generator knows, in Russian and Kazakh — and no
 * render, with its dates, phones, money, percentages and last year's figures
 * in brackets, ever yields a figure the report does not hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { LIST_TYPES, type ReportX, SUB_FIGURES, renderReport, reportX } from '../../../generators/renderReport.ts';

/**
 * parseReport of each text read once per file: with the fixed seed the three properties below draw the
 * same inputs (same arbitraries, same seed), so each render is parsed once, not up to three times, and
 * every property still checks its own claim on every one of its runs (FC_SEED=random draws fresh inputs
 * per property, which then miss this memo and are parsed as they come). parseReport is a pure function
 * of the text; the result is only read.
 */
const parsed = new Map<string, ReturnType<typeof parseReport>>();
function parseOnce(text: string): ReturnType<typeof parseReport> {
  let got = parsed.get(text);
  if (got === undefined) parsed.set(text, (got = parseReport(text)));
  return got;
}

const figuresOf = (text: string) => Object.fromEntries(parseOnce(text).figures.map((f) => [f.metric, f.value]));

function expectedActivities(x: ReportX): string[] {
  return x.lists
    .flatMap((l) => l.items.map((i) => {
      const m = String(i.month).padStart(2, '0');
      return `${l.type} ${x.year}-${m}-${String(i.day).padStart(2, '0')}..${x.year}-${m}-${String(i.to ?? i.day).padStart(2, '0')}`;
    }))
    .sort();
}

// Thousands of renders in all; each property may take a minute on a loaded machine.
describe('rendered reports', () => {
  it('parseReport(render(x)) states exactly x\'s figures', () => {
    fc.assert(
      fc.property(reportX, fc.integer({ min: 1 }), (x, seed) => {
        const text = renderReport(x, seed);
        expect(figuresOf(text), text).toEqual(x.figures);
        // Sub-figures come attached to the figure they are part of.
        const parents = Object.fromEntries(Object.entries(SUB_FIGURES).flatMap(([whole, parts]) => parts!.map((p) => [p, whole])));
        for (const f of parseOnce(text).figures) if (parents[f.metric] && x.figures[f.metric] !== undefined) expect(f.part_of, text).toBe(parents[f.metric]);
      }),
      { numRuns: 1000 },
    );
  }, 180_000);

  it('no render yields a figure x does not hold, or another value', () => {
    fc.assert(
      fc.property(reportX, fc.integer({ min: 1 }), (x, seed) => {
        const text = renderReport(x, seed);
        const wrong = parseOnce(text).figures.filter((f) => x.figures[f.metric] !== f.value);
        expect(wrong, text).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 180_000);

  it('gives back the media per platform and the dated activities of each list', () => {
    fc.assert(
      fc.property(reportX, fc.integer({ min: 1 }), (x, seed) => {
        const text = renderReport(x, seed);
        const got = parseOnce(text);
        expect(got.media.map((m) => ({ platform: m.platform, publications: m.publications, views: m.views })), text).toEqual(x.media);
        const types = new Set(LIST_TYPES.map((t) => t.type));
        const activities = got.activities.filter((a) => types.has(a.type)).map((a) => `${a.type} ${a.date_start}..${a.date_end}`).sort();
        expect(activities, text).toEqual(expectedActivities(x));
        expect(got.period?.from.slice(0, 4), text).toBe(String(x.year));
      }),
      { numRuns: 600 },
    );
  }, 180_000);

  // Counterexamples fast-check found, kept as plain cases.
  it.each([
    // "Меморандумдар саны:  он": a line with no Kazakh letter, in a Kazakh report, so "он" is ten, not Russian "he"
    ['{"lang":"kk","year":2019,"half":1,"figures":{"general_meetings":1,"presidium_meetings":11,"commission_meetings":1,"monitorings":1,"round_tables":1,"public_hearings":11,"memoranda":10,"appeals_received":3,"appeals_individuals":1,"appeals_legal_entities":2},"media":[],"lists":[{"type":"round_table","items":[{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null}]},{"type":"monitoring","items":[{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null}]}]}', 29],
    // A Kazakh report's seminars with Russian titles: "3. «…» – 01.01.2019;" has no words of its own, so it was read
    // as a Russian line and the seminar as the Kazakh one told again (FC_SEED -891532626)
    ['{"lang":"kk","year":2019,"half":1,"figures":{"round_tables":1,"seminars":6},"media":[],"lists":[{"type":"seminar","items":[{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null},{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null},{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null},{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null},{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null},{"title":"Доступность медицинской помощи в сельской местности","month":3,"day":1,"to":null}]}]}', 947985177],
    // A Kazakh report whose one-word lines ("(1 мамыр)", "Семинарлар", "– 1-2.01.2019 ж.;") have no Kazakh letter was
    // judged written in both languages, and its second public hearing on 1 January dropped as the first told again
    // (FC_SEED 790310830)
    ['{"lang":"kk","year":2019,"half":1,"figures":{"general_meetings":1,"commission_meetings":1,"seminars":1,"memoranda":1,"npa_reviewed":2,"npa_with_remarks":1,"monitorings":4,"public_hearings":2},"media":[],"lists":[{"type":"monitoring","items":[{"title":"Доступность медицинской помощи в сельской местности","month":5,"day":1,"to":null},{"title":"Доступность медицинской помощи в сельской местности","month":3,"day":1,"to":null},{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null},{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null}]},{"type":"public_hearing","items":[{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":2},{"title":"Доступность медицинской помощи в сельской местности","month":1,"day":1,"to":null}]}]}', 1427973121],
  ])('counterexample %#', (json, seed) => {
    const x = JSON.parse(json) as ReportX;
    const text = renderReport(x, seed);
    expect(figuresOf(text), text).toEqual(x.figures);
    expect(parseReport(text).activities.map((a) => `${a.type} ${a.date_start}..${a.date_end}`).sort(), text).toEqual(expectedActivities(x));
  });
});
