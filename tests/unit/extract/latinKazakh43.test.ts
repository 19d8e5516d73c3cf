/**
 * Classes of set 184 (Kazakh in the Latin alphabet, as secretaries type it), each with a variant and near misses: the
 * hybrid alphabet — the letters of 2021 (ä ğ ñ ö ū ü) with a plain i for і and "sh" / "ch" for ш / ч, as a keyboard with
 * no ı and no ş types it ("Keñestiñ 11 müshesiniñ 9-y qatysty, onyñ ishinde 2-eui onlain") — read in Cyrillic with the
 * i told by its place and the word's vowels (fromLatinKazakh); a vote table of a PDF whose narrow columns ran together,
 * its row's "единогласно" a cell merged over the counts (respreadVoteTable), and a row whose counts stayed run together
 * in one cell, whose other cells are under the wrong labels (readVoteTable).
 */
import { describe, expect, it } from 'vitest';
import { fromLatinKazakh } from '../../../sources/extract/fromLatinKazakh.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const HYBRID_PROTOCOL = [
  'Jetisu oblysynyñ tilderdi damytu basqarmasy janyndağy Qoğamdyq keñes otyrysynyñ',
  'HATTAMASY № 5',
  'Taldyqorğan q.                    14.10.2026 j.',
  'Keñestiñ 11 müshesiniñ 9-y qatysty, onyñ ishinde 2-eui onlain rejimde (Zoom arqyly).',
  'Kvorum bar, otyrys zañdy dep tanyldy.',
  'QATYSQANDAR:',
  '1. Ämirbekova S.B. – keñes törağasy',
  '2. Tölegenova Ä.S. (onlain)',
  'QATYSPAĞANDAR:',
  'Äbdiqadyrov R.S. – issaparda (Almaty q.);',
  'Chernova O.V. – auyruyna bailanysty.',
  'KÜN TÄRTIBI:',
  '1. Keñestiñ 2027 jylğa arnalğan jūmys josparynyñ jobasy turaly.',
  '1. TYÑDALDY: Sharipova L.T. – jospar jobasy (4 toqsan, 22 is-shara).',
  'Dauys beru: «jaqtap» – 9, «qarsy» – joq, «qalys» – joq. Sheshim qabyldandy.',
  'Keñes törağasy                               S. Ämirbekova',
].join('\n');

describe('Kazakh in the hybrid Latin alphabet (2021 letters, i for і, sh for ш)', () => {
  it('reads the words as Cyrillic Kazakh: мүшесінің, ішінде, 2-еуі, онлайн, Шешім, Чернова О.В.', () => {
    const { text, latin } = fromLatinKazakh(HYBRID_PROTOCOL);
    expect(latin).toBe(true);
    expect(text).toContain('Кеңестің 11 мүшесінің 9-ы қатысты, оның ішінде 2-еуі онлайн реж');
    expect(text).toContain('(Zoom арқылы).');
    expect(text).toContain('Жетісу облысының тілдерді дамыту басқармасы');
    expect(text).toContain('Шешім қабылданды');
    expect(text).toContain('Чернова О.В. – ауыруына байланысты.');
    expect(text).toContain('КҮН ТӘРТІБІ:');
  });
  it('the protocol is read as its Cyrillic would be: 11 members, 9 present, 2 online, one vote 9/0/0 adopted', () => {
    const x = parseProtocol(HYBRID_PROTOCOL);
    expect([x.members_total, x.present, x.online]).toEqual([11, 9, 2]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[9, 0, 0, 'adopted']]);
  });
  it('variant: the i of a loan or a back word is и, "ia" я, "iia" ия; й after a vowel', () => {
    const { text } = fromLatinKazakh(`${HYBRID_PROTOCOL}\nIağni saiasat komissiialardyñ monitoring jariialandy direktorynyñ mäslihat Qabanbai boiynsha ishki tömendegidei`);
    expect(text).toContain('Яғни саясат комиссиялардың мониторинг жарияланды директорының мәслихат Қабанбай бойынша ішкі төмендегідей');
  });
  it('variant: a report in the hybrid alphabet gives its appeals and members', () => {
    const report = [
      'Jetisu oblysynyñ tilderdi damytu basqarmasy janyndağy Qoğamdyq keñestiñ 2026 jylğy 9 aidağy jūmysy turaly',
      'AQPARAT',
      '30.09.2026 jağdai boiynsha Keñeste 11 müshe bar: azamattyq qoğam ökilderi – 8, memlekettik organdar ökilderi – 3.',
      '9 aida Keñeske 17 ötinish tüsti, onyñ ishinde jeke tūlğalardan – 15, zañdy tūlğalardan – 2.',
      'Keñes müsheleri 5 monitoring jürgizdi. Jūmys josparynyñ barlyq tarmaqtary oryndaldy.',
    ].join('\n');
    const figures = Object.fromEntries(parseReport(report).figures.map((f) => [f.metric, f.value]));
    expect(figures).toMatchObject({ members_total: 11, members_civil: 8, members_state: 3, appeals_received: 17, appeals_individuals: 15, appeals_legal_entities: 2, monitorings: 5 });
  });
  it('near-miss: the official alphabet of 2021 (with ı) keeps its i as и ("Seitqaliūly", "ışınde")', () => {
    const official = 'Keñes müşelerınıñ jalpy sany – 11. Mäjılıske qatysty – 9, onyñ ışınde 1 müşe onlain. Älımbetov Murat Seitqaliūly – ıssapar. Keñestıñ jūmys josparyn bekıtu turaly. Şeşım qabyldanbady. Qoğamdyq keñes törağasy.';
    expect(fromLatinKazakh(official).text).toContain('оның ішінде 1 мүше онлайн. Әлімбетов Мурат Сейтқалиұлы – іссапар');
  });
  it('near-miss: a Russian text naming Shymkent and a guest Chernova is left as it is', () => {
    const text = 'ПРОТОКОЛ № 3\nг. Шымкент (Shymkent), гость Chernova O.V. (Zoom), Ünal Şahin.\nПрисутствовали: 9.\n';
    expect(fromLatinKazakh(text)).toEqual({ text, latin: false });
  });
});

const APOSTROPHE_BASE = "Ken'es mu'sheleri qatysty. Ku'n ta'rtibi bekitildi. S'es'im qabyldandy. O'tinis'ter tu'sti. Qog'amdyq ken'es. Jumys josparyn'. Ken'estin' otyrysy. Tyn'daldy. Jobasy boi'yns'a. Do'n'gelek u'stel. Ko'rneki aqparat.\n";
const apostrophes = (words: string) => fromLatinKazakh(`${APOSTROPHE_BASE}${words}`).text.split('\n')[1];

describe('Kazakh in the 2017 alphabet typed loosely: loans, compounds, bare letters', () => {
  it('a loan or a compound with an a after its front vowels keeps а and и: семинар, Кентау, Сайрам, сайт, Түркістан', () => {
    expect(apostrophes("seminar, Kentau, Sairam, sait, Tu'rkistan, man'dai'sha")).toBe('семинар, Кентау, Сайрам, сайт, Түркістан, маңдайша');
  });
  it('a bare u after the first syllable is у (салыстыру, қатысушы, меморандум); the first keeps ұ (жұмыс, құрамы, Бақытұлы)', () => {
    expect(apostrophes("salystyru, qatysus'y, memorandum, jumys, quramy, tulg'a, Baqytuly")).toBe('салыстыру, қатысушы, меморандум, жұмыс, құрамы, тұлға, Бақытұлы');
  });
  it('the dictionary settles a bare letter harmony misreads ("gazetinin\'" газетінің, "to\'rag\'a" төраға) and an s\' typed bare ("mu\'se" мүше)', () => {
    expect(apostrophes("gazetinin' to'rag'a, 15 mu'se")).toBe('газетінің төраға, 15 мүше');
  });
  it('the report reads its members, seminar, memorandum and website from such words', () => {
    const report = [
      "Tu'rkistan oblysynyn' tilderdi damyty' basqarmasy janyndag'y Qog'amdyq ken'es",
      "2026 JYLDYN' III TOQSANYNDAG'Y JUMYS S'EJIRESI",
      "Ken'es quramy: 30.09.2026 jag'dai'y boi'yns'a 15 mu'se – azamattyq qog'am o'kilderi 11, memlekettik organ o'kilderi 4. Toqsanda quramda o'zgeris bolg'an joq.",
      "19.08 – Memlekettik qyzmets'ilerge arnalg'an seminar.",
      "10.09 – \"Qazaq tili\" qog'amymen memorandumg'a qol qoi'yldy.",
      "Seminar .......................................... 1",
      "Memorandum ....................................... 1",
      "BAQ-tag'y jariialanymdar ......................... 26 (Instagram – 14, Telegram – 9, sait – 3)",
    ].join('\n');
    const x = parseReport(report);
    const figures = Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
    expect(figures).toMatchObject({ members_total: 15, members_state: 4, seminars: 1, memoranda: 1, publications: 26 });
    expect(x.media.find((m) => m.platform === 'website')?.publications).toBe(3);
  });
  it('near-miss: an s opening a word is never read as ш ("sait" stays сайт, "sauda" сауда), nor a name\'s ("Usenova")', () => {
    expect(apostrophes('saittary, sauda, Usenova')).toBe('сайттары, сауда, Ұсенова');
  });
});

const ACUTE_BASE = 'Qoǵamdyq keńes otyrysy. Keńes músheleri qatysty. Kún tártibi bekitildi. Sheshim qabyldandy. Ótinish túsken joq. Qaýly jáne qorytyndy. Aýdandyq máslıhat.\n';
const acute = (words: string) => fromLatinKazakh(`${ACUTE_BASE}${words}`).text.split('\n')[1];

describe('Kazakh in the 2018 alphabet as typed: a loan\'s -нг as ń, я shortened to ıa', () => {
  it('"Monıtorıń", "monıtorıńi", "trenıń" are мониторинг, мониторингі, тренинг — the genitive of a Kazakh word stays', () => {
    expect(acute('Monıtorıń – 5, monıtorıńi, trenıń, keńestiń, monıtordyń')).toBe('Мониторинг – 5, мониторингі, тренинг, кеңестің, монитордың');
  });
  it('"jarıalanymdar" is жарияланымдар where only that is a word; "materıal" stays материал', () => {
    expect(acute('BAQ-taǵy jarıalanymdar, jarııalanym, materıal')).toBe('БАҚ-тағы жарияланымдар, жарияланым, материал');
  });
  it('the report counts its monitorings from such a row', () => {
    const report = `Qyzylorda oblysynyń tilderdi damytý basqarmasy janyndaǵy Qoǵamdyq keńestiń 2026 jyldyń birinshi jartyjyldyǵyndaǵy jumysy týraly\nESEP\n${ACUTE_BASE}Jartyjyldyqta Keńes músheleri 5 monıtorıń júrgizdi.\n`;
    expect(parseReport(report).figures.find((f) => f.metric === 'monitorings')?.value).toBe(5);
  });
});

const HEAD_RU = 'ПРОТОКОЛ № 9\n02.12.2026 г.\nСостав Совета – 9 человек. Присутствуют – 8.\nПовестка дня:\n1. О плане.\n2. О мониторинге.\n3. О предложении.\nИтоги голосования\n';
const HEAD_KK = 'ХАТТАМА № 9\n02.12.2026 ж.\nКүн тәртібі:\n1. Жоспар туралы.\n2. Мониторинг туралы.\n3. Ұсыныс туралы.\nДауыс беру қорытындысы\n';
const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a vote table whose narrow columns ran together (a PDF)', () => {
  it('ru: "1 ⇥ единогласно ⇥ принято" (a cell merged over the counts) does not end the table; the rows after it are read', () => {
    expect(votes(`${HEAD_RU}Вопрос\tЗа Против Воздержались Решение\n1\tединогласно\tпринято\n2\t5 2\t1\tпринято\n3\t3 4\t1\tне принято\n`)).toEqual([
      [null, null, null, true, 'adopted'],
      [5, 2, 1, false, 'adopted'],
      [3, 4, 1, false, 'rejected'],
    ]);
  });
  it('kk variant: "1 ⇥ бірауыздан ⇥ қабылданды" between rows of counts', () => {
    expect(votes(`${HEAD_KK}Мәселе\tЖақтап Қарсы Қалыс Шешім\n1\t8 0\t0\tқабылданды\n2\tбірауыздан\tқабылданды\n3\t3 4\t1\tқабылданбады\n`)).toEqual([
      [8, 0, 0, false, 'adopted'],
      [null, null, null, true, 'adopted'],
      [3, 4, 1, false, 'rejected'],
    ]);
  });
  it('near-miss: a row whose counts stay run together ("3 4") gives no count at all — its 1 is no "против"', () => {
    const x = parseProtocol(`${HEAD_RU}Вопрос\tЗа Против Воздержались Решение\n1\tединогласно\tпринято\n2\t5 2\tпринято\n3\t3 4\t1\tне принято\n`);
    for (const v of x.votes.slice(1)) expect([v.for, v.against, v.abstain]).toEqual([null, null, null]);
    expect(x.issues.some((i) => /run together/u.test(i.message))).toBe(true);
  });
});
