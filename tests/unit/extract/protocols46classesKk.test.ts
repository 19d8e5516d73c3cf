/**
 * Classes of set 46's Kazakh and mixed protocols (the secretary's free phrasing), each in Kazakh and Russian with a variant
 * and near-misses: a vote told in words — "жақтап дауыс бергендер – 11", "қарсы немесе қалыс қалған мүше болмады", "қарсы
 * дауыс болған жоқ", "бір мүше (Әбенова Г.Қ.) қалыс қалды", "«против» и «воздержался» – нет" (readVotes.ts, lexicon.json);
 * a part of the whole and votes against votes, "сегіз мүшенің сегізі де жақтады", "бес дауыспен үш дауысқа қарсы"
 * (countsOfCounts.ts); a vote's sentence broken over the lines of a hard-wrapped text, and "бірауыздан келісті" (readVotes.ts);
 * the absentees' count told first, the persons in the sentences after it (readAbsentSentence.ts) and a heading of a part
 * of them that is no list (readAttendance.ts); reasons of absence ("хабарсыз", "мәлімет жоқ", "причину не назвал",
 * "лечится", "отпросившись", "семинар"); the agenda told in a sentence, its count then its items (readAgendaSentence.ts);
 * those online in a clause after the count present, none online as "ешкім жоқ" (readStatedCounts.ts); "Отырысқа келген
 * мүшелер:" as a heading of those present.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { classifyAbsence } from '../../../sources/extract/protocol/splitPerson.ts';
import { readAbsentSentence } from '../../../sources/extract/protocol/readAbsentSentence.ts';
import { readAgendaSentence } from '../../../sources/extract/protocol/readAgendaSentence.ts';
import { readListHeading } from '../../../sources/extract/protocol/readAttendance.ts';
import { readStatedCounts } from '../../../sources/extract/protocol/readStatedCounts.ts';
import { readCounts, readVotes } from '../../../sources/extract/protocol/readVotes.ts';

const counts = (line: string) => {
  const c = readCounts(line);
  return [c.for, c.against, c.abstain];
};
const votes = (lines: string[]) => readVotes(lines).map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a vote told in words', () => {
  it('kk: "Жақтап дауыс бергендер – 11, қарсы немесе қалыс қалған мүше болмады"', () => {
    expect(counts('Жақтап дауыс бергендер – 11, қарсы немесе қалыс қалған мүше болмады. Шешім қабылданды.')).toEqual([11, 0, 0]);
  });
  it('kk: "Қарсы дауыс болған жоқ, бір мүше (Әбенова Г.Қ.) қалыс қалды" — no count for', () => {
    expect(counts('Қарсы дауыс болған жоқ, бір мүше (Әбенова Г.Қ.) қалыс қалды. Шешім қабылданды.')).toEqual([null, 0, 1]);
    expect(votes(['Қарсы дауыс болған жоқ, бір мүше (Әбенова Г.Қ.) қалыс қалды. Шешім қабылданды.'])).toEqual([[null, 0, 1, false, 'adopted']]);
  });
  it('ru: "«за» – 9, «против» и «воздержался» – нет"; "против или воздержавшихся не было"', () => {
    expect(counts('Голосовали: «за» – 9, «против» и «воздержался» – нет. График утверждён.')).toEqual([9, 0, 0]);
    expect(counts('За – 12, против или воздержавшихся не было.')).toEqual([12, 0, 0]);
  });
  it('variants: "«қарсы» және «қалыс» – жоқ"; "против голосов не было"', () => {
    expect(counts('Жақтағандар – 8, «қарсы» және «қалыс» – жоқ.')).toEqual([8, 0, 0]);
    expect(counts('«За» – 7, против голосов не было, воздержался 1 член.')).toEqual([7, 0, 1]);
  });
  it('near-misses: a speech of those who voted, no count; "против или за" with no none', () => {
    expect(counts('Жақтап дауыс бергендер көп болды деп ойлаймын.')).toEqual([null, null, null]);
    expect(counts('Мы не знаем, против или воздержались бы члены Совета.')).toEqual([null, null, null]);
  });
});

describe('a part of the whole, votes against votes (countsOfCounts)', () => {
  it('kk: "сегіз мүшенің сегізі де жақтады" — all eight, unanimous', () => {
    const c = readCounts('Отырған сегіз мүшенің сегізі де жақтады. Шешім қабылданды.');
    expect([c.for, c.unanimous]).toEqual([8, true]);
  });
  it('kk: "бес дауыспен үш дауысқа қарсы қолдау тапты" — no abstain told', () => {
    expect(counts('Бұл ұсыныс бес дауыспен үш дауысқа қарсы қолдау тапты.')).toEqual([5, 3, null]);
  });
  it('ru: "пятью голосами против трёх"; "из девяти присутствующих «за» проголосовали все девять"', () => {
    expect(counts('Поправка принята пятью голосами против трёх.')).toEqual([5, 3, null]);
    const c = readCounts('Из девяти присутствующих «за» проголосовали все девять.');
    expect([c.for, c.unanimous]).toEqual([9, true]);
  });
  it('variant: a part that is not all — "он мүшенің жетеуі жақтады", "7 голосами против 2"', () => {
    const c = readCounts('Он мүшенің жетеуі жақтады.');
    expect([c.for, c.unanimous]).toEqual([7, false]);
    expect(counts('Решение принято 7 голосами против 2.')).toEqual([7, 2, null]);
  });
  it('near-misses: attendance told as a part ("он бір мүшесінің сегізі залда"); "проголосовали 7" with no "за"', () => {
    expect(counts('Кворум бар – Кеңестің он бір мүшесінің сегізі залда.')).toEqual([null, null, null]);
    expect(counts('Из 12 членов совета проголосовали 7.')).toEqual([null, null, null]);
  });
});

describe('a vote\'s sentence broken over the lines of a hard-wrapped text', () => {
  it('kk: the amendment, its counts on two lines, then the plan\'s vote on the next', () => {
    expect(votes([
      'Терещенко О.И. мониторингтің бірін кезекке арнауды ұсынды. Бұл ұсыныс бес дауыспен үш',
      'дауысқа қарсы қолдау тапты.',
      'Содан кейін жоспар жобасы толығымен дауысқа салынды: алты мүше жақтап, бір мүше',
      'қарсы шығып, біреуі қалыс қалды; шешім көпшілік дауыспен өтті.',
    ])).toEqual([[5, 3, null, false, 'adopted'], [6, 1, 1, false, 'adopted']]);
  });
  it('kk: "бірауыздан" / "келісті." — a unanimous agreement with no counts', () => {
    expect(votes([
      'Баяндамашы келмегендіктен, төраға оны келесі отырысқа ауыстыруды ұсынды. Бұған Кеңес мүшелері бірауыздан',
      'келісті. Хатшыға хат жолдау тапсырылды.',
    ])).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('ru: "за – 7, против" / "– 1, воздержался – 1."; "члены Совета единогласно согласились"', () => {
    expect(votes(['После обсуждения проголосовали: семь членов за, один член', 'против, один член воздержался. Решение принято.'])).toEqual([[7, 1, 1, false, 'adopted']]);
    expect(votes(['Председатель предложил перенести вопрос, и члены Совета единогласно согласились.'])).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('near-misses: a next line that holds a vote of its own is not joined; a capital line is another sentence', () => {
    expect(votes(['Жақтағандар – 6, қарсы – 1', 'қалыс қалғандар – 1. Келесі мәселе: жақтағандар – 9, қарсы – 0.'])).toHaveLength(2);
    expect(votes(['Бес мүше жақтады, бір мүше', 'Қарсы шыққан жоқ деп айтты.'])[0][1]).toBeNull();
  });
});

describe('the absentees\' count told first, the persons in the sentences after it', () => {
  const read = (text: string) => {
    const lines = text.split('\n');
    return readAbsentSentence(lines, lines.map((_, k) => k + 1)).map((a) => [a.name, a.excused]);
  };
  it('kk: "Үш мүше келген жоқ. Қасымова Г.Р. ауырып жатыр …, Оспанов Т.Б. … семинарда жүр. Жұмабай С.Қ. неге келмегенін айтпады"', () => {
    expect(read('Үш мүше келген жоқ. Қасымова Г.Р. ауырып жатыр (аурухана парағы бар), Оспанов Т.Б.\nоблыс орталығында, Семей қаласында семинарда жүр. Жұмабай С.Қ. неге келмегенін\nайтпады, телефонын алмады.'))
      .toEqual([['Қасымова Г.Р.', true], ['Оспанов Т.Б.', true], ['Жұмабай С.Қ.', false]]);
  });
  it('kk: "Келмеген үш мүшенің екеуі алдын ала хабарласты: A …, B …. C туралы ешқандай мәлімет жоқ" — no list heading', () => {
    expect(readListHeading('Келмеген үш мүшенің екеуі алдын ала хабарласты: Ғалымжанов Д.С. Орал қаласында')).toBeNull();
    expect(read('Келмеген үш мүшенің екеуі алдын ала хабарласты: Ғалымжанов Д.С. Орал қаласында\nіссапарда, Шукенова А.Т. аурухана парағында. Бекқожин Р.Ә. туралы ешқандай\nмәлімет жоқ, хабарласуға мүмкіндік болмады.'))
      .toEqual([['Ғалымжанов Д.С.', true], ['Шукенова А.Т.', true], ['Бекқожин Р.Ә.', false]]);
  });
  it('ru: "Не явились трое. Утешев Б.Б. лечится …, Ковалёва Н.А. … отпросившись …, а Сатыбалдиев Е.О. … причину не назвал."', () => {
    expect(read('Не явились трое. Утешев Б.Б. лечится в областной больнице, Ковалёва Н.А. уехала\nк дочери в г. Уральск, заранее отпросившись у председателя, а Сатыбалдиев Е.О.\nпредупредил накануне вечером, что не придёт, причину не назвал.'))
      .toEqual([['Утешев Б.Б.', true], ['Ковалёва Н.А.', true], ['Сатыбалдиев Е.О.', false]]);
  });
  it('variant: "Отсутствовали два члена. Иванов И.И. – в командировке, Петров П.П. – на семинаре."; the part heading in Russian', () => {
    expect(read('Отсутствовали два члена. Иванов И.И. – в командировке, Петров П.П. – на семинаре.')).toEqual([['Иванов И.И.', true], ['Петров П.П.', true]]);
    expect(readListHeading('Из трёх отсутствовавших двое предупредили заранее: Иванов И.И. – командировка')).toBeNull();
  });
  it('near-misses: more or fewer persons than the count told; an ordinary list heading still a heading', () => {
    expect(read('Үш мүше келген жоқ. Қасымова Г.Р. ауырып жатыр.')).toEqual([]);
    expect(read('Не явились двое. Утешев Б.Б. болеет, Ковалёва Н.А. в отпуске, выступил Петров П.П.')).toEqual([]);
    expect(readListHeading('Отсутствовали: Иванов И.И. – командировка')?.kind).toBe('absent');
  });
});

describe('reasons of absence told in running text', () => {
  it('kk: unexcused — "хабарсыз қалды", "себебін ешкімге айтпаған", "мәлімет жоқ", "неге келмегенін айтпады"', () => {
    for (const r of ['хабарсыз қалды', 'себебін ешкімге айтпаған', 'туралы ешқандай мәлімет жоқ', 'неге келмегенін айтпады']) expect(classifyAbsence(r)).toBe(false);
  });
  it('ru: "причину не назвал" unexcused; "лечится в больнице", "отпросившись у председателя", "на семинаре" excused', () => {
    expect(classifyAbsence('предупредил накануне, что не придёт, причину не назвал')).toBe(false);
    for (const r of ['лечится в областной больнице', 'уехала, заранее отпросившись у председателя', 'на семинаре в г. Астана']) expect(classifyAbsence(r)).toBe(true);
  });
  it('variant and near-miss: "семинарда жүр" excused; a place alone says nothing', () => {
    expect(classifyAbsence('Семей қаласында семинарда жүр')).toBe(true);
    expect(classifyAbsence('Алматы қаласында')).toBeNull();
  });
});

describe('the agenda told in a sentence, its count then its items (readAgendaSentence)', () => {
  const titles = (lines: string[]) => readAgendaSentence(lines).map((a) => a.no);
  it('kk: ordinals — "күн тәртібіне үш мәселе енгізілгенін айтты: біріншісі – …, екіншісі – …, үшіншісі – …"', () => {
    expect(titles(['Төраға күн тәртібіне үш мәселе енгізілгенін айтты: біріншісі – жазғы демалыс', 'кезінде балалардың бос уақытын ұйымдастыру, екіншісі – Кеңестің мониторинг кестесі, үшіншісі – ескі', 'саябақты қайта жаңарту жобасына Кеңестің пікірі. Мүшелер ескерту айтпады.'])).toEqual([1, 2, 3]);
  });
  it('kk: commas and the last "және" — "бүгін үш мәселе қаралатынын хабарлады: …, … және …"', () => {
    expect(titles(['Төраға бүгін үш мәселе қаралатынын хабарлады: орталықтың жұмысы туралы ақпарат,', 'жұмыс жоспарының жобасы және көше жарығы туралы өтінішке жауап.'])).toEqual([1, 2, 3]);
  });
  it('ru: semicolons — "В повестке – три вопроса: о …; о …; о …"', () => {
    expect(titles(['Күн тәртібінде / В повестке – три вопроса: о работе районной больницы; о безопасности', 'дорожного движения у школ; о проекте графика приёма граждан.'])).toEqual([1, 2, 3]);
    const x = parseProtocol(['ПРОТОКОЛ № 5', '', 'В повестке – три вопроса: о работе районной больницы; о безопасности', 'дорожного движения у школ; о проекте графика приёма граждан.', '', 'Решили: принять к сведению. Принято единогласно.'].join('\n'));
    expect(x.agenda).toHaveLength(3);
  });
  it('variant: "два вопроса: об отчёте отдела образования и о плане работы на 2026 год"', () => {
    expect(titles(['Председатель сообщил, что на рассмотрение вынесено два вопроса: об отчёте отдела образования и о плане работы на 2026 год.'])).toEqual([1, 2]);
  });
  it('near-misses: fewer parts than the count; the count with no colon; a question\'s section before it', () => {
    expect(titles(['В повестке – три вопроса: о работе больницы; о безопасности дорожного движения.'])).toEqual([]);
    expect(titles(['Кеңес үш мәселе қарады, барлығы бойынша шешім қабылданды.'])).toEqual([]);
    expect(titles(['По первому вопросу слушали Иванова И.И.', 'Он сказал, что осталось два вопроса: об отчёте отдела и о плане работы.'])).toEqual([]);
  });
});

describe('those online told in a clause after the count present; none online as "ешкім жоқ"', () => {
  const online = (line: string) => readStatedCounts([line], []).online;
  it('kk: "15 мүшесінің 12-сі келді, екеуі Zoom арқылы қосылды" → 2; "онлайн қосылған ешкім жоқ" → 0', () => {
    expect(online('Кеңестің тізімдегі 15 мүшесінің 12-сі келді, екеуі Zoom арқылы қосылды.')).toBe(2);
    expect(online('Кворум бар – Кеңестің он бір мүшесінің сегізі залда, онлайн қосылған ешкім жоқ.')).toBe(0);
  });
  it('ru and a variant: "явились 10, двое подключились по видеосвязи"; "үшеуі бейнебайланыс арқылы қатысты"', () => {
    expect(online('Из 13 членов Совета явились 10, двое подключились по видеосвязи.')).toBe(2);
    expect(online('Кеңестің 9 мүшесі келді, үшеуі бейнебайланыс арқылы қатысты.')).toBe(3);
  });
  it('near-miss: a count online with no comma before it, of something else', () => {
    expect(online('Жиынға 40 мектеп Zoom арқылы қосылды.')).toBeNull();
  });
});

describe('"Отырысқа келген мүшелер:" heads those present', () => {
  it('kk: the heading with the names after its colon', () => {
    expect(readListHeading('Отырысқа келген мүшелер: Мамырбаев Е.Т., Әбенова Г.Қ.')?.kind).toBe('present');
  });
  it('near-miss: "Келмеген мүшелер:" is the absentees\'', () => {
    expect(readListHeading('Келмеген мүшелер: Ыдырысов Қ.Ж.')?.kind).toBe('absent');
  });
});
