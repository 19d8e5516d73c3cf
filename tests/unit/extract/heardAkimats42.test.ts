/**
 * A district's (or city's) akimat among the bodies heard, listed one an item under the count of hearings (set 181): it
 * is a body of its own kind, the district akimats heard, and no longer makes the list unreadable (every item's kind told,
 * so the departments and enterprises among them are counted too). Near misses: a rural okrug's or the oblast's akimat, a department of the
 * akimat, an item naming the akimat and an enterprise. The figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { namesDistrictAkimat } from '../../../sources/extract/report/bodyKindOf.ts';

const heard = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.filter((f) => /heard|hearings/u.test(f.metric)).map((f) => [f.metric, f.value]));

describe('a district akimat heard, in a list of the bodies heard', () => {
  it('ru: a department, an enterprise and a district akimat, each dated', () => {
    expect(heard([
      'ИНФОРМАЦИЯ о работе Общественного совета за 9 месяцев 2026 года',
      'Заслушано 3 отчета:',
      '- 19.02.2026 – руководителя ГУ «Отдел ветеринарии Мунайлинского района»;',
      '- 14.05.2026 – директора ГКП на ПХВ «Областная ветеринарная станция»;',
      '- 20.08.2026 – акимата Тупкараганского района (о скотомогильниках и биотермических ямах).',
    ])).toEqual({ report_hearings: 3, departments_heard: 1, subordinate_orgs_heard: 1, district_akimats_heard: 1 });
  });
  it('kk: a district\'s and a city\'s akimat', () => {
    expect(heard([
      '2026 жылғы 9 айдағы Қоғамдық кеңестің жұмысы туралы ақпарат.',
      '',
      '3. Есептерді тыңдау',
      'Кеңес отырыстарында 3 есеп тыңдалды:',
      '- 12.02.2026 – Мұғалжар ауданының кәсіпкерлік бөлімінің есебі;',
      '- 16.04.2026 – Хромтау ауданы әкімдігінің есебі (өндірістік алаңдар туралы);',
      '- 24.09.2026 – Арқалық қаласы әкімдігінің есебі.',
    ])).toEqual({ report_hearings: 3, departments_heard: 1, district_akimats_heard: 2 });
  });
  it('near miss: a rural okrug\'s and the oblast\'s akimat are no district akimats, and the list stays unread', () => {
    expect(heard([
      '2026 жылғы 9 айдағы Қоғамдық кеңестің жұмысы туралы ақпарат.',
      '',
      'Кеңес отырыстарында 3 есеп тыңдалды:',
      '- 12.02.2026 – Мұғалжар ауданының кәсіпкерлік бөлімінің есебі;',
      '- 16.04.2026 – Бөген ауылдық округі әкімдігінің есебі;',
      '- 24.09.2026 – облыс әкімдігінің есебі.',
    ])).toEqual({ report_hearings: 3 });
  });
});

describe('namesDistrictAkimat', () => {
  it.each([
    ['20.08.2026 – акимата Тупкараганского района (о скотомогильниках и биотермических ямах).', true],
    ['акимат г. Актау', true],
    ['Хромтау ауданы әкімдігінің есебі тыңдалды.', true],
    ['Жітіқара ауданы әкімдігі (ауылдық клубтардың жағдайы)', true],
    ['отдела образования акимата Тупкараганского района', false],
    ['акимата Тупкараганского района и ГКП «Тупкараган су»', false],
    ['акимата Мангистауской области', false],
    ['Бөген ауылдық округі әкімдігі', false],
    ['аким Тупкараганского района', false],
  ])('%s → %s', (item, expected) => expect(namesDistrictAkimat(item)).toBe(expected));
});
