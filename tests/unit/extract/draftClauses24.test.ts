/**
 * Session 24's drafts of acts (issue 12): NPA figures told clause by clause, a count in any case ("по трём", "по двум",
 * "алтауына", "14-іне", "сексен бір"), the drafts it counts and the verb that says what was done (report/draftClauses.ts);
 * a whole and its part in one clause ("Из 10 рассмотренных проектов 7 …", "Қаралған 9 жобаның 6-ына …"); the whole read
 * from parts that add up to the drafts received; a list number before the section colliding with a count; and letters
 * all answered with their count ("бесеуінің де жауабы келді", tested in letters24.test.ts). Each in ru and kk with variants no set holds, and
 * near-misses that must give nothing: another year's, a plan, remarks counted (not drafts), a whole the parts overrun,
 * "all" without a number.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const npa = (text: string) =>
  Object.fromEntries(Object.entries(figureMap(parseReport(`${text}\n`))).filter(([k]) => /^npa_|letters_answered/.test(k)));

describe('drafts told clause by clause, the count in any case', () => {
  it('reads the parts in the dative after the drafts reviewed (ru, number words)', () => {
    expect(npa(`${RU}Экспертиза. Из них Совет рассмотрел семь проектов решений маслихата: по четырём даны положительные заключения, по трём – заключения с предложениями.`)).toMatchObject({
      npa_reviewed: 7, npa_approved: 4, npa_with_remarks: 3,
    });
  });
  it('reads the parts in the dative with a Kazakh possessive (kk, digits)', () => {
    expect(npa(`${KK}Аудандық әкімдіктен келген 9 нормативтік құқықтық акт жобасы қаралды: 6-ына қолдау білдірілді, 3-іне ескертулер жолданды.`)).toMatchObject({
      npa_reviewed: 9, npa_approved: 6, npa_with_remarks: 3,
    });
  });
  it('reads a whole and its part in one clause (ru "из N рассмотренных", kk genitive)', () => {
    expect(npa(`${RU}Из 10 рассмотренных проектов постановлений акимата 7 одобрены без замечаний, по 3 направлены замечания.`)).toMatchObject({ npa_approved: 7, npa_with_remarks: 3 });
    expect(npa(`${KK}НҚА. Қаралған 9 жобаның 6-ына ескертусіз оң қорытынды берілді, 3-еуі бойынша ескертулер жіберілді.`)).toMatchObject({ npa_approved: 6, npa_with_remarks: 3 });
  });
  it('reads the parts in brackets after the count reviewed, a list number before the section', () => {
    expect(npa(`${RU}4. Экспертиза НПА. Изучено 7 проектов (6 – поддержаны, 1 – с замечаниями).`)).toMatchObject({ npa_reviewed: 7, npa_approved: 6, npa_with_remarks: 1 });
  });
  it('reads the whole when the parts add up to the drafts received (ru, kk)', () => {
    expect(npa(`${RU}Из акимата поступило десять проектов нормативных правовых актов. По восьми проектам Совет дал положительные заключения, по двум – заключения с замечаниями.`)).toMatchObject({
      npa_reviewed: 10, npa_approved: 8, npa_with_remarks: 2,
    });
    expect(npa(`${KK}Мәслихаттан келген 5 шешім жобасының 4-еуі қолдау тапты, 1-еуі бойынша ескертулер жолданды.`)).toMatchObject({ npa_reviewed: 5, npa_with_remarks: 1 });
  });
  it('reads one draft pending told in the singular, and a count of drafts pending', () => {
    expect(npa(`${RU}В Совет поступило пять проектов НПА. Рассмотрено четыре: по трём даны положительные заключения, по одному – заключение с замечаниями. Пятый проект на 31 декабря находится на рассмотрении.`)).toMatchObject({
      npa_reviewed: 4, npa_approved: 3, npa_with_remarks: 1, npa_pending: 1,
    });
  });
  it('reads "ни по одному … замечаний не поступило" as no draft with remarks', () => {
    expect(npa(`${RU}НПА. Рассмотрено 3 проекта решений маслихата, ни по одному из них замечаний не поступило.`)).toMatchObject({ npa_reviewed: 3, npa_with_remarks: 0 });
  });
});

describe('drafts named as plain drafts: under a heading of drafts, or with the body that issues them', () => {
  it('reads the drafts under a heading that names them (kk, ru)', () => {
    expect(npa(`${KK}4. НҚА жобаларын сараптау\nЖыл ішінде Кеңеске 7 жоба келді, жетеуіне де ескертусіз келісім берілді.`)).toMatchObject({ npa_approved: 7 });
    expect(npa(`${RU}Проекты НПА\nВ Совет поступило пять проектов; по четырём Совет дал положительные заключения, по одному – с замечаниями.`)).toMatchObject({ npa_reviewed: 5, npa_approved: 4, npa_with_remarks: 1 });
  });
  it('reads drafts the maslikhat or the akimat sent, the remarks told to a count in the dative, and drafts still under review', () => {
    expect(npa(`${KK}Аудан әкімдігінен елу бес жоба түсті: қырық жетісі мақұлданды, бесеуіне ескертулер жіберілді. Жыл соңында тағы үш жоба қаралып жатыр.`)).toMatchObject({
      npa_approved: 47, npa_with_remarks: 5, npa_pending: 3,
    });
  });
  it('gives nothing from drafts of no act under another heading (a budget\'s draft at a hearing)', () => {
    expect(npa(`${RU}Общественные слушания\nПо проекту бюджета района проведено 2 слушания, одобрено 2 предложения жителей.`)).toEqual({});
  });
});

describe('a statement broken by a participle\'s commas, one draft in the singular, a draft awaiting review', () => {
  it('hands a count on to the verb after a participle (ru), and a verb on to the count in brackets after one', () => {
    expect(npa(`${RU}НПА. Из 8 рассмотренных проектов решений маслихата 6 одобрены без замечаний, по 2 даны замечания; ещё 3 проекта, внесённые в конце июня, остаются на рассмотрении.`)).toMatchObject({
      npa_reviewed: 8, npa_approved: 6, npa_with_remarks: 2, npa_pending: 3,
    });
    expect(npa(`${RU}Экспертиза. Изучено проектов НПА, поступивших из акимата (14), из них одобрено без замечаний (11), направлено замечаний по проектам (3).`)).toMatchObject({ npa_reviewed: 14 });
  });
  it('reads each draft named in the singular dative as one', () => {
    expect(npa(`${RU}Проекты НПА. В Совет направлено 2 проекта НПА. По проекту о ставках налога замечаний не высказано, а по проекту правил выпаса даны замечания.`)).toMatchObject({
      npa_approved: 1, npa_with_remarks: 1,
    });
  });
  it('reads one draft received late and to be reviewed next year as pending', () => {
    expect(npa(`${RU}Проекты НПА. Рассмотрено 5 проектов. Проект постановления акимата поступил 29 декабря и будет рассмотрен в январе 2026 года.`)).toMatchObject({ npa_reviewed: 5, npa_pending: 1 });
  });
  it('gives nothing from a plan in the future nor from another year\'s drafts', () => {
    expect(npa(`${RU}Проекты НПА. Во втором полугодии будет рассмотрено 5 проектов НПА.`)).toEqual({});
    expect(npa(`${RU}В 2024 году Советом рассмотрено 7 проектов НПА.`)).toEqual({});
  });
});

describe('near-misses: no figure of drafts', () => {
  it('gives nothing from "all" given a conclusion without a number (writers differ on it)', () => {
    const f = npa(`${RU}Рассмотрено 5 проектов нормативных правовых актов, по всем даны положительные заключения.`);
    expect(f.npa_reviewed).toBe(5);
    expect(f.npa_approved).toBeUndefined();
    // "All approved without remarks" after the count is that count approved: session 30's convention (BLIND-WRITER.md), tested in news30.
    expect(npa(`${KK}Нормативтік құқықтық актілердің 4 жобасы қаралды, барлығы ескертусіз келісілді.`).npa_approved).toBe(4);
  });
  it('gives nothing from another year, a plan, a count of remarks, or parts that overrun their whole', () => {
    expect(npa(`${KK}НҚА жобалары. Салыстыру үшін: 2024 жылы 7 жоба қаралып, 5-еуі қолдау тапты.`)).toEqual({});
    expect(npa(`${RU}Во втором полугодии планируется рассмотреть 6 проектов НПА, по 4 дать заключения.`)).toEqual({});
    expect(npa(`${RU}По проектам решений маслихата направлено 12 замечаний и 5 предложений.`).npa_with_remarks).toBeUndefined();
    const over = npa(`${KK}Кеңес 3 НҚА жобасын қарады: 4-іне қолдау білдірілді, 2-еуіне ескертулер жіберілді.`);
    // (the lexicon's own "2-еуіне ескертулер жіберілді" is a candidate since session 25: a part over its whole, npa25.test.ts)
    expect(over.npa_approved).toBeUndefined();
  });
  it('gives nothing from "не одобрено" nor from appeals in the paragraph of drafts', () => {
    const f = npa(`${RU}Рассмотрено 4 проекта НПА. Поступило 9 обращений граждан, по 7 даны ответы.`);
    expect(f).toEqual({ npa_reviewed: 4 });
  });
});
