/**
 * Session 24's plan-and-fact tables (sets 62 Glubokoe, 63 Atyrau): a Word table's header cell "План на I полугодие" is no
 * plan section of the text (it had blanked the whole report after it); a plan's cell that tells when, not how many ("по
 * мере поступления"), refuses no row; a plan's and a fact's column run together in a PDF's header ("ІІ тоқсанға жоспар
 * Нақты орындалды") split; the plan of the report's own quarter is no fact; a "Справочно:" note that says its data are
 * left out of the report's states nothing. Each with a variant of our own and a near-miss.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figures = (text: string) => Object.fromEntries(parseReport(`${text}\n`).figures.map((f) => [f.metric, f.value]));
/** A Word table as a .docx reads: a cell a line, each opening with a tab, a blank line after it. */
const wordTable = (rows: string[][]) => [...rows.flat().map((c) => `\t${c}`), ''];

describe('a Word table of plan and fact (set 63 Atyrau)', () => {
  const head = ['ИНФОРМАЦИЯ', 'о работе Общественного совета за I полугодие 2026 года', '1. Выполнение плана работы.'];
  const table = (plan: string) => wordTable([
    ['Мероприятие', 'План на I полугодие', 'Факт', '% исполнения'], ['Заседания Общественного совета', '3', '3', '100'],
    ['Мониторинги', '4', '5', '125'], ['Круглые столы', '2', '1', '50'], ['Экспертиза проектов НПА', plan, '5', '–'],
  ]);
  const prose = ['2. Обращения граждан. В Совет поступило 11 обращений, из них 9 от физических лиц и 2 от юридических лиц.'];
  it('the fact column read, "по мере поступления" in the plan\'s; the text after the table read', () => {
    const f = figures([...head, ...table('по мере поступления'), ...prose].join('\n'));
    expect([f.general_meetings, f.monitorings, f.round_tables, f.npa_reviewed]).toEqual([3, 5, 1, 5]);
    expect([f.appeals_received, f.appeals_individuals, f.appeals_legal_entities]).toEqual([11, 9, 2]);
  });
  it('variant kk: "түсуіне қарай" in the plan\'s cell', () => {
    const kk = ['2026 жылғы І жартыжылдықтағы Қоғамдық кеңестің жұмысы туралы ақпарат', ...wordTable([
      ['Іс-шара', 'Жоспар', 'Нақты', 'Орындалуы, %'], ['Кеңес отырыстары', '3', '3', '100'], ['Қоғамдық мониторинг', '4', '5', '125'],
      ['Қаралған НҚА жобалары', 'түсуіне қарай', '6', '–'],
    ]), 'Өтініштер: 7.'];
    const f = figures(kk.join('\n'));
    expect([f.general_meetings, f.monitorings, f.npa_reviewed]).toEqual([3, 5, 6]);
  });
  it('near-miss: a plan\'s cell of words no schedule says ("уточняется") leaves the table unread — no plan read as fact', () => {
    const f = figures([...head, ...table('уточняется'), ...prose].join('\n'));
    expect(f.monitorings).toBeUndefined();
    expect(f.round_tables).toBeUndefined();
    expect(f.appeals_received).toBe(11);
  });
});

describe('a plan\'s and a fact\'s columns run together in a PDF\'s header (set 62 Glubokoe)', () => {
  it('kk: "ІІ тоқсанға жоспар Нақты орындалды" — the fact, not the plan of the report\'s own quarter', () => {
    const text = [
      'ГЛУБОКОЕ АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ', '2024 жылғы ІІ тоқсандағы жұмысы туралы есеп', '',
      'Іс-шара түрі\tІІ тоқсанға жоспар Нақты орындалды', 'Кеңес отырыстары\t2\t2', 'Есептерді тыңдау\t3\t2', 'Дөңгелек үстелдер\t2\t1',
      'Мемлекеттік органдарға жіберілген хаттар\t4\t3',
    ];
    const f = figures(text.join('\n'));
    expect([f.general_meetings, f.report_hearings, f.round_tables, f.letters_sent]).toEqual([2, 2, 1, 3]);
  });
  it('variant ru: "План на 2024 год Факт"', () => {
    const text = ['Отчет о работе Общественного совета за 2024 год', '', 'Мероприятие\tПлан на 2024 год Факт', 'Заседания Совета\t6\t7', 'Мониторинги\t8\t10', 'Круглые столы\t3\t2'];
    const f = figures(text.join('\n'));
    expect([f.general_meetings, f.monitorings, f.round_tables]).toEqual([7, 10, 2]);
  });
  it('near-miss: the plan of the report\'s own quarter alone is no fact', () => {
    const text = ['2024 жылғы ІІ тоқсандағы жұмысы туралы есеп', '', 'Іс-шара түрі\tІІ тоқсанға жоспар', 'Кеңес отырыстары\t2', 'Есептерді тыңдау\t3', 'Дөңгелек үстелдер\t2'];
    const f = figures(text.join('\n'));
    expect([f.general_meetings, f.report_hearings, f.round_tables]).toEqual([undefined, undefined, undefined]);
  });
});

describe('a "Справочно:" note that says its data are left out of the report\'s', () => {
  const RU = 'Информация о работе Общественного совета при управлении энергетики Атырауской области за I полугодие 2026 года\n\nПроведено 3 заседания.\n';
  it('set 63: "… Общественным советом Атырауской области … проведено 9 заседаний. Эти данные в настоящую информацию не включены."', () => {
    const f = figures(`${RU}Справочно: Общественным советом Атырауской области за I полугодие 2026 года проведено 9 заседаний. Эти данные в настоящую информацию не включены.`);
    expect(f.general_meetings).toBe(3);
  });
  it('variant kk: "Анықтама үшін: … 11 отырыс өткізді. Бұл деректер есепке енгізілмеген."', () => {
    const kk = '2026 жылғы І жартыжылдықтағы Қоғамдық кеңестің жұмысы туралы ақпарат\n\nКеңестің 3 отырысы өтті.\nАнықтама үшін: облыстық кеңес 11 отырыс өткізді. Бұл деректер есепке енгізілмеген.';
    expect(figures(kk).general_meetings).toBe(3);
  });
  it('near-miss: a note of the council\'s own total, not said to be left out, is weighed as before (not blanked)', () => {
    const f = figures(`Отчет о работе Общественного совета за 2026 год\n\nСправочно: всего публикаций о деятельности Совета – 118.`);
    expect(f.publications).toBe(118);
  });
});
