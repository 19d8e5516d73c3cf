/**
 * A number of months is how long, never how many of anything (found by set 40's helper: "Кеңес 9 айда білім бөлімінің
 * басшысының есебін тыңдады" gave nine departments heard). maskNeverCounts blanks it, in Kazakh and Russian.
 */
import { describe, expect, it } from 'vitest';
import { MASK, maskNeverCounts } from '../../../../sources/extract/maskNeverCounts.ts';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const masked = (text: string) => maskNeverCounts(text).replaceAll(MASK, '#');
const KK = '2025 жылғы 9 айдағы Қоғамдық кеңестің жұмысы туралы ақпарат\n\n';
const RU = 'Информация о работе Общественного совета за 9 месяцев 2025 года\n\n';

describe('a span of months is never a count', () => {
  it.each([
    ['Кеңес 9 айда есепті тыңдады.', 'Кеңес # #### есепті тыңдады.'],
    ['6 ай ішінде', '# ## ішінде'],
    ['9-айдың қорытындысы', '####### қорытындысы'],
    ['за 9 месяцев проведено', 'за # ####### проведено'],
    ['за 9 мес. 2025 г.', 'за # #### #### ##'],
  ])('%s', (text, want) => expect(masked(text)).toBe(want));

  it('kk: "Кеңес 9 айда … бөлімінің басшысының есебін тыңдады" is no nine departments', () => {
    expect(figureMap(parseReport(`${KK}Кеңес 9 айда білім бөлімінің басшысының есебін тыңдады.\n`)).departments_heard).toBeUndefined();
  });
  it('ru: the months beside a count leave the count', () => {
    expect(figureMap(parseReport(`${RU}За 9 месяцев проведено 5 заседаний Совета.\n`)).general_meetings).toBe(5);
    expect(figureMap(parseReport(`${KK}Кеңес 9 ай ішінде 4 бөлім басшысының есебін тыңдады.\n`)).departments_heard).toBe(4);
  });
  it('near-miss: a word that opens with "ай" is no month ("5 аймақта" is five regions)', () => {
    expect(masked('5 аймақта 3 мониторинг')).toBe('5 аймақта 3 мониторинг');
    expect(masked('3 айлар')).toBe('3 айлар');
  });
});
