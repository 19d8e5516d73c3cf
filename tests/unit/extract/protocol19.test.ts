// Classes of held-out set 19, protocols: a date wrapped under an agenda item, more absentees read than the stated
// counts leave room for, a unanimous vote in brackets on the decision's heading, a joint meeting of two councils.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { hostVotesOfJoint, isJointMeeting, isJointMeetingOfCouncils } from '../../../sources/extract/protocol/jointMeeting.ts';

describe('a date wrapped onto its own line under an agenda item is not an item', () => {
  it.each([
    ['ПОВЕСТКА ДНЯ:\n1. Об исполнении решений заседания № 3 от\n   12.02.2024 г.\n2. О благоустройстве.\n'],
    ['КҮН ТӘРТІБІ:\n1. Кеңестің № 3 отырысының шешімдері туралы (хаттама\n   05.11.2024 ж.)\n2. Абаттандыру туралы.\n'],
  ])('%s', (agenda) => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\n\n${agenda}`);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });
  it('near-miss: an item numbered after the first is still an item', () => {
    const x = parseProtocol('ПРОТОКОЛ № 2\n\nПОВЕСТКА ДНЯ:\n1. Об отчете.\n2. О плане на 2025 год.\n');
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });
});

describe('more absentees read than the members and those present leave room for', () => {
  it.each([
    ['Всего членов совета – 5. Присутствуют 4 члена.\nОтсутствовали: Абенов Т.К., Жумабаева С.Р.\n'],
    ['Кеңес құрамы – 5 мүше. Отырысқа 4 мүше қатысты.\nҚатыспағандар: Абенов Т.К., Жумабаева С.Р.\n'],
  ])('%s', (text) => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\n\n${text}`);
    expect(x.absentees_listed).toBe(false);
  });
  it('near-miss: as many absent as the counts leave are kept', () => {
    const x = parseProtocol('ПРОТОКОЛ № 2\n\nВсего членов совета – 6. Присутствуют 4 члена.\nОтсутствовали: Абенов Т.К., Жумабаева С.Р.\n');
    expect(x.absentees_listed).toBeUndefined();
    expect(x.absentees.length).toBe(2);
  });
});

describe('a unanimous vote in brackets on the decision heading', () => {
  it.each([
    ['РЕШИЛИ (единогласно): информацию принять к сведению, рекомендовать отделу представить сведения.\n'],
    ['ШЕШІМ (бірауыздан): ақпарат назарға алынсын, бөлімге мектеп автобустары бойынша ақпарат беру ұсынылсын.\n'],
  ])('%s', (text) => {
    const x = parseProtocol(`ПРОТОКОЛ № 2\n\n1. СЛУШАЛИ: Абенова Т.К.\n${text}`);
    expect(x.votes.map((v) => v.unanimous)).toEqual([true]);
  });
  it('near-miss: "единогласно" inside a long sentence of the decision is no vote', () => {
    const x = parseProtocol('ПРОТОКОЛ № 2\n\n1. СЛУШАЛИ: Абенова Т.К.\nРЕШИЛИ: рекомендовать совету единогласно поддерживать инициативы жителей района и города.\n');
    expect(x.votes).toEqual([]);
  });
});

describe('a joint meeting of two councils', () => {
  it.each([
    ['ПРОТОКОЛ № 4\nсовместного заседания с Общественным советом при Управлении спорта\n'],
    ['Екі қоғамдық кеңестің бірлескен отырысының\nХАТТАМАСЫ № 4\n'],
  ])('is told: %s', (head) => expect(isJointMeetingOfCouncils(head.split('\n'))).toBe(true));
  it('near-miss: a joint meeting of two commissions of one council is no joint meeting of councils', () =>
    expect(isJointMeetingOfCouncils(['ПРОТОКОЛ', 'совместного заседания комиссии № 2 и комиссии № 4 Общественного совета'])).toBe(false));
  it('near-miss: an ordinary meeting is no joint one', () => expect(isJointMeeting(['ПРОТОКОЛ № 4', 'заседания Общественного совета'])).toBe(false));

  const vote = (line: number, text: string, f: number) => ({ line, for: f, against: 0, abstain: 0, unanimous: false, declared: null, text });
  it('keeps the host council\'s vote of each question (named first)', () => {
    const got = hostVotesOfJoint([
      vote(10, 'ГОЛОСОВАЛИ: ОС Управления образования: за – 12, против – нет', 12),
      vote(11, 'ОС Управления спорта: за – 9, против – нет', 9),
      vote(20, 'Білім басқармасы жанындағы ҚК: жақтағаны – 8, қарсы – 3', 8),
      vote(22, 'Спорт басқармасы жанындағы ҚК: жақтағаны – 4, қарсы – 5', 4),
    ]);
    expect(got.map((v) => v.for)).toEqual([12, 8]);
  });
  it('near-miss: unlabelled votes of successive questions are all kept', () => {
    const got = hostVotesOfJoint([vote(10, 'за – 12, против – нет', 12), vote(12, 'за – 9, против – нет', 9)]);
    expect(got.map((v) => v.for)).toEqual([12, 9]);
  });
  it('the attendance lists of a joint meeting are not counted', () => {
    const x = parseProtocol('ПРОТОКОЛ № 4\nсовместного заседания двух советов\n\nПрисутствовали: Абенов Т.К., Жумабаева С.Р., Мусина Д.А.\n');
    expect(x.attendees_listed).toBe(false);
  });
});
