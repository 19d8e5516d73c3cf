import { tidy } from '../toLines.ts';
import type { AgendaItem } from '../types.ts';
import { AGENDA, SECTION_NEW } from './lexicon.ts';
import { looksLikePersonLine } from './splitPerson.ts';
import { re } from './re.ts';

/**
 * An agenda whose numbers a copy lost (Word's automatic numbering, which its text export drops): "ПОВЕСТКА ДНЯ:" over
 * lines "Об итогах деятельности Агентства за 11 месяцев 2025 года." / "О проекте приказа …" / "Разное.", each a paragraph of
 * its own, and the discussion below numbered "1. СЛУШАЛИ: …" … "5. Разное. …". Nothing in the lines says they are the
 * items, so they are read only when the discussion's numbered sections, one after the other from the first (itself a
 * section, "СЛУШАЛИ" / "ТЫҢДАЛДЫ"), are exactly as many as the lines. Each line a title (a capital first, no colon at its
 * end, no person); a blank line between them ends the run. Empty when any of this fails. So are items a typist bulleted instead
 * of numbering them ("КҮН ТӘРТІБІ" / "* Алатау ауданындағы … туралы" / "* …"), each bulleted, a line without a bullet in small
 * letters the last item's wrapped rest.
 */
export function readUnnumberedAgenda(lines: string[]): AgendaItem[] {
  const at = lines.findIndex((l) => HEADING_ALONE.test(l));
  if (at < 0) return [];
  const items: AgendaItem[] = [];
  let k = at + 1;
  /** Whether the items are bulleted ("* О …", "• Разное"): then every item is, and a line without one carries on the last. */
  let bulleted: boolean | null = null;
  for (; k < lines.length; k++) {
    const raw = tidy(lines[k]);
    if (raw === '') {
      if (items.length === 0) continue;
      break;
    }
    const bullet = BULLET.exec(raw);
    bulleted ??= bullet !== null;
    if (bulleted && !bullet && items.length > 0 && /^[\p{Ll}(«"“]/u.test(raw)) {
      items[items.length - 1].title = tidy(`${items[items.length - 1].title} ${raw}`);
      continue;
    }
    if (bulleted !== (bullet !== null)) break;
    const text = bullet ? raw.slice(bullet[0].length) : raw;
    if (!TITLE.test(text) || /:$/u.test(text) || NUMBERED.test(text) || re(SECTION_NEW).test(text) || looksLikePersonLine(text, false)) break;
    items.push({ no: items.length + 1, title: text, line: k + 1 });
  }
  if (items.length < 2 || sectionsAfter(lines, k) !== items.length) return [];
  return items;
}

/** The agenda's heading alone on its line: "ПОВЕСТКА ДНЯ:", "Күн тәртібі", "Повестка заседания:". */
const HEADING_ALONE = re(`^\\s*${AGENDA}\\s*:?\\s*$`);
/** A title opens with a capital letter (or a quote) and runs to a line's length at most. */
const TITLE = /^[«"“]?\p{Lu}.{2,400}$/u;
/** A bullet a copy kept where the numbers were lost, or a typist put instead of them: "* ", "• ", "▪ ", "- ". */
const BULLET = /^[*•▪◦·●○■►➢\-–—]\s*(?=\S)/u;
/** A line opening with its own number: "1. СЛУШАЛИ", "2) О плане". */
const NUMBERED = /^\s*(\d{1,2})\s*[.)](?!\d)\s*\S/u;

/**
 * How many numbered sections the discussion from line k has, one after the other from 1, the first opening a question
 * ("1. СЛУШАЛИ:"); a decision's own points ("1. Информацию принять к сведению.") under a section count not (they restart
 * from 1, where the next section goes on). 0 when the first is no section.
 */
function sectionsAfter(lines: string[], k: number): number {
  let expect = 1;
  for (let j = k; j < lines.length; j++) {
    const m = NUMBERED.exec(lines[j]);
    if (!m || Number(m[1]) !== expect) continue;
    if (expect === 1 && !re(SECTION_NEW).test(lines[j])) return 0;
    expect++;
  }
  return expect - 1;
}
