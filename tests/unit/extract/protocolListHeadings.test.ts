/**
 * The headings of attendance lists as secretaries write them (issue 12, item
 * 3): "Члены Совета:" / "Кеңес мүшелері:" under a heading of those present
 * that only states counts, excused and unexcused sub-lists written as dash
 * items, an online sub-heading inside a run of names, surnames that begin
 * with a role word — and the near misses: a signatures' block of "Члены
 * комиссии:" is no attendance, and a heading under which no person could be
 * read is an issue, never an empty list taken as "nobody came".
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const read = (body: string, tail = '') => {
  const x = parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n\nПовестка дня:\n1. Разное.\n${tail}`);
  return {
    present: x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`),
    absent: x.absentees.map((a) => `${a.name}:${a.excused}`),
    issues: x.issues.map((i) => i.message),
  };
};

describe('attendance list headings', () => {
  it('"Члены Совета:" under a heading that states only the counts is the list of those present; the invited are not', () => {
    const x = read('Присутствовали: 4 из 6 членов Общественного совета, из них 2 – в режиме ВКС.\r\nКворум имеется.\r\n\r\nЧлены Совета:\r\nЕржанов К.Т. – председатель\r\nИванченко В.П. (ВКС)\r\nКусаинова Ж.М.\r\nУтегенова М.Р. (ВКС)\r\n\r\nПриглашенные:\r\nКим С.В. – главный специалист (ВКС)');
    expect(x.present).toEqual(['Ержанов К.Т.', 'Иванченко В.П. (online)', 'Кусаинова Ж.М.', 'Утегенова М.Р. (online)']);
    expect(x.issues).toEqual([]);
  });

  it('Kazakh: "Кеңес мүшелері:" under "Қатысқандар: 3 мүше"', () => {
    expect(read('Қатысқандар: 3 мүше, оның ішінде 1-і ZOOM арқылы.\n\nКеңес мүшелері:\nСейітов А.А.\nЖұмабаева Г.К. (ZOOM арқылы)\nОмаров Б.Б.').present).toEqual(['Сейітов А.А.', 'Жұмабаева Г.К. (online)', 'Омаров Б.Б.']);
  });

  it('"Кеңес мүшелері:" / "Члены Совета:" under a sentence stating those present (no colon); under one stating the absent it is not read', () => {
    expect(read('Қоғамдық кеңестің құрамы – 25 мүше. Отырысқа 3 мүше қатысты, оның ішінде 1 мүше бейнебайланыс арқылы.\nКворум бар.\n\nКеңес мүшелері:\n1) Сейітов А.А.\n2) Жұмабаева Г.К. (бейнебайланыс арқылы)\n3) Омаров Б.Б.').present).toEqual(['Сейітов А.А.', 'Жұмабаева Г.К. (online)', 'Омаров Б.Б.']);
    expect(read('Присутствовали 2 из 5 членов Совета.\n\nЧлены Совета:\nАбенов Т.К.\nБекова С.Ж.').present).toEqual(['Абенов Т.К.', 'Бекова С.Ж.']);
    const absent = read('Отсутствовали 2 члена Совета.\n\nЧлены Совета:\nАбенов Т.К.\nБекова С.Ж.');
    expect([absent.present, absent.absent, absent.issues]).toEqual([[], [], ['names under "Члены Совета:" not read: no heading says whether they were present']]);
  });

  it('"Члены Совета:" right under "Присутствовали:", or after the chair inside the list', () => {
    expect(read('Присутствовали:\nЧлены Совета:\n1. Абенов Т.К.\n2. Бекова С.Ж.\n\nПриглашенные:\n1. Ким С.В.').present).toEqual(['Абенов Т.К.', 'Бекова С.Ж.']);
    expect(read('Присутствовали:\nИванов И.И. – председатель\nЧлены Совета:\nАбенов Т.К.\nБекова С.Ж. (онлайн)').present).toEqual(['Иванов И.И.', 'Абенов Т.К.', 'Бекова С.Ж. (online)']);
  });

  it('excused and unexcused sub-lists written as dash items, in ru and kk', () => {
    expect(read('Отсутствовали:\n- по уважительной причине: Абенов Т.К. (командировка), Бекова С.Ж. (болезнь);\n- без уважительной причины: Воробьев Г.А., Исмаилов Ф.Ф.').absent).toEqual(['Абенов Т.К.:true', 'Бекова С.Ж.:true', 'Воробьев Г.А.:false', 'Исмаилов Ф.Ф.:false']);
    expect(read('Отсутствовали:\n• По уважительной причине: Абенов Т.К. (командировка);\n• Без уважительной причины: Бекова С.Ж.').absent).toEqual(['Абенов Т.К.:true', 'Бекова С.Ж.:false']);
    expect(read('Қатыспағандар / Отсутствовали:\n– дәлелді себептермен / по уважительной причине: Байғожина Л.К. (іссапар / командировка);\n– себепсіз / без уважительной причины: Орынбасаров К.Ж., Фомин С.С.').absent).toEqual(['Байғожина Л.К.:true', 'Орынбасаров К.Ж.:false', 'Фомин С.С.:false']);
  });

  it.each([
    ['Присутствовали: Абенов Т.К., Бекова С.Ж.; в режиме онлайн: Воробьев Г.А., Исмаилов Ф.Ф.'],
    ['Присутствовали: Абенов Т.К., Бекова С.Ж., дистанционно: Воробьев Г.А., Исмаилов Ф.Ф.'],
    ['Қатысқандар / Присутствовали: Абенов Т.К., Бекова С.Ж.; дистанционно (по видеосвязи) / бейнебайланыс арқылы: Воробьев Г.А., Исмаилов Ф.Ф.'],
    ['Қатысқандар: Абенов Т.К., Бекова С.Ж.; ZOOM арқылы: Воробьев Г.А., Исмаилов Ф.Ф.'],
    ['Присутствовали:\n- Абенов Т.К.\n- Бекова С.Ж.\n- в режиме онлайн: Воробьев Г.А., Исмаилов Ф.Ф.'],
  ])('an online sub-heading inside the names: %s', (body) => {
    expect(read(body).present).toEqual(['Абенов Т.К.', 'Бекова С.Ж.', 'Воробьев Г.А. (online)', 'Исмаилов Ф.Ф. (online)']);
  });

  it('online markers in brackets after the name, in ru and kk, with or without a preposition', () => {
    const markers = ['(ВКС)', '(по ВКС)', '(в режиме ВКС)', '(через ZOOM)', '(селекторная связь)', '(қашықтықтан)', '(Zoom платформасы арқылы)', '(бейнеконференция)', '(онлайн режимінде)'];
    const x = read(`Қатысқандар / Присутствовали:\n${markers.map((m, k) => `${['Абенов', 'Бекова', 'Сейітов', 'Омаров', 'Исаев', 'Ким', 'Ли', 'Цой', 'Ан'][k]} Т.К. ${m}`).join('\n')}\nБекмухамедов С.Ж.`);
    expect(x.present).toEqual(['Абенов Т.К.', 'Бекова Т.К.', 'Сейітов Т.К.', 'Омаров Т.К.', 'Исаев Т.К.', 'Ким Т.К.', 'Ли Т.К.', 'Цой Т.К.', 'Ан Т.К.'].map((n) => `${n} (online)`).concat('Бекмухамедов С.Ж.'));
    expect(parseProtocol('Присутствовали:\nКим В.В. (по ВКС)\n').attendees[0]).toMatchObject({ name: 'Ким В.В.', role: null, online: true });
  });

  it('surnames that begin with a role word (аким, член, орынбасар) are names; a role after the name is still a role', () => {
    expect(read('Присутствовали:\n1. Акимов А.А.\n2. Членова Е.Е.\n3. Орынбасаров К.Ж.\n4. Секретарев И.И.').present).toEqual(['Акимов А.А.', 'Членова Е.Е.', 'Орынбасаров К.Ж.', 'Секретарев И.И.']);
    const x = parseProtocol('Присутствовали:\n1. Иванов И.И. аким района\n');
    expect(x.attendees.map((a) => [a.name, a.role])).toEqual([['Иванов И.И.', 'аким района']]);
  });

  it('the signatures\' block "Члены комиссии:" after the agenda is not attendance', () => {
    const x = read('Присутствовали: 3 из 5 членов комиссии.', '\nЧлены комиссии:\nИванов И.И.\nПетров П.П.\n');
    expect(x.present).toEqual([]);
    expect(x.issues).toEqual([]);
  });

  it('the agenda written before the lists does not end the attendance', () => {
    const x = parseProtocol('ПРОТОКОЛ № 3\n\nПовестка дня:\n1. Разное.\n\nПрисутствовали:\nЧлены Совета:\nАбенов Т.К.\nБекова С.Ж.\n\nСЛУШАЛИ:\n');
    expect(x.attendees.map((a) => a.name)).toEqual(['Абенов Т.К.', 'Бекова С.Ж.']);
  });

  it('"Члены Совета:" with no heading of those present is not read, and says so', () => {
    const x = read('Члены Совета:\nАбенов Т.К.\nБекова С.Ж.');
    expect(x.present).toEqual([]);
    expect(x.issues).toEqual(['names under "Члены Совета:" not read: no heading says whether they were present']);
  });

  it('a list heading with no person read under it is an issue, not an empty list', () => {
    expect(read('Присутствовали:\n\n\nКворум имеется.').issues).toEqual(['"Присутствовали:" heads a list of attendees, but no person was read under it']);
    expect(read('Присутствовали: согласно листу регистрации (прилагается).').issues).toEqual([
      '"Присутствовали: согласно листу регистрации (прилагается)." heads a list of attendees, but no person was read under it',
    ]);
    expect(read('Присутствовали: Абенов Т.К., Бекова С.Ж.\nОтсутствовали:\nпо списку секретаря').issues).toEqual(['"Отсутствовали:" heads a list of absentees, but no person was read under it']);
  });

  it.each(['Отсутствовали: нет.', 'Отсутствовали: –', 'Присутствовали: 14 из 19 членов.', 'Қатыспағандар: жоқ.'])('"%s" states that no list follows: no issue', (body) => {
    expect(read(body).issues).toEqual([]);
  });
});
