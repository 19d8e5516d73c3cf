import { ACTIVITY_TYPES } from './activities.ts';
import { defineRegister } from './defineRegister.ts';

export const plan = defineRegister({
  id: 'plan',
  names: ['план', 'план работы', 'жоспар', 'жұмыс жоспары'],
  key: ['commission', 'type', 'target_body', 'planned_quarter'],
  columns: {
    commission: { type: 'commission', aliases: ['комиссия', 'комиссиясы', 'комиссия нөмірі'] },
    type: { type: 'enum', required: true, aliases: ['вид', 'вид мероприятия', 'мероприятие', 'түрі', 'іс-шара түрі'], values: ACTIVITY_TYPES },
    target_body: { type: 'text', aliases: ['орган', 'объект', 'орган коды', 'нысан', 'органның коды'] },
    // `2025-Q3`; the quarter a plan item is due in.
    planned_quarter: { type: 'text', required: true, aliases: ['квартал', 'срок', 'срок исполнения', 'тоқсан', 'мерзімі', 'орындалу мерзімі'] },
  },
});
