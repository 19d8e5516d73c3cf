/**
 * The classes of phrasing the sixth blind held-out set showed misread or
 * missed in reports (tests/unit/extract/heldOut6Reports.test.ts), each tested
 * beyond the sentence it came from, in Russian and Kazakh, with near misses
 * that must state nothing (or only a candidate): appeals received of which a
 * part was carried over from an earlier year, a platform's count beside a
 * total word in its bracket, the bodies heard counted in Kazakh, a count after
 * "бюджетінің жобасы бойынша", a Kazakh title "… туралы АҚПАРАТ".
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмыс қорытындысы туралы есеп';
const report = (text: string, title = RU) => parseReport(`${title}\n\n${text}\n`);
const figures = (text: string, title?: string) => report(text, title).figures.map((f) => `${f.metric}=${f.value}`).sort();
const candidates = (text: string, title?: string) => report(text, title).candidates.map((c) => `${c.metric}=${c.value}`).sort();

describe('appeals received of which a part came over from an earlier year: a candidate, never a figure', () => {
  it.each([
    ['Кеңеске 63 өтініш келіп түсті. Оның ішінде 7 өтініш 2024 жылдан ауысып келді.', KK],
    ['Кеңеске 63 өтініш түсті.\nОның 7-і өткен жылдан қалған өтініштер.', KK],
    ['Кеңеске 63 өтініш түсті, оның ішінде 7 өтініш былтырдан ауысқан.', KK],
    ['В Совет поступило 63 обращения. Из них 7 обращений перешли с 2024 года.', RU],
    ['В Совет поступило 63 обращения, в том числе 7, перешедших с прошлого года.', RU],
    ['В Совет поступило 63 обращения граждан.\nИз прошлого года перешло 7 обращений.', RU],
  ])('%s', (text, title) => {
    expect(figures(text, title)).not.toContain('appeals_received=63');
    expect(candidates(text, title)).toContain('appeals_received=63');
    expect(figures(text, title)).not.toContain('appeals_received=56');
  });

  it.each([
    // carried forward to the next year: all were received in the period
    ['Кеңеске 63 өтініш түсті. Оның 7-і 2026 жылға ауысты.', KK, 'appeals_received=63'],
    ['В Совет поступило 63 обращения. 7 из них перешли на 2026 год.', RU, 'appeals_received=63'],
    // another paragraph speaks of other things carried over
    ['В Совет поступило 63 обращения.\n\nИз 2024 года перешли 2 проекта НПА.', RU, 'appeals_received=63'],
  ])('%s', (text, title, want) => {
    expect(figures(text, title)).toContain(want);
  });
});

describe("a commission's own report states its own counts", () => {
  const RU_COMMISSION = 'ОТЧЕТ\nо работе постоянной комиссии по вопросам молодежной политики\nОбщественного совета области\nза 9 месяцев 2025 года';
  const KK_COMMISSION = 'Қоғамдық кеңестің жастар саясаты жөніндегі тұрақты комиссиясының\n2025 жылғы жұмысы туралы есеп';
  it.each([
    ['Всего комиссия провела 7 заседаний, 3 мониторинга, 2 круглых стола и один семинар.', RU_COMMISSION, ['commission_meetings=7', 'monitorings=3', 'round_tables=2', 'seminars=1']],
    ['Комиссия рассмотрела 11 проектов НПА. В комиссию поступило 14 обращений.', RU_COMMISSION, ['appeals_received=14', 'npa_reviewed=11']],
    ['Комиссия 3 мониторинг жүргізді, 2 дөңгелек үстел өткізді.', KK_COMMISSION, ['monitorings=3', 'round_tables=2']],
  ])('%s', (text, title, want) => {
    expect(figures(text, title)).toEqual(want);
  });

  it.each([
    // a council's report: the commission's counts are a part of the council's
    ['Комиссия провела 3 мониторинга.', RU, 'monitorings=3'],
    ['Комиссия 3 мониторинг жүргізді.', KK, 'monitorings=3'],
    // a commission's report that also states the council's totals: its own counts are parts
    ['Комиссия провела 3 мониторинга. Всего Советом проведено 16 мониторингов.', 'Отчет о работе комиссии по социальным вопросам за 2025 год', 'monitorings=3'],
    // the council's report "and its commissions" is the council's
    ['Комиссия провела 3 мониторинга.', 'Отчет о работе Общественного совета и его комиссий за 2025 год', 'monitorings=3'],
  ])('%s (%s): a candidate', (text, title, want) => {
    expect(figures(text, title)).not.toContain(want);
    expect(candidates(text, title)).toContain(want);
  });
});
