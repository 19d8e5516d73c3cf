// Classes of the protocols of held-out set 32 (Mintourism, Kentau): a vote told by exception ("за – все присутствующие,
// кроме Рахимовой Д.С., которая воздержалась") or by the rest ("за – 8, против – 5, остальные воздержались"), counted
// from those present at that vote — which change when a member leaves mid-meeting; a web page's copy with the protocol
// flattened into paragraphs, its lists run on inline ("Қатысқандар: 1. … – төраға 2. …"); a training camp as a reason
// for being away; the first person of a list typed on its heading's line ("Присутствовали: 1. Иванов …"), read before as
// "1 present" with that person lost (found while fixing Kentau: a false count in any protocol typed so).
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { presenceByLine } from '../../../sources/extract/protocol/presenceByLine.ts';
import { readVoteByException } from '../../../sources/extract/protocol/readVoteByException.ts';
import { splitParagraphs } from '../../../sources/extract/protocol/splitParagraphs.ts';
import { attendanceCounts as counts, doc } from '../../helpers/protocolCounts.ts';

const votes = (x: ReturnType<typeof parseProtocol>) => x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const NONE = { for: null, against: null, abstain: null };
const ru = (...body: string[]) => parseProtocol(doc('ПРОТОКОЛ № 5', 'заседания Общественного совета', '', '12 ноября 2025 года', '',
  'Состав Совета – 23 человека. На заседании присутствуют 15 членов Совета.', '', ...body));
const kk = (...body: string[]) => parseProtocol(doc('ХАТТАМА № 5', '', '2025 жылғы 12 қараша', '',
  'Кеңес құрамы – 15 мүше. Отырысқа 11 мүше қатысты.', '', ...body));

describe('a vote told by exception: all present for but those named', () => {
  it('ru: "за – все присутствующие члены Совета, кроме Рахимовой Д.С., которая воздержалась" → 14/0/1 of 15', () => {
    const x = ru('1. СЛУШАЛИ: Калиеву Ж.Н.', 'Голосовали: за – все присутствующие члены Совета, кроме Рахимовой Д.С., которая воздержалась. Решение принято.');
    expect(votes(x)).toEqual([[14, 0, 1, false, 'adopted']]);
  });

  it('ru (a variant): two named, against — "все проголосовали за, кроме Ли В.Г. и Омарова Д.А., которые голосовали против"', () => {
    const x = ru('Голосовали: все проголосовали за, кроме Ли В.Г. и Омарова Д.А., которые голосовали против. Решение принято.');
    expect(votes(x)).toEqual([[13, 2, 0, false, 'adopted']]);
  });

  it('kk: "Рахимова Д.С.-дан басқа барлық мүше жақтады, ол қалыс қалды" → 10/0/1 of 11', () => {
    const x = kk('Дауыс беру: Рахимова Д.С.-дан басқа барлық мүше жақтады, ол қалыс қалды. Шешім қабылданды.');
    expect(votes(x)).toEqual([[10, 0, 1, false, 'adopted']]);
  });

  it('near-miss: the excepted not named one by one ("кроме двух членов") — a vote with its result, no count', () => {
    const x = ru('Голосовали: за – все присутствующие, кроме двух членов Совета, которые воздержались. Решение принято.');
    expect(votes(x)).toEqual([[null, null, null, false, 'adopted']]);
  });

  it('near-miss: the number present at the vote unknown (one left, none stated) — those excepted counted, "for" not', () => {
    const x = ru('Член Совета Ли В.Г. покинул заседание.', 'Голосовали: за – все присутствующие, кроме Рахимовой Д.С., которая воздержалась. Решение принято.');
    expect(votes(x)).toEqual([[null, 0, 1, false, 'adopted']]);
  });

  it('near-miss: a count on the line that disagrees with the exception gives no count', () => {
    expect(readVoteByException('за – все присутствующие, кроме Рахимовой Д.С., которая воздержалась; воздержались – 2', { for: null, against: null, abstain: 2 }, 15))
      .toEqual({ counts: NONE });
  });
});

describe('a vote told by the rest: the third count is those present less the two given', () => {
  it('ru: "за – 8, против – 5, остальные воздержались" → 8/5/2 of 15', () => {
    expect(votes(ru('Голосовали: за – 8, против – 5, остальные воздержались. Решение принято.'))).toEqual([[8, 5, 2, false, 'adopted']]);
  });

  it('ru (a variant): "против – 3, воздержались – 1, остальные – за" → 11/3/1', () => {
    expect(votes(ru('Голосовали: против – 3, воздержались – 1, остальные – за. Решение принято.'))).toEqual([[11, 3, 1, false, 'adopted']]);
  });

  it('kk: "жақтап – 6, қарсы – 3, қалғандары қалыс қалды" → 6/3/2 of 11', () => {
    expect(votes(kk('Дауыс беру: жақтап – 6, қарсы – 3, қалғандары қалыс қалды. Шешім қабылданды.'))).toEqual([[6, 3, 2, false, 'adopted']]);
  });

  it('near-miss: more counted than present — the rest is not taken', () => {
    expect(readVoteByException('за – 8, против – 9, остальные воздержались', { for: 8, against: 9, abstain: null }, 15)).toEqual({ counts: { for: 8, against: 9, abstain: null } });
  });

  it('near-miss: "остальные против" with no two counts, and a speech telling of a vote by exception, are no vote', () => {
    expect(readVoteByException('Ряд членов поддержал идею, остальные против такого подхода.', NONE, 15)).toBeNull();
    expect(votes(ru('Иванов И.И. сообщил, что на прошлом заседании все проголосовали за, кроме Петрова П.П., который воздержался.'))).toEqual([]);
    expect(votes(kk('Оспанов Д.Н. өткен отырыста Сейтов Б.А.-дан басқа барлық мүше жақтағанын, ол қалыс қалғанын хабарлады.'))).toEqual([]);
  });

  it('near-miss: the number present unknown — the rest is not taken', () => {
    expect(readVoteByException('за – 8, против – 5, остальные воздержались', { for: 8, against: 5, abstain: null }, null)).toEqual({ counts: { for: 8, against: 5, abstain: null } });
  });
});

describe('those present at each vote: a member who leaves mid-meeting', () => {
  const lines = ['На заседании присутствуют 15 членов Совета.', '8. Ли Валерий Геннадьевич (покинул заседание после рассмотрения второго вопроса)',
    'Голосовали: за – 8, против – 5, остальные воздержались.', 'После рассмотрения второго вопроса член Совета Ли В.Г. покинул заседание. Присутствуют 14 членов Совета, кворум сохраняется.',
    'Голосовали: за – 3, против – 9, остальные воздержались.'];

  it('ru: a departure noted in the list and placed in the course of the meeting with its count: 15 before, 14 after', () => {
    expect(presenceByLine(lines, 15)).toEqual([15, 15, 15, 14, 14]);
    expect(votes(ru(...lines.slice(1)))).toEqual([[8, 5, 2, false, null], [3, 9, 2, false, null]]);
  });

  it('kk: "Оспанов Д.Н. отырыстан шығып кетті. Отырыста 10 мүше қатысып отыр." → 10 after', () => {
    expect(presenceByLine(['Отырысқа 11 мүше қатысты.', 'Оспанов Д.Н. отырыстан шығып кетті. Отырыста 10 мүше қатысып отыр.', 'Дауыс беру: …'], 11)).toEqual([11, 10, 10]);
  });

  it('ru (a variant): one joins later with the count stated on the next line', () => {
    expect(presenceByLine(['присутствуют 12', 'Член Совета Ахметов А.А. подключился к заседанию.', 'Присутствуют 13 членов Совета.', 'Голосовали: …'], 12)).toEqual([12, 13, 13, 13]);
  });

  it('near-miss: a departure noted only in the list, placed nowhere — presence unknown from there', () => {
    expect(presenceByLine(['присутствуют 15', '8. Ли В.Г. (покинул заседание)', 'Голосовали: …'], 15)).toEqual([15, null, null]);
    const x = ru('8. Ли В.Г. (покинул заседание)', 'Голосовали: за – 8, против – 5, остальные воздержались. Решение принято.');
    expect(votes(x)).toEqual([[8, 5, null, false, 'adopted']]);
  });

  it('near-miss: a departure with no count stated — unknown after it, not the opening number', () => {
    expect(presenceByLine(['присутствуют 15', 'Иванов И.И. покинул заседание.', 'Голосовали: …'], 15)).toEqual([15, null, null]);
  });
});

describe('a web page\'s copy: lists run on inline in a flattened paragraph', () => {
  const para = 'Кеңес құрамы – 6 мүше. Отырысқа 4 мүше қатысты. Қатысқандар: 1. Тұрғанбаев Ерлан Сейітұлы – төраға 2. Әбдіқадырова Гүлназ Нұрланқызы 3. Байменов Асқар Төлеуұлы (онлайн) 4. Шыңғысов Айдос Асқарұлы. Қатыспағандар: 1. Алдабергенов Қ.Т. – іссапар; 2. Құлмағамбетов С.А. – дәлелсіз себеппен.';

  it('kk: each item on a line of its own, the number after a word with no stop ("– төраға 2.") included', () => {
    expect(splitParagraphs([para]).lines).toEqual([
      'Кеңес құрамы – 6 мүше.', 'Отырысқа 4 мүше қатысты.', 'Қатысқандар:', '1. Тұрғанбаев Ерлан Сейітұлы – төраға', '2. Әбдіқадырова Гүлназ Нұрланқызы',
      '3. Байменов Асқар Төлеуұлы (онлайн)', '4. Шыңғысов Айдос Асқарұлы.', 'Қатыспағандар:', '1. Алдабергенов Қ.Т. – іссапар;', '2. Құлмағамбетов С.А. – дәлелсіз себеппен.',
    ]);
    const x = parseProtocol(doc('ХАТТАМА № 5', '', '2025 жылғы 15 қазан', '', para, ''));
    expect(counts(x)).toEqual({ attendees: 4, online: 1, absentees: 2, excused: 1, unexcused: 1 });
  });

  it('ru: "Присутствовали: 1. Иванов Иван Иванович – председатель 2. Петров …" and the agenda "Повестка дня: 1. … 2. … 3. …"', () => {
    const x = parseProtocol(doc('ПРОТОКОЛ № 3', '', '15 октября 2025 г.', '',
      'Состав Совета – 5 человек. На заседании присутствовали 3 члена Совета. Присутствовали: 1. Иванов Иван Иванович – председатель 2. Петров Петр Петрович 3. Сидоров Сидор Сидорович (онлайн). Отсутствовали: 1. Козлов К.К. – командировка; 2. Орлов О.О. – болезнь.',
      '', 'Повестка дня: 1. Об итогах работы за 9 месяцев 2025 года (докладчик – Иванов И.И.). 2. О плане работы на 2026 год. 3. Разное.', ''));
    expect(counts(x)).toEqual({ attendees: 3, online: 1, absentees: 2, excused: 2, unexcused: 0 });
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
  });

  it('near-miss: a number out of sequence or in the text ("2 сағат", "1 846") is no item, and a paragraph with no list heading stays whole', () => {
    const speech = 'Ахметов Б.Ж. 2025 жылдың 9 айында 1 846 адам жұмысқа орналастырылғанын хабарлады, 5. қабат жөнделді, 2 сағат 40 минут күтеді, жол картасы бойынша 14 жоба іске асырылып жатқанын, 3 мектеп салынғанын айтты және т.б.';
    expect(splitParagraphs([speech]).lines).toEqual([speech]);
    const tail = '1. Тұрғанбаев Ерлан Сейітұлы – төраға, 3. қабаттағы залда 2 сағат бойы отырды, 1 846 адамның өтініштері туралы айтты, 4 мекемеге хат жолданды.';
    expect(splitParagraphs([`Қатысқандар: ${tail}`]).lines).toEqual(['Қатысқандар:', tail]);
  });
});

describe('a training camp as the reason for being away', () => {
  it('ru: "на спортивных сборах в составе национальной сборной" is excused; "учебно-тренировочные сборы" too', () => {
    const x = ru('Отсутствовали:', '1. Абишев К.Т. – на спортивных сборах в составе национальной сборной (тренер);', '2. Жолдыбаев М.Р. – учебно-тренировочные сборы.', '');
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true]);
  });

  it('kk: "оқу-жаттығу жиынында" is excused', () => {
    const x = kk('Қатыспағандар:', '1. Әбішев Қ.Т. – оқу-жаттығу жиынында.', '');
    expect(x.absentees.map((a) => a.excused)).toEqual([true]);
  });

  it('near-miss: "сбор подписей" / "жиналыс" are no training camp — the reason stays unknown', () => {
    const x = ru('Отсутствовали:', '1. Абишев К.Т. – сбор подписей;', '');
    expect(x.absentees.map((a) => a.excused)).toEqual([null]);
  });
});

describe('the first person of a list typed on its heading\'s line', () => {
  it('ru: "Присутствовали: 1. Иванов Иван Иванович – председатель" / "2. …" — three present, not "1 present" and two', () => {
    const x = parseProtocol(doc('ПРОТОКОЛ № 5', '', '15 октября 2025 г.', '', 'Присутствовали: 1. Иванов Иван Иванович – председатель', '2. Петров Петр Петрович', '3. Сидоров Сидор Сидорович', ''));
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов Иван Иванович', 'Петров Петр Петрович', 'Сидоров Сидор Сидорович']);
    expect(x.present).toBeNull();
  });

  it('kk: "Қатысқандар: 1. Тұрғанбаев Ерлан Сейітұлы – төраға" / "2. …"; a variant: "Отсутствовали: 1) Козлов К.К. – командировка"', () => {
    const x = parseProtocol(doc('ХАТТАМА № 5', '', '2025 жылғы 15 қазан', '', 'Қатысқандар: 1. Тұрғанбаев Ерлан Сейітұлы – төраға', '2. Әбдіқадырова Гүлназ Нұрланқызы', '',
      'Отсутствовали: 1) Козлов К.К. – командировка', '2) Орлов О.О. – болезнь', ''));
    expect(counts(x)).toEqual({ attendees: 2, online: 0, absentees: 2, excused: 2, unexcused: 0 });
    expect(x.present).toBeNull();
  });

  it('near-miss: "Присутствовали: 12 членов Совета", "Присутствовали: 1 член президиума", "Повестка дня: 1. Об отчете" keep their lines', () => {
    for (const line of ['Присутствовали: 12 членов Совета.', 'Присутствовали: 1 член президиума.', 'Повестка дня: 1. Об отчете за 2025 год.', 'Присутствовали: 1. члены Совета по списку']) {
      expect(splitParagraphs([line]).lines).toEqual([line]);
    }
  });
});
