// The shared text repair of mangled copies (held-out set 36): track changes pasted as text, Latin look-alikes in
// Cyrillic words, look-alike digits in numbers, a block saved twice; and Kazakh typed on a Russian keyboard matched by the
// lexicons' patterns. Each repair keeps the lines where they were; each must leave a word, a name, a Roman numeral alone.
import { describe, expect, it } from 'vitest';
import { asWritten, foldLatinLookalikes, readDigitLookalikes, repairCopy, withoutRepeatedBlock } from '../../../sources/extract/repairCopy.ts';
import { typedOnRussianKeyboard } from '../../../sources/extract/typedOnRussianKeyboard.ts';
import { parseDatePhrase } from '../../../sources/extract/parseDatePhrase.ts';

describe('track changes: the deleted text goes, the inserted stays, each line where it was', () => {
  it.each([
    ['Отырысқа кеңестің [удалено: 12] 11 мүшесі қатысты, оның', 'Отырысқа кеңестің 11 мүшесі қатысты, оның'],
    ['Дауыс беру: «жақтады» – [удалено: 9] 8, «қарсы» – [удалено: 1] 2, «қалыс қалды» – 1.', 'Дауыс беру: «жақтады» – 8, «қарсы» – 2, «қалыс қалды» – 1.'],
    ['Поступило обращений\t[удалено: 12] 14\t9\t37', 'Поступило обращений\t14\t9\t37'],
    ['[удалено: 12. Оразалиев Талғат Кенжеұлы]', ''],
    ['[вставлено: 4. Оразалиев Т.К. – себепсіз]', '4. Оразалиев Т.К. – себепсіз'],
    // Variants the document did not show: Kazakh Word's words, an insertion inside a sentence.
    ['Присутствовали [жойылды: 14] 15 членов', 'Присутствовали 15 членов'],
    ['Голосовали: за – [вставлено: 10], против – 1', 'Голосовали: за – 10, против – 1'],
  ])('%s', (line, want) => {
    expect(repairCopy([line])).toEqual([want]);
  });
  it('a deletion running over lines takes them, the count of lines kept', () => {
    expect(repairCopy(['4. Жоспар туралы.', '[удалено: 5. Ауыз су туралы –', 'ауыстырылды.]', 'ТЫҢДАЛДЫ:'])).toEqual(['4. Жоспар туралы.', '', '', 'ТЫҢДАЛДЫ:']);
  });
  it('near-miss: a bracket that is no tracked change ("[1]", "[см. приложение]") stays', () => {
    expect(repairCopy(['Закон [1] и [см. приложение: 2]'])).toEqual(['Закон [1] и [см. приложение: 2]']);
  });
});

describe('Latin letters that look Cyrillic inside a Cyrillic word are read in Cyrillic', () => {
  it.each([
    ['Присуствoвали члены', 'Присуствовали члены'],
    ['Oтcутcтвовали :', 'Отсутствовали :'],
    ['ПOВEСТКА ДНЯ', 'ПОВЕСТКА ДНЯ'],
    ['Голосовaли: единоглaсно.', 'Голосовали: единогласно.'],
    // Kazakh typed on a Russian keyboard: a Latin i for і, a Latin I for І.
    ['кенестiн барлык мушелерi', 'кенестін барлык мушелері'],
    ['КАУЛЫ ЕТТI', 'КАУЛЫ ЕТТІ'],
  ])('%s', (line, want) => {
    expect(foldLatinLookalikes(line)).toBe(want);
  });
  it.each([['(ZOOM)'], ['во II квартале'], ['в Instagram и Facebook'], ['Pythonда жазылған'], ['WhatsApp бейнебайланысы']])('near-miss: %s stays', (line) => {
    expect(foldLatinLookalikes(line)).toBe(line);
  });
});

describe('a letter drawn as a digit inside a number is read as the digit', () => {
  it.each([
    ['«за» – 1l , «против» – 0', '«за» – 11 , «против» – 0'],
    ['заседания Общественного совета № 1O', 'заседания Общественного совета № 10'],
    ['«1O» сентября 2025 г.', '«10» сентября 2025 г.'],
    ['присутствуют 1З , из них 3', 'присутствуют 13 , из них 3'],
    ['2O25 жылдын', '2025 жылдын'],
    ['приказ № 41-к от l9.03.2025', 'приказ № 41-к от 19.03.2025'],
    ['Обращений – З8', 'Обращений – 38'],
    // A table's cell that is a Latin O alone.
    ['\t1\tl5\t1\tO\tпринято', '\t1\t15\t1\t0\tпринято'],
    ['| 4 | 14 | O | 2 |', '| 4 | 14 | 0 | 2 |'],
  ])('%s', (line, want) => {
    expect(readDigitLookalikes(line)).toBe(want);
  });
  it.each([
    ['О подготовке к 2025 году'], ['ТОО «Ол» 12'], ['во II квартале 2025 г.'], ['IO 5'], ['З 8 марта'], ['Пункт O – общий 5'], ['ООО 10'],
  ])('near-miss: %s stays', (line) => {
    expect(readDigitLookalikes(line)).toBe(line);
  });
});

describe('a block saved twice, one copy under the other, is read once', () => {
  const block = [
    '2. ТЫҢДАЛДЫ: аудандық ветеринария бөлімінің басшысы Ниязбеков Д.С. – ауданда 23 мал',
    'қорымы (биотермиялық шұңқыр) бар, оның 17-сі қоршалған, 3-еуі санитарлық талаптарға',
    'Дауыс беру: «жақтады» – 8, «қарсы» – 2, «қалыс қалды» – 1.',
  ];
  it('Kazakh: the second copy blanked, the lines kept', () => {
    expect(withoutRepeatedBlock([...block, '', ...block, '', '3. ТЫҢДАЛДЫ:'])).toEqual([...block, '', '', '', '', '', '3. ТЫҢДАЛДЫ:']);
  });
  it('Russian, a variant with no blank line between the copies', () => {
    const ru = ['4. Мониторинги: за полугодие проведено 5 общественных мониторингов, в том числе', 'в сельских округах района по вопросам питьевой воды и дорог; по итогам направлено', '17 рекомендаций в государственные органы района.'];
    expect(withoutRepeatedBlock([...ru, ...ru])).toEqual([...ru, '', '', '']);
  });
  it('near-miss: a short block repeated in each item ("Решение принято." / "Голосовали: единогласно.") stays', () => {
    const lines = ['РЕШИЛИ: принять к сведению.', 'Голосовали: единогласно.', 'Решение принято.', 'РЕШИЛИ: принять к сведению.', 'Голосовали: единогласно.', 'Решение принято.'];
    expect(withoutRepeatedBlock(lines)).toEqual(lines);
  });
});

describe('Kazakh typed on a Russian keyboard matches the Kazakh patterns, the text kept as written', () => {
  it.each([
    ['қатысты', 'Отырыска 10 муше катысты'],
    ['шешім қабылданбады', 'шешім кабылданбады'],
    ['қатыспағандар', 'Катыспагандар :'],
  ])('%s', (pattern, text) => {
    expect(new RegExp(typedOnRussianKeyboard(pattern), 'iu').test(text)).toBe(true);
  });
  it('a character class is left as it is (what tells Kazakh from Russian)', () => {
    expect(typedOnRussianKeyboard('[әғқ]')).toBe('[әғқ]');
    expect(new RegExp(typedOnRussianKeyboard('[әғқ]'), 'u').test('катысты')).toBe(false);
  });
  it('a date typed so is a date', () => {
    expect(parseDatePhrase('2025 жылгы 18 маусым')?.start).toBe('2025-06-18');
  });
  it('near-miss: a Russian word is no Kazakh one ("кабель" is no "қабылданды")', () => {
    expect(new RegExp(typedOnRussianKeyboard('қабылданды'), 'iu').test('кабель проложен')).toBe(false);
  });
});

describe('a quote read off a repaired line is given back as written', () => {
  it('the figure\'s line with its track change and look-alike', () => {
    const written = ['Поступило обращений\t[удалено: 12] 14\t9', 'Обращений – З8'];
    const repaired = repairCopy(written);
    expect(asWritten('Поступило обращений 14 9', 1, written, repaired)).toBe('Поступило обращений [удалено: 12] 14 9');
    expect(asWritten('Обращений – 38', 2, written, repaired)).toBe('Обращений – З8');
  });
  it('near-miss: a quote of a line not repaired is kept', () => {
    expect(asWritten('за – 5', 1, ['за – 5'], ['за – 5'])).toBe('за – 5');
  });
});
