import { defineRegister } from './defineRegister.ts';

export const APPEAL_STATUSES = {
  new: ['новое', 'поступило', 'жаңа'],
  in_progress: ['в работе', 'на рассмотрении', 'қаралуда'],
  answered: ['отвечено', 'дан ответ', 'ответ дан', 'исполнено', 'жауап берілді'],
  redirected: ['перенаправлено', 'направлено по компетенции', 'жолданды'],
  closed: ['закрыто', 'снято с контроля', 'жабылды'],
} as const;

export const appeals = defineRegister({
  id: 'appeals',
  names: ['обращения', 'обращения граждан', 'өтініштер', 'азаматтардың өтініштері'],
  key: ['appeal_id'],
  columns: {
    appeal_id: { type: 'text', required: true, aliases: ['номер', '№', 'номер обращения', 'рег. номер', 'тіркеу нөмірі'] },
    received_on: { type: 'date', required: true, aliases: ['дата поступления', 'дата', 'түскен күні'] },
    applicant_type: {
      type: 'enum', aliases: ['тип заявителя', 'заявитель тип', 'өтініш берушінің түрі'],
      values: {
        individual: ['физическое лицо', 'физ. лицо', 'физлицо', 'фл', 'жеке тұлға'],
        legal_entity: ['юридическое лицо', 'юр. лицо', 'юрлицо', 'юл', 'заңды тұлға'],
      },
    },
    applicant: { type: 'text', personal: true, aliases: ['заявитель', 'фио заявителя', 'өтініш беруші'] },
    contact: { type: 'text', personal: true, aliases: ['контакты', 'контакт', 'телефон', 'байланыс'] },
    summary: { type: 'text', personal: true, aliases: ['суть обращения', 'содержание', 'краткое содержание', 'мазмұны'] },
    channel: { type: 'text', aliases: ['канал', 'способ поступления', 'арна'] },
    topic: { type: 'text', aliases: ['тема', 'тематика', 'тақырып'] },
    district: { type: 'text', aliases: ['район', 'аудан'] },
    commission: { type: 'commission', aliases: ['комиссия', 'комиссиясы'] },
    addressed_to: { type: 'text', aliases: ['адресат', 'направлено в', 'кому направлено', 'жолданған орган'] },
    status: { type: 'enum', aliases: ['статус', 'состояние', 'мәртебе'], values: APPEAL_STATUSES },
    answered_on: { type: 'date', aliases: ['дата ответа', 'жауап күні'] },
    // Optional: the deadline as extended (Administrative Procedure Code art. 76: up to two months).
    extended_to: { type: 'date', aliases: ['продлено до', 'срок продлен до', 'ұзартылды'] },
    // Optional: the member who handled the appeal (id or name), for the member KPI.
    handled_by: { type: 'text', aliases: ['исполнитель', 'ответственный', 'член совета', 'орындаушы'] },
  },
});
