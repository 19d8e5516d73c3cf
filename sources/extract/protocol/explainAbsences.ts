import { tidy } from '../toLines.ts';
import type { ProtocolAbsentee } from '../types.ts';
import { re } from './re.ts';
import { classifyAbsence } from './splitPerson.ts';

/** Words that make a sentence about someone's absence: "о причине отсутствия", "не явился", "себебін", "қатыспады". */
const ABOUT_ABSENCE = re('отсутств[\\p{L}]*|причин[\\p{L}]*|не\\s+(?:явил|прибыл|пришл|пришел|пришёл)[\\p{L}]*|себеб[\\p{L}]*|қатыспа[\\p{L}]*|келме[\\p{L}]*');

/**
 * Absentees listed with no reason (an unsigned row of a registration sheet, both cells empty) whose reason a note elsewhere
 * in the attendance part gives by name: "Примечание секретаря: Пак Д.Э. о причине отсутствия не сообщил.", "Ескерту:
 * Д.Е. Омаров себебін хабарламады." The reason is taken only from a line that names that person (surname and initials, in
 * either order) and speaks of absence; a line naming two listed people tells neither.
 */
export function explainAbsences(absentees: ProtocolAbsentee[], lines: string[], numbers: number[], until: number): void {
  const unexplained = absentees.filter((a) => a.reason === null && a.excused === null);
  if (unexplained.length === 0) return;
  const named = absentees.map((a) => ({ a, pattern: nameIn(a.name) }));
  for (const a of unexplained) {
    const pattern = nameIn(a.name);
    if (!pattern) continue;
    for (let i = 0; i < Math.min(lines.length, until); i++) {
      const line = lines[i];
      if (numbers[i] === a.line || line.length > 300) continue;
      const m = pattern.exec(line);
      // Or the name, a dash, and the reason in a sentence of its own: "Исмаилов Р.Р. – еңбек демалысында." under the count
      // sentence (held-out 186's Akbakai protocol, the roll-call sheet's row saying only "жоқ").
      const after = m ? line.slice(m.index + m[0].length) : '';
      const dashed = m !== null && /^\s*[–—-]\s*\p{L}/u.test(after);
      if (!m || !(ABOUT_ABSENCE.test(line) || dashed)) continue;
      if (named.some((o) => o.a !== a && o.pattern?.test(line))) continue;
      const told = tidy(dashed && !ABOUT_ABSENCE.test(line) ? after.split(/\.\s+(?=\p{Lu})/u)[0] : after).replace(/^[\s,:;–—-]+|[\s.;]+$/gu, '');
      const excused = classifyAbsence(told);
      if (excused === null) continue;
      a.reason = told;
      a.excused = excused;
      break;
    }
  }
}

/** "Пак Денис Эдуардович" or "Пак Д.Э." as a pattern finding "Пак Д.Э." and "Д.Э. Пак" (and "Пак Д."). */
function nameIn(name: string): RegExp | null {
  const words = name.split(/\s+/);
  const surname = words[0];
  if (!surname || !/^\p{Lu}\p{L}+/u.test(surname) || words.length < 2) return null;
  const letters = words.slice(1).map((w) => w.charAt(0)).filter((c) => /\p{Lu}/u.test(c));
  if (letters.length === 0) return null;
  const initials = `${letters[0]}\\.(?:\\s?${letters[1] ?? '\\p{Lu}'}\\.)?`;
  const s = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return re(`(?<![\\p{L}])(?:${s}\\s+${initials}|${initials}\\s?${s}(?![\\p{L}]))`, 'u');
}
