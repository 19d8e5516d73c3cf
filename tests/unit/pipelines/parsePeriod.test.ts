import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../pipelines/build/parsePeriod.ts';
import { KenesError } from '../../../sources/KenesError.ts';

describe('parsePeriod', () => {
  it('a year compares with the year before', () => {
    const p = parsePeriod('2025');
    expect(p.current).toEqual({ id: '2025', from: '2025-01-01', to: '2025-12-31' });
    expect(p.previous).toEqual({ id: '2024', from: '2024-01-01', to: '2024-12-31' });
  });
  it('halves, quarters and months roll over the year', () => {
    expect(parsePeriod('2025-h1').previous).toEqual({ id: '2024-H2', from: '2024-07-01', to: '2024-12-31' });
    expect(parsePeriod('2025-Q1').previous).toEqual({ id: '2024-Q4', from: '2024-10-01', to: '2024-12-31' });
    expect(parsePeriod('2025-Q3').yearAgo).toEqual({ id: '2024-Q3', from: '2024-07-01', to: '2024-09-30' });
    expect(parsePeriod('2024-02').current.to).toBe('2024-02-29');
    expect(parsePeriod('2025-01').previous.id).toBe('2024-12');
  });
  it('a date range compares with the same number of days before it', () => {
    const p = parsePeriod('2025-05-01..2025-12-31');
    expect(p.previous).toEqual({ id: '2024-08-29..2025-04-30', from: '2024-08-29', to: '2025-04-30' });
    expect(p.yearAgo.from).toBe('2024-05-01');
  });
  it('a convocation comes from the config', () => {
    const p = parsePeriod('convocation:IV', { convocations: [{ id: 'IV', from: '2022-05-20', to: '2025-05-19' }] });
    expect(p.current).toEqual({ id: 'convocation:IV', from: '2022-05-20', to: '2025-05-19' });
  });
  it('rejects what is not a period with a usage error', () => {
    for (const bad of ['2025-Q5', '2025-13', 'last year', '2025-12-31..2025-01-01', 'convocation:IX']) {
      try {
        parsePeriod(bad, { convocations: [] });
        expect.unreachable(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(KenesError);
        expect((e as KenesError).exitCode).toBe(1);
      }
    }
  });
});
