// Classes of the report misses of held-out sets 64–65 (session 25) outside the helpers' topics, each with variants of its
// own and a near-miss: a row of a table of indicators naming the departments of a district's akimat ("в т.ч. отделов
// акимата района – 3") counts departments, never district akimats (it gave district_akimats_heard 3, a false figure).
// (The PDF's indented rows of counts: tests/unit/readers/readPdfTextIndentedCountRows.test.ts.) The figures are invented.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figures = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));

describe('a table row of the departments of a district\'s akimat', () => {
  it('set 64 Merki: "в т.ч. отделов акимата района – 3" counts departments, the akimats\' own row akimats', () => {
    expect(figures(['Отчёт Общественного совета за 2025 год', 'Показатель\t2025', 'Заслушано отчетов, всего\t5', 'в т.ч. отделов акимата района\t3', 'в т.ч. акиматов районов\t1', '']))
      .toMatchObject({ report_hearings: 5, departments_heard: 3, district_akimats_heard: 1 });
  });
  it('variants: "управлений акимата района", Kazakh "аудан әкімдігінің бөлімдері"', () => {
    expect(figures(['Отчёт Общественного совета за 2025 год', 'Показатель\t2025', 'Заслушано отчетов, всего\t4', 'в т.ч. управлений акимата района\t4', '']))
      .toMatchObject({ report_hearings: 4, departments_heard: 4 });
    expect(figures(['2025 жылғы есеп', 'Көрсеткіш\t2025', 'Тыңдалған есептер, барлығы\t4', 'оның ішінде аудан әкімдігінің бөлімдері\t3', 'оның ішінде аудан әкімдіктері\t1', '']))
      .toMatchObject({ report_hearings: 4, departments_heard: 3, district_akimats_heard: 1 });
  });
  it('near-miss: a row of the akimat\'s departments states no district akimats', () => {
    expect(figures(['Отчёт Общественного совета за 2025 год', 'Показатель\t2025', 'Заслушано отчетов, всего\t3', 'в т.ч. отделов акимата района\t3', '']).district_akimats_heard).toBeUndefined();
  });
});

describe('a table by months\' ranges with the whole period\'s total and another year\'s column', () => {
  const head = '| Направление работы | январь – март | апрель – июнь | Всего за полугодие | Для сравнения: январь – июнь 2024 г. |';
  it('set 64 Taraz: the "Всего за полугодие" column is the half-year\'s, the 2024 column none', () => {
    expect(figures(['Отчёт Общественного совета за I полугодие 2025 года', head, '| Заседания Общественного совета (в т.ч. внеочередные) | 2 | 2 | 4 | 3 |', '| Общественный мониторинг | 3 | 4 | 7 | 5 |', '| Круглые столы | 1 | 2 | 3 | 2 |', '']))
      .toEqual({ general_meetings: 4, monitorings: 7, round_tables: 3 });
  });
  it('variants: a year by halves with "Итого за год"; Kazakh quarters with "Барлығы жыл бойы" beside "2024 жыл"', () => {
    expect(figures(['Отчёт за 2025 год', '| Направление | январь – июнь | июль – декабрь | Итого за год | 2024 год |', '| Заседания Общественного совета | 3 | 3 | 6 | 5 |', '| Общественный мониторинг | 3 | 1 | 4 | 5 |', '']))
      .toEqual({ general_meetings: 6, monitorings: 4 });
    expect(figures(['2025 жылғы есеп', '| Бағыт | I тоқсан | II тоқсан | III тоқсан | IV тоқсан | Барлығы жыл бойы | 2024 жыл |', '| Кеңес отырыстары | 1 | 2 | 1 | 2 | 6 | 5 |', '| Мониторинг | 3 | 1 | 2 | 2 | 8 | 4 |', '']))
      .toEqual({ general_meetings: 6, monitorings: 8 });
  });
  it('near-misses: a total its months do not make is a candidate; months that do not cover the year give no column', () => {
    const r = parseReport(['Отчёт Общественного совета за I полугодие 2025 года', head, '| Заседания Общественного совета | 2 | 2 | 5 | 3 |', '| Общественный мониторинг | 3 | 4 | 7 | 5 |', ''].join('\n'));
    expect(r.figures.map((f) => [f.metric, f.value])).toEqual([['monitorings', 7]]);
    expect(r.candidates.map((c) => [c.metric, c.value])).toEqual([['general_meetings', 5]]);
    expect(figures(['Отчёт за 2025 год', '| Направление | январь – март | апрель – июнь | Итого за год | 2024 год |', '| Заседания Общественного совета | 3 | 3 | 6 | 5 |', ''])).toEqual({});
  });
});

describe('a row naming a body, what it counts in a bracket', () => {
  const table = (rows: string[]) => figures(['Отчёт Общественного совета за I полугодие 2025 года', '| Направление работы | Всего за полугодие |', ...rows, '']);
  it('set 64 Taraz: "Президиум Совета (заседания)", "Комиссии Совета (заседания)" — the presidium\'s and the commissions\' meetings', () => {
    expect(table(['| Заседания Общественного совета | 4 |', '| Президиум Совета (заседания) | 3 |', '| Комиссии Совета (заседания) | 11 |']))
      .toEqual({ general_meetings: 4, presidium_meetings: 3, commission_meetings: 11 });
  });
  it('variants: "Төралқа: отырыстар", "Тұрақты комиссиялар – отырыстар"', () => {
    expect(table(['| Кеңес отырыстары | 4 |', '| Төралқа: отырыстар | 2 |', '| Тұрақты комиссиялар – отырыстар | 6 |']))
      .toEqual({ general_meetings: 4, presidium_meetings: 2, commission_meetings: 6 });
  });
  it('near-miss: "Совет (заседания)" is the council\'s own meetings', () => {
    expect(table(['| Совет (заседания) | 4 |', '| Общественный мониторинг | 7 |'])).toEqual({ general_meetings: 4, monitorings: 7 });
  });
});

describe('a pipe table\'s label wrapped onto a line of its own', () => {
  const table = (wrap: string, rows: string[]) => parseReport(['Шу ауданы Қоғамдық кеңесінің 2025 жылғы IV тоқсандағы жұмысы туралы', '', 'Комиссиялар бойынша жұмыс:', ...rows.map((r) => r.replace('WRAP', wrap)), ''].join('\n'));
  const rows = [
    'Комиссия                              | Отырыс | Мониторинг',
    '--------------------------------------+--------+-----------',
    'БАРЛЫҒЫ                               |   6    |     4',
    'Әлеуметтік мәселелер жөніндегі        |   2    |     1',
    'Экономика және агроөнеркәсіптік кешен |   2    |     2',
    'WRAP',
    'Құқық тәртібі жөніндегі               |   2    |     1',
  ];
  it('set 64 Shu: "  жөніндегі" between two rows — the rows below it are the total\'s parts too', () => {
    const r = table('  жөніндегі', rows);
    expect(r.figures.filter((f) => f.line === 6).map((f) => [f.metric, f.value])).toEqual([['commission_meetings', 6], ['monitorings', 4]]);
    expect(r.candidates.filter((c) => c.line === 6)).toEqual([]);
  });
  it('variant: a table framed by pipes both ways, a Russian label wrapped', () => {
    const framed = ['| Комиссия | Заседания | Мониторинги |', '|---|---|---|', '| ВСЕГО | 6 | 4 |', '| по социальным вопросам | 3 | 2 |', '| по вопросам ЖКХ и | 2 | 1 |', '   транспорта', '| по вопросам экологии | 1 | 1 |'];
    const r = parseReport(['Отчёт Общественного совета за 2025 год', '', ...framed, ''].join('\n'));
    expect(r.figures.map((f) => [f.metric, f.value])).toEqual([['commission_meetings', 6], ['monitorings', 4]]);
    expect(r.candidates).toEqual([]);
  });
  it('near-miss: the parts still short of the total after the wrapped line — a candidate, no figure', () => {
    const r = table('  жөніндегі', rows.map((l) => l.replace('|   2    |     1\'', '').replace(/^Құқық.*$/u, 'Құқық тәртібі жөніндегі               |   1    |     1')));
    expect(r.figures.filter((f) => f.line === 6 && f.metric === 'commission_meetings')).toEqual([]);
    expect(r.candidates.filter((c) => c.line === 6).map((c) => c.metric)).toContain('commission_meetings');
  });
});

describe('the legal entities said not to have applied', () => {
  it('sets 64–65: "заңды тұлғалар кеңеске жүгінбеді", "заңды тұлғалар өтініш бермеді" — 0 of the legal entities', () => {
    expect(figures(['2025 жылғы ІІІ тоқсандағы есеп', 'Өтініштер: азаматтардан 6 өтініш келді – бәрі жеке тұлғалар, заңды тұлғалар', 'кеңеске жүгінбеді; 5-еуіне жауап берілді.']))
      .toMatchObject({ appeals_received: 6, appeals_legal_entities: 0 });
    expect(figures(['2025 жылғы IV тоқсандағы есеп', 'Тоқсанда 4 өтініш тіркелді, төртеуі де жеке тұлғалардан; заңды тұлғалар өтініш бермеді.']))
      .toMatchObject({ appeals_received: 4, appeals_individuals: 4, appeals_legal_entities: 0 });
  });
  it('variant ru: "юридические лица в Совет не обращались"', () => {
    expect(figures(['Отчёт за 2025 год', 'Поступило 12 обращений, все от граждан; юридические лица в Совет не обращались.'])).toMatchObject({ appeals_received: 12, appeals_legal_entities: 0 });
  });
  it('near-misses: not applied for something else; another year named', () => {
    expect(figures(['Отчёт за 2025 год', 'Поступило 12 обращений граждан. Юридические лица не обращались за консультацией к членам Совета.']).appeals_legal_entities).toBeUndefined();
    expect(figures(['2025 жылғы IV тоқсандағы есеп', 'Тоқсанда 4 өтініш тіркелді. Заңды тұлғалар 2024 жылы өтініш бермеді.']).appeals_legal_entities).toBeUndefined();
  });
});

describe('appeals\' kinds abbreviated, run together', () => {
  it('set 65 Temirtau: "(физлица – 11, юрлица – 2)"', () => {
    expect(figures(['Отчёт за II квартал 2026 года', '6. Обращения. Поступило 13 обращений (физлица – 11, юрлица – 2), на 12 даны ответы.']))
      .toMatchObject({ appeals_received: 13, appeals_individuals: 11, appeals_legal_entities: 2, appeals_answered: 12 });
  });
  it('variant: "от физлиц – 11, от юрлиц – 2"; near-miss: "опрошено 40 физлиц" in a sentence of no appeals', () => {
    expect(figures(['Отчёт за II квартал 2026 года', 'Поступило 13 обращений: от физлиц – 11, от юрлиц – 2.'])).toMatchObject({ appeals_individuals: 11, appeals_legal_entities: 2 });
    expect(figures(['Отчёт за II квартал 2026 года', 'Проведено 3 мониторинга, опрошено 40 физлиц.']).appeals_individuals).toBeUndefined();
  });
});

describe('a platform\'s count on the next line of the publications\' sentence', () => {
  it('set 65 Petropavl: "26 жарияланым – Instagram-да 15 (…)," / "Telegram-да 6, kazkenes.kz порталында 5." — 26 stands', () => {
    expect(figures(['2026 жылғы III тоқсан есебі', 'Ақпараттық жұмыс: 26 жарияланым – Instagram-да 15 (14,2 мың қаралым),', 'Telegram-да 6, kazkenes.kz порталында 5.']).publications).toBe(26);
  });
  it('near-miss: a number of no platform on the next line still doubts the figure', () => {
    const r = parseReport(['Отчёт за 2025 год', '26 жарияланым – Instagram-да 15 (14,2 мың қаралым),', 'басқа 6 7, kazkenes.kz порталында 5.'].join('\n'));
    expect(r.figures.map((f) => f.metric)).not.toContain('publications');
  });
});

describe('a newspaper in a list of platforms wrapped over lines', () => {
  const media = (lines: string[]) => parseReport(lines.join('\n')).media.map((m) => [m.platform, m.publications]);
  it('set 65 Esil: "Барлығы 14 жарияланым: аудандық газетте – 3, Facebook-та – 5," / "Instagram-да – 6." — the newspaper other', () => {
    expect(media(['2025 жылғы IV тоқсан есебі', '8. БАҚ. Барлығы 14 жарияланым: аудандық газетте – 3, Facebook-та – 5,', 'Instagram-да – 6.']))
      .toEqual([['facebook', 5], ['instagram', 6], ['other', 3]]);
  });
  it('variant ru: "Опубликовано 20 материалов: в районной газете – 4," / "в Instagram – 10, в Telegram – 6."', () => {
    expect(media(['Отчёт за 2025 год', 'Опубликовано 20 материалов: в районной газете – 4,', 'в Instagram – 10, в Telegram – 6.'])).toContainEqual(['other', 4]);
  });
  it('near-miss: the list short of its total by the newspaper\'s count — no other', () => {
    expect(media(['2025 жылғы IV тоқсан есебі', '8. БАҚ. Барлығы 14 жарияланым: аудандық газетте – 3, Facebook-та – 5,', 'Instagram-да – 5.']).map((m) => m[0])).not.toContain('other');
  });
});

describe('the commissions of a maslikhat', () => {
  const read = (lines: string[]) => {
    const r = parseReport(lines.join('\n'));
    return { figures: r.figures.map((f) => [f.metric, f.value]), candidates: r.candidates.map((c) => [c.metric, c.value]) };
  };
  it('a maslikhat\'s commissions\' meetings are its own: a candidate, never the council\'s (ru and kk, the owner after or before)', () => {
    expect(read(['Отчёт за 2025 год', 'Постоянные комиссии маслихата провели 11 заседаний.'])).toEqual({ figures: [], candidates: [['commission_meetings', 11]] });
    expect(read(['2025 жылғы есеп', 'Мәслихаттың тұрақты комиссиялары 11 отырыс өткізді.'])).toEqual({ figures: [], candidates: [['commission_meetings', 11]] });
    expect(read(['2025 жылғы есеп', 'Аудандық мәслихаттың тұрақты комиссиялары 11 отырыс өткізді.'])).toEqual({ figures: [], candidates: [['commission_meetings', 11]] });
    expect(read(['Отчёт за 2025 год', 'Комиссия акимата по тарифам провела 5 заседаний.'])).toEqual({ figures: [], candidates: [['commission_meetings', 5]] });
  });
  it('near-misses: the council\'s commissions, and the council attached to the maslikhat, stay the council\'s', () => {
    expect(read(['Отчёт за 2025 год', 'Комиссии Совета провели 11 заседаний.']).figures).toEqual([['commission_meetings', 11]]);
    expect(read(['2025 жылғы есеп', 'Кеңестің тұрақты комиссиялары 11 отырыс өткізді.']).figures).toEqual([['commission_meetings', 11]]);
    expect(read(['2025 жылғы есеп', 'Мәслихат жанындағы Қоғамдық кеңестің комиссиялары 11 отырыс өткізді.']).figures).toEqual([['commission_meetings', 11]]);
  });
});

describe('a rate by the year in Kazakh', () => {
  it('"Комиссиялар өз отырыстарын жылына 4 рет өткізеді" — a rate, a candidate, no count of the period', () => {
    const r = parseReport(['2025 жылғы есеп', 'Комиссиялар өз отырыстарын жылына 4 рет өткізеді.'].join('\n'));
    expect(r.figures).toEqual([]);
    expect(r.candidates.map((c) => [c.metric, c.value])).toEqual([['commission_meetings', 4]]);
  });
  it('near-misses: the count after the rate\'s clause, and a year\'s dative ("2025 жылына"), stay counts', () => {
    expect(figures(['2025 жылғы есеп', 'Кеңес жылына кемінде 4 рет жиналады, биыл 5 отырыс өткізді.'])).toEqual({ general_meetings: 5 });
    expect(figures(['2025 жылғы есеп', '2025 жылына белгіленген 6 мониторингтің барлығы өткізілді.'])).toEqual({ monitorings: 6 });
    expect(figures(['2025 жылғы есеп', 'Мектептердің жаңа оқу жылына дайындығы бойынша 3 мониторинг өткізілді.'])).toEqual({ monitorings: 3 });
  });
});
