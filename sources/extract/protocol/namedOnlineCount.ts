import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { ABSENT_HEADING, INVITED_HEADING, INVITED_STATUS, ONLINE } from './lexicon.ts';
import { paragraphsOf } from './paragraphsOf.ts';
import { PERSON } from './readAbsentSentence.ts';
import { NAME_WORD, re } from './re.ts';

/** A verb of taking part or joining, said of those online ("участвовали дистанционно", "Zoom арқылы қосылды"); not negated. */
export const JOINED = re(`(?<![\\p{L}])(?<!не\\s{1,3})(?:участвовал[\\p{L}]*|участвуют|подключил[\\p{L}]*|присоединил[\\p{L}]*|присутствовал[\\p{L}]*|вышл?[\\p{L}]*\\s+на\\s+связь|қосыл(?:ды|ған|ып)|қатысты|қатысып\\s+отыр)(?![\\p{L}])`);

/**
 * "Ещё трое – Ким …", "ал екі мүше – Серікбаев …", "два члена Совета – …": a count opening its clause (or after "ещё",
 * "и", "ал", "тағы"), its unit perhaps, then a dash before the first name.
 */
export const COUNT_BEFORE_NAMES = re(`(?:^|[,;]\\s*|(?<![\\p{L}])(?:ещё|еще|и|а|ал|тағы|также)\\s+)(${N})(?:\\s+(?:член[\\p{L}]*(?:\\s+(?:совета|комиссии|президиума))?|мүше(?:сі)?|человек))?\\s*[-–—]\\s*(?=${NAME_WORD})`);
/** What joins the names between the dashes and says nothing else: commas, "и", "мен", "және". */
const JOINERS_ONLY = re(`^(?:[\\s,]|(?<![\\p{L}])(?:и|мен|пен|бен|және)(?![\\p{L}]))*$`);

/**
 * The count of those online, told with their names between dashes in a sentence of the attendance part: "Ещё трое – Ким Ольга
 * Викторовна, Рахманов Алишер Бахадырович и Байбосынова Жанар Толеуовна – участвовали дистанционно", "ал екі мүше – Серікбаев
 * Дархан Нұрланұлы мен Оспанова Айгерім Маратқызы – отырысқа WhatsApp бейнебайланысы арқылы қосылды". The paragraph is read
 * whole, for a hard-wrapped text breaks such a sentence anywhere. Read only when nothing but names stands between the dashes
 * and as many are named as the count says, and the clause after them names the means and a verb of taking part — "двое – …
 * – не смогли подключиться" (no verb of taking part), "четверо приглашённых – …" (no dash after the count) are not read.
 */
export function namedOnlineCount(lines: string[]): { value: number; line: number } | null {
  for (const paragraph of paragraphsOf(lines, lines.map((_, k) => k + 1))) {
    for (const s of sentencesOf(paragraph.text)) {
      for (const m of matchesOf(s.text, re(COUNT_BEFORE_NAMES.source, 'giu'))) {
        const from = (m.index ?? 0) + m[0].length;
        const close = /\s[-–—]\s/u.exec(s.text.slice(from));
        if (!close) continue;
        const between = s.text.slice(from, from + close.index);
        const names = matchesOf(between, PERSON);
        if (names.length === 0 || !JOINERS_ONLY.test(between.replace(re(PERSON.source, 'gu'), ''))) continue;
        const after = s.text.slice(from + close.index + close[0].length).split(/[;,]\s+(?=ал\s|а\s|но\s)/u)[0];
        if (!re(ONLINE).test(after) || !JOINED.test(after) || re(`(?<![\\p{L}])(?:${ABSENT_HEADING})|${INVITED_HEADING}|${INVITED_STATUS}`).test(after)) continue;
        const value = parseCount(m[1]);
        if (value === names.length) return { value, line: paragraph.lineAt(s.start + (m.index ?? 0)) };
      }
    }
  }
  return null;
}
