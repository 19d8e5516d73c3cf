/**
 * The words of protocols, in Russian and Kazakh, as data: how secretaries mark
 * online participants, vote counts, results, headings and absence reasons.
 * parseProtocol only combines these; a new phrasing is a new entry here.
 * All patterns are matched case-insensitively with the `u` flag.
 */

/** Online participation: "(он-лайн)", "онлайн", "дистанционно", "ZOOM", "Зум арқылы", "ВКС". */
export const ONLINE = '(?:он[-\\s]?лайн|online|on[-\\s]?line|дистанционн|удаленн|удалённ|zoom|зум|видео\\s*-?\\s*конференц|видеосвяз|вкс(?![\\p{L}])|қашықтан|кашыктан|webex|ms\\s*teams|google\\s*meet)';

/** Vote labels. Order matters: "кто за" before the bare preposition "за". */
export const VOTE_LABELS: { category: 'for' | 'against' | 'abstain'; source: string; strong: boolean }[] = [
  { category: 'for', source: 'кто\\s+за', strong: true },
  { category: 'for', source: '[«"“„]\\s*за\\s*[»"”“]', strong: true },
  { category: 'for', source: 'қолдайтындар|қолдағандар|жақтайтындар|жақтағандар|колдайтындар|колдагандар|жақтап|қолдап', strong: true },
  { category: 'for', source: '(?<![\\p{L}])за(?![\\p{L}])', strong: false },
  { category: 'against', source: '[«"“„]\\s*против\\s*[»"”“]|(?<![\\p{L}])против(?:[\\p{L}]*)|(?<![\\p{L}])(?:қарсы|карсы)[\\p{L}]*', strong: true },
  { category: 'abstain', source: '[«"“„]\\s*воздерж[\\p{L}]*\\s*[»"”“]|(?<![\\p{L}])воздерж[\\p{L}]*|(?<![\\p{L}])(?:қалыс|калыс)(?:\\s+(?:қалғандар|калгандар|қалды|калды|қалған|калган))?[\\p{L}]*', strong: true },
];

/** A vote that needs no counts: "Голосовали единогласно", "бірауыздан". */
export const UNANIMOUS = '(?:единогласн[\\p{L}]*|бір\\s?ауыздан|бир\\s?ауыздан|бiр\\s?ауыздан)';

/** A line that only announces the counts below it: "Голосовали:", "Голосование:", "Дауыс беру:". */
export const VOTE_HEADING = '^\\s*(?:итоги\\s+голосования|результаты\\s+голосования|голосовал[\\p{L}]*|голосование|дауыс\\s+беру(?:\\s+қорытындысы)?|дауыс\\s+берді|дауыс\\s+бергендер)\\s*[:.\\-–—]?\\s*$';

/** A new motion is being put to the vote: ends the search for the previous vote's result. */
export const MOTION = '(?:став[\\p{L}]*\\s+на\\s+голосовани|постав[\\p{L}]*\\s+(?:на\\s+голосовани|вопрос\\s+на\\s+голосовани)|на\\s+голосование\\s+став|дауысқа\\s+сал)';

/** Declared results; the negative forms are tried first ("не принято" contains "принято"). */
export const RESULT_REJECTED = '(?:решени[\\p{L}]*\\s+не\\s+принят|не\\s+принят[\\p{L}]*|отклон[её]н[\\p{L}]*|не\\s+поддержан[\\p{L}]*|не\\s+утвержд[\\p{L}]*|не\\s+набрал[\\p{L}]*|шешім\\s+қабылданбады|қабылданбады|қолдау\\s+таппады|кабылданбады)';
export const RESULT_ADOPTED = '(?:решени[\\p{L}]*\\s+принят[\\p{L}]*|принят[\\p{L}]*\\s+решени|принят[\\p{L}]*\\s+большинств|большинством\\s+голосов[^.]{0,60}?принят|принят[\\p{L}]*\\s+единогласн|единогласн[\\p{L}]*\\s+принят|предложени[\\p{L}]*\\s+принят|(?<![\\p{L}])принято(?![\\p{L}])|утвержд[её]н[\\p{L}]*|одобрен[\\p{L}]*|шешім\\s+қабылданды|(?<![\\p{L}])қабылданды|кабылданды)';

/** Headings of the attendance lists. */
export const PRESENT_HEADING = '(?:присутств[\\p{L}]*|приняли\\s+участие|участвовал[\\p{L}]*|қатысқандар|қатысушылар|қатысты|қатысып\\s+отыр[\\p{L}]*|катыскандар)';
export const ABSENT_HEADING = '(?:отсутств[\\p{L}]*|не\\s+присутствовал[\\p{L}]*|не\\s+явил[\\p{L}]*|қатыспағандар|қатыспады|қатыспаған|келмегендер|катыспагандар)';
export const INVITED_HEADING = '(?:приглаш[её]нн[\\p{L}]*|приглашены|шақырылғандар|шақырылды|қонақтар|докладчик[\\p{L}]*|баяндамашы)';

/** Words that begin the role after a name without a dash: "Абдыхалыков Член ОС комиссия №5". */
export const ROLE_WORDS = '(?:председател|заместител|член|секретар|депутат|руководител|эксперт|советник|директор|аким|представител|төраға|төрағасы|мүше|хатшы|орынбасар)';

/** Absence reasons: unexcused first ("без уважительной" contains "уважительн"). */
export const UNEXCUSED = '(?:неуважит[\\p{L}]*|без\\s+уважит[\\p{L}]*|без\\s+(?:объяснени|причин|предупрежден|уведомлен)[\\p{L}]*|не\\s+(?:сообщил|предупредил|уведомил)[\\p{L}]*|себепсіз|дәлелсіз|себепсиз)';
export const EXCUSED = '(?:уважит[\\p{L}]*|болезн[\\p{L}]*|бол(?:ен|еет|ела)|больничн[\\p{L}]*|командиров[\\p{L}]*|отпуск[\\p{L}]*|семейн[\\p{L}]*|состояни[\\p{L}]*\\s+здоровья|служебн[\\p{L}]*|по\\s+заявлени[\\p{L}]*|себепті|науқас[\\p{L}]*|іссапар[\\p{L}]*|демалыс[\\p{L}]*|ауыр[\\p{L}]*)';

/** Headings of the agenda: "Повестка дня:", "Күн тәртібі:". */
export const AGENDA_HEADING = '^\\s*(?:повестка(?:\\s+дня|\\s+заседания)?|күн\\s+тәртібі(?:нде)?|кун\\s+тартиби)\\s*[:.]?\\s*(.*)$';

/** Kinds of meeting body, most specific first: a presidium of the council is a presidium. */
export const BODY_PATTERNS: { body: string | ((m: RegExpMatchArray) => string); source: string }[] = [
  { body: 'presidium', source: 'президиум|төралқа' },
  { body: (m) => `commission ${m[1] ?? m[2]}`, source: 'комисси[\\p{L}]*\\s*№\\s*(\\d+)|(\\d+)[-\\s]*(?:ой|й|ші|шы)?\\s*комисси' },
  // A commission named by its subject only ("комиссии по вопросам социального благосостояния").
  { body: 'commission', source: 'комисси' },
  { body: 'working_group', source: 'рабоч[\\p{L}]*\\s+групп|жұмыс\\s+тоб' },
  { body: 'committee', source: 'комитет' },
  { body: 'council', source: 'общественн[\\p{L}]*\\s+совет|қоғамдық\\s+кеңес|(?<![\\p{L}])ОС(?![\\p{L}])' },
];
