/**
 * A bilingual protocol's label with its translation before the colon (issue 12, set 16): "Кеңес құрамы / Состав Совета: 25
 * мүше / 25 членов" states the council's size as "Кеңес құрамы – 25 мүше" does.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

describe('the council\'s size under a bilingual label', () => {
  it('Kazakh first, the Russian translation before the colon', () => {
    expect(parseProtocol('ХАТТАМА / ПРОТОКОЛ № 3\n\nКеңес құрамы / Состав Совета: 25 мүше / 25 членов.\n').members_total).toBe(25);
    expect(parseProtocol('ХАТТАМА № 3\n\nКомиссия құрамы / Численность комиссии – 9 мүше / 9 членов.\n').members_total).toBe(9);
  });

  it('near-miss: a translation that is no composition, or a count of something else', () => {
    expect(parseProtocol('ХАТТАМА № 3\n\nКеңес құрамы / Повестка: 25 мәселе.\n').members_total).toBeNull();
    expect(parseProtocol('ХАТТАМА № 3\n\nКеңес құрамы / Состав Совета: 2025 жылғы 5 наурыздағы шешім.\n').members_total).toBeNull();
  });
});
