/**
 * Classes of session 31, from set 94 (documents sent under a covering letter to the akimat or the maslikhat, with
 * appendices): the letter above a protocol — its date is the day it went out, never the meeting's —; a Word voting sheet
 * of members' marks closed by a totals row and a results row, a question whose result the text tells and whose counts
 * only the sheet gives one vote; a platform's views told after its count, never the next platform's.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const head = (text: string) => {
  const x = parseProtocol(text);
  return { number: x.number, date: x.date };
};
const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const media = (text: string) => parseReport(text).media.map((m) => `${m.platform} ${m.publications}/${m.views}`);

const PROTOCOL_RU = ['ПРОТОКОЛ № 4', 'заседания Общественного совета района', '', 'с. Баянаул\t\t27.05.2026 г.', '', 'Присутствовали 9 членов Совета.'].join('\n');
const PROTOCOL_KK = ['ХАТТАМА № 2', 'Аудандық Қоғамдық кеңестің отырысы', '', 'Жарма ауданы                  2026 жылғы 12 наурыз', '', 'Кеңестің 11 мүшесінің 9-ы қатысты.'].join('\n');

describe('a covering letter above the protocol: the meeting\'s date and number are the protocol\'s, not the letter\'s', () => {
  it.each([
    // The letter's registration as a Kazakh date in words and an index with a dash, no "Шығ." mark; a sentence that sends it.
    ['ЖАРМА АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\n\n2026 жылғы 16 наурыз № 04-17\n\nАудан әкімінің аппарат басшысына\n\nКеңес отырысының хаттамасын жолдаймыз.\n\nКеңес төрағасы    А. Сейітова\n\n' + PROTOCOL_KK, '2', '2026-03-12'],
    // No registration at all: the sentence that sends it, in Russian, wrapped over lines.
    ['Председателю маслихата района\nИванову И.И.\n\nУважаемый Иван Иванович!\n\nОбщественный совет района направляет Вам протокол заседания\nи лист регистрации для сведения.\n\nПредседатель Совета    К. Сагындыкова\n\n' + PROTOCOL_RU, '4', '2026-05-27'],
    // The letter's heading only ("ІЛЕСПЕ ХАТ"), the protocol named in it.
    ['Қоғамдық кеңес\nІЛЕСПЕ ХАТ\nҚоса беріліп отыр: 2026 жылғы 12 наурыздағы хаттама, 3 парақ.\n18.03.2026\n\n' + PROTOCOL_KK, '2', '2026-03-12'],
    // A bilingual outgoing mark and an index before "от" with a date in words.
    ['Шығ./Исх. № 41, 29.05.2026\n\n' + PROTOCOL_RU, '4', '2026-05-27'],
    ['№ 27/ОС от 29 мая 2026 г.\nАкиму района\n\n' + PROTOCOL_RU, '4', '2026-05-27'],
  ])('%s', (text, number, date) => {
    expect(head(text)).toEqual({ number, date });
  });

  it('near-miss: a protocol whose own head carries its date and number above the title keeps them', () => {
    const text = ['Общественный совет района', 'г. Зайсан                     12.03.2026 г.', '', 'ПРОТОКОЛ № 3', 'заседания Общественного совета', '', 'Присутствовали 9 членов Совета.'].join('\n');
    expect(head(text)).toEqual({ number: '3', date: '2026-03-12' });
  });

  it('near-miss: a letter that sends no protocol (a report\'s cover) above a protocol\'s quotation keeps the first date read', () => {
    // No sentence sending a protocol, no registration, no heading of a letter: nothing is blanked.
    const text = ['Аким района поручил рассмотреть вопрос 20.03.2026.', '', PROTOCOL_RU].join('\n');
    expect(head(text).date).toBe('2026-03-20');
  });
});

/** A Word voting sheet as a .docx gives it: a cell a line, each opening with a tab. */
const sheet = (rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n');

describe('a voting sheet of members\' marks, closed by a totals row and a results row', () => {
  const body = (sheetText: string, first: string, second: string) => [
    'ПРОТОКОЛ № 3', 'заседания Общественного совета', 'г. Зайсан                          15.04.2026 г.', '',
    'Присутствовали 5 членов Совета из 6.', '', 'Повестка дня:', '1. О кадрах школ.', '2. О пастбищах.', '',
    '1. СЛУШАЛИ: Иванова И.И.', first, '2. СЛУШАЛИ: Петрова П.П.', second, '', 'Председатель    А. Б.', '',
    'Приложение 2', 'ЛИСТ ОТКРЫТОГО ГОЛОСОВАНИЯ', sheetText, '',
  ].join('\n');
  const russianSheet = sheet([
    ['№', 'Член Совета', 'Вопрос 1', 'Вопрос 2'],
    ['1', 'Иванова И.И.', 'за', 'против'], ['2', 'Петрова П.П.', 'за', 'за'], ['3', 'Сидоров С.С.', 'воздержался', 'против'],
    ['4', 'Ахметов А.А.', 'за', 'против'], ['5', 'Ким Е.В.', 'за', 'воздержался'],
    ['', 'Итого', 'за – 4, против – 0, возд. – 1', 'за – 1, против – 3, возд. – 1'], ['', 'Результат', 'принято', 'не принято'],
  ]);

  it('Russian: a question\'s vote told in the text and in the sheet is one; one told only by its result takes the sheet\'s counts', () => {
    expect(votes(body(russianSheet, 'Голосовали: за – 4, против – нет, воздержались – 1. Решение принято.', 'Итоги голосования – в Приложении 2. Предложение не принято.'))).toEqual([
      [4, 0, 1, false, 'adopted'],
      [1, 3, 1, false, 'rejected'],
    ]);
  });

  it('Kazakh: "иә" marks, "Барлығы" and "Нәтижесі" rows', () => {
    const kazakhSheet = sheet([
      ['№', 'Кеңес мүшесі', '1-мәселе', '2-мәселе'],
      ['1', 'Оразбаева Ж.С.', 'иә', 'қарсы'], ['2', 'Бейсенова А.Қ.', 'иә', 'иә'], ['3', 'Жақыпов Е.Т.', 'қалыс', 'қарсы'],
      ['4', 'Мұқанов А.Ж.', 'иә', 'қарсы'], ['5', 'Ильясова М.Б.', 'иә', 'қалыс'],
      ['', 'Барлығы', 'иә – 4, қарсы – 0, қалыс – 1', 'иә – 1, қарсы – 3, қалыс – 1'], ['', 'Нәтижесі', 'қабылданды', 'қабылданбады'],
    ]);
    expect(votes(body(kazakhSheet, 'Дауыс беру: жақтап – 4, қарсы – жоқ, қалыс – 1. Шешім қабылданды.', 'Дауыс беру нәтижесі 2-қосымшада. Ұсыныс қолдау таппады.'))).toEqual([
      [4, 0, 1, false, 'adopted'],
      [1, 3, 1, false, 'rejected'],
    ]);
  });

  it('near-miss: a result the sheet contradicts is no pair — the text\'s result and the sheet\'s counts are not joined', () => {
    const read = votes(body(russianSheet, 'Голосовали: за – 4, против – нет, воздержались – 1. Решение принято.', 'Итоги голосования – в Приложении 2. Предложение принято.'));
    expect(read).not.toContainEqual([1, 3, 1, false, 'adopted']);
    expect(read.filter((v) => v[4] === 'adopted' && v[0] === 1)).toEqual([]);
  });

  it('near-miss: a bare "Единогласно." under a question is never given the sheet\'s counts of another question', () => {
    const read = votes(body(russianSheet, 'Голосовали: за – 4, против – нет, воздержались – 1. Решение принято.', 'Единогласно.'));
    expect(read).not.toContainEqual([1, 3, 1, true, null]);
    expect(read.filter((v) => v[3] === true && v[0] !== null)).toEqual([]);
  });
});

describe('a platform\'s views told after its count belong to it, never to the platform on the next row', () => {
  it.each([
    ['Есеп 2025 жыл\nАҚПАРАТТЫҚ ЖҰМЫС\n  Instagram ............ 41 жарияланым, 27,5 мың қаралым\n  Telegram-арна ........ 18 жарияланым', ['instagram 41/27500', 'telegram 18/null']],
    ['Отчёт за 2025 год\nИНФОРМАЦИОННАЯ РАБОТА\n  Instagram ............ 41 публикация, 12,6 тыс. просмотров\n  Telegram-канал ........ 18 публикаций\n  Facebook .............. 9 публикаций', ['instagram 41/12600', 'telegram 18/null', 'facebook 9/null']],
    ['Отчёт за 2025 год\nInstagram – 41 публикация, 38 400 просмотров\nTelegram-канал – 18 публикаций', ['instagram 41/38400', 'telegram 18/null']],
  ])('%s', (text, read) => {
    expect(media(text)).toEqual(read);
  });
  it('still: the views named before the platform, with no count of their own, are its views', () => {
    expect(media('Отчёт за 2025 год\nОбщее число просмотров в Instagram – 118 тыс.')).toEqual(['instagram null/118000']);
    expect(media('Есеп 2025 жыл\nInstagram-дағы қаралым саны – 27 мың.')).toEqual(['instagram null/27000']);
  });
});

const roll = (text: string) => {
  const x = parseProtocol(text);
  return { attendees: x.attendees.length, online: x.attendees.filter((a) => a.online).length, absentees: x.absentees.map((a) => `${a.name.split(' ')[0]} ${a.excused}`) };
};
const sheetHead = (title: string, caption: string, present: string) => `${title}\n24.06.2026\n${present}\n\n${caption}\n`;

describe('a registration sheet annexed under its caption with no colon, a tab before each member\'s status', () => {
  it('bilingual statuses and reasons, the caption with its date in brackets', () => {
    const text = `${sheetHead('ХАТТАМА № 5 / ПРОТОКОЛ № 5', '1-қосымша / Приложение 1\nТІРКЕУ ПАРАҒЫ / ЛИСТ РЕГИСТРАЦИИ (24.06.2026)', 'Қатысқандар / Присутствовали: 3')}
1.\tШнайдер Виктор Александрович\tқатысты / присутствовал
2.\tЕрмолаева Татьяна Владимировна\tқатысты / присутствовала
3.\tҚалиев Нұрлан Жұмабекұлы\tқатысты / присутствовал
4.\tЛозовой Денис Викторович\tіссапарда / командировка
5.\tҚуанышев Тимур Асқарұлы\tсебепсіз / без уважительной причины
`;
    expect(roll(text)).toEqual({ attendees: 3, online: 0, absentees: ['Лозовой true', 'Қуанышев false'] });
  });
  it('Kazakh "ҚАТЫСУ ПАРАҒЫ", one online', () => {
    const text = `${sheetHead('ХАТТАМА № 5', 'ҚАТЫСУ ПАРАҒЫ', 'Қатысқандар: 3')}1.\tШнайдер Виктор Александрович\tқатысты\n2.\tЕрмолаева Татьяна Владимировна\tқатысты (онлайн)\n3.\tҚалиев Нұрлан Жұмабекұлы\tқатысты\n4.\tЛозовой Денис Викторович\tіссапарда\n`;
    expect(roll(text)).toEqual({ attendees: 3, online: 1, absentees: ['Лозовой true'] });
  });
  it('Russian "Лист регистрации", no number column dots', () => {
    const text = `${sheetHead('ПРОТОКОЛ № 5', 'Лист регистрации членов Совета', 'Присутствовали: 3')}1.\tШнайдер В.А.\tприсутствовал\n2.\tЕрмолаева Т.В.\tприсутствовала\n3.\tКалиев Н.Ж.\tприсутствовал\n4.\tЛозовой Д.В.\tотпуск\n`;
    expect(roll(text)).toEqual({ attendees: 3, online: 0, absentees: ['Лозовой true'] });
  });
  it('near-miss: a member\'s line with no status in the sheet leaves the whole sheet unread', () => {
    const text = `${sheetHead('ПРОТОКОЛ № 5', 'ЛИСТ РЕГИСТРАЦИИ', 'Присутствовали: 3')}1.\tШнайдер Виктор Александрович\tприсутствовал\n2.\tЕрмолаева Татьяна Владимировна\n3.\tКалиев Нурлан Жумабекович\tприсутствовал\n4.\tЛозовой Денис Викторович\tкомандировка\n`;
    expect(roll(text)).toEqual({ attendees: 0, online: 0, absentees: [] });
  });
  it('near-miss: a sheet of positions (the invited) is no roll', () => {
    const text = `${sheetHead('ПРОТОКОЛ № 5', 'ЛИСТ РЕГИСТРАЦИИ приглашённых', 'Присутствовали: 3')}1.\tШнайдер Виктор Александрович\tглавный врач\n2.\tЕрмолаева Татьяна Владимировна\tдепутат маслихата\n3.\tКалиев Нурлан Жумабекович\tжурналист\n`;
    expect(roll(text).attendees).toBe(0);
  });
});

describe('the members\' label with their whole in a bracket', () => {
  const counts = (text: string) => {
    const x = parseProtocol(`ПРОТОКОЛ № 4\nс. Баянаул 27.05.2026 г.\n${text}`);
    return [x.members_total, x.present];
  };
  it.each([
    ['Члены Совета (всего 11): присутствуют 9 – очно 7, онлайн 2.', [11, 9]],
    ['Членов Совета (по списку – 15): присутствовали 12.', [15, 12]],
    ['Кеңес мүшелері (барлығы 11): қатысқаны – 9.', [11, 9]],
  ])('%s', (text, read) => {
    expect(counts(text)).toEqual(read);
  });
  it('near-miss: a working group\'s members or the invited in a bracket are no size of the council', () => {
    expect(counts('Члены рабочей группы (всего 3): присутствуют 3.')[0]).toBeNull();
    expect(counts('Приглашённые (всего 6): представители отделов.')[0]).toBeNull();
  });
});

const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();

describe('an appendix\'s table by quarters, its total column named by the whole period', () => {
  const table = (title: string, caption: string, header: string) => `${title}\n\n${caption}\n\n${header}\nКеңес отырыстары             | 1  | 1  | 1   | 2  | 5\nПрезидиум отырыстары         | 1  | 1  | 0   | 1  | 3\n`;
  it.each([
    ['Есеп 2025 жыл', '2025 ЖЫЛҒЫ КӨРСЕТКІШТЕР (ТОҚСАН БОЙЫНША)', 'Көрсеткіш                    | I  | II | III | IV | Жыл бойы'],
    ['Есеп 2025 жыл', 'Көрсеткіштер тоқсандарға бөліп', 'Көрсеткіш                    | I  | II | III | IV | Жыл ішінде'],
    ['Отчёт за 2025 год', 'ПОКАЗАТЕЛИ ЗА 2025 ГОД ПО КВАРТАЛАМ', 'Показатель                   | I  | II | III | IV | За год'],
    ['Отчёт за 2025 год', 'Показатели в разрезе кварталов', 'Показатель                   | I  | II | III | IV | За отчётный период'],
  ])('%s / %s / %s', (title, caption, header) => {
    expect(figures(table(title, caption, header).replace('Кеңес отырыстары', title.startsWith('Отч') ? 'Заседания Совета' : 'Кеңес отырыстары').replace('Президиум отырыстары', title.startsWith('Отч') ? 'Заседания президиума' : 'Президиум отырыстары'))).toEqual(['general_meetings=5', 'presidium_meetings=3']);
  });
  it('near-miss: a heading naming one quarter ("I ТОҚСАН БОЙЫНША", "ЗА II КВАРТАЛ") keeps the section that quarter\'s', () => {
    expect(figures('Есеп 2025 жыл\n\nI ТОҚСАН БОЙЫНША КӨРСЕТКІШТЕР\n\nКеңес отырыстары – 2.\n')).toEqual([]);
    expect(figures('Отчёт за 2025 год\n\nПОКАЗАТЕЛИ ЗА II КВАРТАЛ\n\nЗаседаний Совета – 2.\n')).toEqual([]);
  });
  it('near-miss: the whole year named in a half-year\'s report is another period, no total of it', () => {
    const text = table('Отчёт за I полугодие 2025 года', 'Показатели по кварталам', 'Показатель                   | I  | II | Жыл бойы').replace(/\| 1   \| 2  \| 5/u, '| 5').replace(/\| 0   \| 1  \| 3/u, '| 3');
    expect(figures(text)).toEqual([]);
  });
});

describe('an appendix\'s media table typed with bars and no frame', () => {
  it.each([
    ['Есеп 2025 жыл\n\nАҚПАРАТТЫҚ ЖҰМЫС (2025 ж.)\n\nАлаң                               | Жарияланым | Қаралым\nInstagram (@kenes)                 | 64         | 38 400\nFacebook                           | 27         | 9 150\n«Аудан тынысы» газеті              | 6          | –\nБарлығы                            | 97         |', ['instagram 64/38400', 'facebook 27/9150'], 'publications=97'],
    ['Отчёт за 2025 год\n\nПлощадка       | Публикации | Просмотры\nInstagram      | 64         | 38 400\nTelegram-канал | 27         | 12 150\nВсего          | 91         |', ['instagram 64/38400', 'telegram 27/12150'], 'publications=91'],
  ])('%s', (text, read, total) => {
    expect(media(text)).toEqual(read);
    expect(figures(text)).toEqual([total]);
  });
  it('near-miss: a table of two years\' columns with the thousands grouped gives no platform its other year\'s count', () => {
    const text = 'Отчёт за 2025 год\n\nПлощадка       | 2024 год | 2025 год\nInstagram      | 1 200    | 64\nTelegram-канал | 2 150    | 27\n';
    expect(media(text).filter((m) => /1200|2150/u.test(m))).toEqual([]);
  });
});

describe('letters rows of an indicator table in Kazakh', () => {
  it.each([
    ['Есеп 2025 жыл\n\nКөрсеткіш                    | I  | II | III | IV | Жыл бойы\nМемл. органдарға хаттар      | 4  | 3  | 3   | 5  | 15\nХаттарға жауаптар            | 4  | 3  | 2   | 4  | 13\n', ['letters_answered=13', 'letters_sent=15']],
    ['Есеп 2025 жыл\n\nКөрсеткіш                    | Барлығы\nМемлекеттік органдарға хаттар | 15\nХаттарға жауап               | 13\n', ['letters_answered=13', 'letters_sent=15']],
    ['Отчёт за 2025 год\n\nПоказатель                   | За год\nПисьма в госорганы           | 15\nОтветы на письма             | 13\n', ['letters_answered=13', 'letters_sent=15']],
  ])('%s', (text, read) => {
    expect(figures(text)).toEqual(read);
  });
  it('near-miss: answers to appeals are no answers to letters', () => {
    expect(figures('Есеп 2025 жыл\n\nКөрсеткіш                    | Барлығы\nӨтініштерге жауаптар         | 13\nАзаматтардың хаттары         | 20\n')).not.toContain('letters_answered=13');
  });
});

const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);
/** A Word table as a .docx reads: a cell a line, each opening with a tab. */
const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');

describe('an appendix\'s Word table of dated events with no column of row numbers', () => {
  it.each([
    ['Отчёт за I полугодие 2026 года\n\nПриложение 2\nПеречень мероприятий\n' + cells([['Дата', 'Мероприятие'], ['22.01.2026', 'Мониторинг очистки дорог от снега'], ['12.02.2026', 'Семинар для членов Совета'], ['26.02.2026', 'Круглый стол «Доступная среда»']]) + '\n',
      ['monitoring 2026-01-22', 'seminar 2026-02-12', 'round_table 2026-02-26']],
    ['2026 жылғы І жартыжылдық бойынша есеп\n\n2-қосымша\nІс-шаралар тізбесі\n' + cells([['Күні', 'Іс-шараның атауы', 'Жауапты'], ['22.01.2026', 'Жолдарды қардан тазартуға мониторинг', 'Ахметов А.'], ['12.02.2026', 'Кеңес мүшелеріне арналған семинар', 'Ким Е.'], ['26.02.2026', '«Қолжетімді орта» дөңгелек үстелі', 'Ахметов А.']]) + '\n',
      ['monitoring 2026-01-22', 'seminar 2026-02-12', 'round_table 2026-02-26']],
  ])('%s', (text, read) => {
    expect(activities(text)).toEqual(read);
  });
  it('near-miss: a row whose date cell holds no date leaves the table unread as dated rows', () => {
    const text = 'Отчёт за I полугодие 2026 года\n\nПеречень мероприятий\n' + cells([['Дата', 'Мероприятие'], ['22.01.2026', 'Мониторинг очистки дорог'], ['по плану', 'Семинар для членов Совета'], ['26.02.2026', 'Круглый стол']]) + '\n';
    expect(activities(text)).not.toContain('seminar 2026-02-12');
  });
  it('near-miss: a table of counts headed by a year is no dated table', () => {
    const text = 'Отчёт за I полугодие 2026 года\n\n' + cells([['Срок', 'Показатель'], ['01.07.2026', '12'], ['01.07.2025', '9'], ['01.07.2024', '7']]) + '\n';
    expect(activities(text)).toEqual([]);
  });
});

describe('an appendix\'s Word table by quarters: platforms set under the publications\' total by a dash, the members\' parts', () => {
  const table = (title: string, rows: string[][]) => `${title}\n\nПриложение 1\n${cells(rows)}\n`;
  it('Russian: "Публикации, всего" over "– Instagram", "– Telegram-канал"; "в т.ч. от НПО и граждан"', () => {
    const text = table('Отчёт за I полугодие 2026 года', [['Показатель', 'I кв.', 'II кв.', 'Всего'], ['Членов Совета', '', '', '15'], ['в т.ч. от НПО и граждан', '', '', '12'], ['в т.ч. от госорганов', '', '', '3'],
      ['Публикации, всего', '22', '26', '48'], ['– Instagram', '9', '11', '20'], ['– Telegram-канал', '13', '15', '28']]);
    expect(media(text)).toEqual(['instagram 20/null', 'telegram 28/null']);
    expect(figures(text)).toEqual(['members_civil=12', 'members_state=3', 'members_total=15', 'publications=48']);
  });
  it('Kazakh: "Жарияланымдар, барлығы" over "• Instagram", "• Facebook"', () => {
    const text = table('2026 жылғы І жартыжылдық бойынша есеп', [['Көрсеткіш', 'І тоқсан', 'ІІ тоқсан', 'Барлығы'], ['Жарияланымдар, барлығы', '10', '12', '22'], ['• Instagram', '6', '8', '14'], ['• Facebook', '4', '4', '8']]);
    expect(media(text)).toEqual(['instagram 14/null', 'facebook 8/null']);
  });
  it('near-miss: a dashed row that names no platform under the publications is no platform\'s', () => {
    const text = table('Отчёт за I полугодие 2026 года', [['Показатель', 'I кв.', 'II кв.', 'Всего'], ['Публикации, всего', '22', '26', '48'], ['– видеоролики', '2', '3', '5'], ['– Instagram', '9', '11', '20']]);
    expect(media(text).filter((m) => m.includes(' 5/'))).toEqual([]);
    expect(figures(text).filter((f) => f.endsWith('=5'))).toEqual([]);
  });
});
