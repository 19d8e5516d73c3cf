/** The labels of one report language; Russian is the default. */
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru, type Labels } from './ru.ts';

export type { Labels } from './ru.ts';
export type Lang = 'ru' | 'kk' | 'en';

export const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];
export const DEFAULT_LANG: Lang = 'ru';

const BY_LANG: Record<Lang, Labels> = { ru, kk, en };

export function getLabels(lang: Lang = DEFAULT_LANG): Labels {
  return BY_LANG[lang];
}
