/**
 * A header cell as people write it, reduced to the form the contracts' column
 * names and aliases are compared in: hints in brackets (`Дата поступления
 * (дд.мм.гггг)`, `Статус [выбрать из списка]`) and date-format hints out, line
 * breaks and double spaces collapsed, a trailing `*` or `:` dropped, and every
 * way of writing "number" — `№`, `No.`, `N`, `Nº`, `N°`, `#` — as `№`.
 */
import { normalizeLabel } from './columnTypes.ts';

const BRACKETS = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g;
/** дд.мм.гггг, dd/mm/yyyy, ГГГГ-ММ-ДД: how a template says how to write a date. */
const DATE_HINT = /(?:дд|dd)[./-]?(?:мм|mm)[./-]?(?:гггг|гг|yyyy|yy)|(?:гггг|yyyy)[./-]?(?:мм|mm)[./-]?(?:дд|dd)/gi;
export function normalizeHeader(text: string): string {
  return normalizeLabel(text.replace(BRACKETS, ' ').replace(DATE_HINT, ' ').replace(/[,;]\s*$/, ''))
    .replace(/^(?:[№#]\s*)+/, '№ ')
    // Latin N, No, Nº, N° only as a word of their own, so "name" and "note" stay words.
    .replace(/^(?:nº|n°|no|n)(?=\s|$)/, '№')
    .replace(/^№\s*/, '№ ')
    .trim();
}

/**
 * Headers of a running-number column (1, 2, 3… down the table), which says
 * nothing about the record: `№ п/п`, `п/п`, `№ по порядку`, Kazakh `р/с`
 * (реттік саны). A bare `№` is one too unless it is the register's only id
 * column (validateTable decides that).
 */
const RUNNING_NUMBER = new Set(['№ п/п', 'п/п', '№ пп', 'пп', '№ по порядку', 'порядковый номер', '№ р/с', 'р/с', 'р/н', '№ р/н', 'реттик нөмири', 'реттик саны', 'реттик №']
  .map(normalizeHeader));

export function isRunningNumber(header: string): boolean {
  return RUNNING_NUMBER.has(header);
}

/** The bare number sign: a running number, or the id where no other column is. */
export const BARE_NUMBER = '№';
