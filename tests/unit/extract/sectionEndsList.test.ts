/**
 * A question's section ("1. ТЫҢДАЛДЫ: …", "СЛУШАЛИ: …") right under the list of absentees, with no agenda heading between,
 * ends the list: read on as its next item, "ТЫҢДАЛДЫ" became an absent person (found by h-36p in session 13).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const names = (text: string) => parseProtocol(text).absentees.map((a) => a.name);

describe('a question opened under the absentees ends their list', () => {
  const kk = 'ХАТТАМА № 3\n2025 жылғы 12 наурыз\n\nКеңес мүшелерінің саны – 11.\nҚатысқандар: Әлиев А.Б., Бекова С.Т., Серіков Н.Н., Төлеев Ж.Ж., Оспанова Г.К., Жұмабаев Е.Е., Ким В.В., Нұрланов Д.Д., Сейітов Қ.Қ.\nҚатыспағандар: Ахметов Б.Б. (ауруына байланысты), Омарова Л.Л. (іссапарда).\n1. ТЫҢДАЛДЫ: аудан әкімдігінің есебі туралы (Серіков Н.Н.).\nШЕШІМ: қабылдансын.\n';
  it('kk: "1. ТЫҢДАЛДЫ:" is no absent person', () => {
    expect(names(kk)).toEqual(['Ахметов Б.Б.', 'Омарова Л.Л.']);
  });
  it('ru variant: a list a person a line, then "СЛУШАЛИ:" without a number', () => {
    const ru = 'ПРОТОКОЛ № 4\n12 марта 2025 года\n\nОтсутствовали:\n1. Ахметов Б.Б. – болезнь;\n2. Омарова Л.Л. – командировка.\nСЛУШАЛИ: Серикова Н.Н. об итогах мониторинга.\nРЕШИЛИ: принять к сведению.\n';
    expect(names(ru)).toEqual(['Ахметов Б.Б.', 'Омарова Л.Л.']);
  });
  it('near-miss: a reason that mentions hearing ("слушали онлайн") without a colon stays the person\'s', () => {
    const ru = 'ПРОТОКОЛ № 4\n12 марта 2025 года\n\nОтсутствовали:\n1. Ахметов Б.Б. – болезнь;\n2. Омарова Л.Л. – командировка (заседание слушали онлайн).\n\nПовестка дня:\n1. Об итогах мониторинга.\n';
    expect(names(ru)).toEqual(['Ахметов Б.Б.', 'Омарова Л.Л.']);
  });
});
