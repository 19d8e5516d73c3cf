/**
 * Figures given through arithmetic and proportions (held-out set 147's theme): a written sum's result is the figure, its
 * addends parts (grammar/writtenSum: report/sumTotals, protocol/voteArithmetic); a sum left open states no total; a part of
 * a written whole ("16-ның 14-і", "10-нан 9") is the part (grammar/partOfWhole); a share with its count written ("половина
 * присутствующих (6)") is the count, a share alone none; those present as parts by mode with the whole written after them;
 * and the near misses that looked like figures: a member's own request is no appeal, a plan named as the label's own is no
 * fact, a body others are subordinate to and an управление's own divisions are no departments heard, a count after "из
 * присутствующих" no count present. Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readCounts } from '../../../sources/extract/protocol/readVotes.ts';
import { readStatedCounts } from '../../../sources/extract/protocol/readStatedCounts.ts';
import { blankWholeBeforePart } from '../../../sources/extract/grammar/blankWholeBeforePart.ts';

const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(['Қоғамдық кеңестің 2026 жылғы жұмысы туралы есеп', '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));
const votes = (line: string) => {
  const c = readCounts(line);
  return [c.for, c.against, c.abstain];
};
const stated = (lines: string[]) => {
  const s = readStatedCounts(lines, []);
  return { present: s.present, online: s.online };
};

describe('a vote written as a sum', () => {
  it('the written result is the count, the rooms its parts', () => {
    expect(votes('Жақтап – 6 (залда) + 3 (онлайн) = 9; Қарсы – жоқ; Қалыс – жоқ.')).toEqual([9, 0, 0]);
    expect(votes('за – 8 (в зале) + 2 (по видеосвязи) = 10, против – нет, воздержались – нет')).toEqual([10, 0, 0]);
  });

  it('a bracketed sum after the counts is the number who voted, no count; the counts stay', () => {
    expect(votes('за – 7, против – 2, воздержался – 1 (7+2+1 = 10).')).toEqual([7, 2, 1]);
    expect(votes('жақтап – 9, қарсы – 1, қалыс – 1 (9 + 1 + 1 = 11).')).toEqual([9, 1, 1]);
  });

  it('near misses: a sum left open, or one that does not add up, gives no count for', () => {
    expect(votes('Жақтап – 6 (залда) + 3 (онлайн); қарсы – 1')).toEqual([null, 1, null]);
    expect(votes('за – 5 + 3 = 9, против – 0')).toEqual([null, 0, null]);
  });
});

describe('a vote told as a part of a whole, or as a share with its count', () => {
  it('"жақтап – 11-ден 10": the part', () => {
    expect(votes('жақтап – 11-ден 10, қалыс – 1, қарсы – жоқ.')).toEqual([10, 0, 1]);
    expect(votes('жақтап – 12 мүшенің 11-і, қарсы – 1')).toEqual([11, 1, null]);
  });

  it('near miss: "10-нан астам" is a bound, no count', () => {
    expect(votes('жақтап – 10-нан астам, қарсы – 1')).toEqual([null, 1, null]);
  });

  it('a share with its count written: the count, in both languages', () => {
    expect(votes('за – половина присутствующих (5), против – 3, воздержались – 2.')).toEqual([5, 3, 2]);
    expect(votes('жақтап – қатысушылардың жартысы (7), қарсы – 5, қалыс – 2')).toEqual([7, 5, 2]);
  });

  it('near miss: a share alone states no count', () => {
    expect(votes('за – половина присутствующих, против – 4')).toEqual([null, 4, null]);
  });
});

describe('a report\'s sum with named parts', () => {
  it('the parts named in brackets or by words: the written result', () => {
    expect(figuresOf(['Семинарлар: 1 (ақпан) + 2 (мамыр) = 3.'])).toMatchObject({ seminars: 3 });
    expect(figuresOf(['Заседания Совета: 3 очных + 1 выездное (с. Шалгай) = 4.'])).toMatchObject({ general_meetings: 4 });
  });

  it('near miss: named parts that do not add up are left as written (no sum read)', () => {
    expect(figuresOf(['Семинарлар: 1 (ақпан) + 2 (мамыр) = 4.']).seminars).not.toBe(3);
  });
});

describe('a part of a written whole in a report', () => {
  it('"Жауап берілгені – 20-ның 17-сі": the part', () => {
    expect(figuresOf(['Өтініштер: барлығы 20. Жауап берілгені – 20-ның 17-сі.'])).toMatchObject({ appeals_answered: 17 });
    expect(blankWholeBeforePart('жауап – 12-ден 11-іне')).toBe('жауап –        11-іне');
  });

  it('near misses: a year is no whole, nor a number with no part after it', () => {
    expect(blankWholeBeforePart('2025-тің 5 айы')).toBe('2025-тің 5 айы');
    expect(blankWholeBeforePart('12-ден астам')).toBe('12-ден астам');
    // A change from one number to another: the second carries no possessive.
    expect(blankWholeBeforePart('өтініштер былтырғы 12-ден 18-ге дейін өсті')).toBe('өтініштер былтырғы 12-ден 18-ге дейін өсті');
    expect(blankWholeBeforePart('сәуірдің 3-нен 7-сіне дейін')).toBe('сәуірдің 3-нен 7-сіне дейін');
  });
});

describe('those present as parts by mode, the whole written after them', () => {
  it('the whole, when the parts add up to it', () => {
    expect(stated(['Отырысқа 8 мүше залда, 3 мүше онлайн қатысты (барлығы 11).'])).toMatchObject({ present: 11, online: 3 });
    expect(stated(['На заседании присутствовали 6 членов в зале и 2 по видеосвязи (всего 8).'])).toMatchObject({ present: 8 });
  });

  it('near misses: no whole written, or one the parts do not make, is no count present', () => {
    expect(stated(['Отырысқа 8 мүше залда, 3 мүше онлайн қатысты.']).present).toBeNull();
    expect(stated(['Отырысқа 8 мүше залда, 3 мүше онлайн қатысты (барлығы 12).']).present).toBeNull();
  });

  it('the Kazakh postposition after the means of the part online', () => {
    expect(stated(['Отырысқа Кеңестің 11 мүшесінің 9-ы қатысты (залда 7, Zoom арқылы 2).'])).toMatchObject({ present: 9, online: 2 });
  });

  it('near miss: a count after "из присутствующих" is a part of those present, not their number', () => {
    expect(stated(['Из присутствующих двое участвуют онлайн.']).present).toBeNull();
    expect(stated(['Из присутствующих один член Совета участвует по видеосвязи.']).present).toBeNull();
  });
});

describe('numbers near a figure\'s words that are none', () => {
  it('a member\'s own request is no appeal; the appeals after it are read', () => {
    const figures = figuresOf(['Құрамнан 2 мүше шықты (бірі – жеке өтінішімен, екіншісі – көшуіне байланысты).', 'Жыл ішінде 24 өтініш түсті.']);
    expect(figures.appeals_received).toBe(24);
    expect(figuresOf(['Құрамнан 1 мүше өз өтініші бойынша шықты.']).appeals_received).toBeUndefined();
  });

  it('near miss: "жеке өтініш" received stays appeals', () => {
    expect(figuresOf(['Кеңеске 5 жеке өтініш түсті.'])).toMatchObject({ appeals_received: 5 });
  });

  it('the plan named as the label\'s own, then the fact: the fact', () => {
    expect(figuresOf(['Жарияланымдар жоспары – 80, нақты – 96 (120 %): Instagram – 50, Facebook – 46.'])).toMatchObject({ publications: 96 });
    expect(figuresOf(['Мониторингов по плану – 6, фактически – 7.'])).toMatchObject({ monitorings: 7 });
    expect(figuresOf(['План семинаров – 3, факт – 2.'])).toMatchObject({ seminars: 2 });
  });

  it('near miss: a share that is not the fact over the plan — neither number is read', () => {
    const figures = figuresOf(['Жарияланымдар жоспары – 80, нақты – 96 (90 %).']);
    expect(figures.publications).toBeUndefined();
  });

  it('a body others are subordinate to, and an управление\'s own divisions, are no departments heard', () => {
    const kk = figuresOf(['Тыңдалған 6 есептің 4-еуі – басқармаға ведомстволық бағынысты 4 ұйымның есептері, қалған 2-еуі – басқарма бөлімдерінің есептері.']);
    expect(kk.subordinate_orgs_heard).toBe(4);
    expect(kk.departments_heard).toBeUndefined();
    const ru = figuresOf(['Заслушано 6 отчетов, из них 4 – подведомственных управлению организаций, 2 – отделов управления.']);
    expect(ru.departments_heard).toBeUndefined();
  });

  it('near miss: an akimat\'s departments heard stay departments', () => {
    expect(figuresOf(['Заслушаны отчеты 3 отделов акимата района.'])).toMatchObject({ departments_heard: 3 });
    expect(figuresOf(['Тыңдалған 5 есептің 3-еуі – аудандық бөлімдердің есептері.'])).toMatchObject({ departments_heard: 3 });
  });
});
