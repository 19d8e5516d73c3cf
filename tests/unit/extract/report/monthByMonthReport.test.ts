/**
 * A report laid out month by month (held-out set 41, Egindykol: "Июль" / "  - общественный мониторинг … (16-17 июля)"):
 * a diary's item that names its event first and its date after it in brackets (readLists' diary); the diary's items
 * of a type as its count when nothing else states it (report/diaryCounts); one dated hearing that names each head heard
 * (report/headsHeard); one draft act told as reviewed in the singular (report/singleDraft). ru and kk.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { headsHeardIn } from '../../../../sources/extract/report/headsHeard.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const RU = 'Информация о работе Общественного совета за 3 квартал 2025 года\n\n';
const KK = '2025 жылғы 3 тоқсандағы Қоғамдық кеңестің жұмысы туралы ақпарат\n\n';
const read = (text: string) => parseReport(`${text}\n`);
const figures = (text: string) => figureMap(read(text));
const dated = (text: string) => read(text).activities.map((a) => `${a.type} ${a.date_start}`);

const DIARY_RU = `${RU}Помесячно:

Июль
  - заседание комиссии по социальным вопросам (8 июля) - рассмотрен ход
    летней оздоровительной кампании;
  - общественный мониторинг работы летних пришкольных площадок (16-17 июля),
    охвачено 4 площадки, 210 детей.

Август
  - общественный мониторинг готовности школ к учебному году (20 августа), 6 школ.

Сентябрь
  - заседание комиссии по социальным вопросам (11 сентября);
`;

const DIARY_KK = `${KK}Ай сайын:

Шілде
  - жазғы мектеп алаңдарының жұмысына қоғамдық мониторинг (шілденің 16-сы), 4 алаң;

Тамыз
  - комиссия отырысы (12 тамыз);

Қыркүйек
  - мектептердің оқу жылына дайындығына қоғамдық мониторинг (10 қыркүйек), 6 мектеп.
`;

describe('a diary item dated in brackets after its event', () => {
  it('ru: the bracket holds the date, a range of days read from its first', () => {
    expect(dated(DIARY_RU)).toEqual(['monitoring 2025-07-16', 'monitoring 2025-08-20']);
  });
  it('kk: the genitive month and the bare one', () => {
    expect(dated(DIARY_KK)).toEqual(['monitoring 2025-07-16', 'monitoring 2025-09-10']);
  });
  it('variant: a council meeting dated in brackets, the hearing after its colon', () => {
    expect(dated(`${RU}Сентябрь\n  - заседание Совета (25 сентября): заслушан отчет руководителя отдела образования;\n`)).toEqual(['report_hearing 2025-09-25']);
  });
  it('near-miss: a bracket of no date, of a month alone, of words with a date; a meeting of no type', () => {
    expect(dated(`${RU}Июль\n  - общественный мониторинг летних площадок (4 площадки);\n  - общественный мониторинг школ (июль);\n  - круглый стол по итогам (проведен 20 июля);\n  - заседание комиссии (8 июля);\n`)).toEqual([]);
  });
});

describe("a diary's items as the count of their type", () => {
  it('ru: every month of the quarter under its heading, two monitorings', () => {
    expect(figures(DIARY_RU).monitorings).toBe(2);
  });
  it('kk: the same in Kazakh', () => {
    expect(figures(DIARY_KK).monitorings).toBe(2);
  });
  it('variant: headings with their year or "айы"', () => {
    expect(figures(DIARY_RU.replace('\nИюль\n', '\nИЮЛЬ 2025 г.:\n').replace('\nАвгуст\n', '\nАвгуст 2025 года\n')).monitorings).toBe(2);
    expect(figures(DIARY_KK.replace('\nШілде\n', '\nШілде айы\n')).monitorings).toBe(2);
  });
  it('near-miss: a heading of two months is no diary of each', () => {
    expect(figures(DIARY_RU.replace('\nИюль\n', '\nИюль – август\n').replace(/\nАвгуст\n[^\n]*\n/u, '\n')).monitorings).toBeUndefined();
  });
  it('variant: a cumulative count and a plan elsewhere do not hinder', () => {
    const text = `${DIARY_RU}\nСправочно: за 9 месяцев 2025 года проведено 5 мониторингов.\n\nВ 4 квартале планируется провести\nмониторинг отопительного сезона.\n`;
    expect(figures(text).monitorings).toBe(2);
  });
  it('near-miss: a month missing, a stated count, the type told outside the diary, an item in the plural', () => {
    expect(figures(DIARY_RU.replace(/\nСентябрь\n[^\n]*\n/u, '\n')).monitorings).toBeUndefined();
    expect(figures(`${DIARY_RU}\nВ квартале проведено 3 мониторинга.\n`).monitorings).toBe(3);
    expect(figures(`${DIARY_RU}\nМониторинги также проводились в сельских округах.\n`).monitorings).toBeUndefined();
    expect(figures(DIARY_RU.replace('общественный мониторинг готовности', 'общественные мониторинги готовности')).monitorings).toBeUndefined();
  });
});

describe('one dated hearing naming each head heard', () => {
  const ru = `${RU}Сентябрь\n  - заседание Совета (25 сентября): заслушаны отчеты руководителя отдела\n    образования и руководителя отдела ЖКХ, ПТ и АД района;\n`;
  it('ru: two heads of departments, two hearings on that date', () => {
    expect(figures(ru)).toMatchObject({ report_hearings: 2, departments_heard: 2 });
    expect(dated(ru)).toEqual(['report_hearing 2025-09-25', 'report_hearing 2025-09-25']);
  });
  it('kk: heads before "есептері тыңдалды", joined by "мен"', () => {
    const kk = `${KK}25 қыркүйекте Кеңес отырысында білім бөлімінің басшысы мен тұрғын үй-коммуналдық шаруашылық бөлімінің басшысының есептері тыңдалды.\n`;
    expect(figures(kk)).toMatchObject({ report_hearings: 2, departments_heard: 2 });
  });
  it('variant: three heads by commas, one not of a department — no departments', () => {
    expect(headsHeardIn('заслушаны отчеты начальника отдела образования, руководителя отдела ЖКХ и директора КГП «Жылу»')).toMatchObject({ departments: 0 });
    expect(headsHeardIn('заслушаны отчеты начальника отдела образования, руководителя отдела ЖКХ и директора КГП «Жылу»')?.heads).toHaveLength(3);
  });
  it('near-miss: heads in the plural, a count, a deputy, "в том числе", a single head', () => {
    expect(headsHeardIn('заслушаны отчеты руководителей отдела образования и отдела ЖКХ')).toBeNull();
    expect(headsHeardIn('заслушаны отчеты 2 руководителей отделов')).toBeNull();
    expect(headsHeardIn('заслушаны отчеты руководителя отдела образования и его заместителя')).toBeNull();
    expect(headsHeardIn('заслушаны отчеты, в том числе руководителя отдела образования и руководителя отдела ЖКХ')).toBeNull();
    expect(headsHeardIn('заслушаны отчеты руководителя отдела образования')).toBeNull();
  });
});

describe('one draft act reviewed, told in the singular', () => {
  it('ru: a conclusion with remarks, the count of remarks no count of drafts', () => {
    expect(figures(`${RU}Рассмотрен проект решения маслихата о правилах содержания и выгула\nдомашних животных, направлено заключение с замечаниями (2 замечания).\n`)).toEqual({ npa_reviewed: 1, npa_with_remarks: 1 });
  });
  it('kk: the draft of a resolution reviewed, remarks sent', () => {
    expect(figures(`${KK}Аудан әкімдігі қаулысының жобасы қаралып, ескертпелермен қорытынды жіберілді.\n`)).toEqual({ npa_reviewed: 1, npa_with_remarks: 1 });
  });
  it('variant: without remarks is one approved', () => {
    expect(figures(`${RU}Изучен проект постановления акимата района, заключение дано без замечаний.\n`)).toEqual({ npa_reviewed: 1, npa_approved: 1 });
  });
  it('near-miss: no act, two sentences, the plural elsewhere, a plan, a count', () => {
    expect(figures(`${RU}Рассмотрен проект благоустройства парка.\n`)).toEqual({});
    expect(figures(`${RU}Рассмотрен проект решения маслихата о тарифах.\nРассмотрен проект решения маслихата о бюджете.\n`)).toEqual({});
    expect(figures(`${RU}Рассмотрен проект решения маслихата о тарифах. Проекты решений маслихата поступали регулярно.\n`)).toEqual({});
    expect(figures(`${RU}В 4 квартале планируется: рассмотрен проект решения маслихата о тарифах.\n`)).toEqual({});
    expect(figures(`${RU}Рассмотрен проект решения маслихата о тарифах и 2 проекта постановлений.\n`).npa_reviewed).not.toBe(1);
  });
});
