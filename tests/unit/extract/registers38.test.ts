/**
 * Registers of appeals and letters in reports (held-out set 140's theme): a register's total row whose cells each tell
 * their own column ("Барлығы: 7 өтініш | жеке тұлғалар – 5, заңды тұлғалар – 2 | жауап берілді – 5, …") is read cell by
 * cell (a tab between two cells of words ends a sentence: sentencesOf); how a register is laid out ("бір жол – бір
 * өтініш", "каждая строка – одно обращение") counts nothing (maskNeverCounts); a letters total with its answers and no verb
 * ("Барлығы 6 хат, 5 жауап.", "Всего 9 писем / 7 ответов"). Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { sentencesOf } from '../../../sources/extract/grammar/sentencesOf.ts';

const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));

describe('a register\'s total row, a cell a column', () => {
  it('Kazakh: the total, its kinds and its results each in a cell', () => {
    expect(figuresOf(['4. Өтініштер тізілімі', 'Барлығы: 7 өтініш\tжеке тұлғалар – 5, заңды тұлғалар – 2\tжауап берілді – 5, мерзімі ұзартылды – 1, қаралуда – 1']))
      .toMatchObject({ appeals_received: 7, appeals_individuals: 5, appeals_legal_entities: 2, appeals_answered: 5 });
  });

  it('Russian: "Итого: 9 обращений | физ. лица – 7, юр. лица – 2 | ответ дан – 8, в работе – 1"', () => {
    const figures = figuresOf(['Реестр обращений', 'Итого: 9 обращений\tфизические лица – 7, юридические лица – 2\tответ дан – 8, в работе – 1']);
    expect(figures).toMatchObject({ appeals_received: 9, appeals_individuals: 7, appeals_legal_entities: 2 });
    expect(figures.appeals_individuals).not.toBe(9);
  });

  it('a tab between cells of words ends a sentence; a cell of a count or a date goes on its row\'s sentence', () => {
    expect(sentencesOf('Барлығы: 7 өтініш\tжеке тұлғалар – 5').map((s) => s.text)).toEqual(['Барлығы: 7 өтініш\t', 'жеке тұлғалар – 5']);
    expect(sentencesOf('Проведено заседаний\t5').map((s) => s.text)).toEqual(['Проведено заседаний\t5']);
    expect(sentencesOf('1\t15.03.2026\tМониторинг школ').map((s) => s.text)).toEqual(['1\t15.03.2026\tМониторинг школ']);
  });
});

describe('how a register is laid out is no count', () => {
  it('"бір жол – бір өтініш", "каждая строка – одно обращение", "әр жол бір өтініш" give no appeals', () => {
    expect(figuresOf(['Төменде 2026 жылдың 9 айында Кеңеске келіп түскен барлық өтініштер берілген (бір жол – бір өтініш):']).appeals_received).toBeUndefined();
    expect(figuresOf(['Ниже приведены все обращения, поступившие в Совет за 9 месяцев (каждая строка – одно обращение):']).appeals_received).toBeUndefined();
    expect(figuresOf(['Тізілімде әр жол бір өтінішті білдіреді, Кеңеске түскен өтініштер:']).appeals_received).toBeUndefined();
  });

  it('near miss: one appeal received is still one', () => {
    expect(figuresOf(['Кеңеске 1 өтініш келіп түсті (бір жол – бір өтініш тізілімі төменде).']).appeals_received).toBe(1);
    expect(figuresOf(['В Совет поступило одно обращение.']).appeals_received).toBe(1);
  });
});

describe('a letters total with its answers and no verb', () => {
  it('Kazakh "Барлығы 6 хат, 5 жауап.", Russian "Всего 6 писем, 5 ответов", "9 писем / 7 ответов"', () => {
    expect(figuresOf(['V. Мемлекеттік органдарға хаттар', 'Барлығы 6 хат, 5 жауап.'])).toMatchObject({ letters_sent: 6, letters_answered: 5 });
    expect(figuresOf(['Письма в государственные органы', 'Всего 6 писем, 5 ответов.'])).toMatchObject({ letters_sent: 6, letters_answered: 5 });
    expect(figuresOf(['Письма в госорганы: 9 писем / 7 ответов.'])).toMatchObject({ letters_sent: 9, letters_answered: 7 });
  });

  it('near miss: appeals and their answers are no letters', () => {
    const figures = figuresOf(['Всего 6 обращений, 5 ответов.']);
    expect(figures.letters_sent).toBeUndefined();
    expect(figures.letters_answered).toBeUndefined();
  });
});
