/**
 * Documents that arrived by e-mail (session 42, set 179) and CSV exports run into one line (set 175): a forward's marker
 * heads the earlier message a correction on top applies to (mailReply.ts markerOf); a reply carrying the whole revised
 * protocol blanks the first version quoted below it (mailedDocument); a copy's "То:" / "Сс:" in Cyrillic letters still a
 * header; a correction placed by a short word only as a word of its own ("за" is no "заседаний", statedCorrections.ts
 * placeOf) and by a Latin name with its Kazakh case ("Instagram-да 17 емес, 19", correctedCounts.ts); a reply's "по второму
 * вопросу" and a section opened by a number and the speaker's name (correctedVotes.ts); the result told before its counts
 * (restatedVotes.ts); "Итого 2 – без замечаний" (figures.json); a list heading's "– всего N" (checkListTotal.ts); a
 * numbered item closed by the word for all (readVotes.ts); a CSV export run into one line (csvRunOnRows.ts).
 * People and figures are invented; the phrasings are the documents' and variants of them.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { csvRunOnRows } from '../../../sources/extract/csvRunOnRows.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const media = (text: string, platform: string) => parseReport(text).media.find((m) => m.platform === platform)?.publications;
const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

const QUOTED_PROTOCOL = [
  '> ОБЩЕСТВЕННЫЙ СОВЕТ АККУЛИНСКОГО РАЙОНА',
  '> Протокол заседания № 10',
  '> 08.12.2026',
  '> Количество членов совета: 15',
  '> Присутствовали: 13 (онлайн – 2)',
  '>',
  '> ПОВЕСТКА ДНЯ:',
  '> 1. О качестве питьевой воды.',
  '> 2. Об итогах года.',
  '>',
  '> 1. Лысенко В.Г.: отобрано 212 проб.',
  '> За – 13 / Против – 0 / Воздерж. – 0. Решение принято.',
  '>',
  '> 2. Демченко В.И.: совет провел 10 заседаний.',
  '> За – 10 / Против – 2 / Воздерж. – 1. Решение принято.',
];

describe('a forwarded protocol corrected on top (set 179\'s Akkuly)', () => {
  const forward = (top: string[], marker: string) => ['От: Шевченко Наталья <os@inbox.ru>', 'Дата: 9 декабря 2026 г., 12:31', 'Тема: Fwd: Протокол № 10 - ИСПРАВЛЕНИЕ', '',
    ...top, '', marker, 'От: Шевченко Наталья <os@inbox.ru>', 'Дата: 8 декабря 2026 г., 17:54', 'Тема: Протокол № 10', '', ...QUOTED_PROTOCOL].join('\n');
  const RU_TOP = ['Прошу заменить вчерашний вариант, нашла две ошибки:', '- онлайн было 3, а не 2.', '- По второму вопросу неверно записаны голоса. Правильно: за – 9, против – 3, воздержался – 1.'];
  it('ru: "Пересылаемое сообщение" under the correction: online 3, item 2 read 9/3/1', () => {
    const text = forward(RU_TOP, '---------- Пересылаемое сообщение ----------');
    expect(parseProtocol(text).online).toBe(3);
    expect(votesOf(text)).toEqual([[13, 0, 0, false, 'adopted'], [9, 3, 1, false, 'adopted']]);
  });
  it('variant: "---------- Forwarded message ---------" and "по второму вопросу" in lower case', () => {
    const text = forward(['Исправление:', '- по второму вопросу голоса записаны неверно. Правильно: за – 9, против – 3, воздержался – 1.'], '---------- Forwarded message ----------');
    expect(votesOf(text)).toEqual([[13, 0, 0, false, 'adopted'], [9, 3, 1, false, 'adopted']]);
  });
  it('kk: "Жіберілген хабарлама" under "екінші мәселе бойынша … Дұрысы"', () => {
    const text = forward(['Хаттамада қате бар:', '- 2-мәселе бойынша дауыс беру қате жазылған. Дұрысы: жақтап – 9, қарсы – 3, қалыс – 1.'], '---------- Жіберілген хабарлама ----------');
    expect(votesOf(text)).toEqual([[13, 0, 0, false, 'adopted'], [9, 3, 1, false, 'adopted']]);
  });
  it('near miss: a forward whose note corrects nothing leaves the quoted votes as they are', () => {
    const text = forward(['Пересылаю протокол, подписанный экземпляр привезу в пятницу.'], '---------- Пересылаемое сообщение ----------');
    expect(parseProtocol(text).online).toBe(2);
    expect(votesOf(text)).toEqual([[13, 0, 0, false, 'adopted'], [10, 2, 1, false, 'adopted']]);
  });
});

describe('a reply carrying the revised protocol whole: the first version below counts for nothing (set 179\'s Zhangeldi)', () => {
  const REVISED = ['П Р О Т О К О Л  № 8', 'заседания Общественного совета', '21.10.2026 г.', 'Всего членов Общественного совета – 9.', 'Присутствовали 8 членов совета, в т.ч. двое – онлайн.',
    'Повестка дня:', '1. Об уборочной кампании.', '2. О ставках налога.', '',
    '1. СЛУШАЛИ: Омарова Т.Ж.', 'Голосование: за – 7, против – 0, воздержались – 1. Решение принято.', '',
    '2. СЛУШАЛИ: Жусупову А.', 'РЕШИЛИ (принято большинством голосов): рекомендовать маслихату не повышать ставки.', 'Голосование: за – 5, против – 2, воздержались – 1.'];
  const reply = (intro: string[], revised: string[], marker: string[]) => ['От: Куанова Салтанат <torgai.os@mail.kz>', 'Отправлено: 22 октября 2026 г. 11:06', 'Тема: RE: Протокол ОС №8 — исправленная редакция', '',
    ...intro, '', ...revised, '', ...marker, '> Присутствовали 7 членов совета, в т.ч. двое – онлайн.', '> ...', '> 2. ... Голосование: за – 5, против – 1, воздержались – 1.'].join('\n');
  const ORIGINAL = ['-----Original Message-----', 'From: Куанова Салтанат <torgai.os@mail.kz>', 'Sent: Wednesday, October 21, 2026 5:48 PM', 'Subject: Протокол ОС №8', ''];
  it('ru: the revised text\'s 8 present and 5/2/1 adopted; the quoted 7 and 5/1/1 never read', () => {
    const text = reply(['Направляю исправленную редакцию протокола № 8, в первом варианте (он ниже) были ошибки.', 'Прошу пользоваться только этой редакцией.'], REVISED, ORIGINAL);
    expect(parseProtocol(text).present).toBe(8);
    expect(votesOf(text)).toEqual([[7, 0, 1, false, 'adopted'], [5, 2, 1, false, 'adopted']]);
  });
  it('kk: "Хаттаманың түзетілген нұсқасы" over "… жазды:" and the quoted draft', () => {
    const kk = ['ОТЫРЫСЫНЫҢ № 8 ХАТТАМАСЫ', '2026 жылғы 21 қазан', 'Кеңес мүшелерінің саны – 9. Отырысқа 8 мүше қатысты.', 'КҮН ТӘРТІБІ:', '1. Егін жинау туралы.', '',
      '1. ТЫҢДАЛДЫ: Омаров Т.Ж.', 'Дауыс беру: жақтап – 7, қарсы – 0, қалыс – 1. Шешім қабылданды.'];
    const text = reply(['Хаттаманың түзетілген нұсқасын жіберемін, тек осы нұсқаны пайдаланыңыз.'], kk, ['2026 ж. 21 қаз., сағ. 17:48 Куанова Салтанат <torgai.os@mail.kz> жазды:']);
    expect(parseProtocol(text).present).toBe(8);
    expect(votesOf(text)).toEqual([[7, 0, 1, false, 'adopted']]);
  });
  it('near miss: a result before counts of the NEXT question stays two votes', () => {
    const text = ['ПРОТОКОЛ № 3', '12.03.2026', '', '1. СЛУШАЛИ: Иванова', 'РЕШИЛИ (принято большинством голосов): рекомендовать.', '2. СЛУШАЛИ: Петрова', 'Голосование: за – 5, против – 2, воздержались – 1.'].join('\n');
    expect(votesOf(text)).toEqual([[null, null, null, false, 'adopted'], [5, 2, 1, false, null]]);
  });
  it('a copy\'s "То:" / "Сс:" typed in Cyrillic letters are still the forward\'s header: the protocol below is read', () => {
    const text = ['From: Байжанова Ляззат <os@mail.kz>', 'Sent: Friday, November 13, 2026 9:47 AM', 'То: Отдел <ovp@abai.gov.kz>', 'Сс: Сыздыков Ерлан <s@mail.kz>', 'Subject: FW: протокол от 12.11.2026 № 9', '',
      'Пересылаю протокол вчерашнего заседания.', '', '-----Original Message-----', 'From: Байжанова Ляззат <os@mail.kz>', 'Subject: протокол № 9', '',
      'ПРОТОКОЛ № 9', '12 ноября 2026 года', 'Состав Общественного совета – 13 человек.', 'Участвуют в заседании 11 членов совета.'].join('\n');
    expect(parseProtocol(text).present).toBe(11);
    expect(parseProtocol(text).members_total).toBe(13);
  });
});

describe('a reply\'s correction placed where its count stands', () => {
  const report = (top: string[], quoted: string[]) => ['От: Байжанова Ляззат <os@mail.kz>', 'Дата: 07.10.2026 10:22', 'Тема: Re: Информация ОС за 9 месяцев - уточнение', '',
    ...top, '', '05.10.2026 17:03, Байжанова Ляззат пишет:', ...quoted.map((l) => `> ${l}`)].join('\n');
  const QUOTED = ['ИНФОРМАЦИЯ о работе Общественного совета за январь – сентябрь 2026 года', '',
    '2. Заседания. Проведено 7 заседаний Общественного совета и 11 заседаний постоянных комиссий.', '', '4. Общественный мониторинг проведен 11 раз.'];
  it('ru (set 179\'s Kokpekty): "мониторингов за 9 месяцев проведено 9, а не 11" — "за" names no "заседаний"', () => {
    const text = report(['В письме ниже ошибка:', '- мониторингов за 9 месяцев проведено 9, а не 11.'], QUOTED);
    expect(figure(text, 'monitorings')).toBe(9);
    expect(figure(text, 'commission_meetings')).toBe(11);
  });
  it('kk (set 179\'s Oiyl): "Instagram-да 17 емес, 19 жарияланым", "Telegram-да 12 емес, 10"', () => {
    const kk = (top: string) => ['Жіберуші: Ермекова Гаухар <oiyl@mail.kz>', 'Күні: 2026 ж. 8 қазан, 17:26', 'Тақырып: Re: 9 айдың есебі', '', top, '',
      '> 2026 ж. 7 қаз., сағ. 12:03 Ермекова Гаухар <oiyl@mail.kz> жазды:', '> ҚОҒАМДЫҚ КЕҢЕСІНІҢ 2026 ЖЫЛҒЫ ҚАҢТАР–ҚЫРКҮЙЕК АЙЛАРЫНДАҒЫ ЖҰМЫСЫ', '>',
      '> Жарияланымдар саны – 44: Instagram – 17, Facebook – 15, Telegram – 12.'].join('\n');
    expect(media(kk('Кешіріңіз, қате кетті: Instagram-да 17 емес, 19 жарияланым болды, жалпы саны 44 емес, 46.'), 'instagram')).toBe(19);
    expect(media(kk('Кешіріңіз, қате кетті: Telegram-да 12 емес, 10 жарияланым болды.'), 'telegram')).toBe(10);
    expect(media(kk('Кешіріңіз, қате кетті: Telegram-да 12 емес, 10 жарияланым болды.'), 'instagram')).toBe(17);
  });
  it('near miss: a correction whose words name two lines alike places nothing', () => {
    const text = report(['В письме ниже ошибка:', '- проведено 9, а не 11.'], QUOTED);
    expect(figure(text, 'monitorings')).toBe(11);
    expect(figure(text, 'commission_meetings')).toBe(11);
  });
});

describe('the drafts\' split summed up with no participle (set 179\'s Zhangeldi)', () => {
  const report = (npa: string) => ['Отчет о работе Общественного совета за первое полугодие 2026 года', '', npa].join('\n');
  it('ru: "рассмотрено 3, все поддержаны, … Итого 2 – без замечаний, 1 – с замечаниями" → approved 2, never 3', () => {
    const text = report('Проекты НПА: рассмотрено 3, все поддержаны, по одному направлены рекомендации о доработке. Итого 2 – без замечаний, 1 – с замечаниями.');
    expect([figure(text, 'npa_reviewed'), figure(text, 'npa_approved'), figure(text, 'npa_with_remarks')]).toEqual([3, 2, 1]);
  });
  it('kk: "НҚА жобалары: 3 жоба қаралды. Барлығы 2 – ескертусіз, 1 – ескертулермен."', () => {
    const text = ['2026 жылғы бірінші жарты жылдағы Қоғамдық кеңестің жұмысы туралы есеп', '', 'НҚА жобалары: 3 жоба қаралды. Барлығы 2 – ескертусіз, 1 – ескертулермен.'].join('\n');
    expect(figure(text, 'npa_approved')).toBe(2);
  });
  it('near miss: a monitoring\'s "2 – без замечаний" is no draft approved', () => {
    const text = report('Мониторинги: проведено 5, итого 2 – без замечаний, по 3 выданы рекомендации.');
    expect(figure(text, 'npa_approved')).toBeUndefined();
  });
});

describe('a list heading\'s "– всего N" is its stated count: a longer list gives no figure', () => {
  const report = (heading: string) => ['ИНФОРМАЦИЯ о работе Общественного совета за январь – сентябрь 2026 года', '', heading,
    '  - 12.02.2026 – школьное питание;', '  - 26.02.2026 – работа ЦОН;', '  - 15.04.2026 – рынок;', '  - Самарский с.о. – подвоз школьников.'].join('\n');
  it('ru: "Общественный мониторинг – всего 3:" over four items: 4 is no figure (set 179\'s Kokpekty)', () => {
    expect(figure(report('4. Общественный мониторинг – всего 3:'), 'monitorings')).not.toBe(4);
  });
  it('kk: "Қоғамдық мониторинг – барлығы 3:" over four items', () => {
    expect(figure(report('4. Қоғамдық мониторинг – барлығы 3:'), 'monitorings')).not.toBe(4);
  });
});

describe('a numbered item closed by the word for all is that item\'s vote (set 175\'s Akmola)', () => {
  const protocol = (last: string) => ['ХАТТАМА № 8', '18.11.2026', '', 'КҮН ТӘРТІБІ:', '1. Жол туралы.', '2. Әртүрлі.', '', '1. ТЫҢДАЛДЫ: Ахметжанов С.Б.',
    'Дауыс беру: жақтап – 9, қарсы – 0, қалыс – 0.', last].join('\n');
  it('kk: "2. ӘРТҮРЛІ. … талқылауға ұсыну туралы. Бірауыздан." is a second vote, unanimous, nothing declared', () => {
    expect(votesOf(protocol('2. ӘРТҮРЛІ. Кеңестің 2027 жылғы жұмыс жоспарының жобасын келесі отырыста талқылауға ұсыну туралы. Бірауыздан.')))
      .toEqual([[9, 0, 0, false, null], [null, null, null, true, null]]);
  });
  it('near miss: "единогласно" inside a long sentence of the item is no vote of its own', () => {
    expect(votesOf(protocol('2. ӘРТҮРЛІ. Члены совета единогласно отметили, что жоспар жобасын келесі отырыста талқылау қажет деп есептеді және ұсынды.'))).toHaveLength(1);
  });
});

describe('a CSV export a PDF ran into one line (set 175\'s ZKO transport)', () => {
  it('the registration with its header in the line: rows told apart before each row\'s number', () => {
    expect(csvRunOnRows('№;ФИО;Статус;Форма участия;Причина отсутствия 1;Габбасов Руслан Маратович;присутствовал;очно; 2;Гончаров Сергей Владимирович;отсутствовал;;больничный лист 3;Федорова Наталья Игоревна;присутствовала;онлайн;'))
      .toEqual(['№\tФИО\tСтатус\tФорма участия\tПричина отсутствия', '1\tГаббасов Руслан Маратович\tприсутствовал\tочно\t', '2\tГончаров Сергей Владимирович\tотсутствовал\t\tбольничный лист', '3\tФедорова Наталья Игоревна\tприсутствовала\tонлайн\t']);
  });
  it('the votes under their header above: rows told apart before each quoted question', () => {
    expect(csvRunOnRows('Повестка дня;11;0;0;Принято "1. Тариф, г. Уральск, 2027 г.";8;2;1;Принято "2. Дороги";единогласно;;;Принято', 'Вопрос;За;Против;Воздержались;Итог'))
      .toEqual(['Повестка дня\t11\t0\t0\tПринято', '1. Тариф, г. Уральск, 2027 г.\t8\t2\t1\tПринято', '2. Дороги\tединогласно\t\t\tПринято']);
  });
  it('read as votes in a protocol', () => {
    const text = ['ПРОТОКОЛ № 10', '09 декабря 2026 г.', '', 'Голосование (выгрузка из системы, разделитель «;»):', 'Вопрос;За;Против;Воздержались;Итог',
      'Повестка дня;11;0;0;Принято "1. Тариф, г. Уральск, 2027 г.";8;2;1;Принято "2. Рабочая группа";3;7;1;Отклонено'].join('\n');
    expect(votesOf(text)).toEqual([[11, 0, 0, false, 'adopted'], [8, 2, 1, false, 'adopted'], [3, 7, 1, false, 'rejected']]);
  });
  it('near misses: a sentence\'s semicolons and rows whose numbers do not run stay unread', () => {
    expect(csvRunOnRows('Решили: 1) принять к сведению; 2) рекомендовать отделу; 3) направить письмо; 4) провести мониторинг; 5) доложить 12 марта; 6) итоги 3; 7) иное')).toBeNull();
    expect(csvRunOnRows('№;ФИО;Статус;Форма;Причина 1;Габбасов Р.М.;был;очно; 5;Гончаров С.В.;был;очно; 2;Федорова Н.И.;была;онлайн;')).toBeNull();
  });
});

describe('a Word table with a column of notes beside its counts (set 175\'s Akmola: "Показатель | Значение | Примечание")', () => {
  const table = (head: string[], rows: string[][]) => ['Информация о работе Общественного совета за 9 месяцев 2026 года', '', ...[head, ...rows].flat().map((c) => `\t${c}`), ''].join('\n');
  it('ru: the counts read, an empty value beside its note no reason to drop the table', () => {
    const text = table(['Показатель', 'Значение', 'Примечание'], [['Заседания Совета', '6', 'в т.ч. 1 выездное (с. Зеренда, 21.05.2026)'], ['Мониторинги', '5', ''], ['Меморандумы', '', 'не заключались'], ['Круглые столы', '2', '']]);
    expect([figure(text, 'general_meetings'), figure(text, 'monitorings'), figure(text, 'round_tables')]).toEqual([6, 5, 2]);
  });
  it('kk: "Көрсеткіш | Мәні | Ескертпе"', () => {
    const text = table(['Көрсеткіш', 'Мәні', 'Ескертпе'], [['Кеңес отырыстары', '6', 'оның ішінде 1 көшпелі'], ['Мониторингтер', '5', ''], ['Дөңгелек үстелдер', '2', '']]);
    expect([figure(text, 'general_meetings'), figure(text, 'monitorings')]).toEqual([6, 5]);
  });
  it('near miss: a third column of words not headed as notes still keeps the table unread', () => {
    const text = table(['Показатель', 'Значение', 'Ответственный'], [['Заседания Совета', '6', 'секретарь Иванова'], ['Мониторинги', '5', 'комиссия № 2'], ['Круглые столы', '2', 'председатель']]);
    expect(figure(text, 'monitorings')).toBeUndefined();
  });
});
