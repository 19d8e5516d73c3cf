/**
 * Generic withholding (issue 12, session 17): a joint sitting's title names two bodies; whose protocol it is the title does
 * not say, so the body is not stated rather than the first body matched.
 */
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../sources/extract/protocol/readHeader.ts';

const body = (text: string) => readHeader(text.split('\n')).body;

describe('the body of a joint sitting', () => {
  it('Kazakh: "Қоғамдық кеңес пен … мәслихатының тұрақты комиссиясының бірлескен (кеңейтілген) отырысы" — not stated', () => {
    expect(body('ХАТТАМА № 5\n\nҚоғамдық кеңес пен аудандық мәслихаттың әлеуметтік мәселелер\nжөніндегі тұрақты комиссиясының бірлескен (кеңейтілген) отырысы\n\n15.10.2025 ж.\n')).toBeNull();
  });

  it('Russian: "совместного заседания Общественного совета и постоянной комиссии маслихата" — not stated', () => {
    expect(body('ПРОТОКОЛ № 5\nсовместного заседания Общественного совета и постоянной комиссии районного маслихата\n\n15.10.2025 г.\n')).toBeNull();
  });

  it('near-misses: one body named (a commission of the council, the council alone) is stated', () => {
    expect(body('ПРОТОКОЛ № 5\nзаседания Общественного совета района\n\n15.10.2025 г.\n')).toBe('council');
    expect(body('ХАТТАМА № 5\nҚоғамдық кеңестің бірлескен отырысы\n\n15.10.2025 ж.\n')).toBe('council');
    expect(body('ПРОТОКОЛ № 2\nзаседания президиума Общественного совета\n\n15.10.2025 г.\n')).toBe('presidium');
  });
});
