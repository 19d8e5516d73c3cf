/**
 * Documents in question-and-answer form (held-out set 144's theme). Protocols whose agenda items are questions put to
 * officials: a title wrapped before an organisation's abbreviation ("… «Аршалы су»" / "МКК директорының жауабы.") runs on
 * (protocol/readAgenda.ts carriesOn); the result told first and the counts closing the line ("Күн тәртібі бекітілді /
 * Повестка утверждена: 9 – 0 – 0.") is a vote (protocol/readVoteLegend.ts RESULT_THEN_COUNTS); "екеуі (2) ZOOM платформасы
 * арқылы байланыста" / "двое были на связи через Zoom" are online (protocol/readStatedCounts.ts). Variants of my own in both
 * languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const protocol = (body: string[]) => parseProtocol(['ПРОТОКОЛ № 4', 'заседания Общественного совета', 'Дата: 14.10.2026', '', ...body, '', 'Председатель   А. Ким'].join('\n'));
const counts = (v: { for: number | null; against: number | null; abstain: number | null; unanimous: boolean | null; declared: string | null }) => [v.for, v.against, v.abstain, v.unanimous, v.declared];

describe('an agenda item wrapped before an organisation\'s abbreviation runs on', () => {
  it('Kazakh: "… «Аршалы су»" / "МКК директорының жауабы." is one item, the next numbered item read', () => {
    const p = protocol(['Күн тәртібі:', '1) «Кентте ауыз судың сапасы неге төмен?» деген тұрғындар сұрағына «Су арнасы»', 'МКК директорының жауабы.',
      '2) «Қорымдар неге қоршалмаған?» – аудандық бөлімге', 'кеңес мүшелерінің сұрағы.', '3) Әртүрлі.', '', 'ТЫҢДАЛДЫ: …']);
    expect(p.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
    expect(p.agenda[0].title).toMatch(/МКК директорының жауабы/u);
  });
  it('Russian: "… ответ руководителя" / "ГКП «Жылу» на вопрос жителей" runs on', () => {
    const p = protocol(['Повестка дня:', '1. Почему в микрорайоне нет отопления? – ответ руководителя', 'ГКП «Жылу» на вопрос жителей.', '2. Разное.', '', 'СЛУШАЛИ: …']);
    expect(p.agenda.map((a) => a.no)).toEqual([1, 2]);
    expect(p.agenda[0].title).toMatch(/ГКП «Жылу» на вопрос/u);
  });
  it('near miss: a title ended with its stop, then a label of capitals with a colon, ends the agenda', () => {
    const p = protocol(['Повестка дня:', '1. О плане работы на 2027 год.', 'СЛУШАЛИ: председателя.', '2. Принять к сведению.']);
    expect(p.agenda.map((a) => a.no)).toEqual([1]);
  });
});

describe('the result first, the counts closing the line: one vote', () => {
  it('bilingual: "Күн тәртібі бекітілді / Повестка утверждена: 9 – 0 – 0." adopted, not unanimous', () => {
    const p = protocol(['Повестка дня:', '1. О плане.', '', 'Күн тәртібі бекітілді / Повестка утверждена: 9 – 0 – 0.', '', '1. СЛУШАЛИ: …', 'За – 8, Против – 1, Воздержались – 0. Принято.']);
    expect(p.votes.map(counts)).toEqual([[9, 0, 0, false, 'adopted'], [8, 1, 0, false, 'adopted']]);
  });
  it('Russian / Kazakh: "Решение не принято: 3/5/1", "Ұсыныс бірауыздан қабылданды – 11-0-0"', () => {
    const p = protocol(['Повестка дня:', '1. О плане.', '', 'СЛУШАЛИ: …', 'Решение не принято: 3/5/1.', '', 'Ұсыныс бірауыздан қабылданды – 11-0-0']);
    expect(p.votes.map(counts)).toEqual([[3, 5, 1, false, 'rejected'], [11, 0, 0, true, 'adopted']]);
  });
  it('near miss: a result with a date or a range after it is no vote', () => {
    const p = protocol(['Повестка дня:', '1. О плане.', '', 'СЛУШАЛИ: …', 'План утверждён: 12/05/2026.', 'Проект одобрен: 2026-2027.']);
    expect(p.votes).toEqual([]);
  });
});

describe('members online told as "in contact" through the means', () => {
  it('Kazakh: "Отырыста 12 мүше болды, екеуі (2) ZOOM платформасы арқылы байланыста."', () => {
    const p = protocol(['Кеңес мүшелерінің тізімдік құрамы – 15. Отырыста 12 мүше болды, екеуі (2) ZOOM', 'платформасы арқылы байланыста. Кворум жеткілікті.']);
    expect([p.present, p.online]).toEqual([12, 2]);
  });
  it('Russian: "На заседании были 11 членов Совета, двое были на связи через платформу Zoom."', () => {
    const p = protocol(['На заседании были 11 членов Совета, двое были на связи через платформу Zoom.']);
    expect([p.present, p.online]).toEqual([11, 2]);
  });
  it('near miss: in contact by telephone is not online', () => {
    const p = protocol(['Отырыста 10 мүше болды, екеуі телефон арқылы байланыста болды.']);
    expect(p.online).toBeNull();
  });
});

import { parseReport } from '../../../sources/extract/parseReport.ts';
import { answerAsStatement } from '../../../sources/extract/formAnswer.ts';

const figures = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));
const word = (cells: string[][]) => cells.flatMap((row) => row.map((c) => `\t${c}`));
const HEAD_RU = ['Общественный совет Таласского района', 'Ответы на анкету за II квартал 2026 года', ''];
const HEAD_KK = ['Талас ауданының Қоғамдық кеңесі', '2026 жылғы II тоқсан бойынша сауалнамаға жауаптар', ''];

describe('a question and its answer said as one statement (formAnswer answerAsStatement)', () => {
  it('the count in the place of the word of how many; a closing or opening verb said first', () => {
    expect(answerAsStatement('Кеңестің неше отырысы өткізілді?', '4 (төрт) – 12 сәуір, 30 маусым.')).toBe('Кеңестің 4 отырысы өткізілді – 12 сәуір, 30 маусым.');
    expect(answerAsStatement('Сколько обращений поступило?', '7: все от физических лиц.')).toBe('Поступило 7 обращений: все от физических лиц.');
    expect(answerAsStatement('Сколько проведено мониторингов?', '5')).toBe('Проведено 5 мониторингов');
  });
  it('no to a change of the composition: none joined, none left; yes alone and answers in words state nothing', () => {
    expect(answerAsStatement('Были ли изменения в составе Совета?', 'Нет')).toBe('Изменений в составе не было.');
    expect(answerAsStatement('Құрамда өзгеріс болды ма?', 'Жоқ.')).toBe('Құрамда өзгеріс болған жоқ.');
    expect(answerAsStatement('Проводились ли мониторинги?', 'Да')).toBeNull();
    expect(answerAsStatement('Основные проблемы', 'Низкая явка; в плане 2027 года не менее 8 мониторингов')).toBeNull();
  });
  it('near miss: parts a slash apart answered by one count are whose is unknown', () => {
    expect(answerAsStatement('Представители гражданского общества / госорганов', '10')).toBeNull();
  });
});

describe('a questionnaire table: the answer column read, the comparison column never', () => {
  it('Russian Word table "№ | Вопрос | Ответ | Справочно 2025"', () => {
    const f = figures([...HEAD_RU, ...word([['№', 'Вопрос', 'Ответ (II квартал 2026 г.)', 'Справочно: II квартал 2025 г.'],
      ['1', 'Сколько заседаний Совета проведено?', '3 (три), в т.ч. одно выездное', '2'],
      ['2', 'Поступило обращений: всего / от физических лиц / от юридических лиц', '9 / 7 / 2', '5 / 5 / 0'],
      ['3', 'Проводились ли общественные слушания?', 'Нет', '1'],
      ['4', 'Заключались ли меморандумы?', 'Да, 2 (с НКО «Береке», с ОЮЛ «Ассоциация КСК»)', 'Нет'],
      ['5', 'Основные проблемы и предложения', 'Провести в 2027 году не менее 6 мониторингов', '—']]), '', 'Председатель   А. Ким']);
    expect([f.general_meetings, f.appeals_received, f.appeals_individuals, f.appeals_legal_entities, f.public_hearings, f.memoranda]).toEqual([3, 9, 7, 2, 0, 2]);
    expect(f.monitorings).toBeUndefined();
  });
  it('Kazakh tab rows "№ | Сұрақ | Жауап | Салыстыру", a row\'s number and question in one cell', () => {
    const f = figures([...HEAD_KK, '№\tСұрақ\tЖауап (2026 ж. II тоқсан)\tСалыстыру: 2025 ж. II тоқсан', '1.\tТұрақты комиссиялар саны\t3\t2',
      '2.\tКомиссия отырыстарының саны\t5\t4', '3. Дөңгелек үстелдер\tжоқ\t1', '4.\tҚоғамдық мониторингтер саны (күндері)\t2 (12.05.2026; 03.06.2026)\t1', '', 'Кеңес төрағасы   Б. Омаров']);
    expect([f.commissions, f.commission_meetings, f.round_tables, f.monitorings]).toEqual([3, 5, 0, 2]);
  });
  it('near miss: a table of questions with no answer column is no questionnaire answered', () => {
    const f = figures([...HEAD_RU, ...word([['№', 'Вопрос', 'Ответственный', 'Срок'], ['1', 'Мониторинг 5 школ', 'Комиссия', 'май'], ['2', 'Круглый стол', 'Президиум', 'июнь']])]);
    expect(f.round_tables).toBeUndefined();
  });
});

describe('answers on the question\'s line and under "Жауап:" that run on in words', () => {
  it('Russian "N. Question? — answer" lines', () => {
    const f = figures([...HEAD_RU, '1. Сколько постоянных комиссий? — 4 (четыре).', '2. Сколько писем направлено в государственные органы? — 6 (шесть), ответы получены на 5.',
      '3. Сколько публикаций о работе Совета? — 20: Instagram — 12, Facebook — 8.']);
    expect([f.letters_sent, f.letters_answered, f.publications]).toEqual([6, 5, 20]);
  });
  it('Kazakh "N-сұрақ." / "Жауап: …" answered by a count and its parts', () => {
    const f = figures([...HEAD_KK, '1-сұрақ. Кеңес құрамында қанша мүше бар?', 'Жауап: 13 (он үш): азаматтық қоғам өкілдері – 9, мемлекеттік органдардың өкілдері – 4.', '',
      '2-сұрақ. Кеңестің неше отырысы өткізілді?', 'Жауап: 3 (үш) – 2026 жылғы 10 сәуірде, 22 мамырда және 26 маусымда.']);
    expect([f.members_total, f.members_civil, f.members_state, f.general_meetings]).toEqual([13, 9, 4, 3]);
  });
  it('near miss: a number in the question is not the answer\'s', () => {
    const f = figures([...HEAD_RU, 'Вопрос: В прошлом году Совет провёл 5 мониторингов. А в этом?', 'Ответ: В этом квартале мониторинги не проводились.']);
    expect(f.monitorings).not.toBe(5);
  });
});

describe('a slashed answer of a total and its platforms', () => {
  it('Kazakh / Russian: "Жарияланымдар: барлығы / Instagram / Facebook" – "19 / 11 / 8" as the total and each platform', () => {
    expect(answerAsStatement('Жарияланымдар: барлығы / Instagram / Facebook', '19 / 11 / 8')).toBe('Жарияланымдар – 19: Instagram – 11; Facebook – 8');
    expect(answerAsStatement('Публикации: всего / Telegram / сайт', '25 / 15 / 10')).toBe('Публикации – 25: Telegram – 15; сайт – 10');
  });
  it('near miss: parts that are no platforms stay a slash group read in the question\'s order, or nothing', () => {
    expect(answerAsStatement('Публикации: всего / в СМИ', '25 / 15')).toBe('Публикации (всего / в СМИ) – 25 / 15');
    expect(answerAsStatement('Публикации: всего / Instagram / Facebook', '25 / 15')).toBeNull();
  });
  it('near miss: an answer whose count has its own noun is left as typed', () => {
    expect(answerAsStatement('Есептерді тыңдау (саны, органдар)', '5 есеп тыңдалды, оның ішінде бөлімдердің – 4')).toBeNull();
  });
});
