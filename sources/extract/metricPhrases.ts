import type { ActivityType, MetricId, Platform } from './types.ts';

/**
 * The grammar of narrative reports as data: which words, next to a number,
 * state which metric (DESIGN.md metric ids), in Russian and Kazakh. parseReport
 * only applies this table; a new phrasing is a new entry here.
 *
 * Each form is a regular-expression source in which `{N}` stands for the
 * count. `before(noun)` is "18 общественных мониторингов" (the number, up to
 * three words, the noun); `after(noun)` is "одобрено – 89" (the noun, a dash or
 * colon, the number); `amount(noun)` is "мониторинг в количестве 18".
 * Entries are tried in order and a number once taken is not taken again, so
 * the specific ("4 заседания Президиума") stand before the general ("17 заседаний").
 * `context` must occur in the same sentence, `notContext` must not.
 */
export interface MetricPhrase {
  metric: MetricId;
  forms: string[];
  context?: string;
  notContext?: string;
}

/**
 * A number counts the first noun after it: the words between it and the
 * metric's noun may be adjectives ("18 общественных мониторингов"), never a
 * noun of another subject or a preposition that opens one — "2 члена по
 * собственному заявлению" counts members, not appeals; "23 эксперта из числа
 * представителей НПО" counts experts; "5 вопросов заседания" counts questions.
 * OTHER_NOUNS lists those nouns (people, time units, questions, documents) in
 * both languages; PEOPLE are allowed where the metric counts people ("3 (три)
 * человека представители государственных органов").
 */
// Stems with the endings of the noun only, so the adjectives made from them pass ("районных", "экспертных").
const PEOPLE = '(?:член[\\p{L}]{0,3}|кандидат(?:а|ов|ы|ам|ами|ах)?|эксперт(?:а|ов|ы|ам|ами|ах)?|человек|граждан(?:ин|е)?|жител[\\p{L}]{0,3}|участник[\\p{L}]{0,3}|депутат(?:а|ов|ы|ам|ами|ах)?|сотрудник[\\p{L}]{0,3}|специалист(?:а|ов|ы|ам|ами|ах)?|волонт[её]р(?:а|ов|ы|ам|ами|ах)?|мүше[\\p{L}]{0,3}|үміткер[\\p{L}]{0,3}|сарапшы[\\p{L}]{0,3}|адам[\\p{L}]{0,3}|тұрғын[\\p{L}]{0,3}|қатысушы[\\p{L}]{0,3}|қызметкер[\\p{L}]{0,3}|маман[\\p{L}]{0,3})(?![\\p{L}])';
const OTHER_NOUNS = '(?:раза?|д(?:ень|ня|ней|ням|нях)|недел[\\p{L}]{0,3}|месяц[\\p{L}]{0,3}|год(?:а|у|ов|ы)?|лет|час(?:а|ов|ы)?|минут[\\p{L}]{0,2}|вопрос[\\p{L}]{0,3}|тем(?:а|ы|у|ой|ам|ами|ах)?|проект(?:а|ов|ы|ам|ами|ах)?|документ(?:а|ов|ы|ам|ами|ах)?|организаци[\\p{L}]{0,3}|учреждени[\\p{L}]{0,3}|объект(?:а|ов|ы|ам|ами|ах)?|район(?:а|ов|ы|ам|ами|ах)?|школ(?:а|ы|у|ой|ам|ами|ах)?|рет|күн[\\p{L}]{0,3}|ай|жыл[\\p{L}]{0,3}|апта[\\p{L}]{0,3}|сағат[\\p{L}]{0,3}|мәселе[\\p{L}]{0,3}|сұрақ[\\p{L}]{0,3}|жоба[\\p{L}]{0,3}|құжат[\\p{L}]{0,3}|ұйым[\\p{L}]{0,3})(?![\\p{L}])';
const PREPOSITIONS = '(?:из|от|для|с|со|в|во|на|по|при|к|ко|о|об|у|за|до|после|среди|между|через|чем|бойынша|арқылы|үшін|туралы)(?![\\p{L}])';
const betweenWords = (excluded: string) => `(?:(?!${excluded})[\\p{L}«»"“”\\-]+\\s+){0,3}?`;
const WORDS_BETWEEN = betweenWords(`(?:${PEOPLE}|${OTHER_NOUNS}|${PREPOSITIONS})`);
const WORDS_BETWEEN_PEOPLE = betweenWords(`(?:${OTHER_NOUNS}|${PREPOSITIONS})`);
const beforeWith = (between: string) => (noun: string) => `({N})(?:\\s*\\([^)\\d]{1,40}\\))?\\s*[-–—]?\\s*${between}[«"“]?(?:${noun})`;
const before = beforeWith(WORDS_BETWEEN);
const beforePeople = beforeWith(WORDS_BETWEEN_PEOPLE);
// \uE000 is maskNeverCounts' MASK: a blanked date or year between a noun and a number does not join them.
const after = (noun: string) => `(?:${noun})[^.\\d:;\\uE000]{0,30}?\\s*[-–—:]\\s*({N})`;
const amount = (noun: string) => `(?:${noun})[\\p{L}\\s]{0,40}?в\\s+количестве\\s+({N})`;

const heldBy = (body: string) => `(?<![\\p{L}])${body}(?:\\s+[\\p{L}]+){0,3}?\\s+(?:был[\\p{L}]*\\s+)?(?:проведен[\\p{L}]*|провел[\\p{L}]*)\\s+({N})\\s+(?:[\\p{L}]+\\s+)?(?:заседани|собрани)`;
const NPA = '(?:нормативн[\\p{L}]*[\\s-]+правов[\\p{L}]*\\s+акт|НПА|НҚА|нормативтік\\s+құқықтық)';
const HEARD = '(?:заслуш|отчит|отчет[\\p{L}]*\\s+(?:заслуш|представ)|есеп\\s+бер|тыңдал)';
const SENT = '(?:направлен|направил|отправлен|жолданды|жіберілді)';

export const METRIC_PHRASES: MetricPhrase[] = [
  // "Президиумом проведено 3 заседания", "Комиссиями Совета проведено 19 заседаний": the body that met is the agent.
  { metric: 'presidium_meetings', forms: [heldBy('президиум[\\p{L}]*'), before('заседани[\\p{L}]*\\s+президиум'), after('заседани[\\p{L}]*\\s+президиум[\\p{L}]*'), before('(?:төралқа|президиум)[\\p{L}]*\\s+отырыс')] },
  { metric: 'commission_meetings', forms: [heldBy('комисси[\\p{L}]*'), before('заседани[\\p{L}]*\\s+(?:постоянн[\\p{L}]*\\s+)?комисси'), after('заседани[\\p{L}]*\\s+комисси[\\p{L}]*'), before('комиссия[\\p{L}]*\\s+отырыс')] },
  { metric: 'report_hearings', forms: [`заслуша[\\p{L}]*\\s+({N})\\s+(?:[\\p{L}]+\\s+)?отч[её]т`, before('(?:заслушивани[\\p{L}]*|заслушанн[\\p{L}]*)\\s+отчет'), before('есеп[\\p{L}]*\\s+тыңда')] },
  { metric: 'departments_heard', forms: [before('управлени[\\p{L}]*'), before('басқарма[\\p{L}]*')], context: HEARD },
  { metric: 'subordinate_orgs_heard', forms: [before('подведомственн[\\p{L}]*'), before('ведомстволық\\s+бағынысты')], context: HEARD },
  { metric: 'district_akimats_heard', forms: [before('акимат[\\p{L}]*\\s+район'), before('районн[\\p{L}]*\\s+акимат'), before('аудан[\\p{L}]*\\s+әкімдік')], context: HEARD },
  { metric: 'public_hearings', forms: [before('(?:общественн[\\p{L}]*\\s+)?слушани[\\p{L}]*'), after('общественн[\\p{L}]*\\s+слушани[\\p{L}]*'), before('қоғамдық\\s+тыңда[\\p{L}]*')] },
  { metric: 'monitorings', forms: [amount('мониторинг[\\p{L}]*'), before('(?:общественн[\\p{L}]*\\s+)?мониторинг[\\p{L}]*'), after('мониторинг[\\p{L}]*')] },
  { metric: 'npa_with_remarks', forms: [`по\\s+({N})\\s+из\\s+(?:них|которых)\\s+(?:были\\s+)?(?:даны|высказаны|внесены|представлены)\\s+замечани`, after('с\\s+замечани[\\p{L}]*'), before('(?:[\\p{L}]+\\s+)?с\\s+замечани'), after('ескертулермен'), 'с\\s+замечани[\\p{L}]*\\s+({N})'] },
  { metric: 'npa_approved', forms: [after('одобрен[\\p{L}]*'), `({N})\\s+(?:из\\s+них\\s+)?одобрен`, after('мақұлдан[\\p{L}]*'), 'одобрен[\\p{L}]*\\s+({N})'], context: NPA },
  { metric: 'npa_pending', forms: [after('на\\s+рассмотрении'), after('находятся\\s+на\\s+рассмотрении')], context: NPA },
  { metric: 'npa_reviewed', forms: [before(`(?:проект[\\p{L}]*\\s+)?${NPA}`), before(`экспертиз[\\p{L}]*(?:\\s+${NPA})?`), amount(NPA)] },
  { metric: 'round_tables', forms: [before('кругл[\\p{L}]*\\s+стол[\\p{L}]*'), after('кругл[\\p{L}]*\\s+стол[\\p{L}]*'), before('дөңгелек\\s+үстел')] },
  { metric: 'dialog_platforms', forms: [before('диалогов[\\p{L}]*\\s+площад[\\p{L}]*'), after('диалогов[\\p{L}]*\\s+площад[\\p{L}]*'), before('диалог[\\p{L}]*\\s+алаң')] },
  { metric: 'seminars', forms: [before('(?:семинар|тренинг|вебинар)[\\p{L}]*'), after('семинар[\\p{L}]*')] },
  { metric: 'memoranda', forms: [before('меморандум[\\p{L}]*'), after('меморандум[\\p{L}]*')] },
  { metric: 'letters_answered', forms: [`на\\s+({N})(?:\\s+из\\s+(?:них|которых))?,?\\s+(?:были\\s+)?(?:получены|поступили)\\s+(?:[\\p{L}]+\\s*/\\s*)?ответ`, `получен[\\p{L}]*\\s+({N})\\s+ответ`], context: SENT },
  { metric: 'letters_sent', forms: [before('(?:обращени|пис[еь]м|запрос|хат)[\\p{L}]*')], context: SENT, notContext: '(?:поступ|от\\s+граждан|түскен)' },
  { metric: 'appeals_answered', forms: [`по\\s+({N})\\s+обращени[\\p{L}]*\\s+(?:были\\s+)?(?:даны|направлены|подготовлены)\\s+ответ`, `на\\s+({N})(?:\\s+из\\s+(?:них|которых))?,?\\s+(?:были\\s+)?(?:даны|направлены|подготовлены)\\s+ответ`, `(?:даны|направлены)\\s+ответы\\s+на\\s+({N})`], context: '(?:обращени|өтініш)' },
  { metric: 'appeals_individuals', forms: [before('обращени[\\p{L}]*\\s+(?:от\\s+)?физическ[\\p{L}]*\\s+лиц(?![\\p{L}]*\\s+и\\s+юрид)'), after('(?:от\\s+)?физическ[\\p{L}]*\\s+лиц(?![\\p{L}]*\\s+и\\s+юрид)[\\p{L}]*'), before('жеке\\s+тұлға')] },
  { metric: 'appeals_legal_entities', forms: [before('обращени[\\p{L}]*\\s+(?:от\\s+)?юридическ[\\p{L}]*\\s+лиц'), after('(?:от\\s+)?юридическ[\\p{L}]*\\s+лиц[\\p{L}]*'), before('заңды\\s+тұлға')] },
  { metric: 'appeals_received', forms: [before('(?:обращени|заявлени|жалоб)[\\p{L}]*'), before('(?:өтініш|шағым)[\\p{L}]*'), after('поступ[\\p{L}]*\\s+обращени[\\p{L}]*')] },
  { metric: 'members_total', forms: [`в\\s+состав[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,3}?[-–—:]\\s*({N})\\s+член`, amount('(?:совет|состав)[\\p{L}]*(?:\\s+[\\p{L}.]+){0,4}?\\s+сформирован[\\p{L}]*'), `состоит\\s+из\\s+({N})\\s+член`, after('(?:общее\\s+количество|численность|количество|состав)\\s+член[\\p{L}]*(?:\\s+[\\p{L}]+){0,3}?'), beforePeople('мүше[\\p{L}]*\\s+(?:құрамында|саны)')] },
  { metric: 'members_state', forms: [beforePeople('представител[\\p{L}]*\\s+(?:государственн|госорган)'), beforePeople('мемлекеттік\\s+орган')] },
  { metric: 'members_civil', forms: [beforePeople('представител[\\p{L}]*\\s+(?:гражданск|обществ|НПО|неправительств)'), beforePeople('азаматтық\\s+қоғам')] },
  { metric: 'members_left', forms: [`(?:выбыл[\\p{L}]*|вышл[\\p{L}]*\\s+из\\s+состава|исключен[\\p{L}]*)\\s+({N})\\s+член`, `({N})\\s+член[\\p{L}]*[^.\\d]{0,40}?(?:выбыл|вышл[\\p{L}]*\\s+из\\s+состава|исключен|прекращен)`] },
  { metric: 'members_joined', forms: [`(?:введен[\\p{L}]*|принят[\\p{L}]*|включен[\\p{L}]*)\\s+({N})\\s+(?:нов[\\p{L}]*\\s+)?(?:член|кандидат)`, `({N})\\s+нов[\\p{L}]*\\s+член`] },
  { metric: 'commissions', forms: [before('(?:постоянн[\\p{L}]*\\s+)?комисси[\\p{L}]*(?!\\s*№)'), before('комиссия[\\p{L}]*')], context: '(?:в\\s+структуре|действу[\\p{L}]*|сформирован[\\p{L}]*|создан[\\p{L}]*|работа[ею]т|осуществля[\\p{L}]*\\s+деятельност|құрылды|жұмыс\\s+істейді)' },
  { metric: 'general_meetings', forms: [before('(?:общ[\\p{L}]*\\s+|пленарн[\\p{L}]*\\s+)?(?:заседани|собрани)[\\p{L}]*(?!\\s+(?:президиум|комисси|рабоч))'), after('(?:заседани|собрани)[\\p{L}]*(?:\\s+ОСА?)?(?!\\s+(?:президиум|комисси))'), before('(?:жалпы\\s+)?отырыс[\\p{L}]*')] },
  { metric: 'publications', forms: [before('(?:публикаци|материал|жарияланым|пост(?![\\p{L}]{4}))[\\p{L}]*'), after('публикаци[\\p{L}]*')] },
];

/** Words that name an activity type, in list headings, table titles and sentences. */
export const ACTIVITY_PHRASES: { type: ActivityType; metric: MetricId | null; source: string }[] = [
  { type: 'public_hearing', metric: 'public_hearings', source: 'общественн[\\p{L}]*\\s+слушани|(?<![\\p{L}])слушани[\\p{L}]*|қоғамдық\\s+тыңда' },
  { type: 'report_hearing', metric: 'report_hearings', source: 'заслушивани[\\p{L}]*\\s+отчет|есеп[\\p{L}]*\\s+тыңда' },
  { type: 'monitoring', metric: 'monitorings', source: 'мониторинг' },
  { type: 'round_table', metric: 'round_tables', source: 'кругл[\\p{L}]*\\s+стол|дөңгелек\\s+үстел' },
  { type: 'dialog_platform', metric: 'dialog_platforms', source: 'диалогов[\\p{L}]*\\s+площад|диалог[\\p{L}]*\\s+алаң' },
  { type: 'seminar', metric: 'seminars', source: 'семинар|тренинг|вебинар' },
  { type: 'memorandum', metric: 'memoranda', source: 'меморандум' },
  { type: 'official_meeting', metric: null, source: '(?<![\\p{L}])встреч[\\p{L}]*|кездесу' },
  { type: 'site_visit', metric: null, source: 'выездн[\\p{L}]*|(?<![\\p{L}])рейд' },
  { type: 'media_project', metric: null, source: 'медиа-?проект' },
];

/** Verbs saying an activity took place: a dated sentence with one of these is an activity. */
export const HELD_VERBS = '(?:состоял[\\p{L}]*|прош[её]л|прошл[\\p{L}]*|проведен[\\p{L}]*|провел[\\p{L}]*|организован[\\p{L}]*|подписан[\\p{L}]*|өтті|өткізілді|ұйымдастырылды|қол\\s+қойылды)';

/** Media platforms and how reports name them (URLs are removed before matching). */
export const PLATFORM_PHRASES: { platform: Platform; source: string }[] = [
  { platform: 'kazkenes', source: 'kazkenes|казкенес' },
  { platform: 'instagram', source: 'instagram|инстаграм|insta(?![\\p{L}])' },
  { platform: 'facebook', source: 'facebook|фейсбук|фэйсбук' },
  { platform: 'threads', source: '(?<![\\p{L}])threads' },
  { platform: 'telegram', source: 'telegram|телеграм' },
  { platform: 'website', source: '(?<![\\p{L}])(?:веб-?)?сайт[\\p{L}]*|интернет-ресурс[\\p{L}]*|(?<![\\p{L}])website' },
  { platform: 'other', source: 'youtube|ютуб|tiktok|тикток|вконтакте|twitter|(?<![\\p{L}])x\\.com' },
];

/** The counted things of media figures. */
// "пост" only as the noun: "поставщик", "постановление", "постоянно" are not posts.
export const MEDIA_PUBLICATIONS = '(?:(?:публикаци|материал|сообщени|видео|сторис|stories|жарияланым|жазба)[\\p{L}]*|пост(?:ы|ов|а|ам|ами|ах)?(?![\\p{L}]))';
export const MEDIA_VIEWS = '(?:просмотр|охват|показ|прочтени|қаралым|көріл|көрініс|views?)[\\p{L}]*';
/** A sentence about social networks in general is a total, not one platform's figure. */
export const MEDIA_GENERAL = '(?:соцсет|социальн[\\p{L}]*\\s+сет|әлеуметтік\\s+желі|СМИ|БАҚ)';

/**
 * Figures that are parts of another, checked when all are stated: the parts
 * of an exact split must add up to the whole ("3 state + 34 civil = 37
 * members"), the parts of a bound must not exceed it (89 NPAs reviewed cannot
 * hold 89 approved and 4 more with remarks).
 */
export const METRIC_PARTS: { whole: MetricId; parts: MetricId[]; exact: boolean }[] = [
  { whole: 'members_total', parts: ['members_civil', 'members_state'], exact: true },
  { whole: 'appeals_received', parts: ['appeals_individuals', 'appeals_legal_entities'], exact: true },
  { whole: 'npa_reviewed', parts: ['npa_approved', 'npa_with_remarks'], exact: false },
  { whole: 'appeals_received', parts: ['appeals_answered'], exact: false },
  { whole: 'letters_sent', parts: ['letters_answered'], exact: false },
];
