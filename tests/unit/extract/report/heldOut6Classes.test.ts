/**
 * The classes of phrasing the sixth blind held-out set showed misread or
 * missed in reports (tests/unit/extract/heldOut6Reports.test.ts), each tested
 * beyond the sentence it came from, in Russian and Kazakh, with near misses
 * that must state nothing (or only a candidate): appeals received of which a
 * part was carried over from an earlier year, a platform's count beside a
 * total word in its bracket, the bodies heard counted in Kazakh, a count after
 * "бюджетінің жобасы бойынша", a Kazakh title "… туралы АҚПАРАТ".
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { candidateList, figureList, reportUnder } from '../../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмыс қорытындысы туралы есеп';
const report = (text: string, title = RU) => reportUnder(text, title);
const figures = (text: string, title?: string) => figureList(report(text, title));
const candidates = (text: string, title?: string) => candidateList(report(text, title));

describe('appeals received of which a part came over from an earlier year: a candidate, never a figure', () => {
  it.each([
    ['Кеңеске 63 өтініш келіп түсті. Оның ішінде 7 өтініш 2024 жылдан ауысып келді.', KK],
    ['Кеңеске 63 өтініш түсті.\nОның 7-і өткен жылдан қалған өтініштер.', KK],
    ['Кеңеске 63 өтініш түсті, оның ішінде 7 өтініш былтырдан ауысқан.', KK],
    ['В Совет поступило 63 обращения. Из них 7 обращений перешли с 2024 года.', RU],
    ['В Совет поступило 63 обращения, в том числе 7, перешедших с прошлого года.', RU],
    ['В Совет поступило 63 обращения граждан.\nИз прошлого года перешло 7 обращений.', RU],
  ])('%s', (text, title) => {
    expect(figures(text, title)).not.toContain('appeals_received=63');
    expect(candidates(text, title)).toContain('appeals_received=63');
    expect(figures(text, title)).not.toContain('appeals_received=56');
  });

  it.each([
    // carried forward to the next year: all were received in the period
    ['Кеңеске 63 өтініш түсті. Оның 7-і 2026 жылға ауысты.', KK, 'appeals_received=63'],
    ['В Совет поступило 63 обращения. 7 из них перешли на 2026 год.', RU, 'appeals_received=63'],
    // another paragraph speaks of other things carried over
    ['В Совет поступило 63 обращения.\n\nИз 2024 года перешли 2 проекта НПА.', RU, 'appeals_received=63'],
  ])('%s', (text, title, want) => {
    expect(figures(text, title)).toContain(want);
  });
});

describe("a commission's own report states its own counts", () => {
  const RU_COMMISSION = 'ОТЧЕТ\nо работе постоянной комиссии по вопросам молодежной политики\nОбщественного совета области\nза 9 месяцев 2025 года';
  const KK_COMMISSION = 'Қоғамдық кеңестің жастар саясаты жөніндегі тұрақты комиссиясының\n2025 жылғы жұмысы туралы есеп';
  it.each([
    ['Всего комиссия провела 7 заседаний, 3 мониторинга, 2 круглых стола и один семинар.', RU_COMMISSION, ['commission_meetings=7', 'monitorings=3', 'round_tables=2', 'seminars=1']],
    ['Комиссия рассмотрела 11 проектов НПА. В комиссию поступило 14 обращений.', RU_COMMISSION, ['appeals_received=14', 'npa_reviewed=11']],
    ['Комиссия 3 мониторинг жүргізді, 2 дөңгелек үстел өткізді.', KK_COMMISSION, ['monitorings=3', 'round_tables=2']],
  ])('%s', (text, title, want) => {
    expect(figures(text, title)).toEqual(want);
  });

  it.each([
    // a council's report: the commission's counts are a part of the council's
    ['Комиссия провела 3 мониторинга.', RU, 'monitorings=3'],
    ['Комиссия 3 мониторинг жүргізді.', KK, 'monitorings=3'],
    // a commission's report that also states the council's totals: the council's are another body's (session 42, session 30's
    // convention; the commission's own count is its figure: commissionDocuments42.test.ts)
    ['Комиссия провела 3 мониторинга. Всего Советом проведено 16 мониторингов.', 'Отчет о работе комиссии по социальным вопросам за 2025 год', 'monitorings=16'],
    // the council's report "and its commissions" is the council's
    ['Комиссия провела 3 мониторинга.', 'Отчет о работе Общественного совета и его комиссий за 2025 год', 'monitorings=3'],
  ])('%s (%s): a candidate', (text, title, want) => {
    expect(figures(text, title)).not.toContain(want);
    expect(candidates(text, title)).toContain(want);
  });
});

describe('a dated table of events typed with pipes', () => {
  const H1 = 'Информация о работе Общественного совета за первое полугодие 2025 года';
  const acts = (text: string, title = H1) => report(text, title).activities.map((a) => `${a.type} ${a.date_start}`);
  it('reads every row by its kind column, dated in any form, the year from the period', () => {
    const table = [
      '№  | Дата              | Мероприятие                         | Форма',
      '---|-------------------|-------------------------------------|-------------------',
      '1  | 22.01.2025        | Проверка котельной (5 маршрутов)    | мониторинг',
      '2  | 19–20.02.2025     | «Доступность ФАПов»                 | круглый стол',
      '3  | с 14 по 18 апреля | Состояние дамб                      | мониторинг',
      '4  | 3 мая             | Отчет ГУ «Отдел образования»        | заслушивание отчета',
      '5  | 16.05.2025        | Обучение членов Совета              | семинар',
    ].join('\n');
    expect(acts(table)).toEqual(['monitoring 2025-01-22', 'round_table 2025-02-19', 'monitoring 2025-04-14', 'report_hearing 2025-05-03', 'seminar 2025-05-16']);
    // the row's "(5 маршрутов)" and row numbers are no figures
    expect(report(table, H1).figures).toEqual([]);
  });

  it('a bordered table, its kind column "Вид мероприятия", a wrapped cell, a Kazakh header', () => {
    expect(acts(['| № | Вид мероприятия | Тема | Дата |', '|---|---|---|---|', '| 1 | Круглый стол | «Молодежь села» | 24.06.2025 |', '|   | | занятость летом | |', '| 2 | Общественные слушания | Проект схемы | 03.04.2025 |'].join('\n'))).toEqual(['round_table 2025-06-24', 'public_hearing 2025-04-03']);
    expect(acts(['№ | Күні | Іс-шара түрі | Тақырыбы', '1 | 12.03.2025 | Дөңгелек үстел | Субсидия', '2 | 07.04.2025 | Мониторинг | Жайылым'].join('\n'), 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдығы туралы есеп')).toEqual(['round_table 2025-03-12', 'monitoring 2025-04-07']);
  });

  it('a row whose kind names no activity, a table with no date or kind column: nothing', () => {
    expect(acts(['№ | Дата | Мероприятие | Форма', '1 | 22.01.2025 | Выдача удостоверений | прочее'].join('\n'))).toEqual([]);
    expect(acts(['№ | Показатель | 2025', '1 | Мониторинги | 4', '2 | Круглые столы | 2'].join('\n'))).toEqual([]);
  });
});

describe('a total line "Итого: …" with each kind after its noun', () => {
  it.each([
    ['Итого за полугодие: мониторингов – 4, круглых столов – 2, заслушиваний отчетов – 3, публичных слушаний – 1, семинаров – 1.', ['monitorings=4', 'public_hearings=1', 'report_hearings=3', 'round_tables=2', 'seminars=1']],
    ['Проведено 2 публичных слушания.', ['public_hearings=2']],
  ])('%s', (text, want) => {
    expect(figures(text, 'Информация о работе Общественного совета за первое полугодие 2025 года')).toEqual(want);
  });
  it('"за полугодие" in a year\'s report is a part of it: candidates', () => {
    expect(figures('Итого за полугодие: публичных слушаний – 1, заслушиваний отчетов – 3.')).toEqual([]);
    expect(candidates('Итого за полугодие: публичных слушаний – 1, заслушиваний отчетов – 3.')).toEqual(['public_hearings=1', 'report_hearings=3']);
  });
  it('an earlier period\'s comparison stays a candidate', () => {
    expect(figures('Для сравнения: в 2024 году публичных слушаний – 3.')).toEqual([]);
  });
});

describe('a list under a heading that names several kinds', () => {
  const acts = (text: string, title = KK) => report(text, title).activities.map((a) => `${a.type} ${a.date_start}`);
  it('each item by the kind it names itself, outside its quoted title; the last item wrapped with a hanging indent', () => {
    const text = [
      'Кеңес 5 қоғамдық мониторинг жүргізді, 2 қоғамдық тыңдау мен 4 дөңгелек үстел ұйымдастырды. Атап айтқанда:',
      '– 2025 жылғы 12 наурызда «Мониторинг: фермердің көзімен» дөңгелек',
      '  үстелі өтті;',
      '– сәуірдің 7-сі мен 18-і аралығында субсидия беру мерзімдерінің сақталуына',
      '  мониторинг жүргізілді;',
      '– 2025 жылғы 16 қыркүйекте жайылымдарды пайдалану қағидаларының жобасы бойынша',
      '  қоғамдық тыңдау өтті.',
    ].join('\n');
    expect(acts(text)).toEqual(['round_table 2025-03-12', 'monitoring 2025-04-07', 'public_hearing 2025-09-16']);
  });
  it('Russian, and an item that names no kind of the heading: not read', () => {
    const text = ['Проведено 3 мониторинга и 2 круглых стола, в том числе:', '– 12 марта – круглый стол «Субсидии»;', '– 7 апреля – мониторинг пастбищ;', '– 9 апреля – встреча с фермерами.'].join('\n');
    expect(acts(text, RU)).toEqual(['round_table 2025-03-12', 'monitoring 2025-04-07']);
  });
  it('a heading of one kind still types every item by it', () => {
    expect(acts(['Проведено 2 круглых стола:', '– «Фермеры» (6 февраля 2025 г.);', '– «Подростки» (24.04.2025).'].join('\n'), RU)).toEqual(['round_table 2025-02-06', 'round_table 2025-04-24']);
  });
});

describe('the rest handled in a later year is no other period of the count', () => {
  it.each([
    ['Кеңеске 48 өтініш түсті. 44 өтінішке жауап берілді, қалғаны 2026 жылдың қаңтарында қаралады.', KK, 'appeals_answered=44'],
    ['В Совет поступило 48 обращений, ответы даны на 44, остальные будут рассмотрены в январе 2026 года.', RU, 'appeals_answered=44'],
  ])('%s', (text, title, want) => {
    expect(figures(text, title)).toContain(want);
  });
  it('a count of the later year itself stays a candidate', () => {
    expect(figures('В Совет поступило 48 обращений. В 2026 году ответы даны на 4.')).not.toContain('appeals_answered=4');
  });
});

describe('drafts still being worked on at the end of the period', () => {
  it.each([
    ['Нормативтік құқықтық актілердің 34 жобасы қаралды. Жыл соңында 2 жоба бойынша қорытынды дайындалу үстінде.', KK, 'npa_pending=2'],
    ['Нормативтік құқықтық актілердің 34 жобасы қаралды. 3 жоба бойынша қорытынды әзірленуде.', KK, 'npa_pending=3'],
    ['Рассмотрено 34 проекта НПА. По 2 проектам заключения готовятся.', RU, 'npa_pending=2'],
  ])('%s', (text, title, want) => {
    expect(figures(text, title)).toContain(want);
  });
  it('a draft of no NPA (no context in the paragraph) is nothing', () => {
    expect(figures('2 жоба бойынша қорытынды дайындалу үстінде.', KK)).toEqual([]);
  });
});

describe('a count told as its change between two years', () => {
  it.each([
    ['Мониторингтер саны 2024 жылғы 9-дан 2025 жылы 14-ке дейін өсті.', KK, 'monitorings=14'],
    ['Дөңгелек үстелдер саны 2024 жылғы 6-дан 3-ке дейін азайды.', KK, 'round_tables=3'],
    ['Количество мониторингов выросло с 9 в 2024 году до 14 в 2025 году.', RU, 'monitorings=14'],
    ['Число круглых столов сократилось с 6 (2024 г.) до 3.', RU, 'round_tables=3'],
  ])('%s', (text, title, want) => {
    expect(figures(text, title)).toEqual([want]);
  });
  it.each([
    // no year on either side: which period is not said
    ['Количество мониторингов выросло с 9 до 14.', RU, 'monitorings=14'],
    // the later year is not the report's
    ['Мониторингтер саны 2023 жылғы 5-тен 2024 жылы 9-ға дейін өсті.', KK, 'monitorings=9'],
  ])('%s: a candidate', (text, title, want) => {
    expect(figures(text, title)).toEqual([]);
    expect(candidates(text, title)).toContain(want);
  });
});

describe('an event told without a "held" verb of the lexicon', () => {
  const acts = (text: string, title = RU) => report(text, title).activities.map((a) => `${a.type} ${a.date_start}`);
  it.each([
    ['Комиссия изучила работу секций: мониторинг проводился с 14 апреля по 6 мая.', RU, ['monitoring 2025-04-14']],
    ['Члены комиссии проверили организацию отдыха детей в лагерях (мониторинг 8–10 июля, 3 лагеря).', RU, ['monitoring 2025-07-08']],
    ['Сәуірдің 7-сінде жайылымдарды пайдалануға мониторинг жүргізілді.', KK, ['monitoring 2025-04-07']],
  ])('%s', (text, title, want) => {
    expect(acts(text, title)).toEqual(want);
  });
  it.each([
    // a bracket that names the event but gives no date of it, or a date of something else
    ['Члены комиссии проверили лагеря (мониторинг, 3 лагеря) 8 июля.'],
    ['Подготовлена записка (по итогам мониторинга) к 14 апреля.'],
  ])('%s: no activity', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('a platform\'s count is never the total of publications', () => {
  it.each([
    ['Кеңес туралы Facebook-та 54 жарияланым (барлығы 12 500 қаралым), Instagram-да 88 жарияланым (27 мың қаралым) жарияланды.', KK],
    ['Всего: в Facebook – 54 публикации, в Instagram – 88 публикаций.', RU],
    ['В Facebook 54 публикации (всего 12 тыс. просмотров), в Telegram – 30 публикаций.', RU],
  ])('%s', (text, title) => {
    expect(figures(text, title).filter((f) => f.startsWith('publications'))).toEqual([]);
  });
  it.each([
    ['Барлығы сайт пен әлеуметтік желілерде 93 материал жарияланды.', KK, 'publications=93'],
    ['Всего в СМИ и соцсетях вышло 120 публикаций.', RU, 'publications=120'],
  ])('a total over all the places: %s', (text, title, want) => {
    expect(figures(text, title)).toContain(want);
  });
});

describe('bodies heard, counted in Kazakh', () => {
  it.each([
    ['Кеңес отырыстарында қала әкімдігінің 6 бөлімінің есебі тыңдалды.', ['departments_heard=6']],
    ['Кеңес министрліктің 3 департаменті мен 2 ведомстволық бағынысты ұйымының есептерін тыңдады.', ['departments_heard=3', 'subordinate_orgs_heard=2']],
    ['Кеңес облыс әкімдігінің 4 басқармасының есебін тыңдады.', ['departments_heard=4']],
  ])('%s', (text, want) => {
    expect(figures(text, KK)).toEqual(want);
  });
  it.each([
    // a section of a law or of the plan, with its hyphen: a reference
    'Заңның 3-бөліміне сәйкес есеп тыңдалды.',
    // a report heard, no bodies counted: no departments, and the report's bodies are no hearings
    'Кеңес 5 ұйымның өкілдерімен кездесті.',
  ])('%s: nothing', (text) => {
    expect(figures(text, KK)).toEqual([]);
  });
  it('a hearing on the draft budget is a hearing, its number no money', () => {
    expect(figures('Қала бюджетінің жобасы бойынша 1 қоғамдық тыңдау өткізілді.', KK)).toEqual(['public_hearings=1']);
    expect(figures('Бюджетінің сомасы 12 500 мың теңге.', KK)).toEqual([]);
  });
});

describe('a Kazakh title "… жұмысы туралы АҚПАРАТ" names the period', () => {
  it('the year of the title', () => {
    expect(parseReport('Қаратау қаласы Қоғамдық кеңесінің\n2025 жылғы атқарылған жұмысы туралы\nАҚПАРАТ\n\nМәтін.\n').period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('a clause after the count comparing it with another year leaves it the period\'s', () => {
  it.each([
    ['В Совет поступило 63 обращения, что на 20 % больше, чем в 2024 году.', RU],
    ['В Совет поступило 63 обращения, это больше, чем в прошлом году.', RU],
    ['Азаматтардан 63 өтініш келіп түсті, бұл 2024 жылмен салыстырғанда 20 %-ға көп.', KK],
    ['Кеңеске 63 өтініш түсті, бұл өткен жылмен салыстырғанда 12-ге көп.', KK],
  ])('%s', (text, title) => {
    expect(figures(text, title)).toEqual(['appeals_received=63']);
  });
  it.each([
    // the comparison stands before the count, or the count is the earlier year's
    ['По сравнению с 2024 годом в Совет поступило 63 обращения.', RU, 'appeals_received=63'],
    ['В Совет поступило больше обращений, чем 50 в 2024 году.', RU, 'appeals_received=50'],
    ['2024 жылмен салыстырғанда Кеңеске 63 өтініш түсті.', KK, 'appeals_received=63'],
  ])('%s: not a figure', (text, title, want) => {
    expect(figures(text, title)).not.toContain(want);
  });
});

describe('a dated table saved as tab-separated text', () => {
  it('reads its rows like a table typed with pipes', () => {
    const text = ['№\tДата\tМероприятие\tФорма', '1\t22.01.2025\tПроверка котельной\tмониторинг', '2\t6 февраля\t«Доступность ФАПов»\tкруглый стол'].join('\n');
    expect(report(text, 'Информация о работе Общественного совета за первое полугодие 2025 года').activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2025-01-22', 'round_table 2025-02-06']);
  });
});

describe('a change between two years broken across lines', () => {
  it('is read whole, on the line it starts (a line of a wrapped paragraph)', () => {
    const x = report('Қоғамдық бақылау. Мониторингтер саны 2024 жылғы 9-дан\n2025 жылы 14-ке дейін өсті.', KK);
    expect(x.figures.map((f) => `${f.metric}=${f.value}@${f.line}`)).toEqual(['monitorings=14@3']);
  });
});
