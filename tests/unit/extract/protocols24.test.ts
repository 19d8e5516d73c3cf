// Classes of the protocol misses of held-out sets 62–63 (session 24), each with variants of its own and a near-miss:
// counts before their legend in a bracket ("10/0/1 (за/против/возд.)"); a joint meeting's other council's vote told in a
// bracket under its name; a joint meeting's host block told by its name and size with no letter; a tab table's row whose
// tab before the participation was lost; "солардың бірі … арқылы қосылды" (of those present, one online — not a list of
// the online); the online count after "в т.ч. один – Фамилия И.О. –", "екеуі онлайн форматта қосылды", "Қатысқандары – 11";
// an agenda item's title repeated with no number opening its section ("Разное. …"); "Повестку дня утвердили:"; the result
// in the sentence before the counts on their line. The people are invented; the phrasings are the documents' and others.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const parse = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 5', '16.09.2026', '', ...lines].join('\n'));
const votes = (lines: string[]) => parse(lines).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('counts before their legend in a bracket', () => {
  it('set 63 Khromtau: "Нәтиже / Итоги: 10/0/1 (за/против/возд.) – қабылданды / принято."', () => {
    expect(votes(['Шешім / Решили: информацию принять к сведению.', 'Нәтиже / Итоги: 10/0/1 (за/против/возд.) – қабылданды / принято.']))
      .toEqual([[10, 0, 1, 'adopted']]);
  });
  it('variant kk: "Дауыс беру: 9-2-1 (жақтап-қарсы-қалыс), ұсыныс қабылданбады" — dashes, the other order of words', () => {
    expect(votes(['ШЕШІМ: ұсынысты қолдау.', 'Дауыс беру: 3-6-1 (жақтап-қарсы-қалыс), ұсыныс қабылданбады.'])).toEqual([[3, 6, 1, 'rejected']]);
  });
  it('variant: the legend in another order, no result\'s word — the legend names the counts', () => {
    expect(votes(['РЕШИЛИ: одобрить проект.', 'Голосовали 1/12/0 (против/за/воздержались).'])).toEqual([[12, 1, 0, null]]);
  });
  it('near-miss: a date and a bracket of words are no vote ("16/09 (по плану)")', () => {
    expect(votes(['РЕШИЛИ: перенести мониторинг на 16/09 (по плану).'])).toEqual([]);
  });
});

describe('the result in the sentence before the counts on their line', () => {
  it('set 62 Ridder: "Повестка дня утверждена. Голосовали (за/против/воздерж.): 10/0/0."', () => {
    expect(votes(['Повестка дня утверждена. Голосовали (за/против/воздерж.): 10/0/0.'])).toEqual([[10, 0, 0, 'adopted']]);
  });
  it('variant kk: "Ұсыныс қабылданбады. Дауыс беру (жақтап/қарсы/қалыс): 3/6/1."', () => {
    expect(votes(['ШЕШІМ: ұсынысты қолдау.', 'Ұсыныс қабылданбады. Дауыс беру (жақтап/қарсы/қалыс): 3/6/1.'])).toEqual([[3, 6, 1, 'rejected']]);
  });
  it('near-miss: two sentences before — the first is not this vote\'s result', () => {
    expect(votes(['Решение принято. Слушали второй вопрос. Голосовали (за/против/воздерж.): 7/2/1.'])).toEqual([[7, 2, 1, null]]);
  });
});

describe('"Повестку дня утвердили:" declares the agenda adopted', () => {
  it('set 62 Oskemen: "Повестку дня утвердили: «за» – 16, «против» – 0, «воздержались» – 0."', () => {
    expect(votes(['Повестку дня утвердили: «за» – 16, «против» – 0, «воздержались» – 0.'])).toEqual([[16, 0, 0, 'adopted']]);
  });
  it('variant: "Повестку дня не утвердили: за – 4, против – 9, воздержались – 0."', () => {
    expect(votes(['Повестку дня не утвердили: за – 4, против – 9, воздержались – 0.'])).toEqual([[4, 9, 0, 'rejected']]);
  });
});

describe('a joint meeting: the host council\'s block, its table and its votes', () => {
  const joint = (host: string[], other: string[], votesLines: string[]) => parseProtocol([
    'ОБЩЕСТВЕННЫЙ СОВЕТ', 'при ГУ «Управление физической культуры и спорта Актюбинской области»', 'ПРОТОКОЛ № 3',
    'совместного заседания Общественного совета при управлении физической культуры и спорта и',
    'Общественного совета по вопросам социальной защиты населения', '27.05.2026', ...host, ...other,
    'Повестка дня:', '1. О доступности спортивных объектов.', ...votesLines,
  ].join('\n'));
  const host = [
    'Общественный совет при управлении физической культуры и спорта (утвержденный состав – 5 членов): участвуют 4 члена, из них 1 – в формате ВКС.',
    '', '№\tФ.И.О.\tУчастие', '1 Каржаубаев А.М.\tочно', '2 Алимбетова С.К.\tВКС', '3 Тасмагамбетова Ж.И. очно', '4 Утегенов М.Б.\tочно',
    '5 Сарсенов Б.Ж.\tотсутствовал – причина не известна',
  ];
  const other = ['Общественный совет по вопросам социальной защиты (состав – 9 членов): участвуют 7 членов – Есенжанова Р.А., Амиров К.Т.'];
  it('set 63 Aktobe: the host\'s size and table read; the other council\'s bracketed vote left out', () => {
    const r = joint(host, other, [
      '1. СЛУШАЛИ: …', 'Итоги голосования членов Совета по спорту:', '«за» – 3', '«против» – 0', '«воздержались» – 1', 'Решение принято.',
      '(Совет по вопросам социальной защиты: «за» – 7, «против» – 0, «воздержались» – 0.)',
    ]);
    expect([r.members_total, r.present, r.online]).toEqual([5, 4, 1]);
    expect(r.attendees.map((a) => [a.name, a.online])).toEqual([['Каржаубаев А.М.', false], ['Алимбетова С.К.', true], ['Тасмагамбетова Ж.И.', false], ['Утегенов М.Б.', false]]);
    expect(r.absentees.map((a) => [a.name, a.excused])).toEqual([['Сарсенов Б.Ж.', false]]);
    expect(r.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[3, 0, 1, 'adopted']]);
  });
  it('variant: the other council\'s vote first, named on its line with no bracket', () => {
    const r = joint(host, other, [
      '1. СЛУШАЛИ: …', 'Совет по вопросам социальной защиты: за – 7, против – 0, воздержались – 0.',
      'Совет по спорту: за – 4, против – 0, воздержались – 0. Решение принято.',
    ]);
    expect(r.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[4, 0, 0]]);
  });
  it('near-miss: a named vote with no vote of the host near it is kept (nothing says the host voted otherwise)', () => {
    const r = joint(host, other, ['1. СЛУШАЛИ: …', '(Совет по вопросам социальной защиты: «за» – 7, «против» – 0, «воздержались» – 0.)']);
    expect(r.votes.map((v) => v.for)).toEqual([7]);
  });
});

describe('a tab table\'s row whose tab before the participation was lost', () => {
  const table = (rows: string[]) => parse(['Присутствовали:', '№\tФ.И.О.\tФорма участия', ...rows]);
  it('"12 Тасмагамбетова Ж.И. очно" among "13 Утегенов М.Б.<tab>очно"', () => {
    const r = table(['1 Каржаубаев А.М.\tочно', '2 Тасмагамбетова Ж.И. онлайн', '3 Утегенов Марат Болатович отсутствовал – отпуск', '4 Ким А.А.\tочно']);
    expect(r.attendees.map((a) => [a.name, a.online])).toEqual([['Каржаубаев А.М.', false], ['Тасмагамбетова Ж.И.', true], ['Ким А.А.', false]]);
    expect(r.absentees.map((a) => a.name)).toEqual(['Утегенов Марат Болатович']);
  });
  it('near-miss: a line of prose under the table ("3 члена Совета очно голосовали") is no row', () => {
    const r = table(['1 Каржаубаев А.М.\tочно', '2 Ким А.А.\tочно', 'Итого 2 члена очно.']);
    expect(r.attendees.map((a) => a.name)).toEqual(['Каржаубаев А.М.', 'Ким А.А.']);
  });
});

describe('those present counted, some of them online', () => {
  it('set 62 Zaisan: "9 мүше келді, солардың бірі бейнебайланыс арқылы қосылды:" over a list — one online, not all', () => {
    const r = parse([
      'Кеңес құрамы – 11 мүше. Отырысқа 3 мүше келді, солардың бірі', 'бейнебайланыс арқылы қосылды:',
      '1. Мұхаметжанов Е.Қ.', '2. Байбатырова Г.С.', '3. Жүнісова Ақмарал Нұрланқызы (бейнебайланыс арқылы)',
    ]);
    expect(r.online).toBe(1);
    expect(r.attendees.map((a) => a.online)).toEqual([false, false, true]);
  });
  it('variant: "солардың екеуі Zoom арқылы"; near-miss: "солардың сегізі келді, оның екеуі …" counts those who came', () => {
    expect(parse(['Отырысқа 9 мүше келді, солардың екеуі Zoom арқылы қосылды.']).online).toBe(2);
    expect(parse(['Кеңестің 15 мүшесінің солардың сегізі келді, оның екеуі WhatsApp арқылы.']).online).toBe(2);
  });
  it('set 63: "в т.ч. один – Исмагулов Н.Т. – участвует по видеосвязи"; "екеуі онлайн форматта қосылды"; "Қатысқандары – 11"', () => {
    expect(parse(['На заседании присутствуют 9 членов Совета, в т.ч. один – Исмагулов Н.Т. – участвует по видеосвязи из г. Кульсары.']).online).toBe(1);
    expect(parse(['Отырысқа кеңестің 15 мүшесінен 12 мүше келді, екеуі онлайн форматта', 'қосылды. Кворум бар.']).online).toBe(2);
    const r = parse(['Кеңес құрамы – 13 адам. Қатысқандары – 11 (оның 2-еуі онлайн).']);
    expect([r.members_total, r.present, r.online]).toEqual([13, 11, 2]);
  });
  it('near-miss: "в т.ч. председатель Ким А.Г., … подключился по видеосвязи Садыков" counts no one online', () => {
    expect(parse(['Присутствуют 9 членов, в т.ч. председатель Ким А.Г., в 14.00 подключился по видеосвязи Садыков.']).online).toBe(null);
  });
});

describe('an agenda item\'s title repeated with no number opens its section', () => {
  const protocol = (tail: string[]) => parse([
    'ПОВЕСТКА ДНЯ', '1. О ходе отопительного сезона.', '2. Об утверждении плана.', '3. Разное.', '',
    'По первому вопросу слушали Ахметова Б.К.', 'Итоги голосования: за – 9, против – 0, воздержались – 1; решение принято.',
    'По второму вопросу слушали Ким А.А.', 'Итоги голосования: за – 8, против – 1, воздержались – 1; решение принято.', ...tail,
  ]);
  it('set 62 Oskemen: "Разное. Следующее заседание …" after the last vote closes the second question', () => {
    expect(protocol(['Разное. Следующее заседание запланировано на 18 декабря.']).votes.map((v) => v.item)).toEqual([1, 2]);
  });
  it('variant kk title: "Әртүрлі:" closes it as well', () => {
    const r = parse([
      'КҮН ТӘРТІБІ:', '1. Жоспар туралы.', '2. Әртүрлі.', '', 'Бірінші мәселе бойынша тыңдалды: Ахметов Б.К.',
      'Дауыс беру: жақтап – 9, қарсы – 0, қалыс – 0. Шешім қабылданды.', 'Әртүрлі: келесі отырыс желтоқсанда.',
    ]);
    expect(r.votes.map((v) => v.item)).toEqual([1]);
  });
  it('near-miss: without the repeated title the second question\'s end is unknown — its vote has no question', () => {
    expect(protocol([]).votes.map((v) => v.item)).toEqual([1, undefined]);
  });
});
