import { re } from './re.ts';

/**
 * The text says the agenda was never taken up: it was not adopted ("повестка дня не утверждалась", "күн тәртібі
 * бекітілмеді") or the meeting did not take place ("несостоявшегося заседания", "заседание не состоялось", "вопросы
 * повестки не рассматриваются", "отырыс өтпеді", "мәселелер қаралмады"). The questions it lists were a draft, carried
 * over to another meeting: how many the meeting's agenda had is not something the text states. The line (1-based) of
 * the first such words, or null. One question not considered ("вопрос № 3 не рассматривался") is not this.
 */
const NOT_TAKEN = re([
  `повестк[\\p{L}]*(?:\\s+дня)?(?:\\s+заседания)?\\s+не\\s+(?:был[аои]?\\s+)?(?:утвержд|принят|рассматрива|обсужда)[\\p{L}]*`,
  `вопросы(?:\\s+повестки(?:\\s+дня)?)?\\s+не\\s+(?:рассматрива|обсужда)(?:ются|лись)`,
  `(?<![\\p{L}])несостоявш[\\p{L}]*\\s+заседани`,
  `заседани[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?не\\s+состоял(?:ось|ся)`,
  `заседани[\\p{L}]*\\s+(?:признан[\\p{L}]*\\s+)?неправомочн`,
  `күн\\s+тәртіб[\\p{L}]*\\s+(?:бекітілмеді|бекітілген\\s+жоқ|қабылданбады)`,
  `(?<![\\p{L}])отырыс[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:өтпеді|өтпей\\s+қалды|өткізілмеді)`,
  `өтпеген\\s+отырыс`,
  `мәселелер[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?қаралмады`,
].join('|'));

export function agendaNotTaken(lines: string[]): number | null {
  const at = lines.findIndex((l) => NOT_TAKEN.test(l));
  return at < 0 ? null : at + 1;
}
