/**
 * An agenda whose items carry who speaks and who is invited (session 34, seen in set 108): the line under an item may be
 * led by "По данному вопросу" / "Мәселе бойынша", count the invited in brackets before its colon ("Шақырылғандар
 * (барлығы 3 адам): …"), say "Приглашены по вопросу: …", say there are none ("Шақырылғандар жоқ.", "Приглашённых нет."),
 * and wrap onto lines that start with a count ("3 мектеп директоры, …"). None of it is an item, and none of it ends the
 * agenda: the items after it are read.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const agendaOf = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 7', '', ...lines].join('\n')).agenda.map((a) => a.title);

describe('speakers and invited under agenda items', () => {
  it('kk: a speaker, then the invited with their count in brackets over several lines', () => {
    expect(agendaOf([
      'КҮН ТӘРТІБІ:',
      '1. Кеңестің үш айдағы жұмысы туралы.',
      '   Баяндамашы: Сапарова Г.Н., кеңес хатшысы.',
      '   Мәселе бойынша шақырылғандар (барлығы 2 адам): аудандық мәдениет бөлімінің',
      '   бас маманы; жергілікті газеттің тілшісі.',
      '2. Аудандық емхананың кезекке жазылу жүйесі туралы ақпарат.',
      '   Шақырылғандар (4 адам): емхана директоры Омаров Т.Т., 3 дәрігер.',
      '3. Әртүрлі.',
    ])).toEqual(['Кеңестің үш айдағы жұмысы туралы.', 'Аудандық емхананың кезекке жазылу жүйесі туралы ақпарат.', 'Әртүрлі.']);
  });
  it('ru: "Приглашены по вопросу:", "По данному вопросу приглашены (3 чел.):", "Приглашённых нет."', () => {
    expect(agendaOf([
      'Повестка дня:',
      '1. О работе управления пассажирского транспорта.',
      'Докладчик – Нуржанов А.А., председатель комиссии.',
      'Приглашены по вопросу: руководитель управления Кенжебаев Б.Б.; 2 специалиста.',
      '2. О плане на первое полугодие.',
      'Приглашённых нет.',
      '3. О выездном заседании.',
      'По данному вопросу приглашены (3 чел.): председатели КСК.',
      '4. Разное.',
    ])).toHaveLength(4);
  });
  it('kk: the invited wrap onto a line opening with a count, and "Шақырылғандар жоқ." under an item', () => {
    expect(agendaOf([
      'КҮН ТӘРТІБІ',
      '1. Білім бөлімі басшысының есебі.',
      'Шақырылғандар: бөлім басшысы, оның орынбасары,',
      '3 мектеп директоры, ата-аналар комитетінің өкілі.',
      '2. Жоспарды бекіту.',
      'Шақырылғандар жоқ.',
      '3. Әртүрлі.',
    ])).toEqual(['Білім бөлімі басшысының есебі.', 'Жоспарды бекіту.', 'Әртүрлі.']);
  });
  it('near miss: a numbered line that is an item is not read into the invited line above it', () => {
    expect(agendaOf([
      'Повестка дня:',
      '1. О благоустройстве дворов.',
      'Приглашены: руководитель отдела,',
      '2. О плане работы.',
    ])).toEqual(['О благоустройстве дворов.', 'О плане работы.']);
  });
  it('near miss: the discussion after the agenda is no item, though it names the invited', () => {
    const agenda = agendaOf([
      'Повестка дня:',
      '1. О работе поликлиник.',
      'Приглашены (2 чел.): главврач, заведующий.',
      '',
      'СЛУШАЛИ: Иванова И.И.',
      '2 приглашённых выступили.',
    ]);
    expect(agenda).toEqual(['О работе поликлиник.']);
  });
});
