/**
 * Session 22's table classes (issue 12): fields a report's layout hides or lends to the wrong reader — a form's row
 * answered "1" read as one event, … Each in ru and kk, with near-misses that must not be read. The documents' phrasings,
 * invented people.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за I квартал 2025 года\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы І тоқсандағы жұмысы туралы ақпарат\n\n';
const read = (text: string) => parseReport(`${text}\n`);

describe('a form\'s row answered "1" counts its kind and names no event (report/oneCountedEvents)', () => {
  const ruForm = (row: string) =>
    `${RU}5. Проведено заседаний Общественного совета\n2\n\n6. Проведено заседаний постоянных комиссий\n5\n\n${row}\n1\n\n10. Поступило обращений\n4\n`;
  it('ru: "9. Проведено общественных мониторингов" / "1" (held-out 35, the Ministry of Transport\'s form) is a count, no activity', () => {
    const x = read(ruForm('9. Проведено общественных мониторингов'));
    expect(figureMap(x)).toMatchObject({ monitorings: 1 });
    expect(activityList(x)).toEqual([]);
  });
  it('ru: "9. Количество круглых столов" / "1"', () => {
    const x = read(ruForm('9. Количество круглых столов'));
    expect(figureMap(x)).toMatchObject({ round_tables: 1 });
    expect(activityList(x)).toEqual([]);
  });
  it('kk: "9. Өткізілген мониторингтер саны" / "1"', () => {
    const x = read(`${KK}5. Кеңес отырыстарының саны\n2\n\n6. Комиссия отырыстарының саны\n5\n\n9. Өткізілген мониторингтер саны\n1\n\n10. Түскен өтініштер саны\n4\n`);
    expect(figureMap(x)).toMatchObject({ monitorings: 1 });
    expect(activityList(x)).toEqual([]);
  });
  it('near-miss: a list item that names its one event stays that event', () => {
    const ru = read(`${RU}Основные итоги квартала:\n\n  • заседания Общественного совета (2);\n  • меморандум о сотрудничестве с Ассоциацией перевозчиков (1).`);
    expect(ru.activities.map((a) => a.type)).toEqual(['memorandum']);
    const kk = read(`${KK}Негізгі қорытындылар:\n  – Кеңес отырыстары (2);\n  – тасымалдаушылар қауымдастығымен ынтымақтастық туралы меморандум (1).`);
    expect(kk.activities.map((a) => a.type)).toEqual(['memorandum']);
  });
});
