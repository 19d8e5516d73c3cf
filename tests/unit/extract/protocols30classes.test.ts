// Classes of the protocols of held-out set 30: an online sub-heading in lowercase under the last member present in person
// ("посредством ВКС:"), read before as that member's role wrapped; a reason in brackets wrapped onto the next line in a
// run of absentees on the heading's line ("(себебі" / "белгісіз)."); agenda items numbered under the heading's own
// section number ("2. Повестка дня" / "2.1. …"); "Состав Совета – 17 чел. Явка – 13 из 17"; "единогласно – 13 (100 %)".
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { attendanceCounts as counts, doc } from '../../helpers/protocolCounts.ts';

const head = ['ПРОТОКОЛ № 2', 'заседания Общественного совета', '', '26 июня 2025 г.', ''];
const votes = (x: ReturnType<typeof parseProtocol>) => x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('an online sub-heading in lowercase under the last member present in person', () => {
  it('ru: "очно:" / … / "посредством ВКС:" — those under it are online, not the role of the one above', () => {
    const x = parseProtocol(doc(...head, 'ПРИСУТСТВОВАЛИ:', '', 'очно:', '1. Касымов Данияр Русланович – председатель', '2. Пак Виктория Эдуардовна',
      'посредством ВКС:', '3. Бурханова Зарина Ахметовна (г. Алматы)', '4. Ермеков Олжас Даулетович (г. Шымкент)', '',
      'ОТСУТСТВОВАЛИ:', '1. Алдабергенов К.Т. – командировка.', ''));
    expect(counts(x)).toEqual({ attendees: 4, online: 2, absentees: 1, excused: 1, unexcused: 0 });
    expect(x.attendees[1].role).toBeNull();
  });

  it('kk: "бейнебайланыс арқылы:" under "2. Оспанов Д.Н."', () => {
    const x = parseProtocol(doc('ХАТТАМА № 3', '', '2025 жылғы 14 мамыр', '', 'Қатысқандар:', '1. Сейтов Б.А. – төраға', '2. Оспанов Д.Н.',
      'бейнебайланыс арқылы:', '3. Әлиева Г.Т.', '', 'Қатыспағандар:', '1. Нұрланов Е.С. – науқас.', ''));
    expect(counts(x)).toEqual({ attendees: 3, online: 1, absentees: 1, excused: 1, unexcused: 0 });
  });

  it('ru (a variant): "в режиме онлайн:" without the sub-heading of those in person', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали:', '1. Иванов И.И.', '2. Петров П.П.', 'в режиме онлайн:', '3. Сидоров С.С.', ''));
    expect(counts(x).online).toBe(1);
  });

  it('near-miss: a lowercase role wrapped from the line above is still that role, no one online', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали:', '1. Иванов И.И. – председатель комиссии', 'по социальным вопросам', '2. Петров П.П.', ''));
    expect(counts(x)).toMatchObject({ attendees: 2, online: 0 });
    expect(x.attendees[0].role).toContain('по социальным вопросам');
  });
});

describe('a reason in brackets wrapped onto the next line in a run of absentees on the heading line', () => {
  it('kk: "… Утегенов М.С. (себебі" / "белгісіз)." is one absentee without a reason given', () => {
    const x = parseProtocol(doc('ХАТТАМА № 5', '', '2025 жылғы 13 тамыз', '', 'Қатысқандар: Досжанов Қ.Б., Ермекова Г.С.', '',
      'Қатыспағандар (3): Байменов А.Т. (іссапарда), Жолдасова С.Қ. (науқас),', 'Құрманғалиев Д.Е. (оқу сессиясы), Утегенов М.С. (себебі', 'белгісіз).', ''));
    expect(counts(x)).toEqual({ attendees: 2, online: 0, absentees: 4, excused: 3, unexcused: 1 });
  });

  it('ru: "(причина" / "не известна)."', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали: Иванов И.И., Петров П.П.', '',
      'Отсутствовали: Сидоров С.С. (командировка),', 'Ким О.В. (больничный), Ли А.А. (причина', 'не известна).', ''));
    expect(counts(x)).toEqual({ attendees: 2, online: 0, absentees: 3, excused: 2, unexcused: 1 });
  });

  it('near-miss: a capitalised line after the open bracket is no reason wrapped — no reason is made up for it', () => {
    const x = parseProtocol(doc(...head, 'Присутствовали: Иванов И.И., Петров П.П.', '',
      'Отсутствовали: Сидоров С.С. (командировка),', 'Ким О.В. (больничный), Ли А.А. (причина', 'Повестка дня не изменялась.', ''));
    expect(x.absentees.find((a) => a.name.startsWith('Ли'))?.excused ?? null).not.toBe(false);
  });
});

describe('agenda items numbered under the heading\'s own section number', () => {
  it('ru: "2. Повестка дня" / "2.1." "2.2." "2.3." / "3. Рассмотрение вопросов" — three items, not the section after', () => {
    const x = parseProtocol(doc(...head, '2. Повестка дня', '2.1. О качестве воздуха.', '2.2. О тарифе на вывоз ТБО.', '2.3. О графике приема.',
      '3. Рассмотрение вопросов', 'По вопросу 2.1. Информация.', ''));
    expect(x.agenda.map((a) => [a.no, a.title])).toEqual([[1, 'О качестве воздуха.'], [2, 'О тарифе на вывоз ТБО.'], [3, 'О графике приема.']]);
  });

  it('kk (a variant): "3. Күн тәртібі" / "3.1 …" without the dot after the sub-number', () => {
    const x = parseProtocol(doc('ХАТТАМА № 1', '', '2025 жылғы 14 мамыр', '', '3. Күн тәртібі', '3.1 Жолдар туралы.', '3.2 Кесте туралы.', '', '4. Шешімдер', ''));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });

  it('near-miss: "1.1." under item 1 of an unnumbered heading is still a part of item 1', () => {
    const x = parseProtocol(doc(...head, 'Повестка дня:', '1. О качестве воздуха.', '1.1. Информация отдела.', '2. О тарифе.', ''));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });
});

describe('"Состав Совета – 17 чел. Явка – 13 из 17"', () => {
  it('ru: the size with "чел." and the turnout of the size', () => {
    const x = parseProtocol(doc(...head, 'Состав Совета – 17 чел. Явка – 13 из 17 (76,5 %), в т.ч. дистанционно – 3. Кворум имеется.', ''));
    expect([x.members_total, x.present, x.online]).toEqual([17, 13, 3]);
  });

  it('near-miss: "Явка – 13" without its total, and "явка избирателей 13 из 17 участков" inside a sentence, give no total', () => {
    const x = parseProtocol(doc(...head, 'Явка – 13.', 'Выступил Иванов И.И.: явка избирателей 13 из 17 участков.', ''));
    expect(x.members_total).toBeNull();
  });
});

describe('"единогласно – 13 (100 %)": all for, with their share of all', () => {
  it('ru: the count is those for', () => {
    const x = parseProtocol(doc(...head, 'Повестка дня:', '1. О графике.', '', 'По вопросу 1. Решение: Утвердить график.',
      'Результаты голосования: единогласно – 13 (100 %). Решение принято.', ''));
    expect(votes(x)[0].slice(0, 1)).toEqual([13]);
    expect(votes(x)[0][3]).toBe(true);
  });

  it('kk: "бірауыздан – 9 (100 %)"', () => {
    const x = parseProtocol(doc('ХАТТАМА № 1', '', '2025 жылғы 14 мамыр', '', 'Күн тәртібі:', '1. Кесте туралы.', '',
      '1-мәселе бойынша ШЕШІМ: Кесте бекітілсін.', 'Дауыс беру нәтижесі: бірауыздан – 9 (100 %). Шешім қабылданды.', ''));
    expect(votes(x)[0][0]).toBe(9);
  });

  it('near-miss: "единогласно – 13 (93 %)" is no share of all: no count', () => {
    const x = parseProtocol(doc(...head, 'Повестка дня:', '1. О графике.', '', 'По вопросу 1. Решение: Утвердить график.',
      'Результаты голосования: единогласно – 13 (93 %). Решение принято.', ''));
    expect(votes(x)[0][0]).toBeNull();
  });
});
