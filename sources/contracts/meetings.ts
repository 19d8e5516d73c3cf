import { defineRegister } from './defineRegister.ts';

export const meetings = defineRegister({
  id: 'meetings',
  names: ['заседания', 'отырыстар'],
  key: ['meeting_id'],
  columns: {
    meeting_id: { type: 'text', required: true, aliases: ['id', 'код заседания', 'отырыс коды'] },
    // `council`, `presidium`, `commission 3`, `committee`, `working_group`; staging categorises.
    body: { type: 'text', required: true, aliases: ['орган', 'орган совета', 'кто проводит', 'өткізуші'] },
    date: { type: 'date', required: true, aliases: ['дата', 'дата заседания', 'күні'] },
    format: {
      type: 'enum', aliases: ['формат', 'форма проведения', 'өткізу түрі'],
      values: {
        offline: ['очно', 'очный', 'офлайн', 'оффлайн', 'бетпе-бет'],
        online: ['онлайн', 'он-лайн', 'дистанционно', 'zoom', 'видеоконференция'],
        hybrid: ['смешанный', 'гибрид', 'гибридный', 'аралас'],
      },
    },
    number: { type: 'text', aliases: ['номер', 'номер протокола', '№', '№ протокола', 'хаттама нөмірі'] },
    title: { type: 'text', aliases: ['повестка', 'тема', 'название', 'күн тәртібі', 'тақырыбы'] },
  },
});
