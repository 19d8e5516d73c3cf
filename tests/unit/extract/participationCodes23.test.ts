// An attendance table whose participation column gives only a code its legend explains (session 23; set 30 Temirtau:
// "Код участия*" / "О", "Д", "К", "Н" / "* Коды участия: О – очно; Д – дистанционно (Zoom); …"). The people are invented.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const who = (text: string) => {
  const x = parseProtocol(text);
  return {
    present: x.attendees.map((a) => [a.name, a.online]),
    absent: x.absentees.map((a) => [a.name, a.excused]),
    listed: x.attendees_listed !== false,
  };
};

describe('participation codes spelled by their legend', () => {
  it('ru: a Word table a cell a line, the legend under it, a totals row whose word is in its second cell', () => {
    const cells = (no: string, name: string, code: string, note = '') => [`\t${no}`, `\t${name}`, '\tчлен Совета', `\t${code}`, `\t${note}`];
    const text = [
      'ПРОТОКОЛ № 2', 'заседания Общественного совета', '14.05.2025', 'Состав Совета – 5 чел. Явка – 3 из 5, в т.ч. дистанционно – 1.',
      '\t№', '\tФ.И.О.', '\tСтатус', '\tКод участия*', '\tПримечание',
      ...cells('1', 'Адилов Ерлан Маратович', 'О'), ...cells('2', 'Боровик Инна Сергеевна', 'Д'),
      ...cells('3', 'Валиев Тимур Асхатович', 'К', 'г. Астана'), ...cells('4', 'Гончар Олег Петрович', 'О'),
      ...cells('5', 'Дюсенова Алия Болатовна', 'Н'),
      '\t', '\tИтого присутствует (О + Д)', '\t', '\t3', '\t', '',
      '* Коды участия: О – очно; Д – дистанционно (Zoom); К – служебная командировка; Н – отсутствие без уважительной причины.',
    ].join('\n');
    expect(who(text)).toEqual({
      present: [['Адилов Ерлан Маратович', false], ['Боровик Инна Сергеевна', true], ['Гончар Олег Петрович', false]],
      absent: [['Валиев Тимур Асхатович', true], ['Дюсенова Алия Болатовна', false]],
      listed: true,
    });
  });
  it('kk: a pipe table, the legend above it, other codes', () => {
    const text = [
      'ХАТТАМА № 3', 'Қоғамдық кеңес отырысы', '2025 жылғы 14 мамыр', 'Кеңес мүшелері – 4. Қатысқандар – 3.', '',
      'Шартты белгілер: Қ – қатысты; З – Zoom арқылы; І – іссапар; Ж – себепсіз қатыспады',
      '| № | Аты-жөні | Қатысу коды |',
      '| 1 | Әбенов Қайрат Төлеуұлы | Қ |',
      '| 2 | Бекова Салтанат Ерланқызы | З |',
      '| 3 | Жұмабаев Нұрлан Асқарұлы | Қ |',
      '| 4 | Қасымова Дина Маратқызы | І |',
      '',
    ].join('\n');
    expect(who(text)).toEqual({
      present: [['Әбенов Қайрат Төлеуұлы', false], ['Бекова Салтанат Ерланқызы', true], ['Жұмабаев Нұрлан Асқарұлы', false]],
      absent: [['Қасымова Дина Маратқызы', true]],
      listed: true,
    });
  });
  it('near-misses: codes with no legend, and a legend of votes, spell nothing', () => {
    const table = ['| № | Ф.И.О. | Код участия |', '| 1 | Адилов Ерлан Маратович | О |', '| 2 | Боровик Инна Сергеевна | Н |', ''];
    const head = ['ПРОТОКОЛ № 2', 'заседания Общественного совета', '14.05.2025', ''];
    expect(who([...head, ...table].join('\n')).present).toEqual([]);
    const votes = [...head, ...table, 'Условные обозначения: З – за; П – против; В – воздержался.'].join('\n');
    expect(who(votes).present).toEqual([]);
  });
});
