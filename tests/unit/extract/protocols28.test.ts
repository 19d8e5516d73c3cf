/**
 * Protocol classes of session 28 (helper "protocols"), from the blind sets 70–74 and variants of my own, each in Russian and
 * Kazakh where the construct has both, with near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const HEAD = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n14 марта 2026 года\n\n';
const KK_HEAD = 'ОТЫРЫСТЫҢ № 3 ХАТТАМАСЫ\nҚоғамдық кеңес\n2026 жылғы 14 наурыз\n\n';
const counts = (text: string) => {
  const x = parseProtocol(text);
  return { members_total: x.members_total, present: x.present, online: x.online };
};

describe('the verb of taking part first, then the meeting, then the members (set 72 zko-police: "Участвуют в заседании 10 членов Совета")', () => {
  it('ru: "Участвуют в заседании 10 членов Совета (двое – по ВКС)", "Приняли участие в заседании Общественного совета 14 членов", "Присутствуют на заседании 9 членов комиссии"', () => {
    expect(counts(`${HEAD}Численный состав Совета – 13 человек. Участвуют в заседании 10 членов Совета (двое – по ВКС).\n`)).toEqual({ members_total: 13, present: 10, online: 2 });
    expect(counts(`${HEAD}Приняли участие в заседании Общественного совета 14 членов, из них 3 онлайн.\n`)).toMatchObject({ present: 14, online: 3 });
    expect(counts(`${HEAD}Присутствуют на заседании 9 членов комиссии.\n`).present).toBe(9);
  });
  it('near-miss: a working group\'s members, representatives who are no members, and the negated verb give no count present', () => {
    expect(counts(`${HEAD}Участвуют в заседании 5 членов рабочей группы.\n`).present).toBeNull();
    expect(counts(`${HEAD}Приняли участие в заседании 3 представителя НПО.\n`).present).toBeNull();
    expect(counts(`${HEAD}Не участвуют в заседании 3 члена Совета.\n`).present).toBeNull();
  });
});

describe('the body\'s members in the locative, those at the meeting after a dash (set 72 aktobe-police: "Кеңесте 15 мүше бар, отырыста – 11 (2-еуі онлайн режимде)")', () => {
  it('kk: "Кеңесте 15 мүше бар, отырыста – 11 (…)", "Комиссияда 7 мүше бар. Отырыста – 6."', () => {
    expect(counts(`${KK_HEAD}Кеңесте 15 мүше бар, отырыста – 11 (2-еуі онлайн режимде).\n`)).toEqual({ members_total: 15, present: 11, online: 2 });
    expect(counts(`${KK_HEAD}Комиссияда 7 мүше бар. Отырыста – 6.\n`)).toMatchObject({ members_total: 7, present: 6 });
  });
  it('ru: "В Совете 15 членов, на заседании – 11 (двое по видеосвязи)."', () => {
    expect(counts(`${HEAD}В Совете 15 членов, на заседании – 11 (двое по видеосвязи).\n`)).toEqual({ members_total: 15, present: 11, online: 2 });
  });
  it('near-miss: a working group\'s members, the questions of a meeting, another meeting', () => {
    expect(counts(`${KK_HEAD}Жұмыс тобында 5 мүше бар. Отырысқа 11 мүше қатысты.\n`)).toMatchObject({ members_total: null, present: 11 });
    expect(counts(`${KK_HEAD}Отырыста – 3 мәселе қаралды.\n`).present).toBeNull();
    expect(counts(`${HEAD}На заседании – 2 (два) вопроса.\n`).present).toBeNull();
    expect(counts(`${HEAD}На прошлом заседании – 12.\n`).present).toBeNull();
  });
});

describe('the whole told as "мүшелердің жалпы саны" (set 74 baidibek: "Кеңес құрамындағы мүшелердің жалпы саны – он бір")', () => {
  it('kk: after those present on the same line, and on its own with a colon', () => {
    expect(counts(`${KK_HEAD}Қатысқандар: тоғыз мүше (оның ішінде біреуі онлайн), Кеңес құрамындағы мүшелердің жалпы саны – он бір.\n`)).toEqual({ members_total: 11, present: 9, online: 1 });
    expect(counts(`${KK_HEAD}Кеңестегі мүшелердің жалпы саны: 13. Отырысқа 10 мүше қатысты.\n`)).toMatchObject({ members_total: 13, present: 10 });
  });
  it('near-miss: the number of those who took part is no whole', () => {
    expect(counts(`${KK_HEAD}Отырысқа қатысқан мүшелердің саны – 9.\n`)).toMatchObject({ members_total: null, present: 9 });
  });
});

describe('the verb of taking part as a label opening its line (set 70 kurmangazy: "Қатысты: 12 (оның ішінде 2 мүше бейнебайланыс арқылы)")', () => {
  it('kk: "Қатысты: 12 (…)", "Келді – 9, оның ішінде онлайн – 1."', () => {
    expect(counts(`${KK_HEAD}Кеңес мүшелерінің жалпы саны: 15\nҚатысты: 12 (оның ішінде 2 мүше бейнебайланыс арқылы)\n`)).toEqual({ members_total: 15, present: 12, online: 2 });
    expect(counts(`${KK_HEAD}Келді – 9, оның ішінде онлайн – 1.\n`)).toMatchObject({ present: 9, online: 1 });
  });
  it('near-miss: people, who may be guests, are no count of members present', () => {
    expect(counts(`${KK_HEAD}Қатысты: 20 адам (оның ішінде 8 шақырылған).\n`).present).toBeNull();
  });
});

describe('those online in a clause joined by a conjunction to those in the room (set 70 beineu: "в зале одиннадцать человек и ещё двое подключились по видеосвязи")', () => {
  it('ru: "… и ещё двое подключились по видеосвязи …", "…, а трое участвовали через Zoom."', () => {
    expect(counts(`${HEAD}Из 17 членов Совета сегодня в зале одиннадцать человек и ещё двое подключились по видеосвязи – итого присутствуют тринадцать.\n`)).toEqual({ members_total: 17, present: 13, online: 2 });
    expect(counts(`${HEAD}Присутствуют 12 членов Совета: в зале девять, а трое участвовали через Zoom.\n`)).toMatchObject({ present: 12, online: 3 });
  });
  it('kk: "…, ал екеуі Zoom арқылы қосылды", "тағы біреуі онлайн қатысты"', () => {
    expect(counts(`${KK_HEAD}Залда он бір мүше отыр, ал екеуі Zoom арқылы қосылды; барлығы 13 мүше қатысты.\n`)).toMatchObject({ present: 13, online: 2 });
    expect(counts(`${KK_HEAD}Отырысқа 10 мүше қатысты: залда тоғызы, тағы біреуі онлайн қатысты.\n`)).toMatchObject({ present: 10, online: 1 });
  });
  it('near-miss: representatives who joined are no members online', () => {
    expect(counts(`${HEAD}Присутствуют 12 членов Совета, и ещё 2 представителя подключились по видеосвязи.\n`).online).toBeNull();
  });
});

describe('the bracket of those online after the present tense of taking part (set 71 akkayin: "13 мушесинен 10-ы катысуда (1-еуи ZOOM аркылы)")', () => {
  it('kk: "…10-ы қатысуда (1-еуі ZOOM арқылы)", typed without Kazakh letters too', () => {
    expect(counts(`${KK_HEAD}Кеңестің 13 мүшесінен 10-ы қатысуда (1-еуі ZOOM арқылы). Кворум бар.\n`)).toEqual({ members_total: 13, present: 10, online: 1 });
    expect(counts(`${KK_HEAD}Кенестин 13 мушесинен 10-ы катысуда (1-еуи ZOOM аркылы). Кворум бар.\n`)).toMatchObject({ present: 10, online: 1 });
  });
  it('ru: "присутствуют 12 членов (двое онлайн)"', () => {
    expect(counts(`${HEAD}На заседании присутствуют 12 членов Совета (двое онлайн).\n`)).toMatchObject({ present: 12, online: 2 });
  });
  it('near-miss: a broadcast\'s viewers in the bracket are no one online', () => {
    expect(counts(`${HEAD}На заседании присутствуют 12 членов Совета (350 просмотров онлайн-трансляции).\n`).online).toBeNull();
  });
});

const roll = (text: string) => {
  const x = parseProtocol(text);
  return {
    attendees: x.attendees_listed === false ? null : x.attendees.length,
    online: x.attendees_listed === false ? null : x.attendees.filter((a) => a.online).length,
    absentees: x.absentees_listed === false ? null : x.absentees.map((a) => `${a.name}:${a.excused}`),
  };
};

describe('a table\'s header repeated after a page break (set 73 tekeli: "№ | Аты-жөні | Қатысуы" again after row 6)', () => {
  it('kk: tabs, the header again between the rows', () => {
    const text = `${KK_HEAD}Кеңес мүшелерінің тіркеу парағы:\n\n№\tАты-жөні\tҚатысуы\n1\tМұқашев Б.Е.\tқатысты\n2\tЖақсылықова А.С.\tбейнебайланыс арқылы\n№\tАты-жөні\tҚатысуы\n3\tЕрғалиев Т.М.\tқатысты\n4\tОмаров Е.А.\tқатыспады, себебі белгісіз\n\nКҮН ТӘРТІБІ:\n1. Есеп туралы.\n`;
    expect(roll(text)).toEqual({ attendees: 3, online: 1, absentees: ['Омаров Е.А.:false'] });
  });
  it('ru: a pipe table, the header again', () => {
    const text = `${HEAD}Лист регистрации:\n| № | ФИО | Участие |\n| 1 | Иванов И.И. | очно |\n| 2 | Петров П.П. | онлайн |\n| № | ФИО | Участие |\n| 3 | Сидоров С.С. | отсутствует (отпуск) |\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(roll(text)).toEqual({ attendees: 2, online: 1, absentees: ['Сидоров С.С.:true'] });
  });
  it('near-miss: the guests\' table titled below the members\' is still no list of members', () => {
    const text = `${HEAD}Лист регистрации:\n| № | ФИО | Участие |\n| 1 | Иванов И.И. | очно |\n| 2 | Петров П.П. | очно |\n\nСПИСОК ПРИГЛАШЕННЫХ\n| № | ФИО | Должность |\n| 1 | Кузнецов К.К. | аким |\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(roll(text).attendees).toBe(2);
  });
});

describe('a participation cell wrapped onto the next row (set 71 akkayin: "баласынын сыркатына байланысты" / "| | | катыспады")', () => {
  it('kk: the place, then "іссапарда, қатыспады" on the continuation row', () => {
    const text = `${KK_HEAD}Тіркеу парағы:\n№ | Аты-жөні | Лауазымы | Қатысуы\n1 | Сапарғалиев Н.Б. | төраға | қатысты\n2 | Ғабдуллин С.А. | мүше | Астана қаласында\n  |  |  | іссапарда, қатыспады\n3 | Бойко В.И. | мүше | қатысты\n\nКҮН ТӘРТІБІ:\n1. Есеп туралы.\n`;
    expect(roll(text)).toEqual({ attendees: 2, online: 0, absentees: ['Ғабдуллин С.А.:true'] });
  });
  it('ru: "в связи с" / "болезнью отсутствовал"', () => {
    const text = `${HEAD}Лист регистрации:\n№ | ФИО | Должность | Участие\n1 | Иванов И.И. | председатель | очно\n2 | Петров П.П. | член Совета | в связи с\n  |  |  | болезнью отсутствовал\n3 | Сидоров С.С. | член Совета | онлайн\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(roll(text)).toEqual({ attendees: 2, online: 1, absentees: ['Петров П.П.:true'] });
  });
  it('near-miss: a cell not understood even with its continuation leaves the table\'s counts unstated', () => {
    const text = `${HEAD}Лист регистрации:\n№ | ФИО | Должность | Участие\n1 | Иванов И.И. | председатель | очно\n2 | Петров П.П. | член Совета | по графику\n  |  |  | второй смены\n3 | Сидоров С.С. | член Совета | онлайн\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(roll(text).attendees).toBeNull();
  });
});

describe('a table of the absent titled without a colon, no participation column (set 70 munaily: "Отырысқа қатыспаған мүшелер" / "№ | Аты-жөні | Себебі")', () => {
  it('kk: a cell a line, as Word exports it', () => {
    const text = `${KK_HEAD}Кеңестің бекітілген құрамы – 15 мүше.\nОтырысқа қатысқаны – 13 мүше.\nОтырысқа қатыспаған мүшелер\n\t№\n\tАты-жөні\n\tСебебі\n\t1\n\tНұрланов Бауыржан Серікұлы\n\tіссапарда (Астана қ.)\n\t2\n\tТұрсынбаев Арман Асқарұлы\n\tсебебін хабарламады\n\nКҮН ТӘРТІБІ:\n1. Есеп туралы.\n`;
    expect(roll(text).absentees).toEqual(['Нұрланов Бауыржан Серікұлы:true', 'Тұрсынбаев Арман Асқарұлы:false']);
  });
  it('ru: tabs, "Отсутствующие члены Совета" over "№ | ФИО | Причина"', () => {
    const text = `${HEAD}Состав Совета – 15 человек. Присутствовали 13 членов Совета.\nОтсутствующие члены Совета\n№\tФИО\tПричина\n1\tИванов Иван Иванович\tкомандировка\n2\tПетрова Анна Сергеевна\tбез уважительной причины\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(roll(text).absentees).toEqual(['Иванов Иван Иванович:true', 'Петрова Анна Сергеевна:false']);
  });
  it('near-miss: under such a title, a table with its own participation column places each row by it', () => {
    const text = `${HEAD}Отсутствующие и присутствующие члены Совета\n№\tФИО\tУчастие\n1\tИванов Иван Иванович\tочно\n2\tПетрова Анна Сергеевна\tотсутствует (отпуск)\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(roll(text)).toMatchObject({ attendees: 1, absentees: ['Петрова Анна Сергеевна:true'] });
  });
});

describe('"unknown" alone as the reason (set 70 isatai: "–  белгісіз / неизвестно" in the participation cell)', () => {
  it('kk / ru: a dash and the bilingual word in the cell, and "неизвестно" after a name in a list', () => {
    const table = `${KK_HEAD}Тіркеу парағы / Лист регистрации:\n| № | Т.А.Ә. / ФИО | Қатысуы / Участие |\n| 1 | Мұхамбетов Ғабит Жұмабайұлы | + |\n| 2 | Сәрсенбаев Қуаныш Ерікұлы | –  белгісіз / неизвестно |\n\nКүн тәртібі / Повестка дня:\n1. Есеп туралы.\n`;
    expect(roll(table)).toEqual({ attendees: 1, online: 0, absentees: ['Сәрсенбаев Қуаныш Ерікұлы:false'] });
    expect(roll(`${HEAD}Присутствовали:\n1. Иванов И.И.\nОтсутствовали:\n1. Петров П.П. – неизвестно\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`).absentees).toEqual(['Петров П.П.:false']);
  });
  it('near-miss: "белгісіз" alone in the participation cell is the participation unknown — the table\'s counts unstated', () => {
    expect(roll(`${KK_HEAD}Тіркеу парағы:\n№\tАты-жөні\tҚатысуы\n1\tАхметов Б.С.\tқатысты\n2\tБекова А.М.\tбелгісіз\n\nКҮН ТӘРТІБІ:\n1. Есеп.\n`).attendees).toBeNull();
  });
  it('near-miss: "неизвестно" in a longer reason that names one is that reason\'s', () => {
    expect(roll(`${HEAD}Присутствовали:\n1. Иванов И.И.\nОтсутствовали:\n1. Петров П.П. – в командировке, неизвестно когда вернётся\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`).absentees).toEqual(['Петров П.П.:true']);
  });
});

describe('the dash typed with no space after the initials (set 71 taiynsha: "-Ермекова С.Т.-ауырып калды")', () => {
  it('kk (typed without Kazakh letters) and ru: the name ends at the initials, the reason after the dash', () => {
    expect(roll(`${KK_HEAD}Катыскан мушелер:\n1.Жаксыбеков Даурен Нурланулы\nКатыспагандар:\n-Ермекова С.Т.-ауырып калды\n-Нургалиев К.Б.-себебi белгiсiз\n\nКУН ТАРТIБI:\n1.Есеп туралы.\n`).absentees).toEqual(['Ермекова С.Т.:true', 'Нургалиев К.Б.:false']);
    expect(roll(`${HEAD}Присутствовали:\n1. Иванов И.И.\nОтсутствовали:\n- Петров П.П.–болеет\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`).absentees).toEqual(['Петров П.П.:true']);
  });
  it('near-miss: a case ending hyphenated to the initials is no dash', async () => {
    const { splitPerson } = await import('../../../sources/extract/protocol/splitPerson.ts');
    expect(splitPerson('Рахимова Д.С.-дан басқа')?.name).not.toBe('Рахимова Д.С.');
  });
});

describe('illness as "сырқат" (set 71 akkayin: "баласынын сыркатына байланысты")', () => {
  it('kk: "сырқаттанып қалды", "баласының сырқатына байланысты" are excused', () => {
    expect(roll(`${KK_HEAD}Қатысқандар:\n1. Сейтов А.Б.\nҚатыспағандар:\n1. Омаров Е.А. – сырқаттанып қалды\n2. Ахметова Г.Т. – баласының сырқатына байланысты\n\nКҮН ТӘРТІБІ:\n1. Есеп туралы.\n`).absentees).toEqual(['Омаров Е.А.:true', 'Ахметова Г.Т.:true']);
  });
  it('near-miss: not telling of it is unexcused', () => {
    expect(roll(`${KK_HEAD}Қатысқандар:\n1. Сейтов А.Б.\nҚатыспағандар:\n1. Омаров Е.А. – сырқаттанғанын хабарламады\n\nКҮН ТӘРТІБІ:\n1. Есеп туралы.\n`).absentees).toEqual(['Омаров Е.А.:false']);
  });
});

const votes = (text: string) => parseProtocol(text).votes.map((v) => ({ for: v.for, against: v.against, abstain: v.abstain, declared: v.declared }));

describe('the particle "де" after the count of those for (set 74 baidibek: "тоғыз мүше де жақтап дауыс берді")', () => {
  it('kk: "тоғыз мүше де жақтап дауыс берді", "Он екі мүше де қолдады", "бесеуі де жақтады"', () => {
    expect(votes(`${KK_HEAD}Күн тәртібіне қатысты қарсы немесе қалыс қалған жоқ, тоғыз мүше де жақтап дауыс берді. Күн тәртібі бекітілді.\n`)[0]).toEqual({ for: 9, against: 0, abstain: 0, declared: 'adopted' });
    expect(votes(`${KK_HEAD}Дауыс беру: он екі мүше де қолдады, қарсы және қалыс жоқ. Шешім қабылданды.\n`)[0]).toEqual({ for: 12, against: 0, abstain: 0, declared: 'adopted' });
    expect(votes(`${KK_HEAD}Дауыс беру: бесеуі де жақтады, біреуі қарсы, қалыс жоқ. Шешім қабылданды.\n`)[0]).toMatchObject({ for: 5, against: 1, abstain: 0 });
  });
  it('near-miss: "тоғыз мүше де қатысты" (all nine took part) is no vote', () => {
    expect(votes(`${KK_HEAD}Отырысқа тоғыз мүше де қатысты.\n`)).toEqual([]);
  });
});

describe('"он" (ten) after a Kazakh label on a short line (set 74 syrdariya: "«Жақтап» – он" / "«Қарсы» – екі" / "«Қалыс» – бір")', () => {
  it('kk: a stacked block of quoted labels, and one line "Жақтап – он; қарсы – екі"', () => {
    expect(votes(`${KK_HEAD}ДАУЫС БЕРУ:\n«Жақтап» – он\n«Қарсы» – екі\n«Қалыс» – бір\nШешім қабылданды.\n`)[0]).toEqual({ for: 10, against: 2, abstain: 1, declared: 'adopted' });
    expect(votes(`${KK_HEAD}Дауыс беру / Голосование:\nЖақтап – он\nҚарсы – жоқ\nҚалыс – жоқ\nШешім қабылданды.\n`)[0]).toMatchObject({ for: 10, against: 0, abstain: 0 });
  });
  it('near-miss: "он" after a Russian label is the pronoun, and "он бес" is fifteen', () => {
    expect(votes(`${HEAD}Голосовали: за – он предложил перенести вопрос.\n`).some((v) => v.for === 10)).toBe(false);
    expect(votes(`${KK_HEAD}Дауыс беру: жақтап – он бес, қарсы – жоқ, қалыс – жоқ. Шешім қабылданды.\n`)[0]).toMatchObject({ for: 15 });
  });
});

describe('the result in one clause right before the legend of the counts (set 72 karaganda-ecology: "Повестка утверждена (за/против/воздержались) – 12/0/0.")', () => {
  it('ru: the legend in brackets after the result; after ", голосовали"', () => {
    expect(votes(`${HEAD}Повестка утверждена (за/против/воздержались) – 12/0/0.\n`)[0]).toEqual({ for: 12, against: 0, abstain: 0, declared: 'adopted' });
    expect(votes(`${HEAD}Предложение не принято, голосовали за/против/воздерж.: 4/6/1.\n`)[0]).toEqual({ for: 4, against: 6, abstain: 1, declared: 'rejected' });
  });
  it('kk: "Күн тәртібі бекітілді (жақтап/қарсы/қалыс) – 11/0/0", "Ұсыныс қабылданбады, дауыс беру (жақтап/қарсы/қалыс): 3/6/1"', () => {
    expect(votes(`${KK_HEAD}Күн тәртібі бекітілді (жақтап/қарсы/қалыс) – 11/0/0.\n`)[0]).toMatchObject({ for: 11, declared: 'adopted' });
    expect(votes(`${KK_HEAD}Ұсыныс қабылданбады, дауыс беру (жақтап/қарсы/қалыс): 3/6/1.\n`)[0]).toMatchObject({ for: 3, declared: 'rejected' });
  });
  it('near-miss: the motion before the legend ("Утвердить план", "Принять к сведению") declares no result', () => {
    expect(votes(`${HEAD}Утвердить план (за/против/возд.): 5/6/1.\n`)[0]).toMatchObject({ for: 5, declared: null });
    expect(votes(`${HEAD}Принять к сведению (за/против/возд.): 9/0/0.\n`)[0]).toMatchObject({ for: 9, declared: null });
  });
});

describe('the decision\'s heading declaring the result on the line above the counts (set 74 shu: "РЕШИЛИ: решение принято – направить …" / "Итоги голосования: …")', () => {
  it('ru and kk', () => {
    expect(votes(`${HEAD}2. СЛУШАЛИ: Тулегенова А.М. – о мониторинге.\nРЕШИЛИ: решение принято – направить рекомендации в отдел образования.\nИтоги голосования: за – десять, против – один, воздержался – один.\n`)[0]).toEqual({ for: 10, against: 1, abstain: 1, declared: 'adopted' });
    expect(votes(`${KK_HEAD}2. ТЫҢДАЛДЫ: Оспанов Е.Ж. – мониторинг туралы.\nШЕШІМ: шешім қабылданбады – ұсыныс келесі отырысқа қалдырылсын.\nДауыс беру: жақтап – 4, қарсы – 6, қалыс – 1.\n`)[0]).toMatchObject({ for: 4, declared: 'rejected' });
  });
  it('near-miss: a motion under the heading declares nothing; a vote right above the heading may own its result', () => {
    expect(votes(`${HEAD}2. СЛУШАЛИ: Тулегенова А.М. – о мониторинге.\nРЕШИЛИ: принять решение о направлении рекомендаций.\nГолосовали: за – 10, против – 1, воздержались – 1.\n`)[0].declared).toBeNull();
    const twice = votes(`${HEAD}1. СЛУШАЛИ: Иванов И.И. – отчёт.\nГолосовали: за – 9, против – 0, воздержались – 0.\nРЕШИЛИ: решение принято – отчёт принять.\nГолосовали: за – 8, против – 1, воздержались – 0.\n`);
    expect(twice[1].declared).toBeNull();
  });
});

describe('the absent counted and named after a colon inside a paragraph, not at a line\'s start (set 70 beineu: "… Кворум есть, заседание правомочно. Отсутствуют четверо: Кадырбеков Н.Т. – …")', () => {
  it('ru: in the chair\'s turn of a word-for-word record', () => {
    const text = `${HEAD}ЖАНИБЕКОВ С.А. (председатель): Добрый день, коллеги. Из 15 членов Совета присутствуют тринадцать. Кворум есть. Отсутствуют двое: Иванов И.И. – в служебной командировке, Петров П.П. – причину не сообщил.\nПовестка у всех на руках.\n`;
    expect(roll(text).absentees).toEqual(['Иванов И.И.:true', 'Петров П.П.:false']);
  });
  it('kk: "… Екі мүше қатыспады: Омаров Е.А. – іссапарда, Ахметова Г.Т. – себебін хабарламады."', () => {
    const text = `${KK_HEAD}Төраға Сейілов Қ.Ж. отырысты ашып, кворум бар екенін айтты. Екі мүше қатыспады: Омаров Е.А. – іссапарда, Ахметова Г.Т. – себебін хабарламады.\n\nКҮН ТӘРТІБІ:\n1. Есеп туралы.\n`;
    expect(roll(text).absentees).toEqual(['Омаров Е.А.:true', 'Ахметова Г.Т.:false']);
  });
  it('near-miss: a count the names do not make is read as no list', () => {
    const text = `${HEAD}ЖАНИБЕКОВ С.А. (председатель): Добрый день. Кворум есть. Отсутствуют трое: Иванов И.И. – в командировке, Петров П.П. – болеет.\nПовестка у всех на руках.\n`;
    expect(roll(text).absentees ?? []).toEqual([]);
  });
});

describe('those present grouped on their lines under a label (set 70 kurmangazy: "Ганюшкино ауылы: Сейілов Қ.Ж. (төраға); Байменова Ж.Т.;")', () => {
  it('kk: by village, the last group online', () => {
    const text = `${KK_HEAD}Қатысқан кеңес мүшелері (елді мекендері бойынша):\nГанюшкино ауылы: Сейілов Қ.Ж. (төраға); Байменова Ж.Т.;\nАзғыр ауылы: Тасқалиев Е.М.;\nбейнебайланыс арқылы: Уәлиев Т.А. (Орлы ауылы); Мұқашева Л.Ж.\n\nҚатыспағандар:\n- Ерғалиев С.Н. – іссапарда.\n\nКҮН ТӘРТІБІ:\n1. Есеп туралы.\n`;
    expect(roll(text)).toEqual({ attendees: 5, online: 2, absentees: ['Ерғалиев С.Н.:true'] });
  });
  it('ru: by commission, names after a comma', () => {
    const text = `${HEAD}Присутствовали члены Совета:\nКомиссия по социальным вопросам: Иванов И.И., Петров П.П.;\nКомиссия по экономике: Сидоров С.С.\n\nОтсутствовали:\nКузнецов К.К. – отпуск.\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(roll(text)).toEqual({ attendees: 3, online: 0, absentees: ['Кузнецов К.К.:true'] });
  });
  it('near-miss: a role\'s label inside the list is no group of members', () => {
    const text = `${HEAD}Присутствовали члены Совета:\nКомиссия по экономике: Иванов И.И., Петров П.П.;\nСекретарь: Ниязова А.Р.\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(parseProtocol(text).attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Петров П.П.']);
  });
  it('near-miss: "из них онлайн: …" names those listed again, and a note names no group', () => {
    const text = `${HEAD}Присутствовали: Иванов И.И., Петров П.П., Сидоров С.С.\nиз них онлайн: Петров П.П.\nПримечание: Кузнецов К.К. о причине отсутствия не сообщил.\n\nПОВЕСТКА ДНЯ:\n1. Об отчёте.\n`;
    expect(roll(text).attendees).toBe(3);
  });
});
