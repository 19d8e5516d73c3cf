/**
 * A word-for-word record (стенограмма): each turn opens with its speaker in capitals and initials, a colon after
 * ("КУАНЫШБЕКОВ Е.Т.: Против?", "АБЕНОВА Д.Р.: Семь.", its role in brackets: "ЕРГАЛИЕВ Т.С. (отдел ЖКХ): …"), a member's own short reply on a line of its own after a dash
 * ("— Здесь."). The speaker of a line, and what is said on it.
 */
const SPEAKER = /^\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ'’-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ'’-]+)?\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?)(?:\s*\([^()]{1,60}\))?\s*:\s*/u;

export function speakerOf(line: string): { speaker: string; said: string } | null {
  const m = SPEAKER.exec(line);
  return m ? { speaker: m[1].replace(/\s+/g, ' '), said: line.slice(m[0].length) } : null;
}

/** How many turns make a text a word-for-word record rather than a protocol quoting a speaker or two. */
const TURNS = 6;

/** Whether the text is told turn by turn: many lines open with their speaker. */
export function isTranscript(lines: string[]): boolean {
  return lines.filter((l) => speakerOf(l) !== null).length >= TURNS;
}
