import { sentencesOf } from '../grammar/sentencesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';
import { NOTE_OPENING } from './formTableBreaks.ts';
import { itemsClosedByBrackets } from './itemsClosedByBrackets.ts';
import { runningLines } from './runningLines.ts';

/**
 * The events a form's note lists under a row's kind, each closed by the bracket of its day: "Мониторинги: зимнее
 * содержание дорог (20.01.2026), работа ЦОН (12.03.2026), подготовка школ к ЕНТ (14.05.2026) и ещё 2 по плану комиссий.",
 * "Примечание: отчёты заслушаны – отдела образования (18.02.2026), КГП «…» (15.04.2026), отдела ЖКХ (10.06.2026, на
 * заседании совета № 3).", "Ескерту: мониторингтер – … (2025 жылғы 12 наурыз), … (2025 жылғы 9 қазан); қалған 3-еуі –
 * жоспар бойынша." The head before the colon or dash names one kind and no count; the items name no other kind; the
 * kind's figure, read from the table's row, is at least as many as the items (a remainder after them, "и ещё 2",
 * "остальные 8", "қалған 3-еуі", is the rest of that figure). Each item is one event on its bracket's day (the bracket's
 * words after the day are a note: "10.06.2026, на заседании совета № 3"). Only the lines of a form table's notes
 * (`notes`, formTableBreaks.ts) are read, and only a kind no reader listed elsewhere: what a reader of one bracket read off
 * the same sentence is taken out of `listed` (so it is changed in place).
 */
export function readNoteItems(lines: string[], notes: Set<number>, year: number | undefined, figures: ReportFigure[], listed: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  const view = lines.map((l, k) => (notes.has(k) ? l.replace(/^[\s|\t]*/u, '').replace(/[\s|]*$/u, '') : ''));
  const none = new Set<number>();
  for (const unit of runningLines(view, none)) {
    const lineOf = (offset: number) => unit.first + unit.starts.filter((s) => s <= offset).length;
    for (const sentence of sentencesOf(unit.text)) {
      const text = sentence.text.replace(NOTE_OPENING, '').trim();
      const head = HEAD.exec(text);
      if (head === null || /\d/u.test(head[1])) continue;
      const kinds = activityTypesIn(head[1]);
      if (kinds.length !== 1 || kinds[0].metric === null) continue;
      const kind = kinds[0];
      const rest = text.slice(head[0].length).replace(REMAINDER, '');
      const dayOf = (inside: string) => {
        const day = parseDatePhrase(inside.split(/[,;]/u)[0].trim(), year);
        return day !== null && day.start === day.end ? day : null;
      };
      const items = itemsClosedByBrackets(rest, (inside) => dayOf(inside) !== null);
      if (items === null || items.length < 2 || items.some((item) => activityTypesIn(item).some((t) => t.type !== kind.type))) continue;
      const count = figures.find((f) => f.metric === kind.metric);
      const line = lineOf(sentence.start);
      const lastLine = lineOf(sentence.start + sentence.text.length - 1);
      // A kind listed elsewhere is that list's; one read off this very sentence (a reader of one bracket) gives way.
      const elsewhere = listed.some((a) => a.type === kind.type && (a.line < line || a.line > lastLine));
      if (count === undefined || count.value < items.length || elsewhere || out.some((a) => a.type === kind.type)) continue;
      for (let k = listed.length - 1; k >= 0; k--) if (listed[k].type === kind.type) listed.splice(k, 1);
      const days = [...rest.matchAll(/\(([^()]*)\)/gu)].map((b) => dayOf(b[1])!);
      items.forEach((title, k) => out.push({ type: kind.type, title: title.slice(0, 300), date_start: days[k].start, date_end: days[k].end, line }));
    }
  }
  return out;
}

/** The kind's head: words up to a colon or a dash ("Мониторинги:", "отчёты заслушаны –", "мониторинги проводились, в том числе:"). */
const HEAD = /^(\p{L}[^:–—()]{2,80}?)\s*(?::|\s[–—-]\s)\s*/u;
/** The rest of the figure after the items: "и ещё 2 по плану комиссий", "; остальные 8 – …", "; қалған 3-еуі – …", "тағы 2 мониторинг". */
const REMAINDER = /\s*(?:[,;]\s*|\s+)(?:(?:и|а)\s+)?(?:ещё|еще|остальные|другие|прочие|қалған[\p{L}]*|тағы|басқа)\s+(?:\d{1,3}|\p{L}+)(?![\d.]).*$/iu;
