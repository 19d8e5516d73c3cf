// Classes of the protocols of held-out set 29 (the Public Council of Almaty's own house style, 2021): a joint meeting whose
// lists and votes are told council by council under each council's name (the other council's left out, a result told
// once below both the host's only when its counts agree); a roll call on dot leaders, counted only when it names each
// member present; "не явился" / "келмеді" alone as an absence without reason; a Word table of three list cells (в зале |
// онлайн | отсутствовали) with a row of totals; "Қатысқандар (7/9)" as those present over the members.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { attendanceCounts, doc } from '../../helpers/protocolCounts.ts';
import { classifyAbsence } from '../../../sources/extract/protocol/splitPerson.ts';
import { splitListCells } from '../../../sources/extract/protocol/splitListCells.ts';

const counts = attendanceCounts;
const votes = (x: ReturnType<typeof parseProtocol>) => x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a joint meeting told council by council under each council\'s name', () => {
  const kk = (result1: string, result2: string, host1 = 'жақтап – 3, қарсы – 0, қалыс – 1') => parseProtocol(doc(
    'АЛМАТЫ ҚАЛАСЫ ӘУЕЗОВ АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', '',
    'Әуезов ауданы Қоғамдық кеңесінің № 7 ХАТТАМАСЫ', '(Алатау ауданы Қоғамдық кеңесімен бірлескен отырыс)', '',
    '2021 жылғы 24 қараша', '',
    'Әуезов ауданы Қоғамдық кеңесінің 6 мүшесінің 4-і қатысты. Кворум бар.', '',
    'Әуезов ауданы ҚК мүшелерінен қатысқандар:', '1) Тұрсынбеков Б.Ә.;', '2) Есімова А.Т.;', '3) Исин М.Б. (бейнебайланыс арқылы);', '4) Садықов Р.Е.', '',
    'Әуезов ауданы ҚК мүшелерінен қатыспағандар:', '1) Әбенов С.М. – іссапарда;', '2) Оспанов Д.Н. – себепсіз.', '',
    'Алатау ауданы ҚК мүшелері (бірлескен отырысқа қатысушылар):', '1) Мамырова Г.С.;', '2) Бейсенов А.Т.;', '3) Ли С.К. (бейнебайланыс арқылы).', '',
    'КҮН ТӘРТІБІ:', '1) Өткелдер туралы.', '2) Топ туралы.', '',
    '1. ТЫҢДАЛДЫ: Ахметов Д.', 'Дауыс беру нәтижесі:', `– Әуезов ауданы ҚК мүшелері: ${host1};`, '– Алатау ауданы ҚК мүшелері: жақтап – 3, қарсы – 0, қалыс – 0.', result1, '',
    '2. ТЫҢДАЛДЫ: Мамырова Г.С.', 'Дауыс беру нәтижесі:', '– Әуезов ауданы ҚК мүшелері: бірауыздан;', '– Алатау ауданы ҚК мүшелері: жақтап – 2, қалыс – 1.', result2, '',
  ));

  it('kk: the host\'s lists and votes, the other council\'s left out; a bare result below both is the host\'s', () => {
    const x = kk('Шешім қабылданды.', 'Шешім қабылданды.');
    expect(counts(x)).toEqual({ attendees: 4, online: 1, absentees: 2, excused: 1, unexcused: 1 });
    expect(votes(x)).toEqual([[3, 0, 1, false, 'adopted'], [null, null, null, true, 'adopted']]);
  });

  it('ru (a variant): "совместного заседания с Общественным советом …", the other council\'s members under its name', () => {
    const x = parseProtocol(doc(
      'ОБЩЕСТВЕННЫЙ СОВЕТ МЕДЕУСКОГО РАЙОНА', '', 'ПРОТОКОЛ № 5', 'совместного заседания с Общественным советом Бостандыкского района', '',
      '12 октября 2021 года', '', 'Из 5 членов ОС Медеуского района присутствуют 3.', '',
      'Члены ОС Медеуского района, присутствовавшие на заседании:', '1. Курманова Ж.Е.', '2. Абилова Д.М.', '3. Пак Е.Ю. (онлайн)', '',
      'Члены ОС Медеуского района, отсутствовавшие на заседании:', '1. Жолдыбаев С.Т. – отпуск', '2. Ремизова А.П. – без уважительной причины', '',
      'Члены ОС Бостандыкского района, принявшие участие в заседании:', '1. Серикова А.М.', '2. Волков И.Г.', '',
      'ПОВЕСТКА ДНЯ:', '1. О мониторинге.', '',
      '1. СЛУШАЛИ: Курманову Ж.Е.', 'Результаты голосования:', '– ОС Медеуского района: за – 2, против – 1, воздержались – 0;', '– ОС Бостандыкского района: за – 2, против – 0, воздержались – 0.',
      'Решение не принято (ОС Медеуского района: недостаточно голосов).', '',
    ));
    expect(counts(x)).toEqual({ attendees: 3, online: 1, absentees: 2, excused: 1, unexcused: 1 });
    // 2 of 3 for, 1 against: "не принято" is no result the host's counts give under every rule (2 > 1).
    expect(votes(x)).toEqual([[2, 1, 0, false, null]]);
  });

  it('a result naming the host alone that its counts give is the host\'s', () => {
    const x = kk('Ұсыныс қолдау таппады (Әуезов ауданы ҚК мүшелерінің көпшілік дауысын алмады).', 'Шешім қабылданды.', 'жақтап – 1, қарсы – 2, қалыс – 1');
    expect(votes(x)[0]).toEqual([1, 2, 1, false, 'rejected']);
  });

  it('near-miss: a result its counts do not give is not the host\'s', () => {
    const x = kk('Ұсыныс қолдау таппады (Әуезов ауданы ҚК мүшелерінің көпшілік дауысын алмады).', 'Шешім қабылданды.');
    // 3 for of 4: "қолдау таппады" is not what those counts give — the meeting's result, not taken.
    expect(votes(x)[0]).toEqual([3, 0, 1, false, null]);
  });

  it('near-miss: a result naming the other council is not the host\'s', () => {
    const x = kk('Шешім Алатау ауданы ҚК мүшелерінің дауысымен қабылданды.', 'Шешім қабылданды.');
    expect(votes(x)[0]).toEqual([3, 0, 1, false, null]);
  });

  it('near-miss: a heading naming the other council over no list of people (a decision) splits nothing', () => {
    const x = parseProtocol(doc(
      'ОБЩЕСТВЕННЫЙ СОВЕТ МЕДЕУСКОГО РАЙОНА', '', 'ПРОТОКОЛ № 5', 'совместного заседания с Общественным советом Бостандыкского района', '',
      'Члены ОС Медеуского района, присутствовавшие на заседании:', '1. Курманова Ж.Е.', '2. Абилова Д.М.', '3. Серикова А.М.', '',
      'ПОВЕСТКА ДНЯ:', '1. О мониторинге.', '', 'РЕШИЛИ:', 'Общественному совету Бостандыкского района рекомендовать:', '1. провести мониторинг парков.',
    ));
    expect(x.attendees_listed).toBe(false);
  });

  it('near-miss: lists under headings that name no council are not split, and not counted', () => {
    const x = parseProtocol(doc(
      'ПРОТОКОЛ № 5', 'совместного заседания с Общественным советом Бостандыкского района', '', '12 октября 2021 года', '',
      'Присутствовали:', '1. Курманова Ж.Е.', '2. Абилова Д.М.', '3. Серикова А.М.', '',
      'ПОВЕСТКА ДНЯ:', '1. О мониторинге.',
    ));
    expect(x.attendees_listed).toBe(false);
  });
});

describe('a roll call on dot leaders, counted only when it names each member present', () => {
  const roll = (present: string, members: string[], call: string[], result = 'Решение принято.') => parseProtocol(doc(
    'ПРОТОКОЛ № 4', '07.07.2021 г.', '', present, '', 'Присутствовали:', ...members.map((m, k) => `  ${k + 1}. ${m}`), '',
    'Повестка:', '1. О слушаниях.', '', 'По первому вопросу', 'Поименное голосование:', ...call, result, '',
  ));
  const members = ['Абенова Г.Т.', 'Есенова Ж.А.', 'Громов П.Н.', 'Оспанова А.Ж.'];

  it('ru: every member present named, each with one choice → counted', () => {
    const x = roll('Присутствуют 4 из 5 членов Президиума.', members, [
      '  Абенова Г.Т. ........... за', '  Есенова Ж.А. ........... против', '  Громов П.Н. ............ воздержался', '  Оспанова А.Ж. .......... за',
    ]);
    expect(votes(x)).toEqual([[2, 1, 1, false, 'adopted']]);
  });

  it('kk (a variant): "Атаулы дауыс беру:", "…… қолдады", "…… қалыс қалды"', () => {
    const x = parseProtocol(doc(
      'ХАТТАМА № 4', '2021 жылғы 7 шілде', '', 'Қатысқандар:', '1. Абенова Г.Т.', '2. Есенова Ж.А.', '3. Громов П.Н.', '',
      'Күн тәртібі:', '1. Тыңдаулар туралы.', '', 'Атаулы дауыс беру:', 'Абенова Г.Т. …… қолдады', 'Есенова Ж.А. …… қарсы', 'Громов П.Н. …… қалыс қалды', 'Шешім қабылданбады.', '',
    ));
    expect(votes(x)).toEqual([[1, 1, 1, false, 'rejected']]);
  });

  it('near-miss: a member present with no line of the roll call → no counts stated (the result kept)', () => {
    const x = roll('Присутствуют 4 из 5 членов Президиума.', members, ['  Абенова Г.Т. ........... за', '  Есенова Ж.А. ........... за', '  Громов П.Н. ............ против']);
    expect(votes(x)).toEqual([[null, null, null, false, 'adopted']]);
  });

  it('near-miss: a name of the roll call not among those present → no counts stated', () => {
    const x = roll('Присутствуют 4 из 5 членов Президиума.', members, [
      '  Абенова Г.Т. ........... за', '  Есенова Ж.А. ........... за', '  Громов П.Н. ............ против', '  Ким В.С. ............... за',
    ]);
    expect(votes(x)).toEqual([[null, null, null, false, 'adopted']]);
  });
});

describe('"не явился" / "келмеді" alone is an absence without reason; with a reason, the reason decides', () => {
  it.each([
    ['не явился', false], ['(не явилась)', false], ['не пришел.', false], ['келмеді', false], ['келген жоқ', false],
    ['не явился по болезни', true], ['ауырып келмеді', true], ['не явился, командировка', true],
  ] as const)('%s → %s', (reason, excused) => expect(classifyAbsence(reason)).toBe(excused));
  it('ru: a run of absentees with reasons in brackets', () => {
    const x = parseProtocol(doc(
      'ПРОТОКОЛ № 3', '24 марта 2021 г.', '', 'Присутствовали: Абенова Г.Т., Жаксылыков Е.М.', '',
      'Отсутствовали: Алиев Т.Р. (командировка), Касымов Т.О. (не явился), Полякова Е.В. (без объяснения причин) – всего 3.', '',
      'ПОВЕСТКА ДНЯ:', '1. О плане.',
    ));
    expect(counts(x)).toMatchObject({ absentees: 3, excused: 1, unexcused: 2 });
  });
});

describe('a Word table of three list cells (in the hall | online | absent) and a row of totals', () => {
  const cells = (heads: string[], lists: string[][], totals: string[] | null) => [
    ...heads.map((h) => `\t${h}`), ...lists.flatMap((l) => [`\t${l[0]}`, ...l.slice(1)]), ...(totals ?? []).map((t) => `\t${t}`), '',
  ];
  it('ru: the cells read as three lists, the online column online; the totals row left out', () => {
    const x = parseProtocol(doc(
      'ПРОТОКОЛ № 5', '15 сентября 2021 года', 'Из 7 членов присутствуют 5, в том числе 2 – онлайн.', 'Регистрация членов Общественного совета',
      ...cells(['Присутствовали очно', 'Присутствовали онлайн (ZOOM)', 'Отсутствовали (причина)'],
        [['Курманова Ж.Е. – председатель', 'Абилова Д.М.', 'Волкова И.Г.'], ['Пак Е.Ю.', 'Рысбаев Н.К.'], ['Жолдыбаев С.Т. – отпуск', 'Утегенов Б.Р. – без уважительной причины']],
        ['Итого: 3', 'Итого: 2', 'Итого: 2']),
      'ПОВЕСТКА ДНЯ:', '1. О мониторинге.',
    ));
    expect(counts(x)).toEqual({ attendees: 5, online: 2, absentees: 2, excused: 1, unexcused: 1 });
  });
  it('kk (a variant): "Залда қатысқандар" | "Онлайн қатысқандар" | "Қатыспағандар", totals "Барлығы – 2"', () => {
    const lines = cells(['Залда қатысқандар', 'Онлайн қатысқандар', 'Қатыспағандар'], [['Ахметов С.Б.', 'Омаров Р.Б.'], ['Сейітов Н.'], ['Әлімбетов М.С. – іссапар']], ['Барлығы – 2', 'Барлығы – 1', 'Барлығы – 1']);
    const out = splitListCells({ lines, numbers: lines.map((_, k) => k + 1) });
    expect(out.lines).toEqual(['Залда қатысқандар:', 'Ахметов С.Б.', 'Омаров Р.Б.', 'Онлайн қатысқандар:', 'Сейітов Н.', 'Қатыспағандар:', 'Әлімбетов М.С. – іссапар', '']);
  });
  it('near-miss: a total that is not its list\'s length, or no list of absentees, keeps the table as it is', () => {
    for (const lines of [
      cells(['Присутствовали очно', 'Присутствовали онлайн', 'Отсутствовали'], [['Пак Е.Ю.', 'Ли О.В.'], ['Рысбаев Н.К.'], ['Ким А.А.']], ['Итого: 3', 'Итого: 1', 'Итого: 1']),
      cells(['Присутствовали очно', 'Присутствовали онлайн', 'Приглашенные'], [['Пак Е.Ю.'], ['Рысбаев Н.К.'], ['Ким А.А.']], null),
    ]) {
      expect(splitListCells({ lines, numbers: lines.map((_, k) => k + 1) }).lines).toEqual(lines);
    }
  });
});

describe('those present over the members as a fraction after the heading word', () => {
  const stated = (line: string) => {
    const x = parseProtocol(doc('ХАТТАМА № 4', '19.05.2021 ж.', '', line, '', 'Күн тәртібі:', '1. Бюджет туралы.'));
    return [x.present, x.members_total];
  };
  it.each([
    ['kk', 'Комиссия құрамы – 9 мүше. Қатысқандар (7/9), оның ішінде 2 мүше Zoom арқылы. Кворум бар.', [7, 9]],
    ['ru (a variant)', 'Присутствовали (14/19):', [14, 19]],
  ])('%s: %s', (_lang, line, want) => expect(stated(line)).toEqual(want));
  it.each([
    ['more present than members', 'Қатысқандар (9/7)'],
    ['the absent', 'Отсутствовали (2/9):'],
    ['a date, not a fraction', 'Присутствовали (12/05/2021):'],
  ])('near-miss: %s — %s', (_why, line) => expect(stated(line)[0]).toBeNull());
});
