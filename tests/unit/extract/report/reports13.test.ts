/**
 * Held-out set 13's report layouts as classes (issue 12): a reference note's key figures typed as labels with dot
 * leaders ("Заседаний Президиума ......... 3"), sub-rows set in under their parent, a plan or views in a bracket
 * after the value; ru and kk, dots, middle dots, underscores, tabs. Near-misses (a table of contents, a table of
 * two columns typed with tabs, a label whose value is on the next line) state nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const figuresOf = (text: string) => {
  const x = parseReport(text);
  return Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
};

describe('dot-leader rows', () => {
  it('reads a Russian reference note: rows, indented sub-rows, a bracketed plan, a unit after the value', () => {
    const f = figuresOf(
      [
        'СПРАВКА о деятельности Общественного совета за I полугодие 2025 года',
        '',
        'Состав Совета на 30.06.2025 ...................... 40 членов',
        '  представители гражданского общества ............ 36',
        '  представители государственных органов .......... 4',
        'Выбыло из состава (по личным заявлениям) ......... 2',
        'Введено в состав из резерва (решение от 17.04.2025) ...... 2',
        '',
        'Заседаний Президиума ............................. 3',
        'Заслушано отчетов государственных органов ........ 9',
        '  из них управлений акимата города ............... 7',
        '  акиматов районов ............................... 2',
        'Общественных мониторингов ........................ 11  (годовой план – 24)',
        '',
        'Проектов НПА рассмотрено ......................... 30',
        '  одобрено без замечаний ......................... 24',
        '  с замечаниями .................................. 6',
        '',
        'Писем направлено в государственные органы ........ 190',
        'Ответов получено ................................. 171',
      ].join('\n'),
    );
    expect(f).toMatchObject({
      members_total: 40,
      members_civil: 36,
      members_state: 4,
      members_left: 2,
      members_joined: 2,
      presidium_meetings: 3,
      report_hearings: 9,
      departments_heard: 7,
      district_akimats_heard: 2,
      monitorings: 11,
      npa_reviewed: 30,
      npa_approved: 24,
      npa_with_remarks: 6,
      letters_sent: 190,
      letters_answered: 171,
    });
  });

  it('reads middle dots, underscores, spaced dots and ellipses, and Kazakh labels', () => {
    const f = figuresOf(
      [
        'Қоғамдық кеңестің 2025 жылғы 9 айдағы жұмысы туралы анықтама',
        '',
        'Кеңес мүшелерінің саны ··········· 35',
        'Төралқа отырыстары _____________ 4',
        'Дөңгелек үстелдер . . . . . . . . 3',
        'Қоғамдық мониторингтер ……… 6',
      ].join('\n'),
    );
    expect(f).toMatchObject({ members_total: 35, presidium_meetings: 4, round_tables: 3, monitorings: 6 });
  });

  it('reads platform rows under the publications row as media, the views bracket as views', () => {
    const x = parseReport(
      [
        'Справка о работе Общественного совета за 2025 год',
        '',
        'Публикаций о деятельности Совета, всего ........ 249',
        '  сайт Совета ................................. 44',
        '  Instagram ................................... 104  (188 тыс. просмотров)',
        '  Telegram .................................... 61',
      ].join('\n'),
    );
    const media = Object.fromEntries(x.media.flatMap((m) => [[`${m.platform}.publications`, m.publications], [`${m.platform}.views`, m.views]]));
    expect(x.figures.find((g) => g.metric === 'publications')?.value).toBe(249);
    expect(media).toMatchObject({ 'website.publications': 44, 'instagram.publications': 104, 'instagram.views': 188000, 'telegram.publications': 61 });
  });

  it('never reads a table of contents, a two-column tab table, or the next line\'s number', () => {
    const toc = figuresOf(
      [
        'Отчет о деятельности Общественного совета за 2024 год',
        '',
        'СОДЕРЖАНИЕ',
        '1. Общие сведения ................................ 3',
        '2. Заслушивание отчетов государственных органов .. 6',
        '3. Общественный мониторинг ....................... 8',
        '4. Общественные слушания ......................... 10',
      ].join('\n'),
    );
    expect(toc).toEqual({});
    const numberedPages = figuresOf(
      ['Отчет о деятельности Общественного совета за 2024 год', '', '1. Круглые столы ........ 4', '2. Общественный мониторинг ....... 8', '3. Общественные слушания ........ 12'].join('\n'),
    );
    expect(numberedPages).toEqual({});
    const columns = figuresOf(['Отчет о работе Общественного совета за 2025 год', '', 'Показатель\t2024 год\t2025 год', 'Заседания комиссий 2024\t14', 'Круглые столы 2\t4'].join('\n'));
    expect(columns.round_tables).not.toBe(2);
    expect(columns.commission_meetings).not.toBe(14);
    const nextLine = figuresOf(['Справка о работе Общественного совета за 2025 год', '', 'Круглых столов ..........', '12 марта проведен круглый стол.', 'Заседаний Президиума ......... 3'].join('\n'));
    expect(nextLine.round_tables).not.toBe(12);
  });
});
