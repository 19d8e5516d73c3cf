// Classes of the protocol misses of held-out sets 56 and 57 (session 22): votes counted by "поддержали / не поддержали"
// and "қолдады / қолдамады" labels, and reversed "9 – жақ"; a result's sentence broken by the wrap after the counts
// ("Ұсыныс қолдау" / "таппады.", "Решение не" / "принято."); an attendance table whose names' column is headed "Мүшенің
// аты-жөні"; the council's size told "Кеңес құрамы – 15." with no unit or "Кеңестің 25 мүшесінен отырысқа 19 мүше
// қатысты"; those online "соның 2-еуі Zoom арқылы қосылды". The people are invented; the phrasings are the documents'.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const parse = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 1', '', ...lines].join('\n'));
const votes = (lines: string[]) => parse(lines).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('votes counted by the verb of support and its negation', () => {
  it('set 56 KSEK: "поддержали – 10, не поддержали – 0, воздержались – 0", and without dashes, who abstained named', () => {
    expect(votes([
      'ПОСТАНОВИЛИ: информацию принять к сведению.',
      'Итоги голосования: поддержали – 10, не поддержали – 0, воздержались – 0.', 'Решение принято.', '',
      'ПОСТАНОВИЛИ: рекомендовать Комитету разместить план на сайте.',
      'Итоги голосования: поддержали 7, не поддержали 2, воздержался 1 (Тулегенов К.К.).', 'Решение принято.',
    ])).toEqual([[10, 0, 0, false, 'adopted'], [7, 2, 1, false, 'adopted']]);
  });
  it('variant kk: "қолдады – 8, қолдамады – 1, қалыс қалды – 0"', () => {
    expect(votes(['ШЕШІМ: ақпарат назарға алынсын.', 'Дауыс беру: қолдады – 8, қолдамады – 1, қалыс қалды – 0.', 'Шешім қабылданды.']))
      .toEqual([[8, 1, 0, false, 'adopted']]);
  });
  it('set 57 Kostanay: the short label after its count, "9 – жақ, 0 – қарсы, 0 – қалыс"', () => {
    expect(votes(['ШЕШІМ: жұмыс жоспары бекітілсін.', '9 – жақ, 0 – қарсы, 0 – қалыс; жоспар бекітілді.'])).toEqual([[9, 0, 0, false, 'adopted']]);
    expect(votes(['ШЕШІМ: ұсыныс қолдансын.', 'Дауыс беру: 12 – жақ, 1 – қарсы.'])).toEqual([[12, 1, null, false, null]]);
  });
  it('near-misses: the verb before what was supported, and a count of people who are no votes', () => {
    expect(votes(['Члены совета поддержали 2 предложения депутатов.'])).toEqual([]);
    expect(votes(['Отырысқа 12 – жақ, 3 – мемлекеттік органдардың өкілдері.'])).toEqual([]);
  });
});

describe('a result\'s sentence broken by the wrap after the counts is read whole', () => {
  it('set 57 SKO: "… 2-еуі қалыс қалды. Ұсыныс қолдау" / "таппады." is rejected', () => {
    expect(votes([
      'өтінді. Ұсынысты 5 мүше қолдады, 12-сі қарсы болды, 2-еуі қалыс қалды. Ұсыныс қолдау', 'таппады.',
      'Ақпарат назарға алынды, дауысқа қойылмады.',
    ])).toEqual([[5, 12, 2, false, 'rejected']]);
  });
  it('variant ru: "Решение не" / "принято." is rejected, never adopted by the word on the next line alone', () => {
    expect(votes(['Голосовали: за – 4, против – 6, воздержался – 1. Решение не', 'принято.'])).toEqual([[4, 6, 1, false, 'rejected']]);
    expect(votes(['Голосовали: за – 9, против – 1, воздержался – 1. Решение', 'принято.'])).toEqual([[9, 1, 1, false, 'adopted']]);
  });
});

describe('an attendance table whose names\' column is headed by the member\'s name in the possessive', () => {
  const table = (heading: string) => parse([
    'Отырысқа мүшелердің келуі:', '', `№\t${heading}\tБелгі`,
    '1\tЖақсылықов Нұрлан Серікұлы (төраға)\tқатысты', '2\tАхметжанова Динара Қайратқызы\tқатысты',
    '3\tМұқатов Бауыржан Ерланұлы\tқатыспады (облыстан тыс іссапарда)', '4\tОспанбаев Қанат Әбілұлы\tонлайн',
    '5\tКөшербаев Ғалым Нұртайұлы\tқатыспады, себебін хабарламады', '',
    'Шақырылғандар: басқарма басшысының орынбасары Исабеков Т.Қ.',
  ]);
  it('set 57 Kostanay: "Мүшенің аты-жөні" — each row where its mark says, the guests below not read', () => {
    const x = table('Мүшенің аты-жөні');
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Жақсылықов Нұрлан Серікұлы', false], ['Ахметжанова Динара Қайратқызы', false], ['Оспанбаев Қанат Әбілұлы', true],
    ]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Мұқатов Бауыржан Ерланұлы', true], ['Көшербаев Ғалым Нұртайұлы', false]]);
  });
  it('variant: "Мүшелердің аты-жөні"', () => {
    expect(table('Мүшелердің аты-жөні').attendees).toHaveLength(3);
  });
  it('near-misses: a table of the invited, and a table of each member\'s votes, are no attendance', () => {
    const invited = parse(['Шақырылғандар:', '', '№\tШақырылғандардың аты-жөні\tБелгі', '1\tИсабеков Талғат Қайратұлы\tқатысты', '2\tЛукин Павел Андреевич\tқатысты']);
    expect(invited.attendees).toEqual([]);
    const ballots = parse(['РЕЗУЛЬТАТЫ ГОЛОСОВАНИЯ ПО ОПРОСНЫМ ЛИСТАМ', '(З – за, П – против, В – воздержался)', '',
      '| №  | Член Общественного совета | Вопрос 1 | Вопрос 2 |', '|----|----|----|----|',
      '| 1  | Темирханов Н.А. | З | П |', '| 2  | Ахметжанова Д.С. | З | З |', '| 3  | Бейсенбаев К.М. | П | З |']);
    expect(ballots.attendees).toEqual([]);
  });
});

describe('the council\'s size and those online told in short Kazakh sentences', () => {
  it('set 56 Minecology: "Кеңес құрамы – 15. Отырысқа келгені – 11 мүше, соның 2-еуі Zoom арқылы қосылды."', () => {
    const x = parse(['Кеңес құрамы – 15. Отырысқа келгені – 11 мүше, соның 2-еуі Zoom арқылы қосылды.']);
    expect([x.members_total, x.present, x.online]).toEqual([15, 11, 2]);
  });
  it('variant: "соның біреуі онлайн қатысты"', () => {
    const x = parse(['Кеңес құрамы – 9 мүше. Отырысқа келгені – 7 мүше, соның біреуі онлайн қатысты.']);
    expect([x.members_total, x.present, x.online]).toEqual([9, 7, 1]);
  });
  it('set 57 SKO: "Кеңестің 25 мүшесінен отырысқа 19 мүше қатысты, олардың үшеуі отырысқа бейнебайланыспен қосылды"', () => {
    const x = parse(['Кеңестің 25 мүшесінен отырысқа 19 мүше қатысты, олардың үшеуі отырысқа бейнебайланыспен қосылды.']);
    expect([x.members_total, x.present, x.online]).toEqual([25, 19, 3]);
  });
  it('near-misses: a date after the composition\'s dash, a month after its number', () => {
    expect(parse(['Кеңес құрамы – 15.04.2025 бекітілген.']).members_total).toBeNull();
    expect(parse(['Кеңес құрамы – 15 наурызда бекітілді.']).members_total).toBeNull();
  });
  it('near-misses: those who could not come after "отырысқа", and "соның 10-ы келді, біреуі …" where the one online is another clause\'s', () => {
    const x = parse(['Кеңес құрамындағы 13 мүшеден отырысқа үшеуі келе алмады, қалған он мүше жиналды.']);
    expect([x.members_total, x.present]).toEqual([13, 10]);
    const y = parse(['Кеңес 13 мүшеден құралған. Бүгінгі отырысқа соның 10-ы келді, біреуі бейнебайланыс арқылы қосылды.']);
    expect(y.online).not.toBe(10);
  });
});

describe('counts a slash apart closed by the result of what was voted (set 58 Tekeli)', () => {
  it('"Итоги: 12/0/0. Повестка утверждена." is the agenda\'s vote, the votes below keep their places', () => {
    expect(votes([
      'Повестка дня поставлена на голосование. Итоги: 12/0/0. Повестка утверждена.', '',
      'ПОСТАНОВИЛИ: информацию взять на контроль.', 'Голосовали: «за» – 9, «против» – 1, «воздержались» – 2.', 'Решение принято.',
    ])).toEqual([[12, 0, 0, false, 'adopted'], [9, 1, 2, false, 'adopted']]);
  });
  it('variants: "Дауыс беру: 9/0/1. Күн тәртібі бекітілді.", "Голосовали: 10/1/0, план утвержден."', () => {
    expect(votes(['Күн тәртібі дауысқа қойылды. Дауыс беру: 9/0/1. Күн тәртібі бекітілді.'])).toEqual([[9, 0, 1, false, 'adopted']]);
    expect(votes(['ПОСТАНОВИЛИ: план утвердить.', 'Голосовали: 10/1/0, план утвержден.'])).toEqual([[10, 1, 0, false, 'adopted']]);
  });
  it('near-misses: counts a slash apart with no result after them, or a sentence that is no result', () => {
    expect(votes(['Итоги: 12/0/0.'])).toEqual([]);
    expect(votes(['Итоги: 12/0/0. Повестка дня содержит 4 вопроса.'])).toEqual([]);
  });
});

describe('a joint meeting\'s votes as a table with a row per council: the host council\'s row alone (set 58 Zharkent)', () => {
  it('each question\'s result below the rows is the host\'s when its counts give it; "бірауыздан" under rows all for is unanimous', () => {
    const text = [
      'Панфилов ауданының Қоғамдық кеңесі', '', 'ХАТТАМА № 7', '', 'Панфилов және Ұйғыр аудандары қоғамдық кеңестерінің бірлескен отырысы', '',
      'Дауыс беру қорытындысы:', 'Кеңес                 Жақтап   Қарсы   Қалыс', 'Панфилов ауданы ҚК      14        0       1',
      'Ұйғыр ауданы ҚК          9        0       0', 'Шешім қабылданды.', '',
      'Сейітовтің ұсынысы бойынша дауыс беру:', 'Кеңес                 Жақтап   Қарсы   Қалыс', 'Панфилов ауданы ҚК       6        7       2',
      'Ұйғыр ауданы ҚК          2        6       1', 'Ұсыныс қолдау таппады.',
      'Төрағаның ұсынысы бойынша:', 'Кеңес                 Жақтап   Қарсы   Қалыс', 'Панфилов ауданы ҚК      15        0       0',
      'Ұйғыр ауданы ҚК          9        0       0', 'Шешім бірауыздан қабылданды.',
    ];
    expect(parseProtocol(text.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]))
      .toEqual([[14, 0, 1, false, 'adopted'], [6, 7, 2, false, 'rejected'], [15, 0, 0, true, 'adopted']]);
  });
  it('variant ru, the other council\'s row first: the row of the council named above the title is kept', () => {
    const text = [
      'Общественный совет при управлении образования', '', 'ПРОТОКОЛ № 3', 'совместного заседания с Общественным советом при управлении здравоохранения', '',
      'Итоги голосования:', 'Совет                     За   Против   Воздерж.', 'ОС управления здравоохранения   9    1    0',
      'ОС управления образования      11    0    1', 'Решение принято.',
    ];
    expect(parseProtocol(text.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[11, 0, 1, false, 'adopted']]);
  });
  it('near-miss: the same table in a meeting of one council is no joint meeting — its rows are not thinned', () => {
    const text = [
      'Панфилов ауданының Қоғамдық кеңесі', '', 'ХАТТАМА № 7', '',
      'Дауыс беру қорытындысы:', 'Кеңес                 Жақтап   Қарсы   Қалыс', 'Панфилов ауданы ҚК      14        0       1', 'Шешім қабылданды.',
    ];
    expect(parseProtocol(text.join('\n')).votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[14, 0, 1]]);
  });
});

describe('those at the meeting told "отырыста N мүше" (set 59 Tolebi, set 58 Zharkent)', () => {
  const counts = (lines: string[]) => { const x = parse(lines); return [x.members_total, x.present, x.online]; };
  it('"Бүгінгі отырыста 11 мүше бар, олардың 2-еуі ZOOM платформасы арқылы қашықтан қатысуда."', () => {
    expect(counts(['Қоғамдық кеңестің құрамы – 15 мүше.', 'Бүгінгі отырыста 11 мүше бар, олардың 2-еуі ZOOM платформасы арқылы қашықтан қатысуда.'])).toEqual([15, 11, 2]);
  });
  it('variants: "тізім бойынша 19 мүше, отырыста 15 мүше, оның ішінде 1 мүше онлайн", "Отырыста 12 мүше қатысып отыр"', () => {
    expect(counts(['Панфилов ауданы ҚК: тізім бойынша 19 мүше, отырыста 15 мүше, оның ішінде 1 мүше онлайн режимде.'])).toEqual([19, 15, 1]);
    expect(counts(['Отырыста 12 мүше қатысып отыр.'])[1]).toBe(12);
  });
  it('near-misses: another meeting\'s members, members doing something at the meeting', () => {
    expect(counts(['Өткен отырыста 13 мүше болды.'])[1]).toBeNull();
    expect(counts(['Келесі кезекті отырыста 12 мүше бар.'])[1]).toBeNull();
    expect(counts(['Отырыста 3 мүше сөз сөйледі.'])[1]).toBeNull();
  });
});

describe('a joint meeting\'s lists under no council\'s name are the host\'s when they close its stated counts (set 58 Zharkent)', () => {
  const head = ['Панфилов ауданының Қоғамдық кеңесі', '', 'ХАТТАМА № 7', '', 'Панфилов және Ұйғыр аудандары қоғамдық кеңестерінің бірлескен отырысы', ''];
  const other = ['', 'Ұйғыр ауданы ҚК мүшелері (3 адам, кворумға есептелмейді): Ахметжанов Ғ.М., Масимов Қ.Р., Турсунова Д.Х.'];
  it('kk: 5 present of 7, one online, two absent — the lists read as the host\'s', () => {
    const x = parseProtocol([...head,
      'Панфилов ауданы ҚК: тізім бойынша 7 мүше, отырыста 5 мүше, оның ішінде 1 мүше онлайн режимде.',
      'Қатысқан мүшелер: Мұратов А.Т., Әбдіқадыр С.Е., Нурахметов Д.М., Қасымбекова Г.Б., Мамедова Р.Ш. (онлайн).',
      'Қатыспағандар: Байғожаев Т.Ж. (емделуде), Әлиев Р.Н. (себебі белгісіз).', ...other].join('\n'));
    expect([x.attendees.length, x.attendees.filter((a) => a.online).length, x.absentees.map((a) => a.excused), x.attendees_listed]).toEqual([5, 1, [true, false], undefined]);
  });
  it('variant ru: "Члены ОС: по списку 6, присутствуют 4" and the lists of the host — read', () => {
    const x = parseProtocol(['Общественный совет при управлении образования', '', 'ПРОТОКОЛ № 3',
      'совместного заседания с Общественным советом при управлении здравоохранения', '',
      'Состав Совета – 6 человек. На заседании присутствуют 4 члена Совета.',
      'Присутствовали: Иванова А.А., Петренко Б.Б., Сидорук В.В., Кимова Г.Г.',
      'Отсутствовали: Орлова Д.Д. (отпуск), Зуева Е.Е. (командировка).'].join('\n'));
    expect([x.attendees.length, x.absentees.length, x.attendees_listed]).toEqual([4, 2, undefined]);
  });
  it('near-miss: lists that name more present than the host states are both councils\' — their counts not taken', () => {
    const x = parseProtocol([...head,
      'Панфилов ауданы ҚК: тізім бойынша 7 мүше, отырыста 4 мүше.',
      'Қатысқан мүшелер: Мұратов А.Т., Әбдіқадыр С.Е., Нурахметов Д.М., Қасымбекова Г.Б., Ахметжанов Ғ.М., Масимов Қ.Р.',
      'Қатыспағандар: Байғожаев Т.Ж. (емделуде).'].join('\n'));
    expect(x.attendees_listed).toBe(false);
  });
});

describe('a vote named as the agenda\'s, all for it, approves the agenda (set 58 Talgar)', () => {
  it('"Күн тәртібі бойынша дауыс беру / Голосование по повестке: бірауыздан / единогласно." is adopted', () => {
    expect(votes(['Күн тәртібі бойынша дауыс беру / Голосование по повестке: бірауыздан / единогласно.'])).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('variants: one language each, "Күн тәртібі бойынша дауыс беру: бірауыздан.", "Голосование по повестке дня: единогласно."', () => {
    expect(votes(['Күн тәртібі бойынша дауыс беру: бірауыздан.'])).toEqual([[null, null, null, true, 'adopted']]);
    expect(votes(['Голосование по повестке дня: единогласно.'])).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('near-miss: a question\'s vote all for declares no result by itself', () => {
    expect(votes(['Голосование по второму вопросу: единогласно.'])).toEqual([[null, null, null, true, null]]);
  });
});

describe('a person\'s long reason in brackets is no paragraph: its words are not counted (set 54 Nauryzbay)', () => {
  const absent = (lines: string[]) => parse(lines).absentees.map((a) => [a.name, a.excused]);
  it('a bilingual reason wrapped over the comma list\'s lines: every absentee read with the kind', () => {
    expect(absent([
      'Қатыспағандар / Отсутствовали – 3:',
      'Кимова В.Л. (больничный лист), Абенова С.Д. (жеке себептермен, алдын ала',
      'ескертті / по семейным обстоятельствам, предупредила заранее), Сапарбеков Д.Е. (причина неизвестна).',
    ])).toEqual([['Кимова В.Л.', true], ['Абенова С.Д.', true], ['Сапарбеков Д.Е.', false]]);
  });
  it('variant kk: "(отбасылық жағдайына байланысты, хатшыға алдын ала ескертті / по семейным обстоятельствам, секретаря предупредила)"', () => {
    expect(absent([
      'Отырысқа қатыспағандар:',
      '- Серікова А.Б. (отбасылық жағдайына байланысты, хатшыға алдын ала ескертті / по семейным обстоятельствам, секретаря предупредила);',
      '- Оспанов Т.Т. (себепсіз).',
    ])).toEqual([['Серікова А.Б.', true], ['Оспанов Т.Т.', false]]);
  });
  it('near-miss: a sentence after a name and its bracket is no person\'s line', () => {
    expect(absent([
      'Отсутствовали:', 'Иванов И.И. (председатель) сообщил, что на заседании присутствуют все члены совета, кроме двух, которые находятся в командировке по делам совета.',
    ])).toEqual([]);
  });
});
