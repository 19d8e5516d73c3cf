/**
 * Files that hold more than the one document (held-out set 128's theme): a protocol followed by an earlier protocol's
 * extract, or quoting one in an item; a commission's own short protocol inside an item or appended; the decision repeated
 * as an appendix; a report with last year's report appended or quoted, or followed by the council's plan for the year to
 * come. Only the main document's figures count (protocol/withoutOtherDocuments.ts, report/otherDocuments.ts). Variants of
 * my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain]);
const figure = (lines: string[], metric: string) => parseReport(lines.join('\n')).figures.find((f) => f.metric === metric)?.value;
const activityDates = (lines: string[]) => parseReport(lines.join('\n')).activities.map((a) => a.date_start).sort();

const HEAD_RU = ['ПРОТОКОЛ № 5', 'заседания Общественного совета Мугалжарского района', 'г. Кандыагаш                  14.10.2026', '',
  'Всего членов Совета – 9. Присутствовали – 8. Отсутствовал 1 (Сеитов А.К. – командировка).', ''];
const HEAD_KK = ['ХАТТАМА № 4', 'Шалқар ауданы Қоғамдық кеңесінің отырысы', 'Шалқар қаласы                 2026 жылғы 21 қазан', '',
  'Кеңестің 9 мүшесінің 7-і қатысты. Кворум бар.', ''];
const SIGN_RU = ['', 'Председатель                      Б. Омаров', 'Секретарь                         Г. Лим', ''];
const SIGN_KK = ['', 'Төраға                            Е. Қасымов', 'Хатшы                             Д. Әлиева', ''];

describe('an earlier protocol\'s extract appended after the signatures or quoted in an item adds no vote', () => {
  it('Russian: "Приложение к протоколу № 5" / "ВЫПИСКА из протокола № 3" with its own attendance and vote', () => {
    const lines = [...HEAD_RU, 'СЛУШАЛИ: О ремонте дорог.', 'ПОСТАНОВИЛИ: Принять к сведению.', 'Голосовали: за – 7, против – 0, воздержались – 1.', ...SIGN_RU,
      '--------------------------------------', '                     Приложение к протоколу № 5', '',
      'ВЫПИСКА', 'из протокола № 3 заседания Общественного совета от 12 мая 2026 года', '',
      'Присутствовали – 9.', 'СЛУШАЛИ: О ремонте дорог.', 'Голосовали: «за» – 9, «против» – 0, «воздержались» – 0. Решение принято.', '',
      'Выписка верна.', 'Секретарь Общественного совета      Г. Лим'];
    const p = parseProtocol(lines.join('\n'));
    expect(p.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[7, 0, 1]]);
    expect([p.number, p.present]).toEqual(['5', 8]);
  });
  it('Kazakh: "Кеңестің 2026 жылғы 10 маусымдағы № 2 отырысы хаттамасынан ҮЗІНДІ" after the signatures', () => {
    const votes = votesOf([...HEAD_KK, '1. ТЫҢДАЛДЫ: Жол жөндеу туралы.', 'ҚАУЛЫ ЕТТІ: Назарға алынсын.', 'Дауыс беру: жақтап – 6, қарсы – 1, қалыс – 0.', ...SIGN_KK,
      'Кеңестің 2026 жылғы 10 маусымдағы № 2 отырысы хаттамасынан ҮЗІНДІ', '', 'Қатысқаны – 9.', 'ТЫҢДАЛДЫ: Жол жөндеу туралы.',
      'Дауыс беру: жақтап – 9, қарсы – 0, қалыс – 0. Қабылданды.', '', 'Хатшы                             Д. Әлиева']);
    expect(votes).toEqual([[6, 1, 0]]);
  });
  it('Russian: an extract read out in an item, in «…» with a name in quotes inside, then the item\'s own vote', () => {
    const votes = votesOf([...HEAD_RU, 'СЛУШАЛИ: Омарова Б. об исполнении решений. Зачитана выписка:', '',
      '  «ВЫПИСКА ИЗ ПРОТОКОЛА № 2 заседания Совета от 3 марта 2026 г. Присутствовали 9.',
      '  ПОСТАНОВИЛИ: рекомендовать ТОО «Су арнасы» завершить работы. Голосовали: за – 8, против – 1,', '  воздержались – 0. Решение принято.»', '',
      'ПОСТАНОВИЛИ: Оставить на контроле.', 'Голосовали: за – 8, против – 0, воздержались – 0.']);
    expect(votes).toEqual([[8, 0, 0]]);
  });
  it('near miss: "выписку из протокола № 3 приложить" in a sentence and "Выписка верна" cut nothing — the vote after is read', () => {
    const votes = votesOf([...HEAD_RU, 'СЛУШАЛИ: О ремонте дорог.', 'Голосовали: за – 8, против – 0, воздержались – 0.', '',
      'Выписка из протокола № 3 прилагается к материалам заседания.', 'СЛУШАЛИ: О плане на 2027 год.',
      'Голосовали: за – 7, против – 1, воздержались – 0.', ...SIGN_RU]);
    expect(votes).toEqual([[8, 0, 0], [7, 1, 0]]);
  });
});

describe('a commission\'s short protocol inside an item or appended: its vote is the commission\'s', () => {
  it('Russian: "КРАТКИЙ ПРОТОКОЛ ЗАСЕДАНИЯ КОМИССИИ … № 2" inside item 1, the item goes on after its signature', () => {
    const votes = votesOf([...HEAD_RU, '1. СЛУШАЛИ: Омарова Б. о мониторинге. Протокол комиссии приводится ниже:',
      'КРАТКИЙ ПРОТОКОЛ ЗАСЕДАНИЯ КОМИССИИ ПО СОЦИАЛЬНЫМ ВОПРОСАМ № 2', '07.10.2026', 'Членов комиссии – 3, присутствовали – 3.',
      'Голосовали: за – 3, против – 0, воздержались – 0.', 'Председатель комиссии Б. Омаров',
      'ВЫСТУПИЛИ: Лим Г.', 'ПОСТАНОВИЛИ: Рекомендации одобрить.', 'Голосовали: за – 6, против – 2, воздержались – 0. Решение принято.', '',
      '2. СЛУШАЛИ: О плане.', 'Голосовали: за – 8, против – 0, воздержались – 0.', ...SIGN_RU]);
    expect(votes).toEqual([[6, 2, 0], [8, 0, 0]]);
  });
  it('Kazakh: "Хаттамаға қосымша" / "ЭКОЛОГИЯ ЖӨНІНДЕГІ КОМИССИЯ ОТЫРЫСЫНЫҢ ҚЫСҚАША ХАТТАМАСЫ № 1" appended', () => {
    const p = parseProtocol([...HEAD_KK, '1. ТЫҢДАЛДЫ: Мониторинг қорытындысы.', 'Дауыс беру: жақтап – 7, қарсы – 0, қалыс – 0. Қабылданды.', ...SIGN_KK,
      '                 Хаттамаға қосымша', 'ЭКОЛОГИЯ ЖӨНІНДЕГІ КОМИССИЯ ОТЫРЫСЫНЫҢ ҚЫСҚАША ХАТТАМАСЫ № 1', '2026 жылғы 14 қазан',
      'Комиссия мүшелері – 4, қатысты – 4.', 'Дауыс беру: 4/0/0. Қабылданды.', 'Комиссия төрағасы Е. Қасымов'].join('\n'));
    expect(p.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[7, 0, 0]]);
    expect([p.number, p.date]).toEqual(['4', '2026-10-21']);
  });
});

describe('the decision repeated as an appendix tells the same votes again: counted once', () => {
  it('Russian: "Приложение к протоколу № 5" / "РЕШЕНИЕ" with the counts in brackets', () => {
    const votes = votesOf([...HEAD_RU, '1. СЛУШАЛИ: О плане на 2027 год.', 'Голосовали: за – 7, против – 0, воздержались – 1. Принято.', '',
      '2. СЛУШАЛИ: О графике.', 'Голосовали: за – 8, против – 0, воздержались – 0. Принято.', ...SIGN_RU,
      '                       Приложение к протоколу № 5', '', '                              РЕШЕНИЕ', 'Общественного совета от 14.10.2026',
      '1. Утвердить план на 2027 год (за – 7, против – 0, воздержались – 1).', '2. Утвердить график (за – 8, против – 0, воздержались – 0).', '',
      'Председатель                      Б. Омаров']);
    expect(votes).toEqual([[7, 0, 1], [8, 0, 0]]);
  });
  it('near miss: "қосымша" (additional) wrapped to a line\'s start over a "ШЕШІМ (жақтағаны – …)" section is no appendix', () => {
    const votes = votesOf([...HEAD_KK, '1. ТЫҢДАЛДЫ: Бюджет жобасы. Комиссия аулаларды абаттандыруға', 'қосымша қаражат көздеуді ұсынады.',
      'ШЕШІМ (жақтағаны – 6, қарсы – 1, қалыс қалғаны – 0): ұсыныстар жолдансын.', '', '2. ТЫҢДАЛДЫ: Жоспар.',
      'ШЕШІМ:', 'Жоспар бекітілсін.', 'Дауыс беру: жақтап – 7, қарсы – 0, қалыс – 0.', ...SIGN_KK]);
    expect(votes).toEqual([[6, 1, 0], [7, 0, 0]]);
  });
  it('near miss: "Приложение 1" over a registration sheet is the protocol\'s own — no cut, no vote lost', () => {
    const votes = votesOf([...HEAD_KK, '1. ТЫҢДАЛДЫ: Жол жөндеу туралы.', 'Дауыс беру: жақтап – 7, қарсы – 0, қалыс – 0.', ...SIGN_KK,
      '1-қосымша', 'ТІРКЕУ ПАРАҒЫ', '1. Қасымов Е.Н.  ______', '2. Әлиева Д.М.  ______']);
    expect(votes).toEqual([[7, 0, 0]]);
  });
});

const REPORT_RU = ['ОТЧЁТ', 'о работе Общественного совета Мугалжарского района за 9 месяцев 2026 года', '',
  'Проведено 5 заседаний Совета и 4 мониторинга (12.02.2026, 14.04.2026, 16.06.2026, 10.09.2026).', 'Поступило 11 обращений.', '',
  'Председатель Общественного совета             Б. Омаров', '08.10.2026', ''];
const REPORT_KK = ['ШАЛҚАР АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', '2026 жылғы қазан айындағы жұмыс туралы ЕСЕП', '',
  'Мониторингтер – 2 (07.10.2026, 21.10.2026).', 'Өтініштер – 6.', '', 'Хатшы                                Д. Әлиева', '03.11.2026', ''];

describe('a report followed by last year\'s report or the council\'s plan: only the report\'s own figures', () => {
  it('Russian: "Приложение (для сравнения)" / last year\'s report after the signature', () => {
    const lines = [...REPORT_RU, '=========================', 'Приложение (для сравнения)', 'ОТЧЁТ за 9 месяцев 2025 года',
      'Проведено 6 заседаний, 7 мониторингов (11.02.2025, 15.04.2025).', 'Поступило 14 обращений.'];
    expect([figure(lines, 'general_meetings'), figure(lines, 'monitorings'), figure(lines, 'appeals_received')]).toEqual([5, 4, 11]);
    expect(activityDates(lines)).toEqual(['2026-02-12', '2026-04-14', '2026-06-16', '2026-09-10']);
  });
  it('Kazakh: "* * *" / "КЕҢЕСТІҢ 2027 ЖЫЛҒА ЖОСПАРЫ" after the signature: its planned counts and dates are no figures, no activities', () => {
    const lines = [...REPORT_KK, '* * *', 'КЕҢЕСТІҢ 2026 ЖЫЛҒЫ ҚАРАША – ЖЕЛТОҚСАН АЙЛАРЫНА ЖӘНЕ 2027 ЖЫЛҒА ЖОСПАРЫ',
      ' - 18.11.2026 – мектеп асханаларына мониторинг;', ' - Мониторингтер – 8;', ' - Өтініштерді қарау – 20.'];
    expect([figure(lines, 'monitorings'), figure(lines, 'appeals_received')]).toEqual([2, 6]);
    expect(activityDates(lines)).toEqual(['2026-10-07', '2026-10-21']);
  });
  it('near miss: a letter\'s addressee "Кеңес төрағасы Ә.Н. Серікбаеваға" over the report is no signature — nothing cut', () => {
    const lines = ['Кеңес төрағасы Ә.Н. Серікбаеваға', '', '2026 ЖЫЛҒЫ ҚАЗАН АЙЫ БОЙЫНША ЕСЕП (өткен жылмен салыстыру, 2025)', '',
      ...REPORT_KK.slice(3)];
    expect([figure(lines, 'monitorings'), figure(lines, 'appeals_received')]).toEqual([2, 6]);
  });
  it('near miss: an appendix of the same year after the signature is the report\'s own — its dates read', () => {
    const lines = [...REPORT_KK, 'Қосымша: 2026 жылғы қазан айындағы мониторингтер тізбесі', '1. 07.10.2026 – мектептер;', '2. 21.10.2026 – жолдар.'];
    expect(activityDates(lines)).toEqual(['2026-10-07', '2026-10-21']);
  });
});

describe('last year\'s report quoted in «…»: none of its counts', () => {
  it('Kazakh: "Салыстыру үшін өткен жылғы ақпараттан үзінді келтіреміз:" / «2025 жылғы қазанда … 5 мониторинг …»', () => {
    const lines = [...REPORT_KK.slice(0, 6), 'Салыстыру үшін былтырғы есептен үзінді:', '  «2025 жылғы қазанда 5 мониторинг (02.10.2025, 09.10.2025)',
      '  өткізілді, 9 өтініш қабылданды.»', ...REPORT_KK.slice(6)];
    expect([figure(lines, 'monitorings'), figure(lines, 'appeals_received')]).toEqual([2, 6]);
    expect(activityDates(lines)).toEqual(['2026-10-07', '2026-10-21']);
  });
  it('Russian: "Для сравнения – из отчёта за прошлый год:" «За 9 месяцев 2025 года поступило 20 обращений …»', () => {
    const lines = [...REPORT_RU.slice(0, 5), 'Для сравнения – из отчёта за прошлый год: «За 9 месяцев 2025 года поступило', '20 обращений, проведено 3 мониторинга.»', ...REPORT_RU.slice(5)];
    expect([figure(lines, 'monitorings'), figure(lines, 'appeals_received')]).toEqual([4, 11]);
  });
  it('near miss: a title in «…» after a colon, no other year, is the report\'s text — the seminar and its title read', () => {
    const lines = [...REPORT_KK.slice(0, 5), '24.10.2026 семинар өтті, тақырыбы:', '«Қоғамдық бақылау туралы» заң.', ...REPORT_KK.slice(5)];
    const r = parseReport(lines.join('\n'));
    expect(r.figures.find((f) => f.metric === 'seminars')?.value).toBe(1);
    expect(r.activities.find((a) => a.type === 'seminar')?.title).toContain('Қоғамдық бақылау');
  });
});
