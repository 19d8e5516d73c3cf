/**
 * The guard of report/otherReadings: a figure read from a sentence stands only when every other number in the sentence has
 * a role (another figure or candidate read, a part, the whole, another year's, a reference, a noun of its own); a number
 * with none makes the figure a candidate. Cases from the false figures of held-out sets 27–48 (blind), their variants in
 * the other language or phrasing, and near-misses from the right figures of sets 2–48 that must stand.
 */
import { describe, expect, it } from 'vitest';
import { otherReadingOf } from '../../../../sources/extract/report/otherReadings.ts';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const doubt = (text: string, metric: string, value: number, read: [string, number][] = [], years: number[] = []) => otherReadingOf(text, metric, value, read.map(([m, v]) => ({ metric: m, value: v })), years);
const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';

describe('a number with no role beside the figure: the figure is a candidate', () => {
  it('ru (set 27): "(8 из 12) … переносом двух мониторингов" — 8 and 12 are no one\'s; the 2 is not the count of monitorings', () => {
    expect(doubt('Отставание от годового плана по мониторингам (8 из 12) связано с переносом двух мониторингов по просьбе членов комиссии.', 'monitorings', 2)).toMatch(/another number \(8\)/u);
  });
  it('variant: round tables, the same shape', () => {
    expect(doubt('Отставание от плана по круглым столам (3 из 5) связано с переносом двух круглых столов.', 'round_tables', 2)).not.toBeNull();
  });
  it('kk (set 43): "тиісінше 19 және 4 өтініш келді, яғни жалпы саны 23" — the 4 is one of two parts, the total 23 unread', () => {
    expect(doubt('Жыл бойы Кеңеске жеке және заңды тұлғалардан тиісінше 19 және 4 өтініш келді, яғни жалпы саны 23.', 'appeals_received', 4)).not.toBeNull();
  });
  it('variant ru: "соответственно 19 и 4 обращения, то есть всего 23"', () => {
    expect(doubt('За год в Совет от физических и юридических лиц поступило соответственно 19 и 4 обращения, то есть всего 23.', 'appeals_received', 4)).not.toBeNull();
  });
  it('ru (set 30): a pie chart\'s legend "Обращения – 14 физические лица 86 % (12) …" — 14 is not the individuals\'', () => {
    expect(doubt('[круговая диаграмма] Обращения – 14 физические лица 86 % (12) юридические лица 14 % (2)', 'appeals_individuals', 14)).not.toBeNull();
  });
  it('variant kk: the same legend in Kazakh', () => {
    expect(doubt('[дөңгелек диаграмма] Өтініштер – 14 жеке тұлғалар 86 % (12) заңды тұлғалар 14 % (2)', 'appeals_individuals', 14)).not.toBeNull();
  });
  it('ru (sets 29, 35, 40): a table row set with spaces, its number read as the count: "6 Круглые столы 0 1 0 1 0"', () => {
    expect(doubt('6 Круглые столы 0 1 0 1 0', 'round_tables', 6)).not.toBeNull();
    expect(doubt('5 Проведено заседаний Общественного совета 5 6 +1', 'general_meetings', 5)).not.toBeNull();
  });
  it('variant kk: "2 Кеңес отырыстары 1 0 1 2 2"', () => {
    expect(doubt('2 Кеңес отырыстары 1 0 1 2 2', 'general_meetings', 2)).not.toBeNull();
  });
  it('ru (set 49): a row whose other columns follow the first number with spaces only ("Круглые столы – 1 1 2")', () => {
    expect(doubt('Круглые столы – 1 1 2', 'round_tables', 1)).not.toBeNull();
  });
  it('variant kk: "Дөңгелек үстелдер – 2 1 3"', () => {
    expect(doubt('Дөңгелек үстелдер – 2 1 3', 'round_tables', 2)).not.toBeNull();
  });
  it('near-miss: a thousands group is one number ("12 500 просмотров"), a decimal no count ("87,9")', () => {
    expect(doubt('Опубликовано 96 материалов, набравших 12 500 просмотров.', 'publications', 96)).toBeNull();
    expect(doubt('Направлено писем – 58, доля ответов 87,9.', 'letters_sent', 58)).toBeNull();
  });
});

describe('a year after the report\'s before the number: another period\'s count', () => {
  it('kk (set 49): "2026 жылға міндеттер: 6 отырыс, 6 мониторинг, 3 дөңгелек үстел өткізу"', () => {
    expect(doubt('2026 жылға міндеттер: 6 отырыс, 6 мониторинг, 3 дөңгелек үстел өткізу.', 'monitorings', 6, [], [2025])).toMatch(/2026/u);
  });
  it('variant ru: "Задачи на 2026 год: провести 6 заседаний и 5 мониторингов"', () => {
    expect(doubt('Задачи на 2026 год: провести 6 заседаний и 5 мониторингов.', 'monitorings', 5, [['general_meetings', 6]], [2025])).not.toBeNull();
  });
  it('near-miss: a date of the next year ("до 10 января 2026 года") or a budget\'s years are no other period', () => {
    expect(doubt('Поступило 9 обращений, ответ по одному будет дан до 10 января 2026 года.', 'appeals_received', 9, [], [2025])).toBeNull();
    expect(doubt('Проведено 2 публичных слушания по проекту бюджета района на 2026–2028 годы.', 'public_hearings', 2, [], [2025])).toBeNull();
  });
  it('near-miss: the report\'s own year ("в 2025 году проведено 6 мониторингов")', () => {
    expect(doubt('В 2025 году проведено 6 мониторингов.', 'monitorings', 6, [], [2025])).toBeNull();
  });
});

describe('in a report', () => {
  it('the figure goes to the candidates with the reason', () => {
    const x = parseReport(`${RU}Отставание от годового плана по мониторингам (8 из 12) связано с переносом двух мониторингов по просьбе членов комиссии.\n`);
    expect(x.figures.find((f) => f.metric === 'monitorings')).toBeUndefined();
    expect(x.candidates.find((c) => c.metric === 'monitorings')?.why).toMatch(/no reader gave a role/u);
  });
});

describe('near-misses: every other number has a role, the figure stands', () => {
  it('ru: last year\'s count in brackets and the parts after "из них", read', () => {
    expect(doubt('В Совет поступило 38 обращений (в 2024 году – 29), из них 31 – от физических лиц, 7 – от юридических.', 'appeals_received', 38, [['appeals_individuals', 31], ['appeals_legal_entities', 7]])).toBeNull();
  });
  it('kk: "(2024 жылы – 31), оның 40-ы жеке тұлғалардан, 8-і заңды тұлғалардан"', () => {
    expect(doubt('Кеңеске 48 өтініш түсті (2024 жылы – 31), оның 40-ы жеке тұлғалардан, 8-і заңды тұлғалардан.', 'appeals_received', 48)).toBeNull();
  });
  it('ru: a number with a noun of its own ("240 человек")', () => {
    expect(doubt('Организованы 2 круглых стола и 3 обучающих семинара, в которых приняли участие 240 человек.', 'round_tables', 2, [['seminars', 3]])).toBeNull();
  });
  it('kk: "оған 40 адам қатысты"', () => {
    expect(doubt('Бір дөңгелек үстел ұйымдастырдық, оған 40 адам қатысты.', 'round_tables', 1)).toBeNull();
  });
  it('ru: "против 44 годом ранее", a reference\'s count "№ 2 (10)"', () => {
    expect(doubt('Комиссиями проведено 52 заседания против 44 годом ранее; наиболее активны комиссии № 4 (11 заседаний) и № 2 (10).', 'commission_meetings', 52)).toBeNull();
  });
  it('kk: the number it grew from ("2024 жылғы 9-дан … 14-ке дейін")', () => {
    expect(doubt('Мониторингтер саны 2024 жылғы 9-дан 2025 жылы 14-ке дейін өсті.', 'monitorings', 14)).toBeNull();
  });
  it('ru: the whole a colon breaks down ("прислали 5, … заключения: 4 одобрены")', () => {
    expect(doubt('Проектов НПА нам прислали 5, по всем 5-ти мы дали заключения: 4 одобрены без замечаний, по 1 направлены замечания.', 'npa_approved', 4, [['npa_with_remarks', 1]])).toBeNull();
  });
  it('ru and kk: a part still open ("по одному срок не истёк", "бір өтініш қарау үстінде")', () => {
    expect(doubt('Ответы даны на десять обращений, по одному срок рассмотрения не истёк.', 'appeals_answered', 10)).toBeNull();
    expect(doubt('Он сегіз өтінішке жауап берілді, бір өтініш қарау үстінде.', 'appeals_answered', 18)).toBeNull();
  });
  it('ru: a count restated in words ("9 (девять) выездов"), a verb closing a bracket ("учтено 7)"), "собирались 11 раз"', () => {
    expect(doubt('Проведено 4 общественных мониторинга, в ходе которых осуществлено 9 (девять) выездов в воинские части.', 'monitorings', 4)).toBeNull();
    expect(doubt('Общественные слушания - одно, 22 мая 2025 г., по проекту Правил благоустройства (участвовало 44 человека, поступило 9 предложений, учтено 7).', 'public_hearings', 1)).toBeNull();
    expect(doubt('Постоянные комиссии Совета, которых действовало три, собирались в совокупности 11 раз.', 'commissions', 3)).toBeNull();
  });
  it('kk: "Комиссиялар, олар үшеу, барлығы 11 рет жиналды", "яғни 25 өтініш азаматтардан" (the same count in other words)', () => {
    expect(doubt('Тұрақты комиссиялар үшеу, олар жыл бойы 11 рет жиналды.', 'commissions', 3)).toBeNull();
    expect(doubt('Жыл бойы 26 өтініш келді, біреуінен басқасының бәрі – жеке тұлғалардан, яғни 25 өтініш азаматтардан, 1-еуі – заңды тұлғадан.', 'appeals_legal_entities', 1, [['appeals_received', 26]])).toBeNull();
  });
  it('ru: an item after the same preposition as the figure ("по трём …, по двум"), a hotline\'s number ("линию 1433")', () => {
    expect(doubt('Из них рассмотрено пять: по трём даны положительные заключения, по двум', 'npa_approved', 3, [['npa_reviewed', 5]])).toBeNull();
    expect(doubt('Ответы даны на 10 обращений, на 2 направлены уточняющие запросы.', 'appeals_answered', 10)).toBeNull();
    expect(doubt('По горячей линии 1433 поступило 12 обращений.', 'appeals_received', 12)).toBeNull();
  });
  it('kk: "сенім телефоны 1414 арқылы 12 өтініш түсті"', () => {
    expect(doubt('Сенім телефоны 1414 арқылы Кеңеске 12 өтініш түсті.', 'appeals_received', 12)).toBeNull();
  });
  it('a figure the sentence does not write in digits or words (counted from a list) is not this guard\'s', () => {
    expect(doubt('Общественные слушания [2 listed]', 'public_hearings', 3)).toBeNull();
  });
  it('in a report: a count with last year\'s in brackets and a noun of its own after it stays a figure', () => {
    const ru = parseReport(`${RU}Проведено 6 мониторингов (в 2024 году – 4), по их итогам направлено 12 рекомендаций.\n`);
    expect(ru.figures.find((f) => f.metric === 'monitorings')?.value).toBe(6);
    const kk = parseReport(`${KK}Кеңес 6 мониторинг жүргізді (2024 жылы – 4), олардың қорытындысы бойынша 12 ұсыныс жіберілді.\n`);
    expect(kk.figures.find((f) => f.metric === 'monitorings')?.value).toBe(6);
  });
});

describe('a plan, an intention or an obligation as the statement\'s predicate: its counts are no deeds (report/plannedCount)', () => {
  it('kk (set 45): "Кемінде 5 отырыс, 7 мониторинг және 1 қоғамдық тыңдау өткізу." — a task closed by a verbal noun', () => {
    const text = 'Кемінде 5 отырыс, 7 мониторинг және 1 қоғамдық тыңдау өткізу.';
    expect(doubt(text, 'general_meetings', 5)).toMatch(/plan/u);
    expect(doubt(text, 'monitorings', 7)).toMatch(/plan/u);
    expect(doubt(text, 'public_hearings', 1)).toMatch(/plan/u);
  });
  it('kk (sets 29, 42): "… жоспарланған.", "Алдағы жылы … жоспарланып отыр."; variant: an intention "-бек"', () => {
    expect(doubt('ІІ жартыжылдықта 12 мониторинг, 1 қоғамдық тыңдау (22 қазан) және 5 аудан әкімдігінің есебін тыңдау жоспарланған.', 'monitorings', 12)).toMatch(/plan/u);
    expect(doubt('Алдағы жылы кемінде жеті отырыс, алты мониторинг өткізу, 8 басшының есебін тыңдау жоспарланып отыр.', 'general_meetings', 7)).toMatch(/plan/u);
    expect(doubt('Кеңес екінші жартыжылдықта 3 мониторинг жүргізбек.', 'monitorings', 3)).toMatch(/plan/u);
    expect(doubt('Кеңес жыл соңына дейін 4 отырыс өткізуі тиіс.', 'general_meetings', 4)).toMatch(/plan/u);
  });
  it('kk (set 36): a plan heading the counts "Екiншi жартыжылдыкка жоспар : 2 отырыс , …"; variant ru "План на II полугодие: …"', () => {
    expect(doubt('9. Екiншi жартыжылдыкка жоспар : 2 отырыс , 4 мониторинг , 1 семинар , 1 когамдык тындау .', 'seminars', 1)).toMatch(/plan/u);
    expect(doubt('План на II полугодие: 2 заседания, 4 мониторинга, 1 семинар.', 'seminars', 1)).toMatch(/plan/u);
  });
  it('ru variants: "планируется провести", "предусмотрено", "будут проведены", "необходимо провести"', () => {
    expect(doubt('Во втором полугодии планируется провести 12 мониторингов.', 'monitorings', 12)).toMatch(/plan/u);
    expect(doubt('Планом работы на следующий год предусмотрено 6 заседаний Совета.', 'general_meetings', 6)).toMatch(/plan/u);
    expect(doubt('В IV квартале будут проведены 2 общественных слушания.', 'public_hearings', 2)).toMatch(/plan/u);
    expect(doubt('До конца года Совету необходимо провести 3 круглых стола.', 'round_tables', 3)).toMatch(/plan/u);
  });
  it('near-misses that stay figures: a deed told beside the plan, a plan only named ("по плану", "жоспардағы", "запланированных")', () => {
    expect(doubt('Ережеге сәйкес Кеңесте 15 мүше болуға тиіс, бірақ қазіргі сәтте 14 мүше бар, бір орын бос тұр.', 'members_total', 14)).toBeNull();
    expect(doubt('Комиссии провели 5 заседаний, хотя планировалось 6.', 'commission_meetings', 5)).toBeNull();
    expect(doubt('Жоспар бойынша 6 отырыс көзделген, іс жүзінде 7 отырыс өткізілді (2024 жылдың 9 айында – 5).', 'general_meetings', 7)).toBeNull();
    expect(doubt('Из трех запланированных мониторингов проведены два.', 'monitorings', 2)).toBeNull();
    expect(doubt('Согласно плану работы проведено 6 заседаний Совета.', 'general_meetings', 6)).toBeNull();
    expect(doubt('Жоспарға сәйкес Кеңестің 6 отырысы өткізілді.', 'general_meetings', 6)).toBeNull();
    expect(doubt('Общественные слушания в отчетном периоде не проводились; слушания по проекту генерального плана запланированы на ноябрь.', 'public_hearings', 0)).toBeNull();
    expect(doubt('Кеңес 2 қоғамдық тыңдау өткізді: аудан бюджетінің жобасы және жайылымдарды басқару жоспары бойынша.', 'public_hearings', 2)).toBeNull();
    expect(doubt('Кеңес төрағасы – Нұрбек Ахметов, мүшелер саны – 15, оларға әлеуметтік көмек мәселелері жүктелген.', 'members_total', 15)).toBeNull();
  });
});

describe('a sentence wholly quoted: another body\'s words or an example, not the report\'s count', () => {
  it('kk (set 28): «Аудандық кеңес 2025 жылы 4 мониторинг, 2 есеп тыңдау өткізді, 19 өтініш қабылдады» in an oblast\'s report', () => {
    const text = '«Аудандық кеңес 2025 жылы 4 мониторинг, 2 есеп тыңдау өткізді, 19 өтініш қабылдады»';
    expect(doubt(text, 'monitorings', 4)).toMatch(/quotation/u);
    expect(doubt(text, 'report_hearings', 2)).toMatch(/quotation/u);
    expect(doubt(text, 'appeals_received', 19)).toMatch(/quotation/u);
  });
  it('variants: ru in «», kk in “”, with a closing stop', () => {
    expect(doubt('«Районный совет провёл 4 мониторинга и принял 19 обращений».', 'monitorings', 4)).toMatch(/quotation/u);
    expect(doubt('“Қалалық кеңес 3 отырыс өткізді”.', 'general_meetings', 3)).toMatch(/quotation/u);
  });
  it('near-misses that stay figures: a quoted title inside the sentence, a sentence opening with a quote and going on', () => {
    expect(doubt('«Ауыл жастары» тақырыбында 2 дөңгелек үстел өтті.', 'round_tables', 2)).toBeNull();
    expect(doubt('Проведено 2 круглых стола: «Туризм и экология» и «Молодёжь и предпринимательство».', 'round_tables', 2)).toBeNull();
  });
});
