/**
 * The classes of phrasing the fourth blind held-out set showed missed or
 * misread in reports (tests/unit/extract/heldOut4Reports.test.ts), each tested
 * beyond the sentence it came from, in Russian and Kazakh, with near misses
 * that must state nothing (or only a candidate): a body that met N times, a
 * composition and its parts after a colon, a figure the two languages of a
 * bilingual report state differently, a Kazakh event noun in an oblique case,
 * answers sent "по N обращениям", a media table, a heading run into its dated
 * items, several dates in one bracket.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { candidateList, figureList, reportUnder } from '../../../helpers/extractCases.ts';

const report = reportUnder;
const figures = (text: string, title?: string) => figureList(report(text, title));
const candidates = (text: string, title?: string) => candidateList(report(text, title));
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмыс қорытындысы туралы есеп';

describe('the body named met N times', () => {
  it.each([
    ['Төралқа 3 рет жиналды.', ['presidium_meetings=3']],
    ['Комиссиялар 26 рет жиналды.', ['commission_meetings=26']],
    ['Кеңес жыл ішінде 7 рет жиналды.', ['general_meetings=7']],
    ['Кеңестің төралқасы екі рет жиналды.', ['presidium_meetings=2']],
    ['Комиссиялар жыл бойы 26 рет бас қосты.', ['commission_meetings=26']],
    ['Кеңес төралқасының отырысы 3 рет өтті.', ['presidium_meetings=3']],
  ])('%s', (text, want) => {
    expect(figures(text, KK)).toEqual(want);
  });

  it.each([
    ['Президиум собирался 3 раза.', ['presidium_meetings=3']],
    ['Постоянные комиссии собирались 26 раз.', ['commission_meetings=26']],
    ['Совет в отчетном году собирался 7 раз.', ['general_meetings=7']],
    ['Президиум Совета в отчетном периоде собирался 4 раза.', ['presidium_meetings=4']],
    ['Президиум собирался трижды.', ['presidium_meetings=3']],
    ['Заседания Совета проводились 7 раз.', ['general_meetings=7']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    // Another body, or not meetings: nothing of the council's.
    ['Рабочая группа собиралась 4 раза.'],
    ['Члены Совета 5 раз выезжали на объекты.'],
    ['Жұмыс тобы 4 рет жиналды.'],
    ['Члены Совета дважды выезжали на объекты.'],
    ['Рабочая группа Совета собиралась 5 раз.'],
    ['Совет собирал предложения 3 раза.'],
  ])('%s states no meetings of the council', (text) => {
    expect(figures(text).filter((f) => /meetings/.test(f))).toEqual([]);
  });
});

describe('a composition, then its parts', () => {
  it.each([
    ['Кеңес құрамы – 31 мүше: мемлекеттік органдардан – 8, азаматтық қоғамнан – 23.', ['members_civil=23', 'members_state=8', 'members_total=31']],
    ['Состав Совета – 31 член: от государственных органов – 8, от гражданского общества – 23.', ['members_civil=23', 'members_state=8', 'members_total=31']],
    ['Состав Совета – 15 членов (утвержден приказом Министра от 14.09.2023 № 512), из них 10 – от гражданского общества.', ['members_civil=10', 'members_total=15']],
    ['Кеңес құрамы 29 мүшеден тұрады, оның жиырмасы – азаматтық қоғам өкілдері, тоғызы – мемлекеттік қызметшілер.', ['members_civil=20', 'members_state=9', 'members_total=29']],
    ['Совет работает в составе 25 членов.', ['members_total=25']],
    ['Состав Совета: от государственных органов – 8, от гражданского общества – 23.', ['members_civil=23', 'members_state=8']],
    ['Кеңес құрамы: мемлекеттік органдардан – 8, азаматтық қоғамнан – 23.', ['members_civil=23', 'members_state=8']],
  ])('%s', (text, want) => {
    expect(figures(text, /[әқңү]/.test(text) ? KK : undefined)).toEqual(want);
  });

  it('a composition at a date of another year is a candidate', () => {
    const text = '2024 жылғы 1 қаңтардағы жағдай бойынша Кеңес құрамы 28 мүшеден тұрады.';
    expect(figures(text, KK)).toEqual([]);
    expect(candidates(text, KK)).toEqual(['members_total=28']);
    expect(candidates('На 1 января 2024 г. Совет работал в составе 25 членов.')).toEqual(['members_total=25']);
  });

  it.each([
    // Letters and appeals from state bodies are no members.
    ['Поступило писем: от государственных органов – 8, от граждан – 23.'],
    ['Члены Совета рассмотрели обращения: от государственных органов – 8, от граждан – 23.'],
    ['В составе 3 членов рабочая группа выехала в район.'],
  ])('%s states no composition', (text) => {
    expect(figures(text).filter((f) => /^members/.test(f))).toEqual([]);
  });
});

describe('a figure the two languages of a bilingual report state differently', () => {
  const bilingual = (kk: string, ru: string) => parseReport(`2024 жылғы II жартыжылдық / за II полугодие 2024 года\n\n${kk}\n${ru}\n`);

  it('is no figure: both lines are candidates', () => {
    const x = bilingual('Жартыжылдықта 94 жарияланым шықты.', 'За полугодие размещено 96 публикаций.');
    expect(x.figures.filter((f) => f.metric === 'publications')).toEqual([]);
    expect(x.candidates.map((c) => `${c.metric}=${c.value}@${c.line}`).sort()).toEqual(['publications=94@3', 'publications=96@4']);
    expect(x.candidates[0].why).toMatch(/two languages/);
  });

  it('a meeting count the two lines give differently, and a media field', () => {
    const x = bilingual('Кеңестің 3 отырысы өтті. Telegram-да – 36 жарияланым.', 'Проведено 4 заседания Совета. В Telegram – 38 публикаций.');
    expect(x.figures.map((f) => f.metric)).not.toContain('general_meetings');
    expect(x.candidates.map((c) => `${c.metric}=${c.value}`).sort()).toEqual(['general_meetings=3', 'general_meetings=4']);
    expect(x.media.filter((m) => m.platform === 'telegram')).toEqual([]);
    expect(x.issues.some((i) => /telegram publications/.test(i.message))).toBe(true);
  });

  it('the same figure in both languages is one figure; events told twice are one each', () => {
    const x = bilingual('2 дөңгелек үстел өткізілді (қыркүйектің 5-і, қарашаның 28-і).', 'Проведено 2 круглых стола (5 сентября и 28 ноября).');
    expect(x.figures.map((f) => `${f.metric}=${f.value}`)).toEqual(['round_tables=2']);
    expect(x.activities.map((a) => a.date_start)).toEqual(['2024-09-05', '2024-11-28']);
  });

  it('a Russian report with a Kazakh title in a list is no bilingual report: two seminars on one day stay two (a rendered counterexample)', () => {
    const x = report(['Проведены семинары:', '1. «Ауыл шаруашылығын дамыту» (05.02.2025 г.);', '2. «Доступность медицинской помощи в сельской местности» (5 февраля 2025 года).', '', 'Заседаний Президиума – 1.', 'Проведено 2 семинара.'].join('\n'));
    expect(x.activities.map((a) => `${a.type}:${a.date_start}`)).toEqual(['seminar:2025-02-05', 'seminar:2025-02-05']);
  });

  it('two values in one language stay as before: the first is kept, the other an issue', () => {
    expect(figures('Проведено 9 заседаний Совета. Всего проведено 10 заседаний.')).toEqual(['general_meetings=9']);
  });
});

describe('a Kazakh event noun in an oblique case is a circumstance', () => {
  it.each([
    ['Бір мүше себепсіз 4 отырысқа қатыспағаны үшін шығарылды.', 'general_meetings=4'],
    ['Бұл мәселе 3 отырыста қаралды.', 'general_meetings=3'],
    ['Мүшелер 5 мониторингке қатысты.', 'monitorings=5'],
  ])('%s', (text, want) => {
    expect(figures(text, KK).filter((f) => f.startsWith(want.split('=')[0]))).toEqual([]);
    expect(candidates(text, KK)).toContain(want);
  });

  it.each([
    ['Кеңестің жеті отырысы өткізілді.', ['general_meetings=7']],
    ['2 меморандумға қол қойылды.', ['memoranda=2']],
    ['Кеңестің 3-отырысы Арал қаласында өтті. Барлығы 5 отырыс өтті.', ['general_meetings=5']],
  ])('%s', (text, want) => {
    expect(figures(text, KK)).toEqual(want);
  });
});

describe('a part of a count after "из них", "оның"', () => {
  it.each([
    ['Кеңестің 5 отырысы өткізілді, оның біреуі Жаңаөзен қаласында көшпелі отырыс болды.', KK, 'general_meetings=1'],
    ['Проведено 9 заседаний Совета, в том числе 2 выездных заседания.', undefined, 'general_meetings=2'],
  ])('%s: the total, the part a candidate', (text, title, part) => {
    expect(figures(text, title).filter((f) => f.startsWith('general_meetings'))).toEqual([text.startsWith('Кеңес') ? 'general_meetings=5' : 'general_meetings=9']);
    expect(candidates(text, title)).toEqual([part]);
    expect(report(text, title).issues).toEqual([]);
  });

  it('a part of another metric stays its own figure', () => {
    expect(figures('Поступило 40 обращений, из них 30 обращений от физических лиц.')).toEqual(['appeals_individuals=30', 'appeals_received=40']);
  });
});

describe('answers and letters', () => {
  it.each([
    ['Поступило 326 обращений. Ответы заявителям направлены по 298 обращениям.', ['appeals_answered=298', 'appeals_received=326']],
    ['Поступило 40 обращений, ответы гражданам даны по 35 обращениям.', ['appeals_answered=35', 'appeals_received=40']],
    ['Направлено 27 писем, ответы получены на 22; 3 ответа поступили с опозданием.', ['letters_answered=22', 'letters_sent=27']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('appeals handled one way are a part of those received: a candidate', () => {
    expect(figures('17 обращений рассмотрены с выездом на место.')).toEqual([]);
    expect(candidates('17 обращений рассмотрены с выездом на место.')).toEqual(['appeals_received=17']);
    expect(figures('Поступило 326 обращений. 17 обращений рассмотрены с выездом на место.')).toEqual(['appeals_received=326']);
  });

  it('letters received are never sent', () => {
    expect(figures('Поступило 15 писем, направлено 10 ответов.').filter((f) => f.startsWith('letters_sent'))).toEqual([]);
  });

  it('"Жыл ішінде 88 өтініш қабылданды, оның 80-іне жауап берілді, 8-і 2025 жылға ауысты": the year carried over to dates only its clause', () => {
    expect(figures('Жыл ішінде 88 өтініш қабылданды, оның 80-іне жауап берілді, 8-і 2025 жылға ауысты.', '2024 жылғы есеп')).toEqual(['appeals_answered=80', 'appeals_received=88']);
    expect(figures('Поступило 40 обращений, 3 из них перенесены на 2025 год.', 'Отчет за 2024 год')).toEqual(['appeals_received=40']);
    // The number's own clause names the other year: still another period.
    expect(figures('На 2025 год перенесено 3 обращения.', 'Отчет за 2024 год')).toEqual([]);
  });
});

describe('NPA and the label of a number', () => {
  it.each([
    ['Рассмотрено 56 проектов НПА: по 41 проекту даны положительные заключения, по 15 – заключения с замечаниями.', ['npa_approved=41', 'npa_reviewed=56', 'npa_with_remarks=15']],
    ['Рассмотрено 56 проектов НПА. 2 проекта по состоянию на 31 декабря 2025 года находятся на рассмотрении.', ['npa_pending=2', 'npa_reviewed=56']],
    ['23 НҚА жобасына қоғамдық сараптама жүргізілді: 17-сі мақұлданды, 6-уы ескертулермен қолдау тапты.', ['npa_approved=17', 'npa_reviewed=23', 'npa_with_remarks=6']],
    ['Семинары, тренинги – 2.', ['seminars=2']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('a label inside a bracket does not reach the number after it', () => {
    expect(figures('- поступило обращений – 24 (все от физических лиц), рассмотрено – 19;')).toEqual(['appeals_received=24']);
    expect(figures('- поступило обращений – 24 (все от физических лиц), рассмотрено – 19;').join()).not.toMatch(/=19/);
  });

  it('a noun between the number and "материалы" counts itself', () => {
    expect(figures('По 12 фактам материалы переданы в уполномоченные органы.')).toEqual([]);
    expect(figures('По итогам года опубликовано 430 материалов на официальных ресурсах Совета.')).toEqual(['publications=430']);
  });
});

describe('members who left or joined in a month of the period', () => {
  const title = 'Информация за период с 1 января по 31 мая 2025 года';
  it('"В марте выбыл 1 член" of a report from January to May: the member left in the period', () => {
    expect(figures('В марте из состава Совета выбыл 1 член (по собственному желанию).', title)).toEqual(['members_left=1']);
    expect(figures('Бір мүше өз өтініші бойынша құрамнан шықты.', KK)).toEqual(['members_left=1']);
  });

  it.each([
    ['В декабре из состава Совета выбыл 1 член.'],
    ['В марте выбыл 1 член, в мае выбыли 2 члена.'],
    ['В марте проведено 2 заседания Совета.'],
  ])('%s is a part or outside: candidates', (text) => {
    expect(figures(text, title)).toEqual([]);
    expect(candidates(text, title).length).toBeGreaterThan(0);
  });
});

describe('media', () => {
  it('a pipe table of platforms with thousands spaced', () => {
    const x = report(['| Ресурс | Публикаций | Просмотров |', '|---|---|---|', '| Сайт Совета | 96 | – |', '| Instagram | 188 | 214 500 |', '| Итого | 284 | 214 500 |'].join('\n'));
    expect(x.media.map((m) => `${m.platform}:${m.publications}/${m.views}`)).toEqual(['website:96/null', 'instagram:188/214500']);
  });

  it('a Kazakh media table keeps its own words', () => {
    const x = report(['| Платформа | Жарияланымдар | Қаралым |', '|---|---|---|', '| Facebook | 54 | 38 200 |', '| Telegram-арна | 74 | 61 000 |'].join('\n'), KK);
    expect(x.media.map((m) => `${m.platform}:${m.publications}/${m.views}`)).toEqual(['facebook:54/38200', 'telegram:74/61000']);
  });

  it('a table of another year\'s views is not read as this year\'s', () => {
    const x = report(['| Ресурс | Публикаций 2025 | Публикаций 2024 |', '|---|---|---|', '| Instagram | 188 | 120 |'].join('\n'));
    expect(x.media.map((m) => `${m.platform}:${m.publications}`)).toEqual(['instagram:188']);
  });

  it.each([
    ['- опубликовано материалов на сайте Совета – 14.', ['website:14']],
    ['- жарияланған материалдар Кеңестің сайтында – 14;', ['website:14']],
    ['Жарияланымдар Instagram парақшасында – 40.', ['instagram:40']],
    ['Кеңестің Facebook парақшасында 64, Instagram-да 117 жарияланым орналастырылды.', ['facebook:64', 'instagram:117']],
    ['Материалы размещены в Facebook 64, в Instagram 117 публикаций.', ['facebook:64', 'instagram:117']],
    // Followers are no publications.
    ['Страница в Instagram – 4 300 подписчиков.', []],
  ])('%s', (text, want) => {
    expect(report(text).media.map((m) => `${m.platform}:${m.publications}`)).toEqual(want);
  });
});

describe('dated activities', () => {
  it('a heading run into its dated items', () => {
    const x = report('Круглые столы: 20.02. – «Качество питьевой воды»; 14.03. – «Доступность жилья»; 23.04. – «Подготовка к паводкам: уроки 2024 года».');
    expect(x.activities.map((a) => `${a.type}:${a.date_start}`)).toEqual(['round_table:2025-02-20', 'round_table:2025-03-14', 'round_table:2025-04-23']);
  });

  it('a Kazakh run-in list after "ұйымдастырды" with suffixed day numbers', () => {
    const x = report('Кеңес үш дөңгелек үстел ұйымдастырды: наурыздың 14-і – ауыл медицинасы; маусымның 7-сі – жазғы демалыс; 19.09.2025 ж. – туризм.', KK);
    expect(x.activities.map((a) => `${a.type}:${a.date_start}`)).toEqual(['round_table:2025-03-14', 'round_table:2025-06-07', 'round_table:2025-09-19']);
  });

  it('several dates in one bracket, one activity each', () => {
    const x = report('Организованы 2 диалоговые площадки с участием акима города (11 сентября и 27 ноября), на которых поднято 29 вопросов жителей.');
    expect(x.activities.map((a) => `${a.type}:${a.date_start}`)).toEqual(['dialog_platform:2025-09-11', 'dialog_platform:2025-11-27']);
  });

  it('a heading whose items are not all dated gives no activities', () => {
    expect(report('Круглые столы: «Качество воды»; 14.03. – «Доступность жилья».').activities).toEqual([]);
  });

  it('dated items whose number is not the count stated are not split: the sentence is one activity and an issue', () => {
    const x = report('Проведено 3 круглых стола: 20.02. – «Вода»; 14.03. – «Жилье».');
    expect(x.activities.map((a) => a.date_start)).toEqual(['2025-02-20']);
    expect(x.issues.map((i) => i.message)).toContain('round_tables: 3 stated, 1 described in the text (lines 3)');
  });
});
