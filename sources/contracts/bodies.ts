import { defineRegister } from './defineRegister.ts';

export const bodies = defineRegister({
  id: 'bodies',
  names: ['органы', 'госорганы', 'государственные органы', 'мемлекеттік органдар', 'органдар'],
  key: ['body_id'],
  columns: {
    body_id: { type: 'text', required: true, aliases: ['id', 'код', 'код органа', 'орган коды'] },
    name: { type: 'text', required: true, aliases: ['наименование', 'название', 'орган', 'атауы'] },
    kind: {
      type: 'enum', required: true, aliases: ['вид', 'тип', 'тип органа', 'түрі'],
      values: {
        department: ['управление', 'управление акимата', 'басқарма'],
        district_akimat: ['районный акимат', 'акимат района', 'аудан әкімдігі', 'district akimat'],
        subordinate: ['подведомственная организация', 'подведомственная', 'ведомственная бағынысты ұйым', 'ведомстволық бағынысты ұйым'],
        law_enforcement: ['правоохранительный орган', 'правоохранительные', 'құқық қорғау органы', 'law enforcement'],
        maslikhat: ['маслихат', 'мәслихат'],
        other: ['другое', 'прочее', 'басқа'],
      },
    },
    mandatory: { type: 'bool', aliases: ['обязательный', 'обязателен к заслушиванию', 'міндетті'] },
  },
});
