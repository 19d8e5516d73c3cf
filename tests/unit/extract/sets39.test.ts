/**
 * Session 39's classes from sets 148 (monitoring acts) and 149 (surveys and ratings), each with variants the sets did not
 * show, in both languages, and near misses that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { declaredIn } from '../../../sources/extract/protocol/declaredIn.ts';
import { sentencesOf } from '../../../sources/extract/grammar/sentencesOf.ts';
import { maskNeverCounts } from '../../../sources/extract/maskNeverCounts.ts';

const report = (lines: string[]) => parseReport(['Отчёт о работе Общественного совета за 2026 год', '', ...lines].join('\n'));
const figuresOf = (lines: string[]) => Object.fromEntries(report(lines).figures.map((f) => [f.metric, f.value]));
const candidatesOf = (lines: string[]) => report(lines).candidates.map((c) => `${c.metric}=${c.value}`);
const activitiesOf = (lines: string[]) => report(lines).activities.map((a) => `${a.type} ${a.date_start}`);
const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

const PROTOCOL_HEAD = ['ПРОТОКОЛ № 6', 'заседания Общественного совета', '12 марта 2026 года', 'Присутствовали 9 членов Совета из 11.', 'ПОВЕСТКА ДНЯ:', '1. О мониторинге.', '2. Об ответе управления.', '1. СЛУШАЛИ: Иванов А.А.', 'РЕШИЛИ: Акт утвердить.', 'Голосовали: за – 8, против – 0, воздержался – 1. Решение принято.', '2. СЛУШАЛИ: Петров Б.Б.'];

describe('a decision heading over a motion put to the vote is that vote\'s opening, no vote of its own', () => {
  it('Kazakh: "ШЕШІМ ҚАБЫЛДАНДЫ: … ұсыныс дауысқа қойылды." over the counts', () => {
    expect(votesOf([...PROTOCOL_HEAD, 'ШЕШІМ ҚАБЫЛДАНДЫ: Басқарманың жауабын қанағаттанарлық деп тану туралы ұсыныс дауысқа қойылды.', 'Дауыс беру: жақтап – 3, қарсы – 5, қалыс – 1. Шешім қабылданбады.']))
      .toEqual([[8, 0, 1, 'adopted'], [3, 5, 1, 'rejected']]);
  });

  it('Kazakh, the motion put with "дауысқа салынды"', () => {
    expect(votesOf([...PROTOCOL_HEAD, 'ШЕШІМ ҚАБЫЛДАНДЫ: Жауапты қанағаттанарлық деп тану туралы ұсыныс дауысқа салынды.', 'Жақтап – 4, қарсы – 4, қалыс – 1. Ұсыныс қолдау таппады.']))
      .toEqual([[8, 0, 1, 'adopted'], [4, 4, 1, 'rejected']]);
  });

  it('near miss: a decision heading that says the result in words is still a vote', () => {
    expect(votesOf([...PROTOCOL_HEAD, 'ШЕШІМ ҚАБЫЛДАНДЫ: Басқарманың жауабы бірауыздан қанағаттанарлық деп танылды.']).length).toBe(2);
  });
});

describe('a result said of numbered recommendations', () => {
  it('"Рекомендации № 1–8 приняты." / "Рекомендация № 9 принята." declare adoption; "не принята" rejection', () => {
    expect(declaredIn('Рекомендации № 1–8 приняты.')).toBe('adopted');
    expect(declaredIn('Рекомендация №9 принята.')).toBe('adopted');
    expect(declaredIn('Рекомендация № 9 не принята.')).toBe('rejected');
  });

  it('near miss: a recommendation "принята к сведению" is no adoption', () => {
    expect(declaredIn('Рекомендации № 1–3 приняты к сведению.')).not.toBe('rejected');
  });
});

describe('a reference note whose paragraph says its data are not the council\'s', () => {
  it('Kazakh: "Анықтама: … облыстық Қоғамдық кеңес 7 мониторинг өткізді. Бұл деректер Кеңестің көрсеткіштеріне жатпайды."', () => {
    const lines = ['Кеңес 5 мониторинг жүргізді.', '', 'Анықтама: басқарманың өзі тоқсанда 128 үйді тексерді; облыстық Қоғамдық кеңес III тоқсанда 7 мониторинг', 'өткізді. Бұл деректер Кеңестің көрсеткіштеріне жатпайды.'];
    expect(figuresOf(lines).monitorings).toBe(5);
    expect(candidatesOf(lines)).not.toContain('monitorings=7');
  });

  it('Russian: "Справочно: … проведено 9 мониторингов. Эти данные в показатели Совета не входят."', () => {
    const lines = ['Советом проведено 4 мониторинга.', '', 'Справочно: общественным советом области за год проведено 9 мониторингов.', 'Эти данные в показатели Совета не входят.'];
    expect(figuresOf(lines).monitorings).toBe(4);
    expect(candidatesOf(lines)).not.toContain('monitorings=9');
  });
});

describe('the stages of one event are that event', () => {
  it('Kazakh: "Мониторинг екі кезеңмен өтті (2–3 маусым және 4–5 маусым)" under its item of 2–5 маусым', () => {
    const lines = ['Мониторингтер:', '– 2026 жылғы 12 мамыр – аурухананың қабылдау бөлімі;', '– 2026 жылғы 2–5 маусым – ауылдық медициналық пункттер. Мониторинг екі кезеңмен өтті (2–3 маусым және 4–5 маусым),', '  бір мониторинг ретінде есептелді.'];
    expect(activitiesOf(lines)).toEqual(['monitoring 2026-05-12', 'monitoring 2026-06-02']);
  });

  it('Russian: "прошёл в два этапа (2–3 и 4–5 июня)"', () => {
    const lines = ['Мониторинги:', '– 12.05.2026 – приёмное отделение больницы;', '– 02.06.2026–05.06.2026 – сельские медпункты. Мониторинг прошёл в два этапа (2–3 июня и 4–5 июня).'];
    expect(activitiesOf(lines).filter((a) => a.startsWith('monitoring'))).toEqual(['monitoring 2026-05-12', 'monitoring 2026-06-02']);
  });
});

describe('every draft reviewed agreed with remarks', () => {
  it('Kazakh: "1 НҚА жобасы қаралды (…), ескертулермен келісілді."', () => {
    expect(figuresOf(['1 НҚА жобасы қаралды (облыстағы маршруттардың тізбесі), ескертулермен келісілді.'])).toMatchObject({ npa_reviewed: 1, npa_with_remarks: 1 });
  });

  it('Russian: "Рассмотрено 3 проекта НПА, все согласованы с замечаниями."', () => {
    const figures = figuresOf(['Рассмотрено 3 проекта НПА, все согласованы с замечаниями.']);
    expect(figures).toMatchObject({ npa_reviewed: 3, npa_with_remarks: 3 });
    expect(figures.npa_approved).toBeUndefined();
  });

  it('Kazakh: "Кеңес 4 НҚА жобасын қарады, барлығы ескертулермен келісілді."', () => {
    const figures = figuresOf(['Кеңес 4 НҚА жобасын қарады, барлығы ескертулермен келісілді.']);
    expect(figures).toMatchObject({ npa_reviewed: 4, npa_with_remarks: 4 });
    expect(figures.npa_approved).toBeUndefined();
  });

  it('near miss: approved without remarks stays approved', () => {
    const figures = figuresOf(['Рассмотрено 3 проекта НПА, все одобрены без замечаний.']);
    expect(figures).toMatchObject({ npa_reviewed: 3, npa_approved: 3 });
    expect(figures.npa_with_remarks).toBeUndefined();
  });
});

describe('a group named after an event\'s kind, and what is taught of it, are no event', () => {
  it('"Проведено 2 семинара для членов мониторинговой группы (05.02.2026 и в июле)" is a seminar', () => {
    expect(activitiesOf(['Проведено 2 семинара для членов мониторинговой группы (05.02.2026 и в июле).'])).toEqual(['seminar 2026-02-05']);
  });

  it('"1 семинар (обучение методике мониторинга, 28.01.2026)" is a seminar', () => {
    expect(activitiesOf(['Проведены 2 круглых стола («Буллинг» – 26.02.2026, «Подвоз» – 30.09.2026) и 1 семинар для членов мониторинговых групп (обучение методике мониторинга, 28.01.2026).']))
      .toEqual(['round_table 2026-02-26', 'round_table 2026-09-30', 'seminar 2026-01-28']);
  });

  it('near miss: a monitoring held by the monitoring group is a monitoring', () => {
    expect(activitiesOf(['12.03.2026 мониторинговой группой проведён мониторинг школьных столовых.'])).toEqual(['monitoring 2026-03-12']);
  });
});

describe('the commissions\' count after a presidium\'s label', () => {
  it('"Проведено 6 заседаний Совета и 2 заседания президиума, комиссиями – 11 заседаний."', () => {
    expect(figuresOf(['Проведено 6 заседаний Совета и 2 заседания президиума, комиссиями – 11 заседаний.'])).toMatchObject({ general_meetings: 6, presidium_meetings: 2, commission_meetings: 11 });
  });

  it('near miss: a working group\'s count stays a candidate of another body', () => {
    expect(candidatesOf(['В отчетном периоде Совет провел 10 заседаний, рабочая группа – 4.'])).toEqual(['general_meetings=4']);
  });
});

describe('the report\'s period is no report', () => {
  it('"новых членов в отчетном периоде не включалось" leaves the member who left a figure', () => {
    expect(figuresOf(['В августе выбыл 1 член Совета в связи с переездом; новых членов в отчетном периоде не включалось.'])).toMatchObject({ members_left: 1, members_joined: 0 });
  });

  it('near miss: "в отчет не включены" still leaves the count out', () => {
    expect(figuresOf(['Проведены 2 слушания, которые в отчет Совета не включены.']).public_hearings).toBeUndefined();
  });
});

describe('a date ending its sentence keeps the sentence\'s stop when masked', () => {
  it('"… ожидается до 15.01.2027. Для сравнения: …" is two sentences', () => {
    expect(sentencesOf(maskNeverCounts('Ответ ожидается до 15.01.2027. Для сравнения: проведено 112 проверок.')).length).toBe(2);
  });

  it('the letters before a note that leaves another body\'s figures out are the council\'s', () => {
    expect(figuresOf(['Направлено 11 писем, ответы получены на 10 писем; ответ по акту № 8 ожидается до 15.01.2027. Для сравнения: Департаментом за год проведено 112 проверок – эти данные в показатели Совета не включены.']))
      .toMatchObject({ letters_sent: 11, letters_answered: 10 });
  });

  it('near miss: a date inside a sentence stays masked whole', () => {
    expect(maskNeverCounts('С 15.01.2027 г. работает 3 комиссии.')).not.toMatch(/15/u);
  });
});

describe('dated parts and the rest after them make the count', () => {
  it('Russian: "Заслушано 5 отчетов: … (18.03.2026), … (20.05.2026) и … (21.10.2026), а также 2 подведомственных организаций"', () => {
    expect(activitiesOf(['Заслушано 5 отчетов: отделов образования г. Экибастуза (18.03.2026), Майского района (20.05.2026) и г. Аксу (21.10.2026), а также 2 подведомственных организаций управления.']))
      .toEqual(['report_hearing 2026-03-18', 'report_hearing 2026-05-20', 'report_hearing 2026-10-21']);
  });

  it('near miss: parts that do not make the count with the rest give no dated events', () => {
    expect(activitiesOf(['Заслушано 7 отчетов: отдела образования (18.03.2026), отдела ЖКХ (20.05.2026) и отдела культуры (21.10.2026), а также 1 организации.'])).not.toContain('report_hearing 2026-05-20');
  });
});

describe('a table of dated rows whose title column names the kind', () => {
  it('"№ акта | Сроки проведения | Тема мониторинга | …" with an "Итого" row: each act a monitoring, the total none', () => {
    const lines = ['3. Общественный мониторинг', '№ акта\tСроки проведения\tТема мониторинга\tОбследовано объектов\tВыявлено нарушений', '1\t12.02.2026 – 20.02.2026\tБезопасность в школах-интернатах\t6\t11', '2\t16.03.2026\tУсловия инклюзивного обучения\t9\t14', 'Итого\t15\t25'];
    expect(activitiesOf(lines)).toEqual(['monitoring 2026-02-12', 'monitoring 2026-03-16']);
  });
});

describe('numbered sections, one a title alone over its dashes, are no list of events', () => {
  it('"3. Заслушанные отчёты. …" / "4. Мониторинги:" / "– 09.07.2026 – …" / "5. Обращения. …"', () => {
    const lines = ['3. Заслушанные отчёты. Заслушаны отчёты трёх организаций: КГП «Больница» (14.07.2026), КГП «Поликлиника» (18.08.2026), КГП «Центр» (15.09.2026).', '4. Мониторинги:', '– 09.07.2026 – приёмное отделение больницы;', '– 23.07.2026 – аптека поликлиники.', '5. Обращения. Поступило 11 обращений граждан.'];
    expect(activitiesOf(lines)).toEqual(['report_hearing 2026-07-14', 'report_hearing 2026-08-18', 'report_hearing 2026-09-15', 'monitoring 2026-07-09', 'monitoring 2026-07-23']);
  });
});

describe('the online members named in a bracket after the head sentence\'s count', () => {
  it('"присутствовали 12 из 13 членов …, в том числе двое – по видеосвязи (Шаповалов И.Н., Кенесова Б.Т.)"', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 6', 'заседания Общественного совета', '14 октября 2026 года', 'На заседании присутствовали 4 из 5 членов Общественного совета, в том числе двое – по видеосвязи (Шаповалов И.Н., Кенесова Б.Т.). Отсутствовал Жумабаев Т.К. (больничный лист).', 'Присутствовали: Лукьяненко В.А., Ахметжанов С.Б., Кенесова Б.Т., Шаповалов И.Н.', 'Повестка дня:', '1) Об итогах опроса.', 'Решили: принять к сведению. «за» – 4 / «против» – 0 / «воздержались» – 0. Принято.'].join('\n'));
    expect(x.online).toBe(2);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name).sort()).toEqual(['Кенесова Б.Т.', 'Шаповалов И.Н.']);
  });
});

describe('the commissions beside the members and their parts in one bracket', () => {
  it('Russian: "Общественный совет района (11 членов, из них 9 – …, 2 – от госорганов; 2 комиссии)"', () => {
    expect(figuresOf(['Общественный совет района (11 членов, из них 9 – от гражданского общества, 2 – от госорганов; 2 комиссии) в III квартале работал по плану.']))
      .toMatchObject({ members_total: 11, members_civil: 9, members_state: 2, commissions: 2 });
  });

  it('Kazakh: "Аудандық қоғамдық кеңес (11 мүше, оның ішінде 9 – …, 2 – …; 2 комиссия)"', () => {
    expect(figuresOf(['Аудандық қоғамдық кеңес (11 мүше, оның ішінде 9 – азаматтық қоғам өкілдері, 2 – мемлекеттік органдардан; 2 комиссия) жоспар бойынша жұмыс істеді.']).commissions).toBe(2);
  });

  it('near miss: a commission\'s meetings in the bracket are no commissions', () => {
    expect(figuresOf(['Общественный совет района (11 членов, из них 9 – от гражданского общества; 2 заседания комиссии) работал по плану.']).commissions).toBeUndefined();
  });
});

describe('a count of departments that is the rest of a list naming another before it', () => {
  it('Russian: "руководителя отдела образования (11 июня) и двух отделов (12 марта, 17 сентября)" — no departments_heard 2', () => {
    const lines = ['Всего заслушано 3 отчёта: руководителя отдела образования (11 июня) и двух отделов (12 марта, 17 сентября).'];
    expect(figuresOf(lines).departments_heard).toBeUndefined();
    expect(candidatesOf(lines)).toContain('departments_heard=2');
  });

  it('Kazakh: "білім бөлімі басшысының (11 маусым) және екі бөлімнің (…)"', () => {
    expect(figuresOf(['Барлығы 3 есеп тыңдалды: білім бөлімі басшысының (11 маусым) және екі бөлімнің (12 наурыз, 17 қыркүйек).']).departments_heard).toBeUndefined();
  });

  it('near miss: the departments\' count leading its list stays the figure', () => {
    expect(figuresOf(['Заслушаны отчёты 3 отделов: образования, культуры и сельского хозяйства.']).departments_heard).toBe(3);
  });
});

describe('one of a label\'s count told with its day and no verb', () => {
  it('Kazakh: "«Дөңгелек үстел» – 3, соның ішінде 2026 жылғы 12 мамырда «…» тақырыбында." — one round table of 12 May', () => {
    const lines = ['«Дөңгелек үстел» – 3, соның ішінде 2026 жылғы 12 мамырда «Тұрмыстық зорлық-зомбылық: алдын алу» тақырыбында.'];
    expect(activitiesOf(lines)).toEqual(['round_table 2026-05-12']);
    expect(figuresOf(lines).round_tables).toBe(3);
  });

  it('Russian: "Круглые столы – 3, в том числе 12 мая 2026 года – «Профилактика насилия»."', () => {
    expect(activitiesOf(['Круглые столы – 3, в том числе 12 мая 2026 года – «Профилактика насилия».'])).toEqual(['round_table 2026-05-12']);
  });

  it('near misses: two days, a plan, another type in the rest', () => {
    expect(activitiesOf(['Круглые столы – 3, в том числе 12 мая и 20 июня 2026 года.'])).not.toContain('round_table 2026-05-12');
    expect(activitiesOf(['Круглые столы – 3, в том числе 12 мая 2026 года планируется ещё один.'])).toEqual([]);
    expect(activitiesOf(['Круглые столы – 3, в том числе 12 мая 2026 года по итогам мониторинга школ.'])).not.toContain('monitoring 2026-05-12');
  });
});

describe('a label\'s count parted by counts is no dated event', () => {
  it('"Заслушивание отчётов – 2, из них отделов акимата района – 1, подведомственных организаций – 1:" over dated items', () => {
    const lines = ['2.2. Заслушивание отчётов – 2, из них отделов акимата района – 1, подведомственных организаций – 1:', '   i. 23.07.2026 – отчёт ГУ «Отдел образования района»;', '   ii. 26.08.2026 – отчёт ГКП на ПХВ «Районная больница».'];
    expect(activitiesOf(lines)).toEqual(['report_hearing 2026-07-23', 'report_hearing 2026-08-26']);
  });
});
