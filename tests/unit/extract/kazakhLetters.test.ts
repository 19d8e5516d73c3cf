/**
 * Kazakh typed without its own letters, as on a Russian keyboard (ә → а, ө → о, ү/ұ → у, қ → к, ғ → г, ң → н, і → i or и):
 * held-out 71 (North Kazakhstan and Pavlodar districts) typed three documents so, and kenes read 11 of 39 fields of one.
 * Read with the letters the Kazakh spelling dictionary (Debian's hunspell-kk, installed by .ci/run) gives each word;
 * names, Russian lines and proper Kazakh left as typed. And a typist who leaves no space after a mark (spacedPunctuation).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { KAZAKH_UNREAD, withKazakhLetters } from '../../../sources/extract/kazakhLetters.ts';
import { spacedPunctuation } from '../../../sources/extract/repairCopy.ts';

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));

describe('a report typed without Kazakh letters', () => {
  const report = (i: string) => [
    'Тайынша ауданы акимдиги жанындагы Когамдык кенестин 2025 жылгы жумысы туралы есеп',
    '',
    `2025 жылы Кенестин 4 отырысы оттi, комиссиялардын 9 отырысы откiзiлдi.`,
    `Кенеске 12 отiнiш келiп тустi, оларга жауап берiлдi.`,
    `Жыл iшiнде 3 мониторинг жургiзiлдi.`,
  ].join('\n').replace(/i/gu, i);
  it('with a Latin i for і: the council\'s and the commissions\' sittings, appeals, monitorings', () => {
    expect(figures(report('i'))).toMatchObject({ general_meetings: 4, commission_meetings: 9, appeals_received: 12, monitorings: 3 });
  });
  it('with a Cyrillic и for і, the same', () => {
    expect(figures(report('и'))).toMatchObject({ general_meetings: 4, commission_meetings: 9, appeals_received: 12, monitorings: 3 });
  });
  it('the quote is the typist\'s, as typed', () => {
    const x = parseReport(report('i'));
    expect(x.figures.find((f) => f.metric === 'general_meetings')?.text).toContain('Кенестин 4 отырысы оттi');
  });
});

describe('a protocol typed without Kazakh letters', () => {
  it('its counts and votes ("Кенестин 13 мушесинен 10-ы катысты", "Жактап – 8, карсы – 1, калыс – 1")', () => {
    const x = parseProtocol([
      'Аккайын ауданы акимдиги жанындагы Когамдык кенес', 'ХАТТАМА № 4', '2025 жылгы 11 маусым', '',
      'Кенестин 13 мушесинен 10-ы катысты. Кворум бар.', '',
      'КУН ТАРТИБИ:', '1) Мектептерди дайындау туралы.', '2) Артурли.', '',
      '1. ТЫНДАЛДЫ: Жунисов Т.К. – мониторинг натижеси туралы.', 'Дауыс беру: жактап – 8, карсы – 1, калыс – 1. Шешим кабылданды.',
    ].join('\n'));
    expect([x.members_total, x.present]).toEqual([13, 10]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toContainEqual([8, 1, 1, 'adopted']);
  });
});

describe('what is given letters and what is not', () => {
  const filler = 'Кенестин отырысы туралы жане мушелер бойынша жумыс жоспары.';
  const read = (line: string) => withKazakhLetters([filler, line]).lines[1];
  it('words take their letters: "Когамдык кенестин жылгы", genitive and dative endings by harmony', () => {
    expect(read('Когамдык кенестин 2025 жылгы отырысына комиссиялардын мушелери катысты.')).toBe('Қоғамдық кеңестің 2025 жылғы отырысына комиссиялардың мүшелері қатысты.');
  });
  it('names keep the typist\'s letters: a name before a name, a surname\'s ending, a capital inside a sentence', () => {
    expect(read('2.Конырбаева Асел Мараткызы-торага орынбасары')).toBe('2.Конырбаева Асел Мараткызы-төраға орынбасары');
    expect(read('4.Ткаченко Ирина Викторовна, Смирново ауылы')).toBe('4.Ткаченко Ирина Викторовна, Смирново ауылы');
  });
  it('a compound written as one word takes its letters part by part ("жартыжылдыкта", "бейнеконырауы")', () => {
    expect(read('Жартыжылдыкта курамда озгерiс болган жок, мушелер бейнеконырауы аркылы катысты.')).toBe('Жартыжылдықта құрамда өзгерiс болған жоқ, мүшелер бейнеқоңырауы арқылы қатысты.');
  });
  it('near-miss: a word no part of which the dictionary knows stays as typed ("Zoom-конференция" aside, "Явленка")', () => {
    expect(read('Явленка ауылында отырыс откiзiлдi.')).toBe('Явленка ауылында отырыс өткiзiлдi.');
  });
  it('a participle is no genitive ("болатын"), an abbreviation keeps its letters ("СКО", "НКА")', () => {
    expect(read('СКО аудан акимдигинин 3 НКА жобасы болатын')).toBe('СКО аудан әкімдігінің 3 НКА жобасы болатын');
  });
  it('near-misses: a Russian line of the same document, a proper Kazakh text, a Russian text are left as they are', () => {
    expect(read('Присутствовали на заседании 10 членов из 13 и 2 приглашенных.')).toBe('Присутствовали на заседании 10 членов из 13 и 2 приглашенных.');
    const kazakh = ['Кеңестің 3 отырысы өтті, комиссиялардың 7 отырысы өткізілді және мүшелер қатысты.', 'Жоспар бойынша туралы кенес'];
    expect(withKazakhLetters(kazakh).lines).toEqual(kazakh);
    const russian = ['Проведено 4 заседания Совета и 9 заседаний комиссий.', 'Поступило 12 обращений.'];
    expect(withKazakhLetters(russian).lines).toEqual(russian);
  });
  it('without the dictionary nothing is changed, and the extract says why', () => {
    const lines = [filler, 'Когамдык кенестин 3 отырысы'];
    expect(withKazakhLetters(lines, ['/nonexistent/kk_KZ.dic'])).toEqual({ lines, noDictionary: true });
    expect(KAZAKH_UNREAD).toMatch(/hunspell-kk/u);
  });
});

describe('a typist who leaves no space after a mark', () => {
  const glued = ['кенесте 13 муше бар,оның 10-ы азаматтык,3-еуі органдардан.Кенесте 3 комиссия бар.', 'ТЫҢДАЛДЫ:Сагындыков Р.А.,Смирново ауылы', 'отырыс оттi(22.01,16.04,25.06),комиссиялар;саны-27:Instagram-15,Facebook-8'];
  it('gets the space read in, the numbers, initials and times kept as typed', () => {
    expect(spacedPunctuation(glued)).toEqual([
      'кенесте 13 муше бар, оның 10-ы азаматтык, 3-еуі органдардан. Кенесте 3 комиссия бар.',
      'ТЫҢДАЛДЫ: Сагындыков Р.А.,Смирново ауылы',
      'отырыс оттi (22.01,16.04,25.06), комиссиялар; саны-27: Instagram-15, Facebook-8',
    ]);
  });
  it('near-miss: a text with a glued mark or two is left alone; "12,5 тыс.", "15:00", "т.б." never change', () => {
    const few = ['Поступило 12,5 тыс. просмотров в 15:00,см. т.б.', 'Проведено 4 заседания,2 мониторинга.'];
    expect(spacedPunctuation(few)).toEqual(few);
  });
  it('a report so typed reads its figures ("Кенеске 8 отiнiш келiп тустi,барлыгы жеке тулгалардан")', () => {
    expect(figures('Есiл ауданынын Когамдык кенесi\n2025 жылгы жумыс туралы\n\nКенестин 3 отырысы оттi(22.01,16.04,25.06),комиссиялардын 7 отырысы откiзiлдi.Кенеске 8 отiнiш келiп тустi,барлыгы жеке тулгалардан,занды тулгалардан отiнiш тускен жок.')).toMatchObject({ general_meetings: 3, commission_meetings: 7, appeals_received: 8 });
  });
});
