/**
 * Classes of session 30, from set 83 (the Almaty councils in a new secretariat's templates): a digest's lines with the change
 * against another period in brackets ("жарияланымдар – 74 (+20)"), the day of the state before the label ("30.06.2025 жағдай
 * бойынша Кеңес мүшелері – 21"), bulleted labels ("• комиссиялар – 3" under "► Құрам"), a heading underlined with a rule
 * ("НЕГІЗГІ ІС-ШАРАЛАР" / "-----" over its dated items), a body's report "about" its topic ("… бөлімінің жазғы демалысты
 * ұйымдастыру туралы есебі"); in protocols, a table of counts by commission with bilingual headers and a grid of ticked
 * names.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();
const candidates = (text: string) => parseReport(text).candidates.map((c) => `${c.metric}=${c.value}`).sort();
const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);

describe('a digest: the change against another period in brackets after a count', () => {
  it.each([
    ['Есеп 2025 жыл\n\n• жарияланымдар – 74 (+20)', 'publications=74'],
    ['Отчёт за 2025 год\n\n– публикаций – 74 (−6)', 'publications=74'],
    ['Отчёт за 2025 год\n\nОпубликовано 74 материала (+20 к 2024 году).', 'publications=74'],
  ])('%s', (text, figure) => {
    expect(figures(text)).toEqual([figure]);
    expect(candidates(text)).toEqual([]);
  });
  it('near-miss: a bracket of another year\'s count after the figure is still no second figure', () => {
    expect(figures('Отчёт за 2025 год\n\nОпубликовано 74 материала (в 2024 году – 54).')).toEqual(['publications=74']);
  });
});

describe('the council\'s members as a label with the day of the state', () => {
  it.each([
    ['Есеп 2025 жыл\n\n• 30.06.2025 жағдай бойынша Кеңес мүшелері – 21 (+2)', 'members_total=21'],
    ['Отчёт за 2025 год\n\nПо состоянию на 31.12.2025 членов Совета – 19', 'members_total=19'],
    ['Отчёт за 2025 год\n\nЧленов Совета на 31.12.2025 – 19', 'members_total=19'],
    ['Есеп 2025 жыл\n\nКеңес мүшелері (31.12.2025 жағдай бойынша) – 17', 'members_total=17'],
  ])('%s', (text, figure) => {
    expect(figures(text)).toEqual([figure]);
  });
  it.each([
    ['Отчёт за 2025 год\n\nЗАСЕДАНИЯ\n\n• Членов Совета – 27'],
    ['Отчёт за 2025 год\n\nНа 30.06.2025 присутствовали членов Совета – 12'],
  ])('near-miss: %s (no day of the state, or who was present) is no composition', (text) => {
    expect(figures(text).filter((f) => f.startsWith('members_total'))).toEqual([]);
  });
});

describe('the commissions as a bulleted label under the composition\'s heading', () => {
  it('kk and ru', () => {
    expect(figures('Есеп 2025 жыл\n\n► Құрам\n• комиссиялар – 3 (өзгеріссіз)')).toEqual(['commissions=3']);
    expect(figures('Отчёт за 2025 год\n\nСостав\n– комиссий – 4')).toEqual(['commissions=4']);
  });
  it('near-miss: the same label under the meetings counts their meetings', () => {
    expect(figures('Есеп 2025 жыл\n\nОтырыстар\n• комиссиялар – 6')).toEqual(['commission_meetings=6']);
  });
});

describe('a heading underlined with a rule over its dated items', () => {
  const list = (rule: string) => ['Есеп 2025 жыл', '', 'НЕГІЗГІ ІС-ШАРАЛАР (күні бойынша)', rule, '• 2025 жылғы 22 қаңтар – балалар алаңдарының мониторингі', '• 12.02.2025 ж. – аудандық білім бөлімінің есебі', ''].join('\n');
  it.each(['-------------', '=============', '_____________', '─────────────'])('underlined with %s', (rule) => {
    expect(activities(list(rule))).toEqual(['monitoring 2025-01-22', 'report_hearing 2025-02-12']);
  });
  it('ru: "ОСНОВНЫЕ МЕРОПРИЯТИЯ" / "=====" over its items', () => {
    const text = ['Отчёт за 2025 год', '', 'ОСНОВНЫЕ МЕРОПРИЯТИЯ', '==========', '• 14.03.2025 – круглый стол «Экотуризм»', '• 20.05.2025 – мониторинг детских площадок', ''].join('\n');
    expect(activities(text)).toEqual(['round_table 2025-03-14', 'monitoring 2025-05-20']);
  });
});

describe('a body\'s report "about" its topic in a list of events', () => {
  it.each([
    'аудандық білім бөлімінің жазғы демалысты ұйымдастыру туралы есебі',
    'аудандық денсаулық сақтау бөлімінің вакцинация бойынша есебі',
  ])('kk: %s', (item) => {
    const text = ['Есеп 2025 жыл', '', 'Іс-шаралар тізімі:', `• 2025 жылғы 11 маусым – ${item}`, ''].join('\n');
    expect(activities(text)).toEqual(['report_hearing 2025-06-11']);
  });
  it('near-miss: the council\'s own report about its work is no hearing', () => {
    const text = ['Есеп 2025 жыл', '', 'Іс-шаралар тізімі:', '• 2025 жылғы 11 маусым – кеңестің жарты жылдағы жұмысы туралы есебі', ''].join('\n');
    expect(activities(text)).toEqual([]);
  });
});

function gridProtocol(table: string[], grid: string[]): string {
  return [
    'ХАТТАМА № 8 / ПРОТОКОЛ № 8',
    'Қоғамдық кеңес отырысының / заседания Общественного совета',
    '04.12.2025                                                   Алматы қ.',
    '',
    ...table,
    '',
    ...grid,
    '',
    'КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:',
    '1. Жылу беру маусымы туралы / Об отопительном сезоне.',
    '',
    'Төраға / Председатель ____________ М. Қожабеков',
  ].join('\n');
}
const TABLE = [
  'Комиссия                                  | мүшелері / членов | қатысты / присутств. | онлайн | қатыспады / отсутств.',
  'Төралқа / Руководство                     |   3   |   3   |   –   |   –',
  '1. Әлеуметтік мәселелер / Социальные вопросы     |   4   |   3   |   1   |   1',
  '2. Қала шаруашылығы / Городское хозяйство        |   3   |   2   |   –   |   1',
  'Барлығы / Итого                                  |  10   |   8   |   1   |   2',
];
const GRID = [
  'Мүшелер / Члены Совета  (✓ – қатысты / присутствовал)',
  'Төралқа:   Қожабеков М.С. ✓   Тұрсынова Б.А. ✓   Васильева И.О. ✓',
  '1-комиссия: Мырзахметов А.Т. ✓   Сыздықова Г.Н. ✓   Шайхутдинов Р.Ф. ✓ (онлайн)',
  '            Абдулаев Н.К. – демалыста / в отпуске',
  '2-комиссия: Жұмабаев Е.С. ✓   Петренко В.А. ✓',
  '            Бақтыбаев С.Е. – себепсіз / без уважительной причины',
];

describe('a table of counts by commission with bilingual headers', () => {
  it('the totals row gives the council\'s counts', () => {
    const p = parseProtocol(gridProtocol(TABLE, []));
    expect([p.members_total, p.present, p.online]).toEqual([10, 8, 1]);
  });
  it('near-miss: a row that does not come to the total gives nothing', () => {
    const wrong = TABLE.map((l) => l.replace('|   2   |   –   |   1', '|   1   |   –   |   1'));
    const p = parseProtocol(gridProtocol(wrong, []));
    expect([p.members_total, p.present]).toEqual([null, null]);
  });
});

describe('the members as a grid of ticked names', () => {
  it('each ticked name present (online as its bracket says), each dashed one absent with the reason', () => {
    const p = parseProtocol(gridProtocol(TABLE, GRID));
    expect(p.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`)).toEqual([
      'Қожабеков М.С.', 'Тұрсынова Б.А.', 'Васильева И.О.', 'Мырзахметов А.Т.', 'Сыздықова Г.Н.', 'Шайхутдинов Р.Ф. (online)', 'Жұмабаев Е.С.', 'Петренко В.А.',
    ]);
    expect(p.absentees.map((a) => [a.name, a.excused])).toEqual([['Абдулаев Н.К.', true], ['Бақтыбаев С.Е.', false]]);
  });
  it('ru: "✔ — присутствовал" as the legend, a tab between the names', () => {
    const grid = ['Отметки: ✔ — присутствовал', 'Руководство: Қожабеков М.С. ✔\tТұрсынова Б.А. ✔\tВасильева И.О. ✔', 'Комиссия № 1: Мырзахметов А.Т. ✔\tСыздықова Г.Н. ✔\tШайхутдинов Р.Ф. ✔ (онлайн)', 'Абдулаев Н.К. – в отпуске', 'Комиссия № 2: Жұмабаев Е.С. ✔\tПетренко В.А. ✔', 'Бақтыбаев С.Е. – без уважительной причины'];
    const p = parseProtocol(gridProtocol(TABLE, grid));
    expect(p.attendees).toHaveLength(8);
    expect(p.absentees).toHaveLength(2);
  });
  it('near-miss: a grid that ticks more than the stated present names no one', () => {
    const more = GRID.map((l) => l.replace('Петренко В.А. ✓', 'Петренко В.А. ✓   Исмаилов Т.Т. ✓'));
    const p = parseProtocol(gridProtocol(TABLE, more));
    expect(p.attendees).toEqual([]);
  });
});

describe('a heading of the period\'s events, set right under another list with no blank line', () => {
  const text = (heading: string, item2: string) => ['Отчёт за I квартал 2026 года', '', 'Пояснения', '• Проекты НПА: все 3 одобрены без замечаний.', '• Публикации: Instagram – 19, Telegram – 12.', heading, '• 14.01.2026 – мониторинг очистки дворов', `• 28.01.2026 – ${item2}`, ''].join('\n');
  it.each(['Мероприятия квартала', 'Мероприятия за отчетный период', 'Тоқсанның іс-шаралары', 'Мероприятия полугодия:'])('%s', (heading) => {
    expect(activities(text(heading, 'круглый стол «Безопасность»'))).toEqual(['monitoring 2026-01-14', 'round_table 2026-01-28']);
  });
  it.each([
    ['заседание Совета № 1, отчет отдела ЖКХ', ['monitoring 2026-01-14', 'report_hearing 2026-01-28']],
    ['кеңестің № 2 отырысы, білім бөлімінің есебі', ['monitoring 2026-01-14', 'report_hearing 2026-01-28']],
    // near-misses: the council's own report, a meeting's other business
    ['заседание Совета № 1, отчет о работе Совета за 2025 год', ['monitoring 2026-01-14']],
    ['заседание Совета № 1, утверждение плана работы', ['monitoring 2026-01-14']],
  ])('a meeting, its comma, what it heard: %s', (item, want) => {
    expect(activities(text('Мероприятия квартала', item))).toEqual(want);
  });
});

describe('Almaty\'s digests: hearings as "отчетные встречи (заслушивания)", changes with arrows, platforms parted by pipes', () => {
  const media = (text: string) => parseReport(text).media.map((m) => `${m.platform}=${m.publications}`);
  it.each([
    ['Отчёт за 2025 год\n\n▪ Общественный контроль\n• отчетных встреч (заслушиваний) – 4 (↑ 1)', ['report_hearings=4']],
    ['Отчёт за 2025 год\n\n• заслушиваний – 4', ['report_hearings=4']],
    ['Отчёт за 2025 год\n\nОтчётных слушаний – 4', ['report_hearings=4']],
    ['Отчёт за 2025 год\n\n• мониторингов – 9 (↓ 2 к прошлому году)', ['monitorings=9']],
    // near-misses: a reporting meeting alone may be an akim's with the people; a plan's hearings
    ['Отчёт за 2025 год\n\n• отчетных встреч – 4', []],
    ['Отчёт за 2025 год\n\n• планируемых заслушиваний – 4', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
  it('a department\'s reporting meeting is a hearing; an akim\'s with the people is not', () => {
    const text = ['Отчёт за 2025 год', '', 'Мероприятия квартала', '• 10.07.2025 – мониторинг летних площадок', '• 17.09.2025 – отчетная встреча руководителя Управления здравоохранения', '• 18.09.2025 – отчетная встреча акима района с населением', ''].join('\n');
    expect(activities(text)).toEqual(['monitoring 2025-07-10', 'report_hearing 2025-09-17', 'official_meeting 2025-09-18']);
  });
  it('platforms parted by pipes under a bulleted total they add up to', () => {
    const text = (site: number) => `Отчёт за 2025 год\n\n▪ Информационная работа\n  • публикаций всего – 128 (↑ 31)\n      Instagram – 64 | Telegram – 38 | сайт Совета – ${site}`;
    expect(media(text(26))).toEqual(['instagram=64', 'telegram=38', 'website=26']);
    // near-miss: parts that do not make the total are no breakdown of it
    expect(media(text(20))).toEqual([]);
  });
});

describe('a membership unchanged over the period told by its months and the Kazakh word of the span', () => {
  const q4 = (sentence: string) => figures(`2024 ЖЫЛҒЫ IV ТОҚСАН БОЙЫНША ДАЙДЖЕСТ\n\n${sentence}`);
  it.each([
    'Қазан–желтоқсан аралығында мүшелер құрамында ешқандай өзгеріс болған жоқ.',
    'Қазан – желтоқсан айлары ішінде кеңес құрамы өзгерген жоқ.',
  ])('%s', (sentence) => {
    expect(q4(sentence)).toEqual(['members_joined=0', 'members_left=0']);
  });
  it('near-miss: months that are a part of the quarter state nothing for it', () => {
    expect(q4('Қазан–қараша аралығында мүшелер құрамында ешқандай өзгеріс болған жоқ.')).toEqual([]);
  });
});

describe('a proxy refused and an agenda approved in a sentence with a clause between commas (set 89, looked at)', () => {
  const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.declared]);
  const head = 'ПРОТОКОЛ № 2\nзаседания Общественного совета\n18 марта 2026 года\n\nПрисутствовали 14 членов Совета из 17.\n';
  it.each([
    'Доверенность не принята, голоса считаются только по присутствующим членам.',
    'Сенімхат қабылданбады, дауыстар тек отырысқа қатысқан мүшелер бойынша есептеледі.',
  ])('%s is no vote', (proxy) => {
    expect(votes(`${head}${proxy}\nПОВЕСТКА ДНЯ:\n1. О плане.\n1. СЛУШАЛИ: Есенова П.Б. – о плане.\nГолосовали: за – 13, против – 0, воздержались – 1. Решение принято.\n`)).toEqual([[13, 'adopted']]);
  });
  it('near-miss: a proposal not accepted by a counted majority is still a vote', () => {
    expect(votes(`${head}ПОВЕСТКА ДНЯ:\n1. О плане.\n1. СЛУШАЛИ: Есенова П.Б. – о плане.\nПредложение не принято большинством голосов.\n`)).toEqual([[null, 'rejected']]);
  });
  it.each([
    'Повестка дня, предложенная председателем, утверждена единогласно.',
    'Повестка дня, с учетом поправок, утверждена единогласно.',
  ])('%s is no item of the agenda', (sentence) => {
    expect(parseProtocol(`${head}${sentence}\nПОВЕСТКА ДНЯ:\n1. О плане.\n2. О бюджете.\n`).agenda).toHaveLength(2);
  });
});

describe('an attendance table\'s note column telling a member present took part online', () => {
  const roll = (note2: string, part3: string, note3: string) => parseProtocol([
    'ХАТТАМА № 2', 'Қоғамдық кеңес отырысы', '2026 жылғы 18 наурыз', '',
    'Кеңестің 3 мүшесінен отырыста 2-і бар.', '',
    '№ | Аты-жөні | Қатысуы | Ескертпе',
    '1 | Қалдыбаев Ерлан Мұхтарұлы | қатысты | төраға',
    `2 | Юлдашев Бахтияр Алишерович | қатысты | ${note2}`,
    `3 | Сапарова Динара Ержанқызы | ${part3} | ${note3}`, '',
    'КҮН ТӘРТІБІ:', '1. Жоспар туралы.', '',
  ].join('\n'));
  it('kk: "қатысты" | "бейнебайланыс арқылы" is online', () => {
    const p = roll('бейнебайланыс арқылы', 'қатыспады', 'науқас');
    expect(p.attendees.map((a) => a.online)).toEqual([false, true]);
    expect(p.absentees.map((a) => a.name)).toEqual(['Сапарова Динара Ержанқызы']);
  });
  it('near-miss: a note of a failed connection beside an absence is no presence online', () => {
    const p = roll('', 'қатыспады', 'бейнебайланыс арқылы қосыла алмады');
    expect(p.attendees.map((a) => a.online)).toEqual([false, false]);
    expect(p.absentees).toHaveLength(1);
  });
});

describe('the period\'s totals as dashes under their own heading, below a chronology (set 88, looked at)', () => {
  const text = (heading: string) => ['Отчёт за II квартал 2026 года', '', 'Хронология мероприятий квартала:', '', '07.04.2026 – мониторинг подвоза воды;', '13.05.2026 – общественные слушания по проекту правил;', '25.06.2026 – мониторинг летнего лагеря.', '', heading, '- мониторингов – 3;', '- общественных слушаний – 1;', '- обращений – 7.', ''].join('\n');
  it.each(['ИТОГО за II квартал:', 'Итоги квартала:', 'Тоқсан қорытындысы:'])('%s heads counts, no events', (heading) => {
    expect(activities(text(heading))).toEqual(['monitoring 2026-04-07', 'public_hearing 2026-05-13', 'monitoring 2026-06-25']);
    expect(figures(text(heading))).toContain('monitorings=3');
  });
});

describe('a type\'s heading "and other events" over items of other types', () => {
  it.each([
    ['Есеп 2026 жыл', 'Мониторинг және басқа іс-шаралар', ['– 2026 жылғы 27 қаңтар – аулалардағы қар тазалау;', '– 2026 жылғы 26 мамыр – «Кәсіпкерлік және ПИК» дөңгелек үстелі.']],
    ['Отчёт за 2026 год', 'Мониторинги и другие мероприятия', ['– 27 января 2026 г. – уборка снега во дворах;', '– 26 мая 2026 г. – «Предпринимательство и ОСИ» круглый стол.']],
  ])('%s: %s', (title, heading, items) => {
    expect(activities([title, '', heading, ...items, ''].join('\n'))).toEqual(['monitoring 2026-01-27', 'round_table 2026-05-26']);
  });
  it('near-miss: under a type\'s own heading an item naming no other type stays of the heading\'s type', () => {
    expect(activities(['Есеп 2026 жыл', '', 'Мониторингтер', '– 2026 жылғы 27 қаңтар – аулалардағы қар тазалау;', '– 2026 жылғы 26 мамыр – «Кәсіпкерлік» жобасы.', ''].join('\n'))).toEqual(['monitoring 2026-01-27', 'monitoring 2026-05-26']);
  });
});

describe('one event told by its type alone beside the same day\'s event told with its words', () => {
  it.each([
    [['Есеп 2026 жыл', '', 'Қоғамдық тыңдау – 1 (29.04 – аула абаттандыру).', '', 'Іс-шаралар тізімі:', '- 2026 жылғы 27 қаңтар – аулалардағы қар тазалау мониторингі;', '- 2026 жылғы 29 сәуір – қоғамдық тыңдау;', '']],
    [['Отчёт за 2026 год', '', 'Мероприятия:', '- 29.04.2026 – общественные слушания;', '- 27.01.2026 – мониторинг уборки снега;', '', '3. Публичные слушания', '29 апреля 2026 г. проведены публичные слушания по благоустройству дворов.', '']],
  ])('one hearing, not two', (lines) => {
    expect(activities(lines.join('\n')).filter((a) => a.startsWith('public_hearing'))).toEqual(['public_hearing 2026-04-29']);
  });
  it('near-miss: two items of one list of the same type and day are two events', () => {
    const text = ['Отчёт за 2026 год', '', 'Мероприятия:', '- 29.04.2026 – мониторинг;', '- 29.04.2026 – мониторинг;', ''].join('\n');
    expect(activities(text)).toEqual(['monitoring 2026-04-29', 'monitoring 2026-04-29']);
  });
});
