import { INITIALS, NAME_WORD } from './re.ts';

/**
 * A person's line that gives the position (title, degree, organisation) BEFORE the name: "Председатель городского совета
 * ветеранов, Почётный гражданин г. Сарани Ким Валентина Николаевна;", "ардагерлер кеңесінің төрағасы Жұмабаев Қайрат Есенұлы",
 * "«Ел дауысы» газетінің тілшісі Мейрамова Д. (шақырылған)". Returned as the lists write a person most of the time, the name
 * first: "Ким Валентина Николаевна – Председатель …", the brackets and a dashed tail kept after the position (a guest's
 * "(шақырылған)", an online mark, a reason) — else the position is read as the name, or the line as no person and the
 * list as ended there. Null when the line opens with a name already, or holds no name written in full at its end.
 */
export function positionFirst(raw: string): string | null {
  const text = raw.trim();
  if (NAME_OPENS.test(text)) return null;
  const m = NAME_LAST.exec(text);
  if (!m) return null;
  const [, lead, name, tail] = m;
  const position = lead.replace(/[\s,]+$/u, '');
  // The position is words of a title, some of them lower case ("председатель", "к.м.н.", "ҚР еңбек сіңірген қайраткері");
  // a dash inside it is where a name would have been parted from its role: no position then.
  if (!LOWER_WORD.test(position) || /\s[-–—]\s/u.test(position) || position.split(/\s+/u).length > 20) return null;
  const after = tail.trim().replace(/^[-–—]\s*/u, '');
  return `${name} – ${position}${after === '' ? '' : /^\(/.test(after) ? ` ${after}` : `, ${after}`}`;
}

const CAPITAL = 'A-ZА-ЯЁӘҒҚҢӨҰҮҺІ';
/** A name word with lower-case letters after its capital ("Ким", "Абдрахманова-Ли"), not an abbreviation ("КГП", "ҚР"). */
const WORD = `[${CAPITAL}][\\p{Ll}'’]+(?:-[${CAPITAL}][\\p{Ll}'’]*)*`;
const PATRONYMIC = `[${CAPITAL}]\\p{Ll}+(?:вич|вна|ична|ұлы|улы|қызы|кызы)`;
/**
 * A name written in full: "Сурнамова Имя Отчество", "Имя Отчество Фамилия", a surname with its initials either way round,
 * a Kazakh surname made of a patronymic with the given name ("Төлеуқызы Сәуле").
 */
const FULL_NAME = `${WORD}\\s+${WORD}\\s+${PATRONYMIC}|${WORD}\\s+${PATRONYMIC}\\s+${WORD}|${WORD}\\s+${INITIALS}|${INITIALS}\\s?${WORD}|${PATRONYMIC}\\s+${WORD}`;
/** The position, then the name, then brackets or a dashed tail, then the item's stop. Case-sensitive: a name has capitals. */
const NAME_LAST = new RegExp(`^(.+?)[\\s,]+(${FULL_NAME})(\\s*(?:\\([^()]*\\)\\s*)*|\\s+[-–—]\\s+[^()]*?(?:\\([^()]*\\)[^()]*?)*)[.;,]?\\s*$`, 'u');
/** The line opens with a name: a surname and initials, or two name words before a dash, comma, bracket or the end. */
const NAME_OPENS = new RegExp(`^(?:${INITIALS}\\s?${NAME_WORD}|${WORD}\\s+${INITIALS}|${WORD}\\s+(?:${WORD}\\s+)?${WORD}\\s*(?:[-–—,(;.]|$))`, 'u');
/** A word in lower case, an abbreviation of a degree ("д.э.н.", "э.ғ.к.") among them. */
const LOWER_WORD = /(?<![\p{L}])\p{Ll}/u;
