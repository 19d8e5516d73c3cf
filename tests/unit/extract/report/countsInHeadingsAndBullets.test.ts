/**
 * The classes of report layout the 23rd blind held-out set's reports showed misread or missed: a count in a section's
 * heading that sums the bullets under it ("2. ЗАСЕДАНИЯ (7)" over council, presidium and commissions) — no metric;
 * bullets that name only the body that met, their count in brackets, a dash after; a pair in brackets over two
 * things ("КРУГЛЫЕ СТОЛЫ И ДИАЛОГОВЫЕ ПЛОЩАДКИ (1 / 0)"); the year to date with the period's year written; a plan's
 * heading marked "(план)"; publications told only as a sum that the platforms make up; a platform's address after its
 * name; "ё" written for "е"; a bracket that breaks an earlier count down by months. Each in Russian and Kazakh where
 * the class is not one language's, with near misses that must state nothing (or only a candidate).
 */
import { describe, expect, it } from 'vitest';
import { expandSlashList } from '../../../../sources/extract/report/expandSlashList.ts';
import { readBracketCounts } from '../../../../sources/extract/report/bracketCounts.ts';
import { activityList, candidateList, figureList, mediaList, reportUnder } from '../../../helpers/extractCases.ts';

const RU_Q3 = 'ИНФОРМАЦИЯ о работе Общественного совета за III квартал 2025 года';
const KK_Q3 = 'Қоғамдық кеңестің 2025 жылғы III тоқсандағы жұмысы туралы ақпарат';
const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';
const RU_YEAR = 'Отчет о работе Общественного совета за 2025 год';

describe('a heading\'s count over bullets of the bodies that met is their sum, no metric; each bullet is its body\'s', () => {
  it('Russian: "2. ЗАСЕДАНИЯ (7)" over council (2), presidium (1), commissions (5)', () => {
    const x = reportUnder('2. ЗАСЕДАНИЯ (7)\n\n  • Общественного совета (2) – 17 июля и 25 сентября 2025 г.;\n  • Президиума (1) – 4 сентября;\n  • комиссий (5).', RU_Q3);
    expect(figureList(x)).toEqual(['commission_meetings=5', 'general_meetings=2', 'presidium_meetings=1']);
    expect(candidateList(x)).toEqual(['general_meetings=7']);
  });

  it('Kazakh: "2. ОТЫРЫСТАР (7)" over "• Кеңес (2)", "• Төралқа (1)", "• Комиссиялар (4)"', () => {
    const x = reportUnder('2. ОТЫРЫСТАР (7)\n\n  • Кеңес (2) – 17 шілде және 25 қыркүйек;\n  • Төралқа (1);\n  • Комиссиялар (4).', KK_Q3);
    expect(figureList(x)).toEqual(['commission_meetings=4', 'general_meetings=2', 'presidium_meetings=1']);
  });

  it('a variant: a numbered heading in lower case, dash items with dashed counts', () => {
    const x = reportUnder('2. Заседания (6)\n\n  – Совета – 2;\n  – комиссий – 4.', RU_Q3);
    expect(figureList(x)).toEqual(['commission_meetings=4', 'general_meetings=2']);
    expect(candidateList(x)).toEqual(['general_meetings=6']);
  });

  it('near misses: a heading that names the council, or one over a sentence, is the council\'s count; a bullet with no meetings heading states nothing', () => {
    expect(figureList(reportUnder('2. ЗАСЕДАНИЯ СОВЕТА (2)\n\n  • 17 июля 2025 г.;\n  • 25 сентября 2025 г.', RU_Q3))).toEqual(['general_meetings=2']);
    expect(figureList(reportUnder('2. ЗАСЕДАНИЯ (3)\n\nЗаседания прошли 17 июля, 4 и 25 сентября.', RU_Q3))).toEqual(['general_meetings=3']);
    expect(figureList(reportUnder('  • Общественного совета (2) – 17 июля;', RU_Q3))).toEqual([]);
  });

  it('the bracket before a dash is read as the count, never as a day of the date after it', () => {
    expect(readBracketCounts('  • Президиума (1) – 4 сентября;')).toBe('  • Президиума – 1:  4 сентября;');
    expect(readBracketCounts('  • Общественного совета (2) – 17 июля')).toBe('  • Общественного совета – 2:  17 июля');
    // A bracket after a count stays: it is another period's figure or a doubt.
    expect(readBracketCounts('3 заседания (5) – 17 июля')).toBe('3 заседания (5) – 17 июля');
  });
});

describe('a pair in brackets after two things joined by "и" / "мен" is the count of each', () => {
  it('Russian heading "КРУГЛЫЕ СТОЛЫ И ДИАЛОГОВЫЕ ПЛОЩАДКИ (1 / 0)"', () => {
    expect(expandSlashList('5. КРУГЛЫЕ СТОЛЫ И ДИАЛОГОВЫЕ ПЛОЩАДКИ (1 / 0)')).toBe('5. КРУГЛЫЕ СТОЛЫ – 1, ДИАЛОГОВЫЕ ПЛОЩАДКИ – 0');
    expect(figureList(reportUnder('5. КРУГЛЫЕ СТОЛЫ И ДИАЛОГОВЫЕ ПЛОЩАДКИ (1 / 0)\n\n  • 11.09.2025 – круглый стол «Самозастройка».', RU_Q3))).toEqual(['dialog_platforms=0', 'round_tables=1']);
  });

  it('Kazakh heading "ДӨҢГЕЛЕК ҮСТЕЛДЕР МЕН ДИАЛОГТЫҚ АЛАҢДАР (2 / 1)"', () => {
    expect(expandSlashList('5. ДӨҢГЕЛЕК ҮСТЕЛДЕР МЕН ДИАЛОГТЫҚ АЛАҢДАР (2 / 1)')).toBe('5. ДӨҢГЕЛЕК ҮСТЕЛДЕР – 2, ДИАЛОГТЫҚ АЛАҢДАР – 1');
    expect(figureList(reportUnder('5. ДӨҢГЕЛЕК ҮСТЕЛДЕР МЕН ДИАЛОГТЫҚ АЛАҢДАР (2 / 1)', KK_Q3))).toContain('round_tables=2');
  });

  it('near misses: a pair under one label ("ОБРАЩЕНИЯ (14 / 13)": received and answered?) says not what each counts', () => {
    expect(expandSlashList('7. ОБРАЩЕНИЯ ГРАЖДАН (14 / 13)')).toBe('7. ОБРАЩЕНИЯ ГРАЖДАН (14 / 13)');
    expect(figureList(reportUnder('7. ОБРАЩЕНИЯ ГРАЖДАН (14 / 13)', RU_Q3))).toEqual([]);
    expect(figureList(reportUnder('8. ПЕРЕПИСКА (18 / 15)', RU_Q3))).toEqual([]);
  });
});

describe('the year to date with the period\'s year written out is no quarter\'s count', () => {
  it.each([
    ['С начала 2025 года проведено 6 заседаний Совета и 16 заседаний комиссий.', RU_Q3, ['commission_meetings=16', 'general_meetings=6']],
    ['2025 жылдың басынан бері комиссиялардың 16 отырысы өтті.', KK_Q3, ['commission_meetings=16']],
  ])('%s', (text, title, want) => {
    const x = reportUnder(text, title);
    expect(figureList(x)).toEqual([]);
    expect(candidateList(x)).toEqual(want);
  });

  it('near miss: the quarter itself is the period', () => {
    expect(figureList(reportUnder('В III квартале проведено 5 заседаний комиссий.', RU_Q3))).toEqual(['commission_meetings=5']);
  });
});

describe('a heading marked "(план)" / "(жоспар)" opens plans: its counts are candidates', () => {
  it.each([
    ['10. НА IV КВАРТАЛ (план)\n\n  • заседания Совета (2), мониторинги (3), круглый стол (1).', RU_Q3],
    ['10. IV ТОҚСАНҒА (жоспар)\n\n  • мониторингтер – 3, дөңгелек үстел – 1.', KK_Q3],
  ])('%s', (text, title) => {
    const x = reportUnder(text, title);
    expect(figureList(x)).toEqual([]);
    expect(candidateList(x)).toContain('monitorings=3');
  });
});

describe('publications told only as a sum the platforms make up', () => {
  it('Russian: a media heading\'s count over platform bullets (an address after the name)', () => {
    const x = reportUnder('9. СМИ И СОЦИАЛЬНЫЕ СЕТИ (41)\n\n  • Instagram @medeu_kenes (29);\n  • Facebook (12).', RU_Q3);
    expect(figureList(x)).toEqual(['publications=41']);
    expect(mediaList(x)).toEqual(['instagram:29/null', 'facebook:12/null']);
  });

  it('Kazakh: the same heading, and a total closing the platforms\' line', () => {
    const x = reportUnder('9. БАҚ ЖӘНЕ ӘЛЕУМЕТТІК ЖЕЛІЛЕР (41)\n\n  • Instagram (29);\n  • Telegram (12).', KK_Q3);
    expect(figureList(x)).toEqual(['publications=41']);
    expect(mediaList(x)).toEqual(['instagram:29/null', 'telegram:12/null']);
    const y = reportUnder('Жарияланымдар саны (платформалар бойынша):\nInstagram – 80 (қаралым – 96 500), Telegram – 38. Барлығы – 118.', KK_YEAR);
    expect(figureList(y)).toEqual(['publications=118']);
    expect(figureList(reportUnder('Кеңестің Instagram парақшасында 51, Telegram арнасында 22 жарияланым орналастырылды (барлығы 73).', KK_YEAR))).toEqual(['publications=73']);
  });

  it('near misses: a sum that does not add up, or a total of views, is no publications', () => {
    const x = reportUnder('9. БАҚ ЖӘНЕ ӘЛЕУМЕТТІК ЖЕЛІЛЕР (40)\n\n  • Instagram (29);\n  • Telegram (12).', KK_Q3);
    expect(figureList(x)).toEqual([]);
    expect(mediaList(x)).toEqual([]);
    expect(figureList(reportUnder('Публикации в соцсетях:\nInstagram – 80 (просмотров – 96 500), Telegram – 38. Всего – 96 500.', RU_YEAR))).toEqual([]);
  });

  it('a total wrapped over three lines, the site named with its address', () => {
    const x = reportUnder('Всего опубликовано 648 материалов (в 2024 году –\n512): сайт qogamdyqkenes-almaty.kz – 102, Instagram – 276 (418 300 просмотров),\nFacebook – 84, Telegram-канал – 186.', RU_YEAR);
    expect(mediaList(x)).toEqual(['website:102/null', 'instagram:276/418300', 'facebook:84/null', 'telegram:186/null']);
  });
});

describe('phrasings the lexicon missed', () => {
  it.each([
    ['В течение года выбыли 3 члена Совета, введён 1 член из резервного списка.', RU_YEAR, ['members_joined=1', 'members_left=3']],
    ['Совет провёл 18 заслушиваний отчётов.', RU_YEAR, ['report_hearings=18']],
    ['Рассмотрено с вынесением заключения 61 проект НПА (в 2024 году – 54).', RU_YEAR, ['npa_reviewed=61']],
    ['Поступило 14 обращений. Дан ответ на 13; 1 обращение на рассмотрении.', RU_Q3, ['appeals_answered=13', 'appeals_received=14']],
  ])('%s', (text, title, want) => {
    expect(figureList(reportUnder(text, title))).toEqual(want);
  });

  it('a list of hearings under "ЗАСЛУШИВАНИЕ ОТЧЁТОВ", the date closing each item', () => {
    const x = reportUnder('3. ЗАСЛУШИВАНИЕ ОТЧЁТОВ (2)\n\n  • заместитель акима района – о подготовке к\n    отопительному сезону (17.07.2025);\n  • начальник полиции – о профилактике (25.09.2025).', RU_Q3);
    expect(activityList(x)).toEqual(['report_hearing 2025-07-17', 'report_hearing 2025-09-25']);
  });
});

describe('a month of the period named after the last count counts nothing', () => {
  it('"введён 1 новый член … вместо выбывшего во II квартале" is the quarter\'s one member', () => {
    expect(figureList(reportUnder('В августе в состав введён 1 новый член вместо выбывшего во II квартале.', RU_Q3))).toEqual(['members_joined=1']);
  });

  it('near miss: two months with their own counts are parts', () => {
    const x = reportUnder('В августе введён 1 новый член, в сентябре – 2.', RU_Q3);
    expect(figureList(x)).toEqual([]);
  });
});

describe('a bracket that breaks an earlier count down by parts of the period is not a later count\'s clause', () => {
  it.each([
    ['Есепті кезеңде Кеңестің 3 отырысы (шілдеде – 1, қыркүйекте – 2) және комиссиялардың 8 отырысы өткізілді.', KK_Q3],
    ['Проведено 3 заседания Совета (в июле – 1, в сентябре – 2) и 8 заседаний комиссий.', RU_Q3],
  ])('%s', (text, title) => {
    expect(figureList(reportUnder(text, title))).toEqual(['commission_meetings=8', 'general_meetings=3']);
  });

  it('near miss: a part of the period in the count\'s own clause still makes it a part', () => {
    const x = reportUnder('Проведено 3 заседания Совета, в сентябре – 2 заседания комиссий.', RU_Q3);
    expect(figureList(x)).toEqual(['general_meetings=3']);
    expect(candidateList(x)).toEqual(['commission_meetings=2']);
  });
});

describe('a date after a count\'s dash is when it was held, not the other end of a range', () => {
  it.each([
    ['12. Қоғамдық тыңдаулар – 1 – 2025 жылғы 4 қарашада, аудан бюджетінің жобасы бойынша.', KK_YEAR, ['public_hearings=1']],
    ['Общественные слушания – 1 – 2025 года 4 ноября, по проекту бюджета района.', RU_YEAR, ['public_hearings=1']],
  ])('%s', (text, title, want) => {
    expect(figureList(reportUnder(text, title))).toEqual(want);
  });

  it('near miss: two counts joined by a dash are a range', () => {
    const x = reportUnder('Проведено 5 – 7 встреч с жителями, 2–3 общественных слушания.', RU_YEAR);
    expect(figureList(x)).toEqual([]);
  });
});

describe('"one of the members" who left is one member', () => {
  it.each([
    ['Жыл ішінде мемлекеттік органдар өкілдерінің бірі – аудандық білім бөлімінің қызметкері – басқа жұмысқа ауысуына байланысты кеңес құрамынан шықты.', KK_YEAR, ['members_left=1']],
    ['Кеңес мүшелерінің екеуі құрамнан шықты.', KK_YEAR, ['members_left=2']],
    ['Один из членов Совета выбыл из состава в связи с переездом.', RU_YEAR, ['members_left=1']],
    ['Двое из членов Совета выбыли по собственному желанию.', RU_YEAR, ['members_left=2']],
  ])('%s', (text, title, want) => {
    expect(figureList(reportUnder(text, title))).toEqual(want);
  });

  it('near misses: one of the members elected, or one of a commission\'s members, is no member who left the council', () => {
    expect(figureList(reportUnder('Кеңес мүшелерінің бірі комиссия төрағасы болып сайланды.', KK_YEAR))).toEqual([]);
    expect(figureList(reportUnder('Один из членов Совета избран председателем комиссии.', RU_YEAR))).toEqual([]);
    const x = reportUnder('Один из членов комиссии выбыл из её состава.', RU_YEAR);
    expect(figureList(x)).toEqual([]);
    expect(candidateList(x)).toEqual(['members_left=1']);
  });
});

describe('a slash group under year labels gives the report\'s year\'s count', () => {
  it.each([
    ['6. Кеңес отырыстарының саны (2025 / 2024):\n8 / 7', KK_YEAR, ['general_meetings=8']],
    ['Заседаний Совета (2025 / 2024 гг.): 11 / 9', RU_YEAR, ['general_meetings=11']],
    ['Заседаний Совета (2024 / 2025): 9 / 11', RU_YEAR, ['general_meetings=11']],
  ])('%s', (text, title, want) => {
    expect(figureList(reportUnder(text, title))).toEqual(want);
  });

  it('near misses: no label is the report\'s year, or the values are not as many as the years', () => {
    expect(figureList(reportUnder('Заседаний комиссий (2023 / 2024): 4 / 5', RU_YEAR))).toEqual([]);
    expect(figureList(reportUnder('Заседаний Совета (2025 / 2024): 11 / 9 / 7', RU_YEAR))).toEqual([]);
    expect(figureList(reportUnder('Кеңес отырыстарының саны (2024 / 2023):\n7 / 6', KK_YEAR))).toEqual([]);
  });
});

describe('Kazakh "алынған жауаптар" after letters sent are the letters answered', () => {
  it.each([
    ['19. Мемлекеттік органдарға жіберілген хаттар / алынған жауаптар:\n31 / 27', ['letters_answered=27', 'letters_sent=31']],
    ['Мемлекеттік органдарға 16 хат жіберілді; алынған жауаптар – 13.', ['letters_answered=13', 'letters_sent=16']],
  ])('%s', (text, want) => {
    expect(figureList(reportUnder(text, KK_YEAR))).toEqual(want);
  });

  it('near miss: answers in a sentence of appeals, no letter sent, are no letters\' answers', () => {
    expect(figureList(reportUnder('Азаматтардан 20 өтініш түсті; алынған жауаптар – 13.', KK_YEAR))).toEqual(['appeals_received=20']);
  });
});

describe('a slash group that breaks a total down shares the last label\'s noun, and is read on its own line', () => {
  it.each([
    ['16. Түскен өтініштер, барлығы:\n44\n\n17. Оның ішінде жеке / заңды тұлғалардан:\n39 / 5', KK_YEAR, ['appeals_individuals=39', 'appeals_legal_entities=5', 'appeals_received=44']],
    ['Поступило обращений: 44.\nВ том числе от физических / юридических лиц: 39 / 5', RU_YEAR, ['appeals_individuals=39', 'appeals_legal_entities=5', 'appeals_received=44']],
  ])('%s', (text, title, want) => {
    expect(figureList(reportUnder(text, title))).toEqual(want);
  });

  it('near miss: the first value is never the last label\'s ("юридических лиц: 39 / 5" is no 39 legal entities)', () => {
    expect(figureList(reportUnder('Поступило 44 обращения, от физических / юридических лиц: 39 / 5', RU_YEAR))).not.toContain('appeals_legal_entities=39');
  });
});
