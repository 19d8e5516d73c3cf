/**
 * The sixth blind held-out set (issue 12, "Done when"), its protocols: four written by an agent that never saw the
 * extractors — ru and kk, speaker blocks, a participation table, votes in a pipe table. Blind, before any fix: 80.0 % of
 * 100 fields, 5 false values — the votes told only in a table read as one unanimous vote; "Қарсылығым жоқ" (I have no
 * objection) in a speech read as "against: 0"; "На заседании также присутствовали: член Общественного совета …" (guests,
 * a council member at a commission's meeting) read as attendees; "Қатыспады: Жанұзақова А.С., жастар комиссиясының
 * төрағасы – іссапарда." read without its reason; a protocol listing only its absentees read as nobody present;
 * "оның 6-уы" / "бейнебайланыс арқылы." (a sentence broken across lines) missed. Each is fixed as a class; the cases of
 * our own below, in both languages, hold it, with the near-misses that must state nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { formatProtocolSummary } from '../../../sources/extract/formatExtractSummary.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { heldOutCases, itScoresEachDocument, protocolOf } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-6');
const cases = heldOutCases(DIR).filter((f) => f.startsWith('protocol-'));
const read = async (file: string) => (await protocolOf(join(DIR, file)));

// Fields still missed, by document; none is a false value. A change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {};

const votesOf = (text: string) => parseProtocol(text).votes.map((v) => `${v.line}:${v.for}/${v.against}/${v.abstain} ${v.unanimous ? 'unanimous' : '-'} ${v.declared}`);
const rollOf = (text: string) => {
  const x = parseProtocol(text);
  return {
    attendees: x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`),
    absentees: x.absentees.map((a) => `${a.name}:${a.excused}`),
    listed: x.attendees_listed ?? true,
  };
};
const statedOf = (text: string) => {
  const x = parseProtocol(text);
  return [x.members_total, x.present, x.online];
};

describe('held-out protocols (set 6), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 4, MISSED);

  it('the ministry\'s votes from its table, each at its row; the ШЕШІМ list below is no vote', async () => {
    const x = await read('protocol-kk-ministry-agri-2025-05-20.txt');
    expect(x.votes.map((v) => `${v.line}:${v.for}/${v.against}/${v.abstain} ${v.unanimous} ${v.declared}`)).toEqual([
      '73:17/2/1 false adopted', '74:8/9/3 false rejected', '75:20/0/0 true adopted',
    ]);
    expect([x.present, x.online, x.attendees.filter((a) => a.online).length]).toEqual([20, 6, 6]);
  });

  it('Karatau: the unanimous vote has no count read from "Қарсылығым жоқ", the absentee is away on business', async () => {
    const x = await read('protocol-kk-karatau-presidium-2025-11-12.txt');
    expect(x.votes[1]).toMatchObject({ for: null, against: null, abstain: null, unanimous: true, declared: 'adopted', line: 51 });
    expect(x.absentees).toEqual([{ name: 'Жанұзақова А.С.', excused: true, reason: 'жастар комиссиясының төрағасы – іссапарда', line: 21 }]);
  });

  it('Kostanay: the commission\'s members from its table, the council member and the guests below it are none', async () => {
    const x = await read('protocol-ru-kostanay-youth-2025-09-25.txt');
    expect(x.attendees.map((a) => a.name)).not.toContain('Серикбаев А.Т.');
    expect(x.attendees.map((a) => a.line)).toEqual([20, 21, 22, 23, 26, 27, 28]);
    expect(x.issues.map((i) => i.message)).toEqual(['votes add up to 6 (3+3+0), 7 present']);
  });

  it('Beskol: only the absentees listed — who came is not written, said so, and not read as nobody', async () => {
    const x = await read('protocol-ru-beskol-2025-03-14.txt');
    expect([x.attendees, x.attendees_listed, x.present]).toEqual([[], false, null]);
    expect(x.issues).toContainEqual({ line: 12, message: 'only the absentees are listed (4): who was present is not written, so no attendee is recorded' });
    expect(formatProtocolSummary(x)).toContain('present — stated, none listed; online — stated, none listed');
  });
});

describe('votes told in a table', () => {
  it('a row per question, Russian, with a rule row, a dash for none and "единогласно" in a count cell', () => {
    expect(votesOf('Итоги голосования:\n\n| № вопроса | За | Против | Воздержались | Решение |\n|---|---|---|---|---|\n| 1 | 12 | 1 | 0 | принято |\n| 2 | 5 | 7 | 1 | не принято |\n| 3 | единогласно | – | – | принято единогласно |'))
      .toEqual(['5:12/1/0 - adopted', '6:5/7/1 - rejected', '7:null/0/0 unanimous adopted']);
  });

  it('tabs, a count repeated in words, "нет" for none', () => {
    expect(votesOf('Голосование\n№\tЗа\tПротив\tВоздержались\tРезультат\n1\t9 (девять)\t0\t1\tРешение принято\n2\t4\tнет\t6\tотклонено'))
      .toEqual(['3:9/0/1 - adopted', '4:4/0/6 - rejected']);
  });

  it('Kazakh, the result cell wrapped onto the next row', () => {
    expect(votesOf('| Мәселе | Жақтап | Қарсы | Қалыс | Нәтижесі |\n| 1 | 17 | 2 | 1 | шешім |\n|   |    |   |   | қабылданды |\n| 2 | 8 | 9 | 3 | қабылданбады |'))
      .toEqual(['2:17/2/1 - adopted', '4:8/9/3 - rejected']);
  });

  it('a row per label, a column per question, the results in a row of their own', () => {
    expect(votesOf('Результаты голосования:\n| | Вопрос 1 | Вопрос 2 |\n| За | 17 | 8 |\n| Против | 2 | 9 |\n| Воздержались | 1 | 3 |\n| Решение | принято | отклонено |'))
      .toEqual(['3:17/2/1 - adopted', '3:8/9/3 - rejected']);
    expect(votesOf('| Жақтағандар | 11 |\n| Қарсылар | 0 |\n| Қалыс қалғандар | 2 |')).toEqual(['1:11/0/2 - null']);
  });

  it('one vote in a table takes the result sentence right below it, and that sentence is no other vote', () => {
    expect(votesOf('Голосовали:\n| За | Против | Воздержались |\n| 10 | 1 | 0 |\n\nРешение принято.')).toEqual(['3:10/1/0 - adopted']);
    expect(votesOf('Голосовали:\n| За | Против | Воздержались |\n| 10 | 1 | 0 |\n\nПредложение не поддержано.\n\nПо второму вопросу: принято единогласно.'))
      .toEqual(['3:10/1/0 - rejected', '7:null/null/null unanimous adopted']);
  });

  it('one vote in a table: those who did not vote, then the result, below it', () => {
    const x = parseProtocol('Дауыс беру қорытындысы:\n| Жақтап | Қарсы | Қалыс |\n|---|---|---|\n| 12 | 2 | 1 |\n2 мүше дауыс беруге қатыспады.\nШешім қабылданды.');
    expect(x.votes.map((v) => [v.line, v.for, v.against, v.abstain, v.not_voted, v.declared])).toEqual([[4, 12, 2, 1, 2, 'adopted']]);
  });

  it('a table summing up the votes told under the questions is the same votes, not more; its results kept', () => {
    const questions = '1. СЛУШАЛИ: Иванова И.И.\nГолосовали: за – 17, против – 2, воздержались – 1.\n\n2. СЛУШАЛИ: Петрова П.П.\nГолосовали: за – 8, против – 9, воздержались – 3.\n\nИтоги голосования:\n| № | За | Против | Воздержались | Решение |\n| 1 | 17 | 2 | 1 | принято |\n';
    expect(votesOf(`${questions}| 2 | 8 | 9 | 3 | не принято |`)).toEqual(['2:17/2/1 - adopted', '5:8/9/3 - rejected']);
    // Near-miss: other counts in the table at a question — that question's counts withheld (its result, stated only by the
    // table, kept), and said. (Until set 49 all four were kept: the table's stood after the questions' as two more votes
    // of questions that are not theirs.)
    const other = parseProtocol(`${questions}| 2 | 8 | 8 | 3 | не принято |`);
    expect(other.votes.map((v) => `${v.for}/${v.against}/${v.abstain} ${v.declared}`)).toEqual(['17/2/1 adopted', 'null/null/null rejected']);
    expect(other.issues).toContainEqual({ line: 5, message: 'vote: the closing table and the questions tell this vote with other counts: withheld' });
  });

  it('near-miss: a question\'s own one-vote table with the counts of the vote before is a vote of its own', () => {
    expect(votesOf('1. СЛУШАЛИ: Иванова И.И.\nГолосовали: за – 1, против – 0, воздержались – 3.\n\n2. СЛУШАЛИ: Петрова П.П.\n| За | Против | Воздержались |\n| 1 | 0 | 3 |'))
      .toEqual(['2:1/0/3 - null', '6:1/0/3 - null']);
  });

  it('an empty count cell is no count (not 0), said with its line', () => {
    const x = parseProtocol('| За | Против | Воздержались |\n| 10 |  | 1 |');
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[10, null, 1]]);
    expect(x.issues).toContainEqual({ line: 2, message: 'vote: no count under "Против" in the table; not taken' });
  });

  it('near-misses: a cell that is no count is left null with an issue; a table of figures is no vote', () => {
    const x = parseProtocol('| № | За | Против | Воздержались | Решение |\n| 1 | 12 | много | 0 | принято |');
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[12, null, 0, 'adopted']]);
    expect(x.issues).toContainEqual({ line: 2, message: 'vote: "много" is no count in the table; not taken' });
    expect(votesOf('| Показатель | За 2024 год | За 2025 год |\n| Обращения | 12 | 15 |')).toEqual([]);
    expect(votesOf('| Мәселе | Баяндамашы | Нәтижесі |\n| 1 | Қасымов А.Р. | қабылданды |')).toEqual([]);
    // The attendance table after it is another table: its rows are no votes and raise no doubt.
    const both = parseProtocol('| № | За | Против | Воздержались | Решение |\n| 1 | 12 | 1 | 0 | принято |\n\n| № | ФИО | Участие |\n| 1 | Иванов И.И. | очно |\n| 2 | Петров П.П. | онлайн |');
    expect(both.votes.map((v) => `${v.line}:${v.for}/${v.against}/${v.abstain} ${v.declared}`)).toEqual(['2:12/1/0 adopted']);
    expect(both.attendees.map((a) => `${a.name}:${a.online}`)).toEqual(['Иванов И.И.:false', 'Петров П.П.:true']);
    expect(both.issues.map((i) => i.message)).toEqual(['votes add up to 13 (12+1+0), 2 present']);
    // Two cells saying two counts: "9 (восемь)".
    expect(votesOf('| За | Против |\n| 9 (восемь) | 1 |')).toEqual(['2:null/1/null - null']);
  });
});

describe('an "against" label is the word itself, not a word made from it', () => {
  it.each([
    ['Исмаилов Ф.Р.: Қарсылығым жоқ.', []],
    ['Мұсин А.Р.: Бұл жобаға қарсылық білдіремін, қарсылығым – 3 тармақ бойынша.', []],
    ['Противопожарных мероприятий – 5, противоправных действий – 2.', []],
    ['Предложение противоречит Положению – 3 пункта.', []],
  ])('near-miss: %s is no vote', (line, want) => {
    expect(votesOf(line)).toEqual(want);
  });

  it.each([
    ['Дауыс беру: жақтағандар – 10, қарсылар – 3, қалыс қалғандар – 1.', '1:10/3/1 - null'],
    ['Қолдағандар: 7, қарсы болғандар: жоқ, қалыс қалғандар: 1.', '1:7/0/1 - null'],
    ['Голосовали: за – 10, против – 2, воздержались – 1.', '1:10/2/1 - null'],
    ['Голосование: «за» – 4, «против» – нет, «воздержался» – 1.', '1:4/0/1 - null'],
  ])('%s is still read', (line, want) => {
    expect(votesOf(line)).toEqual([want]);
  });
});

describe('those also present are not the body\'s attendees', () => {
  it.each([
    ['Присутствовали:\n1. Иванов И.И.\n2. Петров П.П. (онлайн)\n\nНа заседании также присутствовали: член Общественного совета Сидоров С.С., руководитель управления Каримова С.Е.\n\nПовестка дня:\n1. Об отчете.'],
    ['Присутствовали:\nИванов И.И.\nПетров П.П. (онлайн)\n\nПрисутствовали также:\nСидоров С.С. – депутат маслихата\n\nПовестка дня:\n1. Об отчете.'],
    ['Присутствовали:\nИванов И.И.\nПетров П.П. (онлайн)\n\nКроме того, на заседании присутствовали: Сидоров С.С., Каримова С.Е.'],
  ])('Russian (%#): the members only', (text) => {
    expect(rollOf(text).attendees).toEqual(['Иванов И.И.', 'Петров П.П. (online)']);
  });

  it('Kazakh: "сондай-ақ қатысқандар" lists guests', () => {
    expect(rollOf('Қатысқандар:\n1) Омаров Б.К.\n2) Ли В.Л. (онлайн)\n\nОтырысқа сондай-ақ қатысқандар: Кеңес мүшесі Сәрсенов Д.А., әкімдік өкілі Жақыпов Н.С.\n\nКүн тәртібі:\n1. Есеп туралы.').attendees)
      .toEqual(['Омаров Б.К.', 'Ли В.Л. (online)']);
    expect(rollOf('Сондай-ақ отырысқа қатысты: Бекова Г.М.').attendees).toEqual([]);
  });

  it.each([
    ['На заседании также присутствовали 12 представителей молодежных НПО.', [null, null, null]],
    ['Отырысқа сондай-ақ 5 адам қатысты.', [null, null, null]],
    ['Присутствовали 7 из 9 членов комиссии. Также присутствовали 12 представителей НПО.', [9, 7, null]],
  ])('no count of those present from "%s"', (line, want) => {
    expect(statedOf(line)).toEqual(want);
  });

  it('near-miss: "а также" inside the heading of the members\' own list keeps it', () => {
    expect(rollOf('Присутствовали члены Совета, а также эксперты:\nИванов И.И.\nПетров П.П.').attendees).toEqual(['Иванов И.И.', 'Петров П.П.']);
  });
});

describe('a sentence of the stated counts broken across lines', () => {
  it.each([
    ['Состав комиссии – 9 человек. Присутствовали 7 из 9 членов комиссии, из них 2 – в\nрежиме онлайн.', [9, 7, 2]],
    ['Отырысқа 20 мүше қатысты, оның 6-уы\nбейнебайланыс арқылы.', [null, 20, 6]],
    ['Присутствовали 14 из 19 членов\nСовета, в том числе 3 – по видеосвязи.', [19, 14, 3]],
    ['Отырысқа 20 мүше\nқатысты.', [null, 20, null]],
  ])('%s', (text, want) => {
    expect(statedOf(text)).toEqual(want);
  });

  it.each([
    ['Присутствовали 7 из 9 членов комиссии.\nиз них онлайн-трансляцию смотрели 40 человек.'],
    ['Присутствовали 7 из 9 членов комиссии, из них\nИванов И.И. – онлайн'],
  ])('near-miss: a sentence ended, or a name below, is not read on (%#)', (text) => {
    expect(statedOf(text)).toEqual([9, 7, null]);
  });
});

describe('a role after the comma of a name on the heading line is the person\'s', () => {
  it('Kazakh and Russian absentees: the reason after the role is read', () => {
    expect(rollOf('Қатыспады: Жанұзақова А.С., жастар комиссиясының төрағасы – іссапарда.').absentees).toEqual(['Жанұзақова А.С.:true']);
    expect(rollOf('Отсутствовали: Сидоров С.С., председатель комиссии по экономике – по болезни; Петров П.П., член Совета – без уважительной причины.').absentees)
      .toEqual(['Сидоров С.С.:true', 'Петров П.П.:false']);
  });

  it('attendees: the online marker after the role is the person\'s', () => {
    const x = parseProtocol('Присутствовали: Иванов И.И., председатель Совета, Петров П.П., член Совета (онлайн).');
    expect(x.attendees.map((a) => `${a.name}|${a.role}|${a.online}`)).toEqual(['Иванов И.И.|председатель Совета|false', 'Петров П.П.|член Совета|true']);
  });

  it('near-miss: names alone stay names, with no reason made up', () => {
    expect(rollOf('Отсутствовали: Сидоров С.С., Петров П.П.').absentees).toEqual(['Сидоров С.С.:null', 'Петров П.П.:null']);
  });
});

describe('no one read as present is not "nobody came"', () => {
  it('a list of absentees alone, a count alone, nothing at all: attendees not listed', () => {
    expect(rollOf('Всего членов Совета – 15.\nОтсутствовали:\nСидоров С.С. – в командировке;\nПетров П.П. – без уважительной причины.')).toEqual({ attendees: [], absentees: ['Сидоров С.С.:true', 'Петров П.П.:false'], listed: false });
    expect(parseProtocol('Присутствовали 14 из 19 членов Совета.').attendees_listed).toBe(false);
    expect(parseProtocol('Қатыспағандар: Омаров Б.К. (іссапарда).').issues.map((i) => i.message)).toEqual(['only the absentees are listed (1): who was present is not written, so no attendee is recorded']);
  });

  it('a list read: no such mark, and no such issue', () => {
    const x = parseProtocol('Присутствовали:\nИванов И.И.\nОтсутствовали:\nСидоров С.С. – в командировке.');
    expect([x.attendees_listed, x.attendees.length, x.issues]).toEqual([undefined, 1, []]);
    expect('attendees_listed' in x).toBe(false);
  });
});
