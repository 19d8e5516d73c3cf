// Classes of held-out sets 52 and 53, protocols whose attendance is told rather than listed: a count online after "of
// whom" at a line's end, the members' whole list with a status only on the absent lines, a registration roll whose
// absent line carries only its reason, none online said of the participants, an online group's heading with its count,
// "Повестка дня: единогласно", the votes in the instrumental beside the word for all ("14 дауыспен бірауыздан"), a table
// of counts per commission with the absentees listed below it, an absentees' paragraph wrapped mid-reason, and a reason
// told by "в связи с" / "…уына байланысты"; and set 45's sentence naming those who took part ("Отырысқа … қатысты").
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const read = (lines: string[]) => {
  const p = parseProtocol(['ПРОТОКОЛ № 1', '', ...lines].join('\n'));
  return {
    total: p.members_total,
    present: p.present,
    online: p.online,
    attendees: p.attendees_listed === false ? null : p.attendees.map((a) => [a.name, a.online]),
    absentees: p.absentees_listed === false ? null : p.absentees.map((a) => [a.name, a.excused]),
    votes: p.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]),
  };
};
const agenda = (kk: boolean) => (kk ? ['', 'КҮН ТӘРТІБІ:', '1. Жоспар туралы.'] : ['', 'ПОВЕСТКА ДНЯ:', '1. О плане работы.']);

describe('a count online after "of whom" at a line\'s end is read with the line that says what it counts', () => {
  it('set 52 Atyrau: "Отырысқа 14 мүше қатысып отыр, оның екеуі" / "Zoom платформасы арқылы қашықтан қосылды."', () => {
    const x = read(['Кеңестің бекітілген құрамы – 19 мүше. Отырысқа 14 мүше қатысып отыр, оның екеуі', 'Zoom платформасы арқылы қашықтан қосылды. Кворум бар.']);
    expect([x.total, x.present, x.online]).toEqual([19, 14, 2]);
  });
  it.each([
    ['ru', ['Присутствуют 12 членов Совета из 15, из них двое', 'по видеосвязи. Кворум имеется.'], [15, 12, 2]],
    ['kk, "олардың үшеуі"', ['Отырысқа 9 мүше қатысты, олардың үшеуі', 'бейнебайланыс арқылы қосылды.'], [null, 9, 3]],
  ])('variant: %s', (_name, lines, want) => {
    const x = read(lines);
    expect([x.total, x.present, x.online]).toEqual(want);
  });
  it('near-miss: what the next line counts is no means of joining — no count online', () => {
    expect(read(['Присутствовали 12 членов Совета из 15, из них 3', 'члена комиссии по ЖКХ.']).online).toBeNull();
    expect(read(['Отырысқа 14 мүше қатысып отыр, оның екеуі', 'шақырылған сарапшылар.']).online).toBeNull();
  });
});

describe('none online said of the participants is a count online of 0', () => {
  it('set 53 Lisakovsk: "Онлайн қатысқандар жоқ / Онлайн-участников нет."', () => {
    expect(read(['Кеңес мүшелерінің саны / Количество членов совета: 11', 'Қатысты / Присутствовали: 10', 'Онлайн қатысқандар жоқ / Онлайн-участников нет.']).online).toBe(0);
  });
  it.each([
    ['ru', 'Присутствовали 10 членов Совета из 11. Участников в режиме онлайн не было.'],
    ['kk', 'Отырысқа 10 мүше қатысты. Бейнебайланыс арқылы қосылғандар болмады.'],
  ])('variant: %s', (_name, line) => {
    expect(read([line]).online).toBe(0);
  });
  it('near-miss: no broadcast is no participant; participants online counted in words are not none', () => {
    expect(read(['Присутствовали 10 членов Совета из 11. Онлайн-трансляции не было.']).online).toBeNull();
    expect(read(['Присутствовали 10 членов Совета из 11. Онлайн-участников было двое.']).online).not.toBe(0);
  });
});

describe('an online group\'s heading under those present, its count in brackets, states the count online', () => {
  it('set 52 Uralsk: "  дистанционно (2): Абенова Г.Т., Хайрушев М.Д."', () => {
    const x = read(['Кеңес құрамы / Состав Совета: 15 мүше / членов.', '', 'Қатысқандар / Присутствовали – 11:', '  очно (9): Тлеугалиев Н.Б. (төраға), Кадырова А.М. (хатшы), Байгужин С.Т.,', '  Гумарова Л.Х., Досанов А.Е., Ким Е.В., Мендыгалиев Т.С., Сарсенов Е.А.,', '  Шаяхметова Р.К.;', '  дистанционно (2): Абенова Г.Т., Хайрушев М.Д.']);
    expect([x.total, x.present, x.online]).toEqual([15, 11, 2]);
  });
  it.each([
    ['ru "онлайн (3 чел.):"', ['Присутствовали 12 членов Совета из 14:', 'в зале (9): Иванов И.И., Петров П.П., Сидоров С.С., Ким О.В., Ли М.А., Орлов П.И., Жуков Д.О., Лебедев А.А., Титов Т.Т.;', 'онлайн (3 чел.): Абенова Г.Т., Хайрушев М.Д., Мухина Л.Л.'], 3],
    ['kk "Zoom арқылы (2):"', ['Отырысқа 8 мүше қатысты:', 'залда (6): Сейтов А.Б., Омарова А.С., Қасымов Е.Б., Нұрланов Д.А., Бекова С.М., Жақыпов Н.Е.;', 'Zoom арқылы (2): Әлиев Б.Б., Серікова Г.Г.'], 2],
  ])('variant: %s', (_name, lines, want) => {
    expect(read(lines).online).toBe(want);
  });
  it('near-miss: the room\'s group and the absentees\' heading count no one online', () => {
    expect(read(['Присутствовали – 11:', '  очно (9): Тлеугалиев Н.Б., Кадырова А.М., Байгужин С.Т., Гумарова Л.Х., Досанов А.Е., Ким Е.В., Мендыгалиев Т.С., Сарсенов Е.А., Шаяхметова Р.К.;', 'Отсутствовали (2): Абенова Г.Т. (отпуск), Хайрушев М.Д. (болезнь).']).online).toBeNull();
  });
});
