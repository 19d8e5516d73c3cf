/**
 * A Kazakh report typed on a Russian keyboard (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, і as a Latin i): the figure lexicon's
 * Kazakh words match the keyboard's spellings too (lowerPattern → typedOnRussianKeyboard, as the protocol patterns do),
 * and the quote keeps the text as typed. Held-out set 36 (Moiynkum) was written so from its first line to its last.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const TITLE = 'Мойынкум аудандык когамдык кенесінін 2025 жылгы бірінші жартыжылдыктагы кызметі туралы есеп\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(TITLE + text).figures.map((f) => [f.metric, f.value]));

describe('Kazakh typed on a Russian keyboard', () => {
  it('kk: meetings, appeals and their parts, as typed', () => {
    const got = figures('Есепті кезенде кенестін 3 отырысы жане комиссиялардын 8 отырысы откізілді.\n\nЖарты жылда кенеске 12 отініш тусті: жеке тулгалардан – 11, занды тулгалардан – 1.\n');
    expect(got).toMatchObject({ general_meetings: 3, commission_meetings: 8, appeals_received: 12, appeals_individuals: 11, appeals_legal_entities: 1 });
  });

  it('kk variant: round tables and the drafts, with a Latin "i" (read as і)', () => {
    const got = figures('2 донгелек устел уйымдастырылды.\n\nКенеске 6 нормативтiк кукыктык акт жобасы келiп тустi, 5 жоба ескертусiз колдау тапты.\n');
    expect(got).toMatchObject({ round_tables: 2, npa_approved: 5 });
  });

  it('kk: dated round tables typed so are activities', () => {
    const got = parseReport(`${TITLE}2 донгелек устел уйымдастырылды : 06.03.2025 – «Айел касiпкерлiгi» , 29.05.2025 – «Жастарды жумыспен камту» .\n`);
    expect(got.activities.filter((a) => a.type === 'round_table').map((a) => a.date_start)).toEqual(['2025-03-06', '2025-05-29']);
  });

  it('kk: a none typed so is a 0 (its verbs, its subject and the words around them)', () => {
    expect(figures('Есепті кезенде семинарлар откізілген жок.\n')).toMatchObject({ seminars: 0 });
    expect(figures('Донгелек устелдер откізілмеді.\n')).toMatchObject({ round_tables: 0 });
  });

  it('the quote is the line as typed', () => {
    const figure = parseReport(`${TITLE}Кенесте 3 туракты комиссия жумыс істейді.\n`).figures.find((f) => f.metric === 'commissions');
    expect(figure).toMatchObject({ value: 3, text: 'Кенесте 3 туракты комиссия жумыс істейді.' });
  });

  it('near-miss: a Russian sentence reads as before, and another year in the brackets stays no figure', () => {
    expect(figures('Проведено 3 заседания Совета.\n')).toMatchObject({ general_meetings: 3 });
    const got = parseReport(`${TITLE}Отініштер саны: 2024 жылдын бірінші жартыжылдыгында – 9.\n`).figures;
    expect(got.find((f) => f.metric === 'appeals_received')).toBeUndefined();
  });
});
