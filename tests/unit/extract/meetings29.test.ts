/**
 * Classes of unusual meetings and of the reports that count them, session 29 (helper "meetings"), from the blind sets 79, 77
 * and 75 and variants of my own in Russian and Kazakh, each with near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const mediaOf = (text: string) => Object.fromEntries(parseReport(text).media.map((m) => [m.platform, m.publications]));

describe('a platform\'s clause ends where another outlet is counted after it (set 79 shchuchinsk: "Instagram – 8, «Бурабай» аудандық газеті – 4 жарияланым" read 4)', () => {
  it('kk: the newspaper counted after the platform with a dash, or in the locative without one', () => {
    expect(mediaOf('ҚЫСҚАША КӨРСЕТКІШТЕР\nFacebook – 9, Instagram – 8, «Бурабай» аудандық газеті – 4 жарияланым.\n')).toMatchObject({ facebook: 9, instagram: 8 });
    expect(mediaOf('Тоқсан ішінде Instagram-да 12, аудандық газетте 5 жарияланым шықты.\n').instagram).toBe(12);
  });
  it('ru: a television channel and a newspaper after the platforms', () => {
    expect(mediaOf('В Telegram – 12, в районной газете «Заря» – 5 публикаций.\n').telegram).toBe(12);
    expect(mediaOf('На сайте – 10, в Instagram – 6, на телеканале «Хабар» – 2 публикации.\n')).toMatchObject({ website: 10, instagram: 6 });
  });
  it('near-miss: the platform\'s own views or followers after its count are no other outlet — its clause goes on', () => {
    expect(parseReport('Instagram – 20 жарияланым, арнаның қаралым саны – 5 000.\n').media).toMatchObject([{ platform: 'instagram', publications: 20, views: 5000 }]);
    expect(mediaOf('Instagram – 14 публикаций, подписчиков страницы – 900.\n').instagram).toBe(14);
  });
});

const KK_JOINT = 'Қоғамдық кеңес пен қалалық мәслихаттың тұрақты комиссиясының бірлескен отырысының\n№ 2 ХАТТАМАСЫ\n2026 жылғы 5 наурыз\n\n';
const RU_JOINT = 'ПРОТОКОЛ № 5\nсовместного заседания Общественного совета и постоянной комиссии городского маслихата\n20 мая 2026 года\n\n';

describe('at a joint meeting with a maslikhat\'s commission its deputies listed with the council are no attendees (set 79 arkalyk: 15 read for 11)', () => {
  it('ru: a registration table whose status column tells the deputies', () => {
    const text = `${RU_JOINT}Из 7 членов Совета присутствуют 5.\nЛист регистрации\n№\tФИО\tСтатус\tУчастие\n1\tИванов И.И.\tпредседатель Совета\tприсутствует\n2\tПетрова А.А.\tчлен Совета\tприсутствует\n3\tСидоров П.П.\tчлен Совета\tприсутствует\n4\tКим Л.В.\tчлен Совета\tприсутствует\n5\tОмаров Т.Т.\tчлен Совета\tприсутствует\n6\tАхметов Б.Б.\tчлен Совета\tотпуск\n7\tЛи Р.Р.\tчлен Совета\tкомандировка\n8\tЖанов К.К.\tдепутат городского маслихата\tприсутствует\n9\tСеров Д.Д.\tдепутат, председатель постоянной комиссии\tприсутствует\n\nПовестка дня:\n1. О работе поликлиник.\n`;
    const x = parseProtocol(text);
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Петрова А.А.', 'Сидоров П.П.', 'Ким Л.В.', 'Омаров Т.Т.']);
    expect(x.absentees.length).toBe(2);
  });
  it('kk: a list of those present, the deputies after the members with their status after a dash', () => {
    const text = `${KK_JOINT}Қатысқандар:\n1. Сейітов А.Б. – кеңес төрағасы\n2. Нұрланова Г.К. – кеңес мүшесі\n3. Әлиев Д.М. – кеңес мүшесі\n4. Бекова С.Т. – мәслихат депутаты\n5. Жақсылықов Е.Р. – мәслихат депутаты, комиссия төрағасы\n\nКүн тәртібі:\n1. Жолдарды жөндеу туралы.\n`;
    expect(parseProtocol(text).attendees.map((a) => a.name)).toEqual(['Сейітов А.Б.', 'Нұрланова Г.К.', 'Әлиев Д.М.']);
  });
  it('near-miss: a council member who is also a deputy stays; at an ordinary meeting a deputy\'s row is read as before', () => {
    const both = `${KK_JOINT}Қатысқандар:\n1. Сейітов А.Б. – кеңес төрағасы\n2. Нұрланова Г.К. – кеңес мүшесі, мәслихат депутаты\n3. Бекова С.Т. – мәслихат депутаты\n\nКүн тәртібі:\n1. Жолдарды жөндеу туралы.\n`;
    expect(parseProtocol(both).attendees.map((a) => a.name)).toEqual(['Сейітов А.Б.', 'Нұрланова Г.К.']);
    const ordinary = 'ПРОТОКОЛ № 5\nзаседания Общественного совета\n20 мая 2026 года\n\nПрисутствовали:\n1. Иванов И.И. – председатель Совета\n2. Жанов К.К. – депутат городского маслихата\n\nПовестка дня:\n1. О работе поликлиник.\n';
    expect(parseProtocol(ordinary).attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Жанов К.К.']);
  });
});
