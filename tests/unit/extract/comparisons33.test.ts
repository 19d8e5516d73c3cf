/**
 * Comparisons with another period (session 33, theme of set 102 — built from variants of my own while the set stayed
 * unseen): only the period's own count is a figure, never the other year's, the difference, the ratio or a count over
 * several years. Classes: a count over a run of years or since the council began (doubtOfFigure: YEAR_RANGE,
 * SINCE_FOUNDING); a condition telling the other period ("Былтыр 24 хат жолданса, …", "Если в прошлом году …, то …":
 * blankConditionalBefore); a comparison clause after the count with no "что"/"бұл" ("48, өткен жылғы көрсеткіштен 12-ге
 * көп"); where a change ended with no "from" ("снизилось до 18", "составило 6", "31-ге жетті", "12-ні құрады"), a figure
 * when its brackets tell the year before, a candidate when the text names no time (report/readGrowth); "X саны 31." with
 * no dash (figureLexicon); comparison tables typed with bars and no frame, arrows and changes in their cells, and a month's
 * own column in a month's report (flattenFigureTables).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const read = (title: string, lines: string[]) => {
  const r = parseReport([title, '', ...lines].join('\n'));
  return {
    figures: Object.fromEntries(r.figures.map((f) => [f.metric, f.value])),
    candidates: r.candidates.map((c) => [c.metric, c.value]),
  };
};
const RU = 'Отчёт о работе Общественного совета района за 2026 год';
const KK = 'Аудан Қоғамдық кеңесінің 2026 жылғы жұмысы туралы есеп';

describe('a count over a run of years, or since the council began, is no figure of the year', () => {
  it.each([
    [RU, 'Всего за 2025–2026 годы проведено 30 заседаний комиссий.'],
    [RU, 'В 2024-2026 гг. Советом проведено 30 заседаний комиссий.'],
    [RU, 'За весь период работы Совета проведено 30 заседаний комиссий.'],
    [RU, 'С момента создания Совета проведено 30 заседаний комиссий.'],
    [KK, '2025–2026 жылдары комиссиялардың 30 отырысы өтті.'],
    [KK, 'Кеңес құрылғаннан бері комиссиялардың 30 отырысы өтті.'],
    [KK, 'Кеңес құрылған кезден бері комиссиялардың 30 отырысы өтті.'],
  ])('%s / %s', (title, line) => {
    const { figures, candidates } = read(title, [line]);
    expect(figures.commission_meetings).toBeUndefined();
    expect(candidates).toContainEqual(['commission_meetings', 30]);
  });
  it.each([
    [RU, 'В 2026 году проведено 30 заседаний комиссий.'],
    [RU, 'В рамках бюджета на 2026–2028 годы проведено 30 заседаний комиссий.'],
  ])('near miss: the year itself, a budget\'s years — %s', (title, line) => {
    expect(read(title, [line]).figures.commission_meetings).toBe(30);
  });
});

describe('a condition tells the other period; the clause after it is the period\'s', () => {
  it.each([
    [KK, 'Былтыр 24 хат жолданса, есепті кезеңде 27 хат жолданды.', 'letters_sent', 27, 24],
    [KK, 'Өткен жылы 24 хат жолданса, биыл 27 хат жолданды.', 'letters_sent', 27, 24],
    [KK, 'Өткен жылы 3 қоғамдық тыңдау өткізілсе, биыл – 5.', 'public_hearings', 5, 3],
    [RU, 'Если в прошлом году было направлено 24 письма, то в этом – 27 писем.', 'letters_sent', 27, 24],
  ])('%s / %s', (title, line, metric, value, other) => {
    const { figures, candidates } = read(title, [line]);
    expect(figures[metric]).toBe(value);
    expect(candidates).toContainEqual([metric, other]);
  });
  it('near miss: the clause after the condition names another year itself', () => {
    const { figures } = read(RU, ['Если в 2026 году направлено 27 писем, то в 2025 году – 24.']);
    expect(figures.letters_sent).toBe(27);
  });
});

describe('a comparison after the count, with no "что" or "бұл"', () => {
  it.each([
    [KK, 'Жарияланымдар саны 48, өткен жылғы көрсеткіштен 12-ге көп.', 'publications', 48],
    [RU, 'Направлено 48 писем, на 12 больше, чем в прошлом году.', 'letters_sent', 48],
    [KK, 'Комиссия отырыстары 14 рет өтті, бұл өткен жылмен салыстырғанда 4-ке артық.', 'commission_meetings', 14],
  ])('%s / %s', (title, line, metric, value) => {
    expect(read(title, [line]).figures[metric]).toBe(value);
  });
});

describe('where a change ended is the period\'s count; by how much it changed is not', () => {
  it.each([
    [RU, 'Число обращений снизилось до 18 (в 2025 году – 25).', 'appeals_received', 18],
    [RU, 'Число публичных слушаний выросло в 2 раза и составило 6 (в прошлом году – 3).', 'public_hearings', 6],
    [RU, 'Количество обращений увеличилось на 7 и достигло 31 (2025 г. – 24).', 'appeals_received', 31],
    [KK, 'Өтініштер саны 2 есе өсіп, 31-ге жетті (былтыр – 15).', 'appeals_received', 31],
    [KK, 'Мониторингтер саны былтырғы 8-ден 12-ге дейін артты.', 'monitorings', 12],
    [KK, 'Тыңдалған есептер саны 2025 жылғы 10-нан 14-ке жетті.', 'report_hearings', 14],
  ])('%s / %s', (title, line, metric, value) => {
    expect(read(title, [line]).figures[metric]).toBe(value);
  });
  it.each([
    [RU, 'Число публичных слушаний выросло в 2 раза и составило 6.', 'public_hearings', 6],
    [RU, 'Количество заседаний президиума увеличилось с 3 до 5.', 'presidium_meetings', 5],
    [KK, 'Өтініштер саны 2 есе өсіп, 31-ге жетті.', 'appeals_received', 31],
    [KK, 'Мониторингтер саны 8-ден 12-ге дейін артты.', 'monitorings', 12],
    [RU, 'Число обращений снизилось до 18 (в 2023 году – 25).', 'appeals_received', 18],
  ])('near miss: a change from a time the text does not name (or not the year before) is a candidate — %s', (title, line, metric, value) => {
    const { figures, candidates } = read(title, [line]);
    expect(figures[metric]).toBeUndefined();
    expect(candidates).toContainEqual([metric, value]);
  });
  it.each([
    [RU, 'Количество мониторингов увеличилось на 4.', 'monitorings'],
    [KK, 'Мониторингтер саны 4-ке артты.', 'monitorings'],
    [RU, 'Число обращений выросло на 20 %.', 'appeals_received'],
  ])('near miss: only the change — %s', (title, line, metric) => {
    const { figures, candidates } = read(title, [line]);
    expect(figures[metric]).toBeUndefined();
    expect(candidates.filter(([m]) => m === metric)).toEqual([]);
  });
  it.each([
    [RU, 'В III квартале число мониторингов выросло с 2 до 4.', 'monitorings', 4],
    [KK, 'Өтініштер саны 2-тоқсанда 10-нан 14-ке дейін өсті.', 'appeals_received', 14],
    [RU, 'В октябре количество обращений выросло до 9.', 'appeals_received', 9],
  ])('near miss: a change in a part of the year is no count of the year — %s', (title, line, metric, value) => {
    const { figures, candidates } = read(title, [line]);
    expect(figures[metric]).toBeUndefined();
    expect(candidates).toContainEqual([metric, value]);
  });
});

describe('"X саны 31." — Kazakh states a number with no verb and no dash', () => {
  it.each([
    ['Өтініштер саны 31.', 'appeals_received', 31],
    ['Мониторингтер саны 12 болды.', 'monitorings', 12],
    ['Дөңгелек үстелдер саны 4.', 'round_tables', 4],
    ['Кеңес мүшелерінің саны 15.', 'members_total', 15],
  ])('%s', (line, metric, value) => {
    expect(read(KK, [line]).figures[metric]).toBe(value);
  });
  it.each([
    ['Өтініштер саны 2-тоқсанда өсті.'],
    ['Өтініштер саны 31-ге жуық.'],
  ])('near miss: %s', (line) => {
    expect(read(KK, [line]).figures.appeals_received).toBeUndefined();
  });
});

describe('comparison tables: the period\'s column, never the other year\'s, the change or the arrow', () => {
  it('bars with no frame and no rule, quarters compared, arrows in the last column (a quarter\'s report)', () => {
    const { figures } = read('Отчёт Общественного совета города за III квартал 2026 года', [
      'Показатель | III кв. 2025 | II кв. 2026 | III кв. 2026 | Динамика',
      'Заседания Совета | 2 | 1 | 3 | ▲',
      'Мониторинги | 4 | 6 | 5 | ▼',
      'Обращения граждан | 9 | 12 | 14 | ▲',
    ]);
    expect(figures).toEqual({ general_meetings: 3, monitorings: 5, appeals_received: 14 });
  });
  it('a month\'s report: its own month\'s column among the month before and the same month a year ago (kk)', () => {
    const { figures } = read('Қала Қоғамдық кеңесінің 2026 жылғы қазан айындағы жұмысы туралы ақпарат', [
      'Көрсеткіш | 2026 ж. қазан | 2026 ж. қыркүйек | 2025 ж. қазан | Өзгеріс',
      'Кеңес отырыстары | 1 | 2 | 1 | →',
      'Мониторинг | 3 | 1 | 2 | ↑',
      'Өтініштер | 6 | 4 | 5 | +1',
    ]);
    expect(figures).toEqual({ general_meetings: 1, monitorings: 3, appeals_received: 6 });
  });
  it('the same month\'s table with tabs, the columns in another order (ru)', () => {
    const { figures } = read('Информация о работе Общественного совета за октябрь 2026 года', [
      'Показатель\tСентябрь 2026\tОктябрь 2025\tОктябрь 2026\tИзменение',
      'Заседания Совета\t2\t1\t1\t0',
      'Мониторинги\t1\t2\t3\t+1',
    ]);
    expect(figures).toEqual({ general_meetings: 1, monitorings: 3 });
  });
  it('near miss: two columns of the period\'s year and no way to tell which is its own — nothing', () => {
    const { figures } = read('Отчёт Общественного совета за 2026 год', [
      'Показатель | 2026 (план) | 2026 (оценка) | 2025',
      'Заседания Совета | 8 | 9 | 7',
      'Мониторинги | 10 | 12 | 8',
    ]);
    expect(figures.general_meetings).not.toBe(7);
    expect(figures.monitorings).not.toBe(8);
  });
});

describe('a comparison set inside the count\'s own statement is read past, in the figure and in its doubt', () => {
  it.each([
    [RU, 'Семинаров проведено столько же, сколько в прошлом году, – 3.', 'seminars', 3],
    [RU, 'Количество публичных слушаний осталось на уровне прошлого года – 5.', 'public_hearings', 5],
    [RU, 'Мониторингов стало 12 против 9 годом ранее.', 'monitorings', 12],
    [RU, 'Круглых столов стало 4.', 'round_tables', 4],
    [KK, 'Кеңес отырыстарының саны өткен жылдың деңгейінде сақталды – 9.', 'general_meetings', 9],
    [KK, 'Өткен жылғы 9 дөңгелек үстелге қарағанда биыл 4 дөңгелек үстел өткізілді.', 'round_tables', 4],
    [KK, 'Былтырғы 9 мониторингпен салыстырғанда биыл 12 мониторинг жүргізілді.', 'monitorings', 12],
  ])('%s / %s', (title, line, metric, value) => {
    expect(read(title, [line]).figures[metric]).toBe(value);
  });
  it.each([
    [RU, 'В прошлом году проведено 9 мониторингов.', 'monitorings'],
    [KK, 'Өткен жылы 9 дөңгелек үстел өткізілді.', 'round_tables'],
    [RU, 'Количество публичных слушаний на уровне 2025 года – 5.', 'public_hearings'],
  ])('near miss: the other year\'s own statement — %s', (title, line, metric) => {
    expect(read(title, [line]).figures[metric]).toBeUndefined();
  });
});

describe('"против" as "versus" in a protocol\'s speeches is no vote', () => {
  const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 5', 'заседания Общественного совета', '12 ноября 2026 года', 'Присутствовали 15 членов Совета.', '', ...lines].join('\n'));
  it.each([
    'Докладчик сообщил, что подготовлено 412 домов против 398 в прошлом году.',
    'Ковальчук С.П. – отметил, что жалоб стало больше: 12 против 8 год назад.',
    'За 10 месяцев пролечено 9 480 пациентов против 8 915 за тот же период 2025 года.',
    'Обращений поступило 31 против 24 годом ранее.',
  ])('%s', (line) => {
    const p = protocol(['СЛУШАЛИ:', line, 'Голосовали: за – 15, против – 0, воздержались – 0. Решение принято.']);
    expect(p.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[15, 0, 0]]);
  });
  it.each([
    ['Голосовали: за 12 против 3.', [12, 3, null]],
    ['Проголосовали: 12 – за, 3 против, 0 воздержались.', [12, 3, 0]],
    ['«За» – 10, «против» – 4 (для сравнения: в 2025 году за – 8, против – 6).', [10, 4, null]],
  ])('near miss: a vote\'s own "против" — %s', (line, counts) => {
    const p = protocol([line as string]);
    expect(p.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([counts]);
  });
});

describe('a report that says at its head it compares the period with the same of the year before', () => {
  it.each([
    ['ИНФОРМАЦИЯ о работе Общественного совета за 9 месяцев 2026 года\n(в сравнении с аналогичным периодом 2025 года)', 'Количество заседаний комиссий увеличилось с 11 до 16.', 'commission_meetings', 16],
    ['Отчёт Общественного совета за 2026 год (по сравнению с прошлым годом)', 'Количество мониторингов сократилось с 12 до 9.', 'monitorings', 9],
    ['Қоғамдық кеңестің 2026 жылғы 9 айдағы жұмысы туралы ақпарат (өткен жылдың осы кезеңімен салыстырғанда)', 'Мониторингтер саны 12-ден 9-ға дейін азайды.', 'monitorings', 9],
  ])('a change with no years in it is the period\'s — %s', (title, line, metric, value) => {
    expect(read(title, [line]).figures[metric]).toBe(value);
  });
  it('near miss: the head compares with another year than the one before', () => {
    const { figures } = read('ИНФОРМАЦИЯ о работе Общественного совета за 9 месяцев 2026 года\n(в сравнении с аналогичным периодом 2023 года)', ['Количество заседаний комиссий увеличилось с 11 до 16.']);
    expect(figures.commission_meetings).toBeUndefined();
  });
});
