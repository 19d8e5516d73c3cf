import { parseCount } from './parseCount.ts';

/**
 * A questionnaire's row, its question answered yes and its count given after "Сколько?" ("3.3. Проведены ли мониторинги?
 * Да ☑ Сколько? 4", "Мониторингтер жүргізілді ме? Иә [x] Саны: 4", "Были ли выездные заседания? – Да, сколько: 2"): the
 * readers read a count beside its noun, so the row is said as its statement — the question's words without their
 * particle, then the count ("3.3. Проведены мониторинги – 4"). The unticked "Нет ☐" is gone already (chosenOptions.ts);
 * a row answered no, or with no number after the question of how many ("Сколько? ______", "Сколько? –"), is left as it
 * is: it states no count. Only a question of one particle ("ли", "ме/ма/ба/бе/па/пе") and at most eight words.
 */
export function formAnswer(line: string): string {
  const m = ROW.exec(line);
  if (m === null) return line;
  const [, head, question, count, rest] = m;
  const words = question.replace(PARTICLE, ' ').trim().split(/\s+/u);
  if (words.length < 2 || words.length > 8 || question === question.replace(PARTICLE, ' ')) return line;
  return `${head}${words.join(' ')} – ${count}${rest}`;
}

const YES = String.raw`(?:да|иә|ия|yes)`;
const TICK = String.raw`(?:[☑☒✓✔✅]|\[\s*[xXхХvV✓]\s*\])`;
const HOW_MANY = String.raw`(?:сколько|количество|в\s+каком\s+количестве|қанша|саны|неше)`;
/** The row: its number, its question, its yes (ticked or not), "how many" and a number (what follows it in brackets or after a comma kept). */
const ROW = new RegExp(String.raw`^(\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?)([^?\d]{3,120}?)\s*\?\s*[–—-]?\s*(?:${YES}\s*${TICK}?|${TICK}\s*${YES})\s*[,.;:–—-]?\s*${HOW_MANY}\s*[?:]?\s*[–—-]?\s*(\d{1,4})(\s*(?:[(;,].*)?)\.?\s*$`, 'iu');
/** The question's particle: Russian "ли", Kazakh "ме/ма/ба/бе/па/пе" after the verb. */
const PARTICLE = /(?<=\s|^)(?:ли|ме|ма|ба|бе|па|пе)(?=\s|$)/giu;

/**
 * A questionnaire's question and its answer said as the one statement they make together (held-out set 144): the readers
 * read a count beside its noun, and a question's noun stands apart from its answer's count ("Сколько заседаний провёл
 * Совет? — 3 (три).", "Кеңес құрамында қанша мүше бар?" / "Жауап: 11 (он бір): …", a table's "Количество постоянных
 * комиссий | 3"). Only the ANSWER states; the question names what it counts:
 * - a count first (after "всего" / "барлығы"): the count in the place of "сколько" / "қанша" / "неше" ("Кеңестің 2 отырысы
 *   өткізілді – …", "На 16 обращений даны ответы"), or, with no such word, the question as the count's label ("Количество
 *   постоянных комиссий – 3"); a slashed answer ("18 / 15 / 3") after the question's parts in brackets ("Поступило обращений
 *   (всего / от физических лиц / от юридических лиц) – 18 / 15 / 3"), read in the order the question names them;
 * - yes with a count ("Да, 1 (…)", "Иә, 2"): the question without its particle as the count's label;
 * - no ("Нет", "Жоқ", "не проводились") to a yes/no question or a count question: the question as a label of none
 *   ("Проводились общественные слушания – нет"), a change of the composition said as none joined and none left.
 * Anything else (yes alone, an answer in words) is null: it states no count of its own by this reading.
 */
export function answerAsStatement(question: string, answer: string): string | null {
  const q = question.replace(/\s*\?\s*/gu, ' ').replace(/\s*[.:;]\s*$/u, '').replace(/\s+/gu, ' ').trim();
  const a = answer.replace(/\s+/gu, ' ').trim();
  if (q === '' || a === '') return null;
  const asked = q.replace(PARTICLE, ' ').replace(/\s+/gu, ' ').trim();
  const yesNo = asked !== q;
  const none = NONE_ANSWER.exec(a);
  if (none) {
    // "Были ли изменения в составе? — Нет": nobody joined and nobody left in the whole period.
    if (yesNo && COMPOSITION_CHANGE.test(q)) return /[әғқңөұүһі]/iu.test(q) ? 'Құрамда өзгеріс болған жоқ.' : 'Изменений в составе не было.';
    return `${asked} – ${a}`;
  }
  const yes = YES_COUNT.exec(a);
  if (yes) return yesNo ? `${asked} – ${yes[1]}${yes[2]}` : null;
  const count = COUNT_FIRST.exec(a);
  if (count === null || yesNo) return null;
  const n = count[1];
  // "3 (три)", "15 (пятнадцать)": the count written again in words, in its bracket, is no note of its own.
  let rest = count[2];
  const twice = /^\s*\(([^()]*)\)/u.exec(rest);
  if (twice && parseCount(twice[1]) === Number(n)) rest = rest.slice(twice[0].length);
  // (A bracket blanked already as the count written twice leaves its spaces before the comma.)
  rest = rest.replace(/^\s+(?=[,.:;)])/u, '');
  // "2 – 14.05.2026, 17.09.2026": the days of the events counted, in their bracket as a count's dates are told.
  const days = /^\s*[–—-]\s*((?:\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?:\s*[,;и]\s*|\s+және\s+)?)+)\s*([.;]?)\s*$/u.exec(rest);
  if (days) rest = ` (${days[1].trim()})${days[2]}`;
  const slashed = /^\d{1,4}(?:\s*\/\s*\d{1,4})+/u.exec(a.replace(/^(?:всего|итого|барлығы|жиыны)\s*[:–—-]?\s*/iu, ''));
  if (slashed) {
    const parts = q.split(/\s*\/\s*/u).length;
    const values = slashed[0].split('/').length;
    if (parts !== values) return null;
    // "Поступило обращений: всего / от физ. лиц / от юр. лиц" → "Поступило обращений (всего / от физ. лиц / от юр. лиц)".
    const head = /^([^:/]+):\s*(.+)$/u.exec(q);
    // "Жарияланымдар: барлығы / Instagram / Facebook" over "19 / 11 / 8": the total, then each platform's count, as a list
    // of platforms is told ("Жарияланымдар – 19: Instagram – 11; Facebook – 8").
    const names = head ? head[2].split(/\s*\/\s*/u) : [];
    const counts = slashed[0].split(/\s*\/\s*/u);
    if (head && TOTAL_WORD.test(names[0]) && names.slice(1).every((p) => PLATFORM.test(p))) {
      return `${head[1]} – ${counts[0]}: ${names.slice(1).map((p, k) => `${p} – ${counts[k + 1]}`).join('; ')}`;
    }
    return `${head ? `${head[1]} (${head[2]})` : q} – ${a}`;
  }
  // The question's brackets say what the answer should give ("(количество, даты)", "(атауы, күні)", "(тоқсанның соңғы
  // күніне)") and its parts after "из них" a slash apart are the answer's to name ("Рассмотрено проектов НПА, из них
  // одобрено без замечаний / с замечаниями" over "7; одобрено без замечаний – 5, …"): the label is what is left.
  let label = q.replace(/\s*\([^()]*\)/gu, '').replace(/\s+/gu, ' ').trim();
  const parts = /^(.*?\p{L}.*?)[,;:]?\s+(?:из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.|оның\s+ішінде)(?![\p{L}])[^/]*\/.*$/iu.exec(label);
  if (parts) label = parts[1];
  else if (label.includes('/')) return null;
  const how = HOW_MANY_WORD.exec(label);
  // "Есептерді тыңдау (саны, органдар)" / "5 есеп тыңдалды, оның ішінде …": an answer whose count has its own noun says
  // itself what it counts — left as typed (a label before it would be read with it).
  if (!how && /^\s+\p{L}/u.test(rest)) return null;
  const joined = rest === '' ? '' : /^[\s,.:;()–—-]/u.test(rest) ? rest : ` ${rest}`;
  if (how) {
    let before = label.slice(0, how.index);
    let after = label.slice(how.index + how[0].length);
    // "Сколько отчётов руководителей … заслушано?": the verb closing the question said first, where a statement puts it
    // ("Заслушано 4 отчётов …"), the count next to its noun.
    // "Сколько проведено заседаний президиума?": the verb first already, the count after it ("Проведено 2 заседаний …").
    const first = before.trim() === '' ? FIRST_VERB.exec(after) : null;
    const verb = before.trim() === '' && first === null ? FINAL_VERB.exec(after) : null;
    // "Сколько заседаний провели комиссии?": who did it, one word after its verb, said first ("Комиссии провели 7 заседаний");
    // "Сколько постоянных комиссий?", a noun and no verb: the noun as the count's label ("Постоянных комиссий – 3").
    const doer = before.trim() === '' && first === null && verb === null ? DOER_LAST.exec(after) : null;
    if (doer) return `${doer[3][0].toUpperCase()}${doer[3].slice(1)} ${doer[2]} ${n} ${doer[1]}${joined}`.replace(/\s+/gu, ' ').trim();
    if (before.trim() === '' && first === null && verb === null && NOUN_ONLY.test(after)) {
      const noun = after.trim();
      return `${noun[0].toUpperCase()}${noun.slice(1)} – ${n}${joined}`.replace(/\s+/gu, ' ').trim();
    }
    if (first) {
      before = `${first[1][0].toUpperCase()}${first[1].slice(1)} `;
      after = after.slice(first[0].length - 1);
    } else if (verb) {
      after = after.slice(0, verb.index);
      before = `${verb[1][0].toUpperCase()}${verb[1].slice(1)} `;
    }
    return `${before}${n}${after}${joined}`.replace(/\s+/gu, ' ').trim();
  }
  return `${label} – ${n}${joined}`;
}

/** A Russian question's closing verb, a short participle or a past form ("заслушано", "поступило", "рассмотрено", "проведено"). */
const FINAL_VERB = /\s((?:за|по|рас|про|на|от|в|из|при|под)?[а-яё]{2,}(?:ано|ено|ёно|ято|ыто|ило|ало|ело|ыло))\s*$/u;
const FIRST_VERB = /^\s((?:за|по|рас|про|на|от|в|из|при|под)?[а-яё]{2,}(?:ано|ено|ёно|ято|ыто))\s/u;
/** After "сколько": what is counted, a past verb, and who did it in one word ("заседаний провели комиссии"). */
const DOER_LAST = /^\s*([а-яё]+(?:\s+[а-яё]+)?)\s+([а-яё]{3,}(?:ли|ёл|ел|ал|ил|ла))\s+([а-яёА-ЯЁ]{3,})\s*$/u;
/** After "сколько": two words at most, no verb read before or after them ("постоянных комиссий", "заседаний президиума"). */
const NOUN_ONLY = /^\s*[а-яё]+(?:\s+[а-яё]+)?\s*$/u;
const TOTAL_WORD = /^(?:всего|итого|барлығы|жиыны|жалпы)$/iu;
/** A platform a publication is counted on, named alone. */
const PLATFORM = /^(?:instagram|facebook|telegram(?:-канал)?|tiktok|youtube|vk|вконтакте|x|twitter|сайт|сайт\s+акимата|әкімдік\s+сайты)$/iu;
/** "Сколько", "қанша", "неше" as whole words: where the answer's count goes. */
const HOW_MANY_WORD = /(?<![\p{L}])(?:сколько|қанша|неше)(?![\p{L}])/iu;
/** A change of the council's composition asked of: "Были ли изменения в составе …", "құрамда өзгеріс болды ма". */
const COMPOSITION_CHANGE = /(?:изменени[\p{L}]*\s+(?:в\s+)?состав|состав[\p{L}]*\s+(?:Совета\s+)?изменял|құрам[\p{L}]*\s+(?:[\p{L}]+\s+)?өзгеріс|өзгеріс[\p{L}]*\s+(?:[\p{L}]+\s+)?құрам)/iu;
/** An answer of no: "Нет", "Нет, не проводились.", "Жоқ", "не проводились", "өткізілген жоқ". */
const NONE_ANSWER = /^(?:нет|жоқ|не\s+(?:проводил|проведен|было|заключал|поступал|направлял)[\p{L}]*|өткізілмеді|өткізілген\s+жоқ)(?![\p{L}])/iu;
/** Yes with its count: "Да, 1 (с ОЮЛ …)", "Иә – 2"; (1) the count, (2) what follows it. */
const YES_COUNT = /^(?:да|иә|ия)\s*[,.:–—-]?\s*(\d{1,4})(?![\d/.,]\d)(.*)$/iu;
/** A count opening the answer (after "всего" / "барлығы"), a slash group whole: (1) the first count, (2) the rest. */
const COUNT_FIRST = /^(?:(?:всего|итого|барлығы|жиыны)\s*[:–—-]?\s*)?(\d{1,4})(?:\s*\/\s*\d{1,4})*(?![\d.,]\d|\.\d)(?!\s*(?:%|процент|пайыз|тенге|теңге|млн|тыс))(.*)$/iu;
