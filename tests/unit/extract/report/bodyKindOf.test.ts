/**
 * The kind of the one body an item of a list of bodies heard names (report/bodyKindOf.ts): one department, one
 * enterprise, one other body, or nothing told (two bodies, a plural, a "департамент", no body word).
 */
import { describe, expect, it } from 'vitest';
import { bodyKindOf } from '../../../../sources/extract/report/bodyKindOf.ts';

describe('bodyKindOf', () => {
  it.each([
    ['аудандық білім бөлімінің', 'department'],
    ['отдела образования и спорта', 'department'],
    ['ГУ «Отдел занятости и социальных программ»', 'department'],
    [', аудандық ТКШ, жолаушылар көлігі және автомобиль жолдары бөлімінің', 'department'],
    ['басшылары, сондай-ақ «Ауыл тұрғын үй-коммуналдық шаруашылығы» МКК директоры', 'subordinate'],
    ['директора ГКП «Теплосервис»', 'subordinate'],
    ['Қазталов ауылдық округінің әкімі', 'other'],
    ['аким Коктобинского сельского округа', 'other'],
  ] as const)('%s → %s', (item, kind) => {
    expect(bodyKindOf(item)).toBe(kind);
  });

  it.each([
    // two bodies, a plural, a body of no kind told, a field named as a department's word
    'білім бөлімі мен денсаулық сақтау басқармасы',
    'отделов акимата района',
    'Ақжар және Бірлік ауылдық округтерінің әкімдері',
    'облыстық экология департаменті',
    'Академии государственного управления',
    'заместителя акима района и отдела финансов',
    'председателя комиссии',
  ])('%s → none', (item) => {
    expect(bodyKindOf(item)).toBeNull();
  });
});
