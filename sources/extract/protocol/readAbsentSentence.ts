import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { ProtocolAbsentee } from '../types.ts';
import { ABSENT_HEADING, AGENDA_HEADING, INVITED_HEADING, INVITED_STATUS, NOT_VOTED, REPORTED_SPEECH, SECTION_NEW } from './lexicon.ts';
import { INITIALS, NAME_WORD, re } from './re.ts';
import { classifyAbsence } from './splitPerson.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { type Paragraph, paragraphsOf } from './paragraphsOf.ts';

/** A surname: two letters at least ("Ф.И.О" is a column's name). */
const SURNAME = `${NAME_WORD}\\p{L}`;
/**
 * A person named in running text: "Ахметов Б.Б.", "Ли О.В.", "Т.Жұмабаев", "Д. Оспанов", or in full with a patronymic
 * ("Сидоров Сергей Сергеевич", "Бекова Айгүл Маратқызы") — three capitalised words alone could be a body's name.
 */
export const PERSON = re(`(?<![\\p{L}.])(?:${NAME_WORD}\\s+${NAME_WORD}\\s+${NAME_WORD}(?:вич|вна|чна|ұлы|улы|қызы|кызы|оглы)|${SURNAME}\\s+${INITIALS}|${INITIALS}\\s?${SURNAME})(?![\\p{L}])`, 'gu');
/**
 * "объявил, что заседание не может быть открыто ввиду отсутствия кворума (11 из 19)": the absence of a quorum is no
 * person's absence — the chair named in that sentence was there.
 */
const NO_QUORUM = re('(?<![\\p{L}])отсутстви[\\p{L}]*\\s+кворум[\\p{L}]*|(?<![\\p{L}])кворум[\\p{L}]*\\s+отсутств[\\p{L}]*', 'giu');
/** The hall named before the absence's verb ("в зале", "в зале заседаний", "залда", "очно"): where, not whether. */
const IN_HALL = re('(?:(?<![\\p{L}])в\\s+зале|(?<![\\p{L}])залда|(?<![\\p{L}])очно)(?:\\s+[\\p{L}]+){0,2}\\s*$', 'iu');
/** What joins two absentees and says nothing of either: "и", "ал", "және", "мен", "а также", "сондай-ақ", commas and dashes. */
const JOINERS = re(`^(?:[\\s,;–—-]|(?<![\\p{L}])(?:и|ал|және|мен|пен|бен|а\\s+также|сондай[-\\s]?ақ)(?![\\p{L}]))+|(?:[\\s,;.–—-]|(?<![\\p{L}])(?:и|а|ал|және|мен|пен|бен|а\\s+также|сондай[-\\s]?ақ)(?![\\p{L}]))+$`, 'giu');

/**
 * The text says nobody was absent: "Отсутствующих нет", "Отсутствовали: нет", "Қатыспағандар: жоқ", "все члены Совета
 * присутствуют", "барлық мүшелері қатысты", "в полном составе". Read in the attendance part only.
 */
export function statesNobodyAbsent(lines: string[]): boolean {
  for (const line of lines) {
    if (re(AGENDA_HEADING).test(line) || re(SECTION_NEW).test(line)) return false;
    // "присутствовали все члены, кроме Иванова И.И." names an absentee.
    if (NOBODY_ABSENT.some((p) => p.test(line)) && !re('(?<![\\p{L}])(?:кроме|за\\s+исключением|қоспағанда|басқа)(?![\\p{L}])').test(line)) return true;
  }
  return false;
}
const NOBODY_ABSENT = [
  `(?<![\\p{L}])(?:${ABSENT_HEADING})\\s*[:–—-]?\\s*(?:нет|жоқ|не\\s+было|не\\s+имеется|отсутствуют)(?![\\p{L}])`,
  `(?<![\\p{L}])(?:${ABSENT_HEADING})\\s*:\\s*[-–—]\\s*$`,
  `(?<![\\p{L}])(?:все|барлық)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:присутств|қатыст)`,
  `(?<![\\p{L}])присутств[\\p{L}]*\\s+все(?:\\s+член[\\p{L}]*)?(?:\\s|[.,;]|$)`,
  `(?<![\\p{L}])(?:в\\s+полном\\s+составе|толық\\s+құрам)`,
].map((source) => re(source));

/**
 * Absentees told in one sentence, not as a list: "Не присутствовали члены совета Ахметов Б.Б., находящийся в
 * командировке в г. Павлодар, и Ли О.В. – без уважительной причины.", "Отырысқа Т.Жұмабаев (іссапарда) және
 * А.Серікова (еңбек демалысында) … қатыспады." Read only in the attendance part (before the agenda or the first
 * question), in a sentence that says someone did not attend — not a speech ("сообщил, что … не присутствовал") and
 * not the vote ("не участвовал в голосовании"). Each name's reason is what follows it up to the next name (the text
 * before the first name when it gives one for all: "По болезни отсутствовали …"); a reason that is neither excused nor
 * unexcused leaves `excused` null. A paragraph broken over lines with words hyphenated ("находя-" / "щийся") is read whole.
 */
export function readAbsentSentence(lines: string[], numbers: number[]): ProtocolAbsentee[] {
  const out: ProtocolAbsentee[] = [];
  for (const paragraph of paragraphsOf(lines, numbers)) {
    const sentences = sentencesOf(paragraph.text);
    for (let k = 0; k < sentences.length; k++) {
      const whole = sentences[k];
      // "Присутствуют также …, и Литвин О.Н. Двое членов Совета отсутствуют.": the absence told after initials, the names
      // before it are of those present.
      const tail = afterInitials(whole);
      let s = tail && re(`(?<![\\p{L}])(?:${ABSENT_HEADING})`).test(tail.text) && matchesOf(tail.text, PERSON).length === 0 ? tail : whole;
      const verb = re(`(?<![\\p{L}])(?:${ABSENT_HEADING})|${COUNT_TOLD.source}`, 'iu').exec(s.text.replace(NO_QUORUM, (w) => ' '.repeat(w.length)));
      // "Представитель акимата Кузнецов К.К. отсутствовал": an invited person's absence is no member's. A speech tells of an
      // absence only when it opens before it ("Председатель сообщил, что отсутствует …"): "…, о чём она заранее сообщила
      // секретарю" after the names is the absentee's notice, a reason.
      if (!verb || re(NOT_VOTED).test(s.text) || re(REPORTED_SPEECH).test(s.text.slice(0, verb.index)) || re(`${INVITED_HEADING}|${INVITED_STATUS}|представител|өкіл`).test(s.text)) continue;
      // "В зале не присутствовали Гусева Г.Г. и Данияров Д.Д., они подключились по Zoom", "Залда Ким А.А. болмады": not in the
      // hall is not absent from the meeting.
      if (IN_HALL.test(s.text.slice(0, verb.index))) continue;
      // "Отсутствовали: …" is a list heading, read as a list — at the start of its line. Inside a paragraph, after a speaker's
      // words ("… Кворум есть. Отсутствуют четверо: Кадырбеков Н.Т. – в командировке, …"), no list reader sees it: read here
      // when it counts the absent and names as many.
      const heading = /^\s*[\p{L}\s]{0,40}:/u.exec(s.text);
      if (heading && !(midLine(paragraph, s.start) && countTold(heading[0]) !== null && countTold(heading[0]) === matchesOf(s.text, PERSON).length)) continue;
      // "Үш мүше келген жоқ. Қасымова Г.Р. ауырып жатыр …, Оспанов Т.Б. … семинарда жүр. Жұмабай С.Қ. неге келмегенін айтпады.",
      // "Не явились трое. Утешев Б.Б. …", "Келмеген үш мүшенің екеуі …: A …, B … . C туралы мәлімет жоқ.": the count told first,
      // the persons in the sentences after it — read on to the paragraph's end when it names just as many.
      const told = countTold(s.text);
      const named = matchesOf(s.text, PERSON).length;
      if (told !== null && named < told) {
        const rest = paragraph.text.slice(s.start);
        if (matchesOf(rest, PERSON).length === told) {
          s = { text: rest, start: s.start };
          k = sentences.length;
        } else if (named > 0) continue;
      }
      const names = matchesOf(s.text, PERSON);
      if (names.length === 0) {
        out.push(...namedAfter(sentences.slice(k + 1), s.text, paragraph, told));
        continue;
      }
      const before = clean(s.text.slice(0, names[0].index).replace(verb[0], ''));
      const shared = classifyAbsence(before) === null ? null : before;
      out.push(...peopleOf(s, names, paragraph, shared));
    }
  }
  return out;
}

/** "Үш мүше келген жоқ", "Келмеген үш мүшенің", "Не явились трое", "отсутствовали четыре члена": a count of absentees. */
// "Отсутствуют четверо", "Отсутствует один член Совета": the present tense too. The chair's "Төрт мүше жоқ: …", "Нет троих
// членов Совета: …" is told so too (a count, then as many names: a vacancy names nobody).
const COUNT_TOLD = re(`(?<![\\p{L}])(?:${N}\\s+мүше(?:міз)?\\s+(?:келген\\s+жоқ|келмеді|қатыспады|жоқ)|(?:нет|не\\s+было)\\s+(?:на\\s+заседании\\s+)?${N}\\s+член[\\p{L}]*|келмеген\\s+${N}\\s+мүше(?:нің)?|(?:не\\s+явил[\\p{L}]*|отсутствовал[\\p{L}]*|отсутству(?:ют|ет))\\s+${N}(?:\\s+член[\\p{L}]*)?)(?![\\p{L}])`, 'iu');

/** The sentence at `start` opens inside a line of the paragraph, not at a line's start. */
function midLine(paragraph: Paragraph, start: number): boolean {
  return start > 0 && paragraph.lineAt(start - 1) === paragraph.lineAt(start);
}

/** The count of absentees a sentence states before its first name (within the words that say they were absent), or null. */
function countTold(text: string): number | null {
  const m = COUNT_TOLD.exec(text);
  if (!m) return null;
  const first = matchesOf(text, PERSON)[0];
  if (first !== undefined && first.index < m.index) return null;
  const count = re(N, 'iu').exec(m[0]);
  return count ? parseCount(count[0]) : null;
}

/** Each person named in a sentence, with the reason that follows the name (or the one told for all, `shared`). */
export function peopleOf(s: { text: string; start: number }, names: RegExpExecArray[], paragraph: Paragraph, shared: string | null): ProtocolAbsentee[] {
  const people = names.map((m, k) => {
    const end = k + 1 < names.length ? names[k + 1].index : s.text.length;
    const after = s.text.slice(m.index + m[0].length, end);
    // "А.Серікова (еңбек демалысында) – … комиссияның мүшелері": the brackets right after the name hold the reason.
    const bracket = /^\s*\(([^()]+)\)/u.exec(after);
    const reason = clean(bracket ? bracket[1] : after.replace(re(`(?<![\\p{L}])(?:${ABSENT_HEADING})`, 'giu'), ''));
    return { name: tidy(m[0]), reason: reason === '' ? null : reason, line: paragraph.lineAt(s.start + m.index) };
  });
  // "Карпов И.А. и Серикбаева А.А. – по болезни": a name with nothing of its own shares the reason of the next.
  for (let k = people.length - 2; k >= 0; k--) if (people[k].reason === null) people[k].reason = people[k + 1].reason;
  return people.map((p) => {
    const reason = p.reason ?? shared;
    return { name: p.name, excused: reason === null ? null : classifyAbsence(reason), reason, line: p.line };
  });
}

/** "Двое членов Совета отсутствуют.", "Прочие отсутствовали.", "Екі мүше қатыспады.": how many, if said. */
const ABSENT_COUNT = re(`^\\s*(${N})\\s+(?:член[\\p{L}]*|человек|мүше[\\p{L}]*)`);
/** "Отсутствующих нет", "Қатыспағандар жоқ": nobody absent, whoever the next sentence names. */
const NONE_ABSENT = re(`(?<![\\p{L}])(?:нет|не\\s+было|жоқ|болмады)(?![\\p{L}])`);
/** A sentence that opens with a person named: "Шпак Н.И. в ежегодном трудовом отпуске …". */
const OPENS_WITH_PERSON = re(`^\\s*(?:${NAME_WORD}\\p{L}\\s+${INITIALS}|${INITIALS}\\s?${NAME_WORD}\\p{L})(?![\\p{L}])`, 'u');

/**
 * "Двое членов Совета отсутствуют. Шпак Н.И. в ежегодном трудовом отпуске …. Лысенко Т.Г. на заседание не пришла …",
 * "Прочие отсутствовали. Дорофеев Г.А. на больничном …; Ескендирова Ж.М. в отпуске …": the absence told first, the
 * absentees named in the sentences after it, each with a reason. Read while each sentence opens with a name and gives a
 * reason of absence; as many as said, when a count is said.
 */
function namedAfter(after: { text: string; start: number }[], told: string, paragraph: Paragraph, counted: number | null = null): ProtocolAbsentee[] {
  if (NONE_ABSENT.test(told)) return [];
  const said = ABSENT_COUNT.exec(told);
  // ("Не явились двое": the count COUNT_TOLD read, when this one reads none.)
  const count = said ? parseCount(said[1]) : counted;
  const out: ProtocolAbsentee[] = [];
  for (const s of after) {
    if (!OPENS_WITH_PERSON.test(s.text) || classifyAbsence(s.text) === null) break;
    out.push(...peopleOf(s, matchesOf(s.text, PERSON), paragraph, null));
  }
  return count === null || out.length === count ? out : [];
}

/**
 * "…, и Литвин О.Н. Двое членов Совета отсутствуют.": a sentence ends after initials when the next opens with a word and
 * goes on in lower case — a person named after initials would have his own initials or a capital next.
 */
const INITIALS_END = re(`(?<=\\s${INITIALS})\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll})`, 'gu');
/** The last such sentence after initials, or null ("Есенов Р.Ж. Ақтөбе қаласында іссапарда": a place, read with its name). */
function afterInitials(s: { text: string; start: number }): { text: string; start: number } | null {
  const cuts = matchesOf(s.text, INITIALS_END);
  if (cuts.length === 0) return null;
  const last = cuts[cuts.length - 1];
  const from = (last.index ?? 0) + last[0].length;
  return { text: s.text.slice(from), start: s.start + from };
}

/** A reason's text without the words that join names, its brackets taken off: "(іссапарда) және" → "іссапарда". */
function clean(text: string): string {
  let t = tidy(text);
  for (let k = 0; k < 3; k++) t = tidy(t.replace(JOINERS, '').replace(/^\((.*)\)$/u, '$1'));
  return t;
}
