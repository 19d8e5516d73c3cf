/**
 * Protocol classes of session 27 (helper "protocols"), from the blind sets 68–69 and variants of my own, each in Russian and
 * Kazakh, with near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const HEAD = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n14 марта 2026 года\n\n';
const KK_HEAD = 'ОТЫРЫСТЫҢ № 3 ХАТТАМАСЫ\nҚоғамдық кеңес\n2026 жылғы 14 наурыз\n\n';
const counts = (text: string) => {
  const x = parseProtocol(text);
  return { members_total: x.members_total, present: x.present, online: x.online };
};

describe('the body\'s size told as so many "entering" it (set 69 minzdrav: "в Совет входят 17 человек")', () => {
  it('ru: "Согласно утверждённому составу в Совет входят 17 человек, …", and "в Общественный совет входит 15 членов"', () => {
    expect(counts(`${HEAD}Согласно утверждённому составу в Совет входят 17 человек, к видеоконференции подключились 13 членов Совета.\n`).members_total).toBe(17);
    expect(counts(`${HEAD}По списку в Общественный совет входит 15 членов. Присутствовали 12 членов Совета.\n`)).toMatchObject({ members_total: 15, present: 12 });
  });
  it('kk: "Кеңес құрамына 17 адам кіреді", "Кеңеске 15 мүше кіреді"', () => {
    expect(counts(`${KK_HEAD}Кеңес құрамына 17 адам кіреді. Отырысқа 14 мүше қатысты.\n`)).toMatchObject({ members_total: 17, present: 14 });
    expect(counts(`${KK_HEAD}Қоғамдық кеңеске 15 мүше кіреді, отырысқа 11 мүше қатысты.\n`)).toMatchObject({ members_total: 15, present: 11 });
  });
  it('near-miss: a working group\'s members are no council\'s size', () => {
    expect(counts(`${HEAD}В рабочую группу входят 5 человек. Присутствовали 12 членов Совета.\n`).members_total).toBeNull();
    expect(counts(`${KK_HEAD}Жұмыс тобының құрамына 5 адам кіреді. Отырысқа 11 мүше қатысты.\n`).members_total).toBeNull();
  });
});

describe('the form of taking part hyphenated to the means (set 68 Turksib: "из них в онлайн-формате (Zoom) – 2")', () => {
  it('ru: the sentence wrapped after "из", the program in brackets; and "в онлайн-режиме: 3"', () => {
    expect(counts(`${HEAD}На заседании присутствовали 13 членов, из\nних в онлайн-формате (Zoom) – 2. Кворум имеется.\n`)).toMatchObject({ present: 13, online: 2 });
    expect(counts(`${HEAD}Присутствовали 11 членов Совета, в том числе в онлайн-режиме: 3.\n`)).toMatchObject({ present: 11, online: 3 });
  });
  it('kk: "оның ішінде онлайн-форматта (Teams) – 4"', () => {
    expect(counts(`${KK_HEAD}Отырысқа 12 мүше қатысты, оның ішінде онлайн-форматта (Teams) – 4.\n`)).toMatchObject({ present: 12, online: 4 });
  });
  it('near-miss: a broadcast\'s viewers are no one online', () => {
    expect(counts(`${HEAD}Присутствовали 12 членов Совета. Просмотров онлайн-трансляции (YouTube) – 350.\n`).online).toBeNull();
  });
});

describe('the parts of those who came set out after the verb\'s colon, no dash (set 69 mtszn: "қатысты: 12-сі залда, 3-еуі онлайн режимде (Zoom)")', () => {
  it('kk: the room first, the online part wrapped onto the next line; the online part first', () => {
    expect(counts(`${KK_HEAD}Отырысқа 15 мүше қатысты: 12-сі залда, 3-еуі онлайн\nрежимде (Zoom). Кворум бар.\n`)).toMatchObject({ present: 15, online: 3 });
    expect(counts(`${KK_HEAD}Отырысқа 11 мүше келді: 2-еуі Zoom арқылы, 9-ы залда.\n`)).toMatchObject({ present: 11, online: 2 });
  });
  it('ru: "Присутствовали 14 членов: 11 очно, 3 по видеосвязи."', () => {
    expect(counts(`${HEAD}Присутствовали 14 членов Совета: 11 очно, 3 по видеосвязи.\n`)).toMatchObject({ present: 14, online: 3 });
  });
  it('near-miss: sittings held, not members taking part ("Проведено заседаний: 8 очно, 4 онлайн", "12 отырыс өтті: …")', () => {
    expect(counts(`${HEAD}Присутствовали 12 членов Совета.\nВ 2025 году проведено заседаний: 8 очно, 4 онлайн.\n`).online).toBeNull();
    expect(counts(`${KK_HEAD}Отырысқа 11 мүше қатысты.\n2025 жылы 12 отырыс өтті: 8-і залда, 4-еуі онлайн.\n`).online).toBeNull();
  });
});

describe('several labels on a line, each in Russian and Kazakh (set 69 mcr: "Участвуют / Қатысады – 12, из них по ВКС / оның ішінде ВКС арқылы – 4")', () => {
  it('ru / kk: the members by the list, those taking part and those online', () => {
    const text = `${HEAD}Членов ОС по списку / Тізім бойынша мүшелер – 15\nУчаствуют / Қатысады – 12, из них по ВКС / оның ішінде ВКС арқылы – 4\n`;
    expect(counts(text)).toEqual({ members_total: 15, present: 12, online: 4 });
  });
  it('kk / ru, the order of the halves turned: "Қатысқандар / Присутствовали – 10, оның ішінде онлайн / из них онлайн – 2"', () => {
    expect(counts(`${KK_HEAD}Қатысқандар / Присутствовали – 10, оның ішінде онлайн / из них онлайн – 2.\n`)).toMatchObject({ present: 10, online: 2 });
  });
  it('near-miss: two labels of one language over two values are no translation ("Очно / онлайн: 10 / 2" gives no members\' size)', () => {
    expect(counts(`${HEAD}Присутствовали / отсутствовали: 12 / 3\n`).members_total).toBeNull();
  });
});

describe('a list heading in Russian and in Kazakh, a slash between (set 69 mcr: "В зале / Залда:" / "По ВКС / ВКС арқылы:")', () => {
  const people = (text: string) => parseProtocol(text).attendees.map((a) => [a.name, a.online]);
  it('ru / kk: the room\'s list, then an online sub-heading over names indented as far as the room\'s', () => {
    const text = `${HEAD}В зале / Залда:\n  Оспанов Серик Маратович – председатель / төраға\n  Блинов Андрей Игоревич\n  Пак Светлана Вячеславовна\nПо ВКС / ВКС арқылы:\n  Габдуллин Руслан Ерикович (г. Алматы)\n  Нуркенов Марат Серикович (г. Актобе)\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`;
    expect(people(text)).toEqual([['Оспанов Серик Маратович', false], ['Блинов Андрей Игоревич', false], ['Пак Светлана Вячеславовна', false], ['Габдуллин Руслан Ерикович', true], ['Нуркенов Марат Серикович', true]]);
  });
  it('kk / ru, the halves turned: "Қатысқандар / Присутствовали:" over a numbered list', () => {
    const text = `${KK_HEAD}Қатысқандар / Присутствовали:\n1. Әбілова Гүлнар Қайратқызы\n2. Бекенов Серік Тұрсынұлы\n3. Исаева Лаура Рашидовна\n\nКҮН ТӘРТІБІ:\n1. Жоспар туралы.\n`;
    expect(people(text)).toEqual([['Әбілова Гүлнар Қайратқызы', false], ['Бекенов Серік Тұрсынұлы', false], ['Исаева Лаура Рашидовна', false]]);
  });
  it('near-miss: the invited under a bilingual heading are no attendees', () => {
    const text = `${HEAD}В зале / Залда:\n  Оспанов Серик Маратович\n  Блинов Андрей Игоревич\n\nПриглашённые / Шақырылғандар:\n  Ержанов Тимур Каримович\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`;
    expect(people(text)).toEqual([['Оспанов Серик Маратович', false], ['Блинов Андрей Игоревич', false]]);
  });
});

describe('a Zoom participants\' list lined up by spaces, the secretary\'s ФИО and status columns added (set 69 minzdrav)', () => {
  const zoom = (head: string, rows: string[], after: string) => `${HEAD}Заседание проведено исключительно в дистанционном формате. В Совет входят 9 человек, к видеоконференции подключились 4 члена Совета.\nСекретарь – Ким Г.Т., главный специалист (членом Совета не является).\n\nСписок участников видеоконференции\n\n${head}\n${rows.join('\n')}\n\n${after}`;
  it('ru: device names in the Zoom column, times with colons, a wrapped cell, guests and the secretary left out, all online', () => {
    const x = parseProtocol(zoom(
      ' №  Имя в Zoom          ФИО                            Статус         Вход    Выход',
      [
        ' 1  Galaxy A54          Бекова Сауле Жанатовна          член ОС        10:01   12:05',
        ' 2  Ким Г.              Ким Гульнар Тлеухановна         секретарь      09:40   12:10',
        ' 3  Kuanyshev_Erlan     Куанышев Ерлан Болатович        член ОС        10:00   12:05',
        ' 4  MZ RK Zal-4         Тулегенов Б.М. (Департамент     приглашённый   09:50   12:05',
        '                        лекарственной политики)',
        ' 5  Мусина А.           Мусина Алия Ерболовна           член ОС        10:03   12:05',
        '10  Утепова Р.          Утепова Раушан Ермековна        член ОС        09:59   12:05',
      ],
      'Не подключились:\n- Абдрахманов К.Е. – служебная командировка;\n- Ли С.В. – участвует в заседании бюджетной комиссии по поручению руководства;\n- Сейткали Б.А. – на связь не вышел, о причинах не сообщил.\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n',
    ));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Бекова Сауле Жанатовна', true], ['Куанышев Ерлан Болатович', true], ['Мусина Алия Ерболовна', true], ['Утепова Раушан Ермековна', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Абдрахманов К.Е.', true], ['Ли С.В.', true], ['Сейткали Б.А.', false]]);
    expect([x.members_total, x.present, x.online]).toEqual([9, 4, 4]);
  });
  it('kk variant: "Аты-жөні" and "Мәртебесі" columns, no Zoom column, "Қосылмағандар:"', () => {
    const text = `${KK_HEAD}Отырыс толығымен онлайн форматта өтті. Отырысқа 3 мүше қатысты.\n\nР/с   Аты-жөні                       Мәртебесі        Кірді\n1     Әбілова Гүлнар Қайратқызы      Кеңес мүшесі     15:01\n2     Бекенов Серік Тұрсынұлы        Кеңес мүшесі     15:03\n3     Сапаров Болат Кенжеұлы         шақырылған       15:00\n4     Исаева Лаура Рашидовна         Кеңес мүшесі     15:05\n\nҚосылмағандар:\n- Ғалымжанов Е.Б. (іссапар)\n\nКҮН ТӘРТІБІ:\n1. Жоспар туралы.\n`;
    const x = parseProtocol(text);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Әбілова Гүлнар Қайратқызы', true], ['Бекенов Серік Тұрсынұлы', true], ['Исаева Лаура Рашидовна', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Ғалымжанов Е.Б.', true]]);
  });
  it('near-miss: columns a piece runs across are no table; a person named apart as no member when two are named is left in', () => {
    const crooked = `${HEAD}Присутствовали 2 члена Совета.\n\n№  ФИО   Статус   Вход\n1  Бекова Сауле Жанатовна член ОС 10:01\n2  Куанышев Ерлан Болатович член ОС 10:00\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`;
    expect(parseProtocol(crooked).attendees).toEqual([]);
    const two = `${HEAD}Присутствовали:\n1. Бекова С.Ж.\n2. Ким Г.Т.\nСекретарь – Ким Г.Т., консультант – Ли А.А. (членами Совета не являются).\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`;
    expect(parseProtocol(two).attendees.map((a) => a.name)).toEqual(['Бекова С.Ж.', 'Ким Г.Т.']);
  });
  it('near-miss: those present not all online keep their marks ("из них онлайн – 1")', () => {
    const text = `${HEAD}Присутствовали 3 члена Совета, из них онлайн – 1.\n\nПрисутствовали:\n1. Бекова С.Ж.\n2. Ким Г.Т.\n3. Ли А.А. (онлайн)\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`;
    expect(parseProtocol(text).attendees.map((a) => a.online)).toEqual([false, false, true]);
  });
});

describe('a two-level numbered list: its items groups, their sub-items the people (set 68 Turksib: "1. Руководство Совета" / "1.1. …")', () => {
  const people = (text: string) => parseProtocol(text).attendees.map((a) => [a.name, a.online]);
  it('ru: groups by commission, sub-items with roles, two marked online', () => {
    const text = `${HEAD}Присутствовали:\n1. Руководство Совета\n   1.1. Жаксылыков Ерболат Маратович – председатель Совета;\n   1.2. Миронова Ольга Викторовна – секретарь Совета (онлайн).\n2. Комиссия по социальным вопросам\n   2.1. Гаврилюк Павел Андреевич – член комиссии;\n   2.2. Ким Алла Вениаминовна – член комиссии (онлайн).\n\nОтсутствовали:\n   - Лукина Е.А. – отпуск.\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`;
    expect(people(text)).toEqual([['Жаксылыков Ерболат Маратович', false], ['Миронова Ольга Викторовна', true], ['Гаврилюк Павел Андреевич', false], ['Ким Алла Вениаминовна', true]]);
  });
  it('kk: "1) Кеңес басшылығы" / "1.1) …", the sub-items marked with a bracket, not indented', () => {
    const text = `${KK_HEAD}Қатысқандар:\n1) Кеңес басшылығы\n1.1) Әбілова Гүлнар Қайратқызы – төраға\n1.2) Бекенов Серік Тұрсынұлы – хатшы\n2) Әлеуметтік мәселелер жөніндегі комиссия\n2.1) Исаева Лаура Рашидовна\n2.2) Омарова Сәуле Қайратқызы (Zoom)\n\nКҮН ТӘРТІБІ:\n1. Жоспар туралы.\n`;
    expect(people(text)).toEqual([['Әбілова Гүлнар Қайратқызы', false], ['Бекенов Серік Тұрсынұлы', false], ['Исаева Лаура Рашидовна', false], ['Омарова Сәуле Қайратқызы', true]]);
  });
  it('near-miss: an item followed by the next item (no sub-item of its own) is a person', () => {
    const text = `${HEAD}Присутствовали:\n1. Жаксылыков Е.М.\n2. Миронова О.В.\n3. Гаврилюк П.А.\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n1.1. О сроках.\n`;
    expect(people(text)).toEqual([['Жаксылыков Е.М.', false], ['Миронова О.В.', false], ['Гаврилюк П.А.', false]]);
  });
});

describe('an agenda whose numbers the copy lost, as many lines as the discussion\'s numbered sections (set 69 azrk, a .docx)', () => {
  const agenda = (text: string) => parseProtocol(text).agenda.map((a) => a.title);
  it('ru: five titles, the discussion "1. СЛУШАЛИ:" … "5. Разное." with a decision\'s own points between', () => {
    const text = `${HEAD}Присутствовали 11 членов Совета.\nПОВЕСТКА ДНЯ:\nОб итогах работы за 2025 год.\nО проекте приказа о методике.\nО плане мониторинга.\nОб утверждении плана на 2026 год.\nРазное.\n1. СЛУШАЛИ: Касымова Н.Е.\nРЕШИЛИ:\n1. Информацию принять к сведению.\n2. Рекомендовать опубликовать обзор.\n2. СЛУШАЛИ: Ахмедиева Р.С.\n3. СЛУШАЛИ: Искакову М.О.\n4. СЛУШАЛИ: Байжанова Е.М.\n5. Разное. Обсуждён порядок ротации.\n`;
    expect(agenda(text)).toEqual(['Об итогах работы за 2025 год.', 'О проекте приказа о методике.', 'О плане мониторинга.', 'Об утверждении плана на 2026 год.', 'Разное.']);
  });
  it('kk: "КҮН ТӘРТІБІ:" over titles ending in "туралы", the discussion "1. ТЫҢДАЛДЫ:"', () => {
    const text = `${KK_HEAD}Отырысқа 11 мүше қатысты.\n\nКҮН ТӘРТІБІ:\n\nЖұмыспен қамту туралы.\nКеңестің 2025 жылғы есебі туралы.\nӘртүрлі.\n\n1. ТЫҢДАЛДЫ: Сапаров Б.К.\nШЕШІМ: назарға алынсын.\n2. ТЫҢДАЛДЫ: Әбілова Г.Қ.\n3. Әртүрлі.\n`;
    expect(agenda(text)).toEqual(['Жұмыспен қамту туралы.', 'Кеңестің 2025 жылғы есебі туралы.', 'Әртүрлі.']);
  });
  it('near-miss: lines not as many as the sections, or a discussion not numbered from a section, give no agenda', () => {
    const fewer = `${HEAD}ПОВЕСТКА ДНЯ:\nОб итогах работы за 2025 год.\nО плане на 2026 год.\n1. СЛУШАЛИ: Касымова Н.Е.\n2. СЛУШАЛИ: Ахмедиева Р.С.\n3. СЛУШАЛИ: Искакову М.О.\n`;
    expect(parseProtocol(fewer).agenda_listed).toBe(false);
    const noSections = `${HEAD}ПОВЕСТКА ДНЯ:\nОб итогах работы за 2025 год.\nО плане на 2026 год.\n\nРЕШИЛИ:\n1. Информацию принять к сведению.\n2. План утвердить.\n`;
    expect(parseProtocol(noSections).agenda_listed).toBe(false);
  });
});

describe('the one word for all as a line\'s first sentence, the result in a long sentence after it (set 69 mcr: "Бірауыздан / Единогласно. Кенесова А.Т. избрана …")', () => {
  const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.unanimous, v.declared]);
  it('ru: "Единогласно. План работы утверждён с учётом …" longer than a short line', () => {
    expect(votes(`${HEAD}ПОВЕСТКА ДНЯ:\n1. О плане.\n\n1. СЛУШАЛИ: Иванова И.И. о плане.\nЕдиногласно. План работы утверждён с учётом замечаний членов комиссии по социальным вопросам.\n`)).toEqual([[true, 'adopted']]);
  });
  it('kk: "Бірауыздан. Жоспар … бекітілді.", and both languages with the slash', () => {
    expect(votes(`${KK_HEAD}КҮН ТӘРТІБІ:\n1. Жоспар туралы.\n\n1. ТЫҢДАЛДЫ: Әбілова Г.Қ.\nБірауыздан. Кеңестің жұмыс жоспары комиссиялардың ескертулерін ескере отырып бекітілді.\n`)).toEqual([[true, 'adopted']]);
    expect(votes(`${KK_HEAD}КҮН ТӘРТІБІ:\n1. Хатшыны сайлау туралы.\n\n1. Кенесова А.Т. кандидатурасы ұсынылды.\nБірауыздан / Единогласно. Кенесова А.Т. Кеңес хатшысы болып сайланды.\n`)).toEqual([[true, 'adopted']]);
  });
  it('near-miss: "Единогласное мнение членов Совета: …" is no vote', () => {
    expect(votes(`${HEAD}ПОВЕСТКА ДНЯ:\n1. О плане.\n\n1. СЛУШАЛИ: Иванова И.И. о плане и о сроках его исполнения.\nЕдиногласное мнение членов Совета: рекомендовать отделу доработать план до 1 мая.\n`)).toEqual([]);
  });
});

describe('labels and values in halves, a slash between, each label\'s value the one in its place ("Очно / онлайн: 10 / 2")', () => {
  it('ru: in the room and online, in the room, online and absent', () => {
    expect(counts(`${HEAD}Присутствовали 12 членов Совета.\nОчно / онлайн: 10 / 2\n`)).toMatchObject({ present: 12, online: 2 });
    expect(counts(`${HEAD}Присутствовали 11 членов Совета.\nВ зале / по видеосвязи / отсутствовали – 9 / 2 / 3\n`)).toMatchObject({ present: 11, online: 2 });
  });
  it('kk: "Қатысқандар / оның ішінде онлайн: 12 / 2"', () => {
    expect(counts(`${KK_HEAD}Қатысқандар / оның ішінде онлайн: 12 / 2\n`)).toMatchObject({ present: 12, online: 2 });
  });
  it('near-miss: the first value is never the last label\'s; a label translated over two values, a vote\'s labels: nothing', () => {
    expect(counts(`${HEAD}Очно / онлайн: 10 / 2\n`).online).not.toBe(10);
    expect(counts(`${KK_HEAD}Кеңес мүшелері / Члены совета – 11 / 10\n`).members_total).not.toBe(11);
    expect(counts(`${HEAD}За / против / воздержались: 10 / 0 / 1\n`)).toEqual({ members_total: null, present: null, online: null });
  });
});
