/**
 * Session 23's report figures (issue 12): publications and each platform's part, told as no earlier set tells them (sets
 * 16, 20, 22, 45, 46, 51, 56, 57). Each class in ru and kk, with variants of our own and near-misses that must give no
 * figure: platforms that add up to another number, one outlet's times, another year's count.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const read = (text: string) => parseReport(`${text}\n`);
const publications = (text: string) => read(text).figures.find((f) => f.metric === 'publications')?.value;
const platforms = (text: string) => Object.fromEntries(read(text).media.map((m) => [m.platform, m.publications]));

describe('publications told as times published: "публиковалась 29 раз:", "51 рет жарияланды" (SKO, Zharma)', () => {
  it('ru: the total and the platforms it lists, in either verb', () => {
    const sko = `${RU}Информация о работе Совета публиковалась 29 раз: на сайте управления — 11, в Facebook —\n9, в Telegram-канале — 9. Страница в Instagram Советом не ведётся.`;
    expect(publications(sko)).toBe(29);
    expect(platforms(sko)).toEqual({ website: 11, facebook: 9, telegram: 9 });
    const placed = `${RU}Сведения о Совете размещались 40 раз, в том числе в Instagram – 25, в Telegram – 15.`;
    expect(publications(placed)).toBe(40);
    expect(platforms(placed)).toEqual({ instagram: 25, telegram: 15 });
  });
  it('kk: "N рет жарияланды, оның ішінде …", "N рет жарық көрді: …"', () => {
    expect(publications(`${KK}Кеңестің қызметі туралы ақпарат жыл бойы 51 рет жарияланды, оның ішінде Instagram парақшасында 30 жарияланым, Facebook желісінде 14 жарияланым.`)).toBe(51);
    const seen = `${KK}Кеңес туралы материалдар 36 рет жарық көрді: Instagram-да – 20, сайтта – 16.`;
    expect(publications(seen)).toBe(36);
    expect(platforms(seen)).toEqual({ instagram: 20, website: 16 });
  });
  it('near-miss: one outlet\'s times, times of another year, times of something else', () => {
    expect(publications(`${RU}В районной газете «Заря» информация о Совете публиковалась 3 раза.`)).toBeUndefined();
    expect(publications(`${RU}Председатель выступал 4 раза, материалы размещались 2 раза в 2024 году.`)).toBeUndefined();
    expect(publications(`${KK}Кеңес төрағасы аудандық телеарнада 3 рет сөз сөйледі.`)).toBeUndefined();
  });
});

describe('a total closed by a dash or "в сумме" after the platforms (Zhosaly, Mendykara)', () => {
  it('kk: "… мақала шықты – барлығы 27", "… шықты – жиыны 32"', () => {
    expect(publications(`${KK}Кеңестің жұмысы туралы Instagram-да он төрт, Facebook-те тоғыз жарияланым,\n«Қармақшы таңы» аудандық газетінде төрт мақала шықты – барлығы 27.`)).toBe(27);
    expect(publications(`${KK}Instagram парақшасында 20 жарияланым, Telegram арнасында 12 жарияланым шықты – жиыны 32.`)).toBe(32);
  });
  it('ru: "…, в общей сложности 23", "… – всего 23"', () => {
    expect(publications(`${RU}В Instagram вышло 15 публикаций, в Telegram – 8 публикаций, в общей сложности 23.`)).toBe(23);
    expect(publications(`${RU}В Instagram вышло 15 публикаций, в Telegram – 8 публикаций – всего 23.`)).toBe(23);
  });
  it('near-miss: a sum the platforms do not make, a total of views', () => {
    expect(publications(`${KK}Instagram парақшасында 20 жарияланым, Telegram арнасында 12 жарияланым шықты – барлығы 35.`)).toBeUndefined();
    expect(publications(`${RU}В Instagram вышло 15 публикаций, в Telegram – 8 публикаций – всего 2 300 просмотров.`)).toBeUndefined();
  });
});

describe('bare platform rows under a total that ends with a colon, adding up to it (Mangystau)', () => {
  it('kk and ru: every row read, with an address or an owner', () => {
    expect(platforms(`${KK}Кеңестің қызметі туралы барлығы 56 материал жарияланды:\n   Instagram (@mangystau_kenes) – 30\n   Telegram-арна – 18\n   облыс әкімдігінің ресми сайты – 8`)).toEqual({ instagram: 30, telegram: 18, website: 8 });
    expect(platforms(`${RU}Опубликовано 45 материалов о работе Совета:\n  сайт акимата района – 20\n  Facebook – 15\n  Instagram – 10`)).toEqual({ website: 20, facebook: 15, instagram: 10 });
  });
  it('near-miss: rows that do not add up to the total are not all its parts', () => {
    expect(platforms(`${KK}Кеңес туралы 40 жарияланым шықты:\n  Instagram – 30\n  Telegram – 18`)).toEqual({ instagram: 30 });
    expect(platforms(`${RU}Опубликовано 45 материалов о работе Совета:\n  Instagram – 30\n  Telegram – 1 200\n  Facebook – 15`)).toEqual({ instagram: 30 });
  });
});

describe('a platform\'s bracket broken by the wrap, a site\'s address or page after it (Almaty oblast, Akmola, Minselhoz)', () => {
  it('kk: "(қаралым саны" / "– 104 600), Telegram-арнада – 97, … сайтында (www.gov.kz) – 47"', () => {
    const text = `${KK}Кеңес қызметі туралы барлығы 312 материал жарияланды: Instagram-да – 168 (қаралым саны\n– 104 600), Telegram-арнада – 97, облыс әкімдігінің сайтында (www.gov.kz) – 47.`;
    expect(platforms(text)).toEqual({ instagram: 168, telegram: 97, website: 47 });
    expect(read(text).media.find((m) => m.platform === 'instagram')?.views).toBe(104600);
  });
  it('ru: "(132,5 тыс." / "просмотров), Facebook – 30", "на сайте акимата (akimat-rayon.kz) – 20"', () => {
    const text = `${RU}Опубликовано 212 материалов: сайт акимата области – 40, Instagram – 96 (132,5 тыс.\nпросмотров), Facebook – 30, Telegram – 46.`;
    expect(platforms(text)).toEqual({ website: 40, instagram: 96, facebook: 30, telegram: 46 });
    expect(read(text).media.find((m) => m.platform === 'instagram')?.views).toBe(132500);
    expect(platforms(`${RU}Опубликовано 60 материалов: в Instagram – 40, на сайте акимата (akimat-rayon.kz) – 20.`)).toEqual({ instagram: 40, website: 20 });
  });
  it('the council\'s page on the site: "сайтындағы Кеңес бетінде – 22", "на странице Совета – 20", "в разделе «…» – 20"', () => {
    expect(platforms(`${KK}Барлығы 96 жарияланым: Министрлік сайтындағы Кеңес бетінде – 22, Facebook – 20, Instagram – 38, Telegram – 16.`)).toEqual({ website: 22, facebook: 20, instagram: 38, telegram: 16 });
    expect(platforms(`${KK}Барлығы 60 жарияланым: Instagram – 40, аудан әкімдігінің сайтындағы «Қоғамдық кеңес» айдарында – 20.`)).toEqual({ instagram: 40, website: 20 });
    expect(platforms(`${RU}Всего 60 публикаций: в Instagram – 40, на сайте акимата на странице Совета – 20.`)).toEqual({ instagram: 40, website: 20 });
  });
  it('near-miss: another year\'s count in the wrapped bracket is no views; a count after a section and a year is not the site\'s', () => {
    const text = `${RU}Опубликовано 212 материалов: сайт акимата области – 40, Instagram – 96 (в 2024 году\n– 80), Facebook – 30, Telegram – 46.`;
    expect(read(text).media.find((m) => m.platform === 'instagram')).toMatchObject({ publications: 96, views: null });
    expect(platforms(`${RU}Всего 60 публикаций: в Instagram – 40, на сайте акимата в разделе «Новости» 2024 года – 20.`)).toEqual({ instagram: 40 });
  });
});

describe('the approved drafts told count first, then a dash and the participle: "(5 – одобрено, 1 – с замечаниями)"', () => {
  const figure = (metric: string) => (text: string) => read(text).figures.find((f) => f.metric === metric)?.value;
  const approved = figure('npa_approved');
  it('ru: in a bracket, after "из них"', () => {
    expect(approved(`${RU}Рассмотрено 6 проектов НПА (5 – одобрено, 1 – с замечаниями).`)).toBe(5);
    expect(approved(`${RU}Поступило 8 проектов НПА, из них 7 – одобрены, 1 – возвращён на доработку.`)).toBe(7);
  });
  it('kk: after "оның", with the participle', () => {
    expect(approved(`${KK}НҚА жобалары: 9 жоба қаралды, оның 7 – мақұлданған, 2 – ескертулермен.`)).toBe(7);
  });
  it('near-miss: approved with remarks, another year\'s part', () => {
    expect(approved(`${RU}Рассмотрено 6 проектов НПА (5 – одобрено с замечаниями, 1 – отклонено).`)).toBeUndefined();
    expect(approved(`${RU}Рассмотрено 6 проектов НПА (в 2024 году 5 – одобрено).`)).toBeUndefined();
  });
});

describe('the total of the media in general over a list of one platform a line (Sairam)', () => {
  it('kk: "БАҚ пен әлеуметтік желілерде 112 материал жарық көрді:" over "  Instagram – 54 жарияланым (…);" / …', () => {
    expect(publications(`${KK}Жыл ішінде БАҚ пен әлеуметтік желілерде 112 материал жарық көрді:\n  Instagram – 54 жарияланым (қаралым саны 38,2 мың);\n  Telegram-арна – 31;\n  Facebook – 20;\n  аудан әкімдігінің сайты – 7.`)).toBe(112);
  });
  it('ru: "В СМИ и социальных сетях опубликовано 60 материалов:" over dashed items', () => {
    expect(publications(`${RU}В СМИ и социальных сетях опубликовано 60 материалов:\n  – в Instagram – 30;\n  – в Telegram – 20;\n  – на сайте акимата – 10.`)).toBe(60);
  });
  it('near-miss: another year\'s total over its list; a newspaper among the items leaves the social networks\' count a part', () => {
    expect(publications(`${RU}Для сравнения, в 2024 году в СМИ и социальных сетях вышло 80 материалов:\n  – в Instagram – 50;\n  – в Telegram – 30.`)).toBeUndefined();
    expect(publications(`${RU}В социальных сетях опубликовано 60 материалов:\n  – в Instagram – 30 (просмотров – 12 000);\n  – в районной газете «Заря» – 20;\n  – в Telegram – 10.`)).toBeUndefined();
  });
});
