import { defineRegister } from './defineRegister.ts';

export const PLATFORMS = {
  website: ['сайт', 'веб-сайт', 'site', 'web'],
  kazkenes: ['kazkenes', 'казкенес', 'kazkenes.kz'],
  instagram: ['инстаграм', 'insta'],
  facebook: ['фейсбук', 'fb'],
  threads: ['тредс'],
  telegram: ['телеграм', 'телеграмм', 'tg'],
  other: ['другое', 'прочее', 'басқа'],
} as const;

export const media = defineRegister({
  id: 'media',
  names: ['медиа', 'публикации', 'сми', 'жарияланымдар'],
  key: ['platform', 'month'],
  columns: {
    platform: { type: 'enum', required: true, aliases: ['площадка', 'платформа', 'соцсеть', 'алаң'], values: PLATFORMS },
    month: { type: 'month', required: true, aliases: ['месяц', 'период', 'ай'] },
    publications: { type: 'int', aliases: ['публикации', 'публикаций', 'кол-во публикаций', 'жарияланымдар'] },
    views: { type: 'int', aliases: ['просмотры', 'охват', 'қаралым'] },
  },
});
