/**
 * Classes of sets 50 and 51's protocols (ru and kk cases, each with variants and near-misses): the absentees told in one
 * running paragraph after their heading's colon, each with a reason in words, in brackets or after a dash — readAttendance
 * (absentParagraph), readAbsentParagraph; a total line of those present with its online part after the words
 * ("Барлығы 11 мүше, оның ішінде онлайн форматта – 1.") — readStatedCounts; a numbered list run into one line under a
 * heading that ends its line's last sentence — splitParagraphs; a participation cell that is a reason of absence in two
 * languages ("іссапарда / командировка": no "да" of presence in it) — readAttendanceTable; slashed counts whose result
 * opens the next sentence ("Дауыс беру: 7/2/1. Қабылданды.", "10/0/0. Бірауыздан қабылданды.") — readVoteLegend; the
 * number at the right of the date's line under the title — readHeader; a form's label in two languages over a value in
 * "адам" — readStatedCounts; a decision closed by "Бірауыздан." and a vote for approving told unanimous — readVotes.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { attendanceCounts, doc, statedCounts, votesOf } from '../../helpers/protocolCounts.ts';

const PRESENT_KK = ['ХАТТАМА № 3', '2025 жылғы 16 сәуір', '', 'Кеңес мүшелерінің саны – 9.', 'Отырысқа қатысқан кеңес мүшелері:',
  '1. Мұқашев Бауыржан Ерланұлы – кеңес төрағасы', '2. Сапарова Гүлнәр Төлеуқызы', '3. Тәкенов Нұрлан Болатұлы',
  '4. Ахметжанова Сәуле Қанатқызы', '5. Ибраева Жанар Қайратқызы', ''];
const PRESENT_RU = ['ПРОТОКОЛ № 4', 'заседания Общественного совета', '12.03.2025 г.', '', 'Членов совета – 9.', 'Присутствовали:',
  '1. Иванов Иван Иванович – председатель', '2. Петров Пётр Петрович', '3. Сидоров Семён Семёнович', '4. Ким Олег Валерьевич',
  '5. Ли Анна Сергеевна', ''];
const AGENDA_KK = ['', 'КҮН ТӘРТІБІ:', '1. Ауыз су туралы.'];
const AGENDA_RU = ['', 'ПОВЕСТКА ДНЯ:', '1. О работе совета.'];
/** The absentees as [name, excused], null when their list is withheld. */
const absentees = (text: string) => {
  const x = parseProtocol(text);
  return x.absentees_listed === false ? null : x.absentees.map((a) => [a.name, a.excused]);
};

describe('absentees told in one running paragraph after their heading', () => {
  it('kk (the real text): "кеңестің төрт мүшесі келмеді: A … емделуде, ал B … іссапарда жүр; C … хабарлады, ал D … себебін хабарламады"', () => {
    const text = doc(...PRESENT_KK,
      'Отырысқа кеңестің төрт мүшесі келмеді: Әбдіқалықов Серік Жомартұлы ауырып қалғандықтан ауруханада емделуде, ал Нұрпейісова Ләззат Әміржанқызы облыстық мәслихаттың шақыруымен Семей қаласында іссапарда жүр; Дүйсенов Талғат Бекұлы отбасылық жағдайына байланысты келе алмайтынын төрағаға алдын ала жазбаша хабарлады, ал Кәрімов Ержан Асқарұлы отырысқа келмеді және себебін хабарламады, оған хатшы арқылы ескерту жасалады.',
      ...AGENDA_KK);
    expect(absentees(text)).toEqual([['Әбдіқалықов Серік Жомартұлы', true], ['Нұрпейісова Ләззат Әміржанқызы', true], ['Дүйсенов Талғат Бекұлы', true], ['Кәрімов Ержан Асқарұлы', false]]);
    // The reason is the words after the name, without the "ал" (but) that joins the next one.
    expect(parseProtocol(text).absentees[0].reason).toBe('ауырып қалғандықтан ауруханада емделуде');
  });
  it('ru variant: "Не присутствовали четыре члена совета: A находится в командировке, а B на больничном; C … , а D не явился и причину не сообщил."', () => {
    const text = doc(...PRESENT_RU,
      'Не присутствовали четыре члена совета: Ахметов Болат Бекович находится в командировке в г. Астане, а Нуркенова Дана Саматовна на больничном; Тулеев Ерлан Маратович заранее сообщил о семейных обстоятельствах, а Карпов Игорь Андреевич не явился и причину не сообщил.',
      ...AGENDA_RU);
    expect(absentees(text)).toEqual([['Ахметов Болат Бекович', true], ['Нуркенова Дана Саматовна', true], ['Тулеев Ерлан Маратович', true], ['Карпов Игорь Андреевич', false]]);
  });
  it('kk variant: the paragraph wrapped over lines; two names sharing one reason ("A мен B облыстық семинарда жүр, ал C себебін хабарламады")', () => {
    expect(absentees(doc(...PRESENT_KK,
      'Отырысқа кеңестің төрт мүшесі келмеді: Әбдіқалықов Серік Жомартұлы ауырып',
      'қалғандықтан ауруханада емделуде, ал Нұрпейісова Ләззат Әміржанқызы облыстық',
      'мәслихаттың шақыруымен іссапарда жүр; Дүйсенов Талғат Бекұлы отбасылық жағдайына',
      'байланысты келе алмайтынын алдын ала хабарлады, ал Кәрімов Ержан Асқарұлы',
      'себебін хабарламады.', ...AGENDA_KK))).toEqual([['Әбдіқалықов Серік Жомартұлы', true], ['Нұрпейісова Ләззат Әміржанқызы', true], ['Дүйсенов Талғат Бекұлы', true], ['Кәрімов Ержан Асқарұлы', false]]);
    expect(absentees(doc(...PRESENT_KK,
      'Отырысқа үш мүше қатыспады: Серікова А.Б. мен Жанұзақов Т.Қ. облыстық семинарда жүр, ал Оспанов Б.Т. себебін хабарламады.',
      ...AGENDA_KK))).toEqual([['Серікова А.Б.', true], ['Жанұзақов Т.Қ.', true], ['Оспанов Б.Т.', false]]);
  });
  it('ru variants: reasons in brackets and in words, wrapped mid-reason; a reason after a dash shared by two ("C и D – причины не сообщили")', () => {
    expect(absentees(doc(...PRESENT_RU,
      'Отсутствовали: Ахметов Б.Б. (командировка в г. Астана), а также Нуркенова Д.С., которая находится на больничном; Тулеев Е.М. по семейным',
      'обстоятельствам, Карпов И.А. – без уважительной причины.', ...AGENDA_RU))).toEqual([['Ахметов Б.Б.', true], ['Нуркенова Д.С.', true], ['Тулеев Е.М.', true], ['Карпов И.А.', false]]);
    expect(absentees(doc(...PRESENT_RU,
      'Не присутствовали четыре члена совета: Ахметов Б.Б. – находится в командировке, о чём уведомил заранее, Нуркенова Д.С. – болеет; Тулеев Е.М. и Карпов И.А. – причины не сообщили.',
      ...AGENDA_RU))).toEqual([['Ахметов Б.Б.', true], ['Нуркенова Д.С.', true], ['Тулеев Е.М.', false], ['Карпов И.А.', false]]);
  });
  it('near-miss: the heading counts four, the paragraph names three — no count of absentees, never three', () => {
    expect(absentees(doc(...PRESENT_RU,
      'Не присутствовали четыре члена совета: Ахметов Б.Б. находится в командировке, а Нуркенова Д.С. болеет; Тулеев Е.М. не явился без уважительной причины.',
      ...AGENDA_RU))).toBeNull();
  });
  it('near-miss: a person named inside another\'s reason ("оған хатшы Жұмабекова А.С. арқылы") — not read as absent, the list withheld', () => {
    expect(absentees(doc(...PRESENT_KK,
      'Отырысқа кеңестің мүшелері келмеді: Әбдіқалықов Серік Жомартұлы ауырып қалғандықтан ауруханада емделуде, ал Кәрімов Ержан Асқарұлы себебін хабарламады, оған хатшы Жұмабекова А.С. арқылы ескерту жасалады.',
      ...AGENDA_KK))).toBeNull();
  });
  it('near-miss: the sentence after the paragraph on the next line ("Сонымен қатар … Оспанов Б.С. … шақырылып келді.") is no part of it', () => {
    expect(absentees(doc(...PRESENT_KK,
      'Келмегендер туралы: Ыдырысов Қ.Ж. Алматы қаласында іссапарда, Нұрланова А.Ә. бала күтімі бойынша демалыста, Сапарбеков Д.М. хабарсыз қалды – себебін ешкімге айтпаған.',
      'Сонымен қатар аудан әкімінің орынбасары Жақсыбеков Нұрлан Ахметұлы, бөлімнің басшысы Оспанов Б.С. шақырылып келді.',
      ...AGENDA_KK))?.map((a) => a[1])).toEqual([true, true, false]);
  });
  it('near-miss: a list whose line ends with a comma goes on as ever — a name with no reason before the line\'s end takes none from the next line', () => {
    const x = parseProtocol(doc(...PRESENT_RU, 'Отсутствовали: Абенов Т.К. (командировка), Бекова С.Ж. (болезнь), Воробьев Г.А.,',
      'Досжанова А.М. (отпуск), Исмаилов Ф.Ф. – без объяснения причин.', ...AGENDA_RU));
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true, null, true, false]);
  });
  it('near-miss: a list of names each with its reason after a dash is read as ever', () => {
    expect(absentees(doc(...PRESENT_RU, 'Отсутствовали: Ахметов Б.Б. – командировка, Нуркенова Д.С. – болезнь, Тулеев Е.М. – без уважительной причины.', ...AGENDA_RU)))
      .toEqual([['Ахметов Б.Б.', true], ['Нуркенова Д.С.', true], ['Тулеев Е.М.', false]]);
  });
});

describe('a total line of those present, its online part after its words', () => {
  const list = (total: string) => doc(...PRESENT_KK.slice(0, -1), total, ...AGENDA_KK);
  it('kk (the real text): "Барлығы 11 мүше, оның ішінде онлайн форматта – 1."', () => {
    expect(statedCounts(list('Барлығы 5 мүше, оның ішінде онлайн форматта – 1.'))).toEqual([9, 5, 1]);
  });
  it('ru variants: "Всего 5 членов, из них онлайн – 1.", "Итого: 5 членов, в том числе в режиме онлайн – 2"', () => {
    expect(statedCounts(list('Всего 5 членов, из них онлайн – 1.'))).toEqual([9, 5, 1]);
    expect(statedCounts(list('Итого: 5 членов, в том числе в режиме онлайн – 2'))).toEqual([9, 5, 2]);
  });
  it('near-miss: "Барлығы 5 мүше, оның ішінде 3 әйел" — a part that is no online count: no count of those present read from it', () => {
    expect(statedCounts(list('Барлығы 5 мүше, оның ішінде 3 әйел.'))[1]).toBeNull();
  });
});

describe('a numbered list of those present run into one line under a heading ending its line', () => {
  it('ru (the real text, as the PDF gave it): "Состав … – 9 человек. На заседании присутствовали 7 членов совета:" / "1. … 2. … 7. …"', () => {
    const x = parseProtocol(doc('ПРОТОКОЛ № 6', '5 ноября 2025 г.', '',
      'Состав Общественного совета – 9 человек. На заседании присутствовали 7 членов совета:',
      '1. Жаксылыков М.Е. 2. Тлеубергенова И.А. 3. Абенов Кайрат Мухтарович 4. Сарсенбаева Роза Жумабаевна 5. Иманалиев Бахытжан Сейтказиевич – по видеосвязи 6. Кошербаев Ильяс Нурланович 7. Утепова Айгерим Болатовна',
      'Отсутствовали: Нуржанов Е.К. – в отпуске; Досанова Г.Т. – по болезни.', ...AGENDA_RU));
    expect(attendanceCounts(x)).toMatchObject({ attendees: 7, online: 1, absentees: 2 });
  });
  it('kk variant: "Кеңес құрамы – 9 адам. Отырысқа кеңестің 4 мүшесі қатысты:" / "1. … 2. … 3. … 4. …"', () => {
    const x = parseProtocol(doc('ХАТТАМА № 6', '2025 жылғы 5 қараша', '',
      'Кеңес құрамы – 9 адам. Отырысқа кеңестің 4 мүшесі қатысты:',
      '1. Жақсылықов М.Е. – төраға 2. Тілеубергенова И.А. – хатшы 3. Әбенов Қайрат Мұхтарұлы 4. Иманәлиев Бақытжан Сейітқазыұлы (онлайн)',
      ...AGENDA_KK));
    expect(attendanceCounts(x)).toMatchObject({ attendees: 4, online: 1 });
  });
  it('near-miss: the line above is no heading ("Кворум имеется.") — the numbered names are no list of those present', () => {
    const x = parseProtocol(doc('ПРОТОКОЛ № 6', '5 ноября 2025 г.', '', 'Состав Общественного совета – 9 человек. Кворум имеется.',
      '1. Жаксылыков М.Е. 2. Тлеубергенова И.А. 3. Абенов Кайрат Мухтарович', ...AGENDA_RU));
    expect(attendanceCounts(x).attendees).toBeNull();
  });
});

describe('a participation cell that is a reason of absence, in two languages', () => {
  const table = (rows: string[]) => doc('ХАТТАМА / ПРОТОКОЛ № 4', '02.07.2025', '', 'Тіркеу парағы / Лист регистрации:',
    '| №  | Аты-жөні / ФИО                | Қатысуы / Участие                |',
    '|----|-------------------------------|----------------------------------|', ...rows, '', ...AGENDA_KK);
  it('kk / ru (the real text): "іссапарда / командировка" — absent, excused (the "да" ending it is no "да" of presence)', () => {
    const x = parseProtocol(table([
      '| 1  | Қалмаханов Ғ.Ж.               | қатысты / присутствовал          |',
      '| 2  | Ким Ольга Викторовна          | онлайн                           |',
      '| 3  | Дәуренбеков Мейрам Ерланұлы   | іссапарда / командировка         |']));
    expect(attendanceCounts(x)).toEqual({ attendees: 2, online: 1, absentees: 1, excused: 1, unexcused: 0 });
  });
  it('variants: "демалыста / в отпуске", "ауруханада", "болезнь (справка выдана)"', () => {
    const x = parseProtocol(table([
      '| 1  | Қалмаханов Ғ.Ж.               | қатысты                          |',
      '| 2  | Ким Ольга Викторовна          | демалыста / в отпуске            |',
      '| 3  | Дәуренбеков Мейрам Ерланұлы   | ауруханада                       |',
      '| 4  | Петров Пётр Петрович          | болезнь (справка выдана)         |']));
    expect(attendanceCounts(x)).toEqual({ attendees: 1, online: 0, absentees: 3, excused: 3, unexcused: 0 });
  });
  it('near-miss: "да" alone is presence', () => {
    const x = parseProtocol(table([
      '| 1  | Қалмаханов Ғ.Ж.               | да                               |',
      '| 2  | Ким Ольга Викторовна          | іссапарда                        |']));
    expect(attendanceCounts(x)).toMatchObject({ attendees: 1, absentees: 1, excused: 1 });
  });
});

describe('slashed counts whose result opens the next sentence', () => {
  const HEAD = 'ХАТТАМА № 5\n2025 жылғы 8 қазан\n\n';
  it('kk (the real text): "Дауыс беру: 7/2/1. Қабылданды." and "Дауыс беру: 10/0/0. Бірауыздан қабылданды." under a legend given above', () => {
    expect(votesOf(`${HEAD}Дауыс беру (жақтады/қарсы/қалыс): 9/0/1. Шешім қабылданды.\n\nДауыс беру: 7/2/1. Қабылданды.\n\nДауыс беру: 10/0/0. Бірауыздан қабылданды.\n`))
      .toEqual([[9, 0, 1, false, 'adopted'], [7, 2, 1, false, 'adopted'], [10, 0, 0, true, 'adopted']]);
  });
  it('ru variants: "Голосовали: 9/0/1. Решение принято.", "– 4/6/1. Не принято.", "12/0/0. Единогласно принято."', () => {
    expect(votesOf('ПРОТОКОЛ № 5\n08.10.2025\n\nГолосовали: 9/0/1. Решение принято.\nПредложение Петрова П.П. – 4/6/1. Не принято.\nГолосовали: 12/0/0. Единогласно принято.\n'))
      .toEqual([[9, 0, 1, false, 'adopted'], [4, 6, 1, false, 'rejected'], [12, 0, 0, true, 'adopted']]);
  });
  it('near-misses: a date then a result; three numbers a slash apart followed by a sentence that declares nothing', () => {
    expect(votesOf('ПРОТОКОЛ № 5\n08.10.2025\n\nПисьмо от 12/05/2025. Принято к сведению.\n').filter((v) => v[0] !== null)).toEqual([]);
    expect(votesOf('ПРОТОКОЛ № 5\n08.10.2025\n\nОбследовано: 4/6/1. Замечания направлены в акимат.\n')).toEqual([]);
  });
});

describe('the number at the right of the date\'s line under the title', () => {
  const number = (text: string) => parseProtocol(text).number;
  it('kk (the real text): "Қоғамдық кеңес отырысының" / "ХАТТАМАСЫ" / "2025 жылғы 8 қазан          № 5"', () => {
    expect(number(doc('Жетісу облысының денсаулық сақтау басқармасы жанындағы', 'қоғамдық кеңес', '', 'Талдықорған қ., Тәуелсіздік к-сі, 38', '',
      'Қоғамдық кеңес отырысының', 'ХАТТАМАСЫ', '', '2025 жылғы 8 қазан                                                  № 5'))).toBe('5');
  });
  it('ru variants: "8 октября 2025 г.<tab>№ 5", "№ 12          08.10.2025" (blank lines between)', () => {
    expect(number(doc('Общественный совет', '', 'ПРОТОКОЛ', 'заседания Общественного совета', '', '', '', '', '8 октября 2025 г.\t№ 5'))).toBe('5');
    expect(number(doc('Общественный совет', '', 'ПРОТОКОЛ', 'заседания Общественного совета', '', '', '', '', '№ 12          08.10.2025'))).toBe('12');
  });
  it('near-miss: "Приложение          № 2" under the title (no date on its line) is no number of the protocol', () => {
    expect(number(doc('Общественный совет', '', 'ПРОТОКОЛ', 'заседания Общественного совета', '', '', '', '', 'Приложение          № 2'))).toBeNull();
  });
});

describe('a form\'s label in two languages over a value in "адам"', () => {
  const counts = (line: string) => statedCounts(`ХАТТАМА № 6\n10.12.2025\n\n${line}\n`);
  it('kk / ru (the real text): "Кеңес мүшелері / Члены совета – 11 адам."', () => {
    expect(counts('Кеңес мүшелері / Члены совета – 11 адам.')[0]).toBe(11);
  });
  it('variants: "Кеңес құрамы / Состав совета: 15 адам", "Члены совета / Кеңес мүшелері – 11 человек"', () => {
    expect(counts('Кеңес құрамы / Состав совета: 15 адам')[0]).toBe(15);
    expect(counts('Члены совета / Кеңес мүшелері – 11 человек')[0]).toBe(11);
  });
  it('near-miss: a value for each half ("Қатысқаны / Онлайн – 9 / 1") is not one count', () => {
    expect(counts('Кеңес мүшелері / Члены совета – 11 / 10')[0]).not.toBe(11);
  });
});

describe('a unanimous vote that declares its result by its place', () => {
  const HEAD = 'ХАТТАМА № 6\n10.12.2025\n\n';
  it('kk (the real text): "Шешім: кесте бекітілсін. Бірауыздан." — the decision taken unanimously, adopted', () => {
    expect(votesOf(`${HEAD}3. Әртүрлі. Мақсұтова Г.Р. кестені таныстырды.\nШешім: кесте бекітілсін. Бірауыздан.\n`)).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('ru variant: "Решили: утвердить план работы. Единогласно."', () => {
    expect(votesOf(`${HEAD}Решили: утвердить план работы на 2026 год. Единогласно.\n`)).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('kk (the real text): "Күн тәртібін бекіту туралы дауыс беру: бірауыздан." — a vote for approving, all for it', () => {
    expect(votesOf(`${HEAD}Төраға күн тәртібін бекітуді ұсынды.\nКүн тәртібін бекіту туралы дауыс беру: бірауыздан.\n`)).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('ru variant: "Голосование по утверждению повестки дня: единогласно."', () => {
    expect(votesOf(`${HEAD}Голосование по утверждению повестки дня: единогласно.\n`)).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('near-misses: "Голосовали единогласно.", "Дауыс беру: бірауыздан." declare no result', () => {
    expect(votesOf(`${HEAD}Решили: информацию принять к сведению.\nГолосовали единогласно.\n`)).toEqual([[null, null, null, true, null]]);
    expect(votesOf(`${HEAD}Шешім: ақпарат назарға алынсын.\nДауыс беру: бірауыздан.\n`)).toEqual([[null, null, null, true, null]]);
  });
});
