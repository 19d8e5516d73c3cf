import { sentencesOf } from '../grammar/sentencesOf.ts';
import type { AgendaItem, ExtractIssue } from '../types.ts';
import { KK_ORDINALS, RU_ORDINALS, ordinalNumber, sectionNumberOf } from './countQuestionSections.ts';
import { DECIDED, RESULT_ADOPTED, RESULT_REJECTED, SECTION_NEW } from './lexicon.ts';
import { type Paragraph, paragraphsAfter } from './paragraphsAfter.ts';
import { re } from './re.ts';
import { readCounts } from './readVotes.ts';

/**
 * The agenda the meeting adopted when it changed the one printed above: an item withdrawn ("вопрос № 3 снят с повестки
 * дня", "3-мәселе күн тәртібінен алынды"), an item moved to another meeting before the agenda was adopted ("предложил
 * перенести второй вопрос на следующее заседание", "екінші мәселені келесі отырысқа ауыстыруды ұсынды"), two items
 * merged into one ("объединить второй и третий вопросы", "2 және 3-мәселелер біріктірілді": the first kept). A change
 * proposed counts once it is accepted (a result adopted, the agenda "с изменениями утверждена", a vote carried) and
 * never when rejected. A question heard and its decision put off ("рассмотрение вопроса отложить") stays an item: it
 * was on the agenda the meeting took up; so does an item taken out of order or renumbered.
 *
 * Never a guess: a change whose item cannot be told (no number, ordinal or title that names a printed item), or a
 * proposal whose outcome the text does not give, leaves the items as printed and reports AGENDA_CHANGE_NOT_READ — the
 * caller then states no count. The agenda printed after the change (the adopted one, as set 89's Baikonur protocol
 * prints it) is read as it is: only the words after the printed items change them.
 */
export function withAgendaChanges(lines: string[], items: AgendaItem[], issues: ExtractIssue[]): AgendaItem[] {
  if (items.length === 0) return items;
  const paragraphs = paragraphsAfter(lines, items[items.length - 1].line);
  const dropped = new Set<number>();
  /** The question the discussion is on, by its section's heading ("3. СЛУШАЛИ", "По третьему вопросу", "3. …"); 0 before it. */
  let section = 0;
  let unread: number | null = null;
  /** The paragraph of the last change proposed. */
  let proposedAt: number | null = null;
  for (const [p, paragraph] of paragraphs.entries()) {
    const heading = sectionOf(paragraph.text, section);
    if (heading !== null) section = heading;
    // Only the few paragraphs between the agenda and its discussion adopt it; in the discussion only the words "off
    // the agenda" change it ("вопрос снят с повестки дня"), never a question put off or "снят с рассмотрения" after a
    // vote that failed (its question was considered).
    if (section === 0 && p > 6) break;
    for (const sentence of sentencesOf(paragraph.text)) {
      const change = changeIn(sentence.text, section > 0);
      if (change === null) continue;
      const refs = refsIn(sentence.text, items);
      // "Вопрос снят с повестки дня." closing a proposal above it: the proposal's outcome, read with it.
      if (refs.length === 0 && !change.proposed && section === 0 && proposedAt !== null && p - proposedAt <= 1) continue;
      if (change.proposed) proposedAt = p;
      const named = refs.length > 0 ? refs : section > 0 ? [section] : [];
      const outcome = change.proposed ? outcomeAfter(paragraphs, p, sentence.start + sentence.text.length) : 'adopted';
      if (outcome === 'rejected') continue;
      if (outcome === null || named.length === 0 || named.some((n) => !items.some((i) => i.no === n)) || (change.kind === 'merged' && named.length < 2)) {
        // Words that name neither the agenda nor a question ("выездное заседание перенесено") change nothing said.
        if (re(AGENDA).test(sentence.text) || ITEM_WORD.test(sentence.text)) unread ??= paragraph.line;
        continue;
      }
      // Merged: the first item stands for both.
      for (const n of change.kind === 'merged' ? named.slice(1) : named) dropped.add(n);
    }
  }
  if (unread !== null) {
    issues.push({ line: unread, message: AGENDA_CHANGE_NOT_READ });
    return items;
  }
  return dropped.size === 0 ? items : items.filter((i) => !dropped.has(i.no));
}

/**
 * The question a paragraph opens the discussion of: "3. СЛУШАЛИ:", "ПО ТРЕТЬЕМУ ВОПРОСУ", "3-мәселе бойынша", or a
 * paragraph numbered "3. …" (a discussion typed without the words) — null when it opens none.
 */
function sectionOf(text: string, current: number): number | null {
  const said = sectionNumberOf(text);
  if (said !== null) return said;
  const numbered = /^\s*(\d{1,2})\s*[.)]\s/u.exec(text);
  if (numbered) return Number(numbered[1]);
  return re(SECTION_NEW).test(text.slice(0, 40)) || re(`^\\s*${DECIDED}\\s*:`).test(text) ? Math.max(current, 1) : null;
}

/** The message of a change of the agenda not read for sure: the agenda's count is then not taken. */
export const AGENDA_CHANGE_NOT_READ = 'the agenda was changed at the meeting in a way not read for sure: the agenda\'s count not taken';

const AGENDA = '(?:повестк[\\p{L}]*|күн\\s+тәртіб[\\p{L}]*)';
/** Taken off the agenda: "снять с повестки", "исключён из повестки дня", "снят с рассмотрения", "күн тәртібінен алынды / шығарылды / алып тастау". */
const WITHDRAWN = re([
  `(?<![\\p{L}])(?:снят|снять|снима|исключ)[\\p{L}]*\\s+(?:[^.;]{0,120}?\\s)?(?:с|из)\\s+(?:${AGENDA}|рассмотрени)`,
  `(?:с|из)\\s+${AGENDA}(?:\\s+дня)?\\s+(?:[^.;]{0,60}?\\s)?(?:снят|исключ)[\\p{L}]*`,
  `күн\\s+тәртібінен\\s+(?:[^.;]{0,60}?\\s)?(?:алын|алу|алып|шығар|шығу)[\\p{L}]*`,
].join('|'));
/**
 * Moved to another meeting: a verb of moving ("перенести", "перенесён", "отложить", "ауыстыру", "қалдырылды",
 * "шегерілді", "көшірілді") and the meeting it goes to ("на следующее заседание", "на декабрьское заседание",
 * "келесі отырысқа", "маусымдағы отырысқа", "кейінге").
 */
const MOVED_VERB = re('(?<![\\p{L}])(?:перен[её]с|перенос|отлож|ауыстыр|қалдыр|шегер|көшір)[\\p{L}]*');
const LATER_MEETING = re([
  `(?:следующ|очередн|друг|ближайш|последующ|[\\p{L}]+ск)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?заседани`,
  `заседани[\\p{L}]*\\s+(?:в|во)\\s+[\\p{L}]+`,
  `(?:келесі|кезекті|алдағы|басқа|[\\p{L}]+(?:дағы|дегі|тағы|тегі))\\s+(?:[\\p{L}]+\\s+)?отырыс`,
  `(?<![\\p{L}])кейінге`,
].join('|'));
/** Merged: "объединить", "объединены", "рассмотреть совместно / вместе / в рамках одного вопроса", "біріктіру", "бірге қарау". */
const MERGED = re('(?<![\\p{L}])(?:объедин[\\p{L}]*|совместно|вместе|в\\s+рамках\\s+одного|біріктір[\\p{L}]*|бірге\\s+қара[\\p{L}]*|бір\\s+мәселе\\s+ретінде)');
/** A question on the agenda left unconsidered: "не рассматривался", "не был рассмотрен", "қаралмады", "қаралған жоқ". */
const NOT_CONSIDERED = re('(?<![\\p{L}])(?:не\\s+(?:был[аои]?\\s+)?рассм[\\p{L}]*|қаралмады|қаралған\\s+жоқ)');
/** A proposal, not yet a change: "предложил", "предлагается", "ұсынды", "ұсыныс". */
const PROPOSED = re('(?<![\\p{L}])(?:предлож[\\p{L}]*|предлага[\\p{L}]*|просил[\\p{L}]*|ұсын[\\p{L}]*|өтін[\\p{L}]*)');
/** Putting off a question's decision once it was heard: not a change of the agenda. */
const DECISION_PUT_OFF = re('(?:рассмотрени[\\p{L}]*|решени[\\p{L}]*|голосовани[\\p{L}]*|шешім[\\p{L}]*|дауыс\\s+беру[\\p{L}]*)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:перен[её]с|отлож|қалдыр|ауыстыр)');

/** Another meeting's or body's agenda: "из повестки дня следующего заседания", "снят с рассмотрения сессии маслихата". */
const OTHER_AGENDA_AFTER = re('^\\s*(?:дня\\s+)?(?:[\\p{L}]+\\s+)?(?:следующ|очередн|будущ|сесси|маслихат)[\\p{L}]*');
/** "келесі отырыстың күн тәртібінен", "мәслихат сессиясының күн тәртібінен": the other agenda named before. */
const OTHER_AGENDA_BEFORE = re('(?:келесі|кезекті|алдағы|сессия|мәслихат)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?$');

/**
 * A change told as done, whoever proposed it: "снят", "исключён", "перенесён", "объединены", "алынды", "ауыстырылды",
 * "біріктірілді" ("Мүшелердің ұсынысы бойынша 2 және 3-мәселелер біріктірілді" is done, not proposed).
 */
const DONE = re('(?<![\\p{L}])(?:снят[аоы]?|исключ[её]н[аоы]?|перенес[её]н[аоы]?|отложен[аоы]?|объедин[её]н[аоы]?|алынды|алынып|шығарылды|ауыстырылды|қалдырылды|шегерілді|көшірілді|біріктірілді)(?![\\p{L}])');

function changeIn(sentence: string, inDiscussion: boolean): { kind: 'dropped' | 'merged'; proposed: boolean } | null {
  const proposed = PROPOSED.test(sentence) && !DONE.test(sentence);
  const withdrawn = WITHDRAWN.exec(sentence);
  // In the discussion only "off the agenda" is a change: "вопрос снят с рассмотрения" after a failed vote was considered.
  if (withdrawn && inDiscussion && !re(`(?:с|из)\\s+${AGENDA}|${AGENDA}\\s*(?:дня\\s+)?(?:[\\p{L}]+\\s+){0,3}?(?:снят|исключ)|күн\\s+тәртібінен`).test(sentence)) return null;
  if (withdrawn) {
    const after = sentence.slice(withdrawn.index + withdrawn[0].length, withdrawn.index + withdrawn[0].length + 30);
    const before = sentence.slice(Math.max(0, withdrawn.index - 30), withdrawn.index);
    // "Проект снят с рассмотрения" in the discussion is a draft's fate, not the agenda's: a question must be named.
    return OTHER_AGENDA_AFTER.test(after) || OTHER_AGENDA_BEFORE.test(before) || (inDiscussion && !ITEM_WORD.test(sentence) && !re(AGENDA).test(sentence)) ? null : { kind: 'dropped', proposed };
  }
  if (!inDiscussion && MERGED.test(sentence) && ITEM_WORD.test(sentence)) return { kind: 'merged', proposed };
  // Moved once the discussion began is the question's decision put off, not the agenda changed.
  // (A question must be named: "выездное заседание переносится на декабрь" moves a meeting, not an item.)
  // "Вопрос № 2 не рассматривался, перенесен на следующее заседание": on the agenda, not considered — it stays.
  if (!inDiscussion && MOVED_VERB.test(sentence) && LATER_MEETING.test(sentence) && (ITEM_WORD.test(sentence) || /[«"“„]/u.test(sentence)) && !DECISION_PUT_OFF.test(sentence) && !NOT_CONSIDERED.test(sentence)) return { kind: 'dropped', proposed };
  return null;
}

const ITEM_WORD = re('(?<![\\p{L}])(?:вопрос|пункт|мәселе)[\\p{L}]*');
const LIST_GLUE = '\\s*(?:,|и|және|мен|пен)\\s*';
/**
 * The items a sentence names: "вопрос № 3", "вопросы 2 и 3", "пункт 4", "3-й вопрос", "третий вопрос", "второй и
 * третий вопросы", "3-мәселе", "2 және 3-мәселелер", "№ 3 мәселе", "үшінші мәселе", a title in quotes that an item's
 * title holds. Numbers the sentence gives for other things ("протокол № 9") are not read: each is read by its word.
 */
function refsIn(sentence: string, items: AgendaItem[]): number[] {
  const out: number[] = [];
  const numbers = (list: string) => out.push(...(list.match(/\d{1,2}/gu) ?? []).map(Number));
  const ordinals = (list: string) => out.push(...list.split(re(LIST_GLUE)).map((w) => ordinalNumber(w.trim()) ?? 0).filter((n) => n > 0));
  const ORD = `(?:${[...RU_ORDINALS, ...KK_ORDINALS].join('|')})[\\p{L}]*`;
  for (const m of sentence.matchAll(re(`(?:вопрос|пункт)[\\p{L}]*\\s*(?:№\\s*|под\\s+номером\\s+)?(\\d{1,2}(?:${LIST_GLUE}(?:№\\s*)?\\d{1,2})*)(?![\\d.])`, 'gu'))) numbers(m[1]);
  for (const m of sentence.matchAll(re(`(?<![\\d.№])(\\d{1,2}(?:${LIST_GLUE}\\d{1,2})*)\\s*-?\\s*(?:й|ий|ой|го|му|ші|шы|нші|ншы)?\\s*-?\\s*(?:вопрос|пункт|мәселе)`, 'gu'))) numbers(m[1]);
  for (const m of sentence.matchAll(re(`№\\s*(\\d{1,2})\\s+(?:мәселе|сұрақ)`, 'gu'))) numbers(m[1]);
  for (const m of sentence.matchAll(re(`(?<![\\p{L}])(${ORD}(?:${LIST_GLUE}${ORD})*)\\s+(?:вопрос|пункт|мәселе)`, 'gu'))) ordinals(m[1]);
  for (const m of sentence.matchAll(/[«"“„]([^«»"“”„]{8,300})[»"”“]/gu)) {
    const quoted = keyOf(m[1]);
    const item = items.find((i) => keyOf(i.title).includes(quoted));
    if (item) out.push(item.no);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

const keyOf = (title: string): string => title.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/** The agenda adopted as changed: "Повестка дня с изменением утверждена", "Күн тәртібі өзгерістермен бекітілді". */
const AMENDED_ADOPTED = re(`${AGENDA}(?:\\s+дня)?\\s+(?:[^.;]{0,40}?\\s)?(?:с\\s+(?:изменени|уч[её]том|дополнени)|в\\s+(?:новой|изменённой|измененной)\\s+редакции|өзгеріс[\\p{L}]*|өзгертілген)[^.;]{0,60}?(?:утвержд|принят|одобрен|бекітіл|қабылдан|мақұлдан)`);

/**
 * What became of a proposal: the rest of its paragraph and the next two, up to the discussion or another proposal —
 * rejected, adopted (a result adopted, the agenda adopted as changed, a vote whose "за" outnumber the others), or
 * null when the text does not say.
 */
function outcomeAfter(paragraphs: Paragraph[], p: number, from: number): 'adopted' | 'rejected' | null {
  for (let k = p; k < paragraphs.length && k <= p + 2; k++) {
    const text = k === p ? paragraphs[p].text.slice(from) : paragraphs[k].text;
    if (k > p && (re(SECTION_NEW).test(text) || PROPOSED.test(text))) return null;
    if (re(RESULT_REJECTED).test(text)) return 'rejected';
    if (re(RESULT_ADOPTED).test(text) || AMENDED_ADOPTED.test(text) || WITHDRAWN.test(text)) return 'adopted';
    // The vote's counts as the vote reader reads them ("за – 11, против – нет", "жақтап – 10, қарсы – 0").
    const vote = readCounts(text.slice(0, 400));
    if (vote.for !== null && vote.against !== null) {
      if (vote.for > vote.against + (vote.abstain ?? 0)) return 'adopted';
      if (vote.for <= vote.against) return 'rejected';
    }
  }
  return null;
}
