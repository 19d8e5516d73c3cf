/**
 * Absentees grouped inline by the kind of absence ("по уважительной причине — …; без уважительной причины — …",
 * "дәлелді себеппен – …; себепсіз – …"), the abbreviation "б/л" (sick leave); results declared in words the grammar
 * lacked: "Рекомендация принята", "считается избранной", "сайланды деп есептеледі"; "принято" / "единогласно" broken
 * across lines; "бірауыздан (он төрт дауыс)" — how many voted, all for; who voted against named in brackets
 * between the count and its label.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const absent = (body: string) =>
  parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n\nПовестка дня:\n1. Разное.\n`).absentees.map((a) => `${a.name}:${a.excused}`);

describe('absentees grouped by the kind of absence inline', () => {
  it('ru: each group\'s kind is its names\', a reason in brackets kept', () => {
    expect(absent('Отсутствовали: по уважительной причине — Ахметов Б.Т. (командировка), Ермаков Ю.П., Сейтжанов О.М. (участие в заседании Правления); без уважительной причины — Омарбеков Т.Ж., Шевченко И.А.')).toEqual([
      'Ахметов Б.Т.:true', 'Ермаков Ю.П.:true', 'Сейтжанов О.М.:true', 'Омарбеков Т.Ж.:false', 'Шевченко И.А.:false',
    ]);
  });

  it('kk: "дәлелді себеппен: …; себепсіз – …"', () => {
    expect(absent('Қатыспағандар: дәлелді себеппен: Әлиев А.А. (іссапар), Бекова Б.Б.; себепсіз – Ғалиев Ғ.Ғ.')).toEqual([
      'Әлиев А.А.:true', 'Бекова Б.Б.:true', 'Ғалиев Ғ.Ғ.:false',
    ]);
  });

  it('near miss: a kind in brackets after one name is that person\'s only', () => {
    expect(absent('Отсутствовали: Иванов И.И. (по уважительной причине), Петров П.П.')).toEqual(['Иванов И.И.:true', 'Петров П.П.:null']);
  });

  it.each([['б/л', true], ['Б/Л', true], ['л/н', true], ['не сообщил о причине', false]])('the reason "%s" is excused: %s', (reason, excused) => {
    expect(absent(`Не явились: Волкова С.П. (${reason}), Ким А.А. (болезнь).`)).toEqual([`Волкова С.П.:${excused}`, 'Ким А.А.:true']);
  });
});

const votes = (body: string) =>
  parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n`).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('results and counts in words the grammar lacked', () => {
  it.each([
    ['Голосовали: за – 3, против – 1, воздержался – 1.\nРекомендация принята.', 'adopted'],
    ['Голосовали: за – 3, против – 1, воздержался – 1.\nРезолюция не принята.', 'rejected'],
    ['Голоса распределились: «за» – 3, «против» – 1, «воздержались» – 1.\n\nИванова А.А. считается избранной председателем Совета.', 'adopted'],
    ['Дауыс беру: жақтап – 3, қарсы – 1, қалыс – 1.\nӘлиева А.А. Кеңес төрағасы болып сайланды деп есептеледі.', 'adopted'],
  ])('%s → %s', (text, declared) => {
    expect(votes(text)).toEqual([[3, 1, 1, false, declared]]);
  });

  it('near miss: the rule "считается избранным, если …" declares nothing', () => {
    expect(votes('Голоса распределились: «за» – 3, «против» – 1, «воздержались» – 1.\nКандидат считается избранным, если получил более половины голосов.')).toEqual([[3, 1, 1, false, null]]);
  });

  it('"Решение принято" / "единогласно (…)" broken across lines is unanimous; never a vote of its own', () => {
    expect(votes('По вопросу 1: за – 12, против – 0, воздержались – 0. Решение принято\nединогласно (из числа представивших опросные листы).')).toEqual([[12, 0, 0, true, 'adopted']]);
    expect(votes('По вопросу 1: за – 12, против – 2, воздержались – 0. Решение принято\nединогласно членами президиума (из числа представивших листы).')).toEqual([[12, 2, 0, false, 'adopted']]);
  });

  it.each([
    ['Дауыс беру: бірауыздан (он төрт дауыс). Шешім қабылданды.', 14],
    ['Голосовали: единогласно (14 голосов). Решение принято.', 14],
    ['Голосовали: единогласно – 9 членов. Решение принято.', 9],
  ])('%s → for %i, unanimous', (text, n) => {
    expect(votes(text)).toEqual([[n, null, null, true, 'adopted']]);
  });

  it('near miss: "единогласно (2 вопроса)" counts no voters', () => {
    expect(votes('Голосовали: единогласно (2 вопроса). Решение принято.')).toEqual([[null, null, null, true, 'adopted']]);
  });

  it('who voted against in brackets between the count and its label', () => {
    expect(votes('Бесеуі қолдады, біреуі (Оспанов Р.Е.) қарсы болды, қалыс қалған жоқ. Жоспар көпшілік дауыспен қабылданды.')).toEqual([[5, 1, 0, false, 'adopted']]);
    expect(votes('Голосовали: 7 – за, 2 (Ли О.В., Ким А.А.) – против, 0 – воздержались. Решение принято.')).toEqual([[7, 2, 0, false, 'adopted']]);
  });
});

describe('stated sizes and the wholly online meeting', () => {
  it.each([
    ['Состав комиссии – 7 членов Общественного совета (решение Общественного совета от 12.02.2025, протокол № 1).', 7],
    ['Комиссия құрамы - 7 (жеті) мүше.', 7],
  ])('%s → %i', (line, n) => {
    expect(parseProtocol(`ПРОТОКОЛ № 4\nзаседания комиссии\n14 мая 2025 г.\n\n${line}\n`).members_total).toBe(n);
  });

  it('"(барлығы онлайн)", "толығымен онлайн форматта": those online are all those present', () => {
    const x = parseProtocol('ХАТТАМА № 2\n2025 жылғы 14 наурыз\n\nОтырыс толығымен онлайн форматта өтті.\nКеңес құрамындағы он жеті мүшенің он төртеуі қосылды (барлығы онлайн).\n');
    expect([x.members_total, x.present, x.online]).toEqual([17, 14, 14]);
  });

  it('near miss: a broadcast online is no way of taking part', () => {
    const x = parseProtocol('ПРОТОКОЛ № 2\n14.03.2025\n\nЗаседание транслировалось полностью в онлайн-режиме.\nПрисутствовали 14 из 17 членов Совета.\n');
    expect([x.present, x.online]).toEqual([14, null]);
  });
});
