/**
 * Classes of session 27, from the false values of the blind sets 68–69 and variants of my own: a Word table read cell by
 * cell whose count cell ran on into the next row's label (set 69's working groups: monitorings 5 for 9, seminars 2 for 1);
 * a reference note run in as "Анықтама:" / "Справка:" over another council's counts (set 68's Konaev: the oblast
 * council's 4 sittings taken for the town council's 3); a roll whose closing marks a quoted legend explains (set 69's
 * ecology ministry: 16 absentees for 4); "Барлық мүше – 16" as the members' whole.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { spellMarkLegend } from '../../../sources/extract/protocol/markLegend.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;

describe('a Word table read cell by cell: a count cell is its own row\'s, never the next label\'s', () => {
  // A two-column table with a heading across it, as docxHtmlToText lays it out: one cell a line behind a tab.
  const cells = (rows: string[]) => `ОТЧЁТ о работе Общественного совета за 2025 год\n\n${rows.map((c) => `\t${c}`).join('\n')}\n\n`;
  it('ru: the group\'s rows ("заседания рабочей группы" / "5" / "общественный мониторинг" / "3") give no figure of the next label', () => {
    const text = cells(['Вид работы', 'Количество', 'РГ-1 по занятости', 'заседания рабочей группы', '5', 'общественный мониторинг', '3', 'семинары', '2', 'Итого по РГ-1', '10']);
    const x = parseReport(text);
    expect(x.figures.find((f) => f.metric === 'monitorings' && f.value === 5)).toBeUndefined();
    expect(x.figures.find((f) => f.metric === 'seminars' && f.value === 3)).toBeUndefined();
  });
  it('kk variant: "мониторинг" / "4" / "дөңгелек үстел" / "2"', () => {
    const text = cells(['Жұмыс түрі', 'Саны', '1-топ', 'мониторинг', '4', 'дөңгелек үстел', '2', 'семинар', '1']);
    const x = parseReport(text);
    expect(x.figures.find((f) => f.metric === 'round_tables' && f.value === 4)).toBeUndefined();
    expect(x.figures.find((f) => f.metric === 'seminars' && f.value === 2)).toBeUndefined();
  });
  it('near-miss: a sentence wrapped after its count, not a cell, still reads ("Проведено 5" / "мониторингов.")', () => {
    expect(figure('ОТЧЁТ о работе Общественного совета за 2025 год\n\nЗа отчётный год Советом проведено 5\nмониторингов.\n', 'monitorings')).toBe(5);
  });
});

describe('a reference note run in as "Анықтама:" / "Справка:" over a higher council\'s counts', () => {
  const kk = (note: string) => `Қонаев қаласы әкімдігі жанындағы Қоғамдық кеңестің 2026 жылғы бірінші жартыжылдықтағы жұмысы туралы АҚПАРАТ\n\nЖарты жылда Кеңестің 3 отырысы өтті.\n\n${note}\n`;
  it('kk: "Анықтама: Алматы облыстық қоғамдық кеңесі жарты жылда 4 отырыс өткізді" is not the town council\'s', () => {
    const x = parseReport(kk('Анықтама: Алматы облыстық қоғамдық кеңесі жарты жылда 4 отырыс өткізді, 12 мәселе қаралды.'));
    expect(x.figures.filter((f) => f.metric === 'general_meetings').map((f) => f.value)).toEqual([3]);
  });
  it('ru: "Справка: Общественный совет области провёл 9 заседаний" in a district council\'s report', () => {
    const x = parseReport('ИНФОРМАЦИЯ о работе Общественного совета Турксибского района г. Алматы за 2025 год\n\nПроведено 5 заседаний Совета.\n\nСправка: областной общественный совет провёл 9 заседаний.\n');
    expect(x.figures.filter((f) => f.metric === 'general_meetings').map((f) => f.value)).toEqual([5]);
  });
  it('near-miss: a report titled "СПРАВКА" on its own line reads its own counts', () => {
    expect(figure('СПРАВКА\nо работе Общественного совета района за 2025 год\n\nПроведено 5 заседаний Совета.\n', 'general_meetings')).toBe(5);
  });
});

describe('a roll whose closing marks a quoted legend explains', () => {
  const protocol = (legend: string, roll: string[]) => `ХАТТАМА № 5\n08.10.2025 ж.\n\nКеңес мүшелерінің тізімі және қатысу белгісі\n${legend}\n\n${roll.map((r, k) => `${k + 1}. ${r}`).join('\n')}\n\nКҮН ТӘРТІБІ\n1. Жоспар туралы.\n`;
  it('kk: «+», «+ Zoom», «–» with a reason in brackets', () => {
    const x = parseProtocol(protocol('(«+» – қатысты, «+ Zoom» – бейнебайланыс арқылы қатысты, «–» – қатыспады):', [
      'Сыдықов Бауыржан Ерланұлы – төраға ........................ +',
      'Вострикова Елена Павловна – қоғам өкілі ................... + Zoom',
      'Ғаббасов Нұрлан Маратұлы – орнитолог ...................... –  (іссапар)',
      'Жұмабаева Айгүл Нұрланқызы – заңгер ....................... +',
      'Шәкенов Ержан Болатұлы – фермер ........................... –  (себебі белгісіз)',
    ]));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Сыдықов Бауыржан Ерланұлы', false], ['Вострикова Елена Павловна', true], ['Жұмабаева Айгүл Нұрланқызы', false]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Ғаббасов Нұрлан Маратұлы', true], ['Шәкенов Ержан Болатұлы', false]]);
  });
  it('ru variant: "Отметки: "V" – присутствовал, "О" – онлайн, "Н" – отсутствовал" and marks after two spaces', () => {
    const lines = ['Отметки: "V" – присутствовал, "О" – присутствовал онлайн, "Н" – отсутствовал:', '', 'Иванов Иван Иванович, председатель   V', 'Петрова Анна Сергеевна   О', 'Сидоров Пётр Ильич   Н (отпуск)'];
    expect(spellMarkLegend(lines).slice(2)).toEqual(['Иванов Иван Иванович, председатель    присутствовал', 'Петрова Анна Сергеевна    присутствовал онлайн', 'Сидоров Пётр Ильич    отсутствовал (отпуск)']);
    expect(spellMarkLegend(lines)[0]).toBe('Отметки:');
  });
  it('near-miss: quoted vote labels with counts ("«жақ» – 17, «қарсы» – жоқ") spell nothing; a mark no legend gives stays', () => {
    const vote = ['Дауыс беру: «жақ» – 17, «қарсы» – жоқ, «қалыс» – 2.', 'Иванов И.И. ........ +'];
    expect(spellMarkLegend(vote)).toEqual(vote);
    const legend = ['(«+» – қатысты, «–» – қатыспады):', 'Иванов И.И. ........ ?'];
    expect(spellMarkLegend(legend)[1]).toBe('Иванов И.И. ........ ?');
  });
});

describe('"Барлық мүше – 16": the members\' whole with no body named', () => {
  const head = (line: string) => parseProtocol(`ХАТТАМА № 2\n12.03.2026 ж.\n\n${line}\n\nКҮН ТӘРТІБІ\n1. Жоспар туралы.\n`);
  it('kk: "Барлық мүше – 16. Қатысқаны – 12 (оның 2-і Zoom арқылы)."', () => {
    const x = head('Барлық мүше – 16. Қатысқаны – 12 (оның 2-і Zoom арқылы). Кворум бар.');
    expect([x.members_total, x.present, x.online]).toEqual([16, 12, 2]);
  });
  it('kk variant: "Барлық мүшелер саны: 15"', () => {
    expect(head('Барлық мүшелер саны: 15. Қатысқаны – 11.').members_total).toBe(15);
  });
  it('near-miss: "Барлық мүше қатысты" (all came) gives no whole of its own', () => {
    expect(head('Отырысқа барлық мүше қатысты, 2026 жылғы 12 наурыз.').members_total).toBeNull();
  });
});

describe('those online named under a run-in label after the list ("из них онлайн: …")', () => {
  const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 6', '26 ноября 2025 года', '', ...lines, '', 'Повестка дня:', '1. О плане.'].join('\n'));
  it('ru: "из них онлайн:" under "Присутствовали:", the stated online count closing', () => {
    const x = protocol(['На заседании присутствуют 5 членов Совета, в т.ч. 2 – в режиме онлайн (Zoom).', 'Присутствовали: Нургалиева Б.К., Абишев Т.М., Гордиенко П.А., Даутов Е.Р., Тулегенов К.А.', 'из них онлайн: Гордиенко П.А., Тулегенов К.А.']);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Гордиенко П.А.', 'Тулегенов К.А.']);
  });
  it('kk variant: "оның ішінде онлайн режимде:"', () => {
    const x = protocol(['Отырысқа 4 мүше қатысты, оның ішінде 1 мүше онлайн.', 'Қатысқандар: Сәрсенов А.Б., Иманова Г.К., Жүнісов Т.Қ., Орлова Е.В.', 'оның ішінде онлайн режимде: Орлова Е.В.']);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Орлова Е.В.']);
  });
  it('near-miss: more named than stated online, or a guest named, marks no one', () => {
    const x = protocol(['На заседании присутствуют 4 члена Совета, в т.ч. 1 – онлайн.', 'Присутствовали: Нургалиева Б.К., Абишев Т.М., Гордиенко П.А., Даутов Е.Р.', 'из них онлайн: Гордиенко П.А., Даутов Е.Р.']);
    expect(x.attendees.some((a) => a.online)).toBe(false);
  });
});

describe('an agenda item whose number is typed again ("2." / "2. Разное.")', () => {
  const agenda = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 2', '19.03.2025', '', ...lines, '', 'Повестка утверждена единогласно.', '', '1. СЛУШАЛИ: …'].join('\n'));
  it('ru: read as the next item, with an issue', () => {
    const x = agenda(['ПОВЕСТКА ДНЯ:', '1. О водоснабжении.', '2. О подготовке к весенним полевым работам.', '2. Разное.']);
    expect(x.agenda.map((a) => [a.no, a.title])).toEqual([[1, 'О водоснабжении.'], [2, 'О подготовке к весенним полевым работам.'], [3, 'Разное.']]);
    expect(x.issues.map((i) => i.message)).toContain('agenda item numbered 2 again: read as item 3');
  });
  it('kk variant, numbers glued to the title ("2.Әртүрлі.")', () => {
    const x = agenda(['КҮН ТӘРТІБІ:', '1.Ауыз су туралы.', '2.Көктемгі жұмыстар туралы.', '2.Әртүрлі.']);
    expect(x.agenda.map((a) => a.title)).toEqual(['Ауыз су туралы.', 'Көктемгі жұмыстар туралы.', 'Әртүрлі.']);
  });
  it('near-miss: after a blank line a repeated number is the discussion, not an item', () => {
    const x = agenda(['ПОВЕСТКА ДНЯ:', '1. О водоснабжении.', '2. О полевых работах.', '', '2. Разное и прочее']);
    expect(x.agenda).toHaveLength(2);
  });
});

describe('a count corrected as "ошибочно указано N …, верно – M"', () => {
  it('ru: the count of a sentence above, corrected by a note under it', () => {
    const x = parseReport('ОТЧЁТ о работе Общественного совета района за 2025 год\n\nВ Совет поступило 14 обращений граждан.\n\nУточнение: в разделе 3 ошибочно указано 14 обращений. Верно – 16.\n');
    expect(x.figures.filter((f) => f.metric === 'appeals_received').map((f) => f.value)).toEqual([16]);
  });
  it('kk variant in prose: "қате көрсетілген 4 мониторинг, дұрысы – 5"', () => {
    const x = parseReport('2025 жылғы жұмыс туралы есеп\n\nЖыл ішінде 4 мониторинг жүргізілді.\n\nТүзету: жоғарыда қате көрсетілген 4 мониторинг, дұрысы – 5.\n');
    expect(x.figures.filter((f) => f.metric === 'monitorings').map((f) => f.value)).toEqual([5]);
  });
  it('near-miss: "ошибочно" of something else states no new count', () => {
    const x = parseReport('ОТЧЁТ за 2025 год\n\nПроведено 4 мониторинга. Одно обращение ошибочно направлено в другой орган.\n');
    expect(x.figures.filter((f) => f.metric === 'monitorings').map((f) => f.value)).toEqual([4]);
  });
});

describe('rows of "label : count" are rows, not one sentence', () => {
  it('kk: "кеңес отырыстары : 2" / "президиум отырыстары : 1" / "комиссия отырыстары : 5"', () => {
    const x = parseReport('2025 жылғы IV тоқсандағы жұмысы туралы есеп\n\nҚорытынды көрсеткіштер:\nкеңес отырыстары : 2\nпрезидиум отырыстары : 1\nкомиссия отырыстары : 5\nмониторинг : 3\n');
    expect(Object.fromEntries(x.figures.map((f) => [f.metric, f.value]))).toMatchObject({ general_meetings: 2, presidium_meetings: 1, commission_meetings: 5, monitorings: 3 });
  });
  it('ru variant with a note in brackets', () => {
    const x = parseReport('Отчёт за IV квартал 2025 года\n\nзаседания Совета: 2 (октябрь, декабрь)\nзаседания президиума: 1\nмониторинги: 3\n');
    expect(Object.fromEntries(x.figures.map((f) => [f.metric, f.value]))).toMatchObject({ general_meetings: 2, presidium_meetings: 1, monitorings: 3 });
  });
});

describe('a list in two columns a tab apart, as a PDF gives it', () => {
  const protocol = (rows: string[]) => parseProtocol(['ПРОТОКОЛ № 5', '13.05.2026 г.', '', 'Присутствовали члены Общественного совета (8 из 10):', ...rows, 'Из них в режиме видеоконференцсвязи – 2 члена Совета.', '', 'ПОВЕСТКА ДНЯ:', '1. О плане.'].join('\n'));
  it('ru: each column read in turn, an online mark kept with its own name', () => {
    const x = protocol(['1. Досмагамбетов К.Е.\t5. Тажибаев Н.А.', '2. Мендыгалиева С.А.\t6. Утешова Г.Б.', '3. Абенов Т.К.\t7. Елеусизова М.К. (ВКС)', '4. Бисенгалиева Р.Ж.\t8. Жолдасов Б.Т. (ВКС)']);
    expect(x.attendees.map((a) => a.name)).toEqual(['Досмагамбетов К.Е.', 'Мендыгалиева С.А.', 'Абенов Т.К.', 'Бисенгалиева Р.Ж.', 'Тажибаев Н.А.', 'Утешова Г.Б.', 'Елеусизова М.К.', 'Жолдасов Б.Т.']);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Елеусизова М.К.', 'Жолдасов Б.Т.']);
  });
  it('near-miss: a name and its role a tab apart is one entry', () => {
    const x = protocol(['1. Досмагамбетов К.Е.\tпредседатель', '2. Мендыгалиева С.А.\tсекретарь']);
    expect(x.attendees.map((a) => a.name)).toEqual(['Досмагамбетов К.Е.', 'Мендыгалиева С.А.']);
  });
});

describe('a list under a heading whose count after a dash is not the list\'s', () => {
  // (Since session 38 the heading's own count is read, as the Russian variant's "Проведены круглые столы – 4:" is: the list
  // under it is some of them, never their number.)
  it('kk: "Есептер тыңдалды – 3:" over two dated entries states no 2: the heading\'s 3', () => {
    const x = parseReport('2025 жылғы жұмыс туралы есеп\n\nЕсептер тыңдалды – 3:\n– 12.03.2025 – аудандық білім бөлімі;\n– 18.06.2025 – аудандық ЖКХ бөлімі.\n');
    expect(x.figures.filter((f) => f.metric === 'report_hearings').map((f) => f.value)).toEqual([3]);
  });
  it('ru variant: "Проведены круглые столы – 4:" over three items', () => {
    const x = parseReport('Отчёт за 2025 год\n\nПроведены круглые столы – 4:\n– 12.03.2025 – по занятости;\n– 18.06.2025 – по экологии;\n– 20.09.2025 – по дорогам.\n');
    expect(x.figures.find((f) => f.metric === 'round_tables' && f.value === 3)).toBeUndefined();
  });
  it('near-miss: the same count on the heading and in the list is the figure', () => {
    const x = parseReport('Отчёт за 2025 год\n\nЗаслушаны отчёты – 2:\n– 12.03.2025 – отдел образования;\n– 18.06.2025 – отдел ЖКХ.\n');
    expect(x.figures.find((f) => f.metric === 'report_hearings')?.value).toBe(2);
  });
});
