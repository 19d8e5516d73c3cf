/**
 * Session 33, set 105 (CODE-SWITCHING: Russian and Kazakh mixed within a sentence, Russian nouns with Kazakh endings, and
 * Kazakh in the Latin alphabets). Language never changes a figure. Classes: Kazakh Latin of 2018 (acute accents) and of 2017
 * (apostrophes, typed loosely) read in Cyrillic (fromLatinKazakh.ts); a proposal to meet online only is no online meeting,
 * the council's composition and those online said half in Russian (readStatedCounts.ts); a PDF cell's text run on into the
 * next column (readPdfText.ts, tested by the set's pin); report figures with the noun of one language and the verb of the
 * other, "2 – замечаниями", "Кеңес мүшелері – 15: …" (figures.json); yearless days in brackets and clauses
 * (readDatedSentences.ts, datedClauses.ts, sampleItems.ts); "р. Сырдария" ends no sentence (sentencesOf.ts); a summary's
 * "type day; type day" clauses (typedDayClauses.ts); a "Даты: …" / "Күндері: …" line (datesLabelLine.ts); a platform in a
 * bracket after its name (readMedia.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { fromLatinKazakh } from '../../../sources/extract/fromLatinKazakh.ts';
import { sentencesOf } from '../../../sources/extract/grammar/sentencesOf.ts';

const fig = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const days = (text: string, type?: string) => parseReport(text).activities.filter((a) => type === undefined || a.type === type).map((a) => `${a.type} ${a.date_start}`);
const KK_Q3 = 'Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп\n\n';
const RU_Q3 = 'Отчет о работе Общественного совета за III квартал 2026 года\n\n';

describe('Kazakh in the Latin alphabet of 2018 (acute accents): a protocol read as Cyrillic Kazakh', () => {
  const doc = [
    'Qyzylorda oblysy Shıeli aýdany ákimdigi janyndaǵy Qoǵamdyq keńes',
    '',
    'OTYRYS HATTAMASY № 3',
    'Shıeli kenti                                   14.05.2026 j.',
    '',
    'Qoǵamdyq keńestiń quramy – 11 múshe.',
    'Otyrysqa 9 múshe qatysty, onyń ishinde 1 múshe onlaın rejimde.',
    'Qatyspady: Dáýletov Nurlan – іssaparda; Ábenova Gúlnar – aýrýyna baılanysty.',
    '',
    'Qatysqandar:',
    'Seıtqalıev Marat Dáýletuly – tóraǵa',
    'Ysqaqova A.M. (onlaın)',
    'Jumabaev E.K.',
    'Tóleýov D.S.',
    'Kenjebaeva Sh.T.',
    'Orynbaev M.L.',
    'Sydyqova Ú.D.',
    'Baıdildaev T.Ó.',
    'Nurpeıisov S.E. – hatshy',
    '',
    'KÚN TÁRTIBI:',
    '1. Aýdandyq densaýlyq saqtaý bólimi – emhanalardyń jumysy týraly.',
    '',
    'Kún tártibi boıynsha: Biraýyzdan.',
    '',
    '1. TYŃDALDY: bólim basshysy.',
    'SHESHTI: aqparat nazarǵa alynsyn.',
    'Daýys berý: jaqtap – 7, qarsy – 1, qalys – 1. Sheshim qabyldandy.',
  ].join('\n');
  it('the counts, the list with its online mark and initials M/D/L, the votes', () => {
    const x = parseProtocol(doc);
    expect([x.number, x.members_total, x.present, x.online]).toEqual(['3', 11, 9, 1]);
    expect(x.attendees).toHaveLength(9);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(1);
    expect(x.attendees.some((a) => a.name === 'Ысқақова А.М.')).toBe(true);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[null, null, null, true, null], [7, 1, 1, false, 'adopted']]);
  });
  it('the letters: i і, ı и / й, ú ү, ý у, sh ш, I і in capitals', () => {
    expect(fromLatinKazakh(`${doc}\nmáslıhat depýtaty, monıtorıng, Seıitjanov, Kvorým bar`).text).toMatch(/мәслихат депутаты, мониторинг, Сейітжанов, Кворум бар/u);
  });
  it('near-miss: a Russian protocol with English names and apostrophes is left as it is', () => {
    const ru = 'Протокол № 2\nПрисутствовали 7 членов. Гость: O\'Brien (Zoom), Don\'t-Stop LLC, D\'Artagnan, Gökhan Öztürk.';
    expect(fromLatinKazakh(ru).latin).toBe(false);
  });
});

describe('Kazakh in the Latin alphabet of 2017 (apostrophes, typed loosely): a report read as Cyrillic Kazakh', () => {
  const doc = [
    "Shieli audany Qog'amdyq ken'esinin' 2026 jyldyn' II toqsanyndag'y jumysy turaly",
    'ESEP (otchet za II kvartal 2026 g.)',
    '',
    '1. Ken\'es quramy',
    "30.06.2026 jag'daiy boiynsha Ken'es mu'sheleri – 13: azamattyq qog'am o'kilderi – 10,",
    "memlekettik organdar o'kilderi – 3. Ken'este 2 komissiia bar.",
    '',
    '2. Otyrystar',
    "II toqsanda Ken'estin' 3 otyrysy (zasedanie) jane komissiialardyn' 4 otyrysy o'tkizildi.",
    '',
    "3. NQA",
    "4 NQA jobasy qaraldy: 3-eui eskertusiz kelisildi, 1-eui eskertulermen.",
    '',
    "4. O'tinis'ter",
    "Toqsanda 6 o'tinis' tu'sti (jeke tulg'alardan – 5, zan'dy tulg'adan – 1), 6-ine jauap berildi.",
  ].join('\n');
  it('the period, the composition, the meetings, the drafts and the appeals', () => {
    const x = parseReport(doc);
    expect(x.period).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    const f = (m: string) => x.figures.find((g) => g.metric === m)?.value;
    expect([f('members_total'), f('members_civil'), f('members_state'), f('commissions')]).toEqual([13, 10, 3, 2]);
    expect([f('general_meetings'), f('commission_meetings')]).toEqual([3, 4]);
    expect([f('npa_reviewed'), f('npa_approved'), f('npa_with_remarks')]).toEqual([4, 3, 1]);
    expect([f('appeals_received'), f('appeals_individuals'), f('appeals_legal_entities'), f('appeals_answered')]).toEqual([6, 5, 1, 6]);
  });
  it('bare letters read by vowel harmony: a → ә, u → у / ұ, i → й / и / і; Russian loans by their vowel pairs', () => {
    const out = fromLatinKazakh(`${doc}\njane akimdiginin' jauap tulg'a uiym 2-eui komissiia monitoring material zasedanie iag'ni`).text;
    expect(out).toMatch(/және әкімдігінің жауап тұлға ұйым 2-еуі комиссия мониторинг материал заседание яғн/u);
    expect(out).toMatch(/ескертусіз/u);
  });
  it('near-miss: a few apostrophed words in a Russian text are not an alphabet', () => {
    expect(fromLatinKazakh("Отчет. Партнёры: Ken'es LLP, O'zbekiston, Ma'lumot центр, it's done.").latin).toBe(false);
  });
});

describe('a proposal to meet online only is no online meeting', () => {
  const protocol = (proposal: string) => [
    'ХАТТАМА № 5', '12.05.2026', 'Отырысқа 9 мүше қатысты, оның ішінде онлайн режимде 2 человека.',
    'Қатысқандар:', '1. Әбенов Қ.Т.', '2. Сейітов Б.Б. – онлайн', '3. Ким О.О.', '4. Бекова А.А.', '5. Нұрланов Е.Е.',
    '6. Ғалымов С.С.', '7. Жұмабай Д.Д. – онлайн', '8. Тоқтарова Ә.Қ.', '9. Сыздықова Ж.Ы.', '',
    'КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:', '1. Әртүрлі / Разное.', '', '1. ТЫҢДАЛДЫ / СЛУШАЛИ:', proposal, 'Дауыс беру: жақтап – 3, қарсы – 6, қалыс – 0. Ұсыныс қабылданбады.',
  ].join('\n');
  it('kk: "отырыстарды тек онлайн режимде өткізуді ұсынды"', () => {
    const x = parseProtocol(protocol('Ким О.О. 2027 жылдан бастап отырыстарды тек онлайн режимде өткізуді ұсынды.'));
    expect([x.present, x.online, x.attendees.filter((a) => a.online).length]).toEqual([9, 2, 2]);
  });
  it('ru: "предложил впредь проводить заседания только в онлайн-формате"', () => {
    const x = parseProtocol(protocol('Ким О.О. предложил впредь проводить заседания только в онлайн-формате.'));
    expect([x.online, x.attendees.filter((a) => a.online).length]).toEqual([2, 2]);
  });
  it('still: a meeting held wholly online', () => {
    const x = parseProtocol(['ХАТТАМА № 5', '12.05.2026', 'Отырыс толығымен онлайн форматта өтті.', 'Қатысқандар:', '1. Әбенов Қ.Т.', '2. Ким О.О.', '3. Бекова А.А.'].join('\n'));
    expect(x.attendees.every((a) => a.online)).toBe(true);
  });
});

describe('the composition and those online, said half in Russian', () => {
  const head = (line: string) => parseProtocol(`ХАТТАМА / ПРОТОКОЛ № 2\n12.05.2026\n${line}\n`);
  it('"Кеңестің списочный составы – 17 мүше", "Кеңестің утвержденный составы – 15 мүше", "Совет құрамы – 13 мүше"', () => {
    expect(head('Кеңестің списочный составы – 17 мүше.\nОтырысқа 15 член присутствовали.').members_total).toBe(17);
    expect(head('Кеңестің утвержденный составы – 15 мүше.').members_total).toBe(15);
    expect(head('Совет құрамы – 13 мүше.').members_total).toBe(13);
  });
  it('"Барлығы Кеңесте 21 мүше, из них сегодня присутствуют 16", "…, оның ішінде бүгін 11 мүше қатысты"', () => {
    expect([head('Барлығы Кеңесте 21 мүше, из них сегодня присутствуют 16.').members_total]).toEqual([21]);
    expect(head('Барлығы Кеңесте 13 мүше, оның ішінде бүгін 11 мүше қатысты.').members_total).toBe(13);
  });
  it('near-miss: a working group\'s composition, and a count the sentence does not close', () => {
    expect(head('Жұмыс тобы составы – 5 мүше.').members_total).toBeNull();
    expect(head('Барлығы Кеңесте 21 мүше қатысуы керек еді.').members_total).toBeNull();
  });
  it('online: "оның ішінде онлайн режимде 3 человека", "из них онлайн 2 члена", "в том числе в режиме онлайн – 4 мүше"', () => {
    expect(head('Отырысқа 15 член присутствовали, оның ішінде онлайн режимде 3 человека (Zoom арқылы).').online).toBe(3);
    expect(head('Присутствовали 12 членов, из них онлайн 2 члена.').online).toBe(2);
    expect(head('Отырысқа 14 мүше қатысты, в том числе в режиме онлайн – 4 мүше.').online).toBe(4);
  });
  it('near-miss: a broadcast watched online is no member online', () => {
    expect(head('Присутствовали 12 членов, в том числе онлайн-трансляцию смотрели 40 человек.').online).toBeNull();
  });
});

describe('report figures: the noun of one language, the verb of the other', () => {
  it('"6 отчет тыңдалды", "4 есеп заслушано"', () => {
    expect(fig(`${KK_Q3}Кеңес отырыстарында 6 отчет тыңдалды (заслушано).`, 'report_hearings')).toBe(6);
    expect(fig(`${RU_Q3}На заседаниях Совета 4 есеп заслушано.`, 'report_hearings')).toBe(4);
  });
  it('near-miss: reports planned are not heard', () => {
    expect(fig(`${KK_Q3}Келесі тоқсанда 5 отчет тыңдау жоспарланған.`, 'report_hearings')).toBeUndefined();
  });
  it('"6 – ескертусіз келісілді, 2 – замечаниями", "… 1 – рекомендациями"', () => {
    expect(fig(`${KK_Q3}НҚА-ның 8 жобасы қаралды: 6 – ескертусіз келісілді, 2 – замечаниями.`, 'npa_with_remarks')).toBe(2);
    expect(fig(`${RU_Q3}Рассмотрено 5 проектов НПА: 4 – ескертусіз, 1 – рекомендациями.`, 'npa_with_remarks')).toBe(1);
  });
  it('near-miss: "2 – заключения" says no remarks', () => {
    expect(fig(`${KK_Q3}НҚА-ның 8 жобасы қаралды: 6 – ескертусіз келісілді, 2 – заключения дайындалуда.`, 'npa_with_remarks')).toBeUndefined();
  });
  it('"Кеңес мүшелері – 15: …", "Члены Совета – 12: …": the whole before the colon of its parts', () => {
    expect(fig(`${KK_Q3}Кеңес мүшелері – 15: азаматтық қоғам өкілдері – 11, мемлекеттік органдар өкілдері – 4.`, 'members_total')).toBe(15);
    expect(fig(`${RU_Q3}Члены Совета – 12: представители НПО – 9, госорганов – 3.`, 'members_total')).toBe(12);
  });
  it('near-miss: those who took part, a colon after them', () => {
    expect(fig(`${KK_Q3}Отырысқа қатысқандар: кеңес мүшелері – 9: онлайн – 2.`, 'members_total')).toBeUndefined();
  });
});

describe('days and months with no year, the period\'s', () => {
  it('a bracket of days alone: "4 мониторинг жүргізді (08.07, 05.08, 26.08, 17.09)", Russian', () => {
    expect(days(`${KK_Q3}Мүшелер 4 мониторинг жүргізді (08.07, 05.08, 26.08, 17.09).`, 'monitoring')).toEqual(['monitoring 2026-07-08', 'monitoring 2026-08-05', 'monitoring 2026-08-26', 'monitoring 2026-09-17']);
    expect(days(`${RU_Q3}Члены Совета провели 3 мониторинга (10.07, 12.08 и 20.09).`, 'monitoring')).toHaveLength(3);
  });
  it('near-miss: more days than the count, and an amount in a bracket', () => {
    expect(days(`${RU_Q3}Проведено 3 мониторинга (08.07, 05.08, 26.08, 17.09).`, 'monitoring')).toEqual([]);
    expect(days(`${RU_Q3}Проведен 1 мониторинг (охват 12.10 %).`, 'monitoring')).toEqual([]);
  });
  it('a bracket\'s days with their words: one event and two types', () => {
    expect(days(`${KK_Q3}Публичные слушания 1 рет өтті (14.08, аудан бюджетінің атқарылуы).`)).toEqual(['public_hearing 2026-08-14']);
    expect(days(`${KK_Q3}2 дөңгелек үстел (балық шаруашылығы – 24.07, жастар саясаты – 20.08) және 1 семинар (мүшелерді оқыту, 11.09) ұйымдастырылды.`).sort()).toEqual(['round_table 2026-07-24', 'round_table 2026-08-20', 'seminar 2026-09-11']);
  });
  it('"в том числе 05.07 – …" / "оның ішінде 12.08 – …": some of a count, no colon', () => {
    expect(days(`${KK_Q3}Кеңес мүшелері 8 қоғамдық мониторинг жүргізді, в том числе 05.07 – балабақшалар, 28.08 – амбулаториялар.`, 'monitoring')).toEqual(['monitoring 2026-07-05', 'monitoring 2026-08-28']);
    expect(days(`${RU_Q3}Проведено 6 мониторингов, оның ішінде 12.08 – школы, 19.09 – поликлиника.`, 'monitoring')).toEqual(['monitoring 2026-08-12', 'monitoring 2026-09-19']);
  });
  it('near-miss: "в том числе 4 выездных" dates nothing', () => {
    expect(days(`${RU_Q3}Проведено 8 мониторингов, в том числе 4 выездных.`)).toEqual([]);
  });
  it('the type\'s label, its count and a bracket of as many days', () => {
    expect(days(`${KK_Q3}Қоғамдық тыңдаулар – 2 (бюджет бойынша 30.07.2026 және Ережелер жобасы бойынша 09.09.2026).`)).toEqual(['public_hearing 2026-07-30', 'public_hearing 2026-09-09']);
    expect(days(`${RU_Q3}Публичные слушания – 2 (по бюджету 30.07 и по проекту Правил 09.09).`)).toEqual(['public_hearing 2026-07-30', 'public_hearing 2026-09-09']);
    expect(days(`${RU_Q3}Публичные слушания – 3 (по бюджету 30.07 и по проекту Правил 09.09).`)).toEqual([]);
  });
});

describe('an abbreviated river, lake or avenue ends no sentence', () => {
  it('"на р. Сырдария", "өз. жағасы", "пр. Абая"', () => {
    expect(sentencesOf('Мониторинги: 08.07 – пляж на р. Сырдария, 13.08 – клубы.')).toHaveLength(1);
    expect(sentencesOf('Сырдария өз. Жағалауы тексерілді.')).toHaveLength(1);
    expect(sentencesOf('Офис на пр. Абая, 12.')).toHaveLength(1);
    expect(days(`${RU_Q3}Мониторинги: 08.07 – пляж на р. Сырдария, 13.08 – сельские клубы, 10.09 – котельные.`, 'monitoring')).toHaveLength(3);
  });
  it('near-miss: a sentence that ends with a word of one letter still ends', () => {
    expect(sentencesOf('Проведено 2 мониторинга. Заслушано 3 отчета.')).toHaveLength(2);
  });
});

describe('a summary\'s clauses, each a type and its day', () => {
  it('ru and kk', () => {
    expect(days(`${RU_Q3}Круглый стол 26.08 «Жастар және жұмыспен қамту»; диалоговая площадка 17.09 с предпринимателями; семинар 14.07 для членов Совета.`).sort())
      .toEqual(['dialog_platform 2026-09-17', 'round_table 2026-08-26', 'seminar 2026-07-14']);
    expect(days(`${KK_Q3}Дөңгелек үстел 12.08 – «Экология»; семинар 3 қыркүйек – мүшелерге арналған.`).sort()).toEqual(['round_table 2026-08-12', 'seminar 2026-09-03']);
  });
  it('near-miss: a plan, and a clause that is no type\'s', () => {
    expect(days(`${KK_Q3}Алдағы тоқсанда: дөңгелек үстел 12.10 – «Экология»; семинар 3 қараша – мүшелерге.`)).toEqual([]);
    expect(days(`${RU_Q3}Круглый стол 26.08 «Жастар»; приём граждан 17.09 по вопросам ЖКХ.`)).toEqual([]);
  });
});

describe('a line of the days under the paragraph that counts the events', () => {
  const doc = (label: string, count = 6) => `${KK_Q3}3. Отчеттарды тыңдау\nКеңес отырыстарында ${count} есеп тыңдалды.\n${label} 15.07 (білім бөлімі), 14.08 («Су» МКК), 24.09 (ТҮКШ бөлімі).\n`;
  it('"Даты:" and "Күндері:"', () => {
    expect(days(doc('Даты:'), 'report_hearing')).toEqual(['report_hearing 2026-07-15', 'report_hearing 2026-08-14', 'report_hearing 2026-09-24']);
    expect(days(doc('Күндері:'), 'report_hearing')).toHaveLength(3);
  });
  it('near-miss: more days than the count', () => {
    expect(days(doc('Даты:', 2), 'report_hearing')).toEqual([]);
  });
});

describe('a platform named in a bracket after its own name', () => {
  const media = (text: string) => parseReport(text).media.map((m) => [m.platform, m.publications]);
  it('"«Кеңес» (kazkenes) – 4", "канал «Наш район» (Telegram) – 6"', () => {
    expect(media(`${KK_Q3}Ақпараттық жұмыс: Instagram – 31, Facebook – 9, «Кеңес» (kazkenes) платформасында – 4; барлығы 44 жарияланым.`)).toContainEqual(['kazkenes', 4]);
    expect(media(`${RU_Q3}Публикации: Instagram – 31, канал «Наш район» (Telegram) – 6; всего 37 публикаций.`)).toContainEqual(['telegram', 6]);
  });
  it('near-miss: a bracket that is no platform', () => {
    expect(media(`${RU_Q3}Публикации: Instagram – 31, газета «Шиелі» (районная) – 6; всего 37 публикаций.`).map(([p]) => p)).toEqual(['instagram']);
  });
});
