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

describe('config: the rules (issue 13)', () => {
  it('defaults are the law’s: two thirds at least, online counting, 15 and 10 working days, an extension of two months', () => {
    const { rules, deadlines } = defaultConfig('Совет');
    expect(rules).toEqual({ quorum_share: 2 / 3, quorum_more_than: false, online_counts_as_present: true, vote_majority_of_present: 0.5, unexcused_absence_warning: 3, unexcused_absence_window_months: 12 });
    expect(deadlines).toEqual({ appeal_working_days: 15, appeal_extension_months: 2, letter_working_days: 10 });
  });

  it('a simple majority is a share of one half the members must exceed; a council sets its own deadlines', () => {
    const config = parseConfig({ council, rules: { quorum_share: 0.5, quorum_more_than: true }, deadlines: { appeal_working_days: 20, appeal_extension_months: 1, letter_working_days: 7 } });
    expect([config.rules.quorum_share, config.rules.quorum_more_than, config.rules.online_counts_as_present]).toEqual([0.5, true, true]);
    expect(config.deadlines).toEqual({ appeal_working_days: 20, appeal_extension_months: 1, letter_working_days: 7 });
  });

  it('refuses an extension that is no whole number of months, naming it', () => {
    for (const months of [0, 1.5, -2]) {
      expect(kenesErrorOf(() => parseConfig({ council, deadlines: { appeal_extension_months: months } })).message, String(months)).toMatch(/^deadlines\.appeal_extension_months: /);
    }
    expect(kenesErrorOf(() => parseConfig({ council, rules: { quorum_more_than: 'yes' } })).message).toMatch(/^rules\.quorum_more_than: /);
  });
});
