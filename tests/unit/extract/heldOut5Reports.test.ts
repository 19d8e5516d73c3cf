/**
 * The reports of the fifth blind held-out set (issue 12, "Done when"): five
 * reports written by an agent that never saw the extractors — a TAB table with
 * the quarters in its columns beside the year's total and the year before, a
 * year report with a section on its fourth quarter, a Kazakh report whose
 * title is typed over three lines, a bilingual report in two whole blocks, and
 * a form of numbered questions answered after a colon. Blind, before any fix:
 * 60.3 % of 156 report fields, 10 false values (quarter cells as the year's,
 * a row's number as letters, the quarter's section as the year's, 2023 as the
 * period). After the classes below: 92.9 %, no false value. The protocols of
 * the set are another helper's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { heldOutCases, itScoresEachDocument, reportOf } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-5');
const reports = heldOutCases(DIR).filter((f) => f.startsWith('report-'));

// Report fields still missed, by document, with the reason; none is a false value. A change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  // The hearings told in a sentence without dates of their own. (Read since set 7: the Telegram count, "ресми" is no
  // "СМИ"; "екі коммуналдық мекеменің … есебі", communal institutions heard.)
  'report-kk-taldykorgan-2024': ['activities public_hearing'],
  // (Read since set 7: "… және Шығыс шағын ауданында диалог алаңы (сәуірдің 18-і) өткізілді", a second type with its own date.)
  // (Read since set 7: "18. Количество полученных ответов: 31.", the question before names the letters sent;
  // "Количество публикаций на интернет-ресурсе … (www.gov.kz, страница ОС): 46", a bracket before the colon.)
  // (Read since set 7: "по проекту бюджета района на 2025–2027 годы" is the budget's years, not the hearings'; each
  // hearing closed by its date after a dash.)
};

const read = async (name: string) => (await reportOf(join(DIR, `${name}.txt`)));
const figuresOf = (text: string, year?: number) => Object.fromEntries(parseReport(text, year === undefined ? {} : { defaultYear: year }).figures.map((f) => [f.metric, f.value]));

describe('held-out documents (set 5), reports, seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);

  it('the quarters table gives the year\'s column only; "–" totals and row numbers give nothing', async () => {
    const kostanay = await read('report-ru-kostanay-2024');
    const f = Object.fromEntries(kostanay.figures.map((x) => [x.metric, x.value]));
    expect(f).toMatchObject({ general_meetings: 6, presidium_meetings: 3, commission_meetings: 21, monitorings: 8, npa_reviewed: 40, round_tables: 5, appeals_received: 72, publications: 200 });
    expect(f.letters_sent).toBeUndefined();
    expect(f.letters_answered).toBeUndefined();
    expect(kostanay.media.map((m) => `${m.platform}:${m.publications}/${m.views}`)).toEqual(['instagram:96/48000', 'telegram:58/12300', 'website:46/null']);
  });

  it('the fourth quarter\'s section gives candidates, the approximate counts too', async () => {
    const zerenda = await read('report-ru-zerenda-2024');
    const f = Object.fromEntries(zerenda.figures.map((x) => [x.metric, x.value]));
    // The year's 12 ("Общественной экспертизой охвачено 12 проектов решений"), never the quarter's 4.
    expect(f.npa_reviewed).toBe(12);
    expect(f.appeals_received).toBeUndefined();
    expect(f.general_meetings).toBe(7);
    expect(zerenda.candidates.filter((c) => c.line === 29).map((c) => `${c.metric}=${c.value}`).sort()).toEqual(
      ['appeals_received=11', 'commission_meetings=4', 'general_meetings=2', 'letters_sent=6', 'monitorings=3', 'npa_reviewed=4', 'round_tables=1'],
    );
    expect(zerenda.candidates.filter((c) => /approximate/.test(c.why)).map((c) => `${c.metric}=${c.value}`)).toEqual(['monitorings=10', 'round_tables=5', 'appeals_received=40']);
  });

  it('the Kazakh title over three lines sets the period, not "(2023 жылы – бес)"', async () => {
    expect((await read('report-kk-taldykorgan-2024')).period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('the bilingual blocks: each activity once, the disagreeing appeals two candidates', async () => {
    const semey = await read('report-mixed-semey-2025-h1');
    expect(semey.activities.filter((a) => a.type === 'monitoring').map((a) => a.date_start)).toEqual(['2025-01-15', '2025-03-10', '2025-05-16', '2025-05-22']);
    expect(semey.activities.filter((a) => a.type === 'round_table').map((a) => `${a.date_start} ${a.title}`)).toEqual(['2025-03-03 Абай елі: мәдени мұраны сақтау', '2025-06-05 Ертіс жағалауының экологиясы']);
    expect(semey.candidates.filter((c) => c.metric === 'appeals_received').map((c) => `${c.value}@${c.line}`)).toEqual(['47@18', '49@40']);
  });

  it('the form: answers after the colon, the questions\' numbers never, "не сформирован" nothing', async () => {
    const eco = await read('report-ru-minecology-2024');
    const f = Object.fromEntries(eco.figures.map((x) => [x.metric, x.value]));
    expect(f).toMatchObject({ members_total: 23, members_civil: 16, members_state: 7, commissions: 3, members_left: 2, members_joined: 3, commission_meetings: 17, npa_reviewed: 41, letters_sent: 38 });
    expect(f.presidium_meetings).toBeUndefined();
    expect(f.seminars).toBeUndefined();
    expect(f.appeals_received).toBeUndefined();
    expect(eco.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2024-06-11', 'monitoring 2024-11-05', 'round_table 2024-03-14', 'round_table 2024-09-19']);
  });
});

describe('a table whose columns are periods (tabs pasted from Word or Excel)', () => {
  const ru = [
    'Отчет о работе Общественного совета за 2024 год', '',
    '№\tПоказатель\tI кв.\tII кв.\tIII кв.\tIV кв.\tИтого за 2024 г.\t2023 г.',
    '1\tЗаседания Общественного совета\t2\t1\t1\t2\t6\t5',
    '2\tПроведено общественных мониторингов\t3\t2\t2\t1\t8\t6',
    '9\tНаправлено писем в государственные органы\t21\t19\t12\t25\t–\t64',
  ].join('\n');

  it('Russian: the total column of the year, a "–" total nothing, the row number never', () => {
    expect(figuresOf(ru)).toEqual({ general_meetings: 6, monitorings: 8 });
  });

  it('Kazakh: "IV тоқсан" columns are parts, the year\'s column is read', () => {
    const kk = ['Қоғамдық кеңестің 2024 жылғы қызметі туралы есеп', '', '№\tКөрсеткіш\tI тоқсан\tII тоқсан\tIII тоқсан\tIV тоқсан\t2024 жыл\t2023 жыл', '1\tКеңес отырыстары\t2\t1\t1\t2\t6\t5', '2\tҚоғамдық мониторингтер\t3\t2\t2\t1\t8\t6'].join('\n');
    // "Кеңес отырыстары" is named by the table row lexicon: the year's 6, never a quarter's 2.
    expect(figuresOf(kk)).toEqual({ general_meetings: 6, monitorings: 8 });
  });

  it('near-miss: quarters and no total give nothing at all, not the first quarter', () => {
    const text = ['Отчет о работе Общественного совета за 2024 год', '', 'Показатель\tI кв.\tII кв.\tIII кв.\tIV кв.', 'Заседания Общественного совета\t2\t1\t1\t2', 'Проведено мониторингов\t3\t2\t2\t1'].join('\n');
    const x = parseReport(text);
    expect(x.figures).toEqual([]);
  });

  it('near-miss: a list typed with a tab after each number is no table of counts', () => {
    expect(parseReport('Отчет за 2024 год\n\n1\tЗаседание Совета по вопросам бюджета\n2\tЗаседание Совета по тарифам\n3\tМониторинг школ').figures).toEqual([]);
  });

  it('a table of two columns whose header names the year', () => {
    expect(figuresOf('Отчет за 2024 год\n\nПоказатель\tЗа 2024 год\nЗаседания Совета\t6\nМониторинги\t8')).toEqual({ general_meetings: 6, monitorings: 8 });
  });

  it('in a quarter\'s report the quarter\'s own column is the period\'s', () => {
    const text = ['Отчет о работе Общественного совета за IV квартал 2024 года', '', 'Показатель\tIV кв. 2024 г.\tIV кв. 2023 г.', 'Заседания Общественного совета\t2\t3'].join('\n');
    expect(figuresOf(text)).toEqual({ general_meetings: 2 });
  });

  it('a media table with "48 тыс." and "12 300"', () => {
    const text = ['Отчет за 2024 год', '', 'Площадка\tПубликаций\tПросмотров', 'Instagram\t96\t48 тыс.', 'Telegram-канал\t58\t12 300', 'Всего\t154\t'].join('\n');
    expect(parseReport(text).media.map((m) => `${m.platform}:${m.publications}/${m.views}`)).toEqual(['instagram:96/48000', 'telegram:58/12300']);
  });
});

describe('a sentence or a section about a part of the period', () => {
  const year = (body: string) => `Отчет о работе Общественного совета за 2024 год\n\n${body}`;

  it('Russian: "В IV квартале …" — every count of the sentence is a candidate, not only the first clause\'s', () => {
    const x = parseReport(year('В IV квартале проведено 2 заседания Совета и 4 заседания комиссий, рассмотрено 4 проекта НПА, поступило 11 обращений.'));
    expect(x.figures).toEqual([]);
    expect(x.candidates.map((c) => `${c.metric}=${c.value}`).sort()).toEqual(['appeals_received=11', 'commission_meetings=4', 'general_meetings=2', 'npa_reviewed=4']);
  });

  it('Kazakh: "IV тоқсанда …" and "Бірінші жартыжылдықта …" are parts', () => {
    const x = parseReport('Қоғамдық кеңестің 2024 жылғы қызметі туралы есеп\n\nIV тоқсанда Кеңестің 2 отырысы өтті, 11 өтініш келіп түсті.\nБірінші жартыжылдықта 3 мониторинг жүргізілді, 4 дөңгелек үстел өтті.');
    expect(x.figures).toEqual([]);
    expect(x.candidates.map((c) => `${c.metric}=${c.value}`).sort()).toEqual(['appeals_received=11', 'general_meetings=2', 'monitorings=3', 'round_tables=4']);
  });

  it('a section under "ИТОГИ IV КВАРТАЛА" is the quarter\'s until the next heading', () => {
    const x = parseReport(year('Проведено 7 заседаний Общественного совета.\n\nИТОГИ IV КВАРТАЛА 2024 ГОДА\nПроведено 2 заседания Общественного совета. Поступило 11 обращений.\n\nОБРАЩЕНИЯ ГРАЖДАН\nВ Совет поступило 40 обращений.'));
    expect(x.figures.map((f) => `${f.metric}=${f.value}`)).toEqual(['general_meetings=7', 'appeals_received=40']);
    expect(x.candidates.map((c) => `${c.metric}=${c.value}`)).toEqual(['general_meetings=2', 'appeals_received=11']);
  });

  it('near-miss: in a quarter\'s report "В IV квартале" is the period itself', () => {
    expect(figuresOf('Отчет о работе Общественного совета за IV квартал 2024 года\n\nВ IV квартале проведено 2 заседания Совета, поступило 11 обращений.')).toEqual({ general_meetings: 2, appeals_received: 11 });
  });

  it('near-miss: a month opening a sentence is left to its clause ("В марте выбыл 1 член" of a year)', () => {
    expect(figuresOf(year('В марте из состава Совета выбыл 1 член.'))).toEqual({ members_left: 1 });
  });

  it('approximate counts are never figures, in either language', () => {
    const x = parseReport(year('Проведено свыше 10 мониторингов и около 5 круглых столов. Поступило более 40 обращений.'));
    expect(x.figures).toEqual([]);
    expect(x.candidates.map((c) => c.value)).toEqual([10, 5, 40]);
  });
});

describe('the period of a title typed over short lines', () => {
  it('Kazakh: "… кеңесінің" / "2024 жылғы қызметі туралы" / "ЕСЕП" — an earlier year\'s comparison decides nothing', () => {
    const x = parseReport('Қоғамдық кеңесінің\n2024 жылғы қызметі туралы\nЕСЕП\n\nЕсепті жылы Кеңестің алты отырысы өтті (2023 жылы – бес).');
    expect(x.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('Russian: "Отчет" / "о работе Общественного совета" / "за 2024 год"', () => {
    expect(parseReport('ОТЧЕТ\nо работе Общественного совета\nза 2024 год\n\nВ 2023 году проведено 5 заседаний.').period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('a report in two whole blocks, Kazakh then Russian', () => {
  const text = [
    'ҚОҒАМДЫҚ КЕҢЕС', '2025 жылдың бірінші жартыжылдығындағы жұмыс қорытындысы туралы', '',
    'Екі дөңгелек үстел (2025 жылғы 3 наурызда – «Абай елі»; 05.06.25 ж. – «Ертіс») өткізілді.',
    'Кеңес құрамы туралы ақпарат әр тоқсан сайын жаңартылады.', 'Кеңес отырыстары ашық өтеді.', '',
    'ОБЩЕСТВЕННЫЙ СОВЕТ', 'Информация за первое полугодие 2025 года', '',
    'Проведены 2 круглых стола («Абай елі» – 3 марта; «Ертіс» – 5 июня).', 'Заседания Совета проходят открыто.',
  ].join('\n');

  it('a Russian line quoting a Kazakh name is Russian: the same round tables are told once', () => {
    const x = parseReport(text);
    expect(x.activities.map((a) => `${a.type} ${a.date_start} ${a.title}`)).toEqual(['round_table 2025-03-03 Абай елі', 'round_table 2025-06-05 Ертіс']);
  });

  it('near-miss: dates before titles whose number is not the count stated are not split', () => {
    const x = parseReport('Отчет за 2025 год\n\nПроведено 3 круглых стола (3 марта – «Вода»; 5 июня – «Жилье»).');
    expect(x.activities.filter((a) => a.type === 'round_table').length).not.toBe(2);
  });
});

describe('the composition "в составе Совета N членов"', () => {
  it('the council\'s members, and "включены 3 человека" into it', () => {
    expect(figuresOf('Отчет за 2024 год\nНа 31 декабря 2024 года в составе Общественного совета Костанайской области 27 членов (на 1 января 2024 года – 25).\nВ течение года в состав Совета включены 3 человека.')).toEqual({ members_total: 27, members_joined: 3 });
  });

  it('near-miss: a working group\'s, a commission\'s or a presidium\'s members are not the council\'s', () => {
    expect(figuresOf('Отчет за 2024 год\nВ составе рабочей группы 5 членов. В составе комиссии по бюджету 4 члена. В составе президиума 3 члена.')).toEqual({});
  });
});

describe('Kazakh counts with their case endings, Russian phrasings of the same', () => {
  it('"қырық екісіне … сараптама", "оның 35-і ескертусіз", "54 хат жолданып, оның 49-ына жауап", "бір мүше … құрамынан шықты"', () => {
    expect(figuresOf('Қоғамдық кеңестің 2024 жылғы қызметі туралы есеп\n\nНормативтік құқықтық актілер жобаларының қырық екісіне қоғамдық сараптама жүргізілді, оның 35-і ескертусіз қолдау тапты.\nМемлекеттік органдарға 54 хат жолданып, оның 49-ына жауап алынды.\nЖыл ішінде бір мүше өз өтініші бойынша Кеңес құрамынан шықты.')).toEqual({
      npa_reviewed: 42, npa_approved: 35, letters_sent: 54, letters_answered: 49, members_left: 1,
    });
  });

  it('"экспертизой охвачено 12 проектов решений", "ответы получены по 19 из них"', () => {
    expect(figuresOf('Отчет за 2024 год\nОбщественной экспертизой охвачено 12 проектов решений районного маслихата.\nВ государственные органы направлено 23 письма, ответы получены по 19 из них.')).toEqual({ npa_reviewed: 12, letters_sent: 23, letters_answered: 19 });
  });

  it('near-miss: "54 хат келіп түсті" is received, not sent; "охвачено 120 жителей" counts no projects', () => {
    expect(figuresOf('Отчет за 2024 год\nМониторингом охвачено 120 жителей.').npa_reviewed).toBeUndefined();
    expect(figuresOf('Қоғамдық кеңестің 2024 жылғы қызметі туралы есеп\n\nКеңеске 54 хат келіп түсті.').letters_sent).toBeUndefined();
  });
});

describe('a form of numbered questions answered after a colon', () => {
  const form = (body: string) => `ИНФОРМАЦИЯ\nо деятельности Общественного совета\nза 2024 год\n\n${body}`;

  it('Russian: the answer is the value, the question\'s number never', () => {
    expect(figuresOf(form([
      '4. Количество рабочих органов (комиссий): 3.',
      '7. Количество заседаний рабочих органов (комиссий): 17.',
      '12. Количество проектов НПА, рассмотренных Общественным советом: 41.',
      '17. Количество писем (запросов), направленных в государственные органы: 38.',
      '19. Изменения в составе: выведено из состава – 2; включено – 3.',
    ].join('\n')))).toEqual({ commissions: 3, commission_meetings: 17, npa_reviewed: 41, letters_sent: 38, members_left: 2, members_joined: 3 });
  });

  it('Kazakh: "Комиссиялар саны: 3", "Азаматтық қоғам өкілдері: 16"', () => {
    const f = figuresOf('Қоғамдық кеңестің 2024 жылғы қызметі туралы есеп\n\n1. Тұрақты комиссиялар саны: 3.\n2. Азаматтық қоғам өкілдері: 16.\n3. Мемлекеттік органдар өкілдері: 7.');
    expect(f).toMatchObject({ commissions: 3, members_civil: 16, members_state: 7 });
  });

  it('near-miss: "не проводились", "президиум не сформирован", "около 70" give no figure', () => {
    const x = parseReport(form('8. Количество заседаний президиума: президиум не сформирован.\n15. Количество поступивших обращений: около 70.\n25. Семинары, тренинги: не проводились.'));
    expect(x.figures).toEqual([]);
  });

  it('near-miss: "мероприятий с участием представителей гражданского общества: 40" counts no members', () => {
    expect(figuresOf(form('5. Количество мероприятий с участием представителей гражданского общества: 40.\n6. Количество встреч с представителями государственных органов: 12.'))).toEqual({});
  });

  it('near-miss: the questions after a list under a question are not its items', () => {
    const x = parseReport(form('10. Количество проведенных общественных мониторингов: 2:\n    1) мониторинг выбросов – 11 июня 2024 г.;\n    2) мониторинг полигонов – 5 ноября 2024 г.\n11. Количество проведенных общественных слушаний: 3.\n12. Количество выработанных рекомендаций: 57.'));
    expect(x.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2024-06-11', 'monitoring 2024-11-05']);
  });
});
