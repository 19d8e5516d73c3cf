/**
 * Classes of sets 27–28's protocols, in phrasings written here (ru and kk), each with near-misses: a word-for-word record
 * (стенограмма) — its roll call answered aloud, its agenda said by the chair, its votes asked and counted as dialogue; a
 * PDF set in two newspaper columns; a notice below the protocol correcting a vote; attendance told only as counts per
 * commission with the council's totals row; participation marked by symbols (✅ / 💻 / ❌) in a Markdown note; an
 * extract's title under a covering letter whose own date stands above it.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const ruRecord = (body: string) => `СТЕНОГРАММА\nзаседания Общественного совета города Туркестан\n№ 7\n\n12 марта 2025 г.\n\nИВАНОВ П.С.: Начинаем. Проведите перекличку.\n\nСЕРИКОВА А.Б.: Зачитываю по списку.\n${body}`;
const kkRecord = (body: string) => `СТЕНОГРАММА\nҚоғамдық кеңес отырысының\n№ 7\n\n2025 жылғы 12 наурыз\n\nОСПАНОВ Б.Е.: Бастаймыз.\n\nӘБЕНОВА Д.Р.: Тізім бойынша оқимын.\n${body}`;

const ruRoll = [
  'Абенов Марат Серикович.', '— Здесь.',
  'Белова Ирина Петровна.', '— (по ZOOM) Я на связи.',
  'Гаврилов Олег Иванович.', 'СЕРИКОВА А.Б.: Отсутствует, в командировке.',
  'Жумабаева Сауле Ерлановна.', '— На месте.',
  'Иванов Петр Сергеевич.', 'ИВАНОВ П.С.: Присутствую.',
  'Кайратов Ерлан Муратович.', 'СЕРИКОВА А.Б.: Нет. Не предупредил.',
].join('\n');

describe('a roll call answered aloud in a word-for-word record', () => {
  it('ru: each name answered on the next line — by the member (present, online when said) or by the secretary (absent, why)', () => {
    const x = parseProtocol(ruRecord(`${ruRoll}\nИтого присутствуют четверо.\n\nИВАНОВ П.С.: Спасибо. Слово Абенову.\nАБЕНОВ М.С.: Доклад.\nБЕЛОВА И.П.: Вопрос.\nАБЕНОВ М.С.: Ответ.\n`));
    expect(x.number).toBe('7');
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Абенов Марат Серикович', false], ['Белова Ирина Петровна', true], ['Жумабаева Сауле Ерлановна', false], ['Иванов Петр Сергеевич', false],
    ]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Гаврилов Олег Иванович', true], ['Кайратов Ерлан Муратович', false]]);
  });
  it('kk: "— Осындамын.", "ӘБЕНОВА Д.Р.: Жоқ, іссапарда."', () => {
    const roll = [
      'Ахметов Бауыржан Серікұлы.', '— Осындамын.',
      'Бекова Айгүл Маратқызы.', '— Zoom арқылы қосылдым.',
      'Ғалымов Ерлан Асқарұлы.', 'ӘБЕНОВА Д.Р.: Жоқ, іссапарда.',
      'Дәулетов Нұрлан Бекұлы.', '— Осындамын.',
      'Есова Гүлнар Сәкенқызы.', 'ӘБЕНОВА Д.Р.: Жоқ, себебін хабарламады.',
    ].join('\n');
    const x = parseProtocol(kkRecord(`${roll}\n\nОСПАНОВ Б.Е.: Рахмет.\nАХМЕТОВ Б.С.: Сөз.\nБЕКОВА А.М.: Сұрақ.\n`));
    expect(x.attendees.map((a) => a.online)).toEqual([false, true, false]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Ғалымов Ерлан Асқарұлы', true], ['Есова Гүлнар Сәкенқызы', false]]);
  });
  it('near-miss: an answer that says neither here nor away leaves the roll unread, its counts not stated', () => {
    const x = parseProtocol(ruRecord(`${ruRoll}\nЛебедев Андрей Юрьевич.\nСЕРИКОВА А.Б.: Уточню позже.\n\nИВАНОВ П.С.: Спасибо.\nАБЕНОВ М.С.: Доклад.\nБЕЛОВА И.П.: Вопрос.\n`));
    expect(x.attendees_listed).toBe(false);
    expect(x.absentees_listed).toBe(false);
  });
  it('near-miss: a protocol quoting a speaker or two is no record told turn by turn', () => {
    const x = parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12.03.2025\n\nПРИСУТСТВОВАЛИ:\n1. Абенов М.С.\n2. Белова И.П.\n\nИВАНОВ П.С.: предложил утвердить.\nАбенов Марат Серикович.\nСЕРИКОВА А.Б.: Отсутствует.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Абенов М.С.', 'Белова И.П.']);
  });
});

const ruTurns = 'ИВАНОВ П.С.: Начинаем.\nСЕРИКОВА А.Б.: Да.\nИВАНОВ П.С.: Слово докладчику.\nАБЕНОВ М.С.: Доклад.\nБЕЛОВА И.П.: Вопрос.\nАБЕНОВ М.С.: Ответ.\n';

describe('votes asked and counted as dialogue', () => {
  it('ru: the count answered to each question, the total said over its parts, the result said after', () => {
    const x = parseProtocol(ruRecord(`\n${ruTurns}ИВАНОВ П.С.: Голосуем. Кто за? Прошу поднять руки.\nСЕРИКОВА А.Б.: В зале десять, онлайн двое. Итого двенадцать.\nИВАНОВ П.С.: Против? Нет. Воздержался? Один — Белова Ирина\nПетровна. Решение принято.\n\nИВАНОВ П.С.: Кто за то, чтобы отложить?\nСЕРИКОВА А.Б.: Пять.\nИВАНОВ П.С.: Против?\nСЕРИКОВА А.Б.: 8 человек.\nИВАНОВ П.С.: Воздержались?\nСЕРИКОВА А.Б.: Двое.\nИВАНОВ П.С.: Предложение не прошло.\n\nИВАНОВ П.С.: Есть против? Воздержавшиеся? Нет. Единогласно. Принято.\n`));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([
      [12, 0, 1, false, 'adopted'], [5, 8, 2, false, 'rejected'], [null, null, 0, true, 'adopted'],
    ]);
  });
  it('kk: "Кім жақтайды?" / "Он бір." / "Қарсылар?" / "Жоқ." / "Қалыс қалғандар?" / "Екі." / "Шешім қабылданды."', () => {
    const turns = 'ОСПАНОВ Б.Е.: Бастаймыз.\nӘБЕНОВА Д.Р.: Иә.\nОСПАНОВ Б.Е.: Сөз беріледі.\nАХМЕТОВ Б.С.: Баяндама.\nБЕКОВА А.М.: Сұрақ.\nАХМЕТОВ Б.С.: Жауап.\n';
    const x = parseProtocol(kkRecord(`\n${turns}ОСПАНОВ Б.Е.: Дауысқа саламын. Кім жақтайды?\nӘБЕНОВА Д.Р.: Он бір.\nОСПАНОВ Б.Е.: Қарсылар?\nӘБЕНОВА Д.Р.: Жоқ.\nОСПАНОВ Б.Е.: Қалыс қалғандар?\nӘБЕНОВА Д.Р.: Екі.\nОСПАНОВ Б.Е.: Шешім қабылданды.\n`));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[11, 0, 2, 'adopted']]);
  });
  it('near-miss: an answer of parts with no total leaves that count unread; "Возражения есть? Нет." is no vote', () => {
    const x = parseProtocol(ruRecord(`\n${ruTurns}ИВАНОВ П.С.: Возражения по повестке есть? Нет. Работаем.\nИВАНОВ П.С.: Кто за?\nСЕРИКОВА А.Б.: В зале десять, онлайн двое.\nИВАНОВ П.С.: Против? Нет. Принято.\n`));
    expect(x.votes.map((v) => [v.for, v.against, v.declared])).toEqual([[null, 0, 'adopted']]);
  });
});

describe('the agenda said by the chair in a word-for-word record', () => {
  it('ru: "у нас три вопроса. Первый — … Второй — … И третий — …"', () => {
    const x = parseProtocol(ruRecord(`\n${ruTurns}ИВАНОВ П.С.: На сегодня у нас три вопроса. Первый — о бюджете. Второй — о\nтарифах. И третий — о плане работы. Возражения есть? Нет.\n`));
    expect(x.agenda.map((a) => [a.no, a.title])).toEqual([[1, 'о бюджете'], [2, 'о тарифах'], [3, 'о плане работы']]);
  });
  it('kk: "Бүгін күн тәртібінде екі мәселе бар. Бірінші — … Екінші — …"', () => {
    const turns = 'ОСПАНОВ Б.Е.: Бастаймыз.\nӘБЕНОВА Д.Р.: Иә.\nАХМЕТОВ Б.С.: Баяндама.\nБЕКОВА А.М.: Сұрақ.\nАХМЕТОВ Б.С.: Жауап.\n';
    const x = parseProtocol(kkRecord(`\n${turns}ОСПАНОВ Б.Е.: Бүгін екі мәселе бар. Бірінші — бюджет туралы. Екінші — жоспар туралы.\n`));
    expect(x.agenda.map((a) => a.title)).toEqual(['бюджет туралы', 'жоспар туралы']);
  });
  it('near-miss: ordinals short of the number said give no agenda', () => {
    const x = parseProtocol(ruRecord(`\n${ruTurns}ИВАНОВ П.С.: У нас три вопроса. Первый — о бюджете. Второй — о тарифах.\n`));
    expect(x.agenda_listed).toBe(false);
  });
});

describe('a PDF set in two newspaper columns (each line the left column\'s and the right one\'s, a tab between)', () => {
  const rows = (pairs: [string, string][]) => pairs.map(([l, r]) => `${l}\t${r}`).join('\n');
  it('ru: the left column read before the right one, items run together cut apart, a count broken over a line read in its column', () => {
    const x = parseProtocol(`ПРОТОКОЛ № 8\nзаседания Общественного совета\n19 ноября 2025 года\n${rows([
      ['Всего членов Общественного совета – 9, на заседании присутствуют 7 членов Совета, из них 1 – онлайн.', 'ПОВЕСТКА ДНЯ:'],
      ['ПРИСУТСТВОВАЛИ:', '1. О готовности объектов теплоснабжения к'],
      ['1. Рахимов Е.С. – председатель Совета 2. Белова Т.Н. 3. Ким А.М.', 'отопительному сезону. 2. О тарифах на воду.'],
      ['4. Ахметов Д.Ж.', '1. СЛУШАЛИ: Ибраеву Д.Т. – подготовлено 312 котельных и 48 км тепловых сетей, заменено 9,6 км сетей.'],
      ['5. Волков С.А. (ВКС)', 'Голосовали: «за» – 6, «против» – 0, «воздержались» –'],
      ['6. Жунусов М.Т.', '1. Решение принято.'],
      ['7. Исмаилова Г.Б. ОТСУТСТВОВАЛИ (2): 1. Абишев Т.Т. – командировка; 2. Ким Р.Г. – без уважительной причины.', '2. СЛУШАЛИ: Сейткали Б.М. РЕШИЛИ: одобрить. Голосовали: единогласно. Решение принято.'],
    ])}\n`);
    expect(x.attendees).toHaveLength(7);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Волков С.А.']);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Абишев Т.Т.', true], ['Ким Р.Г.', false]]);
    expect(x.agenda).toHaveLength(2);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous])).toEqual([[6, 0, 1, false], [null, null, null, true]]);
  });
  it('kk: "ҚАТЫСҚАНДАР:" in the left column, "КҮН ТӘРТІБІ:" and "ТЫҢДАЛДЫ:" in the right one', () => {
    const x = parseProtocol(`№ 3 ХАТТАМА\n2025 жылғы 12 наурыз\n${rows([
      ['Кеңес мүшелерінің жалпы саны – 5. Отырысқа 4 мүше қатысты, оның ішінде онлайн – жоқ, кворум бар.', 'КҮН ТӘРТІБІ:'],
      ['ҚАТЫСҚАНДАР:', '1. Жылу маусымына дайындық туралы. 2. Жоспар туралы.'],
      ['1. Ахметов Б.С. – кеңес төрағасы 2. Бекова А.М.', '1. ТЫҢДАЛДЫ: Оспанов Д.Е. – 41 қазандық жөндеуден өтті, 27 апат болды, оның 19-ы жойылды.'],
      ['3. Дәулетов Н.Б. 4. Есова Г.С.', 'Дауыс беру: жақтап – 4, қарсы – 0, қалыс –'],
      ['ҚАТЫСПАҒАНДАР: 1. Ғалымов Е.А. – іссапар.', '0. Шешім қабылданды.'],
      ['Шақырылғандар: облыс әкімінің орынбасары Жолдасов А.Б., БАҚ өкілдері.', '2. ТЫҢДАЛДЫ: Ахметов Б.С. – 2026 жылғы жоспар жобасы ұсынылды. Бірауыздан қабылданды.'],
    ])}\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Ахметов Б.С.', 'Бекова А.М.', 'Дәулетов Н.Б.', 'Есова Г.С.']);
    expect(x.absentees.map((a) => a.name)).toEqual(['Ғалымов Е.А.']);
    // "қалыс –" at the foot of one line of the column, its "0." at the head of the next: the count is the column's.
    expect([x.votes[0].for, x.votes[0].against, x.votes[0].abstain]).toEqual([4, 0, 0]);
  });
  it('near-miss: a table of two columns (a name and a role) is never read as columns of text', () => {
    const x = parseProtocol(`ПРОТОКОЛ № 8\nзаседания Общественного совета\n19 ноября 2025 года\nПРИСУТСТВОВАЛИ:\n${rows([
      ['1. Рахимов Е.С.', 'председатель Совета, директор ТОО «Павлодар-Энерго» по вопросам развития сетей'], ['2. Белова Т.Н.', 'заместитель председателя'],
      ['3. Ким А.М.', 'эксперт, руководитель общественного фонда «Открытый город» по защите прав потребителей'], ['4. Ахметов Д.Ж.', 'депутат'],
      ['5. Волков С.А.', 'журналист'], ['6. Жунусов М.Т.', 'секретарь'],
    ])}\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    // Each row one member, its role beside: the block is no two columns of text (the left cells read on their own would
    // still be the six, but the roles would be read after them as lines of their own).
    expect(x.attendees.map((a) => a.name.split(' ')[0])).toEqual(['Рахимов', 'Белова', 'Ким', 'Ахметов', 'Волков', 'Жунусов']);
  });
});

describe('a notice below the protocol correcting a vote', () => {
  const ruBody = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n28.05.2025\n\n1. СЛУШАЛИ: о тарифах.\nГолосовали: за – 14, против – 0, воздержались – 1. Решение принято.\n\n2. СЛУШАЛИ: о лагерях.\nГолосовали: за – 11, против – 3, воздержались – 1*. Решение принято.\n\n3. СЛУШАЛИ: о составе.\nГолосовали: единогласно.\n\n';
  it('ru: "ИСПРАВЛЕНИЕ ТЕХНИЧЕСКОЙ ОШИБКИ … по вопросу 2 … следует читать: «Голосовали: …»" replaces item 2\'s vote, no vote more', () => {
    const x = parseProtocol(`${ruBody}ИСПРАВЛЕНИЕ ТЕХНИЧЕСКОЙ ОШИБКИ\nв протоколе № 3 от 28.05.2025\nПо вопросу 2 повестки дня следует читать:\n«Голосовали: за – 10, против – 4, воздержались – 1. Решение принято.»\n`);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[14, 0, 1], [10, 4, 1], [null, null, null]]);
  });
  it('kk: "ТЕХНИКАЛЫҚ ҚАТЕНІ ТҮЗЕТУ … екінші мәселе бойынша …"', () => {
    const x = parseProtocol(`№ 3 ХАТТАМА\n28.05.2025\n\n1. ТЫҢДАЛДЫ: тарифтер.\nДауыс беру: жақтап – 14, қарсы – 0, қалыс – 1.\n\n2. ТЫҢДАЛДЫ: лагерьлер.\nДауыс беру: жақтап – 11, қарсы – 3, қалыс – 1.\n\nТЕХНИКАЛЫҚ ҚАТЕНІ ТҮЗЕТУ\nЕкінші мәселе бойынша былай оқылсын:\n«Дауыс беру: жақтап – 10, қарсы – 4, қалыс – 1.»\n`);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[14, 0, 1], [10, 4, 1]]);
  });
  it('near-miss: a notice whose question is not found states neither count of it — never both votes', () => {
    const x = parseProtocol(`${ruBody}ИСПРАВЛЕНИЕ ТЕХНИЧЕСКОЙ ОШИБКИ\nСледует читать:\n«Голосовали: за – 10, против – 4, воздержались – 1.»\n`);
    expect(x.votes).toHaveLength(3);
    expect(x.votes.map((v) => v.for)).toEqual([14, 11, null]);
  });
});

describe('attendance told only as counts per commission, with the council\'s totals row', () => {
  const table = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
  it('ru: the totals row\'s counts, the absentees named beside their commissions', () => {
    const x = parseProtocol(`ПРОТОКОЛ № 4\nзаседания Общественного совета\n25 июня 2025 г.\n\n${table([
      ['Комиссия', 'Членов, чел.', 'Присутствовали, чел.', 'в т.ч. онлайн, чел.', 'Отсутствовали, чел.', 'Отсутствующие (причина)'],
      ['Итого по Совету', '13', '10', '1', '3', '—'],
      ['№ 1 по бюджету', '7', '6', '1', '1', 'Жаксыбеков Н.Т. – командировка'],
      ['№ 2 по социальным вопросам', '6', '4', '–', '2', 'Ли О.В. – болезнь; Шевченко П.А. – причина не сообщена'],
    ])}\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    expect([x.members_total, x.present, x.online]).toEqual([13, 10, 1]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Жаксыбеков Н.Т.', true], ['Ли О.В.', true], ['Шевченко П.А.', false]]);
  });
  it('kk: "Комиссия | Мүшелер саны | Қатысқандар | Қатыспағандар", the totals row last', () => {
    const x = parseProtocol(`№ 4 ХАТТАМА\n2025 жылғы 25 маусым\n\n${table([
      ['Комиссия', 'Мүшелер саны', 'Қатысқандар', 'Қатыспағандар'],
      ['№ 1 комиссия', '5', '4', '1'],
      ['№ 2 комиссия', '4', '4', '0'],
      ['Барлығы', '9', '8', '1'],
    ])}\n\nКҮН ТӘРТІБІ:\n1. Есеп.\n`);
    expect([x.members_total, x.present]).toEqual([9, 8]);
    expect(x.absentees_listed).toBe(false);
  });
  it('near-miss: commissions\' rows that do not come to the totals row state no count', () => {
    const x = parseProtocol(`ПРОТОКОЛ № 4\nзаседания Общественного совета\n25 июня 2025 г.\n\n${table([
      ['Комиссия', 'Членов', 'Присутствовали'],
      ['Итого по Совету', '13', '10'],
      ['№ 1 по бюджету', '7', '6'],
      ['№ 2 по социальным вопросам', '6', '5'],
    ])}\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    expect([x.members_total, x.present]).toEqual([null, null]);
  });
});

describe('participation marked by symbols, in a Markdown note', () => {
  it('kk: "✅ залда", "💻 онлайн", "❌" with the reason in its column; "### Күн тәртібі" read as the heading', () => {
    const x = parseProtocol(`# Кеңес\n\n## ХАТТАМА № 1\n\n**Күні:** 2025 жылғы 12 ақпан\n\n> Кеңес мүшелері – 4. Қатысқаны – 3 (онлайн – 1).\n\n| № | Аты-жөні | Қатысуы | Ескерту |\n|---:|:---|:---:|:---|\n| 1 | Сәрсенбаев Қ.Ж. | ✅ залда | |\n| 2 | Бекқожин А.Е. | 💻 онлайн | Zoom |\n| 3 | Дүйсенов Т.Қ. | ❌ | іссапар |\n| 4 | Шәкенов Р.М. | ✅ | |\n\n### Күн тәртібі\n\n1. Есеп туралы.\n2. Жоспар туралы.\n`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Сәрсенбаев Қ.Ж.', false], ['Бекқожин А.Е.', true], ['Шәкенов Р.М.', false]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Дүйсенов Т.Қ.', true]]);
    expect(x.agenda).toHaveLength(2);
  });
  it('ru: "✔", "✗ болезнь" in a tab table', () => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\nзаседания Общественного совета\n12.02.2025\n\n№\tФИО\tУчастие\n1\tИванов И.И.\t✔\n2\tПетров П.П.\t✗ болезнь\n3\tСидоров С.С.\t✔ очно\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Сидоров С.С.']);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Петров П.П.', true]]);
  });
  it('near-miss: a symbol that marks nothing known ("⭐") places no one, and the table\'s counts are not stated', () => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\nзаседания Общественного совета\n12.02.2025\n\n№\tФИО\tУчастие\n1\tИванов И.И.\t✔\n2\tПетров П.П.\t⭐\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов И.И.']);
    expect(x.absentees).toEqual([]);
    expect([x.attendees_listed, x.absentees_listed]).toEqual([false, false]);
  });
  it('near-miss, kk: a participation cell not understood ("белгісіз") leaves the counts unstated, never the others\' count', () => {
    const x = parseProtocol(`№ 2 ХАТТАМА\n2025 жылғы 12 ақпан\n\n№\tАты-жөні\tҚатысуы\n1\tАхметов Б.С.\tзалда\n2\tБекова А.М.\tбелгісіз\n3\tЕсова Г.С.\tзалда\n\nКҮН ТӘРТІБІ:\n1. Есеп.\n`);
    expect(x.attendees_listed).toBe(false);
  });
});

describe('an extract\'s title under a covering letter', () => {
  it('kk: "Шығ. № 02-18/112" / "2025 жылғы 3 қазан" above "… 2025 жылғы 17 қыркүйектегі" / "№ 6 отырысы хаттамасынан" / "Ү З І Н Д І"', () => {
    const x = parseProtocol(`ТҮРКІСТАН ОБЛЫСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\n\nШығ. № 02-18/112\n2025 жылғы 3 қазан\n\nБасқармаға\n\n   Облыс Қоғамдық кеңесінің 2025 жылғы 17 қыркүйектегі\n        № 6 отырысы хаттамасынан\n\n        Ү З І Н Д І\n\nКеңес мүшелерінің жалпы саны – 27.\n`);
    expect([x.date, x.number]).toEqual(['2025-09-17', '6']);
  });
  it('ru variant: "Исх. № 45" / "03.10.2025" above "ВЫПИСКА ИЗ ПРОТОКОЛА № 6" / "заседания … от 17 сентября 2025 года"', () => {
    const x = parseProtocol(`ОБЩЕСТВЕННЫЙ СОВЕТ\n\nИсх. № 45\n03.10.2025\n\nВ управление\n\nВЫПИСКА ИЗ ПРОТОКОЛА № 6\nзаседания Общественного совета от 17 сентября 2025 года\n\nВсего членов – 27.\n`);
    expect([x.date, x.number]).toEqual(['2025-09-17', '6']);
  });
  it('near-miss: "… 12 наурыздағы № 3 хаттамасы" named inside a sentence is no title', () => {
    const x = parseProtocol(`№ 5 ХАТТАМА\n2025 жылғы 20 наурыз\n\nКеңестің 2025 жылғы 12 наурыздағы № 3 отырысы хаттамасына өзгеріс енгізілді.\n`);
    expect([x.date, x.number]).toEqual(['2025-03-20', '5']);
  });
});
