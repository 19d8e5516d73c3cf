/**
 * Session 24's letters (issue 12): letters all answered with their count ("алтауының да жауабы келді", "бесеуіне де жауап
 * алынды"), the answers read when the rest's deadline falls in the next year in its own clause, and no letters from appeals
 * all answered. The drafts' clauses written with them are tested in draftClauses24.test.ts and npa25.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const npa = (text: string) =>
  Object.fromEntries(Object.entries(figureMap(parseReport(`${text}\n`))).filter(([k]) => /^npa_|letters_answered/.test(k)));

describe('letters all answered, the count said with them', () => {
  it('reads "N-нің де жауабы келді" and "бесеуіне де жауап алынды"', () => {
    expect(npa(`${KK}Мемлекеттік органдарға 6 хат жіберілді, алтауының да жауабы келді.`).letters_answered).toBe(6);
    expect(npa(`${KK}Мемлекеттік органдарға 5 хат жолданды. Бесеуіне де жауап алынды.`).letters_answered).toBe(5);
  });
  it('reads the answers when the rest\'s deadline falls in the next year, in its own clause', () => {
    expect(npa(`${KK}Жолданған 10 хаттың 9-ына жауап келді, біреуінің мерзімі 2026 жылдың қаңтарында аяқталады.`).letters_answered).toBe(9);
    expect(npa(`${RU}Направлено 12 писем, ответы получены на 10, по двум срок ответа истекает в январе 2026 года.`).letters_answered).toBe(10);
  });
  it('gives no letters from appeals all answered with their count', () => {
    expect(npa(`${KK}Кеңеске 14 өтініш түсті, он төртеуіне де жауап берілді.`).letters_answered).toBeUndefined();
  });
});
