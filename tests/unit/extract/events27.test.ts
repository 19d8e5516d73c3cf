/**
 * Session 27, helper "events": the dated events and event counts blind sets 68 and 69 (and 62–67's leftovers) missed, each
 * class in Russian and Kazakh, a variant no set holds, and near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const activities = (text: string) => activityList(parseReport(`${text}\n`));
const figures = (text: string) => figureMap(parseReport(`${text}\n`));

describe('a plan-and-fact list, each line a label, its colon, the plan and the fact named by its verb (set 69 mcr)', () => {
  it('kk: "– Кеңес отырыстары: жоспар – 4, нақты өткізілді – 4 (№ 1–4 хаттамалар);" reads the fact, never the plan', () => {
    const text = `${KK}Жұмыс жоспарының орындалуы:\n  – Кеңес отырыстары: жоспар – 5, нақты өткізілді – 4 (№ 1–4 хаттамалар);\n  – комиссия отырыстары: жоспар – 9, өткізілгені – 7;\n  – мониторинг: жоспар – 6, орындалды – 5 (екеуі көшпелі);`;
    const f = figures(text);
    expect(f.general_meetings).toBe(4);
    expect(f.commission_meetings).toBe(7);
    expect(f.monitorings).toBe(5);
  });
  it('ru: "– заседания Совета: план – 4, проведено – 3;" and "фактически проведено"', () => {
    const text = `${RU}Исполнение плана работы:\n- заседания Совета: план – 4, проведено – 3;\n- круглые столы: запланировано – 2, фактически проведено – 1;\n- семинары: план – 3, выполнено – 3.`;
    const f = figures(text);
    expect(f.general_meetings).toBe(3);
    expect(f.round_tables).toBe(1);
    expect(f.seminars).toBe(3);
  });
  it('near-misses: a fact of no done verb ("перенесено"), a number after the fact, give no figure of the plan', () => {
    expect(figures(`${RU}Исполнение плана работы:\n- круглые столы: план – 2, перенесено – 1;`).round_tables).not.toBe(2);
    expect(figures(`${RU}Исполнение плана работы:\n- круглые столы: план – 2, перенесено – 1;`).round_tables).not.toBe(1);
    expect(figures(`${KK}Жоспардың орындалуы:\n  – семинар: жоспар – 3, өткізілді – 2, оның 12 қатысушысы;`).seminars).not.toBe(3);
  });
});

describe('"Тыңдалған есептер" (the participle before the reports) names hearings, as "есеп тыңдау" does (set 69 mcr)', () => {
  it('kk: a chronology of hearings under "2. Тыңдалған есептер (хронология бойынша)"', () => {
    const text = `${KK}2. Тыңдалған есептер (хронология бойынша)\n  2025 жылғы 26 ақпан – Ақпараттық қауіпсіздік комитеті;\n  2025 жылғы 17 сәуір – ведомстволық бағынысты ұйым «Ұлттық ақпараттық\n    технологиялар» АҚ;\n  2025 жылғы 25 қыркүйек – Аэроғарыш комитеті.`;
    expect(activities(text)).toEqual(['report_hearing 2025-02-26', 'report_hearing 2025-04-17', 'report_hearing 2025-09-25']);
  });
  it('kk: "Отырыстарда тыңдалған басшылар есептері:" — a word between, the dates as "DD.MM.YYYY"', () => {
    const text = `${KK}Отырыстарда тыңдалған басшылар есептері:\n- 12.03.2025 – аудандық білім бөлімі;\n- 18.06.2025 – аудандық денсаулық сақтау басқармасы.`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-06-18']);
  });
  it('near-miss: a plan of reports to be heard names no hearing held', () => {
    const text = `${KK}Тыңдалатын есептер жоспары:\n- 12.03.2026 – аудандық білім бөлімі;\n- 18.06.2026 – аудандық денсаулық сақтау басқармасы.`;
    expect(activities(text)).toEqual([]);
  });
});

describe('a count, an earlier period\'s bracket after it, then its dated events (set 69 azrk)', () => {
  it('kk: "Семинар – 1 (IV тоқсанда өткізілмеген): 12 наурызда …" and "Дөңгелек үстел – 1 (IV тоқсанда – 2): 18 наурызда «…»"', () => {
    const text = `${KK}7. Дөңгелек үстел – 1 (IV тоқсанда – 2): 18 наурызда «Жастар және еңбек» тақырыбында.\n8. Семинар – 1 (IV тоқсанда өткізілмеген): 12 наурызда шағын бизнес\n   өкілдеріне арналған семинар (қатысушылар – 85 адам).`;
    expect(activities(text)).toEqual(['round_table 2025-03-18', 'seminar 2025-03-12']);
  });
  it('ru: "• Круглые столы – 2 (в 2024 году – 3): 14.02 «Вода»; 20.03 «Тепло»."', () => {
    expect(activities(`${RU}• Круглые столы – 2 (в 2024 году – 3): 14.02 «Вода»; 20.03 «Тепло».`)).toEqual(['round_table 2025-02-14', 'round_table 2025-03-20']);
  });
  it('near-miss: the earlier period\'s own event after its bracket is no event of the period', () => {
    expect(activities(`${KK}7. Дөңгелек үстел – 1 (2024 жылы – 1): 2024 жылғы 18 желтоқсанда «Жастар және еңбек» тақырыбында.`)).toEqual([]);
  });
});

describe('a numbered point of a label and its count, its events told in the sentences after (set 69 azrk)', () => {
  it('kk: "4. Есеп тыңдау – 2 (IV тоқсанда – 1). 26 ақпандағы отырыста … департаментінің және … РМК-ның есептері тыңдалды."', () => {
    const text = `${KK}4. Есеп тыңдау – 2 (IV тоқсанда – 1). 26 ақпандағы отырыста Агенттіктің облыс бойынша\n   департаментінің және ведомстволық бағынысты «Даму орталығы» ШЖҚ РМК-ның есептері тыңдалды.`;
    expect(activities(text)).toEqual(['report_hearing 2025-02-26', 'report_hearing 2025-02-26']);
  });
  it('ru: "3) Общественные слушания – 1. 14 марта проведены слушания по проекту правил благоустройства."', () => {
    expect(activities(`${RU}3) Общественные слушания – 1. 14 марта проведены общественные слушания по проекту правил благоустройства.`)).toEqual(['public_hearing 2025-03-14']);
  });
  it('kk: two bodies joined by "мен" inside one department\'s quoted name stay one; a meeting\'s day with no event gives none', () => {
    const one = `${KK}4. Есеп тыңдау – 1. 26 ақпандағы отырыста «Білім мен ғылым» МКК-ның есебі тыңдалды.`;
    expect(activities(one)).toEqual(['report_hearing 2025-02-26']);
    expect(activities(`${KK}1. Кеңес отырыстары – 1 (IV тоқсанда – 2). Отырыс 2025 жылғы 26 ақпанда өтті.`)).toEqual([]);
  });
});

describe('a dated list\'s entry of two bodies apart by a semicolon, each opening with its body (set 69 minzdrav)', () => {
  it('ru: "– 17.07.2025 – Комитет …; РГП на ПХВ «…»;" under "Совет заслушал 5 отчётов:" are two hearings; capitalised bodies count', () => {
    const text = `${RU}3. Заслушивание отчётов. Совет заслушал 4 отчёта:\n– 17.07.2025 – Комитет фармацевтического контроля; РГП на ПХВ «Научный центр»;\n– 30.10.2025 – Департамент медицинской помощи;\n– 17.12.2025 – Управление здравоохранения.`;
    expect(activities(text)).toEqual(['report_hearing 2025-07-17', 'report_hearing 2025-07-17', 'report_hearing 2025-10-30', 'report_hearing 2025-12-17']);
  });
  it('kk: "- 12.03.2025 – аудандық білім бөлімі; «Жылу» МКК;" under "3 есеп тыңдалды:"', () => {
    const text = `${KK}Кеңес отырыстарында 3 есеп тыңдалды:\n- 12.03.2025 – аудандық білім бөлімі; «Жылу» МКК;\n- 18.06.2025 – аудандық денсаулық сақтау басқармасы.`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-03-12', 'report_hearing 2025-06-18']);
  });
  it('near-misses: a part after the semicolon that is no body ("; о лекарственном обеспечении"), or a split past the count, stays one', () => {
    const topic = `${RU}Совет заслушал 3 отчёта:\n– 17.07.2025 – Комитет фармацевтического контроля; о лекарственном обеспечении сёл;\n– 30.10.2025 – Департамент медицинской помощи;\n– 17.12.2025 – Управление здравоохранения.`;
    expect(activities(topic)).toEqual(['report_hearing 2025-07-17', 'report_hearing 2025-10-30', 'report_hearing 2025-12-17']);
    const over = `${RU}Совет заслушал 3 отчёта:\n– 17.07.2025 – Комитет фармацевтического контроля; РГП на ПХВ «Научный центр»;\n– 30.10.2025 – Департамент медицинской помощи;\n– 17.12.2025 – Управление здравоохранения.`;
    expect(activities(over)).toEqual(['report_hearing 2025-07-17', 'report_hearing 2025-10-30', 'report_hearing 2025-12-17']);
  });
});

describe('a run-in list\'s entry of Kazakh bodies joined by "мен" (set 69 minekologii)', () => {
  it('kk: "17 желтоқсанда – … бақылау комитеті мен … кәсіпорны «Қазгидромет» РМК." is two hearings when the count says three', () => {
    const text = `${KK}Есеп тыңдау – 3.\nЕсеп тыңдау: 8 қазанда – Балық шаруашылығы комитеті; 17 желтоқсанда – Экологиялық реттеу және\nбақылау комитеті мен ведомстволық бағынысты «Қазгидромет» РМК.`;
    expect(activities(text)).toEqual(['report_hearing 2025-10-08', 'report_hearing 2025-12-17', 'report_hearing 2025-12-17']);
  });
  it('kk: departments joined, a dated list under "3 есеп тыңдалды:" ("– аудандық білім бөлімі мен … басқармасы;")', () => {
    const text = `${KK}3 есеп тыңдалды:\n- 12.03.2025 – аудандық білім бөлімі мен қалалық денсаулық сақтау басқармасы;\n- 18.06.2025 – аудандық ауыл шаруашылығы бөлімі.`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-03-12', 'report_hearing 2025-06-18']);
  });
  it('near-miss: "кәсіпкерлік және өнеркәсіп бөлімі" is one department; a split past the count is not made', () => {
    const one = `${KK}2 есеп тыңдалды:\n- 12.03.2025 – аудандық кәсіпкерлік және өнеркәсіп бөлімі;\n- 18.06.2025 – аудандық ауыл шаруашылығы бөлімі.`;
    expect(activities(one)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-06-18']);
    const over = `${KK}2 есеп тыңдалды:\n- 12.03.2025 – аудандық білім бөлімі мен қалалық денсаулық сақтау басқармасы;\n- 18.06.2025 – аудандық ауыл шаруашылығы бөлімі.`;
    expect(activities(over)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-06-18']);
  });
});

describe('the Kazakh meetings\' labels with their dash: "президиум отырысы – 1", "Кеңестің жалпы отырысы – 1" (set 68 nauryzbay)', () => {
  it('kk: both in one sentence, a date bracket after the first', () => {
    const f = figures(`${KK}Кеңестің жалпы отырысы – 1 (2025 жылғы 18 ақпан), президиум отырысы – 1.`);
    expect(f.general_meetings).toBe(1);
    expect(f.presidium_meetings).toBe(1);
  });
  it('kk: "Төралқа отырыстары: 2." and "Кеңестің жалпы отырыстары – 3, оның ішінде көшпелі – 1."', () => {
    expect(figures(`${KK}Төралқа отырыстары: 2.`).presidium_meetings).toBe(2);
    expect(figures(`${KK}Кеңестің жалпы отырыстары – 3, оның ішінде көшпелі – 1.`).general_meetings).toBe(3);
  });
  it('near-miss: what the presidium\'s sittings considered is no count of them', () => {
    expect(figures(`${KK}Президиум отырыстарында қаралған мәселелер – 5.`).presidium_meetings).toBeUndefined();
  });
});

describe('one dated item under a run-in heading of its type (set 68 nauryzbay)', () => {
  it('kk: "Дөңгелек үстел: 4 наурыз – «…»." wrapped onto the next line', () => {
    expect(activities(`${KK}Дөңгелек үстел: 4 наурыз – «Жасөспірімдер арасындағы құқық бұзушылықтың\nалдын алу».`)).toEqual(['round_table 2025-03-04']);
  });
  it('ru: "Круглый стол: 04.03 – «Права подростков»."', () => {
    expect(activities(`${RU}Круглый стол: 04.03 – «Права подростков».`)).toEqual(['round_table 2025-03-04']);
  });
  it('near-misses: a heading of a plan; a year\'s count after the colon', () => {
    expect(activities(`${RU}Круглые столы запланированы: 04.03 – «Права подростков».`)).toEqual([]);
    expect(activities(`${KK}Дөңгелек үстел: 2025 жылы – 1.`)).toEqual([]);
  });
});

describe('clauses each opening with their day, one verb for all (set 68 nauryzbay)', () => {
  it('kk: "18 ақпанда … бөлімінің, 25 наурызда 2-комиссияның … бөлімінің есебі тыңдалды" with the report\'s count of 2', () => {
    const text = `${KK}Есептерді тыңдау – 2.\n\nЕсептерді тыңдау: 18 ақпанда кеңес отырысында аудандық білім бөлімінің,\n25 наурызда 2-комиссияның көшпелі отырысында аудандық жер қатынастары бөлімінің есебі тыңдалды.`;
    expect(activities(text)).toEqual(['report_hearing 2025-02-18', 'report_hearing 2025-03-25']);
  });
  it('ru: "12 марта – отдела образования, 14 мая – отдела ЖКХ заслушаны отчёты" under "Заслушано 2 отчёта"', () => {
    expect(activities(`${RU}Заслушано 2 отчёта: 12 марта – отдела образования, 14 мая – отдела ЖКХ.`)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-14']);
  });
  it('near-miss: clauses that do not meet the report\'s count (3 stated, two clauses) give no second event', () => {
    const text = `${KK}Есептерді тыңдау – 3.\n\nЕсептерді тыңдау: 18 ақпанда кеңес отырысында аудандық білім бөлімінің,\n25 наурызда 2-комиссияның көшпелі отырысында аудандық жер қатынастары бөлімінің есебі тыңдалды.`;
    expect(activities(text)).not.toContain('report_hearing 2025-03-25');
  });
});

describe('some of the count the sentence before states, each clause opening with its day (set 68 enbekshi)', () => {
  it('kk: "… 4 қоғамдық мониторинг жүргізді. Олардың ішінде 11 ақпанда …, 4 наурызда … тексерілді."', () => {
    const text = `${KK}Кеңес мүшелері жыл ішінде 4 қоғамдық мониторинг жүргізді. Олардың ішінде 11\nақпанда қазандықтардың жұмысы, 4 наурызда көлік аялдамаларының жай-күйі тексерілді.`;
    expect(activities(text)).toEqual(['monitoring 2025-02-11', 'monitoring 2025-03-04']);
  });
  it('ru: "Проведено 5 мониторингов. Среди них 12 марта – питание в школах, 20 мая – ремонт дорог."', () => {
    expect(activities(`${RU}Проведено 5 мониторингов. Среди них 12 марта – питание в школах, 20 мая – ремонт дорог.`)).toEqual(['monitoring 2025-03-12', 'monitoring 2025-05-20']);
  });
  it('near-misses: more clauses than the count; a clause naming another kind', () => {
    expect(activities(`${RU}Проведено 2 мониторинга. Среди них 12 марта – питание, 20 мая – дороги, 3 июня – свет.`)).toEqual([]);
    expect(activities(`${RU}Проведено 3 мониторинга. Среди них 12 марта – питание, 20 мая – круглый стол по дорогам.`)).not.toContain('monitoring 2025-05-20');
  });
});

describe('Russian departments heard together in the genitive, each part opening with its body (set 68 turksib)', () => {
  it('ru: "10.12.2025 – заседание Совета № 6: заслушаны отчеты отдела образования и отдела предпринимательства …;"', () => {
    const text = `${RU}Заслушано отчетов – 3.\n\nII. Хроника\n15.10.2025 – заседание Совета № 5: заслушан отчет отдела ЖКХ;\n23.10.2025 – мониторинг освещения улиц;\n10.12.2025 – заседание Совета № 6: заслушаны отчеты отдела образования и\n             отдела предпринимательства аппарата акима района;\n19.12.2025 – мониторинг работы ЦОН.`;
    expect(activities(text).filter((a) => a.startsWith('report'))).toEqual(['report_hearing 2025-10-15', 'report_hearing 2025-12-10', 'report_hearing 2025-12-10']);
  });
  it('ru: "12 марта заслушали отчёты управления здравоохранения, комитета по делам молодёжи" in a sentence', () => {
    const text = `${RU}Заслушано 3 отчёта. 12 марта заслушали отчёты управления здравоохранения, комитета по делам молодёжи. 20 мая заслушан отчёт отдела спорта.`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-03-12', 'report_hearing 2025-05-20']);
  });
  it('near-miss: one department whose name holds "и" ("отдела ЖКХ, пассажирского транспорта и автомобильных дорог") stays one', () => {
    const text = `${RU}Заслушано 3 отчёта. 12 марта заслушали отчёты отдела ЖКХ, пассажирского транспорта и автомобильных дорог. 20 мая заслушан отчёт отдела спорта.`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-20']);
  });
});

describe('a label\'s quarters, then "жиыны" (the sum) as its total, an earlier year\'s bracket after (set 68 konaev)', () => {
  const H1 = 'Қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы қызметі туралы есеп\n\n';
  it('kk: "Кеңестің жалпы отырыстары: І тоқсан – 1, ІІ тоқсан – 2, жиыны – 3" over "(2024 жылдың І жартыжылдығында – 2)."', () => {
    const f = figureMap(parseReport(`${H1}2.1. Кеңестің жалпы отырыстары: І тоқсан – 1, ІІ тоқсан – 2, жиыны – 3\n(2024 жылдың І жартыжылдығында – 2).\n2.3. Комиссия отырыстары: І тоқсан – 3, ІІ тоқсан – 4, жиыны – 7.\n`));
    expect(f.general_meetings).toBe(3);
    expect(f.commission_meetings).toBe(7);
  });
  it('kk: "Мониторингтер: қаңтарда – 2, ақпанда – 1, наурызда – 2, жиыны – 5."', () => {
    expect(figureMap(parseReport(`${H1}Мониторингтер: қаңтарда – 2, ақпанда – 1, наурызда – 2, жиыны – 5.\n`)).monitorings).toBe(5);
  });
  it('near-miss: a bracket of words (no year) after the sum is no earlier period\'s: the sum is not read past it', () => {
    expect(figureMap(parseReport(`${H1}Мониторингтер: қаңтарда – 2, ақпанда – 1, жиыны – 3 (оның 2-еуі көшпелі).\n`)).monitorings).not.toBe(2);
  });
});
