import { defineRegister } from './defineRegister.ts';

export const letters = defineRegister({
  id: 'letters',
  names: ['письма', 'исходящие', 'хаттар'],
  key: ['letter_id'],
  columns: {
    letter_id: { type: 'text', required: true, aliases: ['номер', '№', 'исх. номер', 'исходящий номер', 'хат нөмірі'] },
    sent_on: { type: 'date', required: true, aliases: ['дата отправки', 'дата', 'жіберілген күні'] },
    addressee: { type: 'text', required: true, aliases: ['адресат', 'кому', 'орган', 'алушы'] },
    subject: { type: 'text', aliases: ['тема', 'содержание', 'тақырыбы'] },
    related_appeal: { type: 'text', aliases: ['обращение', 'по обращению', 'өтініш'] },
    answered_on: { type: 'date', aliases: ['дата ответа', 'жауап күні'] },
    // Optional: the commission that sent it (else taken from the related appeal or the member who handled it).
    commission: { type: 'commission', aliases: ['комиссия', 'комиссиясы'] },
    // Optional: the member who prepared the letter (id or name), for the member KPI.
    handled_by: { type: 'text', aliases: ['исполнитель', 'ответственный', 'подготовил', 'орындаушы'] },
  },
});
