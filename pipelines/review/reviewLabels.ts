/**
 * Every word of a review workbook a person reads, in the three languages a
 * workspace writes its outputs in (config `lang`, as the report and the
 * templates choose it): sheet names, column headers, decisions, results,
 * kinds of item and the instructions. Russian and Kazakh headers carry the
 * English word after a slash, so a person and a script can both read them;
 * the reader (readReviewSheet) knows every language's headers and words, so a
 * review written in one language and filled in another still reads.
 */
import type { Lang } from '../../reports/i18n/getLabels.ts';

export type ReviewLang = Lang;
export const REVIEW_LANGS: readonly ReviewLang[] = ['ru', 'kk', 'en'];

type Words = Record<ReviewLang, string>;

/** Column headers by column key. The Russian ones are those of format version 1, unchanged. */
export const HEADERS: Record<string, Words> = {
  kind: { ru: 'вид / kind', kk: 'түрі / kind', en: 'kind' },
  metric: { ru: 'показатель / metric', kk: 'көрсеткіш / metric', en: 'metric' },
  value: { ru: 'значение / value', kk: 'мәні / value', en: 'value' },
  file: { ru: 'файл / file', kk: 'файл / file', en: 'file' },
  line: { ru: 'строка / line', kk: 'жол / line', en: 'line' },
  text: { ru: 'текст строки / line text', kk: 'жол мәтіні / line text', en: 'line text' },
  why: { ru: 'почему не уверен / why unsure', kk: 'неге сенімсіз / why unsure', en: 'why unsure' },
  decision: { ru: 'решение / decision', kk: 'шешім / decision', en: 'decision' },
  note: { ru: 'комментарий / note', kk: 'түсініктеме / note', en: 'note' },
  corrected: { ru: 'исправленное значение / corrected value', kk: 'түзетілген мән / corrected value', en: 'corrected value' },
  corrected_metric: { ru: 'показатель (исправлено) / metric (corrected)', kk: 'көрсеткіш (түзетілген) / metric (corrected)', en: 'metric (corrected)' },
  name: { ru: 'как написано / as written', kk: 'қалай жазылған / as written', en: 'as written' },
  status: { ru: 'статус / status', kk: 'мәртебесі / status', en: 'status' },
  member: { ru: 'член совета / member', kk: 'кеңес мүшесі / member', en: 'member' },
  resolution: { ru: 'сопоставление / resolution', kk: 'сәйкестендіру / resolution', en: 'resolution' },
  candidates: { ru: 'кандидаты / candidates', kk: 'ықтимал мүшелер / candidates', en: 'candidates' },
  corrected_member: { ru: 'member_id (исправлено / corrected)', kk: 'member_id (түзетілген / corrected)', en: 'member_id (corrected)' },
  corrected_status: { ru: 'статус (исправлено) / status (corrected)', kk: 'мәртебесі (түзетілген) / status (corrected)', en: 'status (corrected)' },
  corrected_reason: { ru: 'причина (исправлено) / reason (corrected)', kk: 'себебі (түзетілген) / reason (corrected)', en: 'reason (corrected)' },
  item_no: { ru: '№ / item', kk: '№ / item', en: 'item' },
  for: { ru: 'за / for', kk: 'жақтап / for', en: 'for' },
  against: { ru: 'против / against', kk: 'қарсы / against', en: 'against' },
  abstain: { ru: 'воздержались / abstain', kk: 'қалыс қалды / abstain', en: 'abstain' },
  declared: { ru: 'итог / declared', kk: 'нәтиже / declared', en: 'declared' },
  why_unclear: { ru: 'что неясно / why unclear', kk: 'не түсініксіз / why unclear', en: 'why unclear' },
  corrected_for: { ru: 'за (исправлено) / for (corrected)', kk: 'жақтап (түзетілген) / for (corrected)', en: 'for (corrected)' },
  corrected_against: { ru: 'против (исправлено) / against (corrected)', kk: 'қарсы (түзетілген) / against (corrected)', en: 'against (corrected)' },
  corrected_abstain: { ru: 'воздержались (исправлено) / abstain (corrected)', kk: 'қалыс қалды (түзетілген) / abstain (corrected)', en: 'abstain (corrected)' },
  corrected_declared: { ru: 'итог (исправлено) / declared (corrected)', kk: 'нәтиже (түзетілген) / declared (corrected)', en: 'declared (corrected)' },
};

export const SHEET_NAMES: Record<'figures' | 'people' | 'votes' | 'instructions', Words> = {
  figures: { ru: 'Показатели', kk: 'Көрсеткіштер', en: 'Figures' },
  people: { ru: 'Участники', kk: 'Қатысушылар', en: 'People' },
  votes: { ru: 'Голосования', kk: 'Дауыс беру', en: 'Votes' },
  instructions: { ru: 'Инструкция', kk: 'Нұсқаулық', en: 'Instructions' },
};

export const DECISION_WORDS_BY_LANG: Record<'accept' | 'correct' | 'reject', Words> = {
  accept: { ru: 'принять (accept)', kk: 'қабылдау (accept)', en: 'accept' },
  correct: { ru: 'исправить (correct)', kk: 'түзету (correct)', en: 'correct' },
  reject: { ru: 'отклонить (reject)', kk: 'қабылдамау (reject)', en: 'reject' },
};

export const DECLARED_WORDS_BY_LANG: Record<'adopted' | 'rejected', Words> = {
  adopted: { ru: 'принято (adopted)', kk: 'қабылданды (adopted)', en: 'adopted' },
  rejected: { ru: 'не принято (rejected)', kk: 'қабылданбады (rejected)', en: 'rejected' },
};

export const UNANIMOUS_WORDS: Words = { ru: 'единогласно (unanimous)', kk: 'бірауыздан (unanimous)', en: 'unanimous' };

export const KIND_WORDS: Record<'figure' | 'candidate' | 'attendee' | 'absentee' | 'vote', Words> = {
  figure: { ru: 'показатель (figure)', kk: 'көрсеткіш (figure)', en: 'figure' },
  candidate: { ru: 'кандидат (candidate)', kk: 'күмәнді көрсеткіш (candidate)', en: 'candidate' },
  attendee: { ru: 'присутствовал (attendee)', kk: 'қатысты (attendee)', en: 'attendee' },
  absentee: { ru: 'отсутствовал (absentee)', kk: 'қатыспады (absentee)', en: 'absentee' },
  vote: { ru: 'голосование (vote)', kk: 'дауыс беру (vote)', en: 'vote' },
};

export const NOTHING_TO_REVIEW: Words = { ru: 'Нечего проверять / nothing to review', kk: 'Тексеретін ештеңе жоқ / nothing to review', en: 'Nothing to review' };

export const NO_MEMBERS_REGISTER: Words = { ru: 'нет реестра членов', kk: 'мүшелер тізілімі жоқ', en: 'no members register' };

/** The instructions sheet, one paragraph a row. */
export const INSTRUCTIONS: Record<ReviewLang, string[]> = {
  ru: [
    'Как заполнить проверку kenes',
    'В каждой строке — то, в чём kenes не уверен (или что он прочитал) в документе: файл, номер строки и её текст.',
    'В столбце «решение» выберите: «принять» — верно как есть; «исправить» — заполните исправленное значение, показатель, member_id, статус или итог; «отклонить» — в документе этого нет. Пустая строка — решения нет, ничего не меняется.',
    'Статус участника: present (очно), online (онлайн), late, left_early, absent_excused (по уважительной причине — укажите причину), absent_unexcused, unknown.',
    'Показатель — один из идентификаторов списка (например monitorings, round_tables); неизвестный будет отклонён с ближайшими допустимыми.',
    'Не меняйте скрытый столбец kenes_id и скрытый лист kenes. Сохраните файл и выполните: kenes ingest <этот файл>. Отклонённые ячейки будут перечислены с листом, строкой и столбцом.',
  ],
  kk: [
    'kenes тексеруін қалай толтыру керек',
    'Әр жолда — kenes құжатта сенімсіз болған (немесе оқыған) нәрсе: файл, жол нөмірі және оның мәтіні.',
    '«Шешім» бағанында таңдаңыз: «қабылдау» — дұрыс; «түзету» — түзетілген мәнді, көрсеткішті, member_id, мәртебені немесе нәтижені толтырыңыз; «қабылдамау» — құжатта бұл жоқ. Бос жол — шешім жоқ, ештеңе өзгермейді.',
    'Қатысушының мәртебесі: present (бетпе-бет), online (онлайн), late, left_early, absent_excused (дәлелді себеппен — себебін жазыңыз), absent_unexcused, unknown.',
    'Көрсеткіш — тізімдегі идентификаторлардың бірі (мысалы monitorings, round_tables); белгісізі ең жақын рұқсат етілгендерімен қабылданбайды.',
    'Жасырын kenes_id бағанын және жасырын kenes парағын өзгертпеңіз. Файлды сақтап, орындаңыз: kenes ingest <осы файл>. Қабылданбаған ұяшықтар парағымен, жолымен және бағанымен аталады.',
  ],
  en: [
    'How to fill in a kenes review',
    'Each row is something kenes is not sure of (or read) in a document: its file, line number and line text.',
    'In the decision column pick: "accept" — right as it is; "correct" — fill in the corrected value, metric, member_id, status or result; "reject" — the document does not say this. A row left empty is no decision and changes nothing.',
    'An attendee\'s status: present, online, late, left_early, absent_excused (give the reason), absent_unexcused, unknown.',
    'A metric is one of the ids of the list (e.g. monitorings, round_tables); an unknown one is refused with the nearest allowed ids.',
    'Do not change the hidden kenes_id column or the hidden kenes sheet. Save the file and run: kenes ingest <this file>. Refused cells are listed with their sheet, row and column.',
  ],
};
