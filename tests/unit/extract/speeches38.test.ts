/**
 * Reports delivered as speeches (held-out set 141's theme): the chair says "we" and "ours" ("Тұрақты комиссиямыз – 3", "бір
 * жаңа мүшені қабылдадық", "Дөңгелек үстелдің екеуін өткіздік"), tells a span of months in words ("тоғыз айда бұл жалғыз
 * дөңгелек үстел": nine months, never nine round tables), sums the quarters aloud ("Бірінші тоқсанда – 2, екіншіде – 3,
 * үшіншіде – 1, барлығы 6 мониторинг"), totals the hearings after naming them ("Барлығы 4 есеп."), labels them
 * ("Тыңдалған есептер екеу:"), and says a none in the evidential ("бірде-бір заңды тұлға жүгінбепті"). A season opening a
 * later clause is that clause's. Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readStatedCounts } from '../../../sources/extract/protocol/readStatedCounts.ts';

const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';
const RU_YEAR = 'Отчёт о работе Общественного совета за 2025 год';
const KK_9M = 'Қоғамдық кеңестің 2026 жылғы 9 айдағы жұмысы туралы баяндама';
const RU_9M = 'Отчёт Общественного совета за 9 месяцев 2026 года';
const read = (lines: string[]) => parseReport(lines.join('\n'));
const figuresOf = (lines: string[]) => Object.fromEntries(read(lines).figures.map((f) => [f.metric, f.value]));

describe('a span of months in words is no count', () => {
  it('"тоғыз айда бұл жалғыз дөңгелек үстел", "алты ай ішінде … семинар", "за девять месяцев … круглый стол"', () => {
    expect(figuresOf([KK_9M, '', '9 шілдеде Доскей ауылында дөңгелек үстел өткіздік – тоғыз айда бұл жалғыз дөңгелек үстел.']).round_tables).not.toBe(9);
    expect(figuresOf([KK_YEAR, '', 'Алты ай ішінде жаңа мүшелерге арналған семинар өткіздік.']).seminars).not.toBe(6);
    expect(figuresOf([RU_9M, '', 'За девять месяцев единственный круглый стол мы провели в Доскее.']).round_tables).toBeUndefined();
  });

  it('near miss: a count beside the span is still read', () => {
    expect(figuresOf([KK_9M, '', 'Тоғыз айда Кеңестің 5 отырысы өтті.']).general_meetings).toBe(5);
    expect(figuresOf([RU_9M, '', 'За девять месяцев проведено 4 мониторинга.']).monitorings).toBe(4);
  });
});

describe('the quarters said aloud, then the total of the period', () => {
  it('Kazakh "Бірінші тоқсанда – 2, екіншіде – 3, үшіншіде – 1, барлығы 6 мониторинг" in a 9 months\' report', () => {
    expect(figuresOf([KK_9M, '', 'Мониторинг. Бірінші тоқсанда – 2, екіншіде – 3, үшіншіде – 1, барлығы 6 мониторинг.']).monitorings).toBe(6);
  });

  it('Russian "В I квартале – 4, во II – 3, в III – 2, всего 9 заседаний комиссий"', () => {
    expect(figuresOf([RU_9M, '', 'В I квартале – 4, во II – 3, в III – 2, всего 9 заседаний комиссий.']).commission_meetings).toBe(9);
  });

  it('near miss: one quarter\'s events and their total stay that quarter\'s; parts that do not tile the period too', () => {
    const quarter = read([RU_9M, '', 'В III квартале проведено 2 заседания, 3 мониторинга, всего 5 мониторингов.']);
    expect(quarter.figures.find((f) => f.metric === 'monitorings')).toBeUndefined();
    const two = read([KK_9M, '', 'Бірінші тоқсанда – 2, екіншіде – 3, барлығы 5 мониторинг.']);
    expect(two.figures.find((f) => f.metric === 'monitorings')).toBeUndefined();
  });
});

describe('the hearings totalled and labelled', () => {
  it('"Төрт бөлімнің басшысы есеп берді … Барлығы 4 есеп.", "Отчитались руководители трёх отделов. Всего 3 отчёта."', () => {
    expect(figuresOf([KK_YEAR, '', 'Есеп тыңдау. Төрт бөлімнің басшысы есеп берді – білім және ТКШ бөлімдері. Барлығы 4 есеп.']).report_hearings).toBe(4);
    expect(figuresOf([RU_YEAR, '', 'Отчитались руководители трёх отделов. Всего 3 отчёта.']).report_hearings).toBe(3);
  });

  it('"Тыңдалған есептер екеу: …", "Есептер тыңдалды – 3.", "Отчётов заслушано – 3: …"', () => {
    expect(figuresOf([KK_YEAR, '', 'Тыңдалған есептер екеу: 19 ақпанда аудандық ауыл шаруашылығы бөлімі, 16 сәуірде ауылдық округ әкімі есеп берді.']).report_hearings).toBe(2);
    expect(figuresOf([KK_YEAR, '', 'Есептер тыңдалды – 3.']).report_hearings).toBe(3);
    expect(figuresOf([RU_YEAR, '', 'Отчётов заслушано – 3: отдел образования, отдел ЖКХ, аким округа.']).report_hearings).toBe(3);
  });

  it('near miss: reports written for another are no hearings', () => {
    expect(figuresOf([RU_YEAR, '', 'Подготовлено информаций для акимата. Всего 5 отчётов.']).report_hearings).toBeUndefined();
  });
});

describe('the chair\'s "we" and "ours"', () => {
  it('"Тұрақты комиссиямыз – 3", "Постоянных комиссий у нас – 4"', () => {
    expect(figuresOf([KK_YEAR, '', 'Тұрақты комиссиямыз – 3.']).commissions).toBe(3);
    expect(figuresOf([RU_YEAR, '', 'Постоянных комиссий у нас – 4.']).commissions).toBe(4);
  });

  it('"Дөңгелек үстелдің екеуін өткіздік", "Мониторингтің төртеуін жүргіздік", "Биыл 2 жаңа мүшені құрамға енгіздік"', () => {
    expect(figuresOf([KK_YEAR, '', 'Дөңгелек үстелдің екеуін өткіздік, соның бірі – 16 қазанда.']).round_tables).toBe(2);
    expect(figuresOf([KK_YEAR, '', 'Мониторингтің төртеуін жүргіздік.']).monitorings).toBe(4);
    expect(figuresOf([KK_YEAR, '', 'Биыл 2 жаңа мүшені құрамға енгіздік.']).members_joined).toBe(2);
  });

  it('near miss: "Дөңгелек үстелдің біреуін ғана өткізе алмадық" (we could not hold it) holds none', () => {
    expect(figuresOf([KK_YEAR, '', 'Дөңгелек үстелдің біреуін ғана өткізе алмадық.']).round_tables).toBeUndefined();
  });
});

describe('a season opening a later clause is that clause\'s', () => {
  it('"Жыл ішінде бір мүше … шықты, ал күзде бір жаңа мүшені қабылдадық": the member who left is the year\'s', () => {
    const report = read([KK_YEAR, '', 'Жыл ішінде бір мүше өз өтінішімен шықты, ал күзде бір жаңа мүшені қабылдадық.']);
    expect(report.figures.find((f) => f.metric === 'members_left')?.value).toBe(1);
    // The one taken in the autumn stays a season's, for a person to confirm.
    expect(report.candidates.find((c) => c.metric === 'members_joined')?.value).toBe(1);
  });

  it('near miss: a season before the count still makes it the season\'s', () => {
    const report = read([RU_YEAR, '', 'Летом, в июле, проведено 2 мониторинга.']);
    expect(report.figures.find((f) => f.metric === 'monitorings')).toBeUndefined();
  });
});

describe('a none in the evidential', () => {
  it('"бәрін азаматтар жазған, бірде-бір заңды тұлға жүгінбепті": individuals all, legal entities none', () => {
    expect(figuresOf([KK_YEAR, '', 'Бізге 11 өтініш келіп түсті, бәрін азаматтар жазған, бірде-бір заңды тұлға жүгінбепті.']))
      .toMatchObject({ appeals_received: 11, appeals_individuals: 11, appeals_legal_entities: 0 });
  });

  it('Russian "юридическое лицо в Совет не обращалось"', () => {
    expect(figuresOf([RU_YEAR, '', 'Юридическое лицо в Совет не обращалось.']).appeals_legal_entities).toBe(0);
  });
});

describe('the protocol that heard the speech: people counted, the members among them', () => {
  const protocol = (sentence: string, names: string[] = []) => parseProtocol(['ПРОТОКОЛ № 5', 'заседания Общественного совета', 'г. Сарань                    15 июля 2026 года', '',
    'Членов Совета по списку – 15. ' + sentence, ...names, '', 'Повестка дня:', '1. Об отчёте председателя.', 'Голосовали: за – 11, против – 0, воздержались – 0.'].join('\n'));

  it('"приняли участие 25 человек, в том числе 11 членов Совета" / "оның ішінде Кеңестің 11 мүшесі": 11 present, never 25', () => {
    expect(protocol('В заседании приняли участие 25 человек, в том числе 11 членов Совета.').present).toBe(11);
    expect(protocol('Присутствуют 25 человек, из них членов Совета – 11.').present).toBe(11);
    expect(readStatedCounts(['Отырысқа 25 адам қатысты, оның ішінде Кеңестің 11 мүшесі.'], []).present).toBe(11);
  });

  it('"Участвуют в заседании 13 человек, двое – по видеосвязи:" over the roll: 13 present, 2 online, the roll its attendees', () => {
    const names = ['1. Абенов Д.Т.', '2. Белоусова Н.А.', '3. Ганиев Р.Ф. (видеосвязь)', '4. Дюсенова А.М.', '5. Ермеков Б.С.', '6. Зайцев О.П.', '7. Искакова Г.Ж.',
      '8. Кенжебаев Н.Н.', '9. Мусина Л.Р. (видеосвязь)', '10. Нургалиев А.Е.', '11. Тарасенко И.В.', '12. Шайхина Ж.К.', '13. Жумабекова С.К.'];
    const x = protocol('Участвуют в заседании 13 человек, двое – по видеосвязи:', names);
    expect([x.present, x.online]).toEqual([13, 2]);
    expect(x.attendees.length).toBe(13);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Ганиев Р.Ф.', 'Мусина Л.Р.']);
  });

  it('near miss: people with guests among them are no members\' count', () => {
    expect(readStatedCounts(['Участвуют в заседании 13 человек, в том числе приглашенные.'], []).present).toBeNull();
  });
});

describe('the members in the room and those online told as parts, no total said', () => {
  it('"Присутствовали 7 членов в зале и 2 по видеосвязи", "Залда 7 мүше, онлайн 2 мүше қатысты": no present (7 or 2 were false), online 2', () => {
    for (const sentence of ['Присутствовали 7 членов в зале и 2 по видеосвязи.', 'Присутствовали 7 членов Совета очно и 2 – онлайн.', 'Залда 7 мүше, онлайн 2 мүше қатысты.']) {
      const counts = readStatedCounts([sentence], []);
      expect([counts.present, counts.online]).toEqual([null, 2]);
    }
  });

  it('near miss: the total said before its parts is those present', () => {
    for (const sentence of ['Присутствовали 9 членов: в зале 7, по видеосвязи 2.', 'Отырысқа 9 мүше қатысты: залда 7, онлайн 2.', 'Из 11 членов присутствуют 9, в зале – 7, онлайн – 2.']) {
      const counts = readStatedCounts([sentence], []);
      expect([counts.present, counts.online]).toEqual([9, 2]);
    }
  });
});

describe('people counted with guests among them, and the appeals answered as a label (noticed by the helpers of sets 144 and 147)', () => {
  it('"Участвуют 25 человек: члены Совета и представители акимата", "Отырысқа 20 адам қатысты, оның ішінде шақырылған өкілдер": no present', () => {
    expect(readStatedCounts(['Участвуют 25 человек: члены Совета и представители акимата.'], []).present).toBeNull();
    expect(readStatedCounts(['Отырысқа 20 адам қатысты, оның ішінде шақырылған өкілдер.'], []).present).toBeNull();
  });

  it('near miss: members counted, the guests told apart, stay present', () => {
    expect(readStatedCounts(['Присутствуют 13 членов Совета, приглашены представители акимата.'], []).present).toBe(13);
    expect(readStatedCounts(['Участвуют 13 человек.'], []).present).toBe(13);
  });

  it('"Жауап берілген өтініштер саны – 4", "Отвеченных обращений – 4" are the answered, never the received', () => {
    expect(figuresOf([KK_YEAR, '', 'Жауап берілген өтініштер саны – 4.'])).toEqual({ appeals_answered: 4 });
    expect(figuresOf([RU_YEAR, '', 'Отвеченных обращений – 4.'])).toEqual({ appeals_answered: 4 });
    expect(figuresOf([KK_YEAR, '', 'Түскен өтініштер саны – 5, жауап берілген өтініштер саны – 4.'])).toEqual({ appeals_received: 5, appeals_answered: 4 });
  });
});
