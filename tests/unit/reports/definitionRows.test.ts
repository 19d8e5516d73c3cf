/**
 * The definitions state the council's own rules (issue 13, item 3): rows of mart_rules put into
 * words in ru, kk and en. Almaty's rules (the law's) keep the text the definitions had when it
 * was written once for Almaty; other rules change every sentence that states one, and a law's
 * article is cited only for a rule equal to the law's.
 */
import { describe, expect, it } from 'vitest';
import { definitionRows, type RuleRows } from '../../../reports/definitionRows.ts';
import { getLabels, LANGS, type Lang } from '../../../reports/i18n/getLabels.ts';

type Rules = Record<string, [value: number, law: number]>;

const LAW: Rules = {
  quorum_share: [2 / 3, 2 / 3], quorum_more_than: [0, 0], online_counts_as_present: [1, 1], vote_majority_of_present: [0.5, 0.5],
  unexcused_absence_warning: [3, 3], absence_window_months: [12, 12], appeal_working_days: [15, 15], appeal_extension_months: [2, 2],
  letter_working_days: [10, 10],
};
const WEIGHTS = [{ component: 'attendance', share: 0.6 }, { component: 'activities_led', share: 0.4 }];

function rows(rules: Rules): RuleRows {
  return {
    rules: Object.entries(rules).map(([rule, [value, law]]) => ({ rule, value, as_in_law: Math.abs(value - law) < 1e-9 })),
    weights: WEIGHTS,
  };
}

const with_ = (changes: Record<string, number>): Rules =>
  Object.fromEntries(Object.entries(LAW).map(([rule, [value, law]]) => [rule, [changes[rule] ?? value, law]]));

const definition = (lang: Lang, rules: Rules, key: string) => {
  const labels = getLabels(lang);
  const terms: Record<string, string> = { quorum: labels.columns.quorum_met, vote: labels.sections.votes, attendance: labels.columns.attendance_rate,
    kpi: labels.sections.memberKpi, appeals: labels.sections.appeals, letters: labels.sections.letters };
  return definitionRows(labels, rows(rules)).find((d) => d.term === terms[key])!.definition;
};

/** The texts as they were written once, for Almaty, before the definitions read the rules (git HEAD~ of this change). */
const ALMATY: Record<Lang, Record<string, string>> = {
  ru: {
    quorum: 'Заседание правомочно, если присутствуют не менее двух третей от общего числа членов (Закон «Об общественных советах», ст. 13 п. 2); участники онлайн считаются присутствующими.',
    vote: 'Решение принято по правилу, если «за» больше половины присутствующих; отмечаются расхождения с протоколом и случаи, когда за+против+воздержались ≠ присутствующих.',
    attendance: 'Посещаемость — доля посещённых заседаний от ожидаемых (заседания органов, в которых член состоял на дату заседания). Более трёх пропусков без уважительной причины за год — риск исключения (ст. 15).',
    letters: 'Письма госорганам: ответ ожидается в течение 10 рабочих дней (Закон «Об общественном контроле», ст. 13); просроченные — по каждому органу, самые старые первыми.',
  },
  kk: {
    quorum: 'Отырысқа мүшелердің жалпы санының кемінде үштен екісі қатысса, ол заңды («Қоғамдық кеңестер туралы» Заң, 13-бап 2-т.); онлайн қатысушылар қатысқан болып саналады.',
    vote: 'Ереже бойынша шешім «жақтап» дауыстар қатысушылардың жартысынан көп болса қабылданды; хаттамамен алшақтықтар және жақтап+қарсы+қалыс ≠ қатысушылар жағдайлары белгіленеді.',
    attendance: 'Қатысу — күтілген отырыстардың (мүше отырыс күні құрамында болған органдардың отырыстары) қатысқан үлесі. Жылына үштен көп дәлелсіз себеппен қатыспау — шығару қаупі (15-бап).',
    letters: 'Мемлекеттік органдарға хаттар: жауап 10 жұмыс күні ішінде күтіледі («Қоғамдық бақылау туралы» Заң, 13-бап); мерзімі өткендер — әр орган бойынша, ең ескісі бірінші.',
  },
  en: {
    quorum: 'A meeting is competent with at least two thirds of all members present (Law on Public Councils, art. 13 p. 2); online participants count as present.',
    vote: 'A motion is adopted by the rule when “for” exceeds half of those present; differences from the protocol and for+against+abstain ≠ present are flagged.',
    attendance: 'Attendance is the share of expected meetings attended (meetings of bodies the member belonged to on that date). More than three unexcused absences a year is a risk of exclusion (art. 15).',
    letters: 'Letters to state bodies: an answer is due within 10 working days (Law on Public Control, art. 13); overdue ones per body, oldest first.',
  },
};

describe('definitionRows', () => {
  it.each(LANGS)('%s: Almaty’s rules (the law’s) give the sentences written for Almaty', (lang) => {
    for (const [key, text] of Object.entries(ALMATY[lang])) expect(definition(lang, LAW, key), `${lang} ${key}`).toBe(text);
  });

  it('states the appeals deadline with its extension and the KPI weights, in every language', () => {
    expect(definition('ru', LAW, 'appeals')).toBe('Обращения: срок ответа — 15 рабочих дней (АППК, ст. 76) по календарю Казахстана, продлённый — не более двух месяцев со дня поступления; остаток по возрасту — до 4 недель, 4–8 недель, старше.');
    expect(definition('kk', LAW, 'appeals')).toContain('15 жұмыс күні (ӘРПК, 76-бап), ұзартылғанда — түскен күннен бастап екі айдан аспайды;');
    expect(definition('en', LAW, 'appeals')).toContain('within 15 working days (Administrative Procedure Code, art. 76) on the Kazakhstan calendar, or up to two months from receipt when extended;');
    expect(definition('ru', LAW, 'kpi')).toContain('(веса: Посещаемость 60\u00a0%, Проведённые мероприятия 40\u00a0%)');
    expect(definition('en', LAW, 'kpi')).toContain('(weights: Attendance 60%, Activities led 40%)');
  });

  it('a simple-majority quorum, online not counted, 20/7 working days: said so, and no article of the law cited for them', () => {
    const own = with_({ quorum_share: 0.5, quorum_more_than: 1, online_counts_as_present: 0, appeal_working_days: 20, letter_working_days: 7 });
    expect(definition('ru', own, 'quorum')).toBe('Заседание правомочно, если присутствуют более половины от общего числа членов; участники онлайн не считаются присутствующими.');
    expect(definition('kk', own, 'quorum')).toBe('Отырысқа мүшелердің жалпы санының жартысынан көбі қатысса, ол заңды; онлайн қатысушылар қатысқан болып саналмайды.');
    expect(definition('en', own, 'quorum')).toBe('A meeting is competent with more than half of all members present; online participants do not count as present.');
    expect(definition('ru', own, 'appeals')).toMatch(/^Обращения: срок ответа — 20 рабочих дней по календарю Казахстана, /);
    expect(definition('en', own, 'letters')).toBe('Letters to state bodies: an answer is due within 7 working days; overdue ones per body, oldest first.');
    expect(definition('kk', own, 'letters')).toMatch(/жауап 7 жұмыс күні ішінде күтіледі; /);
    // the rules left as the law's still cite it
    expect(definition('en', own, 'attendance')).toMatch(/More than three unexcused absences a year is a risk of exclusion \(art\. 15\)\.$/);
  });

  it('a share that is no simple fraction is a percentage; counts above ten in digits; Russian plurals', () => {
    const own = with_({ quorum_share: 0.6, vote_majority_of_present: 2 / 3, unexcused_absence_warning: 1, absence_window_months: 6, appeal_working_days: 21, letter_working_days: 22, appeal_extension_months: 1 });
    expect(definition('ru', own, 'quorum')).toMatch(/присутствуют не менее 60 % от общего числа членов; /);
    expect(definition('kk', own, 'quorum')).toMatch(/санының кемінде 60 %-ы қатысса/);
    expect(definition('en', own, 'quorum')).toMatch(/with at least 60% of all members present; /);
    expect(definition('ru', own, 'vote')).toMatch(/«за» больше двух третей присутствующих/);
    expect(definition('kk', own, 'vote')).toMatch(/қатысушылардың үштен екісінен көп болса/);
    expect(definition('ru', own, 'attendance')).toMatch(/Более одного пропуска без уважительной причины за 6 месяцев — риск исключения\.$/);
    expect(definition('en', own, 'attendance')).toMatch(/More than one unexcused absence in 6 months is a risk of exclusion\.$/);
    expect(definition('kk', own, 'attendance')).toMatch(/6 ай ішінде бірден көп дәлелсіз себеппен қатыспау — шығару қаупі\.$/);
    expect(definition('ru', own, 'appeals')).toMatch(/срок ответа — 21 рабочий день по календарю Казахстана, продлённый — не более одного месяца со дня/);
    expect(definition('ru', own, 'letters')).toMatch(/в течение 22 рабочих дней;/);
    const many = with_({ unexcused_absence_warning: 12, appeal_extension_months: 14, absence_window_months: 24 });
    expect(definition('ru', many, 'attendance')).toMatch(/Более 12 пропусков без уважительной причины за 24 месяца — риск/);
    expect(definition('kk', many, 'attendance')).toMatch(/24 ай ішінде 12 реттен көп/);
    expect(definition('en', many, 'appeals')).toMatch(/up to 14 months from receipt/);
    expect(definition('kk', many, 'appeals')).toMatch(/түскен күннен бастап 14 айдан аспайды/);
  });

  it('a rule missing from mart_rules is refused, not filled with the law’s', () => {
    const { rules, weights } = rows(LAW);
    expect(() => definitionRows(getLabels('en'), { rules: rules.filter((r) => r.rule !== 'letter_working_days'), weights })).toThrow(/letter_working_days/);
  });
});
