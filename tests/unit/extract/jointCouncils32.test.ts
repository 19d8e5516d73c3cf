/**
 * A joint sitting of two councils (held-out set 95's Baizak PDF and variants of my own): the host's counts beside the other
 * council's on one line, a table of votes with a row per council under each question, an attendance table whose header
 * put "№" and "Ф.И.О." in one cell; and the same table's first row with the tab before its participation lost.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const HEAD = ['ПРОТОКОЛ № 4', 'совместного заседания общественных советов Байзакского и Жамбылского районов', '07.10.2026', ''];
const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('the counts of a line of several sentences, each read alone', () => {
  it('the host\'s total, present and online; the other council\'s "12 из 15" no count of this protocol', () => {
    const p = parseProtocol([...HEAD, 'Состав ОС Байзакского района – 17 членов. Присутствовали 14, из них 1 – онлайн. ОС Жамбылского района присутствует в количестве 12 из 15 членов; его решения оформляются отдельным протоколом.'].join('\n'));
    expect([p.members_total, p.present, p.online]).toEqual([17, 14, 1]);
  });
  it('Kazakh, the other council named first in its sentence by its place', () => {
    const p = parseProtocol(['ХАТТАМА № 3', 'Байзақ және Жамбыл аудандары қоғамдық кеңестерінің бірлескен отырысы', '07.10.2026', '', 'Байзақ ауданы ҚК құрамы – 15 мүше. Отырысқа 12 мүше қатысты. Жамбыл ауданы ҚК мүшелерінің 19 мүшесінен 16-сы қатысты.'].join('\n'));
    expect([p.members_total, p.present]).toEqual([15, 12]);
  });
  it('one council: sentences of one line each give their count ("Состав – 21 член. Присутствуют 18.")', () => {
    const p = parseProtocol(['ПРОТОКОЛ № 2', 'заседания Общественного совета', '12.03.2026', '', 'Состав Совета – 21 член. Присутствуют 18 членов, из них 3 – по видеосвязи.'].join('\n'));
    expect([p.members_total, p.present, p.online]).toEqual([21, 18, 3]);
  });
  it('near miss: at a joint sitting the other council\'s sentence alone on the line gives nothing of it to the host', () => {
    const p = parseProtocol([...HEAD, 'Состав ОС Байзакского района – 17 членов. Присутствовали 14.', 'Итого по двум советам присутствовали 26 членов.'].join('\n'));
    expect([p.members_total, p.present]).toEqual([17, 14]);
  });
});

describe('a table of votes with a row per council under each question', () => {
  const table = [
    'Вопрос\tСовет\tЗа Против Возд. Итог',
    'Повестка дня\tОС Байзакского р-на\t14 0\t0\tпринято',
    'ОС Жамбылского р-на 12 0\t0\tпринято',
    '1. Рекомендации по автодороге ОС Байзакского р-на 12 1\t1\tпринято',
    'ОС Жамбылского р-на 11 0\t1\tпринято',
    '2. Совместная рабочая группа\tОС Байзакского р-на 6 7\t1\tне принято',
    'ОС Жамбылского р-на 8 3\t1\tпринято',
    '2. Предложение Омаровой Ж.С. ОС Байзакского р-на 10 2\t2\tпринято',
    'ОС Жамбылского р-на – –\t–\tне голосовал',
  ];
  it('the host\'s rows are its votes, counts run onto the labels and "Возд." read', () => {
    expect(votesOf([...HEAD, ...table])).toEqual([[14, 0, 0, 'adopted'], [12, 1, 1, 'adopted'], [6, 7, 1, 'rejected'], [10, 2, 2, 'adopted']]);
  });
  it('the same table with its cells a tab apart', () => {
    const tabbed = ['Вопрос\tСовет\tЗа\tПротив\tВоздержались\tИтог', 'Повестка дня\tОС Байзакского р-на\t14\t0\t0\tпринято', '\tОС Жамбылского р-на\t12\t0\t0\tпринято', '1. Рекомендации\tОС Байзакского р-на\t12\t1\t1\tпринято', '\tОС Жамбылского р-на\t11\t0\t1\tпринято'];
    expect(votesOf([...HEAD, ...tabbed])).toEqual([[14, 0, 0, 'adopted'], [12, 1, 1, 'adopted']]);
  });
  it('near miss: one council\'s protocol, a table whose question names the Council ("… членов Совета") keeps every row', () => {
    const one = ['ПРОТОКОЛ № 7', 'заседания Общественного совета', '16.10.2025', '', '№ вопроса\tРешение\tЗа Против Воздержались\tИтог', '1\tОдобрить с учетом замечаний членов Совета\t17 0\t0\tпринято', '2\tСоздать рабочую группу\t7 8\t2\tне принято'];
    expect(votesOf(one)).toEqual([[17, 0, 0, 'adopted'], [7, 8, 2, 'rejected']]);
  });
});

describe('an attendance table under "№ Ф.И.О." in one cell', () => {
  const rows = ['1 Жолдасбеков М.А. очно', '2 Усенова Д.Б.\tочно', '3 Абылкасымов Е.Т.\tотсутствует (отпуск)', '4 Жунусова К.М.\tонлайн', '5 Садыков Т.Ж.\tотсутствует без уважительной причины'];
  it('every row read, the first one too with its tab lost', () => {
    const p = parseProtocol(['ПРОТОКОЛ № 4', 'заседания Общественного совета', '', '№ Ф.И.О.\tУчастие', ...rows].join('\n'));
    expect(p.attendees.map((a) => [a.name, a.online])).toEqual([['Жолдасбеков М.А.', false], ['Усенова Д.Б.', false], ['Жунусова К.М.', true]]);
    expect(p.absentees.map((a) => [a.name, a.excused])).toEqual([['Абылкасымов Е.Т.', true], ['Садыков Т.Ж.', false]]);
  });
  it('Kazakh: "№ Аты-жөні"', () => {
    const p = parseProtocol(['ХАТТАМА № 4', 'Қоғамдық кеңес отырысының', '', '№ Аты-жөні\tҚатысуы', '1\tӘлиев Б.Т.\tқатысты', '2\tСейітова Г.Н.\tZoom арқылы'].join('\n'));
    expect(p.attendees.map((a) => [a.name, a.online])).toEqual([['Әлиев Б.Т.', false], ['Сейітова Г.Н.', true]]);
  });
});

describe('a PDF table row of two lines, each with its own counts', () => {
  it('each line a row of its own, not one row\'s wrapped cells', async () => {
    const text = await readPdfText(textPdf([[
      { x: 57, y: 780, text: 'Question' }, { x: 230, y: 780, text: 'Council' }, { x: 354, y: 780, text: 'For' }, { x: 418, y: 780, text: 'Abst.' }, { x: 451, y: 780, text: 'Result' },
      { x: 57, y: 762, text: 'Agenda' }, { x: 230, y: 762, text: 'Council A' }, { x: 354, y: 762, text: '14 0' }, { x: 418, y: 762, text: '0' }, { x: 451, y: 762, text: 'adopted' },
      { x: 230, y: 744, text: 'Council B 12 0' }, { x: 418, y: 744, text: '0' }, { x: 451, y: 744, text: 'adopted' },
    ]]), 'case.pdf');
    expect(text.split('\n')).toEqual(['Question\tCouncil\tFor\tAbst.\tResult', 'Agenda\tCouncil A\t14 0\t0\tadopted', 'Council B 12 0\t0\tadopted', '']);
  });
  it('near miss: a label wrapped under its row, one count a line at most, is the row\'s', async () => {
    const text = await readPdfText(textPdf([[
      { x: 57, y: 780, text: 'Question' }, { x: 230, y: 780, text: 'For' }, { x: 300, y: 780, text: 'Against' },
      { x: 57, y: 762, text: 'Agenda of the' }, { x: 230, y: 762, text: '14' }, { x: 300, y: 762, text: '0' },
      { x: 57 + 10, y: 744, text: 'meeting 2' },
    ]]), 'case.pdf');
    expect(text).not.toContain('\nmeeting 2');
  });
});
