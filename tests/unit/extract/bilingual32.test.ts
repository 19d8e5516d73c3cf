/**
 * Session 32, set 96 (BILINGUAL documents: the same protocol or report in Kazakh and Russian at once). Each figure told
 * once per language is one figure; where the languages give different numbers and the document does not settle it, none.
 * Classes: a side-by-side monospace text and a PDF's two language cells read a language at a time (languageColumns.ts);
 * those present named in both languages one list (oneListOfTwoLanguages.ts); a vote's shorter translation, and the whole
 * protocol told twice, one vote each (translatedVersion.ts); "9 – 0 – 0, утверждена" (readVoteLegend.ts); "… – 4 Отсутствуют:
 * 6" run together by a cell (readStatedCounts.ts); a registration row a cell short (readAttendanceTable.ts); reports: a
 * dispute the parts settle (disputedFigures.ts), a header a row per language (flattenFigureTables.ts), a calendar dated in
 * both languages (readChronology.ts), a line of both languages in telling a bilingual document (toLines.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { isBilingualDocument } from '../../../sources/extract/toLines.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const pad = (s: string, n = 46) => s + ' '.repeat(Math.max(1, n - [...s].length));
const side = (rows: [string, string][]) => rows.map(([a, b]) => `${pad(a)}| ${b}`).join('\n');
const RULE = `${'-'.repeat(46)}+${'-'.repeat(40)}`;

describe('a side-by-side text, one language a column, read a block at a time', () => {
  const doc = (left: (s: string[]) => string[]) => [
    side([['ХАТТАМА № 4', 'ПРОТОКОЛ № 4'], ['Шымкент қ.          12.03.2026 ж.', 'г. Шымкент          12.03.2026 г.']].map(([a, b]) => left([a, b]) as [string, string])),
    RULE,
    side(([
      ['Кеңес мүшелерінің саны – 9. Отырысқа 7', 'Численность Совета – 9 человек.'],
      ['мүше қатысты.', 'На заседании присутствуют 7 членов.'],
      ['Қатысқандар: Әбенов Қ.Т. (төраға),', 'Присутствуют: Абенов К.Т. (председатель),'],
      ['Сыздықова Ж.Ы., Нұрланов Е.Е., Ғалымов С.С.,', 'Сыздыкова Ж.Ы., Нурланов Е.Е., Галымов С.С.,'],
      ['Жұмабай Д.Д., Тоқтарова Ә.Қ., Ким О.О.', 'Жумабай Д.Д., Токтарова А.К., Ким О.О.'],
      ['Қатыспағандар: Бекова А.А. – ауырып қалды;', 'Отсутствуют: Бекова А.А. – болезнь;'],
      ['Сейітов Б.Б. – себебін хабарламады.', 'Сейитов Б.Б. – причину не сообщил.'],
    ] as [string, string][]).map(([a, b]) => left([a, b]) as [string, string])),
    RULE,
    side(([
      ['Дауыс беру: жақтап – 6, қарсы – 1,', 'Голосовали: за – 6, против – 1,'],
      ['қалыс – 0. Шешім қабылданды.', 'воздержались – 0. Решение принято.'],
    ] as [string, string][]).map(([a, b]) => left([a, b]) as [string, string])),
  ].join('\n');
  it('kk | ru: each count, person and vote once', () => {
    const x = parseProtocol(doc((p) => p));
    expect([x.members_total, x.present, x.attendees.length]).toEqual([9, 7, 7]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[6, 1, 0]]);
  });
  it('ru | kk: the same', () => {
    const x = parseProtocol(doc(([a, b]) => [b, a]));
    expect([x.members_total, x.present, x.attendees.length, x.absentees.length]).toEqual([9, 7, 7, 2]);
    expect(x.votes).toHaveLength(1);
  });
  it('near-miss: a table of names and roles with a bar, one language, is left as typed', () => {
    const rows = side([['Абенов К.Т.', 'председатель'], ['Сыздыкова Ж.Ы.', 'секретарь'], ['Нурланов Е.Е.', 'член'], ['Галымов С.С.', 'член'], ['Жумабай Д.Д.', 'член'], ['Ким О.О.', 'член']]);
    const x = parseProtocol(['ПРОТОКОЛ № 2', 'Присутствовали:', rows].join('\n'));
    expect(x.attendees.map((a) => a.name).slice(0, 2)).toEqual(['Абенов К.Т.', 'Сыздыкова Ж.Ы.']);
  });
});

describe("a PDF's two language cells of a row, a tab between, read a language at a time", () => {
  it('ru<tab>kk: the vote told in both cells is one', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 3', 'Голосовали за предложение: за – 5,\tҰсыныс бойынша дауыс', 'против – 7, воздержались – 1. Предложение\tбергендер: жақтап – 5, қарсы – 7, қалыс – 1.', 'не принято.\tҰсыныс қабылданбады.'].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[5, 7, 1, 'rejected']]);
  });
  it('kk<tab>ru: the same', () => {
    const x = parseProtocol(['ХАТТАМА № 3', 'Ұсыныс бойынша дауыс бергендер: жақтап – 5,\tГолосовали за предложение: за – 5,', 'қарсы – 7, қалыс – 1. Ұсыныс\tпротив – 7, воздержались – 1. Предложение', 'қабылданбады.\tне принято.'].join('\n'));
    expect(x.votes).toHaveLength(1);
  });
  it('near-miss: registration rows "6 Лысенко Олег Петрович<tab>онлайн" stay rows', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 2', '№\tФИО\tУчастие', '1\tГорбунов Виктор Игоревич\tочно', '2 Тлеуова Камила Жанатовна\tонлайн', '3 Лысенко Олег Петрович\tонлайн', '4 Ворошилов Геннадий Аркадьевич\tқатыспады – еңбек демалысы / отсутствовал – трудовой отпуск', '5 Сейтказиева Бахыт Нурлановна\tқатыспады – себебі белгісіз / отсутствовала – причина неизвестна'].join('\n'));
    expect(x.attendees.map((a) => a.online)).toEqual([false, true, true]);
    expect(x.absentees).toHaveLength(2);
  });
});

describe('a vote whose translation is shorter is one vote', () => {
  it('kk counts, ru "большинством голосов"', () => {
    expect(votes(['ХАТТАМА № 6', 'ШЕШІМ / РЕШИЛИ: ақпаратты назарға алу.', 'Дауыс беру: жақтап – 9, қарсы – 2, қалыс – 1. Шешім қабылданды.', 'Решение принято большинством голосов.'].join('\n')))
      .toEqual([[9, 2, 1, false, 'adopted']]);
  });
  it('ru counts, kk "Көпшілік дауыспен қабылданды"', () => {
    expect(votes(['ПРОТОКОЛ № 6', 'Голосование: за – 8, против – 3, воздержались – 0. Принято.', 'Көпшілік дауыспен қабылданды.'].join('\n'))).toEqual([[8, 3, 0, false, 'adopted']]);
  });
  it('"единогласно" over counts with none against: one vote, unanimous', () => {
    expect(votes(['ХАТТАМА № 6', 'Жақтап – 10, қарсы – 0, қалыс – 0. Қабылданды.', 'Принято единогласно.'].join('\n'))).toEqual([[10, 0, 0, true, 'adopted']]);
  });
  it('near-miss: "единогласно" beside counts with some against is no translation of them', () => {
    expect(votes(['ХАТТАМА № 6', 'Жақтап – 8, қарсы – 2, қалыс – 0. Қабылданды.', 'Принято единогласно.'].join('\n'))).toHaveLength(2);
  });
});

describe('the whole protocol told twice, the second version in the other language', () => {
  const ru = ['ПРОТОКОЛ № 8', 'ПОВЕСТКА ДНЯ:', '1. Об отчете.', '2. О мониторинге.', 'Повестка дня: за/против/воздержались – 17/0/0. Принято.', 'По первому вопросу СЛУШАЛИ Абенова Б.Ж.', 'Голосование: 15/0/2 – принято.', 'По второму вопросу СЛУШАЛИ Карабаева С.Ж.', 'Голосование: 9/6/2 – принято.', ''];
  it('ru, then a shorter kk: each vote once, the counts the Russian\'s', () => {
    const kk = ['№ 8 ХАТТАМАСЫ', '(мемлекеттік тілдегі мәтіні)', 'КҮН ТӘРТІБІ:', '1. Есеп туралы.', '2. Мониторинг туралы.', 'Күн тәртібі: жақтап/қарсы/қалыс – 17/0/0. Қабылданды.', 'Бірінші мәселе бойынша ТЫҢДАЛДЫ: Әбенов Б.Ж.', 'ШЕШІМ: есеп назарға алынсын. Дауыс беру: 15/0/2 – қабылданды.', 'Екінші мәселе бойынша ТЫҢДАЛДЫ: Қарабаев С.Ж.', 'ШЕШІМ: ұсыным жолдансын. Көпшілік дауыспен қабылданды.'];
    expect(votes([...ru, ...kk].join('\n'))).toEqual([[17, 0, 0, false, 'adopted'], [15, 0, 2, false, 'adopted'], [9, 6, 2, false, 'adopted']]);
  });
  it('kk, then ru by its agenda heading after the votes (a table\'s columns one after the other)', () => {
    const text = ['ХАТТАМА № 5', 'КҮН ТӘРТІБІ', '1. Көлік туралы.', 'Дауыс бергендер: жақтап – 11, қарсы – 0, қалыс – 1. Қабылданды.', 'ПОВЕСТКА ДНЯ', '1. О транспорте.', 'Голосовали: за – 11, против – 0, воздержались – 1. Принято.'].join('\n');
    expect(votes(text)).toEqual([[11, 0, 1, false, 'adopted']]);
  });
  it('near-miss: a second version whose vote gives other counts is not merged', () => {
    const text = ['ХАТТАМА № 5', 'КҮН ТӘРТІБІ', '1. Көлік туралы.', 'Дауыс бергендер: жақтап – 11, қарсы – 0, қалыс – 1. Қабылданды.', 'ПОВЕСТКА ДНЯ', '1. О транспорте.', 'Голосовали: за – 10, против – 1, воздержались – 1. Принято.'].join('\n');
    expect(votes(text)).toHaveLength(2);
  });
});

describe('counts a dash apart, "9 – 0 – 0", with the result after them', () => {
  it('ru and kk agenda votes', () => {
    expect(votes('ПРОТОКОЛ № 7\nПовестка: 9 – 0 – 0, утверждена.')).toEqual([[9, 0, 0, false, 'adopted']]);
    expect(votes('ХАТТАМА № 7\nКүн тәртібі: 7 — 1 — 1, бекітілді.')).toEqual([[7, 1, 1, false, 'adopted']]);
  });
  it('near-miss: three numbers a dash apart that are no vote', () => {
    expect(votes('ПРОТОКОЛ № 7\nСрок: 10 – 12 – 15 ноября, принято к сведению.')).toEqual([]);
  });
});

describe('"LABEL: VALUE" counts a cell ran together', () => {
  const counts = (line: string) => {
    const x = parseProtocol(`ПРОТОКОЛ № 9\n${line}`);
    return [x.members_total, x.present, x.online];
  };
  it('ru and kk', () => {
    expect(counts('Всего членов Совета: 25 Присутствуют: 19, из них онлайн (Zoom) – 4 Отсутствуют: 6 (по уважительным причинам – 4)')).toEqual([25, 19, 4]);
    expect(counts('Кеңес мүшелерінің жалпы саны: 25 Қатысқаны: 19, оның ішінде онлайн – 3 Қатыспағаны: 6')).toEqual([25, 19, 3]);
  });
});

describe('a registration row a cell short (no role, the PDF gave no tab for the empty cell)', () => {
  const table = (rows: string[]) => parseProtocol(['ПРОТОКОЛ № 9', 'Присутствуют: 3', '№\tФИО\tДолжность в Совете\tУчастие', ...rows].join('\n'));
  it('ru and kk statuses', () => {
    const x = table(['1\tЖумабеков Ерлан Серикович\tпредседатель\tочно / бетпе-бет', '2\tСагындыкова Асель Маратовна\tочно / бетпе-бет', '3\tАбдрахманов Талгат Кайратович\tонлайн (Zoom)', '4\tБайгазиева Гульмира Бекеновна\tқатыспады – іссапарда']);
    expect(x.attendees.map((a) => a.online)).toEqual([false, false, true]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true]);
  });
  it('near-miss: a row with its role and no participation is not moved', () => {
    const x = table(['1\tЖумабеков Ерлан Серикович\tпредседатель\tочно', '2\tСагындыкова Асель Маратовна\tсекретарь']);
    expect(x.attendees.map((a) => a.name)).toEqual(['Жумабеков Ерлан Серикович']);
  });
});

describe('reports told in two languages', () => {
  const report = (lines: string[]) => parseReport(['2026 ЖЫЛДЫҢ 9 АЙЫНДАҒЫ ЖҰМЫС ТУРАЛЫ АҚПАРАТ', 'ИНФОРМАЦИЯ О РАБОТЕ ЗА 9 МЕСЯЦЕВ 2026 ГОДА', '', ...lines].join('\n'));
  const figure = (x: ReturnType<typeof parseReport>, metric: string) => x.figures.find((f) => f.metric === metric)?.value;
  it('a dispute the parts settle: kk 32, ru 23, both "20 + 3" → 23', () => {
    const x = report(['Кеңеске 32 өтініш түсті, оның ішінде 20-сы жеке тұлғалардан, 3-еуі заңды тұлғалардан.', 'В Совет поступило 23 обращения, из них 20 – от физических лиц, 3 – от юридических лиц.']);
    expect(figure(x, 'appeals_received')).toBe(23);
  });
  it('ru 41, kk 14, parts 35 + 6 → 41', () => {
    const x = report(['Поступило 41 обращение: 35 – от граждан, 6 – от юридических лиц.', 'Кеңеске 14 өтініш келді: 35-і азаматтардан, 6-уы заңды тұлғалардан.']);
    expect(figure(x, 'appeals_received')).toBe(41);
  });
  it('near-miss: parts that make neither leave the figure out', () => {
    const x = report(['Кеңеске 32 өтініш түсті, оның ішінде 20-сы жеке тұлғалардан, 4-еуі заңды тұлғалардан.', 'В Совет поступило 23 обращения, из них 20 – от физических лиц, 4 – от юридических лиц.']);
    expect(figure(x, 'appeals_received')).toBeUndefined();
  });
  it('a month table whose header is a row per language: the total column read', () => {
    const x = parseReport(['ОТЧЕТ ПО ИТОГАМ III КВАРТАЛА 2026 ГОДА', '',
      ' Көрсеткіш / Показатель            | Шілде  | Тамыз  | Қыркүйек | Барлығы',
      '                                   | Июль   | Август | Сентябрь | Итого',
      '-----------------------------------+--------+--------+----------+--------',
      ' Кеңес отырыстары / Заседания      |   1    |   2    |    1     |   4',
      ' Мониторинг / Мониторинги          |   2    |   –    |    1     |   3'].join('\n'));
    expect([figure(x, 'general_meetings'), figure(x, 'monitorings')]).toEqual([4, 3]);
  });
  it('near-miss: a header of two levels in one language stays two levels (no month read as total)', () => {
    const x = parseReport(['ОТЧЕТ ПО ИТОГАМ III КВАРТАЛА 2026 ГОДА', '',
      ' Показатель                        | Обращения | Обращения',
      '                                   | 2026      | 2025',
      '-----------------------------------+-----------+----------',
      ' Поступило                         |   12      |   9',
      ' Рассмотрено                       |   10      |   9'].join('\n'));
    expect(x.figures.some((f) => f.value === 9)).toBe(false);
  });
  it('a calendar dated in both languages, Kazakh day forms: one event each', () => {
    const x = parseReport(['ОТЧЕТ ПО ИТОГАМ III КВАРТАЛА 2026 ГОДА', '', 'Іс-шаралар күнтізбесі / Календарь мероприятий',
      'шілденің 9-ы / 9 июля – мониторинг: ойын алаңдары / игровые площадки',
      'тамыздың 19-ы / 19 августа – дөңгелек үстел / круглый стол «Еңбек»',
      '8 қыркүйек / 8 сентября – мониторинг: мектептер / школы'].join('\n'));
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([['monitoring', '2026-07-09'], ['round_table', '2026-08-19'], ['monitoring', '2026-09-08']]);
  });
  it('near-miss: the two languages give two days — that entry is not dated', () => {
    const x = parseReport(['ОТЧЕТ ПО ИТОГАМ III КВАРТАЛА 2026 ГОДА', '', 'Іс-шаралар күнтізбесі / Календарь мероприятий',
      'шілденің 9-ы / 19 июля – мониторинг: ойын алаңдары / игровые площадки',
      'тамыздың 19-ы / 19 августа – дөңгелек үстел / круглый стол «Еңбек»',
      '8 қыркүйек / 8 сентября – мониторинг: мектептер / школы'].join('\n'));
    expect(x.activities.map((a) => a.date_start)).toEqual(['2026-08-19', '2026-09-08']);
  });
  it('a line carrying both languages is a line of each half', () => {
    const kk = 'Кеңес 4 қоғамдық мониторинг өткізді, оның ішінде мектептерде.';
    const both = '- 25 наурызда / 25 марта – дөңгелек үстел / круглый стол: «Жастар және еңбек нарығы»';
    expect(isBilingualDocument([kk, kk, kk, both, both, 'Проведено 4 мониторинга в школах района.'])).toBe(true);
    expect(isBilingualDocument([kk, kk, kk, kk, kk, 'Проведено 4 мониторинга в школах района.'])).toBe(false);
  });
});
