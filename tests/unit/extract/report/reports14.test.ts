/**
 * Held-out set 14's report classes (issue 12): a period of the year's first months stated in words ("за девять
 * месяцев 2025 года", "2025 жылдың тоғыз айы"); counts typed in brackets after their noun ("заседаний (5)") with
 * superscript footnote markers glued on; footnotes whose own numbers are notes, never figures. ru and kk, with the
 * near-misses that must yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { readBracketCounts } from '../../../../sources/extract/report/bracketCounts.ts';
import { blankFootnotes } from '../../../../sources/extract/report/footnotes.ts';

const figures = (text: string) =>
  parseReport(text)
    .figures.map((f) => `${f.metric}=${f.value}`)
    .sort();

describe('a period of the first months in words', () => {
  it.each([
    ['ОТЧЕТ\nо работе Общественного совета за девять месяцев 2025 года\n(январь – сентябрь)', '2025-09-30'],
    ['Отчет о работе Совета за шесть месяцев 2024 года', '2024-06-30'],
    ['Отчет о работе Совета за 9 мес. 2024 г.', '2024-09-30'],
    ['Отчет о работе Совета за одиннадцать месяцев 2024 года', '2024-11-30'],
    ['Қоғамдық кеңестің 2025 жылдың тоғыз айындағы жұмысы туралы есеп', '2025-09-30'],
    ['Қоғамдық кеңестің 2025 жылғы сегіз айы бойынша есеп', '2025-08-31'],
    ['Қоғамдық кеңестің 2024 жылғы он бір айындағы жұмысы туралы есеп', '2024-11-30'],
  ])('%s', (title, to) => {
    expect(parseReport(`${title}\n\nТекст.\n`).period).toEqual({ from: `${to.slice(0, 4)}-01-01`, to });
  });

  it('a year is still a year, and no month count beyond twelve', () => {
    expect(parseReport('Отчет о работе Совета за 2025 год\n').period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(parseReport('Отчет о работе Совета за 15 месяцев 2025 года\n').period?.to).not.toBe('2025-15-31');
  });
});

describe('footnotes are notes', () => {
  it('blanks a footnote marker glued to a count and the footnotes themselves, lines kept', () => {
    const out = blankFootnotes(['проведено заседаний – 5²;', '', '____________', '² В том числе 1 выездное заседание', '  в г. Талдыкорган.', '', 'Секретарь']);
    expect(out[0]).toBe('проведено заседаний – 5 ;');
    expect(out[3].trim()).toBe('');
    expect(out[4].trim()).toBe('');
    expect(out[6]).toBe('Секретарь');
    expect(out).toHaveLength(7);
  });

  it('a plain-digit note counts as one only under a rule', () => {
    expect(blankFootnotes(['1 заседание проведено выездным.'])[0]).toBe('1 заседание проведено выездным.');
    expect(blankFootnotes(['_____', '1 С изменениями от 2024 года.'])[1].trim()).toBe('');
    expect(blankFootnotes(['_____', '* Проведено 4 семинара онлайн.'])[1].trim()).toBe('');
  });

  it.each([
    ['Отчет о работе Совета за 2025 год\n\nПроведено 2 обучающих семинара¹.\n\n¹ Общее число участников семинаров – 120 человек.\n', ['seminars=2']],
    ['Отчет о работе Совета за 2025 год\n\nПроведено заседаний Совета – 5².\n\n² В том числе 1 выездное заседание.\n', ['general_meetings=5']],
    ['Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nКеңестің 5 отырысы өткізілді².\n\n____________\n² Оның ішінде 1 көшпелі отырыс.\n', ['general_meetings=5']],
  ])('the note\'s number never becomes a figure: %s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('a count in brackets after its noun', () => {
  it.each([
    ['– заседаний Общественного совета (5);', '– заседаний Общественного совета – 5;'],
    ['поступило обращений (28), в том числе', 'поступило обращений – 28, в том числе'],
    ['отырыстар (12)', 'отырыстар – 12'],
  ])('%s', (line, want) => {
    expect(readBracketCounts(line)).toBe(want);
    expect(readBracketCounts(line)).toHaveLength(line.length);
  });

  it.each([
    ['проведено 3 заседания (5)'],
    ['проведено пять (6) заседаний'],
    ['(1) заседания Совета'],
    ['пункт 3 (1) Правил'],
    ['решением Совета (2024)'],
    ['заседаний (в 2024 году – 4)'],
  ])('stays as typed: %s', (line) => {
    expect(readBracketCounts(line)).toBe(line);
  });

  it.each([
    [
      'ОТЧЕТ о работе Общественного совета за девять месяцев 2025 года\n\nВ отчетном периоде Советом проведено:\n– заседаний Общественного совета (5)²;\n– заседаний комиссий (13)³;\n– круглых столов (3);\n– обучающих семинаров (2)⁴.\n\nДля сравнения: за девять месяцев 2024 года было проведено заседаний Совета (4), круглых столов (1).\n\n____________________\n² В том числе 1 выездное заседание.\n³ Из них 4 – в онлайн-формате.\n⁴ Общее число участников семинаров – 120 человек.\n',
      ['commission_meetings=13', 'general_meetings=5', 'round_tables=3', 'seminars=2'],
    ],
    ['Отчет о работе Совета за 2025 год\n\nВ Совет поступило обращений (28), в том числе от физических лиц (24), от юридических лиц (4).\n', ['appeals_individuals=24', 'appeals_legal_entities=4', 'appeals_received=28']],
    ['Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nЕсепті кезеңде өткізілді:\n– Кеңес отырыстары (6);\n– дөңгелек үстелдер (2).\n', ['general_meetings=6', 'round_tables=2']],
  ])('reads the figures, not the notes or last year: %#', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('a bracket after a word that counts nothing is no figure', () => {
    expect(figures('Отчет о работе Совета за 2025 год\n\nСовет руководствуется Законом (2) и Положением (3).\n')).toEqual([]);
  });
});

describe('the bodies heard: a lead-in sentence over the kinds, and two kinds under one count', () => {
  const head = 'Отчет о работе Совета за 2025 год\n\nРАЗДЕЛ 4. ЗАСЛУШИВАНИЕ ОТЧЕТОВ ГОСУДАРСТВЕННЫХ ОРГАНОВ\n\n';
  it.each([
    [
      'В отчетном периоде Советом и его комиссиями заслушано 22 отчета о деятельности государственных органов и организаций, в том числе:\n  – 14 управлений акимата г. Алматы (экономики и бюджетного планирования; финансов; здравоохранения; образования; пассажирского транспорта и автомобильных дорог; энергетики);\n  – 5 акиматов районов (Алатауского, Ауэзовского, Бостандыкского, Медеуского и Турксибского);\n  – 3 подведомственных организаций (ГКП «Алматы Тазалық», ТОО «Алматинский метрополитен»).',
      ['departments_heard=14', 'district_akimats_heard=5', 'report_hearings=22', 'subordinate_orgs_heard=3'],
    ],
    ['Есепті кезеңде Кеңес пен оның комиссиялары барлығы 12 есеп тыңдады, оның ішінде:\n  – 4 аудан әкімдігі;\n  – 6 басқарма;', ['departments_heard=6', 'district_akimats_heard=4', 'report_hearings=12']],
    ['В отчетном периоде Советом проведено:\n– заслушиваний отчетов руководителей структурных подразделений и подведомственных\n  организаций Министерства (3);', ['report_hearings=3']],
    ['Басқарма басшыларының есептерін тыңдау – 3.', ['report_hearings=3']],
    ['Заслушаны отчеты 5 управлений и 3 подведомственных организаций.', ['departments_heard=5', 'subordinate_orgs_heard=3']],
    ['Олардың ішінде қала әкімдігінің төрт (4) бөлімінің және екі (2) ведомстволық бағынысты ұйымның есептері тыңдалды.', ['departments_heard=4', 'subordinate_orgs_heard=2']],
  ])('%#', (text, want) => {
    expect(figures(`${head}${text}\n`)).toEqual(want);
  });

  it.each([
    ['Заслушаны отчеты 5 управлений и подведомственных организаций.'],
    ['Заслушаны отчеты руководителей 4 структурных подразделений и подведомственных организаций.'],
    ['Қала әкімдігінің 4 бөлімі мен ведомстволық бағынысты ұйымдарының есептері тыңдалды.'],
  ])('two kinds under one count give no kind: %s', (text) => {
    const got = figures(`${head}${text}\n`);
    expect(got.filter((f) => /departments_heard|subordinate_orgs_heard/.test(f))).toEqual([]);
  });

  it('a list heading numbered "8.1." states the count in its bracket', () => {
    const text = 'Отчет о работе Совета за 2025 год\n\n8.1. Круглые столы (8):\n' + Array.from({ length: 8 }, (_, k) => `  ${k + 1}. ${k + 10} марта – «Тема ${k + 1}»;`).join('\n') + '\n\nВ 2026 году планируется провести не менее 6 круглых столов.\n';
    expect(figures(text)).toContain('round_tables=8');
  });
});

describe('Kazakh counts as words with suffixes: hearings by "рет", the council\'s commissions, answers to "олардың бесеуіне"', () => {
  const kk = 'Қоғамдық кеңестің 2025 жылғы III тоқсандағы қызметі туралы есеп\n\n';
  it.each([
    ['Отырыстарда комитеттердің есептері тыңдалды; есептерді тыңдау барлығы екі рет өткізілді.', ['report_hearings=2']],
    ['Кеңестің үш комиссиясы есепті кезеңде барлығы 6 отырыс өткізді.', ['commission_meetings=6', 'commissions=3']],
    ['Кеңеске 7 өтініш келіп түсті, оның алтауы – жеке тұлғалардан, біреуі – заңды тұлғадан. Олардың бесеуіне жауап берілді, қалғандары қаралуда.', ['appeals_individuals=6', 'appeals_legal_entities=1', 'appeals_received=7', 'appeals_answered=5'].sort()],
  ])('%s', (text, want) => {
    expect(figures(`${kk}${text}\n`)).toEqual(want);
  });

  it.each([
    ['Отчет о работе Совета за 2025 год\n\nЗаслушивание отчетов проводилось 3 раза.\n', ['report_hearings=3']],
    ['Отчет о работе Совета за 2025 год\n\nТри комиссии Совета провели в общей сложности 9 заседаний.\n', ['commission_meetings=9', 'commissions=3']],
  ])('ru: %s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    'Кеңестің екі комиссиясының бірлескен отырысы өтті, барлығы 4 мәселе қаралды.',
    'Кеңестің екі комиссиясы мониторинг жүргізді.',
    'Хаттардың төртеуіне жауап берілді.',
  ])('no commissions and no answers to appeals: %s', (text) => {
    expect(figures(`${kk}${text}\n`).filter((f) => /^(?:commissions|appeals_answered)=/.test(f))).toEqual([]);
  });
});

describe('a bilingual report: a numbered heading in both languages is no sentence of the paragraph under it; "Кеңес 35 мүшеден тұрады"', () => {
  it('the council\'s meetings under a heading that names the commissions in Kazakh', () => {
    const text = 'ОТЧЕТ О РАБОТЕ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n2. Заседания Совета, президиума и комиссий / Кеңестің, төралқаның және комиссиялардың отырыстары\nВ отчетном периоде проведено 8 заседаний Общественного совета и 5 заседаний президиума.\n';
    expect(figures(text)).toEqual(['general_meetings=8', 'presidium_meetings=5']);
  });

  it.each([
    ['2025 жылғы 31 желтоқсандағы жағдай бойынша Кеңес 35 мүшеден тұрады, оның ішінде 26-сы – азаматтық қоғам өкілдері.', 'members_total=35'],
    ['Қоғамдық кеңес 21 мүшеден тұрады.', 'members_total=21'],
  ])('%s', (text, want) => {
    expect(figures(`Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n${text}\n`)).toContain(want);
  });

  it('a commission of the council that has so many members is not the council', () => {
    expect(figures('Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nКеңестің әлеуметтік комиссиясы 7 мүшеден тұрады.\n')).not.toContain('members_total=7');
  });
});

describe('answers to letters that "поступили на N"', () => {
  it.each([
    ['Всего за год в государственные органы направлено 412 писем, ответы поступили на 377.', ['letters_answered=377', 'letters_sent=412']],
    ['Направлено 40 писем, ответы поступили в течение 10 дней.', ['letters_sent=40']],
    ['Направлено 40 писем, ответы поступили из 12 органов.', ['letters_sent=40']],
  ])('%s', (text, want) => {
    expect(figures(`Отчет о работе Совета за 2025 год\n\n${text}\n`)).toEqual(want);
  });
});
