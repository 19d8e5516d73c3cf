import { describe, expect, it } from 'vitest';
import { formatProtocolSummary, formatReportSummary } from '../../../sources/extract/formatExtractSummary.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

describe('formatExtractSummary', () => {
  it('summarises a protocol: header, counts stated vs listed, votes and issues', () => {
    const text = formatProtocolSummary(parseProtocol('Протокол № 4\n3 марта 2024 г.\nПрисутствуют 3 члена из 5:\n1. Иванов И.И.\n2. Петров П.П.\nГолосовали: за – 2, против – 0, воздержались – 0. Решение принято.'));
    expect(text.split('\n')).toEqual([
      'Protocol № 4 of 2024-03-03 — body not stated',
      'Members: 5 stated; present 3 stated, 2 listed; online — stated, 0 listed',
      'Votes (1):',
      '  line 6: for 2, against 0, abstain 0 — adopted',
      'Issues (2):',
      '  line 3: stated 3 present, 2 listed',
      '  line 6: votes add up to 2 (2+0+0), 3 present',
    ]);
  });

  it('summarises a report: period, figures, activities by type', () => {
    const text = formatReportSummary(parseReport('Отчет за 2024 год\nПроведено 2 семинара:\n1. Семинар «А» 2 апреля\n2. Семинар «Б»'));
    expect(text).toBe([
      'Report for 2024-01-01 … 2024-12-31',
      'Figures (1):',
      '  seminars       2   line 2',
      'Activities (2, 1 dated): seminar 2',
      'No issues.',
    ].join('\n'));
  });
});
