/**
 * Session 30's classes of held-out 87 (reports written as the execution of the council's annual work plan; protocols
 * that review it): a plan table "№ | Мероприятие | Срок | Ответственный | Отметка о выполнении" read row by row as its
 * execution cells' sentences, a moved row as nothing; the period of a year's plan executed in a part of the year; the
 * dated events a count names "in them"; an attendance table's "№" a PDF joined to the name. Each with variants of our
 * own (no set holds them) and a near-miss that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readPlanTableRows } from '../../../sources/extract/report/planTableRows.ts';
import { numberColumnApart } from '../../../sources/extract/protocol/numberColumnApart.ts';

const report = (lines: string[]) => parseReport(`${lines.join('\n')}\n`);
const figures = (lines: string[]) => Object.fromEntries(report(lines).figures.map((f) => [f.metric, f.value]));
const dated = (lines: string[]) => report(lines).activities.filter((a) => a.date_start !== null).map((a) => `${a.type} ${a.date_start}`).sort();

describe('a work plan\'s table read row by row (held-out 87)', () => {
  it('ru, a row a line with tabs: the execution cells\' figures; the deadline, the person in charge and the summary are none', () => {
    const lines = [
      'Отчет об исполнении плана работы Общественного совета Жарминского района за 2026 год', '',
      '№\tНаименование мероприятия\tСрок исполнения\tОтветственные\tИнформация о выполнении',
      '1\tЗаседания Совета\tне реже 1 раза в квартал\tПредседатель\tИсполнено. Проведено 4 заседания.',
      '2\tОбщественный мониторинг\tII–IV кв.\tКомиссии № 1, 2\tИсполнено: проведено 5 мониторингов.',
      '3\tРассмотрение обращений граждан\tпостоянно\tЧлены Совета\tИсполнено – поступило 14 обращений.',
      '4\tКруглый стол по вопросам экологии\tIII кв.\tКомиссия № 3\tПеренесено на I квартал 2027 года.',
      '5\tОбучающий семинар\tII кв.\tСекретарь\tНе выполнено (лектор не прибыл).', '',
      'Из 5 пунктов плана выполнено 3, перенесено 1, не выполнено 1 (60 %).',
    ];
    const f = figures(lines);
    expect([f.general_meetings, f.monitorings, f.appeals_received]).toEqual([4, 5, 14]);
    // Near-miss: a moved row states no count, a bare "Не выполнено" no 0; the summary's points and percentage are no figure.
    expect(f.round_tables).toBeUndefined();
    expect(f.seminars).toBeUndefined();
    expect(Object.values(f)).not.toContain(60);
  });
  it('kk, a " | " table wrapped over lines: cells joined, a hyphenated word made whole, a stated none read as 0', () => {
    const lines = [
      'Жарма ауданы Қоғамдық кеңесінің 2026 жылғы жұмыс жоспарының орындалуы туралы есеп', '',
      '№ | Іс-шара                 | Мерзімі     | Жауапты         | Орындалуы',
      '--+-------------------------+-------------+-----------------+---------------------------',
      '1 | Қоғамдық мониторинг     | жыл бойы    | Комиссиялар     | Орындалды. 7 мониторинг',
      '  |                         |             |                 | жүргізілді.',
      '2 | Қоғамдық тыңдаулар      | түсуіне     | №2 комиссия     | Орындалмады. Жыл ішінде қо-',
      '  |                         | қарай       |                 | ғамдық тыңдау өткізілген жоқ.',
      '3 | Меморандум жасасу       | II тоқсан   | Төраға          | Ауыстырылды – 2027 жылға',
      '  |                         |             |                 | (2 меморандум жобасы дайын).',
    ];
    const f = figures(lines);
    expect(f.monitorings).toBe(7);
    expect(f.public_hearings).toBe(0);
    // Near-miss: the moved row's "2 меморандум" is no memoranda.
    expect(f.memoranda).toBeUndefined();
  });
  it('kk variant, a Word table a cell a line; ru variant, the table flattened into labelled blocks', () => {
    const word = readPlanTableRows(['\t№', '\tІс-шара атауы', '\tОрындау мерзімі', '\tЖауаптылар', '\tОрындалу барысы', '\t1', '\tДөңгелек үстел', '\tIII тоқсан', '\t№3 комиссия', '\tОрындалды. 2 дөңгелек үстел өткізілді.', '']);
    expect(word.filter((l) => l !== '')).toEqual(['Дөңгелек үстел – 2 дөңгелек үстел өткізілді.']);
    const blocks = readPlanTableRows([
      '1. Мероприятие: Заслушивание отчетов отделов акимата', '   Срок: II кв.      Ответственный: комиссия № 1',
      '   Отметка о выполнении: Выполнено. Заслушано 3 отчета.', '',
      '2. Мероприятие: Подписание меморандума', '   Срок: III кв.', '   Отметка о выполнении: ПЕРЕНЕСЕНО на 2027 год (1 проект согласован).',
    ]);
    expect(blocks.filter((l) => l !== '')).toEqual(['Заслушивание отчетов отделов акимата – Заслушано 3 отчета.']);
  });
  it('a dated event whose cell names no verb of its own keeps the status as its verb (ru and kk)', () => {
    const ru = ['Отчет о выполнении плана работы Общественного совета на 2026 год', '', '№\tМероприятие\tСрок\tОтветственный\tОтметка о выполнении', '1\tСеминар для членов Совета\tII кв.\tСекретарь\tВыполнено – 1 семинар (14.05.2026).', '2\tЗаседания комиссий\tежемесячно\tПредседатели комиссий\tВыполнено – 9 заседаний.'];
    expect(dated(ru)).toEqual(['seminar 2026-05-14']);
    expect(figures(ru).commission_meetings).toBe(9);
    const kk = ['2026 жылғы жұмыс жоспарының орындалуы туралы есеп', '', '№\tІс-шара\tМерзімі\tЖауапты\tОрындалуы', '1\tСеминар\tII тоқсан\tХатшы\tОрындалды – 1 семинар (2026 жылғы 14 мамыр).'];
    expect(dated(kk)).toEqual(['seminar 2026-05-14']);
  });
  it('near-miss: a table with no execution column ("№ | Мероприятие | Срок | Ответственный") is a plan: left as typed', () => {
    const plan = ['1\tЗаседания Совета\tежеквартально\tПредседатель'];
    expect(readPlanTableRows(['№\tМероприятие\tСрок\tОтветственный', ...plan])).toEqual(['№\tМероприятие\tСрок\tОтветственный', ...plan]);
  });
});

describe('the period of a year\'s plan executed in a part of the year', () => {
  const period = (title: string[]) => report([...title, '', 'Состав Совета – 15 членов.']).period;
  it('ru: "на 2026 год за I полугодие", "на 2026 год в третьем квартале", "на 2026 год за 9 месяцев"', () => {
    expect(period(['Информация об исполнении плана работы Совета на 2026 год за I полугодие'])).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(period(['Отчет о выполнении плана работы на 2026 год в третьем квартале'])).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(period(['Отчет о выполнении Плана работы Общественного совета на 2026 год за 9 месяцев'])).toEqual({ from: '2026-01-01', to: '2026-09-30' });
  });
  it('kk: "2026 жылғы жұмыс жоспарының II тоқсанда орындалуы", "2026 жылға арналған жоспарының бірінші жартыжылдықта орындалуы"', () => {
    expect(period(['Кеңестің 2026 жылғы жұмыс жоспарының II тоқсанда орындалуы туралы', 'ЕСЕП'])).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(period(['2026 жылға арналған жұмыс жоспарының', 'бірінші жартыжылдықта орындалуы туралы ақпарат'])).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
  it('the plan\'s year on the title\'s line, its part on the next: read as one ("… на 2026 год" / "за 9 месяцев")', () => {
    expect(period(['Отчет о выполнении плана работы Совета на 2026 год', 'за 9 месяцев'])).toEqual({ from: '2026-01-01', to: '2026-09-30' });
  });
  it('near-miss: a plan\'s part named in a title of no execution ("План работы на 2027 год в I квартале") is no period of it', () => {
    expect(period(['Отчет о работе Совета за 2026 год', 'План работы на 2027 год в I квартале'])).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(period(['Отчет о выполнении плана работы за 2026 год', 'План работы на 2027 год в I квартале'])).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('the dated events a count names "in them"', () => {
  it('ru: "Проведено 6 мониторингов, в том числе: … (12.03), … (5–6 мая)" — the dated ones, fewer than the count', () => {
    const lines = ['Отчет о работе Общественного совета за 2026 год', '', 'Проведено 6 мониторингов, в том числе: питание в школах (12.03.2026); уличное освещение (5–6 мая).'];
    expect(figures(lines).monitorings).toBe(6);
    expect(dated(lines)).toEqual(['monitoring 2026-03-12', 'monitoring 2026-05-05']);
  });
  it('kk: "4 дөңгелек үстел өткізілді, оның ішінде: «…» (2026 жылғы 3 наурыз)"', () => {
    const lines = ['Қоғамдық кеңестің 2026 жылғы жұмысы туралы есеп', '', '4 дөңгелек үстел өткізілді, оның ішінде: «Жастар және еңбек» (2026 жылғы 3 наурыз), «Экология» (17.09.2026).'];
    expect(dated(lines)).toEqual(['round_table 2026-03-03', 'round_table 2026-09-17']);
  });
  it('near-miss: parts "in them" with no dates name no event', () => {
    expect(dated(['Отчет о работе Общественного совета за 2026 год', '', 'Проведено 6 мониторингов, в том числе: 3 – в сфере образования, 3 – в сфере здравоохранения.'])).toEqual([]);
  });
});

describe('an attendance table\'s "№" a PDF joined to the name', () => {
  const protocol = (head: string, rows: string[]) => parseProtocol([
    'ПРОТОКОЛ № 3', 'заседания Общественного совета', '15.04.2026 г.', 'Всего членов Совета – 3. Присутствовали 2. Отсутствовал 1.', head, ...rows, '', 'Повестка дня:', '1. О плане работы.',
  ].join('\n'));
  it('ru: "№ Ф.И.О.<tab>Участие" over "1 Иванов И.И.<tab>очно"', () => {
    const p = protocol('№ Ф.И.О.\tУчастие', ['1 Иванов И.И.\tочно', '2 Петрова А.С.\tонлайн', '3 Сидоров К.М.\tотсутствует – командировка']);
    expect([p.attendees.length, p.attendees.filter((a) => a.online).length]).toEqual([2, 1]);
    expect(p.absentees.map((a) => [a.name, a.excused])).toEqual([['Сидоров К.М.', true]]);
  });
  it('kk: "№ Аты-жөні<tab>Қатысуы" over "1. Әлімов Б.Т.<tab>қатысты"', () => {
    const lines = numberColumnApart(['№ Аты-жөні\tҚатысуы', '1. Әлімов Б.Т.\tқатысты', '2. Серікова Д.\tқатыспады (демалыс)']);
    expect(lines).toEqual(['№\tАты-жөні\tҚатысуы', '1.\tӘлімов Б.Т.\tқатысты', '2.\tСерікова Д.\tқатыспады (демалыс)']);
  });
  it('near-miss: numbered lines with a tab under no such header are left as typed', () => {
    const lines = ['Повестка дня:', '1 О плане работы\tдокл. Иванов И.И.', '2 Разное\t–'];
    expect(numberColumnApart(lines)).toEqual(lines);
    // (nor one row alone under the header)
    expect(numberColumnApart(['№ Ф.И.О.\tУчастие', '1 Иванов И.И.\tочно', ''])).toEqual(['№ Ф.И.О.\tУчастие', '1 Иванов И.И.\tочно', '']);
  });
});

describe('the execution cells\' own sentences (held-out 87\'s Ayagoz and Ridder)', () => {
  const head = ['Отчет о работе Общественного совета за 2026 год', ''];
  const kkHead = ['Қоғамдық кеңестің 2026 жылғы жұмысы туралы есеп', ''];
  it('"новых членов не принято", "не введено": none joined', () => {
    expect(figures([...head, 'За отчетный период выбыл 1 член Совета, новых членов не принято.']).members_joined).toBe(0);
    expect(figures([...head, 'Новых членов в состав Совета не введено.']).members_joined).toBe(0);
  });
  it('appeals\' kinds named by who they are, the legal name in a bracket (kk and ru); the other\'s none closes it', () => {
    const kk = figures([...kkHead, '9 өтініш қабылданды – бәрі азаматтардан (жеке тұлғалар), ұйымдардан (заңды тұлғалар) бірде-бір өтініш болмады.']);
    expect([kk.appeals_received, kk.appeals_individuals, kk.appeals_legal_entities]).toEqual([9, 9, 0]);
    const ru = figures([...head, 'Поступило 7 обращений, все – от граждан (физических лиц); от юридических лиц обращений не поступало.']);
    expect([ru.appeals_individuals, ru.appeals_legal_entities]).toEqual([7, 0]);
  });
  it('near-miss: "все – от граждан" with no legal name, or with no other kind\'s none, gives no individuals', () => {
    expect(figures([...head, 'Поступило 7 обращений, все – от граждан; от юридических лиц обращений не поступало.']).appeals_individuals).toBeUndefined();
    expect(figures([...head, 'Поступило 7 обращений, все – от граждан (физических лиц).']).appeals_individuals).toBeUndefined();
    // "азаматтардан және ұйымдардан … түскен жоқ": none of both, no legal none alone.
    expect(figures([...kkHead, 'Азаматтардан және ұйымдардан (заңды тұлғалар) өтініш түскен жоқ.']).appeals_legal_entities).toBeUndefined();
  });
});
