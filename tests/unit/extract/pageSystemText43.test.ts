/**
 * Classes of session 43 from sets 185 (text copied from a web page) and 191 (electronic document system exports): the text
 * around the document — the page's publication stamp with its share and print buttons, its news, files, poll and footer; the
 * system's registration stamp, card, signature block, QR caption and legal footer — gives no date, number, vote or count.
 */
import { describe, expect, it } from 'vitest';
import { withoutPageFurniture } from '../../../sources/extract/pageFurniture.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { eDocumentLines, isRegistrationStamp } from '../../../sources/extract/eDocumentLines.ts';
import { isWebPageChrome } from '../../../sources/extract/webPageChrome.ts';

const page = (...lines: string[]) => lines.join('\n');
/** The lines left with text after the furniture is blanked. */
const kept = (...lines: string[]) => withoutPageFurniture(lines).filter((l) => l.trim() !== '');
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));

describe('a web page\'s publication stamp with its buttons is no meeting\'s date', () => {
  it('ru (set 185): "Дата публикации: 30.11.2026 · Просмотров: 1 109 · Поделиться · 🖨" over a protocol of 26 November', () => {
    const x = parseProtocol(page(
      'Главная / Деятельность / Общественный совет / Заседания / 2026',
      'Дата публикации: 30.11.2026 · Просмотров: 1 109 · Поделиться · 🖨',
      '',
      'ПРОТОКОЛ № 7',
      'заседания Общественного совета при ГУ «Управление природных ресурсов акимата Жамбылской области»',
      'г. Тараз, пр. Толе би, 35, конференц-зал 26 ноября 2026 года, 14.30',
      'Из 15 членов Совета на заседании присутствуют 12.',
    ));
    expect(x.date).toBe('2026-11-26');
    expect(x.number).toBe('7');
  });
  it('kk variant: "Жарияланды: 20.11.2026 · Өзгертілді: 21.11.2026 · Қаралды: 906 · Бөлісу · Басып шығару"', () => {
    expect(kept('Жарияланды: 20.11.2026 · Өзгертілді: 21.11.2026 · Қаралды: 906 · Бөлісу · Басып шығару', '№ 5 ХАТТАМАСЫ')).toEqual(['№ 5 ХАТТАМАСЫ']);
  });
  it('bilingual variant: "Жарияланған күні / Дата публикации: 02.10.2026   Қаралым / Просмотров: 563   Бөлісу / Поделиться"', () => {
    const x = parseProtocol(page(
      'Жарияланған күні / Дата публикации: 02.10.2026   Қаралым / Просмотров: 563   Бөлісу / Поделиться',
      '',
      'ХАТТАМА / ПРОТОКОЛ № 4',
      'Қоғамдық кеңес отырысының / заседания Общественного совета',
      '2026 жылғы 30 қыркүйек / 30 сентября 2026 года',
    ));
    expect(x.date).toBe('2026-09-30');
  });
  it('near miss: "Опубликовано 15 материалов, поделились 3 раза" is a sentence, kept', () => {
    expect(kept('Опубликовано 15 материалов, поделились 3 раза.')).toEqual(['Опубликовано 15 материалов, поделились 3 раза.']);
  });
});

describe('a web page\'s news list under its heading of whom, in one or two languages', () => {
  it.each([
    ['Последние новости Совета:', '18.11.2026 · Итоги 6-го заседания: одобрено 2 проекта НПА · 🖨 602'],
    ['Кеңестің соңғы жаңалықтары:', '14.01.2026 · Облыстық қоғамдық кеңес 2025 жылы 16 отырыс өткізді · 👁 1 203'],
    ['Соңғы жаңалықтар / Последние новости:', '12.08.2026 — № 3 хаттама / Протокол № 3 (Қаралым: 417)'],
  ])('%s', (heading, item) => {
    expect(kept('Кеңес төрағасы    Н. Ордабаев', heading, item)).toEqual(['Кеңес төрағасы    Н. Ордабаев']);
  });
  it('near miss: a report\'s own heading "Последние мероприятия Совета:" and its dated items stay', () => {
    expect(kept('Последние мероприятия Совета:', '18.11.2026 – мониторинг питомника')).toHaveLength(2);
  });
});

describe('the page\'s skip link, language switch, files, poll and footer', () => {
  it.each([
    'Перейти к основному содержанию',
    'Мүмкіндігі шектеулі жандарға арналған нұсқа     ҚАЗ  РУС  ENG',
    'О Совете · Состав · Заседания · Отчёты · Обратная связь · KAZ / RUS',
    'Тіркелген файлдар: esep_2025_kk.pdf (402 КБ) · otchet_2025_ru.pdf (398 КБ)',
    'protokol_6_14.10.2026.pdf (312 КБ)',
    'Бұл ақпарат пайдалы болды ма?  Иә (23)  Жоқ (2)',
    'Была ли эта информация полезной?  Да  Нет',
    '140000, Павлодарская область, Павлодарский район, с. Павлодарское, ул. Ленина, 8',
    'Бірыңғай байланыс орталығы 1414',
    'Приёмная: +7 (7182) 32-15-40   e-mail: pavl_raion@pavlodar.gov.kz',
    '080000, Тараз қ., Төле би даңғ., 35 · тел. 8 (7262) 43-27-90 · © 2026 Барлық құқықтар қорғалған',
  ])('%s', (line) => expect(isWebPageChrome(line)).toBe(true));
  it.each([
    // Near misses: a report's sentences with the same words.
    '– 14.05.2026 – мүмкіндігі шектеулі жандарға арналған пандустар мониторингі;',
    'Сайтта қаз/рус тілдерінде 12 материал жарияланды.',
    'Прием граждан ведётся по адресу ул. Ленина, 8, тел.: 8 (71636) 2-14-50; поступило 12 обращений.',
    'Главная задача Совета – общественный контроль.',
  ])('kept: %s', (line) => expect(isWebPageChrome(line)).toBe(false));
  it('a report copied from a page: the poll\'s "Жоқ (2)" and the news counts are no figures', () => {
    const f = figures(page(
      'Павлодар ауданының Қоғамдық кеңесінің 2026 жылғы 9 айдағы жұмысы туралы ақпарат',
      'Кеңестің 5 отырысы өткізілді.',
      'Бұл ақпарат пайдалы болды ма?  Иә (23)  Жоқ (2)',
      'Соңғы жаңалықтар',
      '24.09.2026  Қоғамдық кеңестің № 5 отырысының хаттамасы                  Қаралым: 441',
    ));
    expect(f.general_meetings).toBe(5);
  });
});

describe('an e-document system\'s registration stamp is no meeting\'s date', () => {
  it('kk (set 191): ЕСЭДО card "Тіркеу нөмірі: 01-12/2214   Тіркелген күні: 09.10.2026   Парақ: 1/2" over "2026 жылғы 8 қазан"', () => {
    const x = parseProtocol(page(
      'ЭҚАБЖ (ЕСЭДО) – электрондық құжаттың көшірмесі',
      'Тіркеу нөмірі: 01-12/2214          Тіркелген күні: 09.10.2026          Парақ: 1/2',
      'Құжат түрі: Хаттама               Жеделдігі: қалыпты                 Бақылауда: жоқ',
      '',
      'ҚЫЗЫЛОРДА ОБЛЫСЫ АРАЛ АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ',
      'Қоғамдық кеңестің көшпелі отырысының',
      'ХАТТАМАСЫ № 7',
      'Сексеуіл кенті, кент әкімі аппаратының мәжіліс залы                2026 жылғы 8 қазан',
    ));
    expect([x.date, x.number, x.body]).toEqual(['2026-10-08', '7', 'council']);
  });
  it('kk (set 191): the receiver\'s "«…» ММ · Кіріс № 3Т-1873 · 06.11.2026 16:20" over "2026 жылғы 5 қараша"', () => {
    const x = parseProtocol(page(
      'Documentolog · Электрондық құжат · Шығыс № 14-3/602 · 06.11.2026',
      '«Қарақия ауданы әкімінің аппараты» ММ · Кіріс № 3Т-1873 · 06.11.2026 16:20',
      '',
      'МАҢҒЫСТАУ ОБЛЫСЫ ҚАРАҚИЯ АУДАНЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ',
      '№ 8 ХАТТАМАСЫ',
      '2026 жылғы 5 қараша                                                   Сенек ауылы',
    ));
    expect([x.date, x.number]).toEqual(['2026-11-05', '8']);
  });
  it.each([
    'Кіріс № / Вх. № ЖР-04/1190   24.09.2026 17:52        Шығыс № / Исх. № 06-02/455   25.09.2026',
    'Вх. № 3Т-1561 от 28.12.2026 (ГУ «Аппарат акима Байтерекского района»)',
    'Стр. 2 из 2 Копия электронного документа · Вх. № 3Т-2087 от 20.11.2026',
    'Рег. № 01-09/14 от 29.01.2026 10:15 | Дата регистрации: 29.01.2026',
    'Вид документа: Протокол     Срочность: обычная     На контроле: нет',
  ])('ru / both: %s', (line) => expect(isRegistrationStamp(line)).toBe(true));
  it.each([
    // Near misses: the letter's own number typed at its top is its head; a sentence naming a letter.
    'Исх. № 47 от 03.11.2026 г.',
    'Письмо (вх. № 125 от 12.03.2026) рассмотрено на заседании, направлено 3 ответа.',
    'Протокол № 5 · 12.03.2026',
  ])('kept: %s', (line) => expect(isRegistrationStamp(line)).toBe(false));
});

describe('the e-signature\'s block, QR caption, print stamp and legal footer', () => {
  it('ru and kk lines of the block are the system\'s', () => {
    const lines = [
      'Председатель Общественного совета    М. Сагингалиев',
      'ЭЦҚ арқылы қол қойылды: Өтегенов Нұрлан Сағынбайұлы · 06.11.2026 12:08:45',
      'Сертификаттың сериялық нөмірі: 3f7a9e02c5d16b48a0e9c2d7f41b8a63e05d9c17 · ҰКО (RSA)',
      'Сертификат мерзімі: 24.01.2026 – 24.01.2027',
      'Қол қойылған уақыты / Время подписания: 25.09.2026 10:42:11',
      'Жарамды / Действителен: 05.06.2026 – 05.06.2027',
      'Удостоверяющий центр: НУЦ РК (GOST) · Сертификат действителен с 12.03.2026 по 12.03.2027',
      '[QR] Құжаттың түпнұсқалығын тексеру үшін QR-кодты сканерлеңіз · тексеру коды: 00418-5532',
      'Копия электронного документа. Дата печати: 20.11.2026 11:03. Количество подписей: 1.',
    ];
    expect(eDocumentLines(lines)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('the legal footer over the lines it wraps on, in both languages; the signature above it stays', () => {
    const kk = [
      'Кеңес хатшысы                                    Г. Әлімбетова',
      'Электрондық құжаттың көшірмесі. Осы құжат «Электрондық құжат және электрондық цифрлық қолтаңба',
      'туралы» 2003 жылғы 7 қаңтардағы № 370-II Қазақстан Республикасы Заңының 7-бабы 1-тармағына сәйкес',
      'қағаз жеткізгіштегі құжатпен бірдей.',
    ];
    expect(eDocumentLines(kk)).toEqual([1, 2, 3]);
    const ru = ['Секретарь    Н. Ковалева', 'Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года N370-II «Об электронном', 'документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.'];
    expect(eDocumentLines(ru)).toEqual([1, 2]);
  });
  it('near miss: a report\'s sentence on e-signatures is its own ("ЭЦП получили 12 членов Совета")', () => {
    expect(eDocumentLines(['ЭЦП получили 12 членов Совета, 3 – в процессе оформления.'])).toEqual([]);
  });
  it('a report\'s "Количество подписей: 1" and certificate dates give no figure and no activity', () => {
    const x = parseReport(page(
      'Информация о работе Общественного совета за 9 месяцев 2026 года',
      'Проведено 6 заседаний Совета.',
      'Подписано ЭЦП: Қасымов Бауыржан Төлеуұлы, 05.10.2026 14:20:37',
      'Серийный номер сертификата 61c3d8e0a4f29b7715de03c8a6b0f4e2d91a7c55 · действителен до 17.08.2027',
      'Копия электронного документа. Дата печати: 05.10.2026 15:03. Количество подписей: 1.',
    ));
    expect(Object.fromEntries(x.figures.map((f) => [f.metric, f.value]))).toEqual({ general_meetings: 6 });
    expect(x.activities).toEqual([]);
  });
});
