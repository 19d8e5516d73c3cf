/**
 * Classes of set 30's reports: a presentation exported as text, its bar chart drawn in block characters over an axis
 * (barCharts.ts), its pie chart's legend of shares and counts (pieLegends.ts), and a row of none that heads no list of
 * its type (readLists.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { readBarCharts } from '../../../../sources/extract/report/barCharts.ts';
import { readPieLegends } from '../../../../sources/extract/report/pieLegends.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const ruTitle = 'ИТОГИ РАБОТЫ ОБЩЕСТВЕННОГО СОВЕТА ЗА III КВАРТАЛ 2025 ГОДА\n\n';
const kkTitle = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ III ТОҚСАНДАҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';

describe('a bar chart in block characters over its axis', () => {
  it('ru: each bar is its row\'s value, a bar of none is 0, the axis ticks are nothing', () => {
    const text = `${ruTitle}МЕРОПРИЯТИЯ III КВАРТАЛА (ед.)\n\n  Мониторинги           ██████████               5\n  Заслушано отчетов     ██████                   3\n  Круглые столы         ████                     2\n  Общественные слушания                          0\n                        0    1    2    3    4    5\n\n  • Отчеты: отдел строительства, отдел ЖКХ\n  • Слушания в III квартале не проводились\n`;
    const r = parseReport(text);
    const f = (m: string) => r.figures.find((x) => x.metric === m)?.value;
    expect(f('monitorings')).toBe(5);
    expect(f('report_hearings')).toBe(3);
    expect(f('round_tables')).toBe(2);
    expect(f('public_hearings')).toBe(0);
    // the notes under the chart are no list of hearings: the last bar's row of none heads nothing
    expect(r.activities.filter((a) => a.type === 'public_hearing')).toHaveLength(0);
  });
  it('kk, another scale and shade: "Дөңгелек үстелдер ▓▓▓▓▓▓ 6" over "0 2 4 6"', () => {
    const text = `${kkTitle}ІС-ШАРАЛАР\n\nМониторингтер        ▓▓▓▓         4\nДөңгелек үстелдер    ▓▓▓▓▓▓       6\nҚоғамдық тыңдаулар   ▓▓           2\n                     0    2    4    6\n`;
    expect(figure(text, 'monitorings')).toBe(4);
    expect(figure(text, 'round_tables')).toBe(6);
    expect(figure(text, 'public_hearings')).toBe(2);
  });
  it('near-miss: bars that disagree with their numbers leave every row unread, and the axis is never a count', () => {
    const lines = ['Мониторинги     ██████████   5', 'Круглые столы   ██           4', '                0  1  2  3  4  5'];
    expect(readBarCharts(lines)).toEqual(['', '', '']);
    const text = `${ruTitle}МЕРОПРИЯТИЯ\n\n${lines.join('\n')}\n`;
    expect(figure(text, 'monitorings')).toBeUndefined();
    expect(figure(text, 'round_tables')).toBeUndefined();
  });
  it('near-miss: rows of numbers with no bar over a line of numbers are no chart; a bare "0 1 2" with no rows is untouched', () => {
    const lines = ['Мониторинги     5', 'Круглые столы   4', '0  1  2  3  4  5'];
    expect(readBarCharts(lines)).toEqual(lines);
    expect(readBarCharts(['Текст', '0 1 2'])).toEqual(['Текст', '0 1 2']);
  });
});

describe('a pie chart\'s legend "label  86 %  (12)"', () => {
  it('ru: the counts in brackets are the parts, the shares are not; the chart\'s placeholder hides nothing', () => {
    const text = `${ruTitle}ОБРАЩЕНИЯ\n  [круговая диаграмма] Обращения – 14\n      физические лица   86 %  (12)\n      юридические лица  14 %  (2)\n`;
    expect(figure(text, 'appeals_received')).toBe(14);
    expect(figure(text, 'appeals_individuals')).toBe(12);
    expect(figure(text, 'appeals_legal_entities')).toBe(2);
  });
  it('kk, shares with a decimal comma: "жеке тұлғалар 66,7 % (8)"', () => {
    const text = `${kkTitle}ӨТІНІШТЕР\nӨтініштер – 12\n  жеке тұлғалар    66,7 % (8)\n  заңды тұлғалар   33,3 % (4)\n`;
    expect(figure(text, 'appeals_individuals')).toBe(8);
    expect(figure(text, 'appeals_legal_entities')).toBe(4);
  });
  it('near-miss: shares that are not the counts\' shares leave the legend unread (no share, no count, no label joining the total\'s line)', () => {
    expect(readPieLegends(['физические лица   50 %  (12)', 'юридические лица  50 %  (2)'])).toEqual(['', '']);
    const text = `${ruTitle}ОБРАЩЕНИЯ\nОбращения – 14\n  физические лица   50 %  (12)\n  юридические лица  50 %  (2)\n`;
    expect(figure(text, 'appeals_individuals')).toBeUndefined();
    expect(figure(text, 'appeals_legal_entities')).toBeUndefined();
  });
  it('near-miss: one row of share and count is no legend', () => {
    expect(readPieLegends(['физические лица   86 %  (12)'])).toEqual(['физические лица   86 %  (12)']);
  });
});

describe('a row of none heads no list of its type', () => {
  it('ru and kk: "Общественные слушания – 0" / "Қоғамдық тыңдаулар: 0" over bullets', () => {
    const ru = parseReport(`${ruTitle}Общественные слушания – 0\n\n• Отчеты: отдел строительства\n• Слушания перенесены на ноябрь\n`);
    expect(ru.activities.filter((a) => a.type === 'public_hearing')).toHaveLength(0);
    expect(ru.figures.find((f) => f.metric === 'public_hearings')?.value).toBe(0);
    const kk = parseReport(`${kkTitle}Қоғамдық тыңдаулар: 0\n\n- тыңдау қарашаға ауыстырылды\n- есептер тыңдалды\n`);
    expect(kk.activities.filter((a) => a.type === 'public_hearing')).toHaveLength(0);
  });
  it('near-miss: a row of 2 over its list still heads it', () => {
    const ru = parseReport(`${ruTitle}Круглые столы: 2\n\n- 17.07.2025 – «Туризм»\n- 18.09.2025 – «Транспорт»\n`);
    expect(ru.activities.filter((a) => a.type === 'round_table')).toHaveLength(2);
  });
});

describe('memoranda none concluded', () => {
  const ruYear = 'ОТЧЕТ О РАБОТЕ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
  it('ru: "Меморандумы в отчетном периоде не заключались" after another sentence on the line is memoranda 0', () => {
    expect(figure(`${ruYear}Организовано 3 круглых стола. Меморандумы в отчетном периоде не заключались.\n`, 'memoranda')).toBe(0);
    expect(figure(`${ruYear}В отчетном периоде меморандумы не заключались.\n`, 'memoranda')).toBe(0);
  });
  it('kk: "меморандум жасалған жоқ", "меморандумдар жасалмады"', () => {
    expect(figure(`${kkTitle}Есепті кезеңде меморандум жасалған жоқ.\n`, 'memoranda')).toBe(0);
    expect(figure(`${kkTitle}Есепті кезеңде меморандумдар жасалмады.\n`, 'memoranda')).toBe(0);
  });
  it('near-miss: a contract not concluded is no memorandum; a memorandum concluded is not none', () => {
    expect(figure(`${ruYear}Договоры в отчетном периоде не заключались.\n`, 'memoranda')).toBeUndefined();
    expect(figure(`${ruYear}Заключено 2 меморандума о сотрудничестве.\n`, 'memoranda')).toBe(2);
  });
});
