/**
 * An absence whose reason the secretary says is not known is unexcused, with or without the noun of the absence between
 * ("причина отсутствия не известна", "причина неявки неизвестна"; Kazakh "қатыспау себебі белгісіз"). Read as no reason
 * at all, the absentee had no excuse stated either way (held-out set 37, Shortandy, scored blind in session 13).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const excuses = (list: string) => parseProtocol(`ПРОТОКОЛ № 2\n16 апреля 2025 года\n\nОтсутствовали:\n${list}\n\nПовестка дня:\n1. Разное.\n`).absentees.map((a) => a.excused);

describe('a reason not known is no excuse', () => {
  it('ru: "причина отсутствия не известна", "причина неявки неизвестна"', () => {
    expect(excuses('- Тулегенов М.Р. – причина отсутствия не известна;\n- Ким В.В. – причина неявки неизвестна.')).toEqual([false, false]);
  });
  it('kk variant: "қатыспау себебі белгісіз"', () => {
    const kk = parseProtocol('ХАТТАМА № 2\n2025 жылғы 16 сәуір\n\nҚатыспағандар:\n- Төлеев М.Р. – қатыспау себебі белгісіз.\n\nКүн тәртібі:\n1. Әртүрлі.\n');
    expect(kk.absentees.map((a) => a.excused)).toEqual([false]);
  });
  it('near-miss: "причина отсутствия – болезнь" is excused; a name with no reason stays unknown', () => {
    expect(excuses('- Тулегенов М.Р. – причина отсутствия – болезнь;\n- Ким В.В.')).toEqual([true, null]);
  });
});
