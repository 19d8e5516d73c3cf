/**
 * Classes the blind held-out reports of set 31 (ordinary reports of district and department councils) showed: the
 * members' kinds as bullets with the count in brackets and the bullet's own stop; "3 аудандық бөлім" (a district-level
 * adjective is no place noun); reports of the heads of N departments listed after a colon; one kind of body heard as
 * a plan's row; a bullet's words wrapped under it; a count carried over "2026 жылдың қаңтарына"; seminars and training
 * events none together; the month range of the period over its enumeration; wrapped enumeration items that are no
 * headings; another period's count after a semicolon; the state's date between the council and its size; a heading
 * broken over two lines; dates alone in a bracket after a count; a draft named in brackets still pending; a bare
 * "тоқсанда" of a quarter's report; one event held told as a numbered point; a platform after another's bracket count.
 */
import { describe, expect, it } from 'vitest';
import { activityList, candidateList, figureList, figureMap, mediaList, reportUnder } from '../../../helpers/extractCases.ts';

const YEAR_KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы ЕСЕП';
const NINE_KK = 'Қоғамдық кеңестің 2025 жылғы 9 айда атқарған жұмысы туралы ЕСЕП';
const Q3_KK = 'Қоғамдық кеңестің 2025 жылғы III тоқсандағы жұмыс қорытындысы туралы АНЫҚТАМА';
const NINE_RU = 'Отчет о работе Общественного совета за 9 месяцев 2025 года';
const Q3_RU = 'Отчет о работе Общественного совета за III квартал 2025 года';

describe('members by kind as bullets, the count in brackets, the bullet closed by its stop', () => {
  it('reads the civil and state members (kk)', () => {
    const x = reportUnder(['Кеңес құрамында 19 мүше бар:', '  • азаматтық қоғам өкілдері (15);', '  • мемлекеттік органдардың өкілдері (4).'].join('\n'), YEAR_KK);
    expect(figureMap(x)).toMatchObject({ members_total: 19, members_civil: 15, members_state: 4 });
  });
  it('reads them with a dash and a full stop (ru)', () => {
    const x = reportUnder(['Состав Совета – 21 член:', ' - представители гражданского общества – 17;', ' - представители государственных органов – 4.'].join('\n'));
    expect(figureMap(x)).toMatchObject({ members_civil: 17, members_state: 4 });
  });
  it('near-miss: commissions\' sizes in the same bracket style are no members\' kinds', () => {
    const x = reportUnder(['Кеңесте 3 тұрақты комиссия бар:', '  • әлеуметтік мәселелер жөніндегі комиссия (7 мүше);', '  • экономика жөніндегі комиссия (6 мүше).'].join('\n'), YEAR_KK);
    expect(figureList(x).filter((f) => /members/.test(f))).toEqual([]);
  });
});

describe('bodies heard: "3 аудандық бөлім", reports of N departments listed, one kind as a plan\'s row', () => {
  it('reads district departments by the adjective "аудандық" (kk)', () => {
    const x = reportUnder('Осылайша 3 аудандық бөлім және 2 ведомстволық бағынысты ұйым тыңдалды.', YEAR_KK);
    expect(figureMap(x)).toMatchObject({ departments_heard: 3, subordinate_orgs_heard: 2 });
  });
  it('reads the departments of a report count with the kinds in brackets (kk, a variant)', () => {
    const x = reportUnder('6 есеп тыңдалды – 4 аудандық бөлімнің (білім, ТКШ) және 2 ведомстволық бағынысты ұйымның (ШЖҚ МКК) басшылары есеп берді.', YEAR_KK);
    expect(figureMap(x)).toMatchObject({ report_hearings: 6, departments_heard: 4, subordinate_orgs_heard: 2 });
  });
  it('near-miss: "3 аудандағы" (in three districts) is still a place, no count of monitorings', () => {
    const x = reportUnder('3 аудандағы мектептерде мониторинг жүргізілді.', YEAR_KK);
    expect(figureList(x)).not.toContain('monitorings=3');
  });
  it('counts the reports of the heads of N departments that the colon lists one by one as N hearings (ru)', () => {
    const x = reportUnder('Заслушаны отчеты руководителей 4 отделов акимата района: отдела образования, отдела ЖКХ, отдела сельского хозяйства и отдела спорта.');
    expect(figureMap(x)).toMatchObject({ report_hearings: 4, departments_heard: 4 });
  });
  it('near-miss: without the list the number counts only the departments', () => {
    const x = reportUnder('Заслушаны отчеты руководителей 4 отделов акимата района.');
    expect(figureMap(x).departments_heard).toBe(4);
    expect(figureList(x)).not.toContain('report_hearings=4');
  });
  it('reads one kind of body heard by the hearings\' noun as both figures (ru, kk)', () => {
    expect(figureMap(reportUnder('Заслушивание отчетов руководителей подведомственных организаций – 3.'))).toMatchObject({ report_hearings: 3, subordinate_orgs_heard: 3 });
    expect(figureMap(reportUnder('Ведомстволық бағынысты ұйымдар басшыларының есептерін тыңдау – 2.', YEAR_KK))).toMatchObject({ subordinate_orgs_heard: 2 });
  });
  it('near-miss: two kinds under one count are no kind\'s', () => {
    const x = reportUnder('Заслушивание отчетов руководителей структурных подразделений и подведомственных организаций – 3.');
    expect(figureList(x)).not.toContain('subordinate_orgs_heard=3');
  });
  it('reads a dash item whose kinds wrap onto an indented line above it (ru)', () => {
    const x = reportUnder(['На заседаниях Совета заслушано 8 отчетов, в том числе:', ' - руководителей отделов акимата района – 5 (образования; ЖКХ,', '   строительства);', ' - руководителей подведомственных организаций – 3.'].join('\n'));
    expect(figureMap(x)).toMatchObject({ report_hearings: 8, departments_heard: 5, subordinate_orgs_heard: 3 });
  });
});

describe('answers with the rest carried over to a month of the next year', () => {
  it('keeps the answered count (kk)', () => {
    const x = reportUnder('2025 жылы Кеңеске 31 өтініш келіп түсті. 29 өтінішке жауап берілді, 2 өтініш 2026 жылдың қаңтарына ауыстырылды.', YEAR_KK);
    expect(figureMap(x)).toMatchObject({ appeals_received: 31, appeals_answered: 29 });
  });
  it('keeps it in Russian too', () => {
    const x = reportUnder('Поступило 31 обращение, ответы даны на 29, 2 обращения перенесены на январь 2026 года.');
    expect(figureMap(x)).toMatchObject({ appeals_received: 31, appeals_answered: 29 });
  });
  it('near-miss: a count of the next year itself stays a candidate', () => {
    const x = reportUnder('2026 жылдың қаңтарында 5 өтініш түсті.', YEAR_KK);
    expect(figureList(x)).not.toContain('appeals_received=5');
  });
});

describe('seminars and training events none together', () => {
  it('is seminars 0 (kk, ru)', () => {
    expect(figureMap(reportUnder('Семинарлар мен оқыту іс-шаралары есепті жылы өткізілген жоқ.', YEAR_KK)).seminars).toBe(0);
    expect(figureMap(reportUnder('Семинары и обучающие мероприятия в отчетном периоде не проводились.')).seminars).toBe(0);
  });
  it('near-miss: seminars of another year are not none of this one', () => {
    expect(figureMap(reportUnder('Семинары в 2024 году не проводились.')).seminars).toBeUndefined();
  });
});

describe('an enumeration under the period\'s months, its items wrapped, another period after a semicolon', () => {
  const KK = [
    '2025 жылдың қаңтар–қыркүйек айларында:',
    '1) Кеңестің 5 отырысы өткізілді (І тоқсанда – 2, ІІ тоқсанда – 2, ІІІ',
    'тоқсанда – 1); өткен жылдың 9 айында 4 отырыс болған;',
    '2) президиумның 3 отырысы, тұрақты комиссиялардың 14 отырысы өтті;',
    '3) 6 есеп тыңдалды.',
  ].join('\n');
  it('reads the items as the period\'s (kk)', () => {
    const x = reportUnder(KK, NINE_KK);
    expect(figureMap(x)).toMatchObject({ general_meetings: 5, presidium_meetings: 3, commission_meetings: 14, report_hearings: 6 });
    expect(candidateList(x)).toContain('general_meetings=4');
  });
  it('reads them in Russian too', () => {
    const x = reportUnder(['За январь – сентябрь 2025 года:', '1) проведено 5 заседаний Совета (в I квартале – 2, во II', 'квартале – 3); за 9 месяцев 2024 года – 4 заседания;', '2) 3 заседания президиума.'].join('\n'), NINE_RU);
    expect(figureMap(x)).toMatchObject({ general_meetings: 5, presidium_meetings: 3 });
  });
  it('near-miss: a heading naming a part of the period still makes its counts a part\'s', () => {
    const x = reportUnder(['2025 жылдың шілде–қыркүйек айларында:', '1) Кеңестің 2 отырысы өткізілді;'].join('\n'), NINE_KK);
    expect(figureList(x)).not.toContain('general_meetings=2');
  });
});

describe('the state\'s date between the council and its size', () => {
  it('reads the members (kk)', () => {
    const x = reportUnder('Кеңесі 2025 жылғы 30 қыркүйектегі жағдай бойынша 19 мүшеден тұрады (азаматтық қоғам өкілдері – 16, мемлекеттік органдар өкілдері – 3).', NINE_KK);
    expect(figureMap(x)).toMatchObject({ members_total: 19, members_civil: 16, members_state: 3 });
  });
  it('reads it with a numeric date (kk, a variant)', () => {
    expect(figureMap(reportUnder('Кеңесі 30.09.2025 ж. жағдай бойынша 19 мүшеден тұрады.', NINE_KK)).members_total).toBe(19);
  });
  it('near-miss: a state of another year is not the period\'s', () => {
    expect(figureMap(reportUnder('Кеңесі 2024 жылғы 31 желтоқсандағы жағдай бойынша 17 мүшеден тұрады.', NINE_KK)).members_total).toBeUndefined();
  });
});

describe('a list\'s heading broken over two lines', () => {
  it('types the dated bullets under it (kk)', () => {
    const x = reportUnder(['Кеңес отырыстарында мемлекеттік органдар басшыларының 2 есебі', 'тыңдалды:', '  • 2025 жылғы 19 ақпан – аудандық білім бөлімі;', '  • 2025 жылғы 23 сәуір – «Атбасар су» МКК.'].join('\n'), YEAR_KK);
    expect(activityList(x)).toEqual(['report_hearing 2025-02-19', 'report_hearing 2025-04-23']);
  });
  it('types them in Russian too', () => {
    const x = reportUnder(['В отчетном году Советом проведено 2 круглых', 'стола:', ' - 13.03.2025 – «Занятость молодежи»;', ' - 22.05.2025 – «Качество воды».'].join('\n'));
    expect(activityList(x)).toEqual(['round_table 2025-03-13', 'round_table 2025-05-22']);
  });
  it('near-miss: bullets breaking a count down by kind are no activities', () => {
    const x = reportUnder(['Жыл ішінде 8 қоғамдық мониторинг жүргізілді:', '  • білім беру ұйымдары (3);', '  • денсаулық сақтау ұйымдары (5).'].join('\n'), YEAR_KK);
    expect(x.activities).toEqual([]);
  });
});

describe('dates alone in a bracket after a label\'s count', () => {
  it('dates the seminars (ru)', () => {
    const x = reportUnder('Семинары для членов Совета – 2 (05.06.2025, 11.09.2025).');
    expect(activityList(x)).toEqual(['seminar 2025-06-05', 'seminar 2025-09-11']);
  });
  it('dates them in Kazakh too', () => {
    const x = reportUnder('Дөңгелек үстелдер – 2 (13.03.2025, 22.05.2025).', YEAR_KK);
    expect(activityList(x)).toEqual(['round_table 2025-03-13', 'round_table 2025-05-22']);
  });
  it('near-miss: dates the count does not meet are none', () => {
    expect(reportUnder('Семинары для членов Совета – 3 (05.06.2025, 11.09.2025).').activities).toEqual([]);
  });
});

describe('a draft named in a bracket, still pending at the period\'s end', () => {
  it('reads npa_pending (ru)', () => {
    const x = reportUnder('Рассмотрено 18 проектов НПА. Еще 1 проект (постановление акимата о тарифах на вывоз ТБО) на 31.12.2025 находится на рассмотрении комиссии.');
    expect(figureMap(x)).toMatchObject({ npa_reviewed: 18, npa_pending: 1 });
  });
  it('reads it in Kazakh too', () => {
    const x = reportUnder('Кеңеске 14 НҚА жобасы келіп түсті. 2 жоба (әкімдік қаулысы) қаралуда.', YEAR_KK);
    expect(figureMap(x).npa_pending).toBe(2);
  });
  it('near-miss: received drafts are not pending', () => {
    expect(figureMap(reportUnder('Поступило 3 проекта НПА (постановления акимата).')).npa_pending).toBeUndefined();
  });
});

describe('a bare "тоқсанда" / "в квартале" of a quarter\'s report is the quarter', () => {
  it('states the presidium\'s none (kk, ru)', () => {
    expect(figureMap(reportUnder('Президиум отырысы тоқсанда өткізілмеді.', Q3_KK)).presidium_meetings).toBe(0);
    expect(figureMap(reportUnder('Заседания президиума в квартале не проводились.', Q3_RU)).presidium_meetings).toBe(0);
  });
  it('near-miss: another quarter named by its numeral is not this one\'s none', () => {
    expect(figureMap(reportUnder('Президиум отырысы ІІ тоқсанда өткізілмеді.', Q3_KK)).presidium_meetings).toBeUndefined();
  });
  it('reads the membership\'s none as 0 joined and 0 left (since session 19)', () => {
    const x = reportUnder('Тоқсан ішінде құрамда өзгеріс болмады. Кеңестің құрамы өзгерген жоқ.', Q3_KK);
    expect(figureList(x).filter((f) => /members_/.test(f))).toEqual(['members_joined=0', 'members_left=0']);
    expect(figureList(reportUnder('Состав Совета не изменялся.'))).toContain('members_left=0');
  });
});

describe('a numbered point that is the sentence of one event held', () => {
  it('dates the event (kk)', () => {
    const x = reportUnder(['5) 1 қоғамдық тыңдау өтті – 2025 жылғы 21 мамырда аудан аумағын', 'абаттандыру қағидаларының жобасы бойынша;'].join('\n'), NINE_KK);
    expect(activityList(x)).toEqual(['public_hearing 2025-05-21']);
  });
  it('dates it in Russian too', () => {
    const x = reportUnder('8) 14 марта 2025 г. для членов Совета проведен 1 семинар «Общественный контроль».', NINE_RU);
    expect(activityList(x)).toEqual(['seminar 2025-03-14']);
  });
  it('near-miss: a point of several events with one date is no dated event', () => {
    expect(reportUnder('4) 3 мониторинга проведено, последний – 12.08.2025 г.;', NINE_RU).activities.filter((a) => a.date_start !== null)).toEqual([]);
  });
});

describe('platforms each with a bracket count, a second one after the first\'s bracket', () => {
  it('reads the Telegram channel\'s count (ru)', () => {
    const x = reportUnder('Информация размещалась на сайте акимата района (11 публикаций), в Instagram (22) и Telegram-канале (8), всего 41 публикация.');
    expect(mediaList(x)).toEqual(['website:11/null', 'instagram:22/null', 'telegram:8/null']);
  });
  it('reads it in Kazakh too', () => {
    const x = reportUnder('Ақпарат аудан сайтында (11 жарияланым), Instagram (22) және Telegram-арнада (8), барлығы 41 жарияланым.', YEAR_KK);
    expect(mediaList(x)).toContain('telegram:8/null');
  });
  it('near-miss: a bracket after a count is no second count', () => {
    const x = reportUnder('В Instagram опубликовано 22 поста (20).');
    expect(mediaList(x)).not.toContain('instagram:20/null');
  });
});
