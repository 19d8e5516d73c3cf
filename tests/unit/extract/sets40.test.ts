/**
 * Session 40's classes from set 156 (online-only and hybrid meetings), each with variants the set did not show, in both
 * languages, and near misses that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readListHeading } from '../../../sources/extract/protocol/readAttendance.ts';
import { checkedForm } from '../../../sources/extract/report/figureLexicon.ts';

const protocol = (lines: string[]) => parseProtocol(lines.join('\n'));
const votesOf = (lines: string[]) => protocol(lines).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const report = (lines: string[]) => parseReport(['Есеп: 2026 жылғы III тоқсан', '', ...lines].join('\n'));
const figuresOf = (lines: string[]) => Object.fromEntries(report(lines).figures.map((f) => [f.metric, f.value]));

const RU_HEAD = ['ПРОТОКОЛ № 9', '12 ноября 2026 года', 'ПОВЕСТКА ДНЯ:', '1. О ходе обновления автобусного парка.', '2. О предложении о мониторинге.'];

describe('the agenda\'s vote beside a closing table of the questions\' votes', () => {
  const table = ['Итоги голосования по вопросам повестки', 'Вопрос\tЗа\tПротив\tВоздерж.\tРешение', '1. Обновление парка\t10\t0\t0\tпринято', '2. Мониторинг\t3\t6\t1\tне принято'];
  it('"Повестка дня утверждена: за – 10, против – нет, …" is a vote of its own, not the table\'s first row told again', () => {
    expect(votesOf([...RU_HEAD, 'Повестка дня утверждена: за – 10, против – нет, воздержавшихся нет.', '1. СЛУШАЛИ: Ахметова К.С.', 'РЕШИЛИ: принять к сведению.', '2. СЛУШАЛИ: Оспанова Т.М.', 'РЕШИЛИ: предложение не принято.', ...table]))
      .toEqual([[10, 0, 0, 'adopted'], [10, 0, 0, 'adopted'], [3, 6, 1, 'rejected']]);
  });

  it('Kazakh: "Күн тәртібі бекітілді: жақтап – 10, қарсы – жоқ, қалыс – жоқ." before the table', () => {
    expect(votesOf([...RU_HEAD, 'Күн тәртібі бекітілді: жақтап – 10, қарсы – жоқ, қалыс – жоқ.', '1. ТЫҢДАЛДЫ: Ахметов К.С.', '2. ТЫҢДАЛДЫ: Оспанов Т.М.', ...table]))
      .toEqual([[10, 0, 0, 'adopted'], [10, 0, 0, 'adopted'], [3, 6, 1, 'rejected']]);
  });

  it('near miss: a question\'s vote told under it and again in the table is one vote', () => {
    expect(votesOf([...RU_HEAD, '1. СЛУШАЛИ: Ахметова К.С.', 'Голосовали: за – 10, против – 0, воздержались – 0.', '2. СЛУШАЛИ: Оспанова Т.М.', 'Голосовали: за – 3, против – 6, воздержались – 1.', ...table]))
      .toEqual([[10, 0, 0, 'adopted'], [3, 6, 1, 'rejected']]);
  });
});

describe('a decision that says its result in words, over the vote\'s line of counts', () => {
  it('"РЕШИЛИ: предложение не поддержано, …" / "Голосовали: за – 4, против – 7, …" is one vote, rejected', () => {
    expect(votesOf([...RU_HEAD, '2. СЛУШАЛИ: Оспанова Т.М.', 'РЕШИЛИ: предложение не поддержано, мониторинг провести в плановом порядке.', 'Голосовали: за – 4, против – 7, воздержался – 1.']))
      .toEqual([[4, 7, 1, 'rejected']]);
  });

  it('Kazakh: "ШЕШІМ: ұсыныс қабылданбады." / "Дауыс беру: жақтап – 3, қарсы – 8, қалыс – 0."', () => {
    expect(votesOf([...RU_HEAD, '2. ТЫҢДАЛДЫ: Оспанов Т.М.', 'ШЕШІМ: ұсыныс қабылданбады.', 'Дауыс беру: жақтап – 3, қарсы – 8, қалыс – 0.']))
      .toEqual([[3, 8, 0, 'rejected']]);
  });

  it('bilingual, the result wrapped over lines and the counts bare under it with their legend', () => {
    expect(votesOf([...RU_HEAD, '2. Тыңдалды / Слушали: Абильдин К.М.', 'Шешім / Решили: ұсыныс қолдау таппады, отырыстар аралас форматта', 'өткізіледі / предложение не поддержано, заседания проводить в', 'смешанном формате.', '2 / 5 / 1 (жақтап / қарсы / қалыс – за / против / возд.).']))
      .toEqual([[2, 5, 1, 'rejected']]);
  });

  it('near miss: an adoption over counts that do not carry it gives them no result', () => {
    expect(votesOf([...RU_HEAD, '2. СЛУШАЛИ: Оспанова Т.М.', 'РЕШИЛИ: предложение принято.', 'Голосовали: за – 3, против – 8, воздержался – 0.']))
      .toEqual([[3, 8, 0, null]]);
  });
});

describe('a vote in a chat counted by its marks', () => {
  it('"«+» – 4, «–» – 3, қалыс қалғаны – 1"', () => {
    expect(votesOf([...RU_HEAD, '2. ТЫҢДАЛДЫ: Тоқтарбаев Ә.Н.', 'Дауыс беру топтық чатта өтті: «+» – 4, «–» – 3, қалыс қалғаны – 1.', 'Ұсыныс қолдау таппады.']))
      .toEqual([[4, 3, 1, 'rejected']]);
  });

  it('Russian: "Голосование в чате: «+» – 7, «-» – 1, воздержался – 0. Принято."', () => {
    expect(votesOf([...RU_HEAD, '1. СЛУШАЛИ: Мусин Р.К.', 'Голосование в чате: «+» – 7, «-» – 1, воздержался – 0. Принято.']))
      .toEqual([[7, 1, 0, 'adopted']]);
  });

  it('near miss: a bare plus in a sentence is no count', () => {
    expect(votesOf([...RU_HEAD, '1. СЛУШАЛИ: Мусин Р.К.', 'Он написал в чат + и 3 минуты ждал.'])).toEqual([]);
  });
});

describe('the part online told after the part in the room', () => {
  const counts = (line: string) => {
    const p = protocol([line, 'ПОВЕСТКА ДНЯ:', '1. О плане.']);
    return [p.present, p.online];
  };
  it('"в зале – 8, дистанционно через Zoom подключились 4"', () => {
    expect(counts('В заседании участвуют 12 членов Совета: в зале – 8, дистанционно через Zoom подключились 4.')).toEqual([12, 4]);
  });
  it('"из них 7 – в зале и 3 – в режиме видеоконференции через Microsoft Teams"', () => {
    expect(counts('Из 13 членов Совета в заседании приняли участие 10, из них 7 – в зале и 3 – в режиме видеоконференции через Microsoft Teams.')).toEqual([10, 3]);
  });
  it('"очно – 9 и 2 – по видеосвязи"', () => {
    expect(counts('Присутствовали 11 членов Совета: очно – 9 и 2 – по видеосвязи.')).toEqual([11, 2]);
  });
  it('near miss: guests connected by Zoom are no members online', () => {
    expect(counts('Присутствовали 12 членов: в зале – 8, через Zoom подключились 4 приглашённых.')).toEqual([12, null]);
  });
});

describe('a heading of the members connected to a call', () => {
  it('Kazakh and Russian: the connected members are those present, online', () => {
    for (const h of ['Бейнеқоңырауға қосылған Кеңес мүшелері:', 'Zoom-ға қосылған мүшелер:', 'Подключившиеся к видеоконференции члены Совета:', 'Қосылған мүшелер / Подключившиеся члены Совета:']) {
      expect(readListHeading(h), h).toEqual({ kind: 'present', online: true, excused: null });
    }
  });
  it('near miss: those not connected are absent', () => {
    expect(readListHeading('Қосылмаған мүшелер:')?.kind).toBe('absent');
  });
});

describe('the views of one broadcast are no platform\'s views', () => {
  const media = (lines: string[]) => report(lines).media.map((m) => [m.platform, m.publications, m.views]);
  it('Kazakh: "(Instagram тікелей эфирі, 1 870 қаралым)" inside an event\'s line', () => {
    expect(media(['12.08.2026 – онлайн диалог алаңы «Жылу тарифі» (Instagram тікелей эфирі, 1 870 қаралым).'])).toEqual([]);
  });
  it('Russian: "прямой эфир в Instagram, 112 участников, 6 800 просмотров трансляции"', () => {
    expect(media(['– 15.09.2026 – общественные слушания (Zoom + прямой эфир в Instagram, 112 участников, 6 800 просмотров трансляции).'])).toEqual([]);
  });
  it('near miss: the platform\'s publications and views told with its broadcasts stay', () => {
    expect(media(['Instagram: 24 публикации, 3 прямых эфира, 15 000 просмотров.'])).toEqual([['instagram', 24, 15000]]);
  });
});

describe('the appeals\' parts with the sender named in a bracket', () => {
  it('Kazakh: "жеке тұлғалардан 7, заңды тұлғадан 1 («Бестөбе-Сервис» КСК)"', () => {
    expect(figuresOf(['Тоқсанда Кеңеске 8 өтініш түсті: жеке тұлғалардан 7, заңды тұлғадан 1 («Бестөбе-Сервис» КСК).']))
      .toMatchObject({ appeals_received: 8, appeals_individuals: 7, appeals_legal_entities: 1 });
  });
  it('Russian: "от граждан 7, от организаций 1 (КСК «Сервис»)"', () => {
    expect(figuresOf(['Поступило 8 обращений: от граждан 7, от организаций 1 (КСК «Сервис»).']))
      .toMatchObject({ appeals_individuals: 7, appeals_legal_entities: 1 });
  });
  it('near miss: a bracket with a count is another reading, not taken as a name', () => {
    expect(figuresOf(['Поступило 8 обращений: от граждан 7, от организаций 1 (в 2025 году – 3).']).appeals_legal_entities).not.toBe(3);
  });
});

describe('a list of hearings whose lead says every body heard is a subordinate organisation', () => {
  it('Kazakh: "2 есеп тыңдалды, екеуі де басқармаға ведомстволық бағынысты ұйымдардың есебі:" over a КММ and a КМК', () => {
    const f = figuresOf(['Тоқсанда 2 есеп тыңдалды, екеуі де басқармаға ведомстволық бағынысты', 'ұйымдардың есебі:', '  – 16.07.2026 – «Қалалық тасымалды үйлестіру орталығы» КММ директорының есебі;', '  – 17.09.2026 – «Жол пайдалану» КМК басшысының есебі.']);
    expect(f).toMatchObject({ report_hearings: 2, subordinate_orgs_heard: 2 });
    expect(f.departments_heard).toBeUndefined();
  });
  it('Russian: "заслушаны 2 отчёта, оба – подведомственных организаций:"', () => {
    const f = figuresOf(['В квартале заслушаны 2 отчёта, оба – подведомственных организаций Управления:', '– 16.07.2026 – КГУ «Центр адаптации»;', '– 17.09.2026 – ГКП «Горводоканал».']);
    expect(f).toMatchObject({ subordinate_orgs_heard: 2 });
  });
  it('near miss: with no word for all, a state institution is no subordinate organisation', () => {
    const f = figuresOf(['Тоқсанда 2 есеп тыңдалды:', '  – 16.07.2026 – «Қалалық тасымалды үйлестіру орталығы» КММ директорының есебі;', '  – 17.09.2026 – «Жол пайдалану» КМК басшысының есебі.']);
    expect(f.subordinate_orgs_heard).toBeUndefined();
  });
});

describe('the days of a count\'s events after a dash closing its sentence', () => {
  const activitiesOf = (lines: string[]) => report(lines).activities.map((a) => `${a.type} ${a.date_start}`);
  it('Kazakh: "2 вебинар (семинар) ұйымдастырылды – 30.07.2026 және 24.09.2026;"', () => {
    expect(activitiesOf(['Жүргізушілерге арналған 2 вебинар (семинар) ұйымдастырылды – 30.07.2026 және 24.09.2026;'])).toEqual(['seminar 2026-07-30', 'seminar 2026-09-24']);
  });
  it('Russian, after a colon, three days: "Проведено 3 мониторинга: 08.07.2026, 05.08.2026 и 26.08.2026."', () => {
    expect(activitiesOf(['Проведено 3 мониторинга: 08.07.2026, 05.08.2026 и 26.08.2026.'])).toEqual(['monitoring 2026-07-08', 'monitoring 2026-08-05', 'monitoring 2026-08-26']);
  });
  it('near miss: more events counted than days told — each day not sure to be one', () => {
    expect(activitiesOf(['Проведено 3 вебинара – 30.07.2026 и 24.09.2026.'])).toHaveLength(1);
  });
});

describe('a section title with its form in a bracket over its dated dashes', () => {
  it('"4. Общественные слушания (онлайн)" / "– 14.04.2026 – по проекту …"', () => {
    const r = parseReport(['Отчёт о работе Общественного совета за 9 месяцев 2026 года', '', '4. Общественные слушания (онлайн)', '– 14.04.2026 – по проекту Дорожной карты;', '– 15.09.2026 – по проекту правил предоставления мест.', '5. Круглые столы'].join('\n'));
    expect(r.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['public_hearing 2026-04-14', 'public_hearing 2026-09-15']);
  });
});

describe('none pending at the period\'s end', () => {
  it('Kazakh: "Жыл соңында қараусыз қалған жоба жоқ."; Russian: "Нерассмотренных проектов на конец года нет."', () => {
    expect(figuresOf(['Кеңес 5 НҚА жобасын қарады: 4-еуі мақұлданды, 1-еуі ескертулермен мақұлданды. Жыл соңында қараусыз қалған жоба жоқ.'])).toMatchObject({ npa_reviewed: 5, npa_pending: 0 });
    expect(figuresOf(['Рассмотрено 5 проектов НПА. Нерассмотренных проектов на конец года нет.'])).toMatchObject({ npa_pending: 0 });
  });
  it('near miss: an event none at the year\'s end is a part of the period, no none for it', () => {
    expect(figuresOf(['Жыл соңында қоғамдық тыңдау өткізілген жоқ.']).public_hearings).toBeUndefined();
  });
});

describe('a draft named between its review and its approval', () => {
  it('"Рассмотрен 1 проект НПА – правила благоустройства территории посёлка, одобрен без замечаний."', () => {
    expect(figuresOf(['Рассмотрен 1 проект НПА – правила благоустройства территории посёлка, одобрен без замечаний.'])).toMatchObject({ npa_reviewed: 1, npa_approved: 1 });
  });
});

describe('the figure lexicon\'s forms are checked when it loads', () => {
  it('a form with one kind and a note passes as it is', () => {
    const form = { $comment: 'a note', after: 'заседани[\\p{L}]*' };
    expect(checkedForm('general_meetings', form)).toBe(form);
  });
  it('a form with no kind, two kinds or an unknown key is refused, naming its metric', () => {
    expect(() => checkedForm('monitorings', { $coment: 'typo' } as never)).toThrow(/monitorings has 0 kinds/);
    expect(() => checkedForm('monitorings', { after: 'a', before: 'b' } as never)).toThrow(/2 kinds \(before, after\)|2 kinds \(after, before\)/);
    expect(() => checkedForm('seminars', { after: 'семинар', contex: 'x' } as never)).toThrow(/seminars has the unknown key\(s\) contex/);
  });
});
