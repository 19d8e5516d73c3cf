/**
 * Generic withholding (issue 12, session 17): attendance told by counts and by lists that do not add up. The count read
 * from a list that disagrees with the stated members and present is withheld, never chosen: a list read short or long (a
 * layout not understood, a sub-list, another body's list) would give a false count.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

/** The counts as kenes states them: undefined where a list's count is withheld. */
const counts = (text: string) => {
  const x = parseProtocol(text);
  return {
    attendees: x.attendees_listed === false ? undefined : x.attendees.length,
    absentees: x.absentees_listed === false ? undefined : x.absentees.length,
  };
};

const names = (n: number, from = 0) => Array.from({ length: n }, (_, k) => `${['Абенов', 'Бекова', 'Жанов', 'Иванов', 'Касымов', 'Луценко', 'Маратов', 'Нурова', 'Оспанов', 'Петров', 'Рахимов', 'Сериков', 'Тулеев', 'Уалиев'][k + from]} ${'АБВГДЕЖЗИКЛМНО'[k + from]}.${'ПРСТ'[k % 4]}.`);

describe('absentees that do not make up the members stated less those present', () => {
  it('Russian: 24 members, 19 present, one absentee read — its count (and its excused count) withheld', () => {
    const text = `ПРОТОКОЛ № 3\n\nЧленов Совета – 24. Присутствуют 19 членов Совета.\n\nОтсутствовали:\n1. ${names(1)[0]} – командировка.\n`;
    expect(counts(text).absentees).toBeUndefined();
  });

  it('Kazakh: 11 members, 8 present, one absentee read — withheld', () => {
    const text = `ХАТТАМА № 3\n\nКеңес құрамы – 11 мүше. Отырысқа 8 мүше қатысты.\n\nҚатыспағандар:\n1. ${names(1)[0]} (іссапар).\n`;
    expect(counts(text).absentees).toBeUndefined();
  });

  it('the consistent case is still stated: 11 members, 8 present, three absentees listed', () => {
    const text = `ХАТТАМА № 3\n\nКеңес құрамы – 11 мүше. Отырысқа 8 мүше қатысты.\n\nҚатыспағандар:\n${names(3).map((n, k) => `${k + 1}. ${n} (іссапар).`).join('\n')}\n`;
    expect(counts(text).absentees).toBe(3);
  });

  it('a variant: "nobody absent" said while the counts leave two absent — not "0 absent"', () => {
    const text = 'ПРОТОКОЛ № 3\n\nИз 15 членов Совета присутствуют 13. Отсутствующих нет.\n';
    expect(counts(text).absentees).toBeUndefined();
  });
});

describe('a list of those present of fewer than half the count stated', () => {
  it('Russian: 16 present stated, a piece of two names read — its count withheld', () => {
    const text = `ПРОТОКОЛ № 3\n\nЧленов Совета – 21. Присутствуют 16 членов Совета.\n\nПрисутствовали:\n${names(2).map((n, k) => `${k + 1}. ${n}`).join('\n')}\n`;
    expect(counts(text).attendees).toBeUndefined();
  });

  it('Kazakh: 14 present stated, three read — withheld', () => {
    const text = `ХАТТАМА № 3\n\nКеңес құрамы – 19 мүше. Отырысқа 14 мүше қатысты.\n\nҚатысқандар:\n${names(3).map((n, k) => `${k + 1}. ${n}`).join('\n')}\n`;
    expect(counts(text).attendees).toBeUndefined();
  });

  it('near-miss: a list one short of the count stated is the list as written (a clerk\'s slip): its count kept', () => {
    const text = `ХАТТАМА № 3\n\nКеңес құрамы – 15 мүше. Отырысқа 13 мүше қатысып отыр.\n\nҚатысқандар:\n${names(12).map((n, k) => `${k + 1}. ${n}`).join('\n')}\n`;
    expect(counts(text).attendees).toBe(12);
  });
});
