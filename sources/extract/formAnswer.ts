/**
 * A questionnaire's row, its question answered yes and its count given after "Сколько?" ("3.3. Проведены ли мониторинги?
 * Да ☑ Сколько? 4", "Мониторингтер жүргізілді ме? Иә [x] Саны: 4", "Были ли выездные заседания? – Да, сколько: 2"): the
 * readers read a count beside its noun, so the row is said as its statement — the question's words without their
 * particle, then the count ("3.3. Проведены мониторинги – 4"). The unticked "Нет ☐" is gone already (chosenOptions.ts);
 * a row answered no, or with no number after the question of how many ("Сколько? ______", "Сколько? –"), is left as it
 * is: it states no count. Only a question of one particle ("ли", "ме/ма/ба/бе/па/пе") and at most eight words.
 */
export function formAnswer(line: string): string {
  const m = ROW.exec(line);
  if (m === null) return line;
  const [, head, question, count, rest] = m;
  const words = question.replace(PARTICLE, ' ').trim().split(/\s+/u);
  if (words.length < 2 || words.length > 8 || question === question.replace(PARTICLE, ' ')) return line;
  return `${head}${words.join(' ')} – ${count}${rest}`;
}

const YES = String.raw`(?:да|иә|ия|yes)`;
const TICK = String.raw`(?:[☑☒✓✔✅]|\[\s*[xXхХvV✓]\s*\])`;
const HOW_MANY = String.raw`(?:сколько|количество|в\s+каком\s+количестве|қанша|саны|неше)`;
/** The row: its number, its question, its yes (ticked or not), "how many" and a number (what follows it in brackets or after a comma kept). */
const ROW = new RegExp(String.raw`^(\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?)([^?\d]{3,120}?)\s*\?\s*[–—-]?\s*(?:${YES}\s*${TICK}?|${TICK}\s*${YES})\s*[,.;:–—-]?\s*${HOW_MANY}\s*[?:]?\s*[–—-]?\s*(\d{1,4})(\s*(?:[(;,].*)?)\.?\s*$`, 'iu');
/** The question's particle: Russian "ли", Kazakh "ме/ма/ба/бе/па/пе" after the verb. */
const PARTICLE = /(?<=\s|^)(?:ли|ме|ма|ба|бе|па|пе)(?=\s|$)/giu;
