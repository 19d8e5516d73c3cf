/**
 * Held-out set 198 (redacted documents): a table cell blacked out ("█", "██", "[скрыто]") states nothing and no longer
 * makes its table unread — the row's total is read, a hidden total gives no figure; and a list of events of several kinds
 * under a heading of events in general ("Отдельные мероприятия:", "Іс-шаралар күнтізбесі:"), each line opening with its
 * day, is read item by item (a hidden day leaves that event undated).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const value = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const activities = (text: string) => parseReport(text).activities.map((a) => [a.type, a.date_start]);

describe('a table cell hidden before publishing', () => {
  // A Word table as the .docx reads: a cell a line, each opening with a tab.
  const table = (cells: string[][]) => ['ОТЧЁТ о работе Общественного совета за 2025 год', 'Основные показатели по кварталам',
    ...cells.flat().map((c) => `\t${c}`), '', 'Председатель Совета'].join('\n');
  const header = ['Вид работы', 'I кв.', 'II кв.', 'III кв.', 'IV кв.', 'Итого за 2025 г.'];
  it('a blacked-out quarter leaves the row\'s total read; a blacked-out total states none (not zero)', () => {
    const text = table([header, ['Заседания Общественного совета', '2', '1', '2', '1', '6'], ['Мониторинги', '1', '█', '2', '1', '6'],
      ['Направлено писем в госорганы', '2', '2', '1', '2', '7'], ['Получено ответов на письма', '2', '2', '1', '██', '██']]);
    expect(value(text, 'general_meetings')).toBe(6);
    expect(value(text, 'monitorings')).toBe(6);
    expect(value(text, 'letters_sent')).toBe(7);
    expect(value(text, 'letters_answered')).toBeUndefined();
  });
  it('hidden in brackets, Kazakh or Russian: "[скрыто]", "[жасырылған]" are hidden cells too', () => {
    const text = table([['Көрсеткіш', 'I тоқсан', 'II тоқсан', 'III тоқсан', 'IV тоқсан', 'Барлығы'], ['Кеңес отырыстары', '1', '[жасырылған]', '2', '1', '5'],
      ['Мониторингтер', '1', '1', '[скрыто]', '1', '4']]);
    expect(value(text, 'general_meetings')).toBe(5);
    expect(value(text, 'monitorings')).toBe(4);
  });
  it('near-miss: a cell of words that are no mask ("[см. прим.]") still leaves the table as before (unread)', () => {
    const text = table([header, ['Заседания Общественного совета', '2', '1', '[см. прим.]', '1', '6'], ['Мониторинги', '1', '1', '2', '1', '5']]);
    expect(value(text, 'general_meetings')).toBeUndefined();
  });
});

describe('a list of events of several kinds, each line opening with its day', () => {
  it('Russian, under "Отдельные мероприятия:", a hidden day leaving its event undated', () => {
    const text = ['ОТЧЁТ о работе Общественного совета за 2025 год', '6. Отдельные мероприятия:',
      '14.03.2025 – общественные слушания по проекту благоустройства площади;', '██.06.2025 – мониторинг [наименование объекта скрыто];',
      '22.08.2025 – круглый стол «Качество питьевой воды»;', '09.10.2025 – мониторинг подготовки школ к отопительному сезону.',
      '7. Освещение деятельности. Опубликовано 30 материалов.'].join('\n');
    expect(activities(text)).toEqual([['public_hearing', '2025-03-14'], ['monitoring', null], ['round_table', '2025-08-22'], ['monitoring', '2025-10-09']]);
  });
  it('Kazakh, under "Іс-шаралар күнтізбесі:", days without their year', () => {
    const text = ['2026 жылғы 9 айдағы жұмыс туралы есеп', '', 'Іс-шаралар күнтізбесі:', '11.03 – қалалық ТҮКШ бөлімінің есебін тыңдау',
      '08.07 – қоғамдық тыңдау', '24.09 – диалогтық алаң', ''].join('\n');
    expect(activities(text)).toEqual([['report_hearing', '2026-03-11'], ['public_hearing', '2026-07-08'], ['dialog_platform', '2026-09-24']]);
  });
  it('near-miss: a plan of events is no list of events held', () => {
    const text = ['ОТЧЁТ о работе Общественного совета за 2025 год', 'План мероприятий на 2026 год:', '14.03.2026 – общественные слушания;',
      '22.08.2026 – круглый стол;', '09.10.2026 – мониторинг школ.', ''].join('\n');
    expect(activities(text)).toEqual([]);
  });
  it('near-miss: a numbered calendar stays the numbered list it is (held-out 197\'s Atyrau): each event once', () => {
    const text = ['Тоқсандық есеп, 2026 жылғы III тоқсан', '', 'Тоқсандағы іс-шаралар күнтізбесі:', '1. 08.07.2026 – Жастар орталығының қызмет сапасына мониторинг;',
      '2. 23.07.2026 – «Жұмыспен қамту – жастар үшін» дөңгелек үстелі;', '3. 03.09.2026 – Құлсары қаласындағы жатақханалар мониторингі.', ''].join('\n');
    expect(activities(text)).toEqual([['monitoring', '2026-07-08'], ['round_table', '2026-07-23'], ['monitoring', '2026-09-03']]);
  });
});
