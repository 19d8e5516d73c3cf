/**
 * Classes of session 28. A near-verbatim record whose chair tells a whole vote in one paragraph, asking and answered
 * ("Голосуем. За? Одиннадцать. Против? Один – Оспанов. Воздержался? Один. Решение принимается: за – 11, против – 1,
 * воздержался – 1."), speakers with their role in brackets ("ЕРГАЛИЕВ Т.С. (отдел ЖКХ): …"), and an agenda said as "три
 * вопроса: первый – …, второй – …, третий – …. И четвёртым – разное." (set 70's Beineu: votes 5 for 11, not unanimous, an
 * agenda of 3 for 4).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDialogueVotes } from '../../../sources/extract/protocol/readDialogueVotes.ts';
import { readCounts } from '../../../sources/extract/protocol/readVotes.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const counts = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

/** A record told turn by turn, the chair's role in brackets; `said` the chair's paragraph of the vote. */
function record(said: string, chair = 'НУРЛАНОВ Б.К. (председатель)'): string {
  return [
    'ПРОТОКОЛ № 3',
    'заседания Общественного совета Каракиянского района',
    '12 марта 2026 года',
    '',
    `${chair}: Начинаем. Слово Аскару Болатовичу.`,
    'САПАРОВ А.Б. (отдел образования): В районе 14 школ, ремонт идёт в трёх.',
    'ЖУМАЕВА Г.Т. (член Совета): Когда завершат ремонт школы в селе Курык?',
    'САПАРОВ А.Б.: До 1 сентября.',
    'ЕСЕНОВА Р.М. (член Совета): Предлагаю провести мониторинг в мае.',
    `${chair}: ${said}`,
    '',
    'Председатель                    Б. Нурланов',
  ].join('\n');
}

describe('a vote asked and answered inside the chair\'s paragraph', () => {
  it('ru: "За? Одиннадцать. Против? Один – … Воздержался? Один. Решение принимается: за – 11, …" is one vote, adopted', () => {
    expect(counts(record('Голосуем. За? Одиннадцать. Против? Один – Оспанов. Воздержался? Один. Решение принимается: за – 11, против – 1, воздержался – 1.'))).toEqual([[11, 1, 1, false, 'adopted']]);
  });
  it('ru: the summary said after the answers stands over them ("Пятеро" heard, "за – 6" recorded)', () => {
    expect(counts(record('Кто за? Пятеро. Против? Шесть. Воздержались? Двое. Итак, за – 6, против – 6, воздержались – 1. Предложение не прошло.'))[0]).toEqual([6, 6, 1, false, 'rejected']);
  });
  it('ru: the chair\'s own tally before the questions ("Так... считаем... тринадцать – за. Против? Нет. Воздержался кто-нибудь? Нет.")', () => {
    expect(counts(record('Кто за, прошу голосовать. Так... считаем... тринадцать – за. Против? Нет. Воздержался кто-нибудь? Нет. Повестка утверждена.'))).toEqual([[13, 0, 0, false, 'adopted']]);
  });
  it('ru: "Кто за? Так... руки подняли все. … Единогласно, решение принято." is unanimous', () => {
    const v = parseProtocol(record('Кто за? Так... руки подняли все. Против и воздержавшихся нет. Единогласно, решение принято.')).votes;
    expect(v).toHaveLength(1);
    expect([v[0].unanimous, v[0].declared, v[0].for]).toEqual([true, 'adopted', null]);
  });
  it('kk: "Кім жақтайды? Он бір. Қарсылар бар ма? Жоқ. Қалыс қалғандар? Біреу. Шешім қабылданды."', () => {
    expect(counts(record('Дауысқа саламын. Кім жақтайды? Он бір. Қарсылар бар ма? Жоқ. Қалыс қалғандар? Біреу. Шешім қабылданды.', 'НҰРЛАНОВ Б.К. (төраға)'))).toEqual([[11, 0, 1, false, 'adopted']]);
  });
  it('near-miss: a question that is no vote ("За счёт каких средств? Сорок миллионов.") opens none', () => {
    expect(parseProtocol(record('За счёт каких средств? Сорок миллионов. Спасибо, переходим ко второму вопросу.')).votes).toEqual([]);
  });
  it('near-miss: labelled counts with no vote\'s question after them open no asked vote (the line\'s own reader judges them)', () => {
    const lines = record('Итоги прошлого заседания: за – 9, против – 2. Сегодня этот вопрос не голосуем.').split('\n');
    expect(readDialogueVotes(lines, (t) => readCounts(t))).toEqual([]);
  });
  it('near-miss: the rule "Решение принимается большинством голосов" declares no result', () => {
    expect(parseProtocol(record('Напоминаю: решение принимается большинством голосов присутствующих. Переходим к обсуждению.')).votes).toEqual([]);
  });
});

describe('an agenda said with its count and a closing miscellany the count leaves out', () => {
  const said = (tail: string) => record(`Повестка у всех на руках, три вопроса: первый – отчёт отдела образования; второй – о мониторинге школ; третий – о плане работы на 2026 год. ${tail} Есть предложения? Нет.`);
  it('ru: "И четвёртым – разное." is the fourth item', () => {
    const x = parseProtocol(said('И четвёртым – разное.'));
    expect(x.agenda.map((a) => a.title)).toEqual(['отчёт отдела образования', 'о мониторинге школ', 'о плане работы на 2026 год', 'разное']);
  });
  it('near-miss: a fourth ordinal that is no miscellany leaves the count said unmet: no spoken agenda of four', () => {
    const x = parseProtocol(said('Четвёртый – о бюджете.'));
    expect(x.agenda.length).not.toBe(4);
  });
});

describe('a browser\'s printout and a web page\'s stamps are no part of the document', () => {
  const printed = (header: string, footer: (n: number) => string) => [
    header,
    '',
    'ПРОТОКОЛ № 2',
    'заседания Общественного совета Талгарского района',
    '',
    'г. Талгар                                                   15.04.2026',
    '',
    'Всего членов Совета: 17. Присутствуют: 13.',
    footer(1),
    header,
    'Повестка дня:',
    '1. О мониторинге школ.',
    footer(2),
  ].join('\n');
  it('ru: the print time at the pages\' tops ("16.04.2026, 09:12   <title>") is not the meeting\'s date; the URL footer with "1/3" goes', () => {
    const x = parseProtocol(printed('16.04.2026, 09:12                 Протокол Общественного совета', (n) => `https://www.gov.kz/memleket/entities/almaty-talgar/press/article/details/48213?lang=ru    ${n}/3`));
    expect(x.date).toBe('2026-04-15');
  });
  it('variant: a 12-hour print time and a footer by a tab ("4/16/2026, 9:12 AM\\t…", "www.…\\t2/3")', () => {
    const x = parseProtocol(printed('16.04.2026, 9:12 AM\tХаттама / Протокол', (n) => `www.gov.kz/memleket/entities/almaty-talgar\t${n}/3`));
    expect(x.date).toBe('2026-04-15');
  });
  it('near-miss: a meeting\'s own date and time opening the text, with no browser\'s footer, is its date', () => {
    const text = ['15.04.2026, 10:00                 г. Талгар, зал акимата', '', 'ПРОТОКОЛ № 2', 'заседания Общественного совета', '', 'Присутствуют: 13.'].join('\n');
    expect(parseProtocol(text).date).toBe('2026-04-15');
  });
  it('ru and kk: the stamp line with its views and author ("Дата публикации: 26.03.2026 | Просмотры: 96 | Автор: …") is no date of the meeting', () => {
    for (const stamp of ['Дата публикации: 26.03.2026   |   Просмотры: 96   |   Автор: пресс-служба', 'Жарияланған: 26.03.2026 10:41   Қаралды: 96', 'Опубликовано 26.03.2026 10:41 • Просмотров: 214']) {
      const text = ['Главная » Общественный совет » Протоколы', stamp, 'П Р О Т О К О Л № 2', 'заседания Общественного совета Панфиловского района', 'г. Жаркент                      25 марта 2026 года, 10:00', 'Состав Совета – 13 членов. Участвуют 10 членов.'].join('\n');
      expect(parseProtocol(text).date).toBe('2026-03-25');
    }
  });
});

describe('a count of a council of another level than the report\'s is a candidate, not the report\'s figure', () => {
  const report = (title: string, sentence: string) => parseReport(`${title}\n\nСовет провёл 3 заседания и 2 семинара.\n${sentence}\n`);
  const meetings = (x: ReturnType<typeof parseReport>) => x.figures.filter((f) => f.metric === 'general_meetings').map((f) => f.value);
  it('ru: "Для сравнения: Общественный совет Жетысуской области … провел 9 заседаний" in a district council\'s report', () => {
    const x = report('ОТЧЕТ о работе Общественного совета Каратальского района за II полугодие 2025 года', 'Для сравнения: Общественный совет Жетысуской области за тот же период рассмотрел 21 проект и провел 9 заседаний.');
    expect(meetings(x)).toEqual([3]);
    expect(x.candidates.some((c) => c.metric === 'general_meetings' && c.value === 9)).toBe(true);
  });
  it('kk: "Облыстық қоғамдық кеңес … аудандық кеңестерге арналған екі семинар өткізді" in a district council\'s report', () => {
    const x = parseReport('Отырар ауданының Қоғамдық кеңесінің 2025 жылғы жұмысы туралы ЕСЕП\n\nКеңес жыл ішінде алты отырыс өткізді.\nОблыстық қоғамдық кеңес 2025 жылы аудандық кеңестерге арналған екі семинар өткізді, оған біздің Кеңестің үш мүшесі қатысты.\n');
    expect(x.figures.filter((f) => f.metric === 'seminars')).toEqual([]);
  });
  it('ru: councils in the plural ("районные общественные советы области провели 48 заседаний") in an oblast council\'s report', () => {
    const x = report('ОТЧЕТ Общественного совета Жамбылской области за 2025 год', 'Районные общественные советы провели 48 заседаний.');
    expect(meetings(x)).toEqual([3]);
  });
  it('near-miss: the report\'s own council named with its own level ("Областной общественный совет провёл 6 заседаний" in the oblast\'s report)', () => {
    const x = parseReport('ОТЧЕТ о работе Общественного совета Жамбылской области за 2025 год\n\nОбластной общественный совет провёл 6 заседаний.\n');
    expect(meetings(x)).toEqual([6]);
  });
  it('near-miss: the council first, another level named after it as a partner or a host ("Совет совместно с областным советом провёл 4 заседания")', () => {
    const x = parseReport('ОТЧЕТ о работе Общественного совета Шуского района за 2025 год\n\nСовет совместно с областным общественным советом провёл 4 заседания.\n');
    expect(meetings(x)).toEqual([4]);
  });
});

describe('the online named after a dash in the list of those present', () => {
  const list = (online: string) => `ПРОТОКОЛ № 1\n\nИз пятнадцати членов присутствуют шесть, в том числе трое – по видеосвязи.\nПрисутствовали члены совета: Ким Виктор Андреевич, Оразбаева Динара Маликовна, Искаков Данияр Ерланович; ${online} Бекова Жанар Алтынбековна, Шаймерденов Ерлан Болатович, Погорелова Татьяна Викторовна.\n`;
  const marks = (text: string) => parseProtocol(text).attendees.map((a) => a.online);
  it('ru: "…; по видеосвязи (онлайн) – Бекова …, …" marks the three after it, not the one before', () => {
    expect(marks(list('по видеосвязи (онлайн) –'))).toEqual([false, false, false, true, true, true]);
  });
  it('kk variant: "…; онлайн режимінде — Бекова …"', () => {
    expect(marks(list('онлайн режимінде —'))).toEqual([false, false, false, true, true, true]);
  });
  it('near-miss: the colon\'s form reads as before', () => {
    expect(marks(list('по видеосвязи:'))).toEqual([false, false, false, true, true, true]);
  });
});

describe('a table the printout breaks over two pages, its heading printed again on the second', () => {
  const table = (footer: string, header: string) => [
    header,
    'ТЕКЕЛІ ҚАЛАЛЫҚ ҚОҒАМДЫҚ КЕҢЕСІ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ № 5',
    'Кеңес құрамы – 6 адам. Отырысқа 5 мүше қатысты.',
    'Кеңес мүшелерінің тіркеу парағы:',
    '',
    '№\tАты-жөні\tҚатысуы',
    '1\tМұқашев Б.Е.\tқатысты',
    '2\tЖақсылықова А.С.\tқатысты',
    '3\tЕрғалиев Т.М.\tқатысты',
    footer,
    header,
    '№\tАты-жөні\tҚатысуы',
    '4\tБайболов Н.Ж.\tқатысты',
    '5\tТұяқбаева Г.Р.\tқатысты',
    '6\tОмаров Е.А.\tқатыспады, себебі белгісіз',
    '',
    'КҮН ТӘРТІБІ:',
  ].join('\n');
  it('kk: the browser\'s footer and the heading again between rows 3 and 4: one roll of six', () => {
    const x = parseProtocol(table('https://www.gov.kz/memleket/entities/zhetysu-tekeli/press/article/details/39574?lang=kk\t1/2', ''));
    expect([x.attendees.length, x.absentees.length, x.attendees_listed]).toEqual([5, 1, undefined]);
    expect(x.issues.filter((i) => /not understood/u.test(i.message))).toEqual([]);
  });
  it('variant: a running footer "Страница 1 из 2" and a print header', () => {
    const x = parseProtocol(table('Исх. № 02-14/87 от 09.01.2026\tСтраница 1 из 2', '12.11.2025, 16:58\tХаттама № 5'));
    expect([x.attendees.length, x.absentees.length, x.attendees_listed]).toEqual([5, 1, undefined]);
  });
});

describe('a PDF\'s page footer printed right under a table\'s last row stays a line of its own', () => {
  it('"Round tables | 1 | 2" / "Ref. … | Page 1 of 3": the footer\'s words join no cell of the row', async () => {
    const rows = [
      { x: 57, y: 780, text: 'Indicator' }, { x: 300, y: 780, text: 'H2 2024' }, { x: 450, y: 780, text: 'H2 2025' },
      { x: 57, y: 766, text: 'Meetings' }, { x: 300, y: 766, text: '2' }, { x: 450, y: 766, text: '3' },
      { x: 57, y: 752, text: 'Round tables' }, { x: 300, y: 752, text: '1' }, { x: 450, y: 752, text: '2' },
      { x: 57, y: 744, text: 'Ref. 02-14/87 of 09.01.2026', size: 8 }, { x: 300, y: 744, text: 'Page 1 of 3', size: 8 },
    ];
    expect((await readPdfText(textPdf([rows]), 'case.pdf')).split('\n').slice(2, 4)).toEqual(['Round tables\t1\t2', 'Ref. 02-14/87 of 09.01.2026\tPage 1 of 3']);
  });
});

describe('an electronic document system\'s marks (Documentolog, ЕСЭДО / ЭҚАБЖ) are no part of the document', () => {
  const protocol = (stamp: string, tail = '') => [stamp, '', 'ХАТТАМА / ПРОТОКОЛ № 4', '', 'Күні / Дата: 15.04.2026', 'Кеңес мүшелерінің саны / Количество членов Совета: 11', '', 'Присутствовали: Ким В.А., Оразбаева Д.М.', tail].join('\n');
  it('ru and kk: the registration and signing stamps\' dates are not the meeting\'s', () => {
    for (const stamp of [
      '[ЕСЭДО / ЭҚАБЖ] Рег. № 12-08/47 от 16.04.2026 | ЭЦҚ қол қойылды / Подписано ЭЦП: Нурмаганбетова Ж.С., 16.04.2026 17:12',
      'Documentolog · Тіркеу № 01-09/03 · 16.04.2026 · ЭЦҚ қол қойылды: Байгабылов Т.С., 16.04.2026 14:26 · 1-бет / 2',
      'Документ сформирован системой Documentolog 16.04.2026 12:10 | Проверить: https://ekibastuz.documentolog.kz/v/58',
      'Сертификат: MIIFpTCCA42gAwIBAgIUQk7x2... Действителен до 14.11.2026. Дата и время подписания: 16.04.2026 09:58:13',
    ]) expect(parseProtocol(protocol(stamp)).date).toBe('2026-04-15');
  });
  it('a route sheet\'s table under its heading names no one present ("Лист согласования" / "" / "ФИО | Решение | Дата и время" / …)', () => {
    const x = parseProtocol(protocol('', ['', 'Лист согласования', '', 'ФИО\tРешение\tДата и время', 'Жумабаева Д.К.\tСогласовано\t22.04.2026 17:30', 'Калиева А.М.\tПодписано\t23.04.2026 13:55'].join('\n')));
    expect(x.attendees.map((a) => a.name)).toEqual(['Ким В.А.', 'Оразбаева Д.М.']);
  });
  it('near-miss: a sentence telling that the protocol was signed is no stamp line and the date stays the meeting\'s', () => {
    expect(parseProtocol(protocol('', 'Протокол составлен 16.04.2026.')).date).toBe('2026-04-15');
  });
});

describe('a meeting held online only, and the platform\'s log that counts no members', () => {
  const meeting = (format: string, log = '') => [
    'ПРОТОКОЛ № 3', 'заседания Общественного совета', '22 апреля 2026 года', format,
    'Численный состав Общественного совета – 27 членов. Посредством платформы Webex приняли участие 3 члена Общественного совета.',
    'Участвовали члены Совета: Калиева А.М. (председатель), Бондаренко С.И., Абенов Т.К.', log,
  ].join('\n');
  it('ru: "Очного присутствия не было." — those present are all online, each listed online', () => {
    const x = parseProtocol(meeting('Формат: видеоконференция Cisco Webex. Очного присутствия не было.'));
    expect([x.present, x.online, x.attendees.filter((a) => a.online).length]).toEqual([3, 3, 3]);
  });
  it('kk/ru: "тек онлайн / только онлайн" with a few listed by their Zoom names: every one listed online', () => {
    const text = meeting('Өткізу нысаны / Форма проведения: Zoom, тек онлайн / только онлайн').replace('Абенов Т.К.', 'Абенов Т.К. (Zoom: "Samsung SM-A546")');
    expect(parseProtocol(text).attendees.map((a) => a.online)).toEqual([true, true, true]);
  });
  it('near-miss: "В журнале Webex – 29 подключений, включая приглашённых" is no count of the members online', () => {
    const x = parseProtocol(meeting('Формат: смешанный.', 'В журнале Webex – 29 подключений, включая приглашённых.'));
    expect(x.online).not.toBe(29);
  });
  it('near-miss: a meeting in the room with one online keeps its marks', () => {
    const x = parseProtocol(meeting('Формат: смешанный (очно и онлайн).').replace('Абенов Т.К.', 'Абенов Т.К. (онлайн)'));
    expect(x.attendees.map((a) => a.online)).toEqual([false, false, true]);
  });
  it('kk near-miss: "«Жасыл ел» жобасына 312 студент қатысты" in a speech is no count of those present', () => {
    const x = parseProtocol('ХАТТАМА № 4\n\nКеңес мүшелерінің саны: 11\n\n1. Тыңдалды: Жанабилов Е.Т. – «Жасыл ел» жобасына 312 студент қатысты.\n');
    expect(x.present).toBeNull();
  });
});

describe('a report\'s note about an authority and the year told as "в 2025 году" in its title', () => {
  const head = 'Секретарю Карагандинского областного маслихата\nТолеубаеву Г.С.\nИНФОРМАЦИЯ\nоб итогах работы Общественного совета Карагандинской области в 2025 году\n\n';
  it('ru: the period is the title\'s year, not the most dated one', () => {
    expect(parseReport(`${head}План принят на заседании 27 декабря 2024 года. Заседание 12.03.2024 перенесено.\n`).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('ru: "Справочно: … маслихатом … зарегистрировано 143 612 обращений к государственным органам" is no figure of the council', () => {
    const x = parseReport(`${head}Поступило 86 обращений граждан.\nСправочно: Карагандинским областным маслихатом в 2025 году проведено 11 сессий; в e-Otinish по области зарегистрировано 143 612 обращений к государственным органам.\n`);
    expect(x.figures.filter((f) => f.metric === 'appeals_received').map((f) => f.value)).toEqual([86]);
  });
  it('near-miss: a note restating the council\'s own figure ("Справочно: всего Советом рассмотрено 86 обращений") is still weighed', () => {
    const x = parseReport(`${head}Справочно: всего Советом в 2025 году рассмотрено 86 обращений граждан.\n`);
    expect(x.figures.filter((f) => f.metric === 'appeals_received').map((f) => f.value)).toEqual([86]);
  });
});

describe('a web page\'s own lines around the document: its other news, cookie banner, share and copyright lines', () => {
  const page = (block: string[]) => ['Жаркент қаласы әкімдігі жанындағы Қоғамдық кеңестің 2025 жылғы ІІ жартыжылдықтағы жұмысы туралы ақпарат', '', 'Жарты жылда Кеңес 3 мониторинг жүргізді.', '', ...block].join('\n');
  // The figures, and every other reading of the metric (a candidate, an issue of a second statement).
  const monitorings = (text: string) => {
    const x = parseReport(text);
    return [...x.figures.filter((f) => f.metric === 'monitorings').map((f) => f.value), ...x.candidates.filter((c) => c.metric === 'monitorings').map((c) => `candidate ${c.value}`), ...x.issues.filter((i) => /monitorings/u.test(i.message)).map((i) => i.message)];
  };
  it('kk: "Соңғы жаңалықтар" over dated titles ("… 14 объектіге мониторинг жүргізді") states nothing', () => {
    expect(monitorings(page(['Соңғы жаңалықтар', '13.01.2026   Кеңес мүшелері 14 мониторинг жүргізді', '08.01.2026   Мәслихаттың 45-сессиясы өтті', '', 'Біз cookie файлдарын пайдаланамыз.   [Жарайды]', '© 2026 Панфилов ауданы әкімінің аппараты']))).toEqual([3]);
  });
  it('ru: "Другие материалы раздела" and "Все материалы →", "Поделиться: Facebook …"', () => {
    expect(monitorings(page(['Поделиться:   Facebook   Telegram', 'Другие материалы раздела', '28.01.2026   Члены Общественного совета провели 5 мониторингов', 'Все материалы →']))).toEqual([3]);
  });
  it('near-miss: a dated list under the report\'s own heading is the report\'s', () => {
    const x = parseReport(page(['Мониторингтер:', '12.10.2025 – мектеп асханасы;', '14.11.2025 – аурухана.']));
    expect(x.activities.filter((a) => a.type === 'monitoring').length).toBe(2);
  });
});

describe('a list of who spoke at one event is no list of events', () => {
  const tables = (text: string) => {
    const x = parseReport(text);
    return { figures: x.figures.filter((f) => f.metric === 'round_tables').map((f) => f.value), events: x.activities.filter((a) => a.type === 'round_table').length };
  };
  it('ru: "14 марта проведен круглый стол, на нем выступили:" over two bodies: one round table, not two or three', () => {
    expect(tables('ОТЧЕТ о работе Общественного совета за 2025 год\n\n14 марта проведен круглый стол, на нем выступили:\n- отдел образования;\n- отдел ЖКХ.\n')).toEqual({ figures: [1], events: 1 });
  });
  it('kk: "… дөңгелек үстел өтті, онда сөз сөйлегендер:"', () => {
    expect(tables('Кеңестің 2025 жылғы жұмысы туралы есеп\n\n14 наурызда дөңгелек үстел өтті, онда сөз сөйлегендер:\n- білім бөлімі;\n- тұрғын үй бөлімі.\n')).toEqual({ figures: [1], events: 1 });
  });
  it('near-miss: "Проведены круглые столы:" over dated items is the list of them', () => {
    expect(tables('ОТЧЕТ о работе Общественного совета за 2025 год\n\nПроведены круглые столы:\n- 14 марта – о занятости молодежи;\n- 20 мая – о благоустройстве.\n')).toEqual({ figures: [2], events: 2 });
  });
});

describe('the members a commission has, told inside the council\'s composition', () => {
  const total = (sentence: string) => parseReport(`ОТЧЕТ о работе Общественного совета за 2025 год\n\n${sentence}\n`).figures.filter((f) => f.metric === 'members_total').map((f) => f.value);
  it('ru: "В составе совета три члена постоянной комиссии" is no members_total', () => {
    expect(total('В составе совета три члена постоянной комиссии.')).toEqual([]);
  });
  it('ru variant: "В составе Совета 5 членов рабочей группы по ЖКХ"', () => {
    expect(total('В составе Совета 5 членов рабочей группы по ЖКХ.')).toEqual([]);
  });
  it('near-misses: "В составе Совета 15 членов", "В составе Совета 15 членов Совета" are the council\'s', () => {
    expect(total('В составе Совета 15 членов.')).toEqual([15]);
    expect(total('В составе Совета 15 членов Совета.')).toEqual([15]);
  });
});

describe('a commission numbered before its word ("№ 3 тұрақты комиссиясы")', () => {
  const body = (title: string) => parseProtocol(`${title}\n\nХАТТАМА / ПРОТОКОЛ № 1\n\n17.02.2026 ж.\n\nКомиссия құрамы – 9 мүше. Отырысқа 7 мүше қатысты.\n`).body;
  it('kk: "… мәселелері жөніндегі" / "№ 3 тұрақты комиссиясы" is commission 3', () => {
    expect(body('Алматы қаласы Қоғамдық кеңесінің әлеуметтік саясат мәселелері жөніндегі\n№ 3 тұрақты комиссиясы')).toBe('commission 3');
  });
  it('near-miss: "Заседание № 2 постоянной комиссии", "Отырыс № 2 тұрақты комиссиясы" — the meeting\'s number, not the commission\'s', () => {
    expect(body('Заседание № 2 постоянной комиссии Общественного совета города Алматы')).toBe('commission');
    expect(body('Отырыс № 2 тұрақты комиссиясы')).toBe('commission');
  });
  it('near-miss: a commission named by its field alone has no number', () => {
    expect(body('Алматы қаласы Қоғамдық кеңесінің әлеуметтік мәселелер жөніндегі тұрақты комиссиясы')).toBe('commission');
  });
});

describe('the body that consists of the members is whose they are', () => {
  const total = (title: string, sentence: string) => parseReport(`${title}\n\n${sentence}\n`).figures.filter((f) => f.metric === 'members_total').map((f) => f.value);
  it('ru: "Комиссия состоит из 7 членов ОС" in a commission\'s note is no members_total of the council', () => {
    expect(total('Информация комиссии № 1 Общественного совета города Алматы за I квартал 2026 года', 'Комиссия состоит из 7 членов ОС, изменений в составе комиссии за квартал не было.')).toEqual([]);
  });
  it('ru variant: "Рабочая группа насчитывает 5 членов Совета"', () => {
    expect(total('ОТЧЕТ о работе Общественного совета за 2025 год', 'Рабочая группа насчитывает 5 членов Совета.')).toEqual([]);
  });
  it('near-miss: "Общественный совет состоит из 15 членов" is the council\'s', () => {
    expect(total('ОТЧЕТ о работе Общественного совета за 2025 год', 'Общественный совет состоит из 15 членов.')).toEqual([15]);
  });
});
