/**
 * Attendance as a paragraph (issue 12, item 3): several lists in one run of
 * text ("присутствовали: …; отсутствовали: …"), a role written before the
 * name, two names joined by «и»/«және» sharing a reason, a comma run of names
 * under its heading over several lines; reasons of study, conferences and
 * illness in ru and kk are excused.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const roll = (body: string) => {
  const x = parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n\nПовестка дня:\n1. Разное.\n`);
  return { present: x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`), absent: x.absentees.map((a) => `${a.name}:${a.excused}`) };
};

describe('attendance written as a paragraph', () => {
  it('splits the absent list off the present one and strips roles before names', () => {
    expect(roll('На заседании присутствовали: председатель Совета Жумабеков Т.А., заместитель председателя Ким В.Е., члены Совета: Абдраимова Г.С., Ёлкин С.П. (по видеосвязи),\nУразалин А.К.; отсутствовали: Бойко Н.С. (болезнь), Карпов И.А. и Серикбаева А.А. – без уважительной причины.')).toEqual({
      present: ['Жумабеков Т.А.', 'Ким В.Е.', 'Абдраимова Г.С.', 'Ёлкин С.П. (online)', 'Уразалин А.К.'],
      absent: ['Бойко Н.С.:true', 'Карпов И.А.:false', 'Серикбаева А.А.:false'],
    });
  });

  it('Kazakh: a run of initials-first names under its heading, pairs joined by «және»', () => {
    expect(roll('Қатысқандар:\nР.Т. Қалиасқаров, Н.Ә. Бекболатова,\nҚ.С. Әбенова (Zoom арқылы), Л.Ж. Мұратбекова.\n\nҚатыспағандар: М.А. Әлібеков (оқуда), О.Ю. Гриневич (ауруына байланысты),\nТ.Қ. Исабекова және Ә.Р. Сейфуллин – себепсіз.')).toEqual({
      present: ['Р.Т. Қалиасқаров', 'Н.Ә. Бекболатова', 'Қ.С. Әбенова (online)', 'Л.Ж. Мұратбекова'],
      absent: ['М.А. Әлібеков:true', 'О.Ю. Гриневич:true', 'Т.Қ. Исабекова:false', 'Ә.Р. Сейфуллин:false'],
    });
  });

  it.each([
    ['участие в международной конференции', true],
    ['обучение на курсах повышения квалификации', true],
    ['письмо от 25.03.2025', true],
    ['без уважительной причины', false],
    ['без уведомления', false],
  ])('the reason "%s" is excused: %s', (reason, excused) => {
    expect(roll(`Отсутствовали:\n1. Юн Е.В. (${reason}).`).absent).toEqual([`Юн Е.В.:${excused}`]);
  });

  it('a single person with the role after the name stays one person', () => {
    expect(roll('Присутствовали: Иванов И.И., председатель Совета').present).toEqual(['Иванов И.И.']);
  });
});
