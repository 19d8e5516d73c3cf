import { MONTH_WORD } from '../monthNames.ts';
import { typedOnRussianKeyboard } from '../typedOnRussianKeyboard.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { blankMonthRange, monthRangeOf } from '../grammar/monthRangeOf.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportActivity, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES } from './activityLexicon.ts';
import { SUB_PERIODS } from './figureLexicon.ts';
import { latinRoman, monthsOf, namesPartOutside, yearsOf, type Period } from './readPeriod.ts';
import { partSections } from './readFigures.ts';
import { runningLines } from './runningLines.ts';
import { statesNothingSections } from './statesNothingSections.ts';
import { FAILED_TO_HOLD, NONE_VERBS, NONE_VERBS_KK } from './noneHeldVerbs.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { mayMatch } from '../grammar/requiredText.ts';
import { WHOLE_TERM } from './wholeTerm.ts';

/** A sentence of letters to the state bodies, none of appeals: the answers it denies are the letters'. */
const LETTERS_ONLY = /^(?=[^]*(?:пис[её]м|письм|(?<![\p{L}])хат(?!тама)))(?![^]*(?:обращени|заявлени|жалоб|өтініш|шағым))/iu;

/** The composition by its members, not its number: "Персональный состав", "Состав Совета"; never "количественный", "численный". */
const UNCHANGED_COMPOSITION = '(?:персональн[\\p{L}]*\\s+)?(?<!(?:количественн|численн|сандық)[\\p{L}]*\\s+)(?:состав|құрам)[\\p{L}]*';
/**
 * Stayed as it was: "остался прежним", "остался неизменным", "остался без изменений". Not the Kazakh "Құрам жыл бойы
 * өзгеріссіз қалды": set 45's Kurmangazy writer leaves it out ("gives no number", as set 11's Kazygurt), so it stays unread.
 */
const STAYED_THE_SAME = 'остал[\\p{L}]*\\s+(?:прежним|неизменным|без\\s+изменений)';
/**
 * The same said as a label's value, with no verb: "Состав: без изменений (вступивших — 0, выбывших — 0)", "состав без
 * изменений" under the members' tile (an infographic's or a dashboard's caption, set 157).
 */
const UNCHANGED_LABEL_MARK = /(?<=(?:состав|құрам)[\p{L}]*(?:\s+(?:общественного\s+)?совета)?)\s*[:–—-](?=\s*без\s+изменений)/gu;
const UNCHANGED_LABEL = '(?<=(?:состав|құрам)[\\p{L}]*(?:\\s+(?:общественного\\s+)?совета)?\\s*[:–—-]?\\s*)без\\s+изменений';

/** A change of membership not made or not had: "өзгеріс енгізілген жоқ", "енгізілмеді", "болған жоқ", "болмады". */
const MEMBERSHIP_CHANGE_NONE_KK = 'енгізілген\\s+жоқ|енгізілмеді|болған\\s+жоқ|болмады';

/**
 * A change of the membership named: "изменений в составе", "перемен в составе", "движения в составе", "в составе Совета перемен" (the
 * composition before the change, perhaps the period between: "В составе Совета за отчётный период изменений не было"), "құрамында өзгеріс". Never a change alone ("Изменений не было" of a plan, a schedule).
 */
const MEMBERSHIP_CHANGE = 'изменени[\\p{L}]*\\s+в\\s+(?:персональн[\\p{L}]*\\s+)?состав[\\p{L}]*|движени[\\p{L}]*\\s+в\\s+состав[\\p{L}]*|перемен[\\p{L}]*\\s+в\\s+состав[\\p{L}]*|(?<=(?:^|\\s)в\\s+состав[ае]\\s+(?:(?:общественного\\s+)?совета\\s+)?(?:(?:за\\s+отч[её]тный\\s+период|в\\s+отч[её]тном\\s+(?:периоде|году|квартале|полугодии)|за\\s+(?:\\d{1,2}|девять|шесть|три)\\s+месяц[\\p{L}]*|за\\s+(?:[\\p{L}]+\\s+)?(?:квартал|полугодие|год)(?:\\s+\\d{4}\\s+года)?)\\s+)?)(?:изменени|перемен)[\\p{L}]*|құрам[\\p{L}]*\\s+(?:ешқандай\\s+)?өзгеріс[\\p{L}]*';

/**
 * What a clause may say is none, and the verbs that say it: "Общественные слушания в отчетном периоде не
 * проводились", "Заседания президиума не проводились", "жаңа мүше енгізілген жоқ", "Обращения не поступали".
 */
const SUBJECTS: { metric: MetricId; subject: string; verbs?: string; kk?: string; context?: RegExp }[] = [
  // "Жария тыңдаулар өткізілген жоқ", "көпшілік тыңдау": the public hearings under their other Kazakh names.
  { metric: 'public_hearings', subject: '(?:(?:общественн|публичн)[\\p{L}]*\\s+)?слушани[\\p{L}]*|(?:қоғамдық|жария|көпшілік)\\s+тыңдау[\\p{L}]*' },
  { metric: 'monitorings', subject: '(?:общественн[\\p{L}]*\\s+|қоғамдық\\s+)?мониторинг[\\p{L}]*' },
  { metric: 'round_tables', subject: 'кругл[\\p{L}]*\\s+стол[\\p{L}]*|дөңгелек\\s+үстел[\\p{L}]*' },
  // "Семинарлар мен оқыту іс-шаралары … өткізілген жоқ", "Семинары и обучающие мероприятия не проводились": the training
  // events named with the seminars are of the same metric.
  // "обучающие семинары", "оқыту семинарлары" in a list of kinds denied together: the seminars by their kind's adjective.
  { metric: 'seminars', subject: '(?:(?:обучающ[\\p{L}]*|оқыту)\\s+)?(?:семинар[\\p{L}]*|тренинг[\\p{L}]*)(?:\\s+(?:и|мен|және)\\s+(?:тренинг[\\p{L}]*|обучающ[\\p{L}]*\\s+мероприяти[\\p{L}]*|оқыту\\s+іс-шара[\\p{L}]*))?' },
  { metric: 'memoranda', subject: 'меморандум[\\p{L}]*' },
  { metric: 'dialog_platforms', subject: 'диалогов[\\p{L}]*\\s+площад[\\p{L}]*|диалог(?:тық)?\\s+алаң[\\p{L}]*' },
  { metric: 'presidium_meetings', subject: 'заседани[\\p{L}]*\\s+президиум[\\p{L}]*|(?:президиум|төралқа)[\\p{L}]*\\s+отырыс[\\p{L}]*' },
  // "Президиум в течение года ни разу не собирался", "Төралқа жыл бойы бірде-бір рет жиналған жоқ": the presidium itself the
  // subject of meeting, "not once" said — a plain "Президиум в отчетном квартале не собирался" was left unstated by the
  // writers (set 2); never "Президиум не образован" (no presidium: no count at all).
  { metric: 'presidium_meetings', subject: 'президиум|төралқа', verbs: '(?<=ни\\s+разу\\s+не\\s+)(?:собирал|заседал)', kk: '(?<=бірде-бір\\s+рет\\s+)(?:жиналған\\s+жоқ|жиналмады|бас\\s+қосқан\\s+жоқ|бас\\s+қоспады)' },
  { metric: 'commission_meetings', subject: 'заседани[\\p{L}]*\\s+(?:постоянн[\\p{L}]*\\s+)?комисси[\\p{L}]*|(?:тұрақты\\s+)?комиссия[\\p{L}]*\\s+отырыс[\\p{L}]*' },
  { metric: 'report_hearings', subject: 'отч[её]т[\\p{L}]*(?:\\s+(?:государственн[\\p{L}]*\\s+орган|госорган)[\\p{L}]*)?|есеп[\\p{L}]*|есебі', verbs: 'заслушивал', kk: 'тыңдалмады|тыңдалған\\s+жоқ' },
  { metric: 'appeals_received', subject: '(?:обращени|заявлени|жалоб)[\\p{L}]*(?:\\s+граждан)?|(?:өтініш|шағым)[\\p{L}]*', verbs: 'поступал|поступил', kk: 'түскен\\s+жоқ|түспеді' },
  // A part of the appeals none: "заңды тұлғалардан өтініш түскен жоқ", "от юридических лиц обращений не поступало", "обращений от
  // юридических лиц не поступало", "от организаций письменных обращений не было", "заңды тұлғалардан өтініш болған жоқ",
  // "ұйымдардан (заңды тұлғалардан) бірде-бір өтініш түспеді", the bracket in the nominative "ұйымдардан (заңды тұлғалар)
  // бірде-бір өтініш болмады" (held-out 87's Ridder) (never "азаматтардан және ұйымдардан … түскен жоқ": none of both).
  { metric: 'appeals_legal_entities', subject: '(?:обращени|заявлени)[\\p{L}]*\\s+организаци[\\p{L}]*(?:\\s*\\(\\s*юридическ[\\p{L}]*\\s+лиц\\s*\\))?|заңды\\s+тұлғалардың\\s+(?:бірде-бір\\s+)?(?:өтініш|шағым)[\\p{L}]*|(?:(?:обращени|заявлени)[\\p{L}]*\\s+)?(?:от\\s+)?юридическ[\\p{L}]*\\s+лиц(?:\\s+(?:обращени|заявлени)[\\p{L}]*)?|от\\s+организаци[\\p{L}]*(?:\\s+(?:письменн[\\p{L}]*\\s+)?(?:обращени|заявлени)[\\p{L}]*)?|(?:заңды\\s+тұлғалардан|(?<!(?:және|мен|бен|пен)\\s+)ұйымдардан)(?:\\s*\\((?:заңды\\s+тұлғалар(?:дан)?|ұйымдар(?:дан)?)\\))?(?:\\s+(?:бірде-бір\\s+)?(?:өтініш|шағым)[\\p{L}]*)?', verbs: 'поступал|поступил|было', kk: 'түскен\\s+жоқ|түспеді|болған\\s+жоқ|болмады' },
  // The legal entities as those who did not apply: "заңды тұлғалар кеңеске жүгінбеді", "заңды тұлғалар өтініш бермеді",
  // "юридические лица в Совет не обращались".
  // The verb ends the clause: "… не обращались за консультацией" is no none of appeals.
  // So one of them none: "бірде-бір заңды тұлға жүгінбепті" (the evidential of a speech), "юридическое лицо в Совет не обращалось".
  { metric: 'appeals_legal_entities', subject: '(?:бірде-бір\\s+)?заңды\\s+тұлға(?:лар)?|юридическ[\\p{L}]*\\s+лиц[оа]', verbs: 'обращал(?:ись|ось)(?=\\s*(?:[.;,)]|$))', kk: '(?:жүгінбеді|жүгінбепті|жүгінген\\s+жоқ|өтініш\\s+(?:бермеді|бермепті|берген\\s+жоқ))(?=\\s*(?:[.;,)]|$))' },
  { metric: 'appeals_individuals', subject: '(?:(?:обращени|заявлени)[\\p{L}]*\\s+)?(?:от\\s+)?физическ[\\p{L}]*\\s+лиц(?:\\s+(?:обращени|заявлени)[\\p{L}]*)?|жеке\\s+тұлғалардан(?:\\s+(?:өтініш|шағым)[\\p{L}]*)?', verbs: 'поступал|поступил', kk: 'түскен\\s+жоқ|түспеді' },
  // "Кеңеске бірде-бір НҚА жобасы келіп түскен жоқ", "Проекты НПА на рассмотрение Совета в III квартале не поступали",
  // "Проекты НПА не рассматривались": none came in, so none was reviewed.
  { metric: 'npa_reviewed', subject: '(?:проект[\\p{L}]*\\s+)?(?:нпа|нормативн[\\p{L}]*[\\s-]+правов[\\p{L}]*\\s+акт[\\p{L}]*)|(?:нқа|нормативтік\\s+құқықтық\\s+акт[\\p{L}]*)\\s+жоба[\\p{L}]*', verbs: 'поступал|поступил|рассматривал', kk: '(?:келіп\\s+)?түскен\\s+жоқ|түспеді|келген\\s+жоқ|келмеді|қаралған\\s+жоқ|қаралмады' },
  // "ескертумен мақұлданған жоба болған жоқ", "ескертулермен келісілген НҚА жобалары болмады", "Согласованных с замечаниями проектов
  // НПА не было": the drafts with remarks none (never "замечаний не было" alone: of what, the clause does not say).
  // "ескертулермен келісілгені жоқ", "ескертумен мақұлданғаны болған жоқ": the participle with its possessive, the drafts
  // left out (the one agreed with remarks); "с замечаниями согласованных проектов не было": the remarks first.
  { metric: 'npa_with_remarks', subject: 'ескерту(?:мен|лермен)\\s+(?:мақұлданған|келісілген|қабылданған)\\s+(?:(?:нқа|нормативтік\\s+құқықтық\\s+акт[\\p{L}]*)\\s+)?жоба[\\p{L}]*|ескерту(?:мен|лермен)\\s+(?:мақұлданғаны|келісілгені|қабылданғаны)|с\\s+замечани[\\p{L}]*\\s+(?:одобренн|согласованн)[\\p{L}]*(?:\\s+проект[\\p{L}]*(?:\\s+нпа)?)?|(?:проект[\\p{L}]*(?:\\s+нпа)?\\s+)?(?:одобренн|согласованн)[\\p{L}]*\\s+с\\s+замечани[\\p{L}]*(?:\\s+проект[\\p{L}]*(?:\\s+нпа)?)?', verbs: 'было|имелось', kk: 'болған\\s+жоқ|болмады|жоқ' },
  // "Жыл соңында қараусыз қалған жоба жоқ" (set 156), "Нерассмотренных проектов НПА не осталось": no draft left unreviewed at
  // the period's end — none pending.
  { metric: 'npa_pending', subject: '(?:нерассмотренн[\\p{L}]*\\s+(?:проект[\\p{L}]*(?:\\s+нпа)?|нпа)(?:\\s+на\\s+кон(?:ец|це)\\s+(?:[\\p{L}]+\\s+)?(?:года|периода|квартала|полугодия))?|(?:(?:жыл|кезең|тоқсан|жартыжылдық)[\\p{L}]*\\s+соңында\\s+)?(?:қараусыз\\s+қалған|қаралмаған)\\s+(?:(?:нқа|нормативтік\\s+құқықтық\\s+акт[\\p{L}]*)\\s+)?жоба[\\p{L}]*)', verbs: 'было|остал', kk: 'жоқ|болған\\s+жоқ|болмады|қалған\\s+жоқ|қалмады|нет' },
  // "Қазан айында бір мүше … шықты, орнына әлі ешкім тағайындалған жоқ", "на его место пока никто не назначен": no one joined
  // in the place of one who left.
  { metric: 'members_joined', subject: 'орнына|на\\s+(?:его|её|ее|их)\\s+мест[оа]', verbs: '(?<=никто\\s+не\\s+)(?:назначал|назначен|введен|включен|избран)', kk: 'ешкім\\s+(?:тағайындалған\\s+жоқ|тағайындалмады|енгізілген\\s+жоқ|енгізілмеді|сайланған\\s+жоқ|сайланбады)' },
  // "новых членов не избиралось", "жаңа мүше сайланған жоқ": none elected is none joined; so the participle "новых членов не
  // принято", "не введено", "не включено", "не избрано" (held-out 87's Ayagoz).
  { metric: 'members_joined', subject: 'нов[\\p{L}]+\\s+член[\\p{L}]*|жаңа\\s+мүше[\\p{L}]*', verbs: 'вводил|включал|принимал|избирал|было|принят|введен|включен|избран', kk: 'сайланған\\s+жоқ|сайланбады|енгізілген\\s+жоқ|енгізілмеді|қабылданған\\s+жоқ|қабылданбады|кірген\\s+жоқ|қосылған\\s+жоқ|қосылмады' },
  // "3 хат жолданды, олардың ешқайсысына әзірге жауап келген жоқ", "направлено 3 письма, ни на одно из них ответ пока не
  // получен", "ответов на письма пока не поступало": none of the letters answered (0) — in a sentence of letters, not of appeals.
  { metric: 'letters_answered', subject: '(?:олардың\\s+)?(?:ешқайсысына|бірде-біреуіне)(?:\\s+(?:әзірге|әлі))?\\s+жауап|ни\\s+на\\s+одно(?:\\s+из\\s+них|\\s+письмо)?\\s+ответ|ответ(?:ов|ы)?(?:\\s+на\\s+(?:них|письма))?', verbs: 'получен|получал|поступил|поступал|пришел|пришёл|было', kk: 'келген\\s+жоқ|келмеді|алынған\\s+жоқ|алынбады|түскен\\s+жоқ|түспеді', context: LETTERS_ONLY },
  { metric: 'members_left', subject: 'выбывш[\\p{L}]*(?:\\s+член[\\p{L}]*)?', verbs: 'было', kk: '(?!)' },
  // "Биыл Кеңестен ешкім шықпады", "Из Совета никто не выбыл": no one left, 0.
  // "… құрамына ешкім енгізілмеді және ешкім шығарылмады": no one put out, the council's composition named in the clause before.
  { metric: 'members_left', subject: '(?:кеңестен|құрамы?нан)\\s+ешкім|никто|ешкім', verbs: '(?:выбыл|вышел|выбывал|выведен|выводил)(?![^.;,]*(?:комисси|групп|президиум))', kk: '(?:шықпады|шыққан\\s+жоқ|кетпеді|кеткен\\s+жоқ|шығарылмады|шығарылған\\s+жоқ)(?![^.;,]*(?:комиссия|топ|төралқа))' },
  // "Изменений в составе не было", "Кеңес құрамында өзгеріс болған жоқ", "в составе Совета перемен не было": neither joined
  // nor left — 0 of each.
  // "Кеңес құрамына өзгеріс енгізілген жоқ": no change made, the Kazakh of "изменения в состав не вносились".
  { metric: 'members_joined', subject: MEMBERSHIP_CHANGE, verbs: 'было|происходил|вносил', kk: MEMBERSHIP_CHANGE_NONE_KK },
  { metric: 'members_left', subject: MEMBERSHIP_CHANGE, verbs: 'было|происходил|вносил', kk: MEMBERSHIP_CHANGE_NONE_KK },
  // "мемлекеттік органдардың өкілдері кеңес құрамында жоқ", "Представители государственных органов в состав Совета не
  // входят": no member from the state bodies, 0 of the state's part.
  { metric: 'members_state', subject: 'мемлекеттік\\s+орган[\\p{L}]*\\s+өкіл[\\p{L}]*|представител[\\p{L}]*\\s+(?:государственн[\\p{L}]*\\s+орган|госорган)[\\p{L}]*', verbs: 'входят|входит|имеется|имеются', kk: 'жоқ|кірмейді' },
  // "Состав Совета не изменялся", "Кеңестің құрамы өзгерген жоқ": the same said by the membership's own verb.
  { metric: 'members_joined', subject: 'состав[\\p{L}]*|құрам[\\p{L}]*', verbs: 'изменял|менял|изменил(?=ся|ось|ась)', kk: 'өзгерген\\s+жоқ|өзгермеді' },
  { metric: 'members_left', subject: 'состав[\\p{L}]*|құрам[\\p{L}]*', verbs: 'изменял|менял|изменил(?=ся|ось|ась)', kk: 'өзгерген\\s+жоқ|өзгермеді' },
  // "… не выбывал и в состав не вводился", "Кеңес құрамына ешкім енгізілмеді": no one put into the composition, 0 joined.
  { metric: 'members_joined', subject: 'состав[\\p{L}]*|құрам[\\p{L}]*', verbs: 'вводил|включал|кооптировал', kk: 'енгізілмеді|енгізілген\\s+жоқ|қабылданбады|қабылданған\\s+жоқ|кірмеді|кірген\\s+жоқ|қосылмады|қосылған\\s+жоқ' },
  // "Персональный состав Совета остался прежним", "Состав … остался без изменений": none joined and none left, said with no
  // negation. Never the number of members alone ("Количественный состав остался прежним": one may have left and another
  // joined in the place).
  { metric: 'members_joined', subject: UNCHANGED_COMPOSITION, verbs: '(?!)', kk: STAYED_THE_SAME },
  { metric: 'members_left', subject: UNCHANGED_COMPOSITION, verbs: '(?!)', kk: STAYED_THE_SAME },
  { metric: 'members_joined', subject: `${UNCHANGED_COMPOSITION}(?:\\s+(?:общественного\\s+)?совета)?\\s*[:–—-]?`, verbs: '(?!)', kk: UNCHANGED_LABEL },
  { metric: 'members_left', subject: `${UNCHANGED_COMPOSITION}(?:\\s+(?:общественного\\s+)?совета)?\\s*[:–—-]?`, verbs: '(?!)', kk: UNCHANGED_LABEL },
  // "жаңадан қабылданған мүше жоқ", "вновь введённых членов нет": the one joined as the subject, "none" its verb.
  { metric: 'members_joined', subject: '(?:жаңа(?:дан)?\\s+)?(?:қабылданған|енгізілген|сайланған|кірген|қосылған)\\s+(?:жаңа\\s+)?мүше[\\p{L}]*|(?:вновь\\s+)?(?:введенн|включенн|избранн|принят)[\\p{L}]*\\s+(?:нов[\\p{L}]*\\s+)?член[\\p{L}]*', verbs: 'было', kk: 'жоқ|болған\\s+жоқ|болмады|нет' },
  // "Кеңестен шыққан мүше де болмады", "выбывших членов нет": the one who left as the subject. Never "шыққан мүшенің орнына
  // … тағайындалған жоқ" (the place not filled: "орнына" is no filler word).
  // "…, шыққандар жоқ", "Кеңестен шығарылғандар болған жоқ": those who left named by the participle alone, as a hurried list says.
  { metric: 'members_left', subject: '(?:(?:кеңестен|құрамы?нан)\\s+)?(?:(?:шыққан|шығарылған|кеткен)\\s+мүше[\\p{L}]*|(?:шыққан|шығарылған|кеткен)дар)|(?:выбывш|вышедш)[\\p{L}]*(?:\\s+член[\\p{L}]*)?', verbs: '(?!)', kk: 'жоқ|болған\\s+жоқ|болмады|нет' },
];
/**
 * Neither joined nor left, said as one clause of two halves: the Kazakh "-ған да, -ған да жоқ" ("Құрамға ешкім қосылған да,
 * одан шыққан да жоқ": the none only in the second half, the subject only in the first, the composition named again by
 * "одан" / "оған"), either order; the Russian "ни … , ни …" ("Никто не был ни введён в состав Совета, ни выведен из него",
 * "не было ни вновь введённых, ни выбывших членов"). Each is 0 joined and 0 left.
 */
const JOINED_KK = '(?:жаңадан\\s+)?(?:қосылған|енгізілген|кірген|қабылданған|сайланған)';
const LEFT_KK = '(?:шыққан|шығарылған|кеткен)';
const NOBODY_KK = '(?:ешкім|бірде-бір\\s+(?:адам|мүше))';
const INTO_KK = '(?:(?:кеңес[\\p{L}]*\\s+)?құрам(?:ға|ына)|кеңеске)';
const OUT_OF_KK = '(?:(?:кеңес[\\p{L}]*\\s+)?құрамы?нан|кеңестен)';
const NEITHER_NOR = [
  `${INTO_KK}\\s+${NOBODY_KK}\\s+${JOINED_KK}\\s+(?:да|де),?\\s+(?:одан|${OUT_OF_KK})\\s+(?:${NOBODY_KK}\\s+)?${LEFT_KK}\\s+(?:да|де)\\s+жоқ`,
  `${OUT_OF_KK}\\s+${NOBODY_KK}\\s+${LEFT_KK}\\s+(?:да|де),?\\s+(?:оған|${INTO_KK})\\s+(?:${NOBODY_KK}\\s+)?${JOINED_KK}\\s+(?:да|де)\\s+жоқ`,
  // The member's none after both participles: "құрамы сол күйінде қалды – енгізілген де, шығарылған да мүше жоқ" (set 150),
  // "шыққан да, қабылданған да мүше жоқ".
  `${JOINED_KK}\\s+(?:да|де),?\\s+${LEFT_KK}\\s+(?:да|де)\\s+(?:бірде-бір\\s+)?мүше\\s+жоқ`,
  `${LEFT_KK}\\s+(?:да|де),?\\s+${JOINED_KK}\\s+(?:да|де)\\s+(?:бірде-бір\\s+)?мүше\\s+жоқ`,
  'никто\\s+(?:не\\s+был\\s+)?ни\\s+(?:введ[её]н|включ[её]н|принят)\\s+в\\s+состав(?:\\s+(?:общественного\\s+)?(?:совета|ос))?,?\\s+ни\\s+(?:выведен|исключ[её]н|выбыл)(?![\\p{L}])',
  'никто\\s+(?:не\\s+был\\s+)?ни\\s+(?:выведен|исключ[её]н)\\s+из\\s+состава(?:\\s+(?:общественного\\s+)?(?:совета|ос))?,?\\s+ни\\s+(?:введ[её]н|включ[её]н|принят)(?![\\p{L}])',
  'не\\s+было\\s+ни\\s+(?:(?:вновь\\s+)?(?:введенн|введённ|включенн|принят)|нов)[\\p{L}]*(?:\\s+член[\\p{L}]*)?,?\\s+ни\\s+(?:выбывш|выведенн|исключенн)[\\p{L}]*(?:\\s+член[\\p{L}]*)?',
].map((source) => new RegExp(`(?<![\\p{L}])(?:${source})`, 'u'));
/** A commission's, a working group's, the presidium's composition ("Комиссия құрамына ешкім қосылған да, …"): not the council's. */
const OTHER_BODY = /(?:комисси|рабоч[\p{L}]*\s+групп|жұмыс\s+тоб|президиум|төралқа)/u;

/**
 * A bracket that sets another period's count beside the sentence: "(ІІ тоқсанда – 2)", "(в 2024 году – 3)", "(2024 жылы – 1)",
 * "(в I квартале 2024 г. – 1)". Blanked before a none is read: a comparison, no number of the none's clause.
 */
const COMPARED_BRACKET = /\(\s*(?:в\s+|во\s+|за\s+)?(?:(?:[IVXІ]{1,4}|\d)\s*(?:-?\s*[\p{L}]{1,3}\s*)?(?:квартал|тоқсан|полугоди|жартыжылдық)[\p{L}]*(?:\s+(?:19|20)\d{2}\s*(?:г\.|ж\.|года|году|жылы|жылғы)?)?|(?:19|20)\d{2}\s*(?:г\.|ж\.|году|года|жылы|жылғы)|прошлом\s+году|өткен\s+жылы)\s*[-–—:]\s*\d{1,4}\s*\)/gu;

/**
 * A bracket that tells the event planned or put off to a later time: "(один запланирован на сентябрь)", "(перенесены на
 * ноябрь)", "(біреуі қыркүйекке жоспарланған)", "(келесі тоқсанға ауыстырылды)". Not held in the period: no part of the
 * none's clause, its number and month no count nor span of it. So does a decision still awaited: "(маслихат шешімі
 * қаңтарда күтілуде)", "(решение маслихата ожидается в январе)"; a future step ("(кандидатура … будет рассмотрена маслихатом
 * в IV квартале)", "(IV тоқсанда қаралады)").
 */
const PUT_OFF_BRACKET = /\([^()]{0,60}?(?:запланирован|планиру|перенес[её]н|перенесен|отложен|ауыстырыл|жоспарлан|кейінге\s+қалдырыл|шегерілді|күтілуде|күтіледі|ожида[ею]тся|(?<![\p{L}])буд(?:ет|ут)\s+(?:рассмотрен|внесен|включен|введен|проведен|назначен)[\p{L}]*|қаралатын\s+болады|қаралады|енгізіледі)[^()]{0,60}\)/giu;

/** An exception to a none: "кроме одного", "за исключением двух", "помимо …", "біреуінен басқа", "екеуінен өзге". */
const SAVE_FOR = /(?<![\p{L}])(?:кроме|за\s+исключением|помимо)(?![\p{L}])|(?:бір|екі|үш|біреу|екеу|үшеу)[\p{L}]*(?:нен|ден|тен)\s+(?:басқа|өзге)(?![\p{L}])/iu;

/** Whether a compared bracket names a year other than the period's, or a quarter or half outside it. */
/** A bracket naming a month and its year: "(… в ноябре 2025 г.)", "(… 2025 жылғы қарашада)". */
const OTHER_YEAR_NOTE = new RegExp(String.raw`\((?=[^()]*${MONTH_WORD}\s+(?:19|20)\d{2}|[^()]*(?:19|20)\d{2}\s*(?:ж\.|жылғы)\s+${MONTH_WORD})[^()]*\)`, 'gu');

const BRACKET = /\([^()]*\)/gu;

function isOtherPeriod(bracket: string, periodYears: number[], period: Period | null): boolean {
  const years = matchesOf(bracket, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).map((m) => Number(m[0]));
  if (years.length > 0) return years.some((y) => !periodYears.includes(y));
  return /(?:прошлом\s+году|өткен\s+жылы)/iu.test(bracket) || namesPartOutside(latinRoman(bracket), period);
}

/**
 * A negated verb, Russian ("не выбывал") or Kazakh ("енгізілмеді", "қабылданған жоқ"), then the space before "и", "және",
 * "әрі" — only when a word of its own (a subject) stands between the conjunction and the next none: "не предусматривались и
 * не проводились", "жоспарланбаған және өткізілген жоқ" are two verbs of one subject.
 */
const NONE_THEN_AND = /(?<=(?:^|\s)не\s+[\p{L}]+|[\p{L}](?:мады|меді|бады|беді|пады|педі)|(?:ған|ген|қан|кен)\s+жоқ)\s(?=(?:и|және|әрі)\s+(?!не\s)[\p{L}]+\s+(?:[\p{L}]+\s+){0,5}?(?:не\s|[\p{L}]+(?:мады|меді|бады|беді|пады|педі)(?![\p{L}])|[\p{L}]+(?:ған|ген|қан|кен)\s+жоқ))/gu;

/**
 * A list item's letter, number or bullet before its clause, "б) Меморандумдар … жасалған жоқ", "в) Семинары не проводились",
 * "• диалоговые площадки, семинары – не проводились": no word of it (the bullet would hide the kinds' list from its none).
 */
const ITEM_LETTER = /^\s*(?:(?:\p{L}|\d{1,2})\)|[•▪●◦‣∙·*–—-])(?=\s)/u;

/**
 * Words that may stand around the subject and the verb: the period ("в отчетном периоде", "тоқсанда"), the body ("Кеңес құрамына"),
 * whom appeals would come from, what drafts come for ("на экспертизу", "сараптамаға") and the verb's own adverb ("азаматтардан және ұйымдардан өтініштер келіп түскен жоқ"), the
 * council's own initiative ("Кеңес бастамасымен", "по инициативе Совета"), its short name ("для членов ОС"), the council
 * speaking of itself ("мы не заключали", "биыл") and the seminars' audience and kind ("Обучающих семинаров для членов Совета
 * … не проводилось", "мүшелерге арналған оқыту семинарлары"), and a none of the plan before the none held ("Круглые столы
 * планом не предусматривались и не проводились", "жоспарланбаған және өткізілген жоқ"); the half-year's "бұл жарты жылда", "none of
 * them" ("НҚА жобасы Кеңеске бірде-біреуі келмеді") and "nobody yet" ("орнына әлі ешкім", "пока никто"); the council's "own"
 * ("Собственных семинаров Совет не проводил", "Кеңестің өз семинарлары өткізілген жоқ"), beside another body's event it attended.
 * The place of one who left ("оның орнына жаңа мүше әлі енгізілген жоқ", "вместо выбывшего новых членов не вводилось").
 * The council's full name, "ҚК" written out ("Тоқсан ішінде Қоғамдық кеңес құрамында өзгеріс болған жоқ", set 170).
 */
const FILLER = new RegExp(typedOnRussianKeyboard(/^(?:азаматтардан|ұйымдардан|тұлғалардан|және|келіп|в|во|за|на|течение|отч[её]тн[\p{L}]*|период[\p{L}]*|квартал[\p{L}]*|полугоди[\p{L}]*|текущ[\p{L}]*|этом|этот|бұл|году|также|пока|ещ[её]|вообще|состав[ае]?|совет(?:а|ом)?|общественного|қоғамдық|есепті|жылы|жылда|кезең[\p{L}]*|тоқсан[\p{L}]*|жартыжылдық[\p{L}]*|ішінде|осы|сондай-ақ|әзірге|кеңес[\p{L}]*|ос|оса|мы|біз|биыл|құрам[\p{L}]*|бірде-бір(?:еуі)?|әлі|никто|ешкім|жарты|бастама[\p{L}]*|инициатив[\p{L}]*|по|обучающ[\p{L}]*|оқыту|для|членов|мүшелер[\p{L}]*|арналған|рассмотрени[ея]|қарауға|планом|жоспарда|не|и|предусматривал[\p{L}]*|планировал[\p{L}]*|жоспарланбаған|жоспарланған|да|де|та|те|ешбір|ұйыммен|ұйымдармен|жыл|өзі|из|экспертиз[ауы]|сараптамаға|года|ни|разу|рет|бойы|өз|собственн[\p{L}]*|сво(?:их|и)|өзіндік|никаких|ешқандай|оның|орнына|вместо|выбывш(?:его|ей|их))$/u.source), 'u');

const NONE = `(?:не\\s+(?:${NONE_VERBS})[\\p{L}]*|${NONE_VERBS_KK})`;
/**
 * A label's colon with only a none after it (the period's words may stand before it: "Қоғамдық тыңдау: жартыжылдықта
 * өткізілмеді"), up to the sentence's end: "меморандум: өткізілген жоқ". Not after a list
 * of kinds ("Семинары, тренинги: не проводились"): whether the none is each kind's, the writers disagree.
 */
const LABEL_COLON_NONE = new RegExp(`(?<=^[^,;:]*\\p{L})\\s*:(?=\\s*(?:(?:жартыжылдықта|тоқсанда|жыл\\s+ішінде|есепті\\s+кезеңде|в\\s+отч[её]тном\\s+периоде)\\s+)?${NONE}(?:\\s*/\\s*${NONE})*\\s*[.;]?\\s*$)`, 'gu');
/** A none anywhere, typed on either keyboard: what LABEL_COLON_NONE, SLASHED_NONE and LISTED_KINDS all need. */
const ANY_NONE = new RegExp(typedOnRussianKeyboard(NONE), 'u');
/** A none after the first, joined by a slash: " / жасалған жоқ" of "өткізілген жоқ / жасалған жоқ". */
const SLASHED_NONE = new RegExp(`(?<=${NONE})\\s*/\\s*${NONE}(?![\\p{L}])`, 'gu');

/**
 * Kinds of events named together before one none: "Круглые столы и общественные слушания в 3 квартале не проводились",
 * "Круглые столы, семинары и слушания не проводились", "Дөңгелек үстелдер мен қоғамдық тыңдаулар өткізілген жоқ": the
 * none is each kind's. Only the kinds held (the default verbs), never appeals or members, whose verbs are their own.
 */
const EVENT_SUBJECTS = SUBJECTS.filter((s) => s.verbs === undefined && s.kk === undefined);
const EVENT_SUBJECT = `(?:${EVENT_SUBJECTS.map((s) => `(?:${s.subject})`).join('|')})`;
/** Between two kinds: "и", "мен", "және", a comma (or the mark LISTED_KINDS leaves for it). */
// Kazakh "X да, Y да өткізілмеді" (neither X nor Y was held): the particle "да"/"де" closes each kind before the comma.
const JOINER = String.raw`(?:(?:\s+(?:да|де|та|те))?\s*[,\u0001]\s*|\s+(?:и|а\s+также|мен|бен|пен|және)\s+)`;
/** The words of the period or of a turn that may open a clause before its kinds: "Ал есепті жарты жылда қоғамдық тыңдау да, …". */
const OPENING = String.raw`(?:(?:ал|а|но|однако|бірақ|есепті|жарты|жыл|жылда|ішінде|бойы|кезеңде|тоқсанда|жартыжылдықта|в|отч[её]тном|периоде)\s+){0,4}`;
/**
 * Such a list opening a clause and followed by its none: its commas become a mark no clause is split at (one character
 * for one: offsets kept), so the list stays one clause. A year may stand before the none ("… площадки в 2025 году Советом
 * не проводились"): whether it is the period's, the clause's check says. A list not followed by a none keeps its commas ("Проведено 3
 * круглых стола, семинары не проводились": the seminars' none is a clause of its own).
 */
const LISTED_KINDS = new RegExp(typedOnRussianKeyboard(`(?<=(?:^|[;:])\\s*${OPENING})${EVENT_SUBJECT}(?:${JOINER}${EVENT_SUBJECT})+(?=(?:\\s+(?:[\\p{L}.-]+|(?:19|20)\\d{2})){0,6}?\\s+${NONE}(?![\\p{L}]))`), 'gu');
/** The kinds before the last one, opening a clause. */
const LEADING_KINDS = new RegExp(typedOnRussianKeyboard(`^\\s*${OPENING}(?:${EVENT_SUBJECT}${JOINER})+(?=${EVENT_SUBJECT})`), 'u');

const COMPILED = SUBJECTS.map((s) => ({
  metric: s.metric,
  context: s.context,
  // The subject, up to seven words (each a filler: the period, the council, the audience: "Семинаров для членов Совета мы
  // в этом году не проводили"), "не" and the verb (Russian); or the subject, up to seven such words and the Kazakh negated verb.
  // A subject typed on a Russian keyboard ("донгелек устел") is read too, as its verbs are (NONE_VERBS_KK).
  // An event kind's none said as a failure: "Обучающих семинаров … организовать не удалось" (FAILED_TO_HOLD).
  regex: new RegExp(typedOnRussianKeyboard(`(?<![\\p{L}])(${s.subject})((?:\\s+[\\p{L}.-]+){0,7}?)\\s+(?:не\\s+(?:${s.verbs ?? NONE_VERBS})[\\p{L}]*|(?:${s.kk ?? NONE_VERBS_KK})${s.verbs === undefined ? `|${FAILED_TO_HOLD}` : ''})(?![\\p{L}])`), 'u'),
  // "Не проведено ни одного общественного слушания", "бірде-бір қоғамдық тыңдау өткізілмеді": the subject after "ни одного".
  noneOf: new RegExp(`^\\s*(?:не\\s+(?:было\\s+)?(?:проведен|организован|подписан|заслушан)[\\p{L}]*\\s+ни\\s+одного\\s+(?:[\\p{L}]+\\s+)?(?:${s.subject})|бірде-бір\\s+(?:${s.subject})\\s+(?:${s.kk ?? NONE_VERBS_KK}))\\s*$`, 'u'),
}));

/**
 * Figures of none, stated in words: a clause whose subject is what a metric counts and whose verb says none
 * was held ("Общественные слушания в отчетном периоде не проводились" → public_hearings 0; "жаңа мүше
 * енгізілген жоқ" → members_joined 0). Only a clause that is the subject, the period's words and the verb —
 * a qualified subject ("Выездные заседания президиума", "слушания по проекту бюджета") is a part, not the
 * metric; a clause naming another year, a part of the period or a month, or holding a number, a sentence in a
 * plan's or a part's section, a metric stated already or an activity of the metric listed: no figure.
 * A membership said not to have changed in the period ("Изменений в составе в 2025 году не было", "Состав Совета в
 * отчетном полугодии не менялся", "Тоқсан ішінде құрамда өзгеріс болған жоқ") is 0 joined and 0 left, as a plain "новые
 * члены не вводились" is 0 joined: every held-out set's writer since set 18 states it so; those of sets 2, 4, 9, 10, 11, 13,
 * 14, 15 and 45's Dossor leave it out ("no number is printed"; tests/unit/extract/unchangedMembership.ts). A span shorter
 * than the period ("в IV квартале" in a year's report) gives nothing.
 */
export function readStatedNone(lines: string[], inTable: Set<number>, figures: ReportFigure[], activities: ReportActivity[], period: Period | null): ReportFigure[] {
  const out: ReportFigure[] = [];
  const periodYears = period === null ? [] : yearsOf(period);
  const periodMonths = monthsOf(period);
  const ownPeriod = withNamedSpan(ownPeriodWords(period), lines, period);
  const { plan, reference } = statesNothingSections(lines, periodYears);
  const parts = partSections(lines, periodMonths, period);
  const ownMonths = (text: string) => (period === null || period.from.slice(0, 4) !== period.to.slice(0, 4) ? text : blankMonthRange(text, Number(period.from.slice(5, 7)), Number(period.to.slice(5, 7)), Number(period.from.slice(0, 4))));
  for (const unit of runningLines(lines, inTable)) {
    for (const sentence of sentencesOf(unit.text)) {
      const line = unit.first + unit.starts.filter((s) => s <= sentence.start).length - 1;
      if (plan.has(line) || reference.has(line) || parts.has(line)) continue;
      // "Круглые столы не проводились, кроме одного", "біреуінен басқа дөңгелек үстел өткізілмеді": one held, no none.
      if (SAVE_FOR.test(sentence.text)) continue;
      // "Проведено: заседаний президиума – не проводились": a form's label, its dash, the none; the dash joins, not parts.
      // "меморандум: өткізілген жоқ / жасалған жоқ": a label's colon before its none joins too, and nones joined by a slash
      // are one none.
      const blank = (d: string) => ' '.repeat(d.length);
      // "Тоқсанда дөңгелек үстел өткізілмеді (ІІ тоқсанда – 2)": the bracket compares another period's count, no part of the none.
      // Only another period's: "(IV тоқсанда – 1)" in the year's report is a part of it, held.
      // "Қазан – желтоқсанда құрам өзгерген жоқ" of the fourth quarter: the period by its months, said as "тоқсанда" would be.
      // "Состав не менялся (два новых члена включены в ноябре 2025 г.)" in 2026: a note of another year's change, no part of the none.
      // "изменений в составе не было (за весь созыв выбыли 3 и включены 3 члена)" in a half-year's report (set 171): a note of the
      // whole term's changes, a longer span's.
      const compared = ownMonths(sentence.text.replace(COMPARED_BRACKET, (b: string) => (isOtherPeriod(b, periodYears, period) ? blank(b) : b)).replace(PUT_OFF_BRACKET, blank).replace(OTHER_YEAR_NOTE, (b: string) => (isOtherPeriod(b, periodYears, period) ? blank(b) : b)).replace(BRACKET, (b: string) => (periodMonths <= 13 && WHOLE_TERM.test(b) ? blank(b) : b)));
      const lowered = lowerCase(latinRoman(compared));
      if (NEITHER_NOR.some((re) => re.test(lowered)) && !OTHER_BODY.test(lowered) && isOfThePeriod(compared, periodYears, periodMonths, ownPeriod)) {
        for (const metric of ['members_joined', 'members_left'] as const) {
          if (!figures.some((f) => f.metric === metric) && !out.some((f) => f.metric === metric)) out.push({ metric, value: 0, line: line + 1, text: tidy(sentence.text).slice(0, 300) });
        }
      }
      // The three patterns that join a none to its label need a none: looked for first, as most sentences state none and
      // the patterns' lookbehinds would try every position of them.
      const nones = ANY_NONE.test(lowered);
      // "– қоғамдық тыңдаулар – тоқсанда өткізілген жоқ;": the label's dash before its none, the period's word between.
      // Only with the period's word between for the Kazakh verb: a cell's "мониторинг – өткізілмеді, келесі айға ауыстырылды"
      // is one event put off.
      let joined = lowered.replace(/\s[-–—]\s+(?=не\s|(?:тоқсанда|жартыжылдықта|жыл\s+ішінде|есепті\s+кезеңде|в\s+отч[её]тном\s+периоде|в\s+квартале|в\s+полугодии)\s+(?:не\s|(?:өткізілген|жасалған|ұйымдастырылған)\s+жоқ|өткізілмеді))/gu, blank);
      if (nones) joined = joined.replace(LABEL_COLON_NONE, blank).replace(SLASHED_NONE, blank);
      // "Состав: без изменений (вступивших — 0, …)": the composition's label and its value are one clause.
      joined = joined.replace(UNCHANGED_LABEL_MARK, blank);
      joined = joined.replace(ITEM_LETTER, blank);
      // "… не выбывал и в состав не вводился", "… ешкім енгізілмеді және ешкім шығарылмады": a none, "and", another none —
      // two clauses, each its own subject's (the space before the conjunction read as a clause's end, offsets kept).
      joined = joined.replace(NONE_THEN_AND, ';');
      if (nones) joined = joined.replace(LISTED_KINDS, (d) => d.replace(/,/gu, '\u0001'));
      let runFrom = 0;
      // Each clause at its own offset: a dash's split takes three characters, not one (counted as one, a later clause's
      // span in the sentence slid back over the dash's number: "(… – 10, … – 3); состав за квартал не менялся").
      for (const { text: whole, at } of piecesOf(joined, /[,;:]|\s[-–—]\s/gu)) {
        // A none after "и", "және" goes on with the clause before it: its period's words are that clause's too ("IV тоқсанда
        // … ешкім енгізілмеді және ешкім шығарылмады" in a year's report).
        if (at === 0 || joined[at - 1] !== ';' || !/\s/u.test(lowered[at - 1])) runFrom = at;
        // The period by its own name stands where "в отчетном периоде" would: "Во II квартале заседания … не проводились".
        const named = ownPeriod === null ? whole : whole.replace(new RegExp(ownPeriod.source, 'giu'), ' ');
        // Kinds named before the last one share its none: the clause is read from the last, the others follow its verdict.
        const leading = LEADING_KINDS.exec(named)?.[0] ?? '';
        const clause = ' '.repeat(leading.length) + named.slice(leading.length);
        const sharing = leading === '' ? [] : EVENT_SUBJECTS.filter((k) => new RegExp(typedOnRussianKeyboard(`(?<![\\p{L}])(?:${k.subject})(?![\\p{L}])`), 'u').test(leading)).map((k) => k.metric);
        // The period's words may open the clause before "ни одного": "В отчетном периоде не проведено ни одного …".
        // (Read once a clause: the same for every entry below.)
        const openedByFiller = words(clause.replace(/(?:не\s|бірде-бір).*$/su, '')).every((w) => FILLER.test(w));
        const fromNegation = openedByFiller ? clause.slice(clause.search(/(?:не\s|бірде-бір)/u)).replace(/[.!?]\s*$/u, '') : '';
        // (A subject's pattern runs only on a clause holding a text every match of it holds: mayMatch.)
        const seen = new Map<RegExp, boolean>();
        for (const c of COMPILED) {
          const m = mayMatch(c.regex, clause, seen) ? c.regex.exec(clause) : null;
          const filler = m === null ? [] : [...words(clause.slice(0, m.index)), ...words(m[2])];
          const noneOf = m === null && openedByFiller && c.noneOf.test(fromNegation);
          if (m === null && !noneOf) continue;
          if (c.context !== undefined && !c.context.test(sentence.text)) continue;
          // A dot leader between a key figure's label and its none ("Семинарлар ........ өткізілген жоқ"), a tree's branch
          // before its label ("│   └── меморандум: өткізілген жоқ") is no word, nor is the list's dash or bullet before the label
          // ("- круглые столы ........ не проводились").
          // Nor is "что" opening the clause a letter tells its news in ("Сообщаем, что состав Совета в течение квартала не
          // менялся", "Отметим, что слушания не проводились"), nor the conjunction that sets the clause against the one before
          // ("Ал қоғамдық тыңдау бұл тоқсанда өткізілген жоқ", "А публичные слушания в этом квартале не проводились").
          // The value after a key figure's dot leader may name the label's noun again ("Құрамдағы өзгерістер ......... тоқсанда
          // өзгеріс болған жоқ", "Изменения в составе ...... изменений не было"): the label's subject, no other.
          const leader = filler.findIndex((w) => /^[.…·_]{3,}$/u.test(w));
          const again = (w: string, k: number) => leader >= 0 && k > leader && m !== null && words(m[1]).some((v) => v.length >= 5 && w.length >= 5 && v.slice(0, 6) === w.slice(0, 6));
          if (!filler.every((w, k) => /^(?:[.…·_]{3,}|[│├└─|]+)$/u.test(w) || (k === 0 && /^(?:[-–—•·*]|что|а|ал|но|однако|бірақ)$/u.test(w)) || FILLER.test(w.replace(/[.()]/gu, '')) || again(w, k))) continue;
          // A list item's number ("4) қоғамдық тыңдаулар … өткізілген жоқ") is no number of the clause.
          if (!isOfThePeriod(compared.slice(runFrom, at + whole.length).replace(runFrom === 0 ? ITEM_LETTER : /(?!)/u, (d) => ' '.repeat(d.length)), periodYears, periodMonths, ownPeriod)) continue;
          if (figures.some((f) => f.metric === c.metric) || out.some((f) => f.metric === c.metric)) continue;
          if (activities.some((a) => ACTIVITY_PHRASES.some((w) => w.type === a.type && w.metric === c.metric))) continue;
          const found = { metric: c.metric, value: 0, line: line + 1, text: tidy(sentence.text).slice(0, 300) };
          out.push(found);
          if (!EVENT_SUBJECTS.some((k) => k.metric === c.metric)) continue;
          for (const metric of sharing) {
            if (figures.some((f) => f.metric === metric) || out.some((f) => f.metric === metric)) continue;
            if (activities.some((a) => ACTIVITY_PHRASES.some((w) => w.type === a.type && w.metric === metric))) continue;
            out.push({ ...found, metric });
          }
        }
      }
    }
  }
  return out;
}

/** The text split at a separator, each piece with its offset (a separator may be longer than one character). */
function piecesOf(text: string, separator: RegExp): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = 0;
  for (const m of matchesOf(text, separator)) {
    out.push({ text: text.slice(at, m.index), at });
    at = (m.index ?? 0) + m[0].length;
  }
  out.push({ text: text.slice(at), at });
  return out;
}

const words = (text: string) => text.trim().split(/\s+/u).filter((w) => w !== '');

/**
 * No number, no year other than the period's, no part of the period or month named in the clause; the period by
 * its own name ("во II квартале" in the second quarter's report, "в 2025 году" in the year's) is the period's.
 */
function isOfThePeriod(text: string, periodYears: number[], periodMonths: number, ownPeriod: RegExp | null): boolean {
  const clause = ownPeriod === null ? text : latinRoman(text).replace(new RegExp(ownPeriod.source, 'giu'), ' ');
  const years = matchesOf(clause, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).map((m) => Number(m[0]));
  if (years.some((y) => !periodYears.includes(y))) return false;
  // "жоқ" is read as a count of 0: the none itself, not a number of the clause.
  if (findCounts(clause.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)|(?<![\p{L}])(?:ни\s+одного|ни\s+одной|ни\s+на\s+одн(?:о|у|ом)|бірде-бір(?:еуі)?)(?![\p{L}])/giu, ' ')).some((c) => c.value !== 0)) return false;
  const lower = lowerCase(clause);
  if (monthRangeOf(clause) !== null) return false;
  // "в отчетном квартале", "есепті тоқсанда" are the period itself; any other quarter or half named once the period's own
  // name is taken out ("В I квартале" in the second quarter's report) is another span.
  // "бұл тоқсанда", "в этом квартале" (a chat's words) are the period itself too.
  // So is the period's own span by its bare name, no numeral before it: "Тоқсан ішінде", "тоқсанда" of a quarter's report.
  const named = bareOwnSpan(lower.replace(/(?<![\p{L}])(?:(?:отч[её]тн[\p{L}]*|есепті)\s+[\p{L}]+|(?:бұл|осы|этом|текущем)\s+(?:тоқсан|квартал|жартыжылдық|полугоди)[\p{L}]*)/gu, ' '), periodMonths);
  return !SUB_PERIODS.some((p) => (p.months < periodMonths || ownPeriod !== null) && p.regex.test(named));
}

/**
 * The span a title names by its kind as well as by its dates ("за зимний период: декабрь 2025 г. – февраль 2026 г.", "в
 * контроле за прохождением отопительного сезона 2025/2026 гг. (с 15 октября 2025 г. по 15 апреля 2026 г.)", "2025/2026 ОҚУ
 * ЖЫЛЫ ІШІНДЕГІ (2025 жылғы қыркүйек – 2026 жылғы мамыр)"): the text's words for that kind are the period's own name, as
 * "в отчётном периоде" is ("За время отопительного сезона изменений в составе не было", "Публичные слушания в зимний период
 * не проводились"). Only when the title names it: in a year's report "за время отопительного сезона" is a part of the year.
 */
function withNamedSpan(own: RegExp | null, lines: string[], period: Period | null): RegExp | null {
  if (period === null) return own;
  // The heading's lines: a sentence of the text ends with a word's full stop ("… изменений не было."), a title at most with an
  // abbreviation's ("… сезона 2025/2026 гг.").
  const title = lines.filter((l) => l.trim() !== '').slice(0, 8).filter((l) => !/[\p{L}]{3,}\.\s*$/u.test(l)).join(' ');
  const named = NAMED_SPANS.filter(([inTitle]) => inTitle.test(title)).map(([, words]) => words);
  if (named.length === 0) return own;
  return new RegExp([...(own === null ? [] : [own.source]), ...named.map((w) => `(?<![\\p{L}])(?:${w})(?![\\p{L}])`)].join('|'), 'iu');
}

const NAMED_SPANS: [RegExp, string][] = [
  [/отопительн[\p{L}]*\s+сезон|жылыту\s+маусым/iu, String.raw`(?:(?:за|в|во)\s+)?(?:(?:время|период|течение)\s+)?(?:всего\s+|этого\s+)?(?:отопительн[\p{L}]*\s+)?сезон[\p{L}]*|(?:жылыту\s+)?маусым[\p{L}]*\s+(?:ішінде|бойы)`],
  [/зимн[\p{L}]*\s+период|қысқы\s+кезең/iu, String.raw`(?:(?:за|в)\s+)?(?:зимн[\p{L}]*\s+период[\p{L}]*|зиму|зимой)|қысқы\s+кезең[\p{L}]*(?:\s+ішінде)?|қыста|қыс\s+бойы`],
  [/учебн[\p{L}]*\s+год|оқу\s+жыл/iu, String.raw`(?:(?:за|в)\s+)?учебн[\p{L}]*\s+год[\p{L}]*|оқу\s+жыл[\p{L}]*(?:\s+ішінде|\s+бойы)?`],
];

/** A quarter's or a half-year's word with no numeral or ordinal before it, in a report of that length: the period itself. */
function bareOwnSpan(lower: string, periodMonths: number): string {
  const word = periodMonths === 3 ? QUARTER_WORD : periodMonths === 6 ? HALF_WORD : null;
  if (word === null) return lower;
  return lower.replace(word, (all: string, at: number) => (ORDINAL_BEFORE.test(lower.slice(Math.max(0, at - 14), at)) ? all : ' '.repeat(all.length)));
}

const QUARTER_WORD = /(?<![\p{L}])(?:квартал|тоқсан)[\p{L}]*/gu;
const HALF_WORD = /(?<![\p{L}])(?:полугоди|жартыжылдық)[\p{L}]*/gu;

/** A numeral or an ordinal right before a quarter's or a half-year's word: "II тоқсанда", "2-м квартале", "втором полугодии". */
const ORDINAL_BEFORE = /(?:(?<![\p{L}])[ivxі]{1,4}|\d)(?:\s*-?\s*[\p{L}]{0,3})?\s*$|(?:перв|втор|трет|четв[её]рт|бірінші|екінші|үшінші|төртінші|прошл|предыдущ|следующ|өткен|келесі)[\p{L}]*\s+$/u;

const QUARTER_RU = ['I', 'II', 'III', 'IV'];
/** The quarters' ordinals in words, Russian (any case: "первом", "первый") and Kazakh. */
const QUARTER_WORDS = ['перв[\\p{L}]*|бірінші', 'втор[\\p{L}]*|екінші', 'трет[\\p{L}]*|үшінші', 'четв[её]рт[\\p{L}]*|төртінші'];
/** The months' stems, the Kazakh with the letters people type in their place ("казан", "кантар"). */
const RU_MONTH = ['январ', 'феврал', 'март', 'апрел', 'ма[йяею](?![\\p{L}])', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const KK_MONTH = ['[қк]а[ңн]тар', 'а[қк]пан', 'наурыз', 'с[әа]уі?р', 'мамыр', 'маусым', 'ш[іи]лде', 'тамыз', '[қк]ыр[кқ][үу][йи]ек', '[қк]азан', '[қк]араша', 'желто[қк]сан'];

/**
 * The report's own period by name: its quarter ("во II квартале", "2-м квартале", "II тоқсанда") for a quarter's
 * report, its half ("в первом полугодии", "І жартыжылдықта") for a half-year's, its year ("в 2025 году", "2025
 * жылы") for a year's, with the year optional after the quarter. Null for other periods.
 */
function ownPeriodWords(period: Period | null): RegExp | null {
  if (period === null) return null;
  const year = period.from.slice(0, 4);
  const months = monthsOf(period);
  const from = Number(period.from.slice(5, 7));
  const yearWords = `${year}\\s*(?:(?:г|ж)\\.|(?:году|года|год|жылы|жылғы)(?![\\p{L}]))?`;
  // "За отчетный год состав Совета не менялся", "за год": the year by its noun, only in a year's report.
  if (months === 12 && from === 1) return new RegExp(`(?<!\\d)(?:в\\s+|за\\s+)?${yearWords}|(?<![\\p{L}])за\\s+(?:(?:отч[её]тн|текущ)[\\p{L}]*\\s+)?год(?![\\p{L}])`, 'iu');
  if (months === 3 && (from - 1) % 3 === 0) {
    const q = (from - 1) / 3;
    // "В первом квартале изменений в составе не было", "Бірінші тоқсанда …": the quarter by its ordinal in words too.
    return new RegExp(`(?<![\\p{L}\\d])(?:${QUARTER_RU[q]}|${q + 1}(?:\\s*-?\\s*(?:м|й|ом|ші|шы|інші|ыншы))?|${QUARTER_WORDS[q]})\\s*(?:квартал[\\p{L}]*|тоқсан[\\p{L}]*)(?:\\s+${yearWords})?`, 'iu');
  }
  // "Общественных слушаний в первом полугодии не было" in the first half's report: its own half by name.
  if (months === 6 && (from === 1 || from === 7)) {
    const half = from === 1 ? '(?:I|1|перв[\\p{L}]*|бірінші)' : '(?:II|2|втор[\\p{L}]*|екінші)';
    // "Алты айда құрам өзгермеді", "за шесть месяцев", "за полгода": the half by its months.
    return new RegExp(`(?<![\\p{L}\\d])(?:${half}(?:\\s*-?\\s*(?:м|е|ом|ші|шы))?\\s*(?:полугоди[\\p{L}]*|жартыжылдық[\\p{L}]*)(?:\\s+${yearWords})?|(?:за\\s+)?(?:6|шесть)\\s+месяц[\\p{L}]*|(?:за\\s+)?полгода|(?:6|алты)\\s+ай(?:ында|да|ы)?(?![\\p{L}]))`, 'iu');
  }
  // "За девять месяцев изменений в составе не было", "Тоғыз ай ішінде … өзгерістер енгізілген жоқ" in the report of January to September.
  if (months === 9 && from === 1) return new RegExp(`(?<![\\p{L}\\d])(?:за\\s+)?(?:9|девять)\\s+месяц[\\p{L}]*(?:\\s+${yearWords})?|(?<![\\p{L}\\d])(?:${year}\\s+жыл(?:дың|ғы)\\s+)?(?:9|тоғыз)\\s+ай(?:ында|да|ы)?(?![\\p{L}])`, 'iu');
  // A month's report: "Қазан айында құрамда өзгеріс болған жоқ", "В октябре изменений в составе не было", "За октябрь 2026 года
  // …" — its own month by name (any case, either language), and "айдың ішінде", "ай ішінде", "за месяц", "в течение месяца".
  if (months === 1) return new RegExp(`(?<![\\p{L}\\d])(?:(?:в|за)\\s+)?(?:${year}\\s+жылғы\\s+)?(?:${RU_MONTH[from - 1]}|${KK_MONTH[from - 1]})[\\p{L}]*(?:\\s+(?:айында|айы|айда|айының\\s+ішінде))?(?:\\s+${yearWords})?|(?<![\\p{L}])(?:айдың|ай)\\s+ішінде(?![\\p{L}])|(?<![\\p{L}])(?:за|в\\s+течение)\\s+месяц[аи]?(?![\\p{L}])`, 'iu');
  return null;
}
