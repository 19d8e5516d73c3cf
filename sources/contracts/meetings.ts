import { defineRegister } from './defineRegister.ts';

export const MEETING_FORMATS = {
  offline: ['очно', 'очный', 'очная', 'очное', 'офлайн', 'оффлайн', 'в очном формате', 'in person', 'бетпе-бет', 'күндізгі'],
  online: ['онлайн', 'он-лайн', 'дистанционно', 'дистанционный', 'дистанционная', 'zoom', 'видеоконференция', 'в онлайн формате',
    'онлайн режимде', 'қашықтан'],
  hybrid: ['смешанный', 'смешанная', 'смешанное', 'гибрид', 'гибридный', 'гибридная', 'очно-онлайн', 'очно и онлайн', 'очно/онлайн',
    'очно-дистанционно', 'аралас', 'mixed'],
} as const;

export const meetings = defineRegister({
  id: 'meetings',
  names: ['заседания', 'отырыстар', 'отырыс'],
  key: ['meeting_id'],
  columns: {
    // "№ заседания" is how a secretariat names its meetings, and what its attendance register refers to.
    meeting_id: {
      type: 'text', required: true,
      aliases: ['id', 'код', 'код заседания', 'id заседания', '№ заседания', 'номер заседания', 'заседание №', 'отырыс коды', 'отырыстың коды', 'отырыс нөмірі', 'отырыс №', 'meeting', 'meeting no'],
    },
    // `council`, `presidium`, `commission 3`, `committee`, `working_group`; staging categorises.
    body: { type: 'text', required: true, aliases: ['орган', 'орган совета', 'кто проводит', 'вид заседания', 'өткізуші', 'өткізуші орган', 'отырыс түрі'] },
    date: { type: 'date', required: true, aliases: ['дата', 'дата заседания', 'дата проведения', 'күні', 'отырыс күні', 'өткізілген күні'] },
    format: { type: 'enum', aliases: ['формат', 'форма проведения', 'формат проведения', 'өткізу түрі', 'өткізу форматы', 'форматы'], values: MEETING_FORMATS },
    number: {
      type: 'text',
      aliases: ['номер', 'номер протокола', '№', '№ протокола', 'протокол №', 'хаттама нөмірі', 'хаттама №'],
    },
    title: { type: 'text', aliases: ['повестка', 'повестка дня', 'тема', 'название', 'вопросы', 'күн тәртібі', 'тақырыбы', 'атауы'] },
  },
});
