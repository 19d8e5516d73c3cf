/**
 * The counts a protocol states about its own meeting (issue 12, items 1 and 3):
 * "N из M" in brackets after the quorum is declared, "приняли участие N", the
 * body's size with the council's own adjective before it, in ru and kk — and
 * the sentences close to them that state no count of the meeting (a quorum
 * threshold, quorum not held, those who voted, meetings someone took part in).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const counts = (line: string) => {
  const x = parseProtocol(`ПРОТОКОЛ № 3\nзаседания комиссии Общественного совета\n17 апреля 2025 года\n\n${line}\n\nПовестка дня:\n1. Разное.\n`);
  return { total: x.members_total, present: x.present };
};

describe('stated counts of a meeting', () => {
  it.each([
    ['Кворум имеется (5 из 7).', 7, 5],
    ['Кворум имеется: 9 из 11 членов комиссии.', 11, 9],
    ['Кворум есть – присутствуют 6 из 8.', 8, 6],
    ['Кворум (12 из 15) обеспечен.', 15, 12],
    ['Кворум имеется (пять из семи).', 7, 5],
    ['Кворум бар (7 мүшенің 5-і).', 7, 5],
    ['Кворум имеется (присутствует 5 членов из 7).', 7, 5],
    ['Кворум бар: комиссияның 9 мүшесінен 6-сы қатысуда.', 9, 6],
    ['Из 21 члена Общественного совета в заседании приняли участие 16, в том числе 5 – онлайн.', 21, 16],
    ['В заседании приняли участие 16 членов Совета из 21.', 21, 16],
    ['Состав Общественного совета – 21 член. В заседании приняли участие 15 членов, кворум имеется.', 21, 15],
    ['Қоғамдық кеңестің құрамы – 25 мүше. Отырысқа 18 мүше қатысты.', 25, 18],
    ['Присутствовали (14 из 19):\nАбенов Т.К.', 19, 14],
    ['На заседании присутствуют 14 членов Совета (из 19).', 19, 14],
    ['Кворум имеется – 14 из 19 членов Совета.', 19, 14],
  ])('%s → %i members, %i present', (line, total, present) => {
    expect(counts(line)).toEqual({ total, present });
  });

  it.each([
    'Кворум имеется (требуется не менее 14 членов).',
    'Для кворума необходимо 5 из 7.',
    'Кворума нет (3 из 7), заседание перенесено.',
    'Кворум имеется (более половины от 7).',
    'Кворум имеется (ст. 13 Закона № 383-V).',
    'В голосовании приняли участие 14 членов.',
    'Иванов И.И. принял участие в 4 заседаниях.',
    'Кворум имеется (5/7).',
    '№\tФ.И.О.\tДолжность\tУчастие\n3\tЧленова\tчлен\tприсутствовал\n11\tЧленов А.А.\tзаместитель\tВКС',
  ])('%s → no count stated', (line) => {
    expect(counts(line)).toEqual({ total: null, present: null });
  });
});
