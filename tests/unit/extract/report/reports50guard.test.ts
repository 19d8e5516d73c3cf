/**
 * The sentence-figure and media classes behind held-out sets 50–51's false and missed values (guard's part): a platform's
 * bracket of another period holds that period's count; a dash after the publications' count opens its platforms' list;
 * a table's total row run into the next line ("Барлығы 10 6 2 12 Мониторингтер кестесі: …") states none of its cells as a
 * sentence. Each: the real text, variants of our own in the other language or phrasing, and a near-miss.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { otherReadingOf } from '../../../../sources/extract/report/otherReadings.ts';

const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const RU_9M = 'Информация о работе Общественного совета г. Казалинск за 9 месяцев 2025 года\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);
const media = (text: string) => Object.fromEntries(parseReport(text).media.map((m) => [m.platform, m.publications]));
const doubt = (text: string, metric: string, value: number) => otherReadingOf(text, metric as never, value, [], [2025]);

describe('a platform\'s bracket of another period holds that period\'s count, never the platform\'s', () => {
  const KAZALINSK = 'О работе совета опубликовано 34 материала – Instagram 20, Facebook 14 (в\nпрошлом году – 21 публикация). Для сравнения, Общественный совет\nКызылординской области за этот период провел 9 заседаний.\n';
  it('ru (set 50, Kazalinsk): "Facebook 14 (в прошлом году – 21 публикация)" is Facebook 14, the total 34 before the dash', () => {
    expect(media(`${RU_9M}${KAZALINSK}`)).toEqual({ instagram: 20, facebook: 14 });
    expect(figures(`${RU_9M}${KAZALINSK}`)).toMatchObject({ publications: 34 });
  });
  it('kk variant: "(2024 жылы – 21 жарияланым)" after the platform\'s bare count', () => {
    const text = `${KK}Кеңес жұмысы туралы 34 жарияланым шықты – Instagram-да 20, Facebook-те 14 (2024 жылы – 21 жарияланым).\n`;
    expect(media(text)).toEqual({ instagram: 20, facebook: 14 });
    expect(figures(text)).toMatchObject({ publications: 34 });
  });
  it('ru variant: the platform\'s own noun, the bracket after it ("в Facebook – 14 публикаций (в 2024 году – 21)")', () => {
    expect(media(`${RU}В Facebook – 14 публикаций (в 2024 году – 21), в Instagram – 20 публикаций (годом ранее – 15).\n`)).toEqual({ facebook: 14, instagram: 20 });
  });
  it('near-miss: a bracket of the report\'s own year is the platform\'s ("Telegram (в 2025 году – 12 публикаций)")', () => {
    expect(media(`${RU}В Telegram-канале Совета (в 2025 году – 12 публикаций) освещались все заседания.\n`)).toEqual({ telegram: 12 });
  });
  it('near-miss: a dash before one platform only opens no list — the count is not read as the total', () => {
    expect(figures(`${RU}О работе совета опубликовано 34 материала – в Instagram.\n`)).not.toHaveProperty('publications');
  });
});

describe('a table\'s row of bare numbers run into a line states none of its cells', () => {
  it('kk (set 51, Almaty oblast transport): "Барлығы 10 6 2 12 Мониторингтер кестесі: 12.02 – …" is no 12 monitorings', () => {
    const text = `${KK}Барлығы\t10\t6\t2\t12 Мониторингтер кестесі: 12.02 – Қонаев автостанциясы; 26.03 – Талғар – Алматы бағыты; 21.05 – Қапшағай – Күрті автожолын жөндеу.\n`;
    expect(figures(text)).not.toHaveProperty('monitorings');
    expect(candidates(text, 'monitorings')).toContain(12);
  });
  it('ru variant: "Итого 4 3 2 5 заседаний комиссий …" — the total word gives no cell a role', () => {
    expect(doubt('Итого 4 3 2 5 заседаний комиссий по плану работы на год.', 'commission_meetings', 5)).toMatch(/row of bare numbers/u);
  });
  it('variant: the figure the first cell ("Всего 7 3 1 мониторингов")', () => {
    expect(doubt('Всего 7 3 1 мониторингов', 'monitorings', 7)).toMatch(/row of bare numbers/u);
  });
  it('near-miss: a number in thousands groups is one number ("1 200 300 просмотров"), and two numbers are no row', () => {
    expect(doubt('Проведено 5 мониторингов, охват 1 200 300 просмотров.', 'monitorings', 5)).toBeNull();
    expect(doubt('Барлығы 12 мониторинг өткізілді.', 'monitorings', 12)).toBeNull();
  });
});

describe('a year the rest are handled in dates the rest only, not the counts told beside it', () => {
  const ZHARMA = 'Азаматтардың өтініштерімен жұмыс туралы айтсақ, кеңеске жыл бойы 27 өтініш келіп түсті, оның 24-і жеке тұлғалардан, 3-еуі заңды тұлғалардан келді, 25 өтінішке жауап берілді, қалған екеуі 2026 жылдың қаңтарында қаралады; сонымен қатар мемлекеттік органдарға 19 хат жолданып, оның 16-сына жауап алынды.\n';
  it('kk (set 51, Zharma): "қалған екеуі 2026 жылдың қаңтарында қаралады" leaves the appeals and the letters figures', () => {
    expect(figures(`${KK}${ZHARMA}`)).toMatchObject({ appeals_received: 27, appeals_individuals: 24, appeals_legal_entities: 3, appeals_answered: 25, letters_sent: 19, letters_answered: 16 });
  });
  it('kk variant: the rest by a number ("қалған 2-еуі 2026 жылы қаралады")', () => {
    expect(figures(`${KK}Кеңеске 27 өтініш түсті, 25 өтінішке жауап берілді, қалған 2-еуі 2026 жылы қаралады; мемлекеттік органдарға 19 хат жолданды.\n`)).toMatchObject({ appeals_received: 27, appeals_answered: 25, letters_sent: 19 });
  });
  it('ru variant: "остальные 2 будут рассмотрены в январе 2026 года; … направлено 19 писем"', () => {
    expect(figures(`${RU}За год в совет поступило 27 обращений, остальные 2 будут рассмотрены в январе 2026 года; кроме того, в государственные органы направлено 19 писем, ответы получены на 16 из них.\n`)).toMatchObject({ appeals_received: 27, letters_sent: 19, letters_answered: 16 });
  });
  it('near-miss: a later year that heads the counts themselves still makes them candidates', () => {
    const text = `${KK}Кеңес 2026 жылы 19 хат жолдайды; 27 өтініш түсті.\n`;
    expect(figures(text)).not.toHaveProperty('appeals_received');
    expect(candidates(text, 'appeals_received')).toEqual([27]);
  });
});

describe('a platform\'s count on the next line, and the rows under a total of publications', () => {
  it('kk (set 50, Lenger): "…барлығы 61 жарияланым шықты: Facebook парақшасында" / "– 22, Instagram-да – 35, …"', () => {
    const text = `${KK}Кеңестің қызметі туралы барлығы 61 жарияланым шықты: Facebook парақшасында\n– 22, Instagram-да – 35, аудандық «Төлеби туы» газетінде – 4 мақала.\n`;
    expect(media(text)).toMatchObject({ facebook: 22, instagram: 35 });
  });
  it('ru (set 50, Sholakkorgan): "в Instagram-аккаунте совета" / "– 40 публикаций, в Facebook – около 25."', () => {
    const text = `${RU}На сайте акимата района размещено 12 материалов, в Instagram-аккаунте совета\n– 40 публикаций, в Facebook – около 25.\n`;
    expect(media(text)).toEqual({ website: 12, instagram: 40 });
  });
  it('near-miss: a list\'s dash item under a line that does not end with a platform stays an item', () => {
    expect(media(`${RU}Работа в социальных сетях\n– 40 публикаций за год.\n`)).toEqual({});
  });
  it('ru (set 51, Aksuat): items under "Публикации о деятельности Совета – 44, в т.ч.:" are the platforms\' publications', () => {
    const text = `${RU} 5.4. Публикации о деятельности Совета – 44, в т.ч.:\n   – Instagram – 26;\n   – Facebook – 12;\n   – районная газета «Ақсуат таңы» – 6.\n`;
    expect(media(text)).toMatchObject({ instagram: 26, facebook: 12 });
  });
  it('kk (set 51, VKO police): rows set deeper under "Жарияланымдар барлығы – 36 (2024 ж. 9 айы – 22)"', () => {
    const text = `${KK}V. Ақпараттық жұмыс\n  Жарияланымдар барлығы                      – 36  (2024 ж. 9 айы – 22)\n     ДП ресми сайтында                       – 20\n     Instagram                               – 16\n`;
    expect(media(text)).toEqual({ website: 20, instagram: 16 });
  });
  it('ru variant: "Всего публикаций: 80" over indented "Telegram-канал: 50", "сайт акимата: 30"', () => {
    expect(media(`${RU}Всего публикаций: 80\n    Telegram-канал: 50\n    сайт акимата: 30\n`)).toEqual({ telegram: 50, website: 30 });
  });
  it('near-miss: rows under a total of followers, not publications, are no publications', () => {
    expect(media(`${RU}Подписчиков всего – 900\n    Instagram – 600\n    Telegram – 300\n`)).toEqual({});
  });
});

describe('a membership said not to have changed in the period is 0 joined and 0 left', () => {
  it('kk (set 50, Kulan): "Тоқсан ішінде құрамда өзгеріс болған жоқ."', () => {
    expect(figures(`Құлан ауылдық округі қоғамдық кеңесінің 2025 жылғы ІІІ тоқсандағы жұмысы туралы ақпарат\n\nТоқсан ішінде құрамда өзгеріс болған жоқ.\n`)).toMatchObject({ members_joined: 0, members_left: 0 });
  });
  it('ru (set 50, Sholakkorgan; set 51, Zhetisu health): "Изменений в составе в 2025 году не было", "Состав Совета … не менялся"', () => {
    expect(figures(`${RU}Изменений в составе в 2025 году не было.\n`)).toMatchObject({ members_joined: 0, members_left: 0 });
    expect(figures(`${RU}Состав Совета в отчетном году не менялся.\n`)).toMatchObject({ members_joined: 0, members_left: 0 });
  });
  it('kk variant: "Жыл бойы Кеңестен ешкім шықпады, жаңа мүше де қосылмады"', () => {
    expect(figures(`${KK}Жыл бойы Кеңестен ешкім шықпады, жаңа мүше де қосылмады.\n`)).toMatchObject({ members_joined: 0, members_left: 0 });
  });
  it('near-miss: a commission\'s membership unchanged, or the council\'s in another year, states nothing of the council\'s', () => {
    expect(figures(`${RU}Состав комиссии по социальным вопросам не менялся.\n`)).not.toHaveProperty('members_joined');
    expect(figures(`${RU}Изменений в составе в 2024 году не было.\n`)).not.toHaveProperty('members_left');
  });
});

describe('the council\'s composition by sector after its headcount', () => {
  it('ru (set 51, Aksuat): "Численность Совета на 31.12.2025 г. – 15 человек: гражданский сектор – 11 (…), государственный сектор – 4."', () => {
    expect(figures(`${RU} 1.1. Численность Совета на 31.12.2025 г. – 15 человек: гражданский сектор – 11 (НПО, ветеранские и молодежные организации, предприниматели), государственный сектор – 4.\n`)).toMatchObject({ members_total: 15, members_civil: 11, members_state: 4 });
  });
  it('ru (set 50, Shymkent Al-Farabi): "– 15 человек (НКО и общественность – 11, госорганы – 4)"', () => {
    expect(figures(`${RU}Численный состав совета на 30.06.2025 г. – 15 человек (НКО и общественность – 11, госорганы – 4).\n`)).toMatchObject({ members_total: 15, members_civil: 11, members_state: 4 });
  });
  it('kk variant: "Кеңес мүшелерінің саны (31.12.2025) – 13 адам: азаматтық сектор – 10, мемлекеттік сектор – 3"', () => {
    expect(figures(`${KK}Кеңес мүшелерінің саны (31.12.2025) – 13 адам: азаматтық сектор – 10, мемлекеттік сектор – 3.\n`)).toMatchObject({ members_total: 13, members_civil: 10, members_state: 3 });
  });
  it('no member from the state bodies, said in words, is 0 of the state\'s part (kk, ru)', () => {
    expect(figures(`${KK}Кеңесте 15 мүше бар. Мемлекеттік органдардың өкілдері кеңес құрамында жоқ.\n`)).toMatchObject({ members_state: 0 });
    expect(figures(`${RU}В Совет входят 12 человек. Представители государственных органов в состав Совета не входят.\n`)).toMatchObject({ members_state: 0 });
  });
  it('near-misses: a sector\'s count of participants is no member count; a commission without state representatives is no council\'s none', () => {
    expect(figures(`${RU}В круглом столе приняли участие 40 человек: гражданский сектор – 25, государственный сектор – 15.\n`)).not.toHaveProperty('members_civil');
    expect(figures(`${RU}Представители государственных органов в состав комиссии не входят.\n`)).not.toHaveProperty('members_state');
  });
});

describe('the council\'s headcount with the period\'s end between its place and its count', () => {
  it('kk (set 51, Almaty oblast transport): "Кеңес құрамында 2025 жылдың соңында 11 мүше бар: 9-ы – …, 2-еуі – …"', () => {
    expect(figures(`${KK}1. Жалпы мәліметтер. Кеңес құрамында 2025 жылдың соңында 11 мүше бар: 9-ы – қоғамдық бірлестіктер мен тасымалдаушылар қауымдастығының өкілдері, 2-еуі – мемлекеттік органдардың өкілдері.\n`)).toMatchObject({ members_total: 11, members_civil: 9, members_state: 2 });
  });
  it('kk variant: "Кеңес құрамында жыл соңында 14 мүше бар"', () => {
    expect(figures(`${KK}Кеңес құрамында жыл соңында 14 мүше бар.\n`)).toMatchObject({ members_total: 14 });
  });
  it('near-miss: another year\'s end is that year\'s count, a candidate', () => {
    const text = `${KK}Кеңес құрамында 2024 жылдың соңында 14 мүше болған.\n`;
    expect(figures(text)).not.toHaveProperty('members_total');
    expect(candidates(text, 'members_total')).toEqual([14]);
  });
});
