/**
 * Text pasted from social media and messengers (held-out set 145's theme): a channel's monthly digest titled by its month
 * ("🗓 ДАЙДЖЕСТ: ОКТЯБРЬ 2026") is the month's report, so its table's month column is read, not the year-to-date one
 * (readPeriod); a vote's counts stacked right under its word for all ("По 1) ✅ ЕДИНОГЛАСНО" / "За — 11 👍" / …) are that
 * vote's (readVotes); emoji beside a vote table's labels ("Жақтап 👍") are no words (withoutPictographs); keycap digits
 * ("1️⃣") number a list (plainCharacters); a post forwarded from another body is blanked in a protocol too (forwardedPosts);
 * a member named by his @handle in the list of those present is a member (splitPerson); "Нет на заседании:" heads the
 * absent (lexicon); "из них онлайн 2" is the part online (readStatedCounts); an account's line of followers and all-time
 * posts is no figure (accountLines). Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { plainCharacters } from '../../../sources/extract/plainCharacters.ts';
import { withoutPictographs } from '../../../sources/extract/grammar/withoutPictographs.ts';
import { labelOf } from '../../../sources/extract/protocol/readVoteTable.ts';

const protocol = (lines: string[]) => parseProtocol(lines.join('\n'));
const report = (lines: string[]) => parseReport(lines.join('\n'));
const figuresOf = (lines: string[]) => Object.fromEntries(report(lines).figures.map((f) => [f.metric, f.value]));
const HEAD_RU = ['ПРОТОКОЛ № 11', 'заседания Общественного совета', 'г. Туркестан, 2 декабря 2026 года', '', 'Присутствуют — 11.', ''];
const HEAD_KK = ['ХАТТАМА № 8', 'Қоғамдық кеңес отырысы', '2026 жылғы 25 қараша', '', 'Отырысқа 10 мүше қатысты.', ''];

describe('a digest titled by its month is the month\'s report', () => {
  it('Russian: "🗓 ДАЙДЖЕСТ: ОКТЯБРЬ 2026", "Итоги октября 2026 года"', () => {
    expect(report(['🗓 ДАЙДЖЕСТ: ОКТЯБРЬ 2026', 'Проведено 2 мониторинга.']).period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(report(['Итоги октября 2026 года', 'Проведено 2 мониторинга.']).period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('Kazakh: "Қазан 2026: дайджест", "ҚАРАША 2026 | ҚОРЫТЫНДЫ"', () => {
    expect(report(['Қазан 2026: дайджест', '2 мониторинг өткізілді.']).period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(report(['ҚАРАША 2026 | ҚОРЫТЫНДЫ', '2 мониторинг өткізілді.']).period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('the month\'s column of its table, not the running total from January', () => {
    const figures = figuresOf(['🗓 ДАЙДЖЕСТ: ОКТЯБРЬ 2026', '| Показатель | Октябрь | С начала года (янв.–окт.) |', '| 🔍 Мониторинги | 2 | 11 |', '| 🤝 Круглые столы | 1 | 4 |']);
    expect(figures.monitorings).not.toBe(11);
    expect(figures.round_tables).not.toBe(4);
  });

  it('near misses: a day\'s results, a month and year alone', () => {
    expect(report(['Итоги 14 октября 2026', 'Проведено 2 мониторинга.']).period?.to).not.toBe('2026-10-31');
    expect(report(['ноябрь 2026', 'Проведено 2 мониторинга.']).period).toBeNull();
  });
});

describe('counts stacked under the word for all are that vote\'s', () => {
  it('Russian: "По 1) ✅ ЕДИНОГЛАСНО" / "За — 11 👍" / "Против — 0" / "Воздержались — 0"', () => {
    const votes = protocol([...HEAD_RU, 'По 1) ✅ ЕДИНОГЛАСНО', 'За — 11 👍', 'Против — 0', 'Воздержались — 0', 'Решение принято.', '', 'По 2) за — 9, против — 1, возд. — 1. Принято.']).votes;
    expect(votes).toHaveLength(2);
    expect(votes[0]).toMatchObject({ for: 11, against: 0, abstain: 0, unanimous: true, declared: 'adopted' });
    expect(votes[1]).toMatchObject({ for: 9, against: 1, abstain: 1 });
  });

  it('Kazakh: "Бірауыздан:" / "Жақтап — 10, қарсы — 0, қалыс — 0"', () => {
    const votes = protocol([...HEAD_KK, '1-мәселе бойынша дауыс беру бірауыздан:', 'Жақтап — 10, қарсы — 0, қалыс — 0.', 'Шешім қабылданды.']).votes;
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ for: 10, against: 0, abstain: 0, unanimous: true });
  });

  it('near miss: a bare "Проголосовали единогласно." with a line between it and the next question\'s counts stays apart', () => {
    const votes = protocol([...HEAD_RU, 'Проголосовали единогласно.', '', 'По второму вопросу:', 'За — 9', 'Против — 2', 'Воздержались — 0']).votes;
    expect(votes).toHaveLength(2);
    expect(votes[0]).toMatchObject({ unanimous: true, declared: null, for: null });
    expect(votes[1]).toMatchObject({ for: 9, against: 2, unanimous: false });
  });

  it('near miss: counts with a vote against under the word for all are no unanimous vote\'s', () => {
    const votes = protocol([...HEAD_RU, 'Единогласно', 'За — 8', 'Против — 2']).votes;
    expect(votes.some((v) => v.unanimous === true && v.against === 2)).toBe(false);
  });
});

describe('emoji and keycaps of a post', () => {
  it('emoji beside a vote table\'s labels are no words', () => {
    expect(labelOf('Жақтап 👍')).toBe('for');
    expect(labelOf('Қалыс 🤷‍♂️')).toBe('abstain');
    expect(labelOf('👎 Против')).toBe('against');
    expect(withoutPictographs('бірауыздан қабылданды ✅')).toBe('бірауыздан қабылданды');
    expect(withoutPictographs('За — 11')).toBe('За — 11');
  });

  it('a vote table with emoji in its header is read', () => {
    const votes = protocol([...HEAD_KK, '| Мәселе | Жақтап 👍 | Қарсы 👎 | Қалыс 🤷 | Шешім |', '| 1-мәселе | 10 | 0 | 0 | қабылданды ✅ |', '| 2-мәселе | 4 | 5 | 1 | қабылданбады ❌ |']).votes;
    expect(votes).toHaveLength(2);
    expect(votes[1]).toMatchObject({ for: 4, against: 5, abstain: 1, declared: 'rejected' });
  });

  it('keycap digits number a list: "1️⃣", "1️⃣2️⃣", "🔟"', () => {
    expect(plainCharacters('1️⃣ О подготовке')).toBe('1) О подготовке');
    expect(plainCharacters('1️⃣2️⃣ x')).toBe('12) x');
    expect(plainCharacters('🔟 Кеңес жоспары')).toBe('10) Кеңес жоспары');
    const ru = protocol([...HEAD_RU, 'ПОВЕСТКА ДНЯ:', '1️⃣ О подготовке к зиме', '2️⃣ О вывозе ТБО', '3️⃣ О плане работы на 2027 год']);
    expect(ru.agenda).toHaveLength(3);
    const kk = protocol([...HEAD_KK, 'Күн тәртібі:', '1️⃣ Жылу беру маусымы туралы', '2️⃣ Балалар алаңдары туралы']);
    expect(kk.agenda).toHaveLength(2);
  });
});

describe('a post forwarded from another body is none of the protocol', () => {
  it('Kazakh: "↪️ Forwarded from … мәслихаты" gives no vote', () => {
    const votes = protocol([...HEAD_KK, '1) бойынша: Жақтап — 10, Қарсы — 0, Қалыс — 0. Қабылданды.', '', '↪️ Forwarded from Атырау облыстық мәслихаты', 'Сессия: 27 депутаттың 24-і қатысты, барлығы бірауыздан қабылданды.', '👁 640']).votes;
    expect(votes).toHaveLength(1);
  });

  it('Russian: "Пересланное сообщение от «Маслихат»" gives no vote', () => {
    const votes = protocol([...HEAD_RU, 'За — 11, против — 0, воздержались — 0. Принято.', '', 'Пересланное сообщение от «Маслихат г. Астаны»: решение принято единогласно.']).votes;
    expect(votes).toHaveLength(1);
  });

  it('near miss: the protocol itself forwarded into the chat is read', () => {
    const x = protocol(['↪️ Forwarded from ОС Сарайшык', 'ПРОТОКОЛ № 5', '14 октября 2026 года', 'Присутствуют 12.', 'За — 12, против — 0, воздержались — 0. Принято.']);
    expect(x.number).toBe('5');
    expect(x.votes).toHaveLength(1);
  });
});

describe('attendance in a post', () => {
  it('@handles in the list of those present are members', () => {
    const x = protocol([...HEAD_KK, 'Қатысқандар: @serik.amanov (төраға), Жолдыбаева Р.Қ., @aliya_kenzhebek, Сапаров Е.Б.']);
    expect(x.attendees.map((a) => a.name)).toEqual(['@serik.amanov', 'Жолдыбаева Р.Қ.', '@aliya_kenzhebek', 'Сапаров Е.Б.']);
    const ru = protocol([...HEAD_RU, 'Присутствовали: @marat_k — председатель, Иванова А.А., @olga.p']);
    expect(ru.attendees).toHaveLength(3);
  });

  it('near miss: a handle among the invited is no member present', () => {
    const x = protocol([...HEAD_KK, 'Қатысқандар: Жолдыбаева Р.Қ., Сапаров Е.Б.', 'Шақырылды: @aktobe_police_astana']);
    expect(x.attendees.map((a) => a.name)).not.toContain('@aktobe_police_astana');
  });

  it('"Нет на заседании:" heads the absent (and "Отырыста болмағандар:")', () => {
    const ru = protocol([...HEAD_RU, 'Нет на заседании:', '— Ибраев С.К. — болеет', '— Мусин Н.А. — без уважительной причины']);
    expect(ru.absentees.map((a) => a.excused)).toEqual([true, false]);
    const kk = protocol([...HEAD_KK, 'Отырыста болмағандар:', 'Серікбаев Д.Ж. – науқас', 'Жұмабаева А.Қ. – іссапарда']);
    expect(kk.absentees).toHaveLength(2);
  });

  it('"из них онлайн 2", "оның ішінде онлайн 3": the part online', () => {
    expect(protocol(['ПРОТОКОЛ № 5', '14 октября 2026 года', 'Присутствуют 12, из них онлайн 2 (Тлеген А., Оспанов Р.)']).online).toBe(2);
    expect(protocol(['ХАТТАМА № 5', '2026 жылғы 14 қазан', 'Қатысқаны 10, оның ішінде онлайн 3.']).online).toBe(3);
    expect(protocol(['ПРОТОКОЛ № 5', '14 октября 2026 года', 'Присутствуют 12, из них онлайн 2 часа шла трансляция']).online).toBeNull();
  });
});

describe('an account\'s line is no figure', () => {
  it('Kazakh: "Instagram · handle · 2 480 жазылушы · 318 жарияланым" gives no publications', () => {
    const x = report(['Instagram · qogamdyq_kenes · 2 480 жазылушы · 318 жарияланым', '2026 жылғы 9 айдың қорытындысы', '📱 64 жарияланым: Instagram – 40, Telegram – 24.']);
    expect(x.media.find((m) => m.platform === 'instagram')?.publications).not.toBe(318);
  });

  it('Russian: "Telegram-канал «ОС» | 1 540 подписчиков | 412 публикаций" gives no publications', () => {
    const x = report(['Telegram-канал «ОС района» | 1 540 подписчиков | 412 публикаций', 'Отчёт за 2026 год', 'Проведено 3 мониторинга.']);
    expect(x.media.find((m) => m.platform === 'telegram')?.publications).not.toBe(412);
    expect(x.figures.find((f) => f.metric === 'publications')?.value).not.toBe(412);
  });

  it('near miss: the report\'s own sentence of publications by platform is read', () => {
    const x = report(['Отчёт за 2026 год', 'В Telegram размещено 21 публикация, у канала 1 540 подписчиков.']);
    expect(x.media.find((m) => m.platform === 'telegram')?.publications).toBe(21);
  });
});
