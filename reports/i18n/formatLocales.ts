/**
 * Number and date formats for the charts, per report language, in the shape
 * d3-format and d3-time-format take (Vega's `locale` option). d3 ships ru-RU
 * and en-US; it has no kk-KZ, so Kazakh is defined here: the same separators
 * as Russian (space for thousands, comma for decimals, dd.mm.yyyy) with
 * Kazakh month and day names.
 */
import type { Lang } from './getLabels.ts';

export interface FormatLocale {
  number: { decimal: string; thousands: string; grouping: number[]; currency: [string, string]; minus?: string; nan?: string };
  time: {
    dateTime: string; date: string; time: string; periods: [string, string];
    days: string[]; shortDays: string[]; months: string[]; shortMonths: string[];
  };
}

const NBSP = '\u00a0';

export const FORMAT_LOCALES: Record<Lang, FormatLocale> = {
  ru: {
    number: { decimal: ',', thousands: NBSP, grouping: [3], currency: ['', `${NBSP}₸`], minus: '\u2212', nan: 'нет данных' },
    time: {
      dateTime: '%A, %e %B %Y г. %X', date: '%d.%m.%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
      days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
      shortDays: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
      months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
      shortMonths: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
    },
  },
  kk: {
    number: { decimal: ',', thousands: NBSP, grouping: [3], currency: ['', `${NBSP}₸`], minus: '\u2212', nan: 'деректер жоқ' },
    time: {
      dateTime: '%Y ж. %e %B, %A, %X', date: '%d.%m.%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
      days: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
      shortDays: ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'],
      months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
      shortMonths: ['қаң', 'ақп', 'нау', 'сәу', 'мам', 'мау', 'шіл', 'там', 'қыр', 'қаз', 'қар', 'жел'],
    },
  },
  en: {
    number: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' KZT'] },
    time: {
      dateTime: '%x, %X', date: '%-m/%-d/%Y', time: '%-I:%M:%S %p', periods: ['AM', 'PM'],
      days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    },
  },
};
