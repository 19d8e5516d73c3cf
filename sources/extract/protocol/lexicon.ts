import lexicon from './lexicon.json' with { type: 'json' };

/**
 * The protocol lexicon (lexicon.json) as regex sources: each entry's Russian
 * and Kazakh phrasings joined into one alternation. The readers only combine
 * these; a new phrasing is a line in the JSON, not code.
 */

interface Phrases {
  ru: string[];
  kk: string[];
}

export type VoteCategory = 'for' | 'against' | 'abstain';

interface LexiconFile {
  online: Phrases;
  unanimous: Phrases;
  voteLabels: (Phrases & { category: VoteCategory; strong: boolean })[];
  voteHeading: Phrases;
  motion: Phrases;
  resultRejected: Phrases;
  resultAdopted: Phrases;
  voteNone: Phrases;
  voteVoided: Phrases;
  voteCorrection: Phrases;
  showOfHands: Phrases;
  majority: Phrases;
  proposalRejected: Phrases;
  questionNew: Phrases;
  pointNew: Phrases;
  reportedSpeech: Phrases;
  notVoted: Phrases;
  voteExcept: Phrases;
  voteRest: Phrases;
  presenceChange: Phrases;
  presentHeading: Phrases;
  presentElliptic: Phrases;
  alsoPresent: Phrases;
  absentHeading: Phrases;
  absenceKindHeading: Phrases;
  membersHeading: Phrases;
  invitedHeading: Phrases;
  invitedStatus: Phrases;
  otherBodyStatus: Phrases;
  roleWords: Phrases;
  unexcused: Phrases;
  excused: Phrases;
  agendaHeading: Phrases;
  sectionHeard: Phrases;
  sectionSpoke: Phrases;
  sectionDecided: Phrases;
  participation: Phrases;
  inPerson: Phrases;
  nameColumn: Phrases;
  extractHeading: Phrases;
  appendixHeading: Phrases;
  documentHeading: Phrases;
  shortProtocol: Phrases;
  countingCommission: Phrases;
  bodies: (Phrases & { body: string })[];
}

// Imported as a JSON module so the bundled CLI carries it (it was once read from disk next to the bundle, and missing).
const file = lexicon as unknown as LexiconFile;

/** One alternation of an entry's phrasings in both languages. */
const any = (p: Phrases): string => `(?:${[...p.ru, ...p.kk].join('|')})`;

/** Online participation: "(он-лайн)", "дистанционно", "ZOOM", "в режиме ВКС", "қашықтан". */
export const ONLINE = any(file.online);
/** A vote that needs no counts: "Голосовали единогласно", "бірауыздан". */
export const UNANIMOUS = any(file.unanimous);
/** Vote labels. Order matters: "кто за" before the bare preposition "за". */
export const VOTE_LABELS = file.voteLabels.map((l) => ({ category: l.category, strong: l.strong, source: any(l) }));
/** Any vote label alone: "жақтап", "«за»", "против", "воздержались", "қалыс". */
export const VOTE_LABEL = VOTE_LABELS.map((l) => `(?:${l.source})`).join('|');
/** A vote label written in a line: any label, or "возд." cut short, a dot after either ("(за/против/возд.)", "воздерж.", "11 (за) / 0 (возд.)"). */
export const VOTE_LABEL_IN_LINE = `(?:${VOTE_LABEL}|(?<![\\p{L}])возд)\\.?`;
/** A line that only announces the counts below it: "Голосовали:", "Дауыс беру нәтижесі:". */
export const VOTE_HEADING = `^\\s*${any(file.voteHeading)}\\s*[:.\\-–—]?\\s*$`;
/** The same words closing a line after a sentence, the counts on the lines below: "Предложение не принято. Голосовали:". */
export const VOTE_HEADING_CLOSING = `(?:^|[.!;]\\s+)${any(file.voteHeading)}\\s*:\\s*$`;
/** The same words opening a line of counts: "Голосовали: за – 2, …". */
export const VOTE_LEAD = `^\\s*${any(file.voteHeading)}\\s*[:\\-–—]`;
/** A new motion is being put to the vote: ends the search for the previous vote's result. */
export const MOTION = any(file.motion);
/** Declared results; the negative forms are tried first ("не принято" contains "принято"). */
export const RESULT_REJECTED = any(file.resultRejected);
export const RESULT_ADOPTED = any(file.resultAdopted);
/** No one under a vote label, in words: "воздержались – ни одного", "против – никто", "қарсы – ешкім". */
export const VOTE_NONE = any(file.voteNone);
/** A vote declared invalid before or after its result ("признала голосование недействительным", "дауыс беру жарамсыз деп танылды"): it declares none. */
export const VOTE_VOIDED = any(file.voteVoided);
/** A vote's counts taken back in the same breath: "вернее", "с учётом уточнения", "түзетілген дерек", "дұрысы" (votesCorrectedInPlace.ts). */
export const VOTE_CORRECTION = any(file.voteCorrection);
/** A vote told by its result only: "поднятием рук", "большинством голосов", "көпшілік дауыспен", "предложение отклонено". */
export const SHOW_OF_HANDS = any(file.showOfHands);
export const MAJORITY = any(file.majority);
export const PROPOSAL_REJECTED = any(file.proposalRejected);
/** "По второму вопросу", "екінші мәселе бойынша": the next question opens; a vote or its result is not past it. */
export const QUESTION_NEW = any(file.questionNew);
/**
 * "п. 2 – единогласно", "по п. 4:", "пп. 1–3 таблицы:", "2-тармақ бойынша –", "кестенің 3-жолы бойынша:": a line opening with
 * the point of a decision table it votes on (set 187) — a vote of its own, never the end of the vote above.
 */
export const POINT_NEW = any(file.pointNew);
/** A speaker telling what happened elsewhere ("сообщил, что законопроект одобрен большинством голосов"): no vote of this meeting. */
export const REPORTED_SPEECH = any(file.reportedSpeech);
/** Members present who did not vote: "2 члена не голосовали", "4 мүше дауыс беруге қатыса алмады". */
export const NOT_VOTED = any(file.notVoted);
/** "кроме", "басқа", "қоспағанда": those set apart from a vote told by exception. */
export const VOTE_EXCEPT = any(file.voteExcept);
/** "остальные", "қалғандары": the rest of those present at a vote. */
export const VOTE_REST = any(file.voteRest);
/** "покинул заседание", "отырысқа қосылды": one present leaves or comes during the meeting. */
export const PRESENCE_CHANGE = any(file.presenceChange);
/** Presence said with no verb: "На заседании 13 членов Совета, в том числе 2 онлайн:", "Отырыста Кеңестің 13 мүшесі бар:". */
export const PRESENT_ELLIPTIC = any(file.presentElliptic);
/** Headings of the attendance lists. */
export const PRESENT_HEADING = `(?:${any(file.presentHeading)}|${PRESENT_ELLIPTIC})`;
export const ABSENT_HEADING = any(file.absentHeading);
/**
 * Those present besides the members: "На заседании также присутствовали:", "Присутствовали также:", "Отырысқа сондай-ақ қатысқандар:" — guests, or
 * members of the council at a commission's meeting. Never attendees of the body, never a count of those present.
 */
export const ALSO_PRESENT = `(?:${any(file.alsoPresent)}[\\s,]+(?:[\\p{L}\\d-]+\\s+){0,3}?${PRESENT_HEADING}|${PRESENT_HEADING}\\s+${any(file.alsoPresent)})`;
/** A heading naming only the kind of absence ("Без уважительной причины:", "Себепсіз:"): a list of absentees. */
export const ABSENCE_KIND_HEADING = `^\\s*(?:${any(file.absenceKindHeading)})`;
export const INVITED_HEADING = any(file.invitedHeading);
/** A status cell of an attendance table naming a person who is not a member: "шақырылған", "приглашенный", "гость", "Кеңес мүшесі емес". */
export const INVITED_STATUS = any(file.invitedStatus);
/**
 * A status or role naming a member of another body that a joint meeting sits with: "мәслихат депутаты", "депутат маслихата",
 * "депутат, председатель постоянной комиссии" — at a joint meeting of the council and a maslikhat's commission those are the
 * commission's, never the council's attendees (`otherBodyAtJoint`).
 */
export const OTHER_BODY_STATUS = any(file.otherBodyStatus);
/** "Члены Совета:", "Кеңес мүшелері:": names the body, not whether they came — a list of attendees only under a heading of those present. */
export const MEMBERS_HEADING = any(file.membersHeading);
/** An online marker with the words that may open it: "в режиме онлайн", "по ВКС", "через ZOOM", "посредством видеосвязи". */
export const ONLINE_PHRASE = `(?:(?:в\\s+(?:режиме|формате)|по|через|посредством)\\s+)?${ONLINE}`;
/** An online sub-heading, up to its colon: "В режиме онлайн:", "по видеосвязи:", "дистанционно (по видеосвязи) / бейнебайланыс арқылы:". */
// The count of the names may stand in brackets before the colon: "Онлайн / ZOOM арқылы (2):".
// (Or a dash before the first name: "по видеосвязи (онлайн) – Бекова Ж.А., …".)
export const ONLINE_LEAD = `^\\s*${ONLINE_PHRASE}[\\p{L}\\s()/]{0,45}(?:\\(\\s*\\d{1,3}\\s*(?:чел\\.?|адам)?\\s*\\)\\s*)?(?::|\\s[-–—]\\s*(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}))`;
/** Words that begin the role after a name without a dash: "Абдыхалыков Член ОС комиссия №5". */
export const ROLE_WORDS = any(file.roleWords);
/** Absence reasons: unexcused is tried first ("без уважительной" contains "уважительн"). */
export const UNEXCUSED = any(file.unexcused);
export const EXCUSED = any(file.excused);
/** Headings of the agenda: "Повестка дня:", "Күн тәртібі:"; group 1 is the rest of the line. */
export const AGENDA = any(file.agendaHeading);
export const AGENDA_HEADING = `^\\s*${AGENDA}\\s*[:.]?\\s*(.*)$`;
// The classic structure: СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ, ТЫҢДАЛДЫ / СӨЙЛЕГЕНДЕР / ШЕШІМ ҚАБЫЛДАНДЫ — headings when a colon follows.
/** A new question or its speakers: the result of the vote before is not past it. */
/** "СЛУШАЛИ", "ТЫҢДАЛДЫ": the word that opens a question's section. */
export const SECTION_HEARD = any(file.sectionHeard);
export const SECTION_NEW = `(?:^|[\\s.)])(?:${any(file.sectionHeard)}|${any(file.sectionSpoke)})\\s*:`;
/** "РЕШИЛИ:", "ШЕШІМ ҚАБЫЛДАНДЫ:" — the heading itself declares no result, the words after it may. */
export const DECIDED = any(file.sectionDecided);
export const SECTION_DECIDED = `^[^:]{0,40}?${DECIDED}\\s*:`;
/** Attendance table columns: who, and how they took part. */
export const PARTICIPATION_COLUMN = any(file.participation);
export const NAME_COLUMN = any(file.nameColumn);
/** A participation cell meaning "in person". */
export const IN_PERSON = any(file.inPerson);

/** Kinds of meeting body, most specific first; "{n}" is the first number the pattern captured. */
export const BODY_PATTERNS = file.bodies.map((b) => ({ body: b.body, source: any(b) }));

/** An earlier protocol's extract, its heading word: "ВЫПИСКА из протокола № 6", "№ 6 хаттамадан ҮЗІНДІ". */
export const EXTRACT_HEADING = any(file.extractHeading);
/** An appendix's label: "Приложение к протоколу № 8", "Хаттамаға қосымша", "2-қосымша". */
export const APPENDIX_HEADING = any(file.appendixHeading);
/** A document's own heading word, in capitals under an appendix's label: "ВЫПИСКА", "№ 9 ШЕШІМІ", "РЕШЕНИЕ", "ХАТТАМА № 3". */
export const DOCUMENT_HEADING = any(file.documentHeading);
/** A commission's (working group's) own short protocol: "КРАТКИЙ ПРОТОКОЛ", "комиссия отырысының қысқаша хаттамасы". */
export const SHORT_PROTOCOL = any(file.shortProtocol);
/** The counting commission of a secret ballot: "счётная комиссия", "есеп комиссиясы". */
export const COUNTING_COMMISSION = any(file.countingCommission);
