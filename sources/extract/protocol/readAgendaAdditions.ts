import { tidy } from '../toLines.ts';
import type { AgendaItem, ExtractIssue } from '../types.ts';
import { RESULT_ADOPTED, RESULT_REJECTED, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';
import { KK_ORDINALS, RU_ORDINALS, ordinalNumber } from './countQuestionSections.ts';
import { type Paragraph, paragraphsAfter } from './paragraphsAfter.ts';

/**
 * Items added to the printed agenda at the meeting: a member proposes a question ("предложила дополнить повестку дня
 * вопросом «…»", "күн тәртібіне «…» мәселесін енгізуді ұсынды") and the addition is accepted ("Вопрос включён в повестку
 * дня под № 4", "Повестка дня с дополнением утверждена", "Толықтырылған күн тәртібі бекітілді", or a vote "… Принято.").
 * The adopted agenda is the printed one and the additions; a proposal voted down, one for a later meeting, one whose
 * title is already an item, or an addition that names no question adds nothing.
 */
export function readAgendaAdditions(lines: string[], items: AgendaItem[], issues: ExtractIssue[] = [], changed = false): AgendaItem[] {
  if (items.length === 0) return [];
  const paragraphs = paragraphsAfter(lines, items[items.length - 1].line);
  const added: AgendaItem[] = [];
  const titles = new Set(items.map((item) => key(item.title)));
  const used = new Set<number>();
  for (let p = 0; p < paragraphs.length; p++) {
    const proposal = proposalIn(paragraphs[p].text);
    if (!proposal || titles.has(key(proposal.title))) continue;
    const accepted = acceptedAfter(paragraphs, p, proposal.end);
    if (!accepted) continue;
    const no = items.length + added.length + 1;
    // "под № 3" when the printed agenda has 3 items already: the secretary's numbering is not this addition's; so is
    // "төртінші мәселе ретінде" said of a list of four.
    if ((accepted.no !== null && accepted.no !== no) || (proposal.no !== null && proposal.no !== no)) continue;
    added.push({ no, title: tidy(proposal.title), line: paragraphs[p].line });
    titles.add(key(proposal.title));
    if (accepted.at !== null) used.add(accepted.at);
  }
  // "Повестка дня с дополнением утверждена" with the addition not read: the printed count is not the adopted one, and a
  // count short of it would be false — the caller leaves the count unstated.
  // (When the items withdrawn, moved or merged were read — `changed` — "с изменениями утверждена" tells those changes,
  // not an addition; "с дополнением", "толықтырумен" still tells one.)
  const unread = paragraphs.findIndex((x, k) => !used.has(k) && ADDITION_ADOPTED.some((a) => a.test(x.text)) && !(changed && !ADDITION_WORD.test(x.text)));
  if (unread >= 0 && paragraphs.slice(0, unread).every((x) => !re(SECTION_NEW).test(x.text))) {
    issues.push({ line: paragraphs[unread].line, message: ADDITION_NOT_READ });
  }
  return added;
}

/** The message of an addition to the agenda adopted and not read: the agenda's count is then not taken. */
export const ADDITION_NOT_READ = 'an addition to the agenda was adopted and not read: the agenda\'s count not taken';

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
  // In place of an item moved away (agendaChanges): "…, оның орнына «…» мәселені енгізуді ұсынды", "вместо него включить
  // вопрос «…»".
  re(`(?<![\\p{L}])(?:оның\\s+)?орнына\\s+(?:[\\p{L}]+\\s+){0,2}?${Q}\\s+(?:деген\\s+|туралы\\s+)?(?:мәселе[\\p{L}]*|сұрақ[\\p{L}]*)\\s+(?:енгіз|қос)[\\p{L}]*`),
  re(`(?<![\\p{L}])вместо\\s+(?:него|этого\\s+вопроса|[\\p{L}]+\\s+вопроса)\\s*,?\\s+(?:[\\p{L}]+\\s+){0,2}?(?:включить|внести|рассмотреть)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:вопрос(?:ом)?\\s*)?:?\\s*${Q}`),
];
/**
 * The question unquoted, its place named by an ordinal: "күн тәртібіне төртінші мәселе ретінде … өтінішін енгізуді ұсынды",
 * "включить в повестку дня четвёртым вопросом …". Group 1 the ordinal, 2 the title (to the verb, or to the sentence's end).
 */
const BY_ORDINAL = [
  re(`(?<![\\p{L}])күн\\s+тәртібіне\\s+(${KK_ORDINALS.join('|')})\\s+(?:мәселе|сұрақ)\\s+ретінде\\s+([^.;«»"]{5,300}?)\\s+(?:енгіз|қос)[\\p{L}]*`),
  re(`(?<![\\p{L}])(?:дополнить\\s+${AGENDA_WORD}|(?:включить|внести|добавить)\\s+в\\s+${AGENDA_WORD})\\s+((?:${RU_ORDINALS.join('|')})[\\p{L}]*)\\s+(?:вопросом|пунктом)\\s+([^.;«»"]{5,300}?)\\s*(?:[.;]|$)`),
];

/** The question proposed for this meeting's agenda, with where its sentence ends. */
function proposalIn(text: string): { title: string; end: number; no: number | null } | null {
  for (const pattern of BY_ORDINAL) {
    const m = pattern.exec(text);
    const no = m ? ordinalNumber(m[1]) : null;
    if (!m || no === null || LATER.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    const end = text.indexOf('.', m.index + m[0].length - 1);
    return { title: m[2], end: end < 0 ? text.length : end + 1, no };
  }
  for (const pattern of PROPOSALS) {
    const m = pattern.exec(text);
    // "келесі отырыстың күн тәртібіне …": the later meeting may be named just before the words matched.
    if (!m || LATER.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    const end = text.indexOf('.', m.index + m[0].length);
    return { title: m[1], end: end < 0 ? text.length : end + 1, no: null };
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
/**
 * The agenda adopted with an addition, whatever the addition was: "Күн тәртібі осы толықтырумен бірауыздан бекітілді",
 * "Повестка дня с этим дополнением единогласно утверждена".
 */
const ADDITION_ADOPTED = [
  ...ACCEPTED.slice(1),
  re(`(?<![\\p{L}])күн\\s+тәртібі\\s+(?:осы\\s+|сол\\s+)?(?:толықтыру[\\p{L}]*|толықтырылып)\\s+(?:бір\\s?ауыздан\\s+)?(?:бекітілді|қабылданды|мақұлданды)`),
  re(`(?<![\\p{L}])${AGENDA_WORD}\\s+с\\s+(?:этим|данным|указанным|этими|данными)\\s+(?:дополнени|изменени)[\\p{L}]*\\s+(?:единогласно\\s+)?(?:утвержд|принят|одобрен)`),
];
/** The word of an addition itself: "дополнение", "дополнить", "толықтыру". */
const ADDITION_WORD = re('(?<![\\p{L}])(?:дополн|толықтыр)[\\p{L}]*');
/** "под № 4", "№ 4 мәселе ретінде", "4-мәселе ретінде", "четвёртым вопросом" is not read (a word): the number given, if any. */
const UNDER_NUMBER = re('(?:под\\s+(?:номером|№)\\s*(\\d{1,2})|№\\s*(\\d{1,2})\\s+(?:мәселе|сұрақ)|(\\d{1,2})\\s*-\\s*(?:мәселе|сұрақ)[\\p{L}]*\\s+ретінде)');

/**
 * The addition accepted in the rest of the proposal's paragraph or the next three: an accepting sentence, or a result
 * adopted (and none rejected) before the next question is heard. Returns the number it was given, if any.
 */
function acceptedAfter(paragraphs: Paragraph[], p: number, from: number): { no: number | null; at: number | null } | null {
  for (let k = p; k < paragraphs.length && k <= p + 3; k++) {
    const text = k === p ? paragraphs[p].text.slice(from) : paragraphs[k].text;
    if (k > p && re(SECTION_NEW).test(text)) return null;
    // Another proposal after this one: what follows is its own.
    if (k > p && proposalIn(text)) return null;
    if (re(RESULT_REJECTED).test(text)) return null;
    if ([...ACCEPTED, ...ADDITION_ADOPTED].some((a) => a.test(text))) {
      const n = UNDER_NUMBER.exec(text) ?? (k + 1 < paragraphs.length ? UNDER_NUMBER.exec(paragraphs[k + 1].text) : null);
      const no = n ? Number(n[1] ?? n[2] ?? n[3]) : null;
      return { no, at: k };
    }
    if (re(RESULT_ADOPTED).test(text)) return { no: null, at: null };
  }
  return null;
}
