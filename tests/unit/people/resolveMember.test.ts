import { describe, expect, it } from 'vitest';
import { normalizePersonName, resolveMember } from '../../../sources/people/resolveMember.ts';

const members = [
  { member_id: 'M1', full_name: 'Кобеева Алтынай Орманкалиевна' },
  { member_id: 'M2', full_name: 'Кобеева Асель Маратовна' },
  { member_id: 'M3', full_name: 'Ғазиз Қайсар Айдосұлы' },
  { member_id: 'M4', full_name: 'Шибутов Марат Максумович' },
  { member_id: 'M5', full_name: 'Кожалиева Тогжан Бакытжанқызы' },
  { member_id: 'M6', full_name: 'Семёнов Пётр Ильич' },
  { member_id: 'M7', full_name: 'Кураев Ислам Бахтияр-Оглы' },
];

describe('normalizePersonName', () => {
  it('lowercases, folds ё, replaces Latin look-alikes inside Cyrillic words, strips punctuation', () => {
    expect(normalizePersonName('Kобеева А.О.')).toBe('кобеева а о');
    expect(normalizePersonName('Сeмёнов П.И.')).toBe('семенов п и');
    expect(normalizePersonName('John Smith')).toBe('john smith');
  });
});

describe('resolveMember', () => {
  it.each([
    ['Кобеева А.О.', 'M1'], ['А.О. Кобеева', 'M1'], ['Алтынай Орманкалиевна Кобеева', 'M1'], ['Кобеева Алтынай Орманкалиевна', 'M1'],
    ['Кобеева Алтынай', 'M1'], ['Кобеева А.М.', 'M2'], ['Ғазиз Қайсар Айдосұлы', 'M3'], ['Газиз Кайсар Айдосулы', 'M3'],
    ['Шибутова М.М.', 'M4'], ['М.М.Шибутов', 'M4'], ['Кожалиева Тогжан Бакытжанкызы', 'M5'], ['Семенов П.И.', 'M6'],
    ['Kобеева А.O.', 'M1'], ['Кураев Ислам Бахтияр Оглы', 'M7'],
  ])('%s → %s', (name, id) => {
    expect(resolveMember(name, members)).toMatchObject({ status: 'matched', member_id: id });
  });

  it('a shared surname given alone, or with a shared initial, is ambiguous with both candidates', () => {
    for (const name of ['Кобеева', 'А.Кобеева']) {
      const r = resolveMember(name, members);
      expect(r.status).toBe('ambiguous');
      if (r.status !== 'matched') expect(r.candidates.map((c) => c.member_id).sort()).toEqual(['M1', 'M2']);
    }
  });

  it('initials that fit no namesake leave the name unmatched, with the namesakes as candidates', () => {
    const r = resolveMember('Кобеева К.Б.', members);
    expect(r.status).toBe('unmatched');
    if (r.status !== 'matched') expect(r.candidates.slice(0, 2).map((c) => c.member_id).sort()).toEqual(['M1', 'M2']);
  });

  it('a stranger is unmatched and never silently given to a member', () => {
    expect(resolveMember('Иванов И.И.', members)).toMatchObject({ status: 'unmatched' });
    expect(resolveMember('', members)).toMatchObject({ status: 'unmatched' });
    expect(resolveMember('Кобеева А.О.', [])).toEqual({ status: 'unmatched', candidates: [] });
  });
});
