/**
 * A count stated twice with two values, settled by the protocol's own list (set 96's convention; set 116's Merke: "2-еуі
 * онлайн" in the head, "үшеуі онлайн" at the end, three marked online in the roll). Variants of my own in both languages,
 * and near misses: a list agreeing with neither, a list with no marks, one statement only.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const roll = (online: number, present: number) =>
  Array.from({ length: present }, (_, k) => `${k + 1}. ${NAMES[k]}${k < online ? ' (онлайн)' : ''}`);
const NAMES = ['Абенов Д.С.', 'Байғараев Н.Е.', 'Дүйсенова Ж.Қ.', 'Ермеков Т.А.', 'Жұмабаева С.Н.', 'Иманов К.Р.', 'Қасымова Л.М.', 'Манапов А.Т.', 'Нысанбаева С.Ә.', 'Оспанов Б.Б.', 'Рахымжанова Д.Б.'];
const protocol = (head: string, heading: string, list: string[], tail: string) =>
  parseProtocol(['ПРОТОКОЛ № 7', '24.11.2026', '', head, '', heading, ...list, '', 'ПОВЕСТКА ДНЯ:', '1. О плане работы на 2027 год.', '', tail].join('\n'));

describe('online stated as two numbers, the roll marks one of them', () => {
  it.each([
    ['Кеңес мүшелерінің саны – 13. Қатысқаны: 11 мүше, оның ішінде 2-еуі онлайн.', 'Қатысқандар:', 'Отырысқа Кеңестің 11 мүшесі қатысты (үшеуі онлайн).'],
    ['Всего членов Совета – 13. Присутствуют 11, из них 2 в режиме онлайн.', 'Присутствовали:', 'В заседании приняли участие 11 членов Совета (трое – по видеосвязи).'],
  ])('%s … %s: online 3, the issue says the list settled it', (head, heading, tail) => {
    const x = protocol(head, heading, roll(3, 11), tail);
    expect(x.online).toBe(3);
    expect(x.present).toBe(11);
    expect(x.issues.map((i) => i.message).join('\n')).toMatch(/^online stated as 2 \(line 4\) and 3 \(line 22\); the list marks 3, 3 taken$/mu);
  });
  it('near miss: the roll marks 4, neither statement — the first stays, both disagreements said', () => {
    const x = protocol('Всего членов Совета – 13. Присутствуют 11, из них 2 в режиме онлайн.', 'Присутствовали:', roll(4, 11), 'В заседании приняли участие 11 членов Совета (трое – по видеосвязи).');
    expect(x.online).toBe(2);
    expect(x.issues.map((i) => i.message)).toContain('online stated as 2 (line 4) and 3 (line 22); 2 taken');
    expect(x.issues.map((i) => i.message)).toContain('stated 2 online, 4 listed as online');
  });
  it('near miss: a roll with no online marks settles nothing', () => {
    expect(protocol('Всего членов Совета – 13. Присутствуют 11, из них 2 в режиме онлайн.', 'Присутствовали:', roll(0, 11), 'В заседании приняли участие 11 членов Совета (трое – по видеосвязи).').online).toBe(2);
  });
  it('near miss: one statement only, the roll marking another number — the statement stands, the disagreement an issue', () => {
    const x = protocol('Всего членов Совета – 13. Присутствуют 11, из них 2 в режиме онлайн.', 'Присутствовали:', roll(3, 11), 'Решение принято.');
    expect(x.online).toBe(2);
    expect(x.issues.map((i) => i.message)).toContain('stated 2 online, 3 listed as online');
  });
});

describe('those present stated as two numbers, the roll as long as one of them', () => {
  it.each([
    ['Присутствовали 10 членов Совета из 13.', 'Присутствовали:', 'Итого в заседании участвовали 11 членов Совета.'],
    ['Отырысқа Кеңестің 13 мүшесінің 10-ы қатысты.', 'Қатысқандар:', 'Барлығы отырысқа 11 мүше қатысты.'],
  ])('%s … %s: present 11, as listed', (head, heading, tail) => {
    expect(protocol(head, heading, roll(0, 11), tail).present).toBe(11);
  });
  it('near miss: a roll of 9, neither count — not settled', () => {
    expect(protocol('Присутствовали 10 членов Совета из 13.', 'Присутствовали:', roll(0, 9), 'Итого в заседании участвовали 11 членов Совета.').present).toBe(10);
  });
});
