/**
 * Figures that disagree inside one document (set 126): the document settles them — an explicit correction in the text
 * ("вернее", "с учётом уточнения", "түзетілген дерек") — or the figure is left out. Variants of my own in both languages, and
 * near misses that look alike and must not change a count.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const protocol = (...votes: string[]) =>
  parseProtocol(['ПРОТОКОЛ № 4', '12.11.2026', '', 'Членов Совета – 13. Присутствовали 12.', '', 'ПОВЕСТКА ДНЯ:', '1. О плане работы.', '2. О мониторинге.', '', '1. СЛУШАЛИ: Иванова И.И.', ...votes].join('\n'));
const counts = (x: ReturnType<typeof parseProtocol>) => x.votes.map((v) => [v.for, v.against, v.abstain]);

describe('a vote corrected in the same breath: the corrected counts are the vote, the correction no second vote', () => {
  it('set 126: "за – 9, против – 2, воздержались – 1 (вернее, против – 1, воздержались – 2: …)" wrapped over two lines', () => {
    const x = protocol('ГОЛОСОВАЛИ: за – 9, против – 2, воздержались – 1 (вернее, против – 1,', 'воздержались – 2: Ким О.А. попросила записать её голос как «воздержалась»).', 'Решение принято.');
    expect(counts(x)).toEqual([[9, 1, 2]]);
    expect(x.votes[0].declared).toBe('adopted');
  });
  it.each([
    ['Дауыс беру: жақтап – 8, қарсы – 3, қалыс – 1. Шешім қабылданды.', 'Нақтыланған дерек: бейнежазба бойынша жақтап – 10, қарсы – 1 болды.', [10, 1, 1]],
    ['Голосовали: «за» – 7, «против» – 4, «воздержались» – 1. Решение принято.', 'С учётом уточнения после пересчёта голосов: «за» – 8, «против» – 3.', [8, 3, 1]],
    ['Дауыс беру нәтижесі: жақтап – 11, қарсы – 1, қалыс – жоқ (дәлірек айтқанда, қарсы – жоқ, қалыс – 1).', 'Шешім қабылданды.', [11, 0, 1]],
  ])('%s / %s', (a, b, want) => {
    const x = protocol(a, b);
    expect(counts(x)).toEqual([want]);
  });
  it('near miss: a cue word with no labelled count after it changes nothing', () => {
    const x = protocol('ГОЛОСОВАЛИ: за – 10, против – 2 (вернее, все, кроме двух членов совета), воздержались – нет.', 'Решение принято.');
    expect(counts(x)).toEqual([[10, 2, 0]]);
  });
  it('near miss: "с учётом уточнения" in the decision before the vote is no correction of it', () => {
    const x = protocol('РЕШИЛИ: утвердить план с учётом уточнения Ким О.А.', 'ГОЛОСОВАЛИ: за – 12, против – нет, воздержались – нет.');
    expect(counts(x)).toEqual([[12, 0, 0]]);
  });
  it('near miss: a correction naming another question is that question\'s erratum, not of the vote above', () => {
    const x = protocol('Дауыс беру: жақтап – 9, қарсы – 2, қалыс – 1.', 'Түзетілген дерек: 1-мәселе бойынша жақтап – 12, қарсы – жоқ.');
    expect(x.votes[0].for).toBe(9);
    expect(x.votes[0].against).toBe(2);
  });
  it('near miss: a vote two lines above, a speech between, is not the one a later "уточнение" corrects', () => {
    const x = protocol('Голосовали: за – 9, против – 2, воздержались – 1.', 'Выступил Ким О.А. о сроках.', 'Уточнение графика: за – 3 дня до заседания, против – 1 предложения не поступало.');
    expect(counts(x)[0]).toEqual([9, 2, 1]);
  });
});

const report = (title: string, ...body: string[]) => parseReport([title, '', ...body].join('\n'));
const figure = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.find((f) => f.metric === metric)?.value;
const RU = 'Отчёт о работе Общественного совета за 2025 год';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';

describe('a count corrected in a bracket after it, the bracket naming the corrected datum', () => {
  it.each([
    [KK, 'Мониторингтер саны – 7 (түзетілген дерек: 8, өйткені бір мониторинг қорытындыға кірмей қалған).', 'monitorings', 8],
    [KK, 'Жыл ішінде 4 дөңгелек үстел (нақтыланған мәлімет – 5) өткізілді.', 'round_tables', 5],
    [RU, 'Проведено 7 мониторингов (вернее, 8: один совместный не вошёл в сводку).', 'monitorings', 8],
  ])('%s / %s → %s %s', (title, line, metric, want) => {
    expect(figure(report(title, line), metric)).toBe(want);
  });
  it('near miss: a bracket that explains, with no correction word, leaves the count', () => {
    expect(figure(report(RU, 'Проведено 7 мониторингов (2 из них совместно с прокуратурой).'), 'monitorings')).toBe(7);
  });
});

describe('a later sentence that says it corrects: its count replaces the first', () => {
  it.each([
    [RU, 'В Совет поступило 40 обращений, из них 31 – от физических лиц и 6 – от юридических лиц.', 'С учётом уточнения по итогам сверки: от юридических лиц поступило 9 обращений (три письма ТОО не вошли в сводку).', 'appeals_legal_entities', 9],
    [KK, 'Кеңеске 40 өтініш түсті: жеке тұлғалардан – 31, заңды тұлғалардан – 6.', 'Түзетілген дерек: заңды тұлғалардан 9 өтініш түсті (3 өтініш желтоқсанның соңында тіркелген).', 'appeals_legal_entities', 9],
  ])('%s', (title, a, b, metric, want) => {
    const x = report(title, a, b);
    expect(figure(x, metric)).toBe(want);
    expect(figure(x, 'appeals_received')).toBe(40);
  });
  it('near miss: a later statement with no word of correction — the first stays', () => {
    const x = report(RU, 'В Совет поступило 40 обращений, из них 31 – от физических лиц и 9 – от юридических лиц.', 'От юридических лиц в IV квартале поступило 6 обращений.');
    expect(figure(x, 'appeals_legal_entities')).toBe(9);
  });
});

describe('a table of publications by platform whose rows do not add up to its total row: neither, nor the rows', () => {
  it.each([
    [KK, 'Жыл ішінде 47 материал жарияланды (кестені қараңыз).', '3-кесте. Жарияланымдар', 'Алаң                Саны', 'Әкімдік сайты        11', 'Instagram            25', 'Telegram             13', 'Барлығы              47'],
    [RU, 'Опубликовано 47 материалов (см. таблицу).', 'Таблица 2. Публикации по площадкам', 'Площадка            Количество', 'Сайт акимата         11', 'Instagram            25', 'Facebook             13', 'Итого                47'],
  ])('%s', (title, ...body) => {
    const x = report(title, ...body);
    expect(figure(x, 'publications')).toBeUndefined();
    expect(x.media).toEqual([]);
  });
  it('near miss: rows that add up leave the publications stated', () => {
    const x = report(RU, 'Опубликовано 49 материалов (см. таблицу).', 'Таблица 2. Публикации по площадкам', 'Площадка            Количество', 'Сайт акимата         11', 'Instagram            25', 'Facebook             13', 'Итого                49');
    expect(figure(x, 'publications')).toBe(49);
  });
});
