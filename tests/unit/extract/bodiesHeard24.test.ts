/**
 * Session 24's bodies heard (issue 12): hearings listed one a line under their heading, each line opening with its day and
 * naming the body heard, no type of its own (held-out 56 KGD "III. Отчётные слушания" / "27 марта – руководитель …", 60
 * Semey "Советом заслушано 5 отчётов:" / "18.02.2026 – отдел образования …", 60 Ulytau "3. Есеп тыңдау" / "Жоспар – 4,
 * орындалғаны – 3:" / "- 19 ақпан – … бөлімінің … есебі;", 57 SKO agriculture "На заседаниях отчитывались:" / "— 10 июля
 * руководитель …"). Each in ru and kk with variants no set holds, and near-misses that must give nothing: a plan's
 * heading, a list that names another type, another year, more entries than the count stated, lines naming no body.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const hearings = (text: string) => activityList(parseReport(`${text}\n`)).filter((a) => a.startsWith('report_hearing'));
const heardFigures = (text: string) => {
  const f = figureMap(parseReport(`${text}\n`));
  return Object.fromEntries(Object.entries(f).filter(([k]) => /heard|report_hearings/.test(k)));
};

describe('hearings one a line under their heading (datedHearingsUnderHeading)', () => {
  it('ru: a section title over day-first paragraphs, wrapped lines not set in, two days of one item', () => {
    const text = `${RU}4. Заслушивание отчетов\n14 февраля – начальник отдела строительства района о вводе\nжилья и объектов социальной сферы.\n23 мая – директор КГП «Тазалык» – о вывозе мусора.\n8 августа и 21 ноября – руководитель отдела образования – о подготовке школ.\n\n5. Прочее\nТекст.`;
    expect(hearings(text)).toEqual(['report_hearing 2025-02-14', 'report_hearing 2025-05-23', 'report_hearing 2025-08-08', 'report_hearing 2025-11-21']);
  });

  it('ru: a lead of hearings with its count over dd.mm.yyyy lines, a wrapped line set in', () => {
    const text = `${RU}Совет заслушал 3 отчета:\n12.03.2025 – отдел сельского хозяйства района;\n16.06.2025 – отдел жилищно-коммунального хозяйства,\n             пассажирского транспорта и автомобильных дорог;\n10.09.2025 – ГККП «Ясли-сад «Балапан».`;
    expect(hearings(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-06-16', 'report_hearing 2025-09-10']);
  });

  it('kk: a section title over a lead of plan and fact, dashes of Kazakh days', () => {
    const text = `${KK}3. Есептерді тыңдау\nЖоспарланғаны – 3, орындалғаны – 2:\n- 12 наурыз – аудандық білім бөлімінің басшысы;\n- қыркүйектің 17-сі – «Жаңақорған су» МКК директорының есебі.\n\n4. Басқа`;
    expect(hearings(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-09-17']);
  });

  it('kk and ru: the verb of reporting as the lead, the day then the head at once', () => {
    expect(hearings(`${KK}Кеңес отырыстарында есеп берді:\n— 5 ақпан аудандық ветеринария бөлімінің басшысы — мал егу туралы;\n— 9 сәуір Жалағаш ауылдық округінің әкімі — абаттандыру туралы.`)).toEqual([
      'report_hearing 2025-02-05',
      'report_hearing 2025-04-09',
    ]);
    expect(hearings(`${RU}На заседаниях Совета отчитывались:\n— 5 февраля начальник отдела ветеринарии — о вакцинации;\n— 9 апреля аким Жалагашского сельского округа — о благоустройстве.`)).toEqual([
      'report_hearing 2025-02-05',
      'report_hearing 2025-04-09',
    ]);
  });

  it('near-misses: a plan, another type among the entries, another year, more than the count, no body named', () => {
    // A plan's heading: the hearings to come.
    expect(hearings(`${RU}План заслушивания отчетов на 2026 год:\n15 февраля – отдел образования;\n20 мая – отдел ЖКХ.`)).toEqual([]);
    // A list of events of several types under a heading that names hearings.
    expect(hearings(`${RU}Отчетные слушания и другие мероприятия\n14 марта – отдел образования района;\n20 мая – круглый стол «Чистый город».`)).toEqual([]);
    // Last year's hearings.
    expect(hearings(`${RU}Отчетные слушания\n14 марта 2024 – отдел образования района;\n20 мая 2024 – отдел ЖКХ района.`)).toEqual([]);
    // More entries than the count stated: not all are the period's hearings.
    expect(hearings(`${RU}Заслушано отчетов – 2.\n\nОтчетные слушания\n14.03.2025 – отдел образования района;\n20.05.2025 – отдел ЖКХ района;\n18.09.2025 – отдел культуры района.`)).toEqual([]);
    // Days that name no body (a hearings' section's schedule of meetings).
    expect(hearings(`${KK}Есеп тыңдау\n14 наурыз – кезекті отырыс;\n20 мамыр – кезекті отырыс.`)).toEqual([]);
  });

  it('the figures of the bodies heard: the kinds among the entries stay as the listed kinds read them', () => {
    const f = heardFigures(`${RU}Совет заслушал 3 отчета:\n12.03.2025 – отдел сельского хозяйства района;\n16.06.2025 – отдел образования района;\n10.09.2025 – ГККП «Балапан», подведомственное акимату района.`);
    expect(f.report_hearings).toBe(3);
  });
});

describe('heads heard with no word of reports (the lexicon) and two heads on one day (bodiesOfOneDate)', () => {
  it('ru: "заслушан руководитель …" in a chronology is a hearing; "заслушаны руководитель … и аким …" two when the count says so', () => {
    const text = `${RU}Заслушано отчетов – 3.\n\nХроника\n07.10.2025 — мониторинг подготовки школ к отопительному сезону;\n15.10.2025 — заседание Совета, заслушан начальник отдела образования района;\n05.11.2025 — круглый стол «Рыболовство и туризм»;\n17.12.2025 — заседание Совета, заслушаны директор ГКП «Тазалык» и аким поселка Акшукур.`;
    expect(hearings(text)).toEqual(['report_hearing 2025-10-15', 'report_hearing 2025-12-17', 'report_hearing 2025-12-17']);
  });

  it('ru: a dated sentence "… заслушаны начальник … и директор …" in the passive is a hearing; the active is left to the readers of heads told one by one', () => {
    expect(hearings(`${RU}14 мая на заседании Совета заслушан заместитель акима района по вопросам благоустройства.`)).toEqual(['report_hearing 2025-05-14']);
    // "Совет заслушал руководителя …" in a chronicle whose count is not met by the heads it tells (headsOneByOne): no event.
    // A hearing to come: "будет заслушан руководитель …".
    expect(hearings(`${RU}На 18 декабря запланировано: будет заслушан руководитель отдела ЖКХ района.`)).toEqual([]);
    expect(hearings(`${RU}Год Совет начал 23 января с заседания, на котором заслушал руководителя ГУ «Отдел жилищной инспекции города». Заслушано пять отчётов.`)).toEqual([]);
  });

  it('near-misses: an akimat is no head; the split not made when the count is not met', () => {
    // "заслушан акимат" names no head: the lexicon's head words do not take the akimat.
    expect(hearings(`${RU}14 мая на заседании обсуждено обращение, направленное в акимат района.`)).toEqual([]);
    // Two heads on one day but the count stated is 1 + 1: the one day stays one hearing.
    const text = `${RU}Заслушано отчетов – 2.\n\nХроника\n07.10.2025 — мониторинг школ;\n15.10.2025 — заседание Совета, заслушан начальник отдела образования района;\n05.11.2025 — круглый стол «Туризм»;\n17.12.2025 — заседание Совета, заслушаны директор ГКП «Тазалык» и аким поселка Акшукур.`;
    expect(hearings(text)).toEqual(['report_hearing 2025-10-15', 'report_hearing 2025-12-17']);
  });
});

describe('the heads listed in the sentence after the count of hearings, each with its day in brackets (bodiesHeardList)', () => {
  it('ru: "Отчитались начальники отдела … (6 февраля), …, а также директор КГУ «…» (19 июня) - учреждения, подведомственного …"', () => {
    const text = `${RU}Отчеты руководителей Совет заслушивал трижды. Отчитались начальники отдела образования (12 марта), отдела земельных отношений (14 мая), а также директор ГККП «Дом культуры» (20 августа) - учреждения, подведомственного отделу культуры.`;
    expect(hearings(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-14', 'report_hearing 2025-08-20']);
    expect(heardFigures(text)).toEqual({ report_hearings: 3, departments_heard: 2, subordinate_orgs_heard: 1 });
  });

  it('ru: the heads named "руководители" after a count of hearings in words, commas inside a body\'s name', () => {
    const text = `${RU}Совет заслушал четыре отчета. Выступили руководители отдела ЖКХ, ПТ и АД (5 февраля), отдела образования (2 апреля), отдела занятости (11 июня) и директор ГКП «Су арнасы» (11 июня).`;
    expect(hearings(text)).toEqual(['report_hearing 2025-02-05', 'report_hearing 2025-04-02', 'report_hearing 2025-06-11', 'report_hearing 2025-06-11']);
    expect(heardFigures(text).departments_heard).toBe(3);
  });

  it('kk: "Олар: … бөлімінің (12 наурыз), … бөлімінің (14 мамыр) және «…» МКК директоры (20 тамыз)"', () => {
    const text = `${KK}Кеңес отырыстарында үш басшының есебі тыңдалды. Олар: аудандық білім бөлімінің (12 наурыз), жер қатынастары бөлімінің (14 мамыр) және «Тазалық» МКК директоры (20 тамыз).`;
    expect(hearings(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-14', 'report_hearing 2025-08-20']);
    expect(heardFigures(text)).toEqual({ report_hearings: 3, departments_heard: 2, subordinate_orgs_heard: 1 });
  });

  it('near-misses: fewer heads than the count, a bracket that is no day', () => {
    // Three heads told, four hearings counted: the list is not the hearings, nothing read from it.
    const short = `${RU}Отчеты руководителей Совет заслушивал четырежды. Отчитались начальники отдела образования (6 февраля), отдела ЖКХ (10 апреля), а также директор ГККП «Дом культуры» (19 июня).`;
    expect(heardFigures(short).departments_heard).toBeUndefined();
    expect(hearings(short)).toEqual([]);
    // A month in the bracket: the bodies counted, no day made up for them.
    const months = `${RU}Отчеты руководителей Совет заслушивал трижды. Отчитались начальники отдела образования (март), отдела земельных отношений (май), а также директор ГККП «Дом культуры» (август).`;
    expect(hearings(months)).toEqual([]);
    expect(heardFigures(months)).toEqual({ report_hearings: 3, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
});

describe('a line ending with an abbreviation that ends no sentence goes on (continuesSentence)', () => {
  it('ru: "(в т.ч." at a line\'s end, the district akims on the line after', () => {
    const text = `${RU}Проведено 9 заслушиваний: отчеты 7 руководителей управлений акимата области (в т.ч.\nуправлений здравоохранения и образования) и 2 акимов районов (Аксу, Шарбакты).`;
    expect(heardFigures(text)).toEqual({ report_hearings: 9, departments_heard: 7, district_akimats_heard: 2 });
  });

  it('ru: "т.е." at a line\'s end', () => {
    const text = `${RU}Заслушано 5 отчетов, т.е.\nотчеты 3 управлений акимата области и 2 акимов районов.`;
    expect(heardFigures(text).district_akimats_heard).toBe(2);
  });

  it('near-miss: a sentence ended by a year\'s "г." is ended; the akims of the next sentence are no hearing\'s', () => {
    const text = `${RU}Заслушано 5 отчетов управлений акимата области в 2025 г.\nВ работе Совета участвовали 2 акима районов.`;
    expect(heardFigures(text).district_akimats_heard).toBeUndefined();
  });
});

describe('the hearings\' count as the plan and the fact under the title that names them (planFactUnderTitle)', () => {
  it('ru and kk: the fact is the figure, the plan a candidate', () => {
    const ru = parseReport(`${RU}III. Заслушивание отчетов\nПлан – 5, выполнено – 4.\n`);
    expect(figureMap(ru).report_hearings).toBe(4);
    expect(ru.candidates.some((c) => c.metric === 'report_hearings' && c.value === 5)).toBe(true);
    expect(heardFigures(`${KK}2. Есептерді тыңдау\nЖоспарланғаны – 3; іс жүзінде – 2.`)).toEqual({ report_hearings: 2 });
  });

  it('near-misses: a title of another type, a plan alone, a paragraph between, a fact far above its plan', () => {
    expect(heardFigures(`${RU}4. Общественный мониторинг\nПлан – 5, выполнено – 4.`)).toEqual({});
    expect(heardFigures(`${RU}III. Заслушивание отчетов\nПлан – 5.`)).toEqual({});
    expect(heardFigures(`${RU}III. Заслушивание отчетов\nСовет работал по плану, утвержденному на первом заседании года.\nПлан – 5, выполнено – 4.`)).toEqual({});
    expect(heardFigures(`${KK}3. Есеп тыңдау\nЖоспар – 2, орындалғаны – 12.`)).toEqual({});
  });
});

