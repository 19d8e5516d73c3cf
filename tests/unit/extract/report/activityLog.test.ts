/**
 * An activities log (issue 12, set 32's Stepnogorsk): a table "Дата | Мероприятие | Место | Участники" typed in a text
 * editor, "-----+-----" rules between its rows, wrapped cells, dates "03.04" of the period's year. Each row is a dated
 * activity of the kind its event names (report/readDatedTables); a row not held or put off (noneHeldVerbs CALLED_OFF)
 * is none, a row of another period is none, and the participants column gives no figure. Russian and Kazakh, a
 * tab-separated log the document did not show, and the near-misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const read = (text: string) => {
  const x = parseReport(text);
  return {
    activities: x.activities.map((a) => `${a.type} ${a.date_start}`),
    figures: x.figures.map((f) => `${f.metric}=${f.value}`).sort(),
  };
};

const RULE = '-----+--------+----------------------------------+---------------+-------------';
const RU = `ЖУРНАЛ МЕРОПРИЯТИЙ ОБЩЕСТВЕННОГО СОВЕТА
за II квартал 2025 года

 №   | Дата   | Мероприятие                      | Место         | Участники
${RULE}
 1   | 08.04  | Мониторинг организации горячего  | СШ № 3        | 3 члена ОС,
     |        | питания в СШ № 3                 |               | специалист
${RULE}
 2   | 15.05  | Круглый стол «Доступная среда»   | ДК «Горняк»   | 42 участника
${RULE}
 3   | 20.05  | Мониторинг дворов – НЕ           | 6 мкр.        | 2 члена ОС
     |        | СОСТОЯЛОСЬ, перенесено на 27.05  |               |
${RULE}
 4   | 11.06  | Общественные слушания по проекту | ДК «Горняк»   | 96 жителей, 9
     |        | Правил благоустройства           |               | членов ОС
${RULE}
 5   | 02.07  | (справочно, III кв.) Мониторинг  | оз. Селета    | 3 члена ОС
     |        | мест массового отдыха            |               |
${RULE}
`;

describe('an activities log framed by "-----+-----" rules', () => {
  it('reads each row as a dated activity of its event, wrapped cells joined (ru)', () => {
    const x = read(RU);
    expect(x.activities).toEqual(['monitoring 2025-04-08', 'round_table 2025-05-15', 'public_hearing 2025-06-11']);
    // "42 участника", "96 жителей, 9 членов ОС": participants, never figures.
    expect(x.figures).toEqual([]);
  });

  it('reads a Kazakh log "Күні | Іс-шара | Орны", a row put off ("келесі айға ауыстырылды") none', () => {
    const rule = '----+-------+---------------------------------+-----------+-----------';
    const kk = `2025 жылғы ІІ тоқсандағы іс-шаралар журналы

 №  | Күні  | Іс-шара                         | Орны      | Қатысушылар
${rule}
 1  | 10.04 | Кеңес мүшелеріне арналған       | онлайн    | 14 адам
    |       | семинар                         |           |
${rule}
 2  | 24.04 | Білім бөлімі басшысының есебін  | әкімдік   | 35 тұрғын
    |       | тыңдау                          |           |
${rule}
 3  | 18.06 | Жазғы лагерьді қоғамдық         | Ақсу ауылы| 3 мүше
    |       | мониторинг – өткізілмеді,       |           |
    |       | келесі айға ауыстырылды         |           |
${rule}
`;
    const x = read(kk);
    expect(x.activities).toEqual(['seminar 2025-04-10', 'report_hearing 2025-04-24']);
    expect(x.figures).toEqual([]);
  });

  it('reads a log saved as tab-separated text, days without a year (a variant the document did not show)', () => {
    const tabs = `Журнал мероприятий за II квартал 2025 года

№\tДата\tМероприятие\tМесто\tУчастники
1\t06.05\tМониторинг состояния дворовых территорий\t6 мкр.\t4 члена ОС
2\t28.05\tПодписание меморандума о сотрудничестве\tакимат\tпредседатель ОС
3\t30.05\tСеминар для членов ОС – отменено\tонлайн\t12 чел.
`;
    const x = read(tabs);
    expect(x.activities).toEqual(['monitoring 2025-05-06', 'memorandum 2025-05-28']);
    expect(x.figures).toEqual([]);
  });
});

describe('near-misses of a log', () => {
  it('a row moved here from another day ("перенесено с 10.04") was held', () => {
    const log = `Журнал мероприятий за II квартал 2025 года

 №  | Дата  | Мероприятие                           | Участники
----+-------+---------------------------------------+-----------
 1  | 17.04 | Круглый стол (перенесено с 10.04)     | 20 чел.
----+-------+---------------------------------------+-----------
`;
    expect(read(log).activities).toEqual(['round_table 2025-04-17']);
  });

  it('a row of a meeting or a reception names no activity kind, and its numbers stay no figures', () => {
    const log = `Журнал мероприятий за II квартал 2025 года

 №  | Дата  | Мероприятие                           | Участники
----+-------+---------------------------------------+-----------
 1  | 29.04 | Прием граждан членами ОС              | 6 граждан
----+-------+---------------------------------------+-----------
 2  | 20.06 | Участие в XXIV сессии маслихата       | председатель
----+-------+---------------------------------------+-----------
`;
    const x = read(log);
    expect(x.activities).toEqual([]);
    expect(x.figures).toEqual([]);
  });

  it('a rule of dashes alone ("-------") between lines of pipes joins no prose to the table', () => {
    const text = `Отчет за II квартал 2025 года

 Дата  | Мероприятие
-------------------
Проведено 3 мониторинга.
`;
    expect(read(text).figures).toEqual(['monitorings=3']);
  });
});
