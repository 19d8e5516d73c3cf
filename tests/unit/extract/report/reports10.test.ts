/**
 * Report classes of held-out set 10: counts given per month (or per quarter inside a year) are parts of the
 * period, never its value; no total is stated unless it is written.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { firstPeriodPart } from '../../../../sources/extract/report/monthParts.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const media = (text: string) => Object.fromEntries(parseReport(text).media.map((m) => [m.platform, [m.publications, m.views]]));

describe('counts by month: parts of the period, never its value', () => {
  it.each([
    ['Telegram-канал: январь – 14 публикаций (3 100 просмотров), февраль – 11 (2 750), март – 17 (4 020).'],
    ['Telegram: в январе – 14 публикаций, в феврале – 11, в марте – 17.'],
    ['Instagram-парақшасында қаңтарда – 14 жарияланым, ақпанда – 11, наурызда – 17.'],
    ['Facebook: қаңтар айында 9 жарияланым, ақпан айында 12 жарияланым.'],
    ['Telegram: в I квартале – 40 публикаций, во II квартале – 52.'],
  ])('no platform figure: %s', (line) => {
    const text = `Отчет о работе Общественного совета за I квартал 2025 года\n\n${line}\n`;
    const got = media(text);
    expect(got.telegram ?? got.instagram ?? got.facebook ?? null).toBeNull();
  });

  it('a total written before the months is the value', () => {
    const text = 'Отчет о работе Общественного совета за I квартал 2025 года\n\nTelegram: 42 публикации за квартал, в том числе в марте – 17.\n';
    expect(media(text).telegram).toEqual([42, null]);
  });

  it('the platform after the months keeps its own quarter figure', () => {
    const text = `Отчет о работе Общественного совета за I квартал 2025 года

Telegram-канал «Сарань Кеңес»: январь – 14 публикаций (3 100 просмотров),
февраль – 11 (2 750), март – 17 (4 020). Подписчиков на 31.03.2025 – 1 265.
Instagram: за квартал 38 публикаций, 21 600 просмотров.
`;
    expect(media(text)).toEqual({ instagram: [38, 21600] });
  });

  it.each([
    ['Наурыз мерекесіне арналған 5 жарияланым', -1],
    ['проведено 5 мониторингов', -1],
    ['за март 2025 года', -1],
    ['январь – 14', 0],
    ['в январе – ни одного', 0],
    ['в I квартале – 10, во II – 12', -1],
    ['в I квартале – 10, во II квартале – 12', 2],
  ])('a month part in "%s" at %d', (text, at) => expect(firstPeriodPart(text)).toBe(at));
});

describe('a month that is no count of its own', () => {
  it.each(['11 марта – 46 участников', 'за январь 2025 года', 'қаңтар 2025 ж.', 'Круглый стол – 11 марта 2025 г.'])('%s', (text) =>
    expect(firstPeriodPart(text)).toBe(-1));
});

const figures = (text: string) => figureMap(parseReport(text));
const HALF = 'Отчет о работе Общественного совета за первое полугодие 2025 года\n\n';
const KK_HALF = '2025 жылғы бірінші жартыжылдықтағы Қоғамдық кеңестің жұмысы туралы есеп\n\n';

describe('a plan set against what was done: the plan is never the count', () => {
  it.each([
    [HALF, 'При плане 4 заседания проведено 5 заседаний Общественного совета.', 5],
    [HALF, 'Заседаний совета: согласно плану – 4, проведено 5 заседаний.', 5],
    [HALF, 'Запланировано 4 заседания, проведено 5 заседаний совета.', 5],
    [KK_HALF, 'Кеңестің отырыстары: жоспарда 4 отырыс, іс жүзінде 5 отырыс өткізілді.', 5],
  ])('%#: %s', (head, line, want) => expect(figures(`${head}${line}\n`).general_meetings ?? null).toBe(want));

  it.each([
    [HALF, 'По плану проведено 5 заседаний Общественного совета.', 5],
    [KK_HALF, 'Жоспар бойынша Кеңестің 5 отырысы өткізілді.', 5],
  ])('done as planned is a count done: %s', (head, line, want) => expect(figures(`${head}${line}\n`).general_meetings ?? null).toBe(want));

  it('a plan alone is no count', () => {
    expect(figures(`${HALF}При плане 4 заседания совета.\n`).general_meetings ?? null).not.toBe(4);
  });
});

describe('a table typed with tabs: a sub-row indented with spaces stays in the table', () => {
  const YEAR = 'Отчёт о деятельности Общественного совета за 2025 год\n\n';
  it('the 2025 column of the indented row, never the 2024 one', () => {
    const text = `${YEAR}Показатель\t2024 г.\t2025 г.
Заседаний Общественного совета\t5\t6
Рассмотрено проектов НПА\t38\t44
   в т.ч. с замечаниями\t9\t12
Общественных слушаний\t3\t4
Круглых столов\t2\t5
`;
    const got = figures(text);
    expect([got.general_meetings, got.npa_reviewed, got.npa_with_remarks, got.public_hearings, got.round_tables]).toEqual([6, 44, 12, 4, 5]);
  });

  it('a table of two years with no column of the period: nothing', () => {
    const text = `${YEAR}Показатель\t2023 г.\t2024 г.
Рассмотрено проектов НПА\t38\t44
   в т.ч. с замечаниями\t9\t12
`;
    const got = figures(text);
    expect([got.npa_reviewed ?? null, got.npa_with_remarks ?? null]).toEqual([null, null]);
  });
});

describe('table rows: members of the council', () => {
  const YEAR = 'Отчёт о деятельности Общественного совета за 2025 год\n\n';
  it('"Членов совета (на конец года)" with its parts', () => {
    const text = `${YEAR}Показатель\t2024 г.\t2025 г.
Членов совета (на конец года)\t25\t27
из них от гражданского общества\t17\t19
из них от госорганов\t8\t8
`;
    const got = figures(text);
    expect([got.members_total, got.members_civil, got.members_state]).toEqual([27, 19, 8]);
  });

  it('a row of members doing one thing is no count of members', () => {
    const text = `${YEAR}Показатель\t2024 г.\t2025 г.
Членов совета, принявших участие в мониторинге\t12\t14
`;
    expect(figures(text).members_total ?? null).toBeNull();
  });
});

describe('a questionnaire table: prose answers wrapped over rows are read whole', () => {
  const table = (rows: string) => `${HALF}| №  | Вопрос                      | Ответ                                  |
|----|-----------------------------|----------------------------------------|
${rows}`;
  it('the answer wrapped over three rows, its number on the second', () => {
    const text = table(`| 1  | Состав совета               | Совет сформирован решением маслихата   |
|    | (количество членов)         | от 28.12.2023 № 112. В составе совета  |
|    |                             | 15 членов.                             |
| 2  | Количество заседаний        | При плане 4 заседания проведено 5      |
|    |                             | заседаний Общественного совета.        |
`);
    const got = figures(text);
    expect([got.members_total ?? null, got.general_meetings ?? null]).toEqual([15, 5]);
  });

  it('a table of counts is no questionnaire', () => {
    const text = `${HALF}| № | Показатель | 2025 |
|---|------------|------|
| 1 | Заседания Общественного совета | 3 |
| 2 | Мониторинги | 4 |
`;
    const got = figures(text);
    expect([got.general_meetings, got.monitorings]).toEqual([3, 4]);
  });
});
