/**
 * Classes the blind set 42's reports of Akzhaik, Aktogay, Kurchum and Borodulikha showed (issue 12, session 15), each
 * tested beyond the document it came from, in Russian and Kazakh, with near-misses that must give no figure: counts as
 * adverbs and "N раз" ("Совет собирался трижды: …", "заседали пять раз", "заслушивал четырежды", "единожды"); the
 * appeals told by the times the council was appealed to, the residents' share a part of them and the answers by the
 * applicants they went to; a count with the unit of a statistical form ("– 5 ед.", "12 чел.", "Кол-во"); the heads who
 * reported counted by their bodies; ratios and comparisons around a count ("2 из 3", "2 против 4 за тот же период
 * прошлого года", "в сумме"); a none stated of the half by its own name, of the plan and the holding together, of kinds
 * listed with the year.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { candidateList, figureList } from '../../../helpers/extractCases.ts';

const RU_YEAR = 'Отчет о работе Общественного совета за 2025 год';
const RU_HALF = 'ОТЧЕТ О РАБОТЕ ОБЩЕСТВЕННОГО СОВЕТА ЗА ПЕРВОЕ ПОЛУГОДИЕ 2025 ГОДА';
const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';
const KK_HALF = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықтағы жұмысы туралы есеп';
const read = (lines: string[]) => parseReport(`${lines.join('\n')}\n`);
const metricOf = (list: string[], metric: string) => list.filter((f) => f.startsWith(`${metric}=`));

describe('the appeals told by the times the council was appealed to (the false "6 of 7" of Borodulikha)', () => {
  it('ru: "семь раз обращались: шесть заявлений от жителей и одно – от ТОО", answers "шестерым заявителям"', () => {
    const x = read([RU_HALF, '', 'Обращения', 'В Совет семь раз обращались письменно: шесть заявлений от жителей и одно - от ТОО "Агро". Ответы',
      'отправлены шестерым заявителям, одно заявление (поступило 25 июня) рассматривается.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['appeals_received=7', 'appeals_individuals=6', 'appeals_legal_entities=1', 'appeals_answered=6']));
  });

  it('kk: "Кеңеске жеті рет жазбаша жүгінді: алты өтініш тұрғындардан …", "6 өтініш берушіге жауап жіберілді"', () => {
    const x = read([KK_YEAR, '', 'Кеңеске жеті рет жазбаша жүгінді: алты өтініш тұрғындардан, біреуі – ЖШС-тен. 6 өтініш берушіге жауап жіберілді.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['appeals_received=7', 'appeals_individuals=6', 'appeals_answered=6']));
  });

  it('ru variant: the residents\' share after "из них"', () => {
    const x = read([RU_YEAR, '', 'Поступило 9 обращений, из них 8 от жителей и 1 от организации.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['appeals_received=9', 'appeals_individuals=8', 'appeals_legal_entities=1']));
  });

  it('near-misses: the council appealing to others, residents as the whole, answers to deputies', () => {
    expect(metricOf(figureList(read([RU_YEAR, '', 'Совет трижды обращался в акимат района по вопросу дорог.'])), 'appeals_received')).toEqual([]);
    expect(metricOf(figureList(read([RU_YEAR, '', 'Жители дважды обращались к акиму района.'])), 'appeals_received')).toEqual([]);
    const whole = read([RU_YEAR, '', 'В Совет поступило 5 обращений от жителей района.']);
    expect(figureList(whole)).toContain('appeals_received=5');
    expect(metricOf(figureList(whole), 'appeals_individuals')).toEqual([]);
    expect(metricOf(figureList(read([RU_YEAR, '', 'Заявлений не поступало. Ответы отправлены трем депутатам маслихата.'])), 'appeals_answered')).toEqual([]);
  });
});

describe('counts as adverbs and "N раз" with the verbs of gathering and hearing', () => {
  it('ru: "Совет собирался трижды: 6 февраля, …", "комиссии заседали пять раз (…)", "заслушивал четырежды", "единожды"', () => {
    const x = read([RU_HALF, '', 'Совет собирался трижды: 6 февраля, 10 апреля и 19 июня. Постояные комиссии',
      'заседали пять раз (социальная - три раза, по экономике и АПК - два раза).', 'Отчеты руководителей Совет заслушивал четырежды.', '',
      'Мониторинг проводился два раза: 18 марта и 27 мая.', 'Круглый стол проводился единожды - 24 апреля, тема "Доступная среда".']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['general_meetings=3', 'commission_meetings=5', 'report_hearings=4', 'monitorings=2', 'round_tables=1']));
  });

  it('kk: "Кеңес үш рет жиналды: …", "Тұрақты комиссиялар бес рет жиналды", "есептерін Кеңес төрт рет тыңдады"', () => {
    const x = read([KK_YEAR, '', 'Кеңес үш рет жиналды: 6 ақпанда, 10 сәуірде және 19 маусымда. Тұрақты комиссиялар бес рет жиналды.',
      'Басшылардың есептерін Кеңес төрт рет тыңдады.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['general_meetings=3', 'commission_meetings=5', 'report_hearings=4']));
  });

  it('near-misses: a radio appearance, "по два раза" each, a place of sitting', () => {
    const x = read([RU_YEAR, '', 'Председатель Совета дважды выступил в эфире районного радио. Комиссии заседали в среднем по два раза.', 'Совет заседал в здании акимата.']);
    expect(figureList(x)).toEqual([]);
  });
});

describe('a count with the unit of a statistical form ("– 5 ед.", "12 чел.", "Кол-во")', () => {
  it('ru: the composition, the meetings by body, the events with their dates in brackets', () => {
    const x = read([RU_YEAR, '', 'Состав.', 'Кол-во членов Совета на 31.12.2025 – 12 чел., в т.ч. от гражданского общества',
      '9 чел., от госорганов 3 чел. Выбыл 1 чел. (заявление от 03.03.2025), введен 1 чел. (решение маслихата', 'от 28.03.2025 № 29-3). Кол-во постоянных комиссий – 3 ед.', '',
      'Общественный контроль.', 'Круглые столы – 2 ед. (26.03.2025 «Жастар»; 24.09.2025 «Медицина»).', '',
      'Обращения.', 'Поступило обращений – 9 ед. (физ. лица – 8, юр. лица – 1), ответы даны по', 'всем 9 ед. в установленный срок. Писем в госорганы направлено 11 ед.,',
      'ответов получено - 10 ед.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['members_total=12', 'members_civil=9', 'members_state=3', 'members_left=1', 'members_joined=1',
      'commissions=3', 'round_tables=2', 'appeals_received=9', 'appeals_answered=9', 'letters_sent=11', 'letters_answered=10']));
    expect(x.activities.filter((a) => a.type === 'round_table').map((a) => a.date_start)).toEqual(['2025-03-26', '2025-09-24']);
  });

  it('kk: "бірл." dropped; the composition told by whom the members come from', () => {
    const x = read([KK_YEAR, '', 'Кеңес мүшелерінің саны – 12 адам, оның ішінде азаматтық қоғамнан 9 адам, мемлекеттік органдардан 3 адам.',
      'Кеңес құрамынан 1 адам шықты, 1 адам енгізілді. Дөңгелек үстелдер – 2 бірл.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['members_total=12', 'members_civil=9', 'members_state=3', 'members_left=1', 'members_joined=1', 'round_tables=2']));
  });

  it('ru variant: "шт." and people counted "чел." in the council', () => {
    const x = read([RU_YEAR, '', 'Проведено мониторингов – 4 шт. На конец года в Совете 11 чел., из них 8 - от гражданского общества и 3 - от госорганов.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['monitorings=4', 'members_total=11', 'members_civil=8', 'members_state=3']));
  });

  it('near-misses: the agenda\'s questions and the participants keep no figure; a table header\'s unit is no count\'s', () => {
    const x = read([RU_YEAR, '', 'Рассмотрено вопросов – 22 ед. Участников – 37 чел. Выдано рекомендаций – 18 ед.', 'В Совете 15 человек приняли участие в заседании.']);
    expect(figureList(x)).toEqual([]);
  });
});

describe('the heads who reported counted by their bodies, and the bodies told by kind', () => {
  it('ru: "отчитались руководители девяти государственных органов … Шесть из них – руководители отделов …, один – директор КГП …, подведомственного …"', () => {
    const x = read([RU_YEAR, '', 'Перед членами Совета отчитались руководители девяти государственных органов и организаций. Шесть из них - руководители отделов',
      'акимата района (образования; занятости), один - директор КГП "Тепло", подведомственного акимату района, двое - акимы сельских округов.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['report_hearings=9', 'departments_heard=6', 'subordinate_orgs_heard=1']));
  });

  it('kk: "тоғыз мемлекеттік орган мен ұйымның басшылары есеп берді. Олардың алтауы – … бөлімдерінің басшылары, біреуі – … ведомстволық бағынысты … директоры"', () => {
    const x = read([KK_YEAR, '', 'Кеңес алдында тоғыз мемлекеттік орган мен ұйымның басшылары есеп берді. Олардың алтауы – аудан әкімдігі бөлімдерінің',
      'басшылары, біреуі – аудан әкімдігіне ведомстволық бағынысты «Жылу» КМК директоры.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['report_hearings=9', 'departments_heard=6', 'subordinate_orgs_heard=1']));
  });

  it('near-miss: a director of no subordinate body; members, not heads', () => {
    const x = read([RU_YEAR, '', 'Совет заслушал 3 отчета. Из них 2 – руководители отделов, 1 – директор школы.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['report_hearings=3', 'departments_heard=2']));
    expect(metricOf(figureList(x), 'subordinate_orgs_heard')).toEqual([]);
  });
});

describe('the verbs of conclusions, answers and joining with the count before or after', () => {
  it('ru: "дал заключения на 11 проектов НПА", "Заявителям ответили по 24 обращениям", "трое введены", "Четыре постоянные комиссии …, итого 14"', () => {
    const x = read([RU_YEAR, '', 'Четыре постоянные комиссии Совета провели по три-четыре заседания каждая, итого 14 заседаний комиссий за год.',
      'Совет дал заключения на 11 проектов нормативных правовых актов.', 'Поступило 26 обращений. Заявителям ответили по 24 обращениям.',
      'Двое членов выбыли (переезд), трое введены решением маслихата.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['commissions=4', 'commission_meetings=14', 'npa_reviewed=11', 'appeals_received=26', 'appeals_answered=24', 'members_left=2', 'members_joined=3']));
  });

  it('kk: "11 НҚА жобасына қорытынды берді", "24 өтініш бойынша жауап берілді", "үшеуі құрамға енгізілді"', () => {
    const x = read([KK_YEAR, '', 'Кеңес 11 НҚА жобасына қорытынды берді. 24 өтініш бойынша жауап берілді.', 'Екі мүше шықты, үшеуі мәслихат шешімімен құрамға енгізілді.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['npa_reviewed=11', 'appeals_answered=24', 'members_left=2', 'members_joined=3']));
  });

  it('near-misses: objects put into service, conclusions on appeals, answered by phone', () => {
    const x = read([RU_YEAR, '', 'Члены Совета посетили объекты: 3 введены в эксплуатацию.', 'Заявителям ответили по телефону 24 раза.']);
    expect(figureList(x)).toEqual([]);
  });
});

describe('ratios and comparisons around a count', () => {
  it('ru: "в сумме провели 4 заседания", "2 против 4 за тот же период прошлого года", "одобрено 2 из 3 (67 %)", letters as a label', () => {
    const x = read([RU_HALF, '', 'Комиссии в сумме провели 4 заседания, поровну - по 2 каждая.',
      'Общественных мониторингов - 2 против 4 за тот же период прошлого года, т.е. вдвое меньше.', '',
      '5. Проекты НПА', '   Одобрено 2 из 3 (67 %).', '', 'Писем Совета в госорганы - 6, ответы получены на 5 (83 %).',
      'Все десять обращений поступили от граждан.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['commission_meetings=4', 'monitorings=2', 'npa_approved=2', 'letters_sent=6', 'letters_answered=5',
      'appeals_received=10', 'appeals_individuals=10']));
  });

  it('kk: "өткен жылдың осы кезеңінде – 4", "Мемлекеттік органдарға хаттар – 6, 5-іне жауап алынды", "10 өтініштің барлығы азаматтардан түсті"', () => {
    const x = read([KK_HALF, '', 'Қоғамдық мониторинг – 2, өткен жылдың осы кезеңінде – 4.', 'Мемлекеттік органдарға хаттар – 6, 5-іне жауап алынды.',
      '10 өтініштің барлығы азаматтардан түсті.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['monitorings=2', 'letters_sent=6', 'letters_answered=5', 'appeals_individuals=10']));
  });

  it('near-misses: last year\'s count alone, a sum of money', () => {
    const x = read([RU_HALF, '', 'За тот же период прошлого года проведено 4 мониторинга.', 'Выделено средств в сумме 4 000 тенге на 3 проекта.']);
    expect(metricOf(figureList(x), 'monitorings')).toEqual([]);
    expect(candidateList(x)).toContain('monitorings=4');
  });
});

describe('drafts received for the review, a draft\'s subject set off by dashes before its remarks', () => {
  it('ru: "На экспертизу поступили 3 проекта; одобрено 2 из 3 (67 %), по одному – о ставках … – даны замечания"', () => {
    const x = read([RU_HALF, '', '5. Проекты НПА', '   На экспертизу поступили 3 проекта; одобрено 2 из 3 (67 %), по одному -', 'о ставках туристского взноса - даны замечания.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['npa_reviewed=3', 'npa_approved=2', 'npa_with_remarks=1']));
  });

  it('kk: "Сараптамаға 3 жоба түсті; 2-еуі мақұлданды, 1-іне – туристік алым туралы – ескертулер берілді"', () => {
    const x = read([KK_HALF, '', '5. НҚА жобалары', 'Сараптамаға 3 жоба түсті; 2-еуі мақұлданды, 1-іне – туристік алым туралы – ескертулер берілді.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['npa_reviewed=3', 'npa_approved=2', 'npa_with_remarks=1']));
  });

  it('near-miss: the parts short of the drafts received (one still pending) state no reviewed count', () => {
    const x = read([RU_HALF, '', '5. Проекты НПА', 'На экспертизу поступили 4 проекта; одобрено 2, по одному - о ставках - даны замечания.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['npa_approved=2', 'npa_with_remarks=1']));
    expect(metricOf(figureList(x), 'npa_reviewed')).toEqual([]);
  });
});

describe('one event as a label\'s count of one and its day set off by commas, no verb', () => {
  const dated = (x: ReturnType<typeof read>) => x.activities.map((a) => `${a.type}@${a.date_start}`);
  it('ru: "Общественные слушания – одно, 22 мая 2025 г., по проекту Правил …"', () => {
    const x = read([RU_HALF, '', '   Общественные слушания - одно, 22 мая 2025 г., по проекту Правил', 'благоустройства территории района (участвовало 44 человека).']);
    expect(dated(x)).toEqual(['public_hearing@2025-05-22']);
  });

  it('kk: "Қоғамдық тыңдау – біреу, 2025 жылғы 22 мамырда, …"', () => {
    expect(dated(read([KK_HALF, '', 'Қоғамдық тыңдау – біреу, 2025 жылғы 22 мамырда, абаттандыру қағидалары бойынша.']))).toEqual(['public_hearing@2025-05-22']);
  });

  it('near-misses: a count of two on one date, a month only', () => {
    expect(dated(read([RU_HALF, '', 'Круглые столы – 2, 22 мая 2025 г., по проекту.']))).toEqual([]);
    expect(dated(read([RU_HALF, '', 'Общественные слушания – одно, в мае, по проекту.']))).toEqual([]);
  });
});

describe('the composition told with its verb after the count ("из которых 6 делегированы …")', () => {
  it('ru: "состав … остался прежним: 9 членов, из которых 6 делегированы общественными объединениями …, 3 – государственными органами"', () => {
    const x = read([RU_HALF, '', 'Персональный состав Совета в первом полугодии остался прежним: 9 членов,', 'из которых 6 делегированы общественными объединениями и бизнесом, 3 -',
      'государственными органами.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['members_total=9', 'members_civil=6', 'members_state=3']));
  });

  it('kk: "Кеңестің құрамы бұрынғыдай қалды: 9 мүше, оның 6-ы қоғамдық бірлестіктерден ұсынылған, 3-і – мемлекеттік органдардан"', () => {
    const x = read([KK_HALF, '', 'Кеңестің құрамы бұрынғыдай қалды: 9 мүше, оның 6-ы қоғамдық бірлестіктерден ұсынылған, 3-і – мемлекеттік органдардан.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['members_total=9', 'members_civil=6', 'members_state=3']));
  });

  it('near-miss: a commission\'s make-up is no council\'s', () => {
    const x = read([RU_YEAR, '', 'Рабочая группа из 5 человек, из которых 3 делегированы общественными объединениями.']);
    expect(metricOf(figureList(x), 'members_civil')).toEqual([]);
    expect(metricOf(figureList(x), 'members_total')).toEqual([]);
  });
});

describe('a none stated of the half by its own name, of the plan and the holding together, of kinds listed with the year', () => {
  it('ru: "в первом полугодии не было" in the first half\'s report; "планом не предусматривались и не проводились"', () => {
    const x = read([RU_HALF, '', 'Общественных слушаний в первом полугодии не было.', 'Круглые столы в I полугодии планом не предусматривались и не проводились.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['public_hearings=0', 'round_tables=0']));
  });

  it('kk: "Бірінші жартыжылдықта қоғамдық тыңдау өткізілген жоқ", "жоспарланбаған және өткізілген жоқ"', () => {
    const x = read([KK_HALF, '', 'Бірінші жартыжылдықта қоғамдық тыңдау өткізілген жоқ. Дөңгелек үстелдер жоспарланбаған және өткізілген жоқ.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['public_hearings=0', 'round_tables=0']));
  });

  it('ru variant: three kinds, the seminars by their adjective, the year before the none', () => {
    const x = read([RU_YEAR, '', 'Общественные  слушания, обучающие семинары и диалоговые площадки в 2025 году Советом не проводились.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['public_hearings=0', 'seminars=0', 'dialog_platforms=0']));
  });

  it('near-misses: the other half, another year', () => {
    expect(metricOf(figureList(read([RU_HALF, '', 'Общественных слушаний во втором полугодии не было.'])), 'public_hearings')).toEqual([]);
    expect(figureList(read([RU_YEAR, '', 'Общественные слушания, семинары и диалоговые площадки в 2024 году не проводились.']))).toEqual([]);
  });
});
