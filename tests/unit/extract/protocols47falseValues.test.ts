/**
 * Classes of set 47's protocols whose misreading gave FALSE values (ru and kk cases, each with a variant and near-misses):
 * the Kazakh label as a participle ("жақтаған – 10") and one none over both labels each with its own particle ("қарсы
 * болған да, қалыс қалған да жоқ", "ни против, ни воздержавшихся не было"); all present for, the verb first ("поддержали
 * все 9 присутствовавших", "қатысқан 9 мүшенің барлығы қолдады"); a Kazakh label in quotes after its count ("сегіз дауыс
 * «жақтап»") — readVotes, lexicon.json; a question added to the agenda by its ordinal, unquoted ("күн тәртібіне төртінші
 * мәселе ретінде … енгізуді ұсынды"), and an addition adopted but not read leaving the count unstated —
 * readAgendaAdditions; a late arrival with the count from then on ("с этого момента присутствуют 10") — readStatedCounts;
 * a list in a sentence read short of its count — checkCounts; "двое из которых – по видеосвязи" over a list of all present
 * — readAttendance; "на лечении" excused — lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { attendeesOf, statedCounts, votesOf } from '../../helpers/protocolCounts.ts';

const HEAD_KK = 'ХАТТАМА № 2\n23.04.2025 ж.\n\n';
const HEAD_RU = 'ПРОТОКОЛ № 2\nзаседания Общественного совета\n12.03.2025 г.\n\n';
const votes = votesOf;
const agendaCount = (text: string) => {
  const x = parseProtocol(text);
  return x.agenda_listed === false ? null : x.agenda.length;
};
const counts = statedCounts;
const attendees = attendeesOf;
const absentees = (text: string) => parseProtocol(text).absentees.map((a) => [a.name, a.excused]);

describe('the Kazakh participle label and one none over both labels', () => {
  it('kk: "жақтаған – 10, қарсы болған да, қалыс қалған да жоқ"', () => {
    expect(votes(`${HEAD_KK}Дауыстар: жақтаған – 10, қарсы болған да, қалыс қалған да жоқ. Шешім қабылданды.\n`))
      .toEqual([[10, 0, 0, false, 'adopted']]);
  });
  it('kk variant: "жақтаған – 9, қарсы шыққан да, қалыс қалған да болмады"', () => {
    expect(votes(`${HEAD_KK}Дауыс беру: жақтаған – 9, қарсы шыққан да, қалыс қалған да болмады. Шешім қабылданды.\n`))
      .toEqual([[9, 0, 0, false, 'adopted']]);
  });
  it('ru: "за – 10, ни против, ни воздержавшихся не было"', () => {
    expect(votes(`${HEAD_RU}Голосовали: за – 10, ни против, ни воздержавшихся не было. Решение принято.\n`))
      .toEqual([[10, 0, 0, false, 'adopted']]);
  });
  it('ru variant: "за – 8; не было ни «против», ни воздержавшихся"', () => {
    expect(votes(`${HEAD_RU}Голосовали: за – 8; не было ни «против», ни воздержавшихся. Решение принято.\n`))
      .toEqual([[8, 0, 0, false, 'adopted']]);
  });
  it('near-miss: "қарсы болған да жоқ, қалыс қалған – 1" is one none, not both', () => {
    expect(votes(`${HEAD_KK}Дауыстар: жақтаған – 9, қарсы болған да жоқ, қалыс қалған – 1. Шешім қабылданды.\n`))
      .toEqual([[9, null, 1, false, 'adopted']]);
  });
  it('near-miss: "жақтаған мүшелер көп болды" has no count', () => {
    expect(votes(`${HEAD_KK}Ұсынысты жақтаған мүшелер көп болды.\n`)).toEqual([]);
  });
});

describe('all present for, the verb or the count first', () => {
  it('ru: "Решение поддержали все 9 присутствовавших на тот момент членов Совета"', () => {
    expect(votes(`${HEAD_RU}Решение поддержали все 9 присутствовавших на тот момент членов Совета и оно считается принятым.\n`)[0].slice(0, 4))
      .toEqual([9, null, null, true]);
  });
  it('ru variant: "Проект поддержали все 12 присутствующих членов Совета"', () => {
    expect(votes(`${HEAD_RU}Проект поддержали все 12 присутствующих членов Совета. Решение принято.\n`)).toEqual([[12, null, null, true, 'adopted']]);
  });
  it('kk: "Шешімді отырысқа қатысқан 9 мүшенің барлығы қолдады"', () => {
    expect(votes(`${HEAD_KK}Шешімді отырысқа қатысқан 9 мүшенің барлығы қолдады. Шешім қабылданды.\n`))
      .toEqual([[9, null, null, true, 'adopted']]);
  });
  it('near-miss: "поддержали все 9 присутствовавших, против – 1" is not all for', () => {
    expect(votes(`${HEAD_RU}Решение поддержали все 9 присутствовавших, против – 1. Решение принято.\n`)[0].slice(0, 2)).toEqual([null, 1]);
  });
});

describe('a Kazakh label in quotes after its count', () => {
  it('kk: "сегіз дауыс «жақтап», бір дауыс «қарсы»"', () => {
    expect(votes(`${HEAD_KK}Жоспар осы өзгеріспен бекітілді: сегіз дауыс «жақтап», бір дауыс «қарсы».\n`))
      .toEqual([[8, 1, null, false, 'adopted']]);
  });
  it('kk variant: "7 дауыс «қолдап», 2 дауыс «қалыс»"', () => {
    expect(votes(`${HEAD_KK}Шешім қабылданды: 7 дауыс «қолдап», 2 дауыс «қалыс».\n`)[0].slice(0, 3)).toEqual([7, null, 2]);
  });
  it('ru (unchanged): "восемь голосов «за», один голос «против»"', () => {
    expect(votes(`${HEAD_RU}Решение принято: восемь голосов «за», один голос «против».\n`)[0].slice(0, 2)).toEqual([8, 1]);
  });
  it('near-miss: "«Жақтап» журналының 3 саны" is no vote', () => {
    expect(votes(`${HEAD_KK}Кеңес «Жақтап» журналының 3 санын алды.\n`)).toEqual([]);
  });
});

const AGENDA_KK = `${HEAD_KK}КҮН ТӘРТІБІ:\n1. Көктемгі егіс туралы.\n2. Ауыз су туралы.\n3. Кеңестің жұмысы туралы.\n\n`;
const AGENDA_RU = `${HEAD_RU}ПОВЕСТКА ДНЯ:\n1. О посевной.\n2. О питьевой воде.\n3. О работе Совета.\n\n`;
describe('a question added to the agenda by its ordinal; an addition adopted but not read', () => {
  it('kk: "күн тәртібіне төртінші мәселе ретінде … өтінішін енгізуді ұсынды. Күн тәртібі осы толықтырумен бірауыздан бекітілді."', () => {
    expect(agendaCount(`${AGENDA_KK}Есімханова А.Р. күн тәртібіне төртінші мәселе ретінде мектептің спорт залын жөндеу туралы тұрғындардың өтінішін енгізуді ұсынды. Күн тәртібі осы толықтырумен бірауыздан бекітілді.\n`))
      .toBe(4);
  });
  it('ru: "включить в повестку дня четвёртым вопросом ремонт … Повестка дня с этим дополнением утверждена единогласно."', () => {
    expect(agendaCount(`${AGENDA_RU}Иванов И.И. предложил включить в повестку дня четвёртым вопросом ремонт спортзала школы № 2. Повестка дня с этим дополнением утверждена единогласно.\n`))
      .toBe(4);
  });
  it('variant: the ordinal not the next number ("бесінші мәселе ретінде" to a list of three) — the count is not stated', () => {
    expect(agendaCount(`${AGENDA_KK}Есімханова А.Р. күн тәртібіне бесінші мәселе ретінде мектеп туралы өтінішті енгізуді ұсынды. Күн тәртібі осы толықтырумен бекітілді.\n`))
      .toBeNull();
  });
  it('ru: an addition adopted whose question is not read — the count is not stated', () => {
    expect(agendaCount(`${AGENDA_RU}После обсуждения повестка дня с этим дополнением единогласно утверждена.\n`)).toBeNull();
  });
  it('near-miss: "Күн тәртібі бірауыздан бекітілді" (no addition) keeps the count', () => {
    expect(agendaCount(`${AGENDA_KK}Күн тәртібі бірауыздан бекітілді.\n`)).toBe(3);
  });
  it('near-miss: a fourth question for the next meeting adds nothing', () => {
    expect(agendaCount(`${AGENDA_KK}Есімханова А.Р. келесі отырыстың күн тәртібіне төртінші мәселе ретінде мектеп туралы өтінішті енгізуді ұсынды. Ұсыныс қабылданды.\n`))
      .toBe(3);
  });
});

describe('a late arrival, and the count from then on', () => {
  it('ru: "к открытию … присутствовали 9 … В 10 ч. 25 мин. к заседанию присоединился … – с этого момента присутствуют 10"', () => {
    expect(counts(`${HEAD_RU}Членов Совета по списку 13; к открытию заседания присутствовали 9. В 10 ч. 25 мин. к заседанию присоединился Садыков Е.Р., задержавшийся на совещании, – с этого момента присутствуют 10 членов Совета.\n`)[1])
      .toBe(10);
  });
  it('kk: "… тоғыз мүше қатысты, 10.40-та Ғабитов Д.Е. кешігіп келді, осы сәттен бастап отырысқа 10 мүше қатысуда"', () => {
    expect(counts(`${HEAD_KK}Кеңес 13 мүшеден тұрады. Отырыс ашылған кезде 9 мүше қатысты, 10.40-та Ғабитов Д.Е. кешігіп келді, осы сәттен бастап отырысқа 10 мүше қатысуда.\n`)[1])
      .toBe(10);
  });
  it('near-miss: a late arrival with no count after it — the opening count is not the present count', () => {
    expect(counts(`${HEAD_RU}Членов Совета по списку 13; к открытию заседания присутствовали 9. В 10 ч. 25 мин. к заседанию присоединился Садыков Е.Р.\n`)[1])
      .toBeNull();
  });
});

describe('a list in a sentence read short of its stated count', () => {
  it('ru: "присутствовали 9: …, Омаров К.Е. (участвует дистанционно, через Zoom) и Турсынбаев Д.Ж." — no list length stated', () => {
    const text = `${HEAD_RU}Членов Совета по списку 13; присутствовали 9: Тусупбеков Н.С., Ли Е.В., Байменов А.К., Джаксыбекова Р.Т., Есенгельдиев Б.М., Курманалиева Ж.А., Нам В.С., Омаров К.Е. (участвует дистанционно, через Zoom) и Турсынбаев Д.Ж.\n`;
    const got = attendees(text);
    expect(got === null || got.length === 9).toBe(true);
  });
  it('near-miss: a numbered list of all present keeps its names', () => {
    const text = `${HEAD_RU}Присутствовали 3 члена Совета:\n1. Абдрахманов Е.К.\n2. Шевченко И.П.\n3. Ибраев Т.С.\n`;
    expect(attendees(text)).toHaveLength(3);
  });
});

describe('"двое из которых – по видеосвязи" over a list of all present', () => {
  const list = '  1. Абдрахманов Ерлан Канатович\n  2. Шевченко Ирина Павловна\n  3. Оразова Динара Калибековна (подключилась по видеосвязи)\n  4. Рахметов Аскар Болатович (подключился по видеосвязи)\n';
  it('ru: the heading counts a part, the list is of all present', () => {
    const got = attendees(`${HEAD_RU}Всего членов Совета – 6.\nВ заседании участвуют 4 члена Совета, двое из которых – по видеосвязи:\n${list}`);
    expect(got?.filter(([, online]) => online)).toHaveLength(2);
  });
  it('ru variant: "из которых 2 – онлайн"', () => {
    const got = attendees(`${HEAD_RU}Всего членов Совета – 6.\nВ заседании участвуют 4 члена Совета, из которых 2 – онлайн:\n${list}`);
    expect(got?.filter(([, online]) => online)).toHaveLength(2);
  });
  it('kk: "Отырысқа 4 мүше қатысады, оның екеуі – бейнебайланыс арқылы:"', () => {
    const got = attendees(`${HEAD_KK}Кеңес 6 мүшеден тұрады.\nОтырысқа 4 мүше қатысады, оның екеуі – бейнебайланыс арқылы:\n  1. Сыздықов Марат Амангелдіұлы\n  2. Тәжібаева Гүлнар Серікқызы\n  3. Оңғарбаев Серік Тұрсынұлы (бейнебайланыс арқылы)\n  4. Төлеубаев Дәулет Маратұлы (бейнебайланыс арқылы)\n`);
    expect(got === null || got.filter(([, online]) => online).length === 2).toBe(true);
  });
});

describe('"на лечении" is an excused absence', () => {
  it('ru: "Абенова С.К. – находится на лечении в г. Алматы"', () => {
    expect(absentees(`${HEAD_RU}Не присутствовали: Абенова С.К. – находится на лечении в г. Алматы; Кайыпов Р.Б. – причина неизвестна.\n`))
      .toEqual([['Абенова С.К.', true], ['Кайыпов Р.Б.', false]]);
  });
  it('kk (unchanged): "Исмаилов Т.К. – емделуде"', () => {
    expect(absentees(`${HEAD_KK}Отырысқа қатыспағандар:\nИсмаилов Т.К. – ауруханада емделуде;\nСерікбаев А.Н. – себебін ескертпеді.\n`)[0]).toEqual(['Исмаилов Т.К.', true]);
  });
});
