/**
 * Session 28, helper "events": the dated events blind sets 72–74 missed, each class in Russian and Kazakh, variants no
 * set holds, and near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { parseDatePhrase } from '../../../sources/extract/parseDatePhrase.ts';
import { maskNeverCounts } from '../../../sources/extract/maskNeverCounts.ts';
import { isPeriodPartHeading } from '../../../sources/extract/report/periodPartHeading.ts';
import { isOneCommissionHeading } from '../../../sources/extract/report/commissionSections.ts';
import { activityList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const activities = (text: string) => activityList(parseReport(`${text}\n`));
const figures = (text: string) => figureMap(parseReport(`${text}\n`));
const day = (text: string, year = 2025) => parseDatePhrase(text, year)?.start ?? null;

describe('a day in words is a date (set 74: "тамыздың жиырма бесінде", "маусымның он бірі")', () => {
  it('kk: the genitive month, then the numeral with its possessive, a case after it or none', () => {
    expect(day('тамыздың жиырма бесінде')).toBe('2025-08-25');
    expect(day('маусымның он бірі')).toBe('2025-06-11');
    expect(day('қыркүйектің он жетісінде')).toBe('2025-09-17');
    expect(day('наурыздың бесінде')).toBe('2025-03-05');
    expect(day('2024 жылғы желтоқсанның отызында')).toBe('2024-12-30');
    // typed without Kazakh letters
    expect(day('казанның жиырма екисинде')).toBe('2025-10-22');
  });
  it('ru: the ordinal in the genitive before the month', () => {
    expect(day('Двадцать пятого августа 2024 года')).toBe('2024-08-25');
    expect(day('состоялось четвёртого мая')).toBe('2025-05-04');
    expect(day('тридцатого ноября')).toBe('2025-11-30');
  });
  it('near-misses: a count, an ordinal, a duration, a quarter, an impossible day are no date', () => {
    expect(day('қазанның екі мониторингі')).toBeNull();
    expect(day('қарашаның бірінші онкүндігінде')).toBeNull();
    expect(day('ақпанның он күні ішінде')).toBeNull();
    expect(day('второго квартала')).toBeNull();
    expect(day('ақпанның отыз бірі')).toBeNull();
    expect(day('тридцать второго марта')).toBeNull();
  });
  it('the day in words is never a count: "Тамыздың жиырма бесінде дөңгелек үстел өтті" is one round table', () => {
    expect(maskNeverCounts('Тамыздың жиырма бесінде дөңгелек үстел өтті.')).not.toContain('жиырма');
    expect(figures(`${KK}Тамыздың жиырма бесінде дөңгелек үстел өтті.`).round_tables).not.toBe(25);
    expect(figures(`${RU}Двадцать пятого августа проведен круглый стол.`).round_tables).not.toBe(20);
    expect(figures(`${RU}Двадцать пятого августа проведен круглый стол.`).round_tables).not.toBe(25);
    // a count in words after a day in digits stays a count
    expect(figures(`${KK}Қазанның 11-інде екі мониторинг жүргізілді.`).monitorings).toBe(2);
  });
  it('kk: a list of hearings dated in words under its count, each its day', () => {
    const text = `${KK}Үш есеп тыңдалды:\n- наурыздың он екісінде – аудандық білім бөлімі;\n- мамырдың жиырма бірінде – аудандық ауруханасы;\n- қазанның оны – ауылдық округ әкімі.`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-21', 'report_hearing 2025-10-10']);
  });
});

describe('a chronology under the headings of its quarters (set 74 Shu)', () => {
  it('ru: "Мероприятия (в хронологическом порядке)" / "I квартал" / "- 19 февраля – заслушан отчет …"', () => {
    const text = `${RU}III. Мероприятия\n1 квартал\n- 12 февраля – заслушан отчет отдела культуры;\n- 3 марта – мониторинг детских площадок.\n2 квартал\n- 9 апреля – круглый стол по вопросам экологии;\n- 21 мая – подписан меморандум с ОО «Жастар».`;
    expect(activities(text)).toEqual(['report_hearing 2025-02-12', 'monitoring 2025-03-03', 'round_table 2025-04-09', 'memorandum 2025-05-21']);
  });
  it('kk: "І тоқсан" / "– 2025 жылғы 14 наурызда – …" and halves ("ІІ жартыжылдық")', () => {
    const text = `${KK}Негізгі іс-шаралар\nІ тоқсан\n– 2025 жылғы 14 наурызда – «Таза ауыл» дөңгелек үстелі;\nІІ тоқсан\n– сәуірдің 9-ы – мектеп асханаларына мониторинг;\n– маусымның он бірі – аудандық білім бөлімінің есебі тыңдалды.`;
    expect(activities(text)).toEqual(['round_table 2025-03-14', 'monitoring 2025-04-09', 'report_hearing 2025-06-11']);
    expect(isPeriodPartHeading('ІІ жартыжылдық')).toBe(true);
    expect(isPeriodPartHeading('Второй квартал 2025 г.:')).toBe(true);
  });
  it('near-misses: a plan\'s quarter, a sentence of a quarter, items of no date or of counts give no event', () => {
    expect(isPeriodPartHeading('План на IV квартал')).toBe(false);
    expect(isPeriodPartHeading('IV квартал (план)')).toBe(false);
    expect(isPeriodPartHeading('В I квартале проведено 3 мониторинга')).toBe(false);
    expect(activities(`${RU}I квартал\n- мониторингов – 3;\n- круглых столов – 1.\nII квартал\n- мониторинг школьных столовых;\n- круглый стол по экологии.`)).toEqual([]);
  });
});

describe('a diary\'s day "DD.MM" with no point, under the heading of its month (set 72 police)', () => {
  it('kk: "Қаңтар" / " – 29.01 Кеңес отырысы: … есебі тыңдалды."', () => {
    const text = `${KK}ІС-ШАРАЛАР ХРОНОЛОГИЯСЫ\nҚаңтар\n – 29.01 Кеңес отырысы: білім бөлімінің есебі тыңдалды.\nАқпан\n – 12.02 Аудандық ауруханаға мониторинг.\n – 26.02 «Жастар» диалог алаңы.`;
    expect(activities(text)).toEqual(['report_hearing 2025-01-29', 'monitoring 2025-02-12', 'dialog_platform 2025-02-26']);
  });
  it('ru: "Март" / "- 05.03 мониторинг …", a day range of the month', () => {
    const text = `${RU}Хроника\nМарт\n- 05.03 мониторинг качества уборки снега;\n- 19.03 круглый стол «Чистый город».\nАпрель\n- 16.04 публичные слушания по проекту правил благоустройства.`;
    expect(activities(text)).toEqual(['monitoring 2025-03-05', 'round_table 2025-03-19', 'public_hearing 2025-04-16']);
  });
  it('near-misses: a day of another month than its heading, a section number, an impossible day give no event', () => {
    expect(activities(`${RU}Хроника\nМарт\n- 05.04 мониторинг качества уборки снега;\n- 2.1 Мониторинг школ.`)).toEqual([]);
    expect(activities(`${KK}Хроника\nАқпан\n – 30.02 аудандық ауруханаға мониторинг.`)).toEqual([]);
  });
});

describe('dashes under one commission\'s heading with its field in a bracket (set 72 health)', () => {
  it('kk: "1-КОМИССИЯ (…)" / "– 26.11.2025 – «…» дөңгелек үстелі" reads the dated events, not the counts', () => {
    const text = `${KK}1-КОМИССИЯ (медициналық көмектің қолжетімділігі)\n– 2 комиссия отырысы;\n– 26.11.2025 – «Ауылдағы дәрігер тапшылығы» дөңгелек үстелі;\n– 19.11.2025 – медбикелерге арналған семинар.`;
    expect(activities(text).sort()).toEqual(['round_table 2025-11-26', 'seminar 2025-11-19']);
  });
  it('ru: "Комиссия № 2 (образование и спорт)" / "- 14.05.2025 – мониторинг …"', () => {
    const text = `${RU}Комиссия № 2 (образование и спорт)\n- проведено 3 заседания комиссии;\n- 14.05.2025 – мониторинг школьного питания;\n- 18.06.2025 – круглый стол «Летний отдых детей».`;
    expect(activities(text).sort()).toEqual(['monitoring 2025-05-14', 'round_table 2025-06-18']);
    expect(isOneCommissionHeading('Комиссия № 2 (образование и спорт)')).toBe(true);
  });
  it('near-misses: a commission heading with a count in its bracket, dashes of no date give no event', () => {
    expect(isOneCommissionHeading('1-комиссия (3 отырыс)')).toBe(false);
    expect(activities(`${KK}2-КОМИССИЯ (білім беру)\n– мектеп асханаларына мониторинг;\n– 3 комиссия отырысы.`)).toEqual([]);
  });
});

describe('a list of events held: "… меморандумға қол қойылды" and a body\'s report alone (set 74 Syrdariya)', () => {
  it('kk: the memorandum signed ends its item; "… аурухананың есебі" is its hearing', () => {
    const text = `${KK}Негізгі іс-шаралардың тізбесі:\n• наурыздың 4-і – «Жастар» қоғамдық бірлестігімен меморандумға қол қойылды;\n• сәуірдің 16-сы – аудандық мәдениет бөлімінің есебі;\n• мамырдың 20-сы – мектеп асханаларына мониторинг.`;
    expect(activities(text)).toEqual(['memorandum 2025-03-04', 'report_hearing 2025-04-16', 'monitoring 2025-05-20']);
  });
  it('ru: "14 мая – отчет отдела образования" in a list of events is its hearing', () => {
    const text = `${RU}Перечень мероприятий:\n- 14 мая – отчет руководителя отдела образования;\n- 3 июня – с ОО «Ветераны» подписан меморандум.`;
    expect(activities(text)).toEqual(['report_hearing 2025-05-14', 'memorandum 2025-06-03']);
  });
  it('near-misses: the council\'s own report, a memorandum not signed, an agreement signed give no event', () => {
    expect(activities(`${KK}Іс-шаралар тізімі:\n• желтоқсанның 20-сы – Кеңестің есебі;\n• желтоқсанның 25-і – меморандумға қол қойылмады;\n• қарашаның 5-і – әкімдікпен ынтымақтастық келісіміне қол қойылды.`)).toEqual([]);
  });
});

describe('a heading that counts its dated items by kind, the kinds adding up to them (set 73 Taldykorgan)', () => {
  it('kk: "3 бөлімі мен 1 … ұйымының есебі тыңдалды: 15 қазанда – …; …" gives four hearings', () => {
    const text = `${KK}Тоқсанда қала әкімдігінің 2 бөлімі мен 1 ведомстволық бағынысты ұйымының есебі тыңдалды: 15 қазанда – қалалық білім бөлімі; 12 қарашада – «Жылу» МКК; 19 желтоқсанда – жұмыспен қамту бөлімі.`;
    expect(activities(text)).toEqual(['report_hearing 2025-10-15', 'report_hearing 2025-11-12', 'report_hearing 2025-12-19']);
  });
  it('ru: "Заслушаны отчеты 2 отделов и 2 коммунальных предприятий: 12.02.2025 – …; …"', () => {
    const text = `${RU}Заслушаны отчеты 2 отделов и 2 коммунальных предприятий: 12.02.2025 – отдел образования; 14.03.2025 – отдел ЖКХ; 16.04.2025 – ГКП «Тазалык»; 21.05.2025 – ГКП «Водоканал».`;
    expect(activities(text)).toEqual(['report_hearing 2025-02-12', 'report_hearing 2025-03-14', 'report_hearing 2025-04-16', 'report_hearing 2025-05-21']);
  });
  it('near-misses: kinds that do not add up, two types counted, give no list of the items', () => {
    expect(activities(`${RU}Заслушаны отчеты 2 отделов и 2 предприятий: 12.02.2025 – отдел образования; 14.03.2025 – отдел ЖКХ; 16.04.2025 – ГКП «Тазалык».`)).not.toEqual(['report_hearing 2025-02-12', 'report_hearing 2025-03-14', 'report_hearing 2025-04-16']);
    expect(activities(`${RU}Проведено 2 мониторинга и 1 круглый стол: 12.02.2025 – школа № 3; 14.03.2025 – больница; 16.04.2025 – «Чистый город».`).filter((a) => a.startsWith('monitoring')).length).toBeLessThan(3);
  });
});

describe('a numbered point\'s run-in title over its paragraph wrapped onto the next line (set 72 Kyzylorda health)', () => {
  it('ru: "5. Круглый стол. 19 марта 2026 г. проведен круглый стол «…»" / "   (около 60 участников …)."', () => {
    const text = `${RU}5. Круглый стол. 19 марта 2025 г. проведен круглый стол «Доступность ПМСП»\n   (около 60 участников, в т.ч. 9 сельских врачебных амбулаторий).`;
    expect(activities(text)).toEqual(['round_table 2025-03-19']);
  });
  it('kk: "4. Дөңгелек үстел. 2025 жылғы 19 наурызда «…» тақырыбында" / "   дөңгелек үстел өтті."', () => {
    expect(activities(`${KK}4. Дөңгелек үстел. 2025 жылғы 19 наурызда «Ауыл медицинасы» тақырыбында\n   дөңгелек үстел өтті.`)).toEqual(['round_table 2025-03-19']);
  });
  it('near-miss: a point whose next line is its list\'s item is no wrapped sentence', () => {
    expect(activities(`${RU}5. Круглые столы. Планируется провести круглый стол «Доступность ПМСП»\n- в апреле 2025 года.`)).toEqual([]);
  });
});

describe('reports heard at a dated meeting, listed under it (set 72 Kyzylorda health)', () => {
  it('ru: "3. Заслушивание отчетов. На заседании 25.02.2025 заслушаны:" / "• отчет …" each a hearing of that day', () => {
    const text = `${RU}3. Заслушивание отчетов. На заседании 25.02.2025 заслушаны:\n   • отчет руководителя Управления об итогах работы за 2024 год;\n   • отчет директора ГКП «Больница» о работе приемного покоя.\n   Всего – 2 отчета.`;
    expect(activities(text)).toEqual(['report_hearing 2025-02-25', 'report_hearing 2025-02-25']);
  });
  it('kk: "Кеңестің 2025 жылғы 12 наурыздағы отырысында тыңдалды:" over the reports and a plan, the plan no hearing', () => {
    const text = `${KK}Кеңестің 2025 жылғы 12 наурыздағы отырысында тыңдалды:\n– аудандық білім бөлімінің есебі;\n– «Аудандық аурухана» МКК директорының есебі;\n– 2025 жылға арналған жұмыс жоспары.`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-03-12']);
  });
  it('ru: a typed heading "На заседании 25 февраля заслушаны отчеты:" over the bodies is the meeting, no third hearing', () => {
    expect(activities(`${RU}На заседании 25 февраля заслушаны отчеты:\n- руководителя Управления;\n- директора ГКП «Больница».`)).toEqual(['report_hearing 2025-02-25', 'report_hearing 2025-02-25']);
    expect(activities(`${KK}2025 жылғы 12 наурыздағы отырыста есептер тыңдалды:\n– білім бөлімінің басшысы;\n– «Аурухана» МКК директоры.`)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-03-12']);
  });
  it('near-misses: papers considered ("рассмотрены:"), a heading of no single day give no hearing', () => {
    expect(activities(`${RU}На заседании 25.02.2025 рассмотрены:\n• отчет руководителя Управления;\n• отчет директора ГКП «Больница».`)).toEqual([]);
    expect(activities(`${RU}На заседаниях в феврале заслушаны:\n• отчет руководителя Управления;\n• отчет директора ГКП «Больница».`)).toEqual([]);
  });
});

describe('a breakdown of the hearings whose bracket lists each body with its day, split by semicolons (set 74 Zhalagash)', () => {
  it('ru: "Из пяти заслушанных отчетов три – отчеты отделов (отдел … – 26 февраля; …), один – … (23 июля) и один – … (9 апреля)"', () => {
    const text = `${RU}Из четырех заслушанных отчетов два – отчеты районных отделов (отдел культуры и развития языков – 12 марта; отдел строительства и архитектуры – 21 мая), один – подведомственной организации (КГП «Районная больница» – 23 июля) и один – аким сельского округа (9 апреля).`;
    expect(activities(text).sort()).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-04-09', 'report_hearing 2025-05-21', 'report_hearing 2025-07-23']);
  });
  it('kk: "Төрт есеп тыңдалды: екеуі – бөлімдердікі (… бөлімі – 12 наурыз; … бөлімі – 14 мамыр), …"', () => {
    const text = `${KK}Кеңес отырыстарында төрт есеп тыңдалды: екеуі – аудандық бөлімдердікі (мәдениет және тілдерді дамыту бөлімі – 12 наурыз; сәулет және құрылыс бөлімі – 14 мамыр), біреуі – «Аудандық аурухана» МКК (23 шілде) және біреуі – ауылдық округ әкімі (9 сәуір).`;
    expect(activities(text).sort()).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-04-09', 'report_hearing 2025-05-14', 'report_hearing 2025-07-23']);
  });
  it('near-misses: a long bracket of a body with no day after its dash, dates that do not meet the count give no list', () => {
    expect(activities(`${RU}Из трех заслушанных отчетов два – отчеты районных отделов (отдел культуры и развития языков, отдел строительства и архитектуры; оба – в первом полугодии), один – аким сельского округа (9 апреля).`).filter((a) => a !== 'report_hearing 2025-04-09')).toEqual([]);
    expect(activities(`${RU}Из шести заслушанных отчетов два – отчеты районных отделов (отдел культуры и развития языков – 12 марта; отдел строительства и архитектуры – 21 мая), один – аким сельского округа (9 апреля).`).length).toBeLessThan(3);
  });
});

describe('a counted label\'s dated bodies wrapped onto a line that opens with a quoted name (set 72 Aktobe health)', () => {
  it('kk: "Тыңдалған есептер – 3: … (15.10.2025), … ШЖҚ МКК (17.12.2025) және" / "«№ 3 қалалық емхана» ШЖҚ МКК (17.12.2025)."', () => {
    const text = `${KK}Тыңдалған есептер – 3: басқарманың өзі (15.10.2025, әріптестік жобалары бойынша), «Перинаталдық орталық» ШЖҚ МКК (17.12.2025) және\n«№ 3 қалалық емхана» ШЖҚ МКК (17.12.2025).`;
    expect(activities(text)).toEqual(['report_hearing 2025-10-15', 'report_hearing 2025-12-17', 'report_hearing 2025-12-17']);
  });
  it('ru: "Заслушано отчетов – 2: управление (15.10.2025) и" / "«Поликлиника № 3» (17.12.2025)."', () => {
    expect(activities(`${RU}Заслушано отчетов – 2: отдел образования (15.10.2025) и\n«Поликлиника № 3» (17.12.2025).`)).toEqual(['report_hearing 2025-10-15', 'report_hearing 2025-12-17']);
  });
  it('near-miss: a line closed by its stop is not run on into a quoted name below it', () => {
    expect(activities(`${RU}Заслушано отчетов – 2: отдел образования (15.10.2025).\n«Поликлиника № 3» (17.12.2025) провела день открытых дверей.`)).not.toEqual(['report_hearing 2025-10-15', 'report_hearing 2025-12-17']);
  });
});
