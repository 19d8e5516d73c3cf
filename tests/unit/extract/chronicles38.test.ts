// Classes of held-out set 143 (reports written as a chronicle, month by month; protocols of the sittings they name,
// recalling earlier sittings by month).
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { continuesSentence } from '../../../sources/extract/report/continuesSentence.ts';
import { withoutRecalledSittings } from '../../../sources/extract/protocol/withoutRecalledSittings.ts';

const protocol = (body: string, date = '24 июня 2026 года') =>
  parseProtocol(`ПРОТОКОЛ № 4\nзаседания Общественного совета\n\n${date}\n\nИз 13 членов Совета присутствуют 11.\n\n${body}`);

describe('another sitting recalled by its month in the middle of a sentence gives no vote nor attendance', () => {
  it.each([
    // The set's sentence (one per class).
    ['2. СЛУШАЛИ: Исмаилова Р.Т. о проекте Правил. Напомнил, что на мартовском заседании\nаналогичный проект был возвращён на доработку (тогда «за» было 5 голосов из 12).\nГолосовали: за – 8, против – 2, воздержались – 1. Решение принято.\n'],
    ['2. СЛУШАЛИ: Петрова А.А. На февральском заседании этот вопрос уже обсуждался, «за» тогда проголосовали 6 членов.\nГолосовали: за – 8, против – 2, воздержались – 1. Решение принято.\n'],
    ['2. СЛУШАЛИ: Петрова А.А. о тарифе (на заседании в апреле против было 4 голоса, воздержались 2).\nГолосовали: за – 8, против – 2, воздержались – 1. Решение принято.\n'],
    ['2. ТЫҢДАЛДЫ: Ахметова Г.С. Мамыр айындағы отырыста бұл жобаны 5 мүше жақтаған, 6 мүше қарсы болған.\nДауыс беру: жақтап – 8, қарсы – 2, қалыс – 1. Шешім қабылданды.\n'],
    ['2. ТЫҢДАЛДЫ: Ахметова Г.С. Жоба наурыздағы отырыста талқыланып, 4 дауыс жақтап берілген еді.\nДауыс беру: жақтап – 8, қарсы – 2, қалыс – 1. Шешім қабылданды.\n'],
  ])('%s', (body) => {
    const x = protocol(body);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[8, 2, 1]]);
    expect(x.present).toBe(11);
  });

  it('attendance of earlier sittings in a bracket beside this one\'s', () => {
    const x = protocol('Кворум имеется. (Напомним, на майском заседании присутствовали 10 членов, на мартовском – 12.)\n\nГолосовали: за – 11, против – нет, воздержались – нет.\n');
    expect(x.present).toBe(11);
    expect(x.votes.map((v) => v.for)).toEqual([11]);
  });

  it('blanks only the recalled clause, lines kept at their numbers', () => {
    const lines = ['Присутствуют 11 членов, на майском заседании присутствовали 10.', 'Далее.'];
    expect(withoutRecalledSittings(lines, '2026-06-24')).toEqual(['Присутствуют 11 членов,' + ' '.repeat(40), 'Далее.']);
    const kk = ['Отырысқа 9 мүше қатысты (шілдедегі отырыста 7 мүше қатысқан).'];
    expect(withoutRecalledSittings(kk, '2026-09-17')[0]).toMatch(/^Отырысқа 9 мүше қатысты \(\s+\)\.$/u);
  });

  it('near-miss: a sitting still to come is a plan, its sentence kept with this vote', () => {
    const x = protocol('3. СЛУШАЛИ: Нұрланова Д.Е.\nГолосовали: за – 3, против – 7, воздержались – 1; вопрос вернуть на августовском заседании.\n');
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[3, 7, 1]]);
    const kk = ['Шешім: 8 жақтап, 2 қарсы; мәселе қазан айындағы отырыста қайта қаралады.'];
    expect(withoutRecalledSittings(kk, '2026-09-17')).toEqual(kk);
  });

  it('near-miss: the protocol\'s own month is this sitting; a recall with no count (a date, a number) is kept', () => {
    const own = ['На июньском заседании присутствуют 11 членов.'];
    expect(withoutRecalledSittings(own, '2026-06-24')).toEqual(own);
    const noCount = ['Желтоқсан айындағы отырыста (24.12.2025) есептің жобасы талқыланған (хаттама № 9).'];
    expect(withoutRecalledSittings(noCount, '2026-02-11')).toEqual(noCount);
    const agenda = ['1. Об исполнении решений, принятых на мартовском заседании (протокол № 2).'];
    expect(withoutRecalledSittings(agenda, '2026-06-24')).toEqual(agenda);
  });
});

const report = (body: string, title = 'ХРОНИКА РАБОТЫ ОБЩЕСТВЕННОГО СОВЕТА\nза первое полугодие 2026 года') => parseReport(`${title}\n\n${body}`);
const acts = (x: ReturnType<typeof parseReport>) => x.activities.map((a) => `${a.type} ${a.date_start}`);

describe('a chronicle told month by month: each month\'s dated entries are one chronology, its hard wraps lines of their entry', () => {
  it('Russian: months of two entries, flush wraps, sittings no activities', () => {
    const x = report([
      'ЯНВАРЬ', '21 января – заседание Совета (протокол № 1): утверждён план работы.', '28 января – мониторинг работы пункта выдачи социальной помощи при отделе занятости и социальных', 'программ, выехали 3 члена Совета.', '',
      'ФЕВРАЛЬ', '19 февраля – заседание комиссии по социальным вопросам.', '25 февраля – круглый стол «Сельская медицина» с участием главного врача', 'районной больницы и 18 жителей.', '',
    ].join('\n'));
    expect(acts(x)).toEqual(['monitoring 2026-01-28', 'round_table 2026-02-25']);
  });
  it('Kazakh: the month headings in capitals, a wrapped line in lower case', () => {
    const x = report([
      'ШІЛДЕ', '8 шілде – аудандық емхананың жұмысына мониторинг жүргізілді, оған кеңестің', 'бес мүшесі қатысты.', '15 шілде – кеңес отырысы өтті.', '',
      'ТАМЫЗ', '12 тамыз – «Жастар және еңбек» дөңгелек үстелі, 30-ға жуық', 'жас қатысты.', '',
    ].join('\n'), 'ҚОҒАМДЫҚ КЕҢЕС ЖҰМЫСЫНЫҢ ШЕЖІРЕСІ\n2026 жылғы үшінші тоқсан');
    expect(acts(x)).toEqual(['monitoring 2026-07-08', 'round_table 2026-08-12']);
  });
  it('a sitting that considered an event\'s results is no event of it', () => {
    const x = report([
      'ИЮНЬ', '10 июня – мониторинг детского лагеря «Жұлдыз».', '17 июня – заседание комиссии по экономике.', '24 июня – заседание Совета (протокол № 4): рассмотрены итоги мониторинга лагеря, одобрен', 'проект Правил.', '',
    ].join('\n'));
    expect(acts(x)).toEqual(['monitoring 2026-06-10']);
  });
  it('near-miss: a paragraph between two months\' entries is no heading; a capitalised line after an entry is no wrap of it', () => {
    const x = report([
      'ЯНВАРЬ', '28 января – мониторинг пункта выдачи помощи.', '', 'Работа в январе шла по плану, отчёт направлен в акимат.', '', 'ФЕВРАЛЬ', '25 февраля – круглый стол «Медицина».', '',
    ].join('\n'));
    expect(x.activities.every((a) => !/Работа в январе/u.test(a.title))).toBe(true);
  });
});

describe('an entry of a chronicle counts nothing: a lone seminar dated under its month is an activity, no figure', () => {
  it.each([
    ['МАЙ\n13 мая – заслушан отчёт КГП «Коммунальное хозяйство».\n20 мая – заседание Совета (протокол № 3).\n27 мая – обучающий семинар для членов Совета «Общественный контроль» (онлайн,\nпровёл юрист ресурсного центра).\n'],
    ['МАМЫР\n13 мамыр – кеңес отырысы өтті.\n20 мамыр – аудандық ауруханаға мониторинг.\n27 мамыр – кеңес мүшелеріне арналған «Қоғамдық бақылау» семинары өткізілді.\n', 'ҚОҒАМДЫҚ КЕҢЕС ЖҰМЫСЫНЫҢ ШЕЖІРЕСІ\n2026 жылғы бірінші жартыжылдық'],
  ])('%s', (body, title?: string) => {
    const x = report(body, title);
    expect(x.activities.some((a) => a.type === 'seminar')).toBe(true);
    expect(x.figures.find((f) => f.metric === 'seminars')).toBeUndefined();
  });
  it('near-miss: one seminar told in a sentence of the report\'s prose still counts one', () => {
    const x = report('Обучение. 27 мая для членов Совета проведён обучающий семинар «Общественный контроль».\n');
    expect(x.figures.find((f) => f.metric === 'seminars')?.value).toBe(1);
  });
});

const figure = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.find((f) => f.metric === metric)?.value;

describe('a total\'s list of rows in lower case, set in under its heading: each row ends at its line', () => {
  it.each([
    ['ИТОГО ЗА I КВАРТАЛ\n  заседаний Совета – 2\n  заседаний комиссий – 2\n  мониторингов – 2\n', { general_meetings: 2, commission_meetings: 2, monitorings: 2 }],
    ['ТОҚСАН ҚОРЫТЫНДЫСЫ\n  кеңес отырыстары – 3\n  мониторингтер – 4 (мектептер, емхана)\n  дөңгелек үстелдер – 1\n', { general_meetings: 3, monitorings: 4, round_tables: 1 }],
  ])('%s', (body, want) => {
    const x = report(body, 'ДНЕВНИК МЕРОПРИЯТИЙ\nI квартал 2026 года');
    for (const [metric, value] of Object.entries(want)) expect(figure(x, metric)).toBe(value);
  });
  it('near-miss: a row\'s line followed by words with no count of their own still goes on', () => {
    expect(continuesSentence('  заседаний Совета – 2', '  заседаний комиссий – 2')).toBe(false);
    expect(continuesSentence('Проведено заседаний Совета – 2', 'и выездных заседаний в сёлах района.')).toBe(true);
    expect(continuesSentence('кеңес отырыстары – 2', 'оның бірі көшпелі болды.')).toBe(true);
  });
});

describe('hearings counted with their bodies in a bracket, departments and enterprises a comma apart', () => {
  it.each([
    ['ИТОГО\n  заслушано отчётов – 2 (отдел предпринимательства и сельского хозяйства, ГКП «Алакөл су арнасы»)\n', 1, 1],
    ['Заслушано 3 отчёта (отдел образования, отдел ЖКХ, ГКП «Су»).\n', 2, 1],
    ['Барлығы 2 есеп тыңдалды (кәсіпкерлік бөлімі, «Су арнасы» МКК).\n', 1, 1],
  ])('%s', (body, departments, subordinate) => {
    const x = report(body, 'ОТЧЁТ\nза I квартал 2026 года');
    expect(figure(x, 'departments_heard')).toBe(departments);
    expect(figure(x, 'subordinate_orgs_heard')).toBe(subordinate);
  });
  it.each([
    // A department's name with a comma in it: an item of no kind.
    ['Заслушано отчётов – 2 (отдел образования, физической культуры и спорта).\n'],
    // Another body beside them.
    ['Заслушано отчётов – 3 (отдел образования, ГКП «Су», ТОО «Жол»).\n'],
    // Fewer bodies than the count.
    ['Заслушано отчётов – 3 (отдел образования, ГКП «Су»).\n'],
  ])('near-miss: %s', (body) => {
    const x = report(body, 'ОТЧЁТ\nза I квартал 2026 года');
    expect(figure(x, 'subordinate_orgs_heard')).toBeUndefined();
  });
});
