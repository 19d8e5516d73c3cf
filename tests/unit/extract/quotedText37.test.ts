/**
 * Quoted text inside council protocols (held-out set 136's theme): an earlier protocol's decision read out WITH ITS VOTE in
 * quotation marks is no vote of this sitting (protocol/quotedVotes.ts); the current vote's labels in guillemets («за» – 4)
 * are kept, and so is a correction notice's quoted reading (correctedVotes.ts puts it in place). Also the count sentence
 * with its online part heading the names after its colon (readAttendance.ts) and "мүшелерінің 11-інен 9-ы келді"
 * (readStatedCounts.ts). Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readStatedCounts } from '../../../sources/extract/protocol/readStatedCounts.ts';

const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous]);

const HEAD_RU = ['ПРОТОКОЛ № 4', 'заседания Общественного совета Жамбылского района', 'с. Аса                          12.11.2026', '',
  'Из 11 членов Совета присутствуют 9.', ''];
const HEAD_KK = ['ХАТТАМА № 3', 'Талас ауданы Қоғамдық кеңесінің отырысы', 'Қаратау қаласы                 2026 жылғы 4 қараша', '',
  'Кеңестің 11 мүшесінің 9-ы қатысты.', ''];

describe('a vote quoted from an earlier decision is not a vote of this sitting', () => {
  it('Russian: a guillemet block over lines with "Голосовали: за – 8, против – 2, воздержались – 1"', () => {
    const lines = [...HEAD_RU, '1. СЛУШАЛИ: секретаря о решении, принятом 3 сентября 2026 года (протокол № 3):',
      '   «Рекомендовать отделу образования провести проверку столовых в 4 школах.',
      '   Голосовали: за – 8, против – 2, воздержались – 1».',
      'Проверено 3 школы из 4.', 'Голосовали: за – 7, против – 1, воздержались – 1. Решение принято.', '',
      '2. СЛУШАЛИ: о плане.', 'Голосовали: за – 9, против – 0, воздержались – 0.'];
    expect(votesOf(lines)).toEqual([[7, 1, 1, false], [9, 0, 0, false]]);
  });

  it('Kazakh: "„… Дауыс беру: жақтап – 6, қарсы – 3, қалыс – 0“" and a slashed vote in «» on one line', () => {
    const lines = [...HEAD_KK, '1. ТЫҢДАЛДЫ: № 2 хаттамадан үзінді: „Жұмыс тобы құрылсын. Дауыс беру: жақтап – 6, қарсы – 3, қалыс – 0“.',
      'Жақтап – 8, қарсы – 1, қалыс – 0. Шешім қабылданды.', '',
      '2. ТЫҢДАЛДЫ: облыстық кеңестің шешімі: «Ұсыныс қабылдансын, дауыс беру 20 / 3 / 1». Ақпарат назарға алынды.',
      'Бірауыздан.'];
    expect(votesOf(lines)).toEqual([[8, 1, 0, false], [null, null, null, true]]);
  });

  it('a quoted unanimous decision ("«… Решение принято единогласно»") is the quoted text\'s too', () => {
    const lines = [...HEAD_RU, '1. СЛУШАЛИ: напомнили решение Совета от 10.06.2026: «Создать рабочую группу. Решение принято единогласно».',
      'Голосовали: за – 6, против – 2, воздержались – 1.'];
    expect(votesOf(lines)).toEqual([[6, 2, 1, false]]);
  });

  it('near miss: the labels in guillemets are this vote\'s («за» – 4, «против» – 5)', () => {
    const lines = [...HEAD_RU, '1. СЛУШАЛИ: о снятии с контроля.', 'Итоги голосования: «за» – 4, «против» – 5, «воздержались» – 0. Предложение отклонено.',
      '2. СЛУШАЛИ: о плане.', 'Дауыс беру: «жақтап» – 9, «қарсы» – 0, «қалыс» – 0.'];
    expect(votesOf(lines)).toEqual([[4, 5, 0, false], [9, 0, 0, false]]);
  });

  it('near miss: a quotation with numbers but no vote (an appeal, a law) takes nothing away', () => {
    const lines = [...HEAD_RU, '1. СЛУШАЛИ: обращение: «Нас 120 жителей, 3 года без воды, против нас 2 решения акимата».',
      'Голосовали: за – 9, против – 0, воздержались – 0.'];
    expect(votesOf(lines)).toEqual([[9, 0, 0, false]]);
  });

  it('near miss: a correction notice\'s quoted reading is the protocol\'s own vote corrected ("следует читать: «…»", "былай оқылсын:")', () => {
    const ru = [...HEAD_RU, '1. СЛУШАЛИ: о плане.', 'Голосовали: за – 9, против – 0, воздержались – 0.', '',
      'ИСПРАВЛЕНИЕ ТЕХНИЧЕСКОЙ ОШИБКИ', 'По вопросу 1 следует читать:', '«Голосовали: за – 8, против – 1, воздержались – 0.»'];
    expect(votesOf(ru)).toEqual([[8, 1, 0, false]]);
    const kk = [...HEAD_KK, '1. ТЫҢДАЛДЫ: жоспар.', 'Дауыс беру: жақтап – 9, қарсы – 0, қалыс – 0.', '',
      'ТЕХНИКАЛЫҚ ҚАТЕНІ ТҮЗЕТУ', '1-мәселе бойынша былай оқылсын:', '«Дауыс беру: жақтап – 7, қарсы – 2, қалыс – 0.»'];
    expect(votesOf(kk)).toEqual([[7, 2, 0, false]]);
  });
});

describe('the count sentence with its online part heads the list of names after its colon', () => {
  it('Russian: "Присутствовали 6 из 7 членов Совета, в том числе 2 – в режиме видеоконференцсвязи: A, B (ВКС), …"', () => {
    const p = parseProtocol(['ПРОТОКОЛ № 2', 'заседания Общественного совета', '25 ноября 2026 года',
      'Присутствовали 6 из 7 членов Общественного совета района, в том числе 2 – в режиме видеоконференцсвязи: Абенов Д.Ж. (председатель), Каримова Н.С. (секретарь), Дуйсенбаев А.Т., Султанов Е.К. (ВКС), Утегенова Б.А., Мадалиев Ж.Р. (ВКС)',
      'Отсутствовали: Ермеков Б.Т. – болезнь', 'Повестка дня:', '1. О плане.', 'Единогласно.'].join('\n'));
    expect(p.attendees.length).toBe(6);
    expect(p.attendees.filter((a) => a.online).length).toBe(2);
  });

  it('Kazakh: "Кеңестің 6 мүшесінің 5-і қатысты, оның ішінде 1-еуі онлайн форматта: A, B (онлайн), …"', () => {
    const p = parseProtocol(['ХАТТАМА № 2', 'Қоғамдық кеңестің отырысы', '2026 жылғы 4 қараша',
      'Отырысқа Кеңестің 6 мүшесінің 5-і қатысты, оның ішінде 1-еуі онлайн форматта қосылды: Сарыбаев Қ.Ж. (төраға), Әбдіхалықова М.С. (хатшы), Түймебаев Н.О., Жайлаубаева Г.Т. (онлайн), Құдайбергенов Е.Р.',
      'Қатыспағандар: Ералиева С.Д. – іссапарда', 'КҮН ТӘРТІБІ:', '1. Жоспар.', 'Бірауыздан.'].join('\n'));
    expect(p.attendees.length).toBe(5);
    expect(p.attendees.filter((a) => a.online).length).toBe(1);
  });
});

describe('"мүшелерінің 11-інен 9-ы келді": the total in the ablative after the members\' noun', () => {
  const counts = (line: string) => {
    const { members_total, present } = readStatedCounts([line], []);
    return [members_total, present];
  };
  it('reads the total and those present, with the meeting between or not', () => {
    expect(counts('Отырысқа кеңес мүшелерінің 11-інен 9-ы келді, оның 1-еуі ZOOM арқылы қосылды.')).toEqual([11, 9]);
    expect(counts('Кеңес мүшелерінің 15-інен отырысқа 12-сі қатысты.')).toEqual([15, 12]);
  });
  it('near miss: no verb of presence after the count, or another place between, reads nothing', () => {
    expect(counts('Кеңес мүшелерінің 15-інен 3-еуі іссапарда.')).toEqual([null, null]);
    expect(counts('Комиссия мүшелерінің 5-інен 4-і мониторингке қатысты.')).toEqual([null, null]);
  });
});

// Reports (the lead, after merging): a sentence that quotes what someone wrote is no mail's attribution, and the numbers it
// quotes are the quoted author's.
describe('a report that quotes what someone wrote', () => {
  const figuresOf = (...lines: string[]) => Object.fromEntries(parseReport(['Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп', '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));
  it('"… былай деп жазды:" ends a sentence of the text: the figures after the quotation are read', () => {
    expect(figuresOf('2025 жылы 41 өтініш келді. 38 өтінішке жауап берілді. Тұрғындар өтінішінде былай деп жазды:', '   «3 көшеде жарық жоқ».', 'Мемлекеттік органдарға 22 хат жіберілді, 18-іне жауап алынды.')).toMatchObject({ appeals_received: 41, appeals_answered: 38, letters_sent: 22, letters_answered: 18 });
  });
  it('"Жители в обращении написали:" the same in Russian', () => {
    expect(figuresOf('Поступило 12 обращений. Жители в обращении написали:', '«Просим отремонтировать дорогу».', 'Направлено 5 писем в государственные органы.')).toMatchObject({ appeals_received: 12, letters_sent: 5 });
  });
  it.each([
    ['Telegram-арнасы 30 желтоқсанда жазды: «Қоғамдық кеңес биыл 25 мониторинг, 10 есеп тыңдау өткізді».'],
    ['Аким района отметил: «Советом проведено 12 мониторингов».'],
    ['«Кеңес биыл 25 мониторинг өткізді» деп жазды газет.'],
  ])('a count inside the quotation is no figure: %s', (line) => {
    expect(figuresOf(line).monitorings).toBeUndefined();
  });
  it('near miss: quoted titles beside the count keep it', () => {
    expect(figuresOf('Кеңес 7 мониторинг өткізді: «Таза ауыл», «Қауіпсіз мектеп».').monitorings).toBe(7);
  });
});
