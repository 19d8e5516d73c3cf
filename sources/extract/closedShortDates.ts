/**
 * A telegraphic text (typed in capitals, set 194) dates its items by day and month with no year and no closing stop: "-
 * 12.02 БЕСКӨЛ А. МЕКТЕПТЕРДЕ ЫСТЫҚ ТАМАҚ", "МОНИТОРИНГОВ 3 ЗПТ В Т Ч 17.03 ПОДВОЗ УЧАЩИХСЯ", "(29.01, 26.03)". The date
 * readers take "17.10." for a day of the period's year, and want its stop so that a time ("10.00") or a decimal ("1.5") is
 * no date; here such a day (two digits of its month, a day and month that exist) gets its stop. Never a time after its
 * word ("САҒ 11.00", "ВРЕМЯ 10.15", "НАЧ 10.05"), nor a number in a longer one ("01.10.2026", "1.25.3").
 */
export function withClosedShortDates(line: string): string {
  if (!SHORT_DATE.test(line)) return line;
  return line.replace(SHORT_DATES, (found: string, day: string, month: string, at: number) => {
    if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return found;
    if (TIME_WORD.test(line.slice(Math.max(0, at - 16), at))) return found;
    return `${found}.`;
  });
}

const SHORT_DATE = /(?<![\d.,])\d{1,2}\.\d{2}(?![\d.%]|,\d|\s*(?:%|проц|млн|млрд|тыс|мың))/u;
const SHORT_DATES = /(?<![\d.,])(\d{1,2})\.(\d{2})(?![\d.%]|,\d|\s*(?:%|проц|млн|млрд|тыс|мың))/giu;
const TIME_WORD = /(?:сағ|сағат|время|нач|оконч|начало|окончание|басталды|аяқталды|в|с|до|по)[\s.:]*$/iu;
