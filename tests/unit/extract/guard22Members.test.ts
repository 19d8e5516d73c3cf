// Classes of sets 46–57's membership misses (session 22, helper guard): one named member who left or joined told in any
// word order (report/singleMemberChanges), a change counted in a clause of its own month when another clause of the
// sentence tells the other change in its month (report/readFigures changeInMonth), and a membership said unchanged by a
// quarter's, a half-year's or nine months' own words, or as no one put in and no one put out (report/readStatedNone).
// Each with Russian and Kazakh variants and the near-misses that must not be read. People are invented.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const YEAR_RU = ['ОТЧЁТ', 'о работе Общественного совета района за 2025 год', ''];
const YEAR_KK = ['ЕСЕП', 'Аудандық қоғамдық кеңестің 2025 жылғы жұмысы туралы', ''];
const NINE_RU = ['ОТЧЁТ', 'о работе Общественного совета района за 9 месяцев 2025 года', ''];
const NINE_KK = ['ЕСЕП', 'Аудандық қоғамдық кеңестің 2025 жылдың 9 айындағы жұмысы туралы', ''];
const QUARTER_KK = ['АҚПАРАТ', 'Қоғамдық кеңестің 2024 жылғы II тоқсандағы (сәуір – маусым) жұмысы туралы', ''];
const HALF_KK = ['АҚПАРАТ', 'Қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы жұмысы туралы', ''];
const HALF_RU = ['ОТЧЁТ', 'о работе Общественного совета за первое полугодие 2025 года', ''];
const CHANGES = ['members_left', 'members_joined'];
const changesOf = (head: string[], lines: string[]) =>
  Object.fromEntries(parseReport([...head, ...lines].join('\n')).figures.filter((f) => CHANGES.includes(f.metric)).map((f) => [f.metric, f.value]));

describe('one named member who left or joined, told in any word order', () => {
  it('set 57 SKO: "из Совета по собственному желанию вышел Терещенко В.А.; новые члены не принимались"', () => {
    expect(changesOf(YEAR_RU, ['Совет работал в составе 11 человек. В сентябре из Совета по собственному желанию вышел Терещенко В.А.; новые члены не принимались.']))
      .toEqual({ members_left: 1, members_joined: 0 });
  });
  it('set 57 Kostanay: "из состава Совета вышел Деменко П.А. (…), в мае … в состав включена Байжанова С.Т."', () => {
    expect(changesOf(HALF_RU, ['В Совете 33 члена. В марте из состава Совета вышел Деменко П.А. (по собственному желанию), в мае решением рабочей группы в состав включена Байжанова С.Т.']))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('set 46 Mendykara: "из состава вышла Кузнецова Т.А. (…), на её место решением маслихата от 24.04.2025 г. включён Оспанов Д.Б. В Совете …"', () => {
    expect(changesOf(HALF_RU, ['Совет состоит из 9 членов. В апреле по собственному желанию из состава вышла Кузнецова Т.А. (переезд в г. Костанай), на её место решением маслихата от 24.04.2025 г. включён Оспанов Д.Б. В Совете действуют три постоянные комиссии.']))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('set 51 Zharma kk: the initials first, "кеңес мүшесі В.П. Лукин 1 тамызда … кеңес құрамынан шықты", the composition counted before the semicolon', () => {
    expect(changesOf(YEAR_KK, ['Кеңесте 13 мүше бар, олардың 10-ы азаматтық қоғам өкілдері, 3-еуі мемлекеттік органдардың өкілдері; кеңес мүшесі В.П. Лукин 1 тамызда басқа қалаға көшуіне байланысты кеңес құрамынан шықты.']))
      .toEqual({ members_left: 1 });
  });
  it('variant kk: "Кеңес құрамына мамыр айында Серікова А.Б. енгізілді"', () => {
    expect(changesOf(YEAR_KK, ['Кеңесте 13 мүше бар. Кеңес құрамына мамыр айында Серікова А.Б. енгізілді.'])).toEqual({ members_joined: 1 });
  });
  it('near-miss: a member who left a commission, or was put into a working group, is no change of the council', () => {
    expect(changesOf(YEAR_RU, ['В Совете 15 членов. В марте из состава комиссии по социальным вопросам вышел Петров А.А., в мае в состав рабочей группы включена Сидорова Б.В.'])).toEqual({});
  });
  it('near-miss: two people in the clause with a verb in the plural are not one', () => {
    expect(changesOf(YEAR_RU, ['В Совете 15 членов. Из состава Совета вышли Петров А.А. и Сидорова Б.В.'])).toEqual({});
  });
});

describe('one new member put in the place of the one who left by the body that appointed them', () => {
  it('set 58 Talgar kk: "Кеңес құрамынан 1 мүше өз еркімен шықты, оның орнына аудандық мәслихат 1 жаңа мүшені бекітті"', () => {
    expect(changesOf(NINE_KK, ['Кеңесте 15 мүше бар. Тоғыз айда Кеңес құрамынан 1 мүше өз еркімен шықты, оның орнына аудандық мәслихат', '1 жаңа мүшені бекітті.']))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('variant ru: "на его место маслихат района утвердил одного нового члена"', () => {
    expect(changesOf(NINE_RU, ['Совет насчитывает 15 членов. В мае из состава Совета выбыл 1 член, на его место маслихат района утвердил одного нового члена.']))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('near-miss: no one left, so a new member approved for a commission is no member who joined', () => {
    expect(changesOf(NINE_RU, ['Совет насчитывает 15 членов. Маслихат утвердил нового члена комиссии по бюджету.'])).toEqual({});
  });
});

describe('each change in its own clause with its own month, two changes in one sentence', () => {
  it('set 49 Pavlodar district: "В июне … из Совета вышел 1 член (…), в августе решением маслихата района введён 1 новый член"', () => {
    expect(changesOf(NINE_RU, ['В Совет входят 17 членов. В июне по собственному желанию из Совета вышел 1 член (переезд в г. Экибастуз), в августе решением маслихата района введён 1 новый член.']))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('set 50 Kazalinsk: "В апреле … из состава вышел 1 член совета, на его место в июне избран 1 новый член"', () => {
    expect(changesOf(NINE_RU, ['Совет насчитывает 9 членов. В апреле по личному заявлению из состава вышел 1 член совета, на его место в июне избран 1 новый член.']))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('variant kk: "Маусымда кеңес құрамынан 1 мүше шықты, тамызда 1 жаңа мүше енгізілді"', () => {
    expect(changesOf(NINE_KK, ['Кеңесте 17 мүше бар. Маусымда кеңес құрамынан 1 мүше шықты, тамызда кеңес құрамына 1 жаңа мүше енгізілді.']))
      .toEqual({ members_left: 1, members_joined: 1 });
  });
  it('near-miss: months that part one count ("выбыло: в марте – 1, в мае – 2") give no count of 1', () => {
    expect(changesOf(NINE_RU, ['Совет насчитывает 9 членов. Из Совета выбыло: в марте – 1, в мае – 2.'])).toEqual({});
  });
  it('near-miss: the changes of another year\'s months are not the period\'s', () => {
    expect(changesOf(NINE_RU, ['Совет насчитывает 9 членов. В июне 2024 года из Совета вышел 1 член, в августе 2024 года введён 1 новый член.'])).toEqual({});
  });
});

describe('a membership said unchanged in the period\'s own words is 0 joined and 0 left', () => {
  it('set 57 Pavlodar kk: "Тоқсан ішінде құрамда ешқандай өзгеріс болған жоқ" in a quarter\'s report', () => {
    expect(changesOf(QUARTER_KK, ['Кеңесте 12 мүше бар. Тоқсан ішінде құрамда ешқандай өзгеріс болған жоқ.'])).toEqual({ members_joined: 0, members_left: 0 });
  });
  it('set 57 ZKO kk: "Тоғыз ай ішінде кеңес құрамына өзгерістер енгізілген жоқ" in a report of nine months', () => {
    expect(changesOf(NINE_KK, ['Кеңес 15 мүшеден тұрады. Тоғыз ай ішінде кеңес құрамына өзгерістер енгізілген жоқ.'])).toEqual({ members_joined: 0, members_left: 0 });
  });
  it('variant ru: "За девять месяцев никаких изменений в составе Совета не было"', () => {
    expect(changesOf(NINE_RU, ['Совет состоит из 15 членов. За девять месяцев никаких изменений в составе Совета не было.'])).toEqual({ members_joined: 0, members_left: 0 });
  });
  it('set 56 minzdrav kk: "І жартыжылдықта Кеңес құрамына ешкім енгізілмеді және ешкім шығарылмады"', () => {
    expect(changesOf(HALF_KK, ['Кеңес 25 мүшеден тұрады. І жартыжылдықта Кеңес құрамына ешкім енгізілмеді және ешкім шығарылмады.'])).toEqual({ members_joined: 0, members_left: 0 });
  });
  it('set 48 Terekti: "никто из членов Совета не выбывал и в состав не вводился"', () => {
    expect(changesOf(HALF_RU, ['Состав Совета – 13 человек. В отчётном периоде никто из членов Совета не выбывал и в состав не вводился.'])).toEqual({ members_left: 0, members_joined: 0 });
  });
  it('near-miss: nine months of a year\'s report are a part of it', () => {
    expect(changesOf(YEAR_KK, ['Кеңес 15 мүшеден тұрады. Тоғыз ай ішінде кеңес құрамына өзгерістер енгізілген жоқ.'])).toEqual({});
  });
  it('near-miss: no one put into a commission is no none of the council', () => {
    expect(changesOf(HALF_RU, ['Состав Совета – 13 человек. В отчётном периоде в состав комиссии никто не вводился.'])).toEqual({});
  });
  it('near-miss kk: the fourth quarter of a year\'s report is a part of it', () => {
    expect(changesOf(YEAR_KK, ['Кеңес 15 мүшеден тұрады. IV тоқсанда кеңес құрамына ешкім енгізілмеді және ешкім шығарылмады.'])).toEqual({});
  });
});
