/**
 * Session 26's composition and meetings (issue 12). Variants of our own in ru and kk, near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import type { MetricId } from '../../../sources/extract/types.ts';
import { isOneCommissionHeading } from '../../../sources/extract/report/commissionSections.ts';
import { foldLatinLookalikes } from '../../../sources/extract/repairCopy.ts';
import { maskNeverCounts } from '../../../sources/extract/maskNeverCounts.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const figure = (text: string, metric: MetricId) => parseReport(`${text}\n`).figures.filter((f) => f.metric === metric).map((f) => f.value);
const candidate = (text: string, metric: MetricId) => parseReport(`${text}\n`).candidates.filter((c) => c.metric === metric).map((c) => c.value);

describe('a count of bodies is never a count of the meetings after it', () => {
  // Guards the false general_meetings 3 of "Мәслихат жанындағы үш тұрақты комиссия … 11 рет өткізді": "үш" counts the
  // commissions standing between it and "отырыстарын", and the commissions are the maslihat's.
  it('kk: the commissions or the working groups between the number and "отырыс"', () => {
    const text = `${KK}Мәслихат жанындағы үш тұрақты комиссия өз отырыстарын жалпы саны 11 рет өткізді.`;
    expect(figure(text, 'general_meetings')).toEqual([]);
    expect(candidate(text, 'general_meetings')).toEqual([]);
    expect(figure(text, 'commission_meetings')).toEqual([]);
    expect(figure(`${KK}Екі жұмыс тобы отырыстарын бес рет өткізді.`, 'general_meetings')).toEqual([]);
    expect(figure(`${KK}Кеңес мүшелері 2 мәслихат отырысына қатысты.`, 'general_meetings')).toEqual([]);
  });
  it('ru: the commissions of the maslihat or working groups between the number and "заседания"', () => {
    expect(figure(`${RU}Три постоянные комиссии маслихата заседания проводили 11 раз.`, 'general_meetings')).toEqual([]);
    expect(candidate(`${RU}Три постоянные комиссии маслихата заседания проводили 11 раз.`, 'general_meetings')).toEqual([]);
    expect(figure(`${RU}Две рабочие группы заседания проводили пять раз.`, 'general_meetings')).toEqual([]);
  });
  it('the council\'s own count in the same sentence is still read', () => {
    expect(figure(`${KK}Кеңес 4 отырыс өткізді, ал мәслихат жанындағы үш тұрақты комиссия өз отырыстарын 11 рет өткізді.`, 'general_meetings')).toEqual([4]);
    expect(figure(`${RU}Совет провёл 4 заседания, а три постоянные комиссии маслихата свои заседания проводили 11 раз.`, 'general_meetings')).toEqual([4]);
  });
  it('near-miss kept: the council\'s name or an adjective between is no other body', () => {
    expect(figure(`${KK}Есепті кезеңде 2 Кеңес отырысы өтті.`, 'general_meetings')).toEqual([2]);
    expect(figure(`${KK}Кеңес 3 кезекті отырыс өткізді.`, 'general_meetings')).toEqual([3]);
    expect(figure(`${RU}Проведено 3 общих заседания Совета.`, 'general_meetings')).toEqual([3]);
  });
});

const Q = 'Отчет о работе Общественного совета за IV квартал 2025 года\n\n';
const QK = 'Қоғамдық кеңестің 2025 жылғы IV тоқсандағы қызметі туралы есеп\n\n';

describe('the year\'s total in another statement of the sentence leaves the quarter\'s own counts', () => {
  // Guards set 66's Kokshetau letter: "За отчетный квартал Советом проведено 2 заседания …; для сравнения, всего за 2025 год
  // Совет провел 8 заседаний" made the 2, the presidium's 1 and the commissions' 5 candidates.
  it('ru and kk: the own statement names the report\'s part, the year\'s total after a semicolon', () => {
    const ru = `${Q}За отчетный квартал проведено 2 заседания Совета; для сравнения, всего за 2025 год Совет провел 8 заседаний.`;
    expect(figure(ru, 'general_meetings')).toEqual([2]);
    expect(candidate(ru, 'general_meetings')).toEqual([8]);
    expect(figure(`${QK}Есепті тоқсанда Кеңестің 2 отырысы өтті; ал жыл бойы барлығы 7 отырыс өткізілді.`, 'general_meetings')).toEqual([2]);
  });
  it('near-miss: a statement that names no part of its own stays under the year', () => {
    const text = `${Q}За 2025 год проведено 8 заседаний; мониторингов – 3.`;
    expect(figure(text, 'monitorings')).toEqual([]);
    expect(figure(text, 'general_meetings')).toEqual([]);
  });
});

describe('the composition compared with the quarter\'s start, and the commissions after its parts', () => {
  it('ru and kk: "как и в начале квартала", "тоқсан басындағыдай" set off by commas', () => {
    expect(figure(`${Q}В Совете, как и в начале квартала, 15 членов.`, 'members_total')).toEqual([15]);
    expect(figure(`${QK}Кеңесте, тоқсан басындағыдай, 15 мүше бар.`, 'members_total')).toEqual([15]);
  });
  it('near-miss: the count on the quarter\'s first day', () => {
    expect(figure(`${Q}На начало квартала в Совете было 15 членов.`, 'members_total')).toEqual([]);
  });
  it('ru and kk: the total, its two parts, then the commissions the work goes through', () => {
    const ru = `${Q}В Совете 15 членов, из которых 11 представляют НПО, а 4 являются работниками государственных органов, при этом работа организована через 4 постоянные комиссии.`;
    expect([figure(ru, 'members_total'), figure(ru, 'members_civil'), figure(ru, 'members_state'), figure(ru, 'commissions')]).toEqual([[15], [11], [4], [4]]);
    const kk = `${QK}Кеңесте 15 мүше бар, олардың 11-і үкіметтік емес ұйымдардың өкілдері, 4-еуі мемлекеттік органдардың қызметкерлері, ал жұмыс 3 тұрақты комиссия арқылы жүргізіледі.`;
    expect([figure(kk, 'members_total'), figure(kk, 'members_state'), figure(kk, 'commissions')]).toEqual([[15], [4], [3]]);
    expect(figure(`${Q}Работа Совета выстроена через 2 постоянные комиссии.`, 'commissions')).toEqual([2]);
  });
  it('near-miss: a commission\'s own membership, events organised through commissions', () => {
    const text = `${Q}В состав комиссии вошли 7 человек, из которых 5 представляют НПО, а 2 – госорганы, всего в Совете 3 постоянные комиссии.`;
    expect([figure(text, 'members_total'), figure(text, 'members_civil'), figure(text, 'members_state')]).toEqual([[], [], []]);
    expect(figure(`${Q}Мониторинги организованы через 2 постоянные комиссии.`, 'commissions')).toEqual([]);
  });
});

describe('an unchanged membership told after "сообщаем, что"', () => {
  it('ru: the news clause opened by "что"', () => {
    for (const text of [`${Q}Сообщаем, что состав Совета за квартал не менялся.`, `${Q}Отмечаем, что изменений в составе Совета не было.`]) {
      expect([figure(text, 'members_joined'), figure(text, 'members_left')]).toEqual([[0], [0]]);
    }
  });
  it('near-miss: a commission\'s composition', () => {
    const text = `${Q}Сообщаем, что состав комиссии по социальным вопросам не менялся.`;
    expect([figure(text, 'members_joined'), figure(text, 'members_left')]).toEqual([[], []]);
  });
});

describe('a report in sections by commission, each under its number, the council\'s totals last', () => {
  // Guards set 66's Kostanay oblast: "1-комиссия. Әлеуметтік мәселелер …" headed each commission's "Комиссия 3 отырыс
  // өткізді", and "КЕҢЕС БОЙЫНША БАРЛЫҒЫ (ІІ тоқсан):" over "комиссиялардың отырыстары – 11" was not read as the end of them.
  it('kk: "1-комиссия. …" sections, "КЕҢЕС БОЙЫНША БАРЛЫҒЫ (IV тоқсан):"', () => {
    const text = `${QK}1-комиссия. Әлеуметтік мәселелер\n   Комиссия 3 отырыс өткізді.\n\n2-комиссия. Білім беру және спорт\n   Комиссия 2 отырыс өткізді.\n\nКЕҢЕС БОЙЫНША БАРЛЫҒЫ (IV тоқсан):\n   комиссиялардың отырыстары – 5;\n   Кеңес отырыстары – 2.`;
    expect(figure(text, 'commission_meetings')).toEqual([5]);
    expect(candidate(text, 'commission_meetings')).toEqual([3, 2]);
  });
  it('ru: "Комиссия № 1: …", "1-я комиссия – …" sections, "По Совету в целом", "ИТОГО ПО СОВЕТУ (IV квартал):"', () => {
    const text = `${Q}Комиссия № 1: социальные вопросы\n   Комиссия провела 3 заседания.\n\nКомиссия № 2: образование и спорт\n   Комиссия провела 2 заседания.\n\nПо Совету в целом (IV квартал):\n   заседаний комиссий – 5;\n   заседаний Совета – 2.`;
    expect(figure(text, 'commission_meetings')).toEqual([5]);
    expect(figure(`${Q}1-я комиссия – ЖКХ и транспорт\n   Комиссия провела 3 заседания.\n\nИТОГО ПО СОВЕТУ (IV квартал):\n   заседаний комиссий – 5.`, 'commission_meetings')).toEqual([5]);
  });
  it('near-miss: a numbered commission\'s sentence is no heading', () => {
    expect(isOneCommissionHeading('1-комиссия 3 отырыс өткізді.')).toBe(false);
    expect(isOneCommissionHeading('Комиссия № 2: проведено 4 заседания.')).toBe(false);
    expect(isOneCommissionHeading('1-комиссия. Әлеуметтік мәселелер және денсаулық сақтау')).toBe(true);
  });
});

describe('an unchanged membership as a key figure\'s row, its value naming the label\'s noun again', () => {
  // Guards set 67's Almaty district: "Құрамдағы өзгерістер ......... тоқсанда өзгеріс болған жоқ" left joined and left unread.
  it('kk and ru: the dot leader, the noun again, the none', () => {
    for (const text of [`${QK}Құрамдағы өзгерістер ......... тоқсанда өзгеріс болған жоқ`, `${Q}Изменения в составе ........ изменений в квартале не было`]) {
      expect([figure(text, 'members_joined'), figure(text, 'members_left')]).toEqual([[0], [0]]);
    }
  });
  it('near-miss: the value names another thing', () => {
    const text = `${Q}Изменения в составе ........ изменений в комиссиях не было`;
    expect([figure(text, 'members_joined'), figure(text, 'members_left')]).toEqual([[], []]);
  });
});

describe('the Turkish dotless ı and dotted İ typed for the Kazakh і, І', () => {
  it('kk: read in the Kazakh word, the quote given back as typed', () => {
    expect([figure(`${QK}Кеңес құрамы өзгермедı.`, 'members_joined'), figure(`${QK}Кеңес құрамы өзгермедı.`, 'members_left')]).toEqual([[0], [0]]);
    expect(figure(`${QK}КЕҢЕС ҚҰРАМЫНА 2 ЖАҢА МҮШЕ ЕНГİЗİЛДİ.`, 'members_joined')).toEqual([2]);
    const joined = parseReport(`${QK}Кеңес құрамына 2 жаңа мүше енгıзıлдı.\n`).figures.find((f) => f.metric === 'members_joined');
    expect(joined?.text).toBe('Кеңес құрамына 2 жаңа мүше енгıзıлдı.');
  });
  it('near-miss: a word all in Latin keeps its ı', () => {
    expect(foldLatinLookalikes('Кеңес мүшесі Altınbek Сейтқали')).toBe('Кеңес мүшесі Altınbek Сейтқали');
    expect(foldLatinLookalikes('енгıзıлдı')).toBe('енгізілді');
  });
});

describe('a count in the dative plural written "-м" is no ordinal', () => {
  // Guards set 42's Sandyktau "по всем 4-м - положительные заключения": "4-м" was masked as an ordinal ("в 4-м квартале").
  const kept = (text: string) => maskNeverCounts(text).includes('4-м') || maskNeverCounts(text).includes('3-м');
  it('ru: after "всем", "обоим", or before a noun in the dative plural', () => {
    expect(kept('по всем 4-м - положительные заключения')).toBe(true);
    expect(kept('Обращения распределены 3-м постоянным комиссиям')).toBe(true);
    expect(kept('направлены всем 4-м членам Совета')).toBe(true);
  });
  it('near-miss: the ordinal of a quarter or a meeting, the Kazakh ordinal', () => {
    expect(kept('В 4-м квартале проведено 2 заседания')).toBe(false);
    expect(kept('На 3-м заседании заслушано 2 отчета')).toBe(false);
    expect(maskNeverCounts('Кеңестің 4-ші отырысы').includes('4-ші')).toBe(false);
  });
});

describe('no one yet in the place of the member who left, the decision awaited', () => {
  // Guards set 22's Semey: "қараша айында 1 мүше … шықты, оның орнына жаңа мүше әлі енгізілген жоқ (маслихат шешімі қаңтарда
  // күтілуде)" left members_joined unread.
  it('kk and ru: "оның орнына", "вместо выбывшего", the awaited decision in brackets', () => {
    expect(figure(`${QK}Қазанда 1 мүше шықты, оның орнына жаңа мүше әлі енгізілген жоқ (әкімдік шешімі қаңтарда күтілуде).`, 'members_joined')).toEqual([0]);
    expect(figure(`${Q}В октябре выбыл 1 член, вместо выбывшего новых членов не вводилось (решение маслихата ожидается в январе).`, 'members_joined')).toEqual([0]);
  });
  it('near-miss: a month named in the none\'s own clause', () => {
    expect(figure(`${QK}Қазанда 1 мүше шықты, оның орнына жаңа мүше қаңтарда енгізілмеді.`, 'members_joined')).toEqual([]);
  });
});

describe('the council in the first person working in N commissions, their list after a colon', () => {
  // Guards set 42's Naurzum: "Работаем мы в 2-х комиссиях: социальной и по вопросам АПК, …" left commissions unread.
  const Y = 'Отчет о работе Общественного совета за 2025 год\n\n';
  it('ru and kk: "Работаем мы в 2-х комиссиях:", "Мы работаем в трёх постоянных комиссиях:", "2 комиссияда жұмыс істейміз:"', () => {
    expect(figure(`${Y}Работаем мы в 2-х комиссиях: социальной и по вопросам АПК, экологии и сельских территорий.`, 'commissions')).toEqual([2]);
    expect(figure(`${Y}Мы работаем в трёх постоянных комиссиях: социальной, аграрной и правовой.`, 'commissions')).toEqual([3]);
    expect(figure(`${KK}Біз 2 комиссияда жұмыс істейміз: әлеуметтік және аграрлық.`, 'commissions')).toEqual([2]);
  });
  it('near-miss: one member in the first person singular, each member, no list after', () => {
    expect(figure(`${Y}Я работаю в 2-х комиссиях: социальной и аграрной.`, 'commissions')).toEqual([]);
    expect(figure(`${Y}Каждый член работает в 2-х комиссиях: социальной и аграрной.`, 'commissions')).toEqual([]);
    expect(figure(`${Y}Работаем мы в 2-х комиссиях.`, 'commissions')).toEqual([]);
  });
});

describe('the one who left, named in the singular as the one a new member replaced', () => {
  // Guards set 56's Minprosv: "в состав Совета введён один новый член вместо выбывшего по собственному желанию" read the one
  // joined and left the one who left unread.
  const Y = 'Отчет о работе Общественного совета за 2025 год\n\n';
  it('ru and kk: "вместо выбывшего", "вместо вышедшей", "шыққан мүшенің орнына"', () => {
    expect(figure(`${Y}В состав Совета введён один новый член вместо выбывшего по собственному желанию.`, 'members_left')).toEqual([1]);
    expect(figure(`${Y}Вместо вышедшей из состава по состоянию здоровья в Совет включён один новый член.`, 'members_left')).toEqual([1]);
    expect(figure(`${KK}Өз өтініші бойынша шыққан мүшенің орнына Кеңес құрамына 1 жаңа мүше енгізілді.`, 'members_left')).toEqual([1]);
  });
  it('near-miss: those who left in the plural, a commission\'s member replaced', () => {
    expect(figure(`${Y}В состав Совета введены 2 новых члена вместо выбывших.`, 'members_left')).toEqual([]);
    expect(figure(`${Y}В состав комиссии Совета введён один новый член вместо выбывшего.`, 'members_left')).toEqual([]);
  });
  it('near-miss: the one replaced left another time, before the period (set 23\'s Medeu)', () => {
    const q3 = 'Отчет о работе Общественного совета за III квартал 2025 года\n\n';
    expect(figure(`${q3}В августе в состав введён 1 новый член (распоряжение акима района от 14.08.2025 № 212-р) вместо выбывшего во II квартале.`, 'members_left')).toEqual([]);
    expect(figure(`${QK}Қарашада ІІ тоқсанда шыққан мүшенің орнына Кеңес құрамына 1 жаңа мүше енгізілді.`, 'members_left')).toEqual([]);
    expect(figure(`${q3}В августе в состав Совета введён один новый член вместо выбывшего по собственному желанию (заявление от 9 июля).`, 'members_left')).toEqual([1]);
  });
});

describe('the civil part as the members the civil bodies delegated', () => {
  // Guards set 56's KGD: "НПО, бизнес-ассоциации и эксперты делегировали 11 членов, государственные органы – 4" left the
  // civil part unread.
  const Y = 'Отчет о работе Общественного совета за 2025 год\n\n';
  it('ru and kk: the civil bodies the subject, the verb, the count of members', () => {
    expect(figure(`${Y}В Совет входят 15 человек: НПО, бизнес-ассоциации и эксперты делегировали 11 членов, государственные органы – 4.`, 'members_civil')).toEqual([11]);
    expect(figure(`${Y}Общественные организации района выдвинули 9 человек, госорганы – 3.`, 'members_civil')).toEqual([9]);
    expect(figure(`${KK}Кеңесте 15 мүше: ҮЕҰ мен бизнес қауымдастықтары 11 мүшені ұсынды, мемлекеттік органдар – 4.`, 'members_civil')).toEqual([11]);
  });
  it('near-miss: the state bodies among the subject, appeals the NGOs sent', () => {
    expect(figure(`${Y}Государственные органы и НПО делегировали 4 члена.`, 'members_civil')).toEqual([]);
    expect(figure(`${KK}Мемлекеттік органдар мен ҮЕҰ 4 мүшені ұсынды.`, 'members_civil')).toEqual([]);
    expect(figure(`${Y}НПО направили 12 обращений.`, 'members_civil')).toEqual([]);
  });
});

describe('one new member who joined, told in the singular with no numeral', () => {
  // Guards set 42's Naurzum: "в сентябре решением маслихата к нам присоединился новый член – директор … школы" left
  // members_joined unread.
  const Y = 'Отчет о работе Общественного совета за 2025 год\n\n';
  it('ru and kk: "к нам присоединился новый член", "в Совет вошла новая участница", "Кеңеске жаңа мүше қосылды"', () => {
    expect(figure(`${Y}В сентябре решением маслихата к нам присоединился новый член – директор школы.`, 'members_joined')).toEqual([1]);
    expect(figure(`${Y}В Совет вошла новая участница – руководитель НПО «Жас Өркен».`, 'members_joined')).toEqual([1]);
    expect(figure(`${KK}Биыл Кеңеске жаңа мүше қосылды.`, 'members_joined')).toEqual([1]);
  });
  it('near-miss: the plural, a commission\'s newcomer, a newcomer to come', () => {
    expect(figure(`${Y}В сентябре к нам присоединились новые члены.`, 'members_joined')).toEqual([]);
    expect(figure(`${Y}К комиссии по социальным вопросам присоединился новый член.`, 'members_joined')).toEqual([]);
    expect(figure(`${Y}В следующем году к нам присоединится новый член.`, 'members_joined')).toEqual([]);
  });
});
