/**
 * Whose figure a number is (issue 12, "figures of a different subject"):
 * a count of another body's members, meetings or events is a candidate, not
 * the council's figure; a count tied to one platform or outlet is never the
 * total of publications; sub-figures in an enumerated clause whose noun is
 * left out ("17 – представители … и 8 – государственных органов") are
 * read as their parent's parts.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const read = (text: string) => {
  const x = parseReport(`Отчет о работе Общественного совета за 2025 год\n\n${text}\n`);
  return {
    figures: x.figures.map((f) => `${f.metric}=${f.value}`).sort(),
    candidates: x.candidates.map((c) => `${c.metric}=${c.value}`).sort(),
    media: x.media.map((m) => `${m.platform}:${m.publications}`),
    why: x.candidates.map((c) => c.why),
  };
};

describe('a count of another body is a candidate, never the council\'s figure', () => {
  it.each([
    ['Из состава комиссии выбыли двое членов.', 'members_left=2'],
    ['Из состава рабочей группы выбыли 3 члена.', 'members_left=3'],
    ['В состав комиссии входят 7 членов Совета.', 'members_total=7'],
    ['Общая численность членов комиссии – 9.', 'members_total=9'],
    ['Рабочая группа провела 5 заседаний.', 'general_meetings=5'],
    ['Рабочая группа Совета провела 5 заседаний.', 'general_meetings=5'],
    ['Рабочая группа в составе 7 членов провела 3 заседания.', 'general_meetings=3'],
    ['Экспертный совет провел 4 заседания.', 'general_meetings=4'],
    ['Экспертный совет при акимате провел 3 мониторинга.', 'monitorings=3'],
    ['Рабочей группой проведено 3 мероприятия и 2 семинара.', 'seminars=2'],
    ['Члены рабочей группы провели 4 мониторинга.', 'monitorings=4'],
    ['Комиссия по социальным вопросам провела 3 круглых стола.', 'round_tables=3'],
    ['Комиссия құрамынан 2 мүше шықты.', 'members_left=2'],
    ['Комиссияның құрамынан 2 мүше шығарылды.', 'members_left=2'],
    ['Жұмыс тобының құрамына 3 жаңа мүше енгізілді.', 'members_joined=3'],
    ['Жұмыс тобы 4 отырыс өткізді.', 'general_meetings=4'],
    ['Кеңестің жұмыс тобы 4 отырыс өткізді.', 'general_meetings=4'],
    ['Кеңес жанындағы жұмыс тобы 3 отырыс өткізді.', 'general_meetings=3'],
    ['Жұмыс тобы 2 семинар өткізді.', 'seminars=2'],
    ['Сарапшылар кеңесі 3 отырыс өткізді.', 'general_meetings=3'],
    ['Сарапшылар кеңесі 4 дөңгелек үстел ұйымдастырды.', 'round_tables=4'],
  ])('%s', (text, candidate) => {
    const x = read(text);
    expect(x.figures).toEqual([]);
    expect(x.candidates).toEqual([candidate]);
    expect(x.why[0]).toMatch(/another body/);
  });

  it.each([
    ['В 2025 году из состава Совета выбыли 2 члена.', ['members_left=2']],
    ['Кеңес құрамынан 2 мүше шықты.', ['members_left=2']],
    ['Кеңес 5 дөңгелек үстел өткізді.', ['round_tables=5']],
    ['Совет совместно с комиссией провел 2 круглых стола.', ['round_tables=2']],
    ['Совет совместно с рабочей группой провел 3 мониторинга.', ['monitorings=3']],
    ['Комиссиямен бірлесіп Кеңес 2 семинар өткізді.', ['seminars=2']],
    ['Проведено 12 заседаний Совета, 4 заседания Президиума и 19 заседаний комиссий.', ['commission_meetings=19', 'general_meetings=12', 'presidium_meetings=4']],
    ['В структуре Совета действуют 5 постоянных комиссий.', ['commissions=5']],
  ])('the council\'s own, or the body the metric is of: %s', (text, figures) => {
    expect(read(text)).toMatchObject({ figures, candidates: [] });
  });

  it('two bodies in one sentence: each number goes to its own', () => {
    expect(read('Из состава Совета выбыли 2 члена, из состава комиссии – 1.').figures).toEqual(['members_left=2']);
    expect(read('В отчетном периоде Совет провел 10 заседаний, рабочая группа – 4.')).toMatchObject({ figures: ['general_meetings=10'], candidates: ['general_meetings=4'] });
  });
});

describe('a count tied to one platform or outlet is not the total of publications', () => {
  it.each([
    '150 материалов размещено на сайте.',
    'Всего 150 материалов размещено на сайте.',
    'В газете «Вечерний Алматы» вышло 12 публикаций.',
    'По телеканалу «Алматы» вышло 5 материалов.',
    'В социальных сетях размещено 200 публикаций.',
    'Парақшада 30 жарияланым орналастырылды.',
    'Республикалық басылымдарда 20 жарияланым шықты.',
    'Telegram арнасында 88 жазба жарияланды.',
  ])('%s', (text) => {
    expect(read(text).figures).toEqual([]);
  });

  it('is that platform\'s count when the platform is one kenes reads', () => {
    expect(read('150 материалов размещено на сайте.').media).toEqual(['website:150']);
    expect(read('На сайте – 18 публикаций, 40 постов размещено в Telegram.').media).toEqual(['website:18', 'telegram:40']);
    // The two together, or an estimate, are no platform's count.
    expect(read('Опубликовано 412 материалов на сайте и в соцсетях.').media).toEqual([]);
    expect(read('Около 150 материалов размещено на сайте.').media).toEqual([]);
  });

  it('places named together share their count: it is no one platform\'s', () => {
    expect(read('В СМИ и на сайте Совета размещено всего 75 материалов.')).toMatchObject({ figures: ['publications=75'], media: [] });
    expect(read('На сайте и в Instagram размещено 50 публикаций.').media).toEqual([]);
    expect(read('Сайт пен Instagram-да 40 жарияланым шықты.').media).toEqual([]);
    expect(read('На сайте, в Instagram и Facebook размещено 100 публикаций.').media).toEqual([]);
    // A platform's page or channel is the platform, not a second place: "всего" there is the platform's total.
    expect(read('Всего в Telegram-канале 50 постов.')).toMatchObject({ figures: [], media: ['telegram:50'] });
    expect(read('Барлығы Instagram парақшасында 150 жарияланым.')).toMatchObject({ figures: [], media: ['instagram:150'] });
    // A list's item after a comma, with its own dash, is that platform's.
    expect(read('Материалы размещены на сайте, в Instagram – 35 публикаций.').media).toEqual(['instagram:35']);
  });

  it.each([
    ['Опубликовано 120 материалов о деятельности Совета.', 120],
    ['Барлығы 120 жарияланым шықты.', 120],
    ['Всего за год 336 публикаций в соцсетях и на сайте ОС.', 336],
    ['О работе Совета опубликовано 412 материалов: на сайте – 150, в Instagram – 180.', 412],
  ])('the total: a sentence naming no place, or saying it sums several: %s', (text, value) => {
    expect(read(text).figures).toEqual([`publications=${value}`]);
  });
});

describe('the size of a body stated after a dash is the council\'s only when the body is', () => {
  it.each([
    ['Состав ОС – 25 человек.', ['members_total=25'], []],
    ['Состав Общественного совета – 31 член.', ['members_total=31'], []],
    ['Кеңес құрамы – 24 мүше.', ['members_total=24'], []],
    ['Состав рабочей группы – 6 человек.', [], ['members_total=6']],
    ['Комиссия құрамы – 7 мүше.', [], ['members_total=7']],
    ['В составе делегации: 5 человек.', [], []],
    ['Состав жюри – 7 человек.', [], []],
  ])('%s', (text, figures, candidates) => {
    expect(read(text)).toMatchObject({ figures, candidates });
  });
});

describe('sub-figures of an enumerated clause and a count in brackets after its noun', () => {
  it.each([
    ['В Совет входят двадцать пять членов, из них 17 – представители гражданского общества и 8 – государственных органов.', ['members_civil=17', 'members_state=8', 'members_total=25']],
    ['В Совет входят 25 членов, из них 8 – представители государственных органов и 17 – гражданского общества.', ['members_civil=17', 'members_state=8', 'members_total=25']],
    ['Поступило 23 обращения, в том числе 19 от физических лиц и 4 от юридических.', ['appeals_individuals=19', 'appeals_legal_entities=4', 'appeals_received=23']],
    ['Поступило 23 обращения, в том числе 4 от юридических лиц и 19 от физических.', ['appeals_individuals=19', 'appeals_legal_entities=4', 'appeals_received=23']],
    ['Рассмотрено 52 проекта НПА, из которых 47 одобрены, по 5 даны рекомендации и замечания.', ['npa_approved=47', 'npa_reviewed=52', 'npa_with_remarks=5']],
    ['Постоянными комиссиями (их в Совете пять) проведено двадцать семь заседаний.', ['commission_meetings=27', 'commissions=5']],
    ['Тұрақты комиссиялар (олардың саны төртеу) 12 отырыс өткізді.', ['commission_meetings=12', 'commissions=4']],
  ])('%s', (text, figures) => {
    expect(read(text)).toMatchObject({ figures, candidates: [] });
  });
});
