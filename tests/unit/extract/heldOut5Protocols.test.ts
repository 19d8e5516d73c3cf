/**
 * The fifth blind held-out set (issue 12, "Done when"), its protocols: five
 * written by an agent that never saw the extractors — ru, kk and a bilingual
 * one. Blind, before any fix: 65.0 % of 117 fields, 17 false values — a
 * protocol typed as one paragraph read as nobody present, no agenda and no
 * vote; attendance listed by commission read as nobody present; votes told by
 * their result only ("принято большинством голосов", "көпшілік дауыспен
 * бекітілді", "Большинством голосов предложение отклонено") lost, so every
 * later vote took the result of the one before (adopted read as rejected);
 * "Кеңес құрамында 19 мүше бар" and "состав … в количестве 21 человека" missed.
 * Each is fixed as a class; the cases of our own below, in both languages,
 * hold it, with the near-misses that must state nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { splitParagraphs } from '../../../sources/extract/protocol/splitParagraphs.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { heldOutCases, itScoresEachDocument, protocolOf } from '../../helpers/heldOutSet.ts';
import { voteList } from '../../helpers/extractCases.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-5');
const cases = heldOutCases(DIR).filter((f) => f.startsWith('protocol-'));
const read = async (file: string) => (await protocolOf(join(DIR, file)));

// Fields still missed, by document; none is a false value. A change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {};

const votesOf = (text: string) => voteList(parseProtocol(text));

describe('held-out protocols (set 5), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);

  it('the one-paragraph protocol: lists, inline agenda and four votes, every line told being the paragraph\'s', async () => {
    const x = await read('protocol-ru-karasay-2025-05-27.txt');
    expect(x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`)).toEqual(['Абдрахманов Б.К.', 'Сейтказиева Г.М.', 'Огай В.Л.', 'Тулеуов Н.С. (online)', 'Мамырбаева А.Т.']);
    expect(x.absentees.map((a) => `${a.name}:${a.excused}`)).toEqual(['Дюсенов Е.Е.:true', 'Кайырбекова С.Ж.:true']);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3, 4]);
    expect(x.votes.map((v) => `${v.for}/${v.against}/${v.abstain} ${v.unanimous} ${v.declared}`)).toEqual([
      '5/0/0 true adopted', 'null/null/null false adopted', '2/3/0 false rejected', 'null/null/null true adopted',
    ]);
    expect(new Set([...x.attendees, ...x.agenda, ...x.votes].map((e) => e.line))).toEqual(new Set([5]));
  });

  it('attendance by commission: each commission\'s present and absent, its size no total', async () => {
    const x = await read('protocol-kk-sayram-2025-03-05.txt');
    expect([x.members_total, x.present, x.online, x.attendees.length, x.attendees.filter((a) => a.online).length]).toEqual([19, 15, 3, 15, 3]);
    expect(x.attendees.map((a) => a.line)).toEqual([18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 37, 38, 39, 40, 41]);
    expect(x.absentees.map((a) => `${a.line}:${a.excused}`)).toEqual(['23:true', '32:false', '33:true', '42:true']);
    expect(x.votes.map((v) => `${v.line}:${v.declared}`)).toEqual(['71:adopted', '76:adopted', '82:rejected', '86:adopted']);
  });
});

describe('a protocol typed as one paragraph', () => {
  it('Kazakh: lists, inline agenda, a counted vote, a show of hands, a rejected vote', () => {
    const x = parseProtocol('Қоғамдық кеңес төралқасының отырысының хаттамасы № 5\n\n2025 жылғы 14 мамыр\n\nТөралқа отырысы 2025 жылғы 14 мамырда өтті; отырысқа қатысқандар: Омаров Б.К., Сәрсенова Г.М., Ли В.Л. (онлайн), Жақыпов Н.С.; қатыспағандар: Дүйсенов Е.Е. (іссапарда); шақырылғандар: бөлім басшысы Смағұлов Д.А.; күн тәртібі: 1) келесі отырысқа дайындық туралы; 2) тұрғындардың өтініші туралы; 3) ережелер жобасы туралы. Бірінші мәселе бойынша Омаров Б.К. сөйледі, дауыс беру: жақтап – 4, қарсы – жоқ, қалыс – жоқ, шешім қабылданды. Екінші мәселе бойынша мүшелер қол көтеру арқылы дауыс берді, шешім көпшілік дауыспен қабылданды. Үшінші мәселе бойынша жобаны мақұлдау ұсынысы дауысқа салынды, дауыс беру: жақтап – 1, қарсы – 3, қалыс – 0, шешім қабылданбады.');
    expect(x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`)).toEqual(['Омаров Б.К.', 'Сәрсенова Г.М.', 'Ли В.Л. (online)', 'Жақыпов Н.С.']);
    expect(x.absentees.map((a) => `${a.name}:${a.excused}`)).toEqual(['Дүйсенов Е.Е.:true']);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
    expect(x.votes.map((v) => `${v.for}/${v.against}/${v.abstain} ${v.unanimous} ${v.declared}`)).toEqual(['4/0/0 false adopted', 'null/null/null false adopted', '1/3/0 false rejected']);
  });

  it('Russian: a vote with no result stated has none; "за 2024 год" in an agenda item is no count', () => {
    const x = parseProtocol('Протокол № 7 заседания Общественного совета\n\n3 марта 2025 г.\n\nЗаседание состоялось 3 марта 2025 года в 10.00 (г. Конаев, ул. Ленина, 5); присутствовали: Ахметов А.А., Борисова Б.Б. (онлайн), Власов В.В.; отсутствовал: Гусев Г.Г. (без уважительной причины); повестка дня: 1) об отчете за 2024 год; 2) о плане работы. По первому вопросу выступил Ахметов А.А., решили: отчет утвердить, голосовали: за – 3, против – нет, воздержались – нет. По второму вопросу решили: план работы направить на доработку, предложение утвердить план отклонено большинством голосов.');
    expect(x.attendees.map((a) => a.name)).toEqual(['Ахметов А.А.', 'Борисова Б.Б.', 'Власов В.В.']);
    expect(x.absentees.map((a) => `${a.name}:${a.excused}`)).toEqual(['Гусев Г.Г.:false']);
    expect(x.votes.map((v) => `${v.for}/${v.against}/${v.abstain} ${v.unanimous} ${v.declared}`)).toEqual(['3/0/0 false null', 'null/null/null false rejected']);
  });

  it('cuts at semicolons, sentence ends and before ", голосовали:", never after initials, "г." or inside brackets', () => {
    const para = 'Присутствовали: Иванов И.И., Петров П.П. (г. Алматы; онлайн); отсутствовал: Сидоров С.С. Повестка дня: 1) об отчете; 2) разное. По первому вопросу решили: принять, голосовали: за – 2, против – нет, воздержались – нет.';
    expect(splitParagraphs([para]).lines).toEqual([
      'Присутствовали: Иванов И.И., Петров П.П. (г. Алматы; онлайн);', 'отсутствовал: Сидоров С.С.', 'Повестка дня: 1) об отчете;', '2) разное.',
      'По первому вопросу решили: принять,', 'голосовали: за – 2, против – нет, воздержались – нет.',
    ]);
  });

  it.each([
    ['Протокол № 1\n\n1 мая 2025 г.\n\nЗаседание состоялось 1 мая 2025 года; присутствовали члены Совета: согласно списку в приложении; отсутствовали: нет; повестка дня: 1) об отчете; 2) разное. По первому вопросу решили: утвердить, голосовали: за – 9, против – нет, воздержались – нет.', 'присутствовали члены Совета: согласно списку в приложении;'],
    ['Хаттама № 1\n\n2025 жылғы 1 мамыр\n\nОтырыс 2025 жылғы 1 мамырда өтті; отырысқа қатысқандар: тізім қоса беріледі; күн тәртібі: 1) есеп туралы; 2) әртүрлі. Бірінші мәселе бойынша шешті: бекітілсін, дауыс беру: жақтап – 9, қарсы – жоқ, қалыс – жоқ.', 'отырысқа қатысқандар: тізім қоса беріледі;'],
  ])('a heading of those present inside the paragraph with nobody read under it is an issue on the paragraph\'s line (%#)', (text, heading) => {
    const x = parseProtocol(text);
    expect(x.attendees).toEqual([]);
    expect(x.issues).toContainEqual({ line: 5, message: `"${heading}" heads a list of attendees, but no person was read under it` });
    expect([x.agenda.length, x.votes.map((v) => `${v.for}/${v.against}/${v.abstain}`)]).toEqual([2, ['9/0/0']]);
  });

  it('near-miss: a long speech holding one construct is left whole', () => {
    const speech = `Иванов И.И. сообщил, что за 2024 год поступило 15 обращений; против 3 организаций поданы иски. ${'Работа продолжается в плановом режиме. '.repeat(8)}`;
    expect(splitParagraphs([speech]).lines).toEqual([speech]);
    expect(parseProtocol(speech).votes).toEqual([]);
  });
});

describe('a vote told by its result only', () => {
  it('Russian and Kazakh: majority or show of hands is adopted or rejected with no counts, never unanimous', () => {
    expect(votesOf('Голосовали поднятием рук, решение принято большинством голосов.')).toEqual(['null/null/null - adopted']);
    expect(votesOf('Предложение Махамбетова Д.С. поставлено на открытое голосование (поднятием рук). Большинством голосов предложение отклонено.')).toEqual(['null/null/null - rejected']);
    expect(votesOf('Кеңес мүшелері қол көтеру арқылы дауыс берді.\nЕсеп көпшілік дауыспен бекітілді.')).toEqual(['null/null/null - adopted']);
    expect(votesOf('Ұсыныс басым дауыспен қолдау таппады.')).toEqual(['null/null/null - rejected']);
    expect(votesOf('Предложение Иванова И.И. не поддержано.')).toEqual(['null/null/null - rejected']);
  });

  it('told in both languages on one line, or on two, is one vote', () => {
    expect(votesOf('Шешім көпшілік дауыспен қабылданды. / Решение принято большинством голосов.')).toEqual(['null/null/null - adopted']);
    expect(votesOf('Мүшелер қол көтеру арқылы дауыс берді. / Голосовали поднятием рук.\nШешім көпшілік дауыспен қабылданды. / Решение принято большинством голосов.')).toEqual(['null/null/null - adopted']);
  });

  it('a vote told in Kazakh, then in Russian on the next line, is one vote; two in one language, or apart, stay two', () => {
    expect(votesOf('Дауыс беру: жақтап – 21, қарсы – 2, қалыс – 4.\nГолосование: за – 21, против – 2, воздержались – 4.\nШешім қабылданды.\nРешение принято.')).toEqual(['21/2/4 - adopted']);
    expect(votesOf('Шешім көпшілік дауыспен қабылданды.\nРешение принято большинством голосов.')).toEqual(['null/null/null - adopted']);
    expect(votesOf('Мүшелер қол көтеру арқылы дауыс берді.\nГолосовали поднятием рук.\nШешім көпшілік дауыспен қабылданды.\nРешение принято большинством голосов.')).toEqual(['null/null/null - adopted']);
    expect(votesOf('Бірауыздан қабылданды.\nПринято единогласно.')).toEqual(['null/null/null unanimous adopted']);
    // Near-misses: other counts in the other language, the same counts in one language.
    expect(votesOf('Дауыс беру: жақтап – 21, қарсы – 2, қалыс – 4.\nГолосование: за – 20, против – 3, воздержались – 4.')).toHaveLength(2);
    expect(votesOf('Голосовали: за – 21, против – 2, воздержались – 4.\nРешение принято.\n\nГолосовали: за – 21, против – 2, воздержались – 4.\nРешение принято.')).toHaveLength(2);
    // The Russian line quoting a Kazakh title is still the Russian half (toLines.languageIsKazakh).
    expect(votesOf('Дауыс беру: жақтап – 21, қарсы – 2, қалыс – 4.\nГолосование по проекту «Жасыл қала»: за – 21, против – 2, воздержались – 4.')).toEqual(['21/2/4 - null']);
  });

  it('the result of a counted vote above is no other vote; a unanimous line after "против – 3" is the next vote', () => {
    expect(votesOf('Голосовали: за – 10, против – 2, воздержались – 0.\nРешение принято большинством голосов.')).toEqual(['10/2/0 - adopted']);
    expect(votesOf('Голосовали: за – 2, против – 3, воздержался – 0, решение не принято.\nПо четвертому вопросу решили: поощрить, принято единогласно.')).toEqual(['2/3/0 - rejected', 'null/null/null unanimous adopted']);
    expect(votesOf('Голосовали: за – 5, против – 0, воздержались – 0.\nЕдиногласно.')).toEqual(['5/0/0 unanimous null']);
  });

  it('near-misses: no result read is no vote (an issue when it was a vote), a body\'s refusal is no vote', () => {
    const hands = parseProtocol('Голосовали поднятием рук.\n\nСлушали: Петров П.П.');
    expect(hands.votes).toEqual([]);
    expect(hands.issues.map((i) => i.line)).toEqual([1]);
    expect(votesOf('Слушали: Иванов И.И. предложил впредь принимать решения большинством голосов.\nРешили: информацию принять к сведению.')).toEqual([]);
    expect(votesOf('Мемлекеттік орган бұл ұсынысты қабылдамады.')).toEqual([]);
    // A speaker telling another body's vote.
    expect(votesOf('Иванов И.И. сообщил, что законопроект одобрен большинством голосов депутатов Мажилиса.')).toEqual([]);
    expect(votesOf('Слушали: Петров П.П. – проект Правил был отклонен маслихатом.')).toEqual([]);
    expect(votesOf('Әкім орынбасары жоба көпшілік дауыспен қабылданғанын хабарлады.')).toEqual([]);
  });
});

describe('attendance split by commission', () => {
  const text = 'Состав Общественного совета – 12 членов.\n\nПрисутствовали члены Совета по комиссиям:\n\nКомиссия по вопросам экономики и бюджета\n(состав комиссии – 4 члена):\nАхметов А.А. – председатель комиссии;\nБорисова Б.Б. (онлайн);\nОтсутствовал: Гусев Г.Г. – в отпуске.\n\nКомиссия по социальным вопросам\nДанилова Д.Д.;\nЕрмеков Е.Е.\nОтсутствовали: Жуков Ж.Ж. – без уважительной причины;\n   Зайцева З.З. – по болезни.\n\nПриглашенные:\nКомиссия по делам молодежи акимата\nИванов И.И. – представитель акимата\n\nПовестка дня:\n1. Об отчете.';

  it('Russian: the members under each commission are present again after the absentees of the one before; the invited are not', () => {
    const x = parseProtocol(text);
    expect(x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`)).toEqual(['Ахметов А.А.', 'Борисова Б.Б. (online)', 'Данилова Д.Д.', 'Ермеков Е.Е.']);
    expect(x.absentees.map((a) => `${a.name}:${a.excused}`)).toEqual(['Гусев Г.Г.:true', 'Жуков Ж.Ж.:false', 'Зайцева З.З.:true']);
    // The commission's size is not the council's.
    expect(x.members_total).toBe(12);
  });

  it('near-miss: a numbered member whose role names a commission stays in the list; a commission after the lists is no heading', () => {
    const x = parseProtocol('Присутствовали:\n1. Ахметов А.А. – председатель комиссии по экономике\n2. Борисова Б.Б. – член комиссии по социальным вопросам\n\nКомиссия по экономике рассмотрела 5 обращений.\nВласов В.В. доложил.');
    expect(x.attendees.map((a) => a.name)).toEqual(['Ахметов А.А.', 'Борисова Б.Б.']);
    const guests = parseProtocol('Присутствовали:\n1. Ахметов А.А.\n2. Борисова Б.Б.\n\nПредставители комиссии по делам молодежи акимата:\nПетров П.П.\nСидоров С.С.');
    expect(guests.attendees.map((a) => a.name)).toEqual(['Ахметов А.А.', 'Борисова Б.Б.']);
  });

  it('commission headings with nobody read under them: the extract says so', () => {
    const x = parseProtocol('Присутствовали члены Совета (по комиссиям):\n\nКомиссия по экономике\n\nКомиссия по социальным вопросам\n\nПовестка дня:\n1. Об отчете.');
    expect(x.attendees).toEqual([]);
    expect(x.issues.map((i) => i.message)).toContain('"Присутствовали члены Совета (по комиссиям):" heads a list of attendees, but no person was read under it');
  });
});

describe('the body\'s composition stated in a sentence', () => {
  it.each([
    ['Кеңес құрамында 19 мүше бар.', 19],
    ['Персональный состав Общественного совета утвержден решением рабочей группы от 12 июля 2023 года (протокол № 4) в количестве 21 человека.', 21],
    ['Состав президиума утвержден в количестве 7 членов.', 7],
  ])('%s → %s members', (line, total) => {
    expect(parseProtocol(line).members_total).toBe(total);
  });

  it.each([
    'Состав рабочей группы утвержден решением от 12.07.2023 в количестве 5 человек.',
    'Жұмыс тобының құрамында 5 мүше бар.',
    '(комиссия құрамы – 6 мүше):',
    'Состав Общественного совета утвержден. В мониторинге участвовали в количестве 5 человек.',
  ])('near-miss: %s states no members of the body', (line) => {
    expect(parseProtocol(line).members_total).toBeNull();
  });
});
