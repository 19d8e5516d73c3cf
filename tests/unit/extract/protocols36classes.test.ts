// Classes of held-out set 36, protocols (mangled copies): Kazakh typed on a Russian keyboard, a vote table whose rows have
// a cell more than its header, a vote table copied a cell a line with no tab, a list heading misspelt ("Присуствовали"), a
// run of names under a heading of its own over a page break whose header was printed once, track changes in the counts
// and lists, a block saved twice, look-alike digits in a vote.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { tabBareCells } from '../../../sources/extract/protocol/tabBareCells.ts';

describe('Kazakh typed on a Russian keyboard is read as Kazakh', () => {
  const text = [
    'ХАТТАМА  № 3', '', 'Темiрлан ауылы                                      2025 жылгы 18 маусым', '',
    'Кенестiн барлык мушелерi – 13 .  Отырыска 10 муше катысты , онын iшiнде 1 муше онлайн форматта .  Кворум бар .', '',
    'Катыскандар :', '1. Есенов Бауыржан Кенесулы – кенес торагасы', '2. Исмаилова Жанар Тлеккызы (онлайн)', '',
    'Катыспады :', '1. Абдiкаримов Е.Т. – iссапар', '2. Калдыбаева Р.М. – себепсiз', '',
    'КУН ТАРТIБI :', '1. Ауыз су туралы .', '2. Мектеп автобустары туралы .', '',
    '1. ТЫНДАЛДЫ : Толеуов М.К.', 'Дауыс беру : жактады – 9 , карсы – 1 , калыс калды – 0 . Шешiм кабылданды .', '',
    '2. ТЫНДАЛДЫ : Кенжебаева С.А.', 'Дауыс беру : бiрауыздан кабылданды .',
  ].join('\n');
  it('date, counts, lists, agenda and votes', () => {
    const x = parseProtocol(text);
    expect([x.number, x.date, x.members_total, x.present, x.online]).toEqual(['3', '2025-06-18', 13, 10, 1]);
    expect(x.attendees.map((a) => a.online)).toEqual([false, true]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
    expect(x.agenda).toHaveLength(2);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[9, 1, 0, false, 'adopted'], [null, null, null, true, 'adopted']]);
  });
  it('a name keeps its spelling as written', () => {
    expect(parseProtocol(text).attendees[0].name).toBe('Есенов Бауыржан Кенесулы');
  });
});

describe('a vote table whose rows have a cell more than its header is read from the right, each count under its label', () => {
  it.each([
    ['Kazakh, a № column the header lacks, a title broken by a tab', ['Дауыс беру нәтижелері :', 'Мәселе\tЖақтады\tҚарсы\tҚалыс қалды\tШешім', '1\tАуыз су туралы\t9\t1\t0\tқабылданды', '2\tМектеп\tавтобустары туралы\tбірауыздан\t\t\tқабылданды', '3\t\tЖер учаскелері туралы\t4\t5\t1\tқабылданбады'], [[9, 1, 0, false, 'adopted'], [null, null, null, true, 'adopted'], [4, 5, 1, false, 'rejected']]],
    ['Russian, a variant the document did not show', ['Результаты голосования:', 'Вопрос\tЗа\tПротив\tВоздержались\tРешение', '1\tО бюджете\t12\t0\t1\tпринято', '2\tО плане\t7\t5\t1\tне принято'], [[12, 0, 1, false, 'adopted'], [7, 5, 1, false, 'rejected']]],
  ])('%s', (_name, lines, want) => {
    const x = parseProtocol(['ПРОТОКОЛ № 1', '', ...lines].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual(want);
  });
  it('near-miss: a cell too many after the result (a note) is no shift: the counts stay where they stand', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 1', '', 'Вопрос\tЗа\tПротив\tВоздержались\tРешение', 'О бюджете\t12\t0\t1\tпринято\tсм. приложение'].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[12, 0, 1]]);
  });
});

describe('a vote table copied a cell a line, no tab, is read row by row', () => {
  it.each([
    ['Russian, a merged "единогласно", a cell hyphenated', ['Результаты голосования (таблица 2):', '', 'Вопрос', 'За', 'Против', 'Воздер-', 'жались', 'Итог', '1', '12', '0', '1', 'принято', '2', 'единогласно', 'принято', '3', '7', '4', '2', 'принято с замеча-', 'нием', '4', '10', '2', '1', 'принято', ''],
      [[12, 0, 1, false, 'adopted'], [null, null, null, true, 'adopted'], [7, 4, 2, false, 'adopted'], [10, 2, 1, false, 'adopted']]],
    ['Kazakh, a variant the document did not show', ['Дауыс беру нәтижелері:', '', 'Мәселе', 'Жақтады', 'Қарсы', 'Қалыс қалды', 'Шешім', '1', '11', '1', '0', 'қабылданды', '2', '5', '6', '1', 'қабылданбады', ''],
      [[11, 1, 0, false, 'adopted'], [5, 6, 1, false, 'rejected']]],
  ])('%s', (_name, lines, want) => {
    const x = parseProtocol(['ПРОТОКОЛ № 5', '', ...lines].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual(want);
  });
  it('near-miss: a run of short lines with no header of vote labels is left as it is', () => {
    const lines = ['Приглашенные:', 'Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.', '1', '2', '3'];
    expect(tabBareCells(lines, () => null).lines).toEqual(lines);
  });
  it('near-miss: a lone "единогласно" under a bare row number, its table not read, gives no unanimous vote', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 5', '', 'Итоги:', '', '2', 'единогласно', 'принято'].join('\n'));
    expect(x.votes.filter((v) => v.unanimous)).toEqual([]);
  });
});

describe('a list heading misspelt by the secretary heads its list', () => {
  it.each([
    ['Присуствовали члены Общественного совета :', 'Отсуствовали :'],
    ['Присутсвовали:', 'Отсутсвовали:'],
  ])('%s', (present, absent) => {
    const x = parseProtocol(['ПРОТОКОЛ № 2', '', present, '1. Кенжебаев Марат Токтарович', '2. Фёдорова Наталья Сергеевна', '', absent, '1. Оспанов Д.А. – без уважительной причины'].join('\n'));
    expect(x.attendees).toHaveLength(2);
    expect(x.absentees).toHaveLength(1);
  });
});

describe('a run of names under its heading, wrapped mid-entry and over a page break whose header was printed once', () => {
  const names = (head: string, page: string[]) => parseProtocol([
    'ПРОТОКОЛ № 10', '', head,
    'Утегенов Бекет Саттарович (председатель ОС), Жалгасова Раушан Тулегеновна',
    '(заместитель председателя), Абенов Нурлыбек Кожахметович, Бисенгалиев Арман',
    'Есенгельдиевич, Гринько Павел Сергеевич (дистанционно), Избасаров Мейрам Талгатович,',
    ...page,
    'Кадырова Зарина Муратовна, Мусаев Алмат Бауыржанович (дистанционно), Уразова Динара',
    'Ерлановна.', '', 'Отсутствовали :', 'Кожанов Р.Т. (без уважительной причины).',
  ].join('\n'));
  it('Russian', () => {
    const x = names('Присутствовали :', ['', 'Страница 1 из 2', 'ОС Тупкараганского района • протокол заседания', '']);
    expect(x.attendees).toHaveLength(9);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(2);
  });
  it('Kazakh heading, no page break (a variant the document did not show)', () => {
    const x = names('Қатысқандар :', []);
    expect(x.attendees).toHaveLength(9);
  });
});

describe('track changes and a block saved twice: the final text read once', () => {
  it('Kazakh: a count, a list line moved, a vote corrected, the item block twice', () => {
    const block = ['2. ТЫҢДАЛДЫ: аудандық ветеринария бөлімінің басшысы Ниязбеков Д.С. – ауданда 23 мал', 'қорымы бар, оның 17-сі қоршалған, 3-еуі санитарлық талаптарға сай емес.', 'Дауыс беру: «жақтады» – [удалено: 9] 8, «қарсы» – [удалено: 1] 2, «қалыс қалды» – 1.', 'Шешім қабылданды.'];
    const x = parseProtocol([
      'ХАТТАМА № 8', '', 'Кеңестің құрамы – 15 мүше. Отырысқа кеңестің [удалено: 12] 11 мүшесі қатысты.', '',
      'Отырысқа қатысқандар:', '1. Бектұрсынов Асқар Жандосұлы', '2. Әлібекова Гүлшат Темірбекқызы', '[удалено: 3. Оразалиев Талғат Кенжеұлы]', '',
      'Қатыспағандар:', '1. Жақсылықова Р.Б. – іссапар', '[вставлено: 2. Оразалиев Т.К. – себепсіз]', '',
      'КҮН ТӘРТІБІ:', '1. Вакцинация туралы.', '2. Мал қорымдары туралы.', '[удалено: 3. Ауыз су туралы.]', '',
      '1. ТЫҢДАЛДЫ: Ниязбеков Д.С.', 'Дауыс беру: «жақтады» – 10, «қарсы» – 0, «қалыс қалды» – 1. Шешім қабылданды.', '', ...block, '', ...block,
    ].join('\n'));
    expect(x.present).toBe(11);
    expect(x.attendees).toHaveLength(2);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
    expect(x.agenda).toHaveLength(2);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[10, 0, 1], [8, 2, 1]]);
  });
  it('Russian: "1l" in a vote and "1O" as the number (a variant with both in one protocol)', () => {
    const x = parseProtocol('ПРОТОКОЛ № 1O\n\n1. СЛУШАЛИ: Иванова И.И.\nГолосовали: «за» – 1l , «против» – 0, «воздержались» – 1. Решение принято.\n');
    expect(x.number).toBe('10');
    expect(x.votes.map((v) => v.for)).toEqual([11]);
    // The vote's quote is the document's line as written.
    expect(x.votes[0].text).toContain('«за» – 1l');
  });
});
