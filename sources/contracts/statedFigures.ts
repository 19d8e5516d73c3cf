import { defineRegister } from './defineRegister.ts';

export const statedFigures = defineRegister({
  id: 'stated_figures',
  names: ['заявленные показатели', 'показатели отчета', 'мәлімделген көрсеткіштер'],
  key: ['period_from', 'period_to', 'metric', 'source'],
  columns: {
    period_from: { type: 'date', required: true, aliases: ['с', 'период с', 'бастап', 'кезеңнің басы'] },
    period_to: { type: 'date', required: true, aliases: ['по', 'период по', 'дейін', 'кезеңнің соңы'] },
    metric: { type: 'text', required: true, aliases: ['показатель', 'метрика', 'көрсеткіш', 'көрсеткіштер'] },
    value: { type: 'number', required: true, aliases: ['значение', 'мәні'] },
    source: { type: 'text', aliases: ['источник', 'дереккөз', 'көзі'] },
  },
});
