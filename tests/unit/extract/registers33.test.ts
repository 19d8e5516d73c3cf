/**
 * Registers of events (session 33, seen in set 108 at the session's end): a table's column of the people an event reached
 * ("Кол-во участников (чел.)", "Охват", "Қатысушылар саны", "Қамту, адам") counts people, never the row's events — in a
 * register of events and in a summary by type beside the events' own count (flattenFigureTables: PEOPLE_HEAD).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figuresOf = (title: string, lines: string[]) => Object.fromEntries(parseReport([title, '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));

describe('a column of participants is no count of events', () => {
  it('ru: a summary by type, events and participants side by side — the events', () => {
    expect(figuresOf('Отчёт Общественного совета за октябрь 2026 года', [
      'Вид мероприятия | Кол-во мероприятий | Кол-во участников',
      'Мониторинги | 3 | 16',
      'Круглые столы | 1 | 33',
      'Диалоговые площадки | 1 | 29',
    ])).toEqual({ monitorings: 3, round_tables: 1, dialog_platforms: 1 });
  });
  it('kk: the same with "Қатысушылар саны" and "Қамту, адам"', () => {
    const figures = figuresOf('Қоғамдық кеңестің 2026 жылғы қазан айындағы есебі', [
      'Іс-шара түрі | Саны | Қатысушылар саны | Қамту, адам',
      'Мониторинг | 2 | 14 | 300',
      'Дөңгелек үстел | 1 | 45 | 1 100',
    ]);
    expect(figures.monitorings).toBe(2);
    expect(figures.round_tables).toBe(1);
  });
  it('near miss: a register whose only count column is the participants\' gives no count of events from it', () => {
    const figures = figuresOf('Отчёт Общественного совета за октябрь 2026 года', [
      '№ | Дата | Мероприятие | Место | Кол-во участников (чел.) | Ответственный',
      '1 | 02.10.2026 | Мониторинг подвоза учащихся | с. Бейнеу | 7 | Есбергенов Н.Ж.',
      '2 | 15.10.2026 | Диалоговая площадка с предпринимателями | палата предпринимателей | 29 | Курманалиев А.М.',
    ]);
    expect(figures.monitorings).not.toBe(7);
    expect(figures.dialog_platforms).not.toBe(29);
  });
});
