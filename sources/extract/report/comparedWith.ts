import { COUNT_SOURCE } from '../parseCount.ts';

/**
 * A count told through a comparison with last year, the comparison set inside the count's own statement: "Отчётов
 * заслушано столько же, сколько и в 2024 году, - шесть", "Общественное слушание, как и в прошлом году, было одно",
 * "Круглых столов провели на один меньше, чем годом ранее, - два", "Мониторингов провели четыре - на два меньше, чем в
 * 2024-м", "96 вместо прошлогодних 49", "Дөңгелек үстелдер, былтырғыдай, екеу болды", "былтырғыдан бір кем, екі
 * дөңгелек үстел өткізілді". The comparison is blanked (spaces, offsets kept), its difference and last year's number
 * with it, so the statement left ("Круглых столов провели - два") reads as any other. The period's figure itself is
 * never touched: a comparison that gives no figure of its own ("на два больше, чем в 2024 году." closing the sentence
 * with nothing after) loses only its words. `masked` is a line after maskNeverCounts (years already masked), the same
 * length returned.
 */
export function blankComparedWith(masked: string): string {
  let out = masked;
  for (const re of COMPARED) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

const N = COUNT_SOURCE;
/** Last year or before as a comparison names it: "в 2024 году", "в 2024-м" (masked whole by maskNeverCounts), "годом ранее". */
const BEFORE = String.raw`(?:\uE000[\uE000\s]*\uE000|в\s+(?:\d{4}(?:-м|\s*(?:г\.|год[\p{L}]*))?|прошлом\s+году|предыдущем\s+году)|годом\s+ранее|ранее|раньше|прежде|(?:на\s+начало|в\s+начале)(?:\s+(?:отч[её]тного\s+)?(?:года|квартала|полугодия|периода))?)`;
const BEFORE_KK = String.raw`(?:былтырғы|өткен\s+жылғы|\d{4}\s*жылғы|бұрынғы)`;

/**
 * A comparison set off by commas is blanked with both ("Постоянных комиссий, как и раньше, три"); one without an opening
 * comma loses its closing one only before a dash ("заслушано столько же, сколько и в 2024 году, - шесть"), never the comma
 * that goes on to another clause ("четыре - на два меньше, чем в 2024-м, зато …").
 */
const commaed = (inner: string) => new RegExp(String.raw`,\s*(?:${inner})\s*,|(?:${inner})(?:\s*,(?=\s*[-–—]))?`, 'giu');

const COMPARED: RegExp[] = [
  // "столько же, сколько и в 2024 году", "та же, что и на начало", "как и в прошлом году", "как и раньше", "как и на
  // начало квартала"
  commaed(String.raw`(?:(?:столько|тот|та|то|те|такое|такой|такая|такие)\s+же,?\s+(?:сколько|что|как)(?:\s+и)?|как\s+и)\s+${BEFORE}`),
  // "осталось на уровне прошлого года – 5", "сохранилось на прежнем уровне – 9", "на уровне 2025 года": the same as before.
  commaed(String.raw`(?:остал[\p{L}]*|сохранил[\p{L}]*|сохраня[\p{L}]*)\s+на\s+(?:прежнем\s+)?уровне(?:\s+(?:прошлого|предыдущего)\s+(?:года|периода)|\s+\uE000[\uE000\s]*\uE000)?`),
  // "өткен жылдың деңгейінде сақталды – 9", "былтырғы деңгейде қалды".
  commaed(String.raw`(?:өткен\s+жылдың|былтырғы|бұрынғы|\uE000[\uE000\s]*\uE000)\s+деңгей(?:інде|де)\s+(?:сақталды|қалды)`),
  // "стало на 4 больше – 14", "на 2 меньше: 3": the change before the count, with no "чем".
  commaed(String.raw`(?:[-–—]\s*)?на\s+(?:${N})\s+(?:больше|меньше)(?=\s*[-–—:])`),
  // "Өткен жылғы 9 дөңгелек үстелге қарағанда биыл 4 …", "былтырғы 9 мониторингпен салыстырғанда": the other year's count
  // and what it is set against.
  commaed(String.raw`${BEFORE_KK}\s+(?:${N})\s+(?:[\p{L}]+\s+){0,2}?[\p{L}]+(?:(?:ге|ға|ке|қа|не|на)\s+қарағанда|(?:мен|пен|бен)\s+салыстырғанда)`),
  // "на один меньше, чем годом ранее", "- на два меньше, чем в 2024-м", "на 3 больше, чем в прошлом году"
  commaed(String.raw`(?:[-–—]\s*)?на\s+(?:${N})\s+(?:больше|меньше),?\s+чем\s+${BEFORE}`),
  // "почти вдвое больше", "втрое меньше": the ratio, never a count
  commaed(String.raw`(?:почти\s+|более\s+чем\s+|примерно\s+)?в(?:дв|тр|четвер)ое\s+(?:больше|меньше)`),
  // "вместо прошлогодних 49", "вместо 49 в 2024 году", "против 18 годом ранее"
  commaed(String.raw`(?:вместо|против)\s+(?:прошлогодних\s+(?:${N})|(?:${N})\s+${BEFORE})`),
  // "былтырғыдай", "өткен жылғыдай", "бұрынғыдай" ("2024 жылғыдай" is masked whole already)
  // "тоқсан басындағыдай", "жыл басындағыдай": as at the start of the quarter or the year (the count is the end's).
  commaed(String.raw`былтырғыдай|өткен\s+жылғыдай|бұрынғыдай|(?:жыл|жылдың|тоқсан|тоқсанның|жартыжылдық|жартыжылдықтың|кезең|кезеңнің)\s+басындағыдай`),
  // "былтырғыдан бір кем", "өткен жылғыдан екеуі артық", "2024 жылғыдан бір кем" (the year masked whole)
  commaed(String.raw`(?:${BEFORE_KK}дан|\uE000[\uE000\s]*\uE000)\s+(?:${N})\s+(?:кем|артық|көп|аз)`),
];
