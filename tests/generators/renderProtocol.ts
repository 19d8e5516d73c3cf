/**
 * A generator of protocols to test the extractor against, not examples to fit
 * it to: a structured protocol (what a meeting was) is rendered through many
 * phrasings per construct, in Russian or Kazakh, with the noise of real files
 * (spacing, dash kinds, numbering styles, lines broken by hand, CRLF, BOM,
 * NBSP, tabs). `expectedOf` says what an extract of the render must hold.
 * Dev-only: tests import it, kenes does not.
 */
import { Rng } from '../../sources/sample/Rng.ts';

export type Lang = 'ru' | 'kk';

export interface SpecPerson {
  surname: string;
  first: string;
  patronymic: string | null;
  role: string;
}

export type Participation =
  | { kind: 'present'; online: boolean }
  | { kind: 'absent'; excused: boolean | null };

export interface SpecVote {
  /** null: the text gives no counts (a unanimous vote said in words only, or a show of hands told by its result). */
  counts: { for: number; against: number; abstain: number } | null;
  unanimous: boolean;
  declared: 'adopted' | 'rejected' | null;
  not_voted: number | null;
}

export interface ProtocolSpec {
  lang: Lang;
  number: string;
  date: string;
  body: string;
  members: { person: SpecPerson; participation: Participation }[];
  invited: SpecPerson[];
  /** Which counts the text states. */
  states: { total: boolean; present: boolean; online: boolean };
  agenda: string[];
  votes: SpecVote[];
}

/** What the extract of any render of the spec holds. */
export interface ExpectedProtocol {
  number: string;
  date: string;
  body: string;
  members_total: number | null;
  present: number | null;
  online: number | null;
  attendees: { name: string; online: boolean }[];
  absentees: { name: string; excused: boolean | null }[];
  agenda: string[];
  /** item: the question the vote is under (each question's section has its vote, the k-th vote the k-th question's). */
  votes: { for: number | null; against: number | null; abstain: number | null; unanimous: boolean; declared: 'adopted' | 'rejected' | null; not_voted: number | null; item: number | null }[];
}

// ---------------------------------------------------------------- people

const RU_SURNAMES = ['Иванов', 'Петрова', 'Сидоренко', 'Ким', 'Ахметова', 'Жумабаев', 'Серикова', 'Орлов', 'Гусев', 'Тлеуов', 'Бекова', 'Мамыров', 'Кузнецова', 'Абдрахманов', 'Цой', 'Ли', 'Онланбекова', 'Зуммер', 'Против', 'Завьялова', 'Иванова-Петрова', "Д'Арк", 'Акимов', 'Членова'];
const RU_FIRST = ['Иван', 'Анна', 'Сергей', 'Динара', 'Бауыржан', 'Людмила', 'Дмитрий', 'Зумрад', 'Виктор', 'Алия', 'Павел', 'Елена'];
const RU_PATRONYMIC = ['Иванович', 'Сергеевна', 'Петрович', 'Ерлановна', 'Кайратович', 'Викторовна', null];
const KK_SURNAMES = ['Сәрсенбаев', 'Әбдіқадырова', 'Оразбеков', 'Құдайбергенов', 'Жақсылықова', 'Төлегенов', 'Смағұлова', 'Нұрғалиева', 'Өтепова', 'Шәріпов', 'Қалиев', 'Ұлықбеков', 'Іскақова', 'Мұратқызы', 'Орынбасаров'];
const KK_FIRST = ['Жандос', 'Гүлмира', 'Нұрлан', 'Әсел', 'Ерлан', 'Мәдина', 'Асхат', 'Зумрат', 'Ғалымжан', 'Ләззат', 'Үміт'];
const KK_PATRONYMIC = ['Қайратұлы', 'Серікқызы', 'Әділұлы', 'Маратқызы', 'Сейітұлы', null];
const RU_ROLES = ['член Общественного совета', 'председатель комиссии', 'заместитель председателя Совета', 'секретарь', 'член комиссии по вопросам экологии', 'член Совета', 'председатель Общественного совета'];
const KK_ROLES = ['Кеңес мүшесі', 'комиссия төрағасы', 'Қоғамдық кеңес төрағасының орынбасары', 'хатшы', 'экономика мәселелері жөніндегі комиссияның мүшесі'];
const RU_GUEST_ROLES = ['руководитель управления здравоохранения', 'главный специалист акимата', 'представитель прокуратуры', 'журналист'];
const KK_GUEST_ROLES = ['денсаулық сақтау басқармасының басшысы', 'әкімдіктің бас маманы', 'прокуратура өкілі'];

function person(rng: Rng, lang: Lang, guest = false): SpecPerson {
  const [surnames, first, patronymics, roles] = lang === 'ru'
    ? [RU_SURNAMES, RU_FIRST, RU_PATRONYMIC, guest ? RU_GUEST_ROLES : RU_ROLES]
    : [KK_SURNAMES, KK_FIRST, KK_PATRONYMIC, guest ? KK_GUEST_ROLES : KK_ROLES];
  return { surname: rng.pick(surnames), first: rng.pick(first), patronymic: rng.pick(patronymics), role: rng.pick(roles) };
}

/** A name as the protocol writes it; the extract gives it back as written. */
type NameStyle = 'full' | 'initials' | 'initialsFirst' | 'initialsSpaced';
function nameOf(p: SpecPerson, style: NameStyle): string {
  const i = `${p.first[0]}.${p.patronymic ? `${p.patronymic[0]}.` : ''}`;
  if (style === 'full') return [p.surname, p.first, p.patronymic].filter(Boolean).join(' ');
  if (style === 'initials') return `${p.surname} ${i}`;
  if (style === 'initialsSpaced') return `${p.surname} ${p.first[0]}.${p.patronymic ? ` ${p.patronymic[0]}.` : ''}`;
  return `${i} ${p.surname}`;
}

// ---------------------------------------------------------------- the spec

const AGENDA_RU = ['О плане работы Общественного совета на 2025 год', 'Об отчёте управления здравоохранения', 'О проведении общественного мониторинга качества дорог', 'Разное', 'О проекте бюджета города', 'Об обращениях граждан по вопросам благоустройства'];
const AGENDA_KK = ['Қоғамдық кеңестің 2025 жылға арналған жұмыс жоспары туралы', 'Денсаулық сақтау басқармасының есебі туралы', 'Қоғамдық мониторинг жүргізу туралы', 'Әртүрлі', 'Қала бюджетінің жобасы туралы'];

/** A spec from a seed: the meeting itself, before any phrasing. */
export function makeSpec(seed: number): ProtocolSpec {
  const rng = new Rng(seed);
  const lang: Lang = rng.chance(0.5) ? 'ru' : 'kk';
  const size = rng.int(2, 14);
  const members = Array.from({ length: size }, () => {
    const p = person(rng, lang);
    const participation: Participation = rng.chance(0.75)
      ? { kind: 'present', online: rng.chance(0.3) }
      : { kind: 'absent', excused: rng.pick([true, false, null] as const) };
    return { person: p, participation };
  });
  const present = members.filter((m) => m.participation.kind === 'present').length;
  const year = rng.int(2019, 2026);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const votes: SpecVote[] = Array.from({ length: rng.int(0, 3) }, () => {
    const notVoted = present > 2 && rng.chance(0.15) ? rng.int(1, Math.min(3, present - 1)) : null;
    const voting = Math.max(present - (notVoted ?? 0), 1);
    // A show of hands told by its result only: "Решение принято большинством голосов", "Ұсыныс көпшілік дауыспен қабылданбады".
    // Nobody present casts no counted vote: counts above those present are a contradiction the extract rightly doubts.
    if (present === 0 || rng.chance(0.12)) return { counts: null, unanimous: false, declared: rng.pick(['adopted', 'rejected'] as const), not_voted: null };
    if (rng.chance(0.25)) {
      const withCounts = rng.chance(0.5);
      return { counts: withCounts ? { for: voting, against: 0, abstain: 0 } : null, unanimous: true, declared: rng.pick(['adopted', null] as const), not_voted: null };
    }
    const against = rng.int(0, voting);
    const abstain = rng.int(0, voting - against);
    return { counts: { for: voting - against - abstain, against, abstain }, unanimous: false, declared: rng.pick(['adopted', 'rejected', null] as const), not_voted: notVoted };
  });
  return {
    lang,
    number: rng.chance(0.8) ? String(rng.int(1, 40)) : `${rng.int(1, 12)}-${rng.pick(['П', 'К', '2'])}`,
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    body: rng.pick(['council', 'presidium', `commission ${rng.int(1, 7)}`]),
    members,
    invited: Array.from({ length: rng.int(0, 3) }, () => person(rng, lang, true)),
    states: { total: rng.chance(0.7), present: rng.chance(0.7), online: rng.chance(0.5) },
    agenda: rng.sample(lang === 'ru' ? AGENDA_RU : AGENDA_KK, rng.int(1, 4)),
    votes,
  };
}

// ---------------------------------------------------------------- rendering

const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

const RU_WORDS = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать'];

function dateLine(rng: Rng, lang: Lang, iso: string, place: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const ru = [
    `${d} ${RU_MONTHS[m - 1]} ${y} г.`, `${d} ${RU_MONTHS[m - 1]} ${y} года`, `«${d}» ${RU_MONTHS[m - 1]} ${y} г.`, `${dd}.${mm}.${y}`,
    `${dd}.${mm}.${y} г.`, `“${dd}” ${RU_MONTHS[m - 1]} ${y} года`, `${d} ${RU_MONTHS[m - 1]} ${y}г.`, `${d} ${RU_MONTHS[m - 1]} ${y} г., 15:00`,
    `Дата проведения: ${d} ${RU_MONTHS[m - 1]} ${y} года`, `"${d}" ${RU_MONTHS[m - 1]} ${y} г.`,
  ];
  const kk = [
    `${y} жылғы ${d} ${KK_MONTHS[m - 1]}`, `${y} жылғы ${d} ${KK_MONTHS[m - 1]}да`, `${dd}.${mm}.${y} ж.`, `${d} ${KK_MONTHS[m - 1]} ${y} ж.`,
    `${y} ж. ${d} ${KK_MONTHS[m - 1]}`, `«${d}» ${KK_MONTHS[m - 1]} ${y} жыл`, `${dd}.${mm}.${y}ж.`, `${y} жылғы «${d}» ${KK_MONTHS[m - 1]}`,
    `${y} жылдың ${d} ${KK_MONTHS[m - 1]}ы`, `${dd}.${mm}.${y}`,
  ];
  const date = rng.pick(lang === 'ru' ? ru : kk);
  return rng.chance(0.5) ? `${place}${rng.pick(['\t\t\t', '                              ', '\t'])}${date}` : date;
}

function titleLines(rng: Rng, x: ProtocolSpec): string[] {
  const word = x.lang === 'ru' ? rng.pick(['ПРОТОКОЛ', 'Протокол', 'П Р О Т О К О Л', 'ПРОТОКОЛ ЗАСЕДАНИЯ']) : rng.pick(['ХАТТАМА', 'Хаттама', 'Х А Т Т А М А']);
  const commission = /^commission (\d+)$/.exec(x.body)?.[1];
  const bodyRu = x.body === 'council' ? 'Общественного совета города Алматы' : x.body === 'presidium' ? 'Президиума Общественного совета' : `комиссии № ${commission} Общественного совета`;
  const bodyKk = x.body === 'council' ? 'Алматы қаласы Қоғамдық кеңесінің отырысы' : x.body === 'presidium' ? 'Қоғамдық кеңес төралқасының отырысы' : `Қоғамдық кеңестің № ${commission} комиссиясының отырысы`;
  const body = x.lang === 'ru' ? `заседания ${bodyRu}` : bodyKk;
  const no = `№${rng.pick([' ', '', '\u00a0'])}${x.number}`;
  switch (rng.int(0, 3)) {
    case 0: return [`${word} ${no}`, body];
    case 1: return [word, no, body];
    case 2: return [word, body, no];
    default: return x.lang === 'ru' ? [`${word} ${no}`, `${body}`] : [`${no} ${word}`, body];
  }
}

const DASHES = ['–', '—', '-'];

interface Noise {
  dash: string;
  number: (k: number) => string;
}

function onlineMarker(rng: Rng, lang: Lang): string {
  return rng.pick(lang === 'ru'
    ? ['(онлайн)', '(он-лайн)', '(дистанционно)', '(по видеосвязи)', '(в режиме ВКС)', '(ZOOM)', '(в режиме онлайн)', '(посредством видеоконференцсвязи)', '(удалённо)', '(онлайн-формат)', '(on-line)']
    : ['(онлайн)', '(ZOOM арқылы)', '(қашықтан)', '(бейнебайланыс арқылы)', '(онлайн форматта)', '(Зум арқылы)', '(онлайн режимде)', '(видеобайланыс арқылы)', '(он-лайн)', '(қашықтан қосылды)']);
}

function absenceReason(rng: Rng, lang: Lang, excused: boolean | null): string | null {
  if (excused === null) return null;
  const ru = excused
    ? ['командировка', 'болезнь', 'по болезни', 'в отпуске', 'служебная командировка', 'по уважительной причине', 'по семейным обстоятельствам', 'больничный лист', 'по состоянию здоровья', 'находится на стационарном лечении', 'ежегодный трудовой отпуск']
    : ['без уважительной причины', 'без объяснения причин', 'не сообщил о причине', 'причина неизвестна', 'неуважительная причина', 'без предупреждения', 'без уведомления', 'по неуважительной причине', 'не уведомил секретаря', 'без причины'];
  const kk = excused
    ? ['іссапарда', 'ауырып қалуына байланысты', 'еңбек демалысында', 'науқас', 'дәлелді себеппен', 'отбасылық жағдайына байланысты', 'емделуде', 'іссапар', 'демалыста', 'денсаулығына байланысты']
    : ['себепсіз', 'дәлелсіз себеппен', 'себебі белгісіз', 'ескертусіз', 'себебін хабарламады', 'себепсіз келмеді', 'дәлелсіз', 'себепсіз қатыспады', 'ескертусіз келмеді', 'себебін айтпады'];
  return rng.pick(lang === 'ru' ? ru : kk);
}

function listHeading(rng: Rng, lang: Lang, kind: 'present' | 'absent' | 'invited' | 'agenda'): string {
  const h = {
    ru: {
      present: ['Присутствовали:', 'Присутствовали члены Совета:', 'На заседании присутствовали:', 'Приняли участие:', 'Участвовали:', 'Присутствуют:', 'ПРИСУТСТВОВАЛИ:', 'В заседании приняли участие:', 'Присутствовали члены комиссии:', 'Из членов Совета присутствовали:'],
      absent: ['Отсутствовали:', 'Отсутствуют:', 'Не присутствовали:', 'Отсутствовали члены Совета:', 'Не явились:', 'Не участвовали:', 'ОТСУТСТВОВАЛИ:', 'Отсутствовали на заседании:', 'Отсутствующие:', 'Не присутствовали на заседании:'],
      invited: ['Приглашенные:', 'Приглашены:', 'Приглашённые:', 'ПРИГЛАШЕННЫЕ:', 'Приглашенные лица:', 'На заседание приглашены:', 'В качестве приглашенных:', 'Приглашенные на заседание:', 'Гости:', 'Приглашенные (не члены Совета):'],
      agenda: ['Повестка дня:', 'ПОВЕСТКА ДНЯ:', 'Повестка заседания:', 'Повестка:', 'ПОВЕСТКА ДНЯ', 'Повестка дня', 'Повестка  дня:', 'Повестка дня заседания:', 'Повестка дня.', 'ПОВЕСТКА:'],
    },
    kk: {
      present: ['Қатысқандар:', 'Қатысушылар:', 'Отырысқа қатысқандар:', 'ҚАТЫСҚАНДАР:', 'Қатысты:', 'Кеңес мүшелерінен қатысқандар:', 'Отырысқа қатысқан мүшелер:', 'Қатысқандар :', 'Отырысқа қатысты:', 'Қатысушылар тізімі (қатысушылар):'],
      absent: ['Қатыспағандар:', 'Отырысқа қатыспағандар:', 'Қатыспаған мүшелер:', 'Келмегендер:', 'ҚАТЫСПАҒАНДАР:', 'Қатыспады:', 'Кеңес мүшелерінен қатыспағандар:', 'Отырысқа келмегендер:', 'Қатыспағандар :', 'Отырысқа қатыспаған мүшелер:'],
      invited: ['Шақырылғандар:', 'Шақырылды:', 'ШАҚЫРЫЛҒАНДАР:', 'Отырысқа шақырылғандар:', 'Қонақтар:', 'Шақырылғандар :', 'Шақырылған тұлғалар (шақырылғандар):', 'Отырысқа шақырылды:', 'Шақырылғандар тізімі (шақырылғандар):', 'Қонақтар (шақырылды):'],
      agenda: ['Күн тәртібі:', 'КҮН ТӘРТІБІ:', 'Күн тәртібінде:', 'Күн тәртібі', 'КҮН ТӘРТІБІ', 'Күн  тәртібі:', 'Отырыстың күн тәртібі:', 'Күн тәртібі.', 'Күн тәртібінде', 'Күн тәртібі :'],
    },
  } as const;
  return rng.pick(h[lang][kind]);
}

function counted(rng: Rng, lang: Lang, n: number): string {
  if (lang === 'kk') return rng.pick([`${n}`, `${n}`, n === 0 ? 'жоқ' : `${n}`]);
  if (n === 0) return rng.pick(['0', 'нет', 'ноль', `0 (ноль)`]);
  return n < RU_WORDS.length && rng.chance(0.3) ? `${n} (${RU_WORDS[n]})` : `${n}`;
}

/**
 * A count written so that it cannot be read: "против –," (no number) or
 * "за – 5 (шесть)" (two numbers). The extract must leave it out, not guess.
 */
type Doubt = 'for' | 'against' | null;

function voteLines(rng: Rng, lang: Lang, v: SpecVote, d: string, doubt: Doubt = null): string[] {
  if (!v.counts && !v.unanimous) {
    // The result sentence after it says which way; the line may be left out when that sentence tells the majority.
    return [lang === 'ru'
      ? rng.pick(['Голосовали поднятием рук.', 'Проголосовали поднятием рук, подсчет голосов не производился.', 'Вопрос поставлен на открытое голосование (поднятием рук).', 'Члены Совета голосовали открытым голосованием.', `Голосование ${d} открытое, поднятием рук.`])
      : rng.pick(['Мүшелер қол көтеру арқылы дауыс берді.', 'Қол көтеру арқылы дауыс берілді.', 'Кеңес мүшелері қол көтеру арқылы дауыс берді, санау жүргізілген жоқ.', `Дауыс беру ${d} қол көтеру арқылы.`, 'Мәселе қол көтеру арқылы дауысқа қойылды.'])];
  }
  if (!v.counts) {
    return [lang === 'ru'
      ? rng.pick(['Голосовали: единогласно.', 'Голосовали «за» – единогласно.', 'Голосование: единогласно', 'Проголосовали единогласно.', `Итоги голосования ${d} единогласно.`])
      : rng.pick(['Дауыс беру: бірауыздан.', 'Бірауыздан.', 'Дауыс беру нәтижесі: бірауыздан.', 'Бірауыздан дауыс берілді.'])];
  }
  const { for: f, against: a, abstain: b } = v.counts;
  let [F, A, B] = [counted(rng, lang, f), counted(rng, lang, a), counted(rng, lang, b)];
  if (doubt === 'against') A = '';
  if (doubt === 'for') F = lang === 'ru' && f + 1 < RU_WORDS.length ? `${f} (${RU_WORDS[f + 1]})` : `${f} (${f + 1})`;
  const tail = v.unanimous ? rng.pick([lang === 'ru' ? ' Единогласно.' : ' Бірауыздан.', lang === 'ru' ? ' (единогласно)' : ' (бірауыздан)']) : '';
  if (lang === 'ru') {
    const forms = [
      [`Голосовали: за ${d} ${F}, против ${d} ${A}, воздержались ${d} ${B}.${tail}`],
      [`Голосование: «за» ${d} ${F}, «против» ${d} ${A}, «воздержались» ${d} ${B}.${tail}`],
      [`За ${d} ${F} человек, против ${d} ${A}, воздержался ${d} ${B}.${tail}`],
      [`Итоги голосования: за ${d} ${F}; против ${d} ${A}; воздержавшихся ${d} ${B}.${tail}`],
      ['Голосовали:', `«за» ${d} ${F}`, `«против» ${d} ${A}`, `«воздержались» ${d} ${B}${tail}`],
      [`Кто за? ${d} ${F}. Против? ${d} ${A}. Воздержался? ${d} ${B}.${tail}`],
      [`Результаты голосования: за ${d} ${F}, против ${d} ${A}, воздержались ${d} ${B}.${tail}`],
      [`Проголосовали: за ${F}, против ${A}, воздержались ${B}.${tail}`],
      [`Голосовали: «за» ${d} ${F},`, `«против» ${d} ${A}, «воздержались» ${d} ${B}.${tail}`],
      [`Голосовали: за ${d} ${F}, против ${d}`, `${A}, воздержались ${d} ${B}.${tail}`],
      // Tables: a row of labels over a row of counts; a row per label (an empty cell there leaves no row to read).
      ...(v.unanimous ? [] : [
        ['| За | Против | Воздержались |', '|----|--------|--------------|', `| ${F} | ${A} | ${B} |`],
        ['Голосовали:', '| «за» | «против» | «воздержались» |', `| ${F} | ${A} | ${B} |`],
        ['Итоги голосования:', 'За\tПротив\tВоздержались', `${F}\t${A}\t${B}`],
        ...(doubt ? [] : [['Голосование:', `| За | ${F} |`, `| Против | ${A} |`, `| Воздержались | ${B} |`]]),
      ]),
      ['Голосование:', `${f} ${d} за, ${a} ${d} против, ${b} ${d} воздержались.${tail}`],
    ];
    // Numbers before their labels have no place to leave one out.
    return rng.pick(doubt ? forms.slice(0, -1) : forms);
  }
  const forms = [
    [`Дауыс беру нәтижесі: «Жақтап» ${d} ${F}, «Қарсы» ${d} ${A}, «Қалыс қалғандар» ${d} ${B}.${tail}`],
    [`Дауыс бергендер: жақтағандар ${d} ${F}, қарсылар ${d} ${A}, қалыс қалғандар ${d} ${B}.${tail}`],
    [`Қолдайтындар ${d} ${F}, қарсы ${d} ${A}, қалыс қалғандар ${d} ${B}.${tail}`],
    [`Дауыс беру: жақтап ${d} ${F}, қарсы ${d} ${A}, қалыс ${d} ${B}.${tail}`],
    ['Дауыс беру:', `«Жақтап» ${d} ${F}`, `«Қарсы» ${d} ${A}`, `«Қалыс қалғандар» ${d} ${B}${tail}`],
    [`Қолдағандар: ${F}, қарсы болғандар: ${A}, қалыс қалғандар: ${B}.${tail}`],
    [`Дауыс беру қорытындысы: қолдап ${d} ${F}, қарсы ${d} ${A}, қалыс қалды ${d} ${B}.${tail}`],
    [`Дауыс беру нәтижесі: «Жақтап» ${d} ${F},`, `«Қарсы» ${d} ${A}, «Қалыс қалғандар» ${d} ${B}.${tail}`],
    [`Жақтағандар ${d} ${F}; қарсылар ${d} ${A}; қалыс қалғандар ${d} ${B}.${tail}`],
    [`Дауыс берді: жақтап ${d} ${F}, қарсы ${d}`, `${A}, қалыс ${d} ${B}.${tail}`],
    ...(v.unanimous ? [] : [
      ['Дауыс беру қорытындысы:', '| Жақтап | Қарсы | Қалыс |', '|---|---|---|', `| ${F} | ${A} | ${B} |`],
      ['Жақтағандар\tҚарсылар\tҚалыс қалғандар', `${F}\t${A}\t${B}`],
      ...(doubt ? [] : [['Дауыс беру:', `| Жақтағандар | ${F} |`, `| Қарсылар | ${A} |`, `| Қалыс қалғандар | ${B} |`]]),
    ]),
  ];
  return rng.pick(forms);
}

function resultSentence(rng: Rng, lang: Lang, declared: 'adopted' | 'rejected'): string {
  const s = {
    ru: {
      adopted: ['Решение принято.', 'Решение принято большинством голосов.', 'Предложение принято.', 'Принято.', 'Предложение поддержано.', 'По итогам голосования решение принято.', 'Принято большинством голосов.', 'Решение одобрено.', 'Рекомендации одобрены.', 'Решение принято единогласно.'],
      rejected: ['Решение не принято.', 'Предложение не поддержано.', 'Предложение отклонено.', 'Не принято.', 'Решение не принято (не набрано большинство голосов).', 'По итогам голосования решение не принято.', 'Предложение не принято.', 'Проект решения отклонён.', 'Рекомендации не поддержаны.', 'Вопрос не набрал необходимого числа голосов.'],
    },
    kk: {
      adopted: ['Шешім қабылданды.', 'Ұсыныс қабылданды.', 'Ұсыныс қолдау тапты.', 'Көпшілік дауыспен қабылданды.', 'Шешім көпшілік дауыспен қабылданды.', 'Қабылданды.', 'Дауыс беру қорытындысымен шешім қабылданды.', 'Ұсынымдар қабылданды.', 'Жоба қабылданды.', 'Шешім бірауыздан қабылданды.'],
      rejected: ['Шешім қабылданбады.', 'Ұсыныс қолдау таппады.', 'Ұсыныс қабылданбады.', 'Қабылданбады.', 'Шешім көпшілік дауыс жинамай, қабылданбады.', 'Жоба қабылданбады.', 'Ұсынымдар қабылданбады.', 'Дауыс беру қорытындысымен шешім қабылданбады.', 'Ұсыныс қолдау алмады.', 'Шешім қабылданбады (көпшілік дауыс жиналмады).'],
    },
  } as const;
  const pool = s[lang][declared].filter((t) => !/единогласн|бірауыздан/.test(t));
  return rng.pick(pool);
}

function kkCountSuffix(n: number): string {
  const last = n % 10;
  if (last === 0) return ({ 10: 'ы', 20: 'сы', 30: 'ы', 40: 'ы' } as Record<number, string>)[n % 100 === 0 ? 10 : (n % 100)] ?? 'і';
  return ({ 1: 'і', 2: 'сі', 3: 'і', 4: 'і', 5: 'і', 6: 'сы', 7: 'сі', 8: 'і', 9: 'ы' } as Record<number, string>)[last];
}

function statedLines(rng: Rng, x: ProtocolSpec, d: string): string[] {
  const total = x.members.length;
  const present = x.members.filter((m) => m.participation.kind === 'present').length;
  const online = x.members.filter((m) => m.participation.kind === 'present' && m.participation.online).length;
  const { total: T, present: P, online: O } = x.states;
  const out: string[] = [];
  if (x.lang === 'ru') {
    if (T && P) out.push(rng.pick([`Присутствовали ${present} из ${total} членов Совета.`, `Из ${total} членов Совета присутствуют ${present}.`, `Присутствует ${present} членов из ${total}. Кворум имеется.`, `Кворум имеется (${present} из ${total}).`, `В заседании приняли участие ${present} членов Совета из ${total}.`]));
    else if (T) out.push(rng.pick([`Всего членов Совета ${d} ${total}.`, `Численность совета ${d} ${total} человек.`, `Списочный состав членов ${d} ${total}.`, `Состав Общественного совета ${d} ${total} членов.`]));
    else if (P) out.push(rng.pick([`Присутствует ${d} ${present}.`, `Присутствовали ${present} членов Совета.`, `${present} членов Совета присутствуют, кворум имеется.`]));
    if (O) out.push(rng.pick([`Из них ${online} ${d} в режиме онлайн.`, `В том числе ${online} ${d} дистанционно.`, `В режиме онлайн ${d} ${online}.`]));
  } else {
    if (T && P) out.push(rng.pick([`Кеңестің ${total} мүшесінің ${present}-${kkCountSuffix(present)} қатысты.`, `Кеңес мүшелерінің жалпы саны ${d} ${total}. Қатысқандар саны ${d} ${present}.`, `Кворум бар (${total} мүшенің ${present}-${kkCountSuffix(present)}).`]));
    else if (T) out.push(rng.pick([`Кеңес мүшелерінің жалпы саны ${d} ${total}.`, `Қоғамдық кеңестің құрамы ${d} ${total} мүше.`]));
    else if (P) out.push(rng.pick([`Қатысушылар саны ${d} ${present}.`, `Отырысқа ${present} мүше қатысып отыр.`]));
    if (O) out.push(rng.pick([`Оның ішінде ${online} мүше онлайн форматта қосылды.`, `Соның ішінде ${online} мүше ZOOM арқылы қатысты.`]));
  }
  return out;
}

/**
 * list: one person a line under the heading; inline: the names on the heading line; table: a text table with a
 * participation column; onlineSublist: an online sub-heading and its list; membersUnder: "Члены Совета:" and the list
 * under a heading that states only the counts; runIn: one paragraph, the online names after "; дистанционно:", the
 * absentees in dash sub-lists by the kind of their absence.
 */
type Layout = 'list' | 'inline' | 'table' | 'onlineSublist' | 'membersUnder' | 'runIn';

function attendanceLines(rng: Rng, x: ProtocolSpec, d: string, style: NameStyle, layout: Layout, names: Map<SpecPerson, string>, unknown: Set<SpecPerson> | null): string[] {
  const lang = x.lang;
  const present = x.members.filter((m) => m.participation.kind === 'present');
  const absent = x.members.filter((m) => m.participation.kind === 'absent');
  const numbering = rng.pick(['1.', '1)', '-', '1 .', '1 )', '•']);
  const item = (k: number) => numbering === '-' ? `${d} ` : numbering === '•' ? '• ' : numbering.replace('1', String(k + 1)) + ' ';
  const out: string[] = [];
  const name = (p: SpecPerson) => {
    const n = nameOf(p, style);
    names.set(p, n);
    return n;
  };
  if (layout === 'table') {
    const sep = rng.pick(['\t', ' | ']);
    const row = (cells: string[]) => (sep === ' | ' && rng.chance(0.3) ? `| ${cells.join(' | ')} |` : cells.join(sep));
    out.push(lang === 'ru' ? rng.pick(['Список членов Совета, участвовавших в заседании:', 'Явка членов Совета:']) : 'Кеңес мүшелерінің тізімі:');
    out.push(row(lang === 'ru' ? ['№', rng.pick(['ФИО', 'Ф.И.О.', 'Фамилия, имя, отчество']), 'Должность', rng.pick(['Участие', 'Форма участия', 'Отметка о присутствии'])] : ['№', 'Аты-жөні', 'Лауазымы', 'Қатысуы']));
    x.members.forEach((m, k) => {
      const p = m.person;
      const part = m.participation.kind === 'present'
        ? (m.participation.online ? rng.pick(lang === 'ru' ? ['онлайн', 'дистанционно', 'ВКС', 'онлайн (ZOOM)'] : ['онлайн', 'ZOOM арқылы', 'қашықтан']) : rng.pick(lang === 'ru' ? ['очно', 'присутствовал', 'лично'] : ['қатысты', 'бетпе-бет']))
        : `${rng.pick(lang === 'ru' ? ['отсутствовал', 'отсутствует'] : ['қатыспады'])}${(() => { const r = absenceReason(rng, lang, m.participation.excused); return r ? ` (${r})` : ''; })()}`;
      const full = name(p);
      if (unknown && rng.chance(0.2)) {
        // Nothing in the participation cell: neither present nor absent can be said.
        unknown.add(p);
        out.push(row([String(k + 1), full, p.role, '']));
        return;
      }
      // A long cell wraps onto the next line: the number cell stays empty there.
      if (rng.chance(0.25) && full.includes(' ') && p.role.includes(' ')) {
        const [n1, ...n2] = full.split(' ');
        const [r1, ...r2] = p.role.split(' ');
        out.push(row([String(k + 1), n1, r1, part]));
        out.push(row(['', n2.join(' '), r2.join(' '), '']));
      } else out.push(row([String(k + 1), full, p.role, part]));
    });
    return out;
  }
  if (layout === 'runIn') return runInLines(rng, x, present, absent, name);
  if (layout === 'inline') {
    const marks = present.map((m) => `${name(m.person)}${m.participation.kind === 'present' && m.participation.online ? ` ${onlineMarker(rng, lang)}` : ''}`);
    out.push(`${listHeading(rng, lang, 'present')} ${marks.join(', ')}.`);
  } else if (layout === 'onlineSublist') {
    const inPerson = present.filter((m) => m.participation.kind === 'present' && !m.participation.online);
    const remote = present.filter((m) => m.participation.kind === 'present' && m.participation.online);
    out.push(lang === 'ru' ? rng.pick(['Присутствовали очно:', 'Присутствовали:']) : 'Қатысқандар:');
    inPerson.forEach((m, k) => out.push(`${item(k)}${name(m.person)} ${d} ${m.person.role};`));
    if (remote.length > 0) {
      out.push(lang === 'ru' ? rng.pick(['В режиме онлайн:', 'Онлайн:', 'В формате видеоконференции:', 'Дистанционно:']) : rng.pick(['Онлайн:', 'Қашықтан:']));
      remote.forEach((m, k) => out.push(`${item(k + inPerson.length)}${name(m.person)} ${d} ${m.person.role};`));
    }
  } else {
    if (layout === 'membersUnder') {
      const { total: T, present: P } = x.states;
      const counts = T && P ? (lang === 'ru' ? ` ${present.length} из ${x.members.length} членов Общественного совета.` : ` ${x.members.length} мүшенің ${present.length}-${kkCountSuffix(present.length)}.`) : '';
      out.push(`${lang === 'ru' ? 'Присутствовали:' : 'Қатысқандар:'}${counts}`, lang === 'ru' ? 'Кворум имеется.' : 'Кворум бар.', '');
      out.push(lang === 'ru' ? rng.pick(['Члены Совета:', 'Члены Общественного совета:', 'Члены комиссии:']) : rng.pick(['Кеңес мүшелері:', 'Қоғамдық кеңес мүшелері:']));
    } else out.push(listHeading(rng, lang, 'present'));
    present.forEach((m, k) => {
      const online = m.participation.kind === 'present' && m.participation.online ? ` ${onlineMarker(rng, lang)}` : '';
      const role = m.person.role;
      // A line wrapped by hand: the role goes on, indented, on the next line.
      if (rng.chance(0.15) && role.includes(' ') && /^\p{Ll}/u.test(role)) {
        const cut = role.indexOf(' ');
        out.push(`${item(k)}${name(m.person)} ${d} ${role.slice(0, cut)}`);
        out.push(`   ${role.slice(cut + 1)}${online};`);
      } else out.push(`${item(k)}${name(m.person)} ${d} ${role}${online}${rng.pick([';', '', '.', ','])}`);
    });
  }
  if (absent.length > 0) {
    out.push('');
    out.push(listHeading(rng, lang, 'absent'));
    absent.forEach((m, k) => {
      const reason = m.participation.kind === 'absent' ? absenceReason(rng, lang, m.participation.excused) : null;
      const tail = reason === null ? '' : rng.pick([` ${d} ${reason}`, ` (${reason})`]);
      out.push(`${item(k)}${name(m.person)}${tail};`);
    });
  }
  return out;
}

/** Attendance as one paragraph of names, the online ones after a sub-heading; the absentees in sub-lists by kind. */
function runInLines(rng: Rng, x: ProtocolSpec, present: ProtocolSpec['members'], absent: ProtocolSpec['members'], name: (p: SpecPerson) => string): string[] {
  const ru = x.lang === 'ru';
  const inPerson = present.filter((m) => m.participation.kind === 'present' && !m.participation.online).map((m) => name(m.person));
  const remote = present.filter((m) => m.participation.kind === 'present' && m.participation.online).map((m) => name(m.person));
  const lead = ru ? rng.pick(['дистанционно (по видеосвязи):', 'в режиме онлайн:', 'по видеосвязи:', 'в режиме ВКС:']) : rng.pick(['бейнебайланыс арқылы:', 'ZOOM арқылы:', 'онлайн:', 'қашықтан:']);
  const heading = ru ? rng.pick(['Присутствовали:', 'Қатысқандар / Присутствовали:']) : rng.pick(['Қатысқандар:', 'Қатысқандар / Присутствовали:']);
  const parts = [inPerson.join(', '), remote.length > 0 ? `${lead} ${remote.join(', ')}` : ''].filter((p) => p !== '');
  const out = [`${heading} ${parts.join('; ')}.`];
  if (absent.length === 0) return out;
  out.push('', ru ? 'Отсутствовали:' : 'Қатыспағандар:');
  const kind = (excused: boolean | null) => absent.filter((m) => m.participation.kind === 'absent' && m.participation.excused === excused);
  // No reason given: items of their own, before the sub-lists (under "без уважительной причины:" they would be unexcused).
  for (const m of kind(null)) out.push(`- ${name(m.person)};`);
  const sub = (excused: boolean, head: string) => {
    const ms = kind(excused);
    if (ms.length === 0) return;
    out.push(`- ${head} ${ms.map((m) => `${name(m.person)}${excused ? ` (${absenceReason(rng, x.lang, true)})` : ''}`).join(', ')};`);
  };
  sub(true, ru ? rng.pick(['по уважительной причине:', 'по уважительным причинам:']) : rng.pick(['дәлелді себептермен:', 'дәлелді себеппен:']));
  sub(false, ru ? rng.pick(['без уважительной причины:', 'по неуважительной причине:']) : rng.pick(['себепсіз:', 'дәлелсіз себеппен:']));
  return out;
}

// A section's heading, with its question's number or none: {n} the ordinal, {k} the number, {R} in Roman, {nk} the Kazakh
// ordinal inside a sentence.
const HEARD = {
  ru: ['СЛУШАЛИ:', 'Слушали:', 'По {n} вопросу СЛУШАЛИ:', '{k}. СЛУШАЛИ:', 'По вопросу № {k} СЛУШАЛИ:', '{R}. Слушали:'],
  kk: ['ТЫҢДАЛДЫ:', '{n} мәселе бойынша ТЫҢДАЛДЫ:', '{k}. ТЫҢДАЛДЫ:', '{k}-мәселе бойынша ТЫҢДАЛДЫ:', 'Күн тәртібінің {nk} мәселесі бойынша ТЫҢДАЛДЫ:'],
};
const ROMAN = ['I', 'II', 'III', 'IV'];
const SPOKE = { ru: ['ВЫСТУПИЛИ:', 'Выступили:'], kk: ['СӨЙЛЕГЕНДЕР:', 'Сөйлегендер:'] };
const DECIDED = { ru: ['РЕШИЛИ:', 'ПОСТАНОВИЛИ:', 'Решили:'], kk: ['ШЕШІМ ҚАБЫЛДАНДЫ:', 'ШЕШТІ:', 'Қаулы етті:'] };
const ORDINAL = { ru: ['первому', 'второму', 'третьему', 'четвёртому'], kk: ['Бірінші', 'Екінші', 'Үшінші', 'Төртінші'] };

function notVotedLine(rng: Rng, lang: Lang, n: number): string {
  return lang === 'ru'
    ? rng.pick([`${n} члена Совета не голосовали.`, `(${n} человек не участвовали в голосовании.)`, `${n} члена Совета, подключившихся онлайн, не смогли проголосовать из-за связи.`])
    : rng.pick([`${n} мүше дауыс беруге қатыспады.`, `(Онлайн режимде қатысқан ${n} мүше байланыстың үзілуіне байланысты дауыс беруге`, `${n} мүше дауыс бермеді.`]);
}

function sectionLines(rng: Rng, x: ProtocolSpec, d: string, names: SpecPerson[], doubts: Doubt[] | null): string[] {
  const lang = x.lang;
  const out: string[] = [];
  const speaker = names[0] ? nameOf(names[0], 'initials') : lang === 'ru' ? 'Секретарь' : 'Хатшы';
  x.agenda.forEach((title, k) => {
    const vote = x.votes[k];
    out.push('');
    out.push(rng.pick(HEARD[lang]).replace('{n}', ORDINAL[lang][k] ?? '').replace('{k}', String(k + 1)).replace('{R}', ROMAN[k] ?? '')
      .replace('{nk}', (ORDINAL.kk[k] ?? '').toLowerCase()));
    out.push(lang === 'ru' ? `${speaker} ${d} проинформировал о вопросе «${title}».` : `${speaker} ${d} «${title}» мәселесі бойынша ақпарат берді.`);
    if (rng.chance(0.4)) {
      out.push(rng.pick(SPOKE[lang]));
      out.push(lang === 'ru' ? `${speaker} ${d} предложил поддержать проект.` : `${speaker} ${d} жобаны қолдауды ұсынды.`);
    }
    out.push(rng.pick(DECIDED[lang]));
    out.push(lang === 'ru' ? '1. Информацию принять к сведению.' : '1. Ақпарат назарға алынсын.');
    if (!vote) return;
    // Only forms that put a separator before each count can leave one out.
    const doubt: Doubt = doubts && vote.counts && rng.chance(0.5) ? rng.pick(['for', 'against'] as const) : null;
    const lines = voteLines(rng, lang, vote, d, doubt);
    if (doubts) doubts[k] = doubt;
    // The result on the vote's own line, or in the sentence after it.
    const inline = vote.declared !== null && lines.length === 1 && rng.chance(0.3);
    if (inline) lines[0] = `${lines[0]} ${resultSentence(rng, lang, vote.declared!)}`;
    if (vote.not_voted !== null) lines.push(...notVotedLines(rng, lang, vote.not_voted));
    if (vote.declared !== null && !inline) lines.push(resultSentence(rng, lang, vote.declared));
    out.push(...lines);
  });
  return out;
}

function notVotedLines(rng: Rng, lang: Lang, n: number): string[] {
  const line = notVotedLine(rng, lang, n);
  return line.endsWith('дауыс беруге') ? [line, 'қатыса алмады.)'] : [line];
}

export interface Rendered {
  text: string;
  expected: ExpectedProtocol;
  /** How many vote counts the render wrote unreadably on purpose. */
  doubts: number;
}

/** One render of the spec: phrasings and noise chosen by the seed. */
export function renderProtocol(x: ProtocolSpec, seed: number, options: { ambiguous?: boolean } = {}): Rendered {
  const rng = new Rng(seed);
  const unknown = options.ambiguous ? new Set<SpecPerson>() : null;
  const doubts: Doubt[] | null = options.ambiguous ? [] : null;
  const d = rng.pick(DASHES);
  const style: NameStyle = rng.pick(['full', 'initials', 'initialsFirst', 'initialsSpaced'] as const);
  const layout: Layout = rng.pick(['list', 'list', 'inline', 'table', 'onlineSublist', 'membersUnder', 'runIn'] as const);
  const names = new Map<SpecPerson, string>();
  const lines: string[] = [];
  lines.push(...titleLines(rng, x));
  lines.push(dateLine(rng, x.lang, x.date, x.lang === 'ru' ? 'г. Алматы' : 'Алматы қ.'));
  lines.push('');
  lines.push(...statedLines(rng, x, d));
  lines.push('');
  lines.push(...attendanceLines(rng, x, d, style, layout, names, unknown));
  if (x.invited.length > 0) {
    lines.push('');
    lines.push(listHeading(rng, x.lang, 'invited'));
    x.invited.forEach((p, k) => lines.push(`${k + 1}. ${nameOf(p, style)} ${d} ${p.role}${rng.chance(0.3) ? ` ${onlineMarker(rng, x.lang)}` : ''};`));
  }
  lines.push('');
  const agendaHeading = listHeading(rng, x.lang, 'agenda');
  lines.push(agendaHeading);
  x.agenda.forEach((t, k) => {
    lines.push(`${k + 1}${rng.pick(['.', ')'])} ${t}.`);
    if (rng.chance(0.3)) lines.push(`      ${x.lang === 'ru' ? 'Докладчик' : 'Баяндамашы'}: ${nameOf(x.members[0].person, 'initials')}`);
  });
  lines.push(...sectionLines(rng, x, d, x.members.map((m) => m.person), doubts));
  lines.push('');
  lines.push(x.lang === 'ru' ? 'Председатель\t\t\t\tИ. Иванов' : 'Төраға\t\t\t\tЖ. Сәрсенбаев');
  let text = lines.map((l) => (rng.chance(0.1) ? `${l}  ` : l)).join('\n');
  if (rng.chance(0.3)) text = text.replace(/ ([–—-]) /g, (m, dash) => (rng.chance(0.5) ? `\u00a0${dash} ` : m));
  if (rng.chance(0.3)) text = text.replace(/\n/g, '\r\n');
  if (rng.chance(0.2)) text = `\uFEFF${text}`;
  const expected = expectedOf(x, names, unknown ?? new Set());
  doubts?.forEach((doubt, k) => {
    if (doubt) expected.votes[k][doubt] = null;
  });
  return { text, expected, doubts: (doubts ?? []).filter((d, k) => d !== null && k < x.agenda.length).length };
}

/** What any render of x states: the stated counts only where the text states them. */
export function expectedOf(x: ProtocolSpec, names: Map<SpecPerson, string>, unknown: Set<SpecPerson>): ExpectedProtocol {
  const present = x.members.filter((m) => m.participation.kind === 'present');
  const listed = present.filter((m) => !unknown.has(m.person));
  return {
    number: x.number,
    date: x.date,
    body: x.body,
    members_total: x.states.total ? x.members.length : null,
    present: x.states.present ? present.length : null,
    online: x.states.online ? present.filter((m) => m.participation.kind === 'present' && m.participation.online).length : null,
    // In the order the render lists them (an online sub-list comes after the others).
    attendees: [...names.keys()].flatMap((p) => listed.filter((m) => m.person === p))
      .map((m) => ({ name: names.get(m.person)!, online: m.participation.kind === 'present' && m.participation.online })),
    // In the order the render lists them (a run-in paragraph groups them by the kind of their absence).
    absentees: [...names.keys()].flatMap((p) => x.members.filter((m) => m.person === p && m.participation.kind === 'absent' && !unknown.has(m.person))).map((m) => ({ name: names.get(m.person)!, excused: m.participation.kind === 'absent' ? m.participation.excused : null })),
    agenda: x.agenda.map((t) => `${t}.`),
    votes: x.votes.slice(0, x.agenda.length).map((v, k) => ({
      for: v.counts?.for ?? null, against: v.counts?.against ?? null, abstain: v.counts?.abstain ?? null,
      unanimous: v.unanimous, declared: v.declared, not_voted: v.not_voted, item: k + 1,
    })),
  };
}
