import { findPersonalData, type PersonalDataKind, type PrivacyOptions } from './findPersonalData.ts';

/** What masked text shows instead of the data: the kind, so a reader knows what was there. */
export const MASKS: Record<PersonalDataKind | 'column', string> = {
  iin: '[ИИН]',
  phone: '[телефон]',
  email: '[email]',
  address: '[адрес]',
  name: '[ФИО]',
  column: '[скрыто]',
};

/** `text` with every piece of personal data replaced by its mask. */
export function maskPersonalData(text: string, options: PrivacyOptions = {}): string {
  const matches = findPersonalData(text, options);
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + MASKS[m.kind];
    at = m.end;
  }
  return out + text.slice(at);
}
