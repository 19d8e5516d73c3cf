/**
 * Text that went through many systems carries characters a reader of the page does not see or tell apart (zero-width
 * spaces, soft hyphens, Latin look-alikes, thin spaces, full-width digits, other dashes, letters with combining marks, a
 * byte-order mark in the middle, old Mac line ends): the figures are the ones a person reads. Each class on its own, its
 * near-misses, and the council's own documents with noise of every kind thrown in at random — the same figures out.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { detectDocumentKind } from '../../../sources/extract/detectDocumentKind.ts';
import { plainCharacters } from '../../../sources/extract/plainCharacters.ts';
import { foldLatinLookalikes } from '../../../sources/extract/repairCopy.ts';
import { Rng } from '../../../sources/sample/Rng.ts';
import { examplePath } from '../../helpers/examples.ts';

describe('plainCharacters: the characters a person sees', () => {
  it.each([
    ['мони\u200bторинг 3\u200b4 обращения', 'мониторинг 34 обращения'],
    ['Всего:\u200b12 заседаний', 'Всего: 12 заседаний'],
    ['засе\u00adданий про\u00adведено', 'заседаний проведено'],
    ['\ufeffПРОТОКОЛ № 3', 'ПРОТОКОЛ № 3'],
    ['Сове\u0301та, и\u0306 е\u0308', 'Совета, й ё'],
    ['мӓслихат, ӧтініш, мäслихат', 'мәслихат, өтініш, мәслихат'],
    ['просмотров – 12\u2009500, подписчиков 3\u202f400', 'просмотров – 12\u00a0500, подписчиков 3\u00a0400'],
    ['за\u2003–\u200912', 'за – 12'],
    ['１２ заседаний（из них ３ выездных）', '12 заседаний(из них 3 выездных)'],
    ['за \u2012 12, против \u2015 1, воздержались \u2212 0', 'за – 12, против – 1, воздержались - 0'],
    ['① О плане ⑵ О бюджете ⒊ Разное ❹ Иное', '1) О плане (2) О бюджете 3. Разное 4) Иное'],
    ["Голосовали: ‹за› – 12, 'против' – 1, ″воздержались″ – 0, ‘единогласно’", 'Голосовали: «за» – 12, «против» – 1, "воздержались" – 0, «единогласно»'],
    ['ПРОТОКОЛ Nº 5, протокол N 6, No. 7, N°8', 'ПРОТОКОЛ № 5, протокол № 6, № 7, № 8'],
  ])('%j → %j', (given, want) => {
    expect(plainCharacters(given)).toBe(want);
  });
  it.each([
    ['a soft hyphen at the line\'s end: the page\'s hyphenation, joined by the readers', 'проведено засе\u00ad'],
    ['a superscript: a footnote\'s mark or a marker the document explains', 'Иванов А.Б.¹ 12 членов²'],
    ['a Latin name with its letters', 'Müller, Zoë'],
    ['thin space between two numbers not a thousands\' group', 'в 2025\u20091 раз'],
    ['an apostrophe inside a word, a Latin line\'s "No. 5"', "Qazaq'stan, Order No. 5"],
    ['"N" after a letter or not before a number', 'модель LN 5, N-ская область'],
  ])('near miss: %s', (_why, given) => {
    const out = plainCharacters(given);
    if (given.includes('\u2009')) expect(out).toBe('в 2025 1 раз');
    else expect(out).toBe(given);
  });
  it('a line of plain Cyrillic and ASCII comes back the same object (most lines: nothing done)', () => {
    const line = 'Присутствовали 12 членов Совета из 15 – «за» 12.';
    expect(plainCharacters(line)).toBe(line);
  });
});

describe('foldLatinLookalikes: Latin and Cyrillic letters that look alike', () => {
  it.each([
    ['Ha заседании присутствовали', 'На заседании присутствовали'],
    ['c 10 по 15 сентября', 'с 10 по 15 сентября'],
    ['OC рaйона, TOO «Тас»', 'ОС района, ТОО «Тас»'],
    ['через Zооm и Instаgram', 'через Zoom и Instagram'],
    ['oчнo, oнлaйн', 'очно, онлайн'],
    ['мəслихат, Əкімдік, өтінɵш', 'мәслихат, Әкімдік, өтініш'.replace('ініш', 'інөш')],
    ['ΚΟΜИССИЯ, сοвет (Greek letters)', 'КОМИССИЯ, совет (Greek letters)'],
  ])('%j → %j', (given, want) => {
    expect(foldLatinLookalikes(given)).toBe(want);
  });
  it.each([
    ['a Roman numeral numbers a quarter', 'III квартал, за I полугодие, XII созыв'],
    ['"x" alone multiplies', 'зал 12 x 8 метров'],
    ['a Latin word beside a look-alike one', 'e-mail и сайт'],
    ['a line of Latin only', 'Zoom meeting ID 123'],
    ['capitals alone on a line of plain Cyrillic: an abbreviation ("9:12 AM")', '16.04.2026, 9:12 AM Хаттама, OK Совет'],
  ])('near miss: %s', (_why, given) => {
    expect(foldLatinLookalikes(given)).toBe(given);
  });
});

const LOOKALIKE: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X' };
const SPACES = ['\u00a0', '\u2009', '\u202f', '\u2007', '\u2002'];
const DASHES = ['\u2012', '\u2015'];

/** The text with noise a person does not see: every kind, each at a few places chosen by the seed. */
function withNoise(text: string, seed: number): string {
  // The sample's seeded generator: the same noise for the same seed.
  const rng = new Rng(seed);
  const next = () => rng.float();
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => {
    let out = line.replace(/(\p{L})(?=\p{L})/gu, (c) => (next() < 0.01 ? `${c}${pick(['\u200b', '\u00ad', '\u2060'])}` : c));
    out = out.replace(/(\d)(?=\d)/gu, (d) => (next() < 0.05 ? `${d}\u200b` : d));
    out = out.replace(/\p{L}{3,}/gu, (word) => {
      if (next() >= 0.08) return word;
      const at = [...word].findIndex((c, k) => k > 0 && c in LOOKALIKE);
      return at < 0 ? word : `${word.slice(0, at)}${LOOKALIKE[word[at]]}${word.slice(at + 1)}`;
    });
    out = out.replace(/ /g, () => (next() < 0.05 ? pick(SPACES) : ' '));
    out = out.replace(/\d/g, (d) => (next() < 0.05 ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d));
    out = out.replace(/–/g, () => (next() < 0.2 ? pick(DASHES) : '–'));
    out = out.replace(/й/g, () => (next() < 0.2 ? 'и\u0306' : 'й')).replace(/ё/g, () => (next() < 0.5 ? 'е\u0308' : 'ё'));
    return next() < 0.02 ? `\ufeff${out}` : out;
  });
  // Old Mac line ends, or Windows'.
  return lines.join(seed % 2 === 0 ? '\r' : '\r\n');
}

const protocolFigures = (text: string) => {
  const p = parseProtocol(text);
  return {
    number: p.number, date: p.date, members_total: p.members_total, present: p.present, online: p.online,
    attendees: p.attendees.length, online_attendees: p.attendees.filter((a) => a.online).length, absentees: p.absentees.length,
    votes: p.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]),
  };
};
const reportFigures = (text: string) => {
  const r = parseReport(text);
  return { period: r.period, figures: Object.fromEntries(r.figures.map((f) => [f.metric, f.value])), activities: r.activities.length };
};

describe('the council\'s documents with noise thrown in: the same figures', () => {
  it.each([
    ['protocol-2022-12-28.txt', protocolFigures],
    ['protocol-kazakh-2024-10-22.txt', protocolFigures],
    ['report-2019.txt', reportFigures],
    ['report-karaganda-2024-h1.txt', reportFigures],
  ] as const)('%s', (name, figuresOf) => {
    const clean = readFileSync(examplePath(name), 'utf8');
    const want = figuresOf(clean);
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      expect(figuresOf(withNoise(clean, seed))).toEqual(want);
    }), { numRuns: 6 });
  });
});

describe('a protocol told by its title through the noise', () => {
  it.each([
    ['ПРOТОКОЛ № 5\rзаседания Общественного совета'],
    ['\ufeffПРО\u200bТОКОЛ № 5\nзаседания'],
    ['ХАТТАМA № 2\nҚоғамдық кеңес отырысының'],
  ])('%j', (text) => {
    expect(detectDocumentKind(text)).toBe('protocol');
  });
});
