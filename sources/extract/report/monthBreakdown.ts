import { MONTH_PART } from './monthParts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';

/**
 * A paragraph that breaks its counts down by month (set 182): "Шілдеде – 1 мониторинг: …" / "Тамызда – 2 мониторинг: …" /
 * "Қыркүйекте – 1 мониторинг: …", "Шілдеде НҚА жобалары түскен жоқ, тамызда 2 жоба, қыркүйекте 1 жоба қаралды." — two
 * months or more of the period, each given its own count. There a count in a clause a Kazakh month opens is that month's,
 * a part of the period; summing the parts is not stating a total, so none is the period's figure. A month alone in its
 * paragraph ("Наурыз айында кеңес мүшелеріне арналған 1 оқыту семинары болды", set 115) tells when the period's one event
 * was, and stays its figure. (Russian "в марте"/"за март" is a part wherever it stands: figures.json's subPeriods.)
 */
export function monthBreakdownLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
    const months = new Set<string>();
    for (let k = i; k <= end; k++) {
      for (const m of lowerCase(lines[k]).matchAll(MONTH_PART_ALL)) months.add(m[0].replace(/^(?:в|во|за)\s+/u, '').slice(0, 4));
    }
    if (months.size >= 2) for (let k = i; k <= end; k++) out.add(k);
    i = end;
  }
  return out;
}

const MONTH_PART_ALL = new RegExp(MONTH_PART.source, 'giu');

/**
 * A Kazakh month in its locative opening a count's clause: "шілдеде – 1 мониторинг", "тамызда 2 жоба", "қыркүйек айында".
 * Not a day's date ("14 шілдеде", "5-тамызда"), nor a month given its day in a bracket ("Тамызда (27-сі күні) … 1 дөңгелек
 * үстел": one event's date).
 */
export const KAZAKH_MONTH_CLAUSE = /(?<![\p{L}])(?<!\d[\s.]*(?:-?[\p{L}]{1,3}\s*)?)(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:да|де|та|те|\s+айында)(?![\p{L}])(?!\s*\(\s*\d)/u;
