/**
 * A verbatim record's remarks on the room, in brackets between the speeches (set 160): "(Аплодисменты)", "(Оживление в
 * зале)", "(Смех)", "(Залда күлкі)", "(Қол шапалақтау)", "(Залдан: «Жақсы есеп!»)", "(Связь с Кульсары прерывается)", "(Zoom-да
 * байланыс үзілді, 2 минуттан кейін қалпына келді)". No one says them: blanked, so that the sentence before ends where it
 * ends ("Итого 152 публикации. (Аплодисменты)" over "Для сравнения скажу, что …" is no comparison of the publications) and
 * their numbers count nothing. Only a bracket standing alone on its line or after a sentence's stop, opening with a capital,
 * and naming the room, a sound of it or the connection.
 */
const STAGE = /(^|[.!?…»"]\s*)\(([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^()]{0,120})\)(?=\s*$)/u;
const ROOM = /аплодисмент|оживлени|смех|(?<![\p{L}])шум|в\s+зал[еу]|из\s+зала|пауза|связь|отключ|подключ|залда|залдан|күлкі|шапалақ|у-шу|ду-ду|байланыс|үзіліс|дауыс(?:тар)?(?![\p{L}])/iu;

export function withoutStageDirections(lines: string[]): string[] {
  return lines.map((line) => {
    const m = STAGE.exec(line);
    if (!m || !ROOM.test(m[2])) return line;
    return line.slice(0, m.index + m[1].length).trimEnd();
  });
}
