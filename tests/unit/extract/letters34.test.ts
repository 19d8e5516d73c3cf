/**
 * Reports written as letters and answers (session 34, set 115: reply letters to an akim's or a ministry's request, an
 * interview with the chair, "Справка" / "Анықтама" to the akim's meeting). A title naming a part of the year without its
 * number or year ("ТОҚСАН ҚОРЫТЫНДЫСЫ ҚАНДАЙ?", "ИТОГИ КВАРТАЛА"), the text naming which part and its dates the year: that
 * part is the period (report/partNamedInText). The heads of counted bodies who reported "кеңес алдында" (bodiesHeardList,
 * figures.json); an enterprise's form spelled out (enterprisesBesideDepartments); a none after "Ал/А/Но" (readStatedNone);
 * all N drafts reviewed and approved without remarks, "по N проекту дано заключение без замечаний" (draftClauses); a count's
 * events dated in the next sentence (datesAfterCount); presidium and commissions sharing a verb, the commissions' label
 * after the composition's clause (figures.json); a platform's kind as its label (readMedia). Protocols: both languages in
 * one bracket of those present, "(барлығы залда / все очно)" (readStatedCounts ALL_IN_PERSON); a column of names after the
 * count's heading and a blank line (readAttendance namesColumnAfterCount).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const report = (lines: string[]) => parseReport(lines.join('\n'));

describe('a title naming a quarter or a half without which: the text says which, the dates the year', () => {
  it.each([
    [['«АУЫЛ ТЫНЫСЫ», 2026 жылғы 9 қазан', 'СҰХБАТ', 'ҚОҒАМДЫҚ КЕҢЕС: ТОҚСАН ҚОРЫТЫНДЫСЫ ҚАНДАЙ?', '', '– Үшінші тоқсанда неше рет жиналдыңыздар?', '– Кеңестің екі отырысы болды. 2026 жылғы 7 тамызда мониторинг өтті.'], { from: '2026-07-01', to: '2026-09-30' }],
    [['Газета «Степь», 14 октября 2026 года', 'ИТОГИ КВАРТАЛА', '', '– Сколько заседаний прошло в третьем квартале?', '– Два: 16 июля 2026 года и 24 сентября.'], { from: '2026-07-01', to: '2026-09-30' }],
    [['Интервью', 'Общественный совет: итоги полугодия', '', '– Что сделано в первом полугодии?', '– Проведено 4 заседания, последнее – 20.06.2025.'], { from: '2025-01-01', to: '2025-06-30' }],
  ])('%j', (lines, period) => {
    expect(report(lines).period).toEqual(period);
  });
  it('the figures of the quarter are the period\'s, not a part of it', () => {
    const x = report(['2026 жылғы 9 қазан', 'ТОҚСАН ҚОРЫТЫНДЫСЫ', '', '– Үшінші тоқсанда неше рет жиналдыңыздар?', '– Кеңестің 2 отырысы болды, 2026 жылғы 16 шілдеде және 24 қыркүйекте.']);
    expect(x.figures.find((f) => f.metric === 'general_meetings')?.value).toBe(2);
  });
  it.each([
    // Two quarters named: which one is the text's is not said.
    ['ИТОГИ КВАРТАЛА', '– Сколько заседаний прошло в третьем квартале?', '– Два, а во втором квартале – одно. 16 июля 2026 года …'],
    // No quarter named in the text.
    ['ИТОГИ КВАРТАЛА', '– Сколько заседаний прошло?', '– Два: 16 июля 2026 года и 24 сентября.'],
    // The text is dated before its quarter began.
    ['ИТОГИ КВАРТАЛА', '– Что планируется в четвертом квартале?', '– Заседание 16 июля 2026 года.'],
    // No full date: no year.
    ['ТОҚСАН ҚОРЫТЫНДЫСЫ', '– Үшінші тоқсанда неше рет жиналдыңыздар?', '– Екі рет: 16 шілдеде және 24 қыркүйекте.'],
  ])('near miss: %s / %s / %s', (...lines) => {
    expect(report(lines).period).toBeNull();
  });
  it('near miss: a quarter named in the body of a title with no part is no period of its own', () => {
    expect(report(['Новости района', 'Общественный совет подвел итоги', '12 октября 2026 года', '', 'Совет работает в обычном режиме.', 'Его члены встречаются с жителями.', 'В третьем квартале Совет провел 2 заседания: 16 июля 2026 года и 24 сентября 2026 года.']).period).not.toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });
});

const inQuarter = (...lines: string[]) => parseReport(['Кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп', '', ...lines].join('\n'));
const figuresOf = (...lines: string[]) => Object.fromEntries(inQuarter(...lines).figures.map((f) => [f.metric, f.value]));

describe('the heads of counted bodies reported, where between them and the verb', () => {
  it.each([
    ['Тоқсанда 2 мемлекеттік органның басшысы кеңес алдында есеп берді: аудандық ауыл шаруашылығы бөлімі және аудандық ішкі саясат бөлімі.', { report_hearings: 2, departments_heard: 2 }],
    ['Кеңес отырыстарында 3 ұйымның басшылары есеп берді: аудандық білім бөлімі, «Жылу» МКК директоры және ауылдық округ әкімі.', { report_hearings: 3, departments_heard: 1, subordinate_orgs_heard: 1 }],
    ['На заседаниях Совета заслушаны отчеты руководителей 4 государственных органов и организаций: трёх районных отделов (образования; занятости) и коммунального государственного предприятия на праве хозяйственного ведения «Районная больница».', { report_hearings: 4, departments_heard: 3, subordinate_orgs_heard: 1 }],
    ['Кеңес отырыстарында 3 есеп тыңдалды: екі бөлімнің және «Тайынша жылу» шаруашылық жүргізу құқығындағы коммуналдық мемлекеттік кәсіпорнының есебі.', { report_hearings: 3, departments_heard: 2, subordinate_orgs_heard: 1 }],
  ])('%s', (line, want) => {
    expect(figuresOf(line)).toMatchObject(want);
  });
  it('near miss: an enterprise spelled out as the topic of a department\'s report is no body heard', () => {
    const f = figuresOf('Заслушаны отчеты руководителей 4 государственных органов: трёх районных отделов и отдела о работе государственного коммунального предприятия «Су».');
    expect(f.report_hearings).toBe(4);
    expect(f.subordinate_orgs_heard).toBeUndefined();
  });
  it('near miss: one department named for two bodies counted gives no departments', () => {
    expect(figuresOf('Тоқсанда 2 мемлекеттік органның басшысы кеңес алдында есеп берді: аудандық ауыл шаруашылығы бөлімі.').departments_heard).toBeUndefined();
  });
});

describe('a none held after the conjunction that opens its clause', () => {
  it.each([
    ['Ал қоғамдық тыңдау бұл тоқсанда өткізілген жоқ.', 'public_hearings'],
    ['А публичные слушания в этом квартале не проводились.', 'public_hearings'],
    ['Но круглые столы не проводились.', 'round_tables'],
  ])('%s', (line, metric) => {
    expect(figuresOf(line)[metric]).toBe(0);
  });
  it.each(['Ал 2025 жылы қоғамдық тыңдау өткізілген жоқ.', 'Ал қоғамдық тыңдау ІІ тоқсанда өткізілген жоқ.', 'А публичные слушания в прошлом году не проводились.'])('near miss: %s', (line) => {
    expect(figuresOf(line).public_hearings).toBeUndefined();
  });
});

describe('all the drafts counted reviewed and approved without remarks in the same breath', () => {
  it.each([
    'Тоқсан ішінде 3 НҚА жобасы келіп түсті, үшеуін де қарап, ескертусіз мақұладық.',
    'Тоқсан ішінде 3 НҚА жобасы келіп түсті, үшеуі де қаралып, ескертусіз мақұлданды.',
    'Поступило 3 проекта НПА, мы рассмотрели все три и одобрили без замечаний.',
    'Поступило 3 проекта НПА, рассмотрены все три, одобрены без замечаний.',
  ])('%s', (line) => {
    expect(figuresOf(line)).toMatchObject({ npa_reviewed: 3, npa_approved: 3 });
  });
  it.each([
    'Поступило 3 проекта НПА, рассмотрены все три, по двум даны замечания.',
    'Поступило 3 проекта НПА, рассмотрено 3, одобрены без замечаний.',
    'Тоқсан ішінде 3 НҚА жобасы келіп түсті, үшеуін де қарап, ескертулер жібердік.',
  ])('near miss: %s', (line) => {
    expect(figuresOf(line).npa_approved).not.toBe(3);
  });
});

describe('a count\'s events dated one by one in the next sentence, which names no type', () => {
  const days = (...lines: string[]) => inQuarter(...lines).activities.map((a) => `${a.type}@${a.date_start}`);
  it('kk: the count in one sentence, the days and the verb of inspection in the next', () => {
    expect(days('Биыл тоқсанда 3 мониторинг жүргіздік. 2026 жылғы 7 тамызда мектептердегі жөндеуді, 21 тамызда жолдарды, 10 қыркүйекте мектеп асханаларын тексердік.'))
      .toEqual(['monitoring@2026-08-07', 'monitoring@2026-08-21', 'monitoring@2026-09-10']);
  });
  it('ru: the same, dashes after the days', () => {
    expect(days('Проведено 3 мониторинга. 12 июля проверили подвоз школьников, 14 августа – освещение улиц, 20 сентября – питание в школах.'))
      .toEqual(['monitoring@2026-07-12', 'monitoring@2026-08-14', 'monitoring@2026-09-20']);
  });
  it.each([
    // As many days as the count, but they are the meetings'.
    'Проведено 2 мониторинга. 12 июля и 14 августа прошли заседания Совета.',
    // Fewer days than counted.
    'Проведено 3 мониторинга. 12 июля проверили подвоз школьников, 14 августа – освещение улиц.',
    // Days still to come.
    'Проведено 2 мониторинга. 12 октября и 14 ноября планируем проверить школы.',
    // Two days of one visit: three days for two counted.
    'Проведено 2 мониторинга. 11 и 12 июля проверили подвоз, 14 августа – освещение улиц.',
    // More days than counted.
    'Жүргізілген 2 мониторинг. 2026 жылғы 7 тамызда мектептерді, 21 тамызда жолдарды, 10 қыркүйекте асханаларды тексердік.',
  ])('near miss: %s', (text) => {
    expect(days(text).filter((d) => d.startsWith('monitoring'))).toEqual([]);
  });
});

describe('clauses of a letter\'s paragraph that share a verb or a label', () => {
  it.each([
    ['Тоғыз айда кеңестің 7 отырысы өткізілді, төралқа 4 рет, тұрақты комиссиялар 16 рет жиналды.', { presidium_meetings: 4, commission_meetings: 16 }],
    ['За квартал президиум – 2 раза, постоянные комиссии – 11 раз собирались.', { presidium_meetings: 2 }],
    ['Состав Совета – 10 человек (7 – от общественных объединений и граждан, 3 – от госорганов), постоянных комиссий – 3.', { members_total: 10, commissions: 3 }],
    ['Кеңес құрамы – 13 мүше (10-ы азаматтық қоғамнан), тұрақты комиссиялардың саны – 4.', { commissions: 4 }],
    ['На экспертизу поступило 2 проекта постановлений акимата, оба рассмотрены: по 1 проекту дано заключение без замечаний, по 1 направлены замечания.', { npa_reviewed: 2, npa_approved: 1, npa_with_remarks: 1 }],
    ['Поступило 3 проекта НПА: по 2 проектам дано заключение без замечаний, по 1 направлены замечания.', { npa_reviewed: 3, npa_approved: 2, npa_with_remarks: 1 }],
  ])('%s', (line, want) => {
    expect(figuresOf(line)).toMatchObject(want);
  });
  it.each([
    ['Төралқа 4 рет, тұрақты комиссиялар 16 рет жоспарланған.', 'presidium_meetings'],
    ['Состав Совета – 10 человек, заседаний постоянных комиссий – 3.', 'commissions'],
    ['Рассмотрены и даны заключения с замечаниями по 94 НПА.', 'npa_approved'],
  ])('near miss: %s', (line, metric) => {
    expect(figuresOf(line)[metric]).toBeUndefined();
  });
  it('a platform named with its kind as the label: "kazkenes.kz порталы – 12", "Telegram арнасы – 39"', () => {
    const media = (text: string) => inQuarter(text).media.map((m) => `${m.platform}=${m.publications}`);
    expect(media('Кеңес қызметі 56 жарияланымда көрініс тапты: Facebook – 44, kazkenes.kz порталы – 12.')).toEqual(['facebook=44', 'kazkenes=12']);
    expect(media('Кеңес қызметі 60 жарияланымда көрініс тапты: Facebook парақшасы – 21, Telegram арнасы – 39.')).toEqual(['facebook=21', 'telegram=39']);
  });
  it('"олардың барлығына жауап берілді" after the appeals\' count: a candidate, no figure (the sets disagree on "all")', () => {
    const x = inQuarter('Тоқсанда кеңеске 6 өтініш түсті (жеке тұлғалардан – 5, заңды тұлғадан – 1), олардың барлығына жауап берілді.');
    expect(x.figures.find((f) => f.metric === 'appeals_answered')).toBeUndefined();
    expect(x.candidates.find((c) => c.metric === 'appeals_answered')?.value).toBe(6);
  });
});

describe('protocols answering a request: those present', () => {
  const protocol = (...lines: string[]) => parseProtocol(['ХАТТАМА / ПРОТОКОЛ № 8', '26.11.2026', 'Кеңес мүшелерінің саны / Число членов Совета: 9', ...lines].join('\n'));
  it.each(['Қатысқандар / Присутствовали: 7 (барлығы залда / все очно)', 'Присутствовали / Қатысқандар: 7 (все очно / барлығы залда)'])('%s: none online', (line) => {
    expect(protocol(line).online).toBe(0);
  });
  it.each(['Қатысқандар / Присутствовали: 7 (барлығы залда / все очно, кроме Ким А.Б. – онлайн)', 'Присутствовали: 7 (барлығы залда / все на месте)'])('near miss: %s', (line) => {
    expect(protocol(line).online).toBeNull();
  });
  it('a column of full names after the count\'s heading and a blank line', () => {
    const x = protocol('Қатысқандар / Присутствовали: 3', '', 'Жүнісова Мәдина Серікқызы – төраға / председатель', 'Ким Анна Робертовна – хатшы / секретарь', 'Гусева Ирина Владимировна');
    expect(x.attendees.map((a) => a.name)).toEqual(['Жүнісова Мәдина Серікқызы', 'Ким Анна Робертовна', 'Гусева Ирина Владимировна']);
  });
  it('ru: initials, one online', () => {
    const x = protocol('Присутствовали: 3', '', 'Жүнісова М.С. – председатель', 'Ким А.Р. – секретарь', 'Гусева И.В. (онлайн)');
    expect(x.attendees.map((a) => `${a.name}${a.online ? '*' : ''}`)).toEqual(['Жүнісова М.С.', 'Ким А.Р.', 'Гусева И.В.*']);
  });
  it.each([
    ['a column one longer than the count', ['Присутствовали: 2', '', 'Жүнісова М.С.', 'Ким А.Р.', 'Гусева И.В.']],
    ['a sentence in the column', ['Присутствовали: 3', '', 'Заседание открыл председатель.', 'Ким А.Р.', 'Гусева И.В.']],
  ])('near miss: %s', (_, lines) => {
    expect(protocol(...lines).attendees).toEqual([]);
  });
});
