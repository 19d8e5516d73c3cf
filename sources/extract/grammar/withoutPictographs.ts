/**
 * Emoji a messenger's or a social network's post sets beside its words ("Жақтап 👍", "Қалыс 🤷‍♂️", "қабылданды ✅",
 * "🗳 Голосование"): a decoration no word of the text, read as nothing. Each pictograph with what goes with it — its
 * variation selector, a skin tone, a joiner and the pictographs it joins, a keycap's mark — and the spaces it stood
 * between, one space kept. Digits and letters are never touched (a keycap's digit "1️⃣" stays "1", its mark dropped,
 * for plainCharacters reads keycaps as list numbers before this).
 */
export function withoutPictographs(text: string): string {
  if (!PICTOGRAPH.test(text)) return text;
  return text.replace(PICTOGRAPHS, ' ').replace(/\s{2,}/gu, ' ').trim();
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PICTOGRAPHS = /\s*(?:\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*)+\uFE0F?\s*/gu;
