/**
 * Classes of set 189 (messenger chat exports), each with a variant and near misses: a Telegram export printed from its HTML,
 * the sender's name and the time on a line of their own over each message ("Салтанат Әбілқасымова 13:51") — a stamp, so the
 * members' replies and another sender's forward (a maslikhat's vote, "Жақтап – 19 депутат, қарсы – 1") are no part of the
 * protocol, and the head is the protocol message's (withoutChatStamps, protocolHead); the title with its number before the
 * word, "… ОТЫРЫСЫНЫҢ № 10 ХАТТАМАСЫ", tells the protocol's author in the chat (PROTOCOL_TITLE).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const chat = (title: string, secretary: string, member: string, forward: string[]) =>
  [
    'ҚК Ұлытау АШБ 🌾',
    '14 қатысушы · Telegram чат тарихының экспорты',
    '3 желтоқсан 2026',
    `${secretary} 13:51`,
    'Сәлеметсіздер ме! Отырыс 14:00-де, 307-кабинет.',
    `${member} 13:56`,
    'Қатысамын',
    'Гүлмира Ысқақова 13:59',
    'Онлайн',
    `${secretary} 14:18`,
    title,
    '2026 жылғы 3 желтоқсан, Жезқазған қаласы',
    '',
    'Кеңестің құрамы – 12 мүше. Отырысқа 10 мүше қатысты, оның 3-еуі Zoom арқылы.',
    'КҮН ТӘРТІБІ:',
    '1. Жайылымдар туралы.',
    '2. Жоспар туралы.',
    `${secretary} 14:49`,
    '1-мәселе: «жақтап» – 9, «қарсы» – 0, «қалыс» – 1. Қабылданды.',
    `${member} 14:50`,
    '+',
    ...forward,
    `${secretary} 15:58`,
    '2-мәселе. Дауыс беру қорытындысы: жақтап – 4, қарсы – 6, қалыс – 0. Ұсыныс қолдау таппады.',
  ].join('\n');
const FORWARD = ['Ержан Омаров 15:41', 'Бағытталған хабар: Ұлытау облыстық мәслихаты', 'Сессияда жайылымдарды басқару жоспары бекітілді. Жақтап – 19 депутат, қарсы – 1.'];
const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a Telegram export printed: "Name HH:MM" over each message', () => {
  const TITLE = 'ҰЛЫТАУ ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ ЖАНЫНДАҒЫ ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ № 10 ХАТТАМАСЫ';
  it('kk: another sender\'s forward is no vote; the head is the protocol message\'s (№ 10, 3 December)', () => {
    const x = parseProtocol(chat(TITLE, 'Салтанат Әбілқасымова', 'Данияр Сәрсенбаев', FORWARD));
    expect([x.number, x.date, x.members_total, x.present, x.online]).toEqual(['10', '2026-12-03', 12, 10, 3]);
    expect(votes(chat(TITLE, 'Салтанат Әбілқасымова', 'Данияр Сәрсенбаев', FORWARD))).toEqual([
      [9, 0, 1, 'adopted'],
      [4, 6, 0, 'rejected'],
    ]);
  });
  it('ru variant: "ПРОТОКОЛ № 7" posted by the secretary, a member\'s message with a count is no part of it', () => {
    const text = [
      'ОС Управление транспорта',
      'Алмас Серикбаев 10:01',
      'Коллеги, напоминаю: в прошлый раз за – 11, против – 2.',
      'Ирина Ким 10:05',
      'Присутствую',
      'Жанна Секретарева 10:30',
      'ПРОТОКОЛ № 7',
      'заседания Общественного совета',
      '19.11.2026 г.',
      'Состав Совета – 13 человек. Присутствуют – 10.',
      'Повестка дня:',
      '1. О тарифах.',
      'Жанна Секретарева 11:20',
      'Голосование: за – 8, против – 1, воздержались – 1. Решение принято.',
    ].join('\n');
    const x = parseProtocol(text);
    expect([x.number, x.date, x.members_total, x.present]).toEqual(['7', '2026-11-19', 13, 10]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[8, 1, 1, 'adopted']]);
  });
  it('near-miss: a protocol with two "Name HH:MM" lines (a schedule) keeps them as text, no stamp', () => {
    const text = 'ПРОТОКОЛ № 4\n12.03.2026 г.\nСостав Совета – 9 человек. Присутствуют – 8.\nДоклад Иванова 10:00\nОбсуждение Итогов 10:30\nГолосование: за – 8, против – 0, воздержались – 0. Решение принято.\n';
    const x = parseProtocol(text);
    expect([x.number, x.members_total, x.present]).toEqual(['4', 9, 8]);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[8, 0, 0, 'adopted']]);
  });
});
