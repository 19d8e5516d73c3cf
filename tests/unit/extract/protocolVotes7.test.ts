/**
 * Votes as held-out set 7 wrote them (issue 12, item 3): a line of text that
 * opens with the preposition "за" and a number ("за 8 месяцев", "за 1 Гкал")
 * is no vote; a result hyphenated across lines is read whole; a vote objected
 * to and declared invalid keeps its counts and declares no result, the vote
 * taken again after it is its own; nouns of a result word ("одобрение",
 * "утверждение", "отклонение") declare nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const votes = (body: string) =>
  parseProtocol(`ПРОТОКОЛ № 2\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n`).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('"за" and a number that count no votes', () => {
  it.each([
    'Отчет Комитета о размещении заказа\nза 8 месяцев 2025 года.',
    'составляет 4 318 тенге\nза 1 Гкал (приказ № 214-ОД от 12.12.2024).',
    'Информация о работе совета\nза 2024 год принята к сведению.',
    'Отчет акимата\nза 3 квартал рассмотрен.',
    'Штраф назначен\nза 2 нарушения сроков.',
    'Заслушан отчет\nза 9 месяцев: 12 заседаний.',
  ])('%j → no vote', (body) => {
    expect(votes(body)).toEqual([]);
  });

  it.each([
    ['Голосовали:\nза 8 человек, против – нет, воздержались – 1.', [8, 0, 1, false, null]],
    ['Голосовали: за 12 голосов, против 2.', [12, 2, null, false, null]],
    ['Итоги голосования: за – 9 членов совета, против – 0, воздержались – 0.', [9, 0, 0, false, null]],
    ['Голосовали:\nза – 15 (пятнадцать), против – 1 (один), воздержались – 1 (один).\nРешение принято.', [15, 1, 1, false, 'adopted']],
    ['Голосовали: за 7 из 9 присутствующих, против 2.', [7, 2, null, false, null]],
  ])('%j is still a vote', (body, want) => {
    expect(votes(body)).toEqual([want]);
  });
});

describe('a result hyphenated across lines', () => {
  it.each([
    ['По первому вопросу: за – 8, против – нет, воздержались – 1\n(воздержался Гончаренко П.С.). Решение при-\nнято.', [8, 0, 1, false, 'adopted']],
    ['По третьему вопросу: за – 3, против – 5, воздержались – 1. Пред-\nложение о переносе не поддержано.', [3, 5, 1, false, 'rejected']],
    ['Голосовали: за – 4, против – 6, воздержались – 0. Решение не при-\nнято.', [4, 6, 0, false, 'rejected']],
    ['Дауыс беру: жақтап – 3, қарсы – 7, қалыс қалған – 1. Шешім қабыл-\nданбады.', [3, 7, 1, false, 'rejected']],
    ['Дауыс беру: жақтап – 10, қарсы – 0, қалыс қалған – 0. Шешім қабыл-\nданды.', [10, 0, 0, false, 'adopted']],
  ])('%j', (body, want) => {
    expect(votes(body)).toEqual([want]);
  });
});

describe('a vote declared invalid and taken again', () => {
  it('keeps both votes; the invalid one declares nothing, whatever was said before', () => {
    const body = [
      'Голосовали: за – 9, против – 6, воздержались – 2.',
      'До объявления результатов член ОС Кравченко В.Н. заявила возражение: на экране была',
      'показана другая редакция проекта, и часть членов',
      'голосовала, не видя пункта 12. Председатель заседания признала голосование',
      'недействительным и предложила проголосовать повторно за одобрение проекта с замечанием.',
      '',
      'Повторное голосование: за – 12 (двенадцать), против – 3 (три), воздержались – 2 (два).',
      'Решение принято.',
    ].join('\n');
    expect(votes(body)).toEqual([[9, 6, 2, false, null], [12, 3, 2, false, 'adopted']]);
  });

  it.each([
    'Голосовали: за – 11, против – 2, воздержались – 0. Решение принято.\nПосле подсчета выяснилось, что голосовал приглашенный; голосование признано недействительным.',
    'Голосовали: за – 11, против – 2, воздержались – 0.\nРезультаты голосования аннулированы в связи с отсутствием кворума.',
    'Голосовали: за – 11, против – 2, воздержались – 0.\nГолосование объявлено недействительным.',
    'Дауыс беру: жақтап – 11, қарсы – 2, қалыс қалған – 0.\nДауыс беру жарамсыз деп танылды.',
  ])('%j → counts, no result', (body) => {
    expect(votes(body)).toEqual([[11, 2, 0, false, null]]);
  });

  it('a later question that speaks of invalid votes does not void the vote above it', () => {
    const body = [
      'Голосовали: за – 11, против – 2, воздержались – 0. Решение принято.',
      '',
      'По второму вопросу:',
      'СЛУШАЛИ: о порядке признания голосования недействительным.',
    ].join('\n');
    expect(votes(body)[0]).toEqual([11, 2, 0, false, 'adopted']);
  });
});

describe('the noun of a result word declares no result', () => {
  it.each([
    'Голосовали: за – 9, против – 6.\nПроект направить на одобрение в министерство.',
    'Голосовали: за – 9, против – 6.\nВопрос об утверждении плана перенесен.',
    'Голосовали: за – 9, против – 6.\nОтклонение от графика составило две недели.',
  ])('%j → no result', (body) => {
    expect(votes(body)).toEqual([[9, 6, null, false, null]]);
  });

  it.each([
    ['Голосовали: за – 9, против – 6.\nПроект одобрен.', 'adopted'],
    ['Голосовали: за – 9, против – 6.\nПлан утвержден с замечаниями.', 'adopted'],
    ['Голосовали: за – 5, против – 9.\nПредложение отклонено.', 'rejected'],
  ])('%j → %s', (body, declared) => {
    expect(votes(body)[0][4]).toBe(declared);
  });
});
