/**
 * Tables of held-out set 7 as classes: indicator tables with period columns (years, plan/fact, было/стало) in
 * pipes or fixed-width columns, their sub-rows named with their parent row, wrapped labels joined; dated event
 * tables in any delimiter, Kazakh date forms with the year from the period.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { metricOfRow } from '../../../../sources/extract/report/tableRowLexicon.ts';
import { activityList, figureMap } from '../../../helpers/extractCases.ts';

const figuresOf = (text: string) => figureMap(parseReport(text));
const activitiesOf = (text: string) => activityList(parseReport(text));

describe('indicator tables with sub-rows', () => {
  it('Kazakh, 2024 | 2025 | %: the 2025 column, "оның ішінде" sub-rows with their parent, a wrapped sub-row label', () => {
    const text = `ҚАЛАНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ

2025 жылғы қызметінің негізгі көрсеткіштері

| № | Көрсеткіш                                  | 2024 ж. | 2025 ж. | Өзгерісі, % |
|---|--------------------------------------------|---------|---------|-------------|
| 1 | Кеңес отырыстары                           |    5    |    6    |    +20      |
| 2 | Есептерді тыңдау, барлығы                  |    7    |    9    |    +29      |
|   |   оның ішінде есебі тыңдалған әкімдіктің   |    5    |    6    |    +20      |
|   |   бөлімдері                                |         |         |             |
|   |   есебі тыңдалған коммуналдық кәсіпорындар |    2    |    3    |    +50      |
| 3 | Азаматтардан түскен өтініштер              |   31    |   44    |    +42      |
|   |   оның ішінде жеке тұлғалардан             |   26    |   37    |    +42      |
|   |   заңды тұлғалардан                        |    5    |    7    |    +40      |
|   |   жауап берілгені                          |   29    |   41    |    +41      |
| 4 | Мемлекеттік органдарға жолданған хаттар    |   20    |   27    |    +35      |
|   |   жауап алынғаны                           |   18    |   24    |    +33      |
| 5 | Диалог алаңдары                            |    –    |    2    |     –       |
`;
    const x = parseReport(text);
    expect(x.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(figuresOf(text)).toEqual({
      general_meetings: 6,
      report_hearings: 9,
      departments_heard: 6,
      subordinate_orgs_heard: 3,
      appeals_received: 44,
      appeals_individuals: 37,
      appeals_legal_entities: 7,
      appeals_answered: 41,
      letters_sent: 27,
      letters_answered: 24,
      dialog_platforms: 2,
    });
  });

  it('Russian, "в том числе" sub-rows set in with no № column; a sub-row no metric names states nothing', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

| Показатель                                | 2024 год | 2025 год |
|-------------------------------------------|----------|----------|
| Поступило обращений                       |    30    |    52    |
|   в том числе от физических лиц           |    25    |    47    |
|   от юридических лиц                      |     5    |     5    |
|   даны ответы                             |    28    |    50    |
| Общественные мониторинги                  |     6    |     9    |
|   из них в сельской местности             |     2    |     4    |
| Направлено писем в государственные органы |    11    |    14    |
|   получено ответов                        |    10    |    12    |
`;
    expect(figuresOf(text)).toEqual({ appeals_received: 52, appeals_individuals: 47, appeals_legal_entities: 5, appeals_answered: 50, monitorings: 9, letters_sent: 14, letters_answered: 12 });
  });

  it('near-miss: a sub-row under a row that names no metric is that row\'s ("Работа постоянных комиссий" → "заседания")', () => {
    const text = 'Отчет о работе Общественного совета за 2025 год\n\n| № | Показатель | 2025 г. |\n|---|---|---|\n| 1 | Заседания Общественного совета | 4 |\n| 2 | Работа постоянных комиссий | |\n|   | заседания | 12 |\n|   | рассмотрено вопросов | 30 |\n| 3 | Круглые столы | 3 |\n';
    const x = parseReport(text);
    expect(figuresOf(text)).toEqual({ general_meetings: 4, round_tables: 3 });
    expect(x.candidates.map((c) => `${c.metric}=${c.value}`)).toEqual(['general_meetings=12']);
  });

  it('a later statement of another value does not replace the table\'s: the first stands, the other is an issue', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

| № | Показатель    | 2025 г. |
|---|---------------|---------|
| 1 | Круглые столы |    3    |

Проведено 4 круглых стола.
`;
    const x = parseReport(text);
    expect(figuresOf(text)).toEqual({ round_tables: 3 });
    // Also when the later one is a table row of its own: "Круглые столы – 4" in a second table.
    const second = parseReport(`${text}\n| Показатель | 2025 г. |\n|---|---|\n| Дөңгелек үстелдер | 5 |\n`);
    expect(second.figures.find((f) => f.metric === 'round_tables')?.value).toBe(3);
    expect(x.issues.some((i) => i.line === 7 && /round_tables/.test(i.message) && /\b4\b/.test(i.message))).toBe(true);
  });
});

describe('fixed-width indicator tables (spaces, no separators)', () => {
  it('Plan | Fact | %: the fact column; the plan, the percent and the total row never', () => {
    const text = `Отчет об исполнении плана работы Общественного совета за 2025 год

Іс-шара / Мероприятие                                  Жоспар / План   Факт   Орындалуы, %
1. Кеңес отырыстары / Заседания ОС                           4            5        125
2. Президиум отырыстары / Заседания президиума               4            4        100
3. Қоғамдық мониторинг / Общественный мониторинг             5            4         80
4. НҚА жобаларын қарау / Рассмотрение проектов НПА          40           52        130
5. Дөңгелек үстелдер / Круглые столы                         3            3        100
6. Меморандумдар / Меморандумы                               1            2        200
Барлығы / Итого                                             57           70        123
`;
    expect(figuresOf(text)).toEqual({ general_meetings: 5, presidium_meetings: 4, monitorings: 4, npa_reviewed: 52, round_tables: 3, memoranda: 2 });
  });

  it('years and a change column, a wrapped label, an empty cell of the other year', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

Показатель                          2024 г.     2025 г.     Изменение, %
Заседания Общественного совета         4           6           +50
Заслушивание отчетов руководителей     7           8           +14
  государственных органов
Диалоговые площадки                                2
Публичные слушания                     3           1           -67
`;
    expect(figuresOf(text)).toEqual({ general_meetings: 6, report_hearings: 8, dialog_platforms: 2, public_hearings: 1 });
  });

  it('a № column, sub-rows under an empty number, a wrapped label, a header typed over two lines', () => {
    const numbered = [
      'Отчет о работе Общественного совета за 2025 год',
      '',
      '№    Показатель                         2024 г.    2025 г.    %',
      '1    Поступило обращений                   30         44      +47',
      '     в том числе от физических лиц         25         37      +48',
      '     от юридических лиц                     5          7      +40',
      '2    Заседания Общественного               4          6      +50',
      '     совета',
      '3    Круглые столы                          2          3      +50',
    ].join('\n');
    expect(figuresOf(numbered)).toEqual({ appeals_received: 44, appeals_individuals: 37, appeals_legal_entities: 7, general_meetings: 6, round_tables: 3 });
    const twoLines = [
      'Отчет о работе Общественного совета за 2025 год',
      '',
      'Показатель                        2024         2025        Изменение,',
      '                                  год          год         %',
      'Заседания Общественного совета     4            6           +50',
      'Круглые столы                      2            3           +50',
    ].join('\n');
    expect(figuresOf(twoLines)).toEqual({ general_meetings: 6, round_tables: 3 });
  });

  it('tabs: a sub-row opening with a tab (its № cell empty) stays in the table; the row number is never a count', () => {
    const text = ['Отчет о работе Общественного совета за 2025 год', '', '№\tПоказатель\t2024 г.\t2025 г.', '1\tПоступило обращений\t30\t44', '\tв том числе от физических лиц\t25\t37', '\tот юридических лиц\t5\t7', '2\tКруглые столы\t2\t3'].join('\n');
    expect(figuresOf(text)).toEqual({ appeals_received: 44, appeals_individuals: 37, appeals_legal_entities: 7, round_tables: 3 });
  });

  it('plan and fact of the same year, a Kazakh "Жоспар | Орындалды": the fact', () => {
    const ru = 'Отчет о работе Общественного совета за 2025 год\n\n| Показатель | 2025 (план) | 2025 (факт) |\n|---|---|---|\n| Общественные мониторинги | 10 | 9 |\n| Круглые столы | 4 | 5 |\n';
    expect(figuresOf(ru)).toEqual({ monitorings: 9, round_tables: 5 });
    const kk = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n| Іс-шара | Жоспар | Орындалды |\n|---|---|---|\n| Қоғамдық мониторингтер | 6 | 7 |\n| Дөңгелек үстелдер | 3 | 2 |\n';
    expect(figuresOf(kk)).toEqual({ monitorings: 7, round_tables: 2 });
  });

  it('было | стало: what it became is the period\'s', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

| Показатель               | Было | Стало |
|--------------------------|------|-------|
| Общественные мониторинги |   6  |   9   |
`;
    expect(figuresOf(text)).toEqual({ monitorings: 9 });
  });

  it('near-misses: a plan alone, two other years, two fact columns of no year say nothing', () => {
    const plan = `Отчет о работе Общественного совета за 2025 год

Мероприятие                 План на 2026 год   Ответственный   Срок
Общественные мониторинги           6            Комиссия 1      IV кв.
Круглые столы                      3            Комиссия 2      II кв.
`;
    expect(figuresOf(plan)).toEqual({});
    const years = `Отчет о работе Общественного совета за 2025 год

Показатель                  2022 г.    2023 г.    Изменение, %
Общественные мониторинги       7          9          +29
Круглые столы                  2          3          +50
`;
    expect(figuresOf(years)).toEqual({});
  });

  it('two columns: a label and a count or the period\'s year; another year\'s column says nothing', () => {
    const text = 'Отчет о работе Общественного совета за 2025 год\n\nПоказатель                         Количество\nЗаседания Общественного совета          5\nОбщественные мониторинги                8\n\nКөрсеткіш                  2025 ж.\nДөңгелек үстелдер            3\nСеминарлар                   2\n';
    expect(figuresOf(text)).toEqual({ general_meetings: 5, monitorings: 8, round_tables: 3, seminars: 2 });
    const other = 'Отчет о работе Общественного совета за 2025 год\n\nПоказатель                         2024 г.\nЗаседания Общественного совета          4\nОбщественные мониторинги                6\n';
    expect(figuresOf(other)).toEqual({});
  });

  it('quarters: in nine months the total column, a quarter never; in a quarter the column of its year', () => {
    const nine = 'Отчет о работе Общественного совета за 9 месяцев 2025 года\n\nПоказатель                  I кв.   II кв.   III кв.   Итого\nОбщественные мониторинги      2       3        1        6\nКруглые столы                 1       –        1        2\n';
    expect(figuresOf(nine)).toEqual({ monitorings: 6, round_tables: 2 });
    const quarter = 'Отчет о работе Общественного совета за I квартал 2025 года\n\nПоказатель                  I кв. 2024   I кв. 2025\nОбщественные мониторинги        2            3\nКруглые столы                   1            4\n';
    expect(figuresOf(quarter)).toEqual({ monitorings: 3, round_tables: 4 });
  });

  it('prose with wide spaces is no table', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

Председатель Общественного совета          А. Серіков
Секретарь  Б. Омарова  тел.  8 (7172) 74-22-05
Председатель                       А. Иванов
Заседания                          5
`;
    expect(parseReport(text).figures).toEqual([]);
  });
});

describe('a table in a section about a part of the period', () => {
  it('a quarter\'s table inside a half-year report gives candidates, never figures', () => {
    const text = `Қоғамдық кеңесінің 2025 жылдың бірінші жартыжылдығында атқарған жұмысы туралы АҚПАРАТ

Жартыжылдықта Кеңестің 3 отырысы өткізілді.

V. II тоқсанның қорытындысы (сәуір – маусым)

| Көрсеткіш        | Саны |
|------------------|------|
| Кеңес отырыстары |  2   |
| Дөңгелек үстелдер|  1   |
`;
    const x = parseReport(text);
    expect(figuresOf(text)).toEqual({ general_meetings: 3 });
    expect(x.candidates.map((c) => `${c.metric}=${c.value}`).sort()).toEqual(['general_meetings=2', 'round_tables=1']);
  });
});

describe('dated event tables in any delimiter', () => {
  it('pipes with no border pipes, wrapped event cells, Kazakh date forms with the period\'s year', () => {
    const text = `Қоғамдық кеңесінің 2025 жылдың бірінші жартыжылдығында атқарған жұмысы туралы АҚПАРАТ

№  | Күні                 | Іс-шара                                                  | Өткізілген орны
1  | 2025 жылғы 22 қаңтар | «Аудандық аурухана» КМК қабылдау бөлімінің               | Шу қ.
   |                      | жұмысына қоғамдық мониторинг                             |
2  | ақпанның 27-сі       | «Жастар және еңбек нарығы» дөңгелек үстелі               | орталық
3  | 03.04.2025           | Ауылдық округ әкімдері үшін «Қоғамдық бақылау туралы»     | әкімдік
   |                      | Заңды түсіндіру семинары                                 |
4  | сәуірдің 16–17-сі    | Мектеп асханаларындағы тамақтану сапасына мониторинг     | 6 мектеп
5  | маусымның 11-і       | Аудандық ауыл шаруашылығы бөлімімен ынтымақтастық        | әкімдік
   |                      | туралы меморандумға қол қою                              |
`;
    expect(activitiesOf(text)).toEqual(['monitoring 2025-01-22', 'round_table 2025-02-27', 'seminar 2025-04-03', 'monitoring 2025-04-16', 'memorandum 2025-06-11']);
  });

  it('fixed-width columns: a wrapped title continues its row, a date wider than its column is cut at the next', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

№   Дата              Мероприятие                                   Форма
1   22.01.2025        Проверка работы приемного отделения           мониторинг
                      городской больницы
2   с 14 по 18 апреля Качество питания в школах                     мониторинг
3   27 февраля        Молодежь и рынок труда                        круглый стол
4   12.03.2025        Проект правил благоустройства                 публичные слушания
`;
    const x = parseReport(text);
    expect(x.activities.map((a) => `${a.type} ${a.date_start} ${a.title}`)).toEqual([
      'monitoring 2025-01-22 Проверка работы приемного отделения городской больницы',
      'monitoring 2025-04-14 Качество питания в школах',
      'round_table 2025-02-27 Молодежь и рынок труда',
      'public_hearing 2025-03-12 Проект правил благоустройства',
    ]);
  });
});

describe('dated tables: a day and month alone in the date column', () => {
  it('"12.02", "17–18.04." take the period\'s year; a range starts on its first day', () => {
    const text = 'Отчет о работе Общественного совета за I полугодие 2025 года\n\n| Дата | Мероприятие | Форма |\n|---|---|---|\n| 12.02 | Проверка поликлиники | мониторинг |\n| 17–18.04. | Проверка школ | мониторинг |\n| 03.04 | Правила благоустройства | публичные слушания |\n';
    expect(parseReport(text).activities.map((a) => `${a.type} ${a.date_start} ${a.date_end}`)).toEqual(['monitoring 2025-02-12 2025-02-12', 'monitoring 2025-04-17 2025-04-18', 'public_hearing 2025-04-03 2025-04-03']);
  });
});

describe('the table row lexicon', () => {
  it('names a row by its whole label, either half of a bilingual one, a sub-row only under its parent', () => {
    expect(metricOfRow('1. Кеңес отырыстары / Заседания ОС', null)).toBe('general_meetings');
    expect(metricOfRow('Комиссиялардың отырыстары', null)).toBe('commission_meetings');
    expect(metricOfRow('оның ішінде ескертпелермен келісілгені', 'npa_reviewed')).toBe('npa_with_remarks');
    expect(metricOfRow('жауап берілгені', 'appeals_received')).toBe('appeals_answered');
    expect(metricOfRow('жауап алынғаны', 'letters_sent')).toBe('letters_answered');
    // A sub-row's words name nothing under another parent, nor a row of its own.
    expect(metricOfRow('жауап берілгені', null)).toBeNull();
    expect(metricOfRow('получено ответов', 'appeals_received')).toBeNull();
    expect(metricOfRow('Заседания рабочих групп', null)).toBeNull();
    expect(metricOfRow('Проекты НПА, одобренные без замечаний', null)).toBe('npa_approved');
    expect(metricOfRow('Барлығы / Итого', null)).toBeNull();
    expect(metricOfRow('Кол-во участников мониторингов', null)).toBeNull();
  });
});
