/**
 * Indicator blocks of held-out set 8 as classes: "label — value" lines (any dash or a colon, sub-lines set in),
 * whose section heading decides whether they are the period's (a plan, a "Справочно" block, a reference section
 * state nothing); slash-separated value groups matched to slash-separated labels, the earlier year's group in
 * brackets never read; approximate table values never figures; a table's label wrapped onto a row of its own,
 * its note column's parts; a list table whose heading names its kind.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { isApproximate } from '../../../../sources/extract/report/flattenFigureTables.ts';
import { metricOfRow } from '../../../../sources/extract/report/tableRowLexicon.ts';
import { activityList, figureMap } from '../../../helpers/extractCases.ts';

const figuresOf = (text: string) => figureMap(parseReport(text));
const activitiesOf = (text: string) => activityList(parseReport(text));

describe('"label — value" indicator blocks', () => {
  it('Russian em dashes, sub-lines set in, a "Справочно" block after it states nothing', () => {
    const text = `ИНФОРМАЦИЯ о деятельности Общественного совета за III квартал 2025 года

Показатель — значение
Заседания Общественного совета — 2
Заседания президиума — 1
Проекты НПА, рассмотренные Советом — 5
   в т.ч. с замечаниями — 2
Обращения граждан, поступившие в Совет — 14
   от физических лиц — 12
   от юридических лиц — 2
Обращения, по которым даны ответы — 11
Письма-рекомендации в госорганы — 9
Получено ответов на письма — 7

Справочно (в показатели квартала не включаются):
Мониторинги с момента формирования Совета (2023 г.) — 31
Обращения за 9 месяцев 2025 года (нарастающим итогом) — 38
Заседания президиума — 4
`;
    expect(figuresOf(text)).toEqual({
      general_meetings: 2,
      presidium_meetings: 1,
      npa_reviewed: 5,
      npa_with_remarks: 2,
      appeals_received: 14,
      appeals_individuals: 12,
      appeals_legal_entities: 2,
      appeals_answered: 11,
      letters_sent: 9,
      letters_answered: 7,
    });
  });

  it('Kazakh, colons and en dashes; a value in words or "не менее" states nothing', () => {
    const text = `Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп

Кеңес отырыстары: 6
Төралқа отырыстары – 3
Дөңгелек үстелдер – 4
Мемлекеттік органдарға жолданған хаттар – 20
Жарияланымдар – не менее 120
Қоғамдық мониторингтер – жоспар бойынша
`;
    expect(figuresOf(text)).toEqual({ general_meetings: 6, presidium_meetings: 3, round_tables: 4, letters_sent: 20 });
  });

  it('a plan section in the same "Label – N" form states nothing, in Russian and Kazakh, and ends at the next heading', () => {
    const ru = `Отчет о работе Общественного совета за 2025 год

Круглые столы – 2
Заседания ОС – 5

ПЛАН НА 2026 ГОД (проект)

Заседания ОС – 6
Заседания президиума – 4
Публичные слушания – 1 (проект бюджета города на 2027–2029 гг.)
Публикации – не менее 120
`;
    expect(figuresOf(ru)).toEqual({ round_tables: 2, general_meetings: 5 });
    const kk = `Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп

Кеңес отырыстары – 5
Дөңгелек үстелдер – 2

2026 ЖЫЛҒА АРНАЛҒАН ЖҰМЫС ЖОСПАРЫ (жоба)

Кеңес отырыстары – 6
Семинарлар – 3
`;
    expect(figuresOf(kk)).toEqual({ general_meetings: 5, round_tables: 2 });
    const later = `Информация о работе Общественного совета за III квартал 2025 года

VII. ПЛАН НА IV КВАРТАЛ

Заседания Совета — 2, мониторинги — 3, круглые столы — 2.

VIII. ИТОГИ КВАРТАЛА

Заседания Совета — 1
Круглые столы — 1
`;
    expect(figuresOf(later)).toEqual({ general_meetings: 1, round_tables: 1 });
  });

  it('a reference section heading ("… / ДЛЯ СПРАВКИ") states nothing to the next heading', () => {
    const text = `Отчет о деятельности за I полугодие 2025 года

Заседания Совета – 3
Круглые столы – 2

5. СЕРІКТЕС КЕҢЕСТЕР / ДЛЯ СПРАВКИ

Заседания Совета – 14
Всего с 2016 года Советом рассмотрено 312 проектов НПА.

6. ПРОБЛЕМЫ И ПРЕДЛОЖЕНИЯ

Сроки обсуждения (10 календарных дней) коротки.
`;
    const x = parseReport(text);
    expect(figuresOf(text)).toEqual({ general_meetings: 3, round_tables: 2 });
    expect(x.candidates).toEqual([]);
  });

  it('near-miss: a title "АНЫҚТАМА" and a "Справочно:" inside a sentence blank nothing', () => {
    const text = `АНЫҚТАМА

Отчет о работе Общественного совета за 2025 год

Заседания Совета – 5
Круглые столы – 2
`;
    expect(figuresOf(text)).toEqual({ general_meetings: 5, round_tables: 2 });
  });
});

describe('slash groups', () => {
  it('values matched to labels, the noun of the first label shared, the 2024 group in brackets never read', () => {
    const text = `Общественный совет направляет сведения о своей работе за 2025 год.

4. Проведено заседаний ОС / президиума / комиссий: 5 / 3 / 12
(2024 г.: 4 / 2 / 10).
`;
    expect(figuresOf(text)).toEqual({ general_meetings: 5, presidium_meetings: 3, commission_meetings: 12 });
  });

  it('labels in brackets are parts of the noun before them: "всего / от НКО / от госорганов"', () => {
    const text = `Сведения о работе Общественного совета за 2025 год.

1. Численность членов ОС на 31.12.2025 (всего / от НКО и граждан / от
госорганов): 17 / 12 / 5 (2024 г.: 16 / 11 / 5).
`;
    expect(figuresOf(text)).toEqual({ members_total: 17, members_civil: 12, members_state: 5 });
  });

  it('Kazakh: the shared noun on the last label ("Кеңес / төралқа / комиссия отырыстары")', () => {
    const text = `Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп

Өткізілген Кеңес / төралқа / комиссия отырыстары: 6 / 4 / 11 (2024 ж.: 5 / 3 / 9).
`;
    expect(figuresOf(text)).toEqual({ general_meetings: 6, presidium_meetings: 4, commission_meetings: 11 });
  });

  it('near-miss: three values to two labels say nothing', () => {
    const text = `Сведения о работе Общественного совета за 2025 год.

Проведено заседаний ОС / президиума: 5 / 3 / 12.
`;
    expect(figuresOf(text)).toEqual({});
  });
});

describe('indicator tables with approximate values and wrapped labels', () => {
  const table = `ОТЧЕТ О ДЕЯТЕЛЬНОСТИ ЗА І ПОЛУГОДИЕ 2025 ГОДА

| Көрсеткіш / Показатель                        | Мән / Значение | Ескерту / Примечание                 |
|-----------------------------------------------|----------------|--------------------------------------|
| Кеңес отырыстары / Заседания Совета            | 3              | 27.02, 24.04, 26.06                  |
| Комиссия отырыстары / Заседания комиссий       | свыше 20       | уточняется по 2 комиссиям            |
| Есеп тыңдау / Заслушивания отчетов             | 4              | вице-министры и директора            |
|                                               |                | департаментов                        |
| Қаралған НҚА жобалары / Рассмотрено проектов  | 25             | одобрено – 19, с замечаниями – 6     |
| НПА (с заключением)                           |                |                                      |
| НҚА жобалары қаралу үстінде / Проекты НПА на  | 2              | поступили 25–27.06.2025              |
| рассмотрении                                  |                |                                      |
| Мониторинг / Общественный мониторинг          | ~5             | выезды в регионы                     |
| Өтініштер / Обращения граждан и организаций    | около 40       |                                      |
| Жауап берілгені / Из них отвечено             | более 30       |                                      |
| Жолданған хаттар / Письма в госорганы          | 18             |                                      |
| Жауап алынғаны / Получено ответов             | 15–16          | 1 ответ промежуточный                |
| Жарияланымдар / Публикации (все площадки)      | 100+           |                                      |
`;

  it('approximate cells state nothing, the other rows are read, a note\'s parts are sub-rows, a wrapped label joined', () => {
    const x = parseReport(table);
    expect(figuresOf(table)).toEqual({ general_meetings: 3, report_hearings: 4, npa_reviewed: 25, npa_approved: 19, npa_with_remarks: 6, npa_pending: 2, letters_sent: 18 });
    expect(x.candidates).toEqual([]);
  });

  it('approximations in both languages; an exact count is none', () => {
    for (const cell of ['свыше 20', '~5', 'около 40', 'более 30', '15–16', '100+', 'не менее 10', '20-дан астам', 'шамамен 40', '30-ға жуық', '≈ 12']) expect(isApproximate(cell), cell).toBe(true);
    for (const cell of ['20', '12 500', '48 тыс.', '–', '']) expect(isApproximate(cell), cell).toBe(false);
  });

  it('labels of the rows named in both halves', () => {
    expect(metricOfRow('НҚА жобалары қаралу үстінде / Проекты НПА на рассмотрении', null)).toBe('npa_pending');
    expect(metricOfRow('Обращения граждан, поступившие в Совет', null)).toBe('appeals_received');
    expect(metricOfRow('Обращения, по которым даны ответы', null)).toBe('appeals_answered');
    expect(metricOfRow('Письма-рекомендации в госорганы', null)).toBe('letters_sent');
    expect(metricOfRow('Получено ответов на письма', null)).toBe('letters_answered');
    expect(metricOfRow('от госорганов', 'members_total')).toBe('members_state');
    expect(metricOfRow('от госорганов', null)).toBeNull();
    expect(metricOfRow('одобрено', null)).toBeNull();
  });
});

describe('a followers column is never publications', () => {
  it('space-aligned media table: subscribers first, publications and views after, "не велась" no figure', () => {
    const text = `Информация о деятельности Общественного совета за III квартал 2025 года

V. ИНФОРМАЦИОННАЯ РАБОТА

Площадка        Подписчики на 30.09   Публикаций за квартал   Просмотры за квартал
Instagram       3 150                 46                      18 700
Telegram        890                   22                      —
Facebook        1 200                 не велась               —
`;
    const media = Object.fromEntries(parseReport(text).media.map((m) => [m.platform, [m.publications, m.views]]));
    expect(media.instagram).toEqual([46, 18700]);
    expect(media.telegram).toEqual([22, null]);
    expect(media.facebook?.[0] ?? null).toBeNull();
  });
});

describe('a list table whose heading names its kind', () => {
  it('every row of "Перечень общественных мониторингов" is a monitoring dated by its date cell; a wrapped row joined', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

Перечень общественных мониторингов за 2025 год

№ | дата          | предмет мониторинга                          | ответственная комиссия
1 | 05.02.2025    | температурный режим в многоквартирных домах   | ЖКХ и экологии
  |               | мкр. Сабитовой                               |
2 | 13–14.03.2025 | работа аптек в сельских округах               | социальная
3 | 22.05         | готовность летних лагерей (4 лагеря)          | социальная
`;
    expect(activitiesOf(text)).toEqual(['monitoring 2025-02-05', 'monitoring 2025-03-13', 'monitoring 2025-05-22']);
  });

  it('near-miss: a heading naming no kind, or two, gives no activities', () => {
    const none = 'Отчет о работе Общественного совета за 2025 год\n\nПеречень мероприятий\n\n№ | дата | предмет\n1 | 05.02.2025 | температурный режим\n';
    const two = 'Отчет о работе Общественного совета за 2025 год\n\nПеречень мониторингов и круглых столов\n\n№ | дата | предмет\n1 | 05.02.2025 | температурный режим\n';
    expect(activitiesOf(none)).toEqual([]);
    expect(activitiesOf(two)).toEqual([]);
  });
});

describe('a block of running totals', () => {
  it('"Нарастающим итогом:" and "Жыл басынан бері (өспелі қорытындымен):" blocks state nothing of the quarter', () => {
    const ru = `Информация о работе Общественного совета за III квартал 2025 года

Заседания Совета — 2
Круглые столы — 1

Показатели с начала года (нарастающим итогом):
Заседания Совета — 6
Круглые столы — 4
`;
    expect(figuresOf(ru)).toEqual({ general_meetings: 2, round_tables: 1 });
    const kk = `Қоғамдық кеңестің 2025 жылғы III тоқсандағы қызметі туралы ақпарат

Кеңес отырыстары – 2
Дөңгелек үстелдер – 1

Жыл басынан бері (өспелі қорытындымен):
Кеңес отырыстары – 7
`;
    expect(figuresOf(kk)).toEqual({ general_meetings: 2, round_tables: 1 });
  });
});

describe('a block\'s heading decides whose and which period', () => {
  it('a block under a commission\'s or the maslikhat\'s heading, or another year\'s, states nothing', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

Заседания Совета — 5
Круглые столы — 2

Комиссия по социальным вопросам:
Заседания — 4
Мониторинги — 3

Показатели 2024 года:
Заседания Совета — 4
Круглые столы — 1

Мәслихат сессиялары:
Отырыстар – 6
Тыңдаулар – 2
`;
    expect(figuresOf(text)).toEqual({ general_meetings: 5, round_tables: 2 });
  });

  it('near-miss: a heading naming the council and its commissions is the council\'s', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

РАБОТА СОВЕТА И КОМИССИЙ
Заседания Совета — 5
Заседания комиссий — 11
`;
    expect(figuresOf(text)).toEqual({ general_meetings: 5, commission_meetings: 11 });
  });
});

describe('bulleted and numbered indicator lines', () => {
  it('a bullet or number before the label, a bracket\'s own dash, a part-only line under the line before', () => {
    const text = `Отчет о работе Общественного совета за I полугодие 2025 года

• Поступило обращений – 23 (I полугодие 2024 г. – 17)
   – от физических лиц – 19
   – от юридических лиц – 4
• Даны ответы – 21
• На контроле – 2

1) Направлено писем в госорганы – 34
2) Получено ответов – 29
`;
    expect(figuresOf(text)).toEqual({ appeals_received: 23, appeals_individuals: 19, appeals_legal_entities: 4, appeals_answered: 21, letters_sent: 34, letters_answered: 29 });
  });

  it.each([' — ', ' – ', ' - ', ': ', '—', '–', ' :  '])('separator %j', (sep) => {
    const text = `Отчет о работе Общественного совета за 2025 год\n\nЗаседания Общественного совета${sep}6\nЗаседания президиума${sep}3\nКруглые столы${sep}2\n`;
    expect(figuresOf(text)).toEqual({ general_meetings: 6, presidium_meetings: 3, round_tables: 2 });
  });

  it('near-miss: a part-only line with no line before it names nothing; a count with words after it is a sentence', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

Даны ответы – 21
На контроле – 2
`;
    expect(figuresOf(text)).toEqual({});
  });
});

describe('members who left or joined as indicator lines', () => {
  it('"Выбыли за полугодие – 2 (по собственному желанию)", "Введены в состав за полугодие – 1 (решение … № 198/31)"', () => {
    const text = `Отчет о работе Общественного совета за I полугодие 2025 года

• Выбыли за полугодие – 2 (по собственному желанию)
• Введены в состав за полугодие – 1 (решение маслихата от 24.04.2025 № 198/31)
`;
    expect(figuresOf(text)).toEqual({ members_left: 2, members_joined: 1 });
    expect(metricOfRow('Құрамнан шыққан мүшелер', null)).toBe('members_left');
    expect(metricOfRow('Выбыло обращений', null)).toBeNull();
  });
});

describe('where a plan section ends', () => {
  it('at the next numbered heading after a blank line, in sentence case too', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

План на 2026 год:
Заседания Совета – 6
Круглые столы – 3

3. Обращения граждан

Поступило обращений – 14
Даны ответы – 12
`;
    expect(figuresOf(text)).toEqual({ appeals_received: 14, appeals_answered: 12 });
  });

  it('the plan of the report\'s own year is no plan section: the work done under it is read', () => {
    const own = 'Отчет о работе Общественного совета за 2025 год\n\nПЛАН РАБОТЫ НА 2025 ГОД\n\nЗаседания Совета – 6\nКруглые столы – 3\n';
    expect(figuresOf(own)).toEqual({ general_meetings: 6, round_tables: 3 });
    const kk = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n2025 ЖЫЛҒА АРНАЛҒАН ЖҰМЫС ЖОСПАРЫ\n\nДөңгелек үстелдер – 3\n';
    expect(figuresOf(kk)).toEqual({ round_tables: 3 });
    // A later year's, or a plan spanning the report's year and the next, is one.
    expect(figuresOf(own.replace('НА 2025 ГОД', 'НА 2026 ГОД'))).toEqual({});
    expect(figuresOf(own.replace('НА 2025 ГОД', 'НА 2025–2026 ГОДЫ'))).toEqual({});
  });
});

describe('a grammar clash on a row\'s line', () => {
  it('gives way to the row: "Обращения граждан — 14" then "от физических лиц — 12" is no clash of individuals', () => {
    const text = `Информация о работе Общественного совета за III квартал 2025 года

Обращения граждан, поступившие в Совет — 14
   от физических лиц — 12
   от юридических лиц — 2
`;
    const x = parseReport(text);
    expect(figuresOf(text)).toEqual({ appeals_received: 14, appeals_individuals: 12, appeals_legal_entities: 2 });
    expect(x.issues.filter((i) => /stated/u.test(i.message))).toEqual([]);
  });
});
