/**
 * Votes by name and by ballot (held-out set 138's theme): names under "За:", "Против:", "Воздержались:" / "Жақ:", "Қарсы:",
 * "Қалыс:" counted when every voter is named (protocol/readRollCall.ts readNameLists); roll-call tables with a column per
 * question — "1-сұрақ", иә / жоқ / қалыс, marks by a legend ("«+» – за, «–» – против, «0» – воздержался"), a PDF's header and
 * rows cut into cells (readMemberVoteTable.ts, spreadQuestionTable.ts, voteMarkLegend.ts), results told question by question in
 * one sentence after the table (resultsByQuestion.ts); a secret ballot's counting commission's protocol inside the meeting's
 * (firstProtocolOnly.ts), its dot-leader lines, one ballot of two posts declared by the candidate elected
 * (declareByCandidate.ts). Variants of my own, both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readNameLists } from '../../../sources/extract/protocol/readRollCall.ts';
import { resultsByQuestion } from '../../../sources/extract/protocol/resultsByQuestion.ts';
import { voteMarkLegend } from '../../../sources/extract/protocol/voteMarkLegend.ts';
import { spreadQuestionTables } from '../../../sources/extract/protocol/spreadQuestionTable.ts';
import { readMemberVoteTables } from '../../../sources/extract/protocol/readMemberVoteTable.ts';
import { readCounts } from '../../../sources/extract/protocol/readVotes.ts';

const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const lists = (lines: string[]) => readNameLists(lines, []).map((v) => [v.for, v.against, v.abstain]);

const HEAD_RU = ['ПРОТОКОЛ № 6', 'заседания Общественного совета Байганинского района', 'с. Карауылкелды                  12.10.2026', '',
  'Из 9 членов Совета присутствуют 6.', 'Присутствовали: Абенов К.Т., Бекова Л.М., Валиев С.С., Гусейнова А.А., Даулетов Е.Е., Есимова Р.Р.', ''];
const HEAD_KK = ['ХАТТАМА № 3', 'Ойыл ауданы Қоғамдық кеңесінің отырысы', 'Ойыл ауылы                 2026 жылғы 9 қазан', '',
  'Кеңестің 7 мүшесінің 5-і қатысты.', 'Қатысқандар: Әбілов Қ.Т., Бөкеева Л.М., Ғалиев С.С., Дүйсенова А.А., Елеусізов Е.Е.', ''];

describe('names under each label: the counts are the numbers of names', () => {
  it('Russian, the names going on over a second line, none as "нет."', () => {
    expect(lists(['ГОЛОСОВАЛИ:', 'За: Абенов К.Т., Бекова Л.М., Валиев С.С.,', 'Гусейнова А.А., Даулетов Е.Е.', 'Против: нет.', 'Воздержались: Есимова Р.Р.'])).toEqual([[5, 0, 1]]);
  });
  it('Kazakh, with a dash for none; bilingual labels "Жақ / За:"', () => {
    expect(lists(['Жақ: Әбілов Қ.Т., Бөкеева Л.М., Ғалиев С.С.', 'Қарсы: —', 'Қалыс: Дүйсенова А.А., Елеусізов Е.Е.'])).toEqual([[3, 0, 2]]);
    expect(lists(['Жақ / За: Әбілов Қ.Т., Бөкеева Л.М.', 'Қарсы / Против: Ғалиев С.С.', 'Қалыс / Воздержались: –'])).toEqual([[2, 1, 0]]);
  });
  it('counts beside the labels or after the names that agree are the same figure', () => {
    expect(lists(['За (3): Абенов К.Т., Бекова Л.М., Валиев С.С.', 'Против (0): –', 'Воздержались (1): Есимова Р.Р.'])).toEqual([[3, 0, 1]]);
    expect(lists(['за – Абенов К.Т., Бекова Л.М. (2 чел.);', 'против – Валиев С.С. (1);', 'воздержался – Есимова Р.Р. (1).'])).toEqual([[2, 1, 1]]);
  });
  it('near miss: a count that disagrees with the names gives no counts', () => {
    const issues: { line: number; message: string }[] = [];
    expect(readNameLists(['За (4): Абенов К.Т., Бекова Л.М., Валиев С.С.', 'Против: нет', 'Воздержались: нет'], issues)).toEqual([]);
    expect(issues.length).toBe(1);
  });
  it('near miss: a label missing, or a label that names no one ("все остальные"), is no list of every voter', () => {
    expect(lists(['За: Абенов К.Т., Бекова Л.М.', 'Против: Валиев С.С.'])).toEqual([]);
    expect(lists(['За: все остальные', 'Против: Валиев С.С.', 'Воздержались: нет'])).toEqual([]);
  });
  it('in a protocol: the vote counted, its result read after it; a name not among those present leaves the counts out', () => {
    const sign = ['', 'Председатель                Абенов К.Т.'];
    expect(votesOf([...HEAD_RU, '1. СЛУШАЛИ: О плане работы.', 'ГОЛОСОВАЛИ:', 'За: Абенов К.Т., Бекова Л.М., Валиев С.С., Гусейнова А.А.', 'Против: Даулетов Е.Е.',
      'Воздержались: нет.', 'Решение принято.', ...sign])).toEqual([[4, 1, 0, 'adopted']]);
    expect(votesOf([...HEAD_RU, '1. СЛУШАЛИ: О плане работы.', 'ГОЛОСОВАЛИ:', 'За: Абенов К.Т., Бекова Л.М., Петров П.П., Гусейнова А.А.', 'Против: Даулетов Е.Е.',
      'Воздержались: нет.', 'Решение принято.', ...sign])).toEqual([[null, null, null, 'adopted']]);
  });
  it('Kazakh protocol: a member present who did not vote is in no list', () => {
    expect(votesOf([...HEAD_KK, '1. ТЫҢДАЛДЫ: Комиссия төрағасын сайлау.', 'Ғалиев С.С. дауыс беруге қатыспады.', 'Жақ: Әбілов Қ.Т., Бөкеева Л.М., Дүйсенова А.А.', 'Қарсы: жоқ', 'Қалыс: Елеусізов Е.Е.',
      'Ғалиев С.С. комиссия төрағасы болып сайланды.', '', 'Төраға                Әбілов Қ.Т.'])).toEqual([[3, 0, 1, 'adopted']]);
  });
});

describe('a roll-call table with a column per question', () => {
  it('Kazakh "N-сұрақ" columns with иә / жоқ / қалыс: жоқ is against; the results in one sentence after the table', () => {
    const lines = ['№\tАты-жөні\tҚатысуы\t1-сұрақ\t2-сұрақ', '1\tӘбілов Қайрат Тимурұлы\tқатысты\tиә\tжоқ', '2\tБөкеева Ләззат Маратқызы\tқатысты\tиә\tиә',
      '3\tҒалиев Серік Сәкенұлы\tқатысты\tиә\tқалыс', '4\tДүйсенова Асем Алмасқызы\tқатыспады\t–\t–', '',
      'Дауыс беру нәтижесі: 1-сұрақ бойынша шешім қабылданды; 2-сұрақ бойынша шешім қабылданбады.'];
    const read = readMemberVoteTables(lines, []);
    expect(read.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[3, 0, 0], [1, 1, 1]]);
  });
  it('near miss: "жоқ" in a table of "за / против" (no yes-or-no) is no choice', () => {
    const issues: { line: number; message: string }[] = [];
    const lines = ['№\tФ.И.О.\tВопрос 1\tВопрос 2', '1\tАбенов К.Т.\tза\tжоқ', '2\tБекова Л.М.\tза\tза', '3\tВалиев С.С.\tпротив\tза'];
    expect(readMemberVoteTables(lines, issues).votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[2, 1, 0]]);
    expect(issues.length).toBe(1);
  });
  it('a legend of marks above the table; a PDF\'s header and rows a space apart cut into cells', () => {
    expect(voteMarkLegend('Поимённое голосование («+» – за, «–» – против, «0» – воздержался)')).toEqual(new Map([['+', 'for'], ['–', 'against'], ['0', 'abstain']]));
    expect(voteMarkLegend('(«+» – иә, «-» – қарсы, «0» – қалыс)').size).toBe(3);
    expect(voteMarkLegend('(«+» – присутствовал, «–» – отсутствовал)').size).toBe(0);
    const spread = spreadQuestionTables(['№ Ф.И.О. члена Совета Вопрос 1 Вопрос 2', '1 Абенов К.Т. + –', '2 Бекова Л.М.\t0\t+']);
    expect(spread).toEqual(['№\tФ.И.О. члена Совета\tВопрос 1\tВопрос 2', '1\tАбенов К.Т.\t+\t–', '2\tБекова Л.М.\t0\t+']);
    const lines = ['Голосование по вопросам («+» – за, «-» – против, «0» – воздержался)', '', '№ Аты-жөні 1-мәселе 2-мәселе', '1 Әбілов Қ.Т.\t+\t-', '2 Бөкеева Л.М.\t+\t0', '3 Ғалиев С.С.\t-\t+'];
    expect(readMemberVoteTables(lines, []).votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[2, 1, 0], [1, 1, 1]]);
  });
  it('near miss: without a legend "+" and "0" are no choices', () => {
    const lines = ['№ Ф.И.О. Вопрос 1 Вопрос 2', '1 Абенов К.Т.\t+\t+', '2 Бекова Л.М.\t0\t+'];
    expect(readMemberVoteTables(lines, []).votes).toEqual([]);
  });
  it('results question by question in one sentence, both languages; one question named is none', () => {
    expect([...resultsByQuestion('Итоги: по 1 вопросу – решение принято, по 2 вопросу – решение не принято.')]).toEqual([[1, 'adopted'], [2, 'rejected']]);
    expect([...resultsByQuestion('Бірінші мәселе бойынша шешім қабылданды, екінші мәселе бойынша шешім қабылданды.')]).toEqual([[1, 'adopted'], [2, 'adopted']]);
    expect(resultsByQuestion('По 1 вопросу решение принято.').size).toBe(0);
  });
});

describe('a secret ballot and its counting commission\'s protocol', () => {
  it('the commission\'s "ПРОТОКОЛ № 1" is part of the meeting: the votes after it are read; the dot-leader line with the candidate', () => {
    const lines = [...HEAD_RU, '1. СЛУШАЛИ: Об избрании председателя. Проведено тайное голосование.', '', 'ПРОТОКОЛ № 1', 'счётной комиссии о результатах тайного голосования',
      'Выдано бюллетеней ................ 6', 'Подано голосов «за» кандидатуру Бековой Л.М. ........ 5', 'Подано голосов «против» ............ 1', '',
      'Бекова Л.М. считается избранной председателем.', 'Члены счётной комиссии: ________ Абенов К.Т.', '',
      '2. СЛУШАЛИ: О плане.', 'Голосовали: за – 6, против – нет, воздержались – нет. Решение принято.', '', 'Председатель                Бекова Л.М.'];
    expect(votesOf(lines)).toEqual([[5, 1, null, 'adopted'], [6, 0, 0, 'adopted']]);
  });
  it('near miss: another protocol with another number after the discussion is still cut', () => {
    const lines = [...HEAD_RU, '1. СЛУШАЛИ: О плане.', 'Голосовали: за – 6, против – нет, воздержались – нет. Решение принято.', '', 'Председатель                Бекова Л.М.', '',
      'ПРОТОКОЛ № 2', 'заседания президиума Общественного совета', '1. СЛУШАЛИ: О повестке.', 'Голосовали: за – 3, против – 1, воздержались – нет.'];
    expect(votesOf(lines)).toEqual([[6, 0, 0, 'adopted']]);
  });
  it('one ballot of two posts: each section declared by the line naming its candidate', () => {
    const lines = [...HEAD_KK, '1. ТЫҢДАЛДЫ: Төраға мен орынбасарды жасырын дауыс беру арқылы сайлау.', '', 'ЕСЕП КОМИССИЯСЫНЫҢ ХАТТАМАСЫ',
      'I бөлім. Төраға лауазымына:', '  Бөкеева Ләззат Маратқызы     «жақ» – 4      «қарсы» – 1', 'II бөлім. Орынбасар лауазымына:', '  Ғалиев Серік Сәкенұлы    «жақ» – 2       «қарсы» – 3', '',
      'ШЕШІМ:', 'Бөкеева Ләззат Маратқызы Кеңес төрағасы болып сайланды.', 'Ғалиев Серік Сәкенұлы орынбасар болып сайланбады.', '', 'Төраға                Бөкеева Л.М.'];
    expect(votesOf(lines)).toEqual([[4, 1, null, 'adopted'], [2, 3, null, 'rejected']]);
  });
  it('near miss: a speaker\'s line ("ИВАНОВ П.С.: …") is no candidate\'s section; a later line of his declares nothing of it', () => {
    const lines = [...HEAD_RU, '1. СЛУШАЛИ: О плане.', 'Голосовали: за – 4, против – 1, воздержались – 1.', 'ИВАНОВ П.С.: предложение о переносе не прошло.', '',
      'Председатель                Бекова Л.М.'];
    expect(votesOf(lines)[0].slice(0, 3)).toEqual([4, 1, 1]);
  });
  it('dot leaders: the candidate between the quoted label and its count; near miss: a count of ballots is none', () => {
    expect(readCounts('За кандидатуру подано голосов «за» Иванова И.И. ......... 9').for).toBe(9);
    const c = readCounts('Выдано бюллетеней ........................... 10');
    expect([c.for, c.against, c.abstain]).toEqual([null, null, null]);
  });
});

describe('media: views after the verb the platforms share', () => {
  const report = (line: string) => parseReport(['Ақпарат', 'Кеңестің 2026 жылғы қазан айындағы жұмысы туралы', '', line].join('\n')).media;
  it('Kazakh and Russian: the bracket of views is no one platform\'s', () => {
    expect(report('Telegram-арнада 7 жазба, Instagram парақшасында 3 жазба жарияланды (қаралым 2,4 мың).').map((m) => [m.platform, m.publications, m.views]))
      .toEqual([['telegram', 7, null], ['instagram', 3, null]]);
    expect(report('В Telegram – 7 публикаций, в Instagram – 3 публикации размещено (просмотров 2,4 тыс.).').find((m) => m.platform === 'instagram')?.views ?? null).toBeNull();
  });
  it('near miss: a platform\'s own bracket of views is its own', () => {
    expect(report('Instagram парақшасында 3 жазба (қаралым 2,4 мың), Telegram-арнада 7 жазба жарияланды.').find((m) => m.platform === 'instagram')?.views).toBe(2400);
  });
});
