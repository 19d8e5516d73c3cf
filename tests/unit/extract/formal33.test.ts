// Classes of held-out set 104 (long formal documents): a footnote mark glued to the online words of the count sentence and to
// the names it is about; a presence cell carrying the online legend's mark ("+*"); slashed counts whose result says the word
// for all after it ("11 / 0 / 0. Принято единогласно."); endnote marks in square brackets glued to words ("жүргізілді[3]") and
// the endnotes under them.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const HEAD = 'ПРОТОКОЛ № 5\n12 ноября 2026 года\n\n';
const AGENDA = '\n\nПОВЕСТКА ДНЯ:\n1. О плане работы.\n';
const online = (text: string) => parseProtocol(text).attendees.filter((a) => a.online).map((a) => a.name);

describe('a footnote mark glued to the online words marks the names that carry it', () => {
  it.each([
    ['Присутствовали 5 членов Совета, в том числе двое – в режиме видеоконференцсвязи¹.', 'ПРИСУТСТВОВАЛИ:', '¹', '¹ Иванов И.И., Ким О.В. (подключение по ссылке).'],
    ['Отырысқа 5 мүше қатысты, оның 2-еуі бейнебайланыс арқылы*.', 'ҚАТЫСҚАНДАР:', '*', '* Иванов И.И., Ким О.В. – Zoom платформасы.'],
    // A variant: the mark after the online word's bracket, the note below the list.
    ['Присутствуют 5 членов (из них 2 – онлайн)²;', 'Присутствовали:', '²', '² Подключились из г. Астаны.'],
  ])('%s', (count, heading, mark, note) => {
    const text = `${HEAD}${count}\n${heading}\n1. Абенов А.А.\n2. Иванов И.И.${mark}\n3. Петрова Н.С.\n4. Ким О.В.${mark}\n5. Сейткали Б.Б.\n______\n${note}${AGENDA}`;
    expect(online(text)).toEqual(['Иванов И.И.', 'Ким О.В.']);
    expect(parseProtocol(text).attendees.map((a) => a.name)).toContain('Иванов И.И.');
  });
  it('near-miss: a mark glued to a word that is not the online one says nothing of how anyone took part', () => {
    const text = `${HEAD}Присутствовали 5 членов Совета¹, в том числе двое – онлайн.\nПРИСУТСТВОВАЛИ:\n1. Абенов А.А.\n2. Иванов И.И.¹\n3. Петрова Н.С.\n4. Ким О.В.¹\n5. Сейткали Б.Б.\n______\n¹ Члены комиссии по бюджету.${AGENDA}`;
    expect(online(text)).toEqual([]);
  });
  it('near-miss: a mark glued to the online words of the invited marks no member', () => {
    const text = `${HEAD}Присутствовали 3 члена Совета.\nПРИСУТСТВОВАЛИ:\n1. Абенов А.А.\n2. Иванов И.И.¹\n3. Петрова Н.С.\nПриглашенные (онлайн)¹: Ким О.В.${AGENDA}`;
    expect(online(text)).toEqual([]);
  });
});

describe('a presence cell closed by the mark of the online legend', () => {
  const table = (cell: string, legend: string, absent = 'жоқ / нет – ауруы / болезнь') =>
    `${HEAD}Присутствуют – 3.\n\n № | Ф.И.О.            | Участие\n---+-------------------+-----------\n 1 | Абенов Ержан Канатович | +\n 2 | Белоусов Дмитрий Олегович | ${cell}\n 3 | Петрова Нина Сергеевна | +\n 4 | Ким Ольга Викторовна | ${absent}\n${legend}${AGENDA}`;
  it.each([
    ['+*', '* – ВКС арқылы / по ВКС'],
    ['қатысты¹', '¹ – онлайн қатысты'],
    // A variant: the mark apart by a space.
    ['очно **', '** – по видеосвязи'],
  ])('%s', (cell, legend) => {
    const x = parseProtocol(table(cell, legend));
    expect(x.attendees.length).toBe(3);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Белоусов Дмитрий Олегович']);
    expect(x.absentees.length).toBe(1);
  });
  it('near-miss: an absence cell with the mark is still an absence', () => {
    const x = parseProtocol(table('+', '* – ВКС арқылы / по ВКС', 'жоқ / нет – іссапар*'));
    expect(x.attendees.filter((a) => a.online)).toEqual([]);
    expect(x.absentees.map((a) => a.name)).toEqual(['Ким Ольга Викторовна']);
  });
  it('near-miss: another mark ("+**" under a legend of "*") is not the online one', () => {
    const x = parseProtocol(table('+**', '* – ВКС арқылы / по ВКС'));
    expect(x.attendees.filter((a) => a.online)).toEqual([]);
  });
});

describe('slashed counts, the result after them saying the word for all', () => {
  const vote = (line: string) => parseProtocol(`${HEAD}Присутствовали 11 членов.${AGENDA}\n1. СЛУШАЛИ: Иванова И.И.\n${line}\n`).votes.at(-1)!;
  it.each([
    ['Итоги голосования по проекту решения (принять к сведению): 11 / 0 / 0. Принято единогласно.'],
    ['Шешім жобасы бойынша дауыс беру қорытындысы: 11/0/0. Шешім қабылданды бірауыздан.'],
    // A variant: a dash before the result.
    ['По проекту решения – 11-0-0 – решение принято единогласно.'],
  ])('%s', (line) => {
    const v = vote(line);
    expect([v.for, v.against, v.abstain, v.unanimous, v.declared]).toEqual([11, 0, 0, true, 'adopted']);
  });
  it('near-miss: counts against or abstaining make no vote unanimous, whatever the word', () => {
    const v = vote('Итоги голосования: 9 / 1 / 1. Принято единогласно.');
    expect([v.for, v.unanimous]).toEqual([9, false]);
  });
  it('near-miss: a result with no word for all is no unanimous vote', () => {
    const v = vote('Итоги голосования: 11 / 0 / 0. Решение принято.');
    expect(v.unanimous).toBe(false);
  });
});

describe('endnote marks in square brackets glued to the words they mark', () => {
  const metric = (text: string, id: string) => parseReport(text).figures.find((f) => f.metric === id)?.value;
  it.each([
    ['ЕСЕП\n2025 жыл\n14 қоғамдық мониторинг жүргізілді[3], ұсынымдар жолданды.\n41 өтініш түсті. Оның 38-іне жауап берілді[4].\n\nЕСКЕРТПЕЛЕР\n[3] Оның 2-еуі бірлесіп өткізілді.\n[4] Қалған 3 өтініш 2026 жылғы қаңтарда қаралды.\n'],
    ['ОТЧЕТ за 2025 год\nПроведено 14 мониторингов[3], рекомендации направлены.\nПоступило 41 обращение, на 38 из них даны ответы[4].\n\nПримечания\n[3] Из них 2 – совместно с депутатами маслихата.\n[4] Ответы на 3 обращения даны в январе 2026 года.\n'],
  ])('%s', (text) => {
    expect(metric(text, 'monitorings')).toBe(14);
    expect(metric(text, 'appeals_answered')).toBe(38);
    expect(parseReport(text).candidates.map((c) => c.value)).not.toContain(3);
  });
  it('near-miss: a count in brackets apart from its noun stays a count', () => {
    const text = 'ОТЧЕТ за 2025 год\nМониторинги [14] проведены по плану.\n';
    expect(parseReport(text).figures.some((f) => f.value === 14 || f.value === 1)).toBe(false);
    expect(metric('ОТЧЕТ за 2025 год\nПроведено мониторингов – 14.\n', 'monitorings')).toBe(14);
  });
});
