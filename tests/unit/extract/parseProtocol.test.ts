import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/extract/${name}`, import.meta.url), 'utf8');

describe('parseProtocol: a Russian commission protocol with other phrasings', () => {
  const x = parseProtocol(fixture('protocol-commission-ru.txt'));

  it('reads header and body "commission 2"', () => {
    expect([x.number, x.date, x.body, x.members_total, x.present]).toEqual(['3', '2024-04-05', 'commission 2', 9, null]);
  });

  it('reads "1)" items, "дистанционно" and "(ZOOM)" as online, a comma before the role', () => {
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов Иван Иванович', 'Петрова А.С.', 'Сидоров С.С.', 'Ахметова Динара Ерлановна', 'Ким В.П.']);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Петрова А.С.', 'Ахметова Динара Ерлановна']);
    expect(x.attendees[2].role).toBe('член комиссии');
  });

  it('classifies absences: a business trip is excused, "без уважительной причины" is not, none given is null', () => {
    expect(x.absentees).toEqual([
      { name: 'Жумабаев Б.К.', excused: true, reason: 'командировка', line: 14 },
      { name: 'Серикова Л.М.', excused: false, reason: 'без уважительной причины', line: 15 },
      { name: 'Орлов Д.А.', excused: null, reason: null, line: 16 },
    ]);
  });

  it('reads «за» – 5, «против» – нет; за — 3; против — 1; "Голосовали единогласно"', () => {
    expect(x.votes.map(({ for: f, against, abstain, unanimous, declared }) => ({ f, against, abstain, unanimous, declared }))).toEqual([
      { f: 5, against: 0, abstain: 0, unanimous: false, declared: 'adopted' },
      { f: 3, against: 1, abstain: 1, unanimous: false, declared: 'rejected' },
      { f: null, against: null, abstain: null, unanimous: true, declared: 'adopted' },
    ]);
  });

  it('flags the numbering gap and the members that do not add up', () => {
    const messages = x.issues.map((i) => i.message);
    expect(messages).toContain('list numbering jumps from 4 to 6');
    expect(messages).toContain('9 members stated, 5 present and 3 absent listed');
  });

  it('keeps the agenda', () => {
    expect(x.agenda.map((a) => [a.no, a.line])).toEqual([[1, 19], [2, 20]]);
  });
});

describe('parseProtocol: a Kazakh presidium protocol', () => {
  const x = parseProtocol(fixture('protocol-presidium-kk.txt'));

  it('reads "№ 5 ХАТТАМА", "2024 жылғы 14 наурыз", "Төралқа" and "11 мүшесінен 9 … оның ішінде 2 … онлайн"', () => {
    expect([x.number, x.date, x.body, x.members_total, x.present, x.online]).toEqual(['5', '2024-03-14', 'presidium', 11, 9, 2]);
  });

  it('lists Қатысқандар and Қатыспағандар with іссапар (excused) and себепсіз (unexcused)', () => {
    expect(x.attendees).toHaveLength(9);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(2);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Омаров Б.Т.', true], ['Серікбаев Д.А.', false]]);
  });

  it('reads Қолдайтындар / Қарсы / Қалыс қалғандар, "бірауыздан" and "Шешім қабылданды"', () => {
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([
      [7, 1, 1, false, 'adopted'],
      [null, null, null, true, 'adopted'],
    ]);
    expect(x.issues).toEqual([]);
  });

  it('takes the Kazakh agenda when there is no Russian one', () => {
    expect(x.agenda.map((a) => a.title)).toEqual(['2024 жылғы жұмыс жоспары туралы.', 'Әр түрлі.']);
  });
});

describe('parseProtocol: phrasings inline', () => {
  it('reads names on the heading line and reversed counts ("16 – за")', () => {
    const x = parseProtocol([
      'Протокол заседания Общественного совета № 12',
      '10 октября 2024 г.',
      'Присутствовали: Иванов И.И., Петров П.П. (онлайн), Сидоров С.С. (командировка, частично)',
      'Голосование:',
      '16 – за, 2 – против, 1 – воздержался.',
      'По итогам голосования решение не принято.',
    ].join('\n'));
    expect(x.number).toBe('12');
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Иванов И.И.', false], ['Петров П.П.', true], ['Сидоров С.С.', false]]);
    expect(x.votes).toEqual([{ line: 4, for: 16, against: 2, abstain: 1, unanimous: false, declared: 'rejected', text: 'Голосование: 16 – за, 2 – против, 1 – воздержался.' }]);
  });

  it('does not take "за 2022 год" in a speech for a vote', () => {
    const x = parseProtocol('Иванов И.И.: за 2022 год мы провели 15 круглых столов и 18 мониторингов, это за – 40 мероприятий больше, чем за 2021 год, и мы работали по всем направлениям нашей деятельности весь год без перерыва.');
    expect(x.votes.filter((v) => v.against !== null || v.abstain !== null)).toEqual([]);
  });

  it('reads "принято большинством голосов" and "Голосовали: за – 20 (единогласно)"', () => {
    const x = parseProtocol('Голосовали: за – 14; против – 9; воздержался – 4. Принято большинством голосов.\n\nГолосовали: за – 20 (единогласно).');
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([
      [14, 9, 4, false, 'adopted'],
      [20, null, null, true, null],
    ]);
  });

  it('returns empty lists and nulls for a text that is not a protocol', () => {
    const x = parseProtocol('Добрый день!');
    expect(x).toMatchObject({ number: null, date: null, attendees: [], votes: [], issues: [] });
  });
});

describe('members stated as the size of the body', () => {
  it('reads "Члены Президиума – 8 человек" as 8 members', () => {
    const x = parseProtocol('ПРОТОКОЛ № 2\nзаседания Президиума\n\nЧлены Президиума – 8 человек. Присутствовали 6 членов Президиума:\n1. Сериков А.Б.\n');
    expect(x.members_total).toBe(8);
    expect(x.present).toBe(6);
  });
  it('does not read an attendee line "член ОС комиссия № 3" as a size', () => {
    const x = parseProtocol('Протокол № 1\nПрисутствовали:\n1. Иванов И.И. – член ОС комиссия № 3\n');
    expect(x.members_total).toBeNull();
  });
});

describe('protocols in other layouts (issue 12)', () => {
  it('reads a spaced-out title, the number on its own line below a commission number, and "в режиме ВКС"', () => {
    const x = parseProtocol('П Р О Т О К О Л\nзаседания комиссии № 3 Общественного совета\n№ 29\n14 февраля 2024 года\n\nПрисутствовали:\n1. Иванов И.И. – член Совета (в режиме ВКС);\n2. Зумрад Алиева – член Совета;\n');
    expect([x.number, x.date, x.body]).toEqual(['29', '2024-02-14', 'commission 3']);
    // "Зумрад" is a name, not Zoom.
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Иванов И.И.', true], ['Зумрад Алиева', false]]);
  });

  it('reads a " | " table whose cells wrap onto the next line, with очно / онлайн / отсутствовал + reason', () => {
    const x = parseProtocol([
      '№ | ФИО | Должность | Участие',
      '1 | Иванов | член комиссии по | очно',
      '  | Иван Иванович | вопросам экологии |',
      '2 | Петрова А.С. | секретарь | онлайн',
      '3 | Сидоров С.С. | член | отсутствовал (командировка)',
      '4 | Ким В.П. | член |',
    ].join('\n'));
    expect(x.attendees).toEqual([
      { name: 'Иванов Иван Иванович', role: 'член комиссии по вопросам экологии', online: false, line: 2 },
      { name: 'Петрова А.С.', role: 'секретарь', online: true, line: 4 },
    ]);
    expect(x.absentees).toEqual([{ name: 'Сидоров С.С.', excused: true, reason: 'командировка', line: 5 }]);
    // An empty participation cell is not guessed.
    expect(x.issues.map((i) => i.message)).toContain('no participation stated for Ким В.П.');
  });

  it('never counts invited persons, in a table or a list', () => {
    const x = parseProtocol('Присутствовали:\n1. Иванов И.И. – член Совета\n\nПриглашенные:\n1. Петров П.П. – аким района (онлайн)\n');
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов И.И.']);
  });

  it('reads "против: —" as 0, leaves "Против? — ." and "за – 5 (шесть)" out with an issue (a counterexample fast-check found)', () => {
    const x = parseProtocol('Голосовали: за – 5, против: —, воздержались – 0.\n\nКто за? — 5. Против? — . Воздержался? — 1.\n\nГолосовали: за – 5 (шесть), против – 1, воздержались – 0.');
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[5, 0, 0], [5, null, 1], [null, 1, 0]]);
    expect(x.issues.map((i) => i.message)).toEqual(['vote: no count after "Против"; not taken', 'vote: "за" given as 5 and as шесть; not taken']);
  });

  it('reads the classic structure: the result after the vote, members who did not vote, "Предложение не поддержано"', () => {
    const x = parseProtocol([
      'Присутствуют 9 членов из 11.', '', 'СЛУШАЛИ:', 'Иванов И.И. – о плане.', 'РЕШИЛИ:', '1. Принять к сведению.',
      'Голосовали: за – 3, против – 4,', 'воздержались – 0.', '2 члена Совета не голосовали.', 'Предложение не поддержано.',
      '', 'СЛУШАЛИ:', 'Петров П.П. – о разном.', 'Принято.',
    ].join('\n'));
    expect(x.votes).toMatchObject([{ for: 3, against: 4, abstain: 0, not_voted: 2, declared: 'rejected' }]);
    expect(x.issues).toEqual([]);
  });
});
