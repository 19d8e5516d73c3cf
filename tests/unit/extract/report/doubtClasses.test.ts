/**
 * What a secretary writes that looks like a figure and is not one (issue 12,
 * "never invent"): a range, a plan, a rate, a span other than the report's
 * period, an authority's events, one commission's work. Each is a candidate
 * (or nothing), never a stated figure; ru and kk. The last block holds what
 * must stay a figure, so the classes do not swallow the council's own.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const read = (text: string, kk = false) => {
  const head = kk ? 'Қоғамдық кеңестің 2024 жылғы жұмысы туралы есеп' : 'Отчет о работе Общественного совета за 2024 год';
  const x = parseReport(`${head}\n\n${text}\n`);
  return { figures: x.figures.map((f) => `${f.metric}=${f.value}`).sort(), candidates: x.candidates.map((c) => `${c.metric}=${c.value}`).sort() };
};

describe('never a figure: candidates', () => {
  it.each([
    // ranges
    ['Проведено 5-7 заседаний.', false, 'general_meetings=7'],
    ['Проведено 5 – 7 круглых столов.', false, 'round_tables=7'],
    ['Проведено пять-семь мониторингов.', false, 'monitorings=7'],
    ['5-7 отырыс өткізілді.', true, 'general_meetings=7'],
    // plans
    ['Планируется провести 5 круглых столов.', false, 'round_tables=5'],
    ['Запланировано 8 мониторингов, проведено 6.', false, 'monitorings=8'],
    ['По плану – 8 заседаний, фактически проведено 6.', false, 'general_meetings=8'],
    ['В течение года проведено 10 круглых столов, планируется провести еще 5 круглых столов.', false, 'round_tables=5'],
    ['5 дөңгелек үстел өткізу жоспарлануда.', true, 'round_tables=5'],
    ['8 отырыс жоспарланған, 6 отырыс өткізілді.', true, 'general_meetings=8'],
    // rates
    ['Ежеквартально проводится 1 заседание.', false, 'general_meetings=1'],
    ['Каждый месяц проводилось 2 заседания.', false, 'general_meetings=2'],
    ['Проведено 2 заседания ежемесячно.', false, 'general_meetings=2'],
    ['Ай сайын 2 отырыс өткізілді.', true, 'general_meetings=2'],
    // spans other than the period
    ['За 3 года проведено 21 заседание.', false, 'general_meetings=21'],
    ['За последние пять лет проведено 40 мониторингов.', false, 'monitorings=40'],
    ['За 9 месяцев проведено 7 заседаний.', false, 'general_meetings=7'],
    ['Соңғы 3 жылда 21 отырыс өткізілді.', true, 'general_meetings=21'],
    ['5 жыл ішінде 40 мониторинг жүргізілді.', true, 'monitorings=40'],
    // an authority's events
    ['Маслихатом проведено 5 круглых столов.', false, 'round_tables=5'],
    ['Акимат провел 3 публичных слушания.', false, 'public_hearings=3'],
    ['Мәслихат 5 дөңгелек үстел өткізді.', true, 'round_tables=5'],
    ['Кеңес мүшелері әкімдіктің 7 отырысына қатысты.', true, 'general_meetings=7'],
    // one commission's work
    ['Комиссией проведено 9 заседаний.', false, 'commission_meetings=9'],
    ['Комиссия рассмотрела 13 проектов НПА.', false, 'npa_reviewed=13'],
    ['В комиссию поступило 17 обращений граждан.', false, 'appeals_received=17'],
  ])('%s', (text, kk, candidate) => {
    const x = read(text, kk);
    // The done part of a sentence that also plans ("проведено 10 …, планируется еще 5") stays a figure of another value.
    expect(x.figures).not.toContain(candidate);
    expect(x.figures.every((f) => /(?:10|6)$/.test(f))).toBe(true);
    expect(x.candidates).toContain(candidate);
  });

  it('an approximate count is a candidate, ru and kk', () => {
    expect(read('Поступило свыше 200 обращений граждан.')).toEqual({ figures: [], candidates: ['appeals_received=200'] });
    expect(read('Рассмотрено более 30 проектов НПА.')).toEqual({ figures: [], candidates: ['npa_reviewed=30'] });
    expect(read('Кеңеске 200-ден астам өтініш түсті.', true)).toEqual({ figures: [], candidates: ['appeals_received=200'] });
  });

  it.each([
    ['Направлено 52 письма, на 3 письма получено 2 ответа с нарушением срока.', false, 'letters_answered=2', 'letters_sent=52'],
    ['Поступило 40 обращений; 3 ответа направлены заявителям с опозданием.', false, 'appeals_answered=3', 'appeals_received=40'],
    ['На 5 обращений ответы даны несвоевременно, всего поступило 61 обращение.', false, 'appeals_answered=5', 'appeals_received=61'],
    ['Мемлекеттік органдарға 30 хат жіберілді, 4 жауап мерзімі бұзылып берілді.', true, 'letters_answered=4', 'letters_sent=30'],
    ['Кеңеске 25 өтініш түсті, 2 өтінішке жауап кешіктіріліп берілді.', true, 'appeals_answered=2', 'appeals_received=25'],
  ])('a count out of time is a part, never the total: %s', (text, kk, part, total) => {
    const x = read(text, kk);
    expect(x.figures).not.toContain(part);
    expect(x.figures).toContain(total);
  });

  it('answers in time are still the answers ("все ответы даны в срок" names no part)', () => {
    expect(read('Поступило 40 обращений, на все 40 даны ответы в установленный срок.').figures).toContain('appeals_received=40');
    expect(read('Направлено 12 писем, получено 12 ответов.').figures).toEqual(['letters_answered=12', 'letters_sent=12']);
  });

  it('a body in a bracket aside does not own the count after it', () => {
    // The bracket's own total is the council's (held-out set 3); the commission's answers after it stay a candidate.
    const x = read('В комиссию поступило 17 обращений граждан (всего в Совет – 94), ответы даны на 15.');
    expect(x.figures).toEqual(['appeals_received=94']);
    expect(x.candidates).toContain('appeals_answered=15');
  });
});

describe('still the council\'s figure', () => {
  it.each([
    ['Общественный совет при акимате района провел 12 заседаний.', false, 'general_meetings=12'],
    ['Советом совместно с акиматом проведено 3 круглых стола.', false, 'round_tables=3'],
    ['Кеңес әкімдікпен бірлесіп 3 дөңгелек үстел өткізді.', true, 'round_tables=3'],
    ['Қала әкімдігімен 1 меморандумға қол қойылды.', true, 'memoranda=1'],
    ['С акиматом подписан 1 меморандум.', false, 'memoranda=1'],
    ['В течение 2024 года проведено 8 заседаний.', false, 'general_meetings=8'],
    ['За 12 месяцев проведено 8 заседаний.', false, 'general_meetings=8'],
    ['Проведено 6 заседаний Совета (план – 4).', false, 'general_meetings=6'],
    ['Согласно плану работы проведено 8 заседаний.', false, 'general_meetings=8'],
    ['Комиссиями Совета рассмотрено 94 проекта НПА.', false, 'npa_reviewed=94'],
    ['Постоянными комиссиями Совета – 41 заседание.', false, 'commission_meetings=41'],
    ['В государственные органы направлено 64 письма.', false, 'letters_sent=64'],
    ['Кеңеске отыз бес өтініш түсті, оның жиырма тоғызына жауап берілді.', true, 'appeals_answered=29'],
    ['Жиырма бір НҚА жобасы қаралды, оның ішінде төртеуіне ескертулер берілді.', true, 'npa_with_remarks=4'],
  ])('%s', (text, kk, figure) => {
    expect(read(text, kk).figures).toContain(figure);
  });

  it('a tens word before a numeral it cannot read is no count (never "жиырма" for "жиырма тоғызыншы…")', () => {
    expect(read('Кеңеске жиырма тоғызыншылай өтініш түсті.', true).figures).toEqual([]);
  });
});
