import { NAME_WORD, PERSON_NAME, re } from './re.ts';

/**
 * A word-for-word record (стенограмма): each turn opens with its speaker in capitals and initials, a colon after
 * ("КУАНЫШБЕКОВ Е.Т.: Против?", "АБЕНОВА Д.Р.: Семь.", its role in brackets: "ЕРГАЛИЕВ Т.С. (отдел ЖКХ): …"), a member's own short reply on a line of its own after a dash
 * ("— Здесь."). The speaker of a line, and what is said on it.
 */
const SPEAKER = /^\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ'’-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ'’-]+)?\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?)(?:\s*\([^()]{1,60}\))?\s*:\s*/u;
/**
 * The same turn with the surname typed as a name, not in capitals: "Дюсенова А.А.: Спасибо.", "Жакупов Е.Т. (с места): …".
 * The colon is required: a name and initials alone open a list's line, not a turn.
 */
const NAMED = /^\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’-]+(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’-]+)?\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?)(?:\s*\([^()]{1,60}\))?\s*:\s*/u;
/**
 * A turn opened by the surname alone in capitals, no initials ("ЕРМЕКОВА: Десять.", "ЖҮНІСОВ (орнынан): Ал Теміртауда?",
 * "УТЕГЕНОВА (по видеосвязи): Слышу…", set 160). A word in capitals before a colon is also a protocol's heading ("РЕШИЛИ:",
 * "СӨЙЛЕГЕНДЕР:", "ГОЛОСОВАЛИ:"), so the word must end as surnames end (-ов/-ева, -ин/-ына, -енко, -ский, -ұлы, -қызы …),
 * which no heading does.
 */
export const SURNAME_END = '(?:[ОЕЁ]ВА?|[ИЫ]НА?|ЕНКО|[ЬЙ]КО|[СЦ]К(?:ИЙ|АЯ)|[ҰУ]ЛЫ|[ҚК]ЫЗЫ|ОГЛЫ|ЯН|(?<!В)ИЧ|[ЮУ]К|ДЗЕ|ШВИЛИ)';
const SURNAME_ALONE = new RegExp(`^\\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁӘҒҚҢӨҰҮҺІ'’]+${SURNAME_END}(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ]+)?)(?:\\s*\\([^()]{1,60}\\))?\\s*:\\s*`, 'u');
/**
 * A transcript's turn opened by the surname alone, typed as a name, the speech after it in lower case as a recogniser
 * writes it ("Абдрахманов: коллеги добрый день", "Оңғарова: жоспар бойынша …", set 196): the surname ends as surnames end.
 * A heading's word before a colon ("Присутствовали: …", "Решили: рекомендовать …") ends as none does.
 */
const NAMED_ALONE = new RegExp(`^\\s*(\\p{Lu}\\p{Ll}+${SURNAME_END.toLowerCase()}(?:-\\p{Lu}\\p{Ll}+)?)\\s*:\\s*(?=\\p{Ll})`, 'u');
/**
 * A turn in minutes written by speaker with a full stop after the name ("АХМЕТЖАНОВА Г.С. Подвоз организован …",
 * "ПОПОВА Е.Н. (член Совета). Предлагаю …"): the surname in capitals, its initials, the speech opening with a capital.
 */
const STOPPED = /^\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ'’-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ'’-]+)?\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)(?:\s*\([^()]{1,60}\)\.)?\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"(])/u;
/**
 * A turn opened by the speaker's role rather than the name — the chair, the secretary, in either language, in capitals or
 * not, the name in brackets or none: "Председательствующий: Коллеги, кворум есть …", "ТӨРАҒА: Құрметті әріптестер …",
 * "Төрағалық етуші (Серікбаев Н.Ә.): …", "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ (Калиев Д.М.). Уважаемые коллеги …", "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.
 * Второй вопрос." (a full stop only after the role in capitals, as the minutes by speaker write it).
 */
/** A recogniser's numbered speaker stands for a role: "Спикер 3:", "Speaker 2:", "Сөйлеуші 1:" (set 196). */
const ROLE = '(?:председательствующ(?:ий|ая)|председатель|секретарь|төрағалық\\s+етуші|төраға|хатшы|(?:спикер|speaker|говорящий|сөйлеуші|участник|қатысушы)\\s*\\d{1,2})';
const ROLE_TURN = re(`^\\s*(${ROLE})(?:\\s*\\([^()]{1,60}\\))?\\s*:\\s*`);
const ROLE_STOPPED = /^\s*(ПРЕДСЕДАТЕЛЬСТВУЮЩ(?:ИЙ|АЯ)|ПРЕДСЕДАТЕЛЬ|СЕКРЕТАРЬ|ТӨРАҒАЛЫҚ\s+ЕТУШІ|ТӨРАҒА|ХАТШЫ)(?:\s*\([^()]{1,60}\))?\.\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"])/u;
/** What a head line gives after the role: the person's name ("Председатель: Иванов И.И.", "Төраға: Мұқанов Ерболат Сейітұлы"). */
const NAME_GIVEN = new RegExp(`^(?:${PERSON_NAME}|${NAME_WORD}\\s+${NAME_WORD})(?:\\s*$|\\s*[,–—-]|\\s+\\()`, 'u');

export function speakerOf(line: string): { speaker: string; said: string; aside: string } | null {
  const m = SPEAKER.exec(line) ?? NAMED.exec(line) ?? SURNAME_ALONE.exec(line) ?? NAMED_ALONE.exec(line) ?? STOPPED.exec(line) ?? ROLE_STOPPED.exec(line);
  // aside: the bracket after the speaker's name ("(по видеосвязи)", "(с места)"), or ''.
  if (m) return { speaker: m[1].replace(/\s+/g, ' '), said: line.slice(m[0].length), aside: asideOf(m[0]) };
  const role = ROLE_TURN.exec(line);
  // "Председатель: Иванов И.И.", "Секретарь: Омарова Ж.Б. (аппарат акима)": a protocol's head naming who chaired, no turn.
  if (!role || NAME_GIVEN.test(line.slice(role[0].length))) return null;
  return { speaker: role[1].replace(/\s+/g, ' '), said: line.slice(role[0].length), aside: asideOf(role[0]) };
}

function asideOf(opening: string): string {
  return /\(([^()]{1,60})\)/u.exec(opening)?.[1] ?? '';
}

/** How many turns make a text a word-for-word record rather than a protocol quoting a speaker or two. */
const TURNS = 6;

/** Whether the text is told turn by turn: many lines open with their speaker. */
export function isTranscript(lines: string[]): boolean {
  return lines.filter((l) => speakerOf(l) !== null).length >= TURNS;
}
