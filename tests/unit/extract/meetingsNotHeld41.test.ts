/**
 * Meetings planned vs held (session 41, set 169's class, with variants of my own): the plan's span between its participle
 * and its count ("Из запланированных на 9 месяцев 7 заседаний Совета состоялось 6"); a plan-fact line whose label closes
 * with a colon or whose fact is followed by a note ("…, проведено – 7 (в т.ч. одно выездное), 2 не состоялись …"); the
 * members who demanded an extraordinary meeting, never the council's size.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const report = (...lines: string[]) => parseReport(['О работе Общественного совета за 9 месяцев 2026 года', '', ...lines].join('\n'));
const valuesOf = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => f.value);
const candidatesOf = (x: ReturnType<typeof parseReport>, metric: string) => x.candidates.filter((c) => c.metric === metric).map((c) => c.value);

describe('the plan\'s span between its participle and its count', () => {
  it.each([
    ['Из запланированных на 9 месяцев 7 заседаний Совета состоялось 6: 28 января, 18 марта, 20 мая, 24 июня, 9 и 23 сентября.', 'general_meetings', 6, 7],
    ['Из запланированных на 2026 год 8 мониторингов проведено 7.', 'monitorings', 7, 8],
    ['Из предусмотренных планом работы 5 заседаний Совета проведено 4.', 'general_meetings', 4, 5],
  ])('%s', (sentence, metric, done, plan) => {
    const x = report(sentence);
    expect(valuesOf(x, metric)).toEqual([done]);
    expect(candidatesOf(x, metric)).toContain(plan);
  });
  it('near miss: the plan and what was put off, nothing done stated', () => {
    const x = report('Из запланированных на 9 месяцев 7 заседаний Совета перенесено 2.');
    expect(valuesOf(x, 'general_meetings')).toEqual([]);
  });
});

describe('a plan-fact line: a label\'s colon, a note after the fact', () => {
  it.each([
    ['Заседаний комиссий по плану – 9, проведено – 7 (в т.ч. одно выездное в Бейнеуском районе), 2 не состоялись из-за отсутствия кворума.', 'commission_meetings', 7],
    ['Мониторингов: по плану – 6, проведено – 5.', 'monitorings', 5],
    ['Комиссия отырыстары: жоспар бойынша – 9, өткізілгені – 7.', 'commission_meetings', 7],
    ['Комиссия отырыстары жоспар бойынша – 9, өткізілгені – 7 (біреуі көшпелі), 2 отырыс кворум болмағандықтан өтпеді.', 'commission_meetings', 7],
  ])('%s', (sentence, metric, done) => {
    expect(valuesOf(report(sentence), metric)).toEqual([done]);
  });
  it('near miss: a share that is not the fact over the plan leaves both unread', () => {
    expect(valuesOf(report('Публикаций по плану – 100, фактически – 112 (110 %).'), 'publications')).toEqual([]);
  });
});

describe('the members who demanded an extraordinary meeting are no count of the council', () => {
  const protocol = (...lines: string[]) => parseProtocol(['КЕЗЕКТЕН ТЫС ОТЫРЫСЫНЫҢ', 'ХАТТАМАСЫ № 5', '', ...lines, '', 'КҮН ТӘРТІБІ:', '1. Жоспар туралы.'].join('\n'));
  it('kk: "кеңестің 5 мүшесінің 2026 жылғы 20 тамыздағы жазбаша талабы бойынша", then the partitive count of those present', () => {
    const x = protocol('Отырыс кеңестің 5 мүшесінің 2026 жылғы 20 тамыздағы жазбаша талабы бойынша', '(үлгілік ереженің 18-тармағы) кезектен тыс шақырылды.', '', 'Кеңестің 13 мүшесінің 10-ы қатысты, оның ішінде біреуі – қашықтан. Кворум бар.');
    expect([x.members_total, x.present, x.online]).toEqual([13, 10, 1]);
  });
  it('kk: the demand alone states no size of the council', () => {
    const x = protocol('Отырыс кеңестің 5 мүшесінің 2026 жылғы 20 тамыздағы жазбаша талабы бойынша кезектен тыс шақырылды.');
    expect(x.members_total).toBeNull();
  });
  it('ru: "по требованию 5 членов Совета" likewise', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 5', 'внеочередного заседания Общественного совета', '', 'Заседание созвано по письменному требованию 5 членов Совета от 20.08.2026.', '', 'ПОВЕСТКА ДНЯ:', '1. О плане.'].join('\n'));
    expect(x.members_total).toBeNull();
  });
  it('near miss: a partitive whose part is a count is read as ever', () => {
    const x = protocol('Кеңес мүшелерінің 11-інен 9-ы келді.');
    expect([x.members_total, x.present]).toEqual([11, 9]);
  });
});

describe('a column of names right under a count sentence that runs on to its stop', () => {
  const names = ['  Мұқашев Т.Ж. – төраға / председатель', '  Гуменюк С.В. – хатшы / секретарь', '  Ефимов А.Н.', '  Қасымов Б.Т. (онлайн, Мамлют ауданы)', '  Ли Н.В.'];
  const protocol = (...lines: string[]) => parseProtocol(['ХАТТАМА / ПРОТОКОЛ № 3', '', ...lines, '', 'КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:', '1. Жоспар туралы / О плане.'].join('\n'));
  it('kk / ru: the count wrapped in lower case, the column, the absentees\' heading right under it', () => {
    const x = protocol('Қатысқандар / Присутствовали: 5 мүше / 5 членов Совета, оның ішінде 1-еуі', 'онлайн / из них 1 – онлайн. Кворум бар / Кворум имеется.', ...names, 'Қатыспағандар / Отсутствовали: Жүсіпов А.А. – іссапар / командировка.');
    expect(x.attendees.map((a) => a.name)).toEqual(['Мұқашев Т.Ж.', 'Гуменюк С.В.', 'Ефимов А.Н.', 'Қасымов Б.Т.', 'Ли Н.В.']);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Қасымов Б.Т.']);
    expect(x.absentees.map((a) => a.name)).toEqual(['Жүсіпов А.А.']);
  });
  it('near miss: a column one short of the count is not the list it counts', () => {
    const x = protocol('Қатысқандар / Присутствовали: 6 мүше / 6 членов Совета, оның ішінде 1-еуі', 'онлайн / из них 1 – онлайн. Кворум бар / Кворум имеется.', ...names);
    expect(x.attendees_listed).toBe(false);
  });
});
