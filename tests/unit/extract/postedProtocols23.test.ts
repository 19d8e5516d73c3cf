// Classes of the false values of held-out set 61 (session 23): a protocol copied from an akimat's web page carries the
// page's posting stamp ("Жарияланған: 18.12.2025, 10:42", "Опубликовано: 10 октября 2025, 16:05") above its own date;
// a bilingual agenda vote "Күн тәртібін бекіту / Утверждение повестки: бірауыздан / единогласно." was not read, so
// every later vote stood one place up; an attendance table whose header has two tabs between its columns and its rows
// one. The people are invented; the phrasings are the documents' and variants of them.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { withoutPageFurniture } from '../../../sources/extract/pageFurniture.ts';

describe('a web page\'s posting stamps are no date of the protocol', () => {
  it('set 61 Kazaly: "Жарияланған: 18.12.2025, 10:42   Жаңартылған: …" above the head dated 16 December', () => {
    const r = parseProtocol([
      'Басты бет / Қызмет / Қоғамдық кеңес / Отырыс хаттамалары',
      'Жарияланған: 18.12.2025, 10:42                    Жаңартылған: 18.12.2025, 10:42',
      '', 'ҚОҒАМДЫҚ КЕҢЕСТІҢ ОТЫРЫСЫНЫҢ', 'ХАТТАМАСЫ № 6', '',
      'Әйтеке би кенті                       2025 жылғы 16 желтоқсан',
    ].join('\n'));
    expect([r.date, r.number]).toEqual(['2025-12-16', '6']);
  });
  it('variants: "Опубликовано: 10 октября 2025, 16:05", "Дата публикации 03.03.2025 | Обновлено: 04.03.2025 в 09:10"', () => {
    const head = (stamp: string) => parseProtocol([stamp, '', 'П Р О Т О К О Л  № 5', 'заседания Общественного совета', '', '8 октября 2025 г.'].join('\n')).date;
    expect(head('Опубликовано: 10 октября 2025, 16:05')).toBe('2025-10-08');
    expect(head('Дата публикации 03.03.2025 | Обновлено: 04.03.2025 в 09:10')).toBe('2025-10-08');
    expect(head('Жарияланды: 2025 жылғы 3 наурыз')).toBe('2025-10-08');
  });
  it('near-misses: a sentence about publishing and a count of publications stay the text', () => {
    expect(withoutPageFurniture(['отчет опубликован 15 марта на сайте', 'Опубликовано: 27', 'Опубликовано 15 марта', 'Опубликовано: 12 материалов 3 марта']))
      .toEqual(['отчет опубликован 15 марта на сайте', 'Опубликовано: 27', 'Опубликовано 15 марта', 'Опубликовано: 12 материалов 3 марта']);
  });
});

const votes = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 7', '22.12.2025', '', 'Повестка дня:', '1. Отчет.', '', ...lines].join('\n'))
  .votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const LATER = ['', '1. СЛУШАЛИ: отчет.', 'Голосовали: за – 9, против – 1, воздержались – 1. Решение принято.'];

describe('an agenda vote named for its approval, in two languages, then the one word for all', () => {
  it('set 61 Aral: "Күн тәртібін бекіту / Утверждение повестки: бірауыздан / единогласно." is the first vote', () => {
    expect(votes(['Күн тәртібін бекіту / Утверждение повестки: бірауыздан / единогласно.', 'Күн тәртібі қабылданды / Повестка принята.', ...LATER]))
      .toEqual([[null, null, null, true, 'adopted'], [9, 1, 1, false, 'adopted']]);
  });
  it('variants: the Russian label first, and the vote named "… бойынша дауыс беру / Голосование по повестке дня"', () => {
    expect(votes(['Утверждение повестки дня / Күн тәртібін бекіту: единогласно / бірауыздан.', ...LATER]))
      .toEqual([[null, null, null, true, 'adopted'], [9, 1, 1, false, 'adopted']]);
    expect(votes(['Күн тәртібі бойынша дауыс беру / Голосование по повестке дня: бірауыздан / единогласно.', ...LATER]))
      .toEqual([[null, null, null, true, 'adopted'], [9, 1, 1, false, 'adopted']]);
  });
  it('near-miss: the agenda\'s approval named in a long sentence with no word for all is no vote', () => {
    expect(votes(['Күн тәртібін бекіту / Утверждение повестки: члены Совета предложили дополнить повестку вопросом о бюджете.', ...LATER]))
      .toEqual([[9, 1, 1, false, 'adopted']]);
  });
});

const attendance = (header: string, rows: string[]) => {
  const r = parseProtocol(['ПРОТОКОЛ № 7', '22.12.2025', '', 'Присутствуют: 4, из них онлайн – 1.', '', header, ...rows].join('\n'));
  return { names: r.attendees.map((a) => [a.name, a.online]), issues: r.issues.map((i) => i.message).filter((m) => /participation/u.test(m)) };
};

describe('tabs typed to line text up in an attendance table', () => {
  const rows = ['Жаңабергенов Серік Әбдіұлы\tочно (төраға)', 'Айтмағанбетова Гүлнар Сейітқызы\tочно (хатшы)', 'Қалиев Ержан Маратұлы\tонлайн', 'Ким Е.А.\tочно'];
  const want = [['Жаңабергенов Серік Әбдіұлы', false], ['Айтмағанбетова Гүлнар Сейітқызы', false], ['Қалиев Ержан Маратұлы', true], ['Ким Е.А.', false]];
  it('set 61 Aral: a header of two tabs between its columns over rows of one', () => {
    expect(attendance('Аты-жөні / Ф.И.О.\t\tҚатысу / Участие', rows)).toEqual({ names: want, issues: [] });
  });
  it('variants: a header lined up four tabs on over rows of one to three; stops every 4 characters', () => {
    expect(attendance('Ф.И.О.\t\t\t\tУчастие', ['Жаңабергенов Серік Әбдіұлы\tочно (төраға)', 'Айтмағанбетова Гүлнар Сейітқызы\tочно (хатшы)', 'Қалиев Ержан Маратұлы\t\tонлайн', 'Ким Е.А.\t\t\tочно']))
      .toEqual({ names: want, issues: [] });
    expect(attendance('ФИО\t\tУчастие', ['Ли Е.А.\tочно', 'Ан Б.К.\tонлайн']).names).toEqual([['Ли Е.А.', false], ['Ан Б.К.', true]]);
  });
  it('near-miss: a row whose last cell is a role, not a participation, is not moved under the participation column', () => {
    const r = attendance('№\tФ.И.О.\t\tУчастие', ['1\tЖаңабергенов С.Ә.\tпредседатель', '2\tКим Е.А.\tчлен совета\tочно']);
    expect(r.names).toEqual([['Ким Е.А.', false]]);
    expect(r.issues).toEqual(['no participation stated for Жаңабергенов С.Ә.']);
  });
});
