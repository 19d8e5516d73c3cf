/**
 * Session 23's bodies heard (issue 12), the largest class of misses across the pins: hearings told in running sentences,
 * several days in one sentence, each day followed by the body heard — the body itself as the one heard or reporting
 * ("… бөлімі тыңдалды", "… бөлімі … есеп берді"), its genitive ("«…» МКК (…) директорының есебі") or its head (held-out 59
 * Ordabasy and Enbekshi, 45 Zhambyl); a list of dated items "DATE – body (topic)" whose topic's bracket hid the body's kind
 * (58 Esik), whose lead "Совет заслушал 4 отчёта:" named no type (59 Kentau), or whose lead counts its items while the
 * hearings' figure is read from a table (49 Karasu). Each in ru and kk with variants no set holds, and near-misses that must
 * give nothing: another forum's sitting, two bodies under one day, a day's words naming no body, another year.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { bodyKindOf } from '../../../sources/extract/report/bodyKindOf.ts';
import { datedBodiesHeard } from '../../../sources/extract/report/datedBodiesHeard.ts';
import { heardBodyOf } from '../../../sources/extract/report/heardBodyOf.ts';
import { activityList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const hearings = (text: string) => activityList(parseReport(`${text}\n`)).filter((a) => a.startsWith('report_hearing'));
const heardFigures = (text: string) => {
  const x = parseReport(`${text}\n`);
  const f = figureMap(x);
  return Object.fromEntries(Object.entries(f).filter(([k]) => /heard|report_hearings/.test(k)));
};

describe('the bodies a sentence tells each after its own day (datedBodiesHeard)', () => {
  it('kk: the body itself heard, an akim, an enterprise with its bracket, a head', () => {
    expect(datedBodiesHeard('12 наурызда Шардара ауылдық округінің әкімі, 14 мамырда аудандық жұмыспен қамту бөлімі тыңдалды.', 2025)).toEqual([
      { body: 'Шардара ауылдық округінің әкімі', date: '2025-03-12', at: 0 },
      { body: 'аудандық жұмыспен қамту бөлімі', date: '2025-05-14', at: 45 },
    ]);
    expect(datedBodiesHeard('Күздің басында 9 қыркүйекте ветеринария бөлімі және 21 қазанда Ақсу ауылдық округінің әкімі Кеңес алдында есеп берді.', 2025)?.map((b) => [b.body, b.date])).toEqual([
      ['ветеринария бөлімі', '2025-09-09'],
      ['Ақсу ауылдық округінің әкімі', '2025-10-21'],
    ]);
    expect(datedBodiesHeard('7 тамызда «Шардара жылу» МКК (аудан әкімдігіне ведомстволық бағынысты кәсіпорын) басшысының жылу маусымы туралы есебі тыңдалды.', 2025)?.map((b) => b.body)).toEqual([
      '«Шардара жылу» МКК (аудан әкімдігіне ведомстволық бағынысты кәсіпорын)',
    ]);
    // The body's name ends with its kind's word: what it reported on, before "туралы", is no part of it.
    expect(datedBodiesHeard('3 маусымда аудан әкімдігінің құрылыс бөлімі балабақша салу барысы туралы есеп берді.', 2025)?.map((b) => b.body)).toEqual(['аудан әкімдігінің құрылыс бөлімі']);
  });
  it('ru: the body as subject, the head before it, a topic after it', () => {
    expect(datedBodiesHeard('12 марта отдел культуры и развития языков, 14 мая ГКП «Шардара Су» отчитались перед Советом.', 2025)?.map((b) => [b.body, b.date])).toEqual([
      ['отдел культуры и развития языков', '2025-03-12'],
      ['ГКП «Шардара Су»', '2025-05-14'],
    ]);
    expect(datedBodiesHeard('9 сентября руководитель отдела строительства о ходе ремонта школ, 21 октября аким Акжарского сельского округа были заслушаны Советом.', 2025)?.map((b) => b.body)).toEqual([
      'отдела строительства',
      'аким Акжарского сельского округа',
    ]);
  });
  it('near-misses: another forum, two bodies under one day, a day naming no body, a body before the first day', () => {
    expect(datedBodiesHeard('12 наурызда білім бөлімінің басшысы мәслихат сессиясында есеп берді.', 2025)).toBeNull();
    expect(datedBodiesHeard('14 мая на сессии маслихата отчитался отдел образования.', 2025)).toBeNull();
    expect(datedBodiesHeard('12 наурызда білім бөлімі мен ветеринария бөлімі есеп берді.', 2025)).toBeNull();
    expect(datedBodiesHeard('12 наурызда білім бөлімінің есебі тыңдалды, 20 наурызда мониторинг жүргізілді.', 2025)).toBeNull();
    expect(datedBodiesHeard('Отдел образования 12 марта и 14 мая отчитался перед Советом.', 2025)).toBeNull();
  });
});

describe('a body told in a hearing item: its topic set aside, its subordination kept (heardBodyOf, bodyKindOf)', () => {
  it('a topic bracket naming a school is no second body; a bracket of subordination is the body kind', () => {
    expect(heardBodyOf('24 сентября – ГУ «Отдел земельных отношений» (о выделении участков под школу);')).toBe('ГУ «Отдел земельных отношений»');
    expect(bodyKindOf(heardBodyOf('2025 жылғы 5 наурызда – аудандық перинаталдық орталық (басқарманың ведомстволық бағынысындағы ұйым);')!)).toBe('subordinate');
    expect(bodyKindOf('«№ 2 емхана» МКК (облыстық денсаулық сақтау басқармасына ведомстволық бағынысты)')).toBe('subordinate');
    expect(bodyKindOf('КГП «Горводоканал», подведомственное отделу ЖКХ')).toBe('subordinate');
  });
  it('a state institution: a Kazakh department named in quotes is a department, a school is another body', () => {
    expect(bodyKindOf('«Шардара ауданының ветеринария бөлімі» ММ')).toBe('department');
    expect(bodyKindOf('«№ 12 орта мектеп» КММ')).toBe('other');
  });
  it('near-miss: two bodies in one item stay of no kind', () => {
    expect(bodyKindOf('«Шардара ауданының ветеринария бөлімі» ММ және «Шардара су» МКК')).toBeNull();
    expect(heardBodyOf('12 наурызда – білім бөлімі мен ветеринария бөлімі;')).toBeNull();
  });
});

describe('hearings told body after day in running sentences, a count stated (headsOneByOne)', () => {
  it('kk: six days in three sentences against "Есептерді тыңдау – 6" give six events and the kinds', () => {
    const text = `${KK}Есептерді тыңдау – 6.\n\n`
      + 'Есептер. 12 ақпанда Кеңес отырысында аудандық ветеринария бөлімінің басшысы мал вакцинациясы туралы есеп берді. '
      + '9 сәуірде Ақсу ауылдық округінің әкімі, 21 мамырда аудандық мәдениет бөлімі тыңдалды. '
      + '16 шілдеде «Ақсу жылу» МКК (аудан әкімдігінің ведомстволық бағынысындағы кәсіпорын) директорының есебі тыңдалды. '
      + 'Күзде 8 қазанда аудандық құрылыс бөлімі және 10 желтоқсанда Ақжар ауылдық округінің әкімі есеп берді.';
    expect(hearings(text)).toEqual(['report_hearing 2025-02-12', 'report_hearing 2025-04-09', 'report_hearing 2025-05-21', 'report_hearing 2025-07-16', 'report_hearing 2025-10-08', 'report_hearing 2025-12-10']);
    expect(heardFigures(text)).toMatchObject({ report_hearings: 6, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('ru: the same told in Russian, bodies as subjects', () => {
    const text = `${RU}Заслушивание отчетов – 4.\n\n`
      + 'Отчеты. 12 февраля на заседании Совета отдел ветеринарии отчитался о вакцинации скота. '
      + '9 апреля аким Аксуского сельского округа, 21 мая отдел культуры были заслушаны Советом. '
      + '16 июля руководитель ГКП «Аксу Жылу» отчитался о подготовке к отопительному сезону.';
    expect(hearings(text)).toEqual(['report_hearing 2025-02-12', 'report_hearing 2025-04-09', 'report_hearing 2025-05-21', 'report_hearing 2025-07-16']);
    expect(heardFigures(text)).toMatchObject({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('no count written: the events only, their count and kinds candidates (held-out 45: "no total is written")', () => {
    const text = `${KK}Есеп тыңдау. Ақпанның 12-сінде аудандық ветеринария бөлімінің басшысының, наурыздың 5-інде аудандық мәдениет бөлімінің басшысының есептерін тыңдадық, `
      + 'сәуірдің 9-ында «Ақсу су» МКК директоры, мамырдың 21-інде аудандық құрылыс бөлімінің басшысы Кеңес алдында есеп берді.';
    expect(hearings(text)).toEqual(['report_hearing 2025-02-12', 'report_hearing 2025-03-05', 'report_hearing 2025-04-09', 'report_hearing 2025-05-21']);
    expect(heardFigures(text)).toEqual({});
  });
  it('near-miss: a count the days do not meet gives no events of them', () => {
    const text = `${KK}Есептерді тыңдау – 5.\n\n`
      + 'Есептер. 9 сәуірде Ақсу ауылдық округінің әкімі, 21 мамырда аудандық мәдениет бөлімі тыңдалды. '
      + '16 шілдеде аудандық құрылыс бөлімі есеп берді.';
    expect(hearings(text).length).toBeLessThan(5);
    expect(heardFigures(text)).not.toHaveProperty('departments_heard');
  });
});

describe('dated items of hearings under their lead (readLists, departmentsListed)', () => {
  it('ru: "Совет заслушал 3 отчёта:" types its dated items', () => {
    const text = `${RU}Совет заслушал 3 отчёта (в 2024 году – 2):\n- 12 марта – отдел культуры (о работе клубов, 12 сёл);\n- 14 мая – аким Аксуского сельского округа;\n- 8 октября – отдел строительства.\n`;
    expect(hearings(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-14', 'report_hearing 2025-10-08']);
  });
  it('ru: the item\'s topic bracket naming a school hides no department', () => {
    const text = `${RU}Заслушаны отчеты трех госорганов:\n  - 12 марта – ГУ «Отдел культуры Аксуского района» (о ремонте клубов);\n  - 14 мая – аким Аксуского сельского округа;\n  - 8 октября – ГУ «Отдел строительства Аксуского района» (о строительстве школы на 300 мест).\n`;
    expect(heardFigures(text)).toMatchObject({ report_hearings: 3, departments_heard: 2 });
  });
  it('kk: a lead counting its items, the hearings\' figure read from a table above', () => {
    const text = `${KK}Есептерді тыңдау – 4.\n\nБасқа мәтін.\n\nСаны. Кеңес отырыстарында 4 есеп тыңдалды:\n– аудандық мәдениет бөлімі;\n– аудандық құрылыс бөлімі;\n– «Ақсу су» МКК;\n– Ақжар ауылдық округінің әкімі.\n`;
    expect(heardFigures(text)).toMatchObject({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('near-miss: a lead whose count is not its items\' gives the kinds as candidates only', () => {
    const text = `${KK}Есептерді тыңдау – 3.\n\nБасқа мәтін.\n\nСаны. Жоспарланған 5 есептің кейбірі тыңдалды:\n– аудандық мәдениет бөлімі;\n– аудандық құрылыс бөлімі;\n– «Ақсу су» МКК.\n`;
    expect(heardFigures(text)).not.toHaveProperty('departments_heard');
  });
});

describe('bodies listed after the count of heads heard, a quoted name holding a comma (bodiesHeardList)', () => {
  it('kk: "… 4 мемлекеттік орган мен ұйымның басшысының есебі тыңдалды: «… мәдениет, тілдерді дамыту бөлімі» ММ, …"', () => {
    const text = `${KK}Отырыстарда 4 мемлекеттік орган мен ұйымның басшысының есебі тыңдалды: «Ақсу ауданының мәдениет, тілдерді дамыту бөлімі» ММ, «Ақсу ауданының құрылыс бөлімі» ММ, аудан әкімдігінің «Ақсу су» МКК және Ақжар ауылдық округінің әкімі.`;
    expect(heardFigures(text)).toMatchObject({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('ru: "Совет заслушал четверых руководителей: ГУ «Отдел ЖКХ, ПТ и АД», …"', () => {
    const text = `${RU}Совет заслушал четверых руководителей: ГУ «Отдел ЖКХ, пассажирского транспорта и автомобильных дорог», ГУ «Отдел культуры», директора ГКП «Аксу Су» и акима Акжарского сельского округа.`;
    expect(heardFigures(text)).toMatchObject({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('near-miss: a count the items do not meet gives no kinds', () => {
    const text = `${KK}Отырыстарда 5 мемлекеттік орган мен ұйымның басшысының есебі тыңдалды: «Ақсу ауданының мәдениет, тілдерді дамыту бөлімі» ММ, «Ақсу ауданының құрылыс бөлімі» ММ, аудан әкімдігінің «Ақсу су» МКК және Ақжар ауылдық округінің әкімі.`;
    expect(heardFigures(text)).not.toHaveProperty('departments_heard');
    expect(heardFigures(text)).not.toHaveProperty('subordinate_orgs_heard');
  });
});

describe('the kinds of the heads heard told by a sentence that opens with their count (figureLexicon)', () => {
  it('kk: "Бесеуі – аудан әкімдігінің бөлімдері: … Қалған екеуі – … ведомстволық бағынысты ұйымдар"', () => {
    const text = `${KK}Кеңес отырыстарында 6 басшының есебі тыңдалды. Төртеуі – аудан әкімдігінің бөлімдері: мәдениет бөлімі, құрылыс бөлімі, ветеринария бөлімі, кәсіпкерлік бөлімі. Қалған екеуі – аудан әкімдігіне ведомстволық бағынысты кәсіпорындар: «Ақсу су» МКК және «Ақсу жылу» МКК.`;
    expect(heardFigures(text)).toMatchObject({ report_hearings: 6, departments_heard: 4, subordinate_orgs_heard: 2 });
  });
  it('ru: "Трое – отделы акимата района …. Остальные двое – подведомственные акимату предприятия"', () => {
    const text = `${RU}Совет заслушал пятерых руководителей. Трое – отделы акимата района: культуры, строительства и ветеринарии. Остальные двое – подведомственные акимату предприятия: ГКП «Аксу Су» и ГКП «Аксу Жылу».`;
    expect(heardFigures(text)).toMatchObject({ report_hearings: 5, departments_heard: 3, subordinate_orgs_heard: 2 });
  });
  it('near-miss: the members\' or the appeals\' sentence of the same shape gives no bodies heard', () => {
    expect(heardFigures(`${KK}Кеңес құрамында 15 мүше бар. Бесеуі – аудан әкімдігінің бөлімдерінің қызметкерлері.`)).not.toHaveProperty('departments_heard');
    expect(heardFigures(`${RU}Поступило 12 обращений. Пять – в отделы акимата района, остальные – в прокуратуру.`)).not.toHaveProperty('departments_heard');
  });
});
