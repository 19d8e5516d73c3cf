/**
 * Documents in question-and-answer form (held-out set 144's theme). Protocols whose agenda items are questions put to
 * officials: a title wrapped before an organisation's abbreviation ("… «Аршалы су»" / "МКК директорының жауабы.") runs on
 * (protocol/readAgenda.ts carriesOn); the result told first and the counts closing the line ("Күн тәртібі бекітілді /
 * Повестка утверждена: 9 – 0 – 0.") is a vote (protocol/readVoteLegend.ts RESULT_THEN_COUNTS); "екеуі (2) ZOOM платформасы
 * арқылы байланыста" / "двое были на связи через Zoom" are online (protocol/readStatedCounts.ts). Variants of my own in both
 * languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const protocol = (body: string[]) => parseProtocol(['ПРОТОКОЛ № 4', 'заседания Общественного совета', 'Дата: 14.10.2026', '', ...body, '', 'Председатель   А. Ким'].join('\n'));
const counts = (v: { for: number | null; against: number | null; abstain: number | null; unanimous: boolean; declared: string | null }) => [v.for, v.against, v.abstain, v.unanimous, v.declared];

describe('an agenda item wrapped before an organisation\'s abbreviation runs on', () => {
  it('Kazakh: "… «Аршалы су»" / "МКК директорының жауабы." is one item, the next numbered item read', () => {
    const p = protocol(['Күн тәртібі:', '1) «Кентте ауыз судың сапасы неге төмен?» деген тұрғындар сұрағына «Су арнасы»', 'МКК директорының жауабы.',
      '2) «Қорымдар неге қоршалмаған?» – аудандық бөлімге', 'кеңес мүшелерінің сұрағы.', '3) Әртүрлі.', '', 'ТЫҢДАЛДЫ: …']);
    expect(p.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
    expect(p.agenda[0].title).toMatch(/МКК директорының жауабы/u);
  });
  it('Russian: "… ответ руководителя" / "ГКП «Жылу» на вопрос жителей" runs on', () => {
    const p = protocol(['Повестка дня:', '1. Почему в микрорайоне нет отопления? – ответ руководителя', 'ГКП «Жылу» на вопрос жителей.', '2. Разное.', '', 'СЛУШАЛИ: …']);
    expect(p.agenda.map((a) => a.no)).toEqual([1, 2]);
    expect(p.agenda[0].title).toMatch(/ГКП «Жылу» на вопрос/u);
  });
  it('near miss: a title ended with its stop, then a label of capitals with a colon, ends the agenda', () => {
    const p = protocol(['Повестка дня:', '1. О плане работы на 2027 год.', 'СЛУШАЛИ: председателя.', '2. Принять к сведению.']);
    expect(p.agenda.map((a) => a.no)).toEqual([1]);
  });
});

describe('the result first, the counts closing the line: one vote', () => {
  it('bilingual: "Күн тәртібі бекітілді / Повестка утверждена: 9 – 0 – 0." adopted, not unanimous', () => {
    const p = protocol(['Повестка дня:', '1. О плане.', '', 'Күн тәртібі бекітілді / Повестка утверждена: 9 – 0 – 0.', '', '1. СЛУШАЛИ: …', 'За – 8, Против – 1, Воздержались – 0. Принято.']);
    expect(p.votes.map(counts)).toEqual([[9, 0, 0, false, 'adopted'], [8, 1, 0, false, 'adopted']]);
  });
  it('Russian / Kazakh: "Решение не принято: 3/5/1", "Ұсыныс бірауыздан қабылданды – 11-0-0"', () => {
    const p = protocol(['Повестка дня:', '1. О плане.', '', 'СЛУШАЛИ: …', 'Решение не принято: 3/5/1.', '', 'Ұсыныс бірауыздан қабылданды – 11-0-0']);
    expect(p.votes.map(counts)).toEqual([[3, 5, 1, false, 'rejected'], [11, 0, 0, true, 'adopted']]);
  });
  it('near miss: a result with a date or a range after it is no vote', () => {
    const p = protocol(['Повестка дня:', '1. О плане.', '', 'СЛУШАЛИ: …', 'План утверждён: 12/05/2026.', 'Проект одобрен: 2026-2027.']);
    expect(p.votes).toEqual([]);
  });
});

describe('members online told as "in contact" through the means', () => {
  it('Kazakh: "Отырыста 12 мүше болды, екеуі (2) ZOOM платформасы арқылы байланыста."', () => {
    const p = protocol(['Кеңес мүшелерінің тізімдік құрамы – 15. Отырыста 12 мүше болды, екеуі (2) ZOOM', 'платформасы арқылы байланыста. Кворум жеткілікті.']);
    expect([p.present, p.online]).toEqual([12, 2]);
  });
  it('Russian: "На заседании были 11 членов Совета, двое были на связи через платформу Zoom."', () => {
    const p = protocol(['На заседании были 11 членов Совета, двое были на связи через платформу Zoom.']);
    expect([p.present, p.online]).toEqual([11, 2]);
  });
  it('near miss: in contact by telephone is not online', () => {
    const p = protocol(['Отырыста 10 мүше болды, екеуі телефон арқылы байланыста болды.']);
    expect(p.online).toBeNull();
  });
});
