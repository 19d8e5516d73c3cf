import { defineRegister } from './defineRegister.ts';

export const votes = defineRegister({
  id: 'votes',
  names: ['голосования', 'голосование', 'дауыс беру'],
  key: ['meeting_id', 'item_no'],
  columns: {
    meeting_id: { type: 'text', required: true, aliases: ['заседание', 'код заседания', 'отырыс'] },
    item_no: { type: 'int', required: true, aliases: ['вопрос', '№ вопроса', 'пункт', 'мәселе'] },
    motion: { type: 'text', aliases: ['предложение', 'решение', 'формулировка', 'ұсыныс'] },
    for: { type: 'int', aliases: ['за', 'қолдайтындар', 'иә'] },
    against: { type: 'int', aliases: ['против', 'қарсы'] },
    abstain: { type: 'int', aliases: ['воздержались', 'воздержался', 'қалыс қалғандар', 'қалыс'] },
    unanimous: { type: 'bool', aliases: ['единогласно', 'бірауыздан'] },
    declared: {
      type: 'enum', aliases: ['итог', 'результат', 'решение принято', 'нәтиже'],
      values: {
        adopted: ['принято', 'принят', 'решение принято', 'қабылданды', 'шешім қабылданды'],
        rejected: ['не принято', 'отклонено', 'решение не принято', 'қабылданбады'],
      },
    },
  },
});
