import { monthOfWord } from '../monthNames.ts';

/** A month heading over a diary's items: "ШІЛДЕ", "Июль", "Шілде айы", "Июль 2025 г.:", "Июль – август". */
// A month set in a frame of dashes or equals signs on both sides ("--- ЯНВАРЬ ---", "=== ШІЛДЕ ===") is one too.
export function isMonthHeading(heading: string): boolean {
  const words = heading.trim().replace(FRAME, '$1').trim().replace(/[:.]$/u, '').replace(/\s+(?:19|20)\d{2}(?:\s*(?:г\.?|года|ж\.?|жыл[\p{L}]*))?$/iu, '').split(/\s*[-–—]\s*|\s+/u);
  const months = words.filter((w) => !/^(?:айы|месяц|ай)$/iu.test(w));
  return months.length >= 1 && months.length <= 2 && months.every((w) => /^\p{L}+$/u.test(w) && monthOfWord(w) !== null);
}

/** A frame of three marks or more on both sides of a heading: "--- ЯНВАРЬ ---", "=== Шілде ===". */
const FRAME = /^[-–—=*~_#]{3,}\s*(.*?)\s*[-–—=*~_#]{3,}$/u;
