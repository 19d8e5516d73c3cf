/**
 * Classes of session 41 from set 168 (news items and press releases on akimat sites and in district newspapers): the
 * dateline gives the meeting's day, its year from the page's stamp or the issue above it; a sentence restating the sitting
 * gives its number; a news item's vote told by the members' verb beside the word for all, "за то, чтобы …, проголосовали
 * N", "N высказались против".
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { meetingNumberOf } from '../../../sources/extract/protocol/meetingNumber.ts';
import { newsDateline } from '../../../sources/extract/protocol/newsDateline.ts';

const page = (...lines: string[]) => lines.join('\n');
const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a news item\'s dateline is the meeting\'s day; the dates above it are the page\'s or the issue\'s', () => {
  it('kk: a district newspaper\'s issue date over "Жансүгіров ауылы, 16 сәуір – … отырысы өтті"', () => {
    const x = parseProtocol(page(
      '«Ақсу өңірі» газеті, № 15 (9874), 18 сәуір 2026 жыл',
      'АУДАН ЖАҢАЛЫҚТАРЫ',
      '',
      'Жансүгіров ауылы, 16 сәуір – Аудан әкімдігінің мәжіліс залында Ақсу ауданы Қоғамдық кеңесінің кезекті отырысы өтті.',
      'Отырысқа кеңестің 15 мүшесінің 12-сі қатысты.',
    ));
    expect(x.date).toBe('2026-04-16');
    expect(x.body).toBe('council');
  });
  it('ru: a website\'s stamp with its views ("13.03.2026, 10:42 | Просмотров: 318") over "Астана, 12 марта – …"', () => {
    const x = parseProtocol(page(
      'Главная / Пресс-центр / Новости',
      '13.03.2026, 10:42 | Просмотров: 318',
      '',
      'Астана, 12 марта – В акимате района состоялось очередное заседание Общественного совета района (протокол № 2).',
      'В работе заседания приняли участие 21 из 25 членов Совета.',
    ));
    expect(x.date).toBe('2026-03-12');
    expect(x.number).toBe('2');
  });
  it('variant: a section\'s line with its date at the right, a bilingual page ("Жаңалықтар | Новости   28.05.2026")', () => {
    const x = parseProtocol(page(
      'Жаңалықтар | Новости                                   28.05.2026',
      '',
      'Сайхин ауылы, 27 мамыр – Аудан әкімдігінде Бөкей ордасы ауданы Қоғамдық кеңесінің № 3 отырысы өтті.',
    ));
    expect(x.date).toBe('2026-05-27');
    expect(x.number).toBe('3');
  });
  it('variant: a meeting of late December published in January is of the year before', () => {
    expect(newsDateline(['Тараз, 29 декабря – Состоялось заседание Совета.'], ['Опубликовано: 03.01.2027', 'Тараз, 29 декабря – Состоялось заседание Совета.'])?.date).toBe('2026-12-29');
  });
  it('variant: the day first, then the place ("12 марта, г. Астана –"); a news agency between the date and the dash', () => {
    expect(newsDateline(['12 марта, г. Астана – Состоялось заседание.'], ['Пресс-релиз от 13.03.2026', '12 марта, г. Астана – Состоялось заседание.'])?.date).toBe('2026-03-12');
    const kazakh = 'Қостанай, 23 қыркүйек (ҚазАқпарат) – Кеңес отырысы өтті.';
    expect(newsDateline([kazakh], ['24.09.2026', kazakh])?.date).toBe('2026-09-23');
  });
  it('variant: no date above, the year from the same day written in full further on ("Явка … на заседании 18.06.2026")', () => {
    const lines = ['Семей, 18 июня – В управлении состоялось заседание Совета.', 'Явка членов Совета на заседании 18.06.2026'];
    expect(newsDateline(lines, lines)?.date).toBe('2026-06-18');
  });
  it('near-miss: a dateline whose year is told nowhere gives no date — never the page\'s', () => {
    const lines = ['Семей, 18 июня – В управлении состоялось заседание Совета.', 'Следующее заседание – в сентябре.'];
    expect(newsDateline(lines, lines)).toEqual({ date: null, line: 0 });
  });
  it('near-miss: a sentence that opens with a place and a date but no dash, a list\'s dated item, lower case after the dash', () => {
    expect(newsDateline(['Астана, 12 марта состоялось заседание Совета.'], ['13.03.2026'])).toBeNull();
    expect(newsDateline(['3. 28 мамыр – Ойыл ауылындағы көшелерді жарықтандыру.'], ['2026'])).toBeNull();
    expect(newsDateline(['Затобольска, 15 апреля – освещения улиц в с. Заречное.'], ['16.04.2026'])).toBeNull();
  });
  it('a protocol\'s own head ("г. Тараз<tab>09.12.2026 г.") keeps its date', () => {
    expect(parseProtocol(page('ПРОТОКОЛ № 7', 'г. Тараз\t09.12.2026 г.', 'Присутствовали: 9 из 11 членов Совета.')).date).toBe('2026-12-09');
  });
});

describe('the sentence after the sitting held, restating it, gives its number', () => {
  it('kk: "… кезекті отырысы өтті. Бұл – биылғы екінші отырыс (№ 2 хаттама)."', () => {
    expect(meetingNumberOf(['Ақсу ауданы Қоғамдық кеңесінің кезекті отырысы өтті. Бұл – биылғы екінші отырыс (№ 2 хаттама).'])).toBe('2');
  });
  it('ru: "… состоялось заседание Совета. Это уже третье заседание в этом году (протокол № 3)."', () => {
    expect(meetingNumberOf(['В акимате состоялось заседание Общественного совета. Это уже третье заседание в этом году (протокол № 3).'])).toBe('3');
  });
  it('near-miss: the same sentence with no sitting held before it, or after another sentence', () => {
    expect(meetingNumberOf(['Бұл – биылғы екінші отырыс (№ 2 хаттама).'])).toBeNull();
    expect(meetingNumberOf(['Кеңес мүшелері жиналды. Бұл – биылғы екінші отырыс (№ 2 хаттама).'])).toBeNull();
  });
});

describe('a news item\'s vote: the members\' verb beside the word for all; the motion spelt out; the count before "высказались против"', () => {
  it('ru and kk: "Повестку члены Совета одобрили единогласно.", "… құрамын бірауыздан мақұлдады." → unanimous, adopted', () => {
    expect(votesOf(page('На повестке дня было три вопроса. Повестку члены Совета одобрили единогласно.'))).toEqual([[null, null, null, true, 'adopted']]);
    expect(votesOf(page('Кеңес мүшелері мониторинг тобының құрамын бірауыздан мақұлдады.'))).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('variant: the word for all first ("Члены Совета единогласно поддержали предложение председателя о создании группы.")', () => {
    expect(votesOf(page('Члены Совета единогласно поддержали предложение председателя о создании рабочей группы.'))).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('near-miss: a plan approved before ("план, утверждённый единогласно в марте, выполняется") is no vote here', () => {
    expect(parseProtocol(page('Председатель отметил, что план мониторингов, утверждённый единогласно в марте прошлого года, выполняется.')).votes).toEqual([]);
  });
  it('ru: "за то, чтобы принять информацию к сведению …, проголосовали 18 человек, против – 1, воздержались 2"', () => {
    expect(votesOf(page('По итогам обсуждения за то, чтобы принять информацию к сведению и направить в отдел рекомендации Совета, проголосовали 18 человек, против – 1, воздержались 2. Решение принято.')))
      .toEqual([[18, 1, 2, false, 'adopted']]);
  });
  it('near-miss: "Проголосовали 18 человек, против – 1" with no "за" before it: how many voted, not how many for', () => {
    expect(votesOf(page('Проголосовали 18 человек, против – 1, воздержались 2.'))[0]?.[0]).toBeNull();
  });
  it('ru: "поддержали лишь 8 членов Совета, 11 высказались против, двое воздержались"', () => {
    expect(votesOf(page('Предложение поддержали лишь 8 членов Совета, 11 высказались против, двое воздержались. Таким образом, предложение не набрало необходимого количества голосов.')))
      .toEqual([[8, 11, 2, false, 'rejected']]);
  });
});

describe('a news item\'s report: the period told as this year\'s part, the year the dates\'', () => {
  const news = (sentence: string) => ['Жаңалықтар                                              08.10.2026', '', `Сайхин ауылы, 7 қазан – ${sentence}`, '', 'Кеңестің 5 отырысын өткіздік.'].join('\n');
  it('kk: "… Қоғамдық кеңесі биылғы 9 айдың жұмысын қорытындылады" → January–September of the page\'s year', () => {
    expect(parseReport(news('Бөкей ордасы ауданы Қоғамдық кеңесі биылғы 9 айдың жұмысын қорытындылады.')).period).toEqual({ from: '2026-01-01', to: '2026-09-30' });
  });
  it('ru: "за 9 месяцев текущего года", "за первое полугодие этого года"', () => {
    expect(parseReport(news('Общественный совет района подвёл итоги работы за 9 месяцев текущего года.')).period).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    expect(parseReport(news('Общественный совет подвёл итоги работы за первое полугодие этого года.')).period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
  it('near-miss: a part with no "this year" stays no period ("Тоғыз айда қанша отырыс өтті?")', () => {
    expect(parseReport(news('Кеңес төрағасымен сұхбат. Тоғыз айда қанша отырыс өтті?')).period).toBeNull();
  });
});
