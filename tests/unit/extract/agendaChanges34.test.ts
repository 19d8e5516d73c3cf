/**
 * An agenda changed at the meeting (session 34; set 110's theme, built from variants of my own while set 110 stayed
 * unseen): the agenda is the items as adopted — an item withdrawn ("снят с повестки", "күн тәртібінен алынды"), moved to
 * another meeting before the agenda was adopted, or merged into another is not on it; an item added is; an item taken
 * out of order, renumbered, or heard with its decision put off stays. A change whose item or outcome is not read for
 * sure leaves the count unstated (agenda_listed false), never a guess.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 9', '', '12 ноября 2026 года', '', ...lines].join('\n'));
const RU_AGENDA = ['ПОВЕСТКА ДНЯ:', '1. Об итогах мониторинга школьного питания.', '2. Об отчёте отдела ЖКХ о подготовке к зиме.', '3. О проекте правил содержания домашних животных.', '4. Разное.', ''];
const KK_AGENDA = ['КҮН ТӘРТІБІ:', '1. Аудандық емхананың жұмысы туралы.', '2. Жолдарды жөндеу мониторингінің нәтижелері туралы.', '3. Мемлекеттік қызмет көрсету сапасы туралы.', '4. Әртүрлі.', ''];
const titles = (lines: string[]) => protocol(lines).agenda.map((a) => a.no);

describe('an item withdrawn or moved when the agenda was adopted is not on it', () => {
  it('ru: proposed, voted and said withdrawn — item 3 off', () => {
    const p = protocol([...RU_AGENDA,
      'Председатель сообщил, что докладчик по третьему вопросу в командировке, и предложил снять вопрос № 3 с повестки дня и перенести его на следующее заседание.',
      'Голосовали: за – 11, против – 0, воздержались – 0. Вопрос снят с повестки дня.', '',
      'Повестка дня с изменением утверждена.', '', '1. СЛУШАЛИ: Петрову А.А.']);
    expect(p.agenda.map((a) => a.no)).toEqual([1, 2, 4]);
    expect(p.agenda_listed).not.toBe(false);
  });
  it('kk: "3-мәселені күн тәртібінен алып тастауды ұсынды" carried by the vote', () => {
    expect(titles([...KK_AGENDA,
      'Төраға 3-мәселені баяндамашының ауыруына байланысты күн тәртібінен алып тастауды ұсынды. Дауыс беру: жақтап – 10, қарсы – 0, қалыс – 0.', '',
      '1. ТЫҢДАЛДЫ: Омарова Г.']),
    ).toEqual([1, 2, 4]);
  });
  it('kk: moved to the next meeting by an ordinal, then the agenda adopted as changed', () => {
    expect(titles([...KK_AGENDA,
      'Төраға екінші мәселені келесі отырысқа ауыстыруды ұсынды, себебі мердігер ақпаратты ұсынбаған. Дауыс беру: жақтап – 11, қарсы – 1, қалыс – 0.', '',
      'Күн тәртібі өзгерістермен бекітілді.', '', '1-мәселе бойынша ТЫҢДАЛДЫ: …']),
    ).toEqual([1, 3, 4]);
  });
  it('ru: a title in quotes names the item moved ("вопрос «О проекте правил…» перенесён на декабрьское заседание")', () => {
    expect(titles([...RU_AGENDA, 'Вопрос «О проекте правил содержания домашних животных» перенесён на декабрьское заседание по просьбе разработчика.', '', '1. СЛУШАЛИ: …'])).toEqual([1, 2, 4]);
  });
  it('ru: withdrawn during the discussion, under its own section', () => {
    expect(titles([...RU_AGENDA, 'Повестка дня утверждена единогласно.', '', '1. СЛУШАЛИ: Петрову А.А.', 'РЕШИЛИ: принять к сведению.', '',
      '2. СЛУШАЛИ: Сидорова С.С.', 'РЕШИЛИ: принять к сведению.', '',
      '3. По третьему вопросу: в связи с неявкой докладчика вопрос снят с повестки дня.', '', '4. Разное.'])).toEqual([1, 2, 4]);
  });
  it('an addition and a removal together', () => {
    expect(titles([...KK_AGENDA,
      'Кеңес мүшесі Сәкенов Б.Б. күн тәртібіне «Мектеп автобустарының қауіпсіздігі туралы» мәселесін енгізуді ұсынды. Дауыс беру: жақтап – 12, қарсы – 0, қалыс – 0. Ұсыныс қабылданды.',
      'Төраға екінші мәселені келесі отырысқа ауыстыруды ұсынды. Дауыс беру: жақтап – 11, қарсы – 1, қалыс – 0.', '',
      'Күн тәртібі өзгерістермен бекітілді.', '', '1-мәселе бойынша ТЫҢДАЛДЫ: …'])).toHaveLength(4);
  });
});

describe('items merged', () => {
  it('ru: "объединить второй и третий вопросы", accepted — one item for both', () => {
    expect(titles([...RU_AGENDA, 'Член Совета Ким О.О. предложил объединить второй и третий вопросы и рассмотреть их совместно. Предложение принято единогласно.', '', '1. СЛУШАЛИ: …'])).toEqual([1, 2, 4]);
  });
  it('kk: "2 және 3-мәселелер біріктірілді"', () => {
    expect(titles([...KK_AGENDA, 'Мүшелердің ұсынысы бойынша 2 және 3-мәселелер біріктірілді.', '', '1. ТЫҢДАЛДЫ: …'])).toEqual([1, 2, 4]);
  });
});

describe('near misses: the agenda stays as printed', () => {
  it('a proposal to withdraw voted down', () => {
    expect(titles([...RU_AGENDA, 'Петров П.П. предложил снять вопрос № 2 с повестки дня. Голосовали: за – 3, против – 8, воздержались – 0. Предложение не принято.', '', '1. СЛУШАЛИ: …'])).toEqual([1, 2, 3, 4]);
  });
  it('a question heard and its decision put off to the next meeting stays an item', () => {
    expect(titles([...RU_AGENDA, 'Повестка дня утверждена единогласно.', '', '1. СЛУШАЛИ: главного врача.',
      'РЕШИЛИ: рассмотрение вопроса перенести на следующее заседание. Голосование не проводилось.', '', '2. СЛУШАЛИ: …'])).toEqual([1, 2, 3, 4]);
  });
  it('kk: a decision put off ("шешім қабылдауды келесі отырысқа қалдыру") stays an item', () => {
    expect(titles([...KK_AGENDA, 'Күн тәртібі бірауыздан бекітілді.', '', '1. ТЫҢДАЛДЫ: емхана директоры.',
      'ШЕШТІ: қосымша ақпарат алынғанға дейін шешім қабылдауды келесі отырысқа қалдыру.', '', '2. ТЫҢДАЛДЫ: …'])).toEqual([1, 2, 3, 4]);
  });
  it('an item taken out of order, or renumbered', () => {
    expect(titles([...RU_AGENDA, 'По предложению председателя третий вопрос рассмотрен первым. Вопрос № 4 считать вопросом № 3.', '', '1. СЛУШАЛИ: …'])).toEqual([1, 2, 3, 4]);
  });
  it('a question proposed for the next meeting\'s agenda, and a meeting moved, change nothing', () => {
    expect(titles([...RU_AGENDA, 'Предложено исключить из повестки дня следующего заседания вопрос о тарифах.', 'Председатель сообщил, что выездное заседание переносится на декабрь.', '', '1. СЛУШАЛИ: …'])).toEqual([1, 2, 3, 4]);
  });
  it('the adopted agenda printed after the change is read as it is', () => {
    expect(titles(['Председатель сообщил, что вопрос «О тарифах на вывоз мусора» снят с повестки дня.', '',
      'ПОВЕСТКА ДНЯ:', '1. О мониторинге школьного питания.', '2. Разное.', '', '1. СЛУШАЛИ: …'])).toEqual([1, 2]);
  });
  it('a proposal whose outcome is not told: the items kept, their count not stated', () => {
    const p = protocol([...RU_AGENDA, 'Сидоров С.С. предложил снять вопрос № 3 с повестки дня.', '', '1. СЛУШАЛИ: …']);
    expect(p.agenda).toHaveLength(4);
    expect(p.agenda_listed).toBe(false);
  });
  it('a change whose item is not named: the count not stated', () => {
    const p = protocol([...KK_AGENDA, 'Бір мәселе күн тәртібінен алынды.', '', '1. ТЫҢДАЛДЫ: …']);
    expect(p.agenda_listed).toBe(false);
  });
  it('near miss: an item "О проекте …" on the heading\'s line makes no draft — a later list in the same language is not taken for the adopted', () => {
    expect(titles(['Повестка дня: 1. О проекте бюджета района.', '2. Разное.', '', 'РЕШИЛИ:', 'Повестка дня:', '1. Принять к сведению.'])).toEqual([1, 2]);
  });
});
