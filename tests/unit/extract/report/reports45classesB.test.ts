/**
 * The classes of held-out set 45's Temirlan, Zhambyl, Dossor and Zhosaly reports (session 16): a chair's first-person
 * speech (collective numerals with "-міз", a story of membership, "тағы екі"), comparisons with last year ("былтырғыдан
 * бір кем – 4", "өткен жылғыдай – 2"), counts as predicates ("Отырыстарымыз үшеу болды", "біреу ғана"), telegraphic
 * labels ("Өтініштер – 19", "Хат – 8 дана"), nones ("бірде-біреуі келмеді", "орнына әлі ешкім тағайындалған жоқ") and
 * a plan under "8. 2026 жылға міндеттер". Each class in ru and kk, a variant the documents did not show, and near-misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { candidateList, figureMap } from '../../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const KK_H2 = 'Қоғамдық кеңестің 2025 жылдың екінші жартыжылдығында (шілде–желтоқсан) атқарылған жұмысы туралы есеп\n\n';
const figures = (text: string) => figureMap(parseReport(`${text}\n`));
const candidates = (text: string) => candidateList(parseReport(`${text}\n`));

describe('a numbered heading opening with a later year of tasks (FALSE values, Zhosaly)', () => {
  it('kk: "8. 2026 жылға міндеттер" over "Кемінде 5 отырыс … өткізу": candidates only', () => {
    const text = `${KK}2. Отырыстар\nКеңес 4 отырыс өткізді.\n\n8. 2026 жылға міндеттер\nКемінде 5 отырыс, 7 мониторинг және 1 қоғамдық тыңдау өткізу.`;
    expect(figures(text)).toEqual({ general_meetings: 4 });
    expect(candidates(text)).toEqual(expect.arrayContaining(['general_meetings=5', 'monitorings=7', 'public_hearings=1']));
  });
  it('ru: "8. 2026 год – задачи на следующий период"', () => {
    const text = `${RU}2. Заседания\nПроведено 4 заседания.\n\n8. 2026 год – задачи на следующий период\nПровести 6 мониторингов.`;
    expect(figures(text)).toEqual({ general_meetings: 4 });
  });
  it('near-miss: a numbered heading of the report\'s own year is no plan', () => {
    expect(figures(`${KK}3. 2025 жылғы мониторингтер\nКеңес 6 мониторинг жүргізді.`)).toEqual({ monitorings: 6 });
  });
});

describe('"тағы екі", "ещё два": a step of a story, the summing sentence the total (FALSE value, Zhambyl)', () => {
  it('kk: "құрамға тағы екі жаңа мүше енгізілді" is a candidate; "Сөйтіп, … үш мүше қосылды" the figure', () => {
    const text = `${KK}Мамырда бір жаңа мүше келді, ал қазан айында құрамға тағы екі жаңа мүше енгізілді. Сөйтіп, жыл ішінде екі мүше шығып, үш мүше қосылды.`;
    expect(figures(text)).toMatchObject({ members_joined: 3, members_left: 2 });
    expect(candidates(text)).toContain('members_joined=2');
  });
  it('ru: "введены ещё два новых члена" is no total', () => {
    expect(figures(`${RU}В октябре в состав Совета введены ещё 2 новых члена.`).members_joined).toBeUndefined();
  });
  it('near-miss: "ещё 3 проекта" pending are the pending count ("still")', () => {
    expect(figures(`${RU}На 31 декабря 2025 года на рассмотрении комиссий находятся еще 3 проекта НПА.`).npa_pending).toBe(3);
  });
});

describe('a count after its comparison with last year ("былтырғыдан бір кем – 4", Zhosaly)', () => {
  it('kk: the difference, then the dash and this year\'s count', () => {
    expect(figures(`${KK}Кеңес отырыстарының саны былтырғыдан бір кем – 4.`)).toEqual({ general_meetings: 4 });
    expect(figures(`${KK}Дөңгелек үстел сан жағынан өткен жылғыдай – 2 (2025 жылғы 20 наурыз, 2025 жылғы 16 қазан).`)).toEqual({ round_tables: 2 });
    expect(figures(`${KK}Жыл соңында Кеңес мүшелерінің саны 11-ге тең болып, өткен жылғы деңгейде қалды.`)).toEqual({ members_total: 11 });
  });
  it('kk variant: "өткен жылғыдан екеуге артық – 7"', () => {
    expect(figures(`${KK}Мониторинг өткен жылғыдан екеуге артық – 7.`)).toEqual({ monitorings: 7 });
  });
  it('ru: "как и годом ранее, – 2" (the same as last year) stays read', () => {
    expect(figures(`${RU}Круглых столов, как и годом ранее, – 2.`)).toEqual({ round_tables: 2 });
  });
  it('near-miss: last year\'s count and the difference itself are no figures', () => {
    const text = `${KK}Былтыр бес отырыс болған еді.`;
    expect(figures(text)).toEqual({});
    expect(candidates(text)).toContain('general_meetings=5');
    expect(figures(`${KK}Отырыстар саны былтырғыдан 3-ке артық.`)).toEqual({});
  });
});

describe('counts as predicates with the first person\'s possessive or "ғана" (Temirlan, Zhambyl)', () => {
  it('kk: "Отырыстарымыз үшеу болды", "Дөңгелек үстеліміз екеу болды"', () => {
    expect(figures(`${KK}Отырыстарымыз үшеу болды: наурыздың 25-і, мамырдың 30-ы, қазанның 17-сі.`)).toEqual({ general_meetings: 3 });
    expect(figures(`${KK}Дөңгелек үстеліміз екеу болды.`)).toEqual({ round_tables: 2 });
  });
  it('kk: "Дөңгелек үстел біреу ғана – қыркүйектің 18-інде"', () => {
    expect(figures(`${KK}Дөңгелек үстел біреу ғана – қыркүйектің 18-інде, «Ауыл кәсіпкерлігі» тақырыбында.`)).toEqual({ round_tables: 1 });
  });
  it('ru: "Заседаний было три"', () => {
    expect(figures(`${RU}Заседаний было три.`)).toEqual({ general_meetings: 3 });
  });
  it('near-miss: a commission\'s meetings and the year-to-date are not the council\'s for the half-year', () => {
    expect(figures(`${KK}Комиссия отырыстары алтау болды.`).general_meetings).toBeUndefined();
    expect(figures(`${KK_H2}Отырыстарымыз үшеу болды. Жыл басынан бері барлығы – алтау.`)).toEqual({ general_meetings: 3 });
  });
});

describe('the composition in a chair\'s first person ("он бесеуміз: он біреуміз – …, төртеуміз – …", Zhambyl)', () => {
  it('kk: the total at the year\'s end, its civil and state parts', () => {
    const text = `${KK}Бүгінгі таңда, яғни жыл аяғында, он бесеуміз: он біреуміз – үкіметтік емес ұйымдар мен кәсіпкерлердің өкілдеріміз, төртеуміз – мемлекеттік қызметшілерміз.`;
    expect(figures(text)).toEqual({ members_total: 15, members_civil: 11, members_state: 4 });
  });
  it('ru variant: "На конец года нас пятнадцать: одиннадцать – представители НПО, четверо – госслужащие"', () => {
    expect(figures(`${RU}На конец года нас 15: 11 – представители НПО, 4 – госслужащие.`)).toEqual({ members_total: 15, members_civil: 11, members_state: 4 });
  });
  it('near-miss: the composition at the year\'s start', () => {
    expect(figures(`${KK}Жыл басында біз он төртеу едік.`).members_total).toBeUndefined();
  });
});

describe('the parts of the composition after "оның", a colon or the total in the genitive (Dossor, Zhosaly, Temirlan)', () => {
  it('kk: "оның 9-ы қоғамдық бірлестіктер …, 3-еуі мемлекеттік мекемелер қызметкерлері", no dash', () => {
    expect(figures(`${KK}Кеңестің құрамы – 12 мүше, оның 9-ы қоғамдық бірлестіктер мен кәсіпорындардың өкілдері, 3-еуі мемлекеттік мекемелер қызметкерлері.`)).toEqual({ members_total: 12, members_civil: 9, members_state: 3 });
  });
  it('kk: "11 мүшенің 8-і – үкіметтік емес ұйымдар …, 3-еуі – мемлекеттік мекемелердің қызметкерлері"', () => {
    expect(figures(`${KK}11 мүшенің 8-і – үкіметтік емес ұйымдар мен кәсіпкерлер өкілдері, 3-еуі – мемлекеттік мекемелердің қызметкерлері.`)).toMatchObject({ members_civil: 8, members_state: 3 });
  });
  it('kk: "Қазіргі құрам – 10 адам: қоғам өкілдері – 8, мемлекеттік қызметшілер – 2"', () => {
    expect(figures(`${KK}Қазіргі құрам – 10 адам: қоғам өкілдері – 8, мемлекеттік қызметшілер – 2.`)).toEqual({ members_total: 10, members_civil: 8, members_state: 2 });
  });
  it('near-miss: state employees who took part in a monitoring are no members', () => {
    expect(figures(`${KK}Мониторингке, оның ішінде 3 мемлекеттік мекеме қызметкері қатысты.`).members_state).toBeUndefined();
    expect(figures(`${KK}Тыңдауға қоғам өкілдері – 40 адам қатысты.`).members_civil).toBeUndefined();
  });
});

describe('nones said in a half-year\'s words (Temirlan)', () => {
  it('kk: "Қоғамдық тыңдау бұл жарты жылда да болмады", "НҚА жобасы Кеңеске бірде-біреуі келмеді"', () => {
    expect(figures(`${KK_H2}Қоғамдық тыңдау бұл жарты жылда да болмады.`)).toEqual({ public_hearings: 0 });
    expect(figures(`${KK_H2}НҚА жобасы Кеңеске бірде-біреуі келмеді, сараптама жасалмады.`)).toEqual({ npa_reviewed: 0 });
  });
  it('kk and ru: nobody in the place of one who left is a membership\'s none: 0 joined (since session 19)', () => {
    const kk = `${KK}Қазан айында бір мүше өз еркімен шықты, орнына әлі ешкім тағайындалған жоқ.`;
    expect(figures(kk).members_joined).toBe(0);
    const ru = `${RU}В октябре один член вышел из состава, на его место пока никто не назначен.`;
    expect(figures(ru).members_joined).toBe(0);
  });
  it('near-miss: a none of another year', () => {
    expect(figures(`${KK}НҚА жобасы 2024 жылы Кеңеске бірде-біреуі келмеді.`).npa_reviewed).toBeUndefined();
  });
});

describe('telegraphic labels opening the sentence ("Өтініштер – 19", "Хат – 8 дана жіберілді")', () => {
  it('kk: appeals and letters sent', () => {
    expect(figures(`${KK_H2}Өтініштер – 19. Оның 18-і жеке тұлғалардан.`)).toMatchObject({ appeals_received: 19, appeals_individuals: 18 });
    expect(figures(`${KK_H2}Хат – 8 дана жіберілді.`)).toEqual({ letters_sent: 8 });
    expect(figures(`${KK}Мемлекеттік органдарға Кеңес атынан жіберілген хаттың жиыны – 26, соның 23-іне жауап келді.`)).toEqual({ letters_sent: 26, letters_answered: 23 });
  });
  it('ru: "Обращения – 19" (the Russian label read before)', () => {
    expect(figures(`${RU}Обращения – 19.`)).toEqual({ appeals_received: 19 });
  });
  it('near-miss: letters that came in, and the whole year in a half-year\'s report', () => {
    expect(figures(`${KK}Хат – 5 келіп түсті.`).letters_sent).toBeUndefined();
    expect(figures(`${KK_H2}Жыл бойы өтініштер 31 болды.`).appeals_received).toBeUndefined();
  });
});

describe('all N of the drafts or appeals named before ("Тоғызы да қаралды", "үшеуі де мақұлданды")', () => {
  it('kk: reviewed and approved', () => {
    expect(figures(`${KK}Аудандық мәслихат Кеңеске тоғыз шешім жобасын жолдады. Тоғызы да қаралды.`)).toMatchObject({ npa_reviewed: 9 });
    expect(figures(`${KK}Мәслихаттан Кеңеске 3 шешім жобасы келді, үшеуі де ескертусіз мақұлданды.`)).toMatchObject({ npa_approved: 3 });
  });
  it('ru variant: "Все 9 проектов рассмотрены"', () => {
    expect(figures(`${RU}Поступило 9 проектов НПА. Все 9 проектов рассмотрены.`)).toMatchObject({ npa_reviewed: 9 });
  });
  it('kk: the appeals people wrote themselves ("жиырма жетісін жеке адамдар жазса")', () => {
    expect(figures(`${KK}Кеңеске отыз бір өтініш түсті. Отыз бір өтініштің жиырма жетісін жеке адамдар жазса, төртеуі шаруа қожалықтарынан келді.`)).toMatchObject({ appeals_individuals: 27 });
  });
  it('near-miss: all nine appeals reviewed are no drafts', () => {
    expect(figures(`${KK}Кеңеске тоғыз өтініш түсті. Тоғызы да қаралды.`).npa_reviewed).toBeUndefined();
  });
});

describe('the count said after last year\'s difference with "салыстырғанда" (Zhosaly)', () => {
  it('kk: "Мониторинг өткен жылмен салыстырғанда 2-ге көбейіп, 6 болды"', () => {
    expect(figures(`${KK}Мониторинг өткен жылмен салыстырғанда 2-ге көбейіп, 6 болды.`)).toEqual({ monitorings: 6 });
  });
  it('kk variant: fewer, "былтырмен салыстырғанда 1-ге азайып, 2 болды"', () => {
    expect(figures(`${KK}Дөңгелек үстелдер былтырмен салыстырғанда 1-ге азайып, 2 болды.`)).toEqual({ round_tables: 2 });
  });
  it('near-miss: the increase alone is no count', () => {
    expect(figures(`${KK}Мониторинг өткен жылмен салыстырғанда 2-ге көбейді.`)).toEqual({});
  });
});

describe('events told by ordinals after their count ("Біріншісі …, Екіншісі …", Temirlan)', () => {
  const dates = (text: string) => parseReport(`${text}\n`).activities.map((a) => `${a.type} ${a.date_start}`);
  it('kk: four monitorings, one by one, a year-first date among them', () => {
    const text = `${KK_H2}Мониторинг – төртеу. Біріншісі шілденің 15-інде, мектептерді жөндеу барысы бойынша. Екіншісі тамыздың 20-сында,\nсуармалы арықтар бойынша. Үшіншісі 2025.10.08 – ауылдық клубтың жылу жүйесі.\nТөртіншісі қарашаның 26-сында, амбулаториядағы кезек бойынша.`;
    expect(dates(text)).toEqual(['monitoring 2025-07-15', 'monitoring 2025-08-20', 'monitoring 2025-10-08', 'monitoring 2025-11-26']);
  });
  it('ru variant: "Мониторингов – три. Первый – 12 марта …"', () => {
    const text = `${RU}Мониторингов – три. Первый – 12 марта, по школьному питанию. Второй – 14 мая, освещение улиц. Третий – 9 октября, отопление.`;
    expect(dates(text)).toEqual(['monitoring 2025-03-12', 'monitoring 2025-05-14', 'monitoring 2025-10-09']);
  });
  it('kk: one event, its date after the dash of its count ("біреу ғана – қыркүйектің 18-інде")', () => {
    expect(dates(`${KK_H2}Дөңгелек үстел біреу ғана – қыркүйектің 18-інде, «Ауыл кәсіпкерлігі» тақырыбында.`)).toEqual(['round_table 2025-09-18']);
  });
  it('near-misses: fewer ordinals than the count, or one more, give no events', () => {
    expect(dates(`${KK}Мониторинг – төртеу. Біріншісі шілденің 15-інде. Екіншісі тамыздың 20-сында.`)).toEqual([]);
    expect(dates(`${RU}Мониторингов – два. Первый – 12 марта. Второй – 14 мая. Третий – 9 октября.`)).toEqual([]);
  });
});

describe('a named newspaper in a sentence with the platforms (Zhambyl, Zhosaly)', () => {
  const media = (text: string) => parseReport(`${text}\n`).media.map((m) => `${m.platform}:${m.publications}`);
  it('kk: "…, «Аса таңы» аудандық газетінде 7 мақала" after the platforms; the secretariat\'s journal is no outlet', () => {
    const text = `${KK}Барлық сандарды хатшылығымыздың журналы мен отырыс хаттамаларынан алдым.\n\nКеңестің жұмысы туралы 58 материал жарияланды: аудан әкімдігінің ресми сайтында 12, Кеңестің Instagram парақшасында 39, «Аса таңы» аудандық газетінде 7 мақала.`;
    expect(media(text)).toEqual(['website:12', 'instagram:39', 'other:7']);
  });
  it('kk: the sum after a dash is not the newspaper\'s ("… төрт мақала шықты – барлығы 27")', () => {
    expect(media(`${KK}Instagram-да он төрт, Facebook-те тоғыз жарияланым, «Қармақшы таңы» аудандық газетінде төрт мақала шықты – барлығы 27.`)).toContain('other:4');
  });
  it('ru variant: "в районной газете «Зерен» – 9 статей, всего 30"; the register "журнал регистрации" is no outlet', () => {
    expect(media(`${RU}Данные взяты из журнала регистрации.\n\nВ Instagram – 21 публикация, в районной газете «Зерен» 9 статей – всего 30.`)).toContain('other:9');
  });
  it('near-miss: two newspapers are never summed', () => {
    expect(media(`${KK}Instagram-да 14 жарияланым, «Қармақшы таңы» газетінде 4 мақала, «Сыр бойы» газетінде 2 мақала шықты.`)).not.toContain('other:6');
  });
});

describe('the years of a budget named before them ("бюджетінің 2026–2028 жылдарға арналған жобасы", Zhambyl)', () => {
  it('kk: the hearing on the budget is this year\'s', () => {
    expect(figures(`${KK}Аудан бюджетінің 2026–2028 жылдарға арналған жобасы бойынша қарашаның 13-інде бір қоғамдық тыңдау өткіздік.`)).toEqual({ public_hearings: 1 });
  });
  it('ru: "по проекту бюджета района на 2026–2028 годы" (read before)', () => {
    expect(figures(`${RU}По проекту бюджета района на 2026–2028 годы проведено 1 общественное слушание.`)).toEqual({ public_hearings: 1 });
  });
  it('near-miss: a hearing in another year stays a candidate', () => {
    expect(figures(`${KK}2024 жылы бір қоғамдық тыңдау өткізілді.`)).toEqual({});
  });
});

describe('a dated event held by a converb in a chain of clauses ("мониторинг жүргізіп, … анықтады", Dossor)', () => {
  const dates = (text: string) => parseReport(`${text}\n`).activities.map((a) => `${a.type} ${a.date_start}`);
  it('kk: the converb before a comma, "жүргізіп," or "өткізіп,"', () => {
    expect(dates(`${KK}Ақпанның 18-інде Кеңес мүшелері №2 мектептің асханасында мониторинг жүргізіп, ас мәзірінің үлгіге сай еместігін анықтады.`)).toEqual(['monitoring 2025-02-18']);
    expect(dates(`${KK}Наурыздың 5-інде Кеңес дөңгелек үстел өткізіп, ұсыныстар әзірледі.`)).toEqual(['round_table 2025-03-05']);
  });
  it('ru: "провели мониторинг … и выявили" (read before)', () => {
    expect(dates(`${RU}18 февраля члены Совета провели мониторинг школьной столовой и выявили нарушения.`)).toEqual(['monitoring 2025-02-18']);
  });
  it('near-miss: a plan to monitor on a date is no event', () => {
    expect(dates(`${KK}Наурыздың 5-інде мониторинг жүргізу жоспарлануда.`)).toEqual([]);
  });
});
