/**
 * Report classes of held-out set 10's misses: a count after its noun ("Заседаний комиссий проведено 8",
 * "выбыли 1"), a total closing a list of parts ("…, всего 6"), NPAs named by their kind and authority
 * ("проектов постановлений акимата"), Kazakh partitives ("10 жобаның 8-і қаралды"), members by the kind of
 * organisation after a dash. Each with near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const HEAD = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK_HEAD = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const figures = (body: string, head = HEAD) => Object.fromEntries(parseReport(`${head}${body}\n`).figures.map((f) => [f.metric, f.value]));

describe('a count after its noun and verb', () => {
  it.each([
    ['В совете работают 3 комиссии. Заседаний комиссий проведено 8.', 'commission_meetings', 8],
    ['Заседаний постоянных комиссий проведено всего 12.', 'commission_meetings', 12],
    ['Заседаний президиума проведено 3.', 'presidium_meetings', 3],
    ['Мониторингов проведено 7, из них 2 внеплановых.', 'monitorings', 7],
    ['Круглых столов проведено 4.', 'round_tables', 4],
    ['Обращений поступило 19.', 'appeals_received', 19],
    ['Публичных слушаний проведено 2.', 'public_hearings', 2],
  ])('%s', (body, metric, value) => {
    expect(figures(body)[metric]).toBe(value);
  });

  it.each([
    ['Заседаний комиссий проведено 8 выездных.', 'commission_meetings'],
    ['По итогам заседаний комиссий проведено 8 мониторингов.', 'commission_meetings'],
    ['Мониторингов проведено на 3 больше, чем в прошлом году.', 'monitorings'],
    ['Обращений поступило в 2 раза больше.', 'appeals_received'],
  ])('nothing: %s', (body, metric) => {
    expect(figures(body)[metric]).toBeUndefined();
  });
});

describe('a total closing a list of parts', () => {
  it.each([
    ['Проведено мониторингов: в январе – 2, в феврале – 1, в марте – 3, всего 6.', 'monitorings', 6],
    ['Мониторинги: плановые – 4, внеплановые – 2, итого 6.', 'monitorings', 6],
    ['Круглые столы: по ЖКХ – 2, по образованию – 1; всего – 3.', 'round_tables', 3],
    ['Поступило обращений: от физических лиц – 10, от юридических лиц – 4, всего 14.', 'appeals_received', 14],
  ])('%s', (body, metric, value) => {
    expect(figures(body)[metric]).toBe(value);
  });

  it.each([
    ['Проведено мониторингов: в январе – 2, в феврале – 1, в марте – 3.', 'monitorings'],
    ['Поступило обращений: январь – 4, февраль – 6, март – 5.', 'appeals_received'],
    ['Проведено мониторингов: в январе – 2, в феврале – 1, всего 6 выездов.', 'monitorings'],
    ['Мониторинги: плановые – 4. Семинары: 2, всего 6.', 'monitorings'],
  ])('nothing: %s', (body, metric) => {
    expect(figures(body)[metric]).toBeUndefined();
  });
});

describe('members who left, the count after the verb or in words', () => {
  it.each([
    ['Состав: в состав совета включены 3 новых члена, выбыли 1 (по собственному желанию).', 1],
    ['Изменения в составе: вышел из состава по собственному желанию один член совета.', 1],
    ['Вышел из состава совета в связи с переездом 1 член.', 1],
    ['Выбыли из состава совета по личному заявлению 2 члена.', 2],
  ])('%s', (body, value) => {
    expect(figures(body).members_left).toBe(value);
  });

  it.each([
    ['Выбыли 1 (2024 год) и 2 в этом году, состав обновлён.'],
    ['Вышел из состава рабочей группы один член совета.'],
  ])('nothing: %s', (body) => {
    expect(figures(body).members_left).toBeUndefined();
  });
});

describe('NPAs named by their kind and authority', () => {
  it.each([
    ['Рассмотрены 3 проекта постановлений акимата (в январе – ни одного, в феврале – 1, в марте – 2); замечаний нет.', 3],
    ['За год рассмотрено 12 проектов решений маслихата.', 12],
    ['Рассмотрено 5 проектов приказов министра.', 5],
    ['7 проектов постановлений областного акимата были рассмотрены на заседаниях.', 7],
  ])('%s', (body, value) => {
    expect(figures(body).npa_reviewed).toBe(value);
  });

  it('under a heading naming NPAs', () => {
    expect(figures('4. Проекты НПА.\nРассмотрены 3 проекта постановлений; замечаний нет.').npa_reviewed).toBe(3);
  });

  it.each([
    ['Рассмотрены 3 обращения по постановлению акимата.'],
    ['На 3 заседаниях рассмотрены проекты решений маслихата.'],
    ['Рассмотрено 4 вопроса о проекте решения маслихата.'],
    ['Рассмотрены 3 проекта планов работы комиссий.'],
  ])('nothing: %s', (body) => {
    expect(figures(body).npa_reviewed).toBeUndefined();
  });

  it.each([
    ['Әкімдік қаулыларының 4 жобасы қаралды.', 4],
    ['Мемлекеттік органдардың НҚА жобалары\nЖоспардағы 10 жобаның 8-і қаралды, оның ішінде 3 жобаға ескерту берілді,\n2 жоба әлі қаралу үстінде.', 8],
  ])('Kazakh: %s', (body, value) => {
    const got = figures(body, KK_HEAD);
    expect(got.npa_reviewed).toBe(value);
  });

  it('the pending of the Kazakh partitive', () => {
    expect(figures('НҚА жобалары\nЖоспардағы 10 жобаның 8-і қаралды, 2 жоба әлі қаралу үстінде.', KK_HEAD).npa_pending).toBe(2);
  });

  it('a plan without the reviewed part is nothing', () => {
    expect(figures('НҚА жобалары\nЖоспарда 10 жоба бар.', KK_HEAD).npa_reviewed).toBeUndefined();
  });
});

describe('members by the kind of organisation after a dash', () => {
  it('Kazakh', () => {
    const got = figures('Кеңес құрамында 21 мүше бар, оның ішінде 15-і – үкіметтік емес ұйымдар мен белсенді азаматтар, 6-уы – мемлекеттік қызметшілер.', KK_HEAD);
    expect([got.members_total, got.members_civil, got.members_state]).toEqual([21, 15, 6]);
  });

  it('Russian', () => {
    const got = figures('В составе совета 15 членов, из них 11 – неправительственные организации.');
    expect(got.members_civil).toBe(11);
  });

  it('nothing: visits of members to organisations', () => {
    expect(figures('Члены совета посетили 5 общественных организаций, 3 – некоммерческие организации района.').members_civil).toBeUndefined();
  });
});

const activities = (body: string, head = 'Справка о работе Общественного совета за I квартал 2025 года\n\n') =>
  parseReport(`${head}${body}\n`).activities.map((a) => `${a.type} ${a.date_start}`);

describe('a list by letters а), б), в)', () => {
  it('each lettered item under a heading of its type is one activity', () => {
    const body = '2. Мониторинги.\nПроведено мониторингов: в январе – 1, в феврале – 1, всего 2.\nДаты и объекты:\n  а) 15 января – пункт обогрева;\n  б) 18 февраля – КГП «Городская поликлиника».';
    expect(activities(body)).toEqual(['monitoring 2025-01-15', 'monitoring 2025-02-18']);
  });

  it('Kazakh letters too', () => {
    const body = 'Мониторингтер:\nа) 12 наурызда – амбулатория;\nә) 17 сәуірде – мектеп автобустары.';
    expect(activities(body, 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n')).toEqual(['monitoring 2025-03-12', 'monitoring 2025-04-17']);
  });

  it('nothing: lettered items under a heading of no activity', () => {
    expect(activities('Задачи:\n  а) 15 января – подготовить план;\n  б) 18 февраля – отчитаться.')).toEqual([]);
  });
});

describe('a numbered point that is one named, dated event', () => {
  it.each([
    ['5. Круглый стол «Тарифы ЖКУ в 2025 году: что изменится для жителей» – 11 марта\n2025 г., участвовали 46 человек.', ['round_table 2025-03-11']],
    ['3. Круглый стол на тему «Занятость молодёжи» (14 марта 2025 г.).', ['round_table 2025-03-14']],
    ['4. Дөңгелек үстел «Жастар жұмыспен қамту» – 2025 жылғы 12 наурыз.', ['round_table 2025-03-12']],
  ])('%s', (body, want) => {
    expect(activities(body)).toEqual(want);
  });

  it.each([
    ['5. Круглые столы «Тарифы» и «Дороги» – 11 марта 2025 г.'],
    ['5. Круглый стол «Тарифы ЖКУ» – 2.'],
    ['5. Круглый стол «Тарифы ЖКУ» планируется провести в апреле.'],
    ['5. Круглый стол «Тарифы ЖКУ» – 11–15 марта 2025 г.'],
  ])('nothing: %s', (body) => {
    expect(activities(body).filter((a) => a.startsWith('round_table'))).toHaveLength(0);
  });
});

describe('a questionnaire table\'s prose answer', () => {
  it('dated items in an answer wrapped across rows', () => {
    const body = `| №  | Вопрос                  | Ответ                                          |
|----|-------------------------|------------------------------------------------|
| 6  | Круглые столы           | Проведено 2 круглых стола:                     |
|    |                         | 14.03.2025 – «Занятость молодёжи»;             |
|    |                         | 22.05.2025 – «Благоустройство дворов».         |
| 7  | Рассмотрение НПА        | Рассмотрено 6 проектов НПА.                    |`;
    expect(activities(body, 'Информация о деятельности Общественного совета за первое полугодие 2025 года\n\n')).toEqual(['round_table 2025-03-14', 'round_table 2025-05-22']);
  });
});

const media = (body: string) => Object.fromEntries(parseReport(`${KK_HEAD}${body}\n`).media.map((m) => [m.platform, [m.publications, m.views]]));

describe('media: a Telegram message, a newspaper spoken of again', () => {
  it('"29 хабарлама" in a Telegram channel are its publications; "15 мыңнан астам" views are no figure', () => {
    expect(media('– Telegram арнасында 29 хабарлама, 15 мыңнан астам қаралым;').telegram).toEqual([29, null]);
  });

  it.each([
    ['Кеңестің қызметі туралы аудандық «Ұлан таңы» газетінде төрт мақала, Facebook\nпарақшасында отыз бір жазба жарияланды. Газеттің таралымы – 2 800 дана.', [4, null]],
    ['Деятельность Совета освещалась в районной газете «Зерен» (9 статей). Тираж газеты – 3 000 экземпляров.', [9, null]],
  ])('the print run of the newspaper named before is no other outlet: %s', (body, want) => {
    expect(media(body).other).toEqual(want);
  });

  it.each([
    ['«Ұлан таңы» газетінде 4 мақала жарияланды. «Егемен Қазақстан» газетінде 2 мақала шықты.'],
    ['В газете «Зерен» вышло 9 статей. В других газетах вышло 3 статьи.'],
  ])('nothing: two outlets are never one: %s', (body) => {
    expect(media(body).other).toBeUndefined();
  });
});

describe('a table row of working groups a bracket names commissions', () => {
  const table = (label: string) => `Показатель\t2024 г.\t2025 г.\nЗаседаний Общественного совета\t5\t6\n${label}\t14\t21\nКруглых столов\t2\t5`;

  it.each([['Заседаний рабочих групп (комиссий)'], ['Заседаний рабочих органов (постоянных комиссий)']])('%s', (label) => {
    expect(figures(table(label)).commission_meetings).toBe(21);
  });

  it.each([['Заседаний рабочих групп'], ['Заседаний рабочих групп (экспертных)']])('nothing: %s', (label) => {
    expect(figures(table(label)).commission_meetings).toBeUndefined();
  });
});

describe('a total closing a list of parts, in Kazakh', () => {
  it.each([
    ['Мониторингтер: қаңтарда – 2, ақпанда – 1, наурызда – 3, барлығы 6.', 'monitorings', 6],
    ['Комиссия отырыстары: қаңтарда – 2, ақпанда – 3, наурызда – 4, барлығы 9.', 'commission_meetings', 9],
    ['Түскен өтініштер: жеке тұлғалардан – 12, заңды тұлғалардан – 2, барлығы 14.', 'appeals_received', 14],
  ])('%s', (body, metric, value) => {
    expect(figures(body, KK_HEAD)[metric]).toBe(value);
  });

  it.each([
    ['Мониторингтер: қаңтарда – 2, ақпанда – 1, наурызда – 3.', 'monitorings'],
    ['Бір мүше өз өтініші бойынша: 2024 жылы – 1, барлығы 3 рет.', 'appeals_received'],
  ])('nothing: %s', (body, metric) => {
    expect(figures(body, KK_HEAD)[metric]).toBeUndefined();
  });
});
