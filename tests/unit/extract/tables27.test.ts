/**
 * Table classes of session 27 (held-out sets 68–69), each with variants no set holds and near-misses that give nothing:
 * a Word table by group read by its whole's breakdown; working groups that serve as commissions; a table's row typed as a
 * line of the period's parts and their total; a note column's events dated in the forms a plan-vs-fact table writes them;
 * "Дано ответов на обращения" as a row of answered appeals.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { docxHtmlToText } from '../../../sources/readers/docxHtmlToText.ts';
import { groupsServeAsCommissions } from '../../../sources/extract/report/groupsAsCommissions.ts';

/** A report whose table is a Word table, as a .docx reads: paragraphs before and after, a row of one cell merged across. */
function docx(before: string[], rows: string[][], after: string[] = []): string {
  const p = (t: string) => `<p>${t}</p>`;
  const cell = (t: string, span: number) => `<td${span > 1 ? ` colspan="${span}"` : ''}>${t.split('\n').map(p).join('')}</td>`;
  const width = Math.max(...rows.map((r) => r.length));
  const table = `<table>${rows.map((r) => `<tr>${r.map((t) => cell(t, r.length === 1 ? width : 1)).join('')}</tr>`).join('')}</table>`;
  return docxHtmlToText(`${before.map(p).join('')}${table}${after.map(p).join('')}`);
}

const read = (text: string) => {
  const x = parseReport(text);
  return {
    figures: Object.fromEntries(x.figures.map((f) => [f.metric, f.value])),
    candidates: x.candidates.map((c) => `${c.metric}=${c.value}`),
    activities: x.activities.map((a) => `${a.type} ${a.date_start}`).sort(),
  };
};

const RU_GROUPS = [
  ['Рабочая группа / вид работы', 'Количество'],
  ['РГ-1 по вопросам здравоохранения'],
  ['заседания рабочей группы', '3'],
  ['общественный мониторинг', '2'],
  ['круглые столы', '1'],
  ['Итого по РГ-1', '6'],
  ['РГ-2 по вопросам образования'],
  ['заседания рабочей группы', '2'],
  ['общественный мониторинг', '3'],
  ['семинары', '2'],
  ['Итого по РГ-2', '7'],
];

describe('a Word table by group, read by its whole\'s breakdown', () => {
  it('reads the breakdown under "ВСЕГО" and nothing of the groups (ru)', () => {
    const text = docx(['Отчет о работе Общественного совета за 2025 год', 'Показатели рабочих групп:'], [
      ...RU_GROUPS,
      ['ВСЕГО', '13'],
      ['в том числе: заседаний рабочих групп', '5'],
      ['общественных мониторингов', '5'],
      ['круглых столов', '1'],
      ['семинаров', '2'],
    ]);
    const r = read(text);
    expect(r.figures.monitorings).toBe(5);
    expect(r.figures.round_tables).toBe(1);
    expect(r.figures.seminars).toBe(2);
    // No text gives the groups a commission's standing: their meetings are no one's figure.
    expect(r.figures.commission_meetings).toBeUndefined();
  });

  it('reads a Kazakh table of commissions, "Барлығы" and "оның ішінде:"', () => {
    const text = docx(['Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп'], [
      ['Комиссия / жұмыс түрі', 'Саны'],
      ['1-комиссия – әлеуметтік мәселелер'],
      ['мониторингтер', '2'],
      ['дөңгелек үстелдер', '1'],
      ['Комиссия бойынша барлығы', '3'],
      ['2-комиссия – құрылыс және ТКШ'],
      ['мониторингтер', '3'],
      ['дөңгелек үстелдер', '2'],
      ['Комиссия бойынша барлығы', '5'],
      ['Барлығы', '8'],
      ['оның ішінде: мониторингтер', '5'],
      ['дөңгелек үстелдер', '3'],
    ]);
    const r = read(text);
    expect(r.figures.monitorings).toBe(5);
    expect(r.figures.round_tables).toBe(3);
  });

  it('reads nothing when the breakdown does not make the whole, nor the groups\' rows without one', () => {
    const off = read(docx(['Отчет о работе Общественного совета за 2025 год'], [
      ...RU_GROUPS,
      ['Всего по рабочим группам', '13'],
      ['из них: общественных мониторингов', '5'],
      ['круглых столов', '1'],
      ['семинаров', '4'],
    ]));
    expect(off.figures.monitorings).toBeUndefined();
    expect(off.figures.seminars).toBeUndefined();
    const none = read(docx(['Отчет о работе Общественного совета за 2025 год'], [...RU_GROUPS, ['Всего по рабочим группам', '13']]));
    expect(none.figures.monitorings).toBeUndefined();
    expect(none.figures.round_tables).toBeUndefined();
  });
});

describe('working groups that serve as the council\'s commissions', () => {
  it('is told only by a sentence giving the groups, in the plural, a commission\'s standing (ru, kk)', () => {
    expect(groupsServeAsCommissions(['Работа ведется через три рабочие группы, которые согласно п. 5 Положения выполняют функции его комиссий.'])).toBe(true);
    expect(groupsServeAsCommissions(['Рабочие группы Совета действуют на правах постоянных комиссий.'])).toBe(true);
    expect(groupsServeAsCommissions(['Кеңестің жұмыс топтары тұрақты комиссиялар ретінде жұмыс істейді.'])).toBe(true);
    // Near-misses: groups beside the commissions, groups of another kind, one group.
    expect(groupsServeAsCommissions(['В Совете 3 постоянные комиссии, при Совете действуют также рабочие группы.'])).toBe(false);
    expect(groupsServeAsCommissions(['Межведомственные рабочие группы акимата выполняют функции комиссий.'])).toBe(false);
    expect(groupsServeAsCommissions(['Рабочая группа по ЖКХ действует на правах комиссии.'])).toBe(false);
  });

  it('reads the groups\' meetings as commission meetings then (ru, kk)', () => {
    const ru = read(docx(['Отчет о работе Общественного совета за 2025 год', 'Совет работает через две рабочие группы, которые выполняют функции его комиссий.'], [
      ...RU_GROUPS,
      ['ВСЕГО по рабочим группам', '13'],
      ['в том числе: заседаний рабочих групп', '5'],
      ['общественных мониторингов', '5'],
      ['круглых столов', '1'],
      ['семинаров', '2'],
    ]));
    expect(ru.figures.commission_meetings).toBe(5);
    const kk = read(docx(['Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп', 'Кеңестің жұмыс топтары тұрақты комиссиялар ретінде жұмыс істейді.'], [
      ['Көрсеткіш', '2025 жыл'],
      ['Кеңес отырыстары', '4'],
      ['Жұмыс топтарының отырыстары', '9'],
      ['Мониторингтер', '3'],
    ]));
    expect(kk.figures.commission_meetings).toBe(9);
    expect(kk.figures.general_meetings).toBe(4);
  });
});

describe('a table\'s row typed as a line: the parts of the period and their total', () => {
  const half = (line: string) => read(`Қоғамдық кеңестің 2026 жылдың бірінші жартыжылдығындағы жұмысы туралы есеп\n\n${line}\n`);
  const quarterRu = (line: string) => read(`Отчет о работе Общественного совета за IV квартал 2025 года\n\n${line}\n`);

  it('reads the total when the parts tile the period and make it (kk, ru, months)', () => {
    expect(half('Комиссиялардың отырыстары: 1-тоқсан – 2, 2-тоқсан – 3, барлығы – 5.').figures.commission_meetings).toBe(5);
    expect(read('Отчет о работе Общественного совета за I полугодие 2026 года\n\n3) Заседания Совета: в I квартале – 1; во II квартале – 2; итого – 3.\n').figures.general_meetings).toBe(3);
    expect(quarterRu('• Мониторинги: октябрь – 1, ноябрь – 0, декабрь – 2, всего – 3').figures.monitorings).toBe(3);
  });

  it('gives a candidate, never a figure, when the total is not the sum or no total is stated', () => {
    const off = half('Комиссиялардың отырыстары: І тоқсан – 2, ІІ тоқсан – 3, жиыны – 6.');
    expect(off.figures.commission_meetings).toBeUndefined();
    expect(off.candidates).toContain('commission_meetings=6');
    const bare = half('Комиссиялардың отырыстары: І тоқсан – 2, ІІ тоқсан – 3.');
    expect(bare.figures.commission_meetings).toBeUndefined();
    expect(bare.candidates).toContain('commission_meetings=5');
  });

  it('leaves another half\'s quarters alone', () => {
    const other = half('Комиссиялардың отырыстары: ІІІ тоқсан – 2, IV тоқсан – 3, барлығы – 5.');
    expect(other.figures.commission_meetings).not.toBe(5);
  });
});

describe('a note column\'s events by their dates', () => {
  it('reads day and month, "date, what", "what, подписан date" and bodies by date after their count (ru)', () => {
    const text = docx(['Отчет о выполнении плана работы Общественного совета за I полугодие 2026 года'], [
      ['№', 'Мероприятие', 'План', 'Факт', 'Примечание'],
      ['1', 'Круглые столы', '2', '2', '15.03 – о платных парковках; 20.05 – о школьном питании'],
      ['2', 'Семинары', '1', '1', '11.04, совместно с областным ЦОН'],
      ['3', 'Меморандумы', '–', '1', 'с ассоциацией «Жас Қанат», подписан 02.06'],
      ['4', 'Заслушивание отчетов', '2', '2', '2 отдела акимата: ЖКХ – 17.02, культуры – 12.05'],
      ['5', 'Общественные слушания', '1', '0', 'перенесены на 20.07'],
      ['6', 'Общественный мониторинг', '3', '3', 'срок представления итогов до 10.07.2026'],
    ]);
    expect(read(text).activities).toEqual([
      'memorandum 2026-06-02', 'report_hearing 2026-02-17', 'report_hearing 2026-05-12', 'round_table 2026-03-15', 'round_table 2026-05-20', 'seminar 2026-04-11',
    ]);
  });

  it('reads a Kazakh note ("date – what", "what, date қол қойылды") and nothing of a count its bodies do not meet', () => {
    const text = docx(['Қоғамдық кеңестің 2026 жылғы І жартыжылдықтағы жұмыс жоспарының орындалуы туралы есеп'], [
      ['№', 'Іс-шара', 'Жоспар', 'Нақты', 'Ескерту'],
      ['1', 'Дөңгелек үстелдер', '1', '1', '14.04 – жастар бастамалары туралы'],
      ['2', 'Меморандумдар', '1', '1', '«Болашақ» қорымен, 22.05 қол қойылды'],
      ['3', 'Есептерді тыңдау', '3', '2', '3 бөлім: білім – 18.02, денсаулық – 20.03'],
    ]);
    expect(read(text).activities).toEqual(['memorandum 2026-05-22', 'round_table 2026-04-14']);
  });
});

describe('answered appeals as a row of their own', () => {
  it('reads "Дано ответов на обращения" and "Өтініштерге берілген жауаптар", not answers to letters', () => {
    const ru = read(docx(['Отчет о работе Общественного совета за 2025 год'], [
      ['№', 'Показатель', '2025 год'],
      ['1', 'Поступило обращений', '27'],
      ['2', 'Дано ответов на обращения', '25'],
      ['3', 'Дано ответов на письма', '9'],
    ]));
    expect(ru.figures.appeals_received).toBe(27);
    expect(ru.figures.appeals_answered).toBe(25);
    const kk = read(docx(['Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп'], [
      ['№', 'Көрсеткіш', '2025 жыл'],
      ['1', 'Түскен өтініштер', '14'],
      ['2', 'Өтініштерге берілген жауаптар', '12'],
    ]));
    expect(kk.figures.appeals_answered).toBe(12);
  });
});

describe('a fixed-width table\'s plan cell that tells when, not how many', () => {
  it('reads the row\'s fact beside "түсуіне қарай" / "по мере поступления" (kk, ru)', () => {
    const kk = read([
      'Қоғамдық кеңестің 2026 жылғы II тоқсандағы жұмыс жоспарының орындалуы туралы',
      '',
      'Көрсеткіштер                              Жоспар      Нақты',
      '-------------------------------------------------------------',
      'Кеңес отырыстары                             1           1',
      'Мониторингтер                                2           2',
      'НҚА жобаларын қарау                     түсуіне қарай     6',
      '-------------------------------------------------------------',
    ].join('\n'));
    expect(kk.figures.npa_reviewed).toBe(6);
    expect(kk.figures.monitorings).toBe(2);
    const ru = read([
      'Отчет о выполнении плана работы Общественного совета за I квартал 2026 года',
      '',
      'Показатель                          План                    Факт',
      'Заседания Совета                    1                        2',
      'Рассмотрено проектов НПА            по мере поступления      3',
      'Круглые столы                       1                        1',
    ].join('\n'));
    expect(ru.figures.npa_reviewed).toBe(3);
    expect(ru.figures.general_meetings).toBe(2);
  });

  it('gives no count of a row whose only cell beside the plan\'s words is none', () => {
    const r = read([
      'Отчет о выполнении плана работы Общественного совета за I квартал 2026 года',
      '',
      'Показатель                          План                    Факт',
      'Заседания Совета                    1                        2',
      'Рассмотрено проектов НПА            по мере поступления      –',
      'Круглые столы                       1                        1',
    ].join('\n'));
    expect(r.figures.npa_reviewed ?? 0).toBe(0);
    expect(r.figures.round_tables).toBe(1);
  });
});

describe('a dot-leader row of a bare verb read with its section\'s heading', () => {
  const report = (rows: string[]) => read(['Отчет о работе Общественного совета за II квартал 2025 года', '', 'ЗАСЕДАНИЯ', '  Совет ................................ 2', '  Президиум ............................ 1', '', ...rows].join('\n'));

  it('reads "Рассмотрено" under "ПРОЕКТЫ НПА" and "Түсті" under "ӨТІНІШТЕР" (ru, kk)', () => {
    expect(report(['ПРОЕКТЫ НПА', '  Рассмотрено .......................... 5', '  На рассмотрении ...................... 1']).figures.npa_reviewed).toBe(5);
    const kk = read(['Қоғамдық кеңестің 2025 жылғы ІІ тоқсандағы жұмысы туралы есеп', '', 'ОТЫРЫСТАР', '  Кеңес .............................. 2', '  Төралқа ............................ 1', '', 'НҚА ЖОБАЛАРЫ', '  Қаралды ............................ 4', '    ескертусіз келісілді .............. 3', '    ескертулермен ...................... 1'].join('\n'));
    expect(kk.figures.npa_reviewed).toBe(4);
  });

  it('gives nothing of a verb under a heading of two things', () => {
    expect(report(['ОБРАЩЕНИЯ И ПИСЬМА', '  Поступило ............................ 12', '  Направлено ........................... 4']).figures.appeals_received).toBeUndefined();
  });
});
