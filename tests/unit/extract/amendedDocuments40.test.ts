/**
 * Corrected and amended documents (issue 12, session 40, sets 159 and 163): an amending sheet's "«…» деген сөздер «…» деген
 * сөздермен ауыстырылсын" / "слова «…» заменить словами «…»" and its added words, a Word correction sheet read a cell a
 * line, a revised edition quoting its first edition's vote, quoted words corrected by a count alone, the struck values in
 * brackets of a corrected copy ("8 (было 7)"), a sheet's foot naming the protocol between the halves of a vote, and a
 * басқарма's genitive heading organisations. The corrected value counts, the superseded one never; near misses stay unread.
 */
import { splitJoinedHeaderLabels } from '../../../sources/extract/report/joinedHeaderLabels.ts';
import { describe, expect, it } from 'vitest';
import { correctCounts } from '../../../sources/extract/correctedCounts.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { withoutStruckValues } from '../../../sources/extract/struckValues.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain]);
const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();

describe('an amending sheet after the signatures replaces and adds the words it quotes', () => {
  const kk = [
    'Х А Т Т А М А  № 5', '', 'Кеңестің 9 мүшесінің 7-і қатысты, оның ішінде 1-і онлайн.', 'Қатысқандар:', '  Бейсенов Серік Оралұлы – төраға',
    '  Жанабаева Айнұр Қайратқызы – хатшы', '  Тұрсынов Ерболат Ахметұлы', '  Малдыбаева Раушан Ермекқызы', '  Байжанова Гүлмира Сағатқызы',
    '  Құдайбергенов Нұржан Асқарұлы (онлайн)', '  Әлімжанов Рустам Бақытұлы', '',
    '1. ТЫҢДАЛДЫ: есеп туралы.', 'Дауыс беру: жақтап – 5, қарсы – 1, қалыс – 1. Шешім қабылданды.', '', 'Төраға        С. Бейсенов', '', '',
    '              № 5 ХАТТАМАҒА ӨЗГЕРІСТЕР МЕН ТҮЗЕТУЛЕР',
    '1. Хаттаманың бірінші абзацындағы «оның ішінде 1-і онлайн» деген сөздер', '«оның ішінде 2-еуі онлайн» деген сөздермен ауыстырылсын.',
    '2. Қатысқандар тізіміндегі «Байжанова Гүлмира Сағатқызы» деген сөздерден', 'кейін «(онлайн)» деген сөз толықтырылсын.',
    '3. 1-мәселе бойынша «жақтап – 5, қарсы – 1» деген сөздер «жақтап – 4,', 'қарсы – 2» деген сөздермен ауыстырылсын.',
  ].join('\n');
  it('kk: the count sentence, the list and the vote read as amended (set 159\'s Kapal)', () => {
    const got = parseProtocol(kk);
    expect(got.online).toBe(2);
    expect(got.attendees.filter((a) => a.online)).toHaveLength(2);
    expect(votes(kk)).toEqual([[4, 2, 1]]);
  });
  it('ru: "слова «…» заменить словами «…»" under "ИЗМЕНЕНИЯ И ДОПОЛНЕНИЯ В ПРОТОКОЛ № 3"', () => {
    const text = ['ПРОТОКОЛ № 3', 'Присутствовали 11 членов Совета из 13.', '', '1. СЛУШАЛИ: о плане.', 'Голосовали: за – 8, против – 2, воздержались – 1.',
      'Решение принято.', '', 'Председатель ______ А. Б.', '', 'ИЗМЕНЕНИЯ И ДОПОЛНЕНИЯ В ПРОТОКОЛ № 3',
      '1. В пункте 1 слова «за – 8, против – 2» заменить словами «за – 9, против – 1».'].join('\n');
    expect(votes(text)).toEqual([[9, 1, 1]]);
  });
  it('near miss: a member proposing to replace a draft\'s words in the discussion changes nothing', () => {
    const text = ['ПРОТОКОЛ № 3', 'Присутствовали 11 членов Совета из 13.', '', '1. СЛУШАЛИ: о проекте Правил.',
      'ВЫСТУПИЛИ: Белоусова И.В. предложила в пункте 5 слова «за 5 дней» заменить словами «за 10 дней».',
      'Голосовали: за – 5 дней нет, за – 8, против – 2, воздержались – 1.', 'Решение принято.'].join('\n');
    expect(correctCounts(text.split('\n')).lines).toEqual(text.split('\n'));
  });
});

describe('a Word correction sheet read one cell a line (set 159\'s Agadyr)', () => {
  const text = ['ПРОТОКОЛ № 6', 'На заседании присутствуют 8 членов Совета из 11.', '', '2. СЛУШАЛИ: о проекте.',
    'Голосовали: за – 7, против – 1, воздержались – 1. Решение принято.', '', 'Председатель ______ Е. Жунусов', 'ЛИСТ ИСПРАВЛЕНИЙ',
    '\t№', '\tМесто в протоколе', '\tНапечатано', '\tСледует читать',
    '\t1', '\tраздел «Присутствовали», абзац 1', '\t«присутствуют 8 членов Совета»', '\t«присутствуют 9 членов Совета»',
    '\t2', '\tвопрос 2, голосование', '\t«за – 7, против – 1, воздержались – 1»', '\t«за – 6, против – 2, воздержались – 1»', ''].join('\n');
  it('each row replaces the printed words; the sheet\'s own counts are no vote', () => {
    const got = parseProtocol(text);
    expect(got.present).toBe(9);
    expect(votes(text)).toEqual([[6, 2, 1]]);
  });
  it('near miss: a table of cells with no "Напечатано | Следует читать" header is left as it stands', () => {
    const lines = ['Голосовали: за – 7, против – 1.', '\t№', '\tМесто', '\tБыло', '\t1', '\tвопрос 2', '\t«за – 7»'];
    expect(correctCounts(lines).lines).toEqual(lines);
  });
});

describe('a revised edition quoting its first edition\'s wording', () => {
  it('kk: "Бастапқы нұсқада … «жақтап – 8, қарсы – 1» деп жазылған еді; … дұрысы – …" is no vote (set 159\'s Kushmurun)', () => {
    const text = ['ХАТТАМА № 8', 'ТҮЗЕТІЛГЕН НҰСҚА', '', '1. ТЫҢДАЛДЫ: жарықтандыру туралы.', 'Дауыс беру нәтижесі:', '  жақтап – 7,', '  қарсы – 2,',
      '  қалыс қалған – 1.', 'Шешім қабылданды.', '', 'Кеңес төрағасы     Қ. Сәрсенбаев', '---------------------------',
      'Хаттаманың түзетілген нұсқасы бастапқы нұсқаның орнына жүреді. Бастапқы нұсқада',
      '1-мәселе бойынша «жақтап – 8, қарсы – 1» деп жазылған еді; бейнежазба', 'бойынша тексергенде дұрысы – жақтап 7, қарсы 2 екені анықталды.'].join('\n');
    expect(votes(text)).toEqual([[7, 2, 1]]);
  });
  it('kk: quoted words corrected by a count alone, over a line\'s end (set 159\'s Maikain)', () => {
    const text = ['2026 жылғы ІІІ тоқсандағы ақпарат', '', '14 өтінішке жауап берілді. Мемлекеттік органдарға 8 хат', 'жіберілді, 6 хатқа жауап келді.', '',
      'Ескерту: осы ақпараттың V бөлімінде «8 хат жіберілді» деп жазылғаны қате,', '7 деп оқу керек (бір хат екі рет тіркелген).'].join('\n');
    expect(figures(text)).toContain('letters_sent=7');
    expect(figures(text)).not.toContain('letters_sent=8');
  });
  it('ru: "«8 писем» указано ошибочно, следует читать 7"', () => {
    const got = correctCounts(['В госорганы направлено 8 писем, получено 6 ответов.', '', 'Примечание: «8 писем» указано ошибочно, следует читать 7.']);
    expect(got.lines[0]).toBe('В госорганы направлено 7 писем, получено 6 ответов.');
  });
});

describe('the struck values in brackets of a corrected copy', () => {
  it('ru: "8 (было 7)" reads 8 where the copy says it is corrected (set 159\'s Bautino)', () => {
    const text = ['ОТЧЕТ О РАБОТЕ ЗА 9 МЕСЯЦЕВ 2026 ГОДА', 'Экземпляр с исправлениями; прежние значения указаны в скобках с пометкой «было».', '',
      '2. Заседания. Проведено 6 (было 5) заседаний Совета.', '4. Проведено 8 (было 7) мониторингов.', '7. Всего 64 (было 60) публикации.'].join('\n');
    expect(figures(text)).toEqual(expect.arrayContaining(['general_meetings=6', 'monitorings=8', 'publications=64']));
    expect(figures(text).join(' ')).not.toMatch(/=(?:5|7|60)(?!\d)/u);
  });
  it('kk: "(бұрын 18)" in a corrected copy', () => {
    expect(withoutStruckValues(['ТҮЗЕТІЛГЕН НҰСҚА', 'Telegram – 22 (бұрын 18).'])[1]).toBe(`Telegram – 22 ${' '.repeat('(бұрын 18)'.length)}.`);
  });
  it('near miss: "(было 3)" in a copy that says nothing of corrections is last year\'s, left as written', () => {
    const lines = ['Отчёт за 9 месяцев 2026 года', 'Проведено 6 мониторингов, по сравнению с прошлым годом больше (было 3).', 'Проведено 6 (было 3) мониторингов.'];
    expect(withoutStruckValues(lines)).toEqual(lines);
  });
  it('near miss: a bracket with more words than the old count stays', () => {
    const lines = ['Экземпляр с исправлениями.', 'Проведено 6 (было 3 в 2025 году) мониторингов.'];
    expect(withoutStruckValues(lines)).toEqual(lines);
  });
});

describe('a sheet\'s foot naming the protocol between the halves of a vote (set 163\'s Karaganda)', () => {
  const head = (n: number) => `Общественный совет при управлении здравоохранения Карагандинской области · Протокол № 10 от 09.12.2026 · стр. ${n}`;
  const text = [head(1), 'ПРОТОКОЛ № 10', 'Из 17 членов Совета присутствуют 13 членов.', 'Повестка дня принята единогласно.',
    '1. СЛУШАЛИ: о ПМСП.', 'Голосовали:', '«ЗА» – 11', 'Лист 1 протокола № 10 Председатель _______ Секретарь _______', head(2),
    '«ПРОТИВ» – 1', '«ВОЗДЕРЖАЛСЯ» – 1', 'Решение принято.', 'Лист 2 протокола № 10 Председатель _______ Секретарь _______', head(3),
    '2. СЛУШАЛИ: о плане. Голосовали: за – 13, против – 0, воздержавшихся – 0. Решение принято.', 'Лист 3 протокола № 10'].join('\n');
  it('ru: the stacked vote reads on over the foot and the running head; the page marks are no vote', () => {
    expect(votes(text)).toEqual([[null, null, null], [11, 1, 1], [13, 0, 0]]);
  });
  it('kk: "№ 4 хаттаманың 1-парағы  Төраға ___" is a foot too', () => {
    const kk = ['ХАТТАМА № 4', 'Кеңестің 11 мүшесінің 9-ы қатысты.', '1. ТЫҢДАЛДЫ: жоспар туралы.', 'Дауыс беру:', 'жақтап – 7',
      '№ 4 хаттаманың 1-парағы  Төраға _____  Хатшы _____', 'қарсы – 1', 'қалыс – 1', 'Шешім қабылданды.', '№ 4 хаттаманың 2-парағы'].join('\n');
    expect(votes(kk)).toEqual([[7, 1, 1]]);
  });
  it('near miss: "Лист 2 протокола содержит 14 подписей" is a sentence, not a foot', () => {
    const ru = ['ПРОТОКОЛ № 4', 'Присутствовали 9 членов Совета из 11.', 'Лист 2 протокола содержит 14 подписей членов Совета.'];
    expect(parseProtocol(ru.join('\n')).present).toBe(9);
    expect(correctCounts(ru).lines[2]).toContain('14');
  });
});

describe('a басқарма in the genitive heading its organisations heard (set 163\'s Karaganda report)', () => {
  const text = (bracket: string) => `2025 жылғы есеп\n\n2025 жылы кеңес 6 есеп тыңдады. Тыңдалған ұйымдар: «А» КМК, «Б» КМК, «В» КМК және «Г» КМК (${bracket}), сондай-ақ Абай ауданы мен Шет ауданы әкімдіктерінің есептері тыңдалды.\n`;
  it.each([['төртеуі де басқарманың ведомстволық бағынысындағы ұйымдар'], ['басқарманың төрт ұйымы'], ['төртеуі басқарманың ұйымдары']])('kk: "%s" gives no departments', (bracket) => {
    expect(figures(text(bracket)).filter((f) => f.startsWith('departments_heard'))).toEqual([]);
  });
  it('the departments\' plural genitive still counts: "аудандық бөлімдердің 3-еуі"', () => {
    expect(figures('2025 жылғы есеп\n\nКеңес 5 есеп тыңдады, оның ішінде аудандық бөлімдердің 3-еуі есеп берді.\n')).toContain('departments_heard=3');
  });
});

describe('a tab table\'s header whose period columns a PDF joined with spaces, the table broken by a page (set 163\'s ZKO)', () => {
  it('ru: "I квартал II квартал Итого за I полугодие" split: the total column is read, over "Продолжение таблицы 1"', () => {
    const text = ['ОТЧЁТ о деятельности Общественного совета за I полугодие 2026 года', 'Таблица 1', 'Показатель\tI квартал II квартал Итого за I полугодие',
      'Заседания Совета\t2\t1\t3', 'Мониторинги\t2\t2\t4', 'Председатель Совета ____________ Е. Нурмухамбетов', 'Продолжение таблицы 1',
      'Показатель\tI квартал II квартал Итого за I полугодие', 'Обращения граждан (поступило)\t3\t4\t7'].join('\n');
    expect(figures(text)).toEqual(expect.arrayContaining(['general_meetings=3', 'monitorings=4', 'appeals_received=7']));
  });
  it('kk: "І тоқсан ІІ тоқсан Барлығы" — Latin and Cyrillic numerals alike', () => {
    const text = ['Қоғамдық кеңестің 2026 жылғы І жартыжылдықтағы жұмысы туралы есеп', 'Көрсеткіш\tІ тоқсан ІІ тоқсан Барлығы', 'Кеңес отырыстары\t1\t2\t3', 'Мониторингтер\t2\t3\t5'].join('\n');
    expect(figures(text)).toEqual(expect.arrayContaining(['general_meetings=3', 'monitorings=5']));
  });
  it('near miss: a header that splits into another number of cells than the rows stays as typed', () => {
    const lines = ['Показатель\tI квартал II квартал', 'Заседания\t2\t1\t3'];
    expect(splitJoinedHeaderLabels(lines)).toEqual(lines);
    const words = ['Показатель\tВсего за год проведено', 'Заседания\t2\t1'];
    expect(splitJoinedHeaderLabels(words)).toEqual(words);
  });
});

describe('the council\'s composition with last year\'s in a bracket before its colon (set 163\'s Karaganda report)', () => {
  it('kk: "… жағдай бойынша кеңесте 17 мүше (2024 ж. – 15): оның 13-і …" gives 17, never 15', () => {
    const got = figures('2025 жылғы есеп\n\n2025 жылғы 31 желтоқсандағы жағдай бойынша кеңесте 17 мүше (2024 ж. – 15): оның 13-і азаматтық қоғамның өкілдері, 4-еуі мемлекеттік қызметшілер.\n');
    expect(got).toContain('members_total=17');
    expect(got).not.toContain('members_total=15');
  });
  it('ru: "В составе 13 человек (в 2024 году – 11)." gives 13', () => {
    expect(figures('Отчёт за 2025 год\n\nВ составе 13 человек (в 2024 году – 11).\n')).toContain('members_total=13');
  });
  it('near miss: people at a meeting with a bracket stay unread as members', () => {
    expect(figures('2025 жылғы есеп\n\nОтырыста 12 адам (онлайн – 3) болды.\n').filter((f) => f.startsWith('members_total'))).toEqual([]);
  });
});
