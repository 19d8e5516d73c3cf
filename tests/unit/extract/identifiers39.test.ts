/**
 * Identifiers, addresses and codes beside real counts (held-out set 150's theme), and the members who leave (set 151): a
 * business number, a conference ID, a cadastral number, a long run of digits and a Kazakh place number (house, flat, plot,
 * microdistrict, a range of them in the plural) are never counts (maskNeverCounts); a table typed with bars but no frame
 * whose rows open with their number is read ("Р/с | Іс-шара | Жоспар | Орындалды"); a member named as the council's who
 * "шықты" / "выбыл" left (singleMemberChanges); a bare draft decree or order reviewed is an NPA's review; the one legal
 * entity in the singular is the appeals' second part; a reference note on a council of another level states nothing of
 * the report's. Variants of my own in both languages, and near misses that must stay unread.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { MASK, maskNeverCounts } from '../../../sources/extract/maskNeverCounts.ts';

const QUARTER = '(01.07.2026 – 30.09.2026)';
const figuresOf = (lines: string[], title = 'Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп') =>
  Object.fromEntries(parseReport([title, QUARTER, '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));
// (Each masked run, the spaces inside it too, as one "#".)
const left = (text: string) => maskNeverCounts(text).replace(new RegExp(`${MASK}(?:[\\s${MASK}]*${MASK})?`, 'gu'), '#');

describe('identifiers are never counts', () => {
  it('a business or personal number, a conference ID, a postcode named so', () => {
    expect(left('(«Сыр-Агро» ЖШС, БСН 181040012233). 16 өтінішке жауап берілді.')).toBe('(«Сыр-Агро» ЖШС, #). 16 өтінішке жауап берілді.');
    expect(left('ТОО «Бурлин-Сервис», БИН 150840012345, 7 обращений')).toBe('ТОО «Бурлин-Сервис», #, 7 обращений');
    expect(left('Отырыстар ZOOM платформасында (конференция ID 845 2210 7731) өтті, 12 мүше қатысты.')).toContain('(конференция #) өтті, 12 мүше');
    expect(left('ФАП с. Заречное (индекс 111108), 3 мониторинга')).toBe('ФАП с. Заречное (#), 3 мониторинга');
  });
  it('a cadastral number and a long run of digits', () => {
    expect(left('жер учаскесі (кадастрлық нөмірі 13:200:032:004), 2 мониторинг')).toBe('жер учаскесі (кадастрлық нөмірі #), 2 мониторинг');
    expect(left('заявка ЖТ 2026045612081 рассмотрена, 5 обращений')).toBe('заявка ЖТ # рассмотрена, 5 обращений');
  });
  it('a Kazakh house, flat, building, room, plot and microdistrict, and a range of them in the plural', () => {
    expect(left('5-шағын аудан, 18-үй, 45-пәтер')).toBe('#, #, #');
    expect(left('14-шағын аудан, 1-ғимарат, 305-кабинет, 3-қабат')).toBe('#, #, #, #');
    expect(left('27-шағын аудан, 7-учаске, 12-шағын аудан, 3-үй, 1–72 пәтерлер')).toBe('#, #, #, #, #');
    expect(left('Жаңқожа батыр к-сі, 12 – 48 үйлер')).toBe('Жаңқожа батыр к-сі, #');
    expect(left('32А шағын аудан, корпус 5Б')).toBe('# шағын аудан, корпус #');
  });
  it('near misses: counts beside the identifiers stay counts', () => {
    // a count stands apart from its noun, in the singular; a short number after a label is no business number
    expect(left('Қызылжарма алабы, 150 учаске бөлінген шаруа қожалықтары')).toContain('150 учаске');
    expect(left('Тоқсанда 48 үй мен 72 пәтер тексерілді')).toBe('Тоқсанда 48 үй мен 72 пәтер тексерілді');
    expect(left('Просмотров – 1 250 000, публикаций – 46')).toBe('Просмотров – 1 250 000, публикаций – 46');
    expect(left('Кеңестің 5 отырысы, 12 мониторинг')).toBe('Кеңестің 5 отырысы, 12 мониторинг');
  });
  it('the appeals\' parts beside a legal entity\'s BSN are read', () => {
    const f = figuresOf(['ІІІ тоқсанда 19 өтініш түсті: жеке тұлғалардан – 18, заңды тұлғалардан – 1 («Сыр-Агро» ЖШС, БСН 181040012233). 16 өтінішке жауап берілді.']);
    expect([f.appeals_received, f.appeals_individuals, f.appeals_legal_entities, f.appeals_answered]).toEqual([19, 18, 1, 16]);
    const r = figuresOf(['Поступило 9 обращений: от физических лиц – 8, от юридических лиц – 1 (ТОО «Бурлин-Сервис», БИН 150840012345).'], 'Отчет Общественного совета за III квартал 2026 года');
    expect([r.appeals_received, r.appeals_individuals, r.appeals_legal_entities]).toEqual([9, 8, 1]);
  });
});

describe('a table typed with bars, unframed, its rows numbered', () => {
  const table = (head: string, rows: string[]) => figuresOf(['2. Жоспардың орындалуы', '', head, ...rows]);
  it('the fact column beside the plan, a row number and a note column with protocol numbers', () => {
    const f = table('Р/с | Іс-шара                  | Жоспар | Орындалды | Ескерту', [
      '1   | Кеңес отырыстары         |   2    |     2     | № 5 – 16.07, № 6 – 24.09',
      '2   | Комиссия отырыстары      |   6    |     6     |',
      '3   | Қоғамдық мониторинг      |   5    |     4     | біреуі IV тоқсанға ауыстырылды',
      '4   | Есептерді тыңдау         |   2    |     2     |',
    ]);
    expect([f.general_meetings, f.commission_meetings, f.monitorings, f.report_hearings]).toEqual([2, 6, 4, 2]);
  });
  it('in Russian, "№" over the numbers', () => {
    const f = figuresOf(['№ | Мероприятие | План | Факт', '1 | Заседания Совета | 3 | 3', '2 | Общественный мониторинг | 6 | 5', '3 | Круглые столы | 2 | 1'], 'Отчет Общественного совета за III квартал 2026 года');
    expect([f.general_meetings, f.monitorings, f.round_tables]).toEqual([3, 5, 1]);
  });
  it('near miss: the plan is never taken for the fact', () => {
    const f = table('Р/с | Іс-шара | Жоспар | Орындалды', ['1 | Қоғамдық мониторинг | 5 | 4', '2 | Кеңес отырыстары | 3 | 2']);
    expect(f.monitorings).toBe(4);
    expect(f.general_meetings).toBe(2);
  });
});

describe('a member named as the council\'s who left', () => {
  const changes = (text: string, title?: string) => {
    const f = figuresOf(['Кеңесте 9 мүше бар.', text], title);
    return [f.members_left, f.members_joined];
  };
  it('"Кеңес мүшесі X … шықты" with the one in the place', () => {
    expect(changes('Кеңес мүшесі В.И. Каппес 2026 жылғы 5 мамырда өз өтініші бойынша шықты; оның орнына 2026 жылғы 14 шілдеде А.В. Погорелов енгізілді.')).toEqual([1, 1]);
    expect(changes('Кеңес мүшесі Жолдасова Л.С. 2026 жылғы 16 тамызда өз өтінішімен шықты.')).toEqual([1, undefined]);
  });
  it('"Член Совета X … выбыл"', () => {
    expect(changes('Член Совета Каппес В.И. 5 августа по собственному желанию выбыл.', 'Отчет Общественного совета за III квартал 2026 года')).toEqual([1, undefined]);
  });
  it('near misses: on leave, on a trip, retired, out of a commission or a group', () => {
    expect(changes('Кеңес мүшесі Каппес В.И. тамызда демалысқа шықты.')).toEqual([undefined, undefined]);
    expect(changes('Кеңес мүшесі Каппес В.И. іссапарға шықты.')).toEqual([undefined, undefined]);
    expect(changes('Кеңес мүшесі Каппес В.И. өз өтінішімен комиссия құрамынан шықты.')).toEqual([undefined, undefined]);
    expect(changes('Член Совета Каппес В.И. в августе выбыл из состава рабочей группы.', 'Отчет Общественного совета за III квартал 2026 года')).toEqual([undefined, undefined]);
    expect(changes('Член Совета Каппес В.И. в августе вышел на пенсию.', 'Отчет Общественного совета за III квартал 2026 года')).toEqual([undefined, undefined]);
  });
});

describe('drafts of decrees and orders reviewed, the owner unnamed', () => {
  it('Kazakh and Russian', () => {
    const k = figuresOf(['6. НҚА жобаларын қарау', '4 бұйрық жобасы қаралды: 3-еуі ескертусіз мақұлданды, 1-еуі ескертулермен (тіркеу № 14-ОД).']);
    expect([k.npa_reviewed, k.npa_approved, k.npa_with_remarks]).toEqual([4, 3, 1]);
    const r = figuresOf(['НПА. Рассмотрено 4 проекта приказов, 3 одобрены без замечаний.'], 'Отчет Общественного совета за III квартал 2026 года');
    expect(r.npa_reviewed).toBe(4);
  });
  it('near miss: drafts being prepared are not reviewed', () => {
    expect(figuresOf(['4 бұйрық жобасы әзірленуде.']).npa_reviewed).toBeUndefined();
    expect(figuresOf(['Подготовлено 4 проекта приказов.'], 'Отчет Общественного совета за III квартал 2026 года').npa_reviewed).toBeUndefined();
  });
});

describe('the one legal entity in the singular', () => {
  it('"жеке тұлғалардан 9, заңды тұлғадан 1"', () => {
    const f = figuresOf(['Өтініштер: 10 өтініш түсті (жеке тұлғалардан 9, заңды тұлғадан 1), 9-ына жауап берілді.']);
    expect([f.appeals_received, f.appeals_individuals, f.appeals_legal_entities, f.appeals_answered]).toEqual([10, 9, 1, 9]);
  });
  it('near miss: a sum of money after the kind is no part', () => {
    const f = figuresOf(['Кеңеске 10 өтініш түсті. Жеке тұлғалардан 9 млн теңге, заңды тұлғадан 1 млн теңге жиналды.']);
    expect(f.appeals_individuals).toBeUndefined();
    expect(f.appeals_legal_entities).toBeUndefined();
  });
});

describe('a reference note on a council of another level', () => {
  const RURAL = 'Шелек ауылдық округі әкімі жанындағы Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп';
  it('the district council\'s count beside a rural okrug council\'s: the report\'s own stands', () => {
    const f = figuresOf(['Мониторингтер – 5.', '', 'Анықтама: Еңбекшіқазақ аудандық Қоғамдық кеңесі 9 айда 4 әдеп мәселесін қарап, 14 мониторинг жүргізді.'], RURAL);
    expect(f.monitorings).toBe(5);
  });
  it('near miss: a note on the report\'s own council that disagrees leaves both for review', () => {
    const f = figuresOf(['Мониторингтер – 5.', '', 'Анықтама: Шелек ауылдық округі әкімі жанындағы Қоғамдық кеңес тоқсанда 7 мониторинг жүргізді.'], RURAL);
    expect(f.monitorings).toBeUndefined();
  });
});

describe('neither put in nor put out, the member\'s none after both participles', () => {
  it('"енгізілген де, шығарылған да мүше жоқ", either order', () => {
    const f = figuresOf(['ІІІ тоқсанда Кеңес мүшелерінің құрамы сол күйінде қалды – енгізілген де, шығарылған да мүше жоқ.']);
    expect([f.members_joined, f.members_left]).toEqual([0, 0]);
    const g = figuresOf(['Тоқсанда шыққан да, қабылданған да мүше жоқ.']);
    expect([g.members_joined, g.members_left]).toEqual([0, 0]);
  });
  it('near misses: a commission\'s composition, another year', () => {
    const f = figuresOf(['Комиссия құрамына енгізілген де, шығарылған да мүше жоқ.']);
    expect([f.members_joined, f.members_left]).toEqual([undefined, undefined]);
    const g = figuresOf(['2025 жылы енгізілген де, шығарылған да мүше жоқ.']);
    expect([g.members_joined, g.members_left]).toEqual([undefined, undefined]);
  });
});

describe('subordinate organisations\' reports heard, by the verb done', () => {
  it('a row "Заслушаны отчёты подведомственных организаций – 2" and the count inside the sentence', () => {
    const r = figuresOf(['Заслушаны отчёты подведомственных организаций – 2.'], 'Отчет Общественного совета за III квартал 2026 года');
    expect([r.report_hearings, r.subordinate_orgs_heard]).toEqual([2, 2]);
    const s = figuresOf(['За квартал заслушаны отчёты 3 подведомственных организаций.'], 'Отчет Общественного совета за III квартал 2026 года');
    expect(s.subordinate_orgs_heard).toBe(3);
  });
  it('near miss: reports of departments are no subordinate organisations\'', () => {
    const r = figuresOf(['Заслушаны отчёты 2 отделов акимата.'], 'Отчет Общественного совета за III квартал 2026 года');
    expect(r.subordinate_orgs_heard).toBeUndefined();
  });
});

describe('a numbered section\'s label over lines that open with a day', () => {
  const list = ['3. Мониторингтер', '2026 жылғы 9 шілдеде – «Шұғыла» ш/а, 45-үй маңындағы жер учаскесі;', '2026 жылғы 30 шілдеде – № 9 мектеп-гимназия алдындағы аялдама;', '2026 жылғы 20 тамызда – Тасбөгет кенті, 12 – 48 үйлер;', '2026 жылғы 10 қыркүйекте – Қызылжарма алабы.', ''];
  const days = (lines: string[]) => parseReport(['Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп', QUARTER, '', ...lines].join('\n')).activities.filter((a) => a.type === 'monitoring').map((a) => a.date_start);
  it('each line an item of the section\'s type', () => {
    expect(days(list)).toEqual(['2026-07-09', '2026-07-30', '2026-08-20', '2026-09-10']);
  });
  it('near miss: a line under the run that is no dated item leaves the run unread as a list', () => {
    expect(days([...list.slice(0, -1), 'Барлық мониторинг нәтижелері әкімдікке жіберілді.']).length).toBeLessThan(4);
  });
});

describe('the council\'s level is the most local the title names', () => {
  it('a kent inside a district: the kent\'s council\'s own Russian summary is the report\'s', () => {
    const f = Object.fromEntries(parseReport(['Атырау облысы Мақат ауданы', 'Доссор кенті әкімі жанындағы Қоғамдық кеңес', '2025 жылғы қаңтар – маусым айларында атқарылған жұмыс туралы', 'МӘЛІМЕТ', '', 'За первое полугодие 2025 года Общественный совет посёлка Доссор провёл 3 заседания.'].join('\n')).figures.map((x) => [x.metric, x.value]));
    expect(f.general_meetings).toBe(3);
  });
  it('near miss: a district\'s divisions in the dative are no district council', () => {
    const f = figuresOf(['Ауылдық округ әкімі аппаратына және аудандық бөлімдерге Кеңес атынан 5 хат жолданды, 4-еуіне жауап алынды.'], 'Шәуілдір ауылдық округі әкімі жанындағы Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп');
    expect(f.letters_sent).toBe(5);
  });
});
