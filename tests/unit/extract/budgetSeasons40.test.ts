/**
 * Budget and tariff hearings (held-out set 158) and seasonal emergencies (set 161): the means in a bracket after one name
 * of a run-on sentence of those present is that one's; "Селге қарсы 6 бөгет" (anti-mudflow dams) is no vote against; a
 * present heading's count going on in lower case on the next line; a title of the period's results over its numbered
 * counts; a meeting's topic of an event's papers; members by their short nouns ("10 общественников и 3 госслужащих");
 * items of a type the heading does not name, a type's label and its days; a plan / fact table's notes dating its rows,
 * and its header run together by a PDF. Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readCounts } from '../../../sources/extract/protocol/readVotes.ts';
import { sentencesOf } from '../../../sources/extract/grammar/sentencesOf.ts';
import { splitJoinedHeaderLabels } from '../../../sources/extract/report/joinedHeaderLabels.ts';

const protocol = (lines: string[]) => parseProtocol(lines.join('\n'));
const report = (lines: string[]) => parseReport(lines.join('\n'));
const figuresOf = (lines: string[]) => Object.fromEntries(report(lines).figures.map((f) => [f.metric, f.value]));
const activitiesOf = (lines: string[]) => report(lines).activities.map((a) => `${a.type} ${a.date_start}`);

describe('the means in a bracket after one name is that one\'s only', () => {
  const head = ['ПРОТОКОЛ № 11', 'заседания Общественного совета', '09 декабря 2026 г.'];
  it('Russian: "…, Исин Ерболат Жанатович (по видеосвязи из Степногорска)." — one online of 4 (set 158)', () => {
    const x = protocol([...head, 'Состав Совета утверждён в количестве 6 человек. В заседании приняли участие 4 члена Совета: Гордиенко О.В., Шайхина К.Н., Бекова Сания Талгатовна, Исин Ерболат Жанатович (по видеосвязи из Степногорска).', 'Повестка дня:', '1) О бюджете.']);
    expect(x.attendees.map((a) => a.online)).toEqual([false, false, false, true]);
  });
  it('Kazakh variant: "Отырысқа … Омарова Г.К. (бейнебайланыс арқылы) … қатысты" — the bracket mid-run marks its own name', () => {
    const x = protocol(['№ 3 ХАТТАМА', '2026 жылғы 12 наурыз', 'Кеңестің 5 мүшесінің 3-еуі қатысты.', 'Отырысқа Сейітов А.Б., Омарова Г.К. (бейнебайланыс арқылы) және Исин Б.Ж. қатысты.', 'Күн тәртібі:', '1. Тариф туралы.']);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Сейітов А.Б.', false], ['Омарова Г.К.', true], ['Исин Б.Ж.', false]]);
  });
  it('near miss: the means told of the whole clause marks everyone it names', () => {
    const x = protocol([...head, 'В заседании приняли участие 2 члена Совета: по видеосвязи Гордиенко О.В. и Шайхина К.Н.', 'Повестка дня:', '1) О бюджете.']);
    expect(x.attendees.map((a) => a.online)).toEqual([true, true]);
  });
});

describe('"қарсы" as a postposition before what it counts is no vote', () => {
  it('"Селге қарсы 6 бөгет бар", "Өртке қарсы 4 құрама құрылды" (set 161)', () => {
    expect(readCounts('Селге қарсы 6 бөгет, 9 км жағалау бекіністері бар;').against).toBeNull();
    expect(readCounts('Өртке қарсы 4 ерікті құрама құрылды.').against).toBeNull();
  });
  it('near misses stay votes: "Шешімге қарсы 2 дауыс берілді", "против – 1 при 2 воздержавшихся", "Қарсы 1 шешім қабылданды", "Против: 2 (Иванов И.И., Петров П.П.)"', () => {
    expect(readCounts('Шешімге қарсы 2 дауыс берілді.').against).toBe(2);
    expect(readCounts('против – 1 при 2 воздержавшихся').against).toBe(1);
    expect(readCounts('Қарсы 1 шешім қабылданды').against).toBe(1);
    expect(readCounts('Против: 2 (Иванов И.И., Петров П.П.)').against).toBe(2);
    expect(readCounts('жақтап 7 қарсы 1 қалыс 1 шешім қабылданды')).toMatchObject({ for: 7, against: 1, abstain: 1 });
  });
  it('a protocol\'s speech of dams and fires keeps its one vote', () => {
    const x = protocol(['ХАТТАМА № 4', '20.05.2026', 'Күн тәртібі:', '1. Сел қаупі туралы.', '1. ТЫҢДАЛДЫ: Рысбеков А.Ж. Селге қарсы 6 бөгет, 9 км жағалау бекіністері бар;', '4 ерікті өрт сөндіру құрамасы құрылды.', 'Дауыс беру: жақтап – 11, қарсы – 1, қалыс – 1.']);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[11, 1, 1]]);
  });
});

describe('a present heading\'s count going on in lower case on the next line', () => {
  const list = ['', ' 1. Тұрсынов Ержан Бекболатұлы – төраға', ' 2. Ли Ирина Сергеевна – онлайн', ' 3. Әбенов Мақсат Төлегенұлы', '', 'Күн тәртібі:', '1. Өрт маусымы туралы.'];
  it('bilingual "Қатысқаны / Присутствовали: … 3 из 5 членов Совета," / "оның ішінде онлайн / в том числе онлайн – 1." (set 161)', () => {
    const x = protocol(['ХАТТАМА / ПРОТОКОЛ № 4', '20.05.2026', 'Қатысқаны / Присутствовали: кеңестің 5 мүшесінің 3-і / 3 из 5 членов Совета,', 'оның ішінде онлайн / в том числе онлайн – 1.', ...list]);
    expect([x.attendees.length, x.attendees.filter((a) => a.online).length]).toEqual([3, 1]);
  });
  it('Russian "Присутствовали: членов Совета – 3 из 5, из" / "них один – по видеосвязи."', () => {
    const x = protocol(['ПРОТОКОЛ № 4', '20.05.2026', 'Присутствовали: членов Совета – 3 из 5, из', 'них один – по видеосвязи.', ...list]);
    expect(x.attendees.length).toBe(3);
  });
});

describe('reports', () => {
  const RU_Q2 = 'ОТЧЁТ О ДЕЯТЕЛЬНОСТИ ЗА II КВАРТАЛ 2026 ГОДА';
  it('"Итоги II квартала" over numbered counts heads them: no monitoring read from the chronicle\'s last line (set 158)', () => {
    const lines = [RU_Q2, '', '09.04.2026 — мониторинг расписания.', '16.04.2026 — мониторинг валидаторов.', '30.06.2026 — мониторинг маршрута № 104.', '', 'Итоги II квартала', '', '1. Состав Совета на 30 июня 2026 г. — 13 членов.', '2. Проведено 2 заседания Совета.', '3. Мониторингов – 3.'];
    expect(activitiesOf(lines)).toEqual(['monitoring 2026-04-09', 'monitoring 2026-04-16', 'monitoring 2026-06-30']);
  });
  it('Kazakh "ІІ тоқсан қорытындысы" heads them too', () => {
    const lines = ['2026 жылғы ІІ тоқсандағы жұмыс туралы есеп', '', '09.04.2026 — мониторинг: кесте.', '16.04.2026 — мониторинг: валидаторлар.', '30.06.2026 — мониторинг: № 104 бағыт.', '', 'ІІ тоқсан қорытындысы', '', '1. Кеңес құрамы – 13 мүше.', '2. Мониторинг – 3.'];
    expect(activitiesOf(lines)).toEqual(['monitoring 2026-04-09', 'monitoring 2026-04-16', 'monitoring 2026-06-30']);
  });
  it('"заседание Совета № 4: итоги слушаний" is the meeting\'s topic, no hearing; "кеңес отырысы: мониторинг нәтижелері" no monitoring', () => {
    const lines = [RU_Q2, '', '29.04.2026 — публичные слушания по тарифу.', '14.05.2026 — мониторинг автостанции.', '25.06.2026 — заседание Совета № 4: итоги слушаний, рекомендации в маслихат.', '26.06.2026 — кеңес отырысы: мониторинг нәтижелері, жоспар.'];
    expect(activitiesOf(lines)).toEqual(['public_hearing 2026-04-29', 'monitoring 2026-05-14']);
  });
  it('near miss: a meeting that heard a report keeps the hearing', () => {
    const lines = [RU_Q2, '', '29.04.2026 — публичные слушания по тарифу.', '14.05.2026 — мониторинг автостанции.', '25.06.2026 — заседание Совета № 4: заслушан отчёт руководителя отдела образования.'];
    expect(activitiesOf(lines)).toContain('report_hearing 2026-06-25');
  });
  it('"13 членов, в т.ч. 10 общественников и 3 госслужащих"; "оның 10-ы қоғам өкілі, 3-еуі мемлекеттік қызметші" (set 158)', () => {
    expect(figuresOf([RU_Q2, '', 'Состав Совета на 30 июня 2026 г. — 13 членов, в т.ч. 10 общественников и 3 госслужащих.'])).toMatchObject({ members_total: 13, members_civil: 10, members_state: 3 });
    expect(figuresOf(['2026 жылғы ІІ тоқсандағы жұмыс туралы есеп', '', 'Кеңес құрамы – 13 мүше, оның 10-ы қоғам өкілі, 3-еуі мемлекеттік қызметші.'])).toMatchObject({ members_civil: 10, members_state: 3 });
  });
  it('near miss: public figures who took part in an event are no members', () => {
    const f = figuresOf([RU_Q2, '', 'В мониторинге участвовали 10 общественников и 3 госслужащих.']);
    expect([f.members_civil, f.members_state]).toEqual([undefined, undefined]);
  });
  it('under "ЖАРИЯ ТЫҢДАУЛАР, МОНИТОРИНГ": a type\'s label and its days, and items of types the heading does not name (set 158)', () => {
    const lines = ['2025 жылғы жұмысы туралы жылдық есеп', '', 'IV. ЖАРИЯ ТЫҢДАУЛАР, МОНИТОРИНГ', '– 2025 жылғы 23 мамыр – бюджет жобасы бойынша жария тыңдау;',
      '– мониторингтер: 12 наурыз (бюджеттік кредиттер), 15 мамыр, 3 шілде 2025 жылы;', '– дөңгелек үстелдер: 2025 жылғы 10 маусым және 4 желтоқсан;', '– 2025 жылғы 30 қазанда қоғамдық бірлестікпен ынтымақтастық туралы меморандум жасалды.'];
    expect(activitiesOf(lines).sort()).toEqual(['memorandum 2025-10-30', 'monitoring 2025-03-12', 'monitoring 2025-05-15', 'monitoring 2025-07-03', 'public_hearing 2025-05-23', 'round_table 2025-06-10', 'round_table 2025-12-04']);
  });
  it('Russian: "Круглые столы: 10 июня и 4 декабря 2025 г.;" under "Слушания и мониторинги"', () => {
    const lines = ['Отчёт о работе Общественного совета за 2025 год', '', '4. Слушания и мониторинги', '- 23 мая 2025 г. – публичные слушания по бюджету;', '- круглые столы: 10 июня и 4 декабря 2025 г.;'];
    expect(activitiesOf(lines).sort()).toEqual(['public_hearing 2025-05-23', 'round_table 2025-06-10', 'round_table 2025-12-04']);
  });
  it('a plan / fact table\'s note dating its row\'s events in brackets or after a comma, as many as the fact (set 158)', () => {
    const lines = ['Информация о работе Общественного совета за первое полугодие 2026 года', '', '№\tМероприятие\tПлан на полугодие\tФакт\tПримечание',
      '1\tЗаслушивание отчётов\t2\t2\tотдел финансов Жанааркинского района (12.02.2026); отдел экономики г. Сатпаев (21.05.2026)',
      '2\tПубличные слушания\t1\t1\tпо проекту бюджета г. Жезказган, 16.04.2026',
      '3\tКруглые столы\t2\t2\tпо тарифам, срок до 30.06.2026'];
    expect(activitiesOf(lines).sort()).toEqual(['public_hearing 2026-04-16', 'report_hearing 2026-02-12', 'report_hearing 2026-05-21']);
  });
  it('a year\'s "г." before a capital preposition ends its sentence; before a name it does not', () => {
    expect(sentencesOf('Даты мониторингов: 26 февраля и 3 июня 2026 г. По итогам мониторинга направлены рекомендации.').map((s) => s.text)).toEqual(['Даты мониторингов: 26 февраля и 3 июня 2026 г.', 'По итогам мониторинга направлены рекомендации.']);
    expect(sentencesOf('В 2026 г. Совет провёл 5 заседаний.')).toHaveLength(1);
  });
  it('a plan / fact header run together by a PDF is cut at its columns\' words (set 161); a label of words is not', () => {
    expect(splitJoinedHeaderLabels(['Направление\tПлан на I полугодие Факт Справочно: I полугодие 2025 г.', 'Заседания Совета\t3\t4\t3'])[0].split('\t')).toEqual(['Направление', 'План на I полугодие', 'Факт', 'Справочно: I полугодие 2025 г.']);
    expect(splitJoinedHeaderLabels(['Көрсеткіш\tЖоспар Нақты', 'Мониторинг\t4\t5'])[0].split('\t')).toEqual(['Көрсеткіш', 'Жоспар', 'Нақты']);
    expect(splitJoinedHeaderLabels(['Направление\tПлан работы Совета', 'Заседания Совета\t3'])[0]).toBe('Направление\tПлан работы Совета');
  });
});
