/**
 * Guests interleaved with members in one list of those present (issue 12, set 16): told apart only by a mark — "(приглашен)"
 * on the line, or on the line the item wraps onto; an asterisk after the name explained by a legend ("* – приглашенные",
 * "* – шақырылғандар") in the heading, whose bracket may wrap onto the next line, or in a footnote. An asterisk no legend
 * explains says nothing. Names with no reason before one with a bracketed reason share it.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const people = (text: string) => {
  const x = parseProtocol(text);
  return { present: x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`), absent: x.absentees.map((a) => `${a.name} ${a.excused}`) };
};

describe('a guest\'s mark on the wrapped line of a numbered list', () => {
  it('Russian: "(приглашена)" on the continuation line takes the guest back; a member\'s continuation keeps the member', () => {
    const text = 'ПРОТОКОЛ № 2\n\nПрисутствовали:\n1. Орлов Петр Ильич – член ОС\n2. Белова Анна Сергеевна – руководитель управления\n   здравоохранения области (приглашена)\n3. Гуров Олег Петрович – член ОС, председатель комиссии по\n   экономике\n4. Дронов Иван Юрьевич – директор ТОО «Свет»\n   (приглашен, ВКС)\n5. Жуков Павел Андреевич – член ОС (ВКС)\n\nПОВЕСТКА ДНЯ:\n1. Разное.\n';
    expect(people(text).present).toEqual(['Орлов Петр Ильич', 'Гуров Олег Петрович', 'Жуков Павел Андреевич (online)']);
  });

  it('Kazakh: "(шақырылған)" on the wrapped line', () => {
    const text = 'ХАТТАМА № 4\n\nҚатысқандар:\n1. Сәрсенов Марат Ерланұлы – Кеңес мүшесі\n2. Әлиева Гүлім Бекқызы – облыстық денсаулық сақтау басқармасының\n   басшысы (шақырылған)\n3. Оспанов Ерлан Төлеуұлы – Кеңес мүшесі\n\nКҮН ТӘРТІБІ:\n1. Жоспар туралы.\n';
    expect(people(text).present).toEqual(['Сәрсенов Марат Ерланұлы', 'Оспанов Ерлан Төлеуұлы']);
  });
});

describe('an asterisk explained by a legend', () => {
  it('bilingual heading whose bracket wraps: the marked names are guests, an online guest is no online member', () => {
    const text = 'ХАТТАМА / ПРОТОКОЛ № 6\n\nҚатысқандар / Присутствовали (әліпби бойынша; * – шақырылғандар /\nприглашенные; (онлайн) – бейнебайланыс арқылы):\nАхметов К.Т., Бекова Г.С.*, Васин А.Н. (онлайн), Гурова Р.М., Дәулет Е.К.* (онлайн),\nЕсімова А.Ж., Жуков Б.С.*\n\nҚатыспағандар / Отсутствовали: Зайцев Н.П. (іссапар / командировка), Ибраев М.О., Каримова\nЛ.Ж. (себебін хабарламады / причины не сообщили).\n\nКҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:\n1. Жоспар туралы / О плане.\n';
    expect(people(text)).toEqual({
      present: ['Ахметов К.Т.', 'Васин А.Н. (online)', 'Гурова Р.М.', 'Есімова А.Ж.'],
      absent: ['Зайцев Н.П. true', 'Ибраев М.О. false', 'Каримова Л.Ж. false'],
    });
  });

  it('Russian: a footnote below the list explains the mark', () => {
    const text = 'ПРОТОКОЛ № 1\n\nПрисутствовали: Орлов П.И., Белова А.С.*, Гуров О.П.\n\n* приглашенные, не члены Совета.\n\nПовестка дня:\n1. Разное.\n';
    expect(people(text).present).toEqual(['Орлов П.И.', 'Гуров О.П.']);
  });

  it('near-miss: an asterisk that no legend explains, or one marking speakers, leaves the name a member', () => {
    const text = 'ПРОТОКОЛ № 1\n\nПрисутствовали: Орлов П.И., Белова А.С.*, Гуров О.П.\n\nПовестка дня:\n1. Разное.\n';
    expect(people(text).present).toHaveLength(3);
    expect(people(text.replace('Гуров О.П.\n', 'Гуров О.П.\n* – докладчики\n')).present).toHaveLength(3);
    expect(people('ХАТТАМА № 1\n\nҚатысқандар: Сәрсенов М.Е., Әлиева Г.Б.*, Оспанов Е.Т.\n* баяндамашылар\n\nКҮН ТӘРТІБІ:\n1. Жоспар.\n').present).toHaveLength(3);
  });

  it('near-miss: names with reasons of their own keep them', () => {
    const text = 'ПРОТОКОЛ № 1\n\nПрисутствовали: Орлов П.И., Гуров О.П.\n\nОтсутствовали: Белова А.С. (болезнь), Жуков П.А. (отпуск).\n\nПовестка дня:\n1. Разное.\n';
    expect(people(text).absent).toEqual(['Белова А.С. true', 'Жуков П.А. true']);
  });
});
