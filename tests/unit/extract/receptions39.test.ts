/**
 * Receptions of citizens, hotlines and field visits beside the appeals (held-out set 153's theme), and the council's
 * composition with suspended members (set 155): appeals filed by some of the people received, the callers or the
 * messages are a part inside the appeals, never their total (report/appealsOfVisitors); a table row of written or
 * registered appeals is appeals_received; a suspended membership is an absence's reason; the hearings' count alone in
 * their sentence's bracket; a new member appointed joins; a list of bodies heard whose item counts its rural akims; the
 * host body's site by its abbreviation; a label's count before a bracket of its days. Variants of my own in both
 * languages, and near misses that must stay unread.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { classifyAbsence } from '../../../sources/extract/protocol/splitPerson.ts';

const TITLE_RU = 'Информация о работе Общественного совета за 9 месяцев 2026 года';
const TITLE_KK = 'Қоғамдық кеңестің 2026 жылғы 9 айдағы жұмысы туралы ақпарат';
const TITLE_KK_Q3 = 'Кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп';
const report = (title: string, lines: string[]) => parseReport([title, '', ...lines].join('\n'));
const figuresOf = (title: string, lines: string[]) => Object.fromEntries(report(title, lines).figures.map((f) => [f.metric, f.value]));
const candidatesOf = (title: string, lines: string[]) => report(title, lines).candidates.map((c) => `${c.metric}=${c.value}`);

describe('appeals filed by some of the people received, the callers or the messages', () => {
  it('kk (set 153): "21 азамат қабылданды, оның 5-еуі жазбаша өтініш берді" is inside the 12 registered, no total', () => {
    const lines = ['5) Азаматтарды қабылдау.', '   – Жеке қабылдау: 21 азамат қабылданды, оның 5-еуі жазбаша өтініш берді.', '', '6) Өтініштер. Барлығы 12 өтініш тіркелді (жеке қабылдаудағы 5-еуін қоса алғанда).'];
    expect(figuresOf(TITLE_KK, lines).appeals_received).toBe(12);
    expect(candidatesOf(TITLE_KK, lines)).toContain('appeals_received=5');
  });

  it('kk variants: "олардың 12-сі жазбаша өтініш берді" after people, "27 қоңыраудың 3-еуі өтініш ретінде тіркелді"', () => {
    expect(figuresOf(TITLE_KK, ['Жеке қабылдауда 40 адам болды, олардың 12-сі жазбаша өтініш берді.']).appeals_received).toBeUndefined();
    expect(figuresOf(TITLE_KK, ['Сенім телефонына 27 қоңырау түсті, 27 қоңыраудың 3-еуі өтініш ретінде тіркелді.']).appeals_received).toBeUndefined();
  });

  it('ru: "Из 88 принятых граждан 19 оформили обращение", "Из 120 сообщений в WhatsApp 8 зарегистрированы как обращения", the part in the next sentence', () => {
    expect(candidatesOf(TITLE_RU, ['Из 88 принятых граждан 19 оформили письменное обращение.'])).toContain('appeals_received=19');
    expect(figuresOf(TITLE_RU, ['Из 120 сообщений в WhatsApp 8 зарегистрированы как обращения.']).appeals_received).toBeUndefined();
    expect(figuresOf(TITLE_RU, ['На личном приёме принято 57 человек. Из них 14 оформили письменные обращения.']).appeals_received).toBeUndefined();
  });

  it('kk typed without its letters: read with them, the part still no total', () => {
    const lines = ['Кенестин 3 отырысы отти. Жеке кабылдауда 21 азамат кабылданды, онын 5-еуi жазбаша отiнiш бердi.', 'Барлыгы 12 отiнiш тiркелдi.'];
    expect(figuresOf('Кенестин 2026 жылгы IV токсандагы жумысы туралы акпарат', lines).appeals_received).toBe(12);
  });

  it('near misses: the parts of the appeals themselves stay read, so does a total after the people received', () => {
    expect(figuresOf(TITLE_RU, ['Поступило 31 обращение от граждан, из них 29 – от физических лиц, 2 – от юридических лиц.'])).toMatchObject({ appeals_received: 31, appeals_individuals: 29, appeals_legal_entities: 2 });
    expect(figuresOf(TITLE_KK, ['Кеңеске 31 өтініш түсті, оның 29-ы жеке тұлғалардан, 2-еуі заңды тұлғалардан.'])).toMatchObject({ appeals_received: 31, appeals_individuals: 29 });
    expect(figuresOf(TITLE_RU, ['На личном приёме принято 57 человек. Всего поступило 31 обращение.']).appeals_received).toBe(31);
    expect(figuresOf(TITLE_RU, ['В Совет поступило 12 обращений от 10 граждан.']).appeals_received).toBe(12);
  });
});

describe('a table row of written or registered appeals', () => {
  it('ru (set 153): "Письменные обращения (зарегистрированы)" with its quarters and total is appeals_received', () => {
    const table = ['Показатель\tI кв.\tII кв.\tIII кв.\tВсего', 'Звонки на горячую линию\t49\t58\t57\t164', 'Письменные обращения (зарегистрированы)\t13\t15\t18\t46', 'Даны ответы на обращения\t12\t14\t15\t41'];
    expect(figuresOf(TITLE_RU, table)).toMatchObject({ appeals_received: 46, appeals_answered: 41 });
  });

  it('kk: "Жазбаша өтініштер" is the row; near miss: the calls\' and the people\'s rows are no appeals', () => {
    const table = ['Көрсеткіш\tШілде\tТамыз\tҚыркүйек\tБарлығы', 'Жеке қабылдау (адам)\t6\t4\t7\t17', 'Сенім телефоны (қоңырау)\t11\t9\t14\t34', 'Жазбаша өтініштер\t3\t2\t4\t9'];
    const figures = figuresOf(TITLE_KK, table);
    expect(figures.appeals_received).toBe(9);
    expect(Object.values(figures)).not.toContain(34);
  });
});

describe('a suspended membership as an absence\'s reason', () => {
  it('ru and kk (set 155): the member is absent with a reason, excused', () => {
    expect(classifyAbsence('членство приостановлено с 01.10.2026 по личному заявлению')).toBe(true);
    expect(classifyAbsence('полномочия приостановлены')).toBe(true);
    expect(classifyAbsence('мүшелігі тоқтатыла тұрған')).toBe(true);
    expect(classifyAbsence('мүшелігі уақытша тоқтатылған')).toBe(true);
  });

  it('near misses: no reason stays unknown, a reason not given stays unexcused', () => {
    expect(classifyAbsence('мүшелігі тоқтатылды')).toBeNull();
    expect(classifyAbsence('себебін хабарламады')).toBe(false);
    expect(classifyAbsence('причину не сообщил')).toBe(false);
  });
});

describe('hearings, members and bodies heard', () => {
  it('the count alone in the bracket closing the hearings\' sentence (set 153), both languages', () => {
    expect(figuresOf(TITLE_KK, ['3) Есеп тыңдау. 19 қарашада басқармаға ведомстволық бағынысты «Жұмыспен қамту орталығы» КММ директорының есебі тыңдалды (1 есеп).'])).toMatchObject({ report_hearings: 1, subordinate_orgs_heard: 1 });
    expect(figuresOf(TITLE_RU, ['Заслушан отчет директора КГУ «Центр занятости» (1 отчёт).']).report_hearings).toBe(1);
    expect(figuresOf(TITLE_KK, ['Бөлімдердің басшыларының есептері тыңдалды (3 есеп).']).report_hearings).toBe(3);
  });

  it('near miss: a bracketed count of reports after no hearing is none', () => {
    expect(figuresOf(TITLE_RU, ['Проведен мониторинг школ района (2 отчёта).']).report_hearings).toBeUndefined();
  });

  it('a new member appointed to the vacancy joins (set 153); appointed chair is no member joined', () => {
    expect(figuresOf(TITLE_KK_Q3, ['Тоқсанда 1 мүше өз өтініші бойынша құрамнан шықты, бос орынға 1 жаңа мүше тағайындалды (2026 жылғы 20 тамыздағы мәслихат шешімі).'])).toMatchObject({ members_left: 1, members_joined: 1 });
    expect(figuresOf(TITLE_KK_Q3, ['Тоқсанда Кеңеске екі жаңа мүше тағайындалды.']).members_joined).toBe(2);
    expect(figuresOf(TITLE_KK_Q3, ['Тоқсанда 1 мүше Кеңес төрағасы болып тағайындалды.']).members_joined).toBeUndefined();
  });

  it('an item counting its rural akims with as many days stands for that many hearings (set 153)', () => {
    expect(figuresOf(TITLE_RU, ['Всего заслушано 3 отчёта: руководителя отдела образования (11 июня) и двух акимов сельских округов (12 марта, 17 сентября).'])).toMatchObject({ report_hearings: 3, departments_heard: 1 });
    expect(figuresOf(TITLE_KK, ['Барлығы 3 есеп тыңдалды: аудандық білім бөлімінің (11 маусым) және екі ауылдық округ әкімінің (12 наурыз, 17 қыркүйек).'])).toMatchObject({ report_hearings: 3, departments_heard: 1 });
  });

  it('near miss: fewer days than the akims counted leave the departments unread', () => {
    expect(figuresOf(TITLE_RU, ['Всего заслушано 3 отчёта: руководителя отдела образования (11 июня) и двух акимов сельских округов (12 марта).']).departments_heard).toBeUndefined();
  });
});

describe('media and events', () => {
  it('the host body\'s abbreviation owns the site (set 153): "сайт ДП (раздел Совета) – 20"', () => {
    const media = report(TITLE_RU, ['Всего 58 публикаций: сайт ДП (раздел Совета) – 20, Instagram – 26, Telegram – 12.']).media;
    expect(media.map((m) => `${m.platform}=${m.publications}`)).toEqual(['website=20', 'instagram=26', 'telegram=12']);
  });

  it('near miss: a site joined to a network by "и" is no one platform\'s count', () => {
    const media = report(TITLE_RU, ['Всего 30 публикаций: сайт и Instagram – 20, Telegram – 10.']).media;
    expect(media.some((m) => m.platform === 'website')).toBe(false);
  });

  it('a label\'s count closing its clause before a bracket of days dates its events (set 153), both languages', () => {
    const acts = (title: string, line: string) => report(title, [line]).activities.map((a) => `${a.type} ${a.date_start}`);
    expect(acts(TITLE_RU, 'Круглых столов – 2 («Профилактика бытового насилия» 12.03.2026, «Безопасность на дорогах» 11.08.2026), семинар для участковых инспекторов – 1 (07.07.2026).')).toContain('seminar 2026-07-07');
    expect(acts(TITLE_RU, 'Круглых столов – 2 (12.03.2026, 11.08.2026), семинаров – 1 (07.07.2026).')).toEqual(['round_table 2026-03-12', 'round_table 2026-08-11', 'seminar 2026-07-07']);
    expect(acts(TITLE_KK, 'Дөңгелек үстел – 2 (2026 жылғы 12 наурыз, 11 тамыз), семинар – 1 (2026 жылғы 7 шілде).')).toEqual(['round_table 2026-03-12', 'round_table 2026-08-11', 'seminar 2026-07-07']);
  });

  it('near miss: a label\'s count with fewer days than it counts dates none', () => {
    const acts = report(TITLE_RU, ['Семинаров – 2 (07.07.2026).']).activities;
    expect(acts.filter((a) => a.type === 'seminar')).toEqual([]);
  });
});
