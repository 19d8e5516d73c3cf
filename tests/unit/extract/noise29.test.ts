// Classes of documents typed in a hurry and passed through several hands (held-out set 81, session 29), each with variants
// of its own and a near-miss that must give nothing: a number glued to its word ("құрамында21", "провели5", "7заседаний"); a
// word a paste broke across two lines with no hyphen ("пр" / "инято", "(по видео" / "связи)"); a member's name left in a
// stray pair of quotes in a bulleted list; an agenda bulleted instead of numbered; a column of names under a sentence that
// counts those present, no heading between; "Отырыста 12 мүше болды (2-еуі онлайн)"; list items that open with their count
// and noun ("\t2 қоғамдық тыңдау – …;" / "\t1 дөңгелек үстел – …;"), one event told by its count of one before its type; a
// bulleted section title in capitals; platforms a row each over a total row that names the publications; "ушло 8 писем, по 6
// пришли ответы"; "азаматтық қоғам – 10" and "шыққандар жоқ" with a word left out; the members' replies between a chat's messages of the protocol. The people are
// invented; the phrasings are the set's and others.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { rejoinBrokenWords, repairCopy, spacedNumbers } from '../../../sources/extract/repairCopy.ts';

const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 5', '16.09.2026', '', ...lines].join('\n'));
const votes = (lines: string[]) => protocol(lines).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const report = (lines: string[]) => parseReport(lines.join('\n'));
const figure = (x: ReturnType<typeof report>, metric: string) => x.figures.find((f) => f.metric === metric)?.value;
const dated = (x: ReturnType<typeof report>) => x.activities.map((a) => `${a.type} ${a.date_start}`);

describe('a number glued to its word', () => {
  it('set 81 Alatau: "Кеңес құрамында21 мүше", "ішінде3-еуі", "14мониторинг", "12отырыс"', () => {
    expect(spacedNumbers('Кеңес құрамында21 мүше.Қатысқандар:17 мүше (оның ішінде3-еуі ZOOM арқылы).')).toBe('Кеңес құрамында 21 мүше.Қатысқандар:17 мүше (оның ішінде 3-еуі ZOOM арқылы).');
    expect(spacedNumbers('кеңес 14мониторинг өткізіп,12отырыс ұйымдастырды')).toBe('кеңес 14 мониторинг өткізіп,12 отырыс ұйымдастырды');
  });
  it('variant ru: "провели5 мониторингов, 7заседаний" — glued on either side', () => {
    expect(spacedNumbers('Совет провели5 мониторингов, 7заседаний')).toBe('Совет провели 5 мониторингов, 7 заседаний');
  });
  it('variant: a table typed with spaces keeps its columns — the gap after gives up the space', () => {
    expect(spacedNumbers('Заседаний7    5   2')).toBe('Заседаний 7   5   2');
  });
  it('near-miss: a number\'s own ending, a year\'s letter, a short unit, Latin and a sign stay as typed', () => {
    const line = '2025ж. 1інші 3еуі 5млн №5 COVID19 22.04.2026ж.';
    expect(spacedNumbers(line)).toBe(line);
  });
  it('variant ru: a sentence of counts each glued to the word before ("Присутствовали12 членов Совета из15, из них2 – онлайн.")', () => {
    const x = protocol(['Присутствовали12 членов Совета из15, из них2 – онлайн.']);
    expect([x.members_total, x.present, x.online]).toEqual([15, 12, 2]);
  });
  it('the whole protocol reads the council\'s size glued to its word (kk), and a report its count glued after (ru)', () => {
    expect(protocol(['Кеңес құрамында21 мүше. Отырысқа 17 мүше қатысты.']).members_total).toBe(21);
    const x = report(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД', '', 'За отчетный период Совет провел8 заседаний.']);
    expect(figure(x, 'general_meetings')).toBe(8);
  });
});

describe('a word a paste broke across two lines', () => {
  it('set 81 Bostandyk: "Решение пр" / "инято." is the vote\'s result', () => {
    expect(votes(['РЕШИЛИ: информацию принять к сведению.', 'Голосовали: за-11, против-0, воздерж.-2. Решение пр', 'инято.']))
      .toEqual([[11, 0, 2, 'adopted']]);
  });
  it('variant kk: "Шешім қабыл" / "данбады." — the break anywhere inside the word', () => {
    expect(votes(['ШЕШІМ: ұсынысты қолдау.', 'Жақтап – 3, қарсы – 6, қалыс – 1. Шешім қабыл', 'данбады.'])).toEqual([[3, 6, 1, 'rejected']]);
  });
  it('variant: a word the document writes whole elsewhere ("бөлім" / "і," where "бөлімі" stands further on)', () => {
    expect(rejoinBrokenWords(['ауданының ішкі саясат бөлім', 'і, 26.03.2026 – кәсіпкерлік бөлімі.'])).toEqual(['ауданының ішкі саясат бөлімі,', '26.03.2026 – кәсіпкерлік бөлімі.']);
  });
  it('variant: the report\'s nouns and verbs broken ("обраще" / "ний", "жүр" / "гізілді", "өті" / "ніш")', () => {
    expect(figure(report(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД', '', 'Поступило 12 обраще', 'ний граждан.']), 'appeals_received')).toBe(12);
    const kk = report(['ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЕСЕБІ', '', 'Есепті кезеңде 7 мониторинг жүр', 'гізілді, кеңеске 15 өті', 'ніш түсті.']);
    expect([figure(kk, 'monitorings'), figure(kk, 'appeals_received')]).toEqual([7, 15]);
  });
  it('near-miss: two words, each whole ("дауыс" / "берді", "Решение" / "принято") stay two', () => {
    const lines = ['Шешім жобасын 11 мүше жақтап, 1 мүше қалыс қалып дауыс', 'берді. Решение', 'принято. Поступило 12 обращений от', 'граждан.'];
    expect(rejoinBrokenWords(lines)).toEqual(lines);
  });
  it('the online mark broken in its bracket: "(по видео" / "связи)" — and "по видео связи" typed apart', () => {
    const x = protocol(['Присутствовали:', '1. Иванов И.И.', '2. Петров П.П. (по видео', 'связи)', '3. Сидоров С.С. (по видео связи)', '', 'ПОВЕСТКА ДНЯ:', '1. О плане.']);
    expect(x.attendees.map((a) => a.online)).toEqual([false, true, true]);
  });
});

describe('a member\'s name in a stray pair of quotes', () => {
  it('set 81 Alatau: "• \\"Нұрмағамбетова Ж.Т.\\"" does not end the list of those present', () => {
    const x = protocol(['Қатысқандар:', '• Жүнісова А.Б.', '• "Нұрмағамбетова Ж.Т."', '▪ Иманбаева Ф.Т. (ZOOM арқылы)', '', 'Қатыспағандар:', '• Ли О.В. – іссапарда']);
    expect(x.attendees.map((a) => `${a.name} ${a.online}`)).toEqual(['Жүнісова А.Б. false', 'Нұрмағамбетова Ж.Т. false', 'Иманбаева Ф.Т. true']);
  });
  it('variant ru: a numbered list, angle quotes and a full name with its mark after the quotes', () => {
    const x = protocol(['Присутствовали:', '1. Петрова А.С.', '2. «Ахметов Бауыржан Серикович» (онлайн)', '3. Ким В.О.', '', 'ПОВЕСТКА ДНЯ:', '1. О плане.']);
    expect(x.attendees.map((a) => `${a.name} ${a.online}`)).toEqual(['Петрова А.С. false', 'Ахметов Бауыржан Серикович true', 'Ким В.О. false']);
  });
  it('near-miss: an organisation\'s name quoted alone is no member', () => {
    const x = protocol(['Присутствовали:', '1. Петрова А.С.', '2. «Жас Отан»', '3. Ким В.О.', '', 'ПОВЕСТКА ДНЯ:', '1. О плане.']);
    expect(x.attendees.map((a) => a.name)).not.toContain('Жас Отан');
  });
});

describe('an agenda bulleted instead of numbered', () => {
  const discussion = ['', '1. ТЫҢДАЛДЫ: Байжігітов Н.С.', 'ШЕШІМ: назарға алынсын.', '2. ТЫҢДАЛДЫ: Серікбаев Ә.Т.', 'ШЕШІМ: бекітілсін.'];
  it('set 81 Alatau: "КҮН ТӘРТІБІ" over "* …" items, as many as the sections below', () => {
    const x = protocol(['КҮН ТӘРТІБІ', '* Көшелерді жарықтандыру туралы', '* Мониторинг жоспары туралы', ...discussion]);
    expect(x.agenda.map((a) => `${a.no} ${a.title}`)).toEqual(['1 Көшелерді жарықтандыру туралы', '2 Мониторинг жоспары туралы']);
  });
  it('variant ru: "•" items, one wrapped onto a line in small letters', () => {
    const x = protocol(['ПОВЕСТКА ДНЯ:', '• Об исполнении рекомендаций Совета по итогам', 'мониторинга дворов.', '• Разное.', '', '1. СЛУШАЛИ: Иванова И.И.', 'РЕШИЛИ: принять к сведению.', '2. СЛУШАЛИ: Петрова П.П.', 'РЕШИЛИ: принять к сведению.']);
    expect(x.agenda.map((a) => a.title)).toEqual(['Об исполнении рекомендаций Совета по итогам мониторинга дворов.', 'Разное.']);
  });
  it('near-miss: bullets fewer than the sections below are no agenda', () => {
    expect(protocol(['КҮН ТӘРТІБІ', '* Көшелерді жарықтандыру туралы', '* Мониторинг жоспары туралы', '* Әртүрлі', ...discussion]).agenda).toEqual([]);
  });
});

describe('a column of names under the sentence that counts those present', () => {
  const names = ['\tЖаксылыков М.Т.', '\tАбдуллаева Р.Р.', '\tМұратбекова Ә.С. – онлайн'];
  it('set 81 Konaev: "Присутствуют 3 членов Совета (1 – онлайн) / 3 мүше қатысты (1-еуі онлайн)." over a blank line and the names', () => {
    const x = protocol(['Присутствуют 3 членов Совета (1 – онлайн) / 3 мүше қатысты (1-еуі онлайн).', '', ...names, '', 'Отсутствуют:', '\tЕсенова А.К. – больничный']);
    expect(x.attendees.map((a) => `${a.name} ${a.online}`)).toEqual(['Жаксылыков М.Т. false', 'Абдуллаева Р.Р. false', 'Мұратбекова Ә.С. true']);
  });
  it('variant kk: "Отырысқа 3 мүше қатысты." right over numbered names', () => {
    const x = protocol(['Отырысқа 3 мүше қатысты.', '1. Серікбаев Д.А.', '2. Оспанова Г.Т. (онлайн)', '3. Ли В.Г.', '', 'КҮН ТӘРТІБІ:', '1. Жоспар туралы.']);
    expect(x.attendees.map((a) => a.name)).toEqual(['Серікбаев Д.А.', 'Оспанова Г.Т.', 'Ли В.Г.']);
  });
  it('near-miss: a column of fewer names than counted is not the list the count is of', () => {
    const x = protocol(['Присутствуют 4 членов Совета.', '', ...names, '', 'ПОВЕСТКА ДНЯ:', '1. О плане.']);
    expect(x.attendees).toEqual([]);
  });
});

describe('the members at the meeting with the verb "were"', () => {
  it('set 81 Talgar: "Отырыста 12 мүше болды (2-еуі онлайн форматта)."', () => {
    const x = protocol(['Кеңес құрамы – 15 мүше. Отырыста 12 мүше болды (2-еуі онлайн форматта). Кворум бар.']);
    expect([x.members_total, x.present, x.online]).toEqual([15, 12, 2]);
  });
  it('variant ru: "На заседании были 11 членов Совета (двое по видеосвязи)."', () => {
    const x = protocol(['Всего членов Совета – 15. На заседании были 11 членов Совета (двое по видеосвязи).']);
    expect([x.present, x.online]).toEqual([11, 2]);
  });
  it('near-miss: another meeting\'s ("өткен отырыста 13 мүше болды", "на прошлом заседании были 14 членов")', () => {
    expect(protocol(['Өткен отырыста 13 мүше болды.']).present).toBeNull();
    expect(protocol(['На прошлом заседании были 14 членов Совета.']).present).toBeNull();
  });
});

describe('list items that open with their count, each one event of its day', () => {
  const kk = ['НАУРЫЗБАЙ АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІНІҢ 2025 ЖЫЛҒЫ ЕСЕБІ', '', '▪ ІС-ШАРАЛАР'];
  it('set 81 Nauryzbay: "\\t1 дөңгелек үстел – 16.10.2025 «…»;" under "\\t2 қоғамдық тыңдау – …;", and "1 меморандум – 08.12.2025, «…» …"', () => {
    const x = report([...kk, '\t2 қоғамдық тыңдау – 04.09.2025 (жоспарлау жобасы) және 20.11.2025 (саябақ жобасы);', '\t1 дөңгелек үстел – 16.10.2025 «Жастар бос уақыты»;', '\t1 меморандум – 08.12.2025, «Алатау жастары» бірлестігімен ынтымақтастық туралы.']);
    expect([figure(x, 'public_hearings'), figure(x, 'round_tables'), figure(x, 'memoranda')]).toEqual([2, 1, 1]);
    expect(dated(x)).toEqual(expect.arrayContaining(['round_table 2025-10-16', 'memorandum 2025-12-08']));
  });
  it('variant ru: "1 семинар – 03.11.2025, для членов Совета." after "2 круглых стола – …;"', () => {
    const x = report(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД', '', '2 круглых стола – 14.03.2025 «Экология» и 20.10.2025 «Транспорт»;', '1 семинар – 03.11.2025, для членов Совета.']);
    expect(figure(x, 'seminars')).toBe(1);
    expect(dated(x)).toContain('seminar 2025-11-03');
  });
  it('near-miss: one counted with two days, or a day that is a plan\'s, is no event of that day', () => {
    const x = report(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД', '', '1 семинар – 03.11.2025 и 17.11.2025.', '1 круглый стол – запланирован на 2026 год.']);
    expect(dated(x).filter((a) => a.startsWith('seminar 2025-11-03') || a.startsWith('round_table'))).toEqual([]);
  });
  it('near-miss: a bulleted section title in capitals under the last item is no event of its type', () => {
    const x = report([...kk, '\t1 меморандум – 08.12.2025, «Алатау жастары» бірлестігімен ынтымақтастық туралы.', '', '▪ НҚА САРАПТАМАСЫ', '6 НҚА жобасы қаралды.']);
    expect(x.activities.filter((a) => a.type === 'memorandum').map((a) => a.date_start)).toEqual(['2025-12-08']);
  });
});

describe('platforms a row each over the total row that names the publications', () => {
  it('set 81 Kaskelen: "\\tInstagram\\t12" / "\\tTelegram\\t7" / "\\tБарлығы\\t19 жарияланым"', () => {
    const x = report(['ҚОҒАМДЫҚ КЕҢЕСТІҢ 2026 ЖЫЛДЫҢ І ТОҚСАНЫНДАҒЫ ЕСЕБІ', '', '9. Ақпараттық жұмыс:', '\tInstagram\t12', '\tTelegram\t7', '\tБарлығы\t19 жарияланым']);
    expect(x.media.map((m) => `${m.platform} ${m.publications}`)).toEqual(['instagram 12', 'telegram 7']);
  });
  it('variant ru: rows with dashes, "Итого – 17 публикаций."', () => {
    const x = report(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА I КВАРТАЛ 2026 ГОДА', '', 'Информационная работа:', 'Instagram – 12', 'Facebook – 5', 'Итого – 17 публикаций.']);
    expect(x.media.map((m) => `${m.platform} ${m.publications}`)).toEqual(['instagram 12', 'facebook 5']);
  });
  it('near-miss: rows that do not make the total (views, another count) are left unread', () => {
    const x = report(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА I КВАРТАЛ 2026 ГОДА', '', 'Информационная работа:', 'Instagram – 12', 'Facebook – 5', 'Итого – 19 публикаций.']);
    expect(x.media).toEqual([]);
  });
});

describe('the answers to letters told as a hurried mail tells them', () => {
  const lettersOf = (lines: string[]) => {
    const x = report(lines);
    return [figure(x, 'letters_sent'), figure(x, 'letters_answered')];
  };
  it('set 81 Turksib: "В госорганы ушло 8 писем, по 6 пришли ответы."', () => {
    expect(lettersOf(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА I КВАРТАЛ 2026 ГОДА', '', '8. ПЕРЕПИСКА.  В госорганы ушло 8 писем, по 6 пришли ответы.'])).toEqual([8, 6]);
  });
  it('variant ru: "Ушло 5 писем в акимат района, на 3 пришли ответы." — the other word order, "на"', () => {
    expect(lettersOf(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА I КВАРТАЛ 2026 ГОДА', '', '8. ПЕРЕПИСКА. Ушло 5 писем в акимат района, на 3 пришли ответы.'])).toEqual([5, 3]);
  });
  it('variant kk: "Мемлекеттік органдарға 5 хат кетті, 3-іне жауап келді."', () => {
    expect(lettersOf(['ҚОҒАМДЫҚ КЕҢЕСТІҢ 2026 ЖЫЛДЫҢ І ТОҚСАНЫНДАҒЫ ЕСЕБІ', '', '8. Хат алмасу. Мемлекеттік органдарға 5 хат кетті, 3-іне жауап келді.'])).toEqual([5, 3]);
  });
  it('near-miss: answers to appeals are no answers to letters', () => {
    expect(lettersOf(['ОТЧЕТ ОБЩЕСТВЕННОГО СОВЕТА ЗА I КВАРТАЛ 2026 ГОДА', '', '7. ОБРАЩЕНИЯ. Поступило 11 обращений, по 6 пришли ответы.'])).toEqual([undefined, undefined]);
  });
});

describe('the composition and its changes told with a word left out', () => {
  const H = 'ҚОНАЕВ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ 2026 ЖЫЛҒЫ ІІ ТОҚСАН БОЙЫНША ЕСЕП';
  const of = (lines: string[], metrics: string[]) => {
    const x = report([H, '', ...lines]);
    return metrics.map((m) => figure(x, m));
  };
  it('set 81 Konaev: "оның ішінде азаматтық қоғам – 10, мемлекеттік қызметшілер – 4", "…, шыққандар жоқ."', () => {
    expect(of(['Кеңес мүшелері – 14 (30.06.2026 ж.), оның ішінде азаматтық қоғам – 10, мемлекеттік қызметшілер – 4.', 'Мамыр айында 1 жаңа мүше қабылданды (Байұзақов Т.Е.), шыққандар жоқ.'], ['members_total', 'members_civil', 'members_state', 'members_joined', 'members_left']))
      .toEqual([14, 10, 4, 1, 0]);
  });
  it('variant: "олардың ішінде азаматтық қоғам – 11", "Тоқсанда кеңестен шығарылғандар болған жоқ."', () => {
    expect(of(['Кеңесте 15 мүше, олардың ішінде азаматтық қоғам – 11, мемлекеттік органдар өкілдері – 4.', 'Тоқсанда кеңестен шығарылғандар болған жоқ.'], ['members_civil', 'members_left'])).toEqual([11, 0]);
  });
  it('near-miss: parts that do not make the whole stay candidates; those who left counted last year are no none', () => {
    expect(of(['Кеңесте 15 мүше, оның ішінде азаматтық қоғам – 12, мемлекеттік органдар – 4.', 'Өткен жылы шыққандар – 2.'], ['members_civil', 'members_left'])).toEqual([undefined, undefined]);
  });
});

describe('a protocol pasted into a chat as several messages, members\' replies between', () => {
  const chat = (lines: string[]) => parseProtocol(lines.join('\n'));
  it('variant ru, a Telegram copy ("Имя, [12.03.2026 17:08]" over each message): the reply\'s "голосовали за 10, против 3" is no vote', () => {
    const x = chat(['Жанар Ахметова, [12.03.2026 16:58]', 'ПРОТОКОЛ №3', 'г. Алматы      12 марта 2026 года', 'Из 17 членов Совета присутствуют 13.', '',
      'Ерлан Рахимов, [12.03.2026 17:05]', 'В прошлый раз присутствовали 14, голосовали за 10, против 3', '',
      'Жанар Ахметова, [12.03.2026 17:07]', 'РЕШИЛИ: утвердить план.', 'Голосовали: за – 12, против – 0, воздержался – 1. Решение принято.']);
    expect([x.number, x.present]).toEqual(['3', 13]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[12, 0, 1, 'adopted']]);
  });
  it('variant kk, a WhatsApp export: "[22.04.26, 18:05] Бекзат: Жақтап – 5, қарсы – 2 болған жоқ па?" is a remark', () => {
    const x = chat(['[22.04.26, 18:01] Айнұр Жүнісова (төраға): ХАТТАМА №2', 'Кеңес құрамында 21 мүше. Отырысқа 17 мүше қатысты.', 'ШЕШІМ: жоспар бекітілсін.',
      '[22.04.26, 18:05] Бекзат: Жақтап – 5, қарсы – 2 болған жоқ па?', '[22.04.26, 18:06] Айнұр Жүнісова (төраға): Жақтап – 17, қарсы – 0, қалыс – 0. Шешім қабылданды.']);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[17, 0, 0, 'adopted']]);
  });
  it('near-miss: two senders each post a protocol\'s title — whose text is the protocol is not sure, every message is read', () => {
    const x = chat(['[22.04.26, 18:01] Айнұр: ХАТТАМА №2', 'Жақтап – 17, қарсы – 0, қалыс – 0. Шешім қабылданды.', '[22.04.26, 18:05] Бекзат: ХАТТАМА №2 түзетілген', 'Жақтап – 16, қарсы – 1, қалыс – 0. Шешім қабылданды.']);
    expect(x.votes).toHaveLength(2);
  });
});

describe('repairCopy keeps every line where it was', () => {
  it('as many lines as given, the broken word\'s rest taken off its line', () => {
    const lines = ['Голосовали: за-11. Решение пр', 'инято.', 'провели5 мониторингов'];
    expect(repairCopy(lines)).toEqual(['Голосовали: за-11. Решение принято.', '', 'провели 5 мониторингов']);
  });
});
