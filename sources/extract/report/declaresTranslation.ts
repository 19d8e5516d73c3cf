/**
 * A line that says the text is given (in part) in the other language too: a translation's label opening a passage
 * ("   Перевод: В январе–июне 2026 года проведено 4 заседания …", "Аудармасы: …"), or a heading of the version or summary
 * in the other language ("ҚЫСҚАША МАЗМҰНЫ (қазақ тілінде)", "=== На русском языке ===", "(с кратким изложением на казахском
 * языке)", "(2, 4 және 6-бөлімдердің орыс тіліндегі аудармасы қоса беріліп отыр)", set 178). Only a line's opening or a
 * bracketed or ruled heading: a sentence that tells of publications "на казахском языке" declares nothing.
 */
const TRANSLATION_LABEL = /^[\s=*#>–—-]*(?:перевод|аударма(?:сы)?|краткое\s+(?:содержание|изложение))\s*[:.(–—-]/iu;
const OTHER_LANGUAGE = '(?:на\\s+(?:русском|казахском|государственном)\\s+языке|(?:қазақ|орыс|мемлекеттік)\\s+тілінде)';
const LANGUAGE_HEADING = new RegExp(`^[\\s=*#>–—-]*(?:[\\p{L}\\s]{0,40}\\(\\s*)?(?:с\\s+кратким\\s+изложением\\s+)?${OTHER_LANGUAGE}\\s*\\)?[\\s=*#:.–—-]*$`, 'iu');
const TRANSLATION_ATTACHED = /^\s*\((?:[^()]{0,60}\s)?(?:қазақ|орыс)\s+тіліндегі\s+(?:аудармасы|нұсқасы|қысқаша\s+мазмұны)|^\s*\([^()]{0,60}(?:перевод|кратк\p{L}+\s+изложени\p{L}*)\s+на\s+(?:русск|казахск|государственн)/iu;

export function declaresTranslation(lines: string[]): boolean {
  return lines.some((l) => TRANSLATION_LABEL.test(l) || LANGUAGE_HEADING.test(l) || TRANSLATION_ATTACHED.test(l));
}
