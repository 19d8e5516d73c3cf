/**
 * Classes of session 40, set 157 (reports pasted from infographics and dashboards): a box-drawn grid makes no Markdown
 * note and its footnotes under a box-drawn rule are notes (withoutMarkdown.ts, report/footnotes.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { blankFootnotes } from '../../../sources/extract/report/footnotes.ts';
import { withoutMarkdown } from '../../../sources/extract/withoutMarkdown.ts';
import { boxTablesAsPipes } from '../../../sources/extract/boxTables.ts';

const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();
const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type}@${a.date_start}`).sort();

describe('a box-drawn infographic: its grid is no Markdown, its notes under a drawn rule are notes', () => {
  const grid = [
    '   ┌──────────────────────┬──────────────────────┐',
    '   │  КЕҢЕС ОТЫРЫСТАРЫ    │  МОНИТОРИНГ          │',
    '   │  1 → 2               │  2 → 4               │',
    '   └──────────────────────┴──────────────────────┘',
  ];
  it('the grid read as pipes leaves a star bullet a star: the text typed no Markdown', () => {
    const typed = [...grid, '', '   * Стрелканың сол жағы – II тоқсан, оң жағы – III тоқсан.'];
    expect(withoutMarkdown(boxTablesAsPipes(typed), { typed }).at(-1)).toBe('   * Стрелканың сол жағы – II тоқсан, оң жағы – III тоқсан.');
    // A Markdown note that draws a box is still Markdown: its bullet is a "-" one.
    const note = ['## Отчёт', '## Итоги', ...grid, '* пункт'];
    expect(withoutMarkdown(boxTablesAsPipes(note), { typed: note }).at(-1)).toBe('- пункт');
  });
  it('kk: the notes under a "────" rule, set in, are blanked with their wrapped lines (Q3 2026, set 157)', () => {
    const lines = [
      '   10.09  астық қабылдау пункттеріне мониторинг',
      '',
      '   ──────────────────────────────────────────────',
      '   * Стрелканың сол жағы – 2026 жылғы II тоқсан, оң жағы – III тоқсан.',
      '   ** Облыста 2 шешім қабылданды',
      '      – Кеңестің көрсеткіштеріне кірмейді.',
    ];
    const out = blankFootnotes(lines);
    expect(out.slice(3).every((l) => l.trim() === '')).toBe(true);
    expect(out[0]).toBe(lines[0]);
  });
  it('ru: a "━━━━━" rule over "* В т.ч. 2 выездных заседания" blanks the note; a rule under a spaced table is the table\'s', () => {
    expect(blankFootnotes(['Заседания Совета – 5*', '━━━━━━━━━━', '  * В т.ч. 2 выездных заседания'])[2].trim()).toBe('');
    const table = ['Показатель      II кв.   III кв.', '──────────', 'Публикации      21       27'];
    expect(blankFootnotes(table)).toEqual(table);
  });
  it('the calendar\'s last line is no heading of the notes: one monitoring dated, none counted from the notes', () => {
    const text = [
      'ҚОҒАМДЫҚ КЕҢЕС: III ТОҚСАН 2026 (шілде – қыркүйек)',
      ...grid,
      '',
      '   КҮНТІЗБЕ',
      '   09.07  Железин ауданындағы суармалы жерлерге мониторинг',
      '   21.07  есеп тыңдау (Ақсу қ.)',
      '   06.08  «Жерлерді субсидиялау» қоғамдық тыңдауы',
      '   10.09  астық қабылдау пункттеріне мониторинг',
      '',
      '   ──────────────────────────────────────────────',
      '   * Стрелканың сол жағы – 2026 жылғы II тоқсан, оң жағы – III тоқсан.',
      '   ** Облыс бойынша 2 шешім қабылданды – Кеңестің көрсеткіштеріне кірмейді.',
    ].join('\n');
    expect(figures(text)).not.toContain('monitorings=2');
    expect(activities(text)).toEqual(['monitoring@2026-07-09', 'monitoring@2026-09-10', 'public_hearing@2026-08-06', 'report_hearing@2026-07-21']);
  });
});
