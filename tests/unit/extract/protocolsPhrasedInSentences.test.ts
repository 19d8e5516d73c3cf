/**
 * Protocols that tell their counts in sentences rather than labels (issue 12, session 16, sets 44 and 45): votes as noun
 * phrases ("12 голосов «за», ни одного «против»", "пять голосов «за» при четырех «против» и двух воздержавшихся и принято не
 * было", a sentence of counts broken over two lines), all present for with the verb first, unanimity as an idiom ("бір
 * кісідей", "единодушно"), "для принятия решения" that is no result; attendance told as "пришли одиннадцать из
 * пятнадцати", "двое из них - Ким А.Г. и Садыкова Н.М. - по видеосвязи", online named without a count, registration,
 * "қалған он мүше жиналды", "бейнебайланыспен қосылған ешкім жоқ"; an absentee's reason in brackets wrapped over lines.
 * In Russian and Kazakh, with near-misses that must state nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const HEAD = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n17 апреля 2025 года\n\n';
const AGENDA = '\n\nПовестка дня:\n1. Об отчете.\n2. Разное.\n\n';

/** The votes of a protocol whose first question's section is `section`. */
const votesOf = (section: string) =>
  parseProtocol(`${HEAD}Присутствовали 10 членов Совета из 13.${AGENDA}1. СЛУШАЛИ: Иванова И.И. - об отчете.\nРЕШИЛИ: Отчет принять к сведению.\n${section}\n`)
    .votes.map(({ for: f, against, abstain, unanimous, declared }) => ({ for: f, against, abstain, unanimous, declared }));

/** The stated counts of a protocol whose attendance is told in `text`. */
const countsOf = (text: string) => {
  const x = parseProtocol(`${HEAD}${text}${AGENDA}`);
  return { total: x.members_total, present: x.present, online: x.online };
};

describe('votes told as noun phrases and sentences', () => {
  it.each([
    // "ни одного «против»": none, not one.
    ['Итоги голосования: 12 голосов «за», ни одного «против», воздержавшихся нет -\nединогласно.', { for: 12, against: 0, abstain: 0, unanimous: true, declared: null }],
    ['Итоги голосования: 9 голосов «за», ни одного голоса «против», 1 воздержался. Решение принято.', { for: 9, against: 0, abstain: 1, unanimous: false, declared: 'adopted' }],
    // Counts before their labels joined by "при" and "и", the sentence broken over two lines; "принято не было".
    ['Предложение о проведении мониторинга получило лишь пять\nголосов «за» при четырех «против» и двух воздержавшихся и принято не было.', { for: 5, against: 4, abstain: 2, unanimous: false, declared: 'rejected' }],
    ['Ұсынысты жеті мүше жақтап, екі мүше қалыс қалды, қарсы дауыс\nболмады; ұсыныс қабылданды.', { for: 7, against: 0, abstain: 2, unanimous: false, declared: 'adopted' }],
    ['Ұсыныс бойынша бес мүше жақтап, төрт мүше қарсы\nболды, екеуі қалыс қалды; ұсыныс қабылданған жоқ.', { for: 5, against: 4, abstain: 2, unanimous: false, declared: 'rejected' }],
    // "«против» и «воздержавшихся» нет": the labels in quotes.
    ['Голосование: «за» - 10, «против» и «воздержавшихся» нет. Принято единогласно.', { for: 10, against: 0, abstain: 0, unanimous: true, declared: 'adopted' }],
    ['Дауыс беру: «жақтап» – 10, «қарсы» және «қалыс қалғандар» жоқ. Бірауыздан қабылданды.', { for: 10, against: 0, abstain: 0, unanimous: true, declared: 'adopted' }],
    // Kazakh "он" (ten) after a label.
    ['Дауыс беру: жақтап – он, қарсы – жоқ, қалыс – жоқ.\nШешім қабылданды.', { for: 10, against: 0, abstain: 0, unanimous: false, declared: 'adopted' }],
    // "для принятия решения недостаточно … считается отклоненным": the noun "принятие" is no result.
    ['Голосовали: за - 6, против - 5, воздержались - 2. Шести голосов «за» при\nтринадцати присутствующих для принятия решения недостаточно (требуется более\nполовины), предложение считается отклоненным.', { for: 6, against: 5, abstain: 2, unanimous: false, declared: 'rejected' }],
  ])('%s', (section, vote) => {
    expect(votesOf(section)).toEqual([vote]);
  });

  it.each([
    // All present for, the verb before those who voted.
    ['За принятие решения проголосовали все присутствующие члены Совета.\nРешение принято.', 'adopted'],
    ['Жақтап отырысқа қатысқан мүшелердің барлығы дауыс берді. Шешім қабылданды.', 'adopted'],
    // Unanimity as an idiom, its result the support itself.
    ['Кеңес мүшелері бұл ұсынысты бір кісідей қолдады.', 'adopted'],
    ['Кеңес мүшелері шешімді бірауыздан қолдады.', 'adopted'],
    ['Члены Совета единодушно поддержали предложение.', 'adopted'],
  ])('%s → all for', (section, declared) => {
    expect(votesOf(section)).toEqual([{ for: null, against: null, abstain: null, unanimous: true, declared }]);
  });

  it.each([
    // "ни одного" of something else, and a speech about one who was against.
    'Иванов И.И. сообщил, что ни одного обращения «против» строительства не поступало.',
    // A member spoke for a proposal: "за перенос" is no vote.
    'Рахимжанов Б.К. высказался за перенос мониторинга на осень, после\nзавершения реконструкции торговых рядов.',
    'Для принятия решения необходимо не менее 7 голосов.',
  ])('%s → no vote', (section) => {
    expect(votesOf(section)).toEqual([]);
  });
});

describe('attendance told in sentences', () => {
  it.each([
    ['На заседание пришли одиннадцать из пятнадцати членов Совета, причём двое из\nних - Пак Е.В. и Сагындыкова Р.М. - подключились дистанционно через Zoom.', 15, 11, 2],
    ['На заседание пришли 9 из 12 членов Совета.', 12, 9, null],
    // The opening's count with no verb of presence: the whole only; the count after a late arrival is the meeting's.
    ['К началу заседания в зале и на связи находились 12 членов Совета из 17;\nдвое из них - Ким А.Г. и Садыкова Н.М. - по видеосвязи (Zoom). В 10.40 к\nзаседанию присоединился Ордабаев Е.Б., после чего присутствовали 13 членов\nСовета. Кворум обеспечен.', 17, 13, 2],
    // Online named, no count: as many as named.
    ['Списочный состав Совета - 13 человек. Прошли регистрацию 10, из которых\nСейткали Б.Н. участвует по видеосвязи WhatsApp, находясь в п. Калкаман.', 13, 10, 1],
    ['Отырысқа 9 мүше қатысты, оның ішінде Сейтқали Б.Н. мен Омаров Т.Т. бейнебайланыс арқылы қосылды.', null, 9, 2],
    // The whole in the ablative, the rest gathered.
    ['Кеңес құрамындағы 13 мүшеден отырысқа үшеуі келе алмады, қалған он мүше\nжиналды, олардың бірі бейнебайланыс арқылы қатысты.', 13, 10, 1],
    // None online, said after the means.
    ['Кеңестің тоғыз мүшесінің тоғызы да осында, бейнебайланыспен қосылған ешкім жоқ.', 9, 9, 0],
    ['Присутствуют 9 членов Совета, по видеосвязи не подключился никто.', null, 9, 0],
  ])('%s → %s members, %s present, %s online', (text, total, present, online) => {
    expect(countsOf(text)).toEqual({ total, present, online });
  });

  it.each([
    // Came to something else.
    // A quorum threshold and a group of members of something else.
    'Кворум (не менее 9 человек) имеется.',
    'Он сообщил, что из них Петров П.П. участвует в семинаре.',
    'В мониторинге участвовали 3 члена Совета из 5 комиссий.',
  ])('%s → no count stated', (text) => {
    expect(countsOf(text)).toEqual({ total: null, present: null, online: null });
  });

  it('reads a name after "из них" with a dash, no verb, as no count online', () => {
    expect(countsOf('Присутствуют 10 членов Совета, из них Иванов И.И. – по видеосвязи.')).toEqual({ total: null, present: 10, online: null });
    expect(countsOf('Отырысқа 10 мүше қатысты, оның ішінде Омаров Т.Т. – бейнебайланыс.')).toEqual({ total: null, present: 10, online: null });
  });

  it('reads those who did not come as no count of those present', () => {
    expect(countsOf('На заседание не пришли 3 из 15 членов Совета.')).toEqual({ total: 15, present: null, online: null });
  });
});

describe('absentees listed after the heading, a reason wrapped in brackets', () => {
  const absent = (text: string) => parseProtocol(`${HEAD}${text}${AGENDA}`).absentees.map((a) => [a.name, a.excused]);

  it('reads each, the reason given for a group after the names', () => {
    expect(absent('Регистрацию не прошли: Айтжанов Е.М. (больничный лист), Фролова Н.В.\n(участвует в областном семинаре НПО в г. Павлодаре) - причины уважительные;\nКенжебеков С.А. - без уважительной причины (третье отсутствие в 2025 году).')).toEqual([
      ['Айтжанов Е.М.', true], ['Фролова Н.В.', true], ['Кенжебеков С.А.', false],
    ]);
  });

  it('reads a Kazakh list the same', () => {
    expect(absent('Тіркеуден өтпегендер: Әлімжанов Б.С. (науқас), Ерназарова Қ.Ж.\n(облыстық мәслихаттың сессиясына қатысуына байланысты);\nТөлепов С.Н. – себепсіз.')).toEqual([
      ['Әлімжанов Б.С.', true], ['Ерназарова Қ.Ж.', true], ['Төлепов С.Н.', false],
    ]);
  });

  it('reads an absentee who gave no explanation as unexcused', () => {
    expect(absent('Не смогли прийти Гусейнова Л.А. (командировка в г. Костанай) и Жанабаев Т.К.\n(находится на стационарном лечении); Мирошниченко В.В. на заседание не пришел, объяснений от него\nне поступало.')).toEqual([
      ['Гусейнова Л.А.', true], ['Жанабаев Т.К.', true], ['Мирошниченко В.В.', false],
    ]);
  });
});
