/**
 * Classes of session 44 from automatic speech-to-text transcripts (set 196): time codes opening each turn ("[00:06:20]",
 * "00:00:07") read as counts ("кто за" / "00:05:31 Мусина: за 11" gave 0 for), the recogniser's notes and hesitations
 * ("[неразборчиво]", "ээ"), speakers by number or by surname alone ("Спикер 3:", "Абдрахманов:"), calls to vote with no
 * question mark and their counts in the next turn, a result in the present ("принимается восемью голосами"), two number
 * words said one after the other ("присутствуют двенадцать трое из них онлайн" read as 15 online), a count between two
 * nouns with no punctuation, a thing's number said aloud ("номер три"), a platform's count with its locative glued on.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { COUNT_SOURCE, parseCount } from '../../../sources/extract/parseCount.ts';
import { maskNeverCounts } from '../../../sources/extract/maskNeverCounts.ts';
import { speakerOf } from '../../../sources/extract/protocol/speakerLines.ts';
import { withoutTranscriptMarks } from '../../../sources/extract/transcriptMarks.ts';

const counts = (text: string) => [...text.matchAll(new RegExp(COUNT_SOURCE, 'giu'))].map((m) => parseCount(m[0]));

describe('a transcript\'s marks', () => {
  it('takes off the time codes, the notes and the hesitations, and ends each turn', () => {
    expect(withoutTranscriptMarks([
      '[00:00:04] Спикер 1: ээ добрый день',
      '00:00:15 Мусина: за 11 против ноль воздержался 1',
      '(00:01:02) Хатшы: [неразборчиво] жақтап 7 қарсы 1',
      '[00:13:44] [конец записи]',
    ])).toEqual(['Спикер 1: добрый день.', 'Мусина: за 11 против ноль воздержался 1.', 'Хатшы: жақтап 7 қарсы 1.', '']);
  });

  it('reads a hesitation between words as the speaker\'s pause', () => {
    expect(withoutTranscriptMarks(['[00:01] а: отчётов заслушано два ээ отчёт отдела', '[00:02] б: сайтта он ээ қаралым', '[00:03] в: иә ээ, жоқ'])).toEqual([
      'а: отчётов заслушано два, отчёт отдела.', 'б: сайтта он, қаралым.', 'в: иә, жоқ.',
    ]);
  });

  it('leaves a text with fewer than three time codes as it is (a meeting\'s hour is no time code)', () => {
    const lines = ['Начало: 15:00:00', '10:00:00 Регистрация', 'ээ это не расшифровка'];
    expect(withoutTranscriptMarks(lines)).toBe(lines);
    // An initial keeps its stop; millimetres stay.
    expect(withoutTranscriptMarks(['[00:01] Э. Жүсіпова', '[00:02] осадки 5 мм', '[00:03] ээ'])).toEqual(['Э. Жүсіпова.', 'осадки 5 мм.', '']);
  });
});

describe('a transcript\'s speaker', () => {
  it('is a numbered speaker or a surname alone before lower-case speech', () => {
    expect(speakerOf('Спикер 3: спасибо уважаемые члены совета')?.said).toBe('спасибо уважаемые члены совета');
    expect(speakerOf('Сөйлеуші 2: өтініштер қанша болды')?.speaker).toBe('Сөйлеуші 2');
    expect(speakerOf('Абдрахманов: коллеги добрый день')?.speaker).toBe('Абдрахманов');
    expect(speakerOf('Оңғарова: жоспар бойынша')?.speaker).toBe('Оңғарова');
  });

  it('is no heading of the protocol, nor a name with capitals after it', () => {
    expect(speakerOf('Присутствовали: Абенов Т.К., Ли В.Д.')).toBeNull();
    expect(speakerOf('Решили: рекомендовать управлению')).toBeNull();
    expect(speakerOf('Голосовали: за – 9')).toBeNull();
    expect(speakerOf('Иванова: Предлагаю утвердить')).toBeNull();
  });
});

describe('two number words said one after the other', () => {
  it('are one number only after the tens or the hundred', () => {
    expect(counts('присутствуют двенадцать трое из них онлайн')).toEqual([12, 3]);
    expect(counts('десять два')).toEqual([10, 2]);
    expect(counts('двадцать три члена')).toEqual([23]);
    expect(counts('отыз тоғыз мүше')).toEqual([39]);
    expect(counts('он бес')).toEqual([15]);
    expect(counts('сто двадцать')).toEqual([120]);
  });

  it('leaves a spoken attendance\'s online part its own count', () => {
    const p = parseProtocol(['ПРОТОКОЛ № 2', '', 'Секретарь: из пятнадцати членов совета присутствуют двенадцать трое из них онлайн отсутствуют трое'].join('\n'));
    expect([p.members_total, p.present, p.online]).toEqual([15, 12, 3]);
  });
});

const RU = [
  'Общественный совет при управлении здравоохранения', 'ПРОТОКОЛ № 5 заседания', '12.05.2026, г. Актобе', '', '---- РАСШИФРОВКА ----',
  '[00:00:04] Спикер 1: ну что коллеги начинаем ээ секретарь по кворуму',
  '[00:00:12] Спикер 2: из одиннадцати членов совета присутствуют девять двое из них онлайн кворум есть',
  '[00:00:30] Спикер 1: повестка два вопроса замечаний нет кто за повестку прошу голосовать',
  '[00:00:41] Спикер 1: итак единогласно',
  '[00:00:45] Спикер 1: переходим к первому вопросу слово предоставляется [неразборчиво] ахметову',
  '[00:00:52] Спикер 3: спасибо в области работает 14 поликлиник принято решение принять на работу 35 врачей',
  '[00:03:10] Спикер 1: хорошо проект решения принять информацию к сведению кто за прошу поднять руки',
  '[00:03:20] Спикер 2: за девять против ноль воздержались ноль',
  '[00:03:24] Спикер 1: решение принято',
  '[00:03:30] Спикер 1: второй вопрос ставлю на голосование кто за',
  '[00:03:41] Спикер 2: за 6 против два воздержался один',
  '[00:03:45] Спикер 1: принимается шестью голосами',
  '[00:03:50] [конец записи]',
].join('\n');

const KK = [
  'Қоғамдық кеңес', 'ХАТТАМА № 7', '2026 жылғы 3 маусым', '',
  '[00:00:02] Төраға: ал бастайық хатшы кворум',
  '[00:00:08] Хатшы: кеңестің он бір мүшесінің тоғызы қатысып отыр кворум бар',
  '[00:00:20] Төраға: бірінші мәселе бойынша ұсыныс ақпаратты назарға алу кім жақтайды',
  '[00:00:31] Хатшы: жақтағандар тоғыз қарсы жоқ қалыс жоқ',
  '[00:00:35] Төраға: екінші мәселе ээ жоспар бойынша сөз берейік',
  '[00:02:10] Төраға: жоспарды бекітуге дауыс береміз',
  '[00:02:18] Хатшы: жақтап 6 қарсы 2 қалыс 1',
  '[00:02:22] Төраға: алты дауыспен қабылданады рақмет',
  '[00:02:30] [жазба аяқталды]',
].join('\n');

const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('votes told turn by turn in a transcript', () => {
  it('reads each call with the counts and the result said in the next turns (Russian)', () => {
    const p = parseProtocol(RU);
    expect([p.members_total, p.present, p.online]).toEqual([11, 9, 2]);
    // The bare word for all declares nothing; "решения принять" in the call is the draft, not its result; "принимается
    // шестью голосами" is the result; "14 поликлиник" and "принято решение принять на работу" in a report are no vote.
    expect(votesOf(RU)).toEqual([
      [null, null, null, true, null],
      [9, 0, 0, false, 'adopted'],
      [6, 2, 1, false, 'adopted'],
    ]);
  });

  it('ends a vote with no result where the next question is taken up (Kazakh)', () => {
    expect(votesOf(KK)).toEqual([
      [9, 0, 0, false, null],
      [6, 2, 1, false, 'adopted'],
    ]);
  });

  it('takes no result from the draft read in the call, nor from a count given in a report', () => {
    const text = [
      'ПРОТОКОЛ № 1', '',
      '[00:00:02] Спикер 1: добрый день коллеги',
      '[00:00:03] Спикер 2: здравствуйте',
      '[00:00:04] Спикер 1: начинаем кворум есть',
      '[00:00:10] Спикер 1: ставлю на голосование проект решения принять к сведению кто за',
      '[00:00:20] Спикер 2: за семь против один воздержался ноль',
      '[00:00:30] Спикер 1: переходим ко второму вопросу',
      '[00:00:40] Спикер 3: за год принято обращений 40 решение принято по 12',
    ].join('\n');
    expect(votesOf(text)).toEqual([[7, 1, 0, false, null]]);
  });
});

describe('a transcribed report', () => {
  const RU_REPORT = [
    'Общественный совет при управлении культуры', 'Отчёт о работе за II квартал 2026 года', '(расшифровка выступления председателя)',
    '[00:00:03] Спикер 1: коллеги ээ коротко по итогам квартала',
    '[00:00:14] Спикер 1: заседаний совета за квартал три заседания комиссий пять ну у нас две комиссии',
    '[00:00:48] Спикер 1: отчётов заслушано два ээ отчёт отдела культуры города и отчёт КГУ дом культуры номер четыре',
    '[00:01:20] Спикер 1: публикаций двадцать инстаграм двенадцать фейсбук восемь',
    '[00:01:40] Спикер 1: у меня всё',
  ].join('\n');

  it('states no count that stands between two nouns, nor a thing\'s number said aloud', () => {
    const r = parseReport(RU_REPORT);
    expect(r.figures.find((f) => f.metric === 'commission_meetings')).toBeUndefined();
    expect(r.candidates.find((c) => c.metric === 'commission_meetings')?.value).toBe(3);
    expect(r.figures.find((f) => f.metric === 'report_hearings')?.value).toBe(2);
    expect(r.figures.some((f) => f.metric === 'subordinate_orgs_heard' && f.value === 4)).toBe(false);
    expect(r.media.map((m) => [m.platform, m.publications])).toEqual([['instagram', 12], ['facebook', 8]]);
  });

  it('reads a written sentence\'s count as written: its commas, a preposition before the count', () => {
    const r = parseReport(['Отчёт о работе Общественного совета за 2025 год', '', 'По итогам мониторингов в государственные органы направлено 4 письма с рекомендациями, ответы получены на 3 письма.', 'Совет провёл 5 круглых столов и 2 диалоговые площадки.'].join('\n'));
    expect(r.figures.find((f) => f.metric === 'letters_sent')?.value).toBe(4);
    expect(r.figures.find((f) => f.metric === 'dialog_platforms')?.value).toBe(2);
  });

  it('reads a platform\'s count with its locative glued on, not another year\'s after a comma (Kazakh)', () => {
    const r = parseReport([
      'Мәдениет басқармасы жанындағы Қоғамдық кеңес', '2026 жылғы І жартыжылдық бойынша есеп',
      '[00:00:02] Төраға: құрметті әріптестер ээ қысқаша',
      '[00:00:20] Төраға: жарияланымдар он жеті фейсбукта жеті инстаграмда он, 2025 жылы небәрі тоғыз жарияланым болған',
      '[00:00:41] Төраға: сайтта бес ээ қаралым саны шамамен он мың',
      '[00:01:00] Төраға: рақмет',
    ].join('\n'));
    expect(r.media.map((m) => [m.platform, m.publications, m.views])).toEqual([['facebook', 7, null], ['instagram', 10, null]]);
  });

  it('masks a number said after "номер" / "нөмір", not the issues a "номеров" counts', () => {
    expect(maskNeverCounts('отчёт КГУ центр номер три туркестанской области')).not.toMatch(/три/u);
    expect(maskNeverCounts('мектеп нөмірі бес туралы')).not.toMatch(/бес/u);
    expect(maskNeverCounts('вышло номеров газеты 5')).toMatch(/5/u);
  });
});
