// Classes of the twelfth held-out set, protocols: a protocol pasted out of an e-mail or a chat (the envelope's dates and
// names are not the meeting's), an earlier protocol's number named in a sentence, sub-items under agenda items, agenda
// headings of a written poll and in the locative, Cyrillic Roman numerals, lettered lists of those present.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const PROTOCOL_RU = 'ОБЩЕСТВЕННЫЙ СОВЕТ ГОРОДА АКСУ\n\nПРОТОКОЛ № 11\nзаседания Общественного совета\n\nг. Аксу\n17 сентября 2025 года, 14:30\n\nПрисутствовали 15 членов Совета.\n';
const PROTOCOL_KK = 'ШАХТИНСК ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\nПРЕЗИДИУМЫ\n\nсырттай дауыс беру тәсілімен өткізілген отырыстың\nХАТТАМАСЫ № 4\n\nШахтинск қ.\t\t\t2025 жылғы 23 сәуір\n\nПрезидиумның құрамы – 9 мүше.\n';
const header = (text: string) => {
  const x = parseProtocol(text);
  return { number: x.number, date: x.date, body: x.body };
};

describe('a protocol pasted out of an e-mail or a chat: the header is the protocol\'s, not the envelope\'s', () => {
  it.each([
    ['Outlook, ru fields, a letter and a marker', 'От: Секретариат ОС <os@mail.kz>\nОтправлено: 24 апреля 2025 г. 18:42\nКому: Президиум ОС; Иванова А.\nТема: протокол № 9 (исправленный)\n\nУважаемые коллеги!\nНаправляю протокол.\n\n-----Текст протокола-----\n\n'],
    ['a forward, quoted', '> -------- Пересылаемое сообщение --------\n> 18.09.2025, 09:14, "Общественный совет г. Аксу" <os_aksu@inbox.kz>:\n\n'],
    ['Gmail forward, en fields', '---------- Forwarded message ---------\nFrom: Council <os@gmail.com>\nDate: Thu, 18 Sep 2025 at 09:14\nSubject: Fwd: протокол\nTo: <chair@mail.kz>\n\n'],
    ['a reply\'s attribution', 'Спасибо, получил.\n\n18.09.2025, 09:14, Секретарь ОС <os@inbox.kz> пишет:\n\n'],
    ['kk mail fields', 'Кімнен: Кеңес хатшысы <os@mail.kz>\nЖіберілді: 2025 жылғы 24 сәуір\nКімге: Президиум мүшелері\nТақырып: хаттама\n\nҚұрметті әріптестер!\n\n'],
    ['a WhatsApp chat', '[18.09.2025, 19:02] Күләш (хатшы): Хаттама / протокол бүгінгі жиналыс 🙏\n[18.09.2025, 19:03] Күләш (хатшы): \n\n'],
    ['an Android chat export', '18.09.2025, 19:02 - Күләш: протокол бүгінгі жиналыс\n18.09.2025, 19:03 - Күләш: жалғасы\n\n'],
    ['a Telegram copy', 'Секретарь ОС, [18.09.2025 19:02]\nПротокол вчерашнего заседания\n\n'],
  ])('%s, ru protocol', (_what, envelope) => {
    expect(header(envelope + PROTOCOL_RU)).toEqual({ number: '11', date: '2025-09-17', body: 'council' });
  });

  it('a presidium\'s protocol in a mail addressed to the council\'s presidium ("Кому: Президиум ОС")', () => {
    const mail = 'От: Секретариат ОС г.Шахтинск <os.shakhtinsk@mail.kz>\nОтправлено: 24 апреля 2025 г. 18:42\nКому: Президиум ОС; Бекмұхамбетова Гүлжан\nТема: ХАТТАМА № 4 / сырттай дауыс беру қорытындысы\n\nҚұрметті Президиум мүшелері!\n\nХаттаманың мәтінін төменде жіберемін.\n\n-----Хаттама мәтіні-----\n\n';
    expect(header(mail + PROTOCOL_KK)).toEqual({ number: '4', date: '2025-04-23', body: 'presidium' });
    // The council's own protocol in a mail sent to the presidium: the council met.
    const council = PROTOCOL_KK.replace('ПРЕЗИДИУМЫ\n', '');
    expect(header(mail + council).body).toBe('council');
  });

  it('a summary told in the mail itself keeps its subject: the protocol\'s number and date named there', () => {
    const x = header('Тема: Итоги заседания ОС от 19.03.2025 (протокол № 2)\nОт: Секретариат ОС <os@mail.kz>\nКому: члены ОС\nОтправлено: ср, 20.03.2025, 18:47\n\nУважаемые коллеги!\nПо списку в Совете 19 членов.\n');
    expect(x).toEqual({ number: '2', date: '2025-03-19', body: 'council' });
  });

  it('a mail\'s sent date alone is not the meeting\'s date (no data is not a figure)', () => {
    expect(header('От: Секретариат <os@mail.kz>\nОтправлено: 20.03.2025, 18:47\nКому: члены совета\nТема: итоги\n\nКоллеги, заседание прошло, кворум был.\n').date).toBeNull();
  });

  it('near-misses: a protocol form\'s own "Дата:" field, and "От:" alone, are no envelope', () => {
    expect(header('ПРОТОКОЛ № 5\nзаседания Общественного совета\nДата: 12.03.2025\nМесто: актовый зал\n')).toEqual({ number: '5', date: '2025-03-12', body: 'council' });
    expect(header('ПРОТОКОЛ № 5\nзаседания Общественного совета\nот: 12.03.2025\n').date).toBe('2025-03-12');
  });

  it('near-miss: a meeting\'s date and hours ("26.06.2025, 10:00–12:15", "26.06.2025, 10:00 - Место: зал") are no chat stamp', () => {
    expect(header('Общественный совет при акимате области\n\nПРОТОКОЛ заседания\n№ 5\n\n26.06.2025, 10:00–12:15\nМесто: зал\n')).toEqual({ number: '5', date: '2025-06-26', body: 'council' });
    expect(header('Общественный совет\nПРОТОКОЛ № 5\n26.06.2025, 10:00 - Место: зал\n').date).toBe('2025-06-26');
  });
});

describe('an earlier protocol named in a sentence is not this protocol\'s number', () => {
  it.each([
    ['Негіздеме: Президиумның 2025 жылғы 12 наурыздағы № 3 хаттамасы.', '4'],
    ['(Қоғамдық кеңестің 2025 жылғы 20 мамырдағы № 3 хаттамасы).', '4'],
    ['Өткен отырыста (2024 жылғы 28 наурыз, № 3 хаттама) шешілді.', '4'],
  ])('%s', (sentence, n) => {
    expect(parseProtocol(`ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ\nХАТТАМАСЫ № 4\n${sentence}\n2025 жылғы 23 сәуір\n`).number).toBe(n);
  });

  it.each([
    ['№ 5 ХАТТАМА\nҚоғамдық кеңес отырысы', '5'],
    ['ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ № 4 ХАТТАМАСЫ', '4'],
    ['Қоғамдық кеңестің көшпелі отырысының № 3 ХАТТАМАСЫ', '3'],
  ])('the title\'s own "№ N ХАТТАМА": %s', (title, n) => {
    expect(parseProtocol(`${title}\n2025 жылғы 23 сәуір\n`).number).toBe(n);
  });
});
