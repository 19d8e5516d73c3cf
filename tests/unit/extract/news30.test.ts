/**
 * Classes of session 30 from set 85: protocols told as a council's NEWS (a website's news item, a press release, a Telegram
 * post) and reports as the year's results (an infographic's cards, a news article). The news page's stamp and the press
 * release's date are the day of publication, never the meeting's; an infographic's big number stands on its own line over
 * its caption; "все одобрены без замечаний" after a count of drafts reviewed approves them all; a source note leaves
 * another body's figures out of the sheet.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { meetingNumberOf } from '../../../sources/extract/protocol/meetingNumber.ts';
import { readCardColumns } from '../../../sources/extract/report/cardColumn.ts';

const figure = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => f.value);

describe('a news page\'s stamp with no label (date, time, views) and a press release\'s dated label are no meeting\'s date', () => {
  const news = (stamp: string, meeting: string) => [
    'Общественный совет — официальный сайт акимата',
    'Главная / Новости',
    '',
    stamp,
    '',
    'Совет рассмотрел тарифы',
    '',
    meeting,
    'Присутствовали 12 из 15 членов Совета.',
  ].join('\n');
  it('ru: "29.01.2026 | 10:15 | Просмотров: 1 204" over "28 января 2026 года … состоялось заседание"', () => {
    expect(parseProtocol(news('29.01.2026 | 10:15 | Просмотров: 1 204', '28 января 2026 года состоялось заседание Общественного совета.')).date).toBe('2026-01-28');
  });
  it('variant: a time by a comma, the views as an eye and a bullet ("05.02.2026, 16:40 • 👁 87")', () => {
    expect(parseProtocol(news('05.02.2026, 16:40 • 👁 87', 'Заседание Общественного совета прошло 4 февраля 2026 года.')).date).toBe('2026-02-04');
  });
  it('kk: a worded date with its views apart by a gap ("2026 жылғы 19 наурыз   Қаралым: 340")', () => {
    expect(parseProtocol(news('2026 жылғы 19 наурыз      Қаралым: 340', '2026 жылғы 18 наурызда Қоғамдық кеңестің отырысы өтті.')).date).toBe('2026-03-18');
  });
  it('kk and ru: a press release\'s label with its date ("Баспасөз хабарламасы · 2026 жылғы 19 наурыз", "Пресс-релиз от 19.03.2026")', () => {
    for (const stamp of ['Баспасөз хабарламасы · 2026 жылғы 19 наурыз', 'ПРЕСС-РЕЛИЗ от 19.03.2026', 'Ақпараттық хабарлама – 19.03.2026']) {
      expect(parseProtocol(news(stamp, '18 марта 2026 года состоялось заседание Общественного совета.')).date).toBe('2026-03-18');
    }
  });
  it('near-miss: a meeting\'s date and time with no counter of views ("28.01.2026 | 10:00 | актовый зал") stays its date', () => {
    const text = ['ПРОТОКОЛ № 1', 'заседания Общественного совета', '28.01.2026 | 10:00 | актовый зал акимата', '', 'Присутствовали 12 из 15 членов Совета.'].join('\n');
    expect(parseProtocol(text).date).toBe('2026-01-28');
  });
  it('near-miss: a sentence naming a press release ("Пресс-релиз от 19.03.2026 размещён на сайте.") is no stamp', () => {
    const text = ['ПРОТОКОЛ № 2', 'заседания Общественного совета', '', 'Пресс-релиз от 19.03.2026 размещён на сайте акимата.', 'Присутствовали 12 из 15 членов Совета.'].join('\n');
    expect(parseProtocol(text).date).toBe('2026-03-19');
  });
});

describe('an infographic\'s cards one under another: the big number alone on its line, its caption on the next', () => {
  const sheet = (cards: string[]) => ['ИТОГИ 2025 ГОДА', 'Общественный совет города за период с 1 января по 31 декабря 2025 года', '', ...cards].join('\n');
  it('ru: "15" / "членов Совета", "5" / "заседаний Совета", "11" / "общественных мониторингов", a blank line or none between', () => {
    const x = parseReport(sheet(['СОСТАВ', '', '15', '', 'членов Совета', '', 'РАБОТА', '5', 'заседаний Совета', '11', '', 'общественных мониторингов', '', '4', 'круглых стола']));
    expect(figure(x, 'members_total')).toEqual([15]);
    expect(figure(x, 'general_meetings')).toEqual([5]);
    expect(figure(x, 'monitorings')).toEqual([11]);
    expect(figure(x, 'round_tables')).toEqual([4]);
  });
  it('kk: a pair "10 / 5" under a caption of as many parts, and a bracketed second caption line', () => {
    const cards = ['КЕҢЕС ҚҰРАМЫ', '10 / 5', 'азаматтық қоғам өкілдері / мемлекеттік органдар өкілдері', '', '7', '', 'есеп тыңдалды', '(білім бөлімі екі рет)', '3', 'дөңгелек үстел'];
    expect(readCardColumns(cards)).toEqual(['КЕҢЕС ҚҰРАМЫ', '', '10 азаматтық қоғам өкілдері / 5 мемлекеттік органдар өкілдері', '', '', '', '7 есеп тыңдалды', '(білім бөлімі екі рет)', '', '3 дөңгелек үстел']);
    const x = parseReport(sheet(cards));
    expect(figure(x, 'members_civil')).toEqual([10]);
    expect(figure(x, 'members_state')).toEqual([5]);
    expect(figure(x, 'report_hearings')).toEqual([7]);
  });
  it('near-miss: a table copied one cell a line, the label first ("Заседания Совета" / "5"), is no card: nothing is joined', () => {
    const lines = ['Показатели работы', 'Заседания Совета', '5', 'Мониторинги', '11', 'Круглые столы', '4'];
    expect(readCardColumns(lines)).toEqual(lines);
  });
  it('near-miss: a total\'s label in capitals ("ВСЕГО" / "13" / "в том числе заседаний" / "5") and a Word table\'s tab cells are no cards', () => {
    const total = ['ВСЕГО', '13', 'в том числе заседаний', '5', 'мониторингов', '6', 'круглых столов', '2'];
    expect(readCardColumns(total)).toEqual(total);
    const cells = ['Көрсеткіштер', '\t12', '\tотырыс', '\t4', '\tмониторинг', '\t3', '\tдөңгелек үстел'];
    expect(readCardColumns(cells)).toEqual(cells);
  });
  it('near-miss: a pair whose caption has one part ("12 / 3" / "заседаний") and fewer than three cards join nothing', () => {
    expect(readCardColumns(['ИТОГИ', '12 / 3', 'заседаний Совета', '', '5', 'мониторингов'])).toEqual(['ИТОГИ', '12 / 3', 'заседаний Совета', '', '5', 'мониторингов']);
  });
});

describe('"все одобрены без замечаний" after the count of drafts reviewed: npa_approved that count, no remarks\' none', () => {
  const report = (sentence: string) => parseReport(`Отчёт Общественного совета района за 2025 год\n\nСовет провёл 5 заседаний.\n${sentence}\n`);
  it('ru: "рассмотрено 7 проектов нормативных правовых актов, все одобрены без замечаний"', () => {
    const x = report('Советом рассмотрено 7 проектов нормативных правовых актов, все одобрены без замечаний.');
    expect(figure(x, 'npa_reviewed')).toEqual([7]);
    expect(figure(x, 'npa_approved')).toEqual([7]);
    expect(figure(x, 'npa_with_remarks')).toEqual([]);
  });
  it('variant: the verb first ("Рассмотрены 4 проекта НПА; одобрены все, замечаний нет.")', () => {
    expect(figure(report('Рассмотрены 4 проекта НПА; одобрены все, замечаний нет.'), 'npa_approved')).toEqual([4]);
  });
  it('kk: "6 НҚА жобасын қарады, олардың барлығы ескертусіз мақұлданды"', () => {
    const x = parseReport('Аудандық Қоғамдық кеңестің 2025 жылғы есебі\n\nКеңес 5 отырыс өткізді.\nКеңес 6 НҚА жобасын қарады, олардың барлығы ескертусіз мақұлданды.\n');
    expect(figure(x, 'npa_approved')).toEqual([6]);
  });
  it('near-miss: all of something else approved ("все рекомендации одобрены") or all but one ("все, кроме одного") approves no count', () => {
    expect(figure(report('Советом рассмотрено 7 проектов НПА, все рекомендации одобрены без замечаний.'), 'npa_approved')).toEqual([]);
    expect(figure(report('Рассмотрено 7 проектов НПА, все, кроме одного, одобрены.'), 'npa_approved')).toEqual([]);
  });
});

describe('an infographic\'s source note leaving another body\'s figures out ("… көрсеткіштері (7 отырыс) бұл инфографикаға енгізілмеген")', () => {
  it('kk: the participle in -ген, the sheet named an infographic', () => {
    const x = parseReport('Орал қаласы Қоғамдық кеңесінің 2025 жылғы есебі\n\nКеңес 5 отырыс, 11 мониторинг өткізді.\nДереккөз: хатшылық. Облыстық Қоғамдық кеңестің көрсеткіштері (2025 жылы 7 отырыс, 16 мониторинг) бұл инфографикаға енгізілмеген.\n');
    expect(figure(x, 'general_meetings')).toEqual([5]);
    expect(figure(x, 'monitorings')).toEqual([11]);
    expect(x.candidates.some((c) => c.metric === 'general_meetings' && c.value === 7)).toBe(true);
  });
  it('ru: "Данные областного совета (7 заседаний, 16 мониторингов) в эту инфографику не вошли."', () => {
    const x = parseReport('Отчёт Общественного совета г. Уральск за 2025 год\n\nСовет провёл 5 заседаний и 11 мониторингов.\nДанные областного совета (7 заседаний, 16 мониторингов) в эту инфографику не вошли.\n');
    expect(figure(x, 'general_meetings')).toEqual([5]);
    expect(figure(x, 'monitorings')).toEqual([11]);
  });
  it('near-miss: the sheet\'s own figures told as included ("бұл инфографикаға енгізілді") stay the council\'s', () => {
    const x = parseReport('Орал қаласы Қоғамдық кеңесінің 2025 жылғы есебі\n\nКомиссиялардың көрсеткіштері де (14 отырыс) бұл инфографикаға енгізілді.\nКеңес 5 отырыс өткізді.\n');
    expect(figure(x, 'general_meetings')).toEqual([5]);
  });
});

describe('the meeting\'s number told by a news item with no protocol\'s title: the sitting numbered in its sentence of a sitting held', () => {
  const post = (...lines: string[]) => ['Қоғамдық кеңес | Общественный совет', 't.me/kenes · 1 200 жазылушы', '', ...lines, '', 'Кеңестің 15 мүшесінің 12-сі қатысты.'].join('\n');
  it('kk: "Қоғамдық кеңестің биылғы №3 отырысы өтті", "кезекті № 2 отырысы өткізілді"', () => {
    expect(parseProtocol(post('Бүгін, 2026 жылғы 17 маусымда Қоғамдық кеңестің биылғы №3 отырысы өтті.')).number).toBe('3');
    expect(parseProtocol(post('2026 жылғы 18 наурызда аудандық Қоғамдық кеңестің кезекті № 2 отырысы өткізілді.')).number).toBe('2');
  });
  it('ru: "прошло заседание Общественного совета № 5", "состоялось заседание Совета (протокол № 1)"', () => {
    expect(parseProtocol(post('Сегодня в акимате прошло очередное заседание Общественного совета района № 5.')).number).toBe('5');
    expect(parseProtocol(post('28 января 2026 года состоялось первое в этом году заседание Общественного совета города', '(протокол № 1). Заседание провела председатель Совета.')).number).toBe('1');
  });
  it('a headline in capitals, both languages: "ҚОҒАМДЫҚ КЕҢЕСТІҢ №4 ОТЫРЫСЫ / ЗАСЕДАНИЕ ОБЩЕСТВЕННОГО СОВЕТА № 4"', () => {
    expect(meetingNumberOf(['ҚОҒАМДЫҚ КЕҢЕСТІҢ №4 ОТЫРЫСЫ / ЗАСЕДАНИЕ ОБЩЕСТВЕННОГО СОВЕТА № 4', '', 'Бүгін Кеңестің кезекті отырысы өтті.'])).toBe('4');
  });
  it('near-miss: another sitting\'s, a commission\'s or another act\'s number, or a sitting to come, is no number', () => {
    expect(meetingNumberOf(['Кеңестің келесі №4 отырысы қыркүйекте өтеді деп жоспарланған.'])).toBeNull();
    expect(meetingNumberOf(['Сегодня прошло заседание комиссии № 3 по социальным вопросам.'])).toBeNull();
    expect(meetingNumberOf(['Отырыста 2025 жылғы 12 желтоқсандағы № 5 отырыстың шешімінің орындалуы туралы айтылды, отырыс өтті.'])).toBeNull();
    expect(meetingNumberOf(['Заседание, назначенное решением № 12, состоится 5 марта.'])).toBeNull();
  });
});

describe('a chronology after a post\'s bullets ("▪️", "•", "📍", "—"), its Kazakh date with the year first', () => {
  const activities = (x: ReturnType<typeof parseReport>) => x.activities.map((a) => `${a.type} ${a.date_start}`);
  it('kk: "▪️ 2025 жылғы 19 ақпан — … мониторинг", "▪️ мамырдың 14-і — … есебін тыңдау", "▪️ 17.09.2025 — «…» дөңгелек үстелі"', () => {
    const x = parseReport(['Аудандық Қоғамдық кеңестің 2025 жылғы қорытындысы', '', '🗓 ЖЫЛДЫҢ ЕСТЕ ҚАЛАР СӘТТЕРІ', '▪️ 2025 жылғы 19 ақпан — Абай ауылындағы ауыз су сапасына мониторинг', '▪️ мамырдың 14-і — аудандық білім бөлімінің есебін тыңдау', '▪️ 17.09.2025 — «Тау-кен өнеркәсібі және экология» дөңгелек үстелі'].join('\n'));
    expect(activities(x)).toEqual(['monitoring 2025-02-19', 'report_hearing 2025-05-14', 'round_table 2025-09-17']);
  });
  it('ru: "• 12.03.2025 – мониторинг …", "📍 2 апреля — общественные слушания …", numeric and worded dates mixed', () => {
    const x = parseReport(['Итоги работы Общественного совета района за 2025 год', '', 'Главные события года:', '• 12.03.2025 – мониторинг работы общественного транспорта;', '📍 2 апреля — общественные слушания по правилам благоустройства;', '• 18.11.2025 – круглый стол «Чистый город».'].join('\n'));
    expect(activities(x)).toEqual(['monitoring 2025-03-12', 'public_hearing 2025-04-02', 'round_table 2025-11-18']);
  });
  it('near-miss: bullets of the next year\'s plan, or of sittings only, give no activity', () => {
    const plan = parseReport(['Итоги работы Общественного совета района за 2025 год', '', 'План на 2026 год:', '• 12.03.2026 – мониторинг работы общественного транспорта;', '• 02.04.2026 – общественные слушания;', '• 18.11.2026 – круглый стол.'].join('\n'));
    expect(activities(plan)).toEqual([]);
    const sittings = parseReport(['Аудандық Қоғамдық кеңестің 2025 жылғы қорытындысы', '', '▪️ 2025 жылғы 19 ақпан — Кеңес отырысы', '▪️ мамырдың 14-і — Кеңес отырысы', '▪️ 17.09.2025 — Кеңес отырысы'].join('\n'));
    expect(activities(sittings)).toEqual([]);
  });
});

describe('a post\'s bulleted field with its count, over its platforms set in under it ("• Жарияланымдар саны — 96" / "   Telegram — 52 | …")', () => {
  const media = (text: string) => parseReport(text).media.map((m) => `${m.platform} ${m.publications}`);
  it('kk: the parts apart by bars', () => {
    expect(media('Кеңестің 2025 жылғы есебі\n\n• Жарияланымдар саны — 96\n   Telegram — 52 | Instagram — 30 | әкімдік сайты — 14\n')).toEqual(['telegram 52', 'instagram 30', 'website 14']);
  });
  it('ru: an emoji bullet, the parts apart by middle dots', () => {
    expect(media('Отчёт Общественного совета за 2025 год\n\n▪️ Публикаций – 96\n    Telegram – 52 · Instagram – 30 · сайт акимата – 14\n')).toEqual(['telegram 52', 'instagram 30', 'website 14']);
  });
  it('near-miss: a line set in under the field that is other years\' counts ("2024 жылы — 71 | 2023 жылы — 60") is no breakdown', () => {
    const x = parseReport('Кеңестің 2025 жылғы есебі\n\n• Жарияланымдар саны — 96\n   2024 жылы — 71 | 2023 жылы — 60\n');
    expect(x.media).toEqual([]);
    expect(figure(x, 'publications')).toEqual([96]);
  });
});

describe('an infographic\'s cards typed "count — words" under the card\'s heading, one a line', () => {
  const sheet = (...lines: string[]) => parseReport(['Итоги работы Общественного совета за 2025 год', '', ...lines].join('\n'));
  it('ru: "[Карточка 1. СОСТАВ]" / "23 — члена Совета на 31 декабря 2025 года" / "5 — постоянных комиссий": the day of the state is one word', () => {
    const x = sheet('[Карточка 1. СОСТАВ]', '23 — члена Совета на 31 декабря 2025 года', '19 — представители гражданского общества', '5 — постоянных комиссий');
    expect(figure(x, 'members_total')).toEqual([23]);
    expect(figure(x, 'commissions')).toEqual([5]);
  });
  it('kk: "КЕҢЕС ҚҰРАМЫ" / "17 — мүше (жыл соңында)" / "3 — тұрақты комиссия"', () => {
    const x = parseReport(['Кеңестің 2025 жылғы қорытындысы', '', 'КЕҢЕС ҚҰРАМЫ', '17 — мүше (жыл соңында)', '3 — тұрақты комиссия'].join('\n'));
    expect(figure(x, 'members_total')).toEqual([17]);
    expect(figure(x, 'commissions')).toEqual([3]);
  });
  it('a card whose words end in a word is not run on into the next card ("… 5 — с замечаниями" / "6 — круглых столов")', () => {
    const x = sheet('26 — проектов НПА рассмотрено: 21 одобрен, 5 — с замечаниями', '6 — круглых столов');
    expect(figure(x, 'npa_reviewed')).toEqual([26]);
    expect(figure(x, 'round_tables')).toEqual([6]);
  });
  it('near-miss: members under a heading of meetings ("ЗАСЕДАНИЯ" / "23 — члена Совета на 31 декабря 2025 года") are no composition', () => {
    expect(figure(sheet('ЗАСЕДАНИЯ', '23 — члена Совета на 31 декабря 2025 года'), 'members_total')).toEqual([]);
  });
});

describe('near-miss: a chronology\'s entry that denies its deed ("меморандумға қол қойылмады", "меморандум не подписан") is no event', () => {
  it('kk and ru', () => {
    const kk = parseReport(['Кеңестің 2025 жылғы қорытындысы', '', '▪️ 2025 жылғы 19 ақпан — ауыз су сапасына мониторинг', '▪️ мамырдың 14-і — кәсіпкерлер палатасымен меморандумға қол қойылмады', '▪️ 17.09.2025 — «Экология» дөңгелек үстелі'].join('\n'));
    expect(kk.activities.map((a) => a.type)).toEqual(['monitoring', 'round_table']);
    const ru = parseReport(['Итоги работы Общественного совета за 2025 год', '', '• 12.03.2025 – мониторинг работы транспорта;', '• 03.06.2025 – меморандум с Палатой предпринимателей не подписан;', '• 18.11.2025 – круглый стол «Чистый город».'].join('\n'));
    expect(ru.activities.map((a) => a.type)).toEqual(['monitoring', 'round_table']);
  });
});
