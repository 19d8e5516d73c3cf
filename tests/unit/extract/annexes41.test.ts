/**
 * Classes of session 41 from set 165 (cross-references and annexes): a bracket sending the reader to an annex beside a
 * vote's counts is no part of it; a sheet of votes annexed after the signatures restates the body's votes — joined to
 * them, never votes of their own on the last question.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { withoutAnnexReferences } from '../../../sources/extract/protocol/annexReferences.ts';
import { withVoteSheet } from '../../../sources/extract/protocol/annexedVoteSheet.ts';
import type { ProtocolVote } from '../../../sources/extract/types.ts';

const page = (...lines: string[]) => lines.join('\n');
const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a reference to an annex beside the counts', () => {
  it('ru: "Голосование: 7/1/1 (лист голосования – Приложение 2, п. 1)." / "Решение принято."', () => {
    expect(votesOf(page('Голосование: 7/1/1 (лист голосования – Приложение 2, п. 1).', 'Решение принято.'))).toEqual([[7, 1, 1, false, 'adopted']]);
  });
  it('ru: "Голосование: 3/5/1 (Приложение 2, п. 2)." / "Предложение не поддержано." — one vote, its result the next line', () => {
    expect(votesOf(page('Голосование: 3/5/1 (Приложение 2, п. 2).', 'Предложение не поддержано.'))).toEqual([[3, 5, 1, false, 'rejected']]);
  });
  it('kk: "(2-қосымша, 2-жол)", "(дауыс беру парағы, 3-жол)" blanked, their length kept', () => {
    const line = 'жақтап – 8, қарсы – 1, қалыс – 1 (2-қосымша, 2-жол).';
    expect(withoutAnnexReferences(line)).toBe(line.replace('(2-қосымша, 2-жол)', ' '.repeat(18)));
    const unanimous = 'бірауыздан жақтады (дауыс беру парағы, 3-жол).';
    expect(withoutAnnexReferences(unanimous)).toBe(unanimous.replace('(дауыс беру парағы, 3-жол)', ' '.repeat(26)));
  });
  it('near-miss: a bracket of counts or of names stays ("(за – 9, против – 1)", "(Иванов И.И., Ли А.В.)")', () => {
    expect(withoutAnnexReferences('Принято (за – 9, против – 1).')).toBe('Принято (за – 9, против – 1).');
    expect(withoutAnnexReferences('Против – 2 (Иванов И.И., Ли А.В.).')).toBe('Против – 2 (Иванов И.И., Ли А.В.).');
  });
});

describe('a sheet of votes annexed after the signatures restates the body\'s votes', () => {
  const protocol = (sheetRows: string[], heading = 'Дауыс беру парағы') => page(
    'ХАТТАМА № 5',
    '2026 жылғы 28 қазан',
    'Кеңестің 13 мүшесінің 10-ы қатысты.',
    'Күн тәртібі бойынша дауыс берілді: бірауыздан.',
    '1. ТЫҢДАЛДЫ: Қасымов Н.Е.',
    'Дауыс беру нәтижесі: жақтап – 8, қарсы – 1, қалыс қалды – 1 (2-қосымша, 2-жол).',
    'ШЕШІМ: ақпарат назарға алынсын. Шешім қабылданды.',
    '2. ТЫҢДАЛДЫ: Жұмабаева Г.С.',
    'Жоғарыда аталған 10 мүше жобаны бірауыздан жақтады (дауыс беру парағы, 3-жол). Шешім қабылданды.',
    '',
    'Төраға                         Г. Жұмабаева',
    'Хатшы                          Ә. Ахметова',
    '',
    '2-қосымша',
    '2026 жылғы 28 қазандағы № 5 хаттамаға',
    '',
    heading,
    '',
    ...sheetRows,
  );
  it('kk: three rows, three votes — the sheet\'s counts where the body gives none ("10 мүше … бірауыздан жақтады" → 10/0/0)', () => {
    expect(votesOf(protocol([
      '1-жол. Күн тәртібі – бірауыздан.',
      '2-жол. 1-мәселе – жақтап 8, қарсы 1, қалыс 1. Қабылданды.',
      '3-жол. 2-мәселе – жақтап 10, қарсы 0, қалыс 0. Бірауыздан қабылданды.',
    ]))).toEqual([[null, null, null, true, null], [8, 1, 1, false, 'adopted'], [10, 0, 0, true, 'adopted']]);
  });
  it('near-miss: a row whose counts differ from the body\'s: that count not stated, the vote kept once', () => {
    const x = parseProtocol(protocol([
      '1-жол. Күн тәртібі – бірауыздан.',
      '2-жол. 1-мәселе – жақтап 7, қарсы 1, қалыс 2. Қабылданды.',
      '3-жол. 2-мәселе – жақтап 10, қарсы 0, қалыс 0. Бірауыздан қабылданды.',
    ]));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[null, null, null], [null, 1, null], [10, 0, 0]]);
  });
  it('near-miss: a sheet of another number of rows is not joined: the body\'s votes alone', () => {
    expect(votesOf(protocol(['1-жол. 1-мәселе – жақтап 8, қарсы 1, қалыс 1. Қабылданды.'])))
      .toEqual([[null, null, null, true, null], [8, 1, 1, false, 'adopted'], [null, null, null, true, 'adopted']]);
  });
  it('a body\'s word for all and a sheet\'s row with a vote against: the row\'s counts not taken', () => {
    const vote = (v: Partial<ProtocolVote>): ProtocolVote => ({ line: 1, for: null, against: null, abstain: null, unanimous: null, declared: null, text: '', ...v });
    const issues: { line: number; message: string }[] = [];
    expect(withVoteSheet([vote({ unanimous: true, declared: 'adopted' })], [vote({ line: 30, for: 9, against: 1, abstain: 0 })], issues)[0].for).toBeNull();
    expect(issues).toHaveLength(1);
  });
});

describe('those present and the reasons of the absent in the annexes', () => {
  const annexed = (title: string) => page(
    'ПРОТОКОЛ № 7',
    'г. Тараз\t09.12.2026 г.',
    'Присутствовали: 3 из 5 членов Общественного совета (поимённый список – Приложение 1).',
    'Голосование: за – 3, против – нет, воздержались – нет.',
    'Председатель ____ Б. Жанузаков',
    'Приложение 1 к протоколу № 7 от 09.12.2026',
    title,
    '1. Жанузаков Б.О.',
    '2. Лиходед М.Ю.',
    '3. Ким Д.В. (по видеосвязи)',
    'Отсутствовали:',
    '1. Тулегенов А.С. – трудовой отпуск',
    '2. Абишева Л.М. – болезнь',
  );
  it('ru and kk: the list\'s title right under the appendix\'s label, the list right under it', () => {
    for (const title of ['Список членов Общественного совета, присутствовавших на заседании', 'Отырысқа қатысқан Қоғамдық кеңес мүшелерінің тізімі']) {
      const x = parseProtocol(annexed(title));
      expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Жанузаков Б.О.', false], ['Лиходед М.Ю.', false], ['Ким Д.В.', true]]);
      expect(x.absentees).toHaveLength(2);
    }
  });
  it('near-miss: a title naming no presence ("Список членов Общественного совета") lists no one present', () => {
    expect(parseProtocol(annexed('Список членов Общественного совета')).attendees).toEqual([]);
  });
  const sheet = (noteHeading: string, rows: string[][]) => page(
    'ПРОТОКОЛ № 8',
    '25.11.2026',
    'Присутствовали: 2 из 3 членов Общественного совета.',
    'Приложение 1',
    'ЛИСТ РЕГИСТРАЦИИ',
    `№\tФ.И.О.\tФорма участия\t${noteHeading}`,
    ...rows.map((r) => r.join('\t')),
  );
  const rows = [['1', 'Сагындыкова Айгерим Маратовна', 'очно', 'подпись'], ['2', 'Бекова Жанар Тулеуовна', 'онлайн', 'подключение через Zoom'], ['3', 'Жукова Светлана Петровна', 'отсутствует', 'командировка']];
  it('ru: "Подпись / примечание" beside "Форма участия": the absent row\'s note is its reason', () => {
    const x = parseProtocol(sheet('Подпись / примечание', rows));
    expect(x.absentees.map((a) => [a.name, a.excused, a.reason])).toEqual([['Жукова Светлана Петровна', true, 'командировка']]);
    expect(x.attendees.map((a) => a.online)).toEqual([false, true]);
  });
  it('near-miss: "без уважительной причины" in that column is an absence unexcused', () => {
    const x = parseProtocol(sheet('Подпись / примечание', [...rows.slice(0, 2), ['3', 'Мельник Виктор Степанович', 'отсутствует', 'без уважительной причины']]));
    expect(x.absentees.map((a) => a.excused)).toEqual([false]);
  });
});

describe('a quoted label wrapped onto the next line goes on with its sentence', () => {
  it('mixed: "… 9 членов проголосовали" / "«за»; қарсы / против – жоқ / нет, …"', () => {
    expect(votesOf(page('Жоғарыда аталған 9 мүше жақтады / Указанные выше 9 членов проголосовали', '«за»; қарсы / против – жоқ / нет, қалыс / воздержались – жоқ / нет.')))
      .toEqual([[9, 0, 0, false, null]]);
  });
  it('near-miss: a quoted capital on the next line opens a sentence of its own ("«Решение принято»")', () => {
    expect(votesOf(page('Указанные выше 9 членов проголосовали', '«Против» – 2, «воздержались» – 1.'))).toEqual([[null, 2, 1, false, null]]);
  });
});
