/**
 * Classes the blind set 38's reports showed (issue 12, session 14), each tested beyond the document it came from, in
 * Russian and Kazakh: a figure the summary ("Қорытынды", "Заключение", "Итого за полугодие:") or a table of the year's
 * indicators restates with another number is neither number (both candidates); the composition "на начало года" is not
 * the period's last day's; "Даны ответы заявителям: 25." answers the appeals; "сайт мен әлеуметтік желілерде 74
 * жарияланым" is the publications' total.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { candidateList, figureList } from '../../../helpers/extractCases.ts';

const RU_YEAR = 'Отчет о работе Общественного совета за 2025 год';
const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';
const read = (lines: string[]) => parseReport(`${lines.join('\n')}\n`);

describe('a figure the summary restates with another number is neither number', () => {
  it('kk, a run-in "Қорытынды." paragraph', () => {
    const x = read([KK_YEAR, '', 'Кеңестің алты (6) отырысы өткізілді. Үш (3) дөңгелек үстел ұйымдастырылды.', '',
      'Қорытынды. Қорытындылай келе, 2025 жылы Кеңес 6 отырыс, 4 дөңгелек үстел өткізді.']);
    expect(figureList(x)).toContain('general_meetings=6');
    expect(figureList(x).some((f) => f.startsWith('round_tables='))).toBe(false);
    expect(candidateList(x)).toEqual(expect.arrayContaining(['round_tables=3', 'round_tables=4']));
  });

  it('ru, a numbered "Заключение" heading, the section stating the count after a colon', () => {
    const x = read([RU_YEAR, '', 'VI. Обращения', '', 'Поступило обращений в Совет: 27.', 'Даны ответы заявителям: 25.', '',
      'IX. Заключение', '', 'В 2025 году Совет рассмотрел 27 обращений граждан (ответы направлены по 26 обращениям).']);
    expect(figureList(x)).toContain('appeals_received=27');
    expect(figureList(x).some((f) => f.startsWith('appeals_answered='))).toBe(false);
    expect(candidateList(x)).toEqual(expect.arrayContaining(['appeals_answered=25', 'appeals_answered=26']));
  });

  it('ru variant, an "Итого за полугодие:" line', () => {
    const x = parseReport(['Отчет о работе Общественного совета за первое полугодие 2025 года', '',
      'Проведено пять общественных мониторингов.', '', 'Итого за полугодие: 4 заседания Совета, 6 мониторингов.', ''].join('\n'));
    expect(figureList(x).some((f) => f.startsWith('monitorings='))).toBe(false);
    expect(candidateList(x)).toEqual(expect.arrayContaining(['monitorings=5', 'monitorings=6']));
  });

  it('near-miss: a summary that agrees leaves the figure, stated once', () => {
    const x = read([RU_YEAR, '', 'Проведено общественных мониторингов: 6.', '', '9. Итоги', 'Таким образом, за год Совет провёл 6 общественных мониторингов.']);
    expect(figureList(x)).toContain('monitorings=6');
    expect(candidateList(x).filter((c) => c.startsWith('monitorings='))).toEqual([]);
  });

  it('near-miss: another number later in the sections (no summary) keeps the first, as before', () => {
    const x = read([KK_YEAR, '', 'Сегіз (8) қоғамдық мониторинг жүргізілді.', '', 'Кейін тағы 10 мониторинг жүргізілді.']);
    expect(figureList(x)).toContain('monitorings=8');
  });
});

describe('a table of the year\'s indicators restating a sentence\'s count with another number', () => {
  it('ru, last year first', () => {
    const x = read([RU_YEAR, '', 'В рамках общественного контроля проведено восемь общественных мониторингов.', 'Проведено шесть заседаний Совета.', '',
      'Основные показатели деятельности Совета', '', '№\tПоказатель\t2024 год\t2025 год\t+/-', '1\tЗаседания Совета\t5\t6\t+1', '2\tОбщественные мониторинги\t6\t9\t+3', '']);
    expect(figureList(x)).toContain('general_meetings=6');
    expect(figureList(x).some((f) => f.startsWith('monitorings='))).toBe(false);
    expect(candidateList(x)).toEqual(expect.arrayContaining(['monitorings=8', 'monitorings=9']));
  });

  it('kk', () => {
    const x = read([KK_YEAR, '', 'Сегіз қоғамдық мониторинг жүргізілді. Кеңестің алты отырысы өткізілді.', '',
      '№\tКөрсеткіш\t2024 жыл\t2025 жыл', '1\tКеңес отырыстары\t5\t6', '2\tҚоғамдық мониторингтер\t6\t9', '']);
    expect(figureList(x)).toContain('general_meetings=6');
    expect(figureList(x).some((f) => f.startsWith('monitorings='))).toBe(false);
  });
});

describe('the composition at the period\'s start is not on its last day', () => {
  it('ru: "На начало 2025 года … четырнадцать", "На 31 декабря … пятнадцать"', () => {
    const x = read([RU_YEAR, '', 'На начало 2025 года в Совете состояло четырнадцать членов. В течение года введены два новых члена, полномочия одного члена Совета прекращены. На 31 декабря 2025 года в Совете пятнадцать членов.']);
    expect(figureList(x)).toContain('members_total=15');
    expect(figureList(x)).not.toContain('members_total=14');
  });

  it('kk: "Жыл басында … 14 мүше", "жыл соңында … 15"', () => {
    const x = read([KK_YEAR, '', 'Жыл басында Кеңес құрамында 14 мүше болды.', 'Жыл соңында Кеңес құрамы 15 мүшеден тұрды.']);
    expect(figureList(x)).not.toContain('members_total=14');
    expect(candidateList(x)).toContain('members_total=14');
  });

  it('near-miss: "На конец года" and a present state stay figures', () => {
    expect(figureList(read([RU_YEAR, '', 'На конец 2025 года в Совете 15 членов.']))).toContain('members_total=15');
  });
});

describe('"Даны ответы заявителям: 25." answers the appeals of its paragraph', () => {
  it('ru', () => {
    expect(figureList(read([RU_YEAR, '', 'Поступило обращений в Совет: 27.', 'Даны ответы заявителям: 25.']))).toContain('appeals_answered=25');
  });

  it('ru variant: "Ответы даны: 12."', () => {
    expect(figureList(read([RU_YEAR, '', 'Поступило обращений граждан: 14.', 'Ответы даны: 12.']))).toContain('appeals_answered=12');
  });

  it('kk: "Жауап берілген өтініштер: 18."', () => {
    expect(figureList(read([KK_YEAR, '', 'Түскен өтініштер саны: 19.', 'Жауап берілген өтініштер: 18.']))).toContain('appeals_answered=18');
  });

  it('near-miss: answers to the council\'s letters are no answered appeals', () => {
    const x = read([RU_YEAR, '', 'Направлено писем в государственные органы: 21.', 'Даны ответы на письма: 19.']);
    expect(figureList(x).some((f) => f.startsWith('appeals_answered='))).toBe(false);
  });
});

describe('the website and the social networks named together before the count are the publications\' total', () => {
  it('kk', () => {
    expect(figureList(read([KK_YEAR, '', 'Кеңес әкімдік сайты мен әлеуметтік желілерде 74 жарияланым орналастырды.']))).toContain('publications=74');
  });

  it('ru', () => {
    expect(figureList(read([RU_YEAR, '', 'На сайте и в социальных сетях размещено 74 публикации.']))).toContain('publications=74');
  });

  it('near-miss: one platform\'s count beside another\'s is a part', () => {
    expect(figureList(read([RU_YEAR, '', 'На сайте – 20 публикаций, в Instagram и Facebook – 52 публикации.']))).not.toContain('publications=52');
  });
});

describe('a nominal label, the count after its colon closing the clause', () => {
  it('kk: presidium, members who left and joined, drafts agreed', () => {
    const x = read([KK_YEAR, '', 'Кеңес төралқасының отырыстары: 4.', 'Жыл ішінде Кеңес құрамынан шыққан мүшелер: 2 (біреуі – өз өтініші бойынша).',
      'Кеңес құрамына енгізілген жаңа мүшелер: 2.', 'Қаралған НҚА жобалары: 6.', 'Оның ішінде ескертусіз келісілгені – 4, ұсыныстармен келісілгені – 2.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['presidium_meetings=4', 'members_left=2', 'members_joined=2', 'npa_reviewed=6', 'npa_approved=4', 'npa_with_remarks=2']));
  });

  it('ru: the composition as of a day, its parts, members who left and joined', () => {
    const x = read([RU_YEAR, '', 'Численность членов Совета на 31.12.2025: 13 человек.', 'Из них представителей гражданского общества: 10, государственных служащих: 3.',
      'Выбыло из состава Совета в течение 2025 года: 1 (по собственному желанию).', 'Введено в состав новых членов: 1 (решение маслихата от 15.05.2025).']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['members_total=13', 'members_civil=10', 'members_state=3', 'members_left=1', 'members_joined=1']));
  });

  it('kk variant: "Төралқа отырыстарының саны: 3", "Шыққан мүшелер саны: 1"', () => {
    const x = read([KK_YEAR, '', 'Төралқа отырыстарының саны: 3.', 'Кеңес құрамы өзгерді. Шыққан мүшелер саны: 1.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['presidium_meetings=3', 'members_left=1']));
  });

  it('near-misses: a date after the colon, a commission\'s new members, a count of recommendations', () => {
    const x = read([KK_YEAR, '', 'Кеңес төралқасының отырыстары: 2025 жылғы 12 наурыз.', 'Кеңес берген 5 ұсыныстың 3-еуін әзірлеушілер ескерді.']);
    expect(figureList(x).some((f) => f.startsWith('presidium_meetings=') || f.startsWith('npa_approved='))).toBe(false);
  });
});

describe('near-miss: a table row the sentence names as its part is not a restatement', () => {
  it('ru', () => {
    const x = read([RU_YEAR, '', 'Всего заслушано 14 отчетов: 9 руководителей управлений и 5 акимов районов.', '',
      '№\tПоказатель\t2025 год', '1\tЗаслушано отчетов акимов\t5', '']);
    expect(candidateList(x).filter((c) => c === 'report_hearings=14')).toEqual([]);
  });
});

describe('the heads heard as items of the hearings\' list, or their count in brackets after the genitive', () => {
  it('ru: dash items under "Всего заслушано отчётов руководителей: 8."', () => {
    const x = read([RU_YEAR, '', 'Всего заслушано отчётов руководителей: 8.', 'В том числе:', '– аким города – 1;',
      '– руководители отделов акимата района Магжана Жумабаева – 5 (образования; ЖКХ; занятости);', '– руководители подведомственных организаций – 2 (ГКП «Су»; КГУ «Школа»).']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['report_hearings=8', 'departments_heard=5', 'subordinate_orgs_heard=2']));
  });

  it('kk: dash items under "тыңдалған есептер: 6. Оның ішінде:"', () => {
    const x = read([KK_YEAR, '', 'Кеңес отырыстарында тыңдалған есептер: 6.', 'Оның ішінде:', '  - қала әкімінің есебі – 1;',
      '  - Қаратал ауданы бөлімдері басшыларының есептері – 3 (білім бөлімі; жұмыспен қамту бөлімі; ТКШ бөлімі);',
      '  - ведомстволық бағынысты ұйымдар басшыларының есептері – 2 («Аурухана» ШЖҚ МКК, «Жылу» МКК).']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['report_hearings=6', 'departments_heard=3', 'subordinate_orgs_heard=2']));
    expect(figureList(x).some((f) => f.startsWith('general_meetings='))).toBe(false);
  });

  it('kk variant: bare brackets after the genitives', () => {
    const x = read([KK_YEAR, '', 'Жыл ішінде жеті (7) есеп тыңдалды: қала әкімінің (1), аудан бөлімдері басшыларының (4) – білім, мәдениет бөлімдерінің, сондай-ақ ведомстволық бағынысты ұйымдар басшыларының (2) – «Аурухана» МКК мен «Жылу» МКК.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['report_hearings=7', 'departments_heard=4', 'subordinate_orgs_heard=2']));
  });

  it('ru variant: "руководителя подведомственной организации (1)"', () => {
    const x = read([RU_YEAR, '', 'Заслушаны отчёты (5): акима города (1); руководителей отделов района (3) – образования, ЖКХ, сельского хозяйства; руководителя подведомственной организации (1) – КГП «Больница».']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['departments_heard=3', 'subordinate_orgs_heard=1']));
  });

  it('near-miss: the heads of departments in the composition, no hearing named', () => {
    const x = read([RU_YEAR, '', 'Состав Совета:', '– руководители отделов акимата района – 3;', '– представители НПО – 9.']);
    expect(figureList(x).some((f) => f.startsWith('departments_heard='))).toBe(false);
  });
});

describe('counts in brackets right after the noun, with no verb or number word beside them', () => {
  const H1 = 'Информация о работе Общественного совета за первое полугодие 2025 года';
  it('ru: commissions, meetings by body, drafts with recommendations, the composition\'s parts', () => {
    const x = parseReport([H1, '', 'На 30 июня 2025 года в Совете двенадцать членов (представители НПО и общественности – 9, государственных органов – 3).',
      'Работают постоянные комиссии (3): по социальным вопросам; по экологии; по экономике.', '',
      'В первом полугодии проведены заседания Совета (3), президиума (2) и постоянных комиссий (8).', '',
      'Рассмотрены проекты НПА (7): одобрены без замечаний (5), с рекомендациями (2). Из внесённых рекомендаций (4) разработчиками учтены (3).', ''].join('\n'));
    expect(figureList(x)).toEqual(expect.arrayContaining(['members_total=12', 'members_civil=9', 'members_state=3', 'commissions=3', 'general_meetings=3',
      'presidium_meetings=2', 'commission_meetings=8', 'npa_reviewed=7', 'npa_approved=5', 'npa_with_remarks=2']));
  });

  it('kk: "Тұрақты комиссиялар (3): …"', () => {
    expect(figureList(read([KK_YEAR, '', 'Тұрақты комиссиялар (3): әлеуметтік; экономикалық; құқықтық.']))).toContain('commissions=3');
  });

  it('ru variant: colon labels "В том числе с положительным заключением: 6, с замечаниями и предложениями: 4."', () => {
    const x = read([RU_YEAR, '', 'Рассмотрено проектов НПА: 10.', 'В том числе с положительным заключением: 6, с замечаниями и предложениями: 4.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['npa_reviewed=10', 'npa_approved=6', 'npa_with_remarks=4']));
  });

  it('near-misses: the commissions\' meetings in the genitive, recommendations counted, no drafts named', () => {
    const x = read([RU_YEAR, '', 'Проведены заседания постоянных комиссий (8).', 'Направлено рекомендаций (14), с рекомендациями (3) согласились.']);
    expect(figureList(x)).not.toContain('commissions=8');
    expect(figureList(x).some((f) => f.startsWith('npa_with_remarks='))).toBe(false);
  });
});

describe('Kazakh number words with their digits in brackets', () => {
  it('kk: "Кеңес құрамы он алты (16) мүшеден тұрды", "Барлығына (22) жауап берілді"', () => {
    const x = read([KK_YEAR, '', 'Құрамы. 2025 жылдың соңында Кеңес құрамы он алты (16) мүшеден тұрды, оның ішінде он екі (12) азаматтық қоғам өкілі.', '',
      'Өтініштер. Кеңеске жиырма екі (22) өтініш келіп түсті. Барлығына (22) жауап берілді.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['members_total=16', 'members_civil=12', 'appeals_received=22', 'appeals_answered=22']));
  });

  it('kk variant: digits alone, "Барлығына 9 жауап берілді"', () => {
    expect(figureList(read([KK_YEAR, '', 'Кеңес құрамы 15 мүшеден тұрды. Кеңеске 9 өтініш түсті. Барлығына 9 жауап берілді.']))).toEqual(expect.arrayContaining(['members_total=15', 'appeals_answered=9']));
  });

  it('ru counterpart stays as it was: "на все 22 обращения даны ответы"', () => {
    expect(figureList(read([RU_YEAR, '', 'Поступило 22 обращения. На все 22 обращения даны ответы.']))).toContain('appeals_answered=22');
  });

  it('near-misses: last year\'s composition; answers to letters', () => {
    expect(figureList(read([KK_YEAR, '', '2024 жылы Кеңес құрамы 14 мүшеден тұрды.']))).not.toContain('members_total=14');
    expect(figureList(read([KK_YEAR, '', 'Мемлекеттік органдарға 5 хат жолданды. Барлығына 5 жауап берілді.'])).some((f) => f.startsWith('appeals_answered='))).toBe(false);
  });
});

describe('a line of platform parts right under the sentence of the publications\' total', () => {
  const media = (lines: string[]) => read(lines).media.map((m) => `${m.platform}=${m.publications}`);
  it('ru: "В том числе на интернет-ресурсе акимата: 14, в Instagram: 26, в Facebook: 10."', () => {
    expect(media([RU_YEAR, '', 'Размещено публикаций о работе Совета: 58.', 'В том числе на интернет-ресурсе акимата: 14, в Instagram: 26, в Facebook: 10.']))
      .toEqual(expect.arrayContaining(['website=14', 'instagram=26', 'facebook=10']));
  });

  it('kk: "Оның ішінде Instagram-да – 21, Telegram-да – 9."', () => {
    expect(media([KK_YEAR, '', 'Кеңес қызметі туралы 30 жарияланым орналастырылды.', 'Оның ішінде Instagram-да – 21, Telegram-да – 9.']))
      .toEqual(expect.arrayContaining(['instagram=21', 'telegram=9']));
  });

  it('ru variant: "Из них в Telegram: 5"', () => {
    expect(media([RU_YEAR, '', 'Опубликовано 12 материалов о работе Совета.', 'Из них в Telegram: 5.'])).toContain('telegram=5');
  });

  it('near-miss: parts under a sentence of another subject (followers) are no publications', () => {
    expect(media([RU_YEAR, '', 'Подписчиков страниц Совета: 900.', 'В том числе в Instagram: 600, в Facebook: 300.'])).toEqual([]);
  });
});

describe('"по пяти – заключения с рекомендациями": the drafts given remarks counted after "по"', () => {
  it('ru: words', () => {
    const x = read([RU_YEAR, '', 'На рассмотрение Совета поступило девять проектов нормативных правовых актов. По четырём проектам даны положительные заключения без замечаний, по пяти – заключения с рекомендациями.']);
    expect(figureList(x)).toEqual(expect.arrayContaining(['npa_approved=4', 'npa_with_remarks=5']));
  });

  it('ru variant: digits, the noun named', () => {
    expect(figureList(read([RU_YEAR, '', 'Рассмотрено 7 проектов НПА: по 5 проектам даны положительные заключения, по 2 проектам даны заключения с замечаниями.']))).toContain('npa_with_remarks=2');
  });

  it('kk counterpart stays as it was: "3 жобаға ескертулер берілді"', () => {
    expect(figureList(read([KK_YEAR, '', '8 НҚА жобасы қаралды: 5 жоба ескертусіз келісілді, 3 жобаға ескертулер мен ұсыныстар берілді.']))).toContain('npa_reviewed=8');
  });

  it('near-miss: conclusions on appeals, no drafts named', () => {
    expect(figureList(read([RU_YEAR, '', 'По двум обращениям – заключения с рекомендациями направлены в акимат.'])).some((f) => f.startsWith('npa_with_remarks='))).toBe(false);
  });
});
