// A vote's question is the one the text puts it under (session 23, issue 12): its section's heading ("По первому вопросу",
// "2. СЛУШАЛИ:", "Бірінші мәселе бойынша", "По вопросу № 3", "3-мәселе бойынша"), never its place in the list of votes —
// one vote missed or read twice moved every later vote onto the wrong question (set 58). The votes register then takes
// each vote on its question, and a vote whose question is not known is not loaded on a guessed one.
// The people, bodies and figures are invented.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { voteItems } from '../../../sources/contracts/voteItems.ts';
import { questionOfHeading } from '../../../sources/extract/protocol/voteQuestions.ts';

const HEAD_RU = ['ПРОТОКОЛ № 4', 'заседания Общественного совета', '12.03.2025 г.', '', 'Присутствовали: 9 членов Совета.', ''];
const HEAD_KK = ['№ 4 ХАТТАМА', 'Қоғамдық кеңес отырысының', '2025 жылғы 12 наурыз', '', 'Қатысқандар: Кеңестің 9 мүшесі.', ''];
const AGENDA_RU = ['Повестка дня:', '1. О плане работы на 2025 год.', '2. О мониторинге детских площадок.', '3. Разное.', ''];
const AGENDA_KK = ['Күн тәртібі:', '1. 2025 жылға арналған жұмыс жоспары туралы.', '2. Балалар алаңдарының мониторингі туралы.', '3. Әртүрлі.', ''];

const items = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.declared, v.item ?? null]);
const rows = (lines: string[]) => voteItems(parseProtocol(lines.join('\n'))).map((r) => ('item_no' in r ? r.item_no : null));

describe('a vote is on the question whose section it stands in', () => {
  const ru = [
    ...HEAD_RU, ...AGENDA_RU,
    'Повестка дня утверждена. Голосовали: за – 9, против – 0, воздержались – 0.', '',
    'По первому вопросу слушали Иванова И.И.', 'РЕШИЛИ: план утвердить.', 'Голосовали: за – 8, против – 1, воздержались – 0. Решение принято.', '',
    'По второму вопросу выступила Петрова А.С., предложила провести мониторинг в мае.',
    'Голосовали по предложению Петровой А.С.: за – 3, против – 5, воздержались – 1. Предложение не поддержано.',
    'РЕШИЛИ: мониторинг провести в июне.', 'Голосовали: за – 9, против – 0, воздержались – 0. Решение принято.', '',
    'По третьему вопросу выступил Сидоров С.С. с информацией о приёме граждан. Голосование не проводилось.',
  ];
  it('ru: the agenda\'s vote, a question with two votes (a proposal voted down, then the decision), a question with none', () => {
    expect(items(ru)).toEqual([[9, 'adopted', 0], [8, 'adopted', 1], [3, 'rejected', 2], [9, 'adopted', 2]]);
    // The register: the agenda's vote as 0, the question's last vote its own; the proposal voted down not loaded.
    expect(rows(ru)).toEqual([0, 1, null, 2]);
  });
  it('kk: "Бірінші мәселе бойынша", "2-мәселе бойынша", "Күн тәртібінің үшінші мәселесі"', () => {
    const kk = [
      ...HEAD_KK, ...AGENDA_KK,
      'Күн тәртібі бірауыздан бекітілді.', '',
      'Бірінші мәселе бойынша ТЫҢДАЛДЫ: Әбенов Қ.Т.', 'ШЕШІМ: жоспар бекітілсін.', 'Дауыс беру: жақтап – 8, қарсы – 1, қалыс – 0. Шешім қабылданды.', '',
      '2-мәселе бойынша Сейітова А.Б. сөйледі.', 'Ақпарат назарға алынды, дауысқа қойылмады.', '',
      'Күн тәртібінің үшінші мәселесі бойынша ТЫҢДАЛДЫ: Омарова Г.С.', 'Дауыс беру: жақтап – 6, қарсы – 2, қалыс – 1. Шешім қабылданды.',
    ];
    expect(items(kk)).toEqual([[null, 'adopted', 0], [8, 'adopted', 1], [6, 'adopted', 3]]);
    expect(rows(kk)).toEqual([0, 1, 3]);
  });
  it('numbered sections: "1. СЛУШАЛИ:", "II. ТЫҢДАЛДЫ:", "Вопрос № 3", with a numbered decision inside a section', () => {
    const lines = [
      ...HEAD_RU, ...AGENDA_RU,
      '1. СЛУШАЛИ: Иванова И.И. о плане работы.', 'РЕШИЛИ:', '1. План утвердить.', '2. Рекомендовать комиссиям представить планы.',
      'Голосовали: за – 9, против – 0, воздержались – 0.', '',
      'II. СЛУШАЛИ: Петрову А.С.', 'Голосовали: за – 7, против – 2, воздержались – 0.', '',
      'Вопрос № 3. Разное.', 'Голосовали: за – 5, против – 4, воздержались – 0. Решение принято.',
    ];
    expect(items(lines).map((v) => v[2])).toEqual([1, 2, 3]);
  });
});

describe('a vote missed in the middle does not move the later ones', () => {
  const agenda3 = [...HEAD_RU, ...AGENDA_RU];
  it('sections headed "СЛУШАЛИ:" alone, as many as the questions: the k-th section is question k', () => {
    const lines = [
      ...agenda3,
      'СЛУШАЛИ: Иванова И.И.', 'Голосовали: за – 9, против – 0, воздержались – 0.', '',
      'СЛУШАЛИ: Петрову А.С.', 'Мнения разделились, решение отложено.', '',
      'СЛУШАЛИ: Сидорова С.С.', 'Голосовали: за – 6, против – 3, воздержались – 0.',
    ];
    expect(items(lines).map((v) => v[2])).toEqual([1, 3]);
    expect(rows(lines)).toEqual([1, 3]);
  });
  it('kk, a heading "Екінші мәселе:" with no vote under it', () => {
    const lines = [
      ...HEAD_KK, ...AGENDA_KK,
      'Бірінші мәселе: Әбенов Қ.Т. баяндады.', 'Дауыс беру: жақтап – 9, қарсы – 0, қалыс – 0.', '',
      'Екінші мәселе: Сейітова А.Б. баяндады.', '',
      'Үшінші мәселе: Омарова Г.С.', 'Дауыс беру: жақтап – 7, қарсы – 1, қалыс – 1.',
    ];
    expect(rows(lines)).toEqual([1, 3]);
  });
  it('no heading and fewer votes than questions: no vote is loaded on a guessed question', () => {
    const lines = [
      ...agenda3,
      'Выступил Иванов И.И.', 'Голосовали: за – 9, против – 0, воздержались – 0.', '',
      'Выступила Петрова А.С.', 'Голосовали: за – 6, против – 3, воздержались – 0.',
    ];
    expect(items(lines).map((v) => v[2])).toEqual([null, null]);
    const told = voteItems(parseProtocol(lines.join('\n')));
    expect(told.every((r) => 'reason' in r && /does not tell which question/.test(r.reason))).toBe(true);
  });
  it('no heading but one vote a question, in order: the order is certain', () => {
    const lines = [
      ...agenda3,
      'Выступил Иванов И.И.', 'Голосовали: за – 9, против – 0, воздержались – 0.', '',
      'Выступила Петрова А.С.', 'Голосовали: за – 6, против – 3, воздержались – 0.', '',
      'Выступил Сидоров С.С.', 'Голосовали: за – 5, против – 4, воздержались – 0.',
    ];
    expect(rows(lines)).toEqual([1, 2, 3]);
  });
  it('the agenda\'s vote and then one a question: 0, 1, 2, 3', () => {
    const lines = [
      ...agenda3,
      'Повестка дня утверждена: за – 9, против – 0, воздержались – 0.', '',
      'Выступил Иванов И.И.', 'Голосовали: за – 9, против – 0, воздержались – 0.', '',
      'Выступила Петрова А.С.', 'Голосовали: за – 6, против – 3, воздержались – 0.', '',
      'Выступил Сидоров С.С.', 'Голосовали: за – 5, против – 4, воздержались – 0.',
    ];
    expect(rows(lines)).toEqual([0, 1, 2, 3]);
  });
});

describe('near-misses: no question told', () => {
  it('a vote right under a one-item agenda, blank line between or none: the agenda\'s heading and item say nothing of it', () => {
    const one = ['Повестка дня:', '1. О плане работы комиссии на II квартал 2024 года.'];
    const vote = 'Голосовали: «за» – 4, «против» – нет, «воздержались» – нет.';
    expect(items([...HEAD_RU, ...one, vote, 'Решение принято.'])).toEqual([[4, 'adopted', null]]);
    expect(items([...HEAD_RU, one[0], '', one[1], '', vote, '', 'Решение принято.'])).toEqual([[4, 'adopted', null]]);
    expect(items([...HEAD_RU, ...one, '', 'Повестка дня утверждена единогласно.', '', 'СЛУШАЛИ: план.', vote])[0]).toEqual([null, 'adopted', 0]);
  });
  it('the agenda\'s own items are no sections ("1-мәселе: … туралы" in the agenda)', () => {
    const lines = [
      ...HEAD_KK, 'Күн тәртібі:', '1-мәселе: жұмыс жоспары туралы.', '2-мәселе: мониторинг туралы.', '',
      'Дауыс беру: жақтап – 9, қарсы – 0, қалыс – 0.', '',
      'Сейітова А.Б. сөйледі.', 'Дауыс беру: жақтап – 6, қарсы – 2, қалыс – 1.',
    ];
    expect(items(lines).map((v) => v[2])).toEqual([null, null]);
  });
  it('numbers of decisions, a year and a list\'s item are no questions', () => {
    expect(questionOfHeading('2. Рекомендовать акимату рассмотреть вопрос.')).toBeNull();
    expect(questionOfHeading('Вопрос 2025 года о бюджете')).toBeNull();
    expect(questionOfHeading('3) Иванов И.И. – член Совета')).toBeNull();
    expect(questionOfHeading('Жалпы 3 мәселе қаралды.')).toBeNull();
  });
  it('the headings read: ru and kk, ordinals and numbers', () => {
    expect(['По первому вопросу повестки дня:', '2. СЛУШАЛИ:', 'По вопросу № 3', 'По 4-му вопросу выступил', 'Пятый вопрос:',
      'ВОПРОС 6.', 'Бірінші мәселе бойынша', '2-мәселе.', 'Күн тәртібінің үшінші мәселесі бойынша', 'IV. ТЫҢДАЛДЫ:'].map(questionOfHeading))
      .toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3, 4]);
  });
  it('sections whose numbers go back are no one reading: no vote placed by them', () => {
    const lines = [
      ...HEAD_RU, ...AGENDA_RU,
      'По второму вопросу слушали Иванова И.И.', 'Голосовали: за – 9, против – 0, воздержались – 0.', '',
      'По первому вопросу слушали Петрову А.С.', 'Голосовали: за – 6, против – 3, воздержались – 0.',
    ];
    expect(items(lines).map((v) => v[2])).toEqual([null, null]);
  });
});
