/**
 * Classes of session 30 from word-for-word records (стенограммы) and minutes written by speaker (set 84): turns opened by the
 * speaker's role ("Председательствующий: …", "ТӨРАҒА: …") or a name in title case ("Дюсенова А.А.: …") or in capitals with a
 * stop ("АХМЕТЖАНОВА Г.С. Подвоз …") — set 84's records were read as prose, their agenda said by the chair lost and its heading's
 * "үш мәселе бар. Біріншісі – …" read as one item (a false agenda of 1); votes said aloud: the question put and the count
 * answered ("Повестку ставлю на голосование … Двенадцать."), counts labelled one a sentence ("За – 4. Против – 5. …"), results in
 * the present tense ("Предложение не принимается"); absentees told by the chair ("Төрт мүше жоқ: …", a speech ending with
 * "Отсутствуют / Қатыспағандар:" over the list). Reports read out as a speech: the bodies heard restated by the speaker
 * ("Демек, 2 бөлім және 1 ведомстволық бағынысты ұйым", "Яғни 4 бөлім"), a count said right after its noun ("Публичные
 * слушания – одни, 17 апреля", "Қоғамдық тыңдау біреу – сәуірдің 22-сінде"), one department's report told once without its head
 * ("Аудандық жер қатынастары бөлімінің есебі тыңдалды – …").
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { declaredIn } from '../../../sources/extract/protocol/declaredIn.ts';
import { readAgendaSentence } from '../../../sources/extract/protocol/readAgendaSentence.ts';
import { speakerOf } from '../../../sources/extract/protocol/speakerLines.ts';

/** A record of a meeting: its head, then the turns given, six turns of questions and answers — told turn by turn whatever is given. */
function record(turns: string[], head: string[] = []): string {
  return [
    'СТЕНОГРАММА',
    'заседания Общественного совета района № 3',
    '12 марта 2026 года',
    '',
    ...head,
    '',
    ...turns,
    '',
    'Петров П.П.: Вопрос к докладчику: когда начнутся работы?',
    'Сидорова С.С.: В апреле.',
    'Петров П.П.: Спасибо.',
    'Сидорова С.С.: Пожалуйста.',
    'Иванова И.И.: И ещё: кто подрядчик?',
    'Сидорова С.С.: Он определён по конкурсу.',
    '',
    'Председатель                    А. Омаров',
  ].join('\n');
}

describe('a turn opened by its speaker', () => {
  it('the role, in capitals or not, in either language, with the name in brackets or none', () => {
    expect(speakerOf('Председатель: Коллеги, начинаем.')?.said).toBe('Коллеги, начинаем.');
    expect(speakerOf('ХАТШЫ: Он бір мүше қатысып отыр.')?.said).toBe('Он бір мүше қатысып отыр.');
    expect(speakerOf('Төрағалық етуші (Серікбаев Н.Ә.): Әріптестер, кворум бар.')?.said).toBe('Әріптестер, кворум бар.');
    expect(speakerOf('ПРЕДСЕДАТЕЛЬСТВУЮЩАЯ. Переходим ко второму вопросу.')?.said).toBe('Переходим ко второму вопросу.');
  });
  it('a name in title case with a colon; a name in capitals with a stop', () => {
    expect(speakerOf('Оспанова Д.Е. (с места): А сроки?')?.speaker).toBe('Оспанова Д.Е.');
    expect(speakerOf('ҚАСЫМОВ Т.Б. Мен қарсымын.')?.said).toBe('Мен қарсымын.');
  });
  it('near-miss: a protocol\'s head naming who chaired is no turn; nor a list\'s name and initials', () => {
    expect(speakerOf('Председатель: Иванов Иван Иванович')).toBeNull();
    expect(speakerOf('Хатшы: Омарова Ж.Б. (аудан әкімінің аппараты)')).toBeNull();
    expect(speakerOf('Иванов И.И. – председатель комиссии')).toBeNull();
    expect(speakerOf('ИВАНОВ И.И. – в командировке')).toBeNull();
  });
});

describe('the agenda said by the chair in a record whose turns open with the role', () => {
  it('kk: the heading word with the count, the items by ordinal — the count is no item', () => {
    const x = parseProtocol(record([
      'ТӨРАҒА: Құрметті әріптестер! Кворум бар.',
      'Күн тәртібінде төрт мәселе бар. Біріншісі – су құбыры туралы. Екіншісі – жол жөндеу туралы. Үшіншісі – жастар',
      'саясаты туралы. Төртіншісі – әртүрлі.',
      'ТӨРАҒА: Бірінші мәселе бойынша сөз Сидороваға.',
    ]));
    expect(x.agenda.map((a) => a.title)).toEqual(['су құбыры туралы', 'жол жөндеу туралы', 'жастар саясаты туралы', 'әртүрлі']);
  });
  it('ru: "Председатель:" in title case, the agenda said after "у нас"', () => {
    const x = parseProtocol(record([
      'Председатель: Доброе утро. У нас два вопроса. Первый – о ремонте школы. Второй – разное.',
      'Председатель: По первому вопросу слово Сидоровой.',
    ]));
    expect(x.agenda).toHaveLength(2);
  });
  it('near-miss: a heading whose rest is an item keeps it', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 1', '10 марта 2026 года', '', 'Повестка дня: О ремонте дорог в 2026 году.', '', 'Председатель   А. Омаров'].join('\n'));
    expect(x.agenda.map((a) => a.title)).toEqual(['О ремонте дорог в 2026 году.']);
  });
});

describe('the agenda said with its count and its items by semicolons, the closing miscellany short', () => {
  it('ru and kk: "разное", "әртүрлі" closing the items is an item', () => {
    expect(readAgendaSentence(['В повестке два вопроса: о бюджете района на 2027 год; прочее.']).map((a) => a.title)).toEqual(['о бюджете района на 2027 год', 'прочее']);
    expect(readAgendaSentence(['Бүгін үш мәселе қаралады: жол жөндеу туралы; мектеп асханалары туралы; әртүрлі.'])).toHaveLength(3);
  });
  it('near-miss: a short title that is no miscellany is a cut inside an item', () => {
    expect(readAgendaSentence(['У нас три вопроса: о бюджете района; о плане работы; о садах.'])).toEqual([]);
  });
});

describe('votes said aloud', () => {
  it('ru: the question put, the count answered bare, then the others asked', () => {
    const x = parseProtocol(record([
      'Председатель: Проект решения ставлю на голосование. Прошу поднять руки. Девять. Против? Нет. Воздержались? Двое.',
      'Решение принято.',
    ]));
    expect(x.votes[0]).toMatchObject({ for: 9, against: 0, abstain: 2, unanimous: false, declared: 'adopted' });
  });
  it('kk: "дауысқа саламын", the count said, the others asked', () => {
    const x = parseProtocol(record([
      'ТӨРАҒА: Жоспарды дауысқа саламын. Он екі. Қарсы? Жоқ. Қалыс қалғандар? Жоқ. Жоспар бекітілді.',
    ]));
    expect(x.votes[0]).toMatchObject({ for: 12, against: 0, abstain: 0, declared: 'adopted' });
  });
  it('ru: counts labelled one a sentence and a result in the present tense', () => {
    const x = parseProtocol(record([
      'Председатель: Сначала предложение Петрова. За – 3. Против – 6. Воздержались – 2. Предложение не принимается.',
    ]));
    expect(x.votes[0]).toMatchObject({ for: 3, against: 6, abstain: 2, declared: 'rejected' });
  });
  it('kk: all three labelled in one sentence, then the word for all with the result', () => {
    const x = parseProtocol(record([
      'ТӨРАҒА: Күн тәртібін бекітеміз. Жақтап – 11, қарсы – 0, қалыс – 0. Бірауыздан қабылданды.',
    ]));
    expect(x.votes[0]).toMatchObject({ for: 11, against: 0, abstain: 0, unanimous: true, declared: 'adopted' });
  });
  it('"N, все" is the count, not the word for all; "Один, Марат Серикович" is one', () => {
    const x = parseProtocol(record([
      'Председатель: Кто за? Одиннадцать, все. Против? Нет. Воздержался? Нет. Принято.',
      'Председатель: Голосуем. За? Восемь. Против? Два. Воздержался? Один, Марат Серикович. Решение принято.',
    ]));
    expect(x.votes[0]).toMatchObject({ for: 11, against: 0, abstain: 0, unanimous: false });
    expect(x.votes[1]).toMatchObject({ for: 8, against: 2, abstain: 1 });
  });
  it('near-miss: the question put, then a count of the hall, is no count of those for', () => {
    const x = parseProtocol(record([
      'Председатель: Голосуем. В зале 12 человек, онлайн двое. Против? Нет. Решение принято.',
    ]));
    expect(x.votes[0]?.for ?? null).toBeNull();
  });
  it('near-miss: a rule in the present tense declares nothing', () => {
    expect(declaredIn('Решение принимается, если за него проголосовало большинство.')).toBeNull();
    expect(declaredIn('Проект утверждается при условии, что за него проголосуют две трети.')).toBeNull();
    expect(declaredIn('Повестка утверждается.')).toBe('adopted');
    expect(declaredIn('Ұсыныс қабылданбайды.')).toBe('rejected');
    expect(declaredIn('Поправка не утверждается.')).toBe('rejected');
  });
});

describe('absentees told by the chair', () => {
  it('kk: "Үш мүше жоқ:" and as many names with their reasons', () => {
    const x = parseProtocol(record([
      'ТӨРАҒА: Кворум бар: 12 мүшенің 9-ы отыр. Үш мүше жоқ: Сейітов А.Б. – науқас, Ким Л.Р. – іссапарда,',
      'Жұмабаев Н.Ж. – себебін хабарламады.',
      'ТӨРАҒА: Бастаймыз.',
    ]));
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true, false]);
  });
  it('ru: "Нет двоих членов Совета:" and two names', () => {
    const x = parseProtocol(record([
      'Председатель: Кворум есть, присутствуют девять из одиннадцати. Нет двоих членов Совета: Сейтова А.Б. – в отпуске,',
      'Ким Л.Р. – о причине не сообщил.',
      'Председатель: Начинаем.',
    ]));
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });
  it('a speech ending with the heading, the list run on the next line (ru heading alone)', () => {
    const x = parseProtocol(record([
      'Председатель: Уважаемые коллеги! Кворум есть. Отсутствовали:',
      'Сейтова А.Б. – в отпуске; Ким Л.Р. – болеет.',
      'Председатель: Начинаем.',
    ]));
    expect(x.absentees.map((a) => a.name)).toEqual(['Сейтова А.Б.', 'Ким Л.Р.']);
  });
  it('near-miss: a vacancy ("Кеңесте екі мүше жоқ") names nobody; a speech ending with the invited lists no absentee', () => {
    const x = parseProtocol(record([
      'ТӨРАҒА: Кеңесте екі мүше жоқ, орындары бос. Шақырылғандар:',
      'Сейтова А.Б. – әкімнің орынбасары; Ким Л.Р. – бөлім басшысы.',
      'ТӨРАҒА: Бастаймыз.',
    ]));
    expect(x.absentees).toEqual([]);
  });
});

/** The figures a report's text states, metric → value. */
function figures(...lines: string[]): Record<string, number> {
  const x = parseReport(['Отчёт Общественного совета района за 2026 год', '', ...lines].join('\n'));
  return Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
}

describe('the bodies heard restated by the speaker', () => {
  it('ru: "То есть три отдела." after the sentence naming them', () => {
    expect(figures('Заслушаны отчёты отдела образования, отдела ЖКХ и отдела культуры. То есть три отдела.').departments_heard).toBe(3);
  });
  it('kk: "Яғни 3 бөлім.", "Демек, 2 бөлім және 2 кәсіпорын."', () => {
    expect(figures('Жыл бойы 3 есеп тыңдалды: білім бөлімі, ЖКШ бөлімі және мәдениет бөлімі. Яғни 3 бөлім.').departments_heard).toBe(3);
    expect(figures('Кеңес 4 есеп тыңдады: екі бөлімнің және екі ШЖҚ КМК-ның. Демек, 2 бөлім және 2 кәсіпорын.').departments_heard).toBe(2);
  });
  it('near-miss: the akimat\'s departments counted where nothing is heard', () => {
    expect(figures('В структуре акимата района 12 отделов. То есть 12 отделов работают с Советом.').departments_heard).toBeUndefined();
  });
});

describe('a count said right after its noun, what and when after a dash', () => {
  it('ru: "одни" of a noun with no singular, after a dash or a colon', () => {
    expect(figures('Публичные слушания – одни, 17 апреля, по схеме пассажирских перевозок.').public_hearings).toBe(1);
    expect(figures('Общественные слушания: одни (17 апреля).').public_hearings).toBe(1);
  });
  it('kk and ru: the count after the noun opening its sentence, a dash, then when', () => {
    expect(figures('Қоғамдық тыңдау біреу – сәуірдің 22-сінде.').public_hearings).toBe(1);
    expect(figures('Дөңгелек үстелдер екеу – наурыз бен мамырда.').round_tables).toBe(2);
    expect(figures('Круглых столов два – в марте и мае.').round_tables).toBe(2);
  });
  it('near-miss: "одни из" is one of many; a range of days after the dash is no count', () => {
    expect(figures('Публичные слушания – одни из самых важных форм работы Совета.').public_hearings).toBeUndefined();
    expect(figures('Қоғамдық тыңдау 15 – 20 мамыр аралығында өтеді.').public_hearings).toBeUndefined();
  });
});

describe('one report heard, of one department named in the singular without its head', () => {
  it('ru and kk: the department\'s report told once by its date', () => {
    expect(figures('На заседании 14 мая заслушан отчёт районного отдела образования.')).toMatchObject({ report_hearings: 1, departments_heard: 1 });
    expect(figures('Кеңес отырысында 12 наурызда аудандық білім бөлімінің есебі тыңдалды.')).toMatchObject({ report_hearings: 1, departments_heard: 1 });
  });
  it('near-miss: a subordinate organisation of the department is no department', () => {
    expect(figures('На заседании 14 мая заслушан отчёт ГККП «Ясли-сад» отдела образования.').departments_heard).toBeUndefined();
  });
});
