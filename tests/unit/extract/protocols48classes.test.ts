/**
 * Classes of set 48's protocols (ordinary documents of western district councils; ru and kk cases, each with a variant
 * and near-misses): the agenda "Повестка принята." — lexicon.json; the body's size "Всего в составе Совета – 14 членов."
 * and a roll's summary line "Барлығы / Всего: 13. Қатысты / Присутствовали: 10" — readStatedCounts; a sentence of those
 * present wrapped before the colon that opens their list ("…қатысты, оның ішінде біреуі WhatsApp" / "бейнебайланысы
 * арқылы:"), a heading's count over a paragraph of as many names, the absentees grouped by reason with a count each
 * ("отпуск – 2 (…, …);") — readAttendance; a registration table laid out a cell a line (.docx) whose rows are parted by
 * merged section rows ("Члены Общественного совета" / "Приглашённые", the guests numbered from 1 again) — regroupCellTable.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { attendeesOf, statedCounts, votesOf } from '../../helpers/protocolCounts.ts';

const HEAD_KK = 'ХАТТАМА № 2\n12.03.2025 ж.\n\n';
const HEAD_RU = 'ПРОТОКОЛ № 2\nзаседания Общественного совета\n12.03.2025 г.\n\n';
const votes = votesOf;
const counts = statedCounts;
const attendees = attendeesOf;
const absentees = (text: string) => {
  const x = parseProtocol(text);
  return x.absentees_listed === false ? null : x.absentees.map((a) => [a.name, a.excused]);
};

describe('the agenda "принята" after its subject', () => {
  it('ru: "Голосовали за повестку: за – 10 (единогласно). Повестка принята." — adopted', () => {
    expect(votes(`${HEAD_RU}Голосовали за повестку: за – 10 (единогласно). Повестка принята.\n`)).toEqual([[10, null, null, true, 'adopted']]);
  });
  it('ru variant: "Повестка дня принята." after the counts', () => {
    expect(votes(`${HEAD_RU}Голосовали: за – 9, против – нет, воздержались – 1. Повестка дня принята.\n`)).toEqual([[9, 0, 1, false, 'adopted']]);
  });
  it('kk: "Күн тәртібі қабылданды."', () => {
    expect(votes(`${HEAD_KK}Күн тәртібіне дауыс беру: жақтағаны – 9, қарсы – жоқ, қалыс – жоқ. Күн тәртібі қабылданды.\n`)).toEqual([[9, 0, 0, false, 'adopted']]);
  });
  it('near-miss: "Повестка не принята." is rejected; "повестка, принятая на прошлом заседании" declares nothing', () => {
    expect(votes(`${HEAD_RU}Голосовали: за – 3, против – 6. Повестка не принята.\n`)).toEqual([[3, 6, null, false, 'rejected']]);
    expect(votes(`${HEAD_RU}Голосовали: за – 9, против – 1. Повестка, принятая на прошлом заседании, дополнена.\n`).map((v) => v[4])).toEqual([null]);
  });
});

describe('the body\'s size with "всего" before it', () => {
  it('ru: "Всего в составе Совета – 14 членов. Присутствовали: 10 …"', () => {
    expect(counts(`${HEAD_RU}Всего в составе Совета – 14 членов. Присутствовали: 10 (десять) членов Совета.\n`)).toEqual([14, 10, null]);
  });
  it('ru variant: "Всего по списку в Совете 15 членов."', () => {
    expect(counts(`${HEAD_RU}Всего по списку в Совете 15 членов. Присутствуют 12 членов.\n`)).toEqual([15, 12, null]);
  });
  it('kk: "Кеңес құрамында барлығы – 14 мүше."', () => {
    expect(counts(`${HEAD_KK}Кеңес құрамында барлығы – 14 мүше. Отырысқа 11 мүше қатысты.\n`)).toEqual([14, 11, null]);
  });
  it('near-miss: "Всего в составе рабочей группы – 5 членов" is a group\'s', () => {
    expect(counts(`${HEAD_RU}Всего в составе рабочей группы – 5 членов.\n`)[0]).toBeNull();
  });
});

describe('a roll\'s summary line: the whole, then those present', () => {
  it('mixed: "Барлығы / Всего: 13. Қатысты / Присутствовали: 10 (онлайн – 1)."', () => {
    expect(counts(`${HEAD_RU}Барлығы / Всего: 13. Қатысты / Присутствовали: 10 (онлайн – 1).\n`)).toEqual([13, 10, 1]);
  });
  it('ru variant: "Итого: 15; присутствовали – 12."', () => {
    expect(counts(`${HEAD_RU}Итого: 15; присутствовали – 12.\n`)).toEqual([15, 12, null]);
  });
  it('kk: "Барлығы: 11. Қатысты: 9."', () => {
    expect(counts(`${HEAD_KK}Барлығы: 11. Қатысты: 9.\n`)).toEqual([11, 9, null]);
  });
  it('near-misses: as many present as the whole may be a list of those present summed; a whole of people may hold guests', () => {
    expect(counts(`${HEAD_RU}Итого: 12. Присутствовали: 12.\n`)[0]).toBeNull();
    expect(counts(`${HEAD_RU}Всего: 20 человек. Присутствовали: 12.\n`)[0]).toBeNull();
  });
});

const LIST_KK = '  1. Ғабдуллин С.М. – Кеңес төрағасы\n  2. Есенғалиева А.Б.\n  3. Айтқалиев Д.Т.\n  4. Мұхамбетжанова Р.К. (бейнебайланыс арқылы)\n\n';
const LIST_RU = '1. Нуржанов Р.А.\n2. Калиева Т.Б. (по видеосвязи)\n3. Ахметжанов Д.С.\n4. Вдовиченко С.П.\n\n';

describe('a sentence of those present wrapped before the colon that opens their list', () => {
  it('kk: "Отырысқа Кеңестің 4 мүшесі қатысты, оның ішінде біреуі WhatsApp" / "бейнебайланысы арқылы:" / the list', () => {
    expect(attendees(`${HEAD_KK}Отырысқа Кеңестің 4 мүшесі қатысты, оның ішінде біреуі WhatsApp\nбейнебайланысы арқылы:\n${LIST_KK}`)).toEqual([
      ['Ғабдуллин С.М.', false], ['Есенғалиева А.Б.', false], ['Айтқалиев Д.Т.', false], ['Мұхамбетжанова Р.К.', true],
    ]);
  });
  it('ru: "Присутствуют 4 члена Совета, в том числе один" / "по видеосвязи:" / the list', () => {
    expect(attendees(`${HEAD_RU}На заседании присутствуют 4 члена Совета, в том числе один\nпо видеосвязи:\n${LIST_RU}`)).toEqual([
      ['Нуржанов Р.А.', false], ['Калиева Т.Б.', true], ['Ахметжанов Д.С.', false], ['Вдовиченко С.П.', false],
    ]);
  });
  it('ru variant: the absentees\' sentence wrapped so ("Не присутствовали 2 члена Совета по" / "уважительной причине:")', () => {
    expect(absentees(`${HEAD_RU}Всего в составе Совета – 6 членов. Присутствовали 4 члена Совета:\n${LIST_RU}Не присутствовали 2 члена Совета по\nуважительной причине:\n1. Исмагулова Д.Н. – отпуск\n2. Сапаров Ж.К. – командировка\n\n`)).toEqual([
      ['Исмагулова Д.Н.', true], ['Сапаров Ж.К.', true],
    ]);
  });
  it('near-miss: a sentence ended with a full stop ("…, оның ішінде" / "біреуі онлайн.") heads no list', () => {
    expect(attendees(`${HEAD_KK}Отырысқа Кеңестің 4 мүшесі қатысты, оның ішінде\nбіреуі онлайн.\n${LIST_KK}`)).toBeNull();
  });
});

describe('a heading\'s count, then a paragraph of as many names', () => {
  it('ru: "Присутствовали: 4 (четыре) члена Совета," / "из них двое – онлайн." / the names over two lines', () => {
    expect(attendees(`${HEAD_RU}Присутствовали: 4 (четыре) члена Совета,\nиз них двое – онлайн.\nУтегенов Б.Е., Сагинбаева Г.М. (онлайн),\nЖолдасова А.С. (онлайн), Каримов Р.Б.\nКворум есть.\n`)).toEqual([
      ['Утегенов Б.Е.', false], ['Сагинбаева Г.М.', true], ['Жолдасова А.С.', true], ['Каримов Р.Б.', false],
    ]);
  });
  it('kk: "Қатысқандар: Кеңестің 3 мүшесі." / the names', () => {
    expect(attendees(`${HEAD_KK}Қатысқандар: Кеңестің 3 мүшесі.\nҒабдуллин С.М., Есенғалиева А.Б., Айтқалиев Д.Т.\n\n`)).toEqual([
      ['Ғабдуллин С.М.', false], ['Есенғалиева А.Б.', false], ['Айтқалиев Д.Т.', false],
    ]);
  });
  it('near-misses: fewer names than counted, or a paragraph that is not all names, is no list of them', () => {
    expect(attendees(`${HEAD_RU}Присутствовали: 5 членов Совета,\nиз них двое – онлайн.\nУтегенов Б.Е., Сагинбаева Г.М., Жолдасова А.С., Каримов Р.Б.\n\n`)).toBeNull();
    expect(attendees(`${HEAD_RU}Присутствовали: 2 члена Совета,\nиз них один – онлайн.\nУтегенов Б.Е. открыл заседание, Каримов Р.Б. вёл протокол.\n\n`)).toBeNull();
  });
});

describe('the absentees grouped by reason, a count and the names in brackets', () => {
  it('ru: "Отсутствовали: 4 члена Совета, в т.ч.:" / "- отпуск – 2 (…, …);" / "- болезнь – 1 (…);" / "- без объяснения причин – 1 (…)."', () => {
    expect(absentees(`${HEAD_RU}Отсутствовали: 4 члена Совета, в т.ч.:\n - отпуск – 2 (Исмагулова Д.Н., Сапаров Ж.К.);\n - болезнь – 1 (Мырзабеков Т.А.);\n - без объяснения причин – 1 (Оспанов Е.Ж.).\nКворум есть.\n`)).toEqual([
      ['Исмагулова Д.Н.', true], ['Сапаров Ж.К.', true], ['Мырзабеков Т.А.', true], ['Оспанов Е.Ж.', false],
    ]);
  });
  it('kk: "Қатыспағандар – 3 мүше:" / "іссапар – 2 (…, …);" / "себепсіз – 1 (…)."', () => {
    expect(absentees(`${HEAD_KK}Қатыспағандар – 3 мүше:\nіссапар – 2 (Жұмағалиев Б.Н., Сәрсенов Қ.Ж.);\nсебепсіз – 1 (Шәкенов Т.Р.).\n\n`)).toEqual([
      ['Жұмағалиев Б.Н.', true], ['Сәрсенов Қ.Ж.', true], ['Шәкенов Т.Р.', false],
    ]);
  });
  it('ru variant: numbered groups with the unit ("1) командировка – 1 чел. (Ким С.В.);")', () => {
    expect(absentees(`${HEAD_RU}Отсутствовали:\n1) командировка – 1 чел. (Ким С.В.);\n2) по болезни – 2 чел. (Ли О.В., Пак Д.Э.).\n\n`)).toEqual([
      ['Ким С.В.', true], ['Ли О.В.', true], ['Пак Д.Э.', true],
    ]);
  });
  it('near-miss: a group whose names are not as many as its count leaves the absentees unstated', () => {
    expect(absentees(`${HEAD_RU}Отсутствовали: 4 члена Совета, в т.ч.:\n - отпуск – 3 (Исмагулова Д.Н., Сапаров Ж.К.);\n - болезнь – 1 (Мырзабеков Т.А.).\n\n`)).toBeNull();
  });
});

/** A Word table as a .docx reads: a cell a line, each after a tab; a merged row is one cell. */
const cellTable = (rows: string[][]) => `${rows.flat().map((c) => `\t${c}`).join('\n')}\n\n`;

describe('a registration table a cell a line, its rows parted by merged section rows', () => {
  it('ru: "Члены Общественного совета" / rows / "Приглашённые" / rows numbered from 1 again — the guests left out', () => {
    const text = `${HEAD_RU}Лист регистрации:\n${cellTable([
      ['№', 'Ф.И.О.', 'Место работы, должность', 'Отметка'], ['Члены Общественного совета'],
      ['1', 'Нуржанов Р.А.', 'председатель Совета', 'присутствовал'], ['2', 'Досмухамбетов Е.Б.', 'учитель', 'по видеосвязи'],
      ['3', 'Жумабаев К.Т.', 'инженер', 'командировка, г. Атырау'], ['4', 'Нургазиев А.Ж.', 'ОФ «Жастар алаңы»', 'не явился, причину не сообщил'],
      ['Приглашённые'], ['1', 'Исенов Б.К.', 'заместитель акима района', 'присутствовал'], ['2', 'Тажиев А.О.', 'руководитель отдела', 'присутствовал'],
    ])}ПОВЕСТКА ДНЯ:\n1. О водоснабжении.\n`;
    expect(attendees(text)).toEqual([['Нуржанов Р.А.', false], ['Досмухамбетов Е.Б.', true]]);
    expect(absentees(text)).toEqual([['Жумабаев К.Т.', true], ['Нургазиев А.Ж.', false]]);
  });
  it('kk: "Кеңес мүшелері" / rows / "Шақырылғандар" / rows', () => {
    const text = `${HEAD_KK}Тіркеу парағы:\n${cellTable([
      ['№', 'Аты-жөні', 'Қатысуы'], ['Кеңес мүшелері'], ['1', 'Ғабдуллин С.М.', 'қатысты'], ['2', 'Есенғалиева А.Б.', 'онлайн'],
      ['3', 'Шәкенов Т.Р.', 'себепсіз'], ['Шақырылғандар'], ['1', 'Оразов Т.Қ.', 'қатысты'],
    ])}КҮН ТӘРТІБІ:\n1. Жол жөндеу туралы.\n`;
    expect(attendees(text)).toEqual([['Ғабдуллин С.М.', false], ['Есенғалиева А.Б.', true]]);
    expect(absentees(text)).toEqual([['Шәкенов Т.Р.', false]]);
  });
  it('ru variant: only the guests\' section merged, the members\' rows right under the header', () => {
    const text = `${HEAD_RU}Лист регистрации:\n${cellTable([
      ['№', 'Ф.И.О.', 'Отметка'], ['1', 'Нуржанов Р.А.', 'присутствовал'], ['2', 'Калиева Т.Б.', 'присутствовала'],
      ['Приглашённые'], ['1', 'Исенов Б.К.', 'присутствовал'],
    ])}ПОВЕСТКА ДНЯ:\n1. О водоснабжении.\n`;
    expect(attendees(text)).toEqual([['Нуржанов Р.А.', false], ['Калиева Т.Б.', false]]);
  });
  it('near-miss: a merged row that names no section (a note) leaves the run unread, no guest taken for a member', () => {
    const text = `${HEAD_RU}Лист регистрации:\n${cellTable([
      ['№', 'Ф.И.О.', 'Отметка'], ['1', 'Нуржанов Р.А.', 'присутствовал'], ['Далее – лица, не входящие в состав'], ['1', 'Исенов Б.К.', 'присутствовал'],
    ])}ПОВЕСТКА ДНЯ:\n1. О водоснабжении.\n`;
    expect((attendees(text) ?? []).map((a) => a[0])).not.toContain('Исенов Б.К.');
  });
});
