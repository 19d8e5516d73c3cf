/**
 * A protocol's issues name the document's lines, in their `line` and in the lines their message names, though the
 * text was read split (a list run into one line under its heading is cut into its items: protocol/splitParagraphs.ts).
 */
import { expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

it('an issue that names two lines names the document\'s lines after a list was split', () => {
  const text = [
    'ПРОТОКОЛ № 3', 'заседания Общественного совета', '15 марта 2025 года', '',
    'Присутствовали члены Совета:',
    '1. Иванов И.И. – председатель Совета 2. Петров П.П. – член Совета 3. Сидоров С.С. – член Совета 4. Ахметов А.А. – член Совета',
    '',
    'На заседании присутствуют 4 члена из 5, 1 из которых присоединился посредством ZOOM.',
    'Отырысқа Кеңестің 5 мүшесінің 4-і қатысты, оның 2-еуі Зум арқылы қосылды.',
  ].join('\n');
  const x = parseProtocol(text);
  expect(x.attendees.map((a) => a.line)).toEqual([6, 6, 6, 6]);
  expect(x.issues).toContainEqual({ line: 9, message: 'online stated as 1 (line 8) and 2 (line 9); 1 taken' });
});
