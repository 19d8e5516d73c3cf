/**
 * Documents printed over several pages (held-out set 120): a vote or a sentence the page breaks, with the signatures and
 * the seal at the page's foot between its halves; a typed table ruled with dashes and continued on the next page under
 * "Продолжение таблицы" / "Кестенің жалғасы" with its header again; a letter's running head "Шығ. № 52, 2-бет"; a running
 * head printed once on the last page with no blank line under it. And, met there, an organisation named as the sender of
 * an appeal with its kind in a bracket ("от ИП «Жеңіс» – 1 (юридическое лицо)").
 */
import { describe, expect, it } from 'vitest';
import { withoutPageBreaks } from '../../../sources/extract/pageFurniture.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));

const HEAD = ['ПРОТОКОЛ № 4', 'заседания Общественного совета', '', 'Присутствовали 12 членов из 15.', ''];

describe('a vote the page breaks, signatures and seal between its halves', () => {
  it('Russian: counts in a line, signatures of both and the page number on the foot', () => {
    const text = [...HEAD,
      '1. СЛУШАЛИ: Иванова А.Б. о плане.',
      'ГОЛОСОВАЛИ: «за» – 11, «против» – 0,',
      '',
      'Председатель ______________ К. Омаров           Секретарь ______________ Л. Ким',
      '                               - 1 -',
      '«воздержались» – 1. Решение принято.',
    ].join('\n');
    expect(votes(text)).toEqual([[11, 0, 1, 'adopted']]);
  });

  it('a PDF that ran the page number into the signature line, no other mark of the break', () => {
    const text = [...HEAD,
      '1. СЛУШАЛИ: Иванова А.Б. о плане.',
      'ГОЛОСОВАЛИ: «за» – 9, «против» – 2,',
      'Председатель ______________ К. Омаров - 2 -\tСекретарь ______________ Л. Ким',
      '«воздержались» – 1. Решение принято.',
    ].join('\n');
    expect(votes(text)).toEqual([[9, 2, 1, 'adopted']]);
  });

  it('Kazakh: a stacked block, the chair\'s signature, "М.О." and the page\'s head between its labels', () => {
    const text = ['ХАТТАМА № 2', 'Қоғамдық кеңес отырысы', '', 'Отырысқа 12 мүше қатысты.', '',
      '1. ТЫҢДАЛДЫ: Сейітов Н.Қ.',
      'Дауыс беру:',
      '   Жақтап – 10',
      '   Қарсы – 2',
      '',
      'Төраға __________ Е. Тұрсынбаев',
      '                 М.О.',
      '                               — 2 —',
      '                                                     Бет 3 / 3',
      '   Қалыс – 0',
      'Шешім қабылданды.',
    ].join('\n');
    expect(votes(text)).toEqual([[10, 2, 0, 'adopted']]);
  });

  it('near miss: a vote ended before the page, a new item after it, stays two votes', () => {
    const text = [...HEAD,
      '1. СЛУШАЛИ: Иванова А.Б.',
      'Голосовали: за – 12, против – 0, воздержались – 0. Решение принято.',
      '',
      'Председатель ______________ К. Омаров',
      '                               - 1 -',
      '2. СЛУШАЛИ: Петрова В.Г.',
      'Голосовали: за – 8, против – 3, воздержались – 1. Решение принято.',
    ].join('\n');
    expect(votes(text)).toEqual([[12, 0, 0, 'adopted'], [8, 3, 1, 'adopted']]);
  });

  it('near miss: a signature line under a finished line is kept, not taken as a page\'s foot', () => {
    const lines = ['Решение принято.', '', 'Председатель ______________ К. Омаров', '', 'Приложение 1'];
    expect(withoutPageBreaks(lines).lines).toEqual(lines);
  });
});

describe('a typed table ruled with dashes, continued on the next page', () => {
  const rule = '-'.repeat(60);
  const row = (no: string, name: string, mark: string, note = '') => ` ${no.padEnd(3)} | ${name.padEnd(28)} | ${mark.padEnd(12)} | ${note}`;

  it('Kazakh: "Кестенің жалғасы" and the header again are no rows; both parts are one roll', () => {
    const header = row('Р/с', 'Аты-жөні', 'Қатысуы', 'Ескертпе');
    const text = ['ХАТТАМА № 3', 'Қоғамдық кеңес отырысы', '', 'Кеңес құрамы – 5 мүше. Отырысқа 4 мүше қатысты.', '', 'Тіркеу парағы',
      rule, header, rule,
      row('1', 'Мұқанов Айдар Серікұлы', 'қатысты', 'төраға'),
      row('2', 'Есенова Гүлназ Бақытқызы', 'қатысты', 'хатшы'),
      row('3', 'Бейсенова Ақмарал Досқызы', 'ZOOM арқылы'),
      rule, '', '                 - 1 -', '\fКестенің жалғасы',
      rule, header, rule,
      row('4', 'Липатова Елена Викторовна', 'қатысты'),
      row('5', 'Оразалиев Медет Сапарұлы', 'қатыспады', 'себебін хабарламады'),
      rule, '', 'КҮН ТӘРТІБІ:', '1. Жоспар туралы.',
    ].join('\n');
    const x = parseProtocol(text);
    expect(x.attendees.map((a) => a.name)).toEqual(['Мұқанов Айдар Серікұлы', 'Есенова Гүлназ Бақытқызы', 'Бейсенова Ақмарал Досқызы', 'Липатова Елена Викторовна']);
    expect(x.attendees.filter((a) => a.online).length).toBe(1);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Оразалиев Медет Сапарұлы', false]]);
  });

  it('Russian: a report\'s indicator table, "Продолжение таблицы 2", a label wrapped under its row', () => {
    const r = (no: string, label: string, now: string, then: string) => ` ${no.padEnd(3)}| ${label.padEnd(36)} | ${now.padStart(6)}   | ${then.padStart(6)}`;
    const header = r('№', 'Показатель', '2026', '2025');
    const text = ['ОТЧЁТ о работе Общественного совета за III квартал 2026 года', '', 'Таблица 2. Показатели работы',
      rule, header, rule,
      r('1', 'Заслушано отчётов руководителей', '3', '2'),
      '   | госорганов, всего                    |          |',
      r('2', 'Общественный мониторинг', '5', '3'),
      rule, '', '                       - 1 -', 'Общественный совет                 Страница 2 из 2', '', 'Продолжение таблицы 2',
      rule, header, rule,
      r('3', 'Круглые столы', '2', '1'),
      r('4', 'Рассмотрено проектов НПА', '6', '9'),
      rule,
    ].join('\n');
    const f = figures(text);
    expect(f.round_tables).toBe(2);
    expect(f.npa_reviewed).toBe(6);
    expect(f.monitorings).toBe(5);
  });

  it('near miss: a rule between two paragraphs is still a page\'s rule, the rows of a table keep theirs', () => {
    const lines = ['Рассмотрено проектов', '-'.repeat(40), 'нормативных актов – 4.'];
    expect(withoutPageBreaks(lines).lines).toEqual(['Рассмотрено проектов', 'нормативных актов – 4.']);
  });
});

describe('a letter over two pages', () => {
  it('Kazakh: "Шығ. № 52, 2-бет" and the signature with "М.О." between the halves of the appeals sentence', () => {
    const text = ['ТЕКЕЛІ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', 'Кеңестің 2026 жылғы қараша айындағы жұмысы туралы ақпарат', '',
      'Қарашада кеңеске', '', 'Төраға ____________ А.С. Мұқанов', '                         М.О.', '                  — 1 —', '',
      '                                          Шығ. № 52, 2-бет',
      '9 өтініш түсті.'].join('\n');
    expect(figures(text).appeals_received).toBe(9);
  });

  it('Russian: a running head printed once, no blank line under it, between "поступило" and its count', () => {
    const text = ['ИНФОРМАЦИЯ о работе Общественного совета за октябрь 2026 года', '',
      '4. Обращения. Всего за октябрь поступило', '', 'Страница 1 из 2',
      'Информация ОС района за октябрь 2026 г.',
      '12 обращений.'].join('\n');
    expect(figures(text).appeals_received).toBe(12);
  });

  it('near miss: "Исх. № 47 от 03.11.2026 г." at the top is the letter\'s number, no page head, and no count', () => {
    const lines = ['Исх. № 47 от 03.11.2026 г.', 'Акиму района', 'Исх. № 47, стр. 2'];
    expect(withoutPageBreaks(lines).lines).toEqual(['Исх. № 47 от 03.11.2026 г.', 'Акиму района', '']);
  });
});

describe('an organisation named as an appeal\'s sender, its kind in a bracket', () => {
  const HEAD_R = 'Информация о работе Общественного совета за октябрь 2026 года';
  it.each([
    ['Поступило 12 обращений: от граждан – 11, от ИП «Жеңіс» – 1 (юридическое лицо).', 11, 1],
    ['Поступило 7 обращений: от жителей – 5, от ТОО «Арай-Строй» – 2 (юридическое лицо).', 5, 2],
    ['Қазанда 9 өтініш түсті: 8-і жеке тұлғалардан, 1-еуі «Жансая» ЖШС-нен (заңды тұлға).', 8, 1],
    ['Қазанда 7 өтініш түсті: 5-і азаматтардан, 2-еуі – «Береке» ЖШС-нен (заңды тұлға).', 5, 2],
  ])('%j', (line, individuals, legal) => {
    const f = figures([HEAD_R, line].join('\n'));
    expect([f.appeals_individuals, f.appeals_legal_entities]).toEqual([individuals, legal]);
  });

  it('near miss: a name in quotes with no bracket says no kind', () => {
    const f = figures([HEAD_R, 'Поступило 5 обращений: от граждан – 3, от ТОО «Арай» – 2.'].join('\n'));
    expect(f.appeals_legal_entities).toBeUndefined();
    expect(f.appeals_individuals).toBeUndefined();
  });
});

describe('the council\'s members (and commissions) in a bracket after its name', () => {
  const HEAD_R = 'Информация о работе Общественного совета за октябрь 2026 года';
  it.each([
    ['Общественный совет Ескельдинского района (13 членов, 3 комиссии) в октябре работал по плану.', 13, 3],
    ['Общественный совет при акимате района (в составе 15 человек) работал по плану.', 15, undefined],
    ['Қоғамдық кеңес (17 мүше) қазан айында өз жоспары бойынша жұмыс жүргізді.', 17, undefined],
    ['Текелі қаласының Қоғамдық кеңесі (15 мүше, 2 комиссия) жұмыс жүргізді.', 15, 2],
  ])('%j', (line, members, commissions) => {
    const f = figures([HEAD_R, line].join('\n'));
    expect([f.members_total, f.commissions]).toEqual([members, commissions]);
  });

  it.each([
    'Рабочая группа совета (5 членов) провела мониторинг.',
    'Совет создал рабочую группу (5 членов).',
    'Комиссия Общественного совета (4 члена) провела 2 заседания.',
  ])('near miss: %j is no council\'s count', (line) => {
    expect(figures([HEAD_R, line].join('\n')).members_total).toBeUndefined();
  });
});

describe('a run-in list of days said as "тамыздың 6-сында"', () => {
  it('each clause opens with its day in the locative, all read', () => {
    const text = ['Қаратал аудандық қоғамдық кеңесінің 2026 жылғы III тоқсандағы жұмысы туралы есеп', '',
      'Мониторингтер: 2026 жылғы 14 шілдеде – балалар алаңдары; тамыздың 6-сында – қоғамдық көлік; тамыздың 27-сінде – мектептер; 2026 жылғы 11 қыркүйекте – ауыз су.'].join('\n');
    expect(parseReport(text).activities.filter((a) => a.type === 'monitoring').map((a) => a.date_start)).toEqual(['2026-07-14', '2026-08-06', '2026-08-27', '2026-09-11']);
  });
});
