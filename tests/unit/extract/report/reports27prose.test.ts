/**
 * Classes of the reports of held-out sets 27–29 that are not built on tables: a channel's digest (a forwarded post, the
 * period on a heading line of its own, emoji for bullets), footnotes that correct the value they mark, figures written
 * as sums of their quarters, parts of the year outside the period, a plan verb ending a Kazakh list, a commission's note
 * pasted into an e-mail (its title under the mail, dot-leader rows with their parts, a checklist), publications split
 * in Kazakh without their total, a figure's colon list of dated events. Each in Russian and Kazakh, with near-misses
 * that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { keepSumTotal } from '../../../../sources/extract/report/sumTotals.ts';
import { blankForwardedPosts } from '../../../../sources/extract/report/forwardedPosts.ts';
import { readChecklists } from '../../../../sources/extract/report/checklist.ts';
import { namedPartMonths } from '../../../../sources/extract/report/readPeriod.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const candidate = (text: string, metric: string) => parseReport(text).candidates.find((c) => c.metric === metric)?.value;
const ruYear = 'ИТОГИ РАБОТЫ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
const kkYear = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';

describe('a post forwarded from another channel is another author\'s', () => {
  it('kk: "… арнасынан қайта жіберілді:" and its post to the footer are blanked', () => {
    const text = `${kkYear}Кеңес 2025 жылы 6 мониторинг жүргізді.\n\n↪️ Сарыағаш аудандық қоғамдық кеңесі арнасынан қайта жіберілді:\n«Аудандық кеңес 2025 жылы 4 мониторинг, 2 есеп тыңдау өткізді, 19 өтініш қабылдады»\n👁 640     09:15\n`;
    const r = parseReport(text);
    expect(r.figures.find((f) => f.metric === 'monitorings')?.value).toBe(6);
    expect(r.figures.find((f) => f.metric === 'appeals_received')).toBeUndefined();
    expect(r.figures.find((f) => f.metric === 'report_hearings')).toBeUndefined();
  });
  it('ru and en: "Переслано из канала …", "Forwarded from …" up to a blank line', () => {
    expect(figure(`${ruYear}Переслано из канала «Совет района»\nСоветом района проведено 9 заседаний и 4 мониторинга.\n\nПроведено 3 мониторинга.\n`, 'monitorings')).toBe(3);
    expect(blankForwardedPosts(['Forwarded from District council', 'We held 4 monitorings.', '', 'Own text 5.'])).toEqual(['', '', '', 'Own text 5.']);
  });
  it('near-miss: an e-mail\'s "Forwarded message" carries the report itself: read whole', () => {
    const text = `---------- Forwarded message ---------\nОт: Секретариат\n\n${ruYear}Проведено 4 мониторинга.\n`;
    expect(figure(text, 'monitorings')).toBe(4);
  });
});

describe('a period named on a heading line of its own, the title naming none', () => {
  it('kk: a channel\'s digest, "2025 жылғы қаңтар–қыркүйек:" over the summary', () => {
    const text = 'Түркістан облысының Қоғамдық кеңесі | Ресми арна\n\n──── 18 қыркүйек 2025 ────\n\nҚоғамдық кеңестің отырысы өтті.\n\n📊 9 АЙДЫҢ ҚОРЫТЫНДЫСЫ\n2025 жылғы қаңтар–қыркүйек:\n🔍 Мониторинг — 9\n🤝 Дөңгелек үстел — 4\n';
    expect(parseReport(text).period).toEqual({ from: '2025-01-01', to: '2025-09-30' });
  });
  it('ru: "За 9 месяцев 2025 года:" alone on its line; kk title "2025 жылғы 9 айда"', () => {
    const text = 'Канал Общественного совета\n\n12 сентября 2025\nПрошло заседание Совета.\n\nИТОГИ\nЗа 9 месяцев 2025 года:\n• Мониторинги — 9\n• Круглые столы — 4\n';
    expect(parseReport(text).period).toEqual({ from: '2025-01-01', to: '2025-09-30' });
    expect(parseReport('Кеңестің 2025 жылғы 9 айда (қаңтар-қыркүйек)\nатқарған жұмысы туралы\nЕСЕП\n\n7 мониторинг жүргізілді.\n').period).toEqual({ from: '2025-01-01', to: '2025-09-30' });
  });
  it('near-miss: a period inside a sentence, or two headings of two periods, name no period of the report', () => {
    // (Below the title's ten lines: a period in the title is the title's.)
    const posts = Array.from({ length: 10 }, (_, k) => `${k + 1} сентября 2025\nПрошло заседание комиссии.\n`).join('\n');
    const inSentence = `Канал Общественного совета\n\n${posts}\nЗа 9 месяцев 2025 года проведено 9 мониторингов.\n`;
    expect(parseReport(inSentence).period?.to).not.toBe('2025-09-30');
    const two = `Канал Общественного совета\n\n${posts}\nЗа 9 месяцев 2024 года:\n• Мониторинги — 7\nЗа 9 месяцев 2025 года:\n• Мониторинги — 9\n`;
    expect(parseReport(two).period?.to).not.toBe('2025-09-30');
  });
});

describe('an emoji where a bullet would stand', () => {
  it('kk and ru: "🏛 Кеңес отырыстары — 6" is an indicator line', () => {
    const kk = `${kkYear}🏛 Кеңес отырыстары — 6\n👥 Комиссия отырыстары — 18\n🔍 Мониторинг — 9\n`;
    expect(figure(kk, 'general_meetings')).toBe(6);
    expect(figure(kk, 'commission_meetings')).toBe(18);
    expect(figure(`${ruYear}🏛️ Заседания Совета — 5\n📢 Общественные слушания — 2\n`, 'general_meetings')).toBe(5);
  });
  it('near-miss: an emoji line that is a post\'s footer (views, reactions) states nothing', () => {
    const r = parseReport(`${kkYear}🏛 Кеңес отырыстары — 6\n👥 Комиссия отырыстары — 18\n👁 2,9K   ❤️ 77   🔁 23     10:00\n`);
    expect(r.figures.map((f) => f.value)).not.toContain(77);
    expect(r.figures.map((f) => f.value)).not.toContain(23);
  });
});

describe('a footnote that corrects the value it marks', () => {
  const sheet = (rows: string, notes: string) => `СВЕДЕНИЯ\nо деятельности Общественного совета за III квартал 2025 года\n\nНаименование показателя                                   Значение\n---------------------------------------------------------------------\n${rows}---------------------------------------------------------------------\n\n______________________\n${notes}`;
  it('ru: "следует читать – 18" replaces the printed 17; a note of a part leaves its value', () => {
    const text = sheet('1. Заседания Совета, ед.                                     2¹\n2. Мониторинги, ед.                                          4²\n3. Обращения граждан, поступило, ед.                        17³\n', '¹ Уточнение: заседание 18.06.2025 ошибочно учтено. За III квартал следует читать – 1.\n² В т.ч. 1 мониторинг проведен совместно с маслихатом.\n³ Исправлено: с учетом обращения от 29.09.2025 следует читать – 18.\n');
    expect(figure(text, 'general_meetings')).toBe(1);
    expect(figure(text, 'monitorings')).toBe(4);
    expect(figure(text, 'appeals_received')).toBe(18);
  });
  it('kk: "… 5 деп оқылсын", "дұрысы – 3"', () => {
    const text = `${kkYear}Кеңес отырыстары – 4¹\nМониторингтер – 7²\n\n______________________\n¹ Түзету: бір отырыс қате есептелген, 3 деп оқылсын.\n² Дұрысы – 8.\n`;
    expect(figure(text, 'general_meetings')).toBe(3);
    expect(figure(text, 'monitorings')).toBe(8);
  });
  it('near-miss: a note that takes its value back without one number leaves no figure of it', () => {
    const text = `${kkYear}Кеңес отырыстары – 4¹\nМониторингтер – 7\n\n______________________\n¹ Түзету: отырыстардың бірі қате есептелген.\n`;
    expect(figure(text, 'general_meetings')).toBeUndefined();
    expect(figure(text, 'monitorings')).toBe(7);
  });
  it('ru: a note splitting the marked publications by platform is read as that split', () => {
    const text = sheet('1. Публикации о деятельности Совета, ед.                   37⁴\n2. Мониторинги, ед.                                          4\n', '⁴ Сайт акимата – 12, Instagram – 19, Telegram – 6.\n');
    const media = parseReport(text).media;
    expect(media.find((m) => m.platform === 'instagram')?.publications).toBe(19);
    expect(media.find((m) => m.platform === 'telegram')?.publications).toBe(6);
  });
});

describe('a fixed-width sheet "показатель … значение" with a value in words', () => {
  it('ru: "не проводились" in the value column is 0, the rows after it still read', () => {
    const text = 'СВЕДЕНИЯ за III квартал 2025 года\n\nНаименование показателя                              Значение\n----------------------------------------------------------------\n1. Мониторинги, ед.                                         4\n2. Общественные слушания, ед.                  не проводились\n3. Письма в государственные органы, направлено, ед.         9\n   получено ответов, ед.                                    7\n----------------------------------------------------------------\n';
    expect(figure(text, 'public_hearings')).toBe(0);
    expect(figure(text, 'letters_sent')).toBe(9);
    expect(figure(text, 'letters_answered')).toBe(7);
  });
  it('kk: "Көрсеткіш   Мәні", "өткізілген жоқ"', () => {
    const text = `${kkYear}Көрсеткіш                                         Мәні\n--------------------------------------------------------\nМониторингтер                                        5\nДөңгелек үстелдер                       өткізілген жоқ\nКеңес отырыстары                                     3\n--------------------------------------------------------\n`;
    expect(figure(text, 'round_tables')).toBe(0);
    expect(figure(text, 'general_meetings')).toBe(3);
  });
});

describe('a figure written as the sum of its quarters', () => {
  it('kk: "Кеңес отырыстары: 3 + 3 = 6" is 6, never 3', () => {
    const text = 'Кеңестің 2021 жылғы бірінші жартыжылдықтағы қызметі туралы АҚПАРАТ\n\n2. Негізгі көрсеткіштер (I тоқсан + II тоқсан = жартыжылдық)\n• Кеңес отырыстары: 3 + 3 = 6\n• Қоғамдық мониторинг: 5 + 6 = 11\n• Азаматтардың өтініштері (түсті): 61 + 78 = 139\n    – жауап берілді: 55 + 71 = 126\n';
    expect(figure(text, 'general_meetings')).toBe(6);
    expect(figure(text, 'monitorings')).toBe(11);
    expect(figure(text, 'appeals_received')).toBe(139);
    expect(figure(text, 'appeals_answered')).toBe(126);
    expect(parseReport(text).activities).toEqual([]);
  });
  it('ru: "Заседания Совета – 2 + 1 + 3 = 6", "1 200 + 300 = 1 500"', () => {
    expect(figure(`${ruYear}Показатели (I + II + III кв. = 9 мес.)\nЗаседания Совета – 2 + 1 + 3 = 6\nМониторинги – 1 + 2 + 2 = 5\n`, 'general_meetings')).toBe(6);
    const kept = keepSumTotal('Просмотры: 1 200 + 300 = 1 500');
    expect(kept).toMatch(/^Просмотры:\s+1 500$/u);
    expect(kept.length).toBe('Просмотры: 1 200 + 300 = 1 500'.length);
  });
  it('near-miss: a sum that does not add up gives no figure of any of its numbers', () => {
    const text = `${kkYear}• Кеңес отырыстары: 3 + 3 = 7\n• Қоғамдық мониторинг: 5 + 6 = 11\n`;
    expect(figure(text, 'general_meetings')).toBeUndefined();
    expect(figure(text, 'monitorings')).toBe(11);
  });
});

describe('a quarter or half-year outside the report\'s period, a plan that ends the sentence', () => {
  const kkH1 = 'Кеңестің 2021 жылғы бірінші жартыжылдықтағы қызметі туралы АҚПАРАТ\n\n';
  const ruH1 = 'Отчет о работе Общественного совета за первое полугодие 2021 года\n\n';
  it('kk and ru: "ІІ жартыжылдықта …", "Во втором полугодии …" of a first half\'s report are candidates', () => {
    const kk = `${kkH1}ІІ жартыжылдықта 12 мониторинг өткізіледі.\n`;
    expect(figure(kk, 'monitorings')).toBeUndefined();
    expect(candidate(kk, 'monitorings')).toBe(12);
    expect(figure(`${ruH1}Во втором полугодии проведено 12 мониторингов.\n`, 'monitorings')).toBeUndefined();
    expect(namedPartMonths('в IV квартале')).toEqual([10, 12]);
    expect(namedPartMonths('төртінші тоқсанда')).toEqual([10, 12]);
  });
  it('near-miss: the report\'s own half named is its period', () => {
    expect(figure(`${ruH1}В I полугодии проведено 12 мониторингов.\n`, 'monitorings')).toBe(12);
    expect(figure(`${kkH1}Бірінші жартыжылдықта 12 мониторинг жүргізілді.\n`, 'monitorings')).toBe(12);
  });
  it('kk and ru: every count a comma lists before a plan verb ending the sentence is planned', () => {
    const kk = `${kkYear}Алдағы уақытта 12 мониторинг, 1 қоғамдық тыңдау және 3 дөңгелек үстел жоспарланған.\n`;
    expect(figure(kk, 'monitorings')).toBeUndefined();
    expect(figure(kk, 'round_tables')).toBeUndefined();
    expect(figure(`${ruYear}На следующий год 12 мониторингов, 1 общественное слушание и 3 круглых стола запланированы.\n`, 'monitorings')).toBeUndefined();
  });
  it('near-miss: a count done before the plan\'s clause is done', () => {
    expect(figure(`${kkYear}12 мониторинг өткізілді, 3 дөңгелек үстел жоспарланған.\n`, 'monitorings')).toBe(12);
  });
});

describe('a commission\'s note pasted into an e-mail', () => {
  const note = (body: string) => `От: Садвакасов Алмас <k5@mail.kz>\nКому: Секретариат ОС\nДата: 04.01.2022, 18:42\nТема: Справка К-5 за 4 кв.\n\nДобрый вечер! Направляю справку.\n\n=====================\nСПРАВКА\nо работе Комиссии № 5 по вопросам законности\nОбщественного совета г. Алматы за IV квартал 2021 г.\n(3 заседания • 2 мониторинга • 17 обращений)\n=====================\n\n${body}`;
  it('ru: its title is under the mail; meetings that name no body are a candidate, never general meetings', () => {
    const text = note('ОСНОВНЫЕ ПОКАЗАТЕЛИ\n- заседаний комиссии ..................... 3\n- мониторингов ........................... 2\n');
    expect(figure(text, 'general_meetings')).toBeUndefined();
    expect(candidate(text, 'general_meetings')).toBe(3);
    expect(figure(text, 'commission_meetings')).toBe(3);
  });
  it('ru: dot-leader rows with their parts in a bracket or after "из них", and a row of none', () => {
    const text = note('ОСНОВНЫЕ ПОКАЗАТЕЛИ\n- заседаний комиссии ..................... 3\n- круглые столы .......................... не проводились\n- проекты НПА (экспертиза) ............... 5, из них одобрено – 4, с замечаниями – 1\n- обращения граждан ...................... 17 (ответ дан – 14, в работе – 3)\n- запросы в госорганы .................... 9 (получено ответов – 7)\n');
    expect(figure(text, 'round_tables')).toBe(0);
    expect(figure(text, 'npa_reviewed')).toBe(5);
    expect(figure(text, 'npa_approved')).toBe(4);
    expect(figure(text, 'appeals_answered')).toBe(14);
    expect(figure(text, 'letters_answered')).toBe(7);
  });
  it('kk: dot-leader rows with a bracket of parts', () => {
    const text = `${kkYear}Өтініштер ........................ 17 (жауап берілді – 14)\nМониторингтер .................... 2\n`;
    expect(figure(text, 'appeals_received')).toBe(17);
    expect(figure(text, 'appeals_answered')).toBe(14);
  });
  it('near-miss: a plan in the bracket is no part ("(годовой план – 24)")', () => {
    const text = `${ruYear}Мониторингов ........................ 20 (годовой план – 24)\nКруглых столов ...................... 3\n`;
    expect(figure(text, 'monitorings')).toBe(20);
    expect(parseReport(text).figures.map((f) => f.value)).not.toContain(24);
  });
});

describe('a plan typed as a checklist', () => {
  it('ru: "[x]" items are events done, typed by their opening words; "[ ]" items are not held', () => {
    const text = 'Справка за IV квартал 2021 г.\n\nВЫПОЛНЕНИЕ ПЛАНА IV КВАРТАЛА\n[x] Заседание комиссии – 12.10.2021\n[x] Мониторинг ИВС УП Алмалинского района – 27.10.2021\n[ ] Мониторинг специального приемника – перенесен на I кв. 2022 г.\n[x] Заслушивание отчета УП Турксибского района – 16.11.2021\n[ ] Круглый стол «Профилактика» – не проведен\n';
    const acts = parseReport(text).activities.map((a) => [a.type, a.date_start]);
    expect(acts).toEqual([['monitoring', '2021-10-27'], ['report_hearing', '2021-11-16']]);
  });
  it('kk: "☑" done, "☐" not', () => {
    expect(readChecklists(['☑ Мониторинг – 12.03.2025', '☐ Дөңгелек үстел – өткізілмеді'])).toEqual(['✓ Мониторинг – 12.03.2025', '']);
    const text = `${kkYear}ЖОСПАРДЫҢ ОРЫНДАЛУЫ\n☑ Мониторинг: №2 емхана – 12.03.2025\n☐ Дөңгелек үстел – өткізілмеді, 2026 жылға ауыстырылды\n☑ Дөңгелек үстел «Көлік» – 20.05.2025\n`;
    expect(parseReport(text).activities.map((a) => [a.type, a.date_start])).toEqual([['monitoring', '2025-03-12'], ['round_table', '2025-05-20']]);
  });
  it('near-miss: a single box line is no checklist', () => {
    expect(readChecklists(['[x] Мониторинг – 12.03.2025', 'Текст.'])).toEqual(['[x] Мониторинг – 12.03.2025', 'Текст.']);
  });
});

describe('publications split by platform without their total, views named before the platform', () => {
  it('kk: "Жарияланымдардың 118-і – Instagram-да, 61-і – Facebook-та, 58-і – Кеңестің сайтында"', () => {
    const media = parseReport(`${kkYear}Жарияланымдардың 118-і – Instagram-да (84,2 мың қаралым), 61-і – Facebook-та, 58-і – Кеңестің сайтында.\n`).media;
    expect(media.find((m) => m.platform === 'instagram')).toMatchObject({ publications: 118, views: 84200 });
    expect(media.find((m) => m.platform === 'website')?.publications).toBe(58);
  });
  it('ru: "Из публикаций 118 – в Instagram, 61 – в Facebook"; "Общее число просмотров в Instagram – 118 тыс."', () => {
    const media = parseReport(`${ruYear}Из публикаций 118 – в Instagram, 61 – в Facebook.\n`).media;
    expect(media.find((m) => m.platform === 'facebook')?.publications).toBe(61);
    const views = parseReport(`${ruYear}Опубликовано 203 материала: на сайте Совета – 61, в Instagram – 97. Общее число просмотров в Instagram – 118 тыс.\n`).media;
    expect(views.find((m) => m.platform === 'instagram')).toMatchObject({ publications: 97, views: 118000 });
  });
  it('near-miss: a share of publications ("10 %") is no count', () => {
    expect(parseReport(`${kkYear}Жарияланымдардың 10 %-ы Instagram-да.\n`).media.find((m) => m.platform === 'instagram')?.publications ?? null).toBeNull();
  });
});

describe('members who left "по собственному желанию"', () => {
  it('ru: "по собственному желанию вышли 2 члена Совета"; kk: "өз қалауы бойынша 2 мүше шықты"', () => {
    expect(figure(`${ruYear}В течение года по собственному желанию вышли 2 члена Совета, включены 3 новых члена.\n`, 'members_left')).toBe(2);
    expect(figure(`${kkYear}Жыл ішінде өз қалауы бойынша 2 мүше кеңес құрамынан шықты.\n`, 'members_left')).toBe(2);
  });
  it('near-miss: "на мониторинг вышли 2 члена Совета" is no one leaving', () => {
    expect(figure(`${ruYear}На мониторинг вышли 2 члена Совета.\n`, 'members_left')).toBeUndefined();
  });
});

describe('a figure\'s sentence that opens a colon list of dated events', () => {
  it('ru: "Общественные слушания проведены трижды:" over three dates with their titles in brackets', () => {
    const acts = parseReport(`${ruYear}Общественные слушания проведены трижды:\n19.03.2025 (правила благоустройства), 17.06.2025 (тарифы на вывоз ТБО), 28.10.2025 (проект генплана).\n`).activities;
    expect(acts.map((a) => [a.type, a.date_start, a.title])).toEqual([['public_hearing', '2025-03-19', 'правила благоустройства'], ['public_hearing', '2025-06-17', 'тарифы на вывоз ТБО'], ['public_hearing', '2025-10-28', 'проект генплана']]);
  });
  it('kk: "2 қоғамдық тыңдау өткізілді:" over two dates', () => {
    const acts = parseReport(`${kkYear}2 қоғамдық тыңдау өткізілді:\n11.03.2025 (көлік инфрақұрылымы), 09.09.2025 (абаттандыру қағидалары).\n`).activities;
    expect(acts.map((a) => [a.type, a.date_start])).toEqual([['public_hearing', '2025-03-11'], ['public_hearing', '2025-09-09']]);
  });
  it('near-miss: dates that do not meet the count give no events', () => {
    const acts = parseReport(`${ruYear}Общественные слушания проведены трижды:\n19.03.2025 (правила благоустройства), 17.06.2025 (тарифы на вывоз ТБО).\n`).activities;
    expect(acts.filter((a) => a.type === 'public_hearing')).toEqual([]);
  });
});

describe('phrasings of the prose reports of set 27 and 29', () => {
  const ruQ1 = 'СПРАВКА о работе Общественного совета за I квартал 2025 года\n\n';
  it('ru: a numbered section\'s title over its dashed list of dated events ("6. Мероприятия.")', () => {
    const acts = parseReport(`${ruQ1}6. Мероприятия.\n- 20.02.2025 – круглый стол «Качество медицинской помощи в сельской\n  местности» (г. Кентау);\n- 12.03.2025 – обучающий семинар для членов Совета.\n`).activities;
    expect(acts.map((a) => [a.type, a.date_start])).toEqual([['round_table', '2025-02-20'], ['seminar', '2025-03-12']]);
  });
  it('kk: "5. Іс-шаралар." over its dashed list', () => {
    const acts = parseReport(`${kkYear}5. Іс-шаралар.\n- 20.02.2025 – дөңгелек үстел «Ауыл медицинасы»;\n- 12.03.2025 – мониторинг: №2 емхана.\n`).activities;
    expect(acts.map((a) => a.type)).toEqual(['round_table', 'monitoring']);
  });
  it('near-miss: "1. Проведен мониторинг школ:" keeps its dashes as its sub-items', () => {
    expect(parseReport(`${ruYear}Мониторинги:\n1. Проведен мониторинг школ:\n- школа № 3;\n- школа № 5.\n`).activities.filter((a) => a.type === 'monitoring')).toHaveLength(1);
  });
  it('ru: "по 8 – положительные заключения", "от юридических – 1", "Рассмотрено с ответом заявителю – 11"', () => {
    expect(figure(`${ruQ1}Рассмотрено 11 проектов НПА: по 8 – положительные заключения, по 3 – заключения с замечаниями.\n`, 'npa_approved')).toBe(8);
    const appeals = `${ruQ1}Поступило 14 обращений, из них от физических лиц – 13, от юридических –\n1. Рассмотрено с ответом заявителю – 11, остальные на рассмотрении.\n`;
    expect(figure(appeals, 'appeals_legal_entities')).toBe(1);
    expect(figure(appeals, 'appeals_answered')).toBe(11);
  });
  it('near-miss: answers "рассмотрено с ответом" in a paragraph of letters are no appeals answered', () => {
    expect(figure(`${ruQ1}Направлено 21 запрос в госорганы. Рассмотрено с ответом заявителю – 11.\n`, 'appeals_answered')).toBeUndefined();
  });
  it('ru: a platform list wrapped after "(просмотров 41,3 тыс.)"; "сайт ОС – 96"', () => {
    const media = parseReport(`${ruQ1}Всего 57 публикаций: Instagram – 36 (просмотров 41,3 тыс.), Facebook – 12,\nсайт акимата области – 9.\n`).media;
    expect(media.find((m) => m.platform === 'website')?.publications).toBe(9);
    expect(parseReport(`${ruYear}Размещено 512 публикаций: сайт ОС – 96, Instagram – 248.\n`).media.find((m) => m.platform === 'website')?.publications).toBe(96);
  });
  it('ru and kk: "Общественные слушания проведены 1 раз", "Қоғамдық тыңдау 2 рет өткізілді"; "В составе Совета 3 постоянные комиссии"', () => {
    expect(figure(`${ruYear}Общественные слушания проведены 1 раз – 22 апреля 2025 г. по проекту Правил.\n`, 'public_hearings')).toBe(1);
    expect(figure(`${kkYear}Қоғамдық тыңдау 2 рет өткізілді.\n`, 'public_hearings')).toBe(2);
    expect(figure(`${ruYear}В составе Совета 3 постоянные комиссии: по социальным вопросам; по ЖКХ.\n`, 'commissions')).toBe(3);
  });
  it('kk: "15 … жобасын қарады: 12-сі қолдау тапты" is drafts approved; ru: "12 из них поддержаны"', () => {
    expect(figure(`${kkYear}Кеңес 15 нормативтік құқықтық акт жобасын қарады: 12-сі\nқолдау тапты, 3-еуі бойынша ескертулер жіберілді.\n`, 'npa_approved')).toBe(12);
    expect(figure(`${ruYear}Рассмотрено 15 проектов НПА, 12 из них поддержаны.\n`, 'npa_approved')).toBe(12);
  });
  it('near-miss: "4-еуі ескертулермен қолдау тапты" are drafts with remarks, not approved', () => {
    const text = `${kkYear}Кеңес 15 НҚА жобасын қарады, оның 4-еуі ескертулермен қолдау тапты.\n`;
    expect(figure(text, 'npa_approved')).toBeUndefined();
    expect(figure(text, 'npa_with_remarks')).toBe(4);
  });
  it('near-miss: "проведены 2 раза в месяц" is a rate, no count of hearings', () => {
    expect(figure(`${ruYear}Общественные слушания проведены 2 раза в месяц.\n`, 'public_hearings')).not.toBe(2);
  });
});
