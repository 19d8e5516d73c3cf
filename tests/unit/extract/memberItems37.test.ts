/**
 * Reports told member by member (held-out set 137's theme): a member's own counts ("Серікбаев Н.А. – 3 хат жолдады",
 * "Оспанова Д.К. – 46 баллов (мониторинги – 5, …)") are never the council's, even when no council figure of that metric
 * is stated; a member's item is no event the council held (report/memberItems.ts). Variants of my own in both
 * languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { isMemberItem } from '../../../sources/extract/report/memberItems.ts';

const report = (lines: string[]) => parseReport(lines.join('\n'));
const figure = (lines: string[], metric: string) => report(lines).figures.find((f) => f.metric === metric)?.value;

const HEAD_KK = ['Жаңаарқа ауданының Қоғамдық кеңесі', '2026 жылғы ІІІ тоқсандағы жұмысы туралы АҚПАРАТ', '',
  'Тоқсанда Кеңестің 2 отырысы өтті. Кеңес 4 мониторинг жүргізді. Кеңеске 9 өтініш түсті.', ''];
const HEAD_RU = ['Общественный совет Шетского района', 'Информация о работе за 9 месяцев 2026 года', '',
  'За отчётный период проведено 4 заседания Совета и 6 мониторингов. Поступило 12 обращений.', ''];

describe('a member\'s own item states no council figure', () => {
  it('Kazakh: numbered individual reports, letters told only by one member → no letters figure', () => {
    const lines = [...HEAD_KK, 'Кеңес мүшелерінің жеке есептері:', '1. Тасқынов Б.Е. (төраға) – 2 мониторингке қатысты, 3 өтінішті қарады.',
      '2. Мұратова Л.С. – 1 мониторинг; мемлекеттік органдарға 4 хат жолдады, 3-еуіне жауап алынды.', '3. Сейітов А.А. – 5 жарияланым дайындады.'];
    const r = report(lines);
    expect(r.figures.find((f) => f.metric === 'letters_sent')).toBeUndefined();
    expect(r.figures.find((f) => f.metric === 'letters_answered')).toBeUndefined();
    expect(r.figures.find((f) => f.metric === 'publications')).toBeUndefined();
    expect(figure(lines, 'monitorings')).toBe(4);
    expect(figure(lines, 'appeals_received')).toBe(9);
  });
  it('Kazakh: a month\'s dash list of members, publications only in the members\' lines', () => {
    const lines = [...HEAD_KK, 'Мүшелердің жұмысы:', '– Омаров Т.К. – 2 мониторинг, 4 жарияланым;', '– Ким Е.В. (хатшы) – хаттамалар, 3 жарияланым;', '– қалған мүшелер қатыспады.'];
    expect(figure(lines, 'publications')).toBeUndefined();
  });
  it('Russian: a rating with points and the member\'s counts in brackets gives no figure and no activity', () => {
    const lines = [...HEAD_RU, 'Рейтинг членов Совета:', '1) Ахметова Д.К. – 40 баллов (мониторинги – 5, обращения – 8, публикации – 6);',
      '2) Петров А.Н. – 22 балла (мониторинги – 3, письма – 2);', '3) Иванова Светлана Петровна – 0.'];
    const r = report(lines);
    expect(r.figures.find((f) => f.metric === 'publications')).toBeUndefined();
    expect(r.figures.find((f) => f.metric === 'letters_sent')).toBeUndefined();
    expect(figure(lines, 'monitorings')).toBe(6);
    expect(r.activities).toEqual([]);
  });
});

describe('near misses: what is no member\'s own tally', () => {
  it('a name and its dash with no count (a head heard, a role) is no member item', () => {
    expect(isMemberItem('Сапаров Е.К. – начальник отдела образования (12.03.2026)')).toBe(false);
    expect(isMemberItem('– Әбенова Г.С. – Кеңес хатшысы;')).toBe(false);
  });
  it('a council line opening with no name, or a body\'s, is no member item', () => {
    expect(isMemberItem('– мониторинги – 7 (за 9 месяцев 2025 г. – 5);')).toBe(false);
    expect(isMemberItem('Кеңес бойынша барлығы – 4 мониторинг')).toBe(false);
    expect(isMemberItem('4. Есеп тыңдау – 2')).toBe(false);
  });
  it('the members\' items are, with a count, either way round of the initials', () => {
    expect(isMemberItem('7. Оспанов Қ.Ж. – 1 мониторинг, 2 өтініш')).toBe(true);
    expect(isMemberItem('– Н.А. Серікбаев – 3 хат жолдады')).toBe(true);
  });
  it('a speaker\'s turn in a transcript ("ГРИГОРЬЕВА М.В.: … Опубликовано 41 материал") reads the council\'s report: no member item', () => {
    expect(isMemberItem('ГРИГОРЬЕВА М.В.: СМИ. Опубликовано 41 материал о работе Совета')).toBe(false);
    expect(isMemberItem('Сейітов А.А.: Кеңес 5 мониторинг өткізді.')).toBe(false);
  });
});
