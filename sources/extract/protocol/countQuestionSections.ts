import { re } from './re.ts';

/** The ordinals a discussion's sections are named by, ru and kk, first to twelfth. */
export const RU_ORDINALS = ['перв', 'втор', 'трет', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат'];
export const KK_ORDINALS = ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы', 'оныншы', 'он\\s+бірінші', 'он\\s+екінші'];

/** The number an ordinal word says ("второму" 2, "третье" 3, "екінші" 2, "үшіншісі" 3), or null when it is none of them. */
export function ordinalNumber(word: string): number | null {
  const ru = RU_ORDINALS.findIndex((o) => re(`^${o}`).test(word));
  if (ru >= 0) return ru + 1;
  const kk = KK_ORDINALS.findIndex((o) => re(`^${o}`).test(word));
  return kk >= 0 ? kk + 1 : null;
}

/**
 * A heading of the discussion of one question, alone at the start of its line: "ПО ПЕРВОМУ ВОПРОСУ", "По третьему вопросу
 * повестки дня:", "По вопросу № 2", "2. ЕКІНШІ МӘСЕЛЕ БОЙЫНША", "Бірінші мәселе бойынша:", "3-мәселе бойынша". Group 1 is
 * the ordinal's stem (ru), 2 the Kazakh ordinal, 3 a number.
 */
const SECTION = re(
  `^\\s*(?:\\d{1,2}\\s*[.)]\\s*)?(?:по\\s+(${RU_ORDINALS.join('|')})[\\p{L}]*\\s+вопрос[\\p{L}]*|по\\s+вопросу\\s*№?\\s*(\\d{1,2})|(${KK_ORDINALS.join('|')})\\s+мәселе\\s+бойынша|(\\d{1,2})\\s*-\\s*мәселе\\s+бойынша)(?![\\p{L}])`,
);

/**
 * The highest question a protocol's discussion is headed by, one section a question: what an agenda read short of it
 * has lost (an agenda cut by a layout not read gives a count that is false, not one missing). 0 when no section is headed so.
 */
export function countQuestionSections(lines: string[]): number {
  return Math.max(0, ...questionSectionsOf(lines).map((s) => s.no));
}

/** The headings of the discussion's sections ("По второму вопросу …", "2-мәселе бойынша"): each question's number and its line (0-based). */
export function questionSectionsOf(lines: string[]): { no: number; at: number }[] {
  const out: { no: number; at: number }[] = [];
  lines.forEach((line, at) => {
    const no = sectionNumberOf(line);
    if (no !== null) out.push({ no, at });
  });
  return out;
}

/** The question a line heads a section of ("По второму вопросу …" 2, "3-мәселе бойынша" 3; 0 for an ordinal not read), or null. */
export function sectionNumberOf(line: string): number | null {
  const m = SECTION.exec(line);
  if (!m) return null;
  const ordinal = m[1] ?? m[3];
  return ordinal !== undefined ? ordinalNumber(ordinal) ?? 0 : Number(m[2] ?? m[4]);
}
