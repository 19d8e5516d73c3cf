/**
 * Classes of session 43 (set 188, slide decks; set 193, visiting sittings): a slide's title after its number kept; a PDF's
 * tile row set apart by tabs; tile captions of presence and of the council's members; the members listed under a slide's
 * title of the participants; a vote slide's result told again by the secretary is one vote; a show of hands on the floor
 * (residents, workers, parents) is no vote; a roll's summary "Барлығы: 11 мүше; қатысқаны – 9"; a count before its noun
 * is no list number ("31 обращение: 27 – …"); a deck table's change column ("▲ +1", "новое").
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { withoutSlideMarks } from '../../../sources/extract/slideMarks.ts';
import { readTabbedTiles } from '../../../sources/extract/slideTiles.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;

describe("a slide's number opening its line: its title stays", () => {
  it.each([
    ['ru, pasted in brackets', '[Слайд 2 из 9. ПОВЕСТКА ДНЯ', 'ПОВЕСТКА ДНЯ'],
    ['bilingual, between short rules', '══ Слайд 2 / 12 ══ КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ', 'КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ'],
    ['kk, after a colon', 'Слайд 3: ҚАТЫСУ', 'ҚАТЫСУ'],
  ])('%s', (_, line, title) => {
    expect(withoutSlideMarks([line])).toEqual([title]);
  });
  it.each([
    ['a footer of the council and the day', 'Слайд 1 из 6 · Общественный совет г. Караганды · 17.09.2026'],
    ['a footer with the number last', 'Общественный совет Енбекшиказахского района · 28.10.2026 · Слайд 4 из 6'],
    ['the number alone', 'Слайд 4 из 12'],
    ['a day after the number', 'Слайд 2. 17.09.2026'],
  ])('%s: nothing is left', (_, line) => {
    expect(withoutSlideMarks([line])).toEqual(['']);
  });
});

describe("a PDF's tile row set apart by tabs", () => {
  it('ru: the numbers, a blank line, the captions', () => {
    const out = readTabbedTiles(['Кворум', '15\t12\t2\t3', '', 'членов Совета по составу\tучаствуют в заседании\tиз них онлайн (ZOOM)\tотсутствуют']);
    expect(out[1]).toBe('членов Совета по составу – 15; участвуют в заседании – 12; из них онлайн (ZOOM) – 2; отсутствуют – 3.');
    expect(out[3]).toBe('');
  });
  it('kk: the captions right under the numbers', () => {
    const out = readTabbedTiles(['11\t9\t2', 'кеңес мүшесі\tотырысқа қатысуда\tқатыспады']);
    expect(out).toEqual(['кеңес мүшесі – 11; отырысқа қатысуда – 9; қатыспады – 2.', '']);
  });
  it.each([
    ['a row of counts under its header', ['Заседания\tМониторинги\tКруглые столы', '3\t5\t2', 'по плану\tпо факту\tитого']],
    ['a row with a year', ['2026\t12\t3', 'год\tприсутствуют\tотсутствуют']],
    ['counts over counts', ['12\t0\t0', '10\t1\t1']],
    ['captions fewer than the numbers', ['15\t12\t3', 'членов Совета\tприсутствуют']],
  ])('%s: left as it was', (_, lines) => {
    expect(readTabbedTiles(lines)).toEqual(lines);
  });
});

describe('a deck protocol: tiles, the members under a participants title, a vote slide told again', () => {
  const ru = [
    'ПРОТОКОЛ № 8',
    'выездного заседания Общественного совета',
    '28 октября 2026 года',
    'Кворум',
    'членов Совета по составу – 15; участвуют в заседании – 12; из них онлайн (ZOOM) – 2; отсутствуют – 3.',
    'Участники заседания',
    'Члены Совета:',
    ...['Абенов А.А.', 'Бекова Б.Б.', 'Васильев В.В. (онлайн)', 'Гаврилова Г.Г.', 'Дюсенов Д.Д.', 'Ермекова Е.Е.', 'Жумабаев Ж.Ж. (онлайн)', 'Зайцева З.З.', 'Ибраев И.И.', 'Калиева К.К.', 'Лукин Л.Л.', 'Мусина М.М.'].map((n, k) => `${k + 1}. ${n}`),
    'Отсутствуют: Нуров Н.Н. – командировка; Омарова О.О. – болезнь; Петров П.П. – без уважительной причины.',
    '',
    'Калиев Д.Е. предложил перенести заседание.',
    '[Слайд 9 из 9. ГОЛОСОВАНИЕ',
    'за – 4 / против – 7 / воздержались – 1',
    'Предложение не набрало большинства голосов.]',
    'Предложение не принято.',
  ].join('\n');
  const x = parseProtocol(ru);
  it('the counts from the tiles written as labelled values', () => {
    expect([x.members_total, x.present, x.online]).toEqual([15, 12, 2]);
  });
  it('the twelve members listed are the attendees, two online', () => {
    expect(x.attendees.length).toBe(12);
    expect(x.attendees.filter((a) => a.online).length).toBe(2);
  });
  it('the slide and the sentence are one vote, rejected', () => {
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[4, 7, 1, 'rejected']]);
  });
  it('a proposal told between the counted vote and a result is another vote', () => {
    const text = ['ПРОТОКОЛ № 3', '', 'Голосовали: за – 4, против – 7, воздержались – 0. Предложение не принято.', 'Иванов И.И. предложил провести заседание в марте.', 'Предложение не принято.'].join('\n');
    expect(parseProtocol(text).votes.length).toBe(2);
  });
  it('kk: a tile of the members in the singular, a ruled slide of the agenda', () => {
    const kk = ['ХАТТАМА № 6', '', '----- Слайд 2 / 8 · ҚАТЫСУ -----', '11', 'кеңес мүшесі', '9', 'отырысқа қатысуда', '1', 'оның ішінде ZOOM арқылы', '2', 'қатыспады', '-----'].join('\n');
    const y = parseProtocol(kk);
    expect([y.members_total, y.present, y.online]).toEqual([11, 9, 1]);
  });
  it('kk: a roll summary under the table, "қатысқаны"', () => {
    const y = parseProtocol(['ХАТТАМА № 4', '', 'Барлығы: 11 мүше; қатысқаны – 9 (оның ішінде 1 онлайн); қатыспағаны – 2. Кворум бар.'].join('\n'));
    expect([y.members_total, y.present]).toEqual([11, 9]);
  });
  it('ru: "присутствуют на заседании – N" and "участвуют в заседании: N" state those present', () => {
    for (const line of ['участвуют в заседании: 12', 'Присутствуют на заседании – 12']) {
      expect(parseProtocol(`ПРОТОКОЛ № 2\n\nЧленов Совета по составу – 15\n${line}\n`).present).toBe(12);
    }
  });
});

describe("a show of hands on the floor of a visiting sitting is no vote: the members' vote is", () => {
  it.each([
    ['kk, residents', 'Залдағы тұрғындар бұл ұсынысты қол көтеріп қолдады (48 адам).', 'Кеңес мүшелерінің дауыс беру қорытындысы: жақтап – 6, қарсы – 7, қалыс – 1.'],
    ['ru, workers', 'Присутствующие работники фабрики поддержали это предложение поднятием рук (за – 37).', 'Члены Совета голосовали: за – 6, против – 7, воздержались – 1.'],
    ['kk, parents', 'Ата-аналар бұл ұсынысты бірауыздан қолдады (за – 20).', 'Дауыс беру: жақтап – 6, қарсы – 7, қалыс – 1.'],
  ])('%s', (_, floor, members) => {
    const x = parseProtocol(['ПРОТОКОЛ № 6', '', 'Присутствовали 14 из 17 членов Совета.', '', '3. СЛУШАЛИ: о благоустройстве.', floor, members, 'Шешім қабылданбады / Решение не принято.'].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[6, 7, 1]]);
  });
  it("the members' own vote told with their name stays a vote", () => {
    const x = parseProtocol(['ПРОТОКОЛ № 6', '', 'Присутствовали 14 из 17 членов Совета.', '', 'Члены Совета поддержали предложение: за – 14, против – нет, воздержались – нет.'].join('\n'));
    expect(x.votes.map((v) => v.for)).toEqual([14]);
  });
});

describe('a count before its noun opening a line is no list number', () => {
  const head = 'Отчёт Общественного совета за III квартал 2026 года\n\n';
  it('ru: "31 обращение: 27 – физических лиц, 4 – юридических лиц" states 31 appeals', () => {
    const text = `${head}31 обращение: 27 – физических лиц, 4 – юридических лиц.\nДаны ответы – 28, в работе – 3.\n`;
    expect([figure(text, 'appeals_received'), figure(text, 'appeals_individuals'), figure(text, 'appeals_answered')]).toEqual([31, 27, 28]);
  });
  it('kk: "31 өтініш: 27 – жеке тұлғалардан …" states 31 appeals, never 27', () => {
    const text = 'Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп\n\n31 өтініш: 27 – жеке тұлғалардан, 4 – заңды тұлғалардан.\nЖауап берілді – 28, қаралуда – 3.\n';
    expect(figure(text, 'appeals_received')).not.toBe(27);
  });
  it('a list number with its stop still opens a label: "1. Заседания Совета – 5"', () => {
    expect(figure(`${head}1. Заседания Совета – 5\n2. Заседания президиума – 2\n`, 'general_meetings')).toBe(5);
  });
});

describe("a deck's Word table: this quarter, last year's quarter and a change column of arrows and words", () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');
  const table = cells([
    ['Показатель', 'III кв. 2026', 'III кв. 2025', 'Динамика'],
    ['Заседания Совета', '3', '2', '▲ +1'],
    ['Заслушано отчётов', '4', '5', '▼ –1'],
    ['Диалоговые площадки', '1', '–', 'новое'],
    ['Обращения граждан', '31', '24', '▲ 29 %'],
  ]);
  const text = `Отчёт Общественного совета за III квартал 2026 года\n\n${table}\n\nСекретарь Совета Б. Утепов\n`;
  it("the period's column read, the change column none", () => {
    expect([figure(text, 'general_meetings'), figure(text, 'report_hearings'), figure(text, 'dialog_platforms'), figure(text, 'appeals_received')]).toEqual([3, 4, 1, 31]);
  });
  it("last year's column is no figure", () => {
    expect(parseReport(text).figures.some((f) => f.value === 24 || f.value === 29)).toBe(false);
  });
});
