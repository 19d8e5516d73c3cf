/**
 * A table's header whose column labels came out joined by single spaces in one cell, the rows under it cut by tabs (a
 * PDF's text layer, a converter that kept the body's cells apart but not the header's):
 *   "Жұмыс түрі<tab>I тоқсан II тоқсан III тоқсан 9 ай" / "Кеңес отырыстары<tab>2<tab>2<tab>2<tab>6".
 * Without its columns the table is read as no table, and its total column (the period's figure) is lost. The joined
 * cell is split into its labels — only when it is wholly a run of the period's parts and a total ("I кв. II кв. III кв.
 * Итого", "1-тоқсан 2-тоқсан Барлығы", "I полугодие II полугодие Год") and the row under the header has exactly as many
 * cells as the split header: a label of words ("Наименование показателя") or a run the rows do not fit stays as it is.
 * So is a run of periods of different years, each ending with its year (set 146: "Показатель<tab>I кв. 2026 I кв. 2025"
 * over "Поступило обращений<tab>7<tab>4"; "2026 ж. 2025 ж.", "9 мес. 2026 9 мес. 2025", "2026 2025"): cut after each year.
 */

/** One part of a period as a column's label: "I тоқсан", "2-й квартал", "III кв.", "І жартыжылдық", "II полугодие". */
const PART = String.raw`(?:[IVХІ]{1,3}|[1-4])\s*(?:-?\s*(?:й|ый|ші|шы|ое|е))?\s*(?:тоқсан|квартал|кв\.|жартыжылдық|полугодие)(?![\p{L}])`;
/** The total's label: "9 ай", "9 месяцев", "9 мес.", "Барлығы", "Итого", "Всего", "Жиыны", "Год", "Жыл", "2026 жыл", "2026 г.". */
const TOTAL = String.raw`(?:\d{1,2}\s*(?:ай(?:да|ы)?|месяц[\p{L}]*|мес\.)|барлығы|жиыны|итого|всего|год|жыл|(?:19|20)\d{2}\s*(?:жыл[\p{L}]*|ж\.|год|г\.))(?![\p{L}])`;
/**
 * The total told for the period: "Итого за I полугодие", "Всего за 9 месяцев", "Барлығы 9 айда" (set 163's ZKO: "Показатель<tab>I
 * квартал II квартал Итого за I полугодие" over "Заседания Совета<tab>2<tab>1<tab>3") — one label, never split at its period.
 */
const TOTAL_FOR = String.raw`(?:(?:итого|всего)\s+за\s+(?:${PART}|\d{1,2}\s*(?:месяц[\p{L}]*|мес\.)|(?:19|20)\d{2}\s*(?:год|г\.)|год|полугодие)|(?:барлығы|жиыны)\s+(?:${PART}|\d{1,2}\s*ай)(?:да|де|та|те|нда|нде)?)(?![\p{L}])`;
const LABEL = new RegExp(String.raw`(?:${TOTAL_FOR}|${PART}|${TOTAL})`, 'giu');
const JOINED = new RegExp(String.raw`^\s*(?:(?:${TOTAL_FOR}|${PART}|${TOTAL})\s+)+(?:${TOTAL_FOR}|${PART}|${TOTAL})\s*$`, 'iu');

export function splitJoinedHeaderLabels(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const cells = out[i].split('\t');
    if (cells.length < 2) continue;
    const at = cells.findIndex((c, k) => k > 0 && (JOINED.test(c) || yearsRun(c) !== null || planFactRun(c) !== null));
    if (at < 0) continue;
    const named = yearsRun(cells[at]) ?? planFactRun(cells[at]);
    const labels = named ?? [...cells[at].matchAll(LABEL)].map((m) => m[0].trim());
    // Two parts at least: "9 ай 2026 жыл" alone is no run of a period's parts.
    if (labels.length < 2 || (named === null && labels.filter((l) => new RegExp(`^${PART}$`, 'iu').test(l)).length < 2)) continue;
    const next = out.slice(i + 1).find((l) => l.trim() !== '');
    const width = cells.length - 1 + labels.length;
    if (next === undefined || next.split('\t').length !== width) continue;
    out[i] = [...cells.slice(0, at), ...labels, ...cells.slice(at + 1)].join('\t');
  }
  return out;
}

/**
 * "I кв. 2026 I кв. 2025" → ["I кв. 2026", "I кв. 2025"]: a cell of two periods or more, each ending with its year (and the
 * year's unit), the years different (one year twice is one period's words, "2026 г. на 01.04.2026" no run). Else null.
 */
function yearsRun(cell: string): string[] | null {
  const parts = cell.split(AFTER_YEAR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || !parts.every((p) => ENDS_WITH_YEAR.test(p) && p.length <= 24)) return null;
  const years = parts.map((p) => /(?:19|20)\d{2}/u.exec(p.slice(-12))?.[0]);
  return new Set(years).size === parts.length ? parts : null;
}

/**
 * "План на I полугодие Факт Справочно: I полугодие 2025 г." → ["План на I полугодие", "Факт", "Справочно: I полугодие 2025
 * г."] (set 161, a PDF's plan / fact table): a cell cut before each column's word in capitals, the first opening with one and
 * one of them the fact's. Else null.
 */
function planFactRun(cell: string): string[] | null {
  const parts = cell.split(BEFORE_COLUMN_WORD).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length >= 2 && COLUMN_WORD_OPENS.test(parts[0]) && parts.some((p) => FACT_WORD_OPENS.test(p)) ? parts : null;
}
const COLUMN_WORDS = String.raw`(?:План|Факт|Фактически|Исполнено|Выполнено|Справочно|Примечание|Жоспар|Нақты|Орындалды|Орындалғаны|Анықтама|Ескерту)(?![\p{L}])`;
const BEFORE_COLUMN_WORD = new RegExp(String.raw`\s+(?=${COLUMN_WORDS})`, 'u');
const COLUMN_WORD_OPENS = new RegExp(`^${COLUMN_WORDS}`, 'u');
const FACT_WORD_OPENS = /^(?:Факт|Фактически|Исполнено|Выполнено|Нақты|Орындалды|Орындалғаны)(?![\p{L}])/u;

/** The space after a year (and its unit: "г.", "года", "ж.", "жыл") that another period's words follow. */
const AFTER_YEAR = /(?<=(?<![\d.,])(?:19|20)\d{2}(?:\s*(?:гг?\.|год[\p{L}]*|ж\.|жыл[\p{L}]*))?)\s+(?=\S)/u;
const ENDS_WITH_YEAR = /(?<![\d.,])(?:19|20)\d{2}(?:\s*(?:гг?\.|год[\p{L}]*|ж\.|жыл[\p{L}]*))?$/u;
