/**
 * Figures of other bodies written beside the council's own (set 118's theme): a residents' gathering's vote told in a
 * speech, another body's line of counts in the council's vote block, appeals an authority received, an NGO's events, an
 * invited person's row in the registration table. Variants of my own in both languages, and near misses that must keep
 * the council's figure.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const protocol = (body: string[]) =>
  parseProtocol(['ПРОТОКОЛ № 5', '12.11.2026', '', 'Присутствовали 9 из 12 членов Совета.', '', 'ПОВЕСТКА ДНЯ:', '1. О благоустройстве.', '2. О плане.', '', ...body].join('\n'));
const votesOf = (body: string[]) => protocol(body).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe("a residents' gathering's vote told in a speech is no vote of the council", () => {
  it.each([
    ['1. Аким сообщил, что на сходе жителей 15 октября 98 проголосовали за, 17 – против, 11 воздержались.'],
    ['1. Әкім баяндады: ауыл жиынында 126 тұрғын жобаны талқылап, оның 98-і жақтап, 17-сі қарсы дауыс берді, 11-і қалыс қалды.'],
    ['1. Аким округа: жители села проголосовали за проект, за – 98, против – 17.'],
  ])('%s', (speech) => {
    expect(votesOf([speech, 'За – 9, против – 0, воздержались – 0. Решение принято.'])).toEqual([[9, 0, 0, 'adopted']]);
  });
  it('near miss: the council votes on the residents\' proposal — its vote', () => {
    expect(votesOf(['1. По обращению жителей села голосовали: за – 8, против – 1, воздержались – 0. Решение принято.'])).toEqual([[8, 1, 0, 'adopted']]);
    expect(votesOf(['1. Тұрғындардың ұсынысы бойынша Кеңес мүшелері дауыс берді: жақтап – 8, қарсы – 1, қалыс – 0. Шешім қабылданды.'])).toEqual([[8, 1, 0, 'adopted']]);
  });
});

describe("another body's line of counts in the council's vote block", () => {
  it.each([
    [['Голосование:', 'члены Совета: 6 / 1 / 1;', 'комиссия маслихата: 3 / 2 / 0.', 'Решение принято.']],
    [['Дауыс беру:', 'Кеңес мүшелері: 6 / 1 / 1;', 'мәслихат комиссиясы: 3 / 2 / 0.', 'Шешім қабылданды.']],
    [['Голосование:', 'члены Совета: за – 6, против – 1, воздержались – 1;', 'депутаты маслихата: за – 3, против – 2, воздержались – 0.', 'Решение принято.']],
  ])('%j: the council\'s 6/1/1 adopted', (block) => {
    expect(votesOf(['1. СЛУШАЛИ: …', ...block])).toEqual([[6, 1, 1, 'adopted']]);
  });
  it('near miss: a council line alone closed by a semicolon, its result below — still read', () => {
    expect(votesOf(['1. СЛУШАЛИ: …', 'Голосование:', 'члены Совета: 7 / 1 / 1;', 'Решение принято.'])).toEqual([[7, 1, 1, 'adopted']]);
  });
});

const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(['Отчет о работе Общественного совета за III квартал 2026 года', '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));

describe('appeals an authority received are not the council\'s', () => {
  it.each([
    [['В акимат района за квартал поступило 1 318 обращений. В Общественный совет поступило 29 обращений.']],
    [['Аудан әкімдігіне тоқсанда 1 318 өтініш келіп түсті. Қоғамдық кеңеске 29 өтініш түсті.']],
    [['Аудан әкімдігінің «Е-өтініш» жүйесіне 1 318 өтініш түсті. Кеңеске 29 өтініш келді.']],
  ])('%j: appeals 29', (lines) => {
    expect(figuresOf(lines).appeals_received).toBe(29);
  });
  it('near miss: the council under the akimat ("Совет при акимате") received them — its own', () => {
    expect(figuresOf(['В Общественный совет при акимате района поступило 29 обращений.']).appeals_received).toBe(29);
    expect(figuresOf(['Аудан әкімдігі жанындағы Қоғамдық кеңеске 29 өтініш түсті.']).appeals_received).toBe(29);
  });
});

describe("an NGO's events are not the council's; the council's part of their total is", () => {
  it.each([
    ['Аудандық ҮЕҰ ресурстық орталығы өз жоспары бойынша 11 семинар өткізді.'],
    ['Неправительственные организации района провели 11 семинаров.'],
    ['Ресурсным центром НПО проведено 11 семинаров.'],
  ])('%s: no seminars', (sentence) => {
    expect(figuresOf(['Советом проведено 2 круглых стола.', sentence]).seminars).toBeUndefined();
  });
  it('the council\'s part of the NGOs\' total: its own', () => {
    const f = figuresOf(['Аудандағы үкіметтік емес ұйымдар 42 іс-шара өткізді; оның ішінде Қоғамдық кеңес ұйымдастырғандары – 6: 3 дөңгелек үстел, 2 семинар және 1 меморандум.']);
    expect([f.round_tables, f.seminars]).toEqual([3, 2]);
  });
  it('near miss: seminars held with the NGOs ("ҮЕҰ-мен бірлесіп", "совместно с НПО") are the council\'s', () => {
    expect(figuresOf(['Кеңес ҮЕҰ-мен бірлесіп 2 семинар өткізді.']).seminars).toBe(2);
    expect(figuresOf(['Совет совместно с неправительственными организациями провёл 2 семинара.']).seminars).toBe(2);
  });
});

describe("an invited person's row in the registration table is no attendee", () => {
  const table = (status: string) => parseProtocol(['ПРОТОКОЛ № 3', '10.11.2026', '', 'Лист регистрации', '№\tФ.И.О.\tСтатус\tУчастие',
    '1\tАбенов Д.С.\tчлен Совета, председатель\tочно', '2\tБекова Н.Е.\tчлен Совета\tочно', `3\tКасымов Т.А.\t${status}\tочно`, '4\tДаулетова С.Н.\tчлен Совета\tочно',
    '', 'ПОВЕСТКА ДНЯ:', '1. О плане.'].join('\n'));
  it.each(['приглашённый, руководитель отдела ЖКХ', 'приглашенная – аким сельского округа'])('%s', (status) => {
    expect(table(status).attendees.map((a) => a.name)).toEqual(['Абенов Д.С.', 'Бекова Н.Е.', 'Даулетова С.Н.']);
  });
  it('near miss: a member whose role names the akimat is an attendee', () => {
    expect(table('член Совета, представитель акимата').attendees).toHaveLength(4);
  });
});

describe("the council's column beside a column of other bodies' figures, its cells a count and its breakdown", () => {
  // A Word table as the reader gives it: a cell a line, each opening with a tab.
  const table = (head: string[], rows: string[][]) => [...head, ...rows.flat()].map((c) => `\t${c}`);
  it.each([
    [['№', 'Показатель', 'Общественный совет', 'Для сведения: акимат / маслихат'], [['1', 'Заседания Совета', '2', 'сессии маслихата – 1'],
      ['2', 'Поступило обращений', '14 (физ. лиц – 12, юр. лиц – 2)', 'в акимат района – 231'], ['3', 'Рассмотрено проектов НПА', '3, из них одобрено 2, с замечаниями 1', 'постановлений акимата – 14']]],
    [['№', 'Көрсеткіш', 'Қоғамдық кеңес', 'Аудан әкімдігі (анықтама үшін)'], [['1', 'Кеңес отырыстары', '2', 'мәслихат сессиялары – 1'],
      ['2', 'Түскен өтініштер', '14 (жеке тұлғалардан – 12, заңды тұлғалардан – 2)', 'әкімдікке – 231'], ['3', 'Қаралған НҚА жобалары', '3, оның ішінде мақұлданғаны 2, ескертумен 1', 'әкімдік қаулылары – 14']]],
  ])('%j', (head, rows) => {
    const f = figuresOf(table(head, rows));
    expect([f.general_meetings, f.appeals_received, f.npa_reviewed]).toEqual([2, 14, 3]);
    expect(Object.values(f)).not.toContain(231);
  });
  it('near miss: no column of other bodies beside it — a cell of prose is not cut to its count', () => {
    const f = figuresOf(table(['№', 'Показатель', 'Общественный совет', 'Примечание'], [['1', 'Заседания Совета', '2', '–'], ['2', 'Поступило обращений', 'около 14 (по данным канцелярии)', '–']]));
    expect(f.appeals_received).toBeUndefined();
  });
});

describe("a list its heading leaves out of the council's counts gives no activity", () => {
  const activities = (heading: string) => parseReport(['Информация о работе Общественного совета за ноябрь 2026 года', '', 'Мероприятия Совета в ноябре:',
    '05.11.2026 – мониторинг работы ЦОН;', '12.11.2026 – мониторинг питания в школе № 2;', '26.11.2026 – мониторинг автобусных остановок.',
    heading, '14.11.2026 – семинар отдела внутренней политики;', '20.11.2026 – семинар для НПО района;', '27.11.2026 – круглый стол акимата «Молодёжь».'].join('\n')).activities.map((a) => a.type);
  it.each([
    'Мероприятия акимата с участием членов Совета (в показатели Совета не включены):',
    'Әкімдіктің іс-шаралары (Кеңес көрсеткіштеріне енгізілмеген):',
  ])('%s', (heading) => {
    expect(activities(heading)).toEqual(['monitoring', 'monitoring', 'monitoring']);
  });
  it('near miss: a heading that leaves nothing out — its items are the council\'s', () => {
    expect(activities('Мероприятия, проведённые Советом совместно с акиматом:')).toEqual(['monitoring', 'monitoring', 'monitoring', 'seminar', 'seminar', 'round_table']);
  });
});

describe('the members one group among those who came, each counted: their count is those present', () => {
  const present = (head: string) => parseProtocol(['ПРОТОКОЛ № 8', '10.11.2026', '', head, '', 'ПОВЕСТКА ДНЯ:', '1. О плане.'].join('\n')).present;
  it.each([
    ['Всего зарегистрировано 19 участников: 12 членов Совета (в том числе 2 по видеосвязи), 4 депутата маслихата и 3 сотрудника акимата.', 12],
    ['На заседании присутствовали 11 членов Совета и 5 представителей НПО.', 11],
    ['Отырысқа Кеңестің 10 мүшесі (оның 1-і ZOOM арқылы), аудандық мәслихаттың 3 депутаты және ҮЕҰ-ның 2 өкілі қатысты.', 10],
    ['Отырысқа Кеңестің 9 мүшесі және ауыл тұрғындарынан 14 адам қатысты.', 9],
  ])('%s', (head, n) => {
    expect(present(head)).toBe(n);
  });
  it('near miss: the participants\' whole alone, or only other groups counted — no count of members present', () => {
    expect(present('Всего зарегистрировано 19 участников, в том числе депутаты маслихата и сотрудники акимата.')).toBeNull();
    expect(present('На заседание приглашены 4 депутата маслихата и 3 сотрудника акимата.')).toBeNull();
  });
});
