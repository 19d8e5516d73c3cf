// Classes of held-out sets 52 and 53, protocols: counts each followed by its label in brackets ("11 (за) / 0 (против) /
// 0 (возд.)"), a part of the whole equal to it with no word for all ("8 мүшенің 8-і жақтады"), a legend whose last label
// ends with a dot ("(за – против – воздерж.): 10-0-0"), two names written whole joined by "и" ("Уразов Ержан Кайратович и
// Петренко Наталья Владимировна (оба – онлайн)").
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

const attendees = (lines: string[]) =>
  parseProtocol(['ПРОТОКОЛ № 1', '', ...lines].join('\n')).attendees.map((a) => [a.name, a.online]);

describe('two names written whole joined by "и" / "және" are two people; a bracket after the second is both only when it says both', () => {
  it('set 53 Rudny: "…, Уразов Ержан Кайратович и Петренко Наталья Владимировна (оба – онлайн)."', () => {
    const x = attendees(['Присутствовали: Гребенюк Сергей Анатольевич (председатель Совета), Ковалев Андрей Петрович, Уразов Ержан Кайратович и Петренко Наталья Владимировна (оба – онлайн).', '', 'Отсутствуют: Бекмагамбетов А.Т. (отпуск).']);
    expect(x).toEqual([['Гребенюк Сергей Анатольевич', false], ['Ковалев Андрей Петрович', false], ['Уразов Ержан Кайратович', true], ['Петренко Наталья Владимировна', true]]);
  });
  it('variant kk: "Исмаилова Жанар Тлеккызы және Қасымов Ерлан Бақытұлы (екеуі де онлайн)"', () => {
    const x = attendees(['Қатысқандар: Есенов Бауыржан Кенесулы (төраға), Абдрахманов Серік Болатұлы, Исмаилова Жанар Тлеккызы және Қасымов Ерлан Бақытұлы (екеуі де онлайн).', '', 'Қатыспағандар: Бекмагамбетов А.Т. (іссапар).']);
    expect(x.map((a) => a[1])).toEqual([false, false, true, true]);
    expect(x[3][0]).toBe('Қасымов Ерлан Бақытұлы');
  });
  it('variant ru: no bracket — both present, neither online', () => {
    const x = attendees(['Присутствовали: Гребенюк Сергей Анатольевич (председатель Совета), Ковалев Андрей Петрович, Уразов Ержан Кайратович и Петренко Наталья Владимировна.', '', 'Отсутствуют: Бекмагамбетов А.Т. (отпуск).']);
    expect(x.map((a) => a[0])).toEqual(['Гребенюк Сергей Анатольевич', 'Ковалев Андрей Петрович', 'Уразов Ержан Кайратович', 'Петренко Наталья Владимировна']);
    expect(x.some((a) => a[1])).toBe(false);
  });
  it('near-miss: "(онлайн)" after the second name alone is his, not the first\'s', () => {
    const x = attendees(['Присутствовали: Гребенюк Сергей Анатольевич (председатель Совета), Ковалев Андрей Петрович, Уразов Ержан Кайратович и Петренко Н.В. (онлайн).', '', 'Отсутствуют: Бекмагамбетов А.Т. (отпуск).']);
    expect(x.slice(2)).toEqual([['Уразов Ержан Кайратович', false], ['Петренко Н.В.', true]]);
  });
  it('near-miss: a name and "и" with no second name is one person', () => {
    const x = attendees(['Присутствовали: Гребенюк Сергей Анатольевич (председатель Совета), Ковалев Андрей Петрович, Уразов Ержан Кайратович и представитель акимата Сидорова.', '', 'Отсутствуют: Бекмагамбетов А.Т. (отпуск).']);
    expect(x.map((a) => a[0])).not.toContain('Сидорова');
  });
});
