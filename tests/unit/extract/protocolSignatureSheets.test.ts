/**
 * Registration sheets typed into a protocol (issue 12, set 16): a table with a SIGNATURE column and no participation column
 * — a signature is presence in the room, no signature with an online note is presence online, no signature with a reason
 * is absence, both cells empty is absence with no reason known; section rows ("Члены Совета" / "Приглашенные") split the
 * members from the guests; a row the sheet does not tell leaves the counts unstated; a note under the sheet gives the
 * reason of an absentee by name.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const people = (text: string) => {
  const x = parseProtocol(text);
  return {
    present: x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`),
    absent: x.absentees.map((a) => `${a.name} ${a.excused}`),
    listed: [x.attendees_listed ?? true, x.absentees_listed ?? true],
  };
};
const T = '\t';
const row = (...cells: string[]) => cells.join(T);

describe('a sheet with a signature column', () => {
  it('Russian, tabs: signed, online by the note, away with a reason, both cells empty; section rows and numbering restarted', () => {
    const text = [
      'ПРОТОКОЛ № 2', '',
      'ЛИСТ РЕГИСТРАЦИИ', '',
      row('№', 'Ф.И.О.', 'Организация', 'Подпись', 'Примечание'),
      row('', 'Члены Общественного совета', '', '', ''),
      row('1', 'Орлов Петр Ильич', 'ОО «Дом»', 'подпись', ''),
      row('2', 'Белова Анна Сергеевна', 'ТОО «Мост»', '—', 'подключилась по ВКС'),
      row('3', 'Гуров Олег Петрович', 'эксперт', '', 'служебная командировка'),
      row('4', 'Дронов Иван Юрьевич', 'блогер', '', ''),
      row('', 'Приглашенные лица', '', '', ''),
      row('1', 'Жуков Павел Андреевич', 'директор департамента', 'подпись', ''),
      '',
      'Примечание: Дронов И.Ю. о причине отсутствия не сообщил.', '',
      'ПОВЕСТКА ДНЯ:', '1. Разное.',
    ].join('\n');
    expect(people(text)).toEqual({
      present: ['Орлов Петр Ильич', 'Белова Анна Сергеевна (online)'],
      absent: ['Гуров Олег Петрович true', 'Дронов Иван Юрьевич false'],
      listed: [true, true],
    });
  });

  it('Kazakh, a .docx table a cell a line: "/қолы/", "—" with "онлайн", an empty cell with the reason; the secretary "–" row is no member', () => {
    const cells = [
      '№', 'Аты-жөні', 'Кеңестегі мәртебесі', 'Қолы', 'Ескертпе',
      '1', 'Сәрсенов Марат Ерланұлы', 'Кеңес төрағасы', '/қолы/', '',
      '2', 'Әлиева Гүлім Бекқызы', 'Кеңес мүшесі', '—', 'онлайн (Zoom)',
      '3', 'Оспанов Ерлан Төлеуұлы', 'Кеңес мүшесі', '', 'іссапарда',
      '4', 'Нұрланова Дина Асқарқызы', 'Кеңес мүшесі', '', 'себебін хабарламады',
      '–', 'Бекова Айша Маратқызы', 'Кеңес хатшысы (Кеңес мүшесі емес)', '/қолы/', '',
    ];
    const text = ['ХАТТАМА № 5', 'Тіркеу парағы', ...cells.map((c) => `\t${c}`), '', 'КҮН ТӘРТІБІ:', '1. Жоспар туралы.'].join('\n');
    expect(people(text)).toEqual({
      present: ['Сәрсенов Марат Ерланұлы', 'Әлиева Гүлім Бекқызы (online)'],
      absent: ['Оспанов Ерлан Төлеуұлы true', 'Нұрланова Дина Асқарқызы false'],
      listed: [true, true],
    });
  });

  it('a note that says nothing of attendance leaves the counts unstated (no guess)', () => {
    const text = (sign: string, note: string) => [
      'ПРОТОКОЛ № 3', '',
      row('№', 'ФИО', 'Подпись', 'Примечание'),
      row('1', 'Орлов Петр Ильич', 'подпись', ''),
      row('2', 'Белова Анна Сергеевна', sign, note),
      '', 'ПОВЕСТКА ДНЯ:', '1. Разное.',
    ].join('\n');
    expect(people(text('', 'вышла в 15:00')).listed).toEqual([false, false]);
    // Signed, but the note says she was away: the cells disagree.
    expect(people(text('подпись', 'в отпуске')).listed).toEqual([false, false]);
    // A sheet typed with its signature column blank (to be signed by hand) tells nothing of who came.
    const blank = ['ПРОТОКОЛ № 3', '', row('№', 'ФИО', 'Подпись'), row('1', 'Орлов Петр Ильич', ''), row('2', 'Белова Анна Сергеевна', ''), '', 'ПОВЕСТКА ДНЯ:', '1. Разное.'].join('\n');
    expect(people(blank).listed).toEqual([false, false]);
    const blankKk = ['ХАТТАМА № 3', '', row('№', 'Аты-жөні', 'Қолы'), row('1', 'Сәрсенов Марат Ерланұлы', ''), row('2', 'Оспанов Ерлан Төлеуұлы', ''), '', 'КҮН ТӘРТІБІ:', '1. Жоспар.'].join('\n');
    expect(people(blankKk).listed).toEqual([false, false]);
    // Near-miss: a signature and an online note's absence is plain presence.
    expect(people(text('подпись', '')).present).toEqual(['Орлов Петр Ильич', 'Белова Анна Сергеевна']);
  });

  // Set 183: "—" where the signature goes, on a sheet others signed, is no signature, as an empty cell is: absent, no reason
  // known. Set 16's sheets give a dash to those who joined online, with the note saying so: on such a sheet a dash alone
  // may be one online whose note was left out — it tells nothing.
  it('a dash alone on a signed sheet is absence with no reason; where the sheet\'s dashes are also the online ones, nothing', () => {
    const sheet = (...rows: string[]) => ['ПРОТОКОЛ № 3', '', row('№', 'ФИО', 'Подпись', 'Примечание'), ...rows, '', 'ПОВЕСТКА ДНЯ:', '1. Разное.'].join('\n');
    const dashed = people(sheet(row('1', 'Орлов Петр Ильич', 'подпись', ''), row('2', 'Белова Анна Сергеевна', '—', '')));
    expect(dashed.present).toEqual(['Орлов Петр Ильич']);
    expect(dashed.absent).toEqual(['Белова Анна Сергеевна null']);
    const kk = ['ХАТТАМА № 3', '', row('№', 'Аты-жөні', 'Қолы', 'Белгі'), row('1', 'Сәрсенов Марат Ерланұлы', '(қолы)', ''), row('2', 'Оспанов Ерлан Төлеуұлы', '–', ''), row('3', 'Жақсыбекова Әлия Маратқызы', '–', 'іссапар'), '', 'КҮН ТӘРТІБІ:', '1. Жоспар.'].join('\n');
    expect(people(kk).present).toEqual(['Сәрсенов Марат Ерланұлы']);
    expect(people(kk).absent).toEqual(['Оспанов Ерлан Төлеуұлы null', 'Жақсыбекова Әлия Маратқызы true']);
    // Near misses: a dash with an online note elsewhere on the sheet; a sheet nobody signed.
    const online = people(sheet(row('1', 'Орлов Петр Ильич', 'подпись', ''), row('2', 'Белова Анна Сергеевна', '—', 'участвовала по ВКС'), row('3', 'Ким Олег Сергеевич', '—', '')));
    expect(online.listed).toEqual([false, false]);
    expect(people(sheet(row('1', 'Орлов Петр Ильич', '—', ''), row('2', 'Белова Анна Сергеевна', '—', ''))).listed).toEqual([false, false]);
  });

  it('a note names the absentee by surname and initials only: another person\'s note tells nothing', () => {
    const text = (note: string) => [
      'ПРОТОКОЛ № 3', '',
      row('№', 'ФИО', 'Подпись', 'Примечание'),
      row('1', 'Орлов Петр Ильич', 'подпись', ''),
      row('2', 'Белова Анна Сергеевна', '', ''),
      '', note, '', 'ПОВЕСТКА ДНЯ:', '1. Разное.',
    ].join('\n');
    expect(people(text('Примечание секретаря: Белова А.С. отсутствовала по болезни.')).absent).toEqual(['Белова Анна Сергеевна true']);
    expect(people(text('Ескерту: А.С. Белова себебін хабарламады.')).absent).toEqual(['Белова Анна Сергеевна false']);
    expect(people(text('Примечание: Белов А.С. о причине отсутствия не сообщил.')).absent).toEqual(['Белова Анна Сергеевна null']);
    expect(people(text('Кворум имеется.')).absent).toEqual(['Белова Анна Сергеевна null']);
  });
});
