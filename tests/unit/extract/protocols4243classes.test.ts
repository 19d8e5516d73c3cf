/**
 * Classes of the protocols of sets 42 and 43 (ru and kk), each with a variant and near-misses: the body's size and those who
 * came told in words ("Кеңес он бір мүшеден құралған. Бүгінгі отырысқа солардың сегізі келді, оның екеуі WhatsApp арқылы"),
 * by registration ("Тіркеуден 9 мүше өтті"), as "Общее число членов … – 15", in a roster's heading ("(барлығы 13 мүше)") and
 * its tally ("10 мүше отыр") — readStatedCounts; a roster with dot leaders and a status word per line ("…… келді",
 * "…… демалыста, келмеді") — readStatusRoll; a list run into one line under its heading by a PDF's justified paragraph —
 * splitParagraphs; a vote of all present for with no count ("қатысқан мүшелердің барлығы «жақтап» дауыс берді"), the bare
 * labels "Иә – 4, Жоқ – 5", a label broken over two lines ("қалыс" / "қалған жоқ"), a proposal's fate told in the discussion
 * ("…ұсынды, ұсыныс қолдау таппады") — readVotes; a rejection told object first ("Поддержки большинства предложение не
 * получило"), a reason not given to the secretary ("причина отсутствия секретарю не сообщена"), the agenda as "Қаралатын
 * мәселелер:" — lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const HEAD_KK = 'ХАТТАМА № 2\n12.03.2025 ж.\n\n';
const HEAD_RU = 'ПРОТОКОЛ № 2\nзаседания Общественного совета\n12.03.2025 г.\n\n';
const counts = (text: string) => {
  const x = parseProtocol(text);
  return [x.members_total, x.present, x.online];
};
const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('the body\'s size and those who came, told in words', () => {
  it('kk: "он бір мүшеден құралған", "солардың сегізі келді, оның екеуі … арқылы" — 11, 8, 2 (not 8 online)', () => {
    expect(counts(`${HEAD_KK}Кеңес он бір мүшеден құралған. Бүгінгі отырысқа солардың сегізі келді, оның екеуі WhatsApp бейнеқоңырауы арқылы қосылды.\n`)).toEqual([11, 8, 2]);
  });
  it('kk variant: "Комиссия 7 мүшеден тұрады", "Отырысқа 6 мүше келді"', () => {
    expect(counts(`${HEAD_KK}Комиссия 7 мүшеден тұрады. Отырысқа 6 мүше келді.\n`)).toEqual([7, 6, null]);
  });
  it('kk: by registration, "Тіркеуден 9 мүше өтті, оның ішінде Zoom платформасы арқылы – 1"', () => {
    expect(counts(`${HEAD_KK}Кеңестің тізімдік құрамы – 11 мүше. Тіркеуден 9 мүше өтті, оның ішінде Zoom платформасы арқылы – 1.\n`)).toEqual([11, 9, 1]);
  });
  it('ru: "Регистрацию прошли 9 членов Совета", "Общее число членов Общественного совета – 15 человек"', () => {
    expect(counts(`${HEAD_RU}Общее число членов Общественного совета – 15 человек. Регистрацию прошли 9 членов Совета.\n`)).toEqual([15, 9, null]);
  });
  it('a roster\'s heading and tally: "(барлығы 13 мүше):" … "Жиынтығы: 10 мүше отыр (оның 1-еуі қашықтан)"', () => {
    const roster = 'Ғабдуллин С.А. .............. келді\nНұрланқызы Д. ............... келді\nИсабеков М.М. ............... келмеді, себебі белгісіз\n';
    expect(counts(`${HEAD_KK}Кеңес мүшелерінің тізімі және отырысқа келуі (барлығы 13 мүше):\n\n${roster}\nЖиынтығы: 10 мүше отыр (оның 1-еуі қашықтан), 3 мүше жоқ.\n`)).toEqual([13, 10, 1]);
    expect(counts(`${HEAD_RU}Список членов Совета и отметка о явке (всего 13 членов):\n\nИванов И.И. ........ присутствовал\n`)[0]).toBe(13);
  });
  it('near-misses: letters that came, a member late, the absent, a count of guests are no count of those present', () => {
    expect(counts(`${HEAD_KK}Кеңеске 5 хат келді. 3 мүше жоқ.\n`)).toEqual([null, null, null]);
    expect(counts(`${HEAD_KK}Отырысқа кейін 1 мүше келді.\n`)[1]).toBeNull();
    expect(counts(`${HEAD_KK}Отырысқа 4 мүше келмеді.\n`)[1]).toBeNull();
    expect(counts(`${HEAD_RU}Регистрацию прошли 12 приглашённых.\n`)[1]).toBeNull();
  });
});

describe('a roster with dot leaders, each line\'s status word', () => {
  const kk = `${HEAD_KK}Кеңес мүшелерінің тізімі және отырысқа келуі (барлығы 5 мүше):\n\nҒабдуллин С.А. .............. келді\nБекмұхамбетов Т.С. .......... демалыста, келмеді\nДәулетов Н.Қ. ............... келді (қашықтан, Zoom)\nИсабеков М.М. ............... келмеді, себебі белгісіз\nЛи О.В. ..................... келді\n\nКҮН ТӘРТІБІ:\n1. Әртүрлі.\n`;
  it('kk: those who came are present (one online), the others absent with the reason either side of the word', () => {
    const x = parseProtocol(kk);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Ғабдуллин С.А.', false], ['Дәулетов Н.Қ.', true], ['Ли О.В.', false]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Бекмұхамбетов Т.С.', true], ['Исабеков М.М.', false]]);
  });
  it('ru variant: "…… присутствовал", "…… отсутствовал (отпуск)"', () => {
    const x = parseProtocol(`${HEAD_RU}Список членов Совета:\n\nИванов И.И. ........ присутствовал\nПетрова А.С. ....... отсутствовала (отпуск)\nСидоров П.П. ....... присутствовал (онлайн)\n\nПовестка дня:\n1. Разное.\n`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Иванов И.И.', false], ['Сидоров П.П.', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Петрова А.С.', true]]);
  });
  it('near-miss: a line with no status word leaves the roster unread (no one is put present or absent from it)', () => {
    const x = parseProtocol(`${HEAD_KK}Кеңес мүшелерінің тізімі:\n\nҒабдуллин С.А. .............. келді\nЛи О.В. ..................... 15 бет\nНұрланқызы Д. ............... келді\n`);
    expect(x.attendees).toEqual([]);
    expect(x.absentees).toEqual([]);
  });
});

describe('a list run into one line under its heading (a PDF\'s justified paragraph)', () => {
  it('ru: each number next in sequence opens an item — attendees, absentees, agenda', () => {
    const x = parseProtocol(`${HEAD_RU}Присутствовали члены Совета:\n1. Дюсенов М.К. – председатель Совета 2. Лещенко И.В. – секретарь Совета 3. Ахметова Б.С. 4. Байжанов Е.Т. (ВКС) 5. Гребенюк А.Н.\nОтсутствовали:\n1. Калиакпаров Н.С. – болезнь; 2. Сулейменов Ж.А. – командировка в г. Караганду.\nПОВЕСТКА ДНЯ\n1. О ходе отопительного сезона. Докладчик: Абдыкалыков Е.Р. 2. О занятости молодежи. 3. Разное.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Дюсенов М.К.', 'Лещенко И.В.', 'Ахметова Б.С.', 'Байжанов Е.Т.', 'Гребенюк А.Н.']);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(1);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Калиакпаров Н.С.', true], ['Сулейменов Ж.А.', true]]);
    expect(x.agenda).toHaveLength(3);
  });
  it('kk variant: "Қатысқандар:" / "1. Әлиев А.Б. 2. Сейітова Г.М. (Zoom) 3. Оспанов Д.Т."', () => {
    const x = parseProtocol(`${HEAD_KK}Отырысқа қатысқандар:\n1. Әлиев А.Б. – төраға 2. Сейітова Г.М. (Zoom) 3. Оспанов Д.Т.\n\nКҮН ТӘРТІБІ:\n1. Әртүрлі.\n`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Әлиев А.Б.', false], ['Сейітова Г.М.', true], ['Оспанов Д.Т.', false]]);
  });
  it('near-miss: numbers out of sequence, or a line under no heading, are the text\'s', () => {
    const x = parseProtocol(`${HEAD_RU}Присутствовали члены Совета:\n1. Дюсенов М.К. – доложил о 3. котельных и 5. участках\n\n1. СЛУШАЛИ: Иванова И.И. – подготовлено 2. котельных.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Дюсенов М.К.']);
    // "№ 2." is a commission's number, not the next item, however the line reads on.
    const y = parseProtocol(`${HEAD_RU}Присутствовали:\n1. Иванов И.И. – председатель комиссии № 2. Социальной 2. Петров П.П.\n`);
    expect(y.attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Петров П.П.']);
  });
});

describe('votes', () => {
  it('kk: all present for, no count — "қатысқан мүшелердің барлығы «жақтап» дауыс берді. Шешім қабылданды."', () => {
    expect(votes(`${HEAD_KK}ШЕШІМ: жоспарға өзгеріс енгізілсін.\nДауыс беру: қатысқан мүшелердің барлығы «жақтап» дауыс берді. Шешім қабылданды.\n`)).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('ru variant: "Голосовали: все присутствующие проголосовали «за». Решение принято."', () => {
    expect(votes(`${HEAD_RU}РЕШИЛИ: утвердить план.\nГолосовали: все присутствующие проголосовали «за». Решение принято.\n`)).toEqual([[null, null, null, true, 'adopted']]);
  });
  it('near-miss: "все присутствующие, кроме …" is no vote of all', () => {
    const v = votes(`${HEAD_RU}РЕШИЛИ: утвердить план.\nЗа – все присутствующие, кроме Рахимовой Д.С., которая воздержалась. Решение принято.\n`);
    expect(v.every((x) => x[3] === false)).toBe(true);
  });
  it('kk: the bare labels "Иә – 4, Жоқ – 5, Қалыс – 1" (and quoted); ru "Да – 4, Нет – 5"', () => {
    expect(votes(`${HEAD_KK}Иә – 4, Жоқ – 5, Қалыс – 1.\nҰсыныс қолдау таппады.\n`)).toEqual([[4, 5, 1, false, 'rejected']]);
    expect(votes(`${HEAD_RU}Да – 4, Нет – 5, Воздержались – 1.\nРешение не принято.\n`)).toEqual([[4, 5, 1, false, 'rejected']]);
  });
  it('near-miss: "қарсы – жоқ" is still none against, not a label', () => {
    expect(votes(`${HEAD_KK}Дауыс беру: жақтап – 9, қарсы – жоқ, қалыс – жоқ. Шешім қабылданды.\n`)).toEqual([[9, 0, 0, false, 'adopted']]);
  });
  it('kk: a label broken over two lines, its count in words on the next ("қалыс" / "қалған жоқ.")', () => {
    expect(votes(`${HEAD_KK}Дауыс беру: жақтап – жеті, қарсы – екеу (Есенғұлов Б.Ш., Оразалин Е.Б.), қалыс\nқалған жоқ.\nШешім қабылданды.\n`)).toEqual([[7, 2, 0, false, 'adopted']]);
  });
  it('ru variant: "воздержавшихся" / "не было."', () => {
    expect(votes(`${HEAD_RU}Голосовали: за – 7, против – 2, воздержавшихся\nне было.\nРешение принято.\n`)).toEqual([[7, 2, 0, false, 'adopted']]);
  });
  it('a rejection told object first: "Поддержки большинства предложение не получило"; kk "Ұсыныс көпшіліктің қолдауын алмады"', () => {
    expect(votes(`${HEAD_RU}Голосовали: за — 4, против — 5, воздержались — 1.\nПоддержки большинства предложение не получило; вопрос будет рассмотрен на следующем заседании.\n`)).toEqual([[4, 5, 1, false, 'rejected']]);
    expect(votes(`${HEAD_KK}Дауыс беру: жақтап – 4, қарсы – 5, қалыс – 1.\nҰсыныс көпшіліктің қолдауын алмады.\n`)).toEqual([[4, 5, 1, false, 'rejected']]);
  });
  it('near-miss: "предложение получило поддержку" is no rejection', () => {
    expect(votes(`${HEAD_RU}Голосовали: за — 8, против — 1, воздержались — 1.\nПредложение получило поддержку большинства, решение принято.\n`)).toEqual([[8, 1, 1, false, 'adopted']]);
  });
  it('a proposal\'s fate told in the discussion is no vote: kk "…ауыстыруды ұсынды, ұсыныс қолдау таппады", ru "…предложил перенести, предложение не поддержано"', () => {
    expect(votes(`${HEAD_KK}Кенжебаева Г.М. мамырдағы мониторингті маусымға ауыстыруды ұсынды, ұсыныс қолдау таппады.\nКеңес ұйғарды: кесте бекітілсін.\nДауыс беру қорытындысы: «жақтап» – 6, «қарсы» – 1, «қалыс» – 1. Көпшілік дауыспен қабылданды.\n`)).toEqual([[6, 1, 1, false, 'adopted']]);
    expect(votes(`${HEAD_RU}Петров П.П. предложил перенести срок, предложение не поддержано.\nГолосовали: за – 6, против – 1, воздержались – 1. Решение принято.\n`)).toEqual([[6, 1, 1, false, 'adopted']]);
  });
  it('near-miss: "Большинством голосов предложение отклонено" is a vote told by its result', () => {
    expect(votes(`${HEAD_RU}Иванов И.И. предложил перенести срок. Большинством голосов предложение отклонено.\n`)).toEqual([[null, null, null, false, 'rejected']]);
  });
});

describe('the reason for an absence, and the agenda\'s heading', () => {
  const excused = (text: string) => parseProtocol(text).absentees.map((a) => a.excused);
  it('ru: "причина отсутствия секретарю не сообщена" is unexcused; kk "келмеу себебін хатшыға хабарламады"', () => {
    expect(excused(`${HEAD_RU}Не присутствовали: Б.Е. Жакиянов (ежегодный трудовой отпуск), А.А. Ульянов (причина отсутствия секретарю не сообщена).\n`)).toEqual([true, false]);
    expect(excused(`${HEAD_KK}Келмегендер: Иманқұлов Б.Т. – іссапарда; Қалиев М.О. – келмеу себебін хатшыға хабарламады.\n`)).toEqual([true, false]);
  });
  it('near-miss: "причина отсутствия – командировка" is excused', () => {
    expect(excused(`${HEAD_RU}Отсутствовали: Петров П.П. (причина отсутствия – командировка).\n`)).toEqual([true]);
  });
  it('kk: "Қаралатын мәселелер:" heads the agenda; ru "Рассматриваемые вопросы:"', () => {
    expect(parseProtocol(`${HEAD_KK}Қаралатын мәселелер:\n1. Мектеп автобустары туралы.\n2. Мониторинг кестесі туралы.\n`).agenda).toHaveLength(2);
    expect(parseProtocol(`${HEAD_RU}Рассматриваемые вопросы:\n1. О школьных автобусах.\n2. О графике мониторинга.\n`).agenda).toHaveLength(2);
  });
  it('near-miss: "Қаралатын мәселелер бойынша" in a sentence opens no agenda', () => {
    expect(parseProtocol(`${HEAD_KK}Қаралатын мәселелердің тізімі хатшыда.\n`).agenda).toHaveLength(0);
  });
});
