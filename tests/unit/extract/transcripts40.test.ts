/**
 * Classes of session 40 from verbatim records (set 160): turns opened by the surname alone in capitals ("ЕРМЕКОВА: Десять.",
 * "ЖҮНІСОВ (орнынан): …") were no turns, so no vote asked and answered was read; the roll called in the caller's turns
 * ("Кенжеев?" / "КЕНЖЕЕВ: Здесь." / "Шамшиев, Искакова – все в зале."); votes answered with the one counted named first
 * ("Тимур Серикович – один."), with whom the count takes in ("Одиннадцать, с Утегеновой."), in Kazakh "Он." (ten), a count
 * corrected aloud ("Семь." – "Тогда восемь."), questions with a dash ("Жақтап – ?"), the word for all inside the result
 * ("Күн тәртібі бірауыздан бекітілді."); the agenda listed after "Күн тәртібі:" with ordinals and no count; the title "СӨЗБЕ-СӨЗ
 * ЖАЗБАСЫ № 6"; and (set 162) a bilingual vote line broken after its slash ("… бірауыздан /" / "единогласно. …"), one vote.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { speakerOf } from '../../../sources/extract/protocol/speakerLines.ts';

const SIGNED = ['', 'Председатель                    А. Омаров', 'Секретарь                       Б. Ахметова'];

function record(head: string[], turns: string[]): string {
  return [...head, '', ...turns, ...SIGNED].join('\n');
}

const RU_HEAD = ['СТЕНОГРАММА', 'заседания Общественного совета № 4', 'г. Костанай, 12 марта 2026 г.', '', 'Председательствует: Омаров А.К.'];
const KK_HEAD = ['ОТЫРЫСТЫҢ СӨЗБЕ-СӨЗ ЖАЗБАСЫ № 6', '2026 жылғы 21 қазан', '', 'Төрағалық етуші – Омаров А.К.'];

describe('a turn opened by the surname alone in capitals', () => {
  it('is a turn, its bracket kept aside, in either language', () => {
    expect(speakerOf('ЕРМЕКОВА (секретарь Совета): Жумагалиев – здесь.')).toEqual({ speaker: 'ЕРМЕКОВА', said: 'Жумагалиев – здесь.', aside: 'секретарь Совета' });
    expect(speakerOf('ЖҮНІСОВ (орнынан): Ал Теміртауда?')?.speaker).toBe('ЖҮНІСОВ');
    expect(speakerOf('НҰРЛАНҰЛЫ (бейнебайланыс арқылы): Естимін.')?.aside).toBe('бейнебайланыс арқылы');
    expect(speakerOf('ЛИТВИНЕНКО: Здесь.')?.speaker).toBe('ЛИТВИНЕНКО');
  });

  it('is no turn when the word in capitals is a heading of the protocol', () => {
    for (const line of ['РЕШИЛИ: утвердить план.', 'СӨЙЛЕГЕНДЕР: Ахметов А.', 'ГОЛОСОВАЛИ: за – 5.', 'ТЫҢДАЛДЫ: есеп.', 'ПРИСУТСТВОВАЛИ: 12 членов.', 'ВЫСТУПИЛИ: Петров П.П.']) {
      expect(speakerOf(line)).toBeNull();
    }
  });
});

const RU_VOTES = [
  'ПРЕДСЕДАТЕЛЬ: Добрый день. Кворум есть.',
  'ПРЕДСЕДАТЕЛЬ: Кто за повестку? Прошу голосовать.',
  'ЕРМЕКОВА: Одиннадцать, с Утегеновой.',
  'ПРЕДСЕДАТЕЛЬ: Против? Нет. Воздержались? Нет. Повестка утверждена.',
  '',
  'ПРЕДСЕДАТЕЛЬ: Кто за проект решения? Прошу голосовать.',
  'ЕРМЕКОВА: Семь.',
  'ФЕДОРЧЕНКО: Я тоже за, вы меня не увидели.',
  'ЕРМЕКОВА: Тогда восемь.',
  'ПРЕДСЕДАТЕЛЬ: Восемь. Против? Нет. Воздержались?',
  'КУСАИНОВ: Воздерживаюсь.',
  'ПРЕДСЕДАТЕЛЬ: Один. Решение принято.',
  '',
  'ПРЕДСЕДАТЕЛЬ: Голосуем за предложение. За – ?',
  'ЕРМЕКОВА: Шесть. Против – семь. Воздержались – один.',
  'ПРЕДСЕДАТЕЛЬ: Предложение не прошло.',
  '',
  'ПРЕДСЕДАТЕЛЬ: Кто за план? Прошу голосовать.',
  'ЕРМЕКОВА: Семь.',
  'ПРЕДСЕДАТЕЛЬ: Против – один. Воздержались? Тимур Серикович – один. План утверждён.',
  '',
  'ПРЕДСЕДАТЕЛЬ: Кто за? Против? Нет. Воздержались? Нет. Повестка единогласно утверждена.',
];

describe('votes asked and answered in a record whose speakers are surnames in capitals', () => {
  it('reads the count with whom it takes in, the corrected count, a question with a dash, the one counted named first', () => {
    const votes = parseProtocol(record(RU_HEAD, RU_VOTES)).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
    expect(votes).toEqual([
      [11, 0, 0, false, 'adopted'],
      [8, 0, 1, false, 'adopted'],
      [6, 7, 1, false, 'rejected'],
      [7, 1, 1, false, 'adopted'],
      [null, 0, 0, true, 'adopted'],
    ]);
  });

  it('reads the Kazakh dialogue: "Он." is ten, "Онда сегіз." corrects, the word for all inside the result', () => {
    const text = record(KK_HEAD, [
      'ТӨРАҒА: Қайырлы күн. Кворум бар.',
      'ТӨРАҒА: Күн тәртібін бекітейік. Кім жақтайды? Дауыс беруді сұраймын.',
      'МҰРАТОВ: Он.',
      'ТӨРАҒА: Қарсы? Жоқ. Қалыс? Жоқ. Күн тәртібі қабылданды.',
      '',
      'ТӨРАҒА: Шешім жобасын дауысқа қоямын. Кім жақтайды?',
      'МҰРАТОВ: Жеті.',
      'ЛУКИНА: Мен де жақтаймын, мені көрмедіңіз.',
      'МҰРАТОВ: Онда сегіз.',
      'ТӨРАҒА: Қарсы? Жоқ. Қалыс? Біреуі қалыс. Шешім қабылданды.',
      '',
      'ТӨРАҒА: Ұсыныс бойынша дауыс береміз. Жақтап – ?',
      'МҰРАТОВ: Алты. Қарсы – жеті. Қалыс – бір.',
      'ТӨРАҒА: Ұсыныс қабылданбады.',
      '',
      'ТӨРАҒА: Жоспарды бекітейік. Кім жақтайды? Қарсылар бар ма? Жоқ. Қалыс қалғандар? Жоқ. Жоспар бірауыздан бекітілді.',
    ]);
    const p = parseProtocol(text);
    expect(p.number).toBe('6');
    expect(p.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([
      [10, 0, 0, false, 'adopted'],
      [8, 0, 1, false, 'adopted'],
      [6, 7, 1, false, 'rejected'],
      [null, 0, 0, true, 'adopted'],
    ]);
  });

  it('leaves unread a count said again without a word that corrects it, one with another count after a comma, Russian "Он."', () => {
    const text = record(RU_HEAD, [
      'ПРЕДСЕДАТЕЛЬ: Добрый день. Кворум есть.',
      'ПРЕДСЕДАТЕЛЬ: Кто за проект решения? Прошу голосовать.',
      'ЕРМЕКОВА: Семь.',
      'ПЕТРОВ: Я за.',
      'ЕРМЕКОВА: Восемь.',
      'ПРЕДСЕДАТЕЛЬ: Против? Нет. Решение принято.',
      '',
      'ПРЕДСЕДАТЕЛЬ: Кто за поправку?',
      'ЕРМЕКОВА: Пятнадцать, онлайн трое.',
      'ПРЕДСЕДАТЕЛЬ: Против? Нет. Поправка принята.',
      '',
      'ПРЕДСЕДАТЕЛЬ: Кто за?',
      'ЕРМЕКОВА: Он.',
      'ПРЕДСЕДАТЕЛЬ: Против? Нет. Принято.',
    ]);
    const votes = parseProtocol(text).votes;
    expect(votes.length).toBeGreaterThanOrEqual(2);
    expect(votes.map((v) => v.for).filter((f) => f !== null)).toEqual([]);
  });

  it('does not take "не единогласно" in the result for the word for all', () => {
    const text = record(RU_HEAD, [
      'ПРЕДСЕДАТЕЛЬ: Добрый день. Кворум есть.',
      'ПРЕДСЕДАТЕЛЬ: Кто за?',
      'ЕРМЕКОВА: Девять.',
      'ПРЕДСЕДАТЕЛЬ: Против? Один. Воздержались? Нет. Решение принято, хотя и не единогласно.',
      'ПЕТРОВ: Спасибо.',
      'ИВАНОВА: Спасибо.',
    ]);
    expect(parseProtocol(text).votes.map((v) => [v.for, v.against, v.unanimous])).toEqual([[9, 1, false]]);
  });
});

const RU_ROLL = [
  'ПРЕДСЕДАТЕЛЬ: Добрый день, коллеги. Айжан Толегеновна, начнём с переклички.',
  'ЕРМЕКОВА (секретарь Совета): Жумагалиев – здесь, Ермекова – здесь. Кенжеев?',
  'КЕНЖЕЕВ: Здесь.',
  'ЕРМЕКОВА: Литвиненко?',
  'ЛИТВИНЕНКО: На месте.',
  'ЕРМЕКОВА: Утегенова Гульнар Маратовна, вы нас слышите?',
  'УТЕГЕНОВА (по видеосвязи): Слышу, я на связи из Кульсары.',
  'ЕРМЕКОВА: Шамшиев, Искакова, Нургалиев – все в зале, вижу. Ибраимов на',
  'больничном, справку передал. Ковальчук отсутствует, причину не сообщил.',
];

describe('a roll called in the caller\'s turns', () => {
  it('reads those answering or seen in the hall as present, the absences with their reasons (Russian)', () => {
    const p = parseProtocol(record(RU_HEAD, [...RU_ROLL, 'ПРЕДСЕДАТЕЛЬ: Итак, из одиннадцати членов Совета присутствуют восемь. Кворум есть.']));
    expect(p.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Жумагалиев', false], ['Ермекова', false], ['Кенжеев', false], ['Литвиненко', false], ['Утегенова Гульнар Маратовна', true],
      ['Шамшиев', false], ['Искакова', false], ['Нургалиев', false],
    ]);
    expect(p.absentees.map((a) => [a.name, a.excused, a.line])).toEqual([['Ибраимов', true, 14], ['Ковальчук', false, 15]]);
  });

  it('reads the chair\'s own roll in Kazakh, the reason asked of the secretary and answered', () => {
    const p = parseProtocol(record(KK_HEAD, [
      'СЕРІКБАЕВА: Қайырлы таң! Тізім бойынша тексеріп шығайық. Серікбаева – осындамын. Мұратов Айдос?',
      'МҰРАТОВ (хатшы): Осындамын.',
      'СЕРІКБАЕВА: Қасымова Жанар?',
      'ҚАСЫМОВА: Осында.',
      'СЕРІКБАЕВА: Нұрланұлы Ержан – бейнебайланыста, көріп тұрмыз. Ержан, естисіз бе?',
      'НҰРЛАНҰЛЫ (бейнебайланыс арқылы): Естимін.',
      'СЕРІКБАЕВА: Шарипова Әсем, Рахметова Гүлжан – залдасыздар. Бекенова Сара еңбек демалысында, Ілиясов Мақсат іссапарда.',
      'Жақсылықов Әділ жоқ – Айдос, себебін білесіз бе?',
      'МҰРАТОВ: Жоқ, себебін хабарламады.',
      'СЕРІКБАЕВА: Сонымен, 9 мүшенің 6-ы қатысып отыр. Кворум бар.',
    ]));
    expect(p.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Серікбаева', false], ['Мұратов Айдос', false], ['Қасымова Жанар', false], ['Нұрланұлы Ержан', true], ['Шарипова Әсем', false], ['Рахметова Гүлжан', false],
    ]);
    expect(p.absentees.map((a) => [a.name, a.excused])).toEqual([['Бекенова Сара', true], ['Ілиясов Мақсат', true], ['Жақсылықов Әділ', false]]);
  });

  it('reads no roll when those present by it are not the number stated, or a member called is not answered', () => {
    const told = parseProtocol(record(RU_HEAD, [...RU_ROLL, 'ПРЕДСЕДАТЕЛЬ: Итак, из одиннадцати членов Совета присутствуют десять. Кворум есть.']));
    expect(told.attendees.map((a) => a.name)).not.toContain('Кенжеев');
    const unanswered = parseProtocol(record(RU_HEAD, [...RU_ROLL.slice(0, 3), 'ЕРМЕКОВА: Литвиненко?', ...RU_ROLL.slice(5), 'ПРЕДСЕДАТЕЛЬ: Кворум есть.']));
    expect(unanswered.attendees.map((a) => a.name)).not.toContain('Кенжеев');
  });
});

describe('the agenda listed after its word and a colon, with ordinals and no count', () => {
  it('reads the items in either language', () => {
    const kk = parseProtocol(record(KK_HEAD, [
      'ТӨРАҒА: Қайырлы күн. Кворум бар. Күн тәртібі: бірінші – жұмыс жоспары туралы; екінші – жедел жәрдем туралы ақпарат;',
      'үшінші – әртүрлі. Кім жақтайды?',
      'МҰРАТОВ: Он.', 'ТӨРАҒА: Қарсы? Жоқ. Қабылданды.', 'ЛУКИНА: Рахмет.', 'МҰРАТОВ: Рахмет.', 'ТӨРАҒА: Отырыс жабық.',
    ]));
    expect(kk.agenda.map((a) => a.title)).toEqual(['жұмыс жоспары туралы', 'жедел жәрдем туралы ақпарат', 'әртүрлі']);
    const ru = parseProtocol(record(RU_HEAD, [
      'ПРЕДСЕДАТЕЛЬ: Кворум есть. Предлагаю повестку: первое – итоги мониторинга библиотек; второе – план работы на 2027 год. Кто за?',
      'ЕРМЕКОВА: Девять.', 'ПРЕДСЕДАТЕЛЬ: Против? Нет. Принято.', 'ПЕТРОВ: Спасибо.', 'ИВАНОВА: Спасибо.', 'ПРЕДСЕДАТЕЛЬ: Закрыто.',
    ]));
    expect(ru.agenda.map((a) => a.title)).toEqual(['итоги мониторинга библиотек', 'план работы на 2027 год']);
  });

  it('reads none when the ordinals do not run from the first', () => {
    const ru = parseProtocol(record(RU_HEAD, [
      'ПРЕДСЕДАТЕЛЬ: Кворум есть. Повестка: второе – план работы; третье – разное. Кто за?',
      'ЕРМЕКОВА: Девять.', 'ПРЕДСЕДАТЕЛЬ: Против? Нет. Принято.', 'ПЕТРОВ: Спасибо.', 'ИВАНОВА: Спасибо.', 'ПРЕДСЕДАТЕЛЬ: Закрыто.',
    ]));
    expect(ru.agenda.map((a) => a.title)).not.toContain('план работы');
  });
});

describe('a bilingual vote line broken after the slash between its languages', () => {
  it('is one vote, whichever language comes first', () => {
    const head = ['ХАТТАМА / ПРОТОКОЛ № 7', '26.11.2026', '', 'КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:', '1. Жоспар туралы / О плане.', ''];
    const kkFirst = parseProtocol([...head, 'Күн тәртібі бойынша дауыс беру / Голосование по повестке: бірауыздан /', 'единогласно. Күн тәртібі бекітілді / Повестка утверждена.', '', '1. ТЫҢДАЛДЫ / СЛУШАЛИ: Ахметов А.', 'Жақтап / За – 12, Қарсы / Против – 1, Қалыс / Воздержались – 1.', 'Шешім қабылданды / Решение принято.'].join('\n'));
    expect(kkFirst.votes.map((v) => [v.for, v.unanimous, v.declared])).toEqual([[null, true, 'adopted'], [12, false, 'adopted']]);
    const ruFirst = parseProtocol([...head, 'Голосование по повестке / Күн тәртібі бойынша дауыс беру: единогласно /', 'бірауыздан. Повестка утверждена / Күн тәртібі бекітілді.', '', '1. СЛУШАЛИ / ТЫҢДАЛДЫ: Ахметов А.', 'За / Жақтап – 12, Против / Қарсы – 1, Воздержались / Қалыс – 1.', 'Решение принято / Шешім қабылданды.'].join('\n'));
    expect(ruFirst.votes.map((v) => [v.for, v.unanimous, v.declared])).toEqual([[null, true, 'adopted'], [12, false, 'adopted']]);
  });
});

describe('letters told in the spoken order, the verb in the active voice after its noun', () => {
  const report = (sentence: string) => parseReport(['Отчёт Общественного совета при Управлении образования за III квартал 2026 года', '', sentence].join('\n'));
  const value = (r: ReturnType<typeof parseReport>, metric: string) => r.figures.find((f) => f.metric === metric)?.value;

  it('reads the letters sent and answered ("Писем … направили девять, ответов получили семь")', () => {
    const r = report('РЫСБЕКОВ: Писем в госорганы направили девять, ответов получили семь, по двум ждём.');
    expect([value(r, 'letters_sent'), value(r, 'letters_answered')]).toEqual([9, 7]);
    const s = report('Запросов в акимат отправили 4, ответы были получены на 3.');
    expect(value(s, 'letters_sent')).toBe(4);
  });

  it('takes no answers to appeals for answers to letters', () => {
    const r = report('Писем в госорганы направили 12, ответов на обращения получили 5.');
    expect([value(r, 'letters_sent'), value(r, 'letters_answered')]).toEqual([12, undefined]);
  });
});

describe('a verbatim record\'s remarks on the room', () => {
  const report = (lines: string[]) => parseReport(['Отчёт Общественного совета при Управлении здравоохранения за 2025 год', '', ...lines].join('\n'));

  it('end the sentence before them: the total is no comparison with the next line\'s other council', () => {
    const r = report(['ТОКТАРОВ: В Telegram – 36, на сайте – 22. Итого 58 публикаций. (Аплодисменты)', 'Для сравнения скажу, что совет при маслихате провёл 4 слушания.']);
    expect(r.figures.find((f) => f.metric === 'publications')?.value).toBe(58);
    const kk = report(['СЕРІКБАЕВА: Барлығы 40 жарияланым шықты. (Қол шапалақтау)', 'Салыстыру үшін: мәслихат жанындағы кеңес 2 тыңдау өткізді.']);
    expect(kk.figures.find((f) => f.metric === 'publications')?.value).toBe(40);
  });

  it('leaves a bracket that is said, not a remark on the room, as it stands', () => {
    const r = report(['Итого 58 публикаций. (Для сравнения: в 2024 году – 41)']);
    expect(r.figures.find((f) => f.metric === 'publications')?.value).not.toBe(41);
  });
});
