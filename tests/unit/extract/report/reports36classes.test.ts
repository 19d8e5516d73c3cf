/**
 * Classes of set 36's reports (documents as they arrive mangled): a table copied one cell a line, its header's cells over
 * two lines (cellPerLineTable.ts; a table's last cell by a numbered page break is no page number: pageFurniture.ts); a
 * paragraph saved twice read once (repeatedParagraphs.ts); a form's question pasted twice with answers that differ
 * (joinValueLines.answeredTwice, answersThatDiffer.ts) and its sub-numbered questions with no colon; a number glued to a
 * letter like a digit ("1O", "З8") and a track change's deleted number are no counts (readFigures, maskNeverCounts); a
 * title's year typed with a letter, or its part of the year in words unread (readPeriod); a plan for a part of the year
 * (readFigures' PLAN_HEADING); "ескертусіз" is without remarks, "N проектов поддержаны" approved (lexicon/figures.json);
 * "Введено в состав ОС в отчетном квартале" (lexicon/tableRows.json); a line opening with a wrapped comma
 * (continuesSentence.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { readCellPerLineTables } from '../../../../sources/extract/report/cellPerLineTable.ts';
import { blankRepeatedParagraphs } from '../../../../sources/extract/report/repeatedParagraphs.ts';

const ruTitle = 'ОТЧЕТ О РАБОТЕ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
const kkTitle = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';
const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const candidate = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);

describe('a table copied one cell a line: rows rebuilt from a header of as many cells', () => {
  const ru = [
    '№', 'п/п', 'Показатель', 'План', 'на 2025 г.', 'Факт', '2025 г.', '2024 г.', '(справочно)',
    '1', 'Заседания Общественного совета', '6', '7', '5',
    '2', 'Заседания президиума ОС', '4', '4', '3',
    '3', 'Мониторинги', '10', '12', '9',
    '4', 'Круглые столы', '4', '5',
    '5', 'Обращения граждан', '–', 'З8', '29',
  ];
  // The mangled cell "З8" is read as the 38 it was typed for (repairCopy: a letter drawn as a digit in a token otherwise digits).
  it('ru: the fact column read; a row short of a cell gives no figure, a cell "З8" is read repaired', () => {
    const text = `${ruTitle}Основные показатели (таблица 1)\n\n${ru.join('\n')}\n\nИсполнитель: секретарь.\n`;
    expect(figure(text, 'general_meetings')).toBe(7);
    expect(figure(text, 'presidium_meetings')).toBe(4);
    expect(figure(text, 'monitorings')).toBe(12);
    expect(figure(text, 'round_tables')).toBeUndefined();
    expect(figure(text, 'appeals_received')).toBe(38);
  });
  it('kk: a Kazakh header "Жоспар" / "Нақты" / "2024 ж." over its rows', () => {
    const kk = ['№', 'Көрсеткіш', 'Жоспар', 'Нақты', '2024 ж.', '1', 'Кеңес отырыстары', '4', '5', '3', '2', 'Қоғамдық мониторинг', '8', '9', '6', '3', 'Дөңгелек үстелдер', '2', '3', '1'];
    const text = `${kkTitle}Негізгі көрсеткіштер\n\n${kk.join('\n')}\n\nХатшы.\n`;
    const lines = readCellPerLineTables(text.split('\n'));
    expect(lines).toContain('№\tКөрсеткіш\tЖоспар\tНақты\t2024 ж.');
    expect(lines).toContain('2\tҚоғамдық мониторинг\t8\t9\t6');
    expect(figure(text, 'monitorings')).toBe(9);
    expect(figure(text, 'round_tables')).toBe(3);
  });
  it('variant: a page break (page number, running header) inside the table, the last cell of a page kept', () => {
    const cells = ['№', 'Показатель', 'План', 'Факт', '1', 'Заседания ОС', '4', '5', '2', 'Мониторинги', '6', '9', '', '– 1 –', '', 'Отчет о деятельности ОС за 2025 год', '', '3', 'Круглые столы', '2', '3'];
    const text = `${ruTitle}Таблица\n\n${cells.join('\n')}\n\nПредседатель.\n\n– 2 –\n\nОтчет о деятельности ОС за 2025 год\n\nКонец.\n`;
    expect(figure(text, 'monitorings')).toBe(9);
    expect(figure(text, 'round_tables')).toBe(3);
  });
  it('near-miss: a header of other cells than the rows, or two rows only, is left as typed', () => {
    const wrong = ['Показатель', 'План', 'Факт', '2024', '1', 'Заседания ОС', '4', '5', '2', 'Мониторинги', '6', '9', '3', 'Круглые столы', '2', '3'];
    expect(readCellPerLineTables(wrong)).toEqual(wrong);
    const two = ['№', 'Показатель', 'План', 'Факт', '1', 'Заседания ОС', '4', '5', '2', 'Мониторинги', '6', '9'];
    expect(readCellPerLineTables(two)).toEqual(two);
  });
});

describe('a paragraph saved twice is one statement, not a sum', () => {
  const ruPara = 'Мониторинги: проведено 5 общественных мониторингов: 12.02.2025 – больница; 19.03.2025 – вода.';
  const kkPara = 'Мониторингтер: жарты жыл ішінде 5 қоғамдық мониторинг жүргізілді: 12.02.2025 – аурухана; 19.03.2025 – су.';
  it('ru and kk: the second copy is blanked, the count read once', () => {
    for (const [title, para] of [[ruTitle, ruPara], [kkTitle, kkPara]]) {
      const text = `${title}${para}\n\n${para}\n`;
      expect(figure(text, 'monitorings')).toBe(5);
      const once = parseReport(`${title}${para}\n`).activities.filter((a) => a.type === 'monitoring');
      expect(parseReport(text).activities.filter((a) => a.type === 'monitoring')).toHaveLength(once.length);
      expect(parseReport(text).issues.filter((x) => /stated as/u.test(x.message))).toEqual([]);
    }
  });
  it('variant: a paragraph of two wrapped lines repeated', () => {
    const lines = ['Кенеске 6 нормативтiк кукыктык акт жобасы келiп тустi ,', 'барлыгы каралды : 5 жоба колдау тапты .'];
    expect(blankRepeatedParagraphs([...lines, '', ...lines])).toEqual([...lines, '', '', '']);
  });
  it('near-miss: a short line repeated (a section heading), or two paragraphs that differ, stay', () => {
    const short = ['Раздел 4. Обращения граждан', '', 'Раздел 4. Обращения граждан'];
    expect(blankRepeatedParagraphs(short)).toEqual(short);
    const differ = [ruPara, '', ruPara.replace('5', '6')];
    expect(blankRepeatedParagraphs(differ)).toEqual(differ);
  });
});

describe('a form\'s question answered twice: two answers that differ are candidates, never a figure', () => {
  const form = (a: string, b: string) => [
    'АНКЕТА-ОТЧЕТ о деятельности Общественного совета за IV квартал 2025 года', '',
    '2.2. Заседания президиума ОС', '1 (с начала года – 4)', '',
    '3.2. Общественный мониторинг (кол-во)', '5 (с начала года – 18)', '',
    '4.1. Поступило обращений в ОС (кол-во)', a, '',
    '4.2. Направлено писем (запросов) в госорганы / получено ответов', '6 / 5', '',
    '4.1. Поступило обращений в ОС (кол-во)', b, '',
  ].join('\n');
  it('ru: "9" and "11" for one question: both candidates with the reason; the questions without a colon read', () => {
    const text = form('9', '11');
    expect(figure(text, 'appeals_received')).toBeUndefined();
    expect(candidate(text, 'appeals_received').sort()).toEqual([11, 9]);
    expect(parseReport(text).candidates.find((c) => c.metric === 'appeals_received')?.why).toMatch(/twice/);
    expect(figure(text, 'presidium_meetings')).toBe(1);
    expect(figure(text, 'monitorings')).toBe(5);
  });
  it('variant: the same answer twice is one statement', () => {
    const text = form('9', '9');
    expect(figure(text, 'appeals_received')).toBe(9);
    expect(candidate(text, 'appeals_received')).toEqual([]);
  });
  it('kk: "4.1. Түскен өтініштер:" answered "7" and "8"', () => {
    const text = ['Қоғамдық кеңестің 2025 жылғы IV тоқсандағы қызметі туралы АҚПАРАТ', '', '1.1. Кеңес отырыстары:', '2', '', '3.1. Қоғамдық мониторинг:', '4', '', '4.1. Түскен өтініштер:', '7', '', '4.1. Түскен өтініштер:', '8', ''].join('\n');
    expect(figure(text, 'appeals_received')).toBeUndefined();
    expect(candidate(text, 'appeals_received').sort()).toEqual([7, 8]);
    expect(figure(text, 'monitorings')).toBe(4);
  });
  it('near-miss: a heading numbered "1." over a paragraph is no question; two different questions are no duplicate', () => {
    const text = `${ruTitle}1. Состав Общественного совета\nВ составе Общественного совета 19 членов.\n\n2.1. Заседания ОС\n2\n\n2.2. Заседания президиума ОС\n2\n\n2.3. Заседания постоянных комиссий\n10\n`;
    expect(figure(text, 'members_total')).toBe(19);
    expect(figure(text, 'presidium_meetings')).toBe(2);
    expect(figure(text, 'commission_meetings')).toBe(10);
  });
});

describe('a number the copy mangled is no count; a deleted number of a track change neither', () => {
  // repairCopy reads a letter drawn as a digit inside a token otherwise digits as that digit; the quote keeps it as typed.
  it('ru: "1O заседаний", "З8 обращений", "l5 мониторингов" are read as 10, 38, 15, quoted as typed', () => {
    const text = `${ruTitle}Проведено 1O заседаний комиссий. Поступило З8 обращений. Проведено l5 мониторингов, 5 круглых столов.\n`;
    expect(figure(text, 'commission_meetings')).toBe(10);
    expect(figure(text, 'appeals_received')).toBe(38);
    expect(figure(text, 'monitorings')).toBe(15);
    expect(figure(text, 'round_tables')).toBe(5);
    expect(parseReport(text).figures.find((f) => f.metric === 'appeals_received')?.text).toBe('Поступило З8 обращений.');
  });
  it('kk and ru: "[удалено: 10] 11", "[жойылды: 3] 4": the deleted number is never read', () => {
    expect(figure(`${ruTitle}Ответы даны по [удалено: 10] 11 обращениям.\n`, 'appeals_answered')).not.toBe(10);
    expect(figure(`${kkTitle}Кеңес [жойылды: 3] 4 мониторинг жүргізді.\n`, 'monitorings')).not.toBe(3);
  });
  it('near-miss: "5 о …", "2025 ж." and "10-нан" are no mangled numbers', () => {
    expect(figure(`${ruTitle}Проведено 10 мониторингов.\n`, 'monitorings')).toBe(10);
    expect(figure(`${kkTitle}Кеңес 4 мониторинг жүргізді.\n`, 'monitorings')).toBe(4);
  });
});

describe('a title whose year or part of the year is mangled', () => {
  it('kk: "2O25 жылдың бірінші жартыжылдығы" with dates of 2025 is the first half of 2025', () => {
    const text = 'ҚОҒАМДЫҚ КЕҢЕС\n\n2O25 жылдың бірінші жартыжылдығындағы қызметі туралы\n\nКеңестің 3 отырысы (26.02.2025, 16.04.2025) өткізілді.\n';
    expect(parseReport(text).period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });
  it('ru variant: "за I полугодие 2О25 года" (Cyrillic О)', () => {
    const text = 'ОТЧЕТ\nза I полугодие 2О25 года\n\nЗаседания: 12.03.2025, 20.05.2025.\n';
    expect(parseReport(text).period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });
  // A year typed with a letter for a digit is repaired before the period is read (repairCopy): "2О24" is 2024, as typed.
  it('near-miss: a title naming a part of the year that cannot be read gives no period — never the dates\' whole year', () => {
    expect(parseReport('ОТЧЕТ\nза I полугодие 2О24 года\n\nЗаседания: 12.03.2025, 20.05.2025.\n').period).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(parseReport('ОТЧЕТ\nза полугодие\n\nЗаседания: 12.03.2025, 20.05.2025.\n').period).toBeNull();
    expect(parseReport('ЕСЕП\nжартыжылдык\n\nОтырыс 26.02.2025.\n').period).toBeNull();
    // Kazakh typed on a Russian keyboard with a Latin "i" (repairCopy): the part in words is read.
    expect(parseReport('КЕНЕС\n\n2O25 жылдын бiрiншi жартыжылдыгындагы кызметi\n\nОтырыс 26.02.2025 , 16.04.2025 .\n').period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(parseReport('ОТЧЕТ\n\nЗаседания: 12.03.2025, 20.05.2025.\n').period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('a plan for a part of the year, a keyboard\'s spelling too', () => {
  it('kk: "9. Екінші жартыжылдыққа жоспар : 2 отырыс , 1 семинар" states no figure', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықтағы қызметі туралы есеп\n\n1. Кеңес 3 отырыс өткізді.\n\n9. Екінші жартыжылдыкка жоспар : 2 отырыс , 1 семинар .\n';
    expect(figure(text, 'seminars')).toBeUndefined();
    expect(figure(text, 'general_meetings')).toBe(3);
  });
  it('ru: "План на II полугодие: 2 заседания, 1 семинар" the same', () => {
    const text = 'Отчет о работе Общественного совета за I полугодие 2025 года\n\n1. Проведено 3 заседания.\n\n9. План на II полугодие: 2 заседания, 1 семинар.\n';
    expect(figure(text, 'seminars')).toBeUndefined();
  });
  it('near-miss: "жартыжылдық жоспар бойынша 4 мониторинг өткізілді" is work done', () => {
    const h1 = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықтағы қызметі туралы есеп\n\n';
    expect(figure(`${h1}Жартыжылдық жоспар бойынша 4 мониторинг өткізілді.\n`, 'monitorings')).toBe(4);
    expect(figure(`${h1}Жартыжылдық жоспар орындалды: 4 мониторинг өткізілді.\n`, 'monitorings')).toBe(4);
  });
});

describe('"ескертусіз" is without remarks', () => {
  it('kk: "5 жоба ескертусіз қолдау тапты, 1 жоба бойынша ескертулер жіберілді"', () => {
    const text = `${kkTitle}Кеңеске 6 жоба келіп түсті: 5 жоба ескертусіз қолдау тапты, 1 жоба бойынша ескертулер жіберілді.\n`;
    expect(figure(text, 'npa_with_remarks')).not.toBe(5);
  });
  it('near-miss: "2 жоба бойынша ескертулер" is with remarks', () => {
    expect(figure(`${kkTitle}2 жоба бойынша ескертулер жіберілді.\n`, 'npa_with_remarks')).toBe(2);
  });
});

describe('"N проектов поддержаны" is approved; "согласованы с замечаниями" is not', () => {
  it('ru: "11 проектов поддержаны без замечаний, по 3 проектам направлены замечания"', () => {
    const text = `${ruTitle}Поступило 14 проектов НПА; 11 проектов поддержаны без замечаний, по 3 проектам направлены замечания.\n`;
    expect(figure(text, 'npa_approved')).toBe(11);
    expect(figure(text, 'npa_with_remarks')).toBe(3);
  });
  it('kk: "11 жоба қолдау тапты" the same', () => {
    expect(figure(`${kkTitle}Кеңеске 14 НҚА жобасы келіп түсті, 11 жоба қолдау тапты.\n`, 'npa_approved')).toBe(11);
  });
  it('near-miss: "5 проектов согласованы с замечаниями" is no approval', () => {
    expect(figure(`${ruTitle}Рассмотрено 9 проектов НПА, 5 проектов согласованы с замечаниями.\n`, 'npa_approved')).toBeUndefined();
  });
});

describe('a form\'s "Введено в состав ОС в отчетном квартале (чел.)" is the members who joined', () => {
  const form = (a: string, b: string) => [
    'АНКЕТА-ОТЧЕТ о деятельности Общественного совета за IV квартал 2025 года', '',
    '1.1. Количество членов ОС на конец отчетного периода (чел.)', '17', '',
    `1.2. ${a} (чел.)`, '1  (решение маслихата района от 14.11.2025 № 213)', '',
    `1.3. ${b} (чел.)`, '2  (по собственному желанию)', '',
  ].join('\n');
  it('ru: joined 1 and left 2 in the quarter', () => {
    const text = form('Введено в состав ОС в отчетном квартале', 'Выведено из состава ОС в отчетном квартале');
    expect(figure(text, 'members_joined')).toBe(1);
    expect(figure(text, 'members_left')).toBe(2);
  });
  it('variant: "в отчетном полугодии"', () => {
    const text = form('Введено в состав ОС в отчетном полугодии', 'Выведено из состава ОС в отчетном полугодии').replace('IV квартал', 'I полугодие');
    expect(figure(text, 'members_joined')).toBe(1);
    expect(figure(text, 'members_left')).toBe(2);
  });
  it('kk: "Тоқсанда құрамға енгізілген мүшелер:" the same', () => {
    const text = ['Қоғамдық кеңестің 2025 жылғы IV тоқсандағы қызметі туралы АҚПАРАТ', '', '1.1. Кеңес мүшелерінің саны:', '17', '', '1.2. Құрамға енгізілген мүшелер:', '1', '', '1.3. Құрамнан шыққан мүшелер:', '2', ''].join('\n');
    expect(figure(text, 'members_joined')).toBe(1);
    expect(figure(text, 'members_left')).toBe(2);
  });
  it('near-miss: "Введено в состав рабочей группы в отчетном квартале" is no member of the council', () => {
    const text = form('Введено в состав рабочей группы в отчетном квартале', 'Выведено из состава рабочей группы в отчетном квартале');
    expect(figure(text, 'members_joined')).toBeUndefined();
    expect(figure(text, 'members_left')).toBeUndefined();
  });
});

describe('a line that opens with the comma typed after a space goes on the sentence above', () => {
  it('ru: "Направлено 22 письма в государственные органы" / ", получено 19 ответов."', () => {
    const text = `${ruTitle}Направлено 22 письма в государственные органы\n, получено 19 ответов.\n`;
    expect(figure(text, 'letters_sent')).toBe(22);
    expect(figure(text, 'letters_answered')).toBe(19);
  });
  it('kk: "Мемлекеттік органдарға 12 хат жіберілді" / ", оның 10-ына жауап алынды."', () => {
    const text = `${kkTitle}Мемлекеттік органдарға 12 хат жіберілді\n, оның 10-ына жауап алынды.\n`;
    expect(figure(text, 'letters_answered')).toBe(10);
  });
  it('near-miss: a sentence ended with a stop is not continued by the next line\'s comma', () => {
    const text = `${ruTitle}Направлено 22 письма в государственные органы.\n\n, 5 заседаний.\n`;
    expect(figure(text, 'letters_answered')).toBeUndefined();
  });
});
