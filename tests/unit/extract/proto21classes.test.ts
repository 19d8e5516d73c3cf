// Classes of held-out sets 54 and 55 (session 21), protocols told in running sentences: those online named between dashes
// after their count ("Ещё трое – … – участвовали дистанционно", "ал екі мүше – … – Zoom арқылы қосылды") in a hard-wrapped
// paragraph, and the sentences after the room's that name them; the room's sentence opened by "Лично присутствовали" or
// running long ("Залда …, … отыр"); an absentee's notice "о чём она заранее сообщила секретарю" after the names (no speech);
// a registration's label and bare count ("Тіркелгендер – 10, …"); the means in brackets before the count online ("онлайн
// (Zoom) – 3"); votes in number words — "проголосовали все двенадцать присутствующих", "поддержали лишь четверо", "семеро
// проголосовали против", "за него отдали голоса одиннадцать", "против высказался один", "единогласно – одиннадцатью
// голосами" — and a result told first, "Проект решения по второму вопросу принят: …". Invented people.
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../sources/extract/parseCount.ts';
import { attendeesOf, doc, statedCounts, votesOf } from '../../helpers/protocolCounts.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const protocol = (lines: string[]) => doc('ПРОТОКОЛ № 1', '', ...lines, '', 'ПОВЕСТКА ДНЯ:', '1. О плане работы.');
const read = (lines: string[]) => {
  const [total, present, online] = statedCounts(protocol(lines));
  const x = parseProtocol(protocol(lines));
  const absentees = x.absentees_listed === false ? null : x.absentees.map((a) => [a.name, a.excused]);
  return { total, present, online, attendees: attendeesOf(protocol(lines)), absentees };
};
const votes = (lines: string[]) => votesOf(doc('ПРОТОКОЛ № 1', '', ...lines));

describe('those online named between dashes after their count, in a hard-wrapped paragraph', () => {
  it('ru (set 55 Sairam): the room\'s sentence, then "Ещё двое – … – участвовали дистанционно" wrapped inside a name', () => {
    const x = read([
      'Состав Совета утверждён в количестве 9 человек. На заседании из 9 членов присутствовали семь, кворум',
      'имеется. В зале находились председатель Совета Ахметов Ерлан Болатович, секретарь Совета Нурова',
      'Айгуль Сериковна и члены Совета Петров Иван Сергеевич, Лим Ольга Павловна и Жунусов Канат Ерланович. Ещё двое – Сидорова',
      'Анна Павловна и Каримов Данияр Асланович – участвовали дистанционно, подключившись через Zoom.',
      'Не смогли прибыть Ермеков Асет Нурланович (в командировке) и Осипова Дина Игоревна (на больничном).',
    ]);
    expect([x.total, x.present, x.online]).toEqual([9, 7, 2]);
    expect(x.attendees).toEqual([
      ['Ахметов Ерлан Болатович', false], ['Нурова Айгуль Сериковна', false], ['Петров Иван Сергеевич', false],
      ['Лим Ольга Павловна', false], ['Жунусов Канат Ерланович', false], ['Сидорова Анна Павловна', true], ['Каримов Данияр Асланович', true],
    ]);
  });
  it('kk (set 55 Moiynkum): "ал екі мүше – … мен … – отырысқа WhatsApp бейнебайланысы арқылы қосылды", the room\'s verb far on', () => {
    const x = read([
      'Аудандық қоғамдық кеңес 9 мүшеден тұрады. Бүгінгі отырысқа оның жеті мүшесі қатысып отыр, кворум бар.',
      'Залда кеңес төрағасы Оспанов Ерлан Серікұлы, төрағаның орынбасары Әлиева Гүлмира Төлегенқызы, кеңес хатшысы',
      'Қасымова Назерке Бақытжанқызы, сондай-ақ Дүйсенов Нұрлан Жолдасұлы және Қалиева Сәуле Абайқызы отыр,',
      'ал екі мүше – Серіков Дархан Нұрланұлы мен Омарова Айгерім Маратқызы – отырысқа WhatsApp',
      'бейнебайланысы арқылы қосылды.',
    ]);
    expect([x.total, x.present, x.online]).toEqual([9, 7, 2]);
    expect(x.attendees?.filter(([, online]) => online)).toEqual([['Серіков Дархан Нұрланұлы', true], ['Омарова Айгерім Маратқызы', true]]);
    expect(x.attendees).toHaveLength(7);
  });
  it('ru, initials, the room\'s sentence opened by "Лично присутствовали", the one online in a clause after ";"', () => {
    const x = read([
      'Из семи членов Совета на заседании были шестеро, в том числе один – в режиме онлайн. Лично присутствовали Ахметов Е.Б.,',
      'Нурова А.С., Петров И.С., Лим О.П. и Жунусов К.Е.; Сидорова А.П. подключилась по видеосвязи из Астаны.',
    ]);
    expect([x.total, x.present, x.online]).toEqual([7, 6, 1]);
    expect(x.attendees?.map(([, online]) => online)).toEqual([false, false, false, false, false, true]);
  });
  it('near-miss: the two named between dashes could not join — no count online, no attendees read', () => {
    const x = read([
      'На заседании из 9 членов присутствовали пять. В зале находились Ахметов Е.Б., Нурова А.С., Петров И.С., Лим О.П. и',
      'Жунусов Канат Ерланович. Ещё двое – Сидорова А.П. и Каримов Д.А. – не смогли подключиться по видеосвязи.',
    ]);
    expect(x.online).toBeNull();
    expect(x.attendees?.map(([, online]) => online)).toEqual([false, false, false, false, false]);
  });
  it('near-miss: a count that is not as many as the names, and guests counted before their names, are not read', () => {
    expect(read([
      'На заседании из 9 членов присутствовали семь. В зале находились Ахметов Е.Б., Нурова А.С., Петров И.С., Лим О.П. и',
      'Жунусов К.Е. Ещё трое – Сидорова А.П. и Каримов Д.А. – участвовали дистанционно.',
    ])).toMatchObject({ online: null, attendees: null });
    expect(read([
      'На заседании из 9 членов присутствовали семь. Четверо приглашённых – Сидорова А.П., Каримов Д.А., Оспанов Б.Б. и',
      'Ли В.В. – участвовали по видеосвязи.',
    ]).online).toBeNull();
  });
});

describe('an absentee\'s notice after the names is a reason, not a speech', () => {
  it.each([
    ['ru, "о чём она заранее сообщила секретарю"', 'Отсутствовали Сәрсенов Мұхтар Жанұлы, который находится в отпуске по уходу за ребёнком, и Бекова Алия Тұрарқызы – на больничном, о чём она заранее сообщила секретарю.', [['Сәрсенов Мұхтар Жанұлы', true], ['Бекова Алия Тұрарқызы', true]]],
    ['ru, initials, "о чём сообщил председателю"', 'Не присутствовали Иванов И.И. – в командировке, о чём он сообщил председателю, и Петрова А.А. без уважительной причины.', [['Иванов И.И.', true], ['Петрова А.А.', false]]],
  ])('%s', (_name, sentence, want) => {
    expect(read(['Состав Совета – 9 членов. Присутствовали 7 членов Совета.', sentence]).absentees).toEqual(want);
  });
  it('near-miss: a speech opening before the absence is no record of it', () => {
    expect(read(['Состав Совета – 9 членов. Присутствовали 7 членов Совета.', 'Председатель сообщил, что на прошлом заседании отсутствовали Иванов И.И. и Петрова А.А. без уважительной причины.']).absentees).toBeNull();
  });
});

describe('a registration\'s label with its bare count is those present', () => {
  it.each([
    ['kk (set 55 Karmakshy)', ['Кеңестің мүшелер саны – 13.', 'Тіркелгендер – 10, оның ішінде онлайн – 1.'], [13, 10, 1]],
    ['ru', ['Численность Совета – 13 человек.', 'Зарегистрировались: 11.'], [13, 11, null]],
  ])('%s', (_name, lines, want) => {
    const x = read(lines);
    expect([x.total, x.present, x.online]).toEqual(want);
  });
  it('near-miss: what was registered named after the label is no count present', () => {
    expect(read(['Тіркелген өтініштер – 5.']).present).toBeNull();
    expect(read(['Зарегистрировано обращений – 5.']).present).toBeNull();
  });
});

describe('the means in brackets before the count online', () => {
  it.each([
    ['ru (set 54 Bostandyk)', 'Итого присутствуют 16 членов совета из 21, в т.ч. онлайн (Zoom) – 3. Отсутствуют 5.', [21, 16, 3]],
    ['ru, "из них по видеосвязи (WhatsApp) – 2"', 'Присутствовали 12 членов Совета из 15, из них по видеосвязи (WhatsApp) – 2.', [15, 12, 2]],
  ])('%s', (_name, line, want) => {
    const x = read([line]);
    expect([x.total, x.present, x.online]).toEqual(want);
  });
  it('near-miss: a broadcast\'s views after the bracket are no count of members', () => {
    expect(read(['Присутствовали 12 членов Совета из 15. Трансляция онлайн (YouTube) – 350 просмотров.']).online).toBeNull();
  });
});

describe('votes told in number words', () => {
  it('set 55 Sairam: all present for, counted in words, wrapped — the count, not unanimous', () => {
    expect(votes([
      'Председатель предложил утвердить повестку. За утверждение повестки проголосовали все двенадцать',
      'присутствующих членов, против и воздержавшихся не было. Повестка дня утверждена.',
    ])).toEqual([[12, 0, 0, false, 'adopted']]);
  });
  it('kk: "Жақтап барлық тоғыз мүше дауыс берді, қарсы және қалыс қалғандар жоқ"', () => {
    expect(votes(['Жақтап барлық тоғыз мүше дауыс берді, қарсы және қалыс қалғандар жоқ. Шешім қабылданды.'])).toEqual([[9, 0, 0, false, 'adopted']]);
  });
  it('near-miss: all present but one — no count for', () => {
    expect(votes(['За проголосовали все 12 присутствующих, кроме Иванова И.И., против – 1. Решение принято.'])[0]?.[0]).not.toBe(12);
  });
  it.each([
    ['"поддержали лишь четверо членов, семеро проголосовали против, один воздержался"', ['Предложение Хасенова Р.А. поддержали лишь четверо членов, семеро проголосовали против, один', 'воздержался, – предложение отклонено.'], [4, 7, 1, false, 'rejected']],
    ['"поддержали только трое, пятеро проголосовали против"', ['Поправку поддержали только трое, пятеро проголосовали против, воздержавшихся не было. Поправка не принята.'], [3, 5, 0, false, 'rejected']],
    ['result first, wrapped at "против"', ['Проект решения по второму вопросу принят: за него отдали голоса одиннадцать членов, против', 'высказался один, воздержавшихся не было.'], [11, 1, 0, false, 'adopted']],
    ['"за проект отдали свои голоса 9 членов Совета, против высказались двое"', ['За проект отдали свои голоса 9 членов Совета, против высказались двое, воздержался один. Решение по первому вопросу принято.'], [9, 2, 1, false, 'adopted']],
  ])('for "only" N, votes given, against by the verb: %s', (_name, lines, want) => {
    expect(votes(lines)).toEqual([want]);
  });
  it('near-miss: "only four invited experts" supported it — no vote', () => {
    expect(votes(['Предложение поддержали лишь четверо приглашённых экспертов.'])).toEqual([]);
  });
  it('near-miss: a decision on a question "не было принято" is rejected', () => {
    expect(votes(['За – 4, против – 5, воздержались – 2. Решение по второму вопросу принято не было.'])).toEqual([[4, 5, 2, false, 'rejected']]);
  });
  it.each([
    ['"единогласно – одиннадцатью голосами"', 'Состав рабочей группы утверждён единогласно – одиннадцатью голосами.', [11, null, null, true, 'adopted']],
    ['"единогласно – двадцатью голосами"', 'План работы утверждён единогласно – двадцатью голосами.', [20, null, null, true, 'adopted']],
  ])('unanimous, the count in the instrumental: %s', (_name, line, want) => {
    expect(votes([line])).toEqual([want]);
  });
  it('the instrumental of the teens and tens', () => {
    expect(['одиннадцатью', 'девятнадцатью', 'двадцатью', 'тридцатью'].map(parseCount)).toEqual([11, 19, 20, 30]);
  });
});

describe('an attendance table copied a bare cell a line, over two pages', () => {
  const row = (no: number, name: string, status: string) => [String(no), name, 'член ОС', status];
  const rows = (from: number, names: [string, string][]) => names.flatMap(([name, status], k) => row(from + k, name, status));
  it('ru (set 36 Bayanaul): the header again on the second page, a reason longer than a short cell', () => {
    const x = read([
      'Из 7 членов Общественного совета присутствуют 5, из них 1 – онлайн.', '',
      'Список членов ОС и отметка об участии:', '',
      '№', 'Ф.И.О.', 'Статус в ОС', 'Форма участия',
      ...rows(1, [['Смаилов Айдар Бекенович', 'очно'], ['Ковалец Ирина Петровна', 'очно'], ['Ахметов Ерик Саятович', 'онлайн'], ['Бейсенова Алия Кайратовна', 'отсутствовал (командировка)']]),
      '', 'Протокол № 5 от 10.09.2025                                  стр. 1 из 2', '', 'Общественный совет Баянаульского района', '',
      '№', 'Ф.И.О.', 'Статус в ОС', 'Форма участия',
      ...rows(5, [['Гусейнов Тимур Рашидович', 'очно'], ['Калиев Бекзат Аскарович', 'отсутствовал (отпуск, заявление от 01.09.2025)'], ['Лемешко Андрей Викторович', 'очно']]),
    ]);
    expect([x.total, x.present, x.online]).toEqual([7, 5, 1]);
    expect(x.attendees?.map(([name, online]) => `${name}${online ? ' (online)' : ''}`)).toEqual([
      'Смаилов Айдар Бекенович', 'Ковалец Ирина Петровна', 'Ахметов Ерик Саятович (online)', 'Гусейнов Тимур Рашидович', 'Лемешко Андрей Викторович',
    ]);
    expect(x.absentees).toEqual([['Бейсенова Алия Кайратовна', true], ['Калиев Бекзат Аскарович', true]]);
  });
  it('kk: "№" / "Аты-жөні" / "Қатысуы", a reason in brackets longer than a short cell', () => {
    const x = read([
      'Кеңес 5 мүшеден тұрады. Отырысқа 4 мүше қатысты.', '',
      'Кеңес мүшелерінің тізімі және қатысуы:', '',
      '№', 'Аты-жөні', 'Қатысуы',
      '1', 'Сейітов Арман Бекұлы', 'қатысты',
      '2', 'Омарова Гүлнар Кенжеқызы', 'қатысты',
      '3', 'Исин Бауыржан Жанұлы', 'Zoom арқылы',
      '4', 'Ким Сергей Вадимович', 'қатыспады (іссапар, Астана қаласы, 3 күн)',
      '5', 'Әлиев Нұрлан Серікұлы', 'қатысты',
    ]);
    expect(x.attendees?.map(([name]) => name)).toEqual(['Сейітов Арман Бекұлы', 'Омарова Гүлнар Кенжеқызы', 'Исин Бауыржан Жанұлы', 'Әлиев Нұрлан Серікұлы']);
    expect(x.absentees).toEqual([['Ким Сергей Вадимович', true]]);
  });
  it('near-miss: short lines under no attendance header are no table', () => {
    const x = read(['Присутствовали 4 члена Совета.', '', 'Итоги', 'года', '1', 'Смаилов Айдар Бекенович', 'план', 'выполнен']);
    expect(x.attendees).toBeNull();
  });
});
