// Classes of held-out sets 52 and 53, protocols: counts each followed by its label in brackets ("11 (за) / 0 (против) /
// 0 (возд.)"), a part of the whole equal to it with no word for all ("8 мүшенің 8-і жақтады"), a legend whose last label
// ends with a dot ("(за – против – воздерж.): 10-0-0").
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readCounts } from '../../../sources/extract/protocol/readVotes.ts';

const votes = (lines: string[]) =>
  parseProtocol(['ПРОТОКОЛ № 1', '', ...lines].join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const counts = (line: string) => {
  const c = readCounts(line);
  return [c.for, c.against, c.abstain, c.unanimous];
};

describe('counts each followed by its label in brackets are read by the label that follows each', () => {
  it('set 52 Uralsk: "Голосовали: 11 (за) / 0 (против) / 0 (возд.). Принято."', () => {
    expect(votes(['Голосовали: 11 (за) / 0 (против) / 0 (возд.). Принято.'])).toEqual([[11, 0, 0, false, 'adopted']]);
  });
  it.each([
    ['kk', 'Дауыс беру: 9 (жақтады) / 1 (қарсы) / 2 (қалыс). Қабылданды.', [9, 1, 2, false, 'adopted']],
    ['ru, the label written whole', 'Голосовали: 4 (за) / 6 (против) / 1 (воздержались). Не принято.', [4, 6, 1, false, 'rejected']],
    ['kk, "қалыс қалды" and commas', 'Дауыс беру: 7 (жақтады), 3 (қарсы), 0 (қалыс қалды). Қабылданды.', [7, 3, 0, false, 'adopted']],
  ])('variant: %s', (_name, line, want) => {
    expect(votes([line])).toEqual([want]);
  });
  it('near-miss: one count with a bracket alone is no such run; the labels after it keep their counts', () => {
    expect(counts('Проект принят 2 (за основу), голосовали: за – 9, против – 1, воздержались – 0.')).toEqual([9, 1, 0, false]);
  });
});

describe('a part of the whole equal to it is unanimous only where the text says all', () => {
  it('set 52 Beineu: "8 мүшенің 8-і жақтады, қарсы және қалыс қалғандар болған жоқ" — 8/0/0, not unanimous', () => {
    expect(counts('Дауыс беруге қатысқан 8 мүшенің 8-і жақтады, қарсы және қалыс қалғандар болған жоқ.')).toEqual([8, 0, 0, false]);
  });
  it('variants: kk "10 мүшенің 10-ы жақтады"; ru "из девяти … проголосовали девять" — counts, not the word for all', () => {
    expect(counts('Қатысқан 10 мүшенің 10-ы жақтады.')).toEqual([10, null, null, false]);
    expect(counts('Из девяти присутствующих «за» проголосовали девять, против и воздержавшихся нет.')).toEqual([9, 0, 0, false]);
  });
  it('near-miss: the word for all said ("сегізі де", "все девять") stays unanimous', () => {
    expect(counts('Отырған сегіз мүшенің сегізі де жақтады.')).toEqual([8, null, null, true]);
    expect(counts('Из девяти присутствующих «за» проголосовали все девять.')).toEqual([9, null, null, true]);
  });
});

describe('a legend whose last label ends with a dot is read in its order, its first count no count of that label', () => {
  it('set 53 Lisakovsk: "Голосование (за – против – воздерж.): 9-0-1."', () => {
    expect(votes(['Голосование (за – против – воздерж.): 9-0-1. Нәтижесі / Итог: қабылданды / принято.'])).toEqual([[9, 0, 1, false, 'adopted']]);
  });
  it.each([
    ['ru, slashes', 'Голосовали (за/против/воздержались.) – 7/2/1, принято.', [7, 2, 1, false, 'adopted']],
    ['kk', 'Дауыс беру (жақтап – қарсы – қалыс қалды): 8-1-1. Қабылданды.', [8, 1, 1, false, 'adopted']],
  ])('variant: %s', (_name, line, want) => {
    expect(votes([line])).toEqual([want]);
  });
  it('near-miss: two counts after a legend of three are not read, the first never the count of the last label', () => {
    expect(counts('Голосование (за – против – воздерж.): 10-0.').slice(0, 3)).toEqual([null, null, null]);
  });
});
