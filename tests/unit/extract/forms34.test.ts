/**
 * Forms filled by ticking (set 117, seen at session 34's end; variants of my own): the options left unticked beside the
 * ticked one are not said (chosenOptions.ts) — "Решение: ☑ принято ☐ не принято" is adopted, never rejected; a yes/no
 * question answered no ("Шешім қабылданды ма? Иә [ ] Жоқ [x]") says nothing a reader could take for its words' yes. A grid
 * of boxes (a member's row ticked in its columns) is left as it is. And an agenda title wrapped onto a line opening with a
 * run of years ("… к отопительному сезону" / "2026-2027 гг.") goes on.
 */
import { describe, expect, it } from 'vitest';
import { chosenOptions } from '../../../sources/extract/chosenOptions.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const declared = (line: string) => parseProtocol(['ПРОТОКОЛ № 2', '', 'Повестка дня:', '1. О плане.', '', '1. СЛУШАЛИ: Иванова И.И.', 'Голосовали: за – 9, против – 0, воздержались – 0.', line].join('\n')).votes.map((v) => v.declared);

describe('the option ticked is the one said', () => {
  it.each([
    ['Решение:   ☑ принято   ☐ не принято', 'adopted'],
    ['Решение:   ☐ принято   ☑ не принято', 'rejected'],
    ['Шешім:  [x] қабылданды  [ ] қабылданбады', 'adopted'],
  ])('%s', (line, result) => {
    expect(declared(line)).toEqual([result]);
  });
  it('kk: a question answered no keeps no "қабылданды" of its words', () => {
    expect(declared('Шешім қабылданды ма?   Иә [ ]   Жоқ [x]')).toEqual([null]);
    expect(declared('Шешім қабылданды ма?   Иә [x]   Жоқ [ ]')).toEqual(['adopted']);
  });
  it('the line keeps its length; options after the box, or before it', () => {
    const line = 'Кворум:   ☑ имеется   ☐ не имеется';
    expect(chosenOptions(line)).toHaveLength(line.length);
    expect(chosenOptions(line).trimEnd()).toBe('Кворум:   ☑ имеется');
    expect(chosenOptions('Да ☑ Нет ☐ Сколько? 4')).toBe('Да ☑       Сколько? 4');
  });
  it('near misses: a grid row of boxes side by side, boxes all ticked or all empty, a long text after a box', () => {
    for (const line of [' 4.  Бисенова Айман Толеуовна     ☐      ☑', '☑ очно ☑ онлайн', '☐ да ☐ нет', '☑ принято ☐ решение перенести на следующее заседание по просьбе']) {
      expect(chosenOptions(line)).toBe(line);
    }
  });
});

describe('an agenda title wrapped onto a run of years', () => {
  it('ru and kk', () => {
    const agenda = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 2', '', ...lines].join('\n')).agenda.length;
    expect(agenda(['ПОВЕСТКА ДНЯ:', '1. О ходе подготовки школ к отопительному сезону', '2026-2027 гг.', '2. Разное.'])).toBe(2);
    expect(agenda(['КҮН ТӘРТІБІ:', '1. Мектептердің жылыту маусымына', '2026–2027 жылдарға дайындығы туралы.', '2. Әртүрлі.'])).toBe(2);
  });
});
