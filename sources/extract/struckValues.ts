import { ERRATA } from './statedCorrections.ts';

/**
 * A corrected copy keeps the value it replaced in a bracket after the new one: "Проведено 8 (было 7) мониторингов",
 * "Присутствовали: 10 (было 11) членов Совета", a Word cell "6 (было 5)", "Telegram – 22 (бұрын 18)". Where the document
 * says it is a corrected one ("Экземпляр с исправлениями", "(в редакции от 02.12.2026 – с исправлениями секретаря)", "2-е
 * издание, исправленное", "прежние значения указаны в скобках с пометкой «было»", "түзетілген нұсқа"), the bracket holds
 * the struck value: it is blanked (its columns kept), so that the count before it reads alone and the old one never does
 * (set 159's Bautino, Kushmurun, Maikain). Without such a word "было" may be last year's ("мониторингов в два раза больше
 * (было 3)", set 147): left alone. Only a bracket right after a count, holding a count and nothing more.
 */
const STRUCK = /(?<=(?<![\d.,])\d{1,5}\s?)\(\s*(?:было|ранее|бұрын(?:ғы)?)\s*[:\-–—]?\s*\d{1,5}\s*\)/giu;

export function withoutStruckValues(lines: string[]): string[] {
  if (!lines.some((l) => ERRATA.test(l) || /«было»|«бұрын(?:ғы)?»/iu.test(l))) return lines;
  return lines.map((l) => l.replace(STRUCK, (m) => ' '.repeat(m.length)));
}
