/**
 * Attendance told indirectly (held-out set 127's theme): a SHARE of the members — a fraction ("присутствуют 2/3 членов
 * Совета", "две трети", "мүшелерінің үштен екісі", "2/3-сі") or a percentage ("80 % членов", "мүшелерінің 80 пайызы") — is no
 * count of those present: turning it into one needs a multiplication the text does not make. The count the text states
 * ("10 из 12", "Присутствовали (10/12)") stands. Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { blankShareCounts } from '../../../sources/extract/protocol/shareCounts.ts';

const presentOf = (lines: string[]) => parseProtocol(lines.join('\n')).present;
const HEAD_RU = ['ПРОТОКОЛ № 3', 'заседания Общественного совета Кербулакского района', 'пгт Сарыозек, 14.05.2026', 'Состав Совета: 12 членов.'];
const HEAD_KK = ['№ 3 ХАТТАМА', 'Кербұлақ ауданы Қоғамдық кеңесінің отырысы', 'Сарыөзек кенті, 14.05.2026', 'Кеңес құрамы: 12 мүше.'];
const VOTE_RU = ['', 'Повестка дня:', '1. О работе поликлиники.', '', 'Голосование: за – 10, против – 0, воздержались – 0. Решение принято.'];
const VOTE_KK = ['', 'Күн тәртібі:', '1. Емхананың жұмысы туралы.', '', 'Жақтап – 10, қарсы – 0, қалыс – 0. Шешім қабылданды.'];

describe('a fraction of the members is no count of those present', () => {
  it('Russian "присутствуют 2/3 членов Совета" gives no present; the later "10 из 12" is the count', () => {
    expect(presentOf([...HEAD_RU, 'На момент открытия присутствуют 2/3 членов Совета – кворум имеется.', ...VOTE_RU])).toBeNull();
    expect(presentOf([...HEAD_RU, 'На момент открытия присутствуют 2/3 членов Совета – кворум имеется.', 'Всего в работе заседания приняли участие 10 из 12 членов Совета.', ...VOTE_RU])).toBe(10);
  });
  it('Russian fraction in words, "две трети" / "три четверти"', () => {
    expect(presentOf([...HEAD_RU, 'Присутствуют две трети членов Совета.', ...VOTE_RU])).toBeNull();
    expect(presentOf([...HEAD_RU, 'Присутствовали три четверти состава Совета.', ...VOTE_RU])).toBeNull();
  });
  it('Kazakh "үштен екісі" / "төрттен үші" (read as one compound, never 3 + 2) and "2/3-сі"', () => {
    expect(presentOf([...HEAD_KK, 'Кеңес мүшелерінің үштен екісі қатысты – кворум бар.', ...VOTE_KK])).toBeNull();
    expect(presentOf([...HEAD_KK, 'Кеңес мүшелерінің төрттен үші қатысты.', ...VOTE_KK])).toBeNull();
    expect(presentOf([...HEAD_KK, 'Кеңес мүшелерінің 2/3-сі қатысты.', ...VOTE_KK])).toBeNull();
  });
});

describe('a percentage of the members is no count of those present', () => {
  it('Russian "80 % членов" and Kazakh "80 пайызы"', () => {
    expect(presentOf([...HEAD_RU, 'Присутствовали 80 % членов Совета.', ...VOTE_RU])).toBeNull();
    expect(presentOf([...HEAD_KK, 'Кеңес мүшелерінің 80 пайызы қатысты.', ...VOTE_KK])).toBeNull();
  });
  it('near miss: the count beside its percentage stands ("Явка: 10 членов Совета из 12 (83,3 %)")', () => {
    expect(presentOf([...HEAD_RU, 'Явка: 10 членов Совета из 12 (83,3 %).', ...VOTE_RU])).toBe(10);
  });
});

describe('near misses: counts over the whole are no fractions', () => {
  it('"Присутствовали (10/12):" is those present over the members; "8/0/0" a vote', () => {
    expect(blankShareCounts('Присутствовали (10/12):')).toBe('Присутствовали (10/12):');
    expect(blankShareCounts('Голосование: 8/0/0.')).toBe('Голосование: 8/0/0.');
    expect(blankShareCounts('Голосование: 1/2/3.')).toBe('Голосование: 1/2/3.');
  });
  it('a quorum bound after the count leaves the count: "присутствуют 10 членов из 12 (более 2/3)"', () => {
    expect(presentOf([...HEAD_RU, 'Кворум: присутствуют 10 членов из 12 (более 2/3).', ...VOTE_RU])).toBe(10);
  });
  it('"Отырысқа он екі мүше қатысты" is a count in words', () => {
    expect(presentOf([...HEAD_KK, 'Отырысқа он екі мүше қатысты.', ...VOTE_KK])).toBe(12);
  });
});
