/**
 * Kinds of events named together before one none: each kind's none (held-out set 41, Egindykol: "Круглые столы и
 * общественные слушания в 3 квартале не проводились" gave neither). readStatedNone, ru and kk.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const RU = 'Информация о работе Общественного совета за 3 квартал 2025 года\n\n';
const KK = '2025 жылғы 3 тоқсандағы Қоғамдық кеңестің жұмысы туралы ақпарат\n\n';
const figures = (text: string) => figureMap(parseReport(`${text}\n`));

describe('one none over several kinds', () => {
  it('ru: two kinds joined by "и", the period between', () => {
    expect(figures(`${RU}Круглые столы и общественные слушания в 3 квартале не проводились.`)).toEqual({ round_tables: 0, public_hearings: 0 });
  });
  it('ru: three kinds, commas and "и"', () => {
    expect(figures(`${RU}Круглые столы, семинары и общественные слушания не проводились.`)).toEqual({ round_tables: 0, seminars: 0, public_hearings: 0 });
  });
  it('kk: "мен" and "және"', () => {
    expect(figures(`${KK}Дөңгелек үстелдер мен қоғамдық тыңдаулар өткізілген жоқ.`)).toEqual({ round_tables: 0, public_hearings: 0 });
    expect(figures(`${KK}Дөңгелек үстелдер, семинарлар және қоғамдық тыңдаулар есепті кезеңде өткізілген жоқ.`)).toEqual({ round_tables: 0, seminars: 0, public_hearings: 0 });
  });
  it('near-miss: a count of one kind, the none of another; a qualified kind is a part', () => {
    expect(figures(`${RU}Проведено 3 круглых стола, семинары не проводились.`)).toEqual({ round_tables: 3, seminars: 0 });
    expect(figures(`${RU}Проведены 2 круглых стола и 1 семинар, общественные слушания не проводились.`)).toEqual({ round_tables: 2, seminars: 1, public_hearings: 0 });
    expect(figures(`${RU}Круглые столы и общественные слушания по проекту бюджета не проводились.`)).toEqual({});
  });
  it('near-miss: appeals and members keep their own verbs, never joined to events', () => {
    expect(figures(`${RU}Круглые столы и обращения граждан не проводились.`).appeals_received).toBeUndefined();
  });
});
