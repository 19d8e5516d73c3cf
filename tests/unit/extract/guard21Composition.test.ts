// Classes of set 55's report misses (session 21, helper guard): the composition and its two parts told in one sentence
// (report/compositionParts), a change of membership counted in its own clause (report/memberChangeClauses), a membership
// said unchanged as "в составе … перемен не было" and "новых членов не избиралось" (report/readStatedNone), the places a
// list of platforms groups as "прочие"/"басқа" (report/otherGroupMedia) and a dot-leader list's platform rows under a
// total (report/readMedia), and set 22's "Хаттар: жіберілді (11) / жауап алынды (9)" (lexicon/figures.json). Each with
// a Russian and a Kazakh variant and the near-misses that must not be read. People are invented.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const HEAD_RU = ['ОТЧЁТ', 'о работе Общественного совета района за 2025 год', ''];
const HEAD_KK = ['ЕСЕП', 'Аудандық қоғамдық кеңестің 2025 жылғы жұмысы туралы', ''];
const report = (head: string[], lines: string[]) => parseReport([...head, ...lines].join('\n'));
const figuresOf = (head: string[], lines: string[], metrics: string[]) =>
  Object.fromEntries(report(head, lines).figures.filter((f) => metrics.includes(f.metric)).map((f) => [f.metric, f.value]));
const COMPOSITION = ['members_total', 'members_civil', 'members_state'];
const CHANGES = ['members_left', 'members_joined'];
const mediaOf = (head: string[], lines: string[]) => report(head, lines).media.map((m) => [m.platform, m.publications]);

describe('the composition and its two parts told in one sentence are read when the parts add up to the total', () => {
  it('set 55 Zhalagash: "сформирован из 13 человек, 9 из которых представляют гражданское общество, а 4 – государственные органы"', () => {
    expect(figuresOf(HEAD_RU, ['Совет в нынешнем созыве сформирован из 13 человек, 9 из которых представляют гражданское общество, а 4 – государственные органы района.'], COMPOSITION))
      .toEqual({ members_total: 13, members_civil: 9, members_state: 4 });
  });
  it('set 55 Kordai: "в Совете 15 членов: 11 человек выдвинуты общественными объединениями и НКО района, 4 работают в государственных органах"', () => {
    expect(figuresOf(HEAD_RU, ['На 31 декабря 2025 года в Совете 15 членов: 11 человек выдвинуты общественными объединениями и НКО района, 4 работают в государственных органах.'], COMPOSITION))
      .toEqual({ members_total: 15, members_civil: 11, members_state: 4 });
  });
  it('set 55 Turkistan: "состоит 35 членов: 26 человек делегированы неправительственными организациями …, 9 – представляют государственные органы"', () => {
    expect(figuresOf(HEAD_RU, ['На 31 декабря 2025 года в Общественном совете области состоит 35 членов: 26 человек делегированы неправительственными организациями и гражданскими активистами, 9 – представляют государственные органы.'], COMPOSITION))
      .toEqual({ members_total: 35, members_civil: 26, members_state: 9 });
  });
  it('variant kk: "Кеңес 17 адамнан жасақталған, олардың 12-сі үкіметтік емес ұйымдарды, 5-еуі мемлекеттік органдарды білдіреді"', () => {
    expect(figuresOf(HEAD_KK, ['Кеңес 17 адамнан жасақталған, олардың 12-сі үкіметтік емес ұйымдарды, 5-еуі мемлекеттік органдарды білдіреді.'], COMPOSITION))
      .toEqual({ members_total: 17, members_civil: 12, members_state: 5 });
  });
  it('near-miss: people at a meeting counted by their sector are no composition', () => {
    expect(figuresOf(HEAD_RU, ['В заседании Совета приняли участие 30 человек: 20 человек представляют НКО, 10 работают в государственных органах.'], COMPOSITION)).toEqual({});
  });
  it('near-miss kk: a working group\'s members are not the council\'s', () => {
    expect(figuresOf(HEAD_KK, ['Жұмыс тобының құрамы 9 адамнан тұрады, олардың 6-уы азаматтық қоғамды, 3-еуі мемлекеттік органдарды білдіреді.'], COMPOSITION)).toEqual({});
  });
  it('near-miss: last year\'s composition in a 2025 report', () => {
    expect(figuresOf(HEAD_RU, ['В 2024 году Совет был сформирован из 13 человек, 9 из которых представляли гражданское общество, а 4 – государственные органы.'], COMPOSITION)).toEqual({});
  });
  it('near-miss: parts that do not add up are candidates, never figures', () => {
    const x = report(HEAD_RU, ['Совет сформирован из 15 человек, 9 из которых представляют гражданское общество, а 4 – государственные органы района.']);
    expect(x.figures.filter((f) => COMPOSITION.includes(f.metric))).toEqual([]);
    expect(x.candidates.filter((c) => COMPOSITION.includes(c.metric)).map((c) => [c.metric, c.value])).toEqual([['members_total', 15], ['members_civil', 9], ['members_state', 4]]);
  });
});

describe('the two parts alone right under the line of the total are read when they add up to it', () => {
  it('set 22 Taraz kk: "1. КЕҢЕС ҚҰРАМЫ – 27 МҮШЕ" / "Азаматтық қоғам өкілдері – 19, мемлекеттік органдардың өкілдері – 8."', () => {
    expect(figuresOf(HEAD_KK, ['1. КЕҢЕС ҚҰРАМЫ – 27 МҮШЕ', '', '   Азаматтық қоғам өкілдері – 19, мемлекеттік органдардың өкілдері – 8.'], COMPOSITION))
      .toEqual({ members_total: 27, members_civil: 19, members_state: 8 });
  });
  it('variant ru: "Состав Совета – 21 человек." / "Представители НКО – 15, государственных органов – 6."', () => {
    expect(figuresOf(HEAD_RU, ['Состав Совета – 21 человек.', 'Представители НКО – 15, представители государственных органов – 6.'], COMPOSITION))
      .toEqual({ members_total: 21, members_civil: 15, members_state: 6 });
  });
  it('near-miss: parts that do not add up to the total above, or far below it, are not the composition\'s', () => {
    expect(figuresOf(HEAD_RU, ['Состав Совета – 21 человек.', 'Представители НКО – 12, представители государственных органов – 6.'], ['members_civil'])).toEqual({});
    expect(figuresOf(HEAD_RU, ['Состав Совета – 21 человек.', '', 'Заседания проводились ежемесячно.', '', 'На форуме выступили представители НКО – 15, представители государственных органов – 6.'], ['members_civil'])).toEqual({});
  });
});

describe('a change of membership counted in its own clause, whatever the word order', () => {
  it('set 55 Kordai: "В мае один член покинул Совет, …, в июне в состав введён новый член …"', () => {
    expect(figuresOf(HEAD_RU, ['Действуют три постоянные комиссии. В мае один член покинул Совет, переехав на постоянное жительство в г. Алматы, в июне в состав введён новый член от районного совета ветеранов.'], CHANGES))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('set 55 Turkistan: "из состава Совета выбыли двое (один – по личному заявлению, второй – …)"', () => {
    expect(figuresOf(HEAD_RU, ['За год из состава Совета выбыли двое (один – по личному заявлению, второй – в связи с назначением на государственную должность), на их места решением рабочей группы введены двое новых членов.'], CHANGES))
      .toEqual({ members_left: 2, members_joined: 2 });
  });
  it('set 55 Shymkent kk: "бір мүше басқа жұмысқа ауысуына байланысты өз өтінішімен кеңес құрамынан шықты"', () => {
    expect(figuresOf(HEAD_KK, ['Жыл ішінде бір мүше басқа жұмысқа ауысуына байланысты өз өтінішімен кеңес құрамынан шықты, оның орнына қарашадағы отырыста бір жаңа мүше енгізілді.'], CHANGES))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('variant kk: "Кеңес құрамынан денсаулығына байланысты екі мүше шығарылды"', () => {
    expect(figuresOf(HEAD_KK, ['Жыл ішінде кеңес құрамынан денсаулығына байланысты екі мүше шығарылды.'], CHANGES)).toEqual({ members_left: 2 });
  });
  it('near-miss: a commission\'s member who left is not the council\'s', () => {
    expect(figuresOf(HEAD_RU, ['В мае один член покинул состав комиссии по социальным вопросам.'], CHANGES)).toEqual({});
  });
  it('near-miss: last year\'s change and a planned one', () => {
    expect(figuresOf(HEAD_RU, ['В 2024 году из состава Совета выбыли двое.'], CHANGES)).toEqual({});
    expect(figuresOf(HEAD_RU, ['В 2026 году планируется ввести в состав Совета двух новых членов.'], CHANGES)).toEqual({});
  });
});

describe('a membership said unchanged in other words is 0 joined and 0 left', () => {
  it('set 55 Zhalagash: "в составе Совета перемен не было: никто не выбыл, новых членов не избиралось"', () => {
    expect(figuresOf(HEAD_RU, ['За год в составе Совета перемен не было: никто не выбыл, новых членов не избиралось.'], CHANGES)).toEqual({ members_left: 0, members_joined: 0 });
  });
  it('variant: "Перемен в составе Совета в отчётном периоде не было"; kk "жаңа мүше сайланған жоқ"', () => {
    expect(figuresOf(HEAD_RU, ['Перемен в составе Совета в отчётном периоде не было.'], CHANGES)).toEqual({ members_left: 0, members_joined: 0 });
    expect(figuresOf(HEAD_KK, ['Жыл ішінде жаңа мүше сайланған жоқ.'], CHANGES)).toEqual({ members_joined: 0 });
  });
  it('near-miss: a change of something else, or a commission\'s composition', () => {
    expect(figuresOf(HEAD_RU, ['В графике заседаний перемен не было.'], CHANGES)).toEqual({});
    expect(figuresOf(HEAD_RU, ['Перемен в составе комиссии не было.'], CHANGES)).toEqual({});
  });
});

describe('the places a list of platforms groups as other, when the list adds up', () => {
  it('set 55 Zhalagash: "…, в Telegram-канале Совета – 14, прочие площадки (районная газета «Толқын», YouTube-канал акимата района) – 7"', () => {
    expect(mediaOf(HEAD_RU, ['О деятельности Совета за год вышло 58 публикаций: в Instagram – 26 (9 850 просмотров), в Facebook – 11, в Telegram-канале Совета – 14, прочие площадки (районная газета «Толқын», YouTube-канал акимата района) – 7.']))
      .toEqual([['instagram', 26], ['facebook', 11], ['telegram', 14], ['other', 7]]);
  });
  it('set 55 Shymkent kk: "…, Threads – 5, басқа платформалар (YouTube, «Шымкент келбеті» газеті) – 6"', () => {
    expect(mediaOf(HEAD_KK, ['Жыл ішінде барлығы 72 жарияланым шықты: Instagram – 34 (қаралым 21,6 мың), Telegram – 18, Facebook – 9, Threads – 5, басқа платформалар (YouTube, «Шымкент келбеті» газеті) – 6.']))
      .toEqual([['instagram', 34], ['telegram', 18], ['facebook', 9], ['threads', 5], ['other', 6]]);
  });
  it('set 55 Turkistan: a dot-leader list under "размещено 146 материалов, в том числе:" — the platform rows and "прочие (…) …… 8"', () => {
    expect(mediaOf(HEAD_RU, [
      'Всего за год размещено 146 материалов, в том числе:',
      '   сайт акимата области (раздел Совета) ........ 22',
      '   Instagram ..................................... 61 (48,3 тыс. просмотров)',
      '   Facebook ...................................... 17',
      '   Telegram ...................................... 38',
      '   прочие (областные газеты, ТВ-сюжеты) .......... 8',
    ])).toEqual([['website', 22], ['instagram', 61], ['facebook', 17], ['telegram', 38], ['other', 8]]);
  });
  it('near-miss: a group whose sum with the platforms misses the total (its parts also counted, or another measure)', () => {
    expect(mediaOf(HEAD_RU, ['Вышло 60 публикаций: в Instagram – 26, в Facebook – 11, в Telegram – 14, прочие площадки – 7.']).filter(([p]) => p === 'other')).toEqual([]);
  });
  it('near-miss: a group of appeals\' topics is no platform', () => {
    expect(mediaOf(HEAD_RU, ['Поступило 21 обращение. Основные темы: земля – 8, коммунальные услуги – 6, прочие – 7.'])).toEqual([]);
  });
});

describe('set 22 Semey: the letters as a label, then the verb of sending as its part\'s label', () => {
  const letters = (head: string[], lines: string[]) => figuresOf(head, lines, ['letters_sent', 'letters_answered']);
  it('kk: "Хаттар: жіберілді (11) / жауап алынды (9)"', () => {
    expect(letters(HEAD_KK, ['•\tХаттар: жіберілді (11) / жауап алынды (9)'])).toEqual({ letters_sent: 11, letters_answered: 9 });
  });
  it('ru: "Письма в госорганы: направлено – 12, получено ответов – 10"', () => {
    expect(letters(HEAD_RU, ['Письма в госорганы: направлено – 12, получено ответов – 10.'])).toEqual({ letters_sent: 12, letters_answered: 10 });
  });
  it('near-miss: appeals sent on ("Өтініштер: жіберілді – 5") are no letters', () => {
    expect(letters(HEAD_KK, ['Өтініштер: жіберілді – 5.'])).toEqual({});
  });
});
