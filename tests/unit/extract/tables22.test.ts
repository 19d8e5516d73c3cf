/**
 * Session 22's table classes (issue 12): fields a report's layout hides or lends to the wrong reader — a form's row
 * answered "1" read as one event, a table of hearings whose body column went unread, a PDF's table of events whose number, date
 * and kind ran together, a row of hearings by the noun "отчётные слушания", a kind column
 * that names a hearing by "отчёт" alone, a plan / fact table under a sentence about the year's plan, a row of the letters answered named
 * by the answers first. Each in ru and kk, with near-misses that must not be read. The documents' phrasings,
 * invented people.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за I квартал 2025 года\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы І тоқсандағы жұмысы туралы ақпарат\n\n';
const read = (text: string) => parseReport(`${text}\n`);

describe('a form\'s row answered "1" counts its kind and names no event (report/oneCountedEvents)', () => {
  const ruForm = (row: string) =>
    `${RU}5. Проведено заседаний Общественного совета\n2\n\n6. Проведено заседаний постоянных комиссий\n5\n\n${row}\n1\n\n10. Поступило обращений\n4\n`;
  it('ru: "9. Проведено общественных мониторингов" / "1" (held-out 35, the Ministry of Transport\'s form) is a count, no activity', () => {
    const x = read(ruForm('9. Проведено общественных мониторингов'));
    expect(figureMap(x)).toMatchObject({ monitorings: 1 });
    expect(activityList(x)).toEqual([]);
  });
  it('ru: "9. Количество круглых столов" / "1"', () => {
    const x = read(ruForm('9. Количество круглых столов'));
    expect(figureMap(x)).toMatchObject({ round_tables: 1 });
    expect(activityList(x)).toEqual([]);
  });
  it('kk: "9. Өткізілген мониторингтер саны" / "1"', () => {
    const x = read(`${KK}5. Кеңес отырыстарының саны\n2\n\n6. Комиссия отырыстарының саны\n5\n\n9. Өткізілген мониторингтер саны\n1\n\n10. Түскен өтініштер саны\n4\n`);
    expect(figureMap(x)).toMatchObject({ monitorings: 1 });
    expect(activityList(x)).toEqual([]);
  });
  it('near-miss: a list item that names its one event stays that event', () => {
    const ru = read(`${RU}Основные итоги квартала:\n\n  • заседания Общественного совета (2);\n  • меморандум о сотрудничестве с Ассоциацией перевозчиков (1).`);
    expect(ru.activities.map((a) => a.type)).toEqual(['memorandum']);
    const kk = read(`${KK}Негізгі қорытындылар:\n  – Кеңес отырыстары (2);\n  – тасымалдаушылар қауымдастығымен ынтымақтастық туралы меморандум (1).`);
    expect(kk.activities.map((a) => a.type)).toEqual(['memorandum']);
  });
});

describe('a table of hearings with a column of whose report was heard (report/readDatedTables BODY_HEAD)', () => {
  const RU9 = 'Отчет о работе Общественного совета за 9 месяцев 2025 года\n\n';
  it('ru, pipes: "№ | Дата | Заслушанный орган | Тема" (held-out 55\'s Kordai) — the bodies heard counted by kind', () => {
    const x = read(`${RU9}3. Заслушивание отчётов. Всего заслушано 3 отчёта:

| № | Дата       | Заслушанный орган                                | Тема                   |
| 1 | 13.02.2025 | ГУ «Отдел образования Кордайского района»        | подвоз детей в школы   |
| 2 | 17.04.2025 | ГКП на ПХВ «Кордай су», подведомственное акимату | качество питьевой воды |
| 3 | 21.08.2025 | ГУ «Отдел земельных отношений района»            | выдача актов на землю  |`);
    expect(activityList(x)).toEqual(['report_hearing 2025-02-13', 'report_hearing 2025-04-17', 'report_hearing 2025-08-21']);
    expect(x.activities[0].title).toBe('ГУ «Отдел образования Кордайского района»');
    expect(figureMap(x)).toEqual({ report_hearings: 3, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('kk, tabs: "№ | Күні | Есебі тыңдалған орган | Тақырыбы"', () => {
    const x = read(`Қоғамдық кеңестің 2025 жылғы 9 айдағы жұмысы туралы есеп\n\nЕсептерді тыңдау. Барлығы 3 есеп тыңдалды:\n№\tКүні\tЕсебі тыңдалған орган\tТақырыбы\n1\t12.02.2025\tАудандық білім бөлімі\tмектептерді жылыту\n2\t16.04.2025\t«Су арнасы» МКК\tауыз су сапасы\n3\t18.06.2025\tАудандық жұмыспен қамту бөлімі\tжастар жұмысы`);
    expect(activityList(x)).toEqual(['report_hearing 2025-02-12', 'report_hearing 2025-04-16', 'report_hearing 2025-06-18']);
    expect(figureMap(x)).toEqual({ report_hearings: 3, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('near-misses: a table of next year\'s hearings (a plan), a table of monitorings with a column of the body monitored', () => {
    const plan = read(`Отчет о работе Общественного совета за 2025 год\n\nЗаслушано 2 отчёта.\n\nПлан заслушиваний на 2026 год:
| № | Дата       | Заслушиваемый орган                     | Тема                 |
| 1 | 12.02.2026 | ГУ «Отдел образования района»           | питание в школах     |
| 2 | 16.04.2026 | ГУ «Отдел строительства района»         | ремонт дорог         |`);
    expect(figureMap(plan)).toEqual({ report_hearings: 2 });
    expect(activityList(plan)).toEqual([]);
    const monitorings = read(`Отчет о работе Общественного совета за 2025 год\n\nПроведено 2 мониторинга:\n
| № | Дата       | Объект мониторинга                      | Госорган                          |
| 1 | 12.02.2025 | питание в школах района                 | ГУ «Отдел образования района»     |
| 2 | 16.04.2025 | содержание дорог                        | ГУ «Отдел строительства района»   |`);
    expect(figureMap(monitorings)).toEqual({ monitorings: 2 });
    expect(monitorings.activities.map((a) => a.title)).toEqual(['питание в школах района', 'содержание дорог']);
  });
});

describe('a PDF\'s table of events, "№" and "Дата" run together in its header and the kind after the date in its rows (readDatedTables)', () => {
  it('ru: "№ Дата\\tФорма\\tТема" over "7 03.07.2025 Семинар\\tОбучение …" (held-out 56, the Ministry of Labour)', () => {
    const x = read(`Отчет о работе Общественного совета за январь – сентябрь 2025 года\n\n3. Мероприятия Совета (в хронологическом порядке):\n
№ Дата\tФорма\tТема / заслушанный орган
1 12.02.2025\tОтчётное слушание\tАО «Центр развития трудовых ресурсов» – итоги 2024 года
5\t22– 23.05.2025\tОбщественный мониторинг\tДоступность объектов для лиц с инвалидностью
7 03.07.2025 Семинар\tОбучение членов Совета методике общественной экспертизы
8 27.08.2025 Меморандум\tО сотрудничестве с ОЮЛ «Ассоциация социальных работников»
9 11.09.2025 Заседание Совета\tО плане работы на IV квартал
10 24.09.2025 Круглый стол\tДобровольные пенсионные взносы`);
    expect(activityList(x)).toEqual(['report_hearing 2025-02-12', 'monitoring 2025-05-22', 'seminar 2025-07-03', 'memorandum 2025-08-27', 'round_table 2025-09-24']);
  });
  it('kk: "№ Күні\\tНысаны\\tТақырыбы" over "3 16.04.2025 Дөңгелек үстел\\t…"; a row of last year is none of the period\'s', () => {
    const x = read(`Қоғамдық кеңестің 2025 жылғы 9 айдағы жұмысы туралы есеп\n\nКеңестің іс-шаралары:\n
№ Күні\tНысаны\tТақырыбы
1 20.03.2025\tҚоғамдық мониторинг\tАрнаулы әлеуметтік қызметтердің сапасы
2 18.12.2024 Семинар\tКеңес мүшелерін оқыту
3 16.04.2025 Дөңгелек үстел\tПлатформалық жұмыспен қамту`);
    expect(activityList(x)).toEqual(['monitoring 2025-03-20', 'round_table 2025-04-16']);
  });
});

describe('a table\'s row of report hearings named "Отчётные слушания" / "Есептік тыңдаулар" (lexicon/tableRows.json)', () => {
  it('ru: a table by quarter in fixed-width columns, the year\'s total last (held-out 56, the State Revenue Committee)', () => {
    const x = read(`Отчёт о работе за 2025 год\n\nII. Основные показатели по кварталам\n
Показатель                           I кв.  II кв.  III кв.  IV кв.  2025 г.
Заседания Общественного совета         1      2       1        2       6
Отчётные слушания                      1      1       -        2       4
Публичные слушания                     -      1       -        1       2
Отчётные слушания (план)               1      1       1        1       4
`);
    expect(figureMap(x)).toEqual({ general_meetings: 6, report_hearings: 4, public_hearings: 2 });
  });
  it('kk: a table of tabs, "Есептік тыңдаулар"; "Қоғамдық тыңдаулар" stays the public hearings', () => {
    const x = read(`${KK}Көрсеткіш\tСаны\nКеңес отырыстары\t2\nЕсептік тыңдаулар\t3\nҚоғамдық тыңдаулар\t1\n`);
    expect(figureMap(x)).toEqual({ general_meetings: 2, report_hearings: 3, public_hearings: 1 });
  });
});

describe('a kind column naming a hearing by its report alone ("отчёт", "есеп"), the kind run into the title before it (readDatedTables)', () => {
  it('ru: "№ Дата | Мероприятие | Форма" — "отчёт" its own cell, or the title\'s last word (held-out 59\'s Kazygurt PDF)', () => {
    const x = read(`Отчет о работе Общественного совета за 2025 год\n\n№ Дата\tМероприятие\tФорма
1 12.02.2025\tЗаседание № 1. Отчёт отдела образования района\tотчёт
2 05.03.2025 Мониторинг организации питания в школах\tмониторинг
7 18.06.2025 Заседание № 3. Отчёт отдела сельского хозяйства и ветеринарии отчёт
8 09.07.2025 Заседание № 4. О плане работы на второе полугодие района
9 24.09.2025\tЗаседание № 5. Итоги работы комиссий\tотчёт о работе комиссий`);
    expect(activityList(x)).toEqual(['report_hearing 2025-02-12', 'monitoring 2025-03-05', 'report_hearing 2025-06-18']);
    expect(x.activities[2].title).toBe('Заседание № 3. Отчёт отдела сельского хозяйства и ветеринарии');
  });
  it('kk: "№\\tКүні\\tІс-шара\\tТүрі" with "есеп" and "есеп тыңдау"', () => {
    const x = read(`Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n№\tКүні\tІс-шара\tТүрі
1\t20.02.2025\tБілім бөлімі басшысының есебі\tесеп
2\t16.04.2025\tАуыл шаруашылығы бөлімінің есебі\tесеп тыңдау
3\t21.05.2025\tКеңес мүшелерімен кездесу\tжиналыс`);
    expect(activityList(x)).toEqual(['report_hearing 2025-02-20', 'report_hearing 2025-04-16']);
  });
});

describe('a plan / fact table under a sentence about the year\'s plan, wrapped: no plan section (statesNothingSections)', () => {
  const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
  const kkTable = `| Іс-шара түрі                  | Жоспар | Нақты | Орындалуы |
|-------------------------------|--------|-------|-----------|
| Қоғамдық кеңес отырыстары     |   6    |   7   |  117 %    |
| Қоғамдық мониторинг           |   8    |   9   |  112 %    |
| Дөңгелек үстелдер             |   4    |   4   |  100 %    |`;
  it('kk: "2025 жылға арналған жұмыс жоспары 2024 жылғы 20 желтоқсандағы отырыста" / "бекітілген. …" (held-out 59\'s Sairam)', () => {
    const x = read(`${KK_YEAR}2. Жоспардың орындалуы\n2025 жылға арналған жұмыс жоспары 2024 жылғы 20 желтоқсандағы отырыста\nбекітілген. Орындалуы төмендегі кестеде (жоспар / нақты):\n\n${kkTable}`);
    expect(figureMap(x)).toEqual({ general_meetings: 7, monitorings: 9, round_tables: 4 });
  });
  it('ru: "План работы на 2025 год утверждён на заседании 20 декабря 2024 года и" / "выполнен так:"', () => {
    const x = read(`Отчет о работе Общественного совета за 2025 год\n\nПлан работы на 2025 год утверждён на заседании 20 декабря 2024 года и\nвыполнен так:\n\n| Показатель | План | Факт | Исполнение |\n|---|---|---|---|\n| Заседания Совета | 6 | 7 | 117 % |\n| Круглые столы | 4 | 3 | 75 % |`);
    expect(figureMap(x)).toEqual({ general_meetings: 7, round_tables: 3 });
  });
  it('near-miss: a heading of next year\'s plan over its table is read as a plan, nothing of the period', () => {
    const x = read(`${KK_YEAR}3. 2026 жылға арналған жұмыс жоспары\n\n| Іс-шара түрі | Жоспар |\n|---|---|\n| Қоғамдық кеңес отырыстары | 6 |\n| Қоғамдық мониторинг | 8 |`);
    expect(figureMap(x)).toEqual({});
  });
});

describe('a row of the letters answered, the answers named first: "Жауап келген хаттар", "Письма, на которые получены ответы" (lexicon/tableRows.json)', () => {
  it('kk: a table of the quarter and the nine months, the quarter\'s column read (held-out 58\'s Sarkand)', () => {
    const x = read(`САРҚАН АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\n2025 жылғы ІІІ тоқсандағы (шілде – қыркүйек) жұмыс қорытындысы\n\nІІ. НЕГІЗГІ КӨРСЕТКІШТЕР\n
Көрсеткіш                                ІІІ тоқсан   9 ай
Түскен өтініштер                              6         15
Жауап берілген өтініштер                      6         14
Жолданған хаттар                              4         12
Жауап келген хаттар                           4         10
`);
    expect(figureMap(x)).toEqual({ appeals_received: 6, appeals_answered: 6, letters_sent: 4, letters_answered: 4 });
  });
  it('ru: "Письма, на которые получены ответы" under "Направлено писем"', () => {
    const x = read(`Отчет о работе Общественного совета за 2025 год\n\nПоказатель\t2025 год\nНаправлено писем в госорганы\t12\nПисьма, на которые получены ответы\t10\n`);
    expect(figureMap(x)).toEqual({ letters_sent: 12, letters_answered: 10 });
  });
});
