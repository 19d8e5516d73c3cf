/**
 * Reports of set 183's kind (issue 12): a list of the bodies heard whose items wrap over several lines; a table of members
 * under a caption, which lists no events whatever the text above it names.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

describe('the bodies heard, listed an item each', () => {
  it('items wrapped over three lines are one list: departments and an enterprise counted (ru)', () => {
    const x = parseReport([
      'Отчёт Общественного совета Балхашского района за 9 месяцев 2026 года', '',
      'Заслушивание отчётов. Проведено 3 заслушивания:',
      '- 26 марта – отчёт ГУ «Отдел жилищно-коммунального хозяйства, пассажирского',
      '  транспорта и автомобильных дорог Балхашского района» о подготовке',
      '  к паводку;',
      '- 21 мая – отчёт ГУ «Отдел образования Балхашского района» о летнем',
      '  отдыхе детей;',
      '- 10 сентября – отчёт ГКП на ПХВ «Баканас Жылу» о готовности котельных.',
    ].join('\n'));
    const figure = (m: string) => x.figures.find((f) => f.metric === m)?.value;
    expect([figure('report_hearings'), figure('departments_heard'), figure('subordinate_orgs_heard')]).toEqual([3, 2, 1]);
  });

  it('near miss: a blank line between the items — two lists, no count of bodies', () => {
    const x = parseReport([
      'Отчёт Общественного совета Балхашского района за 9 месяцев 2026 года', '',
      'Заслушивание отчётов. Проведено 2 заслушивания:',
      '- 26 марта – отчёт ГУ «Отдел образования Балхашского района»;', '',
      'Прочее.', '',
      '- 21 мая – отчёт ГУ «Отдел финансов Балхашского района».',
    ].join('\n'));
    expect(x.figures.find((f) => f.metric === 'departments_heard')).toBeUndefined();
  });
});

describe('a table under its caption', () => {
  const report = (caption: string, head: string) => [
    'Қамысты ауданы Қоғамдық кеңесінің 2026 жылғы І жартыжылдықтағы жұмысы туралы есеп', '',
    'Мониторингтер: 2026 жылғы 25 ақпан – мектеп асханалары; 2026 жылғы 14 сәуір – емхана.',
    caption,
    head,
    '1\tСмағұлова Р.Т.\t4\t0\t0\t100',
    '2\tБайтұрсынов Е.М.\t3\t1\t0\t100',
    '3\tКовальчук Н.П.\t3\t0\t1\t75',
  ].join('\n');
  it('a members\' attendance table lists no monitorings, whatever the line above it names (kk)', () => {
    const x = parseReport(report('2-кесте. Мүшелердің Кеңес отырыстарына қатысуы (4 отырыс)', '№\tАты-жөні\tҚатысты (қолы)\tОнлайн\tҚатыспады\tҚатысу, %'));
    expect(x.activities.filter((a) => a.type === 'monitoring').map((a) => a.date_start)).toEqual(['2026-02-25', '2026-04-14']);
  });
  it('Russian: "Таблица 2." over "№ | ФИО | …"', () => {
    const ru = parseReport(report('Таблица 2. Посещаемость заседаний членами Совета', '№\tФИО\tПрисутствовал\tОнлайн\tОтсутствовал\t%'));
    expect(ru.activities.filter((a) => a.type === 'monitoring')).toHaveLength(2);
  });
});
