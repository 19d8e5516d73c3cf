// Classes of the protocols of held-out set 35 (p35's documents): the absence of a quorum is no person's absence; the members
// registered as those present; a body's size told as "численный состав" or to "всем 21 (двадцати одному) члену"; a
// registration sheet of checkboxes; reasons of absence "на звонки не отвечала" (unexcused) and "вахта" (excused); a
// bilingual Word table giving each question's block in Kazakh and in Russian side by side; a .docx registration table
// followed by another table; a list of those present headed "(онлайн)"; a written poll's votes in a table turned on its
// side (a row per answer, a column per question), typed in a fixed font, each result in the decisions after it; the total
// closing a run-on list of those present; "қарсы болған жоқ" / "против не было" as none; the members connected to a call.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { attendanceCounts as counts, doc } from '../../helpers/protocolCounts.ts';

const head = ['ПРОТОКОЛ № 2', 'заседания Общественного совета', '', '12 февраля 2025 года', ''];
const kkHead = ['ХАТТАМА № 2', 'Қоғамдық кеңес отырысының', '', '2025 жылғы 12 ақпан', ''];

describe('the absence of a quorum is no person\'s absence', () => {
  it('ru: "председатель Абдрахманов Т.К. объявил, что заседание не может быть открыто ввиду отсутствия кворума" names no absentee', () => {
    const x = parseProtocol(doc(...head, 'В 15:30 председатель Совета Абдрахманов Т.К. объявил, что заседание не может быть',
      'открыто ввиду отсутствия кворума (11 из 19, при необходимых 13).', ''));
    expect(x.absentees).toEqual([]);
  });

  it('ru (a variant): "Кворум отсутствует, о чём Иванов И.И. сообщил" names no absentee either', () => {
    const x = parseProtocol(doc(...head, 'Кворум отсутствует, о чём председательствующий Иванов И.И. сообщил членам Совета.', ''));
    expect(x.absentees).toEqual([]);
  });

  it('kk: "Кворум болмағандықтан, төраға Сейтов А.Б. отырысты ашпады" names no absentee', () => {
    const x = parseProtocol(doc(...kkHead, 'Кворум болмағандықтан, төраға Сейтов А.Б. отырысты ашпады.', ''));
    expect(x.absentees).toEqual([]);
  });

  it('near-miss: "Отсутствовал Иванов И.И. (командировка), кворум имеется" is an absentee', () => {
    const x = parseProtocol(doc(...head, 'На заседании отсутствовал Иванов И.И. (командировка), кворум имеется.', ''));
    expect(x.absentees.map((a) => a.name)).toEqual(['Иванов И.И.']);
  });
});

describe('the members registered as those present; the body\'s size as "численный состав" or in the dative', () => {
  it('ru: "Численный состав Совета – 19 (девятнадцать) членов." / "Итого зарегистрировано: 11 членов Совета (из них 1 – онлайн)"', () => {
    const x = parseProtocol(doc(...head, 'Численный состав Совета – 19 (девятнадцать) членов.', '',
      'Итого зарегистрировано: 11 членов Совета (из них 1 – онлайн), отсутствуют – 8.', ''));
    expect([x.members_total, x.present, x.online]).toEqual([19, 11, 1]);
  });

  it('kk: "Тіркелгені: 11 мүше"', () => {
    const x = parseProtocol(doc(...kkHead, 'Кеңес құрамы – 19 мүше.', 'Тіркелгені: 11 мүше.', ''));
    expect([x.members_total, x.present]).toEqual([19, 11]);
  });

  it('ru (a variant): "Бюллетени направлены всем 21 (двадцати одному) члену Общественного совета"', () => {
    const x = parseProtocol(doc(...head, 'Бюллетени направлены 04.03.2025 г. всем 21 (двадцати одному) члену Общественного совета.', ''));
    expect(x.members_total).toBe(21);
  });

  it('near-miss: "зарегистрировано 5 обращений", "не зарегистрировано 3 члена" count no one present', () => {
    const x = parseProtocol(doc(...head, 'С начала года зарегистрировано 5 обращений граждан.', 'Не зарегистрировано 3 члена Совета.', ''));
    expect(x.present).toBeNull();
  });
});

describe('a registration sheet of checkboxes, "[x]" present and "[ ]" absent', () => {
  const sheet = [
    ' 1. [x] Абдрахманов Талгат Кенесович, председатель Совета',
    ' 2. [ ] Ахметова Ляззат Ерлановна — больничный лист',
    ' 3. [x] Евстафьев Олег Николаевич (онлайн, подключился по Zoom)',
    ' 4. [ ] Даулетов Бауыржан Серикович — не сообщил',
    ' 5. [x] Калиева Динара Сабитовна',
    ' 6. [ ] Рахимова Жанар Толеугазиевна — не явилась, на телефонные звонки не отвечала',
    ' 7. [ ] Трофимов Петр Петрович — выезд на вахту',
  ];

  it('ru: each box is where its member was, the reason after the dash (a blank line under the heading)', () => {
    const x = parseProtocol(doc(...head, 'Лист регистрации (отметки секретаря Совета по состоянию на 15:30):', '', ...sheet, ''));
    expect(counts(x)).toEqual({ attendees: 3, online: 1, absentees: 4, excused: 2, unexcused: 2 });
  });

  it('kk (a variant): "☑" and "☐" boxes, "телефонға жауап бермеді" unexcused', () => {
    const x = parseProtocol(doc(...kkHead, 'Тіркеу парағы:', '1. ☑ Сейтов Арман Бекұлы, төраға', '2. ☐ Әлиева Гүлнар Маратқызы — іссапар',
      '3. ☑ Нұрланов Дәулет Ерланұлы', '4. ☐ Оспанов Бауыржан Серікұлы — телефонға жауап бермеді', ''));
    expect(counts(x)).toEqual({ attendees: 2, online: 0, absentees: 2, excused: 1, unexcused: 1 });
  });

  it('near-miss: a member\'s line with neither a box nor a status leaves the sheet unread (who came is not told for all)', () => {
    const x = parseProtocol(doc(...head, 'Лист регистрации:', sheet[0], sheet[1], ' 3. Калиева Динара Сабитовна', sheet[3], ''));
    expect(x.attendees).toEqual([]);
  });
});

describe('a bilingual Word table, each question\'s block in Kazakh and in Russian side by side', () => {
  const block = (no: number, kk: string, ru: string) => [`\t${no}. ТЫҢДАЛДЫ: Сейтов А.Б. – ақпарат берді.`, 'ҚАУЛЫ ЕТТІ: Ақпарат назарға алынсын.', kk,
    `\t${no}. СЛУШАЛИ: Сейтов А.Б. – проинформировал.`, 'ПОСТАНОВИЛИ: Информацию принять к сведению.', ru];

  it('kk | ru: "Дауыс беру: жақтап – 16, …" beside "Голосовали: за – 16, …" under the same question is one vote', () => {
    const x = parseProtocol(doc(...head,
      ...block(1, 'Дауыс беру: жақтап – 16, қарсы – жоқ, қалыс – 1. Шешім қабылданды.', 'Голосовали: за – 16, против – нет, воздержались – 1. Решение принято.'),
      ...block(2, 'Көпшілік дауыспен қабылданды (11 – жақтап, 5 – қарсы, 1 – қалыс).', 'Принято большинством голосов (11 за, 5 против, 1 воздержался).'),
      ...block(3, 'Бірауыздан қабылданды.', 'Проголосовали единогласно.'), ''));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous])).toEqual([[16, 0, 1, false], [11, 5, 1, false], [null, null, null, true]]);
  });

  it('near-miss: the Kazakh vote of question 1 and the Russian block of question 2, the same counts, are two votes', () => {
    const x = parseProtocol(doc(...head, '\t1. ТЫҢДАЛДЫ: Сейтов А.Б. – ақпарат берді.', 'Бірауыздан қабылданды.',
      '\t2. СЛУШАЛИ: Иванов И.И. – проинформировал.', 'Проголосовали единогласно.', ''));
    expect(x.votes).toHaveLength(2);
  });
});

describe('a .docx registration table followed by another table after a blank line', () => {
  it('kk/ru: the agenda table\'s cells ("\\tКҮН ТӘРТІБІ") are no member\'s name wrapped', () => {
    const rows = [['Сейтов Арман Бекұлы', 'очно / бетпе-бет'], ['Әлиева Гүлнар Маратқызы', 'онлайн (Zoom)'],
      ['Нұрланов Дәулет Ерланұлы', 'қатыспады – іссапар / отсутствовал – командировка'], ['Оспанов Бауыржан Серікұлы', 'очно / бетпе-бет']];
    const x = parseProtocol(doc(...kkHead, 'Тіркеу парағы / Лист регистрации', '\t№', '\tАты-жөні / Ф.И.О.', '\tҚатысу нысаны / Форма участия',
      ...rows.flatMap(([name, part], k) => [`\t${k + 1}`, `\t${name}`, `\t${part}`]), '', '\tКҮН ТӘРТІБІ', '\tПОВЕСТКА ДНЯ',
      '\t1. Жолдар туралы.', '\t1. О дорогах.', ''));
    expect(counts(x)).toEqual({ attendees: 3, online: 1, absentees: 1, excused: 1, unexcused: 0 });
    expect(x.attendees.at(-1)?.name).toBe('Оспанов Бауыржан Серікұлы');
  });
});

describe('a list of those present headed with the means in brackets', () => {
  it('ru: "УЧАСТВОВАЛИ (онлайн):" — each member listed is online', () => {
    const x = parseProtocol(doc(...head, 'УЧАСТВОВАЛИ (онлайн):', '  1) Тажибаева С.Е. – председатель Совета;', '  2) Волков Андрей Игоревич;', '  3) Шин Евгений Вячеславович.', ''));
    expect(counts(x)).toMatchObject({ attendees: 3, online: 3 });
  });

  it('kk: "ҚАТЫСҚАНДАР (Zoom арқылы):"', () => {
    const x = parseProtocol(doc(...kkHead, 'ҚАТЫСҚАНДАР (Zoom арқылы):', '1. Сейтов А.Б.', '2. Әлиева Г.М.', ''));
    expect(counts(x)).toMatchObject({ attendees: 2, online: 2 });
  });

  it('near-miss: "Присутствовали (в т.ч. 2 онлайн):" counts a part of the list — no one is online by the heading', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали (в т.ч. 2 онлайн):', '1. Иванов И.И.', '2. Петров П.П.', '3. Сидоров С.С.', ''));
    expect(counts(x)).toMatchObject({ attendees: 3, online: 0 });
  });
});

describe('a written poll\'s votes in a fixed-font table turned on its side, each result in the decisions after it', () => {
  const table = ['          РЕЗУЛЬТАТЫ ГОЛОСОВАНИЯ', '', '                           Вопрос 1      Вопрос 2      Вопрос 3',
    '  ----------------------------------------------------------------', '  «ЗА»                        13            16             6',
    '  «ПРОТИВ»                     1             –             8', '  «ВОЗДЕРЖАЛСЯ»                2             –             2',
    '  ----------------------------------------------------------------', '  Всего учтено голосов        16            16            16', ''];

  it('ru: a vote a column; "1. … Решение принято." / "2. … Решение принято единогласно." / "3. … Решение не принято."', () => {
    const x = parseProtocol(doc(...head, ...table, 'ПОСТАНОВИЛИ:', '', '1. Одобрить проект приказа.', '   Решение принято.', '',
      '2. Утвердить План работы.', '   Решение принято единогласно.', '', '3. Предложение не поддержано.', '   Решение не принято.', ''));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([
      [13, 1, 2, false, 'adopted'], [16, 0, 0, true, 'adopted'], [6, 8, 2, false, 'rejected']]);
  });

  it('kk (a variant): "Жақтап / Қарсы / Қалыс" rows, "ҚАУЛЫ ЕТТІ:" items', () => {
    const x = parseProtocol(doc(...kkHead, '              1-мәселе    2-мәселе', '  Жақтап         9           5', '  Қарсы          –           4',
      '  Қалыс          1           1', '', 'ҚАУЛЫ ЕТТІ:', '1. Жоспар бекітілсін. Шешім қабылданды.', '2. Ұсыныс қолдау таппады. Шешім қабылданбады.', ''));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[9, 0, 1, 'adopted'], [5, 4, 1, 'rejected']]);
  });

  it('near-miss: "«ЗА»   – 15" / "«ПРОТИВ»   – 2" a label a line, its count after a dash, is one vote (the dash no column)', () => {
    const x = parseProtocol(doc(...head, 'Результаты заочного голосования по вопросу 1:', '    «ЗА»                 – 15', '    «ПРОТИВ»             – 2',
      '    «ВОЗДЕРЖАЛСЯ»        – 1', 'Итог: решение принято.', ''));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[15, 2, 1, 'adopted']]);
  });

  it('near-miss: the rows of a sentence ("за – 13, против – 1") are no table, and without numbered decisions no result is given', () => {
    const x = parseProtocol(doc(...head, '  «ЗА»        13     16', '  «ПРОТИВ»      1      –', '', 'Решение по каждому вопросу принимается большинством.', ''));
    expect(x.votes.map((v) => [v.for, v.against, v.declared])).toEqual([[13, 1, null], [16, 0, null]]);
  });
});

describe('the total closing a run-on list of those present', () => {
  it('kk: "Қатысқандар: А.Б. Қасымова (…), Е.Т. Жұмабаев," / "Р.М. Ахметов, Н.С. Оразалина (…) – барлығы 5 мүше."', () => {
    const x = parseProtocol(doc(...kkHead, 'Комиссия құрамы: 7 мүше.', 'Қатысқандар: А.Б. Қасымова (комиссия төрағасы), Е.Т. Жұмабаев, Г.Н. Сыздықова,',
      'Р.М. Ахметов, Н.С. Оразалина (WhatsApp бейнеқоңырауы арқылы) – барлығы 5 мүше.', ''));
    expect([x.members_total, x.present]).toEqual([7, 5]);
  });

  it('ru (a variant): "Присутствовали: Иванов И.И., Петров П.П., Сидоров С.С. — всего 3 члена."', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали: Иванов И.И., Петров П.П., Сидоров С.С. — всего 3 члена.', ''));
    expect(x.present).toBe(3);
  });

  it('near-miss: the total closing the absentees\' list ("Отсутствовали: … – всего 2 члена") is no count of those present', () => {
    const x = parseProtocol(doc(...head, 'Отсутствовали: Иванов И.И. (отпуск),', 'Петров П.П. (командировка) – всего 2 члена.', ''));
    expect(x.present).toBeNull();
  });
});

describe('"қарсы болған жоқ", "против не было": none against', () => {
  it('kk: "4 мүше жақтап дауыс берді, 1 мүше қалыс қалды, қарсы болған жоқ."', () => {
    const x = parseProtocol(doc(...kkHead, 'Дауыс беру қорытындысы: 4 мүше жақтап дауыс берді, 1 мүше қалыс қалды, қарсы болған жоқ.', 'Шешім қабылданды.', ''));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[4, 0, 1]]);
  });

  it('ru: "за – 4, воздержался – 1, против не было."', () => {
    const x = parseProtocol(doc(...head, 'Голосовали: за – 4, воздержался – 1, против не было.', ''));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[4, 0, 1]]);
  });

  it('near-miss: "3 мүше қарсы болды" is three against, not none', () => {
    const x = parseProtocol(doc(...kkHead, 'Ұсыныс дауысқа қойылды: 2 мүше жақтады, 3 мүше қарсы болды.', ''));
    expect(x.votes.map((v) => [v.for, v.against])).toEqual([[2, 3]]);
  });
});

describe('the members connected to a call, at a meeting held wholly online', () => {
  it('ru: "Заседание проведено полностью в дистанционном формате." / "К конференции подключились 11 членов Совета"', () => {
    const x = parseProtocol(doc(...head, 'Заседание проведено полностью в дистанционном формате.', '', 'Численный состав Совета – 15 человек.',
      'К конференции подключились 11 членов Совета (все – в режиме онлайн). Кворум имеется.', ''));
    expect([x.members_total, x.present, x.online]).toEqual([15, 11, 11]);
  });

  it('near-miss: a meeting in the room, "подключились 3 члена Совета": 3 online, those present not told', () => {
    const x = parseProtocol(doc(...head, 'Заседание проходит в зале акимата; к трансляции подключились 3 члена Совета.', ''));
    expect([x.present, x.online]).toEqual([null, 3]);
  });
});
