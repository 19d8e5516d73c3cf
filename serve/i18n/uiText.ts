/** The UI language of a request: `?lang=` (remembered in a cookie), else the cookie, else Russian. */
import type { Lang } from '../../reports/i18n/getLabels.ts';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru, type UiText } from './ru.ts';

export type { UiText } from './ru.ts';

const BY_LANG: Record<Lang, UiText> = { ru, kk, en };

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'kk' || value === 'en';
}

export function uiText(lang: Lang): UiText {
  return BY_LANG[lang];
}
