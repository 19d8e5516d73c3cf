import { tidy } from '../toLines.ts';
import type { AgendaItem } from '../types.ts';
import { RESULT_ADOPTED, RESULT_REJECTED, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';

/**
 * Items added to the printed agenda at the meeting: a member proposes a question ("предложила дополнить повестку дня
 * вопросом «…»", "күн тәртібіне «…» мәселесін енгізуді ұсынды") and the addition is accepted ("Вопрос включён в повестку
 * дня под № 4", "Повестка дня с дополнением утверждена", "Толықтырылған күн тәртібі бекітілді", or a vote "… Принято.").
 * The adopted agenda is the printed one and the additions; a proposal voted down, one for a later meeting, one whose
 * title is already an item, or an addition that names no question adds nothing.
 */
export function readAgendaAdditions(lines: string[], items: AgendaItem[]): AgendaItem[] {
  if (items.length === 0) return [];
  const paragraphs = paragraphsAfter(lines, items[items.length - 1].line);
  const added: AgendaItem[] = [];
  const titles = new Set(items.map((item) => key(item.title)));
  for (let p = 0; p < paragraphs.length; p++) {
    const proposal = proposalIn(paragraphs[p].text);
    if (!proposal || titles.has(key(proposal.title))) continue;
    const accepted = acceptedAfter(paragraphs, p, proposal.end);
    if (!accepted) continue;
    const no = items.length + added.length + 1;
    // "под № 3" when the printed agenda has 3 items already: the secretary's numbering is not this addition's.
    if (accepted.no !== null && accepted.no !== no) continue;
    added.push({ no, title: tidy(proposal.title), line: paragraphs[p].line });
    titles.add(key(proposal.title));
  }
  return added;
}

interface Paragraph {
  text: string;
  /** The line (1-based) the paragraph opens on. */
  line: number;
}

/** The paragraphs (lines joined up to a blank one) after the line of the agenda's last item. */
function paragraphsAfter(lines: string[], after: number): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let i = after; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === '') {
      current = null;
      continue;
    }
    if (current) current.text = `${current.text} ${text}`;
    else out.push((current = { text, line: i + 1 }));
  }
  return out;
}

const key = (title: string): string => title.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

const Q = '[«"“„]([^«»"“”„]{5,300})[»"”“]';
const AGENDA_WORD = '(?:повестк[\\p{L}]*(?:\\s+дня)?(?:\\s+заседания)?)';
/** A later meeting's agenda: "в повестку дня следующего заседания", "келесі отырыстың күн тәртібіне". */
const LATER = re('(?:следующ|очередн|будущ|ближайш|последующ|келесі|кезекті|алдағы)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:заседани|отырыс|повестк|күн\\s+тәртіб)');
const PROPOSALS = [
  // "дополнить повестку дня вопросом «…»", "включить в повестку дня вопрос «…»", "внести в повестку дня дополнительный вопрос «…»"
  re(`(?<![\\p{L}])(?:дополнить\\s+${AGENDA_WORD}|(?:включить|внести|добавить)\\s+в\\s+${AGENDA_WORD})\\s+(?:[\\p{L}]+\\s+){0,2}?(?:вопрос(?:ом)?|пункт(?:ом)?)?\\s*:?\\s*${Q}`),
  // "включить вопрос «…» в повестку дня"
  re(`(?<![\\p{L}])(?:включить|внести|добавить)\\s+(?:[\\p{L}]+\\s+)?(?:вопрос|пункт)\\s*${Q}\\s+в\\s+${AGENDA_WORD}`),
  // "күн тәртібіне «…» (деген) мәселесін енгізу / қосу", "күн тәртібін «…» мәселесімен толықтыру"
  re(`(?<![\\p{L}])күн\\s+тәртіб(?:іне|ін)\\s+(?:[\\p{L}]+\\s+){0,2}?${Q}\\s+(?:деген\\s+|туралы\\s+)?(?:мәселе[\\p{L}]*|сұрақ[\\p{L}]*)\\s+(?:енгіз|қос|толықтыр)[\\p{L}]*`),
];

/** The question proposed for this meeting's agenda, with where its sentence ends. */
function proposalIn(text: string): { title: string; end: number } | null {
  for (const pattern of PROPOSALS) {
    const m = pattern.exec(text);
    // "келесі отырыстың күн тәртібіне …": the later meeting may be named just before the words matched.
    if (!m || LATER.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    const end = text.indexOf('.', m.index + m[0].length);
    return { title: m[1], end: end < 0 ? text.length : end + 1 };
  }
  return null;
}

/** "включён в повестку дня (под № 4)", "повестка дня с дополнением утверждена", "толықтырылған күн тәртібі бекітілді". */
const ACCEPTED = [
  `включ[её]н[\\p{L}]*\\s+в\\s+${AGENDA_WORD}`,
  `${AGENDA_WORD}\\s+(?:с\\s+(?:дополнени|изменени)[\\p{L}]*|с\\s+уч[её]том\\s+(?:дополнени|предложени)[\\p{L}]*)\\s+(?:утвержд|принят|одобрен)`,
  `${AGENDA_WORD}\\s+(?:утвержд|принят|одобрен)[\\p{L}]*\\s+с\\s+(?:дополнени|уч[её]том)`,
  `күн\\s+тәртібіне\\s+(?:[\\p{L}\\d№-]+\\s+){0,4}?енгізілді`,
  `толықтырыл[\\p{L}]*\\s+күн\\s+тәртібі\\s+(?:бекітілді|қабылданды|мақұлданды)`,
  `күн\\s+тәртібі\\s+(?:толықтыру[\\p{L}]*|толықтырылып)\\s+(?:бекітілді|қабылданды|мақұлданды)`,
].map((s) => re(`(?<![\\p{L}])(?:${s})`));
/** "под № 4", "№ 4 мәселе ретінде", "4-мәселе ретінде", "четвёртым вопросом" is not read (a word): the number given, if any. */
const UNDER_NUMBER = re('(?:под\\s+(?:номером|№)\\s*(\\d{1,2})|№\\s*(\\d{1,2})\\s+(?:мәселе|сұрақ)|(\\d{1,2})\\s*-\\s*(?:мәселе|сұрақ)[\\p{L}]*\\s+ретінде)');

/**
 * The addition accepted in the rest of the proposal's paragraph or the next three: an accepting sentence, or a result
 * adopted (and none rejected) before the next question is heard. Returns the number it was given, if any.
 */
function acceptedAfter(paragraphs: Paragraph[], p: number, from: number): { no: number | null } | null {
  for (let k = p; k < paragraphs.length && k <= p + 3; k++) {
    const text = k === p ? paragraphs[p].text.slice(from) : paragraphs[k].text;
    if (k > p && re(SECTION_NEW).test(text)) return null;
    // Another proposal after this one: what follows is its own.
    if (k > p && proposalIn(text)) return null;
    if (re(RESULT_REJECTED).test(text)) return null;
    if (ACCEPTED.some((a) => a.test(text))) {
      const n = UNDER_NUMBER.exec(text) ?? (k + 1 < paragraphs.length ? UNDER_NUMBER.exec(paragraphs[k + 1].text) : null);
      const no = n ? Number(n[1] ?? n[2] ?? n[3]) : null;
      return { no };
    }
    if (re(RESULT_ADOPTED).test(text)) return { no: null };
  }
  return null;
}
