// Classes of sets 30–59's appeals and letters misses (session 22, helper guard): the appeals' kinds told in more ways
// (a second kind without its noun, a kind of legal entity with the law's term in brackets, the writers and their verb,
// "в т.ч." opening the kinds), answers to appeals ("Рассмотрено с ответом заявителю 44", "Ответы даны на 19", "жауап
// бердік", the rest handled next year), and letters answered said after the letters (lexicon/figures.json,
// doubtOfFigure, grammar/sentencesOf, report/readIndicatorBlocks). Each with Russian and Kazakh variants and the
// near-misses that must not be read.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const HEAD_RU = ['ОТЧЁТ', 'о работе Общественного совета района за 2025 год', ''];
const HEAD_KK = ['ЕСЕП', 'Аудандық қоғамдық кеңестің 2025 жылғы жұмысы туралы', ''];
const figuresOf = (head: string[], lines: string[], metrics: string[]) =>
  Object.fromEntries(parseReport([...head, ...lines].join('\n')).figures.filter((f) => metrics.includes(f.metric)).map((f) => [f.metric, f.value]));
const KINDS = ['appeals_received', 'appeals_individuals', 'appeals_legal_entities'];
const ANSWERED = ['appeals_received', 'appeals_answered'];
const LETTERS = ['letters_sent', 'letters_answered'];

describe('the appeals\' kinds', () => {
  it('set 57 Akmola: "Поступило 46 обращений (физических лиц – 39, юридических – 7)"', () => {
    expect(figuresOf(HEAD_RU, ['Поступило 46 обращений (физических лиц – 39, юридических – 7).'], KINDS)).toEqual({ appeals_received: 46, appeals_individuals: 39, appeals_legal_entities: 7 });
  });
  it('variant kk: "жеке тұлғалар – 39, заңды – 7"', () => {
    expect(figuresOf(HEAD_KK, ['Кеңеске 46 өтініш түсті (жеке тұлғалар – 39, заңды – 7).'], KINDS)).toEqual({ appeals_received: 46, appeals_individuals: 39, appeals_legal_entities: 7 });
  });
  it('set 57 SKO: "3 — от сельхозпредприятий (юридических лиц)"; kk "3-еуі – шаруа қожалықтарынан (заңды тұлғалар)"', () => {
    expect(figuresOf(HEAD_RU, ['Обращения. Поступило 9 обращений: 6 — от физических лиц, 3 — от сельхозпредприятий (юридических лиц).'], KINDS)).toEqual({ appeals_received: 9, appeals_individuals: 6, appeals_legal_entities: 3 });
    expect(figuresOf(HEAD_KK, ['Кеңеске 9 өтініш түсті: 6-уы – жеке тұлғалардан, 3-еуі – шаруа қожалықтарынан (заңды тұлғалар).'], KINDS)).toEqual({ appeals_received: 9, appeals_individuals: 6, appeals_legal_entities: 3 });
  });
  it('set 56 KGD: "17 – от граждан," / "8 – от организаций (ТОО, ассоциации)" across a line\'s end', () => {
    expect(figuresOf(HEAD_RU, ['В Совет поступило 25 обращений: 17 – от граждан,', '8 – от организаций (ТОО, ассоциации). Ответы направлены по 24 обращениям.'], KINDS)).toEqual({ appeals_received: 25, appeals_individuals: 17, appeals_legal_entities: 8 });
  });
  it('set 56 Minenbek: "граждане направили 21, организации – 2"; minzdrav kk: "15-ін азаматтар, 3-еуін ұйымдар жолдады"', () => {
    expect(figuresOf(HEAD_RU, ['Поступило 23 обращения: граждане направили 21, организации – 2; на все даны ответы.'], KINDS)).toEqual({ appeals_received: 23, appeals_individuals: 21, appeals_legal_entities: 2 });
    expect(figuresOf(HEAD_KK, ['Кеңеске түскен 18 өтініштің (2024 жылы – 12) 15-ін азаматтар, 3-еуін ұйымдар жолдады.'], KINDS)).toEqual({ appeals_received: 18, appeals_individuals: 15, appeals_legal_entities: 3 });
  });
  it('set 59 Kentau: "в т.ч. 15 – от физических лиц и 2 – от юридических лиц" is one sentence with its appeals', () => {
    expect(figuresOf(HEAD_RU, ['Поступило 17 обращений (в 2024 году – 12), в т.ч. 15 – от', 'физических лиц и 2 – от юридических лиц.'], KINDS)).toEqual({ appeals_received: 17, appeals_individuals: 15, appeals_legal_entities: 2 });
  });
  it('set 49 Aiyrtau kk: the kinds listed under a heading that compares another year in brackets', () => {
    expect(figuresOf(HEAD_KK, ['Кеңеске 19 өтініш келіп түсті (2024 жылғы І жартыжылдықта – 12), оның ішінде:', ' – жеке тұлғалардан – 17;', ' – заңды тұлғалардан – 2.'], KINDS)).toEqual({ appeals_received: 19, appeals_individuals: 17, appeals_legal_entities: 2 });
  });
  it('near-miss: members from organisations are no appeals; a list under another year\'s heading is not read', () => {
    expect(figuresOf(HEAD_RU, ['В Совете 15 членов: 11 – от граждан, 4 – от организаций.'], KINDS)).toEqual({});
    expect(figuresOf(HEAD_KK, ['2024 жылғы өтініштер:', ' – жеке тұлғалардан – 17;', ' – заңды тұлғалардан – 2.'], KINDS)).toEqual({});
  });
});

describe('appeals answered', () => {
  it('set 57 Akmola: "Рассмотрено с ответом заявителю 44, 2 обращения на контроле"; Almaty: "рассмотрено с направлением ответа – 24"', () => {
    expect(figuresOf(HEAD_RU, ['Поступило 46 обращений. Рассмотрено с ответом заявителю 44, 2 обращения на контроле.'], ANSWERED)).toEqual({ appeals_received: 46, appeals_answered: 44 });
    expect(figuresOf(HEAD_RU, ['Поступило обращений – 27; рассмотрено с направлением ответа – 24; остальные в работе.'], ANSWERED)).toEqual({ appeals_received: 27, appeals_answered: 24 });
  });
  it('set 57 Kostanay: "Ответы даны на 19, по двум сроки продлены"; set 30 Balkhash kk: "24 өтінішке жауап бердік"', () => {
    expect(figuresOf(HEAD_RU, ['В Совет поступило 21 обращение. Ответы даны на 19, по двум сроки продлены.'], ANSWERED)).toEqual({ appeals_received: 21, appeals_answered: 19 });
    expect(figuresOf(HEAD_KK, ['Жыл бойы 26 өтініш келді. 24 өтінішке жауап', 'бердік, екеуі әлі қаралуда.'], ANSWERED)).toEqual({ appeals_received: 26, appeals_answered: 24 });
  });
  it('set 49 Bulandy kk: "39 өтінішке жауап берілді, 2-еуі 2026 жылдың қаңтарында қаралады" — the rest\'s year dates the rest only', () => {
    expect(figuresOf(HEAD_KK, ['Кеңеске келіп түскен өтініштер саны – 41. 39 өтінішке жауап берілді,', '2-еуі 2026 жылдың қаңтарында қаралады.'], ANSWERED)).toEqual({ appeals_received: 41, appeals_answered: 39 });
    expect(figuresOf(HEAD_RU, ['Поступило 41 обращение. Ответы даны по 39 обращениям, 2 будут рассмотрены в 2026 году.'], ANSWERED)).toEqual({ appeals_received: 41, appeals_answered: 39 });
  });
  it('near-miss: answers dated in another year, and answers received (the letters\'), are no appeals answered', () => {
    expect(figuresOf(HEAD_RU, ['Поступило 41 обращение. В 2026 году ответы даны по 39 обращениям.'], ANSWERED)).toEqual({ appeals_received: 41 });
    expect(figuresOf(HEAD_RU, ['В госорганы направлено 30 писем, ответы получены на 27.'], ANSWERED)).toEqual({});
  });
});

describe('letters answered, told after the letters', () => {
  it('set 57 Pavlodar kk: "жолданған хаттар – 4 (…), жауабы келгені – 3"; set 49: "Жолданған хаттар – 14, жауап келгені – 12"', () => {
    expect(figuresOf(HEAD_KK, ['- жолданған хаттар – 4 (мемлекеттік органдарға), жауабы келгені – 3.'], LETTERS)).toEqual({ letters_sent: 4, letters_answered: 3 });
    expect(figuresOf(HEAD_KK, ['Жолданған хаттар – 14, жауап келгені – 12.'], LETTERS)).toEqual({ letters_sent: 14, letters_answered: 12 });
  });
  it('set 57 SKO and 59 Kentau: "на все 7 получены ответы"; 56 KGD: "ответы поступили по всем 9"', () => {
    expect(figuresOf(HEAD_RU, ['В госорганы направлено 7 писем, на все 7 получены ответы.'], LETTERS)).toEqual({ letters_sent: 7, letters_answered: 7 });
    expect(figuresOf(HEAD_RU, ['С рекомендациями Совета направлено 9 писем, ответы поступили по всем 9.'], LETTERS)).toEqual({ letters_sent: 9, letters_answered: 9 });
  });
  it('set 54 Almaty: "Писем в госорганы за период – 12 (ответили на 10)"; set 51 Zhetisu: "На 10 писем … получено 8 ответов"', () => {
    expect(figuresOf(HEAD_RU, ['Писем в госорганы за период – 12 (ответили на 10).'], LETTERS)).toEqual({ letters_sent: 12, letters_answered: 10 });
    expect(figuresOf(HEAD_RU, ['Переписка. На 10 писем с рекомендациями Совета получено 8 ответов.'], LETTERS)).toEqual({ letters_answered: 8 });
  });
  it('variant kk: "10 хатқа 8 жауап келді"; set 30 Konaev: "направлено 9 / ответов 7", kk "жолданды 9 / жауап 7"', () => {
    expect(figuresOf(HEAD_KK, ['Мемлекеттік органдарға 10 хат жолданды. 10 хатқа 8 жауап келді.'], LETTERS)).toEqual({ letters_sent: 10, letters_answered: 8 });
    expect(figuresOf(HEAD_RU, ['Письма в госорганы: направлено 9 / ответов 7'], LETTERS)).toEqual({ letters_sent: 9, letters_answered: 7 });
    expect(figuresOf(HEAD_KK, ['Хаттар: жолданды 9 / жауап 7'], LETTERS)).toEqual({ letters_sent: 9, letters_answered: 7 });
  });
  it('near-miss: answers in brackets after the appeals are not the letters\'', () => {
    expect(figuresOf(HEAD_RU, ['Поступило 27 обращений (ответили на 25).'], LETTERS)).toEqual({});
  });
});
