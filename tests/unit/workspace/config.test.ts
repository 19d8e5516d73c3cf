import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../../workspace/config.ts';
import { kenesErrorOf } from '../../helpers/kenesErrorOf.ts';

const council = { name: 'Тестовый совет' };

describe('config: values and timezone (issue 11)', () => {
  it('defaults: no words of the council\'s own, Almaty time', () => {
    const config = defaultConfig('Совет');
    expect([config.values, config.timezone]).toEqual([{}, 'Asia/Almaty']);
  });

  it('takes words for a column or a whole register, and a time zone', () => {
    const config = parseConfig({ council, timezone: 'Asia/Aqtobe', values: { 'appeals.status': { answered: ['закрыт ответом'] }, attendance: { absent_excused: ['декрет'] } } });
    expect(config.values).toEqual({ 'appeals.status': { answered: ['закрыт ответом'] }, attendance: { absent_excused: ['декрет'] } });
    expect(config.timezone).toBe('Asia/Aqtobe');
  });

  it('refuses a register, a column or a value that does not exist, naming it', () => {
    expect(kenesErrorOf(() => parseConfig({ council, values: { 'appeals.statuz': { answered: ['x'] } } })).message).toBe('values.appeals.statuz: not a register or an enumerated column of one (e.g. "appeals.status", "attendance")');
    expect(kenesErrorOf(() => parseConfig({ council, values: { 'appeals.summary': { answered: ['x'] } } })).message).toMatch(/^values\.appeals\.summary: not a register/);
    expect(kenesErrorOf(() => parseConfig({ council, values: { 'appeals.status': { done: ['x'] } } })).message).toBe('values.appeals.status.done: not a value of appeals.status; values: new, in_progress, answered, redirected, closed');
    expect(kenesErrorOf(() => parseConfig({ council, values: { 'appeals.status': { answered: [''] } } })).code).toBe('config.invalid');
    expect(kenesErrorOf(() => parseConfig({ council, values: { 'appeals.status': { answered: ['Готово'], closed: ['готово'] } } })).message)
      .toBe('values.appeals.status.closed: "готово" is also given for answered');
    expect(kenesErrorOf(() => parseConfig({ council, timezone: 'Almaty' })).message).toBe('timezone: not a time zone known to this system (e.g. Asia/Almaty)');
  });
});
