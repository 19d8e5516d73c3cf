/**
 * A narrative report rendered from what it states (dev-only: the property
 * tests' source of documents). `ReportX` is the truth — the period, a figure
 * per metric with its sub-figures, media per platform with views, dated
 * activity lists — and `renderReport` writes it the way secretaries do, in
 * Russian or Kazakh, through at least ten phrasings of each construct (title
 * with the period, figure sentence, sub-figures, list heading, list item
 * numbering, date, media line), with noise: doubled spaces, NBSP, dash kinds,
 * numbering styles and indents, sentences (figure sentences too) broken
 * across lines, CRLF, a BOM —
 * and distractors that state no figure: dates, phones, money, percentages,
 * law and order numbers, earlier years' figures in brackets.
 *
 * The property tests check that parseReport gives back exactly x's figures,
 * media and activities, and never a figure x does not hold.
 */
import fc from 'fast-check';
import type { ActivityType, MetricId, Platform } from '../../sources/extract/types.ts';

export type Lang = 'ru' | 'kk';

export interface ListItemX {
  title: string;
  month: number;
  day: number;
  /** The last day of a range within the month, else null. */
  to: number | null;
}

export interface ReportX {
  lang: Lang;
  year: number;
  /** 1 or 2 for a half-year report, null for the year. */
  half: 1 | 2 | null;
  figures: Partial<Record<MetricId, number>>;
  media: { platform: Platform; publications: number; views: number | null }[];
  lists: { type: ActivityType; items: ListItemX[] }[];
}

/** The metrics a figure sentence states, and how each language names the counted thing. */
interface Noun {
  /** Russian after 1, after 2–4, after 5+ (genitive plural, also the label of "label – N"). */
  ru: [string, string, string];
  /** Kazakh: the noun after a number (it does not change), and its "саны" label. */
  kk: string;
  kkLabel: string;
}

export const NOUNS: Partial<Record<MetricId, Noun>> = {
  general_meetings: { ru: ['заседание Общественного совета', 'заседания Общественного совета', 'заседаний Общественного совета'], kk: 'отырыс', kkLabel: 'Кеңес отырыстарының саны' },
  presidium_meetings: { ru: ['заседание Президиума', 'заседания Президиума', 'заседаний Президиума'], kk: 'төралқа отырысы', kkLabel: 'Төралқа отырыстарының саны' },
  commission_meetings: { ru: ['заседание комиссий', 'заседания комиссий', 'заседаний комиссий'], kk: 'комиссия отырысы', kkLabel: 'Комиссия отырыстарының саны' },
  monitorings: { ru: ['общественный мониторинг', 'общественных мониторинга', 'общественных мониторингов'], kk: 'қоғамдық мониторинг', kkLabel: 'Қоғамдық мониторингтер саны' },
  round_tables: { ru: ['круглый стол', 'круглых стола', 'круглых столов'], kk: 'дөңгелек үстел', kkLabel: 'Дөңгелек үстелдер саны' },
  public_hearings: { ru: ['общественное слушание', 'общественных слушания', 'общественных слушаний'], kk: 'қоғамдық тыңдау', kkLabel: 'Қоғамдық тыңдаулар саны' },
  seminars: { ru: ['семинар', 'семинара', 'семинаров'], kk: 'семинар', kkLabel: 'Семинарлар саны' },
  memoranda: { ru: ['меморандум', 'меморандума', 'меморандумов'], kk: 'меморандум', kkLabel: 'Меморандумдар саны' },
  npa_reviewed: { ru: ['проект НПА', 'проекта НПА', 'проектов НПА'], kk: 'НҚА жобасы', kkLabel: 'Қаралған НҚА жобаларының саны' },
  appeals_received: { ru: ['обращение', 'обращения', 'обращений'], kk: 'өтініш', kkLabel: 'Түскен өтініштер саны' },
};

/** Sub-figures: parts of a figure stated with it ("из них от физических лиц – 33"). */
export const SUB_FIGURES: Partial<Record<MetricId, MetricId[]>> = {
  appeals_received: ['appeals_individuals', 'appeals_legal_entities'],
  npa_reviewed: ['npa_with_remarks'],
};

export const LIST_TYPES: { type: ActivityType; metric: MetricId; ru: [string, string, string]; kk: string }[] = [
  // nominative plural, genitive plural, prepositional plural; Kazakh plural
  { type: 'round_table', metric: 'round_tables', ru: ['круглые столы', 'круглых столов', 'круглых столах'], kk: 'дөңгелек үстелдер' },
  { type: 'monitoring', metric: 'monitorings', ru: ['общественные мониторинги', 'общественных мониторингов', 'общественных мониторингах'], kk: 'қоғамдық мониторингтер' },
  { type: 'public_hearing', metric: 'public_hearings', ru: ['общественные слушания', 'общественных слушаний', 'общественных слушаниях'], kk: 'қоғамдық тыңдаулар' },
  { type: 'seminar', metric: 'seminars', ru: ['семинары', 'семинаров', 'семинарах'], kk: 'семинарлар' },
];

const PLATFORM_NAMES: Partial<Record<Platform, string>> = { instagram: 'Instagram', facebook: 'Facebook', telegram: 'Telegram', website: 'Веб-сайт' };

const TITLES = [
  'Доступность медицинской помощи в сельской местности', 'Качество питьевой воды', 'Благоустройство дворов', 'Инклюзивное образование',
  'Қоғамдық көлік сапасы', 'Экологиялық жағдай', 'Жастарды жұмыспен қамту', 'Тарифы на коммунальные услуги', 'Безопасность дорожного движения',
  'Цифровые государственные услуги', 'Ауыл шаруашылығын дамыту', 'Профилактика бытового насилия',
];

// ---------------------------------------------------------------- x

const metricArb = (max: number) => fc.integer({ min: 1, max });

/** A report's truth: figures for some metrics, sub-figures that add up, media, lists whose length is their metric's figure. */
export const reportX: fc.Arbitrary<ReportX> = fc
  .record({
    lang: fc.constantFrom<Lang>('ru', 'kk'),
    year: fc.integer({ min: 2019, max: 2026 }),
    half: fc.constantFrom<1 | 2 | null>(1, 2, null),
    stated: fc.subarray(Object.keys(NOUNS) as MetricId[], { minLength: 1 }),
    values: fc.array(metricArb(60), { minLength: 12, maxLength: 12 }),
    big: fc.integer({ min: 1000, max: 99_999 }),
    split: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    media: fc.subarray(['instagram', 'facebook', 'telegram', 'website'] as Platform[]),
    mediaValues: fc.array(fc.record({ publications: fc.integer({ min: 2, max: 900 }), views: fc.option(fc.integer({ min: 1, max: 999 }).map((k) => k * 100), { nil: null }) }), { minLength: 4, maxLength: 4 }),
    listTypes: fc.subarray(LIST_TYPES.map((l) => l.type)),
    listItems: fc.array(fc.array(fc.record({ title: fc.constantFrom(...TITLES), day: fc.integer({ min: 1, max: 27 }), range: fc.boolean(), month: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 6 }), { minLength: 4, maxLength: 4 }),
  })
  .map((r) => {
    const figures: Partial<Record<MetricId, number>> = {};
    r.stated.forEach((m, k) => (figures[m] = r.values[k]));
    if (figures.appeals_received !== undefined) {
      const total = r.values[10] + 20 > 40 && r.big % 3 === 0 ? r.big : figures.appeals_received + 2;
      figures.appeals_received = total;
      figures.appeals_individuals = Math.max(1, Math.min(total - 1, Math.round(total * r.split)));
      figures.appeals_legal_entities = total - figures.appeals_individuals;
      // "от физических лиц – 2010" reads as a year as well as a count: a candidate, rightly; x states unambiguous counts.
      const yearLike = (v: number) => v >= 1900 && v <= 2100;
      if (yearLike(figures.appeals_individuals)) {
        figures.appeals_individuals -= 300;
        figures.appeals_legal_entities += 300;
      }
      if (yearLike(figures.appeals_legal_entities) || yearLike(total)) {
        figures.appeals_received = total + 400;
        figures.appeals_legal_entities += 400;
      }
    }
    if (figures.npa_reviewed !== undefined) {
      figures.npa_reviewed += 1;
      figures.npa_with_remarks = Math.max(1, Math.floor(figures.npa_reviewed * r.split));
    }
    const monthShift = r.half === 2 ? 6 : 0;
    const lists = r.listTypes.map((type, k) => ({
      type,
      items: r.listItems[k].map((i) => ({ title: i.title, month: i.month + monthShift, day: i.day, to: i.range ? i.day + 1 : null })),
    }));
    // A list of a type is that type's count: the figure, stated or not, is its length.
    for (const l of lists) figures[LIST_TYPES.find((t) => t.type === l.type)!.metric] = l.items.length;
    const media = r.media.map((platform, k) => ({ platform, ...r.mediaValues[k] }));
    return { lang: r.lang, year: r.year, half: r.half, figures, media, lists };
  });

// ---------------------------------------------------------------- rendering

/** A deterministic choice source, so one seed gives one document. */
export function chooser(seed: number): <T>(options: readonly T[]) => T {
  let s = seed >>> 0 || 1;
  return <T>(options: readonly T[]) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return options[s % options.length];
  };
}

type Pick = ReturnType<typeof chooser>;

const RU_ONES = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const KK_ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/** 1–99 in words, nominative. */
export function inWords(n: number, lang: Lang): string {
  if (lang === 'ru') return n < 20 ? RU_ONES[n] : [RU_TENS[Math.floor(n / 10)], RU_ONES[n % 10]].filter(Boolean).join(' ');
  return [KK_TENS[Math.floor(n / 10)], KK_ONES[n % 10]].filter(Boolean).join(' ');
}

const SPACES = [' ', '\u00a0', '\u202f'];

/** A count as written: digits (thousands grouped by a space kind), words, or digits with words in brackets. */
function renderNumber(n: number, lang: Lang, pick: Pick): string {
  if (n >= 1000) {
    const s = String(n);
    return `${s.slice(0, -3)}${pick(SPACES)}${s.slice(-3)}`;
  }
  const style = pick(['digits', 'digits', 'digits', 'words', 'brackets'] as const);
  if (n >= 100 || style === 'digits') return String(n);
  return style === 'words' ? inWords(n, lang) : `${n} (${inWords(n, lang)})`;
}

/** Views as written: "85 000", "85 тыс.", "12,4 тыс.", "41,3 мың". */
function renderViews(v: number, lang: Lang, pick: Pick): string {
  const thousand = lang === 'ru' ? 'тыс.' : pick(['мың', 'мың.']);
  if (v >= 1000 && v % 1000 === 0 && pick([true, false])) return `${v / 1000} ${thousand}`;
  if (v >= 1000 && v % 100 === 0 && pick([true, false])) return `${Math.floor(v / 1000)},${(v % 1000) / 100} ${thousand}`;
  return v >= 1000 ? `${String(v).slice(0, -3)}${pick(SPACES)}${String(v).slice(-3)}` : String(v);
}

function ruForm(n: number, forms: [string, string, string]): string {
  const [one, few, many] = forms;
  if (n % 10 === 1 && n % 100 !== 11) return one;
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return few;
  return many;
}

const dash = (pick: Pick) => pick(['–', '—', '-', '–']);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const KK_MONTHS_LOC = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда'];
const KK_MONTHS_GEN = ['қаңтардың', 'ақпанның', 'наурыздың', 'сәуірдің', 'мамырдың', 'маусымның', 'шілденің', 'тамыздың', 'қыркүйектің', 'қазанның', 'қарашаның', 'желтоқсанның'];
const dd = (n: number) => String(n).padStart(2, '0');

/** A date (or a range within a month) through ten phrasings per language; the year is sometimes left to the period. */
export function renderDate(item: ListItemX, year: number, lang: Lang, pick: Pick): string {
  const { day, month, to } = item;
  const d = dash(pick);
  if (to !== null) {
    const ru = [`${day}${d}${to} ${RU_MONTHS_GEN[month - 1]}`, `${day}${d}${to} ${RU_MONTHS_GEN[month - 1]} ${year} г.`, `с ${day} по ${to} ${RU_MONTHS_GEN[month - 1]}`, `${day}-${to}.${dd(month)}.${year}`];
    const kk = [`${day}${d}${to} ${KK_MONTHS[month - 1]}`, `${year} жылғы ${day}-${to} ${KK_MONTHS[month - 1]}`, `${day}-${to}.${dd(month)}.${year} ж.`];
    return pick(lang === 'ru' ? ru : kk);
  }
  const ru = [
    `${day} ${RU_MONTHS_GEN[month - 1]}`, `${day} ${RU_MONTHS_GEN[month - 1]} ${year} г.`, `${day} ${RU_MONTHS_GEN[month - 1]} ${year} года`, `${dd(day)}.${dd(month)}.${year}`,
    `${dd(day)}.${dd(month)}.${year} г.`, `${dd(day)}.${dd(month)}.`, `«${day}» ${RU_MONTHS_GEN[month - 1]} ${year} г.`, `${dd(day)}.${dd(month)}.${String(year).slice(2)}`,
    `${day}. ${RU_MONTHS_GEN[month - 1]}`, `${day} ${RU_MONTHS_GEN[month - 1]} ${year}г.`,
  ];
  const kk = [
    `${day} ${KK_MONTHS[month - 1]}`, `${day} ${KK_MONTHS_LOC[month - 1]}`, `${year} жылғы ${day} ${KK_MONTHS_LOC[month - 1]}`, `${dd(day)}.${dd(month)}.${year} ж.`,
    `${KK_MONTHS_GEN[month - 1]} ${day}-і`, `${year} ж. ${day} ${KK_MONTHS[month - 1]}`, `${day}-${KK_MONTHS_LOC[month - 1]}`, `${dd(day)}.${dd(month)}.`,
    `${year} жылдың ${day} ${KK_MONTHS_LOC[month - 1]}`, `${dd(day)}.${dd(month)}.${year}`,
  ];
  return pick(lang === 'ru' ? ru : kk);
}

function renderTitle(x: ReportX, pick: Pick): string {
  const y = x.year;
  if (x.lang === 'ru') {
    if (x.half === null) return pick([`Отчет о деятельности Общественного совета за ${y} год`, `ОТЧЕТ о работе Общественного совета города за ${y} г.`, `Информация о работе Общественного совета за ${y}г.`, `Отчёт Общественного совета за ${y} год`]);
    const half = x.half === 1 ? pick(['первое', 'I', '1-е']) : pick(['второе', 'II', '2-е']);
    return pick([`Отчет о деятельности Общественного совета за ${half} полугодие ${y} года`, `Информация о работе Общественного совета за ${half} полугодие ${y} г.`]);
  }
  if (x.half === null) return pick([`Қоғамдық кеңестің ${y} жылғы қызметі туралы есеп`, `${y} жылғы есеп`, `${y} жылғы жұмыс қорытындысы туралы есеп`]);
  return `${y} жылдың ${x.half === 1 ? 'бірінші' : 'екінші'} жартыжылдығындағы Қоғамдық кеңестің қызметі туралы есеп`;
}

/** A figure sentence: ten phrasings per language, the number before its noun or after a label. */
function renderFigure(metric: MetricId, n: number, x: ReportX, pick: Pick): string {
  const noun = NOUNS[metric]!;
  const num = renderNumber(n, x.lang, pick);
  const d = dash(pick);
  if (x.lang === 'ru') {
    const form = ruForm(n, noun.ru);
    const label = noun.ru[2];
    const verb = metric === 'appeals_received' ? pick(['поступило', 'поступило', 'зарегистрировано']) : metric === 'npa_reviewed' ? pick(['рассмотрено', 'изучено']) : pick(['проведено', 'организовано и проведено']);
    return pick([
      `За отчетный период ${verb} ${num} ${form}.`,
      `Всего ${verb} ${num} ${form}.`,
      `В отчетном периоде ${verb} ${num} ${form}.`,
      `${cap(verb)} ${num} ${form}.`,
      `Кроме того, ${verb} ${num} ${form}.`,
      `Советом ${verb} ${num} ${form}.`,
      `Количество ${label} ${d} ${num}.`,
      `${cap(label)}: ${num}.`,
      `Так, ${verb} ${num} ${form}, что отражено в плане работы.`,
      `Итого ${verb} ${num} ${form}.`,
      `В течение отчетного периода было ${verb} ${num} ${form}.`,
    ]);
  }
  const verb = metric === 'appeals_received' ? pick(['түсті', 'тіркелді']) : metric === 'npa_reviewed' ? pick(['қаралды', 'зерделенді']) : pick(['өткізілді', 'ұйымдастырылды', 'өтті']);
  return pick([
    `Есепті кезеңде ${num} ${noun.kk} ${verb}.`,
    `Барлығы ${num} ${noun.kk} ${verb}.`,
    `Кеңес тарапынан ${num} ${noun.kk} ${verb}.`,
    `Сонымен қатар ${num} ${noun.kk} ${verb}.`,
    `Жыл ішінде ${num} ${noun.kk} ${verb}.`,
    `${noun.kkLabel} ${d} ${num}.`,
    `${noun.kkLabel}: ${num}.`,
    `Есепті кезеңде барлығы ${num} ${noun.kk} ${verb}.`,
    `Осылайша, ${num} ${noun.kk} ${verb}.`,
    `Жалпы алғанда ${num} ${noun.kk} ${verb}.`,
  ]);
}

/** The sub-figures of a figure, as the clause after it. */
function renderSubFigures(metric: MetricId, x: ReportX, pick: Pick): string {
  const f = x.figures;
  const d = dash(pick);
  if (metric === 'appeals_received') {
    const [a, b] = [f.appeals_individuals!, f.appeals_legal_entities!];
    return x.lang === 'ru'
      ? pick([
        ` Из них от физических лиц ${d} ${a}, от юридических лиц ${d} ${b}.`,
        ` В том числе от физических лиц ${d} ${a}, от юридических лиц ${d} ${b}.`,
        ` Из них: от физических лиц ${d} ${a}; от юридических лиц ${d} ${b}.`,
        ` Из них ${a} обращений от физических лиц и ${b} обращений от юридических лиц.`,
      ])
      : pick([
        ` Оның ішінде жеке тұлғалардан ${d} ${a}, заңды тұлғалардан ${d} ${b}.`,
        ` Оның ішінде: жеке тұлғалардан ${d} ${a}; заңды тұлғалардан ${d} ${b}.`,
        ` Оның ішінде ${a} жеке тұлғадан, ${b} заңды тұлғадан.`,
      ]);
  }
  if (metric === 'npa_reviewed') {
    const r = f.npa_with_remarks!;
    return x.lang === 'ru'
      ? pick([` По ${r} из них даны замечания.`, ` С замечаниями ${d} ${r}.`, ` По ${r} из них были даны замечания и предложения.`, ` В том числе с замечаниями ${d} ${r}.`])
      : pick([` Оның ішінде ескертулермен ${d} ${r}.`, ` Оның ішінде ${r} жобаға ескертулер берілді.`, ` Ескертулер берілген жобалар ${d} ${r}.`]);
  }
  return '';
}

/** Sentences that state no figure: every number in them is a date, a phone, money, a percentage, a reference or a time. */
function renderDistractor(x: ReportX, pick: Pick): string {
  const y = x.year;
  const day = pick([3, 12, 15, 27]);
  if (x.lang === 'ru') {
    return pick([
      `Заседание состоялось ${day} ${pick(RU_MONTHS_GEN)} ${y} г. в 10:00.`,
      `Справки по телефону 8 (727) 271-65-43.`,
      `На проведение мероприятий выделено 12 500 000 тенге.`,
      `Доля исполненных рекомендаций составила 87%.`,
      `Приказ № 45 от ${dd(day)}.03.${y} утвержден.`,
      `В соответствии со статьей 12 Закона РК № 383-V работа продолжена.`,
      `Тел.: +7 701 123 45 67, e-mail: sovet${day}@mail.kz.`,
      `План на ${y + 1} год утвержден ${day} ${pick(RU_MONTHS_GEN)}.`,
      `Рекомендации исполнены на 75 процентов.`,
      `Стоимость проекта – 4,5 млн тенге.`,
      // received, not reviewed; another noun approved; approximate views (issue 12)
      `На экспертизу поступило ${day} проектов НПА.`,
      `По итогам мониторинга одобрено ${day} рекомендаций.`,
      `Публикации в Instagram набрали свыше 96 000 просмотров.`,
      `Из поступивших ${day} проектов НПА часть направлена на доработку.`,
    ]);
  }
  return pick([
    `Отырыс ${y} жылғы ${day} ${pick(KK_MONTHS_LOC)} сағат 10:00-де өтті.`,
    `Анықтама телефоны: 8 (7172) 74-12-34.`,
    `Іс-шараларға 2 500 000 теңге бөлінді.`,
    `Ұсыныстардың 87%-ы орындалды.`,
    `Заңның 12-бабына сәйкес жұмыс жалғасты.`,
    `${y + 1} жылға арналған жоспар ${day} ${pick(KK_MONTHS_LOC)} бекітілді.`,
    `Бұйрық № 45, ${dd(day)}.03.${y} ж.`,
    `Экспертизаға ${day} НҚА жобасы келіп түсті.`,
    `Мониторинг нәтижесінде ${day} ұсыныс мақұлданды.`,
  ]);
}

/** A figure of the year before, in brackets after the sentence: a candidate at most, never the figure. */
function earlierYear(x: ReportX, pick: Pick): string {
  const m = pick([3, 4, 7, 11]);
  const d = dash(pick);
  return x.lang === 'ru' ? pick([` (в ${x.year - 1} году ${d} ${m})`, ` (за ${x.year - 1} г. ${d} ${m})`]) : ` (${x.year - 1} жылы ${d} ${m})`;
}

/** A count of another subject in the same sentence (people, questions, days): never the figure's, never a figure. */
function otherSubject(x: ReportX, pick: Pick): string {
  const k = pick([12, 35, 120, 7]);
  return x.lang === 'ru'
    ? pick([`, в которых приняли участие ${k} жителей`, `, на них рассмотрено ${k} вопросов`, `, к работе привлечены ${k} экспертов`, ` в течение ${k} дней`])
    : pick([`, оларға ${k} тұрғын қатысты`, `, онда ${k} мәселе қаралды`]);
}

function renderMedia(m: ReportX['media'][number], x: ReportX, pick: Pick): string {
  const P = PLATFORM_NAMES[m.platform]!;
  const p = String(m.publications);
  const d = dash(pick);
  if (m.views === null) {
    return x.lang === 'ru'
      ? pick([`${P} ${d} ${p} публикаций.`, `В ${P} размещено ${p} материалов.`, `${P}: ${p} постов.`, `Через ${P} распространено ${p} публикаций.`])
      : pick([`${P} ${d} ${p} жарияланым.`, `${P} арқылы ${p} жарияланым таратылды.`, `${P}: ${p} жазба.`]);
  }
  const v = renderViews(m.views, x.lang, pick);
  if (x.lang === 'ru') {
    return pick([
      `${P} ${d} ${p} публикаций, ${v} просмотров.`,
      `В ${P} размещено ${p} публикаций (${v} просмотров).`,
      `${P}: ${p} постов, охват ${v}.`,
      `В ${P} опубликовано ${p} материалов, количество просмотров ${d} ${v}.`,
      `${P} ${d} ${p} публикаций (охват ${d} ${v}).`,
      `${P}: публикаций ${d} ${p}, просмотров ${d} ${v}.`,
      `В ${P} вышло ${p} публикаций, которые набрали ${v} просмотров.`,
      `${P} (${p} публикаций, ${v} просмотров).`,
      `Аккаунт ${P}: ${p} публикаций и ${v} просмотров.`,
      `${P} ${d} ${p} публикаций\n(${v} просмотров).`,
      `В ${P} размещено ${p} публикаций, количество просмотров составило ${v}.`,
    ]);
  }
  return pick([
    `${P} ${d} ${p} жарияланым, ${v} қаралым.`,
    `${P} желісінде ${p} жарияланым жарияланды (${v} қаралым).`,
    `${P}: ${p} жазба, ${v} көрілім.`,
    `${P} парақшасында ${p} материал орналастырылды, қаралымдар ${d} ${v}.`,
    `${P}: жарияланымдар ${d} ${p}, қаралымдар ${d} ${v}.`,
    `${P} (${p} жарияланым, ${v} қаралым).`,
    `${P} аккаунтында ${p} пост, ${v} қаралым.`,
    `${P} ${d} ${p} материал (қаралым ${d} ${v}).`,
    `${P} желісінде ${p} видео жарияланды, ${v} көрініс.`,
    `${P} ${d} ${p} жарияланым\n(${v} қаралым).`,
    `${P} парақшасында ${p} жарияланым орналастырылды, қаралым саны ${v}.`,
  ]);
}

function renderHeading(type: ActivityType, count: number, x: ReportX, pick: Pick): string {
  const t = LIST_TYPES.find((l) => l.type === type)!;
  const noun = NOUNS[t.metric]!;
  if (x.lang === 'ru') {
    const [nom, gen, prep] = t.ru;
    return pick([
      `Проведено ${count} ${ruForm(count, noun.ru)}:`, `За отчетный период проведено ${count} ${ruForm(count, noun.ru)}, в том числе:`,
      `Проведены ${nom}:`, `В отчетном периоде проведены следующие ${nom}:`, `${cap(nom)}:`, `Перечень проведенных ${gen}:`, `Советом организованы ${nom}:`,
      `${cap(nom)} (по датам):`, `Состоялись ${nom}:`, `Информация о проведенных ${prep}:`, `Также проведены ${nom}:`, `Были организованы и проведены ${nom}:`,
    ]);
  }
  return pick([
    `Есепті кезеңде ${count} ${noun.kk} өткізілді:`,
    `Өткізілген ${t.kk}:`, `Есепті кезеңде келесі ${t.kk} өткізілді:`, `${cap(t.kk)}:`, `${cap(t.kk)} тізімі:`, `Кеңес ұйымдастырған ${t.kk}:`,
    `${cap(t.kk)} (күндері бойынша):`, `Мынадай ${t.kk} өтті:`, `Сондай-ақ ${t.kk} өткізілді:`, `${cap(t.kk)} туралы ақпарат:`, `Кеңес өткізген ${t.kk}:`,
  ]);
}

/** Numbering styles: "1.", "1)", a tab or spaces before, mixed "1." and "2)", dashes, bullets. */
function renderList(list: ReportX['lists'][number], x: ReportX, pick: Pick): string[] {
  const style = pick(['dot', 'paren', 'tab', 'indent', 'mixed', 'dash', 'bullet', 'dot', 'paren', 'dot'] as const);
  return list.items.map((item, k) => {
    const n = k + 1;
    const marker =
      style === 'dot' ? `${n}.` : style === 'paren' ? `${n})` : style === 'tab' ? `\t${n}.` : style === 'indent' ? `   ${n}.` : style === 'mixed' ? (k % 2 ? `${n})` : `${n}.`) : style === 'dash' ? pick(['–', '-', '—']) : '•';
    const date = renderDate(item, x.year, x.lang, pick);
    const end = k + 1 < list.items.length ? pick([';', '', ';']) : '.';
    return pick([`${marker} «${item.title}» ${dash(pick)} ${date}${end}`, `${marker} «${item.title}» (${date})${end}`, `${marker} ${date} ${dash(pick)} «${item.title}»${end}`]);
  });
}

/** Noise on a finished line: doubled spaces, an NBSP for a space. Never inside a number. */
function noisy(line: string, pick: Pick): string {
  return line.replace(/ (?=[\p{L}«(])/gu, () => pick([' ', ' ', ' ', ' ', '  ', '\u00a0']));
}

/** A sentence broken across lines, as a PDF or a narrow column leaves it: at a space before a lower-case word or a bracket. */
function brokenAcrossLines(sentence: string, pick: Pick): string[] {
  const places = [...sentence.matchAll(/ (?=[\p{Ll}(])/gu)].map((m) => m.index ?? 0);
  if (places.length === 0 || pick([true, false, false])) return [sentence];
  const at = pick(places);
  return [sentence.slice(0, at), sentence.slice(at + 1)];
}

/** The document: a title, then sections in any order, with distractors between; CRLF and a BOM sometimes. */
export function renderReport(x: ReportX, seed: number): string {
  const pick = chooser(seed);
  const blocks: string[][] = [];
  const listed = new Set(x.lists.map((l) => LIST_TYPES.find((t) => t.type === l.type)!.metric));
  for (const metric of Object.keys(NOUNS) as MetricId[]) {
    const n = x.figures[metric];
    if (n === undefined || listed.has(metric)) continue;
    let sentence = renderFigure(metric, n, x, pick);
    if (pick([false, false, true])) sentence = sentence.replace(/\.$/, `${earlierYear(x, pick)}.`);
    if (pick([false, false, true])) sentence = sentence.replace(/\.$/, `${otherSubject(x, pick)}.`);
    sentence += renderSubFigures(metric, x, pick);
    blocks.push(brokenAcrossLines(noisy(sentence, pick), pick));
  }
  for (const list of x.lists) {
    const metric = LIST_TYPES.find((t) => t.type === list.type)!.metric;
    // The count is stated above the list, or only by the list's length.
    const stated = pick([true, false]) ? [noisy(renderFigure(metric, list.items.length, x, pick), pick)] : [];
    blocks.push([...stated, renderHeading(list.type, list.items.length, x, pick), ...renderList(list, x, pick)]);
  }
  if (x.media.length > 0) {
    blocks.push([x.lang === 'ru' ? 'Информационная работа.' : 'Ақпараттық жұмыс.', ...x.media.flatMap((m) => renderMedia(m, x, pick).split('\n'))]);
  }
  for (let k = pick([1, 2, 3, 4]); k > 0; k--) {
    const distractor = renderDistractor(x, pick);
    // A sentence broken across lines, as a PDF or a narrow column leaves it.
    blocks.push(pick([false, true]) ? distractor.replace(/ (\p{L}+) /u, '\n$1 ').split('\n') : [distractor]);
  }
  const order = blocks.map((b, k) => ({ b, key: pick([0, 1, 2, 3, 4, 5, 6, 7]) * 100 + k })).sort((a, b) => a.key - b.key);
  const lines = [renderTitle(x, pick), ''];
  for (const { b } of order) lines.push(...b, '');
  const text = lines.join(pick(['\n', '\n', '\r\n']));
  return pick([false, false, true]) ? '\uFEFF' + text : text;
}
