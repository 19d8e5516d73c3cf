/**
 * Chart files from hostile text, and a chart that cannot be drawn. Guards issue 11: a vertical tab in a
 * member's name made resvg refuse the SVG ("a non-XML character '\u{b}'"), and the report then hung
 * instead of ending with the error.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCharts } from '../../../pipelines/report/writeCharts.ts';
import { CleaningLog } from '../../../reports/CleaningLog.ts';
import { buildMemberAttendanceSpec } from '../../../reports/charts/buildMemberAttendanceSpec.ts';
import { getLabels } from '../../../reports/i18n/getLabels.ts';
import { KenesError } from '../../../sources/KenesError.ts';
import { renderChartSvg, svgToPngAsync } from '../../../reports/charts/renderChartImage.ts';

const HOSTILE_NAMES = [
  'Сериков\u000bАрман Болатович',
  'Ctl\u0001\u001f\uFFFF',
  'Lone\uD800surrogate',
  '\u202Eтеремок\u2066',
  `<script>alert(1)</script>${'я'.repeat(1000)}`,
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-charts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function attendance(names: string[]): TopLevelSpec {
  const rows = names.map((full_name, i) => ({ member_id: `M${i}`, full_name, body: 'all', attendance_rate: 0.5 + i / 20, exclusion_risk: false }));
  return buildMemberAttendanceSpec(rows, getLabels('ru'));
}

describe('writeCharts', () => {
  it('draws hostile names as clean text: an SVG resvg parses, a PNG, and a record of what changed', async () => {
    const out = join(dir, 'hostile');
    const log = new CleaningLog();
    const { files, images } = await writeCharts(out, [{ id: 'memberAttendance', spec: attendance(HOSTILE_NAMES) }], 'ru', log);
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual(['memberAttendance.png', 'memberAttendance.svg']);
    const svg = await readFile(join(out, 'memberAttendance.svg'), 'utf8');
    // resvg reads SVG with a strict XML parser: the one that refused the vertical tab.
    expect(() => new Resvg(svg)).not.toThrow();
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(svg).toContain('Сериков Арман Болатович');
    // Markup is text in the SVG, escaped by Vega, never an element.
    expect(svg).not.toContain('<script');
    expect(Buffer.from(images.get('memberAttendance')!.png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const line = log.summaries()[0];
    expect(line).toMatch(/^hostile: \d+ texts cleaned — control characters removed \(memberAttendance: full_name, memberAttendance: member_label\)/);
    expect(line).toContain('over-long text cut (memberAttendance: full_name, memberAttendance: member_label)');
    expect(line).toContain('open direction marks closed');
  });

  it('fails with the chart named, after the pictures already started, and draws none after it', async () => {
    const out = join(dir, 'failing');
    const broken = { ...attendance(['A']), mark: { type: 'no-such-mark' } } as unknown as TopLevelSpec;
    const error = await writeCharts(out, [
      { id: 'first', spec: attendance(['A', 'B']) },
      { id: 'broken', spec: broken },
      { id: 'third', spec: attendance(['C']) },
    ], 'ru').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KenesError);
    expect((error as KenesError).code).toBe('report.chartFailed');
    expect((error as KenesError).message).toMatch(/^Cannot draw the chart broken: /);
    expect((error as KenesError).location.file).toBe(join(out, 'broken.svg'));
    // The first picture was finished (not left running on the thread pool), the third never started, no temp files.
    expect((await readdir(out)).sort()).toEqual(['first.png', 'first.svg']);
  });

  it('draws a chart drawn before from the same rows once: each report still hears what was cleaned, and other rows draw anew', async () => {
    const first = new CleaningLog();
    const second = new CleaningLog();
    const a = await writeCharts(join(dir, 'again-1'), [{ id: 'memberAttendance', spec: attendance(HOSTILE_NAMES) }], 'ru', first);
    const b = await writeCharts(join(dir, 'again-2'), [{ id: 'memberAttendance', spec: attendance(HOSTILE_NAMES) }], 'ru', second);
    expect(await readFile(join(dir, 'again-2', 'memberAttendance.svg'), 'utf8')).toBe(await readFile(join(dir, 'again-1', 'memberAttendance.svg'), 'utf8'));
    expect(b.images.get('memberAttendance')).toEqual(a.images.get('memberAttendance'));
    // Cleaning is not remembered with the picture: the second report's log names its own folder and changes.
    expect(second.summaries()[0]).toBe(first.summaries()[0].replace('again-1', 'again-2'));
    // One name changed: another picture, and the language is part of what was drawn.
    const other = await renderChartSvg(attendance([...HOSTILE_NAMES.slice(1), 'Жаңа Мүше']), 'ru');
    expect(other).toContain('Жаңа Мүше');
    expect(other).not.toContain('Сериков Арман Болатович');
    expect(await renderChartSvg(attendance(['A', 'B']), 'kk')).not.toBe(await renderChartSvg(attendance(['A', 'B']), 'ru'));
  });

  it('never remembers a picture that failed: the same SVG fails again with its error', async () => {
    const bad = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>\u000b</text>';
    const first = await svgToPngAsync(bad).catch((e: unknown) => e);
    const second = await svgToPngAsync(bad).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(Error);
    expect(second).toBeInstanceOf(Error);
    expect(second).not.toBe(first);
  });
});
