import { findCounts, type CountSpan } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isKazakhDocument, tidy } from '../toLines.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { planOfStatement } from './plannedCount.ts';
import { runningLines } from './runningLines.ts';

/** The members' noun right after the total's count: "13 человек", "15 членов", "25 мүшеден", "19 адам". */
const MEMBERS_AFTER = /^(?:-?[\p{L}]{1,4})?\s+(?:член[\p{L}]*|человек[\p{L}]*|мүше[\p{L}]*|адам[\p{L}]*)(?![\p{L}])/u;
/** The council's membership named: the council, its composition, its forming ("в Совете", "состав", "құралған", "созыв"). */
const MEMBERSHIP = /(?<![\p{L}])(?:совет[\p{L}]*|кеңес[\p{L}]*|состав[\p{L}]*|құрам[\p{L}]*|сформирован[\p{L}]*|созыв[\p{L}]*|шақырылым[\p{L}]*)/u;
/**
 * A sentence of people at an event or of another body's membership: "В заседании приняли участие 30 человек: 20 …",
 * "В состав рабочей группы вошли 9 человек: 6 …", "Комиссия құрамында 7 мүше: …" — never the council's composition.
 */
const NOT_COMPOSITION = /(?:присутств|(?:приняли|принимали|приняло)\s+участие|участвовал|қатыс|приглаш|шақырыл(?!ым)|комисси|рабоч[\p{L}]*\s+групп|жұмыс\s+тоб|экспертн|президиум|төралқа|делегац|жюри|штаб|секретариат|хатшылы)/u;
/** The civil society's part: NGOs, public associations, activists ("гражданское общество", "НКО", "азаматтық қоғам", "ҮЕҰ"). */
const CIVIL = /(?:гражданск[\p{L}]*\s+(?:обществ|сектор|активист)|общественн[\p{L}]*\s+(?:объединени|организаци)|общественност|(?<![\p{L}])(?:нпо|нко|үеұ)(?![\p{L}])|неправительств|некоммерческ|азаматтық\s+(?:қоғам|сектор)|үкіметтік\s+емес|қоғамдық\s+(?:бірлест|ұйым)|(?<![\p{L}])қоғам\s+өкіл)/u;
/**
 * The state's part: state bodies, state servants, an akim's staff ("государственные органы", "госслужащие", "мемлекеттік органдар",
 * "мемлекеттік орындардан", "государственных структур"),
 * or the host body itself, a state body ("4-еуі – министрлік пен оның комитеттерінен", "4 – сотрудники министерства", "3 – от акимата").
 */
const STATE = /(?:государственн[\p{L}]*\s+(?:орган|служ|учрежден|структур)|госорган|госслуж|госучрежд|мемлекеттік\s+(?:орган|қызмет|мекеме|орын|құрылым)|аппарат[\p{L}]*\s+акима|әкім[\p{L}]*\s+аппарат|(?<![\p{L}])(?:министерств|министрлі[кг]|акимат|әкімдік|ведомств))/u;
/** A part's clause ends at a stop, a comma, a colon, a semicolon or a bracket (its words go up to the next count too). */
const CLAUSE_END = /[,;:()]|\.(?:\s|$)/u;

const COMPOSITION: MetricId[] = ['members_total', 'members_civil', 'members_state'];

export const PARTS_DO_NOT_ADD_UP = 'the composition\'s parts told in its sentence do not add up to its total: which number is wrong the text does not say';

/**
 * The composition told in one sentence: the council's members counted, then its two parts, each a count beside the sector
 * its members come from, in any wording and either order of count and words: "Совет … сформирован из 13 человек, 9 из
 * которых представляют гражданское общество, а 4 – государственные органы района", "в Совете 15 членов: 11 человек
 * выдвинуты общественными объединениями и НКО района, 4 работают в государственных органах", "Кеңес 25 мүшеден құралған,
 * олардың 19-ы азаматтық қоғамды, қалған 6-уы мемлекеттік органдарды білдіреді". The sentence's structure says what each
 * number is only when the parts add up to the total: then each of the three not stated yet is a figure. When they do not,
 * the three are candidates, those the figure grammar read from the sentence too. Never people at an event, another body's members, another year's or a plan's composition, a
 * count the sentence does not place (a third number after the total), nor a clause naming both sectors.
 */
export function readCompositionParts(lines: string[], inTable: Set<number>, figures: ReportFigure[], candidates: ReportCandidate[], periodYears: number[]): ReportFigure[] {
  const known = (metric: MetricId) => figures.some((f) => f.metric === metric) || candidates.some((c) => c.metric === metric);
  const kazakh = isKazakhDocument(lines);
  const out: ReportFigure[] = [];
  for (const unit of runningLines(lines, inTable)) {
    const masked = maskNeverCounts(unit.text);
    for (const sentence of sentencesOf(masked)) {
      const lower = withoutCommissionsClause(withoutClauseAfterParts(lowerCase(sentence.text), kazakh), kazakh);
      if (NOT_COMPOSITION.test(lower) || !CIVIL.test(lower) || !STATE.test(lower)) continue;
      const written = unit.text.slice(sentence.start, sentence.start + sentence.text.length);
      if (matchesOf(written, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).some((y) => !periodYears.includes(Number(y[0])))) continue;
      const counts = findCounts(lower, { kazakh });
      const first = unit.first + unit.starts.filter((s) => s <= sentence.start).length;
      if (!MEMBERSHIP.test(lower)) {
        out.push(...partsUnderTotal(lower, counts, figures, first, tidy(written).slice(0, 300)).filter((f) => !known(f.metric) && !out.some((o) => o.metric === f.metric)));
        continue;
      }
      const told = partsOf(lower, counts);
      if (told === null || planOfStatement(lower, told.total.start, told.total.end) !== null) continue;
      const line = unit.first + unit.starts.filter((s) => s <= sentence.start + told.total.start).length;
      const text = tidy(written).slice(0, 300);
      const values: [MetricId, number][] = [['members_total', told.total.value], ['members_civil', told.civil], ['members_state', told.state]];
      const adds = told.civil + told.state === told.total.value;
      const last = unit.first + unit.starts.filter((s) => s < sentence.start + sentence.text.length).length;
      for (const [metric, value] of values) {
        // A part the figure grammar read from this very sentence is no surer than the others when they do not add up.
        const read = adds ? -1 : figures.findIndex((f) => f.metric === metric && f.value === value && f.line >= line && f.line <= last);
        if (read >= 0) candidates.push({ ...figures.splice(read, 1)[0], why: PARTS_DO_NOT_ADD_UP });
        else if (known(metric) || out.some((f) => f.metric === metric)) continue;
        else if (adds) out.push({ metric, value, line, text });
        else candidates.push({ metric, value, line, text, why: PARTS_DO_NOT_ADD_UP });
      }
      if (adds) return out;
    }
  }
  return out;
}

/**
 * The sentence up to a clause after the parts that counts the commissions by their own noun: "в Совете 19 членов, из которых
 * 13 представляют НКО, а 6 являются работниками госорганов, при этом работа организована через 3 постоянные комиссии",
 * "…, 6-уы мемлекеттік органдардың қызметкерлері, жұмыс 3 тұрақты комиссия арқылы жүргізіледі". The commissions are
 * the council's structure, no part of its members and no other body's membership (never "В состав комиссии вошли 7
 * человек: …": the commission named before its count is the sentence's subject, and stays).
 */
function withoutCommissionsClause(lower: string, kazakh: boolean): string {
  const counted = findCounts(lower, { kazakh }).find((c) => c.start > 0 && COMMISSIONS_AFTER.test(lower.slice(c.end)));
  if (counted === undefined) return lower;
  const from = Math.max(lower.lastIndexOf(',', counted.start), lower.lastIndexOf(';', counted.start));
  if (from < 0 || /комисси/u.test(lower.slice(0, from)) || findCounts(lower.slice(0, from), { kazakh }).length < 3) return lower;
  return lower.slice(0, from);
}

/**
 * The sentence up to a semicolon after which it tells something else, the total and both parts told before it: "Кеңестің
 * 13 мүшесінің 10-ы қоғамдық ұйымдардан, 3-еуі мемлекеттік органдардан; тұрақты комиссиялар – 3", "Кеңесте 13 мүше: оның
 * 10-ы – ҮЕҰ …, 3-еуі – мемлекеттік қызметшілер; тұрақты комиссиялар саны – 3", "… 4 – госслужащие; заседаний – 4": the
 * clause after the semicolon counts its own noun (the commissions, the meetings), no part of the members, and names no
 * sector. A semicolon between the parts ("10 – от НКО; 3 – от госорганов") is no such end: the clause after it names a sector.
 */
function withoutClauseAfterParts(lower: string, kazakh: boolean): string {
  for (let at = lower.indexOf(';'); at >= 0; at = lower.indexOf(';', at + 1)) {
    const head = lower.slice(0, at);
    if (findCounts(head, { kazakh }).length >= 3 && CIVIL.test(head) && STATE.test(head) && !CIVIL.test(lower.slice(at)) && !STATE.test(lower.slice(at))) return head;
  }
  return lower;
}

/** The commissions' noun right after a count: "3 постоянные комиссии", "4 тұрақты комиссия". */
const COMMISSIONS_AFTER = /^\s+(?:постоянн[\p{L}]*\s+|тұрақты\s+)?комисси[\p{L}]*(?![\p{L}])/u;

/**
 * The total (the first count, the members' noun after it) and the two parts after it, one civil and one state, each
 * placed by the words of its clause after the count ("9 из которых представляют гражданское общество") or, with none
 * there, before it ("из них от НПО – 9"); null when any count after the total is placed by neither or by both.
 */
function partsOf(lower: string, counts: CountSpan[]): { total: CountSpan; civil: number; state: number } | null {
  const at = counts.findIndex((c) => MEMBERS_AFTER.test(lower.slice(c.end)));
  if (at < 0) return null;
  const total = counts[at];
  const parts = placeParts(lower, counts.slice(at + 1), total.end);
  return parts === null ? null : { total, ...parts };
}

/**
 * The two parts alone in a sentence right under the total's line ("1. КЕҢЕС ҚҰРАМЫ – 27 МҮШЕ" / "Азаматтық қоғам
 * өкілдері – 19, мемлекеттік органдардың өкілдері – 8."): each a figure when they add up to the members' total read within
 * the three lines above.
 */
function partsUnderTotal(lower: string, counts: CountSpan[], figures: ReportFigure[], line: number, text: string): ReportFigure[] {
  const parts = placeParts(lower, counts, 0);
  const total = figures.find((f) => f.metric === 'members_total');
  if (parts === null || total === undefined || total.line >= line || line - total.line > 3 || parts.civil + parts.state !== total.value) return [];
  return [{ metric: 'members_civil', value: parts.civil, line, text }, { metric: 'members_state', value: parts.state, line, text }];
}

/** Each count placed by its clause's words as the civil or the state part: one of each, or null. */
function placeParts(lower: string, rest: CountSpan[], from: number): { civil: number; state: number } | null {
  let civil: number | null = null;
  let state: number | null = null;
  for (const [k, c] of rest.entries()) {
    const next = rest[k + 1]?.start ?? lower.length;
    const after = lower.slice(c.end, next);
    const own = after.slice(0, after.search(CLAUSE_END) < 0 ? after.length : after.search(CLAUSE_END));
    const before = lower.slice(Math.max(from, ...[...',;:('].map((ch) => lower.lastIndexOf(ch, c.start - 1) + 1)), c.start);
    const words = sectorOf(own) === null && /^[\s\p{P}-]*$/u.test(own.replace(/^-?[\p{L}]{1,4}/u, '')) ? before : own;
    const sector = sectorOf(words);
    if (sector === null) return null;
    if (sector === 'civil') {
      if (civil !== null) return null;
      civil = c.value;
    } else {
      if (state !== null) return null;
      state = c.value;
    }
  }
  return civil === null || state === null ? null : { civil, state };
}

function sectorOf(words: string): 'civil' | 'state' | null {
  const civil = CIVIL.test(words);
  const state = STATE.test(words);
  return civil === state ? null : civil ? 'civil' : 'state';
}
