import { re } from './re.ts';

/**
 * The meeting's number as a news item tells it, with no protocol's title over it: the sitting numbered in the sentence
 * that says it took place ("Қоғамдық кеңестің биылғы №3 отырысы өтті", "кезекті № 2 отырысы өтті", "прошло заседание
 * Общественного совета № 5", "состоялось заседание Совета (протокол № 1)", "отырысы (№ 2 хаттама) өтті"), or in a
 * headline in capitals ("ҚОҒАМДЫҚ КЕҢЕСТІҢ №4 ОТЫРЫСЫ / ЗАСЕДАНИЕ ОБЩЕСТВЕННОГО СОВЕТА № 4"). A sitting's number is its
 * protocol's.
 *
 * Never another act's or another sitting's: a number after a date's locative ("12 желтоқсандағы № 5 отырыс"), "от", a
 * decision's or a plan's noun, a commission's ("заседание комиссии № 3"), or a sitting that is not this one ("келесі №
 * 4 отырыс", "следующее заседание № 4", "предыдущего заседания № 2") — and only a sentence that tells a sitting held
 * (a verb of the past) or a headline.
 */

/** A sitting held: "өтті", "өткізілді", "болып өтті", "состоялось", "прошло", "проведено", "прошло". */
const HELD = re('(?<![\\p{L}])(?:өтті|өткізілді|болып\\s+өтті|состоял[\\p{L}]*|прош(?:ло|ел|ёл)|проведен[\\p{L}]*|провел[\\p{L}]*|открыл[\\p{L}]*)(?![\\p{L}])');
/** A sentence that says what the sitting just told was: "Бұл – …", "Это …". */
const RESTATED = re('^\\s*(?:бұл|это)(?![\\p{L}])');
/** Another sitting than this one. */
const OTHER_SITTING = re('(?<![\\p{L}])(?:келесі|алдыңғы|өткен|следующ[\\p{L}]*|предыдущ[\\p{L}]*|прошл(?:ого|ом|ое|ым|ый|ая|ой))(?![\\p{L}])');
/** No small letter, two capitals at least: a headline. */
const HEADLINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

const NUMBER = '№\\s*(\\d{1,3})(?![\\d/-]|\\.\\d)';
/** Not after a date (its locative, "г.", the figures) or "от", which name another act: "12 желтоқсандағы № 5", "от 12.12.2025 № 5". */
const NOT_DATED = '(?<!(?:\\d\\s*[\\p{L}]*(?:ғы|гі)|\\d\\s*г\\.|\\d|от)\\s*)';
/** "№3 отырысы", "№ 2 отырысында", "№ 4 ОТЫРЫСЫ": the Kazakh number before the sitting. */
const KAZAKH = re(`${NOT_DATED}${NUMBER}\\s*(?:-\\s*)?отырыс[\\p{L}]*`);
/** "заседание Общественного совета № 5", "ЗАСЕДАНИЕ … № 4": the Russian number after the sitting and its body's name. */
const RUSSIAN = re(`заседани[\\p{L}]*((?:\\s+[\\p{L}«»".-]+){0,6}?)\\s*${NUMBER}`);
/** "(протокол № 1)", "(№ 2 хаттама)", "(хаттама № 2)": the protocol named in brackets in the sitting's sentence. */
const BRACKETED = re(`\\(\\s*(?:(?:протокол|хаттама)\\s*${NUMBER}|№\\s*(\\d{1,3})\\s*хаттама)\\s*\\)`);
/** A commission's or another act's noun right before the number: "комиссии № 3", "решения № 5", "плана № 2". */
const OTHER_NOUN = re('(?:комисси|решени|плана?|приказ|распоряжени|постановлени|письм)[\\p{L}]*\\s*$');

/** The meeting's number told in the head's first sentence of a sitting held, or its headline; null when none. */
export function meetingNumberOf(head: string[]): string | null {
  let heldBefore = false;
  for (const sentence of sentencesOf(head)) {
    const headline = HEADLINE.test(sentence);
    // "… Қоғамдық кеңесінің кезекті отырысы өтті. Бұл – биылғы екінші отырыс (№ 2 хаттама).", "… состоялось заседание
    // Совета. Это уже третье заседание (протокол № 3).": the sentence after the sitting held says what it was (set 168).
    const restated = heldBefore && RESTATED.test(sentence);
    heldBefore = HELD.test(sentence);
    if (!headline && !heldBefore && !restated) continue;
    const kazakh = KAZAKH.exec(sentence);
    const russian = RUSSIAN.exec(sentence);
    const bracket = BRACKETED.exec(sentence);
    const found = [
      kazakh && !OTHER_SITTING.test(sentence.slice(Math.max(0, kazakh.index - 20), kazakh.index)) ? kazakh[1] : null,
      russian && !OTHER_NOUN.test(russian[1]) && !OTHER_SITTING.test(sentence.slice(Math.max(0, russian.index - 20), russian.index)) ? russian[2] : null,
      bracket && re('(?:заседани|отырыс)').test(sentence) ? (bracket[1] ?? bracket[2]) : null,
    ].filter((n): n is string => n !== null);
    // Two numbers that differ in one sentence ("№ 3 отырысында № 2 отырыстың шешімі …"): which is the meeting's is not said.
    if (found.length > 0) return new Set(found).size === 1 ? found[0] : null;
  }
  return null;
}

/** The head's sentences, its lines joined and cut at a stop; a line in capitals (a headline) is a sentence of its own. */
function sentencesOf(head: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) out.push(...run.join(' ').split(/(?<=[.!?])\s+(?=\p{Lu})/u));
    run = [];
  };
  for (const line of head) {
    if (line.trim() === '') flush();
    else if (HEADLINE.test(line)) {
      flush();
      out.push(line.trim());
    } else run.push(line.trim());
  }
  flush();
  return out;
}
