/**
 * Session 41's classes from set 166 (recommendations and their follow-up): a decision voted point by point — in a table
 * whose rows are numbered as an outline ("2.1.", "2.2."), or under a legend with a point's label wrapped onto the next line
 * — and a summary of the period set out with dot leaders, its sub-rows no events. Invented people throughout.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const HEAD = ['ПРОТОКОЛ № 7', '9 декабря 2026 года', ''];

describe('a decision voted point by point in a table, its rows numbered as an outline', () => {
  it('"2.1. …<tab>9 0<tab>0<tab>принято": the narrow columns of a PDF run together, each point a vote', () => {
    expect(votesOf([...HEAD, 'Пункт решения\tЗа Против Воздерж.\tИтог', '2.1. Рекомендовать отделу провести ревизию 4 котельных\t9 0\t0\tпринято', '2.2. Рекомендовать КСК вывешивать графики\t6 2\t1\tпринято', '2.3. Перенести сроки ремонта на 2027 год\t3 5\t1\tне принято']))
      .toEqual([[9, 0, 0, 'adopted'], [6, 2, 1, 'adopted'], [3, 5, 1, 'rejected']]);
  });

  it('Kazakh, a fixed-width table: "1.2) …   7   1   0   қабылданды"', () => {
    expect(votesOf([...HEAD, 'Тармақ Жақтап Қарсы Қалыс Нәтиже', '1.1) Ақпарат назарға алынсын            8   0   0   қабылданды', '1.2) Ұсынымдар орындалды деп танылсын   7   1   0   қабылданды']))
      .toEqual([[8, 0, 0, 'adopted'], [7, 1, 0, 'adopted']]);
  });

  it('near miss: a date in a row\'s label is no outline number ("20.12.2026 9 0 0" is the counts after it)', () => {
    expect(votesOf([...HEAD, 'Пункт решения\tЗа Против Воздерж.\tИтог', '2.1. Провести промывку до 20.12.2026\t9 0\t0\tпринято'])).toEqual([[9, 0, 0, 'adopted']]);
  });
});

describe('points voted under a legend, a point\'s label wrapped onto the next line', () => {
  const legend = ['Шешім жобасы тармақтар бойынша дауысқа қойылды', '(жақтап / қарсы / қалыс):'];
  it('"1.3. … мәслихатқа" / "     жолдансын (…) ...... 2 / 5 / 1": one row, not the end of the table', () => {
    expect(votesOf([...HEAD, ...legend, '1.1. Ақпарат назарға алынсын ............. 8 / 0 / 0', '1.2. Ұсынымдар орындалды деп танылсын ...... 7 / 0 / 1', '1.3. Қабылданбаған ұсыным облыстық мәслихатқа', '     жолдансын (Досжанов Б.Е. ұсынысы) ....... 2 / 5 / 1']).map((v) => v.slice(0, 3)))
      .toEqual([[8, 0, 0], [7, 0, 1], [2, 5, 1]]);
  });

  it('Russian, the label going on in lower case', () => {
    expect(votesOf([...HEAD, 'Голосование по пунктам (за / против / воздержались):', '1. Принять информацию к сведению – 9 / 0 / 0', '2. Направить рекомендации управлению', 'и акимату района – 6 / 2 / 1']).map((v) => v.slice(0, 3)))
      .toEqual([[9, 0, 0], [6, 2, 1]]);
  });

  it('near miss: a line of words after the last row ends the table — it is no row\'s label', () => {
    expect(votesOf([...HEAD, ...legend, '1.1. Ақпарат назарға алынсын ............. 8 / 0 / 0', 'Екінші мәселе бойынша Ермаханов Т.Ж. баяндады.', 'Отырысқа 9 мүше қатысты.']).map((v) => v.slice(0, 3)))
      .toEqual([[8, 0, 0]]);
  });
});

describe('a summary of the period set out with dot leaders', () => {
  it('its dash sub-rows ("– мақұлданды ....... 1") are no events of the row above', () => {
    const x = parseReport(['Кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп', '', 'Тоқсанның жиынтық көрсеткіштері:', '  Кеңес отырыстары ......................... 2',
      '  Меморандумдар ............................ 1', '  Қаралған НҚА жобалары .................... 2', '     – мақұлданды .......................... 1', '     – ескертулермен мақұлданды ............ 1',
      '  Түскен өтініштер ......................... 12', '     – жеке тұлғалардан .................... 11', '     – заңды тұлғалардан ................... 1'].join('\n'));
    expect(x.activities.filter((a) => a.type === 'memorandum')).toEqual([]);
    expect(Object.fromEntries(x.figures.map((f) => [f.metric, f.value]))).toMatchObject({ general_meetings: 2, memoranda: 1, npa_reviewed: 2, appeals_received: 12 });
  });

  it('near miss: dated events under their heading are still read', () => {
    const x = parseReport(['Кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп', '', 'Меморандумдар:', '– 2026 жылғы 30 шілдеде «Аналар үйі» қорымен ынтымақтастық туралы меморандумға қол қойылды;', '– 2026 жылғы 12 тамызда «Жол» бірлестігімен меморандумға қол қойылды.'].join('\n'));
    expect(x.activities.filter((a) => a.type === 'memorandum').map((a) => a.date_start)).toEqual(['2026-07-30', '2026-08-12']);
  });
});
