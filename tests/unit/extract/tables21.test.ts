/**
 * Session 21, tables helper: the cases of issue 12 this helper fixed, each with its variants and a near-miss.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start} ${a.line}`);

describe('a list heading whose bracket tells the items\' dates', () => {
  // Held-out 54's education report: "(даты выезда)" read as a site visit made the heading name two types, and none of
  // the six dated monitorings named either — all six lost.
  it('"IV. Мониторинги (даты выезда):" lists monitorings', () => {
    expect(activities(`ОТЧЕТ Общественного совета за 2024 год

IV. Мониторинги (даты выезда):
• 31.01.2024 – горячее питание учащихся, школы Ауэзовского района;
• 06.03.2024 – соблюдение порядка приема в 1 класс.
`)).toEqual(['monitoring 2024-01-31 4', 'monitoring 2024-03-06 5']);
  });

  it('"Проведены мониторинги (с датами выездов):" lists monitorings', () => {
    expect(activities(`ОТЧЕТ Общественного совета за 2024 год

Проведены мониторинги (с датами выездов):
1) 14.02.2024 – работа поликлиники № 5;
2) 22.05.2024 – подвоз детей из мкр. Алгабас.
`)).toEqual(['monitoring 2024-02-14 4', 'monitoring 2024-05-22 5']);
  });

  it('"Қоғамдық мониторингтер (бару күндері):" lists monitorings', () => {
    expect(activities(`2024 жылғы есеп

4. Қоғамдық мониторингтер (бару күндері):
– 12.02.2024 – №5 емхананың жұмысы;
– 20.05.2024 – мектеп асханалары.
`)).toEqual(['monitoring 2024-02-12 4', 'monitoring 2024-05-20 5']);
  });

  it('near miss: visits named outside the bracket ("Мониторинги и выезды (даты):") leave untyped items untyped', () => {
    expect(activities(`ОТЧЕТ Общественного совета за 2024 год

IV. Мониторинги и выезды (даты):
• 31.01.2024 – горячее питание учащихся, школы Ауэзовского района;
• 06.03.2024 – соблюдение порядка приема в 1 класс.
`)).toEqual([]);
  });
});

describe('a paragraph under a borderless table of two rows or more', () => {
  const read = (runs: Parameters<typeof textPdf>[0][number]) => readPdfText(textPdf([runs]), 'case.pdf');
  // Held-out 39's Isatay protocol: place and date over hall and time, the time the page's rightmost text as a wrapped
  // line's end is; the first paragraph was run onto the time's cell and the members' total ("он үш мүше") lost.
  it('starts a line of its own under the time at the right edge (place / hall, date / time)', async () => {
    expect(await read([
      { x: 57, y: 780, text: 'Akkystau village,' }, { x: 510, y: 780, text: '23.04.2025', marked: true },
      { x: 57, y: 767, text: 'district hall of the akimat' }, { x: 505, y: 767, text: '10.00 - 12.45', marked: true },
      { x: 57, y: 754, text: 'The council has thirteen members. Nine of them were present at the opening of the meeting, and one more came' },
      { x: 57, y: 741, text: 'later; ten in all.' },
    ])).toBe('Akkystau village,\t23.04.2025\ndistrict hall of the akimat\t10.00 - 12.45\nThe council has thirteen members. Nine of them were present at the opening of the meeting, and one more came later; ten in all.\n');
  });

  // Held-out 32's Mintourism protocol: "Дом министерств, … зал 1407 | 15.00 ч." over "Председатель – …".
  it('starts a line of its own under three rows (city / date / hall, number / room / hour)', async () => {
    expect(await read([
      { x: 57, y: 780, text: 'Astana' }, { x: 520, y: 780, text: 'No. 4', marked: true },
      { x: 57, y: 767, text: '12 November 2025' }, { x: 520, y: 767, text: 'hall 1407', marked: true },
      { x: 57, y: 754, text: 'House of Ministries, entrance 14' }, { x: 530, y: 754, text: '15.00 h.', marked: true },
      { x: 57, y: 741, text: 'Chairman - Baitursynova A.' },
    ])).toBe('Astana\tNo. 4\n12 November 2025\thall 1407\nHouse of Ministries, entrance 14\t15.00 h.\nChairman - Baitursynova A.\n');
  });

  it('near miss: a single line with a cell at a tab stop, its text at the right edge, still wraps onto the next line', async () => {
    expect(await read([
      { x: 57, y: 780, text: 'Item 1' }, { x: 150, y: 780, text: 'The council heard the report of the department of education on the readiness of all the', marked: true },
      { x: 57, y: 767, text: 'schools of the district.' },
      { x: 57, y: 754, text: 'The decision was taken.' },
    ])).toBe('Item 1\tThe council heard the report of the department of education on the readiness of all the schools of the district.\nThe decision was taken.\n');
  });
});
