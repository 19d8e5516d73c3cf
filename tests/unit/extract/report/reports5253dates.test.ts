/**
 * The dated-activity classes behind held-out sets 52 and 53's activity counts read too long (Zhanaozen, Aksai, Ekibastuz,
 * Zhezkazgan) and some of their missed dates: a table drawn with box characters; a list under a table whose heading is no
 * cell of it; a row telling the members took part in another body's event; a plan of monitorings as a meeting's topic;
 * a numbered section's title over the short line that introduces its list; an item's date before its dash and the item
 * dated "сол күні" (the day of the one above); a memorandum "жасасты"; a type named as another event's topic ("семинар
 * по методике мониторинга"); an event the text leaves out of the council's count. Each: the real text, variants of our own
 * (ru and kk, another layout), and a near-miss that must not be read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const acts = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);
const ofType = (text: string, type: string) => acts(text).filter((a) => a.startsWith(`${type} `));
const ZHANAOZEN = readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'extract', 'held-out-52', 'report-kk-zhanaozen-2025-q4.txt'), 'utf8');

describe('a table drawn with box characters is read as one typed with pipes', () => {
  it('kk (set 52, Zhanaozen): eight rows, the kind cells wrapped ("дөңгелек" / "үстел", "отырыс," / "есеп тыңдау")', () => {
    expect(acts(ZHANAOZEN)).toEqual([
      'monitoring 2025-10-08', 'report_hearing 2025-10-15', 'round_table 2025-10-29', 'monitoring 2025-11-12',
      'report_hearing 2025-11-19', 'dialog_platform 2025-11-27', 'monitoring 2025-12-10', 'report_hearing 2025-12-17',
    ]);
  });
  it('ru variant: "Дата | Мероприятие | Форма", a title wrapped onto a second row', () => {
    const text = `${RU}┌────┬────────────┬──────────────────────────────┬──────────────┐
│ №  │ Дата       │ Мероприятие                  │ Форма        │
├────┼────────────┼──────────────────────────────┼──────────────┤
│ 1  │ 14.03.2025 │ Доступность зданий для лиц   │ круглый      │
│    │            │ с инвалидностью              │ стол         │
├────┼────────────┼──────────────────────────────┼──────────────┤
│ 2  │ 22.04.2025 │ Питание в школах № 5 и № 12  │ мониторинг   │
└────┴────────────┴──────────────────────────────┴──────────────┘
`;
    expect(acts(text)).toEqual(['round_table 2025-03-14', 'monitoring 2025-04-22']);
  });
  it('kk variant: a double-line box ("║"), no rules between rows', () => {
    const text = `${KK}╔════╦════════════╦════════════════════════════╦══════════════╗
║ №  ║ Күні       ║ Іс-шара                    ║ Түрі         ║
║ 1  ║ 05.02.2025 ║ Аурухананың жұмысы         ║ мониторинг   ║
║ 2  ║ 19.03.2025 ║ Білім бөлімінің есебі      ║ есеп тыңдау  ║
╚════╩════════════╩════════════════════════════╩══════════════╝
`;
    expect(acts(text)).toEqual(['monitoring 2025-02-05', 'report_hearing 2025-03-19']);
  });
  it('near-miss: a tree of figures ("│   ├── мониторинг: 3") is no table row, and no event', () => {
    const text = `${KK}Кеңестің жұмысы:\n├── Бақылау\n│   ├── мониторинг: 3\n│   └── есептерді тыңдау: 2\n`;
    expect(acts(text)).toEqual([]);
  });
});

describe('the heading of a list is never a cell of the table above it', () => {
  it('kk (set 52, Zhanaozen): "Тоқсан қорытындысы:" and its dashes of counts are no events of the last row\'s kind', () => {
    expect(acts(ZHANAOZEN).length).toBe(8);
  });
  it('ru variant: a pipe table, then "Итоги квартала:" over "– мониторинги – 2;"', () => {
    const text = `${RU}| № | Дата | Мероприятие | Форма |
|---|------|-------------|-------|
| 1 | 14.03.2025 | Заслушан отчет отдела образования | отчет |
| 2 | 22.04.2025 | Питание в школах | мониторинг |

Итоги квартала:
– заседания Совета – 2;
– мониторинги – 1;
– слушания отчетов – 1.
`;
    expect(acts(text)).toEqual(['report_hearing 2025-03-14', 'monitoring 2025-04-22']);
  });
  it('near-miss: a list with its own heading right under a table is read as before', () => {
    const text = `${RU}| № | Показатель | 2025 |
|---|------------|------|
| 1 | Заседания  | 4    |

Проведены мониторинги:
– 12.05.2025 – питание в школах;
– 18.06.2025 – работа ЦОН.
`;
    expect(ofType(text, 'monitoring')).toEqual(['monitoring 2025-05-12', 'monitoring 2025-06-18']);
  });
});

describe("a row telling the members took part in another body's event is none of the council's", () => {
  const head = `${RU}Дата\tМероприятие\tОтветственные\n`;
  it('ru (set 52, Aksai): "Участие членов Совета (4 чел.) в онлайн-семинаре Общественного совета ЗКО"', () => {
    const text = `${head}28.01.2025\tСеминар для членов Совета «Общественный контроль»\tСагиев Т.Е.\n25.02.2025\tУчастие членов Совета (4 чел.) в онлайн-семинаре Общественного совета ЗКО по вопросам общественной экспертизы (организатор – ОС ЗКО)\tсекретарь\n`;
    expect(acts(text)).toEqual(['seminar 2025-01-28']);
  });
  it('ru variant: "Участие в круглом столе маслихата"', () => {
    const text = `${head}12.03.2025\tУчастие в круглом столе маслихата «Молодежь и занятость»\tпредседатель\n14.03.2025\tКруглый стол «Доступная среда»\tкомиссия\n`;
    expect(acts(text)).toEqual(['round_table 2025-03-14']);
  });
  it('kk variant: "Облыстық қоғамдық кеңестің семинарына қатысу"', () => {
    const text = `${KK}Күні\tІс-шара\tЖауапты\n12.03.2025\tОблыстық қоғамдық кеңестің семинарына қатысу\tхатшы\n20.03.2025\tМектеп асханаларына мониторинг\tкомиссия\n`;
    expect(acts(text)).toEqual(['monitoring 2025-03-20']);
  });
  it('near-miss: the council\'s own seminar "с участием представителей ОС ЗКО" is read', () => {
    const text = `${head}28.01.2025\tСеминар для членов Совета с участием представителей ОС ЗКО\tсекретарь\n`;
    expect(acts(text)).toEqual(['seminar 2025-01-28']);
  });
});

describe("a plan of events is a meeting's topic, no event of that type", () => {
  const head = `${RU}Дата\tМероприятие\tОтветственные\n`;
  it('ru (set 52, Aksai): "Заседание комиссии по социальным вопросам (план мониторингов на I кв.)"', () => {
    const text = `${head}20.01.2025\tЗаседание комиссии по социальным вопросам (план мониторингов на I кв.)\tМажитова Л.Б.\n22.01.2025\tМониторинг подвоза учащихся\tкомиссия\n`;
    expect(acts(text)).toEqual(['monitoring 2025-01-22']);
  });
  it('ru variant: "Утверждение плана проведения мониторингов"', () => {
    const text = `${head}15.01.2025\tУтверждение плана проведения мониторингов на 2025 год\tпредседатель\n`;
    expect(acts(text)).toEqual([]);
  });
  it('kk variant: "Комиссия отырысы (мониторинг жоспарын бекіту)"', () => {
    const text = `${KK}Күні\tІс-шара\tЖауапты\n15.01.2025\tКомиссия отырысы (мониторинг жоспарын бекіту)\tтөраға\n`;
    expect(acts(text)).toEqual([]);
  });
  it('near-miss: "Мониторинг исполнения плана благоустройства" is a monitoring', () => {
    expect(acts(`${head}14.05.2025\tМониторинг исполнения плана благоустройства\tкомиссия\n`)).toEqual(['monitoring 2025-05-14']);
  });
  it('near-miss: "мониторинг жоспарға сәйкес жүргізілді" — a monitoring held by the plan', () => {
    expect(acts(`${KK}2025 жылғы 12 наурызда мониторинг жоспарға сәйкес жүргізілді.\n`)).toEqual(['monitoring 2025-03-12']);
  });
  it('near-miss (set 51, Almaty oblast): "Мониторингтер кестесі: 12.02 – …; 26.03 – …" lists the monitorings held', () => {
    expect(ofType(`${KK}Мониторингтер кестесі: 12.02 – Қонаев автостанциясы; 26.03 – Талғар – Алматы бағыты; 21.05 – Қапшағай – Күрті автожолын жөндеу.\n`, 'monitoring')).toEqual(['monitoring 2025-02-12', 'monitoring 2025-03-26', 'monitoring 2025-05-21']);
  });
});

describe("a numbered section's title over the short line that introduces its list is no item", () => {
  const EKIBASTUZ = `${KK}4. Қоғамдық мониторинг.
Комиссиялар 4 мониторинг жүргізді:
а) 2025 жылғы 9 шілдеде – жазғы сауықтыру лагерьлеріндегі балалардың тамақтануы;
ә) шілденің 30-ы – Екібастұз – Павлодар бағытындағы қала маңы автобустарының жұмысы;
б) тамыздың 14-і – 5-шағын аудандағы аулаларды абаттандыру жұмыстарының сапасы;
в) 10.09.2025 ж. – мектептерді жылу беру маусымына дайындау.
Мониторингтер нәтижесі бойынша тиісті мекемелерге 14 ұсыным жолданды.
`;
  it('kk (set 53, Ekibastuz): four monitorings, each dated ("тамыздың 14-і – 5-шағын аудан…" is the 14th)', () => {
    expect(ofType(`\n${EKIBASTUZ}`, 'monitoring')).toEqual(['monitoring 2025-07-09', 'monitoring 2025-07-30', 'monitoring 2025-08-14', 'monitoring 2025-09-10']);
  });
  it('ru variant: "4. Общественный мониторинг." over "Проведено 2 мониторинга:"', () => {
    const text = `${RU}\n4. Общественный мониторинг.\nПроведено 2 мониторинга:\n– 14 августа – 5-й микрорайон, дворы;\n– 10 сентября – школа № 3.\n`;
    expect(ofType(text, 'monitoring')).toEqual(['monitoring 2025-08-14', 'monitoring 2025-09-10']);
  });
  it('near-miss: two numbered monitorings under their heading are two events', () => {
    const text = `${RU}Мониторинги:\n1. Мониторинг школьных столовых (12.03.2025).\n2. Мониторинг дорог (14.05.2025).\n`;
    expect(ofType(text, 'monitoring')).toEqual(['monitoring 2025-03-12', 'monitoring 2025-05-14']);
  });
});

describe('an item dated "сол күні" is of the day of the item above', () => {
  it('kk (set 53, Ekibastuz): "б) сол күні – Шідерті кентінің әкімі"', () => {
    const text = `${KK}\nКеңес отырыстарында 3 есеп тыңдалды:\nа) 23 шілдеде – қалалық білім бөлімінің басшысы;\nә) 24 қыркүйекте – дене шынықтыру және спорт бөлімінің басшысы;\nб) сол күні – Шідерті кентінің әкімі, жылу беру маусымына дайындық туралы.\n`;
    expect(ofType(text, 'report_hearing')).toEqual(['report_hearing 2025-07-23', 'report_hearing 2025-09-24', 'report_hearing 2025-09-24']);
  });
  it('ru variant: "– в тот же день – аким поселка"', () => {
    const text = `${RU}\nЗаслушано 2 отчета:\n– 12 марта – руководитель отдела образования;\n– в тот же день – аким поселка Шидерты.\n`;
    expect(ofType(text, 'report_hearing')).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-03-12']);
  });
  it('near-miss: "сол күні" opening the list has no day above it — undated', () => {
    const text = `${KK}\nКеңес отырыстарында 1 есеп тыңдалды:\nа) сол күні – білім бөлімінің басшысы.\n`;
    expect(ofType(text, 'report_hearing')).toEqual(['report_hearing null']);
  });
});

describe('a memorandum "жасасты", "заключил"', () => {
  it('kk (set 53, Ekibastuz): "5 тамызда кеңес … меморандум жасасты."', () => {
    expect(acts(`${KK}6. Меморандум.\n5 тамызда кеңес қалалық жастар ресурстық орталығымен бірлескен жұмыс туралы меморандум жасасты.\n`)).toEqual(['memorandum 2025-08-05']);
  });
  it('ru variant: "12 марта Совет заключил меморандум с палатой предпринимателей."', () => {
    expect(acts(`${RU}12 марта Совет заключил меморандум с палатой предпринимателей.\n`)).toEqual(['memorandum 2025-03-12']);
  });
  it('kk variant: "2025 жылғы 14 сәуірде … меморандум жасасқан болатын."', () => {
    expect(acts(`${KK}2025 жылғы 14 сәуірде кеңес үкіметтік емес ұйыммен меморандум жасасқан болатын.\n`)).toEqual(['memorandum 2025-04-14']);
  });
  it('near-miss: a memorandum only planned ("меморандум жасасу жоспарлануда") is none', () => {
    expect(acts(`${KK}Желтоқсанда кеңес жастар орталығымен меморандум жасасуды жоспарлап отыр.\n`)).toEqual([]);
  });
});

describe("a type named as another event's topic is not its type", () => {
  it('ru (set 53, Zhezkazgan): "проведен обучающий семинар по методике общественного мониторинга" is a seminar', () => {
    expect(acts(`${RU}9. Иная работа. 15 апреля для членов Совета проведен обучающий семинар по методике общественного мониторинга. 3 октября подписан меморандум о сотрудничестве с палатой предпринимателей города.\n`)).toEqual(['seminar 2025-04-15', 'memorandum 2025-10-03']);
  });
  it('ru variant: "По итогам мониторинга 12 мая проведен круглый стол"', () => {
    expect(acts(`${RU}По итогам мониторинга 12 мая проведен круглый стол с предпринимателями.\n`)).toEqual(['round_table 2025-05-12']);
  });
  it('kk variant: "мониторинг жүргізу әдістемесі бойынша семинар өтті"', () => {
    expect(acts(`${KK}2025 жылғы 15 сәуірде кеңес мүшелері үшін мониторинг жүргізу әдістемесі бойынша семинар өтті.\n`)).toEqual(['seminar 2025-04-15']);
  });
  it('near-miss: "12 мая проведен мониторинг по вопросам благоустройства" is a monitoring', () => {
    expect(acts(`${RU}12 мая проведен мониторинг по вопросам благоустройства дворов.\n`)).toEqual(['monitoring 2025-05-12']);
  });
});

describe("an event the text leaves out of the council's count is none of its events", () => {
  it('ru (set 53, Zhezkazgan): "Отчет акима … 14 февраля проводился в формате встречи … и в число заслушиваний Совета не входит"', () => {
    expect(acts(`${RU}Отчет акима города перед населением 14 февраля проводился в формате встречи с жителями и в число заслушиваний Совета не входит.\n`)).toEqual([]);
  });
  it('ru variant: "не включается в число мероприятий Совета"', () => {
    expect(acts(`${RU}Круглый стол маслихата 20 марта не включается в число мероприятий Совета.\n`)).toEqual([]);
  });
  it('kk variant: "кеңестің іс-шаралары санына кірмейді"', () => {
    expect(acts(`${KK}2025 жылғы 20 наурызда мәслихат өткізген дөңгелек үстел кеңестің іс-шаралары санына кірмейді.\n`)).toEqual([]);
  });
  it('near-miss: "в нем участвовали члены Совета, не входящие в комиссию" — the monitoring is read', () => {
    expect(acts(`${RU}12 мая проведен мониторинг дворов, в нем участвовали члены Совета, не входящие в комиссию.\n`)).toEqual(['monitoring 2025-05-12']);
  });
});
