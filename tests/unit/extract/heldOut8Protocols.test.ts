/**
 * The eighth blind held-out set (issue 12, "Done when"), its protocols: five written by an agent that never saw the
 * extractors — a secretary's e-mail summary ("КТО БЫЛ / ПОВЕСТКА / ЧТО РЕШИЛИ", "за 11 / против 2 / воздерж. 2"), a
 * list typed in two columns and merged on each line with absentees in a "+---+" text table, a Kazakh protocol told
 * in prose (the number fused into "7-ХАТТАМАСЫ", votes as participles "11 мүше жақтап, 1 мүше қарсы болып"), a
 * commission's minutes in the chair's first person with a Word table, a bilingual presidium form with Roman items.
 * Blind, before any fix: 105 of 146 protocol fields, 11 false values. The classes were fixed with cases of our own
 * (protocol8): every field right now.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { itScoresEachDocument, protocolOf } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-8');
const read = async (file: string) => (await protocolOf(join(DIR, file)));

describe('held-out protocols (set 8), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, {});

  it('Taraz: the two columns read one after the other, each name at its own line', async () => {
    const x = await read('protocol-ru-taraz-2025-05-14.txt');
    expect(x.attendees).toHaveLength(19);
    expect(new Set(x.attendees.map((a) => a.name)).size).toBe(19);
    // Names of a line typed in two columns share the line.
    const lines = x.attendees.map((a) => a.line);
    expect(new Set(lines).size).toBeLessThan(19);
  });

  it('Atyrau: the votes told as participles, the number fused into the title', async () => {
    const x = await read('protocol-kk-atyrau-2025-10-23.txt');
    expect(x.number).toBe('7');
    expect(x.votes.map((v) => `${v.for}/${v.against}/${v.abstain} ${v.unanimous} ${v.declared}`)).toEqual(['11/1/1 false adopted', '5/7/1 false rejected', 'null/null/null true null']);
  });
});
