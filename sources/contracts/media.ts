import { defineRegister } from './defineRegister.ts';

export const PLATFORMS = {
  website: ['сайт', 'веб-сайт', 'официальный сайт', 'интернет-ресурс', 'site', 'web', 'ресми сайт'],
  kazkenes: ['kazkenes', 'казкенес', 'kazkenes.kz'],
  instagram: ['инстаграм', 'insta'],
  facebook: ['фейсбук', 'fb', 'фб'],
  threads: ['тредс'],
  telegram: ['телеграм', 'телеграмм', 'tg'],
  other: ['другое', 'прочее', 'басқа'],
} as const;

export const media = defineRegister({
  id: 'media',
  names: ['медиа', 'публикации', 'сми', 'соцсети', 'жарияланымдар', 'бақ'],
  key: ['platform', 'month'],
  columns: {
    platform: { type: 'enum', required: true, aliases: ['площадка', 'платформа', 'соцсеть', 'ресурс', 'алаң', 'платформасы'], values: PLATFORMS },
    month: { type: 'month', required: true, aliases: ['месяц', 'период', 'ай', 'кезең'] },
    publications: { type: 'int', aliases: ['публикации', 'публикаций', 'кол-во публикаций', 'количество публикаций', 'жарияланымдар', 'жарияланымдар саны'] },
    views: { type: 'int', aliases: ['просмотры', 'просмотров', 'охват', 'қаралым', 'қаралым саны', 'қамту'] },
  },
});
