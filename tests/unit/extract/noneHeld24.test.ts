/**
 * Session 24 (set 62 Aksu): a sentence that says a kind was not held names no event of that kind, nor types the sentence
 * beside it — "Круглый стол «…» состоялся 14.11.2024 г. Публичные слушания … не проводились." had given a public hearing
 * on the round table's day, titled by the round table.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { withoutNoneHeld } from '../../../sources/extract/report/noneHeldVerbs.ts';

const events = (text: string) => parseReport(`${text}\n`).activities.map((a) => [a.type, a.date_start]);

describe('a sentence of none held beside an event\'s', () => {
  it('set 62 Aksu: the round table on its day, no public hearing', () => {
    expect(events('Информация о работе Общественного совета за второе полугодие 2024 года\n\nКруглый стол «Город без барьеров» состоялся 14.11.2024 г. Публичные слушания во втором полугодии Советом не проводились.'))
      .toEqual([['round_table', '2024-11-14']]);
  });
  it('variant kk: "… дөңгелек үстелі өтті. Жария тыңдаулар жартыжылдықта өткізілген жоқ."', () => {
    expect(events('Қоғамдық кеңестің 2024 жылғы ІІ жартыжылдықтағы жұмысы туралы ақпарат\n\n2024 жылғы 14 қарашада «Кедергісіз қала» дөңгелек үстелі өтті. Жария тыңдаулар жартыжылдықта өткізілген жоқ.'))
      .toEqual([['round_table', '2024-11-14']]);
  });
  it('near-miss: a hearing not held on the day it was set for is no event on that day', () => {
    expect(events('Отчет о работе Общественного совета за 2024 год\n\nПубличные слушания, назначенные на 12.12.2024, не проводились.')).toEqual([]);
  });
  it('near-miss (set 52 Atyrau): "не было" of something else, in a bracket or not, keeps the monitoring held', () => {
    expect(events('Отчет о работе Общественного совета за второе полугодие 2025 года\n\n9 июля члены комиссии провели мониторинг безопасности пляжей (проверено 5 пляжей, на 2 не было спасательных постов).'))
      .toEqual([['monitoring', '2025-07-09']]);
    expect(withoutNoneHeld('Провели мониторинг пляжей, на 2 не было спасательных постов.')).toBe('Провели мониторинг пляжей, на 2 не было спасательных постов.');
  });
  it('the sentences blanked keep the text\'s length (the offsets of the rest stand)', () => {
    const text = 'Семинар прошёл 3 мая. Слушания не проводились; мониторинг – 5 мая.';
    const out = withoutNoneHeld(text);
    expect(out.length).toBe(text.length);
    expect(out.trim().split(/\s{2,}/u)).toEqual(['Семинар прошёл 3 мая.', 'мониторинг – 5 мая.']);
  });
});
