import { re } from './re.ts';

/**
 * Another body's voters: "мәслихат комиссиясының 4 депутаты", "депутаты маслихата", "члены постоянной комиссии маслихата",
 * "комиссия районного маслихата: 3 / 2 / 0".
 */
const OTHER_VOTERS = re(`(?:мәслихат|маслихат)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:\\d{1,3}\\s+)?(?:депутат|комиссия|комиссии)[\\p{L}]*|(?:депутат|комисси)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,3}?(?:мәслихат|маслихат)[\\p{L}]*`);
/**
 * Those on the floor of a visiting sitting, who are no members: "жұмысшылар", "мұғалімдер", "ата-аналар", "работники",
 * "учителя", "родители". Their show of hands beside the members' vote ("Залдағы тұрғындар бұл ұсынысты қол көтеріп
 * қолдады (48 адам).", "Присутствующие работники фабрики поддержали предложение поднятием рук (за – 37)", set 193) is
 * no vote of the council: the members' counts on the next line are.
 */
const FLOOR_PEOPLE = String.raw`жұмысшылар[\p{L}]*|мұғалімдер[\p{L}]*|ата-аналар[\p{L}]*|қатысушылар[\p{L}]*|работник[\p{L}]*|рабочие|учител[\p{L}]*|родител[\p{L}]*|участники\s+встречи`;
/**
 * Residents voting at their own gathering, told in a speech at the council's sitting: "ауыл жиынында 126 тұрғын … 98-і
 * жақтап", "на сходе жителей 98 проголосовали за", "собрание граждан поддержало …", "жители села проголосовали". The
 * gathering named ("жиын", "сход", "собрание жителей"), or residents counted or voting — a vote of the village, never of the
 * council. Not residents only named ("по обращению жителей", "тұрғындардың ұсынысы бойынша"): the council voting on their matter.
 */
const RESIDENTS_VOTING = re(`(?:ауыл|халық|тұрғындар|азаматтар|қоғамдастық)[\\p{L}]*\\s+жиын[\\p{L}]*|(?<![\\p{L}])сход(?:а|е|ом|ы|ах)?(?![\\p{L}])|собрани[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:жител|граждан|местного\\s+сообществ)[\\p{L}]*|\\d{1,4}\\s+(?:тұрғын|жител|граждан)[\\p{L}]*|(?<![\\p{L}])(?:жители|тұрғындар|тұрғындары|граждане|${FLOOR_PEOPLE})\\s+(?:[\\p{L}]+\\s+){0,4}?(?:проголосовал|поддержал|высказал|жақтады|қолдады|дауыс\\s+берді)[\\p{L}]*`);
/** The council's own voters: "кеңес мүшелері", "члены Совета", "члены Общественного совета". */
const COUNCIL_VOTERS = re(`(?:кеңес|кенес)[\\p{L}]*\\s+мүше[\\p{L}]*|член[\\p{L}]*\\s+(?:общественного\\s+)?совет[\\p{L}]*`);

/**
 * A vote of another body: at a joint sitting, "(Мәслихат комиссиясының 4 депутаты комиссия қорытындысын бірауыздан қолдады –
 * бұл кеңестің дауыс беруіне жатпайды.)", "Депутаты маслихата поддержали единогласно", "мәслихат комиссиясы / комиссия
 * маслихата: 3 / 2 / 0." — its voters named, the council's members not; and the residents' gathering told in a speaker's
 * report (RESIDENTS_VOTING). No vote of the council, nor a hole where one was not read.
 */
export function isOtherBodysVote(text: string): boolean {
  return (OTHER_VOTERS.test(text) || RESIDENTS_VOTING.test(text)) && !COUNCIL_VOTERS.test(text);
}
