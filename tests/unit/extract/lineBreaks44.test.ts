/**
 * Classes of session 44 from set 200 (hyphenation and hard line breaks): a list item's hanging indent holding only the rest
 * of a word hyphenated at the line's end ("2. О результатах мониторинга рай-" / "   онов.") was left a blank line, which
 * ended the agenda and lost its items after it; "9 членов Совета проголосовали «за», 2 – «против», воздержавшихся нет"
 * read the none of those abstaining as none against too (the quote before "против" let the count before it go unseen).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readCounts } from '../../../sources/extract/protocol/readVotes.ts';
import { withoutPageBreaks } from '../../../sources/extract/pageFurniture.ts';

describe('a word hyphenated into a list item\'s hanging indent', () => {
  it('is made whole on the indented line, so the list reads on', () => {
    const text = ['ПРОТОКОЛ № 6', '', 'ПОВЕСТКА ДНЯ:', '1. О ходе вакцинации животных против', '   ящура в 2026 году.', '2. О результатах мониторинга рай-', '   онов.', '3. О проекте Правил содержания собак в', '   г. Уральске.', '4. Разное.', '', 'Повестка дня утверждена единогласно.'].join('\n');
    expect(parseProtocol(text).agenda.map((a) => a.no)).toEqual([1, 2, 3, 4]);
    expect(parseProtocol(text).agenda[1].title).toBe('О результатах мониторинга районов.');
  });

  it('is made whole on its first line when the rest runs on or nothing follows (a vote\'s result stays on its line)', () => {
    expect(withoutPageBreaks(['за – 11, против – 0. Решение при-', 'нято.', 'Следующий вопрос.']).lines).toEqual(['за – 11, против – 0. Решение принято.', '', 'Следующий вопрос.']);
    expect(withoutPageBreaks(['2. О результатах мониторинга рай-', '   онов.', '']).lines).toEqual(['2. О результатах мониторинга районов.', '', '']);
  });
});

describe('a count said before its quoted label, the next label\'s none after', () => {
  it('keeps the count against and reads the none of those abstaining, in either language', () => {
    expect(readCounts('9 членов Совета проголосовали «за», 2 – «против», воздержавшихся нет. Решение принято.')).toMatchObject({ for: 9, against: 2, abstain: 0 });
    expect(readCounts('9 мүше «жақтап», 2 – «қарсы», қалыс қалғандар жоқ. Шешім қабылданды.')).toMatchObject({ for: 9, against: 2, abstain: 0 });
  });

  it('still reads one none for both labels listed with a comma', () => {
    expect(readCounts('за – 9, «против», «воздержавшихся» – нет')).toMatchObject({ for: 9, against: 0, abstain: 0 });
    expect(readCounts('жақтап – 9, «қарсы», «қалыс қалғандар» – жоқ')).toMatchObject({ for: 9, against: 0, abstain: 0 });
  });
});
