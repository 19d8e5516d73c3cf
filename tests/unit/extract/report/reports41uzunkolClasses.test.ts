/**
 * The classes of held-out set 41's Uzunkol report (a Kazakh PDF, H1 2025), each in Russian and Kazakh with a variant
 * and near-misses: a list run into its sentence ("Мониторингтер: 1) …; 2) …"), whose "1)" is no count; a numbered
 * section whose title runs into its paragraph ("4. Қоғамдық бақылау. …"); the state members named as civil servants;
 * a member brought in by an act named between count and verb; "ескертусіз оң қорытынды" and a part of the drafts in
 * the genitive ("5 жобаның 3-еуі бойынша"); the bodies heard listed by kind after the count of hearings.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { blankInlineItemNumbers } from '../../../../sources/extract/grammar/inlineItemNumbers.ts';
import { maskNeverCounts } from '../../../../sources/extract/maskNeverCounts.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const RU = 'Информация о работе Общественного совета за первое полугодие 2025 года\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықта атқарған жұмысы туралы АҚПАРАТ\n\n';
const report = (text: string) => parseReport(`${text}\n`);
const figures = (text: string) => figureMap(report(text));
const dated = (text: string) => report(text).activities.map((a) => `${a.type} ${a.date_start}`);

describe('a list run into its sentence: "Label: 1) …; 2) …; 3) …"', () => {
  it('kk: each item an event on its date, and no count of one', () => {
    const text = `${KK}Мониторингтер: 1) 2025 жылғы 26 ақпанда – мектеп автобустарының техникалық жай-күйі; 2) 2025 жылғы 14 мамырда – емханада жазылу жүйесі; 3) 2025 жылғы 18 маусымда – жазғы лагерьлердегі тамақтану.`;
    expect(dated(text)).toEqual(['monitoring 2025-02-26', 'monitoring 2025-05-14', 'monitoring 2025-06-18']);
    expect(figures(text).monitorings).toBeUndefined();
  });
  it('ru variant: days without the year, items split by commas', () => {
    const text = `${RU}Мониторинги: 1) 26 февраля – техническое состояние школьных автобусов, 2) 14 мая – запись в поликлинике.`;
    expect(dated(text)).toEqual(['monitoring 2025-02-26', 'monitoring 2025-05-14']);
    expect(figures(text).monitorings).toBeUndefined();
  });
  it('kk variant: the count stated before the list\'s own colon, a second colon, numeric dates', () => {
    const text = `${KK}4. Мониторингтер: жарты жыл ішінде 3 қоғамдық мониторинг жүргізілді: 1) 12.02.2025 – аурухананың қабылдау бөлімі; 2) 19.03.2025 – ауыз су сапасы; 3) 23.04.2025 – мектеп асханалары.`;
    expect(dated(text)).toEqual(['monitoring 2025-02-12', 'monitoring 2025-03-19', 'monitoring 2025-04-23']);
    expect(figures(text).monitorings).toBe(3);
  });
  it('near-miss: items short of the count stated give no events', () => {
    expect(dated(`${KK}4. Мониторингтер: жарты жыл ішінде 4 қоғамдық мониторинг жүргізілді: 1) 12.02.2025 – аурухана; 2) 19.03.2025 – ауыз су.`)).toEqual([]);
  });
  it('the numbers are blanked only in a run from "1)" after a colon to "2)" after a semicolon or comma', () => {
    expect(blankInlineItemNumbers('Мониторингтер: 1) ақпан; 2) мамыр')).toBe('Мониторингтер:    ақпан;    мамыр');
    expect(maskNeverCounts('Мониторинги: 1) февраль; 2) май')).not.toMatch(/\d/u);
  });
  it('near-miss: a bracket a count closes, a count with its items in brackets', () => {
    expect(blankInlineItemNumbers('проведено мероприятий (мониторингов: 1) и семинаров: 2)')).toBe('проведено мероприятий (мониторингов: 1) и семинаров: 2)');
    expect(figures(`${RU}Проведено мониторингов: 3 (февраль; май; июнь).`).monitorings).toBe(3);
  });
});

describe('a numbered section whose title runs into its paragraph', () => {
  it('kk: every sentence of the paragraph read, after the title', () => {
    const text = `${KK}4. Қоғамдық бақылау. Мониторинг 2025 жылғы 26 ақпанда өтті. Қоғамдық тыңдау 2025 жылғы 20 наурызда абаттандыру қағидаларының жобасы бойынша өтті (57 адам). Дөңгелек үстел 2025 жылғы 29 мамырда «Ауылдағы жастар» тақырыбында өтті.`;
    expect(dated(text)).toEqual(['monitoring 2025-02-26', 'public_hearing 2025-03-20', 'round_table 2025-05-29']);
  });
  it('ru variant: the list run in first, then a sentence of another kind', () => {
    const text = `${RU}4. Общественный контроль. Мониторинги: 1) 26 февраля – школьные автобусы; 2) 14 мая – поликлиника. Круглый стол проведён 29 мая на тему «Молодёжь села».`;
    expect(dated(text)).toEqual(['monitoring 2025-02-26', 'monitoring 2025-05-14', 'round_table 2025-05-29']);
  });
  it('near-miss: a title and a sentence of no event, a plan', () => {
    expect(dated(`${RU}4. Общественный контроль. Мониторинг качества питания запланирован на сентябрь.`)).toEqual([]);
    expect(dated(`${KK}4. Қоғамдық бақылау. Келесі жартыжылдықта мониторинг жоспарланған.`)).toEqual([]);
  });
});

describe('the state members named as civil servants', () => {
  it('kk and ru, either order', () => {
    expect(figures(`${KK}Кеңес құрамында 11 мүше бар, оның ішінде азаматтық қоғам өкілдері – 8, мемлекеттік қызметшілер – 3.`)).toMatchObject({ members_total: 11, members_civil: 8, members_state: 3 });
    expect(figures(`${KK}Кеңес құрамында 11 мүше бар, оның ішінде мемлекеттік қызметшілер – 3, азаматтық қоғам өкілдері – 8.`)).toMatchObject({ members_state: 3, members_civil: 8 });
    expect(figures(`${RU}В составе Совета 11 членов, в том числе представители гражданского общества – 8, государственные служащие – 3.`)).toMatchObject({ members_civil: 8, members_state: 3 });
  });
  it('near-miss: civil servants among the participants of an event', () => {
    expect(figures(`${KK}Семинарға қатысқандар: мемлекеттік қызметшілер – 25, тұрғындар – 40.`).members_state).toBeUndefined();
    expect(figures(`${RU}На семинаре присутствовали: государственные служащие – 25, жители – 40.`).members_state).toBeUndefined();
  });
});

describe('a member brought in by an act named between the count and the verb', () => {
  it('kk: the decision of the maslikhat, its date and number', () => {
    expect(figures(`${KK}Кеңес құрамынан 1 мүше өз еркімен шықты, орнына 1 жаңа мүше аудандық мәслихаттың 2025 жылғы 28 наурыздағы №214 шешімімен енгізілді.`)).toMatchObject({ members_left: 1, members_joined: 1 });
  });
  it('kk variant: a resolution "бойынша", the council named before the verb', () => {
    expect(figures(`${KK}2 жаңа мүше аудан әкімдігінің 2025 жылғы 5 мамырдағы №12 қаулысы бойынша кеңес құрамына қосылды.`).members_joined).toBe(2);
  });
  it('ru: the act after the verb', () => {
    expect(figures(`${RU}Из состава Совета по собственному желанию вышел 1 член, взамен решением маслихата от 28 марта 2025 года №214 введен 1 новый член.`)).toMatchObject({ members_left: 1, members_joined: 1 });
  });
  it('near-miss: a decision about bringing one in, a member to be brought in', () => {
    expect(figures(`${KK}Мәслихатқа 1 жаңа мүшені енгізу туралы шешім қабылданды.`).members_joined).toBeUndefined();
    expect(figures(`${KK}1 жаңа мүше мәслихаттың шешімімен шілде айында енгізілетін болады.`).members_joined).toBeUndefined();
  });
});

describe('drafts approved: "ескертусіз оң қорытынды", a part of the drafts in the genitive', () => {
  it('kk: three of the five drafts, the subject named in the title sentence', () => {
    expect(figures(`${KK}5. НҚА жобалары. Қаралған 5 жобаның 3-еуі бойынша ескертусіз оң қорытынды берілді, 2 жоба бойынша ескертулер жолданды.`)).toMatchObject({ npa_approved: 3, npa_with_remarks: 2 });
  });
  it('kk variant: the drafts named, the conclusion sent', () => {
    expect(figures(`${KK}НҚА жобалары бойынша 3 жоба бойынша ескертусіз оң қорытынды жолданды.`).npa_approved).toBe(3);
  });
  it('ru: positive conclusions without remarks', () => {
    expect(figures(`${RU}5. Проекты НПА. Из 5 рассмотренных проектов по 3 даны положительные заключения без замечаний, по 2 направлены замечания.`)).toMatchObject({ npa_approved: 3, npa_with_remarks: 2 });
  });
  it('near-miss: a part of appeals, a conclusion to be given', () => {
    expect(figures(`${KK}НҚА жобалары. 5 өтініштің 3-еуі бойынша оң қорытынды берілді.`).npa_approved).toBeUndefined();
    expect(figures(`${KK}НҚА жобалары: 3 жоба бойынша ескертусіз оң қорытынды берілетін болады.`).npa_approved).toBeUndefined();
  });
});

describe('the bodies heard listed by kind after the count of hearings', () => {
  it('kk: three departments and a municipal enterprise, each closed by its month', () => {
    const f = figures(`${KK}Жартыжылдықта Кеңес отырыстарында 4 есеп тыңдалды: аудандық білім бөлімінің (ақпан), аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің (сәуір), аудандық ТКШ, жолаушылар көлігі және автомобиль жолдары бөлімінің (мамыр) басшылары, сондай-ақ «Ұзынкөл ауданының тұрғын үй-коммуналдық шаруашылығы» МКК директоры (маусым).`);
    expect(f).toMatchObject({ report_hearings: 4, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('ru: departments and a state enterprise', () => {
    const f = figures(`${RU}На заседаниях Совета заслушано 4 отчета: руководителей районного отдела образования (февраль), отдела занятости и социальных программ (апрель), отдела ЖКХ, пассажирского транспорта и автомобильных дорог (май), а также директора ГКП «Теплосервис» (июнь).`);
    expect(f).toMatchObject({ report_hearings: 4, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('kk variant: dates in the brackets, an administration', () => {
    expect(figures(`${KK}Кеңес отырыстарында 3 есеп тыңдалды: аудандық білім бөлімінің (2025 жылғы 12 ақпан), аудандық денсаулық сақтау басқармасының (14.04.2025), «Жылу» МКК директорының (2025 жылғы 20 мамыр).`)).toMatchObject({ departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('near-miss: a body of neither kind, items short of the count, departments in the plural', () => {
    const neither = figures(`${KK}Кеңес отырыстарында 3 есеп тыңдалды: аудандық білім бөлімінің (ақпан), аудандық денсаулық сақтау басқармасының (сәуір), аудан әкімінің орынбасарының (мамыр).`);
    expect(neither.departments_heard).toBeUndefined();
    const short = figures(`${KK}Кеңес отырыстарында 4 есеп тыңдалды: аудандық білім бөлімінің (ақпан), аудандық денсаулық сақтау басқармасының (сәуір), «Жылу» МКК директорының (мамыр).`);
    expect(short.departments_heard).toBeUndefined();
    expect(short.subordinate_orgs_heard).toBeUndefined();
    const plural = figures(`${RU}Заслушано 2 отчета: отделов образования и культуры (февраль), ГКП «Жылу» (май).`);
    expect(plural.departments_heard).toBeUndefined();
  });
});
