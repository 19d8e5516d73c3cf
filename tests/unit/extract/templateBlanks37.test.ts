/**
 * Documents written on a template and left half-filled (held-out set 135's theme): a placeholder ("___", "ХХ", "N",
 * "[указать …]", "(көрсетілсін)", "…", "толтырылмады" / "не заполнено" as a value) or the template's own sample
 * ("(мысалы, 4)", "(например: …)", "Образец: …") is never a figure, an item, a person or a vote; a filled field is
 * (templateBlanks.ts and the readers it feeds). Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { parseDatePhrase } from '../../../sources/extract/parseDatePhrase.ts';
import { withoutTemplateBlanks } from '../../../sources/extract/templateBlanks.ts';

const report = (lines: string[]) => parseReport(lines.join('\n'));
const figures = (lines: string[]) => Object.fromEntries(report(lines).figures.map((f) => [f.metric, f.value]));
const media = (lines: string[]) => Object.fromEntries(report(lines).media.map((m) => [m.platform, m.publications]));

describe('the blanks and samples themselves', () => {
  it('blanks placeholders to spaces of their length, keeping tabs', () => {
    for (const line of ['Диалоговых площадок – N', 'Письма: ХХ', 'Семинарлар: …', 'Дөңгелек үстелдер: (көрсетілсін)', 'Комиссий: [указать количество]', '\t___']) {
      const out = withoutTemplateBlanks(line);
      expect(out.length).toBe(line.length);
      expect(out).not.toMatch(/N$|ХХ|…|көрсетілсін|указать|_/u);
    }
    expect(withoutTemplateBlanks('\t___')).toBe('\t   ');
  });
  it('keeps what is no blank: "№ 5", "N 5", a Roman "XX ғасыр", a word with N or X inside, dots in a sentence', () => {
    for (const line of ['Протокол N 5 от 12.03.2026', 'XX ғасырдың басында', 'Instagram – 12, AMANAT', 'Слушали… и решили', 'Хаттама № 7', 'Кесте толтырылмады деп көрсетілді.']) {
      expect(withoutTemplateBlanks(line)).toBe(line);
    }
  });
  it('blanks a sample in brackets and a sample line, not the filled value beside it', () => {
    expect(withoutTemplateBlanks('Кеңес отырыстарының саны (мысалы, 4): 3').replace(/\s+/gu, ' ')).toBe('Кеңес отырыстарының саны : 3');
    expect(withoutTemplateBlanks('Присутствовали: 9 (например: 10 из 12)').trim()).toBe('Присутствовали: 9');
    expect(withoutTemplateBlanks('Образец: «Заслушан отчёт ____ от __.__.20__»').trim()).toBe('');
    // "Мысалы, биыл …" opens a sentence of the text's own: no colon, no sample.
    expect(withoutTemplateBlanks('Мысалы, биыл 3 мониторинг өтті.')).toBe('Мысалы, биыл 3 мониторинг өтті.');
  });
});

describe('a report on a half-filled form states only its filled fields', () => {
  it('Russian: a placeholder value never takes the next field\'s count ("диалоговых площадок – N, семинаров – 2")', () => {
    const f = figures(['ОТЧЁТ о работе Общественного совета за 2025 год', '', 'Круглых столов – 4, диалоговых площадок – N, семинаров – 3.']);
    expect([f.round_tables, f.dialog_platforms, f.seminars]).toEqual([4, undefined, 3]);
  });
  it('Kazakh: "дөңгелек үстелдер – ХХ, семинарлар – 2" (near miss: a filled value is read)', () => {
    const blank = figures(['2025 ЖЫЛҒЫ ҚЫЗМЕТІ ТУРАЛЫ ЕСЕП', '', 'Мониторингтер – 6, дөңгелек үстелдер – ХХ, семинарлар – 2.']);
    expect([blank.monitorings, blank.round_tables, blank.seminars]).toEqual([6, undefined, 2]);
    const filled = figures(['2025 ЖЫЛҒЫ ҚЫЗМЕТІ ТУРАЛЫ ЕСЕП', '', 'Круглых столов – 4, диалоговых площадок – 1, семинаров – 3.']);
    expect(filled.dialog_platforms).toBe(1);
  });
  it('a sample in brackets beside the filled count, and a sample of platforms, are no figures', () => {
    const lines = ['2026 ЖЫЛДЫҢ ІІ ТОҚСАНЫНДАҒЫ ЖҰМЫС ТУРАЛЫ АҚПАРАТ', '', 'Кеңес отырыстары (мысалы, 5): 2', 'Мониторингтер: 4', 'Комиссия отырыстары: 3', '',
      'Жарияланымдар: 9 (мысалы: сайт – 5, Instagram – 10)', 'Telegram: 6', 'Instagram: 3', 'Сайт:'];
    expect(figures(lines).general_meetings).toBe(2);
    expect(media(lines)).toEqual({ telegram: 6, instagram: 3 });
  });
  it('a pipe form with "толтырылмады" / "не заполнено" / "(көрсетілсін)" cells is read, those rows left out', () => {
    const kk = figures(['2026 ЖЫЛДЫҢ ІІ ТОҚСАНЫНДАҒЫ ЖҰМЫС ТУРАЛЫ АҚПАРАТ', '', 'Көрсеткіш              | ІІ тоқсан', '-----------------------+----------',
      'Кеңес отырыстары       | 3', 'Төралқа отырыстары     | толтырылмады', 'Мониторингтер          | 4', 'Дөңгелек үстелдер      | (көрсетілсін)', 'Семинарлар             | 2']);
    expect([kk.general_meetings, kk.presidium_meetings, kk.monitorings, kk.round_tables, kk.seminars]).toEqual([3, undefined, 4, undefined, 2]);
    const ru = figures(['ИНФОРМАЦИЯ о работе Общественного совета за II квартал 2026 года', '', 'Показатель             | II квартал', '-----------------------+-----------',
      'Заседания Совета       | 2', 'Заседания президиума   | не заполнено', 'Мониторинги            | 5', 'Круглые столы          | …', 'Семинары               | 1']);
    expect([ru.general_meetings, ru.presidium_meetings, ru.monitorings, ru.round_tables, ru.seminars]).toEqual([2, undefined, 5, undefined, 1]);
  });
  it('a field left empty neither takes the row above\'s count nor ends the block of numbered fields', () => {
    const f = figures(['Есепті ай: 2026 жылғы қараша', '', 'II. ОТЫРЫСТАР', 'Кеңес отырысы: 1 (2026 жылғы 18 қараша, № 11 хаттама)', 'Төралқа отырысы:', 'Комиссиялар отырыстары: 2']);
    expect([f.general_meetings, f.presidium_meetings, f.commission_meetings]).toEqual([1, undefined, 2]);
    const g = figures(['2026 ЖЫЛҒЫ І ЖАРТЫЖЫЛДЫҚТАҒЫ ҚЫЗМЕТІ ТУРАЛЫ ЕСЕП', '', '2. ОТЫРЫСТАР', '2.1. Кеңес отырыстарының саны: 4', '2.2. Төралқа отырыстары: ___', '2.3. Комиссия отырыстары: 6']);
    expect([g.general_meetings, g.presidium_meetings, g.commission_meetings]).toEqual([4, undefined, 6]);
  });
  it('a monthly form\'s "Есепті ай" / "Отчётный месяц" field is the period; a year\'s period field is not a month', () => {
    expect(report(['Ай сайынғы ақпарат', 'Есепті ай: 2026 жылғы қараша', 'Мониторингтер: 2']).period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(report(['Ежемесячная информация', 'Отчётный месяц: март 2026 г.', 'Мониторинги: 2']).period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(report(['АҚПАРАТ', 'Есепті кезең: 2026 жыл', 'Мониторингтер: 2']).period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('a protocol on a half-filled form', () => {
  const HEAD = ['ХАТТАМА № ___', 'Сарыағаш ауданы Қоғамдық кеңесінің отырысы', 'Сарыағаш қ.                     2026 жылғы 12 наурыз', '', 'Кеңес мүшелерінің саны: 11', 'Қатысқаны: 9 (мысалы: 12 мүшенің 10-ы)', ''];
  it('Kazakh: an unfilled number is no number, a sample beside the present count is none, an empty agenda slot is no item', () => {
    const p = parseProtocol([...HEAD, 'КҮН ТӘРТІБІ:', '1. Су құбыры туралы.', '2. Жол жөндеу туралы.', '3. (көрсетілсін)', '', '1. ТЫҢДАЛДЫ: Су құбыры туралы.'].join('\n'));
    expect([p.number, p.present, p.agenda.length]).toEqual([null, 9, 2]);
  });
  it('Russian: "4. ______" and "[Пример заполнения: …]" are no agenda items', () => {
    const p = parseProtocol(['ПРОТОКОЛ № 3', 'заседания Общественного совета Ордабасинского района', 'с. Темирлан                     «14» апреля 2026 г.', '', 'Присутствовали: 8', '',
      'ПОВЕСТКА ДНЯ:', '[Пример заполнения: 1. О ходе отопительного сезона 20__–20__ гг.]', '1. О водоснабжении.', '2. О ремонте школ.', '3. ______', '', 'СЛУШАЛИ: …'].join('\n'));
    expect(p.agenda.map((a) => a.no)).toEqual([1, 2]);
  });
  it('a bilingual results table: its agenda row spanned and wrapped, a row of placeholders no vote', () => {
    const p = parseProtocol(['ХАТТАМА / ПРОТОКОЛ № 4', '', 'Шардара қ. / г. Шардара          «9» сәуір / апреля 2026 ж./г.', '', 'Қатысқаны / Присутствовали | 9', '',
      'КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:', '1. Су туралы / О воде.', '2. Жол туралы / О дорогах.', '3. Әртүрлі / Разное.', '',
      'ДАУЫС БЕРУ НӘТИЖЕЛЕРІ / РЕЗУЛЬТАТЫ ГОЛОСОВАНИЯ', 'Мәселе / Вопрос   | Жақ / За   | Қарсы / Против | Қалыс / Воздерж. | Нәтиже / Итог',
      'Күн тәртібі /     | Бірауыздан / Единогласно                       | қабылданды /', 'Повестка          |                                                | принято',
      '1                 | 9          | 0              | 0                | қабылданды / принято', '2                 | 6          | 2              | 1                | қабылданды / принято',
      '3                 | ХХ         | ХХ             | ХХ               | толтырылмады / не заполнено'].join('\n'));
    expect(p.date).toBe('2026-04-09');
    expect(p.agenda.length).toBe(3);
    expect(p.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[null, null, null, true, 'adopted'], [9, 0, 0, false, 'adopted'], [6, 2, 1, false, 'adopted']]);
  });
  it('a month in both languages is one month; two months with a slash are not read as one', () => {
    expect(parseDatePhrase('«11» қараша / ноября 2026 ж./г.')?.start).toBe('2026-11-11');
    expect(parseDatePhrase('3 маусым / июня 2026 г.')?.start).toBe('2026-06-03');
    expect(parseDatePhrase('11 қараша / желтоқсан 2026 ж.')).toBeNull();
  });
});

// Merged with the votes read from names (readRollCall's name lists): a template's vote block left blank names no one.
describe('a vote block of labels left blank is no vote', () => {
  it.each([
    [['За: ____', 'Против: ____', 'Воздержались: ____', 'Решение: принято единогласно.']],
    [['Жақ:', 'Қарсы:', 'Қалыс:', 'Шешім: бірауыздан қабылданды.']],
  ])('%j', (block) => {
    const x = parseProtocol(['ПРОТОКОЛ № 5', '24.06.2026', 'Присутствовали 15 членов Совета.', '', ...block].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[null, null, null, true, 'adopted']]);
  });
});
