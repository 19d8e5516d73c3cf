/**
 * A count corrected further down ("Түзету: мониторинг 4 емес, 5") is read with its new value where it was first stated;
 * its quote stays the document's line as written, followed by the line that corrects it (session 12's review: the quote
 * showed the corrected number, a line the document never wrote).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric);

describe('a corrected count quoted as written', () => {
  it('Kazakh chat: the value is the correction, the quote is both lines as written', () => {
    const got = figure('2025 жылғы III тоқсандағы есеп\n08.07 – мониторинг жүргізілді – 4\nТүзету: мониторинг 4 емес, 5\n', 'monitorings');
    expect(got?.value).toBe(5);
    expect(got?.line).toBe(2);
    expect(got?.text).toBe('08.07 – мониторинг жүргізілді – 4 … Түзету: мониторинг 4 емес, 5');
  });

  it('Russian draft: "Поправка: мониторингов не 4, а 5"', () => {
    const got = figure('Отчет за III квартал 2025 года\nПроведено мониторингов – 4.\nПоправка: мониторингов не 4, а 5.\n', 'monitorings');
    expect(got?.value).toBe(5);
    expect(got?.text).toBe('Проведено мониторингов – 4. … Поправка: мониторингов не 4, а 5.');
  });

  it('a line nothing corrects is quoted as it is', () => {
    const got = figure('Отчет за III квартал 2025 года\nПроведено мониторингов – 4.\nПроведено 2 круглых стола.\n', 'monitorings');
    expect(got).toMatchObject({ value: 4, text: 'Проведено мониторингов – 4.' });
  });
});
