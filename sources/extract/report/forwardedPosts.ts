/**
 * A channel's digest (Telegram, a copied feed) carries posts forwarded from other channels: "↪️ Сарыағаш аудандық
 * қоғамдық кеңесі арнасынан қайта жіберілді:", "Forwarded from …", "Переслано из канала …". Such a post is another
 * author's — as often as not another council's ("Аудандық кеңес 2025 жылы 4 мониторинг … өткізді") — so its numbers are
 * never the report's. The forwarded post is blanked, lines kept: from its marker to its own footer (views "👁 640") or,
 * without one, to the first blank line. An e-mail's "---------- Forwarded message ----------" (a report sent on,
 * the report itself below it) is no channel's post and is left to the mail's readers.
 */
// A protocol's channel or chat copy carries them too ("↪️ Forwarded from Атырау облыстық мәслихаты" / "Мәслихаттың XV
// сессиясы: 27 депутаттың 24-і қатысты, … бірауыздан қабылданды"): `keep` tells a post that is the document itself (the
// protocol forwarded into the chat, its title inside), which stays.
export function blankForwardedPosts(lines: string[], keep: (post: string[]) => boolean = () => false): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!FORWARDED.test(lines[i])) continue;
    const end = postEnd(lines, i);
    if (keep(lines.slice(i, end + 1))) continue;
    for (let k = i; k <= end; k++) out[k] = '';
    i = end;
  }
  return out;
}

/**
 * A forward's marker: the channel it came from and the word "forwarded", in Russian, Kazakh or English. The e-mail
 * marker between dashes is not one.
 */
const FORWARDED = new RegExp(
  [
    '^\\s*(?:↪️?\\s*)?forwarded\\s+from\\s+\\S',
    '^\\s*(?:↪️?\\s*)?(?:переслано|пересланное\\s+сообщение|репост)\\s+(?:из|от)\\s+\\S',
    '(?:арнасынан|каналынан|парақшасынан)\\s+(?:қайта\\s+)?(?:жіберілді|жіберілген|бөлісілді)\\s*:?\\s*$',
    '^\\s*↪️?\\s*(?:[\\p{L}«»"\\-]+\\s+){1,8}(?:арнасынан|каналынан)(?![\\p{L}])',
  ].join('|'),
  'iu',
);
/** A post's footer in a copied channel: its views ("👁 2,3K", "просмотров: 640"). */
const FOOTER = /👁|(?<![\p{L}])(?:просмотр[\p{L}]*|қаралым[\p{L}]*|views?)(?![\p{L}])/iu;
/** A date line between posts ("──── 29 қыркүйек 2025 ────"). */
const SEPARATOR = /^\s*[─—–-]{3,}.*[─—–-]{3,}\s*$/u;

/** The forwarded post's last line: its footer, else the line before the first blank line (or a date line, or another forward). */
function postEnd(lines: string[], at: number): number {
  for (let k = at + 1; k < lines.length; k++) {
    if (FOOTER.test(lines[k])) return k;
    if (lines[k].trim() === '' || SEPARATOR.test(lines[k]) || FORWARDED.test(lines[k])) return k - 1;
  }
  return lines.length - 1;
}
