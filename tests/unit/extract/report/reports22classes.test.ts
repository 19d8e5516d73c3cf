/**
 * Report classes of held-out set 22 (issue 12): a form or questionnaire whose answer stands on the line under its
 * label or question; Kazakh "тоқсан" (a quarter) before "ішінде" read as ninety; the earlier message quoted under an
 * e-mail reply; a count in a bracket naming another quarter; bulleted counts in brackets followed by their details; a
 * Word table with a header over two rows and a plan row above the fact row; a footnote marked with a star that opens
 * with a date; a numbered heading in capitals stating its section's count; a label's count met by as many dated events
 * after it. ru and kk, with the near-misses that must yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { findCounts } from '../../../../sources/extract/grammar/findCounts.ts';

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const media = (text: string) => parseReport(text).media.map((m) => `${m.platform} ${m.publications} ${m.views}`);
const candidates = (text: string) => parseReport(text).candidates.map((c) => `${c.metric}=${c.value}`);

describe('a form: each label on its line, its value on the next', () => {
  const kk = [
    'Аудан Қоғамдық кеңесінің тоқсандық есебі',
    'Есепті кезең:',
    '2025 жылғы III тоқсан (01.07.2025 – 30.09.2025)',
    '',
    'Кеңес мүшелерінің саны (30.09.2025 жағдай бойынша):',
    '17',
    '',
    'оның ішінде азаматтық қоғам өкілдері:',
    '12',
    '',
    'Тоқсанда шыққан / енгізілген мүшелер:',
    '1 / 1',
    '',
    'Тоқсан ішінде өткізілген Кеңес отырыстары:',
    '1*   (жыл басынан – 3)',
    '',
    'Президиум отырыстары:',
    'өткізілген жоқ',
    '',
    'Дөңгелек үстелдер:',
    '—',
    '',
    'Түскен өтініштер:',
    '6',
    '',
    'жеке тұлғалардан:',
    '5',
    '',
    'Жауап берілгені:',
    '6',
    '',
    'Мемлекеттік органдарға жіберілген хаттар:',
    '9',
    '',
    'Жауап келгені:',
    '7',
    '',
    'Instagram (жарияланым / қаралым):',
    '19 / 6,2 мың',
    '',
    '__________________',
    '*  2025 жылғы 24 шілдеге жоспарланған отырыс (17 мүшенің 9-ы ғана келді) бір отырыс ретінде есептелді.',
  ].join('\r\n');

  it('kk: the value under each label; a part under its parent; "1 / 1" under "шыққан / енгізілген мүшелер"', () => {
    expect(figures(kk)).toMatchObject({
      members_total: 17, members_civil: 12, members_left: 1, members_joined: 1, general_meetings: 1, presidium_meetings: 0,
      appeals_received: 6, appeals_individuals: 5, appeals_answered: 6, letters_sent: 9, letters_answered: 7,
    });
    expect(media(kk)).toEqual(['instagram 19 6200']);
  });

  it('kk: a dash says nothing; the year-to-date bracket and the starred note give no count', () => {
    expect(figures(kk).round_tables).toBeUndefined();
    expect(Object.values(figures(kk))).not.toContain(3);
    expect(Object.values(figures(kk))).not.toContain(90);
  });

  it('ru: a variant the document did not show — Russian labels, "нет" as none', () => {
    const ru = [
      'Отчет Общественного совета за III квартал 2025 года',
      '',
      'Заседания Совета:',
      '2',
      '',
      'Заседания комиссий:',
      '5',
      '',
      'Публичные слушания:',
      'не проводились',
      '',
      'Поступило обращений:',
      '11',
      '',
      'из них от юридических лиц:',
      '3',
    ].join('\n');
    expect(figures(ru)).toMatchObject({ general_meetings: 2, commission_meetings: 5, public_hearings: 0, appeals_received: 11, appeals_legal_entities: 3 });
  });

  it('near-miss: two labels with values are no form; a plan\'s label is never joined', () => {
    const two = 'Отчет Общественного совета за 2025 год\n\nЗаседания Совета:\n4\n\nМониторинги:\n3\n';
    expect(figures(two).general_meetings).toBeUndefined();
    const plan = 'Кеңестің 2025 жылғы есебі\n\nКеңес отырыстары:\n4\n\nМониторингтер:\n3\n\nДөңгелек үстелдер:\n2\n\n2026 жылға жоспар:\n6 мониторинг\n';
    expect(figures(plan)).toMatchObject({ general_meetings: 4, monitorings: 3, round_tables: 2 });
  });
});

describe('a questionnaire: a numbered question, its bare answer on the next line', () => {
  const kk = [
    'АУДАН ҚОҒАМДЫҚ КЕҢЕСІНІҢ 2025 ЖЫЛҒЫ І ЖАРТЫЖЫЛДЫҚТАҒЫ ҚЫЗМЕТІ ТУРАЛЫ САУАЛНАМА',
    'Есепті кезең: 01.01.2025 – 30.06.2025',
    '',
    '1. Есепті кезеңнің соңындағы (30.06.2025) Кеңес мүшелерінің саны?',
    '21',
    '',
    '2. Есепті кезеңде Кеңес құрамынан шыққан мүшелер саны және себебі?',
    '1 (өз өтініші бойынша)',
    '',
    '3. Жаңадан енгізілген мүшелер?',
    'жоқ',
    '',
    '4. Кеңестегі тұрақты комиссиялар саны?',
    '4',
    '',
    '5. Кеңес отырыстарының саны?',
    '3 (үш): 29.01.2025, 16.04.2025, 25.06.2025',
    '',
    '5.1. Өткен жылдың сәйкес кезеңінде?',
    '2',
    '',
    '6. Президиум отырыстары?',
    'Кеңесте президиум қарастырылмаған',
    '',
    '7. Мониторингтердің тақырыптары мен өткізілген күндері?',
    'а) балабақшалардағы тамақтану – 2025 жылғы 19 ақпан;',
    'б) мектептің жылыту жүйесі – 2025 жылғы 5 наурыз.',
    '',
    '8. Кеңеске түскен азаматтардың өтініштері?',
    '9',
    '',
    '8.1. Жауап берілгені?',
    '7 (2 өтініш қаралу үстінде)',
    '',
    '9. Мемлекеттік органдарға жіберілген хаттар / жауап келгені?',
    '12 / 10',
    '',
    '10. Instagram парақшасы: жарияланымдар / қаралымдар?',
    '27 / 8 400',
    '',
    '11. Әлеуметтік желілердегі жарияланымдар саны (барлығы)?',
    'шамамен 40-тан астам',
  ].join('\n');

  it('kk: each answer is its question\'s; "жоқ" is 0; the framing words name nothing', () => {
    expect(figures(kk)).toMatchObject({
      members_total: 21, members_left: 1, members_joined: 0, commissions: 4, general_meetings: 3,
      appeals_received: 9, appeals_answered: 7, letters_sent: 12, letters_answered: 10,
    });
    expect(media(kk)).toEqual(['instagram 27 8400']);
  });

  it('kk: a body the council does not have is no 0; last year\'s answer, the pending part and "шамамен" are no figures', () => {
    const f = figures(kk);
    expect(f.presidium_meetings).toBeUndefined();
    expect(f.publications).toBeUndefined();
    expect(f.general_meetings).toBe(3);
    expect(f.appeals_received).toBe(9);
  });

  it('kk: a question answered by a list heads the list', () => {
    expect(parseReport(kk).activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2025-02-19', 'monitoring 2025-03-05']);
  });

  it('ru: questions of a variant form', () => {
    const ru = [
      'Анкета о деятельности Общественного совета за 1 полугодие 2025 года',
      '',
      '1. Количество членов Совета на конец отчетного периода?',
      '15',
      '',
      '2. Количество заседаний Совета?',
      '3',
      '',
      '3. Количество общественных мониторингов?',
      '4',
      '',
      '4. Количество поступивших обращений?',
      '8',
    ].join('\n');
    expect(figures(ru)).toMatchObject({ general_meetings: 3, monitorings: 4, appeals_received: 8 });
  });
});

describe('a numbered question wrapped onto a second line, its answer set in under it', () => {
  const ru = [
    'Ответы на вопросы анкеты о деятельности общественных советов за 1 полугодие 2025 года.',
    '',
    '1. Количество проведенных заседаний Общественного совета:',
    '   3',
    '',
    '2. Количество направленных писем (рекомендаций) в государственные органы /',
    '   количество полученных ответов:',
    '   9 / 7.',
    '',
    '3. Состав Совета на 30.06.2025 г. (всего / представители гражданского',
    '   общества / представители госорганов):',
    '   15 / 10 / 5.',
    '',
    '4. Количество заслушанных отчетов руководителей государственных',
    '   органов и подведомственных организаций:',
    '   2 отчета.',
  ].join('\n');

  it('ru: the wrapped question is one label; its slashes share out the answer', () => {
    expect(figures(ru)).toMatchObject({ general_meetings: 3, letters_sent: 9, letters_answered: 7, members_total: 15, members_civil: 10, members_state: 5 });
  });

  it('near-miss: reports of state bodies and subordinate organisations under one count are no subordinate organisations', () => {
    expect(figures(ru).subordinate_orgs_heard).toBeUndefined();
  });

  it('kk variant: "Мемлекеттік органдарға жіберілген хаттар /" over "жауап келгені:"', () => {
    const kk = [
      'Кеңестің 2025 жылғы І жартыжылдықтағы қызметі туралы сауалнама',
      '',
      '1. Кеңес отырыстарының саны:',
      '2',
      '',
      '2. Мемлекеттік органдарға жіберілген хаттар /',
      'жауап келгені:',
      '8 / 6',
      '',
      '3. Қоғамдық мониторингтер саны:',
      '3',
    ].join('\n');
    expect(figures(kk)).toMatchObject({ general_meetings: 2, letters_sent: 8, letters_answered: 6, monitorings: 3 });
  });
});

describe('Kazakh "тоқсан" before a postposition of time is a quarter, not ninety', () => {
  it('kk: "Тоқсан ішінде", "тоқсан бойы", "тоқсан сайын" hold no number', () => {
    for (const t of ['Тоқсан ішінде өткізілген отырыстар', 'тоқсан бойы жұмыс жүргізілді', 'тоқсан сайын есеп береді']) expect(findCounts(t)).toEqual([]);
  });
  it('near-miss: ninety people is still ninety', () => {
    expect(findCounts('тоқсан адам қатысты').map((c) => c.value)).toEqual([90]);
  });
});

describe('the earlier message quoted under an e-mail reply', () => {
  const reply = (body: string, quoted: string) => `From: Кеңес <kenes@mail.kz>\nSent: Monday, January 12, 2026 9:47 AM\nTo: ҚК хатшылығы <x@gov.kz>\nSubject: RE: IV тоқсан есебі\n\n${body}\n\nҚұрметпен,\nХатшы\n\n${quoted}`;

  it('kk reply, ru quote: the quoted figures of Q3 are not the report\'s', () => {
    const text = reply('Кеңестің 2025 жылғы IV тоқсандағы жұмысы:\n\nКеңес отырыстары – 2\nКомиссия отырыстары – 5', '-----Original Message-----\nFrom: ҚК хатшылығы\nSent: Friday, January 9, 2026\n\nПо вашему отчёту за III квартал было указано:\n> заседаний Совета – 1\n> заседаний комиссий – 4\n> мониторингов – 4');
    const f = figures(text);
    expect(f).toMatchObject({ general_meetings: 2, commission_meetings: 5 });
    expect(f.monitorings).toBeUndefined();
  });

  it('ru variant: "… пишет:" opens the quote', () => {
    const text = reply('Отчет Совета за IV квартал 2025 года:\n\nЗаседания Совета – 3\nМониторинги – 2', '9 января 2026 г., в 17:12, ҚК хатшылығы <x@gov.kz> пишет:\n> Круглые столы – 4\n> Заседания Совета – 1');
    expect(figures(text)).toMatchObject({ general_meetings: 3, monitorings: 2 });
    expect(figures(text).round_tables).toBeUndefined();
  });

  it('near-miss: a forwarded report is read, not dropped', () => {
    const text = '---------- Forwarded message ---------\nFrom: Кеңес <kenes@mail.kz>\n\nОтчет Совета за IV квартал 2025 года\n\nЗаседания Совета – 3\nМониторинги – 2\n';
    expect(figures(text)).toMatchObject({ general_meetings: 3, monitorings: 2 });
  });
});

describe('bulleted counts in brackets, details after a dash', () => {
  const kk = [
    'Кеңестің 2025 жылғы IV тоқсандағы (қазан – желтоқсан) жұмысы:',
    '',
    '•\tКеңес отырыстары (2) – 08.10.2025 (№ 7), 17.12.2025 (№ 8)',
    '•\tКомиссия отырыстары (5)',
    '•\tҚоғамдық мониторинг (3):',
    '\to\t22.10.2025 – қоғамдық көлік (бағыттар № 11, 24, 37)',
    '\to\t12.11.2025 – мектепке дейінгі ұйымдар',
    '•\tДөңгелек үстел (1) – 26.11.2025, «Ардагерлерге әлеуметтік қолдау»',
    '•\tСеминар – өткізілмеді (ІІ тоқсанда 1 семинар болған)',
    '•\tӨтініштер (7) – барлығына жауап берілді',
  ].join('\n');

  it('kk: each bullet\'s count; a none with another quarter\'s count in its bracket is 0', () => {
    expect(figures(kk)).toMatchObject({ general_meetings: 2, commission_meetings: 5, monitorings: 3, round_tables: 1, seminars: 0, appeals_received: 7 });
  });

  it('ru variant: "Заседания Совета (3) – 12.03, 18.06"', () => {
    const ru = 'Отчет Совета за 1 полугодие 2025 года\n\n•\tЗаседания Совета (3) – 12.03.2025, 18.06.2025\n•\tКруглые столы (2) – 14.04.2025, «Экология»\n';
    expect(figures(ru)).toMatchObject({ general_meetings: 3, round_tables: 2 });
  });

  it('near-miss: a count in a bracket naming another quarter is a candidate, never the period\'s', () => {
    const text = 'Отчет Совета за IV квартал 2025 года\n\nСеминары в отчетном квартале не проводились (во II квартале – 2 семинара).\n';
    expect(figures(text).seminars).not.toBe(2);
    expect(candidates(text)).toContain('seminars=2');
  });
});

describe('a Word table with a header over two rows and a plan row above the fact row', () => {
  const cells = (...c: string[]) => c.map((x) => `\t${x}`);
  const table = [
    'Информация об итогах работы Общественного совета за 9 месяцев 2025 года',
    ...cells('№', 'Көрсеткіш / Показатель', '2025 жыл / 2025 год', '', '', '', 'Для сравнения: 9 мес. 2024 г.'),
    ...cells('', '', 'І тоқсан', 'ІІ тоқсан', 'ІІІ тоқсан', '9 ай барлығы / Итого 9 мес.', ''),
    ...cells('1', 'Кеңес отырыстары / Заседания Совета', '1', '2', '1', '4', '3'),
    ...cells('2', 'Қоғамдық мониторинг (жоспар) / Мониторинги (план)', '3', '3', '3', '9', '6'),
    ...cells('3', 'Қоғамдық мониторинг (факт) / Мониторинги (факт)', '2', '3', '2', '7', '5'),
    ...cells('4', 'Түскен өтініштер / Поступило обращений', '11', '9', '14', '34', '27'),
    '',
  ].join('\n');

  it('kk/ru: the nine months\' column of 2025; the plan row is no count', () => {
    expect(figures(table)).toMatchObject({ general_meetings: 4, monitorings: 7, appeals_received: 34 });
  });
});

describe('a numbered heading in capitals that states its section\'s count', () => {
  it('kk: "7. НҚА ЖОБАЛАРЫН ҚАРАУ – 14", "8. АЗАМАТТАРДЫҢ ӨТІНІШТЕРІ – 38 (2024 ж. – 29)"', () => {
    const text = 'КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ҚЫЗМЕТІ ТУРАЛЫ ЕСЕП\n\n7. НҚА ЖОБАЛАРЫН ҚАРАУ – 14\n\n   Барлығы ескертусіз келісілді.\n\n8. АЗАМАТТАРДЫҢ ӨТІНІШТЕРІ – 38 (2024 ж. – 29)\n\n   Жауаптар уақтылы берілді.\n';
    expect(figures(text)).toMatchObject({ npa_reviewed: 14, appeals_received: 38 });
  });

  it('ru variant: "5. ОБРАЩЕНИЯ ГРАЖДАН – 22"', () => {
    expect(figures('ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n5. ОБРАЩЕНИЯ ГРАЖДАН – 22\n\nВсе рассмотрены.\n')).toMatchObject({ appeals_received: 22 });
  });

  it('near-miss: a heading over numbered lines of its own sums them: "2. ОТЫРЫСТАР – 27" is no council meetings count', () => {
    const text = 'КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ҚЫЗМЕТІ ТУРАЛЫ ЕСЕП\n\n2. ОТЫРЫСТАР – 27\n\n   2.1. Кеңес отырыстары – 6 (2024 ж. – 5)\n   2.2. Президиум отырыстары – 4\n   2.3. Комиссия отырыстары – 17\n';
    expect(figures(text)).toMatchObject({ general_meetings: 6, presidium_meetings: 4, commission_meetings: 17 });
  });
});

describe('a label\'s count, then as many dated events after it', () => {
  const dated = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);

  it('kk: "Есеп тыңдау – 2: … бөлімі (08.10), … бөлімі (17.12)", wrapped onto a set-in line; the departments heard', () => {
    const text = 'Кеңестің 2025 жылғы IV тоқсандағы жұмысы:\n\n•\tЕсеп тыңдау – 2: қалалық көлік бөлімі (08.10), тұрғын үй-коммуналдық\n\tшаруашылық бөлімі (17.12)\n•\tДөңгелек үстел (1) – 26.11.2025, «Ардагерлерге қолдау»\n';
    expect(dated(text)).toEqual(['report_hearing 2025-10-08', 'report_hearing 2025-12-17', 'round_table 2025-11-26']);
    expect(figures(text)).toMatchObject({ report_hearings: 2, departments_heard: 2, round_tables: 1 });
  });

  it('ru variant: a questionnaire\'s answer "1 – «…», 20 марта 2025 г. (участники – 46 человек)"', () => {
    const text = ['Анкета Общественного совета за 1 полугодие 2025 года', '', '1. Заседания Совета:', '3', '', '2. Круглые столы:', '1 – «Занятость молодежи», 20 марта 2025 г. (участники – 46 человек)', '', '3. Мониторинги:', '2'].join('\n');
    expect(dated(text)).toEqual(['round_table 2025-03-20']);
  });

  it('near-miss: dates fewer than the count give no events; meetings are no events', () => {
    expect(dated('Отчет за IV квартал 2025 года\n\n•\tКруглые столы – 2: 14.11.2025, «Экология»\n')).toEqual([]);
    expect(dated('Отчет за IV квартал 2025 года\n\n•\tЗаседания Совета – 2 – 08.10.2025, 17.12.2025\n')).toEqual([]);
  });
});
