/**
 * A document edited after it was written (issue 12, session 31): an errata's corrections — "следует читать 12 вместо 21",
 * "вместо «за – 21» читать «за – 12»", "21 орнына 12 деп оқылсын", "Опечатка: 8 → 6", a bracket after the count, a footnote
 * on the count, a table "Напечатано | Следует читать" / "Жазылған | Оқылсын". The figure a careful reader takes is the
 * corrected one; a correction kenes cannot place changes nothing and is said. Near-misses: a real change ("состав изменён с
 * 15 на 17", a meeting moved "с 14 на 16 октября"), an arrow of a comparison, a bracket of another year.
 */
import { describe, expect, it } from 'vitest';
import { correctCounts, UNPLACED_CORRECTION } from '../../../sources/extract/correctedCounts.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();
const corrected = (text: string) => correctCounts(text.split('\n'));

describe('a correction said in a sentence replaces the count it names', () => {
  it.each([
    ['ru: numbers, the noun in the sentence', 'Отчёт за 2025 год\n\nПроведено 8 мониторингов.\nПоступило 21 обращение.\n\nИсправление: количество обращений следует читать 12 вместо 21.', 'appeals_received=12'],
    ['ru: "вместо … читать", quoted', 'Отчёт за 2025 год\n\nПроведено 8 мониторингов.\nПоступило 21 обращение.\n\nВ п. 3 вместо «8 мониторингов» следует читать «6 мониторингов».', 'monitorings=6'],
    ['kk: "орнына … деп оқылсын"', '2025 жылғы есеп\n\nКеңестің 5 отырысы өтті.\n14 мониторинг жүргізілді.\n\nТүзету: мониторинг саны 14 орнына 12 деп оқылсын.', 'monitorings=12'],
    ['ru: an errata\'s arrow', 'Отчёт за 2025 год\n\nПроведено 2 семинара, 4 заседания.\n\nОпечатка: семинаров 2 → 1.', 'seminars=1'],
  ])('%s', (_, text, figure) => {
    expect(figures(text)).toContain(figure);
    expect(parseReport(text).issues.map((i) => i.message)).not.toContain(UNPLACED_CORRECTION);
  });

  it('the old count is gone from the figures, the correction\'s own numbers are not read again', () => {
    const got = figures('Отчёт за 2025 год\n\nПоступило 21 обращение.\nПроведено 4 заседания.\n\nСледует читать: обращений 12 вместо 21.');
    expect(got).toEqual(['appeals_received=12', 'general_meetings=4']);
  });
});

describe('a correction in a protocol: its votes and counts read corrected', () => {
  it('ru: an errata after the signatures, a quoted vote', () => {
    const text = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n\nПрисутствовали 13 членов Совета из 15.\n\n1. СЛУШАЛИ: о плане работы.\nГолосовали: за – 21, против – 0, воздержались – 1.\nРешение принято.\n\nПредседатель ____ А. Б.\n\nИсправлено: в п. 1 читать «за – 12» вместо «за – 21».';
    expect(parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[12, 0, 1]]);
  });
  it('kk: a bracket after the count', () => {
    const got = parseProtocol('ХАТТАМА № 2\n\nОтырысқа Кеңестің 15 мүшесінің 11 мүшесі [түзету: 10 деп оқылсын] қатысты.\n');
    expect(got.present).toBe(10);
    expect(got.members_total).toBe(15);
  });
  it('kk: a footnote on a count', () => {
    const got = parseProtocol('ХАТТАМА № 2\n\n1. ТЫҢДАЛДЫ: жоспар туралы.\nДауыс беру: жақ – 14³, қарсы – 0, қалыс – 1.\nШешім қабылданды.\n\n______\n³ Дұрысы: 12 деп оқылсын.');
    expect(got.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[12, 0, 1]]);
  });
  it('ru: a table of the errata, the row\'s own words telling the count', () => {
    const got = corrected('Присутствовали 12 членов из 15.\nГолосовали: за – 9, против – 3.\n\n| Пункт | Напечатано | Следует читать |\n| 1 | против – 3 | против – 2 |');
    expect(got.lines[1]).toBe('Голосовали: за – 9, против – 2.');
    expect(got.lines[4]).not.toMatch(/\d/u);
  });
});

describe('corrections that wrap, quote a phrase unquoted on the new side, or sit in a bracket after the count', () => {
  it('ru: "ошибочно указано «…». Верно: …" over two lines', () => {
    const got = corrected('Голосовали: за – 10, против – 3, воздержались – 0.\nВ протоколе ошибочно указано «против – 3». Верно:\nпротив – 2.');
    expect(got.lines[0]).toBe('Голосовали: за – 10, против – 2, воздержались – 0.');
    expect(got.unplaced).toEqual([]);
  });
  it('kk: "«…» деп қате көрсетілген. Дұрысы: …", the new unquoted', () => {
    const got = corrected('Дауыс беру: жақ – 7, қарсы – 3.\nҚате: «жақ – 7, қарсы – 3» деп қате көрсетілген. Дұрысы: жақ – 9, қарсы – 1.');
    expect(got.lines[0]).toBe('Дауыс беру: жақ – 9, қарсы – 1.');
  });
  it('ru: a bracket after the count with its cue, the old restated in it', () => {
    expect(figures('Отчёт за 2025 год\n\nПоступило 21 обращение (исправление: ранее указано 21, верно – 12).')).toContain('appeals_received=12');
  });
  it('ru: a footnote wrapped over two lines, its mark after the count', () => {
    const got = corrected('Проведено мониторингов – 8**.\n\n** В тексте от 03.07.2026 указано 8; исправлено: следует\nчитать 6.');
    expect(got.lines[0]).toBe('Проведено мониторингов – 6**.');
  });
  it('kk: an errata table with a rule under its header, "Жолы | Қате | Дұрысы"', () => {
    const got = corrected('Мониторингтер | 4 |\nОтырыстар | 2 |\n\nЖолы | Қате | Дұрысы\n------+------+------\nМониторингтер | 4 | 3');
    expect(got.lines[0]).toBe('Мониторингтер | 3 |');
  });
});

describe('near-misses: no correction, or none kenes can place', () => {
  it('a footnote that only qualifies its count corrects nothing', () => {
    const text = 'Дан ответ на 10 обращений**.\n\n** По состоянию на 30.06.2026; ещё 2 ответа поступили в июле.';
    expect(corrected(text).lines).toEqual(text.split('\n'));
  });
  it('a new edition\'s list of changes, its text already saying the new count: nothing changed, nothing said', () => {
    const text = 'Изменения в редакции: число присутствующих исправлено с 14 на 13.\nПрисутствовали – 13 членов Совета.';
    const got = corrected(text);
    expect(got.lines[1]).toBe('Присутствовали – 13 членов Совета.');
    expect(got.unplaced).toEqual([]);
  });
  it('a real change of the membership, a meeting moved, are no corrections', () => {
    const text = 'Численность Совета – 15.\nСостав изменён с 15 на 17 членов.\nЗаседание перенесено с 14 на 16 октября.\nҚұрамы 15-тен 17-ге өзгертілді.';
    expect(corrected(text).lines).toEqual(text.split('\n'));
  });
  it('an arrow with no errata\'s word is a comparison, left to the readers of changes', () => {
    const text = 'Заседаний – 4.\nМониторингов: 3 → 5 к прошлому году.';
    expect(corrected(text).lines).toEqual(text.split('\n'));
  });
  it('a correction whose old count stands twice with nothing to tell them apart changes nothing, and is said', () => {
    const got = corrected('Заседаний – 4, мониторингов – 4.\nОпечатка: 4 → 5.');
    expect(got.lines[0]).toBe('Заседаний – 4, мониторингов – 4.');
    expect(got.unplaced).toEqual([1]);
    expect(parseReport('Отчёт за 2025 год\n\nЗаседаний – 4, мониторингов – 4.\nОпечатка: 4 → 5.').issues.map((i) => i.message)).toContain(UNPLACED_CORRECTION);
  });
  it('a table "Было | Стало" compares, it corrects nothing', () => {
    const text = 'Членов Совета – 15.\n| Показатель | Было | Стало |\n| Членов Совета | 15 | 17 |';
    expect(corrected(text).lines).toEqual(text.split('\n'));
  });
  it('a bracket of another year after a count is no correction', () => {
    expect(corrected('Проведено 3 заседания (в 2025 году – 2).').lines).toEqual(['Проведено 3 заседания (в 2025 году – 2).']);
  });
});
