/**
 * A working group's own protocol names its members as the group's: "Присутствовали члены рабочей группы – 5", "Рабочая
 * группа создана … в составе 6 членов Совета", "Жұмыс тобының мүшелері қатысты – 5", "Жұмыс тобы 6 мүшеден тұрады". The
 * counts readers (readStatedCounts) know a body's own members as the council's, a commission's or a presidium's, and take
 * "членов рабочей группы" in a council's protocol for another group's — rightly there. In the group's own protocol
 * (its header's body `working_group`, its title a meeting of the group) the group is the body: its name is told to them as the commission's, the one body
 * of a few members they know, each line at its number. Lines of any other protocol are given back as they are.
 */
export function groupAsOwnBody(lines: string[], body: string | null): string[] {
  // (The header's body alone is not enough: a protocol of no title that names a group in a line takes its body from it.)
  if (body !== 'working_group' || !lines.slice(0, 8).some((l) => GROUP_SITTING.test(l))) return lines;
  return lines.map((line) => GROUP_NAMES.reduce((text, [from, to]) => text.replace(from, to), line));
}

/** A title of the group's meeting: "заседания рабочей группы", "Жұмыс тобы отырысының", "жұмыс тобының отырысы". */
const GROUP_SITTING = /(?:заседани|собрани)[\p{L}]*\s+(?:[\p{L}]+\s+){0,2}?рабоч[\p{L}]*\s+групп|жұмыс\s+тоб[\p{L}]*\s+(?:[\p{L}]+\s+){0,2}?отырыс/iu;

/** The group's name in each case, Russian and Kazakh, and the commission's in the same case. */
const GROUP_NAMES: [RegExp, string][] = [
  [/(?<![\p{L}])рабоч(?:ей|ую|ая)\s+групп(?:ы|е|у|ой)(?![\p{L}])/giu, 'комиссии'],
  [/(?<![\p{L}])Рабочая\s+группа(?![\p{L}])/gu, 'Комиссия'],
  [/(?<![\p{L}])рабочая\s+группа(?![\p{L}])/gu, 'комиссия'],
  [/(?<![\p{L}])жұмыс\s+тобының(?![\p{L}])/giu, 'комиссияның'],
  [/(?<![\p{L}])жұмыс\s+тобына(?![\p{L}])/giu, 'комиссияға'],
  [/(?<![\p{L}])жұмыс\s+тобында(?![\p{L}])/giu, 'комиссияда'],
  [/(?<![\p{L}])жұмыс\s+тобы(?![\p{L}])/giu, 'комиссия'],
];
