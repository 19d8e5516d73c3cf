/**
 * Held-out set 13's report layouts as classes (issue 12): a reference note's key figures typed as labels with dot
 * leaders ("Заседаний Президиума ......... 3"), sub-rows set in under their parent, a plan or views in a bracket
 * after the value; ru and kk, dots, middle dots, underscores, tabs. Near-misses (a table of contents, a table of
 * two columns typed with tabs, a label whose value is on the next line) state nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const figuresOf = (text: string) => {
  const x = parseReport(text);
  return Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
};

describe('dot-leader rows', () => {
  it('reads a Russian reference note: rows, indented sub-rows, a bracketed plan, a unit after the value', () => {
    const f = figuresOf(
      [
        'СПРАВКА о деятельности Общественного совета за I полугодие 2025 года',
        '',
        'Состав Совета на 30.06.2025 ...................... 40 членов',
        '  представители гражданского общества ............ 36',
        '  представители государственных органов .......... 4',
        'Выбыло из состава (по личным заявлениям) ......... 2',
        'Введено в состав из резерва (решение от 17.04.2025) ...... 2',
        '',
        'Заседаний Президиума ............................. 3',
        'Заслушано отчетов государственных органов ........ 9',
        '  из них управлений акимата города ............... 7',
        '  акиматов районов ............................... 2',
        'Общественных мониторингов ........................ 11  (годовой план – 24)',
        '',
        'Проектов НПА рассмотрено ......................... 30',
        '  одобрено без замечаний ......................... 24',
        '  с замечаниями .................................. 6',
        '',
        'Писем направлено в государственные органы ........ 190',
        'Ответов получено ................................. 171',
      ].join('\n'),
    );
    expect(f).toMatchObject({
      members_total: 40,
      members_civil: 36,
      members_state: 4,
      members_left: 2,
      members_joined: 2,
      presidium_meetings: 3,
      report_hearings: 9,
      departments_heard: 7,
      district_akimats_heard: 2,
      monitorings: 11,
      npa_reviewed: 30,
      npa_approved: 24,
      npa_with_remarks: 6,
      letters_sent: 190,
      letters_answered: 171,
    });
  });

  it('reads middle dots, underscores, spaced dots and ellipses, and Kazakh labels', () => {
    const f = figuresOf(
      [
        'Қоғамдық кеңестің 2025 жылғы 9 айдағы жұмысы туралы анықтама',
        '',
        'Кеңес мүшелерінің саны ··········· 35',
        'Төралқа отырыстары _____________ 4',
        'Дөңгелек үстелдер . . . . . . . . 3',
        'Қоғамдық мониторингтер ……… 6',
      ].join('\n'),
    );
    expect(f).toMatchObject({ members_total: 35, presidium_meetings: 4, round_tables: 3, monitorings: 6 });
  });

  it('reads platform rows under the publications row as media, the views bracket as views', () => {
    const x = parseReport(
      [
        'Справка о работе Общественного совета за 2025 год',
        '',
        'Публикаций о деятельности Совета, всего ........ 249',
        '  сайт Совета ................................. 44',
        '  Instagram ................................... 104  (188 тыс. просмотров)',
        '  Telegram .................................... 61',
      ].join('\n'),
    );
    const media = Object.fromEntries(x.media.flatMap((m) => [[`${m.platform}.publications`, m.publications], [`${m.platform}.views`, m.views]]));
    expect(x.figures.find((g) => g.metric === 'publications')?.value).toBe(249);
    expect(media).toMatchObject({ 'website.publications': 44, 'instagram.publications': 104, 'instagram.views': 188000, 'telegram.publications': 61 });
  });

  it('never reads a table of contents, a two-column tab table, or the next line\'s number', () => {
    const toc = figuresOf(
      [
        'Отчет о деятельности Общественного совета за 2024 год',
        '',
        'СОДЕРЖАНИЕ',
        '1. Общие сведения ................................ 3',
        '2. Заслушивание отчетов государственных органов .. 6',
        '3. Общественный мониторинг ....................... 8',
        '4. Общественные слушания ......................... 10',
      ].join('\n'),
    );
    expect(toc).toEqual({});
    const numberedPages = figuresOf(
      ['Отчет о деятельности Общественного совета за 2024 год', '', '1. Круглые столы ........ 4', '2. Общественный мониторинг ....... 8', '3. Общественные слушания ........ 12'].join('\n'),
    );
    expect(numberedPages).toEqual({});
    const columns = figuresOf(['Отчет о работе Общественного совета за 2025 год', '', 'Показатель\t2024 год\t2025 год', 'Заседания комиссий 2024\t14', 'Круглые столы 2\t4'].join('\n'));
    expect(columns.round_tables).not.toBe(2);
    expect(columns.commission_meetings).not.toBe(14);
    const nextLine = figuresOf(['Справка о работе Общественного совета за 2025 год', '', 'Круглых столов ..........', '12 марта проведен круглый стол.', 'Заседаний Президиума ......... 3'].join('\n'));
    expect(nextLine.round_tables).not.toBe(12);
  });
});

describe('a commission\'s own quarterly note', () => {
  const note = (body: string[], head = ['Алматы қаласы Қоғамдық кеңесінің', 'Әлеуметтік мәселелер жөніндегі № 4 комиссиясы', '', '2025 жылғы III тоқсандағы (шілде – қыркүйек) жұмыс туралы', 'А Н Ы Қ Т А М А', '']) =>
    parseReport([...head, ...body].join('\n'));
  const figures = (x: ReturnType<typeof parseReport>) => Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));

  it('reads the fact column of a plan-versus-fact table whose fact is words in one row, cells wrapped onto a second row', () => {
    const x = note([
      '| Іс-шара түрі                         | Жоспар бойынша | Іс жүзінде                    |',
      '|--------------------------------------|----------------|-------------------------------|',
      '| Комиссия отырыстары                  | 3              | 3                             |',
      '| Қоғамдық мониторинг                  | 3              | 2                             |',
      '| Дөңгелек үстел («Ерекше білім        | 1              | өткізілмеді, IV тоқсанға      |',
      '| берілуіне қажеттілігі бар балалар»)  |                | ауыстырылды                   |',
      '| Мемлекеттік органдарға жіберілген    | –              | 11                            |',
      '| хаттар                               |                |                               |',
    ]);
    const f = figures(x);
    expect(f).toMatchObject({ commission_meetings: 3, monitorings: 2, letters_sent: 11 });
    expect(f.round_tables).toBeUndefined();
  });

  it('reads the same table in Russian ("не проведено, перенесено на IV квартал")', () => {
    const x = note(
      [
        '| Мероприятие            | План | Факт                    |',
        '|------------------------|------|-------------------------|',
        '| Заседания комиссии     | 3    | 3                       |',
        '| Общественный мониторинг| 3    | 2                       |',
        '| Круглый стол           | 1    | не проведен, перенесен  |',
        '|                        |      | на IV квартал           |',
      ],
      ['Постоянная комиссия по социальным вопросам', '', 'Справка о работе за III квартал 2025 года', ''],
    );
    const f = figures(x);
    expect(f).toMatchObject({ commission_meetings: 3, monitorings: 2 });
    expect(f.round_tables).toBeUndefined();
  });

  it('never takes the plan of "Жоспарланған 3 мониторингтің 2-еуі", "из запланированных 3 мониторингов"', () => {
    for (const sentence of ['Жоспарланған 3 мониторингтің 2-еуі жүргізілді.', 'Из запланированных 3 мониторингов проведено 2.', 'Из 3 запланированных мониторингов проведено 2.']) {
      const x = parseReport(`Отчет о работе Общественного совета за III квартал 2025 года\n\n${sentence}\n`);
      expect(x.figures.find((g) => g.metric === 'monitorings')?.value, sentence).not.toBe(3);
      expect(x.candidates.some((c) => c.metric === 'monitorings' && c.value === 3), sentence).toBe(true);
    }
  });

  it('reads the parts of projects under a numbered heading that names them ("оның 3-еуі ескертпесіз мақұлданды")', () => {
    const x = note(['4. Нормативтік құқықтық актілер жобаларын қарау', '', 'Тоқсанда 4 жоба қаралды, оның 3-еуі ескертпесіз мақұлданды, 1-еуіне (әлеуметтік көмек қағидалары) ескертпелер берілді.']);
    expect(figures(x)).toMatchObject({ npa_reviewed: 4, npa_approved: 3, npa_with_remarks: 1 });
  });

  it('takes a letterhead commission as the author: its appeals are its own, its members never the council\'s', () => {
    const x = note(['Комиссия құрамында 7 мүше бар.', '', 'Комиссияға жолданған 19 өтініштің 16-сына жауап берілді.']);
    const f = figures(x);
    expect(f).toMatchObject({ appeals_received: 19, appeals_answered: 16 });
    expect(f.members_total).toBeUndefined();
    // The council's own note: the commission's appeals stay the commission's.
    const council = parseReport(['Алматы қаласы Қоғамдық кеңесі', '', '2025 жылғы III тоқсандағы жұмыс туралы анықтама', '', 'Комиссияға жолданған 19 өтініштің 16-сына жауап берілді.'].join('\n'));
    expect(figures(council).appeals_received).toBeUndefined();
  });
});

describe('members whose powers ended early', () => {
  it.each([
    ['Қоғамдық кеңестің 2025 жылғы 9 айдағы қызметі туралы ақпарат', 'Биыл үш мүшенің өкілеттігі өз өтініштері бойынша мерзімінен бұрын тоқтатылды.', 3],
    ['Отчет о работе Общественного совета за 2025 год', 'Досрочно прекращены полномочия 2 членов Совета по личным заявлениям.', 2],
    ['Отчет о работе Общественного совета за 2025 год', 'Полномочия 4 членов Совета были досрочно прекращены.', 4],
  ])('%s / %s', (title, sentence, want) => {
    const x = parseReport(`${title}\n\n${sentence}\n`);
    expect(x.figures.find((f) => f.metric === 'members_left')?.value).toBe(want);
    // "өтініштері", "заявлениям": a member's request, never appeals.
    expect(x.figures.some((f) => f.metric === 'appeals_received')).toBe(false);
  });
  it('a member\'s term, not members who left: "полномочия члена Совета истекают через 3 года"', () => {
    const x = parseReport('Отчет о работе Общественного совета за 2025 год\n\nПолномочия членов Совета истекают через 3 года.\n');
    expect(x.figures.some((f) => f.metric === 'members_left')).toBe(false);
  });
});

describe('events listed on the line of their type', () => {
  const acts = (text: string) => parseReport(`Отчет о работе Общественного совета за I полугодие 2025 года\n\n${text}\n`).activities.map((a) => `${a.type}@${a.date_start}`);
  it('reads dates followed by quoted titles, on a line of its own or a numbered point', () => {
    const line = 'Круглые столы: 14.03.2025 «Бюджет, понятный жителям»; 22.04.2025 «Инклюзивная среда»; 27.05.2025 «Экологический контроль».';
    expect(acts(line)).toEqual(['round_table@2025-03-14', 'round_table@2025-04-22', 'round_table@2025-05-27']);
    expect(acts(`4. Общественные слушания «О проекте Правил» – 15.05.2025.\n\n5. ${line}`).filter((a) => a.startsWith('round_table'))).toEqual(['round_table@2025-03-14', 'round_table@2025-04-22', 'round_table@2025-05-27']);
  });
  it('never takes the numbered paragraphs after such a line as its events', () => {
    const x = acts('5. Круглые столы: 14.03.2025 «Бюджет»; 22.04.2025 «Среда».\nДиалоговые площадки: 06.02.2025 – с жителями Турксибского района; 25.06.2025 – с предпринимателями.\n\n6. Обращения. Число обращений выросло на 30 %.\n\n7. Во II полугодии планируется провести 5 круглых столов.');
    expect(x.filter((a) => a.startsWith('dialog_platform'))).toEqual(['dialog_platform@2025-02-06', 'dialog_platform@2025-06-25']);
    expect(x.filter((a) => a.startsWith('round_table'))).toHaveLength(2);
  });
});

describe('dated lines right under a heading with a colon', () => {
  const acts = (text: string, kk = false) =>
    parseReport(`${kk ? 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықтағы жұмысы туралы есеп' : 'Отчет о работе Общественного совета за I полугодие 2025 года'}\n\n${text}\n`).activities.map((a) => `${a.type}@${a.date_start}`);
  it('reads bare "22.01." dates, the year from the period, ru and kk', () => {
    expect(acts('3. Мониторинги (даты проведения):\n22.01. – работа общественного транспорта;\n11.02. – лекарственное обеспечение;\n25.02. – уборка снега.')).toEqual(['monitoring@2025-01-22', 'monitoring@2025-02-11', 'monitoring@2025-02-25']);
    expect(acts('Қоғамдық мониторингтер:\n22.01. – қоғамдық көлік жұмысы;\n11.02. – дәрі-дәрмекпен қамтамасыз ету.', true)).toEqual(['monitoring@2025-01-22', 'monitoring@2025-02-11']);
  });
  it('never under a heading with a count or a sentence, nor across a blank line', () => {
    expect(acts('Проведено 2 мониторинга в 2024 году:\n22.01. – работа транспорта;\n11.02. – лекарства.')).not.toContain('monitoring@2025-01-22');
    expect(acts('Мониторинги:\n\nЗаседания проведены:\n22.01. – первое;\n11.02. – второе.')).toEqual([]);
  });
});

describe('dated items with their place in brackets after a colon', () => {
  const acts = (text: string) => parseReport(`Қоғамдық кеңестің 2025 жылғы 9 айдағы қызметі туралы ақпарат\n\n${text}\n`).activities.map((a) => `${a.type}@${a.date_start}`);
  it('reads "3 диалог алаңы өткізілді: ақпанның 6-сы (…), маусымның 25-і (…), тамыздың 14-і (…)"', () => {
    expect(acts('Аудан әкімдіктерімен бірлесіп 3 диалог алаңы өткізілді: ақпанның 6-сы (Түрксіб ауданы, су тасқыны мәселесі), маусымның 25-і (Медеу ауданының кәсіпкерлері), тамыздың 14-і (Алатау ауданы).')).toEqual([
      'dialog_platform@2025-02-06',
      'dialog_platform@2025-06-25',
      'dialog_platform@2025-08-14',
    ]);
  });
  it('and in Russian: "Проведены 2 диалоговые площадки: 6 февраля (Турксибский район), 25 июня (Медеуский район)"', () => {
    const x = parseReport('Отчет о работе Общественного совета за 9 месяцев 2025 года\n\nПроведены 2 диалоговые площадки: 6 февраля (Турксибский район), 25 июня (Медеуский район).\n').activities.map((a) => `${a.type}@${a.date_start}`);
    expect(x).toEqual(['dialog_platform@2025-02-06', 'dialog_platform@2025-06-25']);
  });
});
