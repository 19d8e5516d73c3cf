/**
 * Lists as secretaries type them, and the resolution that once came out with
 * "numbering starts at 3" because its "2." was indented with a tab.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../../sources/readers/readDocumentText.ts';
import { examplePath } from '../../../helpers/examples.ts';

const messages = (text: string) => parseReport(text).issues.map((i) => i.message);
const types = (text: string) => parseReport(text).activities.map((a) => [a.type, a.date_start]);

describe('report lists', () => {
  it('the Majilis resolution states nothing, and its tab-indented "2." with a "1)…3)" sub-list is one list', async () => {
    const x = parseReport(await readDocumentText(examplePath('resolution-majilis-2022-10-14.txt')));
    expect(x.figures).toEqual([]);
    expect(x.media).toEqual([]);
    expect(x.activities).toEqual([]);
    expect(x.issues.map((i) => i.message)).toEqual(['no period stated; 2022 taken from the dates in the text']);
  });

  const head = 'Отчет за 2024 год\n\nПроведены круглые столы:\n';

  it('mixed "1." and "2)", a tab before a number, dash sub-items: one item each', () => {
    const text = head + '1. «Первый» – 5 марта;\n\t2) «Второй» – 6 апреля;\n   - первая часть;\n   - вторая часть;\n3. «Третий» – 7 мая.\n';
    expect(types(text)).toEqual([['round_table', '2024-03-05'], ['round_table', '2024-04-06'], ['round_table', '2024-05-07']]);
    expect(messages(text)).toEqual([]);
  });

  it('a gap in the numbering is an issue, the items after it still count', () => {
    const text = head + '1. «А» – 5 марта;\n2. «Б» – 6 апреля;\n4. «В» – 7 мая.\n';
    expect(types(text)).toHaveLength(3);
    expect(messages(text)).toEqual(['numbering jumps from 2 to 4']);
  });

  it('a "1) 2)" sub-list under "1." is part of that item, not a new list', () => {
    const text = head + '1. «А» – 5 марта, в том числе:\n1) секция один;\n2) секция два;\n2. «Б» – 6 апреля.\n';
    expect(types(text)).toEqual([['round_table', '2024-03-05'], ['round_table', '2024-04-06']]);
    expect(messages(text)).toEqual([]);
  });

  it('numbered section titles between blank lines are no list', () => {
    const text = 'Отчет за 2024 год\n\n   2. Круглые столы\n\nПроведен 1 круглый стол 5 марта 2024 г.\n\n   3. Мониторинг\n\nТекст.\n';
    expect(messages(text)).toEqual([]);
    expect(parseReport(text).activities.map((a) => a.title)).not.toContain('Круглые столы');
  });

  it('numbered section titles followed straight by their paragraph are no list, nor the end of the list above', () => {
    const ru = 'Отчет о работе совета за 2025 год\n\n1. Состав\nВ Совет входят 25 членов, работают четыре комиссии.\n\n2. Заслушивание отчетов\n'
      + 'Заслушаны отчеты 3 органов, в том числе управления образования.\n\n3. Мероприятия\nКруглые столы:\n1) «Первый» – 5 марта;\n2) «Второй» – 6 апреля.\n\n'
      + '4. Обращения граждан\nВ Совет поступило 23 обращения граждан и организаций.\n';
    expect(types(ru)).toEqual([['round_table', '2025-03-05'], ['round_table', '2025-04-06']]);
    expect(messages(ru)).toEqual([]);
    const kk = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n2. Отырыстар\nЕсепті кезеңде Кеңестің 5 отырысы өткізілді деп есептеледі.\n\n'
      + '3. Мемлекеттік органдардың есептерін тыңдау\nКеңес отырыстарында 7 мемлекеттік органның есебі тыңдалды.\n\nДөңгелек үстелдер:\n'
      + '1. «Жастар» – 2025 жылғы 12 наурызда;\n2. «Экология» – сәуірдің 24-і.\n\n6. Азаматтардың өтініштері\nКеңеске 64 өтініш түсті, барлығына жауап берілді.\n';
    expect(types(kk)).toEqual([['round_table', '2025-03-12'], ['round_table', '2025-04-24']]);
    expect(messages(kk).filter((m) => /numbering|listed/.test(m))).toEqual([]);
  });

  it('Kazakh dates in list items take the year from the period', () => {
    const text = 'Есеп 2024 жыл\n\nДөңгелек үстелдер өткізілді:\n1) «А» – шілденің 6-сы;\n2) «Б» – 5-наурызда;\n3) «В» – 2024 жылғы 12 сәуірде;\n4) «Г» – 15.06.2024 ж.\n';
    expect(types(text)).toEqual([['round_table', '2024-07-06'], ['round_table', '2024-03-05'], ['round_table', '2024-04-12'], ['round_table', '2024-06-15']]);
  });
});
