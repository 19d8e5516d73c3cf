/**
 * Classes of session 31, from set 93 (documents in heavy shorthand): the lexicons' words abbreviated ("возд.", "пр. – 0",
 * "единогл.", "жақт.", "қабылд.", "отыр.", "присут.", "засед.", "12 мар.", "1 кв.", "ф.л./ю.л.", "ж.т./з.т."), the
 * council's acronym ("ҚК"), written out by one lexicon (sources/extract/shorthand.json) before any reader; a bilingual
 * vote header's cell ("Жақтап / За"); a two-digit year that is a point's number; a numbered section after a list of
 * another delimiter. Every variant here is of words no set holds, and each class has its near-misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { parseDatePhrase } from '../../../sources/extract/parseDatePhrase.ts';
import { spelledOut } from '../../../sources/extract/spelledOut.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => ({ for: v.for, against: v.against, abstain: v.abstain, unanimous: v.unanimous, declared: v.declared }));
const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();

const HEAD_RU = 'ПРОТОКОЛ № 7\nзаседания Общественного совета\n\n3 октября 2025 г.\n\n';
const HEAD_KK = 'ХАТТАМА № 7\nҚоғамдық кеңес отырысы\n\n2025 жылғы 3 қазан\n\n';

describe('vote labels and results abbreviated', () => {
  const RU = `${HEAD_RU}1. О плане работы.\n`;
  const KK = `${HEAD_KK}1. Жоспар туралы.\n`;
  it.each([
    ['Голосование: за – 9, прот. – 2, воздерж. – 1. Реш. прин.', RU, { for: 9, against: 2, abstain: 1, unanimous: false, declared: 'adopted' }],
    ['ГОЛОСОВАЛИ: ЗА – 10, ПР. – НЕТ, ВОЗД. – 1. Предлож. отклон.', RU, { for: 10, against: 0, abstain: 1, unanimous: false, declared: 'rejected' }],
    ['Голосов.: единогл. Принято.', RU, { for: null, against: null, abstain: null, unanimous: true, declared: 'adopted' }],
    ['Дауыс беру: «жақт.» – 8, «қарсы» – 3, «қалыс» – жоқ. Шешім қабылд.', KK, { for: 8, against: 3, abstain: 0, unanimous: false, declared: 'adopted' }],
    ['Дауыс беру: 5/6/0 – қабылданб.', KK, { for: 5, against: 6, abstain: 0, unanimous: false, declared: 'rejected' }],
    ['Бірауызд. қабылд.', KK, { for: null, against: null, abstain: null, unanimous: true, declared: 'adopted' }],
  ])('%s', (line, head, want) => {
    expect(votes(`${head}${line}\n`)).toEqual([want]);
  });
  it('near-misses: "пр." of an avenue, "прот. № 3", "и пр.", "большинством голосов." are left as written', () => {
    for (const line of ['г. Астана, пр. Абая, 12', 'см. прот. № 3 от 12.02.2025', 'ремонт, озеленение и пр.', 'Принято большинством голосов.'])
      expect(spelledOut(line)).toBe(line);
  });
  it('near-miss: the verb "отыр." closing a Kazakh sentence is no sitting; "3 отыр., 4 мониторинг" is', () => {
    expect(spelledOut('Мониторинг жүргізіліп отыр. Келесі кезең – мамыр.')).toBe('Мониторинг жүргізіліп отыр. Келесі кезең – мамыр.');
    expect(spelledOut('жоспар: 3 отыр., 4 мониторинг')).toBe('жоспар: 3 отырыс, 4 мониторинг');
  });
  it('a result abbreviated in the middle of a motion ("предложила утв. повестку") is no result', () => {
    expect(spelledOut('Председатель предложила утв. повестку.')).toBe('Председатель предложила утв. повестку.');
    expect(spelledOut('Повестка утв.')).toBe('Повестка утверждено.');
  });
});

describe('a bilingual vote table: its header cells "Жақтап / За", "Қарсы / Пр."', () => {
  const table = (header: string) => `${HEAD_KK}Дауыс беру қорытындысы / Итоги голосования\n№ | Мәселе / Вопрос | ${header} | Нәтиже / Итог\n1 | Жоспар / План | 9 | 1 | 2 | қабылд. / принято\n2 | Хат / Письмо | 4 | 7 | 1 | қабылданбады / не принято\n`;
  it('the halves name one label: each column is that label', () => {
    expect(votes(table('Жақт. / За | Қарсы / Пр. | Қалыс / Возд.'))).toEqual([
      { for: 9, against: 1, abstain: 2, unanimous: false, declared: 'adopted' },
      { for: 4, against: 7, abstain: 1, unanimous: false, declared: 'rejected' },
    ]);
  });
  it('near-miss: a cell whose halves name two labels ("За / Против") is no column of either', () => {
    expect(votes(table('За / Против | Қарсы / Пр. | Қалыс / Возд.')).every((v) => v.for === null)).toBe(true);
  });
});

describe('attendance abbreviated', () => {
  it('ru: "Присут. – 12чел.", "Отсут. – 2чел.", "командир. (уваж. прич.)", "без уваж. прич."', () => {
    const x = parseProtocol(`${HEAD_RU}Общ. кол-во членов совета – 14чел.\nПрисут. – 12чел.\nОтсут. – 2чел.:\n- Иванов И.И. – командир. (уваж. прич.)\n- Петров П.П. – без уваж. прич.\n`);
    expect([x.members_total, x.present]).toEqual([14, 12]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });
  it('kk: "ҚК мүшелері – 15 адам", "Отыр. қатыс. – 12 адам", "себебін хабарл."', () => {
    const x = parseProtocol(`ХАТТАМА № 2\nҚК отырысы\n\n2025 жылғы 3 қазан\n\nҚК мүшелері – 15 адам.\nОтыр. қатыс. – 12 адам.\nҚатыспағандар:\n- Серіков А.Б. – іссапар\n- Омаров Б.В. – науқас\n- Әлиев В.Г. – себебін хабарл.\n`);
    expect([x.body, x.members_total, x.present]).toEqual(['council', 15, 12]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true, false]);
  });
  it('near-misses: "ҚР ҚК" is the Criminal Code, "ОСИ" no council; "Общ. слушания" are no total', () => {
    expect(spelledOut('ҚР ҚК 190-бабы')).toBe('ҚР ҚК 190-бабы');
    expect(spelledOut('ҚК-ның отырысы')).toBe('Қоғамдық кеңесның отырысы');
    expect(spelledOut('председатели ОСИ')).toBe('председатели ОСИ');
    expect(spelledOut('Общ. слушания – 1')).toBe('Общ. слушания – 1');
  });
});

describe('dates abbreviated: a month after its day, a quarter after its number', () => {
  it('ru and kk: the meeting\'s date with its month cut short', () => {
    expect(parseProtocol('ПРОТОКОЛ № 4\nзаседания Общественного совета\n\n5 февр. 2026г.\n').date).toBe('2026-02-05');
    expect(parseProtocol('ХАТТАМА № 4\nҚоғамдық кеңес отырысы\n\n2026 ж. 14 мам.\n').date).toBe('2026-05-14');
  });
  it('the law\'s date in the head ("ст. 13 ЗРК от 02.11.2015г.") is never the meeting\'s', () => {
    const x = parseProtocol('ПРОТОКОЛ № 4\nзаседания Общественного совета\n\nКворум есть (п.2 ст.13 ЗРК от 02.11.2015г. №383-V).\n');
    expect(x.date).toBeNull();
  });
  it('near-misses: "мар." with no day, "2 кв. м" (an area), "кв. 12" (a flat)', () => {
    for (const line of ['в мар. и апр.', 'площадь 2 кв. м', 'ул. Абая, д. 5, кв. 12']) expect(spelledOut(line)).toBe(line);
  });
  it('a report\'s period in shorthand: "за II кв. 2026г.", "за 1 полуг. 2026г.", "2026 ж. III тоқс."', () => {
    expect(parseReport('Отчет о работе ОС за II кв. 2026г.\n').period).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(parseReport('Отчет о работе Общественного совета за 1 полуг. 2026г.\n').period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(parseReport('Қоғамдық кеңестің 2026 ж. III тоқс. жұмысы туралы есеп\n').period).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });
  it('a two-digit year: a date where nothing makes it another number', () => {
    expect(parseDatePhrase('15.01.26 ж.')?.start).toBe('2026-01-15');
    expect(parseDatePhrase('15.01.26', 2025)?.start).toBe('2026-01-15');
  });
  it('near-misses: a point or an article numbered as a date, a number far from the period\'s year', () => {
    expect(parseDatePhrase('согласно п. 3.12.15 Правил')).toBeNull();
    expect(parseDatePhrase('ст. 12.05.26 Кодекса')).toBeNull();
    expect(parseDatePhrase('раздел 2.3.14 методики', 2026)).toBeNull();
  });
});

describe('report figures abbreviated', () => {
  it('ru: "Рассм. проектов НПА", "одобр. без замеч.", "Поступ. (ф.л./ю.л.)", "Направл. писем", "получ. ответов"', () => {
    const text = 'Отчет о работе Общественного совета за 2025 год\n\nРассм. проектов НПА – 6, из них одобр. без замеч. – 4, с замеч. – 2.\nПоступ. обращ. – 11 (ф.л. – 9, ю.л. – 2).\nНаправл. писем – 8, получ. ответов – 6.\n';
    expect(figures(text)).toEqual(expect.arrayContaining(['npa_reviewed=6', 'npa_with_remarks=2', 'appeals_received=11', 'appeals_individuals=9', 'appeals_legal_entities=2', 'letters_sent=8', 'letters_answered=6']));
  });
  it('kk: "ж.т. / з.т." of the appeals, "мемл. орг. өкілдері"', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nКеңеске 20 өтініш келді (ж.т. – 17, з.т. – 3).\n';
    expect(figures(text)).toEqual(expect.arrayContaining(['appeals_individuals=17', 'appeals_legal_entities=3']));
  });
  it('near-miss: a name\'s initials ("Ж.Т.", "Ф.Л.") are no individuals', () => {
    expect(spelledOut('Отсутствовала Бейсембаева Ж.Т. – отпуск')).toBe('Отсутствовала Бейсембаева Ж.Т. – отпуск');
    expect(spelledOut('Ф.Л. Ким – председатель')).toBe('Ф.Л. Ким – председатель');
  });
  it('near-miss: another year\'s figures in brackets stay no figure, abbreviated or not', () => {
    const text = 'Отчет о работе Общественного совета за 1 полуг. 2026г.\n\nПроведено 5 мониторингов.\n(1 полуг. 2025г.: засед. ОС – 3, мониторингов – 4.)\n';
    expect(figures(text)).toEqual(['monitorings=5']);
  });
});

describe('a numbered section after a list of another delimiter is no item of it', () => {
  const text = (title: string) => `Отчет о работе Общественного совета за 2026 год\n\n4. Мониторинги – 2:\n1) 22.01.2026 – дворовые территории;\n2) 05.02.2026 – питание в школах.\n\n6. ${title}\nРассмотрено 3 проекта.\n`;
  it.each(['НПА.', 'Нормативные акты', 'НҚА жобалары'])('"6. %s" after "1) … 2) …"', (title) => {
    expect(parseReport(text(title)).activities.map((a) => a.date_start)).toEqual(['2026-01-22', '2026-02-05']);
  });
});
