/**
 * A protocol's list the extract does not state (`attendees_listed: false` with names read — a line read as present
 * gives a reason for being away) is loaded with each person's status unknown: the names say who the meeting
 * concerned, not who came, and the issue says why. A list stated loads its statuses as read.
 */
import { describe, expect, it } from 'vitest';
import { rowsFromProtocol } from '../../../sources/contracts/rowsFromDocument.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const protocol = (lines: string) => `ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\nПрисутствовали:\n${lines}\n\nПОВЕСТКА ДНЯ:\n1. О плане работы.\n`;
const statuses = (text: string) => {
  const rows = rowsFromProtocol(parseProtocol(text), 'protocol.txt', [], { commissions: [] });
  return rows.tables.find((t) => t.register.id === 'attendance')!.rows.map((r) => `${r.values.member}: ${r.values.status}`);
};

describe('attendance rows of a protocol', () => {
  it('a stated list: present and online as read', () => {
    expect(statuses(protocol('1. Ахметов А.А.\n2. Борисова Б.Б. (онлайн)\n3. Сериков С.С.'))).toEqual(['Ахметов А.А.: present', 'Борисова Б.Б.: online', 'Сериков С.С.: present']);
  });

  it('a list read as present whose lines give reasons for being away: every status unknown, with an issue', () => {
    const text = protocol('1. Ахметов А.А.\n2. Борисова Б.Б. — служебная командировка\n3. Сериков С.С. — отпуск');
    const x = parseProtocol(text);
    expect(x.attendees_listed).toBe(false);
    expect(statuses(text)).toEqual(['Ахметов А.А.: unknown', 'Борисова Б.Б.: unknown', 'Сериков С.С.: unknown']);
    expect(x.issues.some((i) => /reason for being away/.test(i.message))).toBe(true);
  });
});
