/**
 * Session 39's classes of held-out 152 (work plans and their execution tables; protocols that hear how the plan went):
 * a plan row whose execution cell only dates its event ("Орындалды – 24.06.2026 ж.") is that event held; a run of names
 * closed by its tally ("… – всего 12 человек из 15, в том числе в режиме онлайн – 1.") gives those present and the members,
 * and the tally is no mark of the last name; a Kazakh plan's part with its months in a bracket is the report's period; the
 * dashes under "Түсіндірме:" that explain a table's rows, each read for itself; a body's report with its
 * day in a bracket or before the verb ("… бөлімінің есебі (28.05.2026 ж.) тыңдалды").
 * Each with variants the set does not show and near misses that must stay unread.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { planRowSentence, readPlanTableRows } from '../../../sources/extract/report/planTableRows.ts';
import { withoutListTotal } from '../../../sources/extract/protocol/listTotal.ts';

const report = (lines: string[]) => parseReport(`${lines.join('\n')}\n`);
const dated = (lines: string[]) => report(lines).activities.filter((a) => a.date_start !== null).map((a) => `${a.type} ${a.date_start}`).sort();
const protocol = (lines: string[]) => parseProtocol(`${lines.join('\n')}\n`);

describe('a plan row whose execution cell only dates its event (held-out 152\'s Akmola)', () => {
  const kkHead = ['2026 жылға арналған жұмыс жоспарының орындалуы туралы есеп', '', '№  | Іс-шара | Мерзімі | Жауаптылар | Орындалуы', '---+---------+---------+------------+----------'];
  it('kk: "Орындалды – 24.06.2026 ж.", "Орындалды, ақпанның 5-і", "Орындалды: 2026 жылғы 27 мамыр" — each row\'s event held that day', () => {
    expect(dated([...kkHead,
      '1  | Күрделі жөндеу сапасының мониторингі | II тоқсан | №2 комиссия | Орындалды – 24.06.2026 ж.',
      '2  | Аулаларды қардан тазартуды мониторингтеу | I тоқсан | №2 комиссия | Орындалды, ақпанның 5-і',
      '3  | Тарифтер бойынша қоғамдық тыңдау | II тоқсан | №1 комиссия | Орындалды: 2026 жылғы 27 мамыр',
      '4  | Бөлімнің есебін тыңдау | III тоқсан | №1 комиссия | Орындалды – 20.08.2026 ж.',
    ])).toEqual(['monitoring 2026-02-05', 'monitoring 2026-06-24', 'public_hearing 2026-05-27', 'report_hearing 2026-08-20']);
  });
  it('ru: "Исполнено – 14.05.2026 г." in a tab table — the seminar held', () => {
    expect(dated(['Отчет об исполнении плана работы Общественного совета на 2026 год', '', '№\tМероприятие\tСрок\tОтветственный\tОтметка об исполнении',
      '1\tСеминар для председателей ОСИ\tII кв.\tСекретарь\tИсполнено – 14.05.2026 г.',
      '2\tКруглый стол по энергосбережению\tIII кв.\tКомиссия № 1\tИсполнено: 17 сентября 2026 г.',
    ])).toEqual(['round_table 2026-09-17', 'seminar 2026-05-14']);
  });
  it('the verb put in is one of holding, in the row\'s language (a Kazakh status has none of Kazakh\'s own letters)', () => {
    expect(planRowSentence('Семинар', 'Орындалды – 24.06.2026 ж.')).toBe('Семинар – өткізілді: 24.06.2026 ж.');
    expect(planRowSentence('Семинар для ОСИ', 'Исполнено – 24.06.2026 г.')).toBe('Семинар для ОСИ – проведено: 24.06.2026 г.');
  });
  it('near misses: a quarter, a count alone, a moved row or a cell with its own verb get no verb put in', () => {
    expect(planRowSentence('Семинар', 'Орындалды – II тоқсанда')).toBe('Семинар – II тоқсанда.');
    expect(planRowSentence('Кеңес отырыстары', 'Орындалды – 6 отырыс')).toBe('Кеңес отырыстары – 6 отырыс.');
    expect(planRowSentence('Оқыту', 'Ауыстырылды – 2027 жылғы 15 қаңтарға')).toBe('');
    expect(planRowSentence('Меморандум', 'Орындалды, 2026 жылғы 3 наурызда қол қойылды')).toBe('Меморандум – 2026 жылғы 3 наурызда қол қойылды.');
    // A moved row dated states no event.
    expect(dated([...kkHead, '1  | Семинар | II тоқсан | хатшы | Ауыстырылды – 24.06.2026 ж.'])).toEqual([]);
  });
});

describe('the period of a plan executed in a part of the year, its months in a bracket', () => {
  it('kk: "2026 жылғы жұмыс жоспарының 9 айда (қаңтар – қыркүйек) орындалуы туралы"', () => {
    expect(report(['Қоғамдық кеңес', '', '2026 жылғы жұмыс жоспарының 9 айда (қаңтар – қыркүйек) орындалуы туралы', 'АҚПАРАТ', '', 'Кеңес құрамы: 11 мүше.']).period)
      .toEqual({ from: '2026-01-01', to: '2026-09-30' });
    expect(report(['Қоғамдық кеңес', '', '2026 жылғы жұмыс жоспарының I жарты жылдықта (қаңтар – маусым) орындалуы туралы', 'АҚПАРАТ', '', 'Кеңес құрамы: 11 мүше.']).period)
      .toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
  it('near miss: a plan of a part with no execution word after its bracket is no report\'s period', () => {
    expect(report(['Қоғамдық кеңес', '', '2027 жылғы жұмыс жоспарының I тоқсанда (қаңтар – наурыз) іс-шаралары', '', 'Кеңес құрамы: 11 мүше.']).period)
      .not.toEqual({ from: '2027-01-01', to: '2027-03-31' });
  });
});

describe('a run of names closed by its tally (held-out 152\'s Akmola)', () => {
  it('ru: "… – всего 12 человек из 15, в том числе в режиме онлайн – 1." — present and members; the last name no online', () => {
    const p = protocol(['ПРОТОКОЛ № 6', 'заседания Общественного совета', '', '16 декабря 2026 года', '',
      'Присутствовали члены Совета: Абенов Ержан Каримович (председатель), Жукова Татьяна',
      'Викторовна, Досанова Сауле Жумабаевна, Искаков Арман Нурланович, Карпенко Ольга',
      'Игоревна, Мамырбаев Даурен Сапарович, Нуртазина Гульнара Алимовна, Сейтказина',
      'Динара Муратовна (онлайн), Токтаров Бахыт Серикович – всего 8 человек из 11, в',
      'том числе в режиме онлайн – 1.', '',
      'Отсутствовали:', 'Ким Виталий Алексеевич – трудовой отпуск;', 'Лаптева Наталья Ивановна – больничный лист;', 'Оспанов Берик Талгатович – командировка.']);
    expect([p.present, p.members_total, p.online]).toEqual([8, 11, 1]);
    expect(p.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Сейтказина Динара Муратовна']);
    expect(p.attendees.find((a) => a.name === 'Токтаров Бахыт Серикович')?.role ?? null).toBeNull();
  });
  it('kk: "… – барлығы 4 мүше (6 мүшеден), оның ішінде онлайн – 1."', () => {
    const p = protocol(['ХАТТАМА № 1', 'Қоғамдық кеңес отырысының', '', '2026 жылғы 21 қаңтар', '',
      'Қатысқандар: Сейітов Арман Бекұлы (төраға), Жұмабаева Гүлнар Сәкенқызы,',
      'Оспанова Айгүл Маратқызы (онлайн), Тоқтаров Бақыт Серікұлы – барлығы 4 мүше (6 мүшеден), оның ішінде онлайн – 1.']);
    expect([p.present, p.members_total, p.online]).toEqual([4, 6, 1]);
    expect(p.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Оспанова Айгүл Маратқызы']);
  });
  it('the tally cut from the run, a role after a dash kept', () => {
    expect(withoutListTotal('Иванов И.И., Петров П.П. – всего 2 человека.')).toBe('Иванов И.И., Петров П.П.');
    expect(withoutListTotal('Иванов И.И., Петров П.П. – член Совета')).toBe('Иванов И.И., Петров П.П. – член Совета');
    // Near miss: a count of years or of something else than people closes no list.
    expect(withoutListTotal('Петров П.П. – всего 12 лет в составе')).toBe('Петров П.П. – всего 12 лет в составе');
  });
  it('near miss: a tally under the list of those absent is no count present', () => {
    const p = protocol(['ПРОТОКОЛ № 6', 'заседания Общественного совета', '', '16 декабря 2026 года', '',
      'Отсутствовали: Ким Виталий Алексеевич, Лаптева Наталья Ивановна – всего 2 человека.']);
    expect(p.present).toBeNull();
  });
});

describe('the dashes that explain a plan table\'s rows (held-out 152\'s Kyzylorda)', () => {
  const head = ['2026 жылғы жұмыс жоспарының 9 айда (қаңтар – қыркүйек) орындалуы туралы', 'АҚПАРАТ', ''];
  it('kk: under "Түсіндірме:", each dash read for itself, not typed by last year\'s monitorings named above', () => {
    expect(dated([...head,
      'Жоспардың 11 тармағының 8-і орындалды (2025 жылдың 9 айында – 9 мониторинг, 3 есеп тыңдалған).', '',
      'Түсіндірме:',
      '– Мониторингтер: 2026 жылғы 11 ақпанда (Қызылорда қ., қоймалар), 15.04.2026 ж. (Сырдария ауданы),',
      'маусымның 3-і (Жалағаш ауданы).',
      '– Хаттар: 7 хат жолданды, 6-сына жауап алынды.',
    ])).toEqual(['monitoring 2026-02-11', 'monitoring 2026-04-15', 'monitoring 2026-06-03']);
  });
  it('ru: "Пояснения:" the same; a dash of a plan ("планируется") stays unread', () => {
    expect(dated(['Информация об исполнении плана работы Общественного совета на 2026 год за 9 месяцев', '',
      'В 2025 году за тот же период проведено 3 круглых стола.', '',
      'Пояснения:',
      '– Мониторинги: 11 февраля 2026 г. (склады), 15.04.2026 г. (Сырдарьинский район).',
      '– Семинар для членов Совета планируется провести 14 октября 2026 года.',
    ])).toEqual(['monitoring 2026-02-11', 'monitoring 2026-04-15']);
  });
  it('near miss: a dash naming two types with one verb is not read as one sentence of either', () => {
    const got = dated([...head, 'Түсіндірме:', '– Дөңгелек үстел 14 наурызда, семинар 27 наурызда өтті.']);
    expect(got.filter((d) => d.startsWith('round_table')).length).toBeLessThanOrEqual(1);
    expect(got).not.toContain('round_table 2026-03-27');
  });
});

describe('a body\'s report heard, its day between the report and the verb', () => {
  const head = ['2026 жылғы 9 айдағы ақпарат', ''];
  it('kk: "… бөлімінің есебі 2026 жылғы 19 наурызда тыңдалды", "… есебі (19.03.2026 ж.) тыңдалды"', () => {
    expect(dated([...head, 'Қармақшы ауданы бөлімінің есебі 2026 жылғы 19 наурызда тыңдалды.'])).toEqual(['report_hearing 2026-03-19']);
    expect(dated([...head, 'Шиелі ауданы бөлімінің есебі (28.05.2026 ж.) тыңдалды.'])).toEqual(['report_hearing 2026-05-28']);
  });
  it('kk: two bodies\' reports each with its bracketed day, one verb — two hearings, and no count of 1', () => {
    const lines = [...head, 'Қармақшы ауданы ауыл шаруашылығы бөлімі басшысының есебі (2026 жылғы 19 наурыз) және Шиелі ауданы ауыл шаруашылығы бөлімінің есебі (28.05.2026 ж.) тыңдалды.'];
    expect(dated(lines)).toEqual(['report_hearing 2026-03-19', 'report_hearing 2026-05-28']);
    expect(report(lines).figures.find((f) => f.metric === 'report_hearings')?.value ?? null).not.toBe(1);
  });
  it('near miss: a report planned for a day is no hearing held', () => {
    expect(dated([...head, 'Жаңақорған ауданы бөлімінің есебін 2026 жылғы 15 қазанда тыңдау жоспарланған.'])).toEqual([]);
  });
});

describe('the plan written as numbered points, each with its status after a dash (held-out 152\'s Aktobe)', () => {
  it('kk: "2.1. … мониторингтеу –" / "орындалды, 2025 жылғы 14 наурыз." — the point\'s event held that day; a moved point nothing', () => {
    const lines = ['Қоғамдық кеңестің 2025 жылғы жұмыс жоспарының орындалуы туралы', '', 'ЕСЕП', '', 'II. ҚОҒАМДЫҚ БАҚЫЛАУ',
      '2.1. Облыстық музейдің экспозициялық жұмысын мониторингтеу –', 'орындалды, 2025 жылғы 14 наурыз.',
      '2.2. Мәдениет үйлерінің мониторингі – орындалды, 17.09.2025 ж.',
      '2.3. Хромтау ауданындағы нысандардың мониторингі – ауыстырылды', '(2026 жылғы 15 қаңтарға).',
      '2.4. «Ауыл мәдениеті» дөңгелек үстелі – орындалды, 12.06.2025 ж.'];
    expect(dated(lines)).toEqual(['monitoring 2025-03-14', 'monitoring 2025-09-17', 'round_table 2025-06-12']);
  });
  it('ru: "3. Семинар для членов Совета – выполнено, 14 мая 2026 г."; the status word dropped before a count', () => {
    const lines = ['Отчет о выполнении плана работы Общественного совета на 2026 год', '',
      '1. Заседания Совета – выполнено. Проведено 4 заседания.', '2. Семинар для членов Совета – выполнено, 14 мая 2026 г.'];
    expect(readPlanTableRows(lines).slice(2)).toEqual(['Заседания Совета – Проведено 4 заседания.', 'Семинар для членов Совета – проведено: 14 мая 2026 г.']);
    expect(dated(lines)).toEqual(['seminar 2026-05-14']);
  });
  it('near misses: a point with no status after its dash, or a status inside its sentence, is left as typed', () => {
    const lines = ['1. Мониторинг – 14 мая 2026 г., выполнено в срок.', '2. Заседания Совета проведены – план выполнен.', '3. Круглый стол – не проводился.'];
    expect(readPlanTableRows(lines)).toEqual(lines);
  });
});
