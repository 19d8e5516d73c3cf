// Classes of protocol layouts between lists, tables and sections: a two-column list "name <tab> role" whose role reads like
// a name column's heading ("член Совета", "Кеңес мүшесі") is a list, no table; a new question's section opening on the
// line of its unanimous result ("2. ТЫҢДАЛДЫ: … Бірауыздан қабылданды.") is that question's vote, never the rest of the
// vote above; an agenda given only as the question column of the vote table under its heading; those online named only
// in a pasted Zoom participants report, read when the stated counts close it.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { startTable } from '../../../sources/extract/protocol/readAttendanceTable.ts';
import { splitPerson } from '../../../sources/extract/protocol/splitPerson.ts';

const doc = (...lines: string[]) => lines.join('\n');
const roles = (x: ReturnType<typeof parseProtocol>) => x.attendees.map((a) => [a.name, a.role]);
const votes = (x: ReturnType<typeof parseProtocol>) => x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a list of "name <tab> role" whose role reads like a name column\'s heading', () => {
  const ru = (role: string, names = ['Петров Петр Петрович', 'Сидорова Анна Сергеевна', 'Кузнецов Олег Викторович']) => parseProtocol(doc(
    'ПРОТОКОЛ № 5', 'заседания Общественного совета района', '12 марта 2025 года', 'Присутствовали:',
    'Иванов Иван Иванович\tпредседатель Совета', ...names.map((n) => `${n}\t${role}`), '',
    'ПОВЕСТКА ДНЯ:', '1. О плане работы.', '',
  ));

  it('ru: every member is read, each with the role, for "член Совета" and "член ОС"', () => {
    for (const role of ['член Совета', 'член ОС', 'Член Общественного совета']) {
      const x = ru(role);
      expect(roles(x).map((r) => r[0])).toEqual(['Иванов Иван Иванович', 'Петров Петр Петрович', 'Сидорова Анна Сергеевна', 'Кузнецов Олег Викторович']);
      expect(x.attendees[1].role).toBe(role);
    }
  });

  it('ru variant: names with initials', () => {
    expect(roles(ru('член Совета', ['Петров П.П.', 'Сидорова А.С.'])).map((r) => r[0])).toEqual(['Иванов Иван Иванович', 'Петров П.П.', 'Сидорова А.С.']);
  });

  it('kk: "Кеңес мүшесі" after the tab is the role, never the end of the name', () => {
    const x = parseProtocol(doc(
      'ХАТТАМА № 5', '2025 жылғы 12 наурыз', 'Қатысқандар:',
      'Сейтов Арман Бекұлы\tКеңес төрағасы', 'Жақыпова Айгүл Серікқызы\tКеңес мүшесі', 'Оспанов Д.Н.\tҚоғамдық кеңес мүшесі', '',
      'КҮН ТӘРТІБІ:', '1. Жұмыс жоспары туралы.', '',
    ));
    expect(roles(x)).toEqual([
      ['Сейтов Арман Бекұлы', 'Кеңес төрағасы'], ['Жақыпова Айгүл Серікқызы', 'Кеңес мүшесі'], ['Оспанов Д.Н.', 'Қоғамдық кеңес мүшесі'],
    ]);
  });

  it('ru variant: numbered rows ("2. Петров Петр Петрович <tab> член Совета")', () => {
    const x = parseProtocol(doc(
      'ПРОТОКОЛ № 5', '12 марта 2025 года', 'Присутствовали:', '1. Иванов Иван Иванович\tпредседатель Совета',
      '2. Петров Петр Петрович\tчлен Совета', '3. Сидоров Сидор Сидорович\tчлен Совета', '', 'ПОВЕСТКА ДНЯ:', '1. О плане.', '',
    ));
    expect(roles(x)).toEqual([['Иванов Иван Иванович', 'председатель Совета'], ['Петров Петр Петрович', 'член Совета'], ['Сидоров Сидор Сидорович', 'член Совета']]);
  });

  it('kk variant: names of two words, no patronymic ("Жұмабаев Ерлан <tab> Кеңес мүшесі")', () => {
    const x = parseProtocol(doc(
      'ХАТТАМА № 5', '2025 жылғы 12 наурыз', 'Қатысқандар:', 'Әлібеков Серік\tКеңес төрағасы', 'Жұмабаев Ерлан\tКеңес мүшесі',
      'Сапарова Гүлнар\tКеңес мүшесі', '', 'КҮН ТӘРТІБІ:', '1. Жоспар туралы.', '',
    ));
    expect(roles(x)).toEqual([['Әлібеков Серік', 'Кеңес төрағасы'], ['Жұмабаев Ерлан', 'Кеңес мүшесі'], ['Сапарова Гүлнар', 'Кеңес мүшесі']]);
  });

  it('near-miss: a real header naming the members\' column still opens a table', () => {
    expect(startTable('№\tЧлен Совета\tУчастие')?.cols.name).toBe(1);
    expect(startTable('Р/с\tКеңес мүшесі\tҚатысуы')?.cols.name).toBe(1);
    expect(startTable('Фамилия И.О.\tДолжность\tУчастие')?.cols.name).toBe(0);
    // A row naming a person is no header, whatever its other cell says.
    expect(startTable('Петров Петр Петрович\tчлен Совета')).toBeNull();
    expect(startTable('Жақыпова А.С.\tКеңес мүшесі')).toBeNull();
    expect(startTable('Жұмабаев Ерлан\tКеңес мүшесі')).toBeNull();
    expect(startTable('Фамилия Имя Отчество\tЧлен Совета\tУчастие')?.cols.name).toBe(0);
    expect(startTable('Петров Петр\tЧлен Совета')).toBeNull();
    expect(startTable('№\tФамилия Имя Отчество\tДолжность\tУчастие')?.cols.name).toBe(1);
  });

  it('near-miss: a tab after something that is no whole name parts nothing', () => {
    expect(splitPerson('Иванов\tИван Иванович')).toEqual({ name: 'Иванов Иван Иванович', rest: null });
    expect(splitPerson('Иванов И.И. – председатель\tочно')?.name).toBe('Иванов И.И.');
  });
});

describe('a new question\'s section opening on the line of its unanimous result', () => {
  const kk = (second: string[]) => parseProtocol(doc(
    'ХАТТАМА № 5', '2025 жылғы 12 наурыз', 'Отырысқа 11 мүшенің 9 қатысты.', '',
    'КҮН ТӘРТІБІ:', '1. Жұмыс жоспары туралы.', '2. Есеп туралы.', '',
    '1. ТЫҢДАЛДЫ: Иванов И.И. жұмыс жоспары туралы.', 'ДАУЫС БЕРДІ: «жақтап» – 9, «қарсы» – 0, «қалыс қалды» – 0.', ...second, '',
  ));
  const ru = (second: string[]) => parseProtocol(doc(
    'ПРОТОКОЛ № 5', '12 марта 2025 года', 'Присутствовали 9 из 11 членов Совета.', '',
    'ПОВЕСТКА ДНЯ:', '1. О плане работы.', '2. Об отчете.', '',
    '1. СЛУШАЛИ: Иванова И.И. о плане работы.', 'ГОЛОСОВАЛИ: «за» – 9, «против» – 0, «воздержались» – 0.', ...second, '',
  ));

  it('kk: "2. ТЫҢДАЛДЫ: … Бірауыздан қабылданды." is the second vote', () => {
    expect(votes(kk(['2. ТЫҢДАЛДЫ: Петров П.П. есеп туралы. Бірауыздан қабылданды.']))).toEqual([
      [9, 0, 0, false, null], [null, null, null, true, 'adopted'],
    ]);
  });

  it('ru: "2. СЛУШАЛИ: … Принято единогласно." is the second vote', () => {
    expect(votes(ru(['2. СЛУШАЛИ: Петрова П.П. об отчете. Принято единогласно.']))).toEqual([
      [9, 0, 0, false, null], [null, null, null, true, 'adopted'],
    ]);
  });

  it('variant: the section on its line, its result on the next', () => {
    expect(votes(ru(['2. СЛУШАЛИ: Петрова П.П. об отчете.', 'Принято единогласно.']))).toEqual([
      [9, 0, 0, false, null], [null, null, null, true, 'adopted'],
    ]);
  });

  it('variant: "По второму вопросу:" / "Екінші мәселе бойынша:" between the counts and a unanimous result', () => {
    expect(votes(ru(['По второму вопросу:', 'Принято единогласно.']))).toEqual([[9, 0, 0, false, null], [null, null, null, true, 'adopted']]);
    expect(votes(kk(['Екінші мәселе бойынша:', 'Бірауыздан қабылданды.']))).toEqual([[9, 0, 0, false, null], [null, null, null, true, 'adopted']]);
  });

  it('near-miss: the result under the counts, no section between, is the same vote', () => {
    expect(votes(ru(['Принято единогласно.']))).toEqual([[9, 0, 0, true, 'adopted']]);
    expect(votes(kk(['ШЕШІМ: жоспар бекітілсін. Бірауыздан қабылданды.']))).toEqual([[9, 0, 0, true, 'adopted']]);
  });
});

describe('an agenda given only as the question column of the vote table under its heading', () => {
  const ru = (header: string, rows: string[]) => parseProtocol(doc(
    'ПРОТОКОЛ № 3', 'заседания Общественного совета', '12 марта 2025 года', 'Присутствовали 9 из 11 членов Совета.', '',
    'Повестка дня, рассмотренные вопросы и результаты голосования:', header, ...rows, '',
  ));
  const rows = ['1\tО плане работы на 2025 год\t9\t0\t0\tпринято', '2\tОб отчете отдела образования\t5\t3\t1\tне принято'];

  it('ru: the table\'s questions are the items, its rows the votes', () => {
    const x = ru('№ п/п\tРассматриваемый вопрос\tЗа\tПротив\tВоздержались\tРезультат', rows);
    expect(x.agenda.map((a) => [a.no, a.title])).toEqual([[1, 'О плане работы на 2025 год'], [2, 'Об отчете отдела образования']]);
    expect(votes(x)).toEqual([[9, 0, 0, false, 'adopted'], [5, 3, 1, false, 'rejected']]);
  });

  it('kk: "Р/с | Қаралған мәселе | Жақтап | Қарсы | Қалыс | Нәтижесі" under "Күн тәртібі:"', () => {
    const x = parseProtocol(doc(
      'ХАТТАМА № 3', '2025 жылғы 12 наурыз', 'Отырысқа 11 мүшенің 9 қатысты.', '', 'Күн тәртібі:',
      'Р/с\tҚаралған мәселе\tЖақтап\tҚарсы\tҚалыс\tНәтижесі',
      '1\t2025 жылға арналған жұмыс жоспары туралы\t9\t0\t0\tқабылданды', '2\tБілім бөлімінің есебі туралы\t7\t1\t1\tқабылданды', '',
    ));
    expect(x.agenda.map((a) => a.title)).toEqual(['2025 жылға арналған жұмыс жоспары туралы', 'Білім бөлімінің есебі туралы']);
  });

  it('variant: a header over two rows ("Итоги голосования" over за | против | возд.)', () => {
    const x = ru('№\tВопрос повестки дня\tИтоги голосования\t\t\tРешение', ['\t\tза\tпротив\tвозд.\t', ...rows]);
    expect(x.agenda).toHaveLength(2);
  });

  it('near-miss: rows not numbered 1, 2, 3…, or no number column: no item, and the heading\'s words are none', () => {
    const gap = ru('№\tВопрос\tЗа\tПротив\tВоздержались\tРешение', [rows[0], rows[1].replace(/^2/, '3')]);
    expect(gap.agenda).toEqual([]);
    expect(gap.agenda_listed).toBe(false);
    const unnumbered = ru('Вопрос\tЗа\tПротив\tВоздержались\tРешение', rows.map((r) => r.slice(2)));
    expect(unnumbered.agenda).toEqual([]);
    expect(unnumbered.votes).toHaveLength(2);
  });

  it('near-miss: an agenda listed of its own keeps its items; a vote table lower down gives none', () => {
    const x = parseProtocol(doc(
      'ПРОТОКОЛ № 3', '12 марта 2025 года', 'ПОВЕСТКА ДНЯ:', '1. О плане работы.', '', 'Результаты голосования:',
      '№\tВопрос\tЗа\tПротив\tВоздержались\tРешение', ...rows, '',
    ));
    expect(x.agenda.map((a) => a.title)).toEqual(['О плане работы.']);
  });
});

describe('those online named only in a pasted Zoom participants report', () => {
  const report = [
    'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest',
    'Qogamdyq Kenes (Host),kenes@mail.kz,11/27/2025 02:52:10 PM,11/27/2025 04:56:03 PM,124,No',
    'Zal 305 (Zoom Room),,11/27/2025 02:55:41 PM,11/27/2025 04:55:30 PM,120,Yes',
    'Nurlan Sadykov,,11/27/2025 02:58:03 PM,11/27/2025 04:55:12 PM,118,Yes',
    'Сапарова Гульнара,,11/27/2025 03:00:15 PM,11/27/2025 04:55:20 PM,116,Yes',
    'Ruslan Abenov,,11/27/2025 03:03:01 PM,11/27/2025 03:41:22 PM,39,Yes',
    'iPhone Kuralay (Kuralay Zhunusova),,11/27/2025 03:08:02 PM,11/27/2025 04:55:14 PM,108,Yes',
    'Jumabekova A. (upr. PTiAD),,11/27/2025 03:05:33 PM,11/27/2025 04:10:02 PM,65,Yes',
    'Ruslan Abenov,,11/27/2025 03:44:09 PM,11/27/2025 04:55:27 PM,72,Yes',
    'Гость 1,,11/27/2025 03:21:39 PM,11/27/2025 03:30:05 PM,9,Yes',
  ];
  const ru = (present: number, online: number, inRoom: string, rows = report) => parseProtocol(doc(
    'ПРОТОКОЛ № 6', 'заседания Общественного совета', '27.11.2025 г.', '',
    `Из 9 членов Общественного совета в заседании приняли участие ${present}, в т.ч.:`,
    inRoom, `  - онлайн через Zoom – ${online} (отчёт об участниках платформы Zoom – Приложение 1).`, '',
    'ПОВЕСТКА ДНЯ:', '1. О дорогах.', '', 'Приложение 1', '', ...rows, '',
  ));
  const people = (x: ReturnType<typeof parseProtocol>) => (x.attendees_listed === false ? null : x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`));

  it('ru: each person once, the host, the room and guests not named as persons left out, those in the room from their line', () => {
    expect(people(ru(6, 4, '  - очно в зале заседаний (каб. 305) – 2: Әлімбеков Қ.М., Ткаченко С.В.;'))).toEqual([
      'Әлімбеков Қ.М.', 'Ткаченко С.В.', 'Nurlan Sadykov (online)', 'Сапарова Гульнара (online)', 'Ruslan Abenov (online)', 'Kuralay Zhunusova (online)',
    ]);
  });

  it('kk variant: "залда – 2:" and the Russian Zoom header', () => {
    const rows = report.map((r, k) => (k === 0 ? 'Имя (настоящее имя),Адрес электронной почты,Время входа,Время выхода,Продолжительность (минуты),Гость' : r));
    expect(people(ru(6, 4, '  - залда – 2: Әлімбеков Қ.М., Ткаченко С.В.;', rows))).toHaveLength(6);
  });

  it('near-miss: counts that do not close the report read no one', () => {
    // Four persons in the report, five stated online: someone is not named as a person (or a guest is): not read.
    expect(people(ru(7, 5, '  - очно в зале заседаний – 2: Әлімбеков Қ.М., Ткаченко С.В.;'))).toBeNull();
    // The room's line names fewer than the stated present leave.
    expect(people(ru(7, 4, '  - очно в зале заседаний – 3: Әлімбеков Қ.М., Ткаченко С.В.;'))).toBeNull();
    // No report at all.
    expect(people(ru(6, 4, '  - очно – 2: Әлімбеков Қ.М., Ткаченко С.В.;', []))).toBeNull();
  });
});
