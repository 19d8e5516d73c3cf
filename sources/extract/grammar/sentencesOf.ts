import { matchesOf } from './matchesOf.ts';
/** Sentences with their offsets; "г. Алматы", "т.г.", "ул.", "2024 ж." do not end one. */
export function sentencesOf(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // A sentence may open with a masked date or year (maskNeverCounts: "… НПА. В 2023 году …" reads "… НПА. \uE000…"),
  // which must not join it to the one before and lend that one its year.
  // Not after an initial either: "Стамбекова Е. Д. на тему …" is one sentence. A sentence may open with its count
  // ("… проектов НПА. 2 проекта находятся на рассмотрении."): else a pending part would doubt the total before it.
  // "в т.ч. 15 – от физических лиц" (в том числе), "ст. 7", "п. 3", "г. 2024", "(вх. № 19 от …)" stay one sentence by the words before the point; so do the places
  // "с. Мадениет" (село), "пос. Жайрем", "обл." and "а. Қарабұлақ" (ауыл); a river, a lake, an avenue: "пляж на р. Сырдария",
  // "оз. Камыстыбас", "Сырдария өз. жағасы", "пр. Абая".
  // A tab between two cells of words ("Барлығы: 7 өтініш\tжеке тұлғалар – 5, …\tжауап берілді – 5, …", a register's total row
  // whose cells each tell their own column) ends a sentence too: read on, a cell's count took the next cell's noun ("7
  // өтініш жеке тұлғалар", "– 2 жауап берілді"). A cell of a count or a date alone goes on its row's sentence.
  // A year's "г." ends one when a preposition or a conjunction opens the next in capitals ("… 3 июня 2026 г. По итогам
  // мониторинга …", set 158): "в 2026 г. Совет провёл …" (a name after it) stays one.
  const boundary = /(?<=\p{L}[^\t]*)\t(?=[^\t]*\p{L})|(?<=(?:^|\s)(?:19|20)\d{2}\s?г)\.\s+(?=(?:По|В|Во|На|Из|С|Со|За|При|Для|Также|Кроме|Всего|Итого|Кроме\s+того|Однако|Это|Все)\s)|(?<!(?:^|[\s.(])(?:г|гг|ж|жж|т\.г|т\.ч|ул|им|т\.е|др|тыс|млн|ст|п|пп|РК|мкр|д|вх|исх|рег|с|пос|обл|а|р|оз|өз|пр|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))[.!?]\s+(?=[«"“A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\uE000]|\d+[\s\u00a0-])/gu;
  let start = 0;
  for (const m of matchesOf(line, boundary)) {
    const end = (m.index ?? 0) + 1;
    out.push({ text: line.slice(start, end), start });
    start = end + (m[0].length - 1);
  }
  out.push({ text: line.slice(start), start });
  return out;
}
