/**
 * A list's online mark abbreviated ("(бейнеконф.)", "(видеоконф.)") beside the whole word on other names (held-out set
 * 41, Bokey Orda: one of two online members was read as present in the room).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const onlineOf = (text: string) => parseProtocol(text).attendees.filter((a) => a.online).map((a) => a.name);

describe('an abbreviated online mark', () => {
  it('kk: "(бейнеконф.)" is online, as "(бейнеконференция)"', () => {
    const text = 'Қоғамдық кеңес отырысының ХАТТАМАСЫ № 6\n10.12.2025 ж.\n\nҚатысқан Кеңес мүшелері:\n1. Мұратов А.Ж.\n2. Нұрлыбаев Ш.А. (бейнеконференция)\n3. Дәулетқалиев Н.С. (бейнеконф.)\n\nКҮН ТӘРТІБІ:\n1. Әртүрлі.\n';
    expect(onlineOf(text)).toEqual(['Нұрлыбаев Ш.А.', 'Дәулетқалиев Н.С.']);
  });
  it('ru: "(видеоконф.)" and "(видео-конф)" are online', () => {
    const text = 'ПРОТОКОЛ № 3 заседания Общественного совета\n12.03.2025 г.\n\nПрисутствовали:\n1. Иванов И.И.\n2. Петрова А.С. (видеоконф.)\n3. Сидоренко П.П. (видео-конф)\n\nПовестка дня:\n1. Разное.\n';
    expect(onlineOf(text)).toEqual(['Петрова А.С.', 'Сидоренко П.П.']);
  });
  it('near-miss: a conference hall or a conference is no online mark', () => {
    const text = 'ПРОТОКОЛ № 3 заседания Общественного совета\n12.03.2025 г.\n\nПрисутствовали:\n1. Иванов И.И. (конференц-зал)\n2. Петрова А.С. (конф. по экологии)\n\nПовестка дня:\n1. Разное.\n';
    expect(onlineOf(text)).toEqual([]);
  });
});
