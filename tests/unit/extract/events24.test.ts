/**
 * Session 24, helper "events": the classes of the event fields still missed by the pins (report/singleEvents.ts and the
 * dated-event readers). Each class in Russian and Kazakh, a variant no set holds, and near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList, candidateList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const figures = (text: string) => figureMap(parseReport(`${text}\n`));
const candidates = (text: string) => candidateList(parseReport(`${text}\n`));
const activities = (text: string) => activityList(parseReport(`${text}\n`));

describe('one public hearing told by its date: Russian names it in the plural as often as in the singular (sets 37, 40, 50, 55)', () => {
  it('ru: "24 июля проведены общественные слушания по проекту …" is public_hearings=1', () => {
    expect(figures(`${RU}24 июля проведены общественные слушания по проекту детальной планировки микрорайона.`).public_hearings).toBe(1);
    expect(figures(`${RU}Публичные слушания по проекту правил выгула собак прошли 3 октября в здании акимата.`).public_hearings).toBe(1);
  });
  it('ru: the singular, with the proposals it received ("поступило 23 предложения") and who came', () => {
    const text = `${RU}Проведено общественное слушание по проекту Правил благоустройства (17 апреля 2025 года, присутствовало 96 человек, поступило 23 предложения).`;
    expect(figures(text).public_hearings).toBe(1);
  });
  it('kk: the proposals received at a round table ("14 ұсыныс түсті"); the Kazakh single hearing is left out (set 17 leaves it)', () => {
    expect(figures(`${KK}2025 жылғы 15 мамырда «Жастар және жұмыс» дөңгелек үстелі өткізілді, 14 ұсыныс түсті.`).round_tables).toBe(1);
    expect(figures(`${KK}2025 жылғы 15 мамырда аудан бюджетінің жобасы бойынша қоғамдық тыңдау өтті.`).public_hearings).toBeUndefined();
  });
  it('near-miss: one commission\'s own round table under its heading is no count of the council\'s', () => {
    const text = `${KK}3. Заңдылық және құқық тәртібі комиссиясы (төрағасы – Жүнісов Т.)\n   Шілденің 9-ы күні «Жол қауіпсіздігі» тақырыбында дөңгелек үстел ұйымдастырылды (36 адам қатысты).`;
    expect(figures(text).round_tables).toBeUndefined();
  });
  it('near-misses: drafts in the plural, the Kazakh plural elsewhere, a plan, another number: nothing stated', () => {
    expect(figures(`${RU}12 марта проведены общественные слушания по проектам правил благоустройства и бюджета района.`).public_hearings).toBeUndefined();
    expect(figures(`${KK}2025 жылғы 15 мамырда бюджет жобасы бойынша қоғамдық тыңдау өтті.\n\nҚоғамдық тыңдаулар жалғасады.`).public_hearings).toBeUndefined();
    expect(figures(`${RU}В IV квартале планируется провести общественные слушания по проекту бюджета (12 ноября).`).public_hearings).toBeUndefined();
    expect(figures(`${RU}14 мая прошли общественные слушания, по итогам которых выработано 6 рекомендаций.`).public_hearings).toBeUndefined();
  });
});

describe('several events of a kind dated in one sentence naming it in the plural, no count (set 55)', () => {
  it('ru: "Круглые столы состоялись 20 марта («…») и 16 июля («…»)" is round_tables=2', () => {
    expect(figures(`${RU}5. Слушания и круглые столы. Круглые столы состоялись 20 марта («Профилактика насилия») и 16 июля («Согласие»).`).round_tables).toBe(2);
    expect(figures(`${RU}Обучающие семинары для членов Совета прошли 4 февраля, 11 апреля и 9 сентября.`).seminars).toBe(3);
  });
  it('kk: "Дөңгелек үстелдер 3 сәуірде («…») және 18 маусымда («…») өтті"', () => {
    expect(figures(`${KK}Дөңгелек үстелдер 3 сәуірде («Дәрімен қамту») және 18 маусымда («Қауіпсіздік») өтті.`).round_tables).toBe(2);
  });
  it('near-misses: another round table told elsewhere, a count in the sentence, a plan: no count of the days', () => {
    expect(figures(`${RU}Круглые столы состоялись 20 марта и 16 июля.\n\nЕщё один круглый стол проведён в рамках форума.`).round_tables).not.toBe(2);
    expect(figures(`${RU}Круглые столы (из 4 запланированных) состоялись 20 марта и 16 июля.`).round_tables).not.toBe(2);
    expect(figures(`${RU}Круглые столы планируется провести 20 октября и 16 декабря.`).round_tables).toBeUndefined();
  });
});

describe('one round table by its day, those who came counted "с участием N человек" or "участвовало N" (sets 53, 56)', () => {
  it('ru: "20 февраля проведен круглый стол «…» с участием 46 человек", "(участвовало около 90 человек)"', () => {
    expect(figures(`${RU}20 февраля проведен круглый стол «Паводок-2025» с участием 46 человек.`).round_tables).toBe(1);
    expect(figures(`${RU}13 марта проведён круглый стол «Инклюзия в школе» (участвовало около 90 человек).`).round_tables).toBe(1);
  });
  it('kk: "Тамыздың 20-сында «…» дөңгелек үстелі ұйымдастырылды, оған 40 адам қатысты"', () => {
    expect(figures(`${KK}Тамыздың 20-сында «Жасыл қала» дөңгелек үстелі ұйымдастырылды, оған 40 адам қатысты.`).round_tables).toBe(1);
  });
  it('near-misses: a count of members before "с участием", a count of the event itself: no 1 read', () => {
    expect(figures(`${RU}20 февраля проведен круглый стол «Паводок», 3 члена Совета выступили с докладами.`).round_tables).toBeUndefined();
    expect(candidates(`${RU}20 февраля проведен круглый стол «Паводок», 3 члена Совета выступили с докладами.`)).not.toContain('round_tables=1');
  });
});

describe('a heading naming kinds in the plural is no other event of the kind (sets 53, 55)', () => {
  it('ru: a run-in heading "Круглые столы и слушания. 20 февраля проведен круглый стол «…»."', () => {
    const text = `${RU}Круглые столы и слушания. 20 февраля проведен круглый стол «Паводок-2025». Общественные слушания в отчетном году не проводились.`;
    expect(figures(text)).toMatchObject({ round_tables: 1, public_hearings: 0 });
  });
  it('kk: a numbered heading "5. Қоғамдық тыңдаулар, дөңгелек үстелдер, диалог алаңдары" above the dated sentences', () => {
    const text = `${KK}5. Қоғамдық тыңдаулар, дөңгелек үстелдер, диалог алаңдары\n\nТамыздың 20-сында «Жасыл қала» дөңгелек үстелі ұйымдастырылды. 30 қыркүйекте жастар ұйымдарымен диалог алаңы өтті.`;
    expect(figures(text)).toMatchObject({ round_tables: 1, dialog_platforms: 1 });
  });
  it('variant: a heading with a slash "3.4. Круглые столы / диалоговые площадки" and a seminar told below', () => {
    expect(figures(`${RU}3.4. Семинары / тренинги\n\n12 марта для членов Совета организован семинар «Общественный контроль».`).seminars).toBe(1);
  });
  it('near-misses: the plural in a sentence with a verb, or with a count: still another mention, nothing', () => {
    expect(figures(`${RU}20 февраля проведен круглый стол «Паводок».\n\nКруглые столы станут ежеквартальными.`).round_tables).toBeUndefined();
    expect(figures(`${RU}Круглые столы (по плану 3). 20 февраля проведен круглый стол «Паводок».`).round_tables).toBeUndefined();
  });
});

describe('a Kazakh seminar in the possessive ("«…» семинары ұйымдастырылды") is one (set 60)', () => {
  it('kk: "19 ақпанда … «Қоғамдық бақылау» семинары ұйымдастырылды", "семинары өтті"', () => {
    expect(figures(`${KK}19 ақпанда ауыл белсенділеріне арналған «Қоғамдық бақылау» семинары ұйымдастырылды.`).seminars).toBe(1);
    expect(figures(`${KK}Наурыздың 3-інде «Құқықтық сауат» семинары өтті.`).seminars).toBe(1);
    expect(activities(`${KK}Наурыздың 3-інде «Құқықтық сауат» семинары өтті.`)).toContain('seminar 2025-03-03');
  });
  it('near-misses: the Russian plural "семинары проведены 19 февраля": no one seminar', () => {
    expect(figures(`${RU}Семинары для членов Совета проведены 19 февраля и 14 мая.`).seminars).not.toBe(1);
  });
});

describe('a bullet before a list of kinds denied together: the none is each kind\'s (set 21)', () => {
  it('ru: "• диалоговые площадки, семинары – не проводились" is 0 of each', () => {
    expect(figures(`${RU}  • круглые столы (4) – 20.02, 16.04, 19.06, 10.09\n  • диалоговые площадки, семинары – не проводились\n`)).toMatchObject({ dialog_platforms: 0, seminars: 0 });
  });
  it('kk: "– дөңгелек үстелдер мен диалог алаңдары өткізілген жоқ" under a dash of a list', () => {
    expect(figures(`${KK}– дөңгелек үстелдер мен диалог алаңдары өткізілген жоқ;\n`)).toMatchObject({ round_tables: 0, dialog_platforms: 0 });
  });
  it('near-miss: a bullet whose first kind is counted: that kind is never none', () => {
    expect(figures(`${RU}  • круглые столы – 2, семинары не проводились\n`).round_tables).not.toBe(0);
    expect(figures(`${RU}  • мониторинги: 3; меморандумы не подписывались\n`).monitorings).not.toBe(0);
  });
});
