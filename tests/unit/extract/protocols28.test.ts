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
