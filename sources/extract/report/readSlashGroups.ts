import { matchesOf } from '../grammar/matchesOf.ts';
import { parseCount } from '../parseCount.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { metricOfRow } from './tableRowLexicon.ts';

/**
 * Values grouped with slashes under labels grouped the same way: "Проведено заседаний ОС / президиума / комиссий:
 * 5 / 3 / 12 (2024 г.: 4 / 2 / 10)", "Численность членов ОС (всего / от НКО и граждан / от госорганов): 17 / 12 / 5".
 * The n-th value is the n-th label's; a label that is one word after a first label of several takes the first
 * label's noun ("президиума" → "заседаний президиума"); labels in brackets are parts of the noun before them
 * ("всего" is the noun's own count). Each label is named by tableRowLexicon. A group whose labels and values
 * differ in number says nothing, and the group of an earlier year in brackets is never read; labels that are years
 * ("(2025 / 2024): 8 / 7") give the head's count in the report's year. The group's lines give way to "label – value"
 * sentences (and the bracketed group is dropped), so that the figure grammar takes no list number, day or earlier-year
 * value from them.
 */
export function readSlashGroups(lines: string[], rowFigures: ReportFigure[], periodYears: number[] = []): void {
  /** The group's lines given way to its sentences; a group whose labels are no labels leaves them as they are. */
  const replace = (start: number, end: number, group: RegExpExecArray): void => {
    const said = sentencesOf(group, start + 1, rowFigures, periodYears);
    if (said === null) return;
    lines[start] = said;
    for (let k = start + 1; k <= end; k++) lines[k] = '';
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].trim() !== '' && end - i < 6) end++;
    const group = GROUP.exec(lines.slice(i, end + 1).join(' ').replace(/\s+/gu, ' '));
    if (group) replace(i, end, group);
    else {
      // A group on a line of its own after a sentence of the same paragraph: "Поступило обращений: 44." / "В том
      // числе от физических / юридических лиц: 39 / 5" — else the grammar reads "юридических лиц: 39".
      // The paragraph's first line too, closed by its semicolon or stop: a questionnaire's rows said as sentences one under
      // another ("13. Түскен өтініштер (барлығы / жеке / заңды) – 5 / 5 / 0;" over "14. Жауап берілген өтініштер – 4.").
      for (let k = i; k <= end; k++) {
        const own = (k === i ? /[.;]\s*$/u.test(lines[k]) : /[.;!?]\s*$/u.test(lines[k - 1])) ? GROUP.exec(lines[k]) : null;
        if (own) replace(k, k, own);
      }
      // A group in the last clause of a line: "Поступило обращений – 23, в том числе от физических / юридических лиц: 20 /
      // 3." — the clause's sentences after the sentence before it (else "юридических лиц: 20" is read).
      for (let k = i; k <= end; k++) {
        const line = lines[k];
        for (const cut of matchesOf(line, /[,;]\s+/gu).reverse()) {
          // (The sentence's stop after the group is no decimal's: "… 20 / 3.")
          const clause = GROUP.exec(line.slice((cut.index ?? 0) + cut[0].length).replace(/\.\s*$/u, ''));
          if (clause === null) continue;
          const said = sentencesOf(clause, k + 1, rowFigures, periodYears);
          if (said !== null) lines[k] = `${line.slice(0, cut.index)}${said === '' ? '.' : `, ${said}`}`;
          break;
        }
      }
    }
    i = end;
  }
}

/** A label that is a year: "2025", "2024 г.", "2024 жыл". */
const YEAR_LABEL = /^\d{4}(?:\s*(?:г\.?|гг\.?|год|жыл))?$/u;

/** "<labels>: 5 / 3 / 12" or "<labels> – 5/3/12"; the earlier year's group in brackets right after, if any. */
const GROUP = /^(\s*(?:\d{1,2}[.)]\s*)?)(\p{L}[^:–—]*?\/[^:–—]*?)\s*(?::|\s[-–—])\s*(\d+(?:\s*\/\s*\d+){1,5})(?!\s*[\d.,/])(\s*\((?:[^()]*\d{4}[^()]*)\))?\s*[.;]?\s*$/u;

/**
 * What a group says, as the sentences that stand for it: the lexicon's rows go to rowFigures (line: the group's
 * line), the rest become "label – value" sentences for the grammar; '' when nothing is left to read, null when the
 * labels are no group's.
 */
function sentencesOf(group: RegExpExecArray, line: number, rowFigures: ReportFigure[], periodYears: number[]): string | null {
  const values = group[3].split('/').map((v) => parseCount(v.trim()));
  const labels = labelsOf(group[2]);
  if (labels === null) return null;
  // "Кеңес отырыстарының саны (2025 / 2024): 8 / 7", "Заседаний Совета (2025 / 2024 гг.): 11 / 9": labels that are years
  // give the head's count in each; the report's year is the figure, the others are other periods', never read.
  if (labels.head !== '' && labels.parts.every((p) => YEAR_LABEL.test(p))) {
    const k = labels.parts.findIndex((p) => periodYears.includes(Number(p.slice(0, 4))));
    const value = k < 0 || labels.parts.length !== values.length ? null : values[k];
    const metric = metricOfRow(labels.head, null);
    if (value !== null && metric !== null) rowFigures.push({ metric, value, line, text: `${labels.head} – ${value}` });
    return value !== null && metric === null ? `${group[1]}${labels.head} – ${value}.` : '';
  }
  // Labels and values that differ in number: whose value is whose is a guess, so none is read.
  if (labels.parts.length !== values.length || values.some((v) => v === null)) return '';
  const head = labels.head === '' ? null : metricOfRow(labels.head, null);
  const said: string[] = [];
  labels.parts.forEach((part, k) => {
    const whole = labels.head === '' ? withNoun(labels.parts, k) : part;
    // A later label naming nothing on its own ("Направлено писем / получено ответов") is a part of the first label's thing.
    const first = k > 0 && labels.head === '' ? metricOfRow(withNoun(labels.parts, 0), null) : null;
    const metric: MetricId | null = head !== null && /^(?:всего|барлығы|итого|жалпы)$/iu.test(part) ? head : (metricOfRow(whole, head) ?? (first !== null ? metricOfRow(whole, first) : null));
    // What the lexicon names is a row; what it does not is left to the grammar as a sentence of its own.
    if (metric === null) said.push(`${labels.head === '' ? whole : `${labels.head} ${whole}`} – ${values[k]}`);
    else rowFigures.push({ metric, value: values[k]!, line, text: `${whole} – ${values[k]}` });
  });
  // The opener stays before the sentences ("Оның ішінде азаматтық қоғам өкілдері – 12; …"): it ties them to the count before.
  return said.length > 0 ? `${group[1]}${labels.opener}${said.join('; ')}.` : '';
}

/**
 * A label with the noun its group shares: Russian puts it on the first label ("заседаний ОС / президиума /
 * комиссий" → "заседаний президиума"), Kazakh on the last ("Кеңес / төралқа / комиссия отырыстары" → "төралқа
 * отырыстары"). A label of several words is whole already.
 */
function withNoun(parts: string[], k: number): string {
  const part = parts[k];
  // "от физических / юридических лиц": a preposition before the one word is no noun of the label's own.
  if (/\s/u.test(part.replace(/^(?:от|из|с|со)\s+/u, ''))) return part;
  const first = parts[0].replace(/^(?:от|из|с|со)\s+/u, '').split(/\s+/u);
  const last = parts[parts.length - 1].split(/\s+/u);
  if (k > 0 && first.length > 1) return `${first[0]} ${part}`;
  if (k < parts.length - 1 && last.length > 1) return `${part} ${last[last.length - 1]}`;
  return part;
}

/**
 * The labels of a group: "заседаний ОС / президиума / комиссий" (no head), or "Численность членов ОС на 31.12.2025
 * (всего / от НКО и граждан / от госорганов)" (head "Численность членов ОС", the parts in brackets).
 */
function labelsOf(text: string): { head: string; parts: string[]; opener: string } | null {
  const bracket = /^(.*?)\s*\(([^()]*\/[^()]*)\)\s*$/u.exec(text);
  if (bracket) {
    const head = bracket[1].replace(/\s+на\s+\d{1,2}\.\d{1,2}\.\d{4}(?:\s*г\.?)?/u, '').replace(/^(?:проведено|рассмотрено|поступило|направлено)\s+/iu, '').trim();
    return { head, parts: bracket[2].split('/').map((p) => p.trim()), opener: '' };
  }
  if (/[()]/u.test(text)) return null;
  const parts = text.split('/').map((p) => p.trim());
  // The verb before the first label ("Проведено заседаний ОС") is no part of it, nor are the words that open a
  // breakdown ("Оның ішінде жеке / заңды тұлғалардан": "жеке" shares the last label's noun).
  parts[0] = parts[0].replace(/^(?:проведено|рассмотрено|поступило|направлено|өткізілген|өткізілді|қаралды)\s+/iu, '');
  const opener = /^(?:оның\s+ішінде|олардың\s+ішінде|в\s+том\s+числе|из\s+них)\s+/iu.exec(parts[0])?.[0] ?? '';
  parts[0] = parts[0].slice(opener.length);
  return { head: '', parts, opener };
}
