/**
 * Documents dense with dates and times (session 34, set 114). A report's period stated with Kazakh case endings instead of
 * a dash ("2026 жылғы 1 қаңтардан 30 қыркүйекке дейінгі кезеңдегі", "01.07.2026 ж. бастап 30.09.2026 ж. дейін" —
 * readPeriod); a count before a Kazakh postposition of "among" ("Түскен 13 өтініштің ішінде жеке тұлғалардікі – 11") counts
 * the whole, never the part named after it (figures.json prepositions).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const period = (title: string) => parseReport([title, '', 'Кеңестің 2 отырысы өтті.'].join('\n')).period;
const figures = (lines: string[]) => Object.fromEntries(parseReport(['2026 жылғы III тоқсандағы жұмыс туралы есеп', '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));

describe('a period from a first day to a last day in Kazakh cases', () => {
  it.each([
    ['2026 жылғы 1 қаңтардан 30 қыркүйекке дейінгі кезеңдегі жұмыс туралы АҚПАРАТ', '2026-01-01', '2026-09-30'],
    ['Кеңестің 2025 жылғы 1 шілдеден бастап 31 желтоқсанға дейінгі жұмысы туралы есеп', '2025-07-01', '2025-12-31'],
    ['01.07.2026 ж. бастап 30.09.2026 ж. дейінгі кезеңдегі есеп', '2026-07-01', '2026-09-30'],
    ['01.04.2026-дан 30.06.2026-ға дейінгі кезеңдегі ақпарат', '2026-04-01', '2026-06-30'],
  ])('%s', (title, from, to) => {
    expect(period(title)).toEqual({ from, to });
  });
  it.each([
    // An event's days, not whole months.
    '2026 жылғы 10 наурыздан 14 наурызға дейін мониторинг өтті',
    // No ablative and no "бастап": not a span in this form.
    '2026 жылғы 1 қаңтар 30 қыркүйекке дейін',
  ])('near miss: %s', (title) => {
    expect(period(title)).toBeNull();
  });
  it('near miss: years that disagree make no span of them', () => {
    expect(period('01.07.2025 ж. бастап 30.09.2026 ж. дейінгі кезеңдегі есеп')?.from).not.toBe('2025-07-01');
  });
});

describe('a count before "ішінде / арасында" counts the whole, not the part after it', () => {
  it('kk: the appeals among which the individuals\' are told', () => {
    const f = figures(['Түскен 13 өтініштің ішінде жеке тұлғалардікі – 11, заңды тұлғалардікі – 2.']);
    expect(f.appeals_individuals).toBe(11);
    expect(f.appeals_legal_entities).toBe(2);
  });
  it('kk: "арасында", the individuals\' part with a dash', () => {
    const f = figures(['Келіп түскен 9 өтініш арасында жеке тұлғалардан – 8, заңды тұлғалардан – 1.']);
    expect(f.appeals_individuals).not.toBe(9);
  });
  it('near miss: the kind right after its count still counts it', () => {
    expect(figures(['Кеңеске 5 өтініш жеке тұлғалардан түсті.']).appeals_individuals).toBe(5);
  });
});

import { dottedDates } from '../../../sources/extract/dottedDates.ts';

const activities = (lines: string[]) => parseReport(['2026 жылғы III тоқсандағы жұмыс туралы есеп', '', ...lines].join('\n')).activities.map((a) => [a.type, a.date_start]);

describe('a whole date typed with slashes, hyphens or its year first', () => {
  it.each([
    ['07/10/2026 – круглый стол', '07.10.2026 – круглый стол'],
    ['оформлен и подписан 23/10/2026', 'оформлен и подписан 23.10.2026'],
    ['изготовлен 04-12-2026', 'изготовлен 04.12.2026'],
    ['• 2026.09.16 – отырыс', '• 16.09.2026 – отырыс'],
    ['2026/09/16', '16.09.2026'],
  ])('%s', (text, dotted) => {
    expect(dottedDates(text)).toBe(dotted);
  });
  it.each(['9/0/0 – принято', '12/10/26', 'www.gov.kz/2026/10/07/news', 'тел. 45-12-20', '1-2-2026', '2026-10-21', '31/13/2026', 'версия 2026.10.07.1'])('near miss: %s', (text) => {
    expect(dottedDates(text)).toBe(text);
  });
  it('a diary\'s items dated so are read', () => {
    expect(activities(['Іс-шаралар:', '• 14/07/2026 – ауыз су сапасына мониторинг;', '• 2026.08.27 – бюджет жобасы бойынша қоғамдық тыңдау.']))
      .toEqual([['monitoring', '2026-07-14'], ['public_hearing', '2026-08-27']]);
    expect(activities(['Мероприятия:', '– 07/09/2026 – круглый стол «Молодежь и труд»;', '– 2026/09/21 – мониторинг школьных столовых.']))
      .toEqual([['round_table', '2026-09-07'], ['monitoring', '2026-09-21']]);
  });
});

describe('a month\'s heading over its items is their heading, not the wrapped tail of the month before', () => {
  it('kk', () => {
    const types = activities([
      'Тамыз', '• 27-тамыз, 15:00 – аудандық бюджеттің 2027–2029 жылдарға арналған', '  жобасы бойынша қоғамдық тыңдау.', '',
      'Қыркүйек', '• 16.09.2026 – Кеңестің № 6 отырысы;', '• 28 қыркүйек – 2 қазан – нысандардың жылу маусымына дайындығына мониторинг.',
    ]);
    expect(types).toEqual([['public_hearing', '2026-08-27'], ['monitoring', '2026-09-28']]);
  });
  it('ru', () => {
    const types = activities([
      'Август', '– 27 августа – общественные слушания по проекту бюджета района на', '  2027–2029 годы, публичные слушания.', '',
      'Сентябрь', '– 16.09.2026 – заседание Совета № 6;', '– 21 сентября – мониторинг подготовки школ к отопительному сезону.',
    ]);
    expect(types.filter(([t]) => t === 'public_hearing')).toHaveLength(1);
    expect(types).toContainEqual(['monitoring', '2026-09-21']);
  });
  it('near miss: month headings under a heading of one type are its items still', () => {
    expect(activities([
      'Проведено 3 общественных мониторинга. Мониторинги по месяцам:', '', 'Июль', '  • 9 июля – ремонт дорог (комиссия № 1).',
      'Август', '  • 6 августа – готовность школ к учебному году;', '  • 20 августа – вывоз ТБО.',
    ])).toEqual([['monitoring', '2026-07-09'], ['monitoring', '2026-08-06'], ['monitoring', '2026-08-20']]);
  });
});

describe('a diary\'s item naming a body\'s report alone is a report hearing', () => {
  const diary = (month: string, item: string) => activities([month, item]).map(([t]) => t);
  it.each([
    ['Қыркүйек', '• 16.09.2026 – Кеңестің № 6 отырысы: аудандық құрылыс бөлімінің есебі;'],
    ['Қыркүйек', '• 24 қыркүйек – «Аудандық кітапхана» КММ директорының есебі (көшпелі отырыс);'],
    ['Қыркүйек', '• 18.09.2026 ж. – денсаулық сақтау басқармасы басшысының емханалардағы кезек туралы есебі.'],
    ['Сентябрь', '– 15 сентября – отчет руководителя отдела ЖКХ о подготовке к зиме;'],
    ['Сентябрь', '– 22.09.2026 – заседание Совета № 6: отчет начальника отдела образования (в зале акимата).'],
  ])('%s / %s', (month, item) => {
    expect(diary(month, item)).toEqual(['report_hearing']);
  });
  it.each([
    ['Қыркүйек', '• 16.09.2026 – Кеңестің жарты жылдық есебі;'],
    ['Қыркүйек', '• 16.09.2026 – Кеңестің № 6 отырысы;'],
    ['Сентябрь', '– 22.09.2026 – отчет о работе Совета за полугодие;'],
    ['Сентябрь', '– 22.09.2026 – заседание Совета № 6.'],
  ])('near miss: %s / %s', (month, item) => {
    expect(diary(month, item)).toEqual([]);
  });
});

describe('a PDF\'s header of parts run together with their total last', () => {
  const nine = (lines: string[]) => Object.fromEntries(parseReport(['2026 жылғы 9 айдағы жұмыс туралы АҚПАРАТ', '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));
  it('kk: "I тоқсан II тоқсан III тоқсан 9 ай"', () => {
    const f = nine(['Көрсеткіш\tI тоқсан II тоқсан III тоқсан 9 ай', 'Түскен өтініштер\t5\t6\t4\t15', 'Жауап берілді\t5\t5\t4\t14', 'Мемлекеттік органдарға жіберілген хаттар\t2\t1\t3\t6']);
    expect([f.appeals_received, f.appeals_answered, f.letters_sent]).toEqual([15, 14, 6]);
  });
  it('ru: "I кв. II кв. III кв. Итого"', () => {
    const f = parseReport(['Отчет за 9 месяцев 2026 года', '', 'Показатель\tI кв. II кв. III кв. Итого', 'Поступило обращений\t5\t6\t4\t15', 'Направлено писем в госорганы\t2\t1\t3\t6'].join('\n')).figures;
    expect(Object.fromEntries(f.map((x) => [x.metric, x.value]))).toMatchObject({ appeals_received: 15, letters_sent: 6 });
  });
  it('near miss: words after the parts that are no total leave the header whole (no quarter read as the total)', () => {
    const f = nine(['Көрсеткіш\tI тоқсан II тоқсан III тоқсан ескерту', 'Түскен өтініштер\t5\t6\t4\t15']);
    expect([5, 6, 4]).not.toContain(f.appeals_received);
  });
});

describe('the composition\'s sentence going on after a semicolon with a count of its own', () => {
  it.each([
    'Кеңестің 13 мүшесінің 10-ы қоғамдық ұйымдардан, 3-еуі мемлекеттік органдардан; тұрақты комиссиялар – 3.',
    'Кеңесте 13 мүше: оның 10-ы – ҮЕҰ өкілдері, 3-еуі – мемлекеттік қызметшілер; отырыстар саны – 4.',
    'В Совете 13 членов: 10 из них представляют НКО, 3 – государственные органы; постоянных комиссий – 3.',
  ])('%s', (line) => {
    const f = figures([line]);
    expect([f.members_total, f.members_civil, f.members_state]).toEqual([13, 10, 3]);
  });
  it('near miss: parts that do not add up stay candidates', () => {
    const f = figures(['Кеңестің 13 мүшесінің 10-ы қоғамдық ұйымдардан, 4-еуі мемлекеттік органдардан; тұрақты комиссиялар – 3.']);
    expect(f.members_total).toBeUndefined();
    expect(f.members_civil).toBeUndefined();
  });
});

describe('dot-leader totals whose values are clauses, wrapped under the value\'s column', () => {
  it('kk', () => {
    const f = figures([
      'Өтініштер ...................... 12 (жеке тұлғалардан – 10,',
      '                                 заңды тұлғалардан – 2),',
      '                                 11-іне жауап берілді',
      'Мемлекеттік органдарға хаттар ..... 6 жіберілді, 5 жауап алынды',
      'Жарияланымдар .................. 30: Facebook – 12, Instagram – 10,',
      '                                 Telegram – 8',
    ]);
    expect([f.appeals_received, f.appeals_individuals, f.appeals_legal_entities, f.letters_sent, f.letters_answered, f.publications]).toEqual([12, 10, 2, 6, 5, 30]);
  });
  it('ru', () => {
    const f = figures([
      'Заседаний Совета ............... 2',
      'Обращения ...................... 12 (от физических лиц – 10,',
      '                                 от юридических лиц – 2)',
    ]);
    expect([f.general_meetings, f.appeals_received, f.appeals_individuals, f.appeals_legal_entities]).toEqual([2, 12, 10, 2]);
  });
  it('near miss: a row closed by its stop, or a line set in less than the value, is no part of it', () => {
    const f = figures([
      'Кеңес отырыстары ............... 2',
      'Өтініштер ...................... 12 (жеке тұлғалардан – 10, заңды тұлғалардан – 2).',
      '                                 Өткен жылы – 9.',
      'Жарияланымдар .................. 30: Facebook – 12, Instagram – 10,',
      '  Telegram-арнасы – 8 (облыстық кеңестің арнасы)',
    ]);
    expect(f.appeals_received).toBe(12);
    expect(Object.values(f)).not.toContain(9);
  });
});

import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

describe('a blank line between the heading of those present and the run of their names', () => {
  const roll = (lines: string[]) => {
    const p = parseProtocol(['ПРОТОКОЛ № 7', '26.11.2026', 'Членов Совета: 11', ...lines, '', 'Повестка дня:', '1. О плане работы.'].join('\n'));
    return { n: p.attendees.length, online: p.attendees.filter((a) => a.online).map((a) => a.name) };
  };
  it('bilingual, wrapped over three lines', () => {
    expect(roll(['Қатысқандар / Присутствовали: 9, оның ішінде онлайн / из них онлайн: 1', '',
      'Асанов Қ.Т. (төраға / председатель), Белова И.А. (хатшы / секретарь),', 'Дәуренов Г.С., Ершов Ю.П., Жанова А.С. (онлайн), Исаев М.Б.,', 'Кәрімов Р.Н., Лебедев Д.В., Мұратов А.К.'])).toEqual({ n: 9, online: ['Жанова А.С.'] });
  });
  it('kk, one line', () => {
    expect(roll(['Қатысқандар: 4', '', 'Асанов Қ.Т., Белова И.А., Дәуренов Г.С., Ершов Ю.П.']).n).toBe(4);
  });
  it('near miss: a sentence after the blank line is no list', () => {
    expect(roll(['Присутствовали: 9', '', 'Заседание открыл председатель Совета Асанов Қ.Т.']).n).toBe(0);
  });
});

describe('no change in the composition over the period told by its first and last days', () => {
  const sepNov = (line: string) => Object.fromEntries(parseReport(['2026 жылғы 1 қыркүйек – 30 қараша аралығындағы жұмысы туралы АНЫҚТАМА', '', line].join('\n')).figures.map((f) => [f.metric, f.value]));
  it('kk', () => {
    expect(sepNov('1 қыркүйек – 30 қараша аралығында құрамға ешкім енгізілмеді, ешкім шығарылмады.')).toMatchObject({ members_joined: 0, members_left: 0 });
  });
  it('near miss: a span of days inside the period is no whole period', () => {
    expect(sepNov('1 қыркүйек – 31 қазан аралығында құрамға ешкім енгізілмеді, ешкім шығарылмады.').members_joined).toBeUndefined();
  });
});
