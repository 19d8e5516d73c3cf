/**
 * Session 22's activity over-reads (issue 12): events kenes read that the documents do not state. A meeting held away
 * ("выездное", "из них 4 выездных", "көшпелі отырыс") is no site visit, nor is its day or another meeting's given to one
 * (sets 2, 34, 38, 44). Each in ru and kk, with near-misses that must still be read: a visit of its own, told alone or
 * beside an away meeting, keeps its own day.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const ofType = (type: string) => (text: string) => activityList(parseReport(`${text}\n`)).filter((a) => a.startsWith(type));

describe('a meeting held away is no site visit (Akkol, Zaysan, Rudny, SKO)', () => {
  const visits = ofType('site_visit');
  it('ru: "второе – 27 марта (выездное, …)", "21 мая (выездное – в посёлке …)", "из них 4 выездных", "с выездом"', () => {
    expect(visits(`${RU}Первое заседание Совета прошло 30 января, второе – 27 марта (выездное, в с. Кенсай), третье – 19 июня.`)).toEqual([]);
    expect(visits(`${RU}Заседания Совета проходили 29 января, 26 марта, 21 мая (выездное – в посёлке Качар) и 25 июня.`)).toEqual([]);
    expect(visits(`${RU}Проведено 3 заседания Совета (30.01, 27.03, 19.06), комиссиями проведено 17 заседаний, из них 4 выездных.`)).toEqual([]);
    expect(visits(`${RU}Совет провёл 4 заседания (22.01, 23.04, 18.06, 10.09), третье из них (18 июня) прошло в выездном формате.`)).toEqual([]);
    expect(visits(`${RU}Из 4 заседаний Совета (12.02, 16.04, 11.06, 24.09) одно – 16 апреля – проведено с выездом в с. Шелек.`)).toEqual([]);
  });
  it('kk: "көшпелі отырыс", "оның екеуі көшпелі"', () => {
    expect(visits(`${KK}2025 жылғы 12 наурызда Кеңестің көшпелі отырысы Қарабау ауылында өтті.`)).toEqual([]);
    expect(visits(`${KK}Кеңестің 4 отырысы өтті (22.01, 23.04, 18.06, 10.09), оның екеуі көшпелі отырыс болды.`)).toEqual([]);
  });
  it('near-miss: a visit of its own is read, alone or beside an away meeting, on its own day', () => {
    expect(visits(`${RU}14 мая состоялся выезд членов Совета в с. Бельбулак для ознакомления с работой амбулатории.`)).toEqual(['site_visit 2025-05-14']);
    expect(visits(`${RU}20 мая проведено выездное посещение членами Совета дома престарелых в с. Бельбулак.`)).toEqual(['site_visit 2025-05-20']);
    expect(visits(`${RU}21 мая прошло выездное заседание Совета в п. Качар, а 14 июня состоялся выезд членов Совета в с. Бельбулак.`)).toEqual(['site_visit 2025-06-14']);
    expect(visits(`${RU}21 мая прошло выездное заседание Совета в п. Качар; 14 июня проведено выездное посещение школы-интерната.`)).toEqual(['site_visit 2025-06-14']);
    expect(visits(`${KK}2025 жылғы 12 наурызда Кеңестің көшпелі отырысы Қарабау ауылында өтті, 14 сәуірде сауда нүктелеріне рейд жүргізілді.`)).toEqual(['site_visit 2025-04-14']);
  });
});
