/**
 * A bilingual bulletin's borderless table of a paragraph and its translation on each row (Kazakh | Russian) is read across,
 * row by row, not as two text columns (readColumnsInOrder); the protocol reader then pairs each paragraph with its
 * translation (languageColumns), so a vote told twice is one vote. Held-out 192's West Kazakhstan bulletin: read as two
 * columns, seven votes for five.
 */
import { describe, expect, it } from 'vitest';
import { readColumnsInOrder } from '../../../sources/readers/textColumns.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

type Item = { x: number; y: number; width: number; size: number; str: string };
const item = (x: number, y: number, width: number, str: string): Item => ({ x, y, width, size: 10, str });
const order = (items: Item[]) => [...items].sort((p, q) => q.y - p.y || p.x - q.x).map((i) => i.str);

const KAZAKH = [
  'Кеңестің 14 мүшесінің 12-сі қатысты, оның ішінде',
  '2 мүше онлайн режимде қатысты. Кворум бар.',
  'Күн тәртібі бірауыздан бекітілді.',
  'ТЫҢДАЛДЫ: басқарма басшысының орынбасары',
  'индустриялық аймақтағы жобалар туралы.',
  'ШЕШІМ: ақпарат назарға алынсын. Дауыс беру:',
  'жақтап – 12, қарсы – 0, қалыс – 0.',
  'Шешім қабылданды. Келесі отырыс желтоқсанда.',
  'Жоспар бірауыздан бекітілді, ұсыныстар жолдансын.',
  'Төрағаның қорытынды сөзі тыңдалды.',
];
const RUSSIAN = [
  'Присутствовали 12 из 14 членов Совета, в том',
  'числе 2 – в онлайн режиме. Кворум имеется.',
  'Повестка дня утверждена единогласно.',
  'СЛУШАЛИ: заместителя руководителя управления',
  'о проектах в индустриальной зоне.',
  'РЕШИЛИ: информацию принять к сведению.',
  'Голосование: за – 12, против – 0, воздержались – 0.',
  'Решение принято. Следующее заседание в декабре.',
  'План утвержден единогласно, рекомендации направить.',
  'Заслушано заключительное слово председателя.',
];

describe('a table of a text and its translation, read across', () => {
  const rows = (leftTexts: string[], rightTexts: string[], rightOffset = 0) => [
    ...leftTexts.map((t, k) => item(54, 700 - 10.4 * k, 235, t)),
    ...rightTexts.map((t, k) => item(305, 700 - 10.4 * k - rightOffset, 240, t)),
  ];
  it('Kazakh left, Russian right on the same rows: read row by row, as set', () => {
    const page = rows(KAZAKH, RUSSIAN);
    expect(order(readColumnsInOrder(page))).toEqual(order(page));
  });
  it('Russian left, Kazakh right: the same', () => {
    const page = rows(RUSSIAN, KAZAKH);
    expect(order(readColumnsInOrder(page))).toEqual(order(page));
  });
  it('near-miss: two columns of one language are two columns, read one after the other', () => {
    const other = RUSSIAN.map((t) => t.replace(/Совета|управления/u, 'комиссии'));
    const read = order(readColumnsInOrder(rows(RUSSIAN, [...other].reverse())));
    expect(read).toEqual([...RUSSIAN, ...[...other].reverse()]);
  });
  it('near-miss: a Kazakh column and a Russian one whose lines stand on their own baselines are two columns', () => {
    const read = order(readColumnsInOrder(rows(KAZAKH, RUSSIAN, 5)));
    expect(read).toEqual([...KAZAKH, ...RUSSIAN]);
  });
});

describe('the protocol of such a table: each paragraph with its translation, a vote told twice is one vote', () => {
  const protocol = [
    'ХАТТАМАСЫ № 6\tПРОТОКОЛ № 6',
    'Орал қ., 2026 жылғы 25 қараша\tг. Уральск, 25 ноября 2026 г.',
    'КҮН ТӘРТІБІ:\tПОВЕСТКА ДНЯ:',
    '1. Индустриялық аймақтарға инвесторларды тарту туралы.\t1. О привлечении инвесторов в индустриальные зоны.',
    '2. Кеңестің 2027 жылғы жұмыс жоспары туралы.\t2. О плане работы Совета на 2027 год.',
    '1. ТЫҢДАЛДЫ: басқарма басшысының орынбасары\t1. СЛУШАЛИ: заместителя руководителя управления',
    'Қайыпов Е.Ж. (19 жоба, оның 4-і жаңа).\tКаипова Е.Ж. (19 проектов, из них 4 новых).',
    'ШЕШІМ: ақпарат назарға алынсын. Дауыс беру: жақтап – 12,\tРЕШИЛИ: информацию принять к сведению. Голосование: за –',
    'қарсы – 0, қалыс – 0. Шешім қабылданды.\t12, против – 0, воздержались – 0. Решение принято.',
    '2. ТЫҢДАЛДЫ: Сағынғалиева Д.Н. – жоспар жобасы туралы.\t2. СЛУШАЛИ: Сагынгалиеву Д.Н. – о проекте плана.',
    'ШЕШІМ: жоспар бекітілсін. Жақтап – 9, қарсы – 2,\tРЕШИЛИ: утвердить план. За – 9, против – 2,',
    'қалыс – 1. Қабылданды.\tвоздержались – 1. Принято.',
  ].join('\n');
  it('an agenda item opening with a word and a year ("2. Кеңестің 2027 жылғы …") is prose, not a row of a name', () => {
    const x = parseProtocol(protocol);
    expect(x.agenda.map((a) => [a.no, a.title])).toEqual([[1, 'О привлечении инвесторов в индустриальные зоны.'], [2, 'О плане работы Совета на 2027 год.']]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[12, 0, 0], [9, 2, 1]]);
  });
  it('an agenda item told in both languages under one number is one item, the Russian title kept with its wrapped line, either side first', () => {
    const kazakhFirst = parseProtocol(['ХАТТАМА № 2', 'КҮН ТӘРТІБІ:', '1. Жергілікті тауар өндірушілерді мемлекеттік сатып алуға', 'тарту туралы.', '1. О вовлечении местных товаропроизводителей в', 'государственные закупки.', '2. Әртүрлі мәселелер.', '2. Разное.', '', 'ТЫҢДАЛДЫ: …'].join('\n'));
    expect(kazakhFirst.agenda.map((a) => [a.no, a.title])).toEqual([[1, 'О вовлечении местных товаропроизводителей в государственные закупки.'], [2, 'Разное.']]);
    const russianFirst = parseProtocol(['ПРОТОКОЛ № 2', 'ПОВЕСТКА ДНЯ:', '1. О вовлечении местных товаропроизводителей в', 'государственные закупки.', '1. Жергілікті тауар өндірушілерді мемлекеттік сатып алуға', 'тарту туралы.', '2. Разное.', '2. Әртүрлі мәселелер.', '', 'СЛУШАЛИ: …'].join('\n'));
    expect(russianFirst.agenda.map((a) => [a.no, a.title])).toEqual([[1, 'О вовлечении местных товаропроизводителей в государственные закупки.'], [2, 'Разное.']]);
  });
  it('near-miss: a number typed again in the same language is still the next item mistyped', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 2', 'ПОВЕСТКА ДНЯ:', '1. О плане работы.', '2. О бюджете района.', '2. Разное.', '', 'СЛУШАЛИ: …'].join('\n'));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
  });
  it('near-miss: a numbered list of names beside their translation is still a table of names (no prose pairing)', () => {
    const x = parseProtocol(['ХАТТАМАСЫ № 6\tПРОТОКОЛ № 6', 'Қатысқандар:\tПрисутствовали:', '1. Есқалиева Гүлнар Бақытжанқызы\t1. Есқалиева Гүлнар Бақытжанқызы', '2. Абдуллин Руслан Маратович\t2. Абдуллин Руслан Маратович', '3. Бисенов Ерқанат Серікұлы\t3. Бисенов Ерқанат Серікұлы'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Есқалиева Гүлнар Бақытжанқызы', 'Абдуллин Руслан Маратович', 'Бисенов Ерқанат Серікұлы']);
  });
});
