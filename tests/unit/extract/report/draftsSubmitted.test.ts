/**
 * Drafts submitted to the council ("внесено N проектов", "N жобасын енгізді") are drafts received, not reviewed: there is
 * no metric of drafts received, so the number is no figure; the reviewed count is the one the text says was reviewed
 * (found by h-34a in session 13: "Агентством внесено 34 проекта НПА" read as 34 reviewed).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const T = 'Отчет о работе Общественного совета за 2025 год\n\n';
const reviewed = (text: string) => parseReport(T + text).figures.find((f) => f.metric === 'npa_reviewed')?.value;

describe('drafts submitted are not drafts reviewed', () => {
  it('ru: "внесено 34 проекта", with or without "на рассмотрение Совета", states no reviewed count', () => {
    expect(reviewed('Агентством внесено 34 проекта НПА.\n')).toBeUndefined();
    expect(reviewed('Агентством внесено на рассмотрение Совета 34 проекта НПА.\n')).toBeUndefined();
  });
  it('kk: "34 НҚА жобасын енгізді" the same', () => {
    expect(reviewed('Агенттік 34 НҚА жобасын енгізді.\n')).toBeUndefined();
  });
  it('variant: "внесено 12 …, из них рассмотрено 10" reads the 10 reviewed', () => {
    expect(reviewed('В Совет внесено 12 проектов нормативных правовых актов, из них рассмотрено 10.\n')).toBe(10);
  });
  it('near-miss: "рассмотрено 12 проектов НПА" and "рассмотрены 12 внесенных проектов" are reviewed', () => {
    expect(reviewed('Рассмотрено 12 проектов НПА.\n')).toBe(12);
    expect(reviewed('Советом рассмотрено 12 проектов НПА, внесенных министерством.\n')).toBe(12);
  });
});
