/**
 * Classes of session 28. A near-verbatim record whose chair tells a whole vote in one paragraph, asking and answered
 * ("Голосуем. За? Одиннадцать. Против? Один – Оспанов. Воздержался? Один. Решение принимается: за – 11, против – 1,
 * воздержался – 1."), speakers with their role in brackets ("ЕРГАЛИЕВ Т.С. (отдел ЖКХ): …"), and an agenda said as "три
 * вопроса: первый – …, второй – …, третий – …. И четвёртым – разное." (set 70's Beineu: votes 5 for 11, not unanimous, an
 * agenda of 3 for 4).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readDialogueVotes } from '../../../sources/extract/protocol/readDialogueVotes.ts';
import { readCounts } from '../../../sources/extract/protocol/readVotes.ts';

const counts = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

/** A record told turn by turn, the chair's role in brackets; `said` the chair's paragraph of the vote. */
function record(said: string, chair = 'НУРЛАНОВ Б.К. (председатель)'): string {
  return [
    'ПРОТОКОЛ № 3',
    'заседания Общественного совета Каракиянского района',
    '12 марта 2026 года',
    '',
    `${chair}: Начинаем. Слово Аскару Болатовичу.`,
    'САПАРОВ А.Б. (отдел образования): В районе 14 школ, ремонт идёт в трёх.',
    'ЖУМАЕВА Г.Т. (член Совета): Когда завершат ремонт школы в селе Курык?',
    'САПАРОВ А.Б.: До 1 сентября.',
    'ЕСЕНОВА Р.М. (член Совета): Предлагаю провести мониторинг в мае.',
    `${chair}: ${said}`,
    '',
    'Председатель                    Б. Нурланов',
  ].join('\n');
}

describe('a vote asked and answered inside the chair\'s paragraph', () => {
  it('ru: "За? Одиннадцать. Против? Один – … Воздержался? Один. Решение принимается: за – 11, …" is one vote, adopted', () => {
    expect(counts(record('Голосуем. За? Одиннадцать. Против? Один – Оспанов. Воздержался? Один. Решение принимается: за – 11, против – 1, воздержался – 1.'))).toEqual([[11, 1, 1, false, 'adopted']]);
  });
  it('ru: the summary said after the answers stands over them ("Пятеро" heard, "за – 6" recorded)', () => {
    expect(counts(record('Кто за? Пятеро. Против? Шесть. Воздержались? Двое. Итак, за – 6, против – 6, воздержались – 1. Предложение не прошло.'))[0]).toEqual([6, 6, 1, false, 'rejected']);
  });
  it('ru: the chair\'s own tally before the questions ("Так... считаем... тринадцать – за. Против? Нет. Воздержался кто-нибудь? Нет.")', () => {
    expect(counts(record('Кто за, прошу голосовать. Так... считаем... тринадцать – за. Против? Нет. Воздержался кто-нибудь? Нет. Повестка утверждена.'))).toEqual([[13, 0, 0, false, 'adopted']]);
  });
  it('ru: "Кто за? Так... руки подняли все. … Единогласно, решение принято." is unanimous', () => {
    const v = parseProtocol(record('Кто за? Так... руки подняли все. Против и воздержавшихся нет. Единогласно, решение принято.')).votes;
    expect(v).toHaveLength(1);
    expect([v[0].unanimous, v[0].declared, v[0].for]).toEqual([true, 'adopted', null]);
  });
  it('kk: "Кім жақтайды? Он бір. Қарсылар бар ма? Жоқ. Қалыс қалғандар? Біреу. Шешім қабылданды."', () => {
    expect(counts(record('Дауысқа саламын. Кім жақтайды? Он бір. Қарсылар бар ма? Жоқ. Қалыс қалғандар? Біреу. Шешім қабылданды.', 'НҰРЛАНОВ Б.К. (төраға)'))).toEqual([[11, 0, 1, false, 'adopted']]);
  });
  it('near-miss: a question that is no vote ("За счёт каких средств? Сорок миллионов.") opens none', () => {
    expect(parseProtocol(record('За счёт каких средств? Сорок миллионов. Спасибо, переходим ко второму вопросу.')).votes).toEqual([]);
  });
  it('near-miss: labelled counts with no vote\'s question after them open no asked vote (the line\'s own reader judges them)', () => {
    const lines = record('Итоги прошлого заседания: за – 9, против – 2. Сегодня этот вопрос не голосуем.').split('\n');
    expect(readDialogueVotes(lines, (t) => readCounts(t))).toEqual([]);
  });
  it('near-miss: the rule "Решение принимается большинством голосов" declares no result', () => {
    expect(parseProtocol(record('Напоминаю: решение принимается большинством голосов присутствующих. Переходим к обсуждению.')).votes).toEqual([]);
  });
});

describe('an agenda said with its count and a closing miscellany the count leaves out', () => {
  const said = (tail: string) => record(`Повестка у всех на руках, три вопроса: первый – отчёт отдела образования; второй – о мониторинге школ; третий – о плане работы на 2026 год. ${tail} Есть предложения? Нет.`);
  it('ru: "И четвёртым – разное." is the fourth item', () => {
    const x = parseProtocol(said('И четвёртым – разное.'));
    expect(x.agenda.map((a) => a.title)).toEqual(['отчёт отдела образования', 'о мониторинге школ', 'о плане работы на 2026 год', 'разное']);
  });
  it('near-miss: a fourth ordinal that is no miscellany leaves the count said unmet: no spoken agenda of four', () => {
    const x = parseProtocol(said('Четвёртый – о бюджете.'));
    expect(x.agenda.length).not.toBe(4);
  });
});
