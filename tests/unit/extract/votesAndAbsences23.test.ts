// Classes of the protocol misses of held-out set 60 (session 23), each with variants of its own: a one-vote table's
// result line "Принято единогласно." read as a second vote; absentees told in a paragraph whose line ends on a name's
// initials, its bracket on the next line; "бірауызды дауысымен бекітілді" (the adjective, not "бірауыздан"); counts
// before their labels with the result's verb after the last ("2 қалыс дауыспен қабылданбады"); "қарсы да, қалыс та жоқ".
// The people are invented; the phrasings are the documents' and variants of them.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readCounts } from '../../../sources/extract/protocol/readVotes.ts';

const parse = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 2', '15.04.2026', '', ...lines].join('\n'));
const votes = (lines: string[]) => parse(lines).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a one-vote table and its result\'s line are one vote', () => {
  it('set 60 Semey: "за | против | воздержались" / "16 | 0 | 0" / "Принято единогласно."', () => {
    expect(votes(['РЕШИЛИ: одобрить проект.', 'Голосование:', '   за | против | воздержались', '   16 |   0    |   0', 'Принято единогласно.']))
      .toEqual([[16, 0, 0, true, 'adopted']]);
  });
  it('variant kk: "жақтап | қарсы | қалыс" / "11 | 0 | 0" / "Бірауыздан қабылданды."', () => {
    expect(votes(['ШЕШІМ: жоспар бекітілсін.', 'Дауыс беру:', 'жақтап | қарсы | қалыс', '11 | 0 | 0', 'Бірауыздан қабылданды.']))
      .toEqual([[11, 0, 0, true, 'adopted']]);
  });
  it('near-miss: one abstained, "Принято единогласно." all the same — one vote, not unanimous', () => {
    expect(votes(['РЕШИЛИ: принять к сведению.', 'Голосование:', 'за | против | воздержались', '15 | 0 | 1', 'Принято единогласно.']))
      .toEqual([[15, 0, 1, false, 'adopted']]);
  });
});

describe('absentees of a paragraph whose line ends on a name\'s initials', () => {
  it('set 60 Semey: "… Шаймерденов К.Б." / "(отпуск), Ибраев М.Е. и Фомина Л.В. – причины отсутствия" / "секретарю не сообщили."', () => {
    const r = parse([
      'Отсутствовали 4 члена Совета: Бектуров А.С. (больничный лист),', 'Шаймерденов К.Б.',
      '(ежегодный трудовой отпуск), Ибраев М.Е. и Фомина Л.В. – причины отсутствия', 'секретарю не сообщили.',
    ]);
    expect(r.absentees.map((a) => [a.name, a.excused])).toEqual([['Бектуров А.С.', true], ['Шаймерденов К.Б.', true], ['Ибраев М.Е.', false], ['Фомина Л.В.', false]]);
  });
  it('variant kk: "… Сейітов Б.Қ." / "(іссапар), Омарова Г.Т. – себебін" / "хабарламады."', () => {
    const r = parse(['Отырысқа келмегендер: Жұмабаев Н.Е. (науқас), Сейітов Б.Қ.', '(іссапар), Омарова Г.Т. – себебін', 'хабарламады.']);
    expect(r.absentees.map((a) => [a.name, a.excused])).toEqual([['Жұмабаев Н.Е.', true], ['Сейітов Б.Қ.', true], ['Омарова Г.Т.', false]]);
  });
});

describe('the word for all and the counts before their labels', () => {
  it('set 60 Satpayev: "Ұсынылған күн тәртібі мүшелердің бірауызды дауысымен бекітілді." — unanimous, adopted', () => {
    expect(votes(['Ұсынылған күн тәртібі мүшелердің бірауызды дауысымен бекітілді.'])).toEqual([[null, null, null, true, 'adopted']]);
    expect(votes(['ШЕШІМ: жоспар бірауызды шешіммен бекітілді.'])).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('near-miss: "бірауызды пікір" (one opinion) is no vote', () => {
    expect(readCounts('Мүшелер бұл мәселе бойынша бірауызды пікір білдірді.').unanimous).toBe(false);
  });
  it('set 60 Ayagoz: "Ұсыныс 4 жақтап, 6 қарсы, 2 қалыс дауыспен қабылданбады." and "Жақтап 12 дауыс, қарсы да, қалыс та жоқ"', () => {
    expect(readCounts('Ұсыныс 4 жақтап, 6 қарсы, 2 қалыс дауыспен қабылданбады.')).toMatchObject({ for: 4, against: 6, abstain: 2 });
    expect(readCounts('Жақтап 12 дауыс, қарсы да, қалыс та жоқ – бірауыздан қабылданды.')).toMatchObject({ for: 12, against: 0, abstain: 0 });
  });
  it('variant ru: "Предложение 4 голосами за, 6 против, 2 воздержались отклонено."', () => {
    expect(readCounts('Предложение 4 голосами за, 6 против, 2 воздержались отклонено.')).toMatchObject({ for: 4, against: 6, abstain: 2 });
  });
  it('near-miss: a count and a label before a verb that is no result ("3 члена против приняли к сведению") gives no count', () => {
    expect(readCounts('Отчет 3 члена против приняли к сведению.')).toMatchObject({ for: null, against: null, abstain: null });
  });
});
