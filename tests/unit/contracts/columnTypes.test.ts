import { describe, expect, it } from 'vitest';
import { coerceBool, coerceCommission, coerceDate, coerceEnum, coerceInt, coerceMonth } from '../../../sources/contracts/columnTypes.ts';

describe('coerceDate', () => {
  it('reads ISO, dd.mm.yyyy, dd.mm.yy, Excel serials and Date cells', () => {
    expect(coerceDate('2023-03-15')).toEqual({ ok: true, value: '2023-03-15' });
    expect(coerceDate('15.03.2023')).toEqual({ ok: true, value: '2023-03-15' });
    expect(coerceDate('5.3.2023 г.')).toEqual({ ok: true, value: '2023-03-05' });
    expect(coerceDate('15/03/23')).toEqual({ ok: true, value: '2023-03-15' });
    expect(coerceDate(45000)).toEqual({ ok: true, value: '2023-03-15' });
    expect(coerceDate(new Date(Date.UTC(2023, 2, 15)))).toEqual({ ok: true, value: '2023-03-15' });
    expect(coerceDate('')).toEqual({ ok: true, value: null });
  });

  it('rejects dates that do not exist, with the text as given', () => {
    expect(coerceDate('31.02.2023')).toEqual({ ok: false, reason: '"31.02.2023" is not a valid calendar date' });
    expect(coerceDate('2023-13-01').ok).toBe(false);
    expect(coerceDate('вчера').ok).toBe(false);
    expect(coerceDate(12).ok).toBe(false);
  });
});

describe('coerceInt', () => {
  it('reads thousands with spaces and "нет" as zero', () => {
    expect(coerceInt('12 500')).toEqual({ ok: true, value: 12500 });
    expect(coerceInt('нет')).toEqual({ ok: true, value: 0 });
    expect(coerceInt(7)).toEqual({ ok: true, value: 7 });
  });
  it('rejects negative, fractional and non-numeric counts', () => {
    expect(coerceInt('-3').ok).toBe(false);
    expect(coerceInt(2.5).ok).toBe(false);
    expect(coerceInt('много').ok).toBe(false);
  });
});

describe('coerceCommission', () => {
  const known = ['1', '2', '3', '4', '5'];
  it('reads the ways people write a commission', () => {
    for (const text of ['3', '№3', 'Комиссия № 3', 'комиссия 3', 'commission 3', '03']) {
      expect(coerceCommission(text, known)).toEqual({ ok: true, value: '3' });
    }
  });
  it('rejects a commission the workspace does not have', () => {
    expect(coerceCommission('Комиссия № 9', known)).toEqual({ ok: false, reason: 'unknown commission "Комиссия № 9" (known: 1, 2, 3, 4, 5)' });
  });
});

describe('coerceEnum and coerceBool', () => {
  const statuses = { answered: ['отвечено', 'жауап берілді'], in_progress: ['в работе'] };
  it('matches ru/kk spellings case- and spacing-insensitively, and canonical ids', () => {
    expect(coerceEnum('  Отвечено ', statuses)).toEqual({ ok: true, value: 'answered' });
    expect(coerceEnum('Жауап  берілді', statuses)).toEqual({ ok: true, value: 'answered' });
    expect(coerceEnum('in progress', statuses)).toEqual({ ok: true, value: 'in_progress' });
    expect(coerceEnum('потеряно', statuses).ok).toBe(false);
  });
  it('reads yes/no in three languages', () => {
    expect(coerceBool('да')).toEqual({ ok: true, value: true });
    expect(coerceBool('жоқ')).toEqual({ ok: true, value: false });
    expect(coerceBool('TRUE')).toEqual({ ok: true, value: true });
    expect(coerceBool('может быть').ok).toBe(false);
  });
  it('reads months', () => {
    expect(coerceMonth('2023-5')).toEqual({ ok: true, value: '2023-05' });
    expect(coerceMonth('05.2023')).toEqual({ ok: true, value: '2023-05' });
    expect(coerceMonth('2023-13').ok).toBe(false);
  });
});
