/**
 * Classes of set 33's protocols (Kazakh-first), each in Kazakh and Russian with a variant and near-misses: the Kazakh
 * "for" label as any form of the verb (lexicon.json: «қолдайды», «жақтайды», «қолдаймын», "қолдағандар саны"), which also
 * reads a Word table's merged header of «қолдайды» | «қарсы» | «қалыс қалды»; a unanimous vote's count told before the
 * word ("он үш мүше бірауыздан қолдады", countedUnanimous.ts); an e-form's vote, its labels and values on lines of their own
 * (joinVoteFormLines.ts); an e-form's headings boxed by rules, which are no page breaks (pageFurniture.ts); a bilingual
 * protocol's vote told in Kazakh, then in Russian after the Russian block's lines (translationBetween.ts); "себебі –
 * хабарланбаған", "себебі: көрсетілмеген" as unexcused; the Kazakh year first, "2025 жыл, қыркүйектің 24-і"; the absentees
 * listed in Kazakh and again in Russian read once (oneListOfTwoLanguages.ts); an e-form's agenda, a bare number on a line and
 * the title under it (joinBareItemNumbers.ts); a list of a person a line, the role (or status) on the next, under a
 * heading with no colon (joinListTitles.ts, isRoleLine.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseDatePhrase } from '../../../sources/extract/parseDatePhrase.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { withoutPageFurniture } from '../../../sources/extract/pageFurniture.ts';
import { oneListOfTwoLanguages } from '../../../sources/extract/protocol/oneListOfTwoLanguages.ts';
import { joinBareItemNumbers } from '../../../sources/extract/protocol/joinBareItemNumbers.ts';
import { joinVoteFormLines } from '../../../sources/extract/protocol/joinVoteFormLines.ts';
import { readCounts, readVotes } from '../../../sources/extract/protocol/readVotes.ts';
import { isRoleLine } from '../../../sources/extract/protocol/isRoleLine.ts';

const counts = (line: string) => {
  const c = readCounts(line);
  return [c.for, c.against, c.abstain];
};

describe('the Kazakh "for" label as any form of the verb', () => {
  it('kk: «қолдайды» – 12 with «қарсы» – жоқ', () => {
    expect(counts('Дауыс беру: «қолдайды» – 12, «қарсы» – жоқ, «қалыс қалды» – 1.')).toEqual([12, 0, 1]);
    expect(counts('Дауыс бергендер: «қолдайды» – 9 (тоғыз), «қарсы» – жоқ, «қалыс қалды» – 1 (бір).')).toEqual([9, 0, 1]);
  });
  it('kk variants: жақтайды, қолдаймын, "қолдағандар саны"', () => {
    expect(counts('Жақтайды – 7, қарсы – 2, қалыс қалды – 0.')).toEqual([7, 2, 0]);
    expect(counts('«Қолдаймын» – 10, «қарсымын» – 0, «қалыс қаламын» – 1')[0]).toBe(10);
    expect(counts('Қолдағандар саны – 11, қарсылар саны – 1, қалыс қалғандар саны – 0.')).toEqual([11, 1, 0]);
  });
  it('ru: the Russian labels read as before', () => {
    expect(counts('Голосование: «за» – 14, «против» – нет, «воздержался» – 1.')).toEqual([14, 0, 1]);
  });
  it('near-misses: the verb in a sentence, no count after it; the negative; the noun of "adopted"', () => {
    expect(readVotes(['Кеңес мүшелері жобаны толық қолдайды деп санаймын.'])).toEqual([]);
    expect(counts('Кеңес мүшелерінің көпшілігі қолдамағандықтан, шешім қабылданбады.')).toEqual([null, null, null]);
    expect(readVotes(['Ұсыныс: жобаны қолдау'])).toEqual([]);
  });
  it('kk: a Word table of all votes under a merged two-row header, a "Қатысқан мүшелер" column beside the counts', () => {
    const cells = ['№', 'Мәселе', 'Қатысқан мүшелер', 'Дауыс беру', '', '', 'Нәтижесі', '', '', '', '«қолдайды»', '«қарсы»', '«қалыс қалды»', '',
      '1', 'Ақпарат', '12', '11', 'жоқ', '1', 'шешім қабылданды', '2', 'Жоспар', '12', '12', '–', '–', 'бірауыздан қабылданды',
      '3', 'Жоба', '12', '4', '7', '1', 'шешім қабылданбады'];
    const x = parseProtocol(['ХАТТАМА № 1', '', 'Дауыс беру қорытындысы', ...cells.map((c) => `\t${c}`), '', 'Төраға'].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([
      [11, 0, 1, false, 'adopted'], [12, 0, 0, true, 'adopted'], [4, 7, 1, false, 'rejected'],
    ]);
  });
});

describe('a unanimous vote with its count before the word for all', () => {
  it('kk: "он үш мүше бірауыздан қолдады", "13 мүше бірауыздан дауыс берді"', () => {
    const v = readVotes(['Дауыс беру: он үш мүше бірауыздан қолдады. Шешім қабылданды.'])[0];
    expect([v.for, v.unanimous, v.declared]).toEqual([13, true, 'adopted']);
    expect(readCounts('13 мүше бірауыздан дауыс берді.').for).toBe(13);
  });
  it('ru: "12 членов совета единогласно проголосовали «за»"', () => {
    expect(readCounts('Голосование: 12 членов совета единогласно проголосовали «за».').for).toBe(12);
  });
  it('near-misses: no verb of a vote, or another act', () => {
    expect(readCounts('Комиссияға 2024 жылы 5 мүше бірауыздан сайланған.').for).toBeNull();
    expect(readCounts('В составе 13 членов, единогласно утверждённом в 2024 году.').for).toBeNull();
  });
});

describe("an e-form's vote: each label and its value on lines of their own", () => {
  it('kk: "қолдайды" / "8" / "қарсы" / "—" / "қалыс қалды" / "1", the result under "Нәтижесі:"', () => {
    const lines = ['Дауыс беру:', 'қолдайды', '8', 'қарсы', '—', 'қалыс қалды', '1', 'Нәтижесі:', 'қабылданды', ''];
    const v = readVotes(joinVoteFormLines(lines))[0];
    expect([v.for, v.against, v.abstain, v.declared]).toEqual([8, 0, 1, 'adopted']);
  });
  it('ru variant, a blank line between label and value: "За" / "" / "12" / "Против" / "" / "нет"', () => {
    const joined = joinVoteFormLines(['Голосование:', 'За', '', '12', 'Против', '', 'нет', 'Воздержались', '', '1']);
    expect(counts(joined[1])).toEqual([12, 0, 1]);
    expect(joined).toHaveLength(10);
  });
  it('near-misses: a label with no count under it, a value that is no count, "for" missing', () => {
    expect(joinVoteFormLines(['қолдайды', 'жобаны', 'қарсы', '2'])).toEqual(['қолдайды', 'жобаны', 'қарсы', '2']);
    expect(joinVoteFormLines(['Против', '3', 'Воздержались', '1'])).toEqual(['Против', '3', 'Воздержались', '1']);
    expect(joinVoteFormLines(['За', '2025 жылғы 5 мамыр', 'Против', '1'])).toEqual(['За', '2025 жылғы 5 мамыр', 'Против', '1']);
  });
});

describe("a heading boxed by rules is no page break", () => {
  const rule = '-'.repeat(60);
  it('kk: an e-form\'s sections keep their repeated lines ("Тыңдалды:", "қабылданды")', () => {
    const lines = [rule, '1-МӘСЕЛЕ БОЙЫНША', rule, 'Тыңдалды:', 'Баяндама.', 'Нәтижесі:', 'қабылданды', '', rule, '2-МӘСЕЛЕ БОЙЫНША', rule, 'Тыңдалды:', 'Есеп.', 'Нәтижесі:', 'қабылданды', '', rule, 'Төраға'];
    expect(withoutPageFurniture(lines)).toEqual(lines);
  });
  it('ru variant: "ПОВЕСТКА ДНЯ" boxed, a bare item number under it kept', () => {
    const lines = [rule, 'ПОВЕСТКА ДНЯ', rule, '1', 'О плане работы', '2', 'Об отчёте', '', rule, 'СЛУШАЛИ', rule, 'Решено.'];
    expect(withoutPageFurniture(lines)[3]).toBe('1');
  });
  it('near-miss: a running header boxed by rules, in small letters with its page number, is still a page break', () => {
    const lines = ['1. Сорокин В.Н.', '2. Ибраева К.Т.', rule, 'Протокол № 4 заседания ОС от 18.06.2025          стр. 1 из 3', rule, '3. Кайсенов Р.А.', '',
      'Решено.', rule, 'Протокол № 4 заседания ОС от 18.06.2025          стр. 2 из 3', rule, 'Конец.'];
    const out = withoutPageFurniture(lines);
    expect(out[3]).toBe('');
    expect(parseProtocol(['ПРОТОКОЛ № 4', '', 'Присутствовали:', ...lines].join('\n')).attendees).toHaveLength(3);
  });
  it('near-miss: a running footer by a lone page rule is still furniture', () => {
    const lines = ['Текст первой страницы идёт дальше', 'Протокол заседания совета № 5', '_'.repeat(30), 'Текст второй страницы', 'Протокол заседания совета № 5', '_'.repeat(30), 'Конец'];
    const out = withoutPageFurniture(lines);
    expect(out[4]).toBe('');
  });
});

describe('a bilingual protocol: each vote in Kazakh, then in Russian after the Russian block', () => {
  it('kk then ru: one vote each question, the counts and result of both halves', () => {
    const text = [
      'ХАТТАМА / ПРОТОКОЛ № 4', '',
      '1. [KZ] ТЫҢДАЛДЫ: Ермеков С.А. хабарлады.',
      'ШЕШІМ: Ақпарат назарға алынсын. Дауыс беру: «қолдайды» – 14, «қарсы» – жоқ, «қалыс қалды» – 1. Шешім қабылданды.',
      '   [RU] СЛУШАЛИ: Ермеков С.А. сообщил о ходе работ,',
      'план выполнен на 41 %.',
      'РЕШИЛИ: Информацию принять к сведению. Голосование: «за» – 14, «против» – нет, «воздержался» – 1. Решение принято.', '',
      '2. [KZ] ТЫҢДАЛДЫ: Әбілов Т.Ж. ұсынды.',
      'Дауыс беру: «қолдайды» – 7, «қарсы» – 6, «қалыс қалды» – 2. Шешім қабылданбады.',
      '   [RU] СЛУШАЛИ: Абилов Т.Ж. предложил.',
      'Голосование: «за» – 7, «против» – 6, «воздержался» – 2. Решение не принято.',
    ].join('\n');
    expect(parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[14, 0, 1, 'adopted'], [7, 6, 2, 'rejected']]);
  });
  it('near-miss: the next question in the other language with the same counts stays a vote of its own', () => {
    const text = [
      'ПРОТОКОЛ № 2', '',
      '1. ТЫҢДАЛДЫ: Ақпарат.', 'Дауыс беру: «қолдайды» – 9, «қарсы» – жоқ, «қалыс қалды» – 1.',
      '2. СЛУШАЛИ: Отчёт.', 'Голосование: «за» – 9, «против» – нет, «воздержался» – 1.',
    ].join('\n');
    expect(parseProtocol(text).votes).toHaveLength(2);
  });
});

describe('an absence with no reason given, after "себебі" and a dash or a colon', () => {
  const absent = (list: string) => parseProtocol(`ХАТТАМА № 1\n\n${list}\n`).absentees.map((a) => a.excused);
  it('kk: "себебі – хабарланбаған", "себебі: көрсетілмеген", "себебі белгісіз"', () => {
    expect(absent('Қатыспағандар:\n - Сарсенов Е.Т., себебі – хабарланбаған;\n - Әділшин Қ.Р., себебі – іссапарда.')).toEqual([false, true]);
    expect(absent('Қатыспағандар:\n1. Сағындықова Ә.Б. – себебі: көрсетілмеген\n2. Ысқақов Т.Б. – себебі белгісіз')).toEqual([false, false]);
  });
  it('ru: "причина не указана" as before', () => {
    expect(absent('Отсутствовали:\n1. Иванов И.И. – причина не указана')).toEqual([false]);
  });
  it('near-miss: a reason given is excused', () => {
    expect(absent('Қатыспағандар:\n1. Нұрмағанбетова Ж.Ө. – себебі: бала күтімі демалысында')).toEqual([true]);
  });
});

describe('the Kazakh year first, then the month in the genitive', () => {
  it('kk: "2025 жыл, қыркүйектің 24-і", "2025 жыл, 24 қыркүйек"', () => {
    expect(parseDatePhrase('Өткізілген уақыты: 2025 жыл, қыркүйектің 24-і, сағат 10.30')?.start).toBe('2025-09-24');
    expect(parseDatePhrase('2025 жыл, 24 қыркүйек')?.start).toBe('2025-09-24');
  });
  it('ru: the Russian order as before', () => {
    expect(parseDatePhrase('24 сентября 2025 года')?.start).toBe('2025-09-24');
  });
  it('near-miss: a year alone and a month without a day are no date', () => {
    expect(parseDatePhrase('2025 жыл, қыркүйек айы')).toBeNull();
  });
});

describe('the absentees listed in Kazakh, then in Russian', () => {
  const head = 'ХАТТАМА / ПРОТОКОЛ № 4\n\n[KZ] Отырысқа 19 мүшенің 15-і қатысты.\n[RU] Присутствовали 15 из 19 членов.\n\n';
  it('kk then ru: each person once, excused as both halves say', () => {
    const x = parseProtocol(`${head}[KZ] Қатыспағандар: Ахмеденов Б.Қ. (іссапар), Сұлтанғалиева М.Р. (науқас), Қожахметов Е.А. (себепсіз),\nБақтыгереев Ө.Н. (себепсіз).\n[RU] Отсутствовали: Ахмеденов Б.К. (командировка), Султангалиева М.Р. (болезнь), Кожахметов Е.А. (без причины),\nБактыгереев О.Н. (без причины).\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true, false, false]);
  });
  it('ru then kk variant, one person', () => {
    const list = [
      { name: 'Иванов И.И.', excused: true, reason: 'командировка', line: 5 },
      { name: 'Иванов И.И.', excused: true, reason: 'іссапар', line: 8 },
    ];
    expect(oneListOfTwoLanguages(list)).toEqual({ absentees: [list[0]], halved: true });
  });
  it('near-misses: other persons in the second half, one name twice in a half, halves that disagree on the reason', () => {
    const a = (name: string, line: number, excused: boolean | null = true) => ({ name, excused, reason: null, line });
    expect(oneListOfTwoLanguages([a('Ахмеденов Б.Қ.', 1), a('Сапаров Т.Т.', 2)]).halved).toBe(false);
    expect(oneListOfTwoLanguages([a('Ким А.А.', 1), a('Ким А.А.', 2), a('Ким А.А.', 3), a('Ким А.А.', 4)]).halved).toBe(false);
    expect(oneListOfTwoLanguages([a('Әлиев Ж.Қ.', 1, true), a('Алиев Ж.К.', 2, false)]).absentees[0].excused).toBeNull();
  });
});

describe("an e-form's agenda: a bare number on a line, the item's title under it", () => {
  const rule = '-'.repeat(60);
  const agenda = (lines: string[]) => parseProtocol(['ХАТТАМА № 7', '', ...lines, '', 'Тыңдалды:', 'Баяндама.'].join('\n'));
  it('kk: "1" / "… туралы" / "Баяндамашы: …", under a heading boxed by rules', () => {
    const x = agenda([rule, 'КҮН ТӘРТІБІ', rule, '1', 'Жылу маусымына дайындық туралы', 'Баяндамашы: Дүйсенбин Қ.А.', '2', 'Жұмыс жоспары туралы', 'Баяндамашы: Гайсина Л.М.', '3', '«Тарифтер туралы» шешімнің жобасы туралы']);
    expect(x.agenda.map((a) => a.title)).toEqual(['Жылу маусымына дайындық туралы', 'Жұмыс жоспары туралы', '«Тарифтер туралы» шешімнің жобасы туралы']);
  });
  it('ru variant: "Повестка дня:" and a blank line, no speakers', () => {
    const x = agenda(['Повестка дня:', '', '1', 'О плане работы на 2026 год.', '2', 'Об отчёте отдела образования.']);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });
  it('near-misses: one item only, numbers not from 1, a number with a number under it', () => {
    expect(joinBareItemNumbers(['КҮН ТӘРТІБІ', '1', 'Жоспар туралы', ''])).toEqual(['КҮН ТӘРТІБІ', '1', 'Жоспар туралы', '']);
    expect(joinBareItemNumbers(['Повестка дня:', '2', 'О плане', '3', 'Об отчёте'])).toEqual(['Повестка дня:', '2', 'О плане', '3', 'Об отчёте']);
    expect(joinBareItemNumbers(['Повестка дня:', '1', '15', '2', 'Об отчёте'])).toEqual(['Повестка дня:', '1', '15', '2', 'Об отчёте']);
  });
});

describe('a person a line, the role (or status) on the next, under a heading with no colon', () => {
  const rule = '-'.repeat(60);
  const attendance = (lines: string[]) => parseProtocol(['ХАТТАМА № 7', '', ...lines, '', 'КҮН ТӘРТІБІ', '1. Жоспар туралы.'].join('\n'));
  it('kk: "ҚАТЫСҚАН КЕҢЕС МҮШЕЛЕРІ" boxed by rules, "Серікова Айгүл Маратқызы" / "Кеңес мүшесі", one "мүше, онлайн"', () => {
    const x = attendance([
      rule, 'ҚАТЫСҚАН КЕҢЕС МҮШЕЛЕРІ', rule,
      'Шалабаев Айдар Қанатұлы', 'Кеңес төрағасы', 'Серікова Айгүл Маратқызы', 'Кеңес мүшесі', 'Жақыпова Б.Р.', 'мүше, онлайн', 'Ильин С.В.', 'мүше',
      '', rule, 'ҚАТЫСПАҒАН КЕҢЕС МҮШЕЛЕРІ', rule,
      'Мұқанов Ерболат Серікұлы', 'себебі: іссапар', 'Сағындықова Әсия Бауыржанқызы', 'себебі: көрсетілмеген',
    ]);
    expect(x.attendees.map((a) => a.name)).toEqual(['Шалабаев Айдар Қанатұлы', 'Серікова Айгүл Маратқызы', 'Жақыпова Б.Р.', 'Ильин С.В.']);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Жақыпова Б.Р.']);
    expect(x.attendees[1].role).toBe('Кеңес мүшесі');
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Мұқанов Ерболат Серікұлы', true], ['Сағындықова Әсия Бауыржанқызы', false]]);
  });
  it('ru: "ПРИСУТСТВОВАЛИ ЧЛЕНЫ СОВЕТА" after a blank line, "Иванов Иван Иванович" / "член Совета", "Член Совета" capitalised', () => {
    const x = attendance(['ПРИСУТСТВОВАЛИ ЧЛЕНЫ СОВЕТА', 'Иванов Иван Иванович', 'Председатель Общественного совета', 'Петрова Анна Сергеевна', 'член Совета', 'Сидоров С.С.', 'Член Совета (онлайн)']);
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов Иван Иванович', 'Петрова Анна Сергеевна', 'Сидоров С.С.']);
    expect(x.attendees.map((a) => a.online)).toEqual([false, false, true]);
  });
  it('variant: names alone a line under "Отсутствовали" (no role lines), numbered', () => {
    const x = attendance(['Присутствовали:', 'Иванов И.И.', 'Петров П.П.', '', 'Отсутствовали', '1. Ахметов Б.Б.', '2. Ли О.В.']);
    expect(x.absentees.map((a) => a.name)).toEqual(['Ахметов Б.Б.', 'Ли О.В.']);
  });
  it('a role alone on its line, no name in it', () => {
    for (const role of ['член Совета', 'Кеңес мүшесі', 'мүше, онлайн', 'Председатель Общественного совета', 'Қоғамдық кеңес төрағасы', 'Член ОС']) expect(isRoleLine(role)).toBe(true);
    for (const other of ['Член Совета Петров П.П.', 'Членова Анна Петровна', 'Иванов И.И.', 'Присутствовали:']) expect(isRoleLine(other)).toBe(false);
  });
  it("near-misses: a speaker's name and the speech's first line; a heading with one person and no second; a count; no presence word", () => {
    // A speaker's name, then the first line of the speech: no list.
    expect(attendance(['ПРИСУТСТВОВАЛИ ЧЛЕНЫ СОВЕТА', 'Иванов Иван Иванович', 'сообщил, что подготовка к отопительному сезону завершена на 95 процентов,', 'из 46 котельных готовы 44.']).attendees).toEqual([]);
    expect(attendance(['ҚАТЫСҚАН КЕҢЕС МҮШЕЛЕРІ', 'Серікова Айгүл Маратқызы', 'Жылу маусымына дайындық туралы баяндады.']).attendees).toEqual([]);
    // One person, a role and nothing after: too little to tell a list from a signature.
    expect(attendance(['ҚАТЫСҚАН КЕҢЕС МҮШЕЛЕРІ', 'Серікова Айгүл Маратқызы', 'Кеңес мүшесі']).attendees).toEqual([]);
    // A count in the heading's place is no heading; a line of names under "СЛУШАЛИ" is no attendance.
    expect(attendance(['Присутствовали 9 членов Совета', 'Иванов Иван Иванович', 'член Совета', 'Петрова Анна Сергеевна', 'член Совета']).attendees).toEqual([]);
    expect(attendance(['СЛУШАЛИ', 'Иванов Иван Иванович', 'член Совета', 'Петрова Анна Сергеевна', 'член Совета']).attendees).toEqual([]);
  });
});
