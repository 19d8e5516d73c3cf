// Classes of the protocol misses of held-out sets 64–65 (session 25), each with variants of its own and a near-miss: the
// parts of those present with the program named after the means ("5 – в режиме видеоконференции на платформе Zoom"); no
// one online said of the whole ("все очно (онлайн-участия не было)", "барлығы отырысқа тікелей қатысты", a sentence broken
// over two lines); a tab table's rows whose runs of tabs miss the header's stops (the filled cells in order, a reason of
// absence the last); two lists side by side under a header row of bare headings ("Присутствовали очно<tab>Участвовали в
// режиме ВКС"). (The joint sitting's body: jointSittingBody.test.ts.) The people are invented.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const parse = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 5', '16.09.2026', '', ...lines].join('\n'));
const counts = (lines: string[]) => {
  const p = parse(lines);
  return [p.members_total, p.present, p.online];
};

describe('the parts of those present, the program named after the means', () => {
  it('set 65 Petropavl: "Участвуют 15 членов Совета: 10 – очно, 5 – в режиме видеоконференции на платформе Zoom."', () => {
    expect(counts(['Состав Общественного совета – 19 человек. Участвуют 15 членов Совета: 10 – очно, 5 – в режиме видеоконференции на платформе Zoom. Кворум имеется.'])).toEqual([19, 15, 5]);
  });
  it('variants: Kazakh with the platform after a comma; Microsoft Teams', () => {
    expect(counts(['Отырысқа 12 мүше қатысты: 9 – бетпе-бет, 3 – онлайн, Zoom платформасында.'])).toEqual([null, 12, 3]);
    expect(counts(['Участвуют 11 членов Совета: 8 – очно, 3 – онлайн на платформе Microsoft Teams.'])).toEqual([null, 11, 3]);
  });
  it('near-miss: a date after the platform is no end of the clause', () => {
    expect(counts(['Участвуют 15 членов Совета: 10 – очно, 5 – онлайн на платформе Zoom 14 марта.'])[2]).toBeNull();
  });
});

describe('no one online, said of all those present', () => {
  it('set 65 Balkhash: "Присутствуют – 10, все очно (онлайн-участия" / "не было)." — over two lines', () => {
    expect(counts(['Членов Совета по списку – 13. Присутствуют – 10, все очно (онлайн-участия', 'не было). Кворум есть.'])).toEqual([13, 10, 0]);
  });
  it('set 65 Kyzylzhar: "…, барлығы отырысқа" / "тікелей (күндізгі) қатысты."', () => {
    expect(counts(['Отырысқа Кеңестің 11 мүшесінің 9-ы қатысты, барлығы отырысқа', 'тікелей (күндізгі) қатысты. Кворум бар.'])).toEqual([11, 9, 0]);
  });
  it('variants: "все – очно", "бәрі залда қатысты", "Участия в режиме онлайн не было.", "Онлайн қатысу болған жоқ."', () => {
    expect(counts(['Присутствуют 10 членов Совета, все – очно.'])[2]).toBe(0);
    expect(counts(['Отырысқа 9 мүше келді, бәрі залда қатысты.'])[2]).toBe(0);
    expect(counts(['Присутствуют 10 членов Совета. Участия в режиме онлайн не было.'])[2]).toBe(0);
    expect(counts(['Отырысқа 9 мүше қатысты. Онлайн қатысу болған жоқ.'])[2]).toBe(0);
  });
  it('near-misses: one excepted; "барлығы 11 мүше қатысты" (in all) says nothing of the means; a broadcast online', () => {
    expect(counts(['Присутствуют 10 членов Совета, все очно, кроме Ким А.Б.'])[2]).toBeNull();
    expect(counts(['Барлығы 11 мүше қатысты.'])[2]).toBeNull();
    expect(counts(['Присутствуют 10 членов Совета, все очно; трансляция велась онлайн.'])[2]).toBeNull();
  });
});

describe('a tab table whose rows miss the header\'s tab stops', () => {
  const table = [
    'Кеңес құрамы / Состав совета: 6',
    'Тіркеу / Регистрация:',
    'Аты-жөні / ФИО\t\t\t\tҚатысуы / Участие',
    'Төлегенов Асан Бекұлы (төраға)\tқатысты / присутствовал',
    'Әлімқұлов Ерсін Нұржанұлы\t\t\tқатысты',
    'Байғазиева Ақмарал Саятқызы\t\t\tонлайн',
    'Исаев Рустам Ахмедович\t\t\tприсутствовал',
    'Омарова Сандуғаш Әділқызы\t\t\tбала күтімі демалысы / отпуск по уходу за ребенком',
    'Сапарбеков Нұрлан Әлиұлы\t\t\tотсутствовал без уважительной причины',
    '',
  ];
  it('set 64 Kordai: the filled cells in order — a participation, or a reason of absence alone', () => {
    const p = parse(table);
    expect(p.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Төлегенов Асан Бекұлы', false], ['Әлімқұлов Ерсін Нұржанұлы', false], ['Байғазиева Ақмарал Саятқызы', true], ['Исаев Рустам Ахмедович', false],
    ]);
    expect(p.absentees.map((a) => [a.name, a.excused])).toEqual([['Омарова Сандуғаш Әділқызы', true], ['Сапарбеков Нұрлан Әлиұлы', false]]);
  });
  it('near-miss: a row of more filled cells than the header names is not laid in order', () => {
    const p = parse([...table.slice(0, 4), 'Әлімқұлов Ерсін Нұржанұлы\t\tмүше\t\tқатысты', '']);
    expect(p.attendees.map((a) => a.name)).not.toContain('мүше');
  });
});

describe('two lists side by side under a header row of bare headings', () => {
  const block = (head: string) => [
    'Всего членов Совета – 9. Зарегистрировано 7 членов Совета (4 – очно, 3 – в режиме ВКС).',
    '',
    head,
    '1. Искаков Мурат Оралович – председатель\t1. Ткаченко Наталья Ивановна',
    '2. Воронина Елена Сергеевна – секретарь\t2. Жанбырбаев Айдос Серикович',
    '3. Абылкасымов Данияр Ерикович\t3. Шарипов Тимур Рустамович',
    '4. Бейсенова Карлыгаш Мамыровна',
    'Отсутствовали: Жунусов К.А. (ежегодный отпуск), Сейтжанов Б.М. (причина неизвестна).',
    'Повестка дня:',
    '1. Отчет отдела сельского хозяйства.',
    'Результаты голосования:',
    'Вопрос\tЗа Против Воздержались\tИтог',
    'Повестка дня\t7 0\t0\tпринято',
  ];
  it('set 64 Shu: "Присутствовали очно<tab>Участвовали в режиме ВКС" — each column its list, the next heading ends them', () => {
    const p = parse(block('Присутствовали очно\tУчаствовали в режиме ВКС'));
    expect(p.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Искаков Мурат Оралович', false], ['Воронина Елена Сергеевна', false], ['Абылкасымов Данияр Ерикович', false], ['Бейсенова Карлыгаш Мамыровна', false],
      ['Ткаченко Наталья Ивановна', true], ['Жанбырбаев Айдос Серикович', true], ['Шарипов Тимур Рустамович', true],
    ]);
    expect(p.absentees.map((a) => a.name)).toEqual(['Жунусов К.А.', 'Сейтжанов Б.М.']);
  });
  it('variant kk: "Залда қатысқандар<tab>Онлайн қатысқандар"', () => {
    const p = parse(block('Залда қатысқандар\tОнлайн қатысқандар'));
    expect(p.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Ткаченко Наталья Ивановна', 'Жанбырбаев Айдос Серикович', 'Шарипов Тимур Рустамович']);
    expect(p.attendees).toHaveLength(7);
  });
  it('near-miss: two headings of one kind and means are no two lists', () => {
    const p = parse(block('Присутствовали\tПрисутствовали члены Совета'));
    expect(p.attendees.filter((a) => a.online)).toHaveLength(0);
  });
});
