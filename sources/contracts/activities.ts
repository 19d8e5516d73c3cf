import { defineRegister } from './defineRegister.ts';

export const ACTIVITY_TYPES = {
  monitoring: ['мониторинг', 'общественный мониторинг', 'қоғамдық мониторинг'],
  public_hearing: ['общественные слушания', 'общественное слушание', 'слушания', 'қоғамдық тыңдау', 'қоғамдық тыңдаулар'],
  report_hearing: ['заслушивание отчета', 'заслушивание отчёта', 'отчет госоргана', 'есеп тыңдау', 'есепті тыңдау'],
  npa_review: ['экспертиза нпа', 'обсуждение нпа', 'общественная экспертиза', 'нқа сараптамасы'],
  round_table: ['круглый стол', 'дөңгелек үстел'],
  dialog_platform: ['диалоговая площадка', 'диалоговая платформа', 'диалог алаңы', 'диалогтық алаң'],
  official_meeting: ['встреча', 'официальная встреча', 'кездесу', 'ресми кездесу'],
  seminar: ['семинар', 'обучающий семинар', 'тренинг'],
  memorandum: ['меморандум', 'соглашение', 'меморандум о сотрудничестве'],
  site_visit: ['выезд', 'выездное мероприятие', 'посещение объекта', 'көшпелі іс-шара'],
  media_project: ['медиапроект', 'медиа-проект', 'медиа жоба'],
  other: ['другое', 'прочее', 'басқа'],
} as const;

export const activities = defineRegister({
  id: 'activities',
  names: ['мероприятия', 'деятельность', 'іс-шаралар'],
  key: ['activity_id'],
  columns: {
    activity_id: { type: 'text', required: true, aliases: ['id', 'код', 'код мероприятия'] },
    type: { type: 'enum', required: true, aliases: ['вид', 'тип', 'вид мероприятия', 'форма', 'түрі'], values: ACTIVITY_TYPES },
    date_start: { type: 'date', required: true, aliases: ['дата', 'дата начала', 'басталу күні', 'күні', 'date'] },
    date_end: { type: 'date', aliases: ['дата окончания', 'аяқталу күні'] },
    title: { type: 'text', required: true, aliases: ['тема', 'название', 'наименование', 'тақырыбы'] },
    commission: { type: 'commission', aliases: ['комиссия', 'комиссиясы'] },
    // Member ids or names separated by `;` or `,`; core splits and resolves them.
    participants: { type: 'text', aliases: ['участники', 'кто принял участие', 'қатысушылар'] },
    led_by: { type: 'text', aliases: ['ответственный', 'руководитель', 'организатор', 'жауапты'] },
    target_body: { type: 'text', aliases: ['орган', 'заслушанный орган', 'объект', 'госорган', 'орган коды'] },
    recommendations: { type: 'text', aliases: ['рекомендации', 'ұсынымдар'] },
    publicity: { type: 'text', aliases: ['освещение', 'каким образом озвучены итоги', 'жариялау'] },
    outcome: { type: 'text', aliases: ['результат', 'результаты', 'нәтиже', 'нәтижесі'] },
  },
});
