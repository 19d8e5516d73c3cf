/**
 * Session 42's classes from sets 177 (a standing commission's own documents) and 174 (text recognised from scans), each
 * with variants the sets did not show, in both languages, and near misses that must stay as they were. Invented people.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const protocol = (lines: string[]) => parseProtocol(lines.join('\n'));
const votesOf = (lines: string[]) => protocol(lines).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const HEAD = ['ПРОТОКОЛ № 3', 'заседания постоянной комиссии по туризму', '', '03.06.2026                  г. Щучинск', ''];
const KK_HEAD = ['Комиссия отырысының № 8 ХАТТАМАСЫ', '', '25.11.2026 ж.                Қосшы қ.', ''];
const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));
const candidatesOf = (lines: string[]) => parseReport(lines.join('\n')).candidates.map((c) => `${c.metric}=${c.value}`);

describe('a result said before its stacked counts, closed by a colon', () => {
  const stacked = (result: string, counts = ['   «за»          – 4', '   «против»      – 1', '   «воздержались» – 1']) =>
    [...HEAD, '1. СЛУШАЛИ: Мусина Т.Ж. о мониторинге.', 'РЕШИЛИ: итоги направить в акимат.', result, ...counts, ''];
  it('"Решение принято. Голосовали:" over "«за» – 6" …: one vote, adopted', () => {
    expect(votesOf(stacked('Решение принято. Голосовали:', ['   «за»          – 6', '   «против»      – 0', '   «воздержались» – 0']))).toEqual([[6, 0, 0, 'adopted']]);
  });
  it('"Принято большинством голосов:" over its counts: one vote, not a result-only vote beside the counts', () => {
    expect(votesOf(stacked('Принято большинством голосов:'))).toEqual([[4, 1, 1, 'adopted']]);
  });
  it('"Предложение отклонено. Итоги голосования:" and Kazakh "Шешім қабылданды. Дауыс беру:" likewise', () => {
    expect(votesOf(stacked('Предложение отклонено. Итоги голосования:', ['   за – 1', '   против – 5', '   воздержались – 0']))).toEqual([[1, 5, 0, 'rejected']]);
    expect(votesOf([...KK_HEAD, '1. ТЫҢДАЛДЫ: Павленко С.И.', 'ШЕШІМ: анықтама әкімге жіберілсін.', 'Шешім қабылданды. Дауыс беру:', '   жақтап – 7', '   қарсы – 0', '   қалыс – 0', ''])).toEqual([[7, 0, 0, 'adopted']]);
  });
  it('near miss: counts of their own after a colon line that says no result stay a vote with the result below', () => {
    expect(votesOf(stacked('Голосовали:', ['   «за» – 4', '   «против» – 1', '   «воздержались» – 1', 'Решение принято.']))).toEqual([[4, 1, 1, 'adopted']]);
  });
});

describe('the counts of a commission\'s sitting', () => {
  const att = (lines: string[]) => {
    const p = protocol([...HEAD, ...lines, '', 'ПОВЕСТКА ДНЯ', '1. О сезоне.']);
    return [p.present, p.members_total];
  };
  it('"Кворум имеется: 6 членов комиссии из 7 (из них один – по видеосвязи)", "кворум есть: 5 членов совета из 9"', () => {
    expect(att(['Кворум имеется: 6 членов комиссии из 7 (из них один – по видеосвязи).'])).toEqual([6, 7]);
    expect(att(['Кворум есть: 5 членов совета из 9.'])).toEqual([5, 9]);
  });
  it('near miss: the quorum\'s threshold ("Кворум имеется (требуется не менее 5 членов из 7)") is no count present', () => {
    expect(att(['Кворум имеется (требуется не менее 5 членов из 7).'])[0]).toBeNull();
  });
  it('"Присутствовали: члены комиссии – 7 из 8, в том числе онлайн – 1: Ахметов Е.Б. (председатель), …": counts, then every name', () => {
    const p = protocol([...HEAD, 'Присутствовали: члены комиссии – 7 из 8, в том числе онлайн – 1: Ахметов Ерлан Болатович (председатель), Сейтова Н.М. (секретарь), Ким В.С. (онлайн), Курмангазиев Д.Т., Алимбекова Ж.Ж., Рахимжанов Б.О., Павленко С.И.', 'Отсутствовал: Жумабаева Л.О. – отпуск.']);
    expect([p.present, p.members_total, p.online]).toEqual([7, 8, 1]);
    expect(p.attendees.map((a) => a.name)).toEqual(['Ахметов Ерлан Болатович', 'Сейтова Н.М.', 'Ким В.С.', 'Курмангазиев Д.Т.', 'Алимбекова Ж.Ж.', 'Рахимжанов Б.О.', 'Павленко С.И.']);
  });
  it('Kazakh "Қатысқандар: комиссия мүшелері – 8-ден 7, оның ішінде онлайн – 1: …" and "Қатысты: 9-дан 6"', () => {
    const p = protocol([...KK_HEAD, 'Қатысқандар: комиссия мүшелері – 8-ден 7, оның ішінде онлайн – 1: Ахметов Ерлан Болатұлы (комиссия төрағасы), Сейітова Н.М. (хатшы), Ким В.С. (онлайн), Құрманғазиев Д.Т., Әлімбекова Ж.Ж., Рахимжанов Б.О., Павленко С.И.', 'Қатыспаған: Жұмабаева Л.О. – еңбек демалысында.']);
    expect([p.present, p.members_total, p.attendees.length, p.attendees[0].name]).toEqual([7, 8, 7, 'Ахметов Ерлан Болатұлы']);
    expect([protocol([...KK_HEAD, 'Қатысты: 9-дан 6.']).present, protocol([...KK_HEAD, 'Қатысты: 9-дан 6.']).members_total]).toEqual([6, 9]);
  });
  it('near miss: more present than the whole ("Қатысқандар: 7-ден 9") states no whole', () => {
    expect(protocol([...KK_HEAD, 'Қатысқандар: 7-ден 9.']).members_total).toBeNull();
  });
});

describe('a lone "Статус" column that holds each row\'s participation', () => {
  const table = (rows: string[], head = 'Ф.И.О.              | Статус           | Примечание') => protocol([...HEAD, head, ...rows, '', 'ПОВЕСТКА ДНЯ', '1. О сезоне.']);
  it('"присутствует" / "отсутствует" rows, an online note, an unexcused absence with its note wrapped', () => {
    const p = table(['Гордеева С.А.       | присутствует     |', 'Хрипунова Е.В.      | присутствует     | по видеосвязи (г. Кокшетау)', 'Тюлюбаев Р.С.       | отсутствует      | без уважительной причины', '                    |                  | (третий пропуск за год)']);
    expect(p.attendees.map((a) => [a.name, a.online])).toEqual([['Гордеева С.А.', false], ['Хрипунова Е.В.', true]]);
    expect(p.absentees.map((a) => [a.name, a.excused])).toEqual([['Тюлюбаев Р.С.', false]]);
  });
  it('Kazakh "Мәртебесі" with "қатысты" / "онлайн" / "қатыспады (іссапар)"', () => {
    const p = table(['Әлиев Б.Қ. | қатысты |', 'Ким В.С. | онлайн |', 'Сейітова Н.М. | қатыспады (іссапар) |'], 'Аты-жөні | Мәртебесі | Ескерту');
    expect([p.attendees.length, p.attendees.filter((a) => a.online).length, p.absentees[0]?.excused]).toEqual([2, 1, true]);
  });
  it('near miss: a status column of roles ("член комиссии", "приглашённый") keeps its meaning', () => {
    const p = table(['Гордеева С.А. | член комиссии |', 'Омаров Б.А. | приглашённый |'], 'Ф.И.О. | Статус | Подпись');
    expect(p.attendees.map((a) => a.name)).not.toContain('Омаров Б.А.');
  });
});

describe('a commission\'s report that gives the council\'s whole counts beside its own', () => {
  const letter = (body: string[]) => ['Председателю Общественного совета', '', 'Уважаемая Роза Кенесовна!', '', 'Постоянная комиссия № 2 по социальным вопросам направляет информацию о своей работе за 9 месяцев 2026 года.', '', ...body];
  it('the commission\'s own counts are the figures; "всего проведено 4 заседания Совета", "Советом в целом … 27 обращений" candidates', () => {
    const text = letter([
      '1. За отчетный период комиссия провела 5 заседаний. Кроме того, комиссией подготовлены 2 вопроса для заседаний Совета; всего за 9 месяцев проведено 4 заседания Совета.',
      '2. Всего Советом за 9 месяцев проведено 9 мониторингов, из них комиссией – 3.',
      '3. В комиссию поступило 11 обращений. Советом в целом за период рассмотрено 27 обращений.',
    ]);
    expect(figuresOf(text)).toMatchObject({ commission_meetings: 5, monitorings: 3, appeals_received: 11 });
    expect(figuresOf(text).general_meetings).toBeUndefined();
    expect(candidatesOf(text)).toEqual(expect.arrayContaining(['monitorings=9', 'appeals_received=27']));
  });
  it('a table of the commission\'s column beside the council\'s: the commission\'s column, the council\'s never', () => {
    const text = [
      'ӘЛЕУМЕТТІК МӘСЕЛЕЛЕР ЖӨНІНДЕГІ КОМИССИЯНЫҢ 2025 ЖЫЛЫ АТҚАРҒАН ЖҰМЫСЫ ТУРАЛЫ ЕСЕБІ', '',
      ' Көрсеткіш              | Комиссия | Кеңес бойынша барлығы',
      '------------------------+----------+----------------------',
      ' Комиссия отырыстары    |     6    |     15',
      ' Қоғамдық мониторинг    |     4    |     10',
      ' Өтініштер              |    11    |     26',
    ];
    expect(figuresOf(text)).toMatchObject({ commission_meetings: 6, monitorings: 4, appeals_received: 11 });
  });
  it('near miss: a council\'s report keeps its own counts ("Совет провёл 9 мониторингов, из них комиссией № 2 – 3")', () => {
    const text = ['ИНФОРМАЦИЯ о работе Общественного совета за 9 месяцев 2026 года', '', 'Советом проведено 9 мониторингов, из них комиссией № 2 – 3. Поступило 27 обращений.'];
    expect(figuresOf(text)).toMatchObject({ monitorings: 9, appeals_received: 27 });
  });
});

describe('text recognised from a scan', () => {
  it('a surname run into its initials ("ПакИ.В.", "ЕрғалиевҚ.Б.") is a name of the list; "ТОО «КазМунай»" is left alone', () => {
    const p = protocol([...HEAD, 'Присутствовали: Алимкулов Н.Ж., Баймаханова С.Т., Ергалиев', 'К.Б., ПакИ.В., ЕрғалиевҚ.Б., Тулеубаев М.К.']);
    expect(p.attendees.map((a) => a.name)).toEqual(['Алимкулов Н.Ж.', 'Баймаханова С.Т.', 'Ергалиев К.Б.', 'Пак И.В.', 'Ерғалиев Қ.Б.', 'Тулеубаев М.К.']);
  });
  it('an absentee\'s reason wrapped onto the next line after its dash is that absentee\'s, not the next one\'s', () => {
    const p = protocol([...HEAD, 'Отсутствовали: Аханов Д.С. – болезнь; Бекова Р.Н.', '– командировка; Кайратов Н.С.']);
    expect(p.absentees.map((a) => [a.name, a.reason])).toEqual([['Аханов Д.С.', 'болезнь'], ['Бекова Р.Н.', 'командировка'], ['Кайратов Н.С.', null]]);
  });
  it('a number with g scanned for 9 ("Поступило 1g обращений") is read as the number, never as its first digit', () => {
    const f = figuresOf(['ИНФОРМАЦИЯ о работе Общественного совета за I полугодие 2026 года', '', 'Поступило 1g обращений (от физических лиц – 17, от юридических лиц – 2).']);
    expect([f.appeals_received, f.appeals_individuals]).toEqual([19, 17]);
    // Near miss: g alone, or in a word, is no digit.
    expect(figuresOf(['ИНФОРМАЦИЯ о работе Общественного совета за I полугодие 2026 года', '', 'Поступило 12 обращений, в том числе через e-gov – 5.']).appeals_received).toBe(12);
  });
  it('"на сайте управления – 14" counts the department\'s website\'s publications, never departments heard', () => {
    const text = ['ИНФОРМАЦИЯ о работе Общественного совета за I полугодие 2026 года', '', 'Заслушано 3 отчета.', 'Всего 44 публикации: на сайте управления – 14, Instagram – 22, Facebook – 8.'];
    expect(figuresOf(text).departments_heard).toBeUndefined();
    expect(figuresOf(text).publications).toBe(44);
  });
  it('a lone б scanned for 6 after a label\'s dash ("қарсы – б,") or in a table\'s first cell is 6; "б/н" and words stay', () => {
    expect(votesOf([...KK_HEAD, '1. ТЫҢДАЛДЫ: Павленко С.И.', 'Ұсыныс бойынша дауыс беру: жақтап – 4, қарсы – б, қалыс – 0.', 'Ұсыныс қабылданбады.'])).toEqual([[4, 6, 0, 'rejected']]);
    expect(figuresOf(['ИНФОРМАЦИЯ о работе Общественного совета за I полугодие 2026 года', '', 'Письмо б/н от 12.03.2026 направлено в акимат. Проведено 3 мониторинга.']).monitorings).toBe(3);
  });
  it('a Word table\'s cells a scan garbled ("\\tб" for 6 in the number column, "\\t1б" for 16 in the value column) are read', () => {
    const stream = ['ОТЧЕТ', 'о работе Общественного совета за 2025 год', '', '\tПоказатель', '\tВсего за 2025 г.', '\tЗаседания Общественного совета', '\t6', '\tЗаседания комиссий', '\t1б', '\tОбщественный мониторинг', '\t7', ''];
    expect(figuresOf(stream)).toMatchObject({ general_meetings: 6, commission_meetings: 16, monitorings: 7 });
  });
  it('a bilingual agenda item whose Russian half wraps onto a line opening with the slash goes on', () => {
    const p = protocol([...KK_HEAD, 'КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:', '1. Полигон салу жобасы ту-', 'ралы / О проекте строительства полигона ТБО.', '2. Су қорғау белдеулері туралы', '/ Об установлении водоохранных полос.', '3. Жоспарға өзгеріс / Изменения в план.', '', 'Күн тәртібі бойынша: бірауыздан.']);
    expect(p.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
    expect(p.agenda[1].title).toBe('Су қорғау белдеулері туралы / Об установлении водоохранных полос.');
  });
});

describe('the dated list under its lead', () => {
  const activitiesOf = (lines: string[]) => parseReport(lines.join('\n')).activities.map((a) => `${a.type} ${a.date_start}`);
  it('a lead sentence wrapped after "из них" ("… проведено 9 мониторингов, из них" / "комиссией – 3:") types the dashes under it', () => {
    expect(activitiesOf(['ИНФОРМАЦИЯ о работе Общественного совета за 9 месяцев 2026 года', '', '3. Мониторинг. Всего проведено 9 мониторингов, из них', 'комиссией – 3:', '– 18 марта – обеспеченность лекарствами;', '– 14 мая – работа центра социальных услуг;']))
      .toEqual(['monitoring 2026-03-18', 'monitoring 2026-05-14']);
  });
  it('"Негізгі іс-шаралар күнтізбесі:" under a paragraph ending with a memorandum signed: each item by its own type, none a memorandum', () => {
    const lines = ['Кеңестің 2026 жылғы жұмысы туралы ЕСЕП', '', '6. Өзге іс-шаралар', 'Жыл ішінде 2 дөңгелек үстел өткізілді. «Атамекен» ҰКП-мен 1 меморандумға қол қойылды.', '', 'Негізгі іс-шаралар күнтізбесі:', '- сәуірдің 9-ы – «Шағын бизнес» дөңгелек үстелі;', '- 2026 жылғы 21 мамырда – қоғамдық көлік қызметінің мониторингі;', '- 2026 жылғы 8 қазанда – бюджет жобасы бойынша қоғамдық тыңдау.'];
    expect(activitiesOf(lines)).toEqual(['round_table 2026-04-09', 'monitoring 2026-05-21', 'public_hearing 2026-10-08']);
    expect(activitiesOf(lines.map((l) => l.replace('Негізгі іс-шаралар күнтізбесі:', 'Календарь основных мероприятий:')))).toEqual(['round_table 2026-04-09', 'monitoring 2026-05-21', 'public_hearing 2026-10-08']);
  });
  it('a list longer than its heading\'s count of one type ("1 меморандумға қол қойылды." / "Олардың бір бөлігі:") types each item by its own words', () => {
    const lines = ['Кеңестің 2026 жылғы жұмысы туралы ЕСЕП', '', 'Жыл бойы 9 мониторинг жүргізілді; 3 қоғамдық тыңдау ұйымдастырылды. Бірлестікпен', '1 меморандумға қол қойылды.', 'Олардың бір бөлігі:', ' - 2026 жылғы 11 ақпанда – мектеп асханасына мониторинг;', ' - 2026 жылғы 18 наурызда – аудандық білім бөлімінің есебі;', ' - 2026 жылғы 15 сәуірде – абаттандыру жобасы бойынша қоғамдық тыңдау;'];
    expect(activitiesOf(lines)).toEqual(['monitoring 2026-02-11', 'report_hearing 2026-03-18', 'public_hearing 2026-04-15']);
  });
  it('near miss: a list\'s typed lead over it ("Проведены мониторинги:") still types its untyped dashes', () => {
    expect(activitiesOf(['ИНФОРМАЦИЯ о работе Общественного совета за 9 месяцев 2026 года', '', 'Совет провёл 2 заседания.', 'Проведены мониторинги:', '– 18 марта – аптеки города;', '– 14 мая – центр социальных услуг.']))
      .toEqual(['monitoring 2026-03-18', 'monitoring 2026-05-14']);
  });
});

describe('the plan and the fact, the fact\'s noun left out', () => {
  const f = (lines: string[]) => figuresOf(['ИНФОРМАЦИЯ о работе Общественного совета за I полугодие 2026 года', '', ...lines]);
  it('"По плану – 3 заседания Совета, фактически проведено 4": the fact is the figure, the plan a candidate', () => {
    expect(f(['2. Заседания. По плану – 3 заседания Совета, фактически проведено 4 (в I полугодии 2025 года – 3).']).general_meetings).toBe(4);
  });
  it('a section\'s run-in title over "План – 5, факт – 6: …" and "Жоспар – 3, орындалғаны – 2" under "Дөңгелек үстелдер"', () => {
    expect(f(['4. Мониторинг. План – 5, факт – 6: подача тепла (05.02.2026), остальные – в марте.']).monitorings).toBe(6);
    expect(f(['5. Дөңгелек үстелдер', 'Жоспар – 3, орындалғаны – 2.']).round_tables).toBe(2);
  });
  it('near miss: a title naming two types, or a fact more than twice the plan, states nothing', () => {
    expect(f(['4. Мониторинг и круглые столы. План – 5, факт – 6.']).monitorings).toBeUndefined();
    expect(f(['4. Мониторинг. План – 2, факт – 9.']).monitorings).toBeUndefined();
  });
});
