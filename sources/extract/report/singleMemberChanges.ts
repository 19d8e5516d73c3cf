import { findCounts } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { tidy } from '../toLines.ts';
import { MONTH_WORD } from '../monthNames.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { runningLines } from './runningLines.ts';

/**
 * One person named with initials: "Кожахметов Б.С.", "Литвинова О. А.", "Б.С. Кожахметов"; or in full, with the
 * patronymic: "Калиев Руслан Темирханович", "Ермекова-Штайн Лариса Викторовна", "Сейткали Айдар Бекұлы".
 */
const PERSON_SOURCE = '(?<![\\p{L}])(?:[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)?\\s+\\p{Lu}\\.\\s?\\p{Lu}\\.|\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?[\\p{Lu}][\\p{Ll}]+|[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)?\\s+[\\p{Lu}][\\p{Ll}]+\\s+[\\p{Lu}][\\p{Ll}]+(?:вич|вна|ична|ұлы|улы|қызы|кызы)(?![\\p{L}]))';
const PERSON = new RegExp(PERSON_SOURCE, 'gu');

/** After a count: it counts times or a span of time ("үш рет", "3 раза", "бір жыл ішінде", "в течение 1 года"), not people. */
const FREQUENCY_OR_SPAN = /^\s*(?:-?[\p{L}]{1,3}\s+)?(?:рет|мәрте|раз|раза|жыл|жылда|года?|месяц[\p{L}]*|ай(?:дың|да|ы)?)(?![\p{L}])/u;

/**
 * A member who left, told as one named person with a verb in the singular (the reason may stand between: "из состава
 * Совета по собственному желанию в связи с переездом вышел Калиев С.Б."): "вышел из состава Совета ветеран
 * педагогического труда Кожахметов Б.С.", "выбыла из состава Совета Иванова А.А."; "Кеңес құрамынан Қожахметов Б.С. шықты",
 * "Кеңес мүшесі Т.Б. Әлмағанбетов … Кеңестен шықты", "Кеңес мүшесі Бақытжанов Р.С. өз өтініші бойынша құрамнан шықты".
 */
const LEFT = [
  /(?<![\p{L}])(?:(?:вышел|вышла|выбыл|выбыла|выведен|выведена|исключ[её]н|исключена)\s+из\s+(?:состава|совета|ос)(?![\p{L}])(?!\s+(?:комисси|рабоч|президиум|секретариат))|из\s+(?:состава\s+)?(?:общественного\s+)?(?:совета|ос|состава)(?!\s+(?:комисси|рабоч|президиум|секретариат))(?:\s+[\p{L}]+){0,8}?\s+(?:вышел|вышла|выбыл|выбыла|выведен|выведена|исключ[её]н|исключена))(?![\p{L}])/iu,
  // (never a commission's, a group's or the presidium's composition: "комиссия құрамынан шықты" is still a member)
  /(?<![\p{L}])(?<!(?:комисси|тоб|топ|төралқа|президиум|групп)[\p{L}]*\s+)(?:(?:кеңес(?:тің)?\s+)?құрамы?нан|кеңестен)(?:\s+[\p{L}.]+){0,6}?\s+(?:шықты|шығарылды)(?![\p{L}])/iu,
  // The member named as the council's, the verb with no composition: "Кеңес мүшесі В.И. Каппес 2026 жылғы 5 мамырда өз
  // өтініші бойынша шықты; оның орнына … енгізілді" (set 151, twice), "Член Совета Каппес В.И. 5 мая по собственному желанию
  // выбыл". Never the verb after a dative — one who went on leave, on a trip or retired is still a member ("демалысқа
  // шықты", "іссапарға шықты", "зейнеткерлікке шықты"); the Russian "вышел" only with "из состава" (above: "вышел на пенсию").
  new RegExp(`(?<![\\p{L}])(?:[Кк]еңес\\s+мүшесі|[Чч]лен\\s+(?:[Оо]бщественного\\s+)?[Сс]овета)\\s+${PERSON_SOURCE}(?:\\s+(?![Кк]омисси|[Тт]оп|[Тт]об|[Тт]өралқа|[Пп]резидиум|[Гг]рупп|[Рр]абоч)[\\p{L}\\d.]+){0,8}?(?<!(?:ға|ге|қа|ке|на|не))\\s+(?:шықты|шығарылды|выбыл|выбыла|исключ[её]н|исключена)(?![\\p{L}])(?!\\s+из\\s+(?:состава\\s+)?(?:[\\p{L}]+\\s+)?(?:[Кк]омисси|[Рр]абоч|[Гг]рупп|[Пп]резидиум|[Сс]екретариат))`, 'u'),
  // "15.09.2026 по собственному желанию выбыл Калиев Руслан Темирханович": the verb right before the one who left, written
  // in full or with initials (case-sensitive: a name's capitals) — "выбыл из комиссии" names no one after the verb.
  /(?<![\p{L}])(?<!(?:комисси|групп|президиум|секретариат)[\p{L}\s]{0,30})(?:[Вв]ыбыл|[Вв]ыбыла|[Вв]ыведен|[Вв]ыведена)\s+(?:член[\p{L}]*\s+(?:[Оо]бщественного\s+)?[Сс]овета\s+)?[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s+(?:[\p{Lu}]\.\s?[\p{Lu}]\.|[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+(?:вич|вна|ична|ұлы|улы|қызы|кызы))(?![\p{L}])/u,
];
/**
 * A member who joined in one's place or into the council, one named person, the verb in the singular: "на его место введена
 * Литвинова О.А.", "в состав Совета включён Петров А.А."; "оның орнына Литвинова О.А. енгізілді".
 */
const JOINED = [
  /(?<![\p{L}])(?:на\s+(?:его|её|ее)\s+место(?:\s+[\p{L}\d.]+){0,6}?\s+(?:введ[её]н|введена|включ[её]н|включена|назначен|назначена|избран|избрана)|(?:введ[её]н|введена|включ[её]н|включена)\s+в\s+состав(?:\s+(?:общественного\s+)?совета)?(?![\p{L}])(?!\s+(?:комисси|рабоч|президиум|секретариат))|в\s+состав(?:\s+(?:общественного\s+)?совета)?\s+(?:введ[её]н|введена|включ[её]н|включена))(?![\p{L}])/iu,
  // "Ғалымжанова А.Т. құрамға енгізілді": the composition bare, the council's paragraph naming it — never a commission's or
  // a group's ("комиссия құрамына енгізілді").
  /(?<![\p{L}])(?:оның\s+орнына|кеңес\s+құрамына|(?<!(?:комисси|тоб|төралқ|президиум|жюри|штаб)[\p{L}]*\s+)құрамы?(?:на|ға)|кеңеске)(?:\s+[\p{L}.]+){0,6}?\s+(?:енгізілді|қосылды|тағайындалды)(?![\p{L}])/iu,
  // The verb and the one person with no "в состав" — the council's composition told by the sentence around it ("из Совета
  // вышел 1 член …, решением конкурсной комиссии от 12.03.2026 включена Есимова Н.П."; "…, конкурстық комиссияның шешімімен
  // Есимова Н.П. енгізілді"). Never one put into a commission, a group or the presidium, before the verb or after the name
  // ("в состав рабочей группы включена Иванова А.А.", "включена Иванова А.А. в состав комиссии", "комиссия құрамына …").
  new RegExp(`(?<!(?:[Сс]остав|[Вв]|[Вв]о|[Ққ]ұрам[\\p{L}]*)\\s+(?:[\\p{L}]+\\s+){0,2}(?:[Кк]омисси|[Гг]рупп|[Тт]об|[Пп]резидиум|[Тт]өралқа|[Сс]екретариат)[\\p{L}]*\\s+)(?<![\\p{L}])(?:[вВ]вед[её]н|[вВ]ведена|[вВ]ключ[её]н|[вВ]ключена)\\s+(?=${PERSON_SOURCE}(?![\\p{L}.])(?!\\s*(?:в|во)\\s+(?:состав\\s+)?(?:[\\p{L}]+\\s+){0,2}?(?:комисси|групп|президиум|секретариат)))`, 'u'),
  new RegExp(`(?<!(?:[Кк]омисси|[Тт]об|[Тт]өралқа|[Пп]резидиум)[\\p{L}]*\\s+(?:құрамына\\s+)?)(?<=[\\s,])${PERSON_SOURCE}\\s+енгізілді(?![\\p{L}])`, 'u'),
];

/**
 * Members who left or joined, told person by person with no count, or one new member in the place of the one who left: "В мае по состоянию здоровья вышел из состава Совета
 * ветеран … Кожахметов Б.С., в августе … на его место введена Литвинова О.А." — one left, one joined. Only when the
 * report tells exactly one such change of the kind, in a clause that names one person, a sentence that holds no count, and states no
 * figure nor candidate of the kind; anything else (two names, a plural verb, a commission's membership): nothing.
 */
export function readSingleMemberChanges(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const kinds = ([['members_left', LEFT], ['members_joined', JOINED]] as [MetricId, RegExp[]][]).filter(([metric]) => ![...figures, ...candidates].some((f) => f.metric === metric));
  if (kinds.length === 0) return [];
  const told = new Map<MetricId, ReportFigure[]>(kinds.map(([metric]) => [metric, []]));
  for (const unit of runningLines(lines, new Set())) {
    if (!MEMBERSHIP_WORD.test(unit.text)) continue;
    for (const sentence of sentencesOf(unit.text)) {
      for (const clause of clausesOf(sentence.text)) {
        for (const [metric, verbs] of kinds) {
          if (!verbs.some((v) => v.test(clause))) continue;
          const line = unit.first + unit.starts.filter((s) => s <= sentence.start).length;
          // A count in the clause's part of the sentence ("Комиссия в составе 7 членов (в начале года – 8; Тасболатов Е.Н. выбыл
          // …)") is the membership told by number: the one name is not the change's count. Another part may count the
          // composition ("…13 мүше бар, …; кеңес мүшесі В.П. Лукин … кеңес құрамынан шықты").
          const part = partsOf(sentence.text).find((p) => p.includes(clause)) ?? sentence.text;
          // A frequency or a span told as the reason ("бір жыл ішінде отырыстарға үш рет … қатыспағаны үшін шығарылды", "за
          // пропуск трёх заседаний подряд в течение одного года … 3 раза"): no count of members.
          const masked = maskNeverCounts(part);
          const counts = findCounts(masked).filter((c) => !FREQUENCY_OR_SPAN.test(masked.slice(c.end)));
          told.get(metric)!.push({ metric, value: matchesOf(clause, PERSON).length === 1 && counts.length === 0 ? 1 : 0, line, text: tidy(sentence.text).slice(0, 300) });
        }
      }
    }
  }
  const named = [...told.values()].flatMap((found) => (found.length === 1 && found[0].value === 1 ? found : []));
  const replaced = memberReplaced(lines, [...figures, ...named]);
  const newcomer = replaced.length > 0 ? [] : newMemberJoined(lines, [...figures, ...candidates, ...named]);
  return [...named, ...replaced, ...newcomer, ...leaverReplaced(lines, [...figures, ...candidates, ...named, ...replaced, ...newcomer])];
}

/**
 * One new member put in the place of the one who left, in the singular and with no name: "оның орнына мамыр
 * айында жаңа мүше енгізілді", "на его место в мае введён новый член Совета", "на освободившееся место введён новый член"; the body that appointed the one the subject
 * ("оның орнына аудандық мәслихат 1 жаңа мүшені бекітті", "на его место маслихат утвердил одного нового члена"). Never plural ("жаңа мүшелер", "новые члены")
 * nor a place still empty ("орнына әлі ешкім тағайындалған жоқ": readStatedNone).
 */
const REPLACED = /(?<![\p{L}])(?:(?:оның|соның)\s+орнына|бос\s+орынға|на\s+(?:его|её|ее|освободивш[\p{L}]+|вакантн[\p{L}]+)\s+место)\s+(?:[\p{L}]+\s+){0,4}?(?:жаңа\s+мүше(?:\s+ретінде\s+[\p{L}.\s]{2,40}?)?\s+(?:енгізілді|қабылданды|тағайындалды|сайланды|кірді)|(?:1\s+|бір\s+)?жаңа\s+мүшені\s+(?:бекітті|тағайындады|сайлады|енгізді)|(?:утвердил|назначил|избрал|ввел|ввёл)[\p{L}]*\s+(?:1\s+|одного\s+)?нового\s+член[\p{L}]*|(?:введ[её]н|включ[её]н|принят|избран|назначен)\s+(?:[\p{L}]+\s+){0,2}?нов(?:ый|ого)\s+член|нов(?:ый|ого)\s+член[\p{L}]*(?:\s+[\p{L}]+){0,2}?\s+(?:введ[её]н|включ[её]н|принят|избран|назначен))(?![\p{L}])/u;

/**
 * members_joined 1 from a sentence that puts one new member in the place of one who left, when the report states that
 * one member left (members_left 1) and no count of members joined: the replacement is the one member who joined.
 */
function memberReplaced(lines: string[], figures: ReportFigure[]): ReportFigure[] {
  if (figures.some((f) => f.metric === 'members_joined') || figures.find((f) => f.metric === 'members_left')?.value !== 1) return [];
  for (const unit of runningLines(lines, new Set())) {
    for (const sentence of sentencesOf(unit.text)) {
      const m = REPLACED.exec(lowerCase(sentence.text));
      if (m === null) continue;
      const line = unit.first + unit.starts.filter((s) => s <= sentence.start + (m.index ?? 0)).length;
      return [{ metric: 'members_joined', value: 1, line, text: tidy(sentence.text).slice(0, 300) }];
    }
  }
  return [];
}
/**
 * One new member who joined, told in the singular with no numeral, the council (or "we") what was joined: "к нам
 * присоединился новый член – директор школы", "в Совет вошла новая участница", "Кеңеске жаңа мүше қосылды". Never the plural
 * ("присоединились новые члены"), a plan or a wish ("присоединится", "қосылады"), nor a commission's or a group's.
 */
const NEW_MEMBER_JOINED = /(?<![\p{L}])(?:к\s+(?:нам|совету|общественному\s+совету)(?:\s+[\p{L}]+){0,4}?\s+присоединил(?:ся|ась)\s+(?:ещ[её]\s+)?нов(?:ый|ая)\s+(?:член|участни(?:к|ца))|(?:в\s+(?:состав\s+)?(?:общественного\s+)?совет[ае]?)(?:\s+[\p{L}]+){0,4}?\s+(?:вош[её]л|вошла)\s+нов(?:ый|ая)\s+(?:член|участни(?:к|ца))|(?:кеңеске|кеңес\s+құрамына|бізге)(?:\s+[\p{L}]+){0,4}?\s+жаңа\s+мүше\s+(?:қосылды|кірді))(?![\p{L}])/u;

/** members_joined 1 from the one new member told in the singular, when the report states no count of members joined. */
function newMemberJoined(lines: string[], figures: (ReportFigure | ReportCandidate)[]): ReportFigure[] {
  if (figures.some((f) => f.metric === 'members_joined')) return [];
  const found: ReportFigure[] = [];
  for (const unit of runningLines(lines, new Set())) {
    for (const sentence of sentencesOf(unit.text)) {
      const lower = lowerCase(sentence.text);
      const m = NEW_MEMBER_JOINED.exec(lower);
      if (m === null || /комисси|рабоч[\p{L}]*\s+групп|жұмыс\s+тоб|президиум|төралқа/u.test(lower)) continue;
      const line = unit.first + unit.starts.filter((s) => s <= sentence.start + (m.index ?? 0)).length;
      found.push({ metric: 'members_joined', value: 1, line, text: tidy(sentence.text).slice(0, 300) });
    }
  }
  // Two such sentences may tell the same newcomer twice or two of them: the count is not sure.
  return found.length === 1 ? found : [];
}

/**
 * The one who left, in the singular, named as the one a new member replaced: "введён один новый член вместо выбывшего по
 * собственному желанию", "вместо вышедшей из состава … включена …", "шыққан мүшенің орнына жаңа мүше енгізілді". Never the
 * plural ("вместо выбывших", "шыққан мүшелердің орнына": how many the text does not say) nor a commission's membership.
 */
const LEAVER_REPLACED = /(?<![\p{L}])(?:вместо\s+(?:выбывш|вышедш|выведенн|исключенн)(?:его|ей)|(?:шыққан|шығарылған|кеткен)\s+(?:бір\s+)?мүшенің\s+орнына)(?![\p{L}])/u;

/** A time the one replaced left: a quarter, a half-year, a year, a month, "earlier", "last year". */
const LEFT_WHEN = new RegExp(`(?:квартал|полугоди|тоқсан|жартыжылдық|(?<![\\p{L}])(?:год[ау]?|жыл[\\p{L}]*)(?![\\p{L}])|ранее|прошл|бұрын|өткен|\\d{4}|${MONTH_WORD})`, 'iu');

/**
 * members_left 1 from a sentence that puts a new member in the place of the one who left, when the report states members
 * joined and no count of members left: the one replaced is the one who left.
 */
function leaverReplaced(lines: string[], figures: (ReportFigure | ReportCandidate)[]): ReportFigure[] {
  if (figures.some((f) => f.metric === 'members_left') || !figures.some((f) => f.metric === 'members_joined' && !('why' in f))) return [];
  for (const unit of runningLines(lines, new Set())) {
    for (const sentence of sentencesOf(unit.text)) {
      const lower = lowerCase(sentence.text);
      const m = LEAVER_REPLACED.exec(lower);
      if (m === null || /комисси|рабоч[\p{L}]*\s+групп|жұмыс\s+тоб|президиум|төралқа/u.test(lower)) continue;
      // "… вместо выбывшего во II квартале", "ІІ тоқсанда шыққан мүшенің орнына …": when the one replaced left another time
      // is named (outside brackets) — it may be before the period. The bracket after tells his request ("(заявление от 9 января)").
      const after = lower.slice((m.index ?? 0) + m[0].length).replace(/\([^()]*\)/gu, ' ');
      const before = lower.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
      if (LEFT_WHEN.test(after) || LEFT_WHEN.test(before.replace(/^.*[,;]/su, '')) && /^(?:шыққан|шығарылған|кеткен)/u.test(m[0])) continue;
      const line = unit.first + unit.starts.filter((s) => s <= sentence.start + (m.index ?? 0)).length;
      return [{ metric: 'members_left', value: 1, line, text: tidy(sentence.text).slice(0, 300) }];
    }
  }
  return [];
}

/** Words every change of membership told holds ("из состава", "на его место", "құрамынан", "орнына"): a paragraph without them is not read. */
const MEMBERSHIP_WORD = /состав|мест[оа]|құрам|кеңестен|орнына|из\s+(?:общественного\s+)?совета|выбыл|выведен|кеңес\s+мүшесі/iu;

/**
 * After a surname's initials, a capital: "… включён Оспанов Д.Б. В Совете действуют три комиссии" is two sentences the
 * initials' points kept as one (grammar/sentencesOf).
 */
// A Kazakh clause puts its name before the council and its verb ("Рахметов Д.С. Кеңес құрамынан шықты", "… ҚК құрамынан
// шықты" as the acronym is written out): the council's name after the initials goes on their clause.
const AFTER_INITIALS = /(?<=[\p{Lu}][\p{Ll}]+\s+\p{Lu}\.\s?\p{Lu}\.)\s+(?=\p{Lu})(?!(?:Қоғамдық\s+)?(?:[Кк]еңес(?:тің)?\s+құрам|[Кк]еңестен)|ҚК)/u;

/**
 * A sentence that opens with its day's date after a stop ("… по должности). 15.09.2026 … выбыл Калиев …"): its own clause and
 * part — the sentences were kept as one, the date after the stop taken for a count's.
 */
const DATE_OPENS = /(?<=\.)\s+(?=\d{1,2}\.\d{1,2}\.\d{2,4})/u;

/** A sentence's clauses, at commas and semicolons not inside a person's initials ("Кожахметов Б.С., в августе …"). */
function clausesOf(sentence: string): string[] {
  return sentence.split(new RegExp(`[;,](?=\\s)|${AFTER_INITIALS.source}|${DATE_OPENS.source}`, 'u'));
}

/**
 * A sentence's parts: at its commas and semicolons outside brackets, and where a sentence ends after initials
 * (AFTER_INITIALS); a clause inside brackets belongs to the part around them.
 */
function partsOf(sentence: string): string[] {
  let depth = 0;
  const marked = [...sentence].map((ch) => {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    return (ch === ';' || ch === ',') && depth === 0 ? '\u0001' : ch;
  }).join('');
  return marked.split(new RegExp(`\u0001|${AFTER_INITIALS.source}|${DATE_OPENS.source}`, 'u'));
}
