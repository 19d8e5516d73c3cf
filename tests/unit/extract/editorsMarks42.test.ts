/**
 * Drafts that went through review, their editors' marks written as text (set 181): a deletion and its replacement as a
 * pair ("[удалено: 6] [исправлено: 7]", "[жойылды: 11] [түзетілді: 12]"), a mark naming the old text ("очно [исправлено:
 * было «отсутствовал»]"). The figure is the one the document states once its changes are accepted. With them, two ways of
 * writing such a protocol's head and vote table: a label's unit in brackets ("Кеңестің құрамы / Состав Совета (чел.): 12")
 * and a typed table's question outgrowing its column onto a line of its own. An editor's note ("(прим. ред.: …)",
 * "(ред. ескертпесі: …)", "ТЗ: …") is no part of the document, as a Word comment is not.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { withoutEditorsNotes } from '../../../sources/extract/withoutEditorsNotes.ts';

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

describe('an editor\'s note is no part of the document', () => {
  const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();
  const candidates = (text: string) => parseReport(text).candidates.map((c) => `${c.metric}=${c.value}`);
  it('ru report: the notes\' counts are neither figures nor candidates', () => {
    const text = [
      'ИНФОРМАЦИЯ о работе Общественного совета за 9 месяцев 2026 года',
      'Проведено 6 заседаний Совета. (прим. ред.: в первой версии – 5 заседаний, 4 мониторинга.)',
      'Поступило 18 обращений (ТЗ: уточнить у секретаря – возможно, уже 20 обращений).',
      'Размещено 41 публикация.',
      'ТЗ: дописать, сколько проведено',
      'семинаров – 3 или 4.',
    ].join('\n');
    expect(figures(text)).toEqual(['appeals_received=18', 'general_meetings=6', 'publications=41']);
    expect(candidates(text)).toEqual([]);
  });
  it('kk report: "(ред. ескертпесі: …)" in a sentence and on a line of its own', () => {
    const text = [
      '2026 жылғы 9 айдағы Қоғамдық кеңестің жұмысы туралы ақпарат',
      'Кеңестің 6 отырысы өтті (ред. ескертпесі: бірінші нұсқада – 7 отырыс, 3 мониторинг).',
      '12 өтініш түсті.',
      '(ред. ескертпесі: 2025 жылмен салыстыру алынып тасталсын – 2025 жылы 9 дөңгелек үстел.)',
    ].join('\n');
    expect(figures(text)).toEqual(['appeals_received=12', 'general_meetings=6']);
    expect(candidates(text)).toEqual([]);
  });
  it('kk protocol: a note\'s draft vote is no vote; a "ТЗ:" run on to the next line goes with its sentence', () => {
    const text = 'ХАТТАМА № 6\n16.09.2026\nКеңес құрамы – 15 мүше. Қатысқандар: 12.\nКҮН ТӘРТІБІ:\n1. Есеп туралы.\n2. Әртүрлі.\n1. ТЫҢДАЛДЫ: басқарма басшысының орынбасары. ТЗ: аты-жөнін\nхатшыдан нақтылау.\nДауыс беру: жақтап – 11, қарсы – 0, қалыс – 1. Шешім қабылданды.\n(ред. ескертпесі: бірінші нұсқада жақтап – 10, қарсы – 1, қалыс – 1.)\n';
    expect(votes(text)).toEqual([[11, 0, 1, 'adopted']]);
  });
  it('the lines stay lines; a stop after a note run on to the next line goes back to the sentence', () => {
    expect(withoutEditorsNotes([
      'Ответы направлены по 17 обращениям (ТЗ: уточнить у',
      'секретаря – возможно, уже 18). Направлено 9 писем.',
      '1. ТЫҢДАЛДЫ: орынбасары. ТЗ: аты-жөнін',
      'хатшыдан нақтылау.',
      'Председатель (прим. ред.: подпись) Б. Искаков',
    ])).toEqual(['Ответы направлены по 17 обращениям.', 'Направлено 9 писем.', '1. ТЫҢДАЛДЫ: орынбасары.', '', 'Председатель Б. Искаков']);
  });
  it('near misses: an author\'s own note, "ТЗ" inside a word or a sentence, a "ТЗ:" over a line in capitals', () => {
    const lines = [
      'Рассмотрено 3 проекта (прим.: один – повторно).',
      'Обсуждено ТЗ на разработку сайта.',
      'АТЗ: 5',
      'ТЗ: проверить',
      'Председатель Совета',
    ];
    expect(withoutEditorsNotes(lines)).toEqual([...lines.slice(0, 3), '', 'Председатель Совета']);
  });
});
