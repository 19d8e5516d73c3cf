/**
 * A list's length is a figure only when nothing above it counts for itself: "Совет заслушал отчёты пяти руководителей.
 * Это руководители четырёх отделов акимата:" over four departments gave report_hearings 4 (held-out set 37, Shemonaikha,
 * scored blind in session 13: five were stated). With a count between the heading and the list, the list's length is
 * a candidate for the review.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const read = (text: string) => {
  const r = parseReport(text);
  return { figure: r.figures.find((f) => f.metric === 'report_hearings')?.value, candidate: r.candidates.find((c) => c.metric === 'report_hearings')?.value };
};
const LIST = ' - ГУ «Отдел образования»;\n - ГУ «Отдел занятости»;\n - ГУ «Отдел сельского хозяйства»;\n - ГУ «Отдел ЖКХ».\n';

describe('a list under text that counts for itself', () => {
  it('ru: the departments listed under "отчёты пяти руководителей" are no count of hearings', () => {
    const got = read(`Отчет о деятельности Общественного совета за 2025 год\n\nIII. Заслушивание отчётов государственных органов\n\nСовет заслушал отчёты пяти руководителей. Это руководители четырёх отделов акимата района:\n${LIST}`);
    // "пяти руководителей" is read since session 14 (reports37ruClasses.test.ts): the stated five, the list's four a candidate.
    expect(got.figure).toBe(5);
    expect(got.candidate === undefined || got.candidate === 4).toBe(true);
  });
  it('kk variant: "бес басшының есебі тыңдалды, олардың төртеуі – бөлім басшылары:"', () => {
    const got = read(`Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\nIII. Есептерді тыңдау\n\nКеңесте бес басшының есебі тыңдалды, олардың төртеуі – бөлім басшылары:\n - білім бөлімі;\n - жұмыспен қамту бөлімі;\n - ауыл шаруашылығы бөлімі;\n - ТКШ бөлімі.\n`);
    expect(got.figure === undefined || got.figure === 5).toBe(true);
  });
  it('near-miss: a list right under its heading still gives its length', () => {
    const got = read(`Отчет о деятельности Общественного совета за 2025 год\n\nIII. Заслушаны отчёты:\n${LIST}`);
    expect(got.figure).toBe(4);
  });
});
