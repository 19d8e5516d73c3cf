/**
 * Classes of set 49's protocols (ru and kk cases, each with variants and near-misses): a closing vote table in a fixed
 * font whose rows name their question ("Күн тәртібі", "2-мәселе: … ұсынысы") and whose word for all spans the count
 * columns — respreadVoteTable, readVoteTable; a result-only sentence in the discussion restating a vote of that table —
 * readVotes (restatesTable); votes written as counts a slash apart, with their legend ("Голосование (за/против/возд.):
 * 12/0/0 – принято.") or their result ("– 4/6/1, не принято.") — readVoteLegend (readSlashedVotes); a form's label in two
 * languages ("Кеңес мүшелерінің саны / Численность членов Совета:   15") — readStatedCounts; a paragraph of names whose
 * bracket breaks over a line ("Ковальчук Олег Иванович (бейнебайланыс," / "Павлодар қ.), …") — readAttendance; an absence
 * for the harvest or the employer's work ("уборочная кампания, в поле", "егін жинау") — lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { attendeesOf, doc, statedCounts, votesOf } from '../../helpers/protocolCounts.ts';

const HEAD_KK = 'ХАТТАМА № 3\n2025 жылғы 21 мамыр\n\n';
const HEAD_RU = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n21.05.2025 г.\n\n';
const votes = votesOf;
const absentees = (text: string) => {
  const x = parseProtocol(text);
  return x.absentees_listed === false ? null : x.absentees.map((a) => [a.name, a.excused]);
};

const RULE = '-----------------------------------------------------------------------';

describe('a closing vote table in a fixed font, its rows named by their question', () => {
  it('kk (the real text): "Күн тәртібі   8   0   0   қабылданды" … "3-мәселе   бірауыздан   қабылданды"', () => {
    const text = doc(HEAD_KK,
      'ДАУЫС БЕРУ НӘТИЖЕЛЕРІ', '',
      'Мәселе                               Жақтады   Қарсы   Қалыс    Шешім',
      RULE,
      'Күн тәртібі                              8        0       0     қабылданды',
      '1-мәселе                                 8        0       0     қабылданды',
      '2-мәселе: Жұмабаев С.Қ. ұсынысы          3        5       0     қабылданбады',
      '2-мәселе: шешім жобасы                   7        0       1     қабылданды',
      '3-мәселе                                бірауыздан              қабылданды',
      RULE);
    expect(votes(text)).toEqual([
      [8, 0, 0, false, 'adopted'], [8, 0, 0, false, 'adopted'], [3, 5, 0, false, 'rejected'], [7, 0, 1, false, 'adopted'], [null, null, null, true, 'adopted'],
    ]);
  });
  it('ru variant: "Повестка дня   9   0   0   принято", "Вопрос 2 (предложение Иванова И.И.)", "единогласно" across the counts', () => {
    const text = doc(HEAD_RU,
      'ИТОГИ ГОЛОСОВАНИЯ', '',
      'Вопрос                                   За    Против   Воздержались   Решение',
      'Повестка дня                             9       0          0          принято',
      'Вопрос 1                                      единогласно              принято',
      'Вопрос 2 (предложение Иванова И.И.)      2       6          1          не принято');
    expect(votes(text)).toEqual([[9, 0, 0, false, 'adopted'], [null, null, null, true, 'adopted'], [2, 6, 1, false, 'rejected']]);
  });
  it('variant: a Word table, its cell merged across the counts ("3 | Вопрос 3 | единогласно | принято")', () => {
    const text = doc(HEAD_RU,
      '№\tВопрос\tЗа\tПротив\tВоздержались\tРешение',
      '1\tВопрос 1\t9\t0\t0\tпринято',
      '2\tВопрос 2\tединогласно\tпринято',
      '3\tВопрос 3\t5\t4\t0\tпринято');
    expect(votes(text)).toEqual([[9, 0, 0, false, 'adopted'], [null, null, null, true, 'adopted'], [5, 4, 0, false, 'adopted']]);
  });
  it('variants: no result column ("Повестка дня   9   0   0", "Вопрос 2   единогласно"); a "№" column before the question\'s', () => {
    expect(votes(doc(HEAD_RU,
      'Вопрос                      За    Против   Воздержались',
      'Повестка дня                 9       0          0',
      'Вопрос 2                        единогласно'))).toEqual([[9, 0, 0, false, null], [null, null, null, true, null]]);
    expect(votes(doc(HEAD_KK,
      '№   Мәселе                     Жақтады   Қарсы   Қалыс    Шешім',
      '1   Күн тәртібі                   8        0       0     қабылданды',
      '2   Жұмыс жоспары                 7        1       0     қабылданды'))).toEqual([[8, 0, 0, false, 'adopted'], [7, 1, 0, false, 'adopted']]);
  });
  it('a dash across the counts says no count: its place kept (the rows below stay on their questions), nothing said of it', () => {
    const text = doc(HEAD_RU,
      'Вопрос                     За    Против   Воздержались   Решение',
      'Вопрос 1                   9       0          0          принято',
      'Вопрос 2                              —',
      'Вопрос 3                   5       4          0          принято');
    expect(votes(text)).toEqual([[9, 0, 0, false, 'adopted'], [null, null, null, null, null], [5, 4, 0, false, 'adopted']]);
  });
  it('near-miss: a row of two counts under three labels is no row of the table (not read as 8/0/null)', () => {
    const text = doc(HEAD_KK,
      'Мәселе                               Жақтады   Қарсы   Қалыс    Шешім',
      '1-мәселе                                 8        0             қабылданды');
    expect(votes(text).filter((v) => v[0] === 8 && v[1] === 0)).toEqual([]);
  });
});

describe('a result told in the discussion, the votes summed up in a table after the questions', () => {
  const table = (rows: string[]) => ['', 'ДАУЫС БЕРУ НӘТИЖЕЛЕРІ', 'Мәселе                   Жақтады   Қарсы   Қалыс    Шешім', ...rows];
  it('kk (the real text): "Бұл ұсыныс жеке дауысқа салынып, қолдау таппады." is the table\'s proposal, not a vote before it', () => {
    const text = doc(HEAD_KK,
      '2. ТЫҢДАЛДЫ: Ибрагимова Ж.Т. – суармалы жер туралы.',
      'СӨЙЛЕДІ: Жұмабаев С.Қ. мәселені облыстық Қоғамдық кеңеске жолдауды',
      'ұсынды. Бұл ұсыныс жеке дауысқа салынып, қолдау таппады.',
      'ШЕШІМ: ақпарат назарға алынсын.',
      ...table([
        '1-мәселе                     8        0       0     қабылданды',
        '2-мәселе: ұсыныс             3        5       0     қабылданбады',
        '2-мәселе: шешім жобасы       7        0       1     қабылданды']));
    expect(votes(text)).toEqual([[8, 0, 0, false, 'adopted'], [3, 5, 0, false, 'rejected'], [7, 0, 1, false, 'adopted']]);
  });
  it('ru variant: "Предложение не поддержано большинством голосов." before "ИТОГИ ГОЛОСОВАНИЯ"', () => {
    const text = doc(HEAD_RU,
      'Петров П.П. предложил перенести вопрос. Предложение не поддержано большинством голосов.',
      '', 'ИТОГИ ГОЛОСОВАНИЯ',
      'Вопрос                       За    Против   Воздержались   Решение',
      'Вопрос 1                     9       0          0          принято',
      'Вопрос 2: предложение        2       7          0          не принято');
    expect(votes(text)).toEqual([[9, 0, 0, false, 'adopted'], [2, 7, 0, false, 'rejected']]);
  });
  it('near-miss: a counted vote between the sentence and the table keeps the sentence\'s vote; the table\'s proposal is read after it', () => {
    const text = doc(HEAD_RU,
      'Повестка дня утверждена большинством голосов.',
      'Голосовали: за – 9, против – 0, воздержались – 0. Решение принято.',
      '', 'ИТОГИ ГОЛОСОВАНИЯ ПО ПРЕДЛОЖЕНИЯМ',
      'Вопрос                       За    Против   Воздержались   Решение',
      'Вопрос 1                     9       0          0          принято',
      'Вопрос 2: предложение        2       7          0          не принято');
    expect(votes(text)).toEqual([[null, null, null, false, 'adopted'], [9, 0, 0, false, 'adopted'], [2, 7, 0, false, 'rejected']]);
  });
});

describe('votes written as counts a slash apart', () => {
  it('ru (the real text): "Голосование (за/против/возд.): 12/0/0 – принято."', () => {
    expect(votes(`${HEAD_RU}Решение: информацию принять к сведению.\nГолосование (за/против/возд.): 12/0/0 – принято.\n`)).toEqual([[12, 0, 0, false, 'adopted']]);
  });
  it('ru (the real text): "Предложение Мусина Е.Б. – 4/6/1, не принято." — the result right after the counts', () => {
    expect(votes(`${HEAD_RU}Мусин Е.Б. предложил включить площадку.\nПредложение Мусина Е.Б. – 4/6/1, не принято.\n`)).toEqual([[4, 6, 1, false, 'rejected']]);
  });
  it('kk variant: "Дауыс беру (жақтап/қарсы/қалыс) – 9/2/1, қабылданды."; "1-мәселе – 10/0/0 – қабылданды."', () => {
    expect(votes(`${HEAD_KK}Дауыс беру (жақтап/қарсы/қалыс) – 9/2/1, қабылданды.\n`)).toEqual([[9, 2, 1, false, 'adopted']]);
    expect(votes(`${HEAD_KK}ШЕШІМ: ақпарат назарға алынсын.\n1-мәселе – 10/0/0 – шешім қабылданды.\n`)).toEqual([[10, 0, 0, false, 'adopted']]);
  });
  it('variants: "за/против/возд. – 9/1/0", hyphens "(за-против-воздержались): 9-1-0", the legend\'s own order "(против/за): 1/9"', () => {
    expect(votes(`${HEAD_RU}Голосовали за/против/возд. – 9/1/0. Решение принято.\n`)).toEqual([[9, 1, 0, false, 'adopted']]);
    expect(votes(`${HEAD_RU}Итоги (за-против-воздержались): 9-1-0, принято.\n`)).toEqual([[9, 1, 0, false, 'adopted']]);
    expect(votes(`${HEAD_RU}Голосование (против/за): 1/9 – принято.\n`)).toEqual([[9, 1, null, false, 'adopted']]);
  });
  it('near-misses: a date, a ratio, three numbers with no legend and no result — no vote', () => {
    expect(votes(`${HEAD_RU}Протокол от 12/05/2025 принят к сведению.\n`).filter((v) => v[0] !== null)).toEqual([]);
    expect(votes(`${HEAD_RU}Обследовано домов 4/6/1 по улицам Ленина, Абая, Мира.\n`)).toEqual([]);
    expect(votes(`${HEAD_RU}Квоты распределены как 3/2/1, принято к сведению.\n`).filter((v) => v[0] !== null)).toEqual([]);
  });
  it('near-miss: a legend of three labels over two counts is not read', () => {
    expect(votes(`${HEAD_RU}Голосование (за/против/возд.): 12/0 – принято.\n`).filter((v) => v[0] !== null)).toEqual([]);
  });
});

describe('a form\'s label in Kazakh and Russian, a slash between', () => {
  it('mixed (the real text): "Кеңес мүшелерінің саны / Численность членов Совета:   15"', () => {
    expect(statedCounts(doc(HEAD_RU,
      'Кеңес мүшелерінің саны / Численность членов Совета:   15',
      'Қатысқандар / Присутствовали:                           12, из них онлайн – 2'))).toEqual([15, 12, 2]);
  });
  it('variant: Russian first, "Численность членов Совета / Кеңес мүшелерінің саны – 17"', () => {
    expect(statedCounts(doc(HEAD_RU, 'Численность членов Совета / Кеңес мүшелерінің саны – 17', 'Присутствовали: 14'))).toEqual([17, 14, null]);
  });
  it('near-miss: two labels of one language, a value each ("Присутствовали / отсутствовали: 12 / 3") — not one label', () => {
    expect(statedCounts(doc(HEAD_RU, 'Присутствовали / отсутствовали: 12 / 3'))).toEqual([null, null, null]);
    expect(statedCounts(doc(HEAD_RU, 'Присутствовали / отсутствовали: 3'))).toEqual([null, null, null]);
  });
});

describe('a paragraph of names whose bracket breaks over a line', () => {
  it('kk (the real text): "Ковальчук Олег Иванович (бейнебайланыс," / "Павлодар қ.), Мұқанова …"', () => {
    const text = doc(HEAD_KK,
      'Қатысқан Кеңес мүшелері: Жүсіпов Қанат Төлеуұлы (Кеңес төрағасы),',
      'Әлиева Гүлнар Сейітқызы (хатшы), Бөкейханов Арман Нұрланұлы, Головко Ирина',
      'Викторовна, Жұмабаев Серік Қалиұлы, Ковальчук Олег Иванович (бейнебайланыс,',
      'Павлодар қ.), Мұқанова Сәуле Әділбекқызы, Төлеубаев Нұржан Асқарұлы.');
    const read = attendeesOf(text)!;
    expect(read).toHaveLength(8);
    expect(read.filter((a) => a[1]).map((a) => a[0])).toEqual(['Ковальчук Олег Иванович']);
  });
  it('ru variant, no name broken: "Петров П.П. (онлайн," / "г. Павлодар), Сидоров С.С., …"', () => {
    const text = doc(HEAD_RU,
      'Присутствовали: Иванов И.И. (председатель), Петров П.П. (онлайн,',
      'г. Павлодар), Сидоров С.С., Кузнецова А.А.');
    expect(attendeesOf(text)).toEqual([['Иванов И.И.', false], ['Петров П.П.', true], ['Сидоров С.С.', false], ['Кузнецова А.А.', false]]);
  });
});

describe('an absence for the harvest or the employer\'s work excuses', () => {
  it('ru (the real text, a registration table\'s column): "отсутствовал (уборочная кампания, в поле)"', () => {
    const text = doc(HEAD_RU, 'Лист регистрации членов Общественного совета',
      '№\tФ.И.О.\tОтметка об участии',
      '1\tБайтасов Е.Н.\tприсутствовал',
      '2\tГайдамак В.Ю.\tотсутствовал (уборочная кампания, в поле)',
      '3\tМирошниченко Д.С.\tотсутствовал, причина не известна');
    expect(absentees(text)).toEqual([['Гайдамак В.Ю.', true], ['Мирошниченко Д.С.', false]]);
  });
  it('kk variant after a dash: "– егін жинау жұмыстарында"; ru in brackets: "(по производственной необходимости)"', () => {
    expect(absentees(doc(HEAD_KK, 'Қатыспағандар:', 'Сапаров Ж.К. – егін жинау жұмыстарында;', 'Омаров Д.К. – себебін хабарламады.'))).toEqual([['Сапаров Ж.К.', true], ['Омаров Д.К.', false]]);
    expect(absentees(doc(HEAD_RU, 'Отсутствовали:', 'Ким В.П. (по производственной необходимости);', 'Ли О.В. (без объяснения причин).'))).toEqual([['Ким В.П.', true], ['Ли О.В.', false]]);
  });
  it('near-miss: "занята на работе, без уважительной причины" is unexcused (the unexcused words first)', () => {
    expect(absentees(doc(HEAD_RU, 'Отсутствовали:', 'Ким В.П. – занята на работе, без уважительной причины.'))).toEqual([['Ким В.П.', false]]);
  });
});

describe('votes told under some questions and all of them in a closing table', () => {
  const table = ['', 'ИТОГИ ГОЛОСОВАНИЯ', 'Вопрос                   За    Против   Воздержались   Решение',
    'Повестка дня             11      0          0          принято',
    'Вопрос 1                  9      1          1          принято',
    'Вопрос 2                  6      4          1          принято',
    'Вопрос 3                 11      0          0          принято'];
  it('ru: the table is the whole record — the votes told under questions 1 and 2 are read once, from it', () => {
    const text = doc(HEAD_RU,
      '1. СЛУШАЛИ: Иванов И.И.', 'Голосовали: за – 9, против – 1, воздержались – 1.',
      '2. СЛУШАЛИ: Петров П.П.', 'Голосовали: за – 6, против – 4, воздержались – 1.',
      '3. СЛУШАЛИ: Сидоров С.С.', 'РЕШИЛИ: утвердить план.', ...table);
    expect(votes(text)).toEqual([[11, 0, 0, false, 'adopted'], [9, 1, 1, false, 'adopted'], [6, 4, 1, false, 'adopted'], [11, 0, 0, false, 'adopted']]);
  });
  it('kk variant: "Дауыс беру: жақтап – 9, қарсы – 1, қалыс – 1." under question 1', () => {
    const text = doc(HEAD_KK,
      '1. ТЫҢДАЛДЫ: Иванов И.И.', 'Дауыс беру: жақтап – 9, қарсы – 1, қалыс – 1.',
      '', 'ДАУЫС БЕРУ НӘТИЖЕЛЕРІ', 'Мәселе                   Жақтады   Қарсы   Қалыс    Шешім',
      'Күн тәртібі                 11       0       0     қабылданды',
      '1-мәселе                     9       1       1     қабылданды',
      '2-мәселе                    бірауыздан             қабылданды');
    expect(votes(text)).toEqual([[11, 0, 0, false, 'adopted'], [9, 1, 1, false, 'adopted'], [null, null, null, true, 'adopted']]);
  });
  it('near-miss: a vote under a question that is in no row of the table keeps both (with the issue when as many)', () => {
    const text = doc(HEAD_RU, '1. СЛУШАЛИ: Иванов И.И.', 'Голосовали: за – 8, против – 2, воздержались – 1.', ...table);
    expect(votes(text)).toHaveLength(5);
  });
});

describe('counts a slash apart with no legend on their line take the nearest legend above', () => {
  it('kk: the legend "(қарсы/жақтап/қалыс)" of a line above gives the order of "… ұсынысы – 6/3/1, қабылданбады."', () => {
    const text = doc(HEAD_KK, 'Дауыс беру (қарсы/жақтап/қалыс): 0/12/0 – қабылданды.', '', 'Жұмабаев С.Қ. ұсынысы – 6/3/1, қабылданбады.');
    expect(votes(text)).toEqual([[12, 0, 0, false, 'adopted'], [3, 6, 1, false, 'rejected']]);
  });
});

describe('the votes under the questions and a closing table, merged in order, withheld where they differ', () => {
  const closing = (rows: string[]) => ['', 'ИТОГИ ГОЛОСОВАНИЯ', 'Вопрос                   За    Против   Воздержались   Решение', ...rows];
  it('ru: the agenda only in a sentence, the proposal only in the table — three votes, each once, in order', () => {
    const text = doc(HEAD_RU,
      'Повестка дня утверждена большинством голосов.',
      '1. СЛУШАЛИ: Иванов И.И.', 'Голосовали: за – 9, против – 0, воздержались – 0.',
      ...closing(['Вопрос 1                  9      0          0          принято', 'Предложение Петрова       2      7          0          не принято']));
    expect(votes(text)).toEqual([[null, null, null, false, 'adopted'], [9, 0, 0, false, 'adopted'], [2, 7, 0, false, 'rejected']]);
  });
  it('kk: between two votes the same, one vote each with other counts — one vote, its counts withheld', () => {
    const text = doc(HEAD_KK,
      '1. ТЫҢДАЛДЫ: Иванов И.И.', 'Дауыс беру: жақтап – 9, қарсы – 0, қалыс – 0.',
      '2. ТЫҢДАЛДЫ: Петров П.П.', 'Дауыс беру: жақтап – 7, қарсы – 2, қалыс – 0.',
      '3. ТЫҢДАЛДЫ: Сидоров С.С.', 'Дауыс беру: жақтап – 9, қарсы – 0, қалыс – 0.',
      '', 'ДАУЫС БЕРУ НӘТИЖЕЛЕРІ', 'Мәселе                   Жақтады   Қарсы   Қалыс    Шешім',
      '1-мәселе                     9        0       0     қабылданды',
      '2-мәселе                     6        3       0     қабылданды',
      '3-мәселе                     9        0       0     қабылданды');
    expect(votes(text)).toEqual([[9, 0, 0, false, 'adopted'], [null, null, null, null, 'adopted'], [9, 0, 0, false, 'adopted']]);
  });
  it('near-miss: a table with no vote the same as those under the questions is no summary of them — both kept, and said when as many', () => {
    const text = doc(HEAD_RU, '1. СЛУШАЛИ: Иванов И.И.', 'Голосовали: за – 8, против – 2, воздержались – 1.',
      ...closing(['Вопрос 1                  9      0          0          принято', 'Вопрос 2                  5      4          0          принято']));
    expect(votes(text)).toHaveLength(3);
  });
});
