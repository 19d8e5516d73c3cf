/**
 * Set 108's report classes (registers of events, seen at session 33's end), built with variants of my own:
 * - a section about a part of the period ("3. III тоқсандағы іс-шаралар тізілімі") ends at the next numbered section
 *   whose title runs into its text ("4. Нормативтік құқықтық актілер. 6 НҚА жобасы қаралды …"): its counts are the period's;
 * - a tab table whose last cells were left empty and dropped (the total row with no one responsible) is padded, but only
 *   when the cells dropped are words in every other row — never a count, which would shift the counts after it;
 * - a summary by type with a column "Для сравнения: III кв. 2025 г." beside "Кол-во": the unnamed count column is the period's.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));

describe('a part-of-period section ends at the next numbered section', () => {
  const head = ['ҚОҒАМДЫҚ КЕҢЕСТІҢ қаңтар–қыркүйек 2026 ж. атқарған жұмысы жөнінде ЕСЕП', ''];
  it('kk: the next section\'s title run into its text', () => {
    const f = figuresOf([...head, '3. III тоқсандағы іс-шаралар', 'Шілдеде 2 мониторинг жүргізілді.', '4. Нормативтік құқықтық актілер. 6 НҚА жобасы қаралды.', '5. Өтініштер. 27 өтініш түсті.']);
    expect(f.npa_reviewed).toBe(6);
    expect(f.appeals_received).toBe(27);
    expect(f.monitorings).toBeUndefined();
  });
  it('ru: the same with "3) …" / "4) …"', () => {
    const f = figuresOf(['Отчёт Общественного совета за 9 месяцев 2026 года', '', '3) Мероприятия III квартала', 'Проведено 2 мониторинга.', '4) Обращения. Поступило 12 обращений.']);
    expect(f.appeals_received).toBe(12);
    expect(f.monitorings).toBeUndefined();
  });
  it('near miss: a numbered item inside the part (not the next section\'s number) stays the part\'s', () => {
    const f = figuresOf(['Отчёт Общественного совета за 9 месяцев 2026 года', '', '3. Мероприятия III квартала', '1. Мониторинги. Проведено 2 мониторинга.', '2. Обращения. Поступило 5 обращений.']);
    expect(f.monitorings).toBeUndefined();
    expect(f.appeals_received).toBeUndefined();
  });
});

describe('a tab row whose trailing words were dropped', () => {
  const table = (total: string) => [
    'Отчёт Общественного совета за 9 месяцев 2026 года', '',
    'Вид мероприятия\tI кв.\tII кв.\tIII кв.\tВсего за 9 мес.\tУчастников\tОтветственный',
    'Заседания Совета\t2\t2\t2\t6\t–\tИванов И.И.',
    'Мониторинги\t2\t3\t3\t8\t64\tПетров П.П.',
    'Круглые столы\t1\t1\t1\t3\t120\tкомиссия',
    total,
  ];
  it('the total row without the responsible: the table is read', () => {
    const f = figuresOf(table('Итого мероприятий\t5\t6\t6\t17\t184'));
    expect(f.general_meetings).toBe(6);
    expect(f.monitorings).toBe(8);
    expect(f.round_tables).toBe(3);
  });
  it('near miss: a count dropped from the middle (a word where counts stand) is not padded — no count is shifted', () => {
    const f = figuresOf(table('Семинары\t1\t1\t2\tСидоров С.С.'));
    expect(f.seminars).toBeUndefined();
  });
});

describe('a column for comparison with another year beside the count', () => {
  it('ru: "Кол-во | Участников всего | Для сравнения: III кв. 2025 г."', () => {
    const f = figuresOf([
      'ИНФОРМАЦИЯ о деятельности Общественного совета за III квартал 2026 года', '',
      'Вид мероприятия | Кол-во | Участников всего | Для сравнения: III кв. 2025 г.',
      '----------------+--------+------------------+------------------------------',
      'Мониторинги     | 4      | 35               | 7',
      'Круглые столы   | 1      | 38               | 2',
      'Меморандумы     | 0      | –                | 1',
    ]);
    expect(f).toMatchObject({ monitorings: 4, round_tables: 1, memoranda: 0 });
  });
  it('near miss: two columns naming no time beside the other year\'s — no column chosen', () => {
    const f = figuresOf([
      'ИНФОРМАЦИЯ о деятельности Общественного совета за III квартал 2026 года', '',
      'Вид мероприятия | Совет | Комиссии | III кв. 2025 г.',
      '----------------+-------+----------+---------------',
      'Мониторинги     | 4     | 3        | 7',
      'Круглые столы   | 1     | 2        | 2',
    ]);
    expect(f.monitorings).toBeUndefined();
  });
});

describe('answers and bodies heard told tersely (set 108\'s misses, with variants)', () => {
  const head = 'Отчёт Общественного совета за октябрь 2026 года';
  it('ru: "отвечено на 4" after the appeals; kk: "жауап 12-сіне келді" after the letters', () => {
    expect(figuresOf([head, '', 'Обращения: поступило 6 (физ. лица – 5, юр. лица – 1), отвечено на 4.'])).toMatchObject({ appeals_received: 6, appeals_answered: 4 });
    expect(figuresOf([head, '', 'Кеңес атынан 14 хат жіберілді, жауап 12-сіне келді.'])).toMatchObject({ letters_sent: 14, letters_answered: 12 });
    expect(figuresOf([head, '', 'Направлено 9 писем, ответ получен на 7.'])).toMatchObject({ letters_sent: 9, letters_answered: 7 });
  });
  it('the kinds heard in the bracket after the hearings: "Отчетные слушания – 2 (отделы акимата – 2)"', () => {
    expect(figuresOf([head, '', 'Отчетные слушания – 3 (отделы акимата – 2, подведомственные организации – 1).'])).toMatchObject({ report_hearings: 3, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('kk: "Есебі тыңдалған бөлімдер саны – 3"', () => {
    expect(figuresOf([head, '', 'Есебі тыңдалған бөлімдер саны – 3.']).departments_heard).toBe(3);
  });
  it('near misses: a bracket after appeals, "отвечено на 3 письма" is no appeal, an answer on appeals is no letter', () => {
    expect(figuresOf([head, '', 'Обращения – 5 (отдел образования – 2).']).departments_heard).toBeUndefined();
    expect(figuresOf([head, '', 'Поступило 9 обращений, ответ получен на 7.']).letters_answered).toBeUndefined();
  });
});
