/**
 * Votes summed up at the end of a protocol (issue 12, set 16): counts written "18 / 0 / 1" with no labels, their order given
 * by a legend line ("(жақтап / қарсы / қалыс)", "(за / против / воздержались)", any order), each line's result in its own
 * words, "бірауыздан" / "единогласно" with no counts; and "единогласно (20)" as the number of those for.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a summary of votes under a legend', () => {
  it('Kazakh: "1-мәселе бойынша – 18 / 0 / 1 – шешім қабылданды", a rejected one, a unanimous one', () => {
    const text = 'ХАТТАМА № 7\n\n1. ТЫҢДАЛДЫ: Жоспар.\nШЕШІМ: мақұлдансын. (Дауыс беру қорытындысы хаттаманың соңында.)\n\n2. ТЫҢДАЛДЫ: Есеп.\nШЕШІМ: назарға алынсын.\n\n3. ТЫҢДАЛДЫ: Ұсыныс.\nШЕШІМ: дауысқа қойылды.\n\nДАУЫС БЕРУ ҚОРЫТЫНДЫЛАРЫ\n(жақтап / қарсы / қалыс)\n\n1-мәселе бойынша – 15 / 0 / 2 – шешім қабылданды;\n2-мәселе бойынша – бірауыздан – шешім қабылданды;\n3-мәселе бойынша – 5 / 10 / 2 – ұсыныс қабылданбады.\n\nТөрағалық етуші    А. Сәрсенов\n';
    expect(votes(text)).toEqual([
      [15, 0, 2, false, 'adopted'],
      [null, null, null, true, 'adopted'],
      [5, 10, 2, false, 'rejected'],
    ]);
  });

  it('Russian, another order in the legend: the counts follow it', () => {
    const text = 'ПРОТОКОЛ № 3\n\nИТОГИ ГОЛОСОВАНИЯ (против / воздержались / за):\nПо вопросу 1 – 2 / 1 / 12, решение принято.\nПо вопросу 2 – 9/3/4, решение не принято.\n';
    expect(votes(text)).toEqual([
      [12, 2, 1, false, 'adopted'],
      [4, 9, 3, false, 'rejected'],
    ]);
  });

  it('the same votes told under the questions and summed up again are not doubled', () => {
    const text = 'ПРОТОКОЛ № 3\n\n1. СЛУШАЛИ: План.\nГолосовали: за – 12, против – 2, воздержались – 1. Решение принято.\n\n2. СЛУШАЛИ: Отчет.\nГолосовали: за – 4, против – 9, воздержались – 3. Решение не принято.\n\nИтоги голосования (за / против / воздержались):\n1) 12 / 2 / 1;\n2) 4 / 9 / 3.\n';
    expect(votes(text)).toEqual([
      [12, 2, 1, false, 'adopted'],
      [4, 9, 3, false, 'rejected'],
    ]);
  });

  it('a unanimous vote told under its question and again in the summary is one vote', () => {
    const text = 'ХАТТАМА № 3\n\n1. ТЫҢДАЛДЫ: Жоспар.\nДауыс беру: жақтап – 12, қарсы – 2, қалыс – 1. Шешім қабылданды.\n\n2. ТЫҢДАЛДЫ: Есеп.\nДауыс беру: бірауыздан. Шешім қабылданды.\n\nДАУЫС БЕРУ ҚОРЫТЫНДЫСЫ (жақтап / қарсы / қалыс):\n1-мәселе – 12 / 2 / 1;\n2-мәселе – бірауыздан.\n';
    expect(votes(text)).toEqual([
      [12, 2, 1, false, 'adopted'],
      [null, null, null, true, 'adopted'],
    ]);
  });

  it('near-misses: no legend, a date, a legend of two labels with three counts', () => {
    // Without a legend the slashed numbers mean nothing.
    expect(votes('ПРОТОКОЛ № 3\n\nПо вопросу 1 – 12 / 2 / 1.\n')).toEqual([]);
    // A date with slashes under a legend is no vote.
    expect(votes('ПРОТОКОЛ № 3\n\n(за / против / воздержались)\nЗаседание 12/05/2025 перенесено.\n')).toEqual([]);
    // Three counts under a legend of two labels are not read (the result alone is kept).
    expect(votes('ПРОТОКОЛ № 3\n\n(за / против)\nПо вопросу 1 – 12 / 2 / 1, решение принято.\n')).toEqual([[null, null, null, false, 'adopted']]);
  });
});

describe('unanimous with its number in brackets', () => {
  it('Russian and Kazakh: the number is those for; against and abstained stay unwritten', () => {
    expect(votes('ПРОТОКОЛ № 1\n\nГолосовали: единогласно (20). Решение принято.\n')).toEqual([[20, null, null, true, 'adopted']]);
    expect(votes('ХАТТАМА № 1\n\nДауыс беру: бірауыздан (15 мүше). Шешім қабылданды.\n')).toEqual([[15, null, null, true, 'adopted']]);
  });

  it('near-miss: a bracket that is no count', () => {
    expect(votes('ПРОТОКОЛ № 1\n\nГолосовали: единогласно (в том числе 3 онлайн). Решение принято.\n')).toEqual([[null, null, null, true, 'adopted']]);
  });
});
