import { isHeading } from './isHeading.ts';

/**
 * A summary's heading on its own line: "9. Қорытынды", "IX. Заключение", "Итоги", "Выводы".
 */
const SUMMARY_HEADING = /^\s*(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s*)?(?:қорытынды|заключение|итоги|выводы|итоги\s+работы|жұмыс\s+қорытындысы)\s*[.:]?\s*$/iu;

/**
 * A paragraph that opens as a summary of what the report told: a run-in heading ("Қорытынды. Қорытындылай келе, …",
 * "Заключение. …"), "Итого за полугодие: 4 заседания …", "Жалпы алғанда, …", "Таким образом, за полугодие …",
 * "В заключение …".
 */
const SUMMARY_OPENS = /^\s*(?:(?:қорытынды|заключение|итоги|выводы)\s*[.:–—-]|итого(?:\s+за\s+[\p{L}\s]{2,30}?)?\s*:|қорытындылай\s+келе|жалпы\s+алғанда|таким\s+образом|в\s+заключение|подводя\s+итоги)/iu;

/**
 * The lines of a report's summary: the paragraph under a summary heading (up to the next heading) or a paragraph that
 * opens as a summary (up to a blank line). A summary restates figures the sections stated; when it gives one of them a
 * different number, the document states that figure twice and which one the council stands by is for a person to say
 * (readFigures' addFigure).
 */
export function summaryLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k].trim();
    if (SUMMARY_HEADING.test(text)) {
      let j = k + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      for (; j < lines.length && !isHeading(lines[j].trim()) && !SUMMARY_HEADING.test(lines[j].trim()); j++) {
        if (lines[j].trim() === '' && (lines[j + 1] ?? '').trim() === '') break;
        out.add(j);
      }
    } else if (SUMMARY_OPENS.test(text) && (k === 0 || lines[k - 1].trim() === '' || /[.:]\s*$/u.test(lines[k - 1]))) {
      for (let j = k; j < lines.length && lines[j].trim() !== ''; j++) out.add(j);
    }
  }
  return out;
}
