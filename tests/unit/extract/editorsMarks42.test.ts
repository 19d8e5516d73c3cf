/**
 * Drafts that went through review, their editors' marks written as text (set 181): a deletion and its replacement as a
 * pair ("[удалено: 6] [исправлено: 7]", "[жойылды: 11] [түзетілді: 12]"), a mark naming the old text ("очно [исправлено:
 * было «отсутствовал»]"). The figure is the one the document states once its changes are accepted. With them, two ways of
 * writing such a protocol's head and vote table: a label's unit in brackets ("Кеңестің құрамы / Состав Совета (чел.): 12")
 * and a typed table's question outgrowing its column onto a line of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a deletion and its replacement written as a pair: the replacement is the text', () => {
  it.each([
    ['ru', 'ПРОТОКОЛ № 9\n03.12.2026\nСостав Совета – 9 членов. Присутствовали [удалено: 6] [исправлено: 7] из 9 членов Совета.', 7],
    ['ru, no space between', 'ПРОТОКОЛ № 9\n03.12.2026\nСостав Совета – 25 членов.\nПрисутствовали [удалено: 12][исправлено: 14] из 25 членов.', 14],
    ['kk: the count before the pair is another\'s (15 of the council), untouched', 'ХАТТАМА № 6\n16.09.2026\nҚатысқандар: кеңестің 15 мүшесінен [жойылды: 11] [түзетілді: 12] мүше, оның ішінде 2-еуі онлайн.', 12],
  ])('%s', (_, text, present) => {
    const protocol = parseProtocol(text);
    expect(protocol.present).toBe(present);
  });

  it('kk: the council\'s 15 stays its size, not corrected to the 12 present', () => {
    expect(parseProtocol('ХАТТАМА № 6\n16.09.2026\nҚатысқандар: кеңестің 15 мүшесінен [жойылды: 11] [түзетілді: 12] мүше.').members_total).toBe(15);
  });

  it('a vote\'s count: "«За» – [удалено: 5] [исправлено: 6]"', () => {
    const text = 'ПРОТОКОЛ № 9\n03.12.2026\nСостав Совета – 9 членов. Присутствовали 7.\nРешили: информацию принять к сведению. «За» – [удалено: 5] [исправлено: 6], «против» – 0, «воздержались» – 1. Решение принято.';
    expect(votes(text)).toEqual([[6, 0, 1, 'adopted']]);
  });

  it('near miss: "[исправлено: 14]" with no deletion beside it is not taken as the count', () => {
    expect(parseProtocol('ПРОТОКОЛ № 5\n21.10.2026\nСостав Совета – 25 членов.\nПрисутствовали [исправлено: 14] из 25 членов.').present).toBeNull();
  });

  it('near miss: a count and a correction after it ("21 [исправлено: 12]") is still read corrected', () => {
    expect(parseProtocol('ПРОТОКОЛ № 5\n21.10.2026\nСостав Совета – 25 членов.\nПрисутствовали 21 [исправлено: 12] из 25 членов.').present).toBe(12);
  });
});

describe('a mark naming the text as it was: the old text is gone', () => {
  const roll = (rows: string[]) => rows.map((r, k) => `${k + 1}\t${r}`).join('\n');
  it('ru: "очно [исправлено: было «отсутствовал»]" is present, not absent', () => {
    const text = `ПРОТОКОЛ № 9\n03.12.2026\nЧисленный состав Совета – 9 членов. Присутствовали 8 из 9 членов Совета, один из них – по видеосвязи.\n\n№\tФ.И.О.\tФорма участия\n${roll([
      'Ермекова Жанна Сериковна\tочно', 'Пономаренко Татьяна Ивановна\tочно', 'Нургалиев Асет Бахытович\tпо видеосвязи',
      'Шульц Виктор Генрихович\tочно', 'Абилова Меруерт Кайратовна\tочно', 'Дюсенов Ержан Талгатович\tочно [исправлено: было «отсутствовал»]',
      'Кравцова Елена Юрьевна\tочно', 'Тулегенов Марат Оразович\tочно', 'Жакупова Айман Ермековна\tотсутствовала',
    ])}\nПриглашенные: руководитель управления.\nПовестка дня:\n1. О плане.\n2. Разное.`;
    const protocol = parseProtocol(text);
    expect(protocol.attendees).toHaveLength(8);
    expect(protocol.absentees.map((a) => a.name)).toEqual(['Жакупова Айман Ермековна']);
  });

  it('kk: "қатысты [түзетілді: бұрын «қатыспады»]" is present', () => {
    const text = `ХАТТАМА № 6\n16.09.2026\nКеңестің құрамы – 7 мүше. Отырысқа 6 мүше қатысты.\n\n№\tАты-жөні\tҚатысуы\n${roll([
      'Бекмағанбетов Нұрлан Серікұлы\tқатысты', 'Өтепова Гүлназ Жеңісқызы\tқатысты', 'Қалдыбаев Ербол Асқарұлы\tқатысты [түзетілді: бұрын «қатыспады»]',
      'Жылқыбаев Самат Ерланұлы\tқатысты', 'Досмағамбетова Айнұр Қайратқызы\tқатысты', 'Тұрсынбаев Мейрам Жанатұлы\tқатысты',
      'Есенғалиев Бақыт Төлеуұлы\tіссапар',
    ])}\nШақырылғандар: басқарма басшысы.\nКҮН ТӘРТІБІ:\n1. Жоспар туралы.\n2. Әртүрлі.`;
    const protocol = parseProtocol(text);
    expect(protocol.attendees).toHaveLength(6);
    expect(protocol.absentees.map((a) => [a.name, a.excused])).toEqual([['Есенғалиев Бақыт Төлеуұлы', true]]);
  });

  it('ru: a count with its old value named ("14 [исправлено: было 12]") is the count', () => {
    expect(parseProtocol('ПРОТОКОЛ № 5\n21.10.2026\nСостав Совета – 25 членов.\nПрисутствовали 14 [исправлено: было 12] из 25 членов.').present).toBe(14);
  });
});

describe('a label\'s unit in brackets before its colon', () => {
  const head = (label: string) => parseProtocol(`ХАТТАМА / ПРОТОКОЛ № 8\n25.11.2026\n${label}\nҚатысқандар / Присутствовали: 10\n`).members_total;
  it.each([
    ['bilingual, Russian unit', 'Кеңестің құрамы / Состав Совета (чел.): 12', 12],
    ['Kazakh', 'Кеңестің құрамы (мүше): 12', 12],
    ['a form\'s bare field', 'Құрамы (адам): 15', 15],
  ])('%s', (_, label, total) => expect(head(label)).toBe(total));
  it('near miss: the invited counted with a unit are no members', () => expect(head('Шақырылғандар (адам): 5')).toBeNull());
});

describe('a typed vote table whose question outgrew its column onto a line of its own', () => {
  const agenda = 'Повестка дня:\n1. О плане.\n2. Разное.\n';
  it('ru: the row below takes the line as its question\'s start', () => {
    const text = `ПРОТОКОЛ № 9\n03.12.2026\nСостав Совета – 9 членов. Присутствовали 7.\n${agenda}ГОЛОСОВАНИЕ\nВопрос | За | Против | Воздержались | Итог\nПовестка дня | 7 | 0 | 0 | принято\nПредложение Шульца В.Г. о выездном\nзаседании в г. Аркалык | 3 | 4 | 0 | не принято\nВопрос 1 | 6 | 0 | 1 | принято\n`;
    expect(votes(text)).toEqual([[7, 0, 0, 'adopted'], [3, 4, 0, 'rejected'], [6, 0, 1, 'adopted']]);
  });
  it('kk: a name ending in an initial opens the cell ("Сейітов Қ.А." / "ұсынысы | 2 | 5 | 0 | …")', () => {
    const text = 'ХАТТАМА № 6\n16.09.2026\nКеңес құрамы – 9 мүше. Қатысқандар: 7.\nКҮН ТӘРТІБІ:\n1. Жоспар туралы.\n2. Әртүрлі.\nМәселе | Жақтап | Қарсы | Қалыс | Нәтиже\nКүн тәртібі | 7 | 0 | 0 | қабылданды\nСейітов Қ.А.\nұсынысы | 2 | 5 | 0 | қабылданбады\n1-мәселе | 7 | 0 | 0 | қабылданды\n';
    expect(votes(text)).toEqual([[7, 0, 0, 'adopted'], [2, 5, 0, 'rejected'], [7, 0, 0, 'adopted']]);
  });
  it('near miss: a sentence between rows ("Предложение снято автором.") is no question of the row below', () => {
    const text = `ПРОТОКОЛ № 9\n03.12.2026\nСостав Совета – 9 членов. Присутствовали 7.\n${agenda}Вопрос | За | Против | Воздержались | Итог\nПовестка дня | 7 | 0 | 0 | принято\nПредложение снято автором.\nВопрос 1 | 6 | 0 | 1 | принято\n`;
    expect(parseProtocol(text).votes.some((v) => /снято/u.test(v.text ?? ''))).toBe(false);
  });
});
