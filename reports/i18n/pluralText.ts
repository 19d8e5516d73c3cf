/**
 * A phrase with a number in it, in the form the language's plural rule picks for that number
 * (ru: 1 рабочий день, 3 рабочих дня, 15 рабочих дней); `other` is the form for every category
 * a language leaves out.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function pluralText(forms: PluralForms, n: number, locale: string, shown: string = String(n)): string {
  const category = new Intl.PluralRules(locale).select(n);
  return (forms[category] ?? forms.other).replace('{n}', shown);
}
