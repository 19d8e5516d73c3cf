/**
 * Session 41's last class, from the end set 175 (semicolon- and comma-separated exports): a table pasted as a spreadsheet's
 * or an e-document system's export is read as a Word table's rows (csvRowsAsCells.ts) — attendance, votes, a report's
 * figures — in both languages; near misses: a sentence's semicolons, a list of two cells. Invented people throughout.
 */
import { describe, expect, it } from 'vitest';
import { csvRowsAsCells } from '../../../sources/extract/csvRowsAsCells.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const HEAD = ['ПРОТОКОЛ № 7', 'заседания Общественного совета', '14.10.2026', '', 'Состав Совета – 5 членов. Присутствуют 4, из них 1 – онлайн.', ''];

describe('rows of a CSV export read as a table\'s', () => {
  it('the cells a tab apart, CSV quotes undone, a row of empty cells a blank line', () => {
    expect(csvRowsAsCells(['Вопрос;За;Против;Итог', '"Вопрос 1. Свалки; рекомендации";9;1;Принято', '"Предложение (""ночной полив"")";4;6;Не принято', ';;;']))
      .toEqual(['Вопрос\tЗа\tПротив\tИтог', 'Вопрос 1. Свалки; рекомендации\t9\t1\tПринято', 'Предложение ("ночной полив")\t4\t6\tНе принято', '']);
    expect(csvRowsAsCells(['Мәселе,Жақтап,Қарсы,Қалыс,Қорытынды', 'Күн тәртібі,9,0,0,Қабылданды', '"1-мәселе, жолдар",7,1,1,Қабылданды']))
      .toEqual(['Мәселе\tЖақтап\tҚарсы\tҚалыс\tҚорытынды', 'Күн тәртібі\t9\t0\t0\tҚабылданды', '1-мәселе, жолдар\t7\t1\t1\tҚабылданды']);
  });

  it('a protocol\'s attendance and votes exported with «;»', () => {
    const x = parseProtocol([...HEAD, '№;ФИО;Статус;Форма участия;Примечание', '1;Ахметов Бауыржан Турсынович;присутствует;очно;председатель',
      '2;Ли Ольга Викторовна;присутствует;онлайн;Zoom', '3;Ибраев Марат Кенесович;присутствует;очно;', '4;Калиева Сауле Жумабековна;присутствует;очно;',
      '5;Оразбаев Нурлан Аскарович;отсутствует;;командировка', '', 'Результаты голосования:', 'Вопрос;За;Против;Воздержались;Итог',
      '"Повестка дня (2 вопроса)";4;0;0;Принято', '"Вопрос 1. Тарифы; рекомендации п. 1–3";3;1;0;Принято', '"Предложение Ли О.В. (п. 4.2)";1;3;0;Не принято'].join('\n'));
    expect(x.attendees.map((a) => a.online)).toEqual([false, true, false, false]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Оразбаев Нурлан Аскарович', true]]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[4, 0, 0, 'adopted'], [3, 1, 0, 'adopted'], [1, 3, 0, 'rejected']]);
  });

  it('a report\'s figures exported as "Показатель;Значение;Примечание"', () => {
    const x = parseReport(['Отчёт о работе Общественного совета за III квартал 2026 года', '', 'Показатель;Значение;Примечание', 'Заседания Совета;3;',
      'Заседания комиссий;5;"в т.ч. 1 выездное"', 'Общественные мониторинги;2;', 'Поступило обращений;6;"все от физических лиц"'].join('\n'));
    expect(Object.fromEntries(x.figures.map((f) => [f.metric, f.value]))).toMatchObject({ general_meetings: 3, commission_meetings: 5, monitorings: 2, appeals_received: 6 });
  });

  it('near miss: a sentence\'s semicolons, and two lines of two cells, are no table', () => {
    const prose = ['Решили: 1) информацию принять к сведению; 2) рекомендовать управлению публиковать карту; 3) провести мониторинг до 20.11.2026.',
      'Выступили: Ибраев М.К.; Калиева С.Ж.; Оразбаев Н.А.; Ли О.В. – о контейнерных площадках в посёлке и о графиках вывоза отходов.'];
    expect(csvRowsAsCells(prose)).toEqual(prose);
    expect(csvRowsAsCells(['Приглашены: Нуркенов А.С.; Исатаев М.К.', 'Итого: 2; присутствовали оба'])).toEqual(['Приглашены: Нуркенов А.С.; Исатаев М.К.', 'Итого: 2; присутствовали оба']);
    // Names a semicolon apart over two lines, as many on each (set 92's list of those present).
    const names = ['Юсупов Р.Т.; Сейiткалиева А.Б.; Нурахметов Д.Е. (онлайн); Касымова З.М.;', 'Турдиев А.А.; Жумабаев К.С.; Хамраев Ф.Р.; Ыбырайымова Л.К. (онлайн);'];
    expect(csvRowsAsCells(names)).toEqual(names);
    // A decision's points over two lines with as many semicolons: words only, no table.
    const points = ['1) информацию принять к сведению; 2) рекомендовать управлению; 3) провести мониторинг', '4) направить письмо в акимат; 5) опубликовать итоги; 6) доложить в декабре'];
    expect(csvRowsAsCells(points)).toEqual(points);
    // Commas in prose are never cells: a sentence of commas over lines stays.
    const commas = ['Совет провёл 3 заседания, 2 мониторинга, 1 круглый стол, 1 семинар', 'и рассмотрел 4 проекта, 2 обращения, 3 письма, 1 запрос', 'в течение квартала, о чём сообщено, как принято, в СМИ'];
    expect(csvRowsAsCells(commas)).toEqual(commas);
  });
});
