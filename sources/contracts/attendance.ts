import { defineRegister } from './defineRegister.ts';

export const ATTENDANCE_STATUSES = {
  present: ['присутствовал', 'присутствует', 'был', 'да', 'қатысты', '+'],
  online: ['онлайн', 'он-лайн', 'дистанционно', 'zoom', 'по видеосвязи', 'онлайн қатысты'],
  late: ['опоздал', 'опоздание', 'кешікті'],
  left_early: ['ушел раньше', 'ушёл раньше', 'покинул заседание', 'ерте кетті'],
  absent_excused: ['отсутствовал по уважительной причине', 'уважительная', 'по уважительной причине', 'себепті', 'себепті жоқ'],
  absent_unexcused: ['отсутствовал', 'без уважительной причины', 'неуважительная', 'себепсіз', 'жоқ', '-'],
  unknown: ['неизвестно', 'не указано', 'белгісіз', '?'],
} as const;

export const attendance = defineRegister({
  id: 'attendance',
  names: ['посещаемость', 'явка', 'участие', 'қатысу'],
  key: ['meeting_id', 'member'],
  columns: {
    meeting_id: { type: 'text', required: true, aliases: ['заседание', 'код заседания', 'отырыс'] },
    // A member id or a name in any form; core resolves it to a member or to the review list.
    member: { type: 'text', required: true, aliases: ['член', 'член совета', 'фио', 'мүше', 'аты-жөні'] },
    status: { type: 'enum', required: true, aliases: ['статус', 'присутствие', 'қатысуы'], values: ATTENDANCE_STATUSES },
    note: { type: 'text', aliases: ['примечание', 'причина', 'ескертпе', 'себебі'] },
  },
});
