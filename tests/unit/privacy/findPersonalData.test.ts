import { describe, expect, it } from 'vitest';
import { applicantNames } from '../../../sources/privacy/ApplicantNames.ts';
import { findPersonalData } from '../../../sources/privacy/findPersonalData.ts';
import { checkDigit, isValidIin } from '../../../sources/privacy/isValidIin.ts';
import { maskPersonalData } from '../../../sources/privacy/maskPersonalData.ts';
import { maskRow } from '../../../sources/privacy/maskRow.ts';

/** A valid IIN for a date and serial: the check digit computed by the documented algorithm. */
function iin(first11: string): string {
  const d = checkDigit([...first11].map(Number));
  if (d === null) throw new Error('no IIN ends this way');
  return first11 + d;
}

const names = applicantNames(['Садыков Ерлан Маратович', 'Пак Дмитрий Александрович', 'Ғазиз Қайсар Айдосұлы']);

describe('isValidIin', () => {
  it('accepts a 12-digit IIN with its birth date and check digit, refuses the rest', () => {
    const valid = iin('90010130001');
    expect(isValidIin(valid)).toBe(true);
    expect(isValidIin(valid.slice(0, 11) + ((Number(valid[11]) + 1) % 10))).toBe(false); // wrong check digit
    expect(isValidIin(iin('90130130001'))).toBe(false); // month 13
    expect(isValidIin(iin('90010190001'))).toBe(false); // century digit 9
    expect(isValidIin('12345678901')).toBe(false);
  });

  it('uses the second weights when the first sum gives 10', () => {
    // 1·0+2·0+…: find 11 digits whose first-weight sum mod 11 is 10, then the check digit comes from 3,4,…,11,1,2.
    const first11 = '00010100002';
    const s1 = [...first11].reduce((n, d, i) => n + Number(d) * (i + 1), 0) % 11;
    const s2 = [...first11].reduce((n, d, i) => n + Number(d) * (((i + 2) % 11) + 1), 0) % 11;
    expect(s1).toBe(10);
    expect(checkDigit([...first11].map(Number))).toBe(s2);
  });
});

describe('findPersonalData / maskPersonalData', () => {
  it.each([
    ['+7 707 395 45 99, erlan.sadykov66@example.kz', '[телефон], [email]'],
    ['звоните 8 (727) 261-45-67 или 87012345678', 'звоните [телефон] или [телефон]'],
    ['тел. 261-45-67', 'тел. [телефон]'],
    ['WhatsApp: +996 555 123 456', 'WhatsApp: [телефон]'],
    ['Переполненные автобусы, ИИН 630901398450', 'Переполненные автобусы, ИИН [ИИН]'],
    ['ЖСН: 630901 398450', 'ЖСН: [ИИН]'],
    ['Дольщики (ул. Утепова, д. 58, кв. 113)', 'Дольщики ([адрес])'],
    ['пр. Сейфуллина, д. 24, кв. 183; мкр. Самал-2, д. 5', '[адрес]; [адрес]'],
    ['Абай даңғылы, 10 және Төле би көшесі 45 үй, пәтер 7', '[адрес] және [адрес]'],
    ['Звонил Садыков Е.М., потом Е. М. Садыков и Ерлан Садыков', 'Звонил [ФИО], потом [ФИО] и [ФИО]'],
    ['САДЫКОВ ЕРЛАН МАРАТОВИЧ и Пак Дмитрий', '[ФИО] и [ФИО]'],
  ])('%s', (text, masked) => {
    expect(maskPersonalData(text, { names })).toBe(masked);
  });

  it('a bare 12-digit number is an IIN only with a valid check digit', () => {
    const valid = iin('85050540012');
    expect(maskPersonalData(`номер ${valid}`)).toBe('номер [ИИН]');
    const invalid = valid.slice(0, 11) + ((Number(valid[11]) + 1) % 10);
    expect(maskPersonalData(`номер ${invalid}`)).toBe(`номер ${invalid}`);
  });

  it('leaves ordinary council text alone: figures, dates, a street without a number, a surname alone', () => {
    for (const text of [
      'Проведено 27 мониторингов, 12 500 просмотров, 2023 год',
      'Заседание 28.12.2022, протокол № 8, за – 16, против – 0',
      'Благоустройство ул. Абая',
      'Садыков выступил с докладом',
      'Комиссия № 3, 15 рабочих дней',
    ]) {
      expect(findPersonalData(text, { names })).toEqual([]);
    }
  });

  it('reports kind and position', () => {
    expect(findPersonalData('e-mail: a@b.kz', {})).toEqual([{ kind: 'email', start: 8, end: 14, text: 'a@b.kz' }]);
  });

  it('finds an address after, inside or in place of a long run of letters, whole', () => {
    const run = 'Д'.repeat(40_000);
    expect(findPersonalData(`${run} a.b@c.kz`, {})).toEqual([{ kind: 'email', start: 40_001, end: 40_009, text: 'a.b@c.kz' }]);
    expect(findPersonalData(`x ${run}@mail.kz`, {})).toEqual([{ kind: 'email', start: 2, end: 40_010, text: `${run}@mail.kz` }]);
    expect(findPersonalData(`${run}@`, {})).toEqual([]);
    expect(findPersonalData(`писать: ivan.petrov+1@mail.kz, копия -x_y@gov.kz`, {}).map((m) => m.text)).toEqual(['ivan.petrov+1@mail.kz', '-x_y@gov.kz']);
  });
});

describe('maskRow', () => {
  const row = { appeal_id: 'ОС-1', applicant: 'Садыков Ерлан Маратович', contact: '+7 707 395 45 99', topic: 'ЖКХ, звонить 8 701 234 56 78', n: 3, extra: '{"Телефон":"+7 701 000 00 00"}' };

  it('masks personal columns whole and personal data inside other text; numbers pass', () => {
    expect(maskRow(row, { names })).toEqual({
      appeal_id: 'ОС-1', applicant: '[скрыто]', contact: '[скрыто]', topic: 'ЖКХ, звонить [телефон]', n: 3, extra: '{"Телефон":"[телефон]"}',
    });
  });

  it('includePersonalData returns the row as it is, except in public mode', () => {
    expect(maskRow(row, { includePersonalData: true })).toBe(row);
    expect(maskRow(row, { includePersonalData: true, public: true }).applicant).toBe('[скрыто]');
  });
});
