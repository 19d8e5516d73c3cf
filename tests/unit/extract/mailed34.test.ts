/**
 * Protocols and reports inside e-mails and messengers (session 34, set 112): a reply ON TOP that corrects the draft or the
 * note below it is applied to it — counts ("онлайн 2 емес, 1", "направлено 7, а не 8", "ответы даны по 9, а не по 10"),
 * a question's vote ("2-мәселе бойынша … Дұрысы: жақтап – 9 …"), a member's online mark ("Серікбаев Ж.Қ. … онлайн емес")
 * — and the draft quoted with "> " is read as the protocol (mailReply.ts, correctedVotes.ts applyRepliedVotes,
 * replyOnlineMarks.ts); forwarders' notes above the last forward marker are theirs (mailReply.ts forwardedDocument); a
 * later chat message corrects the report posted above it (chatCorrections.ts); the present count's bracket holding only
 * the part online ("11 мүше (2-еуі онлайн)", readStatedCounts); a title's year in brackets after its part ("қазан айы
 * бойынша есеп (2026 ж.)", readPeriod yearMovedIn).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readPeriod } from '../../../sources/extract/report/readPeriod.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

/** A draft protocol as the secretary sends it, quoted (or not) under `attribution`. */
const draft = (quote: string) => [
  'ОТЫРЫСЫНЫҢ № 4 ХАТТАМАСЫ',
  '2026 жылғы 10 қараша',
  'Кеңес мүшелерінің саны – 13. Отырысқа келгені – 11 мүше (2-еуі онлайн).',
  'Қатысқандар: Омаров Н.С. (төраға), Ысқақова А.Т. (хатшы), Бекжанов Қ.Р., Дәулетова М.Ә., Жақыпова Д.Б. (онлайн),',
  'Құрманов Е.Т., Нұрғалиева С.Б., Серікбаев Ж.Қ. (онлайн), Тоқтаров А.М., Үсенов Б.Ж., Шәріпова Г.Н.',
  'КҮН ТӘРТІБІ:',
  '1. Жылыту маусымы туралы.',
  '2. Өтініштер туралы.',
  '1. ТЫҢДАЛДЫ: Әбдіхалықов Р.',
  'Дауыс беру: жақтап – 11, қарсы – 0, қалыс – 0. Шешім қабылданды.',
  '2. ТЫҢДАЛДЫ: Ысқақова А.Т.',
  'Дауыс беру: жақтап – 10, қарсы – жоқ, қалыс – 1. Шешім қабылданды.',
].map((l) => `${quote}${l}`);

const KK_REPLY = [
  'Kimnen: Nurlybek Omarov <omarov@mail.kz>',
  'Kuni: 2026 ж. 11 қараша, 11:20',
  'Taqyryp: Re: хаттаманың жобасы',
  '',
  'Хаттаманың жобасын оқыдым, екі түзету бар:',
  '1) 2-мәселе бойынша дауыс беру қате жазылған. Дұрысы: жақтап – 9, қарсы – 1, қалыс – 1.',
  '2) Серікбаев Ж.Қ. залда қатысты, онлайн емес. Яғни онлайн 2 емес, 1 мүше.',
  '',
  '> 2026 ж. 10 қараша, 18:05 күні Ақмарал <a@mail.ru> жазды:',
];

describe('a reply on top correcting the draft protocol quoted below it', () => {
  const x = parseProtocol([...KK_REPLY, ...draft('> ')].join('\n'));
  it('the date and number are the protocol\'s, not the mail\'s', () => {
    expect([x.date, x.number]).toEqual(['2026-11-10', '4']);
  });
  it('the corrected vote replaces the draft\'s under its question; the reply\'s votes are no votes', () => {
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[11, 0, 0], [9, 1, 1]]);
  });
  it('the corrected online count and the member\'s mark taken off', () => {
    expect(x.online).toBe(1);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Жақыпова Д.Б.']);
  });
  it('Russian: "по вопросу 2 … верно: за – 8", "Ким А.Б. присутствовал в зале, а не по видеосвязи"', () => {
    const ru = parseProtocol([
      'От: Председатель <p@mail.kz>', 'Отправлено: 11 ноября 2026 г.', 'Тема: Re: проект протокола', '',
      'Есть исправления: по вопросу 2 ошибка в голосовании, верно: за – 8, против – 2, воздержались – 1.',
      'Ким А.Б. присутствовал в зале, а не по видеосвязи.', '',
      '10 ноября 2026 г., в 18:05, Секретарь <s@mail.kz> пишет:',
      '> ПРОТОКОЛ № 4', '> 10.11.2026', '> Присутствовали: 11 членов Совета из 13.',
      '> Присутствовали: Ли В.К., Ким А.Б. (по видеосвязи), Ахметов С.С.',
      '> 1. СЛУШАЛИ: Ли В.К.', '> Голосовали: за – 11, против – 0, воздержались – 0. Решение принято.',
      '> 2. СЛУШАЛИ: Ахметов С.С.', '> Голосовали: за – 9, против – 1, воздержались – 1. Решение принято.',
    ].join('\n'));
    expect([ru.date, ru.number]).toEqual(['2026-11-10', '4']);
    expect(ru.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[11, 0, 0], [8, 2, 1]]);
    expect(ru.attendees.find((a) => a.name.startsWith('Ким'))?.online).toBe(false);
  });
  it('near miss: a reply that corrects nothing ("Рахмет, қол қоямын") leaves the draft as it stands', () => {
    const y = parseProtocol(['Kimnen: Omarov <o@mail.kz>', 'Kimge: a@mail.ru', '', 'Рахмет, бәрі дұрыс, қол қоямын. 2 данасын әкеліңіз.', '', '> Ақмарал <a@mail.ru> жазды:', ...draft('> ')].join('\n'));
    expect(y.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[11, 0, 0], [10, 0, 1]]);
    expect(y.online).toBe(2);
  });
  it('near miss: a member named with the way stated, nothing denied, keeps the draft\'s mark', () => {
    const y = parseProtocol([...KK_REPLY.slice(0, 5), '1) Жақыпова Д.Б. онлайн қатысты, түзету қажет емес жерде.', '2) онлайн 2 емес, 1 мүше.', '', KK_REPLY[8], ...draft('> ')].join('\n'));
    expect(y.attendees.find((a) => a.name.startsWith('Жақыпова'))?.online).toBe(true);
  });
});

describe('a reply on top correcting the report below it', () => {
  const note = (reply: string[], marker: string) => [
    'От: Абенова <os@mail.ru>', 'Кому: Сарыбаев', 'Дата: 2 декабря 2026', '', ...reply, marker,
    'От: Абенова <os@mail.ru>', 'Дата: 1 декабря 2026, 17:20', 'Тема: Информация за ноябрь 2026 г.', '',
    'СПРАВКА о работе Общественного совета за ноябрь 2026 года',
    '1. Поступило 11 обращений граждан; ответы даны по 10. Направлено 8 писем в государственные органы, получено 6 ответов.',
    '2. Проведено 2 мониторинга.',
  ].join('\n');
  it('ru: "направлено 7, а не 8", "ответы даны по 9, а не по 10"', () => {
    const text = note(['Прошу прощения, в справке ниже две неточности:', '– писем направлено 7, а не 8;', '– ответы на обращения даны по 9, а не по 10.', 'Остальные цифры верны.'], '-------- Исходное сообщение --------');
    expect(figure(text, 'letters_sent')).toBe(7);
    expect(figure(text, 'appeals_answered')).toBe(9);
    expect(figure(text, 'monitorings')).toBe(2);
    expect(figure(text, 'appeals_received')).toBe(11);
  });
  it('kk: "хаттар 8 емес, 7 жіберілді" under "… жазды:"', () => {
    const text = [
      'Кімнен: Абенова <os@mail.ru>', 'Кімге: Сарыбаев', '', 'Кешіріңіз, төмендегі анықтамада қате бар: хаттар 8 емес, 7 жіберілді.', '',
      '2026 ж. 1 желтоқсан, 17:20 күні Абенова <os@mail.ru> жазды:',
      '> 2026 жылғы қараша айындағы жұмыс туралы анықтама', '> Мемлекеттік органдарға 8 хат жіберілді, 6 жауап келді.', '> 2 мониторинг өткізілді.',
    ].join('\n');
    expect(figure(text, 'letters_sent')).toBe(7);
    expect(figure(text, 'monitorings')).toBe(2);
  });
  it('near miss: a reply that only covers the report (no correction) keeps the quoted request unread', () => {
    const text = [
      'От: Совет <os@mail.ru>', 'Кому: Акимат', 'Тема: Re: запрос', '', 'Отчет за ноябрь 2026 года', 'Проведено 3 мониторинга.', '',
      '1 декабря 2026 г., в 11:15, Акимат <ak@gov.kz> пишет:', '> Просим представить отчет. Во II квартале было 5 мониторингов и 9 обращений.',
    ].join('\n');
    expect(figure(text, 'monitorings')).toBe(3);
    expect(figure(text, 'appeals_received')).toBeUndefined();
  });
  it('near miss: "проведено 5, а не 4, как в прошлом году" in a report\'s own prose is no correction', () => {
    const x = parseReport('Отчет за ноябрь 2026 года\nПисем направлено 5, а не 4, как в прошлом месяце.');
    expect([...x.figures, ...x.candidates].filter((f) => f.metric === 'letters_sent').map((f) => f.value)).toEqual([5]);
  });
});

describe('a report forwarded on: the forwarders\' notes are theirs', () => {
  const fw = (note: string[]) => [
    'Kimnen: Tolegenova <t@gov.kz>', 'Kuni: 2026 ж. 8 қазан', 'Taqyryp: FW: FW: есеп', '', ...note, '',
    '---------- Жіберілген хабарлама ----------', 'Жіберуші: Бейсенова <k@mail.ru>', 'Күні: 2026 ж. 6 қазан', '', 'Есепті қайта жіберемін.', '',
    '---------- Жіберілген хабарлама ----------', 'Жіберуші: Бейсенова <k@mail.ru>', 'Күні: 2026 ж. 5 қазан', '',
    'Аудан қоғамдық кеңесінің 2026 жылғы ІІІ тоқсандағы жұмысы туралы есеп', 'Тоқсанда 5 мониторинг өткізілді.', 'Тоқсанда 12 өтініш түсті.', 'Мемлекеттік органдарға 7 хат жолданды.',
  ].join('\n');
  it('kk: the district total in the note is not counted, the report\'s period is read', () => {
    const text = fw(['Есеп төменде. Аудандар бойынша жиынтықта барлығы 118 мониторинг көрсетілген.']);
    expect(figure(text, 'monitorings')).toBe(5);
    expect(parseReport(text).period).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });
  it('ru: "---------- Forwarded message ----------" under a note with another district\'s figures', () => {
    const text = fw(['Пересылаю отчет. По области всего 312 мониторингов.']).replace(/Жіберілген хабарлама/gu, 'Forwarded message');
    expect(figure(text, 'monitorings')).toBe(5);
  });
  it('near miss: a report written on top of a forwarded request is read from the top', () => {
    const text = [
      'Отчет о работе Общественного совета за ноябрь 2026 года', 'Проведено 3 мониторинга.', 'Рассмотрено 4 обращения.', 'Направлено 2 письма.',
      'Проведено 1 заседание Совета.', 'Проведено 2 заседания комиссий.', 'Проведен 1 круглый стол.', 'Опубликовано 12 материалов.', 'Секретарь', '',
      '---------- Forwarded message ----------', 'From: akimat <a@gov.kz>', 'Просим отчет.',
    ].join('\n');
    expect(figure(text, 'monitorings')).toBe(3);
  });
});

describe('a later chat message corrects the report posted above it', () => {
  const chat = (correction: string) => [
    '03.11.2026, 09:44 - Ақмарал: Қазан айы бойынша есеп (2026 ж.)', 'Мемлекеттік органдарға 5 хат жіберілді, 3-іне жауап келді.', 'Мониторингтер – 3.', 'Өтініштер – 5.',
    `03.11.2026, 10:12 - Нұрлыбек: ${correction}`, '03.11.2026, 10:15 - Ақмарал: Иә, түзеттім',
  ].join('\n');
  it('kk: "хаттар 5 емес, 6 жіберілді"', () => {
    expect(figure(chat('Ақмарал, хаттар 5 емес, 6 жіберілді.'), 'letters_sent')).toBe(6);
  });
  it('ru: "мониторингов не 3, а 4"', () => {
    expect(figure(chat('Поправьте: мониторингов не 3, а 4.'), 'monitorings')).toBe(4);
  });
  it('near miss: a member\'s message with no correction changes nothing', () => {
    expect(figure(chat('Мониторингтің біреуіне мен де қатыстым.'), 'monitorings')).toBe(3);
  });
});

describe('the part online in brackets after the count present', () => {
  const online = (line: string) => parseProtocol(['ПРОТОКОЛ № 2', '10.11.2026', 'Состав – 13.', line].join('\n')).online;
  it.each([
    ['Отырысқа келгені – 11 мүше (2-еуі онлайн).', 2],
    ['Присутствовали – 11 членов (2 по видеосвязи).', 2],
    ['Отырысқа келгені – 11 мүше (1 онлайн).', 1],
  ])('%s', (line, n) => expect(online(line)).toBe(n));
  it.each(['Присутствовали – 11 членов (2 приглашенных онлайн).', 'Присутствовали – 11 членов (онлайн-трансляция 2 часа).'])('near miss: %s', (line) => {
    expect(online(line)).toBeNull();
  });
});

describe('a title\'s year in brackets or after a comma, behind its part', () => {
  const period = (t: string) => readPeriod([t], undefined, []);
  it.each([
    ['қазан айы бойынша қысқаша есеп (2026 ж.)', { from: '2026-10-01', to: '2026-10-31' }],
    ['Отчет за октябрь (2026 г.)', { from: '2026-10-01', to: '2026-10-31' }],
    ['ІІІ тоқсан бойынша есеп, 2026 жыл', { from: '2026-07-01', to: '2026-09-30' }],
  ])('%s', (t, p) => expect(period(t)).toEqual(p));
  it.each(['Отчет о работе (2026 г.)', 'Есеп (2026 ж.)'])('near miss: %s is the year', (t) => {
    expect(period(t)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('votes of a reply naming no question', () => {
  it('the draft\'s old counts quoted back in the reply are no vote', () => {
    const text = [...KK_REPLY.slice(0, 5), '1) 2-мәселе бойынша дауыс беру қате жазылған. Дұрысы: жақтап – 9, қарсы – 1, қалыс – 1.', '   (Жобада «жақтап – 10, қарсы – жоқ, қалыс – 1» деп тұр.)', '', KK_REPLY[8], ...draft('> ')].join('\n');
    expect(votesOf(text)).toEqual([[11, 0, 0, false, 'adopted'], [9, 1, 1, false, 'adopted']]);
  });
});

describe('a numbered point that is itself the sentence of events held, each dated', () => {
  const report = (line: string, title = 'Отчет за III квартал 2026 года') => parseReport(`${title}\n${line}`);
  const kinds = (line: string, title?: string) => report(line, title).activities.map((a) => `${a.type}@${a.date_start}`);
  it('ru: "5. Проведены публичные слушания (27 августа) и круглый стол «…» (3 сентября)."', () => {
    const x = report('5. Проведены публичные слушания по проекту правил (27 августа) и круглый стол «Город без барьеров» (3 сентября).');
    expect(x.activities.map((a) => a.type)).toEqual(['public_hearing', 'round_table']);
    expect(x.figures.filter((f) => ['public_hearings', 'round_tables'].includes(f.metric)).map((f) => f.value)).toEqual([1, 1]);
  });
  it('ru: "4. На заседании 19 ноября заслушан отчет одного отдела … Проведены круглый стол 13 ноября … и диалоговая площадка 27 ноября (62 участника)."', () => {
    const x = report('4. На заседании 19 ноября заслушан отчет одного отдела – ГУ «Отдел земельных отношений». Проведены круглый стол 13 ноября «Цифровые услуги» и диалоговая площадка 27 ноября с молодежью (62 участника).', 'Отчет за ноябрь 2026 года');
    expect(x.activities.map((a) => a.type).sort()).toEqual(['dialog_platform', 'report_hearing', 'round_table']);
    const fig = (m: string) => x.figures.find((f) => f.metric === m)?.value;
    expect([fig('report_hearings'), fig('round_tables'), fig('dialog_platforms')]).toEqual([1, 1, 1]);
  });
  it('kk: "5. Өткізілді дөңгелек үстел (3 қыркүйек) және семинар (10 қыркүйек)."', () => {
    expect(kinds('5. Өткізілді дөңгелек үстел (2026 жылғы 3 қыркүйек) және семинар (2026 жылғы 10 қыркүйек).', '2026 жылғы ІІІ тоқсандағы есеп')).toHaveLength(2);
  });
  it('near miss: a numbered point naming kinds with no day is no event', () => {
    expect(kinds('5. Проведены круглый стол и семинар.')).toEqual([]);
  });
  it('near miss: a point of the plan ("5. На заседании 19 ноября планируется заслушать отчет") holds no held verb', () => {
    expect(kinds('5. На заседании 19 сентября планируется заслушать отчет отдела образования.')).toEqual([]);
  });
  it('near miss: a bracket of those who came is no count, but a count of events in it is', () => {
    const x = report('Проведен круглый стол «Город» (3 сентября) (12 рекомендаций).');
    expect(x.figures.find((f) => f.metric === 'round_tables')).toBeUndefined();
  });
});

describe('a count\'s heading over lines each opening with a day, no bullet', () => {
  const kk = (body: string) => parseReport(`2026 жылғы ІІІ тоқсандағы жұмысы туралы есеп\n${body}`);
  const ru = (body: string) => parseReport(`Отчет за III квартал 2026 года\n${body}`);
  it('kk: "Мониторингтер (барлығы 3):" over three days in three forms', () => {
    const x = kk('Мониторингтер (барлығы 3):\n2026 жылғы 8 шілдеде – саябақ;\nтамыздың 5-і – аурухана;\n19.08.2026 ж. – мектептер.\n');
    expect(x.activities.map((a) => a.date_start)).toEqual(['2026-07-08', '2026-08-05', '2026-08-19']);
    expect(x.figures.find((f) => f.metric === 'monitorings')?.value).toBe(3);
  });
  it('ru: "Мониторинги – 3:" over "09.07 – …;" lines', () => {
    const x = ru('Мониторинги – 3:\n09.07.2026 – детские площадки;\n30 июля – летний отдых;\n17.09.2026 – готовность школ.\n');
    expect(x.activities).toHaveLength(3);
  });
  it('near miss: a run cut by a line of text is left as it stands (no list counted short)', () => {
    const x = kk('Мониторингтер (барлығы 3):\n2026 жылғы 8 шілдеде – саябақ;\nтамыздың 5-і – аурухана;\nСондай-ақ мектептер тексерілді.\n');
    expect(x.figures.find((f) => f.metric === 'monitorings')?.value).not.toBe(2);
  });
  it('near miss: a heading over paragraphs that open with a day (no dash, no ";") makes no items', () => {
    const x = ru('Мониторинги:\n9 июля 2026 года члены Совета проверили детские площадки, выявлено 5 нарушений\n30 июля 2026 года проверен летний отдых детей, замечаний нет\n');
    expect(x.figures.find((f) => f.metric === 'monitorings')?.value).not.toBe(5);
  });
});

describe('a bracket count after a noun in a sentence opened by "Тоқсанда" (in the quarter, not ninety)', () => {
  it.each([
    ['Тоқсанда қоғамдық тыңдау (1) ұйымдастырылды.', 'public_hearings', 1],
    ['Тоқсанда дөңгелек үстел (2) және семинар (1) өтті.', 'round_tables', 2],
  ])('%s', (line, metric, n) => {
    expect(parseReport(`2026 жылғы ІІІ тоқсандағы есеп\n${line}`).figures.find((f) => f.metric === metric)?.value).toBe(n);
  });
  it('near miss: a number word before the bracket keeps it unread ("бес (6) отырыс")', () => {
    const x = parseReport('2026 жылғы ІІІ тоқсандағы есеп\nКеңестің бес (6) отырысы өтті.');
    expect(x.figures.find((f) => f.metric === 'general_meetings')?.value).not.toBe(6);
  });
});

describe('publications whose list of places after the colon adds up to them', () => {
  const pubs = (line: string, title = '2026 жылғы ІІІ тоқсандағы есеп') => parseReport(`${title}\n${line}`).figures.find((f) => f.metric === 'publications')?.value;
  it('kk: "Әлеуметтік желілер мен сайтта 45 материал жарияланды: Instagram – 25, Facebook – 8, сайт – 12."', () => {
    expect(pubs('Әлеуметтік желілер мен сайтта 45 материал жарияланды: Instagram – 25, Facebook – 8, сайт – 12.')).toBe(45);
  });
  it('ru: "В соцсетях и на сайте размещено 30 материалов: Instagram – 20, сайт – 10."', () => {
    expect(pubs('В соцсетях и на сайте размещено 30 материалов: Instagram – 20, сайт – 10.', 'Отчет за III квартал 2026 года')).toBe(30);
  });
  it('near miss: a list that does not add up leaves the count a place\'s', () => {
    expect(pubs('Әлеуметтік желілер мен сайтта 45 материал жарияланды: Instagram – 25, Facebook – 8, сайт – 10.')).toBeUndefined();
  });
});

describe('those present said as the members of whom so many came, or as those in the room and on the line', () => {
  const present = (line: string) => parseProtocol(['ХАТТАМА № 1', '03.12.2026', 'Кеңес құрамы – 17 мүше.', line].join('\n')).present;
  it.each([
    ['Отырысқа кеңес мүшелерінен 13 адам келді, 3-еуі ZOOM арқылы қосылды.', 13],
    ['Кеңес мүшелерінің 13-і келді.', 13],
    ['В зале и на связи – 12 членов Совета.', 12],
    ['Залда және байланыста – 12 мүше.', 12],
  ])('%s', (line, n) => expect(present(line)).toBe(n));
  it.each(['Отырысқа тұрғындардан 20 адам келді.', 'На связи были 12 членов рабочей группы.'])('near miss: %s', (line) => {
    expect(present(line)).toBeNull();
  });
});

describe('in the room and on the line: not a joint meeting\'s total', () => {
  it('near miss: "Всего в зале и на связи 17 членов двух советов" is no council\'s present', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 3', '27.05.2026', 'Всего в зале и на связи 17 членов двух советов.'].join('\n'));
    expect(x.present).not.toBe(17);
  });
});
