// Classes of held-out sets 56 and 57 (their false values and activities read long): a council's host named in its title is
// no body of the sitting ("ОБЩЕСТВЕННЫЙ СОВЕТ / при Комитете …"); those online named in a sentence apart from an unmarked
// list are marked in it; drafts the ministry sent
// ("27 НҚА жобасын жіберді, оның 25-і қаралды") are not the drafts reviewed; a count of another kind's public council
// ("… басқармасы жанындағы қоғамдық кеңеспен 2 семинар") is no figure of the report's council; "отчётное слушание" is a
// report hearing; a table of counts with a column per kind lists no events; a chronicle entry's kind is the one after its
// day; a summary list of counts lists no events, even with a closing clause; a chronology told in dated paragraphs under
// its heading is read entry by entry.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityTypeOf } from '../../../sources/extract/report/activityLexicon.ts';
import { entryOpeningType } from '../../../sources/extract/report/entryOpeningType.ts';
import { underChronologyHeading } from '../../../sources/extract/report/underChronologyHeading.ts';

const bodyOf = (lines: string[]) => parseProtocol(lines.join('\n')).body;
const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const activities = (text: string) => parseReport(text).activities.map((a) => [a.type, a.date_start]);

describe('the host a council is attached to, named in its title, is no body of the sitting', () => {
  it('set 56 ksek: "ОБЩЕСТВЕННЫЙ СОВЕТ" / "при Комитете санитарно-эпидемиологического контроля" — the council', () => {
    expect(bodyOf(['ОБЩЕСТВЕННЫЙ СОВЕТ', 'при Комитете санитарно-эпидемиологического контроля', 'Министерства здравоохранения Республики Казахстан', '', 'Протокол заседания № 6', '', 'г. Астана                 19 ноября 2025 года'])).toBe('council');
  });
  it('variant kk: "… Мемлекеттік кірістер комитеті жанындағы Қоғамдық кеңес"', () => {
    expect(bodyOf(['Қаржы министрлігінің Мемлекеттік кірістер комитеті жанындағы Қоғамдық кеңес', 'отырысының № 3 ХАТТАМАСЫ', '', 'Астана қаласы                2025 жылғы 12 наурыз'])).toBe('council');
  });
  it('variant ru, the host in the genitive: "заседания Общественного совета Комитета государственных доходов"', () => {
    expect(bodyOf(['ПРОТОКОЛ № 2', 'заседания Общественного совета Комитета государственных доходов', '', 'г. Астана                12 марта 2025 года'])).toBe('council');
  });
  it('near-miss: a committee of the council ("заседания Комитета по этике Общественного совета") is the committee', () => {
    expect(bodyOf(['ПРОТОКОЛ № 4', 'заседания Комитета по этике Общественного совета', '', 'г. Астана                12 марта 2025 года'])).toBe('committee');
  });
});

describe('those online named in a sentence apart from a list with no marks are marked online in it', () => {
  const online = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 6', '19 ноября 2025 года', '', ...lines].join('\n')).attendees.filter((a) => a.online).map((a) => a.name);
  it('set 56 ksek: "Один член Совета (Сейткали Д.Н.) подключился по видеосвязи." over a comma paragraph of names', () => {
    expect(online([
      'Из 5 членов Совета присутствуют 4, кворум имеется. Один член Совета', '(Сейткали Д.Н.) подключился по видеосвязи.', '',
      'Присутствовали члены Общественного совета: Ким Р.В. (председатель), Жантасова', 'Б.М., Сейткали Д.Н., Орлова Е.Г.', '',
      'Отсутствовали: Абилов Е.С. (отпуск).',
    ])).toEqual(['Сейткали Д.Н.']);
  });
  it('variant kk: "Кеңес мүшесі Д.Н. Сейткали бейнебайланыс арқылы қосылды." — the initials first', () => {
    expect(online([
      'Кеңестің 5 мүшесінің 4-еуі қатысты, оның ішінде 1-еуі онлайн. Кеңес мүшесі Д.Н. Сейткали бейнебайланыс арқылы қосылды.', '',
      'Қатысқандар: Ким Р.В., Жантасова Б.М., Сейткали Д.Н., Орлова Е.Г.', '',
      'Қатыспағандар: Абилов Е.С. (демалыс).',
    ])).toEqual(['Сейткали Д.Н.']);
  });
  it('near-miss: a guest who connected ("Приглашённый Аманов Н.Е. подключился по видеосвязи") marks no member', () => {
    expect(online([
      'Из 5 членов Совета присутствуют 4, в том числе 1 – по видеосвязи. Приглашённый Аманов Н.Е. подключился по видеосвязи.', '',
      'Присутствовали члены Общественного совета: Ким Р.В., Жантасова Б.М., Сейткали Д.Н., Орлова Е.Г.', '',
      'Отсутствовали: Абилов Е.С. (отпуск).',
    ])).toEqual([]);
  });
  it('near-miss: a person the list does not name ("Бекова А.А. подключилась по видеосвязи") marks no one', () => {
    expect(online([
      'Из 5 членов Совета присутствуют 4, в том числе 1 – по видеосвязи. Бекова А.А. подключилась по видеосвязи.', '',
      'Присутствовали члены Общественного совета: Ким Р.В., Жантасова Б.М., Сейткали Д.Н., Орлова Е.Г.', '',
      'Отсутствовали: Абилов Е.С. (отпуск).',
    ])).toEqual([]);
  });
});

describe('drafts the ministry sent to the council are not the drafts it reviewed: "of them N reviewed" is', () => {
  it('set 56 minselhoz: "Министрлік 27 НҚА жобасын жіберді, оның 25-і қаралды: 19-ы ескертусіз мақұлданды, 6-уына ескертулер берілді." — 25', () => {
    expect(figure('5. Нормативтік құқықтық актілер\nМинистрлік 27 НҚА жобасын жіберді, оның 25-і қаралды: 19-ы ескертусіз\nмақұлданды, 6-уына ескертулер берілді.', 'npa_reviewed')).toBe(25);
  });
  it('variant ru: "Министерство направило в Совет 27 проектов НПА, из них рассмотрено 25" — 25', () => {
    expect(figure('4. Экспертиза НПА\nМинистерство направило в Совет 27 проектов НПА, из них рассмотрено 25: по 19 даны положительные заключения, по 6 – заключения с замечаниями.', 'npa_reviewed')).toBe(25);
  });
  it('near-miss: the council\'s own review ("Кеңес 12 НҚА жобасын қарады", "Рассмотрено 14 проектов НПА") is read as it stands', () => {
    expect(figure('5. Нормативтік құқықтық актілер\nКеңес 12 НҚА жобасын қарады: 10-ы ескертусіз мақұлданды, 2-еуіне ескертулер берілді.', 'npa_reviewed')).toBe(12);
    expect(figure('4. Экспертиза НПА. Рассмотрено 14 проектов НПА: по 11 даны положительные заключения, по 3 – заключения с замечаниями.', 'npa_reviewed')).toBe(14);
  });
});

describe('a count of another kind\'s public council (attached to a department, the report\'s council to a ministry) is no figure of the report', () => {
  const kk = ['ҚР Ауыл шаруашылығы министрлігінің Қоғамдық кеңесінің', '2025 жылы атқарылған жұмыс туралы', 'ЕСЕБІ', ''];
  it('set 56 minselhoz: "Семинар өткізілген жоқ. Ақмола облысының … басқармасы жанындағы қоғамдық кеңеспен 2 семинар өткізілгені …" — 0, the 2 a candidate', () => {
    const r = parseReport([...kk, '6. Іс-шаралар', 'Дөңгелек үстел – 3. Семинар өткізілген жоқ. Ақмола облысының ауыл шаруашылығы басқармасы', 'жанындағы қоғамдық кеңеспен 2 семинар өткізілгені туралы ақпарат оның', 'есебінде көрсетілген.'].join('\n'));
    expect(r.figures.find((f) => f.metric === 'seminars')?.value).toBe(0);
    expect(r.candidates.filter((c) => c.metric === 'seminars').map((c) => c.value)).toEqual([2]);
  });
  it('variant ru: "Общественным советом при управлении сельского хозяйства Акмолинской области проведено 2 семинара" in a ministry council\'s report', () => {
    const r = parseReport(['ОТЧЁТ', 'о работе Общественного совета при Министерстве сельского хозяйства Республики Казахстан за 2025 год', '', 'Проведено 3 круглых стола. Общественным советом при управлении сельского хозяйства Акмолинской области проведено 2 семинара.'].join('\n'));
    expect(r.figures.find((f) => f.metric === 'seminars')).toBeUndefined();
    expect(r.candidates.filter((c) => c.metric === 'seminars').map((c) => c.value)).toEqual([2]);
  });
  it('near-miss: the report\'s own council named with its own host ("Общественным советом при Министерстве … проведено 2 семинара") — 2', () => {
    expect(figure(['ОТЧЁТ', 'о работе Общественного совета при Министерстве сельского хозяйства Республики Казахстан за 2025 год', '', 'Общественным советом при Министерстве сельского хозяйства проведено 2 семинара.'].join('\n'), 'seminars')).toBe(2);
  });
});

describe('"отчётное слушание" is a report hearing, "слушание отчёта" too; other hearings are public', () => {
  it('set 56 minenbek: a chronicle\'s "Отчётное слушание", and "Отчетные слушания", "слушание отчета акима"', () => {
    expect(['Отчётное слушание', 'Отчетные слушания', 'слушание отчета акима района'].map((t) => activityTypeOf(t)?.type)).toEqual(['report_hearing', 'report_hearing', 'report_hearing']);
  });
  it('near-miss: "Публичные слушания", "слушания по проекту Правил" are public hearings', () => {
    expect(['Публичные слушания', 'слушания по проекту Правил', 'общественные слушания'].map((t) => activityTypeOf(t)?.type)).toEqual(['public_hearing', 'public_hearing', 'public_hearing']);
  });
});

describe('a table of counts with a column per kind lists no events (its rows are commissions)', () => {
  // A Word table as the .docx reader gives it: a cell a line, each opening with a tab.
  const table = (header: string[], rows: string[][]) => [...header, ...rows.flat()].map((c) => `\t${c}`);
  it('set 56 minzdrav: "№ | Комиссия | Комиссия отырыстары | Мониторингтер | Дөңгелек үстелдер | …" under "3 есеп тыңдалды" — no hearings', () => {
    const text = ['Отырыстарда 3 есеп тыңдалды: … комитеті (26 ақпан), «СК-Фармация» ЖШС (28 сәуір) және «…» АҚ (25 маусым).', 'Комиссиялар жұмысының көрсеткіштері:',
      ...table(['№', 'Комиссия', 'Комиссия отырыстары', 'Мониторингтер', 'Дөңгелек үстелдер'], [['1', 'Сапа жөніндегі комиссия', '4', '2', '1'], ['2', 'Дәрі жөніндегі комиссия', '3', '1', '–']]), ''];
    expect(activities(text.join('\n')).filter(([, date]) => date === null)).toEqual([]);
  });
  it('variant ru: "Квартал | Мониторинги | Круглые столы" under "Проведены мониторинги и круглые столы" — no events', () => {
    const text = ['Проведены мониторинги и круглые столы:', ...table(['Квартал', 'Мониторинги', 'Круглые столы'], [['I квартал', '2', '1'], ['II квартал', '3', '–']]), ''];
    expect(activities(text.join('\n'))).toEqual([]);
  });
});

describe('an entry that opens with its day names its kind right after it, whatever else its sentence names', () => {
  it('set 56 minenbek: "9 17.09.2025 Отчётное слушание АО «…» … Итого: …, публичных слушаний – 1" — a report hearing', () => {
    const text = '9 17.09.2025 Отчётное слушание\tАО «Государственный фонд» 10 24.09.2025 Круглый стол\tО взносах Итого: отчётных слушаний – 3, публичных слушаний – 1';
    expect(entryOpeningType(text, text)?.type).toBe('report_hearing');
  });
  it('variant kk: "2025 жылғы 14 мамыр – мониторинг …, дөңгелек үстел …" — the monitoring', () => {
    const text = '2025 жылғы 14 мамыр – мониторинг жүргізілді, ал 20 мамырда дөңгелек үстел өтті';
    expect(entryOpeningType(text, text)?.type).toBe('monitoring');
  });
  it('near-miss: a sentence of one kind, or one that opens with no day, chooses nothing here', () => {
    expect(entryOpeningType('14.05.2025 – мониторинг работы поликлиник', '14.05.2025 – мониторинг работы поликлиник')).toBeNull();
    const undated = 'Проведены круглый стол и мониторинг 14.05.2025';
    expect(entryOpeningType(undated, undated)).toBeNull();
  });
  it('near-miss: an entry that opens with a meeting (away, extended) is of what the meeting did, not of "выездное"', () => {
    const ru = '24.04.2025 – выездное заседание Совета в п. Жайрем, заслушан отчет руководителя ГУ «Отдел образования»';
    expect(entryOpeningType(ru, ru)).toBeNull();
    const kk = '2025 жылғы 14 мамыр – көшпелі отырыс: аудан әкімінің есебі тыңдалды, мониторинг нәтижелері қаралды';
    expect(entryOpeningType(kk, kk)).toBeNull();
    const visit = '14.05.2025 – выезд в школы района Жайрем, круглый стол с родителями';
    expect(entryOpeningType(visit, visit)?.type).toBe('site_visit');
  });
});

describe('a summary list of counts ("- Кеңес отырыстары – 2;", "- дөңгелек үстел – 1, …") lists no events, a closing clause after its count too', () => {
  it('set 57 pavlodar: "Қорытынды көрсеткіштер (II тоқсан):" over label–count items, one closed by "алтауына да жауап қайтарылды" — no hearings', () => {
    const text = ['20 маусым – Кеңес отырысы: облыстық «Жастар» КММ басшысының есебі тыңдалды.', '', 'Қорытынды көрсеткіштер (II тоқсан):', '- Кеңес отырыстары – 2;', '- есептерді тыңдау – 2 (басқармаға ведомстволық бағынысты екі ұйым);', '- түскен өтініштер – 6 (азаматтардан – 5, бір заңды тұлғадан – 1), алтауына да жауап қайтарылды;', '- жолданған хаттар – 4, жауабы келгені – 3.'];
    expect(activities(text.join('\n')).filter(([, date]) => date === null)).toEqual([]);
  });
  it('variant ru: "Итоговые показатели:" / "- заслушано отчётов – 2;" / "- обращений – 6, на все даны ответы."', () => {
    const text = ['Итоговые показатели:', '- заседаний Совета – 2;', '- заслушано отчётов – 2;', '- обращений – 6, на все даны ответы.'];
    expect(activities(text.join('\n'))).toEqual([]);
  });
});

describe('a chronology told in dated paragraphs under its heading is read entry by entry, no verb needed', () => {
  it('set 57 pavlodar: "… іс-шаралар хронологиясы:" / "25 сәуір – «…» тақырыбында дөңгелек үстел" / "14 мамыр – «…» мониторингі"', () => {
    const text = ['Павлодар облысының ішкі саясат басқармасы жанындағы Қоғамдық кеңестің 2024 жылғы II тоқсандағы жұмысы туралы', 'АҚПАРАТ', '',
      'Тоқсан ішінде өткізілген іс-шаралар хронологиясы:', '', '25 сәуір – «Жастардың азаматтық белсенділігі» тақырыбында дөңгелек үстел', '(Павлодар қаласы, 46 қатысушы).', '',
      '14 мамыр – «Ақпараттық-насихат топтарының жұмысы» мониторингі (Ертіс', 'ауданы).', '', '6 маусым – Кеңес мүшелеріне арналған семинар.'];
    expect(activities(text.join('\n'))).toEqual([['round_table', '2024-04-25'], ['monitoring', '2024-05-14'], ['seminar', '2024-06-06']]);
  });
  it('variant ru: "Хронология мероприятий:" / "14 мая – мониторинг …" / "20 мая – круглый стол «…»."', () => {
    const lines = ['Хронология мероприятий:', '', '14 мая – мониторинг работы поликлиник.', '', '20 мая – круглый стол «Доступная среда».'];
    expect(underChronologyHeading(lines, 2)).toBe(true);
    expect(underChronologyHeading(lines, 4)).toBe(true);
  });
  it('near-miss: the same paragraphs under a paragraph of prose, no heading of a chronology, are not its entries', () => {
    const lines = ['Совет работал по плану, утверждённому в январе.', '', '14 мая – мониторинг работы поликлиник.', '', '20 мая – круглый стол «Доступная среда».'];
    expect(underChronologyHeading(lines, 2)).toBe(false);
    expect(underChronologyHeading(lines, 4)).toBe(false);
  });
});
