import { lowerCase } from '../grammar/lowerCase.ts';

/**
 * Lines of a report told by the council's thematic directions (held-out 133): the text says its work is set out by
 * directions ("Ниже работа изложена по направлениям.", "Кеңес 5 бағыт бойынша жұмыс жүргізеді", "БАҒЫТТАР БОЙЫНША"), and
 * each direction has a heading of its own ("1. СОЦИАЛЬНАЯ СФЕРА И ЗДРАВООХРАНЕНИЕ", "2. Тұрғын үй-коммуналдық шаруашылық
 * бағыты", "Әлеуметтік сала (жетекшісі – Смағұлова А.Б.)", "1. Социальная сфера (куратор – …)"). A count in such a section
 * ("Поступило 7 обращений", "Бағытқа 4 өтініш түсті", "Направлено 6 писем с рекомендациями") is that direction's, a part
 * of the council's — never its figure, and never summed into one: the council's total is what the text states as such.
 * The sections end at a total's heading ("ИТОГИ ГОДА", "ҚОРЫТЫНДЫ", "ЖИЫНТЫҚ", "Показатели Совета в целом") or a line
 * that opens with one ("Всего …", "Барлығы …", "Кроме того, … не отнесённые к направлениям").
 */
/** Why a count in a direction's section is a candidate. */
export const ONE_DIRECTION = 'the section tells one thematic direction\'s work (the report is set out by directions): its count is a part of the council\'s, never its figure nor summed into one';

export function directionSections(lines: string[]): Set<number> {
  const out = new Set<number>();
  const declared = lines.findIndex((l) => DIRECTIONS_DECLARED.test(lowerCase(l)));
  if (declared < 0) return out;
  // At least two headings that name a field of life, none a kind of work: "1. СОЦИАЛЬНАЯ СФЕРА", "Ауыл шаруашылығы бағыты" —
  // never "Отырыстар", "Мониторинг", "Обращения граждан" (a report set out by its kinds of work, "әр бағыт бойынша", set 45).
  const headings = lines.slice(declared + 1).filter((l) => isDirectionHeading(l.trim()));
  if (headings.length < 2 || headings.some((h) => KIND_OF_WORK.test(lowerCase(h)))) return out;
  let inside = false;
  for (let i = declared + 1; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === '') continue;
    const lower = lowerCase(text);
    if (TOTAL_HEADING.test(lower) || TOTAL_OPENS.test(lower)) {
      inside = false;
      continue;
    }
    if (isDirectionHeading(text)) {
      inside = true;
      continue;
    }
    if (inside) out.add(i);
  }
  return out;
}

/**
 * The text saying its work is set out by directions: "по направлениям", "5 тематических направлений", "по 5 направлениям",
 * "5 бағыт бойынша жұмыс", "БАҒЫТТАР БОЙЫНША". Never "направление писем" (the sending of letters), "по 8 из 10 направлений" (a
 * plan's lines, set 7), "48 бағыт" (bus routes, set 55): only the plural's dative after "по", "тематическ…", Kazakh with
 * the work it organises or as a heading.
 */
const DIRECTIONS_DECLARED = /(?<![\p{L}])(?:по\s+(?:\d+\s+|пяти\s+|четыр[её]м\s+|тр[её]м\s+|шести\s+)?(?:тематическим\s+)?направлениям|тематическ[\p{L}]*\s+направлени[\p{L}]*|(?:\d+|үш|төрт|бес|алты)\s+бағыт(?:\s+бойынша)?\s+(?:жұмыс|ұйымдастыр)[\p{L}]*|(?:әр\s+)?бағыт(?:тар)?\s+бойынша\s*$|бағыттар(?:ы)?\s+бойынша)(?![\p{L}])/u;

/** A direction's heading: short, no sentence in it — numbered or in capitals, or naming the direction, or its curator in brackets. */
function isDirectionHeading(text: string): boolean {
  const bare = text.replace(/^(?:\d{1,2}[.)]|[IVX]{1,4}\.)\s+/u, '').replace(/\s*\([^()]*\)\s*:?$/u, '').replace(/[.:]$/u, '').trim();
  if (text.length > 120 || /[.!?;]\s*\S/u.test(bare.replace(/\([^()]*\)/gu, '')) || /\d{2}\.\d{2}/u.test(text)) return false;
  if (bare === '' || /\d/u.test(bare) || bare.split(/\s+/u).length > 10) return false;
  if (CURATOR.test(lowerCase(text)) || /(?:бағыты|направление)(?![\p{L}])/u.test(lowerCase(bare))) return true;
  const letters = bare.replace(/[^\p{L}]/gu, '');
  return /^(?:\d{1,2}[.)]|[IVX]{1,4}\.)\s+/u.test(text) || (letters.length >= 4 && letters === letters.toUpperCase());
}

/** A heading that names a kind of the council's work or a figure, no field of life. */
const KIND_OF_WORK = /(?:заседан|отырыс|мониторинг|обращени|өтініш|нпа|нқа|письм|хат(?:тар)?(?![\p{L}])|публикац|жарияланым|слушани|тыңдау|отч[её]т|есеп|семинар|кругл|дөңгелек|меморандум|состав|құрам|комисси|мероприят|іс-шара|медиа|сми|бақ(?![\p{L}]))/u;

/** A direction's curator in its heading's bracket: "(куратор – …)", "(жетекшісі – …)", "(руководитель направления – …)". */
const CURATOR = /\((?:куратор|жетекшісі|жетекші|руководитель(?:\s+направления)?|бағыт\s+жетекшісі)\s*[-–—:]/u;
/** A total's heading: "ИТОГИ ГОДА", "ИТОГИ", "ҚОРЫТЫНДЫ", "ЖИЫНТЫҚ", "Показатели Совета в целом", "Жалпы көрсеткіштер". */
const TOTAL_HEADING = /^(?:итоги(?:\s+года)?|қорытынды|жиынтық|показатели\s+(?:общественного\s+)?совета\s+в\s+целом|жалпы\s+көрсеткіштер|заключение)(?![\p{L}])/u;
/** A line opening with a total or with what no direction holds: "Всего …", "Барлығы …", "Кроме того, … не отнесённые к направлениям". */
const TOTAL_OPENS = /^(?:всего|итого|в\s+целом|барлығы|жалпы|по\s+всем\s+направлениям|барлық\s+бағыттар\s+бойынша|кроме\s+того)(?![\p{L}])|не\s+отнес[её]нн[\p{L}]*\s+к\s+направлениям|бағыттарға\s+жатпайтын/u;
