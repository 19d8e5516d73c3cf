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

describe("a run-in heading's items each closed by a dash and its day", () => {
  it('ru (set 53, Zhezkazgan): "Общественные слушания: по проекту … – 10 июня; … – 12 ноября (…). Круглые столы: «…» – 27 марта; …"', () => {
    const text = `${RU}6. Общественные слушания и круглые столы. Общественные слушания: по проекту Правил благоустройства и содержания городской территории – 10 июня; по проекту бюджета города на 2026–2028 годы – 12 ноября (проект бюджета на 2026 год – 41,2 млрд тенге). Круглые столы: «Доступная среда для лиц с инвалидностью» – 27 марта; «Профилактика бытового насилия» – 17 сентября; «Молодежь и занятость» – 10 декабря.\n`;
    expect(acts(text)).toEqual(['public_hearing 2025-06-10', 'public_hearing 2025-11-12', 'round_table 2025-03-27', 'round_table 2025-09-17', 'round_table 2025-12-10']);
  });
  it('kk variant: "Дөңгелек үстелдер: «…» – 27 наурыз; «…» – 17 қыркүйек."', () => {
    expect(acts(`${KK}Дөңгелек үстелдер: «Кедергісіз орта» – 27 наурыз; «Тұрмыстық зорлық-зомбылықтың алдын алу» – 17 қыркүйек.\n`)).toEqual(['round_table 2025-03-27', 'round_table 2025-09-17']);
  });
  it('near-miss: a heading with its count that the items disagree with ("Круглые столы: 3 – …") reads none of them', () => {
    expect(acts(`${RU}Круглые столы (3): «Доступная среда» – 27 марта; «Молодежь и занятость» – 10 декабря.\n`)).toEqual([]);
  });
});

describe("a chronicle's entry: a day, a dash, the event with no verb", () => {
  const ATYRAU = `${RU}ОКТЯБРЬ
8 октября – мониторинг подготовки котельных и тепловых сетей к отопительному
сезону. 15 октября на заседании комиссии по вопросам ЖКХ заслушана
информация акима Дамбинского сельского округа о благоустройстве. 29 октября – мониторинг
уличного освещения в мкр. Авангард и Нурсая.

НОЯБРЬ
5 ноября – заседание президиума. 19 ноября – мониторинг работы городских автобусов
на маршрутах № 3, 14, 25.
`;
  it('ru (set 52, Atyrau): the monitorings of 8 and 29 October and 19 November; the presidium\'s meeting is none', () => {
    expect(ofType(ATYRAU, 'monitoring')).toEqual(['monitoring 2025-10-08', 'monitoring 2025-10-29', 'monitoring 2025-11-19']);
    expect(acts(ATYRAU).filter((a) => a.endsWith('2025-11-05'))).toEqual([]);
  });
  it('ru variant: "Март 2025 г." over "12.03.2025 – круглый стол «…» с предпринимателями. 24.03.2025 – выездное заседание …"', () => {
    expect(acts(`${RU}Март 2025 г.\n12.03.2025 – круглый стол «Доступная среда» с предпринимателями. 24.03.2025 – выездное заседание комиссии в с. Жайрем.\n`)).toEqual(['round_table 2025-03-12']);
  });
  it('kk variant: "ҚАЗАН" over "2025 жылғы 8 қазан – қазандықтардың жылу маусымына дайындығына мониторинг."', () => {
    expect(acts(`${KK}ҚАЗАН\n2025 жылғы 8 қазан – қазандықтардың жылу маусымына дайындығына мониторинг.\n`)).toEqual(['monitoring 2025-10-08']);
  });
  it('near-miss: under a month, a planned entry and a span of weeks are none; with no month heading, a dated dash line is not read', () => {
    expect(acts(`${RU}ДЕКАБРЬ\n15 декабря – мониторинг уборки снега (планируется).\n`)).toEqual([]);
    expect(acts(`${RU}НОЯБРЬ\n1–30 ноября – мониторинг цен на продукты.\n`)).toEqual([]);
    expect(acts(`${RU}Итоги\n\n8 октября – мониторинг подготовки котельных.\n`)).toEqual([]);
  });
});

describe("a hearing told right after the sentence of its meeting's day is of that day", () => {
  it('ru (set 52, Atyrau): "10 сентября состоялось заседание Совета № 4. Заслушаны отчеты ГУ «…» и ГУ «…»."', () => {
    const text = `${RU}10 сентября состоялось заседание Совета № 4. Заслушаны отчеты ГУ «Отдел образования города Атырау» и ГУ «Отдел занятости и социальных программ города Атырау».\n`;
    expect(ofType(text, 'report_hearing').every((a) => a === 'report_hearing 2025-09-10')).toBe(true);
    expect(ofType(text, 'report_hearing').length).toBeGreaterThan(0);
  });
  it('kk variant: "2025 жылғы 10 қыркүйекте Кеңестің № 4 отырысы өтті. Онда білім бөлімінің есебі тыңдалды."', () => {
    expect(ofType(`${KK}2025 жылғы 10 қыркүйекте Кеңестің № 4 отырысы өтті. Онда білім бөлімінің есебі тыңдалды.\n`, 'report_hearing')).toEqual(['report_hearing 2025-09-10']);
  });
  it('near-miss: a hearing two sentences after the meeting\'s day takes no day from it', () => {
    const text = `${RU}10 сентября состоялось заседание Совета № 4. В состав Совета включены два кандидата. Заслушан отчет ГУ «Отдел строительства».\n`;
    expect(ofType(text, 'report_hearing').filter((a) => a.endsWith('2025-09-10'))).toEqual([]);
  });
});

describe("an interview's turns are no list of events", () => {
  it('kk (set 30, Balkhash): a question and its answer under the turn that told a hearing are no hearings', () => {
    const text = `${KK}– Иә, екі дөңгелек үстел ұйымдастырдық. Қала бюджеті бойынша бір қоғамдық\nтыңдау өткіздік, оған 120-дан астам тұрғын қатысты.\n\n– Нормативтік құқықтық актілерге сараптама жасадыңыздар ма?\n\n– Әкімдік пен мәслихаттың 20 жобасын қарадық: 3-іне ескертулер жібердік,\nқалған 17-сін қолдадық.\n`;
    expect(ofType(text, 'public_hearing').filter((a) => a.endsWith('null'))).toEqual([]);
  });
  it('ru variant: "– А круглые столы проводили?" / "– Да, один …"', () => {
    const text = `${RU}Совет провел два мониторинга школьных столовых.\n\n– А круглые столы проводили?\n\n– Нет, в этом году не успели.\n`;
    expect(ofType(text, 'monitoring')).toEqual([]);
  });
  it('near-miss: a list of round tables whose quoted title asks a question is read', () => {
    const text = `${RU}Проведены круглые столы:\n– «Наурзумский заповедник: кто выиграет?» (12.03.2025);\n– «Молодежь и занятость» (14.05.2025).\n`;
    expect(ofType(text, 'round_table')).toEqual(['round_table 2025-03-12', 'round_table 2025-05-14']);
  });
});

describe("a sentence wrapped before its dash is no list of one item", () => {
  it('ru (set 38, Akkol): "… по двум" / "– заключения с рекомендациями. Шестой проект (поступил 26 июня) …" is no seminar', () => {
    const text = `${RU}Для членов Совета проведён один обучающий семинар (20 февраля) по вопросам общественного контроля.\n\nНормативные правовые акты\n\nВ Совет поступило шесть проектов НПА. Из них рассмотрено пять: по трём даны положительные заключения, по двум\n– заключения с рекомендациями. Шестой проект (поступил 26 июня) на 30 июня находится на рассмотрении\nкомиссии по городскому хозяйству.\n`;
    expect(ofType(text, 'seminar')).toEqual(['seminar 2025-02-20']);
  });
  it('ru variant (set 44, Ridder): "… пять проектов НПА, в 2025-м" / "- девять. Семь из них …" is no dialogue platform', () => {
    const text = `${RU}Впервые за три года Совет провёл диалоговую площадку - 11 сентября, с\nжителями частного сектора по вопросам газификации.\n\nПроекты НПА\nВ 2024 году на экспертизу в Совет пришло только пять проектов НПА, в 2025-м\n- девять. Семь из них одобрены без замечаний, по двум даны замечания.\n`;
    expect(ofType(text, 'dialog_platform')).toEqual(['dialog_platform 2025-09-11']);
  });
  it('kk variant: "… 5 жоба түсті, 2025 жылы" / "– тоғыз. Жетеуі мақұлданды …"', () => {
    const text = `${KK}2025 жылғы 11 қыркүйекте кеңес диалог алаңын өткізді.\n\nНҚА жобалары\n2024 жылы кеңеске сараптамаға барлығы бес жоба түскен еді, 2025 жылы\n– тоғыз. Жетеуі ескертусіз мақұлданды, екеуіне ескертулер берілді.\n`;
    expect(ofType(text, 'dialog_platform')).toEqual(['dialog_platform 2025-09-11']);
  });
  it('near-miss: a heading without a colon over one dated dash item is read', () => {
    const text = `${RU}В отчетном периоде Советом был проведен следующий общественный мониторинг\n– 12.03.2025 – питание в школах.\n`;
    expect(ofType(text, 'monitoring')).toEqual(['monitoring 2025-03-12']);
  });
});

describe("a sentence's dated brackets are its events in place of one quoted title's", () => {
  it('ru (set 42, Naurzum): "2 обучающих семинара – по Закону «…» (14 марта) и по работе с обращениями (5 ноября)"', () => {
    expect(ofType(`${RU}Для самих членов Совета мы организовали 2 обучающих семинара – по Закону «Об общественном контроле» (14 марта) и по работе с обращениями (5 ноября).\n`, 'seminar')).toEqual(['seminar 2025-03-14', 'seminar 2025-11-05']);
  });
  it('ru variant: "Проведены 2 круглых стола: «Экология» (12 марта) и по занятости молодежи (20 мая)."', () => {
    expect(ofType(`${RU}Проведены 2 круглых стола: «Экология города» (12 марта) и по занятости молодежи (20 мая).\n`, 'round_table')).toEqual(['round_table 2025-03-12', 'round_table 2025-05-20']);
  });
  it('kk variant: "2 семинар өткізілді: «Қоғамдық бақылау» (14 наурыз) және өтініштермен жұмыс бойынша (5 қараша)."', () => {
    expect(ofType(`${KK}2 семинар өткізілді: «Қоғамдық бақылау» (14 наурыз) және өтініштермен жұмыс бойынша (5 қараша).\n`, 'seminar')).toEqual(['seminar 2025-03-14', 'seminar 2025-11-05']);
  });
  it('near-miss: one seminar «…» (14 марта) with no count is one', () => {
    expect(ofType(`${RU}14 марта проведен семинар «Общественный контроль» (14 марта).\n`, 'seminar')).toEqual(['seminar 2025-03-14']);
  });
});

describe('a draft discussed at a public hearing is a hearing held', () => {
  it('kk (set 52, Uralsk): "Ал 17 маусымда … қағидаларының жаңа жобасы қоғамдық тыңдауда талқыланды (64 тұрғын келді)."', () => {
    expect(ofType(`${KK}Ал 17 маусымда ТКШ комиссиясының бастамасымен қаланы абаттандыру қағидаларының жаңа жобасы қоғамдық тыңдауда талқыланды (64 тұрғын келді).\n`, 'public_hearing')).toEqual(['public_hearing 2025-06-17']);
  });
  it('ru variant: "12 июня проект Правил благоустройства обсужден на публичных слушаниях."', () => {
    expect(ofType(`${RU}12 июня проект Правил благоустройства обсужден на публичных слушаниях.\n`, 'public_hearing')).toEqual(['public_hearing 2025-06-12']);
  });
  it('ru variant: "20 мая на общественных слушаниях обсуждался проект бюджета."', () => {
    expect(ofType(`${RU}20 мая на общественных слушаниях обсуждался проект бюджета.\n`, 'public_hearing')).toEqual(['public_hearing 2025-05-20']);
  });
  it('near-miss: "17 маусымда мониторинг нәтижелері талқыланды" is no monitoring held', () => {
    expect(ofType(`${KK}17 маусымда кеңес отырысында мониторинг нәтижелері талқыланды.\n`, 'monitoring')).toEqual([]);
  });
});

describe('a bracket that dates two events at once: "(оба – 29 января)"', () => {
  it('ru (set 53, SKO): "отчеты руководителей 3 управлений: здравоохранения; энергетики и ЖКХ (оба – 29 января); … (26 марта)"', () => {
    const text = `${RU}Заслушивание отчетов. На заседаниях Совета заслушаны отчеты руководителей 3 управлений акимата области: здравоохранения; энергетики и жилищно-коммунального хозяйства (оба – 29 января); пассажирского транспорта и автомобильных дорог (26 марта). По итогам в адрес управлений направлено 17 рекомендаций.\n`;
    expect(ofType(text, 'report_hearing')).toEqual(['report_hearing 2025-01-29', 'report_hearing 2025-01-29', 'report_hearing 2025-03-26']);
  });
  it('kk variant: "3 есеп тыңдалды: білім бөлімі; денсаулық сақтау бөлімі (екеуі де – 29 қаңтар); ТКШ бөлімі (26 наурыз)."', () => {
    expect(ofType(`${KK}Кеңес отырыстарында 3 есеп тыңдалды: білім бөлімі; денсаулық сақтау бөлімі (екеуі де – 29 қаңтар); ТКШ бөлімі (26 наурыз).\n`, 'report_hearing')).toEqual(['report_hearing 2025-01-29', 'report_hearing 2025-01-29', 'report_hearing 2025-03-26']);
  });
  it('near-miss: "(оба – 29 января)" where the count is not the events the brackets make (4 stated) reads none of them', () => {
    expect(ofType(`${RU}Заслушаны отчеты руководителей 4 управлений: здравоохранения; энергетики (оба – 29 января); транспорта (26 марта).\n`, 'report_hearing').filter((a) => a === 'report_hearing 2025-03-26')).toEqual([]);
  });
});

describe("the rest of a count told in the next sentence (\"Сондай-ақ …\", \"Также …\")", () => {
  it('kk (set 53, Aksu): "5 есеп тыңдалды, оның ішінде … 3 бөлімінің басшылары: … (19.03), … (21.05), … (17.09). Сондай-ақ … (20.08) және … (12.11) есеп берді."', () => {
    const text = `${KK}Жыл бойы кеңес отырыстарында 5 есеп тыңдалды, оның ішінде қала әкімдігінің 3 бөлімінің басшылары: білім бөлімі (19.03), тұрғын үй-коммуналдық шаруашылық бөлімі (21.05), жұмыспен қамту және әлеуметтік бағдарламалар бөлімі (17.09). Сондай-ақ Қалқаман ауылдық округінің әкімі (20.08) және Ақсу қалалық ауруханасының бас дәрігері (12.11) есеп берді.\n`;
    expect(ofType(text, 'report_hearing')).toEqual(['report_hearing 2025-03-19', 'report_hearing 2025-05-21', 'report_hearing 2025-09-17', 'report_hearing 2025-08-20', 'report_hearing 2025-11-12']);
  });
  it('ru variant: "Заслушано 4 отчета, в том числе 2 руководителей отделов: … (12.03), … (14.05). Также отчитались аким поселка (18.06) и директор больницы (10.09)."', () => {
    const text = `${RU}Заслушано 4 отчета, в том числе 2 руководителей отделов: образования (12.03), культуры (14.05). Также отчитались аким поселка (18.06) и директор больницы (10.09).\n`;
    expect(ofType(text, 'report_hearing')).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-14', 'report_hearing 2025-06-18', 'report_hearing 2025-09-10']);
  });
  it('near-miss: a next sentence with more brackets than the count leaves reads none of them', () => {
    const text = `${RU}Заслушано 4 отчета, в том числе 2 руководителей отделов: образования (12.03), культуры (14.05). Также отчитались аким поселка (18.06), директор больницы (10.09) и директор колледжа (15.10).\n`;
    expect(ofType(text, 'report_hearing').filter((a) => /2025-(?:09-10|10-15)$/u.test(a))).toEqual([]);
  });
});

describe("a count's items each opening with its day, told with a participle", () => {
  it('kk (set 53, Aksu): "Комиссиялар жүргізген 8 мониторингтің күндері: 12.02 – …; 26.03 – …"', () => {
    const text = `${KK}Комиссиялар жүргізген 3 мониторингтің күндері: 12.02 – мектептердегі ыстық тамақ; 26.03 – көп қабатты үйлердің кіреберістері; 23.04 – балалар ойын алаңдары.\n`;
    expect(ofType(text, 'monitoring')).toEqual(['monitoring 2025-02-12', 'monitoring 2025-03-26', 'monitoring 2025-04-23']);
  });
  it('ru variant: "Даты 2 мониторингов, проведенных комиссиями: 12.02 – …; 26.03 – …"', () => {
    expect(ofType(`${RU}Даты 2 мониторингов комиссий: 12.02 – горячее питание в школах; 26.03 – подъезды многоэтажных домов.\n`, 'monitoring')).toEqual(['monitoring 2025-02-12', 'monitoring 2025-03-26']);
  });
  it('near-miss: planned ones ("Запланировано 2 мониторинга: 12.11 – …; 10.12 – …") are none', () => {
    expect(ofType(`${RU}Запланировано 2 мониторинга: 12.11 – горячее питание; 10.12 – подъезды домов.\n`, 'monitoring')).toEqual([]);
  });
});

describe('"жүргізді", "жүргіздік", "өткіздік": a Kazakh event held, told in the active voice', () => {
  it('kk (set 34, ASPR): "12–14 тамыз аралығында Кеңес мүшелері … дайындығына 1 мониторинг жүргізді (…)"', () => {
    const text = `${KK}Қоғамдық мониторинг. 12–14 тамыз аралығында Кеңес мүшелері Ұлттық статистика\nбюросының 2026 жылғы ауыл шаруашылығы санағына дайындығына 1 мониторинг\nжүргізді (Ақмола және Қостанай облыстарының 14 ауылдық округі). Мониторинг\nқорытындысы 25 қыркүйектегі отырыста қаралды.\n`;
    expect(ofType(text, 'monitoring')).toEqual(['monitoring 2025-08-12']);
  });
  it('kk variant: "2025 жылғы 14 наурызда біз дөңгелек үстел өткіздік."', () => {
    expect(acts(`${KK}2025 жылғы 14 наурызда біз «Жастар және еңбек» тақырыбында дөңгелек үстел өткіздік.\n`)).toEqual(['round_table 2025-03-14']);
  });
  it('near-miss (set 34, ASPR): "– 5. Комиссиялар отырыстарының саны – 5" under a line naming the monitoring commission is no monitoring', () => {
    const text = `${KK}Кеңесте 2 комиссия бар: стратегиялық жоспарлау және реформалар мониторингі комиссиясы.\n\nОтырыстар. Тоқсан ішінде Кеңестің 2 отырысы өткізілді – 17 шілдеде және 25\nқыркүйекте (ІІ тоқсанда – 1). Жыл басынан бері өткізілген отырыстардың жалпы саны\n– 5. Комиссиялар отырыстарының саны – 5, оның 3-еуі – статистика комиссиясында.\n`;
    expect(ofType(text, 'monitoring')).toEqual([]);
  });
});
