/**
 * Classes of session 29: the work of a council's standing commissions and working groups (sets 82 and 75). A commission's
 * report that gives the council's figures beside its own and sets them apart ("справочно", "бұл отырыстар комиссияның
 * отырыстары болып саналмайды") counts only the commission's work: the council's meetings, monitorings and appeals told
 * there are another body's (set 82's Aktau gave general_meetings 2 and appeals 41 for the commission's 14).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { reportAuthor } from '../../../sources/extract/report/authorOf.ts';
import { setsCouncilApart } from '../../../sources/extract/report/councilSetApart.ts';

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string) => parseReport(text).candidates.map((c) => `${c.metric}=${c.value}`);

describe('a commission\'s report that sets the council\'s figures apart', () => {
  const ru = [
    'ИНФОРМАЦИЯ',
    'о работе постоянной комиссии по вопросам ЖКХ и транспорта',
    'Общественного совета г. Кокшетау за II квартал 2026 года',
    '',
    'Во II квартале комиссия провела 4 заседания и 2 мониторинга. В комиссию поступило 11 обращений граждан.',
    'Справочно: Общественным советом в целом за квартал проведено 3 заседания и 9 мониторингов, в Совет поступило 40 обращений.',
    '',
    'Председатель комиссии                       Р. Абенов',
  ].join('\n');
  it('ru: "Справочно: Общественным советом в целом …" — the commission\'s counts are the figures, the council\'s candidates', () => {
    const f = figures(ru);
    expect([f.commission_meetings, f.monitorings, f.appeals_received]).toEqual([4, 2, 11]);
    expect(f.general_meetings).toBeUndefined();
    expect(candidates(ru)).toEqual(expect.arrayContaining(['monitorings=9', 'appeals_received=40']));
  });

  const kk = [
    'Көкшетау қаласы Қоғамдық кеңесінің',
    'Білім беру және денсаулық сақтау мәселелері жөніндегі комиссиясы',
    '',
    '2026 жылғы ІІ тоқсанда атқарылған жұмыс туралы',
    'АҚПАРАТ',
    '',
    'Тоқсанда комиссия 3 отырыс өткізді. Кеңестің 2 отырысы мен төралқаның 1 отырысы комиссия отырыстарының санына кірмейді.',
    'Комиссия 2 мониторинг жүргізді. Комиссияға 7 өтініш түсті.',
    '',
    'Комиссия төрағасы                           Д. Сейітова',
  ].join('\n');
  it('kk: "Кеңестің 2 отырысы … комиссия отырыстарының санына кірмейді" — no general or presidium meetings, the commission\'s own counts', () => {
    const f = figures(kk);
    expect([f.commission_meetings, f.monitorings, f.appeals_received]).toEqual([3, 2, 7]);
    expect([f.general_meetings, f.presidium_meetings]).toEqual([undefined, undefined]);
  });

  it('near miss: the council\'s figures told as a fact of the report ("Напомню, что в целом Советом проведено …") stay the council\'s', () => {
    const text = [
      'Отчет о работе постоянной комиссии по социальным вопросам Общественного совета за 2026 год',
      '',
      'Комиссией проведено 6 заседаний. Напомню, что в целом Общественным советом в 2026 году проведено 5 заседаний Совета.',
      'Для сравнения: в 2025 году комиссия провела 4 заседания.',
    ].join('\n');
    expect(setsCouncilApart(text.split('\n'))).toBe(false);
    expect(figures(text).general_meetings).toBe(5);
    expect(figures(text).commission_meetings).toBeUndefined();
  });
  it('near miss: a sentence that says what is not counted but names no council does not set it apart', () => {
    expect(setsCouncilApart(['Комиссия провела 3 выездных заседания; выездные заседания в план не входят.'])).toBe(false);
    expect(setsCouncilApart(['Для сравнения: Совет в целом провёл 12 мониторингов.'])).toBe(false);
  });
});

describe('a commission\'s report by its Kazakh title', () => {
  it('"Комиссияның 2026 жылғы 9 айдағы (қаңтар – қыркүйек) қызметі туралы" and "… тұрақты комиссияның … жұмысы туралы" are a commission\'s', () => {
    expect(reportAuthor(['ҚОҒАМДЫҚ КЕҢЕС', 'Комиссияның 2026 жылғы 9 айдағы (қаңтар – қыркүйек) қызметі туралы', 'ЕСЕП'])).toBe('commission');
    expect(reportAuthor(['Кеңес төрағасына', 'Әлеуметтік мәселелер жөніндегі тұрақты комиссияның ІІ тоқсандағы жұмысы туралы', 'АҚПАРАТ'])).toBe('commission');
  });
  it('a letterhead whose field is a list ("Жастар саясаты, спорт және мәдениет мәселелері жөніндегі комиссиясы") is a commission\'s', () => {
    expect(reportAuthor(['Ақтөбе қаласы Қоғамдық кеңесінің', 'Экология, жер қатынастары және құрылыс мәселелері жөніндегі комиссиясы', '2026 жылғы жұмыс туралы есеп'])).toBe('commission');
  });
  it('near miss: "Кеңес пен комиссияның жұмысы туралы" is the council\'s', () => {
    expect(reportAuthor(['Қоғамдық кеңес пен комиссияның 2026 жылғы жұмысы туралы', 'ЕСЕП'])).toBe('council');
  });
});
