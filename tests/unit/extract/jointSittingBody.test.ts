/**
 * The body of a joint sitting (issue 12, sessions 17 and 25). A council sitting with commissions — its own or a maslikhat's
 * — is the council's sitting (the writers of sets 48 and 65 read four such titles so); a title naming another mix of bodies
 * does not say whose protocol it is, so the body is not stated rather than the first body matched.
 */
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../sources/extract/protocol/readHeader.ts';

const body = (text: string) => readHeader(text.split('\n')).body;

describe('the body of a joint sitting', () => {
  it('Kazakh: "Қоғамдық кеңес пен … мәслихатының тұрақты комиссиясының бірлескен (кеңейтілген) отырысы" — the council', () => {
    expect(body('ХАТТАМА № 5\n\nҚоғамдық кеңес пен аудандық мәслихаттың әлеуметтік мәселелер\nжөніндегі тұрақты комиссиясының бірлескен (кеңейтілген) отырысы\n\n15.10.2025 ж.\n')).toBe('council');
    expect(body('Қоғамдық кеңес пен әлеуметтік мәселелер жөніндегі комиссияның\nбірлескен отырысының\nХАТТАМАСЫ № 3\n\n24.06.2026 ж.\n')).toBe('council');
  });

  it('Russian: the council with its own commissions or a maslikhat\'s, the council named first or last — the council', () => {
    expect(body('ПРОТОКОЛ № 5\nсовместного заседания Общественного совета и постоянной комиссии районного маслихата\n\n15.10.2025 г.\n')).toBe('council');
    expect(body('П Р О Т О К О Л № 2\nсовместного заседания Общественного совета города\nи постоянных комиссий Общественного совета\n\n18 марта 2026 года\n')).toBe('council');
    expect(body('ПРОТОКОЛ № 4\nсовместного заседания рабочей группы по мониторингу и Общественного совета\n\n18 марта 2026 года\n')).toBe('council');
  });

  it('near-misses: two commissions are a commission; a council with its presidium or a committee is not stated', () => {
    expect(body('ПРОТОКОЛ № 3\nсовместного заседания комиссии № 2 по социальным вопросам\nи комиссии № 4 по вопросам городского хозяйства\n\n22.04.2025\n')).toBe('commission');
    expect(body('ПРОТОКОЛ № 3\nсовместного заседания президиума и Общественного совета\n\n22.04.2025\n')).toBeNull();
    expect(body('ХАТТАМА № 3\nҚоғамдық кеңес төралқасы мен комиссияның бірлескен отырысы\n\n22.04.2025 ж.\n')).toBeNull();
  });

  it('near-misses: one body named (the council alone, its presidium) is stated', () => {
    expect(body('ПРОТОКОЛ № 5\nзаседания Общественного совета района\n\n15.10.2025 г.\n')).toBe('council');
    expect(body('ХАТТАМА № 5\nҚоғамдық кеңестің бірлескен отырысы\n\n15.10.2025 ж.\n')).toBe('council');
    expect(body('ПРОТОКОЛ № 2\nзаседания президиума Общественного совета\n\n15.10.2025 г.\n')).toBe('presidium');
  });
});
