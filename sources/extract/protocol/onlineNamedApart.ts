import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import type { ProtocolAttendee } from '../types.ts';
import { INVITED_HEADING, INVITED_STATUS, ONLINE } from './lexicon.ts';
import { paragraphsOf, type Paragraph } from './paragraphsOf.ts';
import { countNoteLines } from './onlineMark.ts';
import { PERSON } from './readAbsentSentence.ts';
import { keyOf, sameKey } from './nameKey.ts';
import { re } from './re.ts';

/**
 * Those present listed with no mark of how each took part, and the online ones named in a sentence of their own above or
 * below the list: "Один член Совета (Сейткали Д.Н.) подключился по видеосвязи.", "Кеңес мүшесі Д.Н. Сейткали бейнебайланыс
 * арқылы қосылды." Each person the sentence names is marked online in the list — only when every one named is in the list
 * (a guest who connected is no member) and they are as many as the protocol states online (`statedOnline`); the list is
 * left as read otherwise. Returns the line of the sentence, or null.
 */
export function markOnlineNamedApart(lines: string[], attendees: ProtocolAttendee[], statedOnline: number | null): number | null {
  if (statedOnline === null || statedOnline === 0 || attendees.length === 0 || attendees.some((a) => a.online)) return null;
  // The footnote of the count of those present, at the foot, is such a sentence too: "¹ … в том числе 1 – онлайн (Сабитова Р.Е.)".
  const notes: Paragraph[] = countNoteLines(lines).map((k) => ({ text: lines[k], lineAt: () => k + 1 }));
  for (const paragraph of [...paragraphsOf(lines, lines.map((_, k) => k + 1)), ...notes]) {
    for (const s of sentencesOf(paragraph.text)) {
      // "присутствовали 12 из 13 членов …, в том числе двое – по видеосвязи (Шаповалов И.Н., Кенесова Б.Т.)" (set 149): the
      // bracket right after the online words names them, whatever the verb.
      const bracket = re(ONLINE_NAMES_BRACKET.source, 'u').exec(s.text);
      if (!re(ONLINE).test(s.text) || !(CONNECTED.test(s.text) || ONLINE_OF_THEM.test(s.text) || bracket !== null) || re(`${INVITED_HEADING}|${INVITED_STATUS}`).test(s.text)) continue;
      // Under a run-in label, the persons after it (the list it closes may share its paragraph).
      const label = ONLINE_OF_THEM.exec(s.text);
      const scope = label ? s.text.slice(label.index + label[0].length) : bracket !== null && !CONNECTED.test(s.text) ? bracket[1] : s.text;
      const named = [...matchesOf(scope, PERSON)].map((m) => keyOf(m[0]));
      if (named.length === 0) continue;
      const marked = named.map((k) => attendees.find((a) => sameKey(keyOf(a.name), k)));
      if (marked.some((a) => a === undefined) || new Set(marked).size !== statedOnline) return null;
      for (const a of marked) a!.online = true;
      return paragraph.lineAt(s.start);
    }
  }
  return null;
}

/** Those of the list online, named under a run-in label: "из них онлайн: …", "в т.ч. в режиме онлайн (Zoom): …", "оның ішінде онлайн: …". */
const ONLINE_OF_THEM = re(`(?<![\\p{L}])(?:из\\s+них|в\\s+том\\s+числе|в\\s+т\\.\\s?ч\\.|оның\\s+ішінде|олардың\\s+ішінде)\\s*[-–—]?\\s*(?:[\\p{L}]+\\s+){0,2}?(?:${ONLINE})[^:]{0,30}:`);

/** The online words, then a bracket right after them: "двое – по видеосвязи (Шаповалов И.Н., Кенесова Б.Т.)", "екеуі онлайн (…)". */
const ONLINE_NAMES_BRACKET = re(`(?:${ONLINE})[^()]{0,20}?\\(([^()]{5,200})\\)`);

/** "подключился", "участвовал", "присоединилась", "принимал участие", "қосылды", "қатысты", "қосылып отырды". */
const CONNECTED = re(`(?<![\\p{L}])(?:подключ|участвова|присоедин|принима[\\p{L}]*\\s+участи|қосыл|қатыс)[\\p{L}]*`);

