/**
 * The table classes behind held-out set 53's misses (Zhezkazgan's quarterly table, Temirtau's media table and summary
 * lines): a total column "Итого за 2025 год (все кварталы)" names every quarter at once and is the period's, not a
 * fifth quarter; a fixed-width table's views in thousands ("12,4 мың") are cells; an indicator line's count told done
 * ("4 жолданды"), with its parts in brackets and a clause after them, or none "тоқсанда өткізілген жоқ", is the line's
 * count. Each: the real text, variants of our own (ru and kk, other layouts), a near-miss.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string) => parseReport(text).candidates.map((c) => [c.metric, c.value]);
const media = (text: string) => parseReport(text).media.map((m) => [m.platform, m.publications, m.views]);

describe('a total column over every quarter is the period\'s', () => {
  const HEAD = 'Наименование показателя деятельности Совета\tI квартал 2025 года\tII квартал 2025 года\tIII квартал 2025 года\tIV квартал 2025 года\tИтого за 2025 год (все кварталы)\tСправочно: за 2024 год (для сравнения)\n';
  it('ru (set 53, Zhezkazgan): "Итого за 2025 год (все кварталы)" beside the quarters and last year', () => {
    const text = `${RU}Таблица 1\n${HEAD}Заседания Общественного совета\t2\t1\t2\t2\t7\t6\nЗаслушано отчетов госорганов и организаций\t2\t1\t2\t1\t6\t5\nОбщественные слушания\t–\t1\t–\t1\t2\t1\nКруглые столы\t1\t–\t1\t1\t3\t2\nПоступило обращений\t5\t7\t4\t6\t22\t19\n`;
    expect(figures(text)).toEqual({ general_meetings: 7, report_hearings: 6, public_hearings: 2, round_tables: 3, appeals_received: 22 });
  });
  it('kk variant: "Барлығы (барлық тоқсандар)" naming no year, beside "2024 жыл"', () => {
    const text = `${KK}Көрсеткіш\tI тоқсан\tII тоқсан\tIII тоқсан\tIV тоқсан\tБарлығы (барлық тоқсандар)\t2024 жыл\nКеңес отырыстары\t1\t2\t1\t2\t6\t5\nМониторингтер\t2\t1\t1\t1\t5\t3\nДөңгелек үстелдер\t–\t1\t1\t–\t2\t1\n`;
    expect(figures(text)).toEqual({ general_meetings: 6, monitorings: 5, round_tables: 2 });
  });
  it('ru variant, a table with bars: "Всего за I–IV кв."', () => {
    const text = `${RU}| Показатель | I кв. | II кв. | III кв. | IV кв. | Всего за I–IV кв. |\n|---|---|---|---|---|---|\n| Заседания Общественного совета | 1 | 2 | 1 | 2 | 6 |\n| Общественные мониторинги | 2 | 1 | 1 | 1 | 5 |\n`;
    expect(figures(text)).toEqual({ general_meetings: 6, monitorings: 5 });
  });
  it('ru variant, a half-year\'s report: "Итого за все кварталы 2025 года" beside its two quarters', () => {
    const text = 'Отчет о работе Общественного совета за I полугодие 2025 года\n\nНаименование показателя\tI квартал 2025 года\tII квартал 2025 года\tИтого за все кварталы 2025 года\nЗаседания Общественного совета\t2\t1\t3\nОбщественные мониторинги\t1\t2\t3\n';
    expect(figures(text)).toEqual({ general_meetings: 3, monitorings: 3 });
  });
  it('near-miss: a total its quarters do not make is a candidate, never a figure', () => {
    const text = `${RU}${HEAD.replace(/\tСправочно[^\n]*/u, '')}Заседания Общественного совета\t2\t1\t2\t2\t8\nОбщественные мониторинги\t1\t2\t2\t1\t6\n`;
    expect(figures(text)).toEqual({ monitorings: 6 });
    expect(candidates(text)).toEqual([['general_meetings', 8]]);
  });
  it('near-miss: three quarters of a year and "Барлығы (барлық тоқсандар)": no column is the year\'s', () => {
    const text = `${KK}Көрсеткіш\tI тоқсан\tII тоқсан\tIII тоқсан\tБарлығы (барлық тоқсандар)\t2024 жыл\nКеңес отырыстары\t1\t2\t1\t4\t5\nМониторингтер\t2\t1\t1\t4\t3\n`;
    expect(figures(text)).toEqual({});
  });
  it('near-miss: in a quarter\'s report the year\'s column over all quarters is not the quarter\'s', () => {
    const text = 'Отчет о работе Общественного совета за II квартал 2025 года\n\nНаименование показателя\tII квартал 2025 года\tИтого за 2025 год (все кварталы)\nЗаседания Общественного совета\t2\t5\nОбщественные мониторинги\t1\t4\n';
    expect(figures(text)).toEqual({ general_meetings: 2, monitorings: 1 });
  });
});

describe('a fixed-width media table with views in thousands', () => {
  it('kk (set 53, Temirtau): "12,4 мың", a dash for none, "8 300", a total of publications', () => {
    const text = `${KK}Әлеуметтік желілердегі жұмыс:\nЖелі          Жарияланымдар    Қаралымдар\nInstagram          24            12,4 мың\nFacebook           10               –\nTelegram           15             8 300\nБарлығы            49\n`;
    expect(media(text)).toEqual([['instagram', 24, 12400], ['facebook', 10, null], ['telegram', 15, 8300]]);
    expect(figures(text).publications).toBe(49);
  });
  it('ru variant: "31,5 тыс." and "4 800"', () => {
    const text = `${RU}Работа в социальных сетях:\nПлощадка        Публикаций     Просмотров\nInstagram           48         31,5 тыс.\nTelegram            17            –\nFacebook            22          4 800\nИтого               87\n`;
    expect(media(text)).toEqual([['instagram', 48, 31500], ['telegram', 17, null], ['facebook', 22, 4800]]);
    expect(figures(text).publications).toBe(87);
  });
  it('near-miss: a reach in millions ("1,2 млн") is no count of views: nothing read as views', () => {
    const text = `${RU}Соцсети:\nПлощадка        Публикаций     Охват\nInstagram           48         1,2 млн\nTelegram            17         2,5 млн\n`;
    expect(media(text).filter(([, , views]) => views !== null)).toEqual([]);
  });
});

describe('an indicator line whose count is told done, or followed by a clause', () => {
  it('kk (set 53, Temirtau): "хаттар – 4 жолданды, оның …", "өтініштер – 7 (…), барлығына …", "тоқсанда өткізілген жоқ"', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы ІІ тоқсандағы жұмысы туралы ақпарат\n\nТОҚСАН ҚОРЫТЫНДЫСЫ\n– кеңес отырыстары – 2;\n– қоғамдық тыңдаулар – тоқсанда өткізілген жоқ;\n– өтініштер – 7 (жеке тұлғалардан – 6, заңды тұлғадан – 1), барлығына жауап берілді;\n– мемлекеттік органдарға хаттар – 4 жолданды, оның 3-еуіне жауап келді.\n';
    expect(figures(text)).toMatchObject({ general_meetings: 2, public_hearings: 0, appeals_received: 7, letters_sent: 4, letters_answered: 3 });
  });
  it('ru variant: "письма – 6 направлено", "обращения – 12 (…), на все даны ответы", "в отчетном периоде не проводились"', () => {
    const text = `${RU}Итоги года:\n– заседания Совета – 6;\n– обращения – 12 (от физических лиц – 10, от юридических – 2), на все даны ответы;\n– письма в госорганы – 6 направлено, ответы получены на 5;\n– общественные слушания – в отчетном периоде не проводились;\n– круглые столы – 3.\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 6, appeals_received: 12, letters_sent: 6, public_hearings: 0, round_tables: 3 });
  });
  it('kk variant: "мониторингтер – 5 жүргізілді", "есепті кезеңде өткізілген жоқ"', () => {
    const text = `${KK}Жыл қорытындысы:\n– кеңес отырыстары – 4;\n– мониторингтер – 5 жүргізілді;\n– дөңгелек үстелдер – есепті кезеңде өткізілген жоқ;\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 4, monitorings: 5, round_tables: 0 });
  });
  it('near-miss: a count told planned, a none told of one quarter of a year\'s report: neither read', () => {
    const text = `${RU}Итоги:\n– заседания Совета – 5;\n– семинары – 2 запланировано;\n– общественные слушания – в I квартале не проводились;\n– круглые столы – 3.\n`;
    const read = figures(text);
    expect(read.seminars).toBeUndefined();
    expect(read.public_hearings).toBeUndefined();
  });
});

describe('a platform\'s sub-row under the publications\' row is that platform\'s publications', () => {
  it('ru (set 52, Atyrau): "Публикации, всего 73" over "  Instagram 40", "  Facebook 18", "  сайт акимата города 15"', () => {
    const text = `${RU}СВОДНЫЕ ПОКАЗАТЕЛИ\n                                           II полуг.     II полуг.\nПоказатель                                 2025 г.       2024 г.\n------------------------------------------------------------------\nЗаседания Совета                              3             2\nПубликации, всего                            73            48\n  Instagram                                  40            29\n  Facebook                                   18            19\n  сайт акимата города                        15             -\n------------------------------------------------------------------\n`.replace('за 2025 год', 'за II полугодие 2025 года');
    expect(media(text)).toEqual([['instagram', 40, null], ['facebook', 18, null], ['website', 15, null]]);
    expect(figures(text).publications).toBe(73);
  });
  it('kk variant, a table with bars: "Жарияланымдар, барлығы" over "Instagram", "Telegram" set in', () => {
    const text = `${KK}| Көрсеткіш | 2025 жыл | 2024 жыл |\n|---|---|---|\n| Кеңес отырыстары | 4 | 3 |\n| Жарияланымдар, барлығы | 36 | 30 |\n|    Instagram | 16 | 12 |\n|    Telegram | 20 | 18 |\n`;
    expect(media(text)).toEqual([['instagram', 16, null], ['telegram', 20, null]]);
  });
  it('near-miss: a platform under the views\' row or under the appeals\' row is no count of publications', () => {
    const text = `${RU}Показатель\t2025 год\t2024 год\nЗаседания Совета\t4\t3\nПросмотры, всего\t52000\t41000\n   Instagram\t30000\t21000\n   Facebook\t22000\t20000\nПоступило обращений\t12\t9\n   через Instagram\t5\t2\n`;
    expect(media(text).filter(([, publications]) => publications !== null)).toEqual([]);
  });
});

describe('a one-row table\'s column of a day and a part of the caption\'s thing', () => {
  // Set 16's ADGS report (3-кесте) has "30.09.2025 ж. жағдай бойынша қарау үстінде": read once the row lexicon names
  // "қарау үстінде" (asked of guard); the column's reading is the same as these.
  it('ru variant: "По состоянию на 30.09.2025 г. на рассмотрении" beside the drafts reviewed is npa_pending', () => {
    const text = 'Отчет о работе Общественного совета за 9 месяцев 2025 года\n\nТаблица 3. Рассмотрение проектов НПА (январь – сентябрь 2025 года)\nПроекты, по которым даны заключения\t\t\tПо состоянию на 30.09.2025 г. на рассмотрении\nвсего\tбез замечаний\tс замечаниями\t\n53\t38\t15\t4\n';
    expect(figures(text)).toEqual({ npa_reviewed: 53, npa_approved: 38, npa_with_remarks: 15, npa_pending: 4 });
  });
  it('kk variant: "30.09.2025 ж. жағдай бойынша қаралу үстінде" under "НҚА жобаларын қарау қорытындысы"', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы 9 айдағы жұмысы туралы есеп\n\n3-кесте. НҚА жобаларын қарау қорытындысы (2025 жылғы қаңтар – қыркүйек)\nҚорытынды берілген жобалар\t\t\t30.09.2025 ж. жағдай бойынша қаралу үстінде\nбарлығы\tескертусіз\tескертулермен\t\n53\t38\t15\t4\n';
    expect(figures(text)).toMatchObject({ npa_reviewed: 53, npa_pending: 4 });
  });
  it('near-miss: "на рассмотрении" beside the appeals is no draft pending', () => {
    const text = 'Отчет о работе Общественного совета за 9 месяцев 2025 года\n\nТаблица 4. Обращения граждан (январь – сентябрь 2025 года)\nПоступило обращений\t\tПо состоянию на 30.09.2025 г. на рассмотрении\nвсего\tот физических лиц\t\n40\t35\t5\n';
    expect(figures(text).npa_pending).toBeUndefined();
    expect(figures(text).appeals_received).toBe(40);
  });
});
