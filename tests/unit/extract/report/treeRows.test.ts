/**
 * Figures drawn as a tree ("├── Отырыстар: барлығы 33", "│   ├── Кеңес отырыстары: 5"): each branch read as a row set in
 * under its parent (treeRows.ts, dotLeaderRows); a total "барлығы/всего N" over branches is a sum of kinds, no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { treeBranchAsRow } from '../../../../sources/extract/report/treeRows.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const ruTitle = 'ИТОГИ РАБОТЫ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
const kkTitle = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';

describe('figures drawn as a tree', () => {
  it('kk: branches with their counts, a parent with parts under it', () => {
    const text = `${kkTitle}Қоғамдық кеңес\n├── Бақылау\n│   ├── есептерді тыңдау: 7\n│   │   └── ведомстволық бағынысты ұйымдар: 1\n│   ├── қоғамдық мониторинг: 9\n│   └── НҚА жобалары: 18\n└── Өтініштер мен хаттар\n    ├── түскен өтініштер: 40\n    └── жауап берілгені: 36\n`;
    expect(figure(text, 'report_hearings')).toBe(7);
    expect(figure(text, 'monitorings')).toBe(9);
    expect(figure(text, 'npa_reviewed')).toBe(18);
    expect(figure(text, 'appeals_received')).toBe(40);
  });
  it('ru: a tree typed with "|" and "└──", a bracket after a count', () => {
    const text = `${ruTitle}Общественный совет\n├── Контроль\n|   ├── мониторингов: 4 (в т.ч. 1 выездной)\n|   └── проектов НПА рассмотрено: 12\n└── Обращения\n    └── поступило обращений: 25\n`;
    expect(figure(text, 'monitorings')).toBe(4);
    expect(figure(text, 'npa_reviewed')).toBe(12);
  });
  it('near-miss: a total "барлығы 33" over the council\'s, the presidium\'s and the commissions\' meetings is no count of the council\'s meetings', () => {
    const text = `${kkTitle}Қоғамдық кеңес\n├── Отырыстар: барлығы 33\n│   ├── Кеңес отырыстары: 5\n│   └── комиссиялар: 26\n└── Іс-шаралар\n    └── дөңгелек үстел: 4\n`;
    expect(figure(text, 'general_meetings')).not.toBe(33);
    const ru = `${ruTitle}Совет\n├── Заседания: всего 20\n│   ├── заседаний Совета: 4\n│   └── заседаний комиссий: 16\n`;
    expect(figure(ru, 'general_meetings')).not.toBe(20);
  });
  it('a line with no tree glyph is left as it was', () => {
    expect(treeBranchAsRow('Отырыстар: барлығы 33')).toBe('Отырыстар: барлығы 33');
    expect(treeBranchAsRow('│   ├── төралқа: 2')).toBe('        төралқа ........ 2');
  });
});
