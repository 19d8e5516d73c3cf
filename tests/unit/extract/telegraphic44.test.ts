/**
 * Documents typed wholly in capitals, telegraphic (set 194, session 44): a case-folding layer reads them as ordinary text
 * (inSentenceCase.ts), a telegram's ТЧК / ЗПТ / ТИРЕ are its marks (telegraphMarks.ts), words cut without a stop are written
 * out (spelledOut's telegraphic mode, shorthand.json), a clause closed by a count after its noun is a labelled value
 * (report/telegraphicCounts.ts), a day without its year gets its stop (closedShortDates.ts), a label opens its sentence
 * after the item's number. Variants of my own in both
 * languages, and near misses that must stay unread.
 */
import { describe, expect, it } from 'vitest';
import { inSentenceCase, isTypedInCapitals } from '../../../sources/extract/inSentenceCase.ts';
import { withTelegraphMarks } from '../../../sources/extract/telegraphMarks.ts';
import { spelledOut } from '../../../sources/extract/spelledOut.ts';
import { withClosedShortDates } from '../../../sources/extract/closedShortDates.ts';
import { dashedTelegraphicCounts } from '../../../sources/extract/report/telegraphicCounts.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

/** Enough capitals for a document typed in them (a short text is never judged so). */
const PAD = 'ОБЩЕСТВЕННЫЙ СОВЕТ ПРИ АКИМАТЕ ЖАНАКОРГАНСКОГО РАЙОНА КЫЗЫЛОРДИНСКОЙ ОБЛАСТИ РЕСПУБЛИКИ КАЗАХСТАН';
const PAD_KK = 'ЖАҢАҚОРҒАН АУДАНЫ ӘКІМДІГІ ЖАНЫНДАҒЫ ҚОҒАМДЫҚ КЕҢЕСТІҢ ЖҰМЫСЫ ТУРАЛЫ АҚПАРАТ ҚЫЗЫЛОРДА ОБЛЫСЫ';
const figure = (r: ReturnType<typeof parseReport>, metric: string) => r.figures.find((f) => f.metric === metric)?.value;

describe('a document in capitals read in sentence case', () => {
  it('words in lower case, a name beside its initials in title case, initials and acronyms as typed', () => {
    const lines = inSentenceCase([PAD, PAD, 'ПРЕДС - ЯСЫРОВ М.И.   ЗАМ АКИМА - Т.С. АЛДАБЕРГЕНОВ', 'ПЛАН РАБОТЫ ОС НА 4 КВ ПО ЖКХ', 'ВЫСТУП ХАЗИРОВА']);
    expect(lines[2]).toBe('Предс - Ясыров М.И.   зам акима - Т.С. Алдабергенов');
    expect(lines[3]).toBe('План работы ОС на 4 кв по ЖКХ');
    // No initials beside it: a surname alone is no name the layer can tell from a word.
    expect(lines[4]).toBe('Выступ хазирова');
  });
  it('a Kazakh name wrapped after its surname, its initials on the next line; a patronymic name of three words', () => {
    const lines = inSentenceCase([PAD_KK, PAD_KK, 'ҚАТЫСҚАНДАР: ОРАЗБАЕВ С.М., ЖҮНІСОВА', 'Р.Қ., СЕЙТОВ АРМАН БЕКҰЛЫ']);
    expect(lines[2]).toBe('Қатысқандар: Оразбаев С.М., Жүнісова');
    expect(lines[3]).toBe('Р.Қ., Сейтов Арман Бекұлы');
  });
  it('near miss: a report whose headings alone are in capitals keeps them', () => {
    const lines = [PAD, 'В отчетном периоде проведено 4 заседания Совета, рассмотрено 12 обращений граждан.', 'Публикаций в СМИ – 27.'];
    expect(isTypedInCapitals(lines)).toBe(false);
    expect(inSentenceCase(lines)).toEqual(lines);
  });
});

describe("a telegram's marks and words cut without a stop", () => {
  it('ТЧК, ЗПТ, ТИРЕ are a stop, a comma and a dash; a word holding them is no mark', () => {
    expect(withTelegraphMarks('СОСТАВ ОС 11 ЧЛЕНОВ ЗПТ ИЗ НИХ ГОССЛУЖАЩИХ 2 ТЧК')).toBe('СОСТАВ ОС 11 ЧЛЕНОВ, ИЗ НИХ ГОССЛУЖАЩИХ 2.');
    expect(withTelegraphMarks('КРУГЛЫЙ СТОЛ 1 ТИРЕ 16.04')).toBe('КРУГЛЫЙ СТОЛ 1 – 16.04');
    expect(withTelegraphMarks('ТЧКА ЗПТОВ')).toBe('ТЧКА ЗПТОВ');
  });
  it('in a telegraphic text a vote\'s labels cut with no stop, the count with no dash', () => {
    expect(spelledOut('голосов за 9 прот нет возд 2 принято', true)).toBe('голосовали за 9 против нет воздержались 2 принято');
    expect(spelledOut('Жақт 7 қарсы 1', true)).toBe('Жақтап 7 қарсы 1');
    expect(spelledOut('2026 ж 9 ай', true)).toBe('2026 жылғы 9 ай');
  });
  it('"КК" is ҚК typed on a Russian keyboard before a Kazakh word of the council; elsewhere it stays', () => {
    expect(spelledOut('КК отырысы – 2, КК мушелерiне', true)).toBe('Қоғамдық кеңес отырысы – 2, Қоғамдық кеңес мушелерiне');
    expect(spelledOut('ТОО КК Сервис, КР КК отырысы', false)).toBe('ТОО КК Сервис, КР КК отырысы');
  });
  it('near miss: in prose a cut word needs its stop, and "2026 ж." stays as written', () => {
    expect(spelledOut('прот 7 засед', false)).toBe('прот 7 засед');
    expect(spelledOut('2026 ж. 9 ай', false)).toBe('2026 ж. 9 ай');
    // "ПР" before a street's name is no vote's label, cut or not.
    expect(spelledOut('пр Абая 12', true)).toBe('пр Абая 12');
  });
  it('a day without its year gets its stop; a time after its word, a decimal or a longer number never', () => {
    expect(withClosedShortDates(' - 12.02 МЕКТЕПТЕРДЕ ЫСТЫҚ ТАМАҚ')).toBe(' - 12.02. МЕКТЕПТЕРДЕ ЫСТЫҚ ТАМАҚ');
    expect(withClosedShortDates('(29.01, 26.03)')).toBe('(29.01., 26.03.)');
    expect(withClosedShortDates('08.07.2026 Ж САҒ 11.00')).toBe('08.07.2026 Ж САҒ 11.00');
    expect(withClosedShortDates('НАЧ 10.05 ОКОНЧ 12.40')).toBe('НАЧ 10.05 ОКОНЧ 12.40');
    expect(withClosedShortDates('ИСПОЛН 87,5 ПРОЦ, 1,8 КМ, 2.10 МЛН')).toBe('ИСПОЛН 87,5 ПРОЦ, 1,8 КМ, 2.10 МЛН');
    expect(withClosedShortDates('31.13 И 32.01')).toBe('31.13 И 32.01');
  });
});

describe('a telegraphic report: a count after its noun closing its clause is a labelled value', () => {
  const caps = [PAD_KK, PAD_KK, PAD_KK];
  it('a run of labelled values with no marks; a bracket of parts', () => {
    const out = dashedTelegraphicCounts(['Мемлекеттік органдарға хат 9 жауап алынды 7', 'Өтініш түсті 19 (жеке тұлға 17 заңды тұлға 2)'], caps);
    expect(out).toEqual(['Мемлекеттік органдарға хат – 9, жауап алынды – 7', 'Өтініш түсті – 19 (жеке тұлға – 17, заңды тұлға – 2)']);
  });
  it('near miss: Kazakh counts before their nouns, a preposition\'s number, a year, a date, a number in groups stay', () => {
    const lines = ['6 айда 3 отырыс 2 есеп тыңдау 3 мониторинг', 'За 8 мес 2026 года', 'Дөңгелек үстел 05.03', 'Instagram қаралым 14 300'];
    expect(dashedTelegraphicCounts(lines, caps)).toEqual(lines);
    // Not a telegraphic text: nothing is rewritten.
    expect(dashedTelegraphicCounts(['хат 9 жауап алынды 7'], ['Хат 9 жауап алынды 7'])).toEqual(['хат 9 жауап алынды 7']);
  });
  it('ru: a telephonogram', () => {
    const r = parseReport([
      'ТЕЛЕФОНОГРАММА N 7',
      'СВЕДЕНИЯ О РАБОТЕ ОБЩЕСТВЕННОГО СОВЕТА ЗА 1 ПОЛУГОДИЕ 2026 ГОДА ТЧК',
      'ПРОВЕДЕНО ЗАСЕДАНИЙ ОС 4 ЗПТ ПРЕЗИДИУМА 2 ЗПТ КОМИССИЙ 9 ТЧК',
      'ОБРАЩЕНИЙ ПОСТУПИЛО 12 ЗПТ ОТВЕТЫ ДАНЫ ПО 10 ЗПТ 2 НА РАССМОТРЕНИИ ТЧК',
      'ПИСЕМ В ГОСОРГАНЫ НАПРАВЛЕНО 6 ЗПТ ОТВЕТОВ ПОЛУЧЕНО 5 ТЧК',
      'ДЛЯ СПРАВКИ ЗА 1 ПОЛУГ 2025 ЗАСЕДАНИЙ 3 ТЧК',
    ].join('\n'));
    expect(r.period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect([figure(r, 'general_meetings'), figure(r, 'presidium_meetings'), figure(r, 'commission_meetings')]).toEqual([4, 2, 9]);
    expect([figure(r, 'appeals_received'), figure(r, 'appeals_answered')]).toEqual([12, 10]);
    expect([figure(r, 'letters_sent'), figure(r, 'letters_answered')]).toEqual([6, 5]);
  });
  it('kk: numbered telegraphic points, appeals in the singular (the label read over the pending ones after it)', () => {
    const r = parseReport([
      'ЖАҢАҚОРҒАН АУДАНЫ ӘКІМДІГІ ЖАНЫНДАҒЫ ҚОҒАМДЫҚ КЕҢЕСТІҢ',
      '2026 Ж 9 АЙ ЖҰМЫСЫ ТУРАЛЫ АҚПАРАТ',
      '',
      'ҚЫЗЫЛОРДА ОБЛЫСЫ ЖАҢАҚОРҒАН АУДАНЫ ШИЕЛІ КЕНТІ ОРТАЛЫҚ КӨШЕСІ',
      '1. ТӨРАЛҚА ОТЫРЫСЫ 2, КОМИССИЯЛАР ОТЫРЫСЫ 7.',
      '2. ӨТІНІШ 9 ТҮСТІ: ЖЕКЕ ТҰЛҒА 8, ЗАҢДЫ ТҰЛҒА 1. 2 ӨТІНІШ 15.10 ДЕЙІН ҚАРАЛАДЫ.',
    ].join('\n'));
    expect(r.period).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    expect([figure(r, 'presidium_meetings'), figure(r, 'commission_meetings')]).toEqual([2, 7]);
    expect([figure(r, 'appeals_received'), figure(r, 'appeals_individuals'), figure(r, 'appeals_legal_entities')]).toEqual([9, 8, 1]);
  });
  it('near miss: a numbered label of two subjects is neither\'s', () => {
    const ru = parseReport('Отчет о работе за 3 квартал 2026 года\n\n3. Обращения и письма – 2.\n');
    expect(figure(ru, 'appeals_received')).toBeUndefined();
    expect(figure(ru, 'letters_sent')).toBeUndefined();
  });
});

describe('a telegraphic protocol', () => {
  it('ru: votes with cut labels and no marks, "НЕТ" as none, results cut', () => {
    const x = parseProtocol([
      'ОБЩЕСТВЕННЫЙ СОВЕТ ЖАНАКОРГАНСКОГО РАЙОНА',
      'ПРОТОКОЛ N 5 ЗАСЕДАНИЯ ОБЩЕСТВ СОВЕТА 14.10.2026',
      'ВСЕГО ЧЛ СОВЕТА 9',
      'ПРИСУТСТВ 9 ИЗ 9',
      'ГОЛОСОВ ПО ПОВЕСТКЕ ЗА 9 ПРОТ НЕТ ВОЗД НЕТ ПОВЕСТКА УТВ',
      '1 СЛУШАЛИ ОМАРОВА Б.К. О БЛАГОУСТРОЙСТВЕ',
      'ГОЛОСОВ ЗА 6 ПРОТ 2 ВОЗД 1 ПРИНЯТО',
      '2 СЛУШАЛИ ИВАНОВУ Л.П. О ТАРИФАХ',
      'ГОЛОСОВ ЗА 3 ПРОТ 5 ВОЗД 1 НЕ ПРИНЯТО',
    ].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([
      [9, 0, 0, 'adopted'],
      [6, 2, 1, 'adopted'],
      [3, 5, 1, 'rejected'],
    ]);
  });
  it('kk: a wrapped list of those present, their count stated, one online', () => {
    const x = parseProtocol([
      'ЖАҢАҚОРҒАН АУДАНЫ ӘКІМДІГІ ЖАНЫНДАҒЫ ҚОҒАМДЫҚ КЕҢЕС',
      'ОТЫРЫС ХАТТАМАСЫ № 3    12.05.2026 Ж',
      'ҚЫЗЫЛОРДА ОБЛЫСЫ ЖАҢАҚОРҒАН АУДАНЫ ШИЕЛІ КЕНТІ ОРТАЛЫҚ КӨШЕСІ МӘДЕНИЕТ ҮЙІ',
      'ОТЫРЫСҚА 5 МҮШЕ ҚАТЫСТЫ ОНЫҢ ІШІНДЕ 1 ОНЛАЙН',
      'ҚАТЫСҚАНДАР: ЕРМЕКОВ Ғ.Т. (ТӨРАҒА), ҚАЛИЕВА Ә.Б. (ХАТШЫ), ЖҮНІСОВА',
      'Р.Қ., СӘРСЕН Д.Ө. (ОНЛАЙН),',
      'ОРАЗОВ С.М.',
      'КҮН ТӘРТІБІ',
      '1. ЖОСПАР ТУРАЛЫ',
      'БІРАУЫЗДАН ҚАБЫЛДАНДЫ',
    ].join('\n'));
    expect([x.present, x.online, x.attendees.length, x.attendees.filter((a) => a.online).length]).toEqual([5, 1, 5, 1]);
  });
});
