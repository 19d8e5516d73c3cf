/**
 * Meetings that break, resume and carry over (held-out set 146's theme), protocols:
 * - a vote COUNTED WRONG and taken again: kenes' convention (sets 8, 89) kept — two votes, the first with no result
 *   ("жарамсыз деп танылып" now read as voiding, lexicon voteVoided); set 146's "one vote" contradicts the pinned set 8;
 * - a continuation's protocol telling the day the meeting was opened and broken off ("Заседание № 8 открыто 11 ноября …
 *   (присутствовали 12 членов Совета)") — that day's counts are the other protocol's (withoutOtherSittings.ts);
 * - its agenda numbered on from the meeting's ("3. …", "4. …", "5. …") with the discussion headed by those numbers only is
 *   whole (takesItemsOnward.ts);
 * - "Повестка дня … повторно на голосование не ставилась" is no vote (unreadVotes.ts NO_VOTE).
 * Reports: a PDF table's period columns joined in one header cell ("I кв. 2026 I кв. 2025") cut after each year
 * (joinedHeaderLabels.ts); "В первом квартале изменений в составе не было" — the quarter by its ordinal in words (readStatedNone.ts).
 * Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { maskNeverCounts } from '../../../sources/extract/maskNeverCounts.ts';
import { findCounts } from '../../../sources/extract/grammar/findCounts.ts';

const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

const RU_HEAD = ['ПРОТОКОЛ № 4', 'заседания Общественного совета', '12 мая 2026 года', '', 'Из 13 членов Совета присутствуют 11.', ''];
const KK_HEAD = ['ХАТТАМА № 4', '2026 жылғы 12 мамыр', '', 'Кеңестің 13 мүшесінің 11-і қатысты.', ''];

describe('a vote counted wrong and taken again (kenes convention, sets 8 and 89 — NOT set 146\'s expectation)', () => {
  // The miscount is kept with its counts and no result, the re-vote is a vote of its own (set 89's notes: "A first count
  // declared wrong … is kept with its counts and NO declared, the re-vote is a separate vote (set 8)"). Set 146 wants the
  // first count dropped; that contradicts the pinned set 8 (petropavl presidium), so it is left to the lead.
  it('Kazakh: "алғашқы санақ жарамсыз деп танылып" — the first count declares no result, the repeated one is its own vote', () => {
    const text = [...KK_HEAD, '1-мәселе бойынша ТЫҢДАЛДЫ: Омаров Б.К.',
      'Дауыс беру: жақтап – 7, қарсы – 3, қалыс – 2.',
      'Санақ комиссиясы дауыстар саны қатысушылардан көп екенін хабарлады; алғашқы санақ жарамсыз деп танылып, дауыс беру қайталанды.',
      'Қайта дауыс беру: жақтап – 7, қарсы – 3, қалыс – 1. Шешім қабылданды.',
      '2-мәселе бойынша ТЫҢДАЛДЫ: Ахметова Г.С.', 'Дауыс беру: жақтап – 11, қарсы жоқ, қалыс жоқ. Бірауыздан қабылданды.'].join('\n');
    expect(votesOf(text)).toEqual([[7, 3, 2, false, null], [7, 3, 1, false, 'adopted'], [11, 0, 0, true, 'adopted']]);
  });

  it('Russian: "голосование признано недействительным и проведено повторно"', () => {
    const text = [...RU_HEAD, 'По первому вопросу СЛУШАЛИ: Петрова А.А.',
      'Голосовали: за – 6, против – 4, воздержались – 1. Решение принято.',
      'Выяснилось, что голосовал приглашённый; голосование признано недействительным и проведено повторно.',
      'Повторное голосование: за – 5, против – 4, воздержались – 1. Решение принято.'].join('\n');
    expect(votesOf(text)).toEqual([[6, 4, 1, false, null], [5, 4, 1, false, 'adopted']]);
  });
});

describe('a continuation\'s protocol', () => {
  const continuation = (opening: string, agendaLead: string, sections: string[]) => [
    'ПРОТОКОЛ № 8 (продолжение)', 'заседания Общественного совета', '18 ноября 2026 года', '',
    opening, '',
    'Из 15 членов Совета присутствуют 11.', '',
    'Присутствовали:', '1. Иванов И.И.', '2. Петров П.П.', '3. Сидоров С.С.', '4. Ахметов А.А.', '5. Беков Б.Б.', '6. Ким В.В.',
    '7. Ли Г.Г.', '8. Нуров Н.Н.', '9. Оспанов О.О.', '10. Рахимов Р.Р.', '11. Тулегенов Т.Т.', '',
    'Отсутствовали:', '1. Жуков А.С. – отпуск', '2. Калдыбаева Н.М. – командировка', '3. Нургожин Б.Е. – без уважительной причины', '4. Сагинбаев К.Ж. – болезнь', '',
    agendaLead, '3. Об отчёте отдела.', '4. О проекте решения.', '5. О предложении члена Совета.', '',
    ...sections,
  ].join('\n');
  const sections = ['По третьему вопросу СЛУШАЛИ: Бисенова Е.Т.', 'Голосование: за – 11, против – 0, воздержались – 0. Решение принято единогласно.',
    'По четвёртому вопросу СЛУШАЛИ: Ермекову Р.Н.', 'Голосование: за – 7, против – 3, воздержались – 1. Решение принято.',
    'По пятому вопросу СЛУШАЛИ: Искакова Т.О.', 'Голосование: за – 4, против – 5, воздержались – 2. Предложение не принято.'];

  it('the first day\'s attendance told in the opening sentence is not this sitting\'s; the items 3–5 are its agenda; the agenda not voted again', () => {
    const x = parseProtocol(continuation(
      'Заседание № 8 открыто 11 ноября 2026 года; в тот день рассмотрены вопросы 1 и 2 (присутствовали 12 членов Совета), после чего заседание было прервано. Настоящий протокол оформлен на продолжение заседания.',
      'Повестка дня утверждена 11 ноября 2026 года и повторно на голосование не ставилась. Рассматриваются вопросы:', sections));
    expect([x.present, x.members_total, x.absentees.length, x.absentees_listed, x.agenda.length, x.agenda_listed]).toEqual([11, 15, 4, undefined, 3, undefined]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[11, 0, 0, 'adopted'], [7, 3, 1, 'adopted'], [4, 5, 2, 'rejected']]);
  });

  it('Kazakh opening: "№ 8 отырыс 2026 жылғы 11 қарашада ашылып, … (12 мүше қатысты)"', () => {
    const x = parseProtocol(continuation(
      '№ 8 отырыс 2026 жылғы 11 қарашада ашылып, сол күні 1, 2-мәселелер қаралды (12 мүше қатысты), содан кейін үзіліс жарияланды.',
      'Күн тәртібі 11 қарашада бекітілген, қайта дауысқа қойылмады. Қаралатын мәселелер:', sections));
    expect([x.present, x.absentees.length, x.absentees_listed]).toEqual([11, 4, undefined]);
    expect(x.votes).toHaveLength(3);
  });

  it('near miss: a protocol of a two-day meeting dated its first day tells its own opening — kept', () => {
    const text = ['ПРОТОКОЛ № 5', '14 октября 2026 года', '', 'Заседание открыто 14 октября 2026 года в 10.00, присутствовали 9 членов Совета из 11.', '',
      'ПОВЕСТКА ДНЯ:', '1. О бюджете.', '', 'По первому вопросу СЛУШАЛИ: Иванова.', 'Голосовали: за – 9, против – 0, воздержались – 0. Решение принято.'].join('\n');
    expect(parseProtocol(text).present).toBe(9);
  });

  it('near miss: an agenda read from item 3 while the discussion heads questions 1 and 2 too was cut — its count not taken', () => {
    const text = [...RU_HEAD, 'ПОВЕСТКА ДНЯ:', '3. Об отчёте.', '4. О плане.', '',
      'По первому вопросу СЛУШАЛИ: Иванова.', 'Голосовали: за – 11, против – 0, воздержались – 0. Решение принято.',
      'По третьему вопросу СЛУШАЛИ: Петрова.', 'Голосовали: за – 11, против – 0, воздержались – 0. Решение принято.',
      'По четвёртому вопросу СЛУШАЛИ: Сидорова.', 'Голосовали: за – 11, против – 0, воздержались – 0. Решение принято.'].join('\n');
    expect(parseProtocol(text).agenda_listed).toBe(false);
  });
});

const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));

describe('a PDF table whose period columns came joined in one header cell', () => {
  const table = (head: string) => ['ОТЧЁТ о работе Общественного совета за I квартал 2026 года', '5. Обращения', '', head,
    'Поступило обращений\t7\t4', 'Даны ответы\t5\t4', 'Направлено писем в госорганы\t6\t5'];
  it('Russian: "Показатель | I кв. 2026 I кв. 2025" — the 2026 column read', () => {
    expect(figuresOf(table('Показатель\tI кв. 2026 I кв. 2025'))).toMatchObject({ appeals_received: 7, appeals_answered: 5, letters_sent: 6 });
  });
  it('Kazakh units, the years the other way round: "2025 ж. 2026 ж." — the second column is the period\'s', () => {
    expect(figuresOf(table('Көрсеткіш\t2025 ж. 2026 ж.'))).toMatchObject({ appeals_received: 4, appeals_answered: 4, letters_sent: 5 });
  });
  it('near miss: one year twice is no run of periods — the header is not cut, no column chosen', () => {
    expect(figuresOf(table('Показатель\t2026 2026')).appeals_received).toBeUndefined();
  });
});

describe('"no change in the membership" in the quarter named by its ordinal in words', () => {
  it.each([
    ['ОТЧЁТ о работе Общественного совета за I квартал 2026 года', 'В первом квартале изменений в составе не было.'],
    ['2026 жылғы I тоқсандағы Қоғамдық кеңес жұмысы туралы ЕСЕП', 'Бірінші тоқсанда кеңес құрамында өзгеріс болған жоқ.'],
  ])('%s / %s → joined 0, left 0', (title, line) => {
    expect(figuresOf([title, '1. Состав', 'Совет насчитывает 12 членов.', line])).toMatchObject({ members_joined: 0, members_left: 0 });
  });
  it('near miss: another quarter by its ordinal ("во втором квартале") in the first quarter\'s report states nothing of it', () => {
    const f = figuresOf(['ОТЧЁТ о работе Общественного совета за I квартал 2026 года', '1. Состав', 'Совет насчитывает 12 членов.', 'Во втором квартале изменений в составе не ожидается.']);
    expect(f.members_joined).toBeUndefined();
  });
});

describe('one department\'s head heard, its report\'s months named ("9 айдағы жұмысы туралы есебі")', () => {
  const month = (line: string) => figuresOf(['Қоғамдық кеңестің 2026 жылғы қазан айындағы жұмысы туралы', 'АҚПАРАТ', '', line]);
  it('Kazakh: «… білім бөлімі» ММ басшысының 9 айдағы жұмысы туралы есебі → one hearing, one department', () => {
    expect(month('Есептерді тыңдау. 15 қазанда Кеңес отырысында «Қарғалы ауданының жер қатынастары бөлімі» ММ басшысының 2026 жылғы 9 айдағы жұмысы туралы есебі тыңдалды.'))
      .toMatchObject({ report_hearings: 1, departments_heard: 1 });
  });
  it('Kazakh: "мемлекеттік мекемесінің басшысы", 6 айындағы', () => {
    expect(month('22 қазанда «Ауданның мәдениет бөлімі» мемлекеттік мекемесінің басшысы 6 айындағы жұмысы туралы есебі тыңдалды.'))
      .toMatchObject({ report_hearings: 1, departments_heard: 1 });
  });
  it('near miss: a hospital\'s head (no department) is one hearing, no department', () => {
    const f = month('15 қазанда «Аудандық аурухана» КМК басшысының 2026 жылғы 9 айдағы жұмысы туралы есебі тыңдалды.');
    expect(f.departments_heard).toBeUndefined();
  });
  it('the months\' adjective is masked, a region\'s word and the count beside it are not', () => {
    expect(findCounts(maskNeverCounts('басшысының 9 айдағы жұмысы туралы есебі')).map((c) => c.value)).toEqual([]);
    expect(findCounts(maskNeverCounts('5 аймақтағы 3 есеп')).map((c) => c.value)).toContain(3);
  });
});

describe('one department heard on one day, told in full and again by its abbreviation in the recap list', () => {
  const hearings = (lines: string[]) => parseReport(lines.join('\n')).activities.filter((a) => a.type === 'report_hearing').map((a) => a.date_start);
  it('Kazakh: "… тұрғын үй-коммуналдық шаруашылығы … бөлімі басшысының есебі" and "– 23 қыркүйек – ТКШ бөлімінің … есебін тыңдау"', () => {
    expect(hearings(['Қоғамдық кеңесінің 2026 жылғы III тоқсандағы жұмысы туралы ЕСЕП', '3. Есептерді тыңдау',
      'Тоқсанда 2 есеп тыңдалды: 26 тамызда – білім бөлімі басшысының, 23 қыркүйекте – тұрғын үй-коммуналдық шаруашылығы және автомобиль жолдары бөлімі басшысының есебі.',
      '4. Негізгі іс-шаралар', '– 26 тамыз – білім бөлімінің есебін тыңдау;', '– 23 қыркүйек – ТКШ бөлімінің жылу маусымына дайындық жөніндегі есебін тыңдау.']))
      .toEqual(['2026-08-26', '2026-09-23']);
  });
  it('Russian: "отдела жилищно-коммунального хозяйства" and "отдела ЖКХ"', async () => {
    const { sameDepartment } = await import('../../../sources/extract/report/sameDepartment.ts');
    expect(sameDepartment('заслушан отчёт руководителя отдела жилищно-коммунального хозяйства о подготовке к зиме', '15 октября – отчёт отдела ЖКХ о подготовке к зиме')).toBe(true);
    expect(sameDepartment('- 23 қыркүйек – ТКШ бөлімінің есебі', 'тұрғын үй-коммуналдық шаруашылығы бөлімі басшысының есебі')).toBe(true);
  });
  it('near miss: two departments of one day, one abbreviated, whose letters are not the other\'s — both kept', async () => {
    const { sameDepartment } = await import('../../../sources/extract/report/sameDepartment.ts');
    expect(sameDepartment('- 23 қыркүйек – ТКШ бөлімінің есебі', 'ауыл шаруашылығы бөлімі басшысының есебі')).toBe(false);
    expect(sameDepartment('отчёт отдела ЖКХ', 'отчёт отдела образования')).toBe(false);
  });
});

describe('a count of events with each one\'s day and topic in the bracket, parted by semicolons', () => {
  const events = (line: string, title = 'ОТЧЁТ о работе Общественного совета за IV квартал 2026 года') =>
    parseReport([title, line].join('\n')).activities.map((a) => [a.type, a.date_start]);
  it('Russian: "2 круглых стола (28 октября – о …; 15 декабря – о …)", "1 общественное слушание (2 декабря – проект …)"', () => {
    expect(events('Проведены 2 круглых стола (28 октября – о поддержке фермеров; 15 декабря – о профилактике насилия), 1 общественное слушание (2 декабря – проект бюджета на 2027-2029 годы).'))
      .toEqual([['round_table', '2026-10-28'], ['round_table', '2026-12-15'], ['public_hearing', '2026-12-02']]);
  });
  it('Kazakh: "2 дөңгелек үстел (16 қазан – жастар туралы; 10 желтоқсан – …)"', () => {
    expect(events('Өткізілді: 2 дөңгелек үстел (16 қазан – жастарды жұмыспен қамту туралы; 10 желтоқсан – тұрмыстық зорлық-зомбылықтың алдын алу туралы).', '2026 жылғы IV тоқсандағы Қоғамдық кеңестің жұмысы туралы ЕСЕП'))
      .toEqual([['round_table', '2026-10-16'], ['round_table', '2026-12-10']]);
  });
  // (The sentence's first date is read as one dated event by the dated sentences' reader, as before: not these events.)
  it('near miss: fewer parts than counted, or a part without its day — the bracket\'s events not read one by one', () => {
    expect(events('Проведены 3 круглых стола (28 октября – о поддержке фермеров; 15 декабря – о профилактике насилия).')).not.toContainEqual(['round_table', '2026-12-15']);
    expect(events('Проведены 2 круглых стола (28 октября – о поддержке фермеров; о профилактике насилия).').length).toBeLessThan(2);
  });
});
