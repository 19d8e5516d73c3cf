/**
 * Joint meetings (held-out set 173, and variants of my own): a council sitting with a maslikhat's commission or with
 * another council, attendance and votes told body by body; a together count with the council's part; a joint meeting of
 * two commissions of one council under the council's running head. Also set 172's answers to dissenting opinions.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const WITH_MASLIKHAT = ['Қызылорда облысының спорт басқармасы жанындағы Қоғамдық кеңес пен облыстық мәслихаттың тұрақты', 'комиссиясының бірлескен отырысының', '', 'ХАТТАМАСЫ № 8', '', '2026 жылғы 11 қараша', ''];
const WITH_MASLIKHAT_RU = ['ПРОТОКОЛ № 3', 'совместного заседания Общественного совета при управлении спорта и постоянной комиссии областного маслихата', '12.11.2026', ''];
const TWO_COUNCILS = ['ПРОТОКОЛ № 11', 'совместного заседания Общественного совета при управлении энергетики и ЖКХ и Общественного совета города Павлодара', '02.12.2026', ''];
const ONE_COUNCIL = ['ПРОТОКОЛ № 4', 'заседания Общественного совета при управлении спорта', '12.11.2026', ''];
const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('the deputies\' part of a vote at a sitting with a maslikhat\'s commission', () => {
  it('kk: "депутаттар – бірауыздан (4)" after the council\'s clause is no vote of the council', () => {
    expect(votesOf([...WITH_MASLIKHAT, 'Күн тәртібі бойынша дауыс беру: кеңес мүшелері – бірауыздан (10),', 'депутаттар – бірауыздан (4). Күн тәртібі бекітілді.'])).toEqual([[10, null, null, true, 'adopted']]);
  });
  it('kk: an aligned block, the commission\'s row left out', () => {
    expect(votesOf([...WITH_MASLIKHAT, 'Дауыс беру нәтижесі:', '   Қоғамдық кеңес:        жақтап – 8, қарсы – 1, қалыс – 1;', '   мәслихат комиссиясы:   жақтап – 4, қарсы – жоқ, қалыс – жоқ.', 'Ұсынымдар қабылданды.'])).toEqual([[8, 1, 1, false, 'adopted']]);
  });
  it('kk: stacked blocks, "Комиссия депутаттары:" and its counts under it left out', () => {
    expect(votesOf([...WITH_MASLIKHAT, 'Дауыс беру:', '  ҚК мүшелері:', '     Жақтап – 9', '     Қарсы – 0', '     Қалыс – 0', '  Комиссия депутаттары:', '     Жақтап – 4', 'Шешім қабылданды.'])).toEqual([[9, 0, 0, false, 'adopted']]);
  });
  it('ru: "депутаты маслихата: за – 5" on the line after the council\'s is left out', () => {
    expect(votesOf([...WITH_MASLIKHAT_RU, 'Голосовали: члены Совета: за – 9, против – 1, воздержались – 0;', 'депутаты маслихата: за – 5, против – нет, воздержались – нет.', 'Решение принято.'])).toEqual([[9, 1, 0, false, 'adopted']]);
  });
  it('near miss: at a sitting of one council "депутаттар" in a speech is no label of another body\'s vote', () => {
    expect(votesOf([...ONE_COUNCIL, 'Голосовали: за – 9, против – 1, воздержались – 0. Решение принято.'])).toEqual([[9, 1, 0, false, 'adopted']]);
  });
});

describe('a count told for both bodies together, the council\'s part stated', () => {
  it('kk: "Барлығы жақтап – 14 (оның ішінде кеңес мүшелері – 10, депутаттар – 4), қарсы және қалыс қалғандар жоқ" is 10/0/0', () => {
    expect(votesOf([...WITH_MASLIKHAT, 'Барлығы жақтап – 14 (оның ішінде кеңес мүшелері – 10, депутаттар – 4),', 'қарсы және қалыс қалғандар жоқ. Шешім қабылданды.'])).toEqual([[10, 0, 0, false, 'adopted']]);
  });
  it('kk: the combined counts, then the council\'s with labels of its own: 7/2 and the abstention none for all', () => {
    expect(votesOf([...WITH_MASLIKHAT, 'Дауыс беру (жалпы): жақтап – 11, қарсы – 2, қалыс – жоқ; оның ішінде ҚК мүшелері:', 'жақтап – 7, қарсы – 2; депутаттар: жақтап – 4. Шешім қабылданды.'])).toEqual([[7, 2, 0, false, 'adopted']]);
  });
  it('ru: "Всего за – 15 (в том числе члены Совета – 11, депутаты – 4), против – нет, воздержались – нет"', () => {
    expect(votesOf([...WITH_MASLIKHAT_RU, 'Голосовали: всего за – 15 (в том числе члены Совета – 11, депутаты – 4), против – нет, воздержались – нет. Решение принято.'])).toEqual([[11, 0, 0, false, 'adopted']]);
  });
  it('near miss: a combined abstention of 2 not split is not the council\'s — left out, never 2', () => {
    expect(votesOf([...WITH_MASLIKHAT_RU, 'Голосовали: всего за – 13 (в том числе члены Совета – 9, депутаты – 4), против – нет, воздержались – 2. Решение принято.'])).toEqual([[9, 0, null, false, 'adopted']]);
  });
});

describe('votes of two councils as slash strings, the result told clause by clause', () => {
  const lines = [...TWO_COUNCILS, 'Голосовали (за/против/воздержались):', 'Совет – 9/1/1, решение принято;', 'Общественный совет г. Павлодара – 13/0/0, решение принято.', '2. СЛУШАЛИ: …', 'Голосовали (за/против/воздержались):', 'Совет – 6/4/1;', 'Общественный совет г. Павлодара – 5/7/1.', 'Рекомендация поддержана Советом и не поддержана Общественным советом г. Павлодара.'];
  it('the host\'s row each time, its result from its own clause', () => {
    expect(votesOf(lines)).toEqual([[9, 1, 1, false, 'adopted'], [6, 4, 1, false, 'adopted']]);
  });
  it('the clauses the other way round: the host\'s clause rejects', () => {
    const other = [...TWO_COUNCILS, 'Голосовали (за/против/воздержались):', 'Совет – 4/6/1;', 'Общественный совет г. Павлодара – 9/3/1.', 'Рекомендация не поддержана Советом, но поддержана Общественным советом г. Павлодара.'];
    expect(votesOf(other)).toEqual([[4, 6, 1, false, 'rejected']]);
  });
  it('"Голосовали: единогласно (в обоих советах)." names no council that voted: the vote kept', () => {
    const v = votesOf([...TWO_COUNCILS, 'Голосовали: члены Совета: за – 12, против – нет, воздержались – нет; члены Общественного совета г. Павлодара: за – 7, против – 1, воздержались – 1. Решение принято обоими советами.', '3. СЛУШАЛИ: …', 'РЕШИЛИ: план утвердить.', 'Голосовали: единогласно (в обоих советах).']);
    expect(v[v.length - 1]).toEqual([null, null, null, true, null]);
  });
});

describe('attendance told body by body', () => {
  it('ru: "от ОС по культуре – 12 из 15 членов (из них 2 – по видеосвязи); от ОС по молодежной политике – 9 из 11"', () => {
    const p = parseProtocol(['Общественный совет при управлении культуры', 'ПРОТОКОЛ № 5', 'совместного заседания Общественного совета при управлении культуры и Общественного совета при управлении по вопросам молодежной политики', '16 сентября 2026 г.', 'Присутствовали:', 'от ОС по культуре – 12 из 15 членов (из них 2 – по видеосвязи);', 'от ОС по молодежной политике – 9 из 11 членов.'].join('\n'));
    expect([p.members_total, p.present, p.online]).toEqual([15, 12, 2]);
  });
  it('ru: one sentence, the host defined "(далее – Совет)", "в том числе 1 – в режиме ВКС"', () => {
    const p = parseProtocol([...TWO_COUNCILS, 'В заседании участвовали: от Общественного совета при управлении энергетики и ЖКХ (далее – Совет) – 11 членов из 14, в том числе 1 – в режиме ВКС; от Общественного совета г. Павлодара – 13 членов из 19.'].join('\n'));
    expect([p.members_total, p.present, p.online]).toEqual([14, 11, 1]);
  });
  it('kk: "ҚК-дан – 11-ден 9, мәслихат комиссиясынан – 4 депутат"', () => {
    const p = parseProtocol([...WITH_MASLIKHAT, 'Қатысқандар: ҚК-дан – 11-ден 9, мәслихат комиссиясынан – 4 депутат.'].join('\n'));
    expect([p.members_total, p.present]).toEqual([11, 9]);
  });
  it('kk: "Қоғамдық кеңестен – 13 мүшенің 10-ы (оның ішінде 1-еуі онлайн); мәслихат комиссиясынан – 5 депутаттың 4-еуі"', () => {
    const p = parseProtocol([...WITH_MASLIKHAT, 'Отырысқа қатысқандар:', 'Қоғамдық кеңестен – 13 мүшенің 10-ы (оның ішінде 1-еуі онлайн);', 'мәслихат комиссиясынан – 5 депутаттың 4-еуі.'].join('\n'));
    expect([p.members_total, p.present, p.online]).toEqual([13, 10, 1]);
  });
  it('near miss: at a sitting of one council "от управления – 3 из 5 приглашенных" is no body\'s clause', () => {
    const p = parseProtocol([...ONE_COUNCIL, 'Приглашены: от управления – 3 из 5 специалистов.'].join('\n'));
    expect(p.present).toBeNull();
  });
  it('near miss: a date range "15-тен 20-на дейін" is no "11-ден 9"', () => {
    const p = parseProtocol([...WITH_MASLIKHAT, 'Мониторинг: ҚК-дан – 15-тен 20-на дейін қараша айында.'].join('\n'));
    expect(p.present).toBeNull();
  });
  it('the other council\'s members named on their heading\'s line are no attendees: the host\'s list closes its counts', () => {
    const p = parseProtocol(['Общественный совет при управлении культуры', 'ПРОТОКОЛ № 5', 'совместного заседания Общественного совета при управлении культуры и Общественного совета при управлении по вопросам молодежной политики', '16 сентября 2026 г.', 'В заседании участвовали: от ОС по культуре – 3 из 4 членов; от ОС по молодежной политике – 2 из 3 членов.',
      'Члены Совета:', '1. Сарсенбаева Гульнар Кайратовна – председатель', '2. Тлеубердиев Арман Серикович', '3. Мамырова Айнур Болатовна – секретарь', '', 'Отсутствовал: Нурбеков Т.А. – командировка.', '',
      'Члены ОС по молодежной политике (2): Ыдырысов Е.М., Абдрахманов Т.С.', '', 'ПОВЕСТКА ДНЯ:', '1. О плане.'].join('\n'));
    expect([p.present, p.attendees.length, p.attendees.map((a) => a.name).includes('Ыдырысов Е.М.'), p.absentees.length]).toEqual([3, 3, false, 1]);
  });
});

describe('a joint meeting of two commissions under the council\'s running head', () => {
  it('mixed: "№ 1 … және № 2 … комиссияларының бірлескен отырысының ХАТТАМАСЫ" is the commissions\'', () => {
    const p = parseProtocol(['Ұлытау облысының мәдениет басқармасы жанындағы Қоғамдық кеңес', '', '№ 1 «Мәдениет» және № 2 «Тілдер» комиссияларының', 'бірлескен отырысының ХАТТАМАСЫ № 2', '', '17.06.2026'].join('\n'));
    expect([p.body, p.number]).toEqual(['commission', '2']);
  });
  it('ru: "ПРОТОКОЛ № 3 совместного заседания комиссий № 1 и № 4" under the council\'s name', () => {
    const p = parseProtocol(['Общественный совет при управлении культуры', '', 'ПРОТОКОЛ № 3', 'совместного заседания комиссий № 1 и № 4', '', '17.06.2026'].join('\n'));
    expect(p.body).toBe('commission');
  });
  it('near miss: the council sitting with its commissions is the council\'s sitting', () => {
    const p = parseProtocol(['ПРОТОКОЛ № 3', 'совместного заседания Общественного совета и постоянных комиссий Общественного совета', '17.06.2026'].join('\n'));
    expect(p.body).toBe('council');
  });
});

describe('the council not supporting a proposal', () => {
  it('kk: "Кеңес ұсынысты қолдамады" declares it rejected; ru "Совет не поддержал предложение" too', () => {
    expect(votesOf([...ONE_COUNCIL, 'ҚК мүшелері: жақтап – 2, қарсы – 5, қалыс – 2. Кеңес ұсынысты қолдамады.'])).toEqual([[2, 5, 2, false, 'rejected']]);
    expect(votesOf([...ONE_COUNCIL, 'Голосовали: за – 2, против – 6, воздержались – 1. Совет не поддержал предложение.'])).toEqual([[2, 6, 1, false, 'rejected']]);
  });
  it('near miss: a member not supporting it declares nothing', () => {
    expect(votesOf([...ONE_COUNCIL, 'Голосовали: за – 7, против – 1, воздержались – 1. Ахметов ұсынысты қолдамады.'])).toEqual([[7, 1, 1, false, null]]);
  });
});

describe('a vote table\'s result cell "принят" (set 172)', () => {
  it('"Вариант большинства рабочей группы 8 3 1 принят" is adopted, "не принят" rejected', () => {
    expect(votesOf([...ONE_COUNCIL, 'Оба варианта поставлены на голосование.', ...['Вариант', 'За', 'Против', 'Воздержались', 'Итог', 'Вариант большинства рабочей группы', '8', '3', '1', 'принят', 'Вариант меньшинства', '3', '8', '1', 'не принят'].map((c) => `\t${c}`)]).map((v) => v[4])).toEqual(['adopted', 'rejected']);
  });
  it('near miss: "принят к сведению" declares nothing', () => {
    expect(votesOf([...ONE_COUNCIL, 'Голосовали: за – 9, против – 0, воздержались – 0. Отчет принят к сведению.'])).toEqual([[9, 0, 0, false, null]]);
  });
});

describe('answers to dissenting opinions are no letters answered (set 172)', () => {
  const figures = (text: string) => parseReport(text).figures.map((f) => [f.metric, f.value]);
  it('kk: "басқарма олардың 3-еуіне жауап берді" after the opinions sent with the protocols', () => {
    expect(figures('Ерекше пікірлер басқармаға хаттамалармен бірге жолданды, басқарма олардың 3-еуіне жауап берді.\nМемлекеттік органдарға 7 хат жолданды, оның 6-уына жауап алынды.\n')).toEqual(expect.arrayContaining([['letters_answered', 6], ['letters_sent', 7]]));
    expect(figures('Ерекше пікірлер басқармаға хаттамалармен бірге жолданды, басқарма олардың 3-еуіне жауап берді.\n').some(([m]) => m === 'letters_answered')).toBe(false);
  });
  it('ru: "Особые мнения направлены в управление, на 2 из них получены ответы" gives no letters answered', () => {
    expect(parseReport('Особые мнения направлены в управление вместе с протоколами, на 2 из них получены ответы.\n').figures.some((f) => f.metric === 'letters_answered')).toBe(false);
  });
  it('near miss: letters sent and answered in the same words still read', () => {
    expect(figures('8 хат жіберілді, олардың 6-уына мемлекеттік органдар жауап қайтарды.\n')).toEqual(expect.arrayContaining([['letters_answered', 6]]));
  });
});

describe('report classes of set 173', () => {
  const report = (lines: string[]) => parseReport(['Павлодар облысының Қоғамдық кеңесінің 2026 жылғы 9 айдағы жұмысы туралы анықтама', '', ...lines].join('\n'));
  const figuresOf = (lines: string[]) => Object.fromEntries(report(lines).figures.map((f) => [f.metric, f.value]));
  it('kk: a total with its quarters in brackets after it ("Кеңес отырыстары – 6 (2/2/2)") is the total, the quarters no rival', () => {
    const r = report(['II. Көрсеткіштер (жалпы саны; жақшада – тоқсандар бойынша I/II/III)', 'Кеңес отырыстары – 6 (2/2/2);', 'Жіберілген хаттар – 9 (3/3/3), жауап алынғаны – 8;']);
    expect(Object.fromEntries(r.figures.map((f) => [f.metric, f.value]))).toMatchObject({ general_meetings: 6, letters_sent: 9, letters_answered: 8 });
    expect(r.candidates.filter((c) => ['general_meetings', 'letters_sent'].includes(c.metric))).toEqual([]);
  });
  it('ru: "Заседания Совета – 5 (1/2/2/–)" the same, four quarters', () => {
    expect(figuresOf(['Показатели (всего; в скобках – по кварталам)', 'Заседания Совета – 5 (1/2/2/–);'])).toMatchObject({ general_meetings: 5 });
  });
  it('the composition\'s day first, then the members: "30.09.2026 жағдай бойынша – 14 мүше (…)", "По состоянию на 30.09.2026 – 14 членов (…)"', () => {
    expect(figuresOf(['I. Құрамы', '30.09.2026 жағдай бойынша – 14 мүше (азаматтық қоғамнан – 11, мемлекеттік органдардан – 3).'])).toMatchObject({ members_total: 14, members_civil: 11 });
    expect(figuresOf(['1. Состав', 'По состоянию на 30.09.2026 – 14 членов (от гражданского общества – 11, от госорганов – 3).'])).toMatchObject({ members_total: 14 });
  });
  it('near miss: a day and members who took part under another heading are no composition', () => {
    expect(figuresOf(['II. Мониторинг', '30.09.2026 жағдай бойынша – 14 мүше қатысты.']).members_total).toBeUndefined();
  });
  it('kk: every appeal answered, "all" numbered in the clause before ("Өтініштердің бәрі (5) … түсті; барлығына жауап берілді")', () => {
    expect(figuresOf(['Түскен өтініштер ................................. 5', 'Жіберілген хаттар ................................ 3', '', 'Түсіндірмелер:', '- Өтініштердің бәрі (5) жеке тұлғалардан түсті, заңды тұлғалардан өтініш болған жоқ; барлығына жауап берілді.'])).toMatchObject({ appeals_answered: 5 });
  });
  it('near miss: "all" numbered otherwise than the count received states nothing', () => {
    expect(figuresOf(['Түскен өтініштер ................................. 5', 'Жіберілген хаттар ................................ 3', '', 'Түсіндірмелер:', '- Өтініштердің бәрі (4) жеке тұлғалардан түсті; барлығына жауап берілді.']).appeals_answered).toBeUndefined();
  });
  it('ru: "В госорганы ушло 12 писем; ответ пришел по 10 из них."', () => {
    expect(figuresOf(['В госорганы ушло 12 писем; ответ пришел по 10 из них.'])).toMatchObject({ letters_sent: 12, letters_answered: 10 });
  });
  it('a numbered title over a row of "label – count" whose note wraps: the row\'s count read', () => {
    expect(figuresOf(['Текст.', '', 'V. Публичные слушания, круглые столы, диалоговые площадки', 'Публичные слушания – 2 (проект правил пастьбы скота – 25 марта; проект', 'программы развития АПК – 12 ноября).'])).toMatchObject({ public_hearings: 2 });
  });
});
