import { defineRegister } from './defineRegister.ts';

export const letters = defineRegister({
  id: 'letters',
  names: ['letter', 'письма', 'исходящие', 'исходящая корреспонденция', 'хаттар', 'шығыс хаттар'],
  key: ['letter_id'],
  columns: {
    letter_id: { type: 'text', required: true, aliases: ['номер', '№', 'номер письма', '№ письма', 'исх. номер', 'исх. №', 'исходящий номер', 'исходящий №', 'рег. №', 'рег. номер', 'хат нөмірі', 'хат №', 'шығыс нөмірі'] },
    sent_on: { type: 'date', required: true, aliases: ['дата отправки', 'дата', 'дата письма', 'дата исходящего', 'жіберілген күні', 'хат күні', 'sent'] },
    addressee: { type: 'text', required: true, aliases: ['адресат', 'кому', 'орган', 'получатель', 'алушы', 'кімге', 'addressee'] },
    subject: { type: 'text', aliases: ['тема', 'содержание', 'краткое содержание', 'тақырыбы', 'мазмұны'] },
    related_appeal: { type: 'text', aliases: ['обращение', 'по обращению', '№ обращения', 'өтініш', 'өтініш бойынша'] },
    answered_on: { type: 'date', aliases: ['дата ответа', 'дата получения ответа', 'ответ получен', 'жауап күні', 'жауап берілген күн', 'жауап алынған күні'] },
    // Optional: the commission that sent it (else taken from the related appeal or the member who handled it).
    commission: { type: 'commission', aliases: ['комиссия', 'комиссиясы', 'комиссия нөмірі'] },
    // Optional: the member who prepared the letter (id or name), for the member KPI.
    handled_by: { type: 'text', aliases: ['исполнитель', 'ответственный', 'подготовил', 'орындаушы', 'дайындаған'] },
  },
});
