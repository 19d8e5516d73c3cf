/**
 * Report classes of held-out set 9: a letter correcting an earlier report (the corrected value wins, the old one is
 * never a figure), the half-year in a Kazakh title written in two words, numbers written in words and in digits
 * ("он төрт (14)"), a table without its outer frame, a year in a quoted name.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { MASK, maskNeverCounts } from '../../../../sources/extract/maskNeverCounts.ts';
import { blankNumberTwice } from '../../../../sources/extract/grammar/numberTwice.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const figures = (text: string) => figureMap(parseReport(text));
const masked = (text: string) => maskNeverCounts(text).replaceAll(MASK, '#');

describe('corrections: the old value is never a count', () => {
  it.each([
    ['Бұрын көрсетілген 12 мониторингті 14 деп оқу керек.', 'Бұрын көрсетілген ## мониторингті 14 деп оқу керек.'],
    ['НҚА жобаларының саны 8 емес, 9.', 'НҚА жобаларының саны # емес, 9.'],
    ['өтініштер саны 15 деп қате көрсетілген. Дұрысы – 11.', 'өтініштер саны ## деп қате көрсетілген. Дұрысы – 11.'],
    ['12 орнына 14 деп оқылсын', '## орнына 14 деп оқылсын'],
    ['вместо 12 мониторингов следует читать 14', 'вместо ## мониторингов следует читать 14'],
    ['число мониторингов 12 следует читать как 14', 'число мониторингов ## следует читать как 14'],
    ['рассмотрено не 8, а 9 проектов', 'рассмотрено не #, а 9 проектов'],
    ['вместо «12» указать «14»', 'вместо «##» указать «14»'],
  ])('%s', (text, want) => expect(masked(text)).toBe(want));

  it.each([
    'проведено 5 мониторингов, 3 круглых стола',
    'Кеңестің 8 отырысы өткізілді, 4 мониторинг жүргізілді',
    'рассмотрено 9 проектов, не поддержано 2',
  ])('no correction, nothing masked: %s', (text) => expect(masked(text)).toBe(text));

  it('a Russian correction letter: the corrected value, never the old one', () => {
    const text = `Уточненная информация о работе Общественного совета за 2025 год

В отчете вместо 12 мониторингов следует читать 14 мониторингов.
`;
    expect(figures(text).monitorings).not.toBe(12);
  });
});

describe('a table of old and corrected values', () => {
  const table = (old: string, corrected: string) => `Кеңестің 2025 жылғы жұмысы туралы нақтыланған ақпарат

  Р/с | Көрсеткіш                | ${old} | ${corrected}
  ----+--------------------------+------------+------------
  1   | Кеңес отырыстары         |      3     |     3
  2   | Қоғамдық мониторингтер   |     12     |    14
  3   | Дөңгелек үстелдер        |      2     |     1
`;
  it.each([
    ['№ 41 хатта', 'Нақтыланған'],
    ['Бұрын       ', 'Түзетілген '],
    ['Было указано', 'Уточнено   '],
    ['Ранее      ', 'Исправлено '],
  ])('%s | %s: the corrected column', (old, corrected) => {
    expect(figures(table(old, corrected))).toEqual({ general_meetings: 3, monitorings: 14, round_tables: 1 });
  });

  it('two columns and neither corrected nor of the period: nothing', () => {
    expect(figures(table('Бірінші    ', 'Екінші     '))).toEqual({});
  });

  it('an unframed table with one column of counts is read like a framed one', () => {
    const text = `Отчет Общественного совета за 2025 год

  №  | Показатель              | Значение
  ---+-------------------------+---------
  1  | Заседания совета        |    6
  2  | Круглые столы           |    2
`;
    expect(figures(text)).toEqual({ general_meetings: 6, round_tables: 2 });
  });
});

describe('the half-year in a Kazakh title', () => {
  it.each([
    ['Кеңестің 2025 жылғы бірінші жарты жылдағы жұмысы туралы АҚПАРАТ', '2025-06-30'],
    ['Кеңестің 2025 жылғы І жартыжылдықтағы жұмысы туралы есеп', '2025-06-30'],
    ['Кеңестің 2025 жылғы екінші жарты жылдықтағы жұмысы туралы есеп', '2025-12-31'],
  ])('%s', (title, to) => {
    const period = parseReport(`${title}\n\nКеңестің 3 отырысы өткізілді.\n`).period;
    expect(period?.to).toBe(to);
    expect(period?.from).toBe(to === '2025-06-30' ? '2025-01-01' : '2025-07-01');
  });
});

describe('a number in words and in digits', () => {
  it.each([
    ['Кеңес құрамында он жеті (17) мүше бар', 'Кеңес құрамында он жеті      мүше бар'],
    ['проведено четырнадцать (14) заседаний', 'проведено четырнадцать      заседаний'],
    ['Жиырма бір (21) өтінішке жауап берілді', 'Жиырма бір      өтінішке жауап берілді'],
    ['14 (он төрт) отырыс', '14           отырыс'],
  ])('%s', (line, want) => expect(blankNumberTwice(line)).toBe(want));

  it.each(['бес (6) мониторинг', 'заседаний (4)', 'проведено 5 заседаний (в 2024 году – 4)'])('disagreeing or alone: kept, %s', (line) => expect(blankNumberTwice(line)).toBe(line));

  it('an official Kazakh report in words and digits', () => {
    const text = `Қоғамдық кеңестің 2025 жылғы жұмысы туралы
ЕСЕП

Есепті кезеңде Кеңестің сегіз (8) отырысы, Кеңес президиумының төрт (4)
отырысы өткізілді. Тұрақты комиссиялардың он төрт (14) отырысы өткізілді.
Есепті кезеңде бес (5) қоғамдық мониторинг өткізілді.
`;
    expect(figures(text)).toMatchObject({ general_meetings: 8, presidium_meetings: 4, commission_meetings: 14, monitorings: 5 });
  });

  it('a Russian report with words and digits, the disagreeing pair stays out', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

Проведено шесть (6) заседаний Общественного совета.
Проведено пять (7) круглых столов.
`;
    const f = figures(text);
    expect(f.general_meetings).toBe(6);
    expect(f.round_tables === undefined || f.round_tables === 5 || f.round_tables === 7).toBe(true);
  });
});

describe('a year in a quoted name is never a count, not even a candidate', () => {
  it.each(['«Кентау – 2030» даму бағдарламасын талқылау', 'программы «Цифровой Казахстан 2025» рассмотрено'])('%s', (text) => {
    expect(masked(text)).toMatch(/#{4}/u);
    expect(masked(text)).not.toMatch(/20\d\d/u);
  });

  it('no candidate of the year', () => {
    const r = parseReport(`Кеңестің 2025 жылғы жұмысы туралы есеп\n\n2026 жылы «Кентау – 2030» даму бағдарламасы бойынша 2 қоғамдық тыңдау өткізу жоспарлануда.\n`);
    expect(r.candidates.map((c) => c.value)).not.toContain(2030);
    expect(r.figures.map((f) => f.value)).not.toContain(2030);
  });
});

describe('a sentence whose subject the sentence before in its paragraph names', () => {
  it('"поступило 40 проектов НПА." then "Рассмотрено 38 проектов": the reviewed drafts', () => {
    const text = `Отчет о деятельности за 2025 год

В Совет поступило 40 проектов нормативных правовых актов.
Рассмотрено 38 проектов: одобрено 31, одобрено с замечаниями – 7.
`;
    expect(figures(text)).toMatchObject({ npa_reviewed: 38, npa_approved: 31, npa_with_remarks: 7 });
  });

  it('a blank line between: the subject is not carried over', () => {
    const text = `Отчет о деятельности за 2025 год

В Совет поступило 40 проектов нормативных правовых актов.

Рассмотрено 38 проектов строительства.
`;
    expect(figures(text).npa_reviewed).toBeUndefined();
  });
});

describe('a matrix of appeals by topic: its total row', () => {
  const matrix = (caption: string, total: string, cols = ['Поступило', 'Дан ответ', 'На контроле']) => `Отчет Общественного совета за 2025 год

${caption}

| Тематика              | ${cols[0]} | ${cols[1]} | ${cols[2]} |
|-----------------------|-----------|-----------|-------------|
| ЖКХ                   |     9     |     8     |      1      |
| Дороги                |     6     |     5     |      1      |
| ${total}              |    15     |    13     |      2      |
`;
  it.each(['ИТОГО', 'Всего', 'БАРЛЫҒЫ', 'Итого:'])('total row %s', (total) => {
    expect(figures(matrix('Сведения об обращениях граждан:', total))).toEqual({ appeals_received: 15, appeals_answered: 13 });
  });

  it('a Kazakh caption and headers', () => {
    expect(figures(matrix('Азаматтардың өтініштері туралы мәлімет:', 'Барлығы', ['Келіп түскені', 'Жауап берілгені', 'Бақылауда']))).toEqual({ appeals_received: 15, appeals_answered: 13 });
  });

  it('no total row: nothing (the topic rows are parts)', () => {
    expect(figures(matrix('Сведения об обращениях граждан:', 'Прочие'))).toEqual({});
  });

  it('a caption that names no subject: nothing', () => {
    expect(figures(matrix('Сведения по направлениям:', 'ИТОГО'))).toEqual({});
  });
});

describe('the parts of the membership after a dash', () => {
  it.each([
    ['Кеңес құрамында он жеті (17) мүше бар, оның ішінде азаматтық қоғам өкілдері – он екі (12), мемлекеттік органдардың өкілдері – бес (5).', 17, 12, 5],
    ['В состав Совета входят 15 членов, из них представители гражданского общества – 10, представители государственных органов – 5.', 15, 10, 5],
    ['Кеңес құрамында 11 мүше: азаматтық қоғам өкілдері – 8; мемлекеттік органдардың өкілдері – 3.', 11, 8, 3],
  ])('%s', (sentence, total, civil, state) => {
    expect(figures(`Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\n${sentence}\n`)).toMatchObject({ members_total: total, members_civil: civil, members_state: state });
  });

  it('a dash comparison of another year is no part', () => {
    const f = figures('Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\nКеңес құрамында 11 мүше (2024 жылы азаматтық қоғам өкілдері – 9).\n');
    expect(f.members_civil).toBeUndefined();
  });
});

describe('platforms after a total, the noun elided, the platform with its page in the locative', () => {
  const media = (text: string) => Object.fromEntries(parseReport(text).media.map((m) => [m.platform, m.publications]));
  it.each([
    ['барлығы 146 жарияланым орналастырылды: Instagram желісінде – 88 жарияланым, Facebook желісінде – 34, Telegram арнасында – 24.', { instagram: 88, facebook: 34, telegram: 24 }],
    ['всего 60 публикаций: в Instagram – 30, в Facebook – 20, в Telegram – 10.', { instagram: 30, facebook: 20, telegram: 10 }],
  ])('%s', (sentence, want) => expect(media(`Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\n${sentence}\n`)).toMatchObject(want));

  it('no total of publications before: a bare number is nothing', () => {
    expect(media('Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\nКеңес мүшелері Facebook желісінде – 34.\n').facebook ?? null).toBeNull();
  });
});

describe('a held verb written with ё', () => {
  it.each(['Круглый стол «Туристический сезон»\nпроведён 22 мая 2025 года (участвовали 43 человека).', 'Совет провёл круглый стол «Вода» 22 мая 2025 года.'])('%s', (sentence) => {
    const r = parseReport(`Отчет о работе Общественного совета за первое полугодие 2025 года\n\n${sentence}\n`);
    expect(r.activities.map((a) => [a.type, a.date_start])).toEqual([['round_table', '2025-05-22']]);
  });
});

describe('a dated sentence whose type stands on the line it wraps onto', () => {
  it.each([
    ['Сондай-ақ 2025 жылғы 26 қарашада қаланың 2026–2028 жылдарға арналған\nбюджетінің жобасы бойынша бір (1) қоғамдық тыңдау өткізілді, оған 112\nтұрғын қатысты.', 'public_hearing', '2025-11-26'],
    ['Кроме того, 14 октября 2025 года по проекту бюджета города\nпроведены общественные слушания.', 'public_hearing', '2025-10-14'],
  ])('%s', (sentence, type, date) => {
    const r = parseReport(`Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\n${sentence}\n`);
    expect(r.activities.map((a) => [a.type, a.date_start, a.line])).toEqual([[type, date, 3]]);
  });

  it('the next line a new sentence: not joined', () => {
    const r = parseReport('Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\n26 қарашада қала әкімі келді.\nДөңгелек үстелдер туралы ақпарат кейін беріледі.\n');
    expect(r.activities.filter((a) => a.date_start !== null)).toEqual([]);
  });
});

describe('a list under a heading of events of any type', () => {
  const acts = (text: string) => parseReport(`Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\n${text}\n`).activities.map((a) => [a.type, a.date_start]);
  it.each([
    ['Іс-шаралар тізімі (өзгеріссіз):\n– дөңгелек үстел «Балық» –\n  2025 жылғы 29 мамыр;\n– диалогтық алаң «Әкім» – 2025 жылғы 11 сәуір;\n– хатшыны оқыту – 2025 жылғы 12 сәуір.'],
    ['Мероприятия:\n– круглый стол «Рыба» – 29 мая 2025 года;\n– диалоговая площадка «Аким» – 11 апреля 2025 года;\n– обучение секретаря – 12 апреля 2025 года.'],
  ])('each item typed by its own type, an item of no type left out', (text) => {
    expect(acts(text)).toEqual([['round_table', '2025-05-29'], ['dialog_platform', '2025-04-11']]);
  });

  it('a heading that is no list of events: nothing', () => {
    expect(acts('Задачи:\n– круглый стол «Рыба»;\n– диалоговая площадка «Аким».')).toEqual([]);
  });
});

describe('table rows', () => {
  it('"Диалогтық алаңдар" names the dialogue platforms', () => {
    const text = `Кеңестің 2025 жылғы жұмысы туралы ЕСЕП

| Көрсеткіш           | Саны |
|---------------------|------|
| Диалогтық алаңдар   |  1   |
| Диалог алаңдары     |      |
`;
    expect(figures(text)).toEqual({ dialog_platforms: 1 });
  });
});

describe('a table of dated events with tabs, a blank line between its rows (as read from a PDF)', () => {
  it('each row an activity of the type its event cell names', () => {
    const text = 'Отчет о деятельности за 2025 год\n\nМероприятие\tТема\tДата\n\nКруглый стол\tДороги\t19.02.2025\n\nОбщественные слушания\tТарифы\t16.04.2025\n\nМеморандум\tо сотрудничестве с ОО «Ассоциация»\t12.11.2025\n\nИтого за год: 1 круглый стол.\n';
    expect(parseReport(text).activities.map((a) => [a.type, a.date_start])).toEqual([['round_table', '2025-02-19'], ['public_hearing', '2025-04-16'], ['memorandum', '2025-11-12']]);
  });

  it('two blank lines: the table ends', () => {
    const text = 'Отчет о деятельности за 2025 год\n\nМероприятие\tТема\tДата\n\nКруглый стол\tДороги\t19.02.2025\n\n\nОбщественные слушания\tТарифы\t16.04.2025\n';
    expect(parseReport(text).activities.map((a) => a.date_start)).not.toContain('2025-04-16');
  });
});

describe('a sentence of parts goes on with the verb of the sentence before', () => {
  it.each([
    ['Есепті кезеңде 6 есеп тыңдалды. Олардың ішінде қала әкімдігінің 4 бөлімінің және 2 ведомстволық бағынысты ұйымның есептері.', { departments_heard: 4, subordinate_orgs_heard: 2 }],
    ['Заслушано 6 отчетов. Из них 4 отдела акимата и 2 подведомственные организации.', { departments_heard: 4, subordinate_orgs_heard: 2 }],
  ])('%s', (sentence, want) => expect(figures(`Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\n${sentence}\n`)).toMatchObject(want));

  it('a sentence of parts after a sentence that heard nothing: nothing', () => {
    expect(figures('Кеңестің 2025 жылғы жұмысы туралы ЕСЕП\n\nКеңес жұмысына 6 ұйым қатысты. Олардың ішінде қала әкімдігінің 4 бөлімі.\n').departments_heard).toBeUndefined();
  });
});

describe('a media table read from a PDF, cells run together, blank lines between rows', () => {
  const text = 'Отчет о деятельности за 2025 год\n\n7. Информационная работа\n\nПлощадка\tПубликаций Просмотров\n\nСайт Министерства (раздел Совета) 45\t–\n\nInstagram\t120\t36 400\n\nFacebook\t40\t–\n\nИтого\t205\n';
  it('each platform, a dash no figure, thousands with a space, the total row a total of publications', () => {
    const r = parseReport(text);
    expect(r.media.map((m) => [m.platform, m.publications, m.views])).toEqual([['website', 45, null], ['instagram', 120, 36400], ['facebook', 40, null]]);
    expect(r.figures.find((f) => f.metric === 'publications')?.value).toBe(205);
  });

  it('a header of views before publications: left as it is', () => {
    const r = parseReport(text.replace('Публикаций Просмотров', 'Просмотров Публикаций'));
    expect(r.media.find((m) => m.platform === 'instagram')?.views ?? null).not.toBe(120);
  });
});
