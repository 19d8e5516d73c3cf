/**
 * Deterministic generator of the 2023 sample workspace of the Public Council
 * of Almaty (all people and companies are invented).
 *
 *   npx tsx sources/sample/generate.ts [outDir]
 *
 * The default outDir is `sources/sample/workspace/inputs` (next to this file).
 * Every run gives byte-identical files: one seeded PRNG (mulberry32), fixed
 * workbook dates and fixed zip entry timestamps.
 *
 * The generator asserts the figures the sample must reproduce (the 2023
 * figures of `report-2023-summary.txt`) and throws if one of them is off.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './Rng.ts';


// ---------------------------------------------------------------------------
// Dates (ISO strings, UTC) and a 2023 Kazakhstan working-day calendar

const DAY = 86_400_000;
const YEAR_END = '2023-12-29'; // last working day of 2023: the registers are exported then

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function addDays(day: string, n: number): string {
  return iso(new Date(toDate(day).getTime() + n * DAY));
}
function ddmmyyyy(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}
function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The working days are those of sources/reference/calendar-kz.csv, the calendar the build counts
 * deadlines on, so a deadline the sample sets (an appeal answered on its last day) is on time by the
 * same calendar: `holiday` and `day_off` rows are days off, `working_day` rows working days, any other
 * date a working day from Monday to Friday (the rule sources/reference/README.md states).
 */
const CALENDAR = new Map(readFileSync(new URL('../reference/calendar-kz.csv', import.meta.url), 'utf8')
  .split('\n').slice(1).filter((line) => line.trim() !== '')
  .map((line) => line.split(',') as [string, string]));

function isWorkingDay(day: string): boolean {
  const kind = CALENDAR.get(day);
  if (kind === 'working_day') return true;
  if (kind === 'holiday' || kind === 'day_off') return false;
  const dow = toDate(day).getUTCDay();
  return dow !== 0 && dow !== 6;
}
function nextWorkingDay(day: string): string {
  let d = day;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}
function addWorkingDays(day: string, n: number): string {
  let d = day;
  for (let i = 0; i < n; i++) d = nextWorkingDay(addDays(d, 1));
  return d;
}
function workingDaysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) out.push(d);
  return out;
}

// ---------------------------------------------------------------------------
// Output helpers

interface CsvOptions {
  sep?: string;
  eol?: string;
}
function toCsv(headers: readonly string[], rows: readonly (readonly (string | number)[])[], opts: CsvOptions = {}): string {
  const sep = opts.sep ?? ',';
  const eol = opts.eol ?? '\n';
  const cell = (v: string | number): string => {
    const s = String(v);
    return s.includes(sep) || s.includes('"') || s.includes('\n') || s.includes('\r')
      ? `"${s.replace(/"/g, '""')}"`
      : s;
  };
  return [headers, ...rows].map((r) => r.map(cell).join(sep)).join(eol) + eol;
}

const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));

/** Rewrite the DOS timestamps of every zip entry (local and central headers) to FIXED_DATE. */
function fixZipTimestamps(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const dosTime = (FIXED_DATE.getUTCHours() << 11) | (FIXED_DATE.getUTCMinutes() << 5);
  const dosDate =
    ((FIXED_DATE.getUTCFullYear() - 1980) << 9) | ((FIXED_DATE.getUTCMonth() + 1) << 5) | FIXED_DATE.getUTCDate();
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let e = 0; e < entries; e++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad zip central directory');
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad zip local header');
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kenes sample generator';
  wb.lastModifiedBy = 'kenes sample generator';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  return wb;
}
async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(Buffer.from(raw as ArrayBuffer));
}
function excelDate(day: string): Date {
  return toDate(day);
}

function assert(cond: boolean, message: string): void {
  if (!cond) throw new Error(`sample generator: ${message}`);
}

// ---------------------------------------------------------------------------
// Members (invented people)

type Role = 'председатель' | 'заместитель председателя' | 'секретарь' | 'председатель комиссии' | 'член';
type Sector = 'гражданское общество' | 'государственный орган';

interface Member {
  id: string;
  name: string;
  commission: number;
  role: Role;
  sector: Sector;
  district: string;
  joined: string;
  left: string;
  leftReason: string;
  /** how active the member is in activities (0.2 .. 1.5) */
  zeal: number;
}

const DISTRICTS = [
  'Алмалинский', 'Ауэзовский', 'Бостандыкский', 'Жетысуский',
  'Медеуский', 'Наурызбайский', 'Турксибский', 'Алатауский',
] as const;

const FOUNDING = '2022-05-20';
const JOIN_2023 = '2023-10-02';
/** member with four unexcused absences in 2023 (exclusion risk) */
const ABSENTEE_RISK = 'M26';
/** member with exactly three unexcused absences in 2023 (warning) */
const ABSENTEE_WARN = 'M31';

function buildMembers(rng: Rng): Member[] {
  const civ: Sector = 'гражданское общество';
  const st: Sector = 'государственный орган';
  const rows: [string, string, number, Role, Sector, string?, string?, string?][] = [
    ['M01', 'Сериков Арман Болатович', 2, 'председатель', civ],
    ['M02', 'Ермекова Динара Сапаровна', 1, 'заместитель председателя', civ],
    ['M03', 'Жумабек Нурлан Асқарұлы', 4, 'секретарь', civ],
    ['M04', 'Ахметжанова Гульнара Маратовна', 1, 'председатель комиссии', civ],
    ['M05', 'Кузнецов Игорь Валентинович', 2, 'председатель комиссии', civ],
    ['M06', 'Тулегенов Ерлан Кайратович', 3, 'председатель комиссии', civ],
    ['M07', 'Нурпеисова Айгерим Талгатқызы', 4, 'председатель комиссии', civ],
    ['M08', 'Смирнова Елена Викторовна', 5, 'председатель комиссии', civ],
    ['M09', 'Байжанов Данияр Серикович', 1, 'член', civ],
    ['M10', 'Оспанова Салтанат Ерлановна', 1, 'член', civ],
    ['M11', 'Ким Вадим Олегович', 1, 'член', civ],
    ['M12', 'Есенова Жанар Бахытовна', 1, 'член', civ],
    ['M13', 'Мусин Тимур Рашидович', 1, 'член', civ],
    ['M14', 'Ильина Ольга Петровна', 2, 'член', civ, '2023-09-15', 'добровольно'],
    ['M15', 'Қасымов Бауыржан Ғалымұлы', 2, 'член', civ],
    ['M16', 'Сулейменова Асель Нурлановна', 2, 'член', civ],
    ['M17', 'Фёдоров Алексей Николаевич', 2, 'член', civ],
    ['M18', 'Абдрахманов Руслан Жандосович', 2, 'член', civ],
    ['M19', 'Жаксыбекова Мадина Амангельдиевна', 3, 'член', civ],
    ['M20', 'Петренко Сергей Иванович', 3, 'член', civ],
    ['M21', 'Рахимов Азамат Муратович', 3, 'член', civ, '2023-06-30', 'исключен'],
    ['M22', 'Омарова Камила Рустемовна', 3, 'член', civ],
    ['M23', 'Бекмуханов Олжас Тимурович', 3, 'член', civ],
    ['M24', 'Сагинтаева Лаура Ахметовна', 4, 'член', civ],
    ['M25', 'Ли Марина Геннадьевна', 4, 'член', civ],
    ['M26', 'Досмагамбетов Ержан Маратович', 4, 'член', civ],
    ['M27', 'Калиева Айжан Болатовна', 4, 'член', civ],
    ['M28', 'Шевчук Андрей Юрьевич', 4, 'член', civ],
    ['M29', 'Исмаилов Самат Даулетович', 5, 'член', civ],
    ['M30', 'Танатарова Әсел Қайратқызы', 5, 'член', civ],
    ['M31', 'Волкова Наталья Сергеевна', 5, 'член', civ],
    ['M32', 'Утепов Мейрам Жумагалиевич', 5, 'член', civ],
    ['M33', 'Габдуллина Алия Ерболовна', 5, 'член', civ],
    ['M34', 'Нурланов Асет Бекович', 4, 'член', st],
    ['M35', 'Сейткасымова Дана Муратовна', 1, 'член', st],
    ['M36', 'Мамырбеков Талгат Еркинович', 3, 'член', st],
    ['M37', 'Тлеубаева Гаухар Сериковна', 3, 'член', civ],
    ['M38', 'Григорьев Павел Андреевич', 2, 'член', civ],
  ];
  return rows.map(([id, name, commission, role, sector, left, reason]) => ({
    id,
    name,
    commission,
    role,
    sector,
    district: rng.pick(DISTRICTS),
    joined: id === 'M37' || id === 'M38' ? JOIN_2023 : FOUNDING,
    left: left ?? '',
    leftReason: reason ?? '',
    zeal: id === ABSENTEE_RISK ? 0.2 : role === 'член' ? 0.4 + rng.float() * 1.1 : 1.2 + rng.float() * 0.3,
  }));
}

function isMemberOn(m: Member, day: string): boolean {
  return m.joined <= day && (m.left === '' || day < m.left);
}
const PRESIDIUM_ROLES: readonly Role[] = ['председатель', 'заместитель председателя', 'секретарь', 'председатель комиссии'];

async function writeMembers(members: Member[], file: string): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Члены совета');
  const headers = ['ID', 'ФИО', 'Комиссия', 'Роль', 'Сектор', 'Район', 'Дата вступления', 'Дата выхода', 'Причина выхода'];
  ws.getCell('A1').value = 'Состав Общественного совета г. Алматы, 2023';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getRow(3).values = headers;
  ws.getRow(3).font = { bold: true };
  members.forEach((m, i) => {
    const row = ws.getRow(4 + i);
    row.values = [
      m.id, m.name, String(m.commission), m.role, m.sector, m.district,
      excelDate(m.joined), m.left ? excelDate(m.left) : null, m.leftReason || null,
    ];
    row.getCell(7).numFmt = 'dd.mm.yyyy';
    row.getCell(8).numFmt = 'dd.mm.yyyy';
  });
  const widths = [6, 36, 10, 26, 24, 16, 16, 14, 16];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await writeFile(file, await workbookBytes(wb));
}

// ---------------------------------------------------------------------------
// Bodies

type BodyKind = 'department' | 'district_akimat' | 'subordinate' | 'law_enforcement' | 'maslikhat' | 'other';
interface Body {
  id: string;
  name: string;
  kind: BodyKind;
  mandatory: boolean;
  commission: number;
}

const DEPARTMENTS: [string, number][] = [
  ['Управление образования г. Алматы', 1],
  ['Управление общественного здоровья г. Алматы', 1],
  ['Управление городской мобильности г. Алматы', 2],
  ['Управление энергетики и водоснабжения г. Алматы', 3],
  ['Управление жилищной политики г. Алматы', 3],
  ['Управление строительства г. Алматы', 2],
  ['Управление городского планирования и урбанистики г. Алматы', 2],
  ['Управление экологии и окружающей среды г. Алматы', 3],
  ['Управление занятости и социальных программ г. Алматы', 1],
  ['Управление спорта г. Алматы', 5],
  ['Управление культуры г. Алматы', 5],
  ['Управление туризма г. Алматы', 4],
  ['Управление предпринимательства и инвестиций г. Алматы', 4],
  ['Управление финансов г. Алматы', 4],
  ['Управление экономики и бюджетного планирования г. Алматы', 4],
  ['Управление общественного развития г. Алматы', 5],
  ['Управление молодежной политики г. Алматы', 5],
  ['Управление по делам религий г. Алматы', 5],
  ['Управление цифровизации г. Алматы', 4],
  ['Управление государственных закупок г. Алматы', 4],
  ['Управление земельных отношений г. Алматы', 2],
  ['Управление градостроительного контроля г. Алматы', 2],
  ['Управление зеленой экономики г. Алматы', 3],
  ['Управление ветеринарии г. Алматы', 3],
  ['Управление мобилизационной подготовки и гражданской защиты г. Алматы', 5],
  ['Управление государственных активов г. Алматы', 4],
  ['Управление по развитию языков и архивного дела г. Алматы', 5],
  ['Управление комфортной городской среды г. Алматы', 3],
];
const SUBORDINATES: [string, number][] = [
  ['КГП на ПХВ «Городская клиническая больница № 7»', 1],
  ['КГП на ПХВ «Центральная городская клиническая больница»', 1],
  ['КГП на ПХВ «Городская поликлиника № 5»', 1],
  ['КГП на ПХВ «Городская поликлиника № 17»', 1],
  ['КГП на ПХВ «Станция скорой медицинской помощи г. Алматы»', 1],
  ['КГП на ПХВ «Центр психического здоровья г. Алматы»', 1],
  ['КГУ «Психолого-медико-педагогическая консультация № 3»', 1],
  ['КГУ «Общеобразовательная школа № 154»', 1],
  ['КГУ «Гимназия № 56»', 1],
  ['КГУ «Центр занятости населения г. Алматы»', 1],
  ['КГУ «Центр оказания специальных социальных услуг № 2»', 1],
  ['ТОО «Алматыэлектротранс»', 2],
  ['КГП «Метрополитен г. Алматы»', 2],
  ['ТОО «Центр организации дорожного движения»', 2],
  ['КГУ «Городской центр пассажирских перевозок»', 2],
  ['КГП «Алматы Паркинг»', 2],
  ['ТОО «Алматинский центр урбанистики»', 2],
  ['ТОО «Алматы Инжиниринг»', 2],
  ['ГКП на ПХВ «Алматы Су»', 3],
  ['ТОО «Алматинские тепловые сети»', 3],
  ['ТОО «Алматы Тазалык»', 3],
  ['КГП «Алматы Зеленстрой»', 3],
  ['КГУ «Центр экологического мониторинга г. Алматы»', 3],
  ['ТОО «Алматинский жилищный фонд»', 3],
  ['КГП «Алматы Қала Жарық»', 3],
  ['ТОО «Алматинский центр энергосбережения»', 3],
  ['КГУ «Центр поддержки предпринимательства г. Алматы»', 4],
  ['АО «Социально-предпринимательская корпорация Алматы»', 4],
  ['ТОО «Туристский информационный центр Алматы»', 4],
  ['ТОО «Центр цифровизации Алматы»', 4],
  ['ТОО «Городской центр управления коммунальной собственностью»', 4],
  ['КГУ «Дирекция спортивных сооружений г. Алматы»', 5],
  ['КГУ «Детско-юношеская спортивная школа № 4»', 5],
  ['ГККП «Городской дворец культуры»', 5],
  ['КГУ «Центр поддержки гражданских инициатив»', 5],
  ['КГУ «Молодежный ресурсный центр г. Алматы»', 5],
  ['КГУ «Центр исследования и анализа по вопросам религий»', 5],
  ['КГУ «Городской архив г. Алматы»', 5],
  ['КГУ «Городская служба спасения»', 5],
  ['КГУ «Центр адаптации и интеграции кандасов»', 1],
];
const AKIMAT_NAMES = [
  'Алмалинского', 'Ауэзовского', 'Бостандыкского', 'Жетысуского',
  'Медеуского', 'Наурызбайского', 'Турксибского', 'Алатауского',
];

/** mandatory departments never heard in 2023 (one of them was heard in December 2022) */
const UNHEARD_DEPARTMENTS = ['D20', 'D24', 'D27'];
const UNHEARD_SUBORDINATES = ['S13', 'S28', 'S40'];
const HEARD_TWICE = ['D01', 'D03', 'D05', 'D08', 'S12', 'S19'];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function buildBodies(): Body[] {
  const bodies: Body[] = [];
  DEPARTMENTS.forEach(([name, c], i) => bodies.push({ id: `D${pad(i + 1)}`, name, kind: 'department', mandatory: true, commission: c }));
  AKIMAT_NAMES.forEach((n, i) =>
    bodies.push({ id: `A${pad(i + 1)}`, name: `Акимат ${n} района г. Алматы`, kind: 'district_akimat', mandatory: true, commission: (i % 5) + 1 }),
  );
  SUBORDINATES.forEach(([name, c], i) => bodies.push({ id: `S${pad(i + 1)}`, name, kind: 'subordinate', mandatory: false, commission: c }));
  bodies.push({ id: 'L01', name: 'Департамент полиции г. Алматы', kind: 'law_enforcement', mandatory: false, commission: 5 });
  bodies.push({ id: 'L02', name: 'Прокуратура г. Алматы', kind: 'law_enforcement', mandatory: false, commission: 5 });
  bodies.push({ id: 'K01', name: 'Маслихат г. Алматы', kind: 'maslikhat', mandatory: false, commission: 4 });
  bodies.push({ id: 'O01', name: 'Департамент Агентства РК по делам государственной службы по г. Алматы', kind: 'other', mandatory: false, commission: 4 });
  bodies.push({ id: 'O02', name: 'Филиал НАО «Государственная корпорация «Правительство для граждан» по г. Алматы', kind: 'other', mandatory: false, commission: 4 });
  return bodies;
}

// ---------------------------------------------------------------------------
// Meetings, attendance, votes

type MeetingBody = 'council' | 'presidium' | `commission ${number}`;
type Format = 'offline' | 'online' | 'hybrid';
interface Meeting {
  id: string;
  body: MeetingBody;
  date: string;
  format: Format;
  number: number;
  title: string;
}

const COMMISSION_TOPICS: Record<number, string> = {
  1: 'социальная политика, образование и здравоохранение',
  2: 'градостроительство, транспорт и городская мобильность',
  3: 'ЖКХ, энергетика и экология',
  4: 'экономика, бюджет и предпринимательство',
  5: 'общественная безопасность, молодежь, культура и спорт',
};

function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  let d = `${year}-${pad(month)}-01`;
  while (toDate(d).getUTCDay() !== weekday) d = addDays(d, 1);
  return addDays(d, 7 * (n - 1));
}

function buildMeetings(rng: Rng): Meeting[] {
  const meetings: Meeting[] = [];
  const council = ['2023-01-26', '2023-02-23', '2023-03-30', '2023-04-27', '2023-06-29', '2023-09-28', '2023-11-23', '2023-12-27'];
  const councilFormats: Format[] = ['hybrid', 'hybrid', 'offline', 'hybrid', 'hybrid', 'hybrid', 'offline', 'hybrid'];
  council.forEach((date, i) =>
    meetings.push({
      id: `C-2023-${pad(i + 1)}`, body: 'council', date, format: councilFormats[i], number: i + 1,
      title: i === 0 ? 'Общее заседание Общественного совета: итоги 2022 года и план работы на 2023 год' : `Общее заседание Общественного совета № ${i + 1}`,
    }),
  );
  const presidium = ['2023-01-19', '2023-03-16', '2023-04-20', '2023-06-22', '2023-09-21', '2023-11-16', '2023-12-20'];
  const presidiumFormats: Format[] = ['online', 'hybrid', 'offline', 'hybrid', 'offline', 'online', 'hybrid'];
  presidium.forEach((date, i) =>
    meetings.push({ id: `P-2023-${pad(i + 1)}`, body: 'presidium', date, format: presidiumFormats[i], number: i + 1, title: `Заседание Президиума Общественного совета № ${i + 1}` }),
  );
  const months = [2, 3, 4, 5, 6, 9, 10, 11, 12];
  for (let c = 1; c <= 5; c++) {
    months.forEach((month, i) => {
      let date = nthWeekday(2023, month, c, 2); // commission c meets on the 2nd (Mon..Fri)[c-1] of the month
      while (!isWorkingDay(date)) date = addDays(date, 7);
      const format = rng.weighted<Format>([['offline', 5], ['hybrid', 4], ['online', 1]]);
      meetings.push({
        id: `K${c}-2023-${pad(i + 1)}`, body: `commission ${c}`, date, format, number: i + 1,
        title: `Заседание комиссии № ${c} (${COMMISSION_TOPICS[c]})`,
      });
    });
  }
  return meetings.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date.localeCompare(b.date)));
}

type Status = 'present' | 'online' | 'late' | 'left_early' | 'absent_excused' | 'absent_unexcused' | 'unknown';
interface Attendance {
  meetingId: string;
  member: Member;
  byName: boolean;
  status: Status;
  note: string;
}

const EXCUSE_NOTES = ['командировка', 'болезнь', 'отпуск', 'семейные обстоятельства', 'участие в заседании маслихата', 'по уважительной причине (письмо)'];

function expectedMembers(meeting: Meeting, members: Member[]): Member[] {
  return members.filter((m) => {
    if (!isMemberOn(m, meeting.date)) return false;
    if (meeting.body === 'council') return true;
    if (meeting.body === 'presidium') return PRESIDIUM_ROLES.includes(m.role);
    return meeting.body === `commission ${m.commission}`;
  });
}

function buildAttendance(rng: Rng, meetings: Meeting[], members: Member[]): Attendance[] {
  // Council and presidium meetings have no `late`/`left_early`: their votes
  // count exactly the present + online members, whatever definition of
  // "present" a reader uses.
  const plenary: [Status, number][] = [
    ['present', 77], ['online', 11], ['absent_excused', 7], ['absent_unexcused', 3], ['unknown', 1],
  ];
  const commission: [Status, number][] = [
    ['present', 70], ['online', 11], ['late', 6], ['left_early', 4], ['absent_excused', 5], ['absent_unexcused', 3], ['unknown', 1],
  ];
  const rows: Attendance[] = [];
  const unexcused = new Map<string, number>();
  for (const meeting of meetings) {
    const plenaryMeeting = meeting.body === 'council' || meeting.body === 'presidium';
    for (const m of expectedMembers(meeting, members)) {
      let status = rng.weighted(plenaryMeeting ? plenary : commission);
      if (status === 'absent_unexcused') {
        const n = unexcused.get(m.id) ?? 0;
        if (m.id === ABSENTEE_RISK || m.id === ABSENTEE_WARN || n >= 2) status = 'absent_excused';
        else unexcused.set(m.id, n + 1);
      }
      if (meeting.format === 'offline' && status === 'online') status = 'present';
      if (meeting.format === 'online' && status === 'present') status = 'online';
      rows.push({ meetingId: meeting.id, member: m, byName: rng.chance(0.05), status, note: '' });
    }
  }
  // the two members with a record of unexcused absences
  const force = (memberId: string, meetingIds: string[]): void => {
    for (const id of meetingIds) {
      const row = rows.find((r) => r.meetingId === id && r.member.id === memberId);
      assert(row !== undefined, `${memberId} is not expected at ${id}`);
      row!.status = 'absent_unexcused';
    }
  };
  force(ABSENTEE_RISK, ['C-2023-04', 'K4-2023-05', 'C-2023-06', 'K4-2023-08']);
  force(ABSENTEE_WARN, ['K5-2023-03', 'C-2023-07', 'K5-2023-09']);
  for (const r of rows) {
    if (r.status === 'absent_excused') r.note = rng.pick(EXCUSE_NOTES);
  }
  return rows;
}

interface Vote {
  meetingId: string;
  itemNo: number;
  motion: string;
  for: number | null;
  against: number | null;
  abstain: number | null;
  unanimous: boolean;
  declared: 'adopted' | 'rejected';
  anomaly: string;
}

const COUNCIL_MOTIONS = [
  'Внести изменения в план работы Общественного совета на 2023 год',
  'Принять к сведению отчет Управления образования г. Алматы и направить рекомендации',
  'Утвердить рекомендации по итогам общественных слушаний',
  'Одобрить проект меморандума о сотрудничестве',
  'Утвердить состав рабочей группы по мониторингу общественного транспорта',
  'Принять к сведению информацию о работе с обращениями граждан',
  'Рекомендовать акимату города включить предложения в Дорожную карту «Создание инклюзивной среды в Алматы»',
  'Утвердить отчет о деятельности Общественного совета за полугодие',
  'Направить предложения по изменению Градостроительного кодекса РК',
  'Рекомендовать исключение члена совета за систематические пропуски заседаний',
  'Утвердить график заслушивания отчетов районных акиматов',
  'Принять к сведению информацию Департамента Агентства РК по делам государственной службы',
  'Одобрить проект решения маслихата о тарифах на вывоз ТБО',
  'Принять к сведению информацию о ходе исполнения плана работы',
];
const PRESIDIUM_MOTIONS = [
  'Утвердить повестку общего заседания',
  'Утвердить график мониторингов комиссий',
  'Рассмотреть заявление о выходе из состава совета',
  'Утвердить план информационного освещения',
  'Согласовать перечень НПА для рассмотрения комиссиями',
  'Утвердить план мероприятий на следующий квартал',
];

function presentCount(meetingId: string, attendance: Attendance[]): number {
  return attendance.filter((a) => a.meetingId === meetingId && (a.status === 'present' || a.status === 'online')).length;
}

function buildVotes(rng: Rng, meetings: Meeting[], attendance: Attendance[]): Vote[] {
  const votes: Vote[] = [];
  const plenary = meetings.filter((m) => m.body === 'council' || m.body === 'presidium');
  // anomalies: declared disagrees with the rule (for = exactly half of present, declared adopted),
  // and a count that does not add up to the present
  const ruleAnomalyMeeting = plenary.find((m) => m.body === 'council' && m.date >= '2023-06-01' && presentCount(m.id, attendance) % 2 === 0);
  assert(ruleAnomalyMeeting !== undefined, 'no council meeting with an even number present');
  const sumAnomalyMeeting = 'C-2023-03';
  let rejectedLeft = 2;
  for (const meeting of plenary) {
    const present = presentCount(meeting.id, attendance);
    const items = rng.int(2, 4);
    const pool = rng.shuffle(meeting.body === 'council' ? COUNCIL_MOTIONS : PRESIDIUM_MOTIONS);
    for (let item = 1; item <= items; item++) {
      const motion = pool[(item - 1) % pool.length];
      const ruleAnomaly = meeting.id === ruleAnomalyMeeting!.id && item === 2;
      const sumAnomaly = meeting.id === sumAnomalyMeeting && item === 1;
      const unanimous = !ruleAnomaly && !sumAnomaly && rng.chance(0.4);
      if (unanimous) {
        votes.push({ meetingId: meeting.id, itemNo: item, motion, for: null, against: null, abstain: null, unanimous: true, declared: 'adopted', anomaly: '' });
        continue;
      }
      let forN: number;
      let against: number;
      let abstain: number;
      let anomaly = '';
      if (ruleAnomaly) {
        forN = present / 2;
        against = rng.int(1, 3);
        abstain = present - forN - against;
        anomaly = `declared adopted, but for (${forN}) is not more than half of ${present} present`;
      } else if (rejectedLeft > 0 && meeting.body === 'council' && rng.chance(0.25)) {
        rejectedLeft--;
        forN = Math.floor(present / 2) - rng.int(2, 5);
        against = rng.int(4, 8);
        abstain = present - forN - against;
      } else {
        against = rng.chance(0.5) ? 0 : rng.int(1, Math.max(1, Math.floor(present / 10)));
        abstain = rng.int(0, Math.max(1, Math.floor(present / 6)));
        forN = present - against - abstain;
      }
      let declared: 'adopted' | 'rejected' = forN > present / 2 ? 'adopted' : 'rejected';
      if (ruleAnomaly) declared = 'adopted';
      if (sumAnomaly) {
        abstain = Math.max(0, abstain - 2);
        forN = present - against - abstain - 2;
        declared = forN > present / 2 ? 'adopted' : 'rejected';
        anomaly = `for+against+abstain = ${forN + against + abstain}, but ${present} present`;
      }
      votes.push({ meetingId: meeting.id, itemNo: item, motion, for: forN, against, abstain, unanimous: false, declared, anomaly });
    }
  }
  return votes;
}

// ---------------------------------------------------------------------------
// Activities

type ActivityType =
  | 'monitoring' | 'public_hearing' | 'report_hearing' | 'npa_review' | 'round_table' | 'dialog_platform'
  | 'official_meeting' | 'seminar' | 'memorandum' | 'site_visit' | 'media_project' | 'other';
interface Activity {
  id: string;
  type: ActivityType;
  start: string;
  end: string;
  title: string;
  commission: number | null;
  participants: string[];
  ledBy: string;
  target: string;
  recommendations: string;
  publicity: string;
  outcome: string;
}

const PUBLICITY = ['сайт', 'сайт; Instagram', 'сайт; Instagram; Telegram', 'сайт; Facebook', 'Instagram; Telegram', 'сайт; Telegram; СМИ'];

function pickParticipants(rng: Rng, members: Member[], day: string, commission: number | null, ledBy: string): string[] {
  const pool = members.filter((m) => isMemberOn(m, day) && (commission === null || m.commission === commission) && m.id !== ledBy);
  const n = commission === null ? rng.int(4, 9) : rng.int(2, Math.min(5, pool.length));
  const chosen: string[] = [ledBy];
  const weighted = pool.map((m) => [m, m.zeal] as const);
  while (chosen.length < n + 1 && chosen.length <= pool.length) {
    const m = rng.weighted(weighted);
    if (!chosen.includes(m.id)) chosen.push(m.id);
  }
  return chosen.sort();
}

function pickLeader(rng: Rng, members: Member[], day: string, commission: number | null): string {
  const current = members.filter((m) => isMemberOn(m, day));
  if (commission === null) {
    return rng.weighted(current.filter((m) => m.role !== 'член').map((m) => [m.id, m.role === 'председатель' ? 4 : 1] as const));
  }
  const own = current.filter((m) => m.commission === commission);
  const chair = own.find((m) => m.role === 'председатель комиссии');
  if (chair && rng.chance(0.6)) return chair.id;
  return rng.weighted(own.map((m) => [m.id, m.zeal] as const));
}

const HEARING_RECOMMENDATIONS = [
  'Обеспечить публикацию плана работ и отчетов на сайте',
  'Сократить сроки рассмотрения обращений граждан',
  'Провести разъяснительную работу с населением',
  'Усилить контроль за качеством подрядных работ',
  'Предусмотреть финансирование в бюджете на 2024 год',
  'Обеспечить доступность объектов для людей с инвалидностью',
  'Разработать график устранения выявленных нарушений',
  'Создать рабочую группу с участием членов Общественного совета',
];
const OUTCOMES = [
  'отчет принят к сведению, рекомендации направлены',
  'рекомендации направлены, ответ получен',
  'рекомендации в стадии подготовки',
  'принято к сведению',
  'рекомендации частично учтены',
];

interface Spec {
  type: ActivityType;
  start: string;
  end?: string;
  title: string;
  commission: number | null;
  target?: string;
  withRecommendations?: boolean;
}

function hearingTitle(b: Body): string {
  if (b.kind === 'district_akimat') return `Заслушивание отчета акима ${b.name.replace('Акимат ', '').replace(' г. Алматы', '')} о деятельности акимата`;
  if (b.kind === 'department') return `Заслушивание отчета руководителя: ${b.name}`;
  return `Заслушивание отчета: ${b.name}`;
}

function buildActivities(rng: Rng, members: Member[], bodies: Body[]): Activity[] {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const specs: Spec[] = [];

  // report hearings: working days, February..December, none in the summer break
  const hearingDays = workingDaysBetween('2023-01-24', '2023-12-22').filter((d) => !(d >= '2023-07-10' && d <= '2023-08-20'));
  const heard = bodies.filter(
    (b) =>
      (b.kind === 'department' && !UNHEARD_DEPARTMENTS.includes(b.id)) ||
      (b.kind === 'subordinate' && !UNHEARD_SUBORDINATES.includes(b.id)) ||
      b.kind === 'district_akimat',
  );
  for (const b of heard) {
    let start: string;
    if (HEARD_TWICE.includes(b.id)) {
      start = rng.pick(hearingDays.filter((d) => d < '2023-05-31'));
      specs.push({ type: 'report_hearing', start: rng.pick(hearingDays.filter((d) => d >= '2023-09-01')), title: `${hearingTitle(b)} (исполнение рекомендаций)`, commission: b.commission, target: b.id, withRecommendations: true });
    } else if (b.kind === 'district_akimat') {
      start = rng.pick(hearingDays.filter((d) => d < '2023-04-30'));
    } else {
      start = rng.pick(hearingDays);
    }
    specs.push({ type: 'report_hearing', start, title: hearingTitle(b), commission: b.commission, target: b.id, withRecommendations: true });
  }
  specs.push({ type: 'report_hearing', start: '2023-01-26', title: 'Информация о внутреннем государственном контроле за качеством оказания государственных услуг', commission: null, target: 'O01', withRecommendations: true });
  specs.push({ type: 'report_hearing', start: '2023-10-19', title: 'Заслушивание информации: Департамент полиции г. Алматы (сервисная полиция)', commission: 5, target: 'L01', withRecommendations: true });
  // a hearing of the previous year (outside the 2023 figures)
  specs.push({ type: 'report_hearing', start: '2022-12-14', title: hearingTitle(byId.get('D24')!), commission: 3, target: 'D24', withRecommendations: true });

  // dialogue platforms (exactly 8 in 2023)
  const dialog: [string, string, number | null, string][] = [
    ['2023-03-14', 'Новые формы управления ОСИ, КСК и ПТ в соответствии с законодательством «О жилищных отношениях»', 3, 'A02'],
    ['2023-04-18', 'Ранняя диагностика детской инвалидизации, анализ деятельности ПМПК УО и отдела охраны здоровья матери, ребенка УОЗ г. Алматы', 1, 'A01'],
    ['2023-05-16', 'Адаптация и доступность зданий для людей с ограниченными возможностями в г. Алматы', 1, 'A03'],
    ['2023-06-13', 'Проблемы с арендой помещений в подземных переходах города для людей с ограниченными возможностями', 2, 'A04'],
    ['2023-08-07', 'Регулирование выдачи онлайн-кредитов в Казахстане', null, ''],
    ['2023-08-24', 'О готовности общеобразовательных учреждений к учебному году', 1, 'A06'],
    ['2023-09-19', 'О состоянии спортивных объектов (площадок) общего пользования', 5, 'A07'],
    ['2023-10-17', 'Проблемы функционирования футбольных полей города общественного назначения', 5, 'A08'],
  ];
  for (const [start, title, commission, target] of dialog) specs.push({ type: 'dialog_platform', start, title, commission, target, withRecommendations: true });

  specs.push({ type: 'public_hearing', start: '2023-05-25', title: 'Состояние и перспектива развития инфраструктуры общественного транспорта Алматинской агломерации', commission: 2, target: 'D03', withRecommendations: true });
  specs.push({ type: 'public_hearing', start: '2023-10-26', title: 'Проблемные вопросы системы здравоохранения г. Алматы', commission: 1, target: 'D02', withRecommendations: true });

  // monitorings (20), spread over the year
  const monitorings: [string, number, string][] = [
    ['Развитие улично-дорожной сети', 2, 'D03'],
    ['Работа общественного транспорта в часы пик', 2, 'S12'],
    ['Ход жилищного строительства по программе «Реновация ветхого жилья»', 2, 'D06'],
    ['Качество медицинского обслуживания в городских поликлиниках', 1, 'D02'],
    ['Доступность спортивных секций для детей и подростков', 5, 'D10'],
    ['Реформа в жилищно-коммунальном хозяйстве: переход КСК в ОСИ', 3, 'D05'],
    ['Доступность инфраструктуры города для людей с ограниченными возможностями', 1, 'D09'],
    ['Состояние общедоступных спортивных сооружений (площадок)', 5, 'D10'],
    ['Организация горячего питания в школах', 1, 'D01'],
    ['Вывоз твердых бытовых отходов в частном секторе', 3, 'S21'],
    ['Уличное освещение в микрорайонах Алатауского района', 3, 'A08'],
    ['Состояние ливневой канализации', 3, 'D04'],
    ['Сохранность зеленых насаждений при строительстве', 3, 'D23'],
    ['Очереди и запись к узким специалистам', 1, 'S03'],
    ['Работа платных парковок', 2, 'S16'],
    ['Качество оказания государственных услуг в ЦОНах', 4, 'O02'],
    ['Исполнение бюджетных программ развития', 4, 'D15'],
    ['Поддержка малого бизнеса: гранты и микрокредиты', 4, 'D13'],
    ['Работа молодежных ресурсных центров', 5, 'S36'],
    ['Подготовка теплоснабжения к отопительному сезону', 3, 'S20'],
  ];
  const monthStarts = ['2023-01-16', '2023-02-06', '2023-02-20', '2023-03-06', '2023-03-27', '2023-04-10', '2023-04-24', '2023-05-15', '2023-05-29', '2023-06-12', '2023-06-26', '2023-07-17', '2023-08-14', '2023-09-04', '2023-09-18', '2023-10-02', '2023-10-16', '2023-11-06', '2023-11-20', '2023-12-04'];
  monitorings.forEach(([title, commission, target], i) => {
    const start = nextWorkingDay(addDays(monthStarts[i], rng.int(0, 4)));
    specs.push({ type: 'monitoring', start, end: addWorkingDays(start, rng.int(3, 20)), title: `Мониторинг: ${title}`, commission, target, withRecommendations: true });
  });

  // round tables (12)
  const roundTables: [string, number | null, string][] = [
    ['Сервисная полиция: состояние, достижения, перспективы', 5, 'L01'],
    ['Инклюзивное образование: проблемы и решения', 1, 'D01'],
    ['Чистый воздух Алматы: переход ТЭЦ-2 на газ', 3, 'D08'],
    ['Доступное жилье для молодых семей', 2, 'D05'],
    ['Цифровизация государственных услуг', 4, 'D19'],
    ['Профилактика бытового насилия', 5, 'L02'],
    ['Развитие внутреннего туризма', 4, 'D12'],
    ['Безопасность детских площадок', 3, 'D28'],
    ['Градостроительный кодекс: предложения общественности', 2, 'D07'],
    ['Поддержка кандасов и их адаптация', 1, 'S40'],
    ['Межэтническое согласие и роль НПО', 5, 'D16'],
    ['Открытый бюджет: участие граждан', 4, 'D14'],
  ];
  const rtDays = workingDaysBetween('2023-02-01', '2023-12-15').filter((d) => d.slice(5, 7) !== '07' && d.slice(5, 7) !== '08');
  roundTables.forEach(([title, commission, target], i) => {
    const start = rtDays[Math.floor(((i + rng.float() * 0.8) / roundTables.length) * rtDays.length)];
    specs.push({ type: 'round_table', start, title: `Круглый стол «${title}»`, commission, target, withRecommendations: rng.chance(0.7) });
  });

  // seminars (4), memoranda (2), site visits, media projects, official meetings, other
  specs.push({ type: 'seminar', start: '2023-02-16', title: 'Семинар для членов совета: общественный контроль и его формы', commission: null });
  specs.push({ type: 'seminar', start: '2023-04-13', title: 'Семинар «Экспертиза проектов НПА: практика и типичные ошибки»', commission: 4 });
  specs.push({ type: 'seminar', start: '2023-09-14', title: 'Семинар для председателей ОСИ по новым правилам управления домом', commission: 3 });
  specs.push({ type: 'seminar', start: '2023-11-09', title: 'Обучающий семинар по работе с обращениями граждан', commission: null });
  specs.push({ type: 'memorandum', start: '2023-03-02', title: 'Меморандум о сотрудничестве с Департаментом Агентства РК по делам государственной службы по г. Алматы', commission: null, target: 'O01' });
  specs.push({ type: 'memorandum', start: '2023-06-15', title: 'Меморандум о сотрудничестве с ассоциацией общественных объединений людей с инвалидностью', commission: 1 });
  specs.push({ type: 'site_visit', start: '2023-04-05', title: 'Выезд на строительство школы в Наурызбайском районе', commission: 1, target: 'D06' });
  specs.push({ type: 'site_visit', start: '2023-05-31', title: 'Выезд на полигон ТБО', commission: 3, target: 'S21' });
  specs.push({ type: 'site_visit', start: '2023-09-27', title: 'Выезд в депо троллейбусного парка', commission: 2, target: 'S12' });
  specs.push({ type: 'site_visit', start: '2023-11-29', title: 'Выезд в приемное отделение городской клинической больницы', commission: 1, target: 'S01' });
  specs.push({ type: 'media_project', start: '2023-03-01', end: '2023-05-31', title: 'Цикл эфиров «Общественный совет отвечает»', commission: null });
  specs.push({ type: 'media_project', start: '2023-09-01', end: '2023-12-15', title: 'Рубрика в Telegram «Мониторинг недели»', commission: null });
  specs.push({ type: 'media_project', start: '2023-10-10', end: '2023-10-31', title: 'Видеоролики о правах собственников жилья', commission: 3 });
  specs.push({ type: 'official_meeting', start: '2023-02-08', title: 'Встреча с акимом г. Алматы', commission: null, target: '' });
  specs.push({ type: 'official_meeting', start: '2023-07-12', title: 'Встреча с депутатами маслихата г. Алматы', commission: null, target: 'K01' });
  specs.push({ type: 'official_meeting', start: '2023-12-07', title: 'Встреча с прокурором г. Алматы', commission: 5, target: 'L02' });
  specs.push({ type: 'other', start: '2023-06-05', end: '2023-06-10', title: 'Общественно значимое мероприятие «Неделя чистого воздуха в Алматы»', commission: 3, target: 'D08' });

  specs.sort((a, b) => (a.start === b.start ? a.title.localeCompare(b.title) : a.start.localeCompare(b.start)));
  const counters = new Map<string, number>();
  return specs.map((s) => {
    const year = s.start.slice(0, 4);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    const ledBy = pickLeader(rng, members, s.start, s.commission);
    const recs = s.withRecommendations && rng.chance(0.8) ? rng.sample(HEARING_RECOMMENDATIONS, rng.int(1, 2)).join('; ') : '';
    return {
      id: `ACT-${year}-${pad(n, 3)}`,
      type: s.type,
      start: s.start,
      end: s.end ?? s.start,
      title: s.title,
      commission: s.commission,
      participants: pickParticipants(rng, members, s.start, s.commission, ledBy),
      ledBy,
      target: s.target ?? '',
      recommendations: recs,
      publicity: rng.pick(PUBLICITY),
      outcome: recs ? rng.pick(OUTCOMES) : rng.pick(['проведено', 'принято к сведению', 'материалы опубликованы']),
    };
  });
}

async function writeActivities(activities: Activity[], file: string): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('activities');
  const headers = ['activity_id', 'type', 'date_start', 'date_end', 'title', 'commission', 'participants', 'led_by', 'target_body', 'recommendations', 'publicity', 'outcome'];
  ws.getRow(1).values = headers;
  ws.getRow(1).font = { bold: true };
  activities.forEach((a, i) => {
    const row = ws.getRow(2 + i);
    row.values = [
      a.id, a.type, excelDate(a.start), excelDate(a.end), a.title, a.commission === null ? null : String(a.commission),
      a.participants.join('; '), a.ledBy, a.target || null, a.recommendations || null, a.publicity, a.outcome,
    ];
    row.getCell(3).numFmt = 'dd.mm.yyyy';
    row.getCell(4).numFmt = 'dd.mm.yyyy';
  });
  [14, 16, 12, 12, 70, 11, 40, 8, 12, 50, 24, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await writeFile(file, await workbookBytes(wb));
}

// ---------------------------------------------------------------------------
// Plan

interface PlanItem {
  commission: number;
  type: ActivityType;
  target: string;
  quarter: string;
}

function planMatches(p: PlanItem, activities: Activity[]): boolean {
  return activities.some(
    (a) => a.commission === p.commission && a.type === p.type && quarterOf(a.start) === p.quarter && (p.target === '' || a.target === p.target),
  );
}

function buildPlan(rng: Rng, activities: Activity[]): PlanItem[] {
  const plan: PlanItem[] = [];
  const unfulfilled: PlanItem[] = [
    { commission: 4, type: 'report_hearing', target: 'D20', quarter: '2023-Q2' },
    { commission: 3, type: 'report_hearing', target: 'D24', quarter: '2023-Q3' },
    { commission: 5, type: 'report_hearing', target: 'D27', quarter: '2023-Q4' },
    { commission: 1, type: 'seminar', target: '', quarter: '2023-Q3' },
    { commission: 2, type: 'round_table', target: '', quarter: '2023-Q1' },
    { commission: 2, type: 'monitoring', target: 'S13', quarter: '2023-Q3' },
  ];
  for (let c = 1; c <= 5; c++) {
    const own = activities.filter((a) => a.commission === c && a.start.startsWith('2023'));
    const fulfilled: PlanItem[] = [];
    const seen = new Set<string>();
    for (const a of rng.shuffle(own)) {
      const withTarget = a.type === 'report_hearing' || rng.chance(0.3);
      const item: PlanItem = { commission: c, type: a.type, target: withTarget ? a.target : '', quarter: quarterOf(a.start) };
      const key = `${item.type}|${item.target}|${item.quarter}`;
      if (seen.has(key)) continue;
      seen.add(key);
      fulfilled.push(item);
      if (fulfilled.length === 7) break;
    }
    const misses = unfulfilled.filter((u) => u.commission === c);
    for (const m of misses) assert(!planMatches(m, activities), `plan item meant to be unfulfilled matches: ${JSON.stringify(m)}`);
    plan.push(...[...fulfilled, ...misses].sort((a, b) => (a.quarter + a.type + a.target).localeCompare(b.quarter + b.type + b.target)));
  }
  return plan;
}

// ---------------------------------------------------------------------------
// Appeals (Windows-1251, `;`, dd.mm.yyyy, CRLF)

interface Appeal {
  number: string;
  received: string;
  applicantType: 'физическое лицо' | 'юридическое лицо';
  applicant: string;
  contact: string;
  summary: string;
  channel: string;
  topic: string;
  district: string;
  commission: number;
  addressee: string;
  status: 'отвечено' | 'в работе' | 'перенаправлено' | 'новое';
  answered: string;
}

// cp1251 has no Kazakh letters: names here are spelled the Russian way
const SURNAMES_M = ['Алимбеков', 'Иванов', 'Сатпаев', 'Ким', 'Жунусов', 'Попов', 'Бекетов', 'Садыков', 'Орлов', 'Нуржанов', 'Касенов', 'Морозов', 'Жаксылыков', 'Абенов', 'Лебедев', 'Искаков', 'Мухамеджанов', 'Соколов', 'Турсынов', 'Пак'];
const FIRST_M = ['Айдар', 'Сергей', 'Ерлан', 'Дмитрий', 'Бахыт', 'Канат', 'Олег', 'Марат', 'Руслан', 'Нурлан', 'Виктор', 'Асхат', 'Максим', 'Ержан', 'Тимур'];
const FIRST_F = ['Айгуль', 'Елена', 'Гульмира', 'Ольга', 'Сауле', 'Мария', 'Жанна', 'Динара', 'Татьяна', 'Алия', 'Светлана', 'Асем', 'Галина', 'Назира', 'Ирина'];
const PATR_M = ['Серикович', 'Иванович', 'Маратович', 'Кайратович', 'Петрович', 'Болатович', 'Александрович', 'Ерланович'];
const PATR_F = ['Сериковна', 'Ивановна', 'Маратовна', 'Кайратовна', 'Петровна', 'Болатовна', 'Александровна', 'Ерлановна'];
const COMPANY_FORMS = ['ТОО', 'ОО', 'ОСИ', 'ОФ', 'ИП', 'ПК'];
const COMPANY_NAMES = ['Алтын Дала Сервис', 'Зеленый город', 'Самал-2', 'Жетысу Строй Групп', 'Ak Bulak', 'Таза Ауа', 'Мой дом Алматы', 'Орбита-3', 'Доступная среда', 'Горный гигант', 'Шанырак-Сервис', 'Алатау Транзит', 'Наш двор', 'Кок-Тобе Девелопмент', 'Эко-Алматы'];
const STREETS = ['ул. Абая', 'пр. Сейфуллина', 'ул. Толе би', 'ул. Жандосова', 'мкр. Орбита-2', 'ул. Розыбакиева', 'мкр. Шанырак-1', 'ул. Райымбека', 'пр. Достык', 'мкр. Аксай-4', 'ул. Утепова', 'ул. Маречека'];

interface Topic {
  name: string;
  weight: number;
  commission: number;
  bodies: string[];
  summaries: string[];
}
const TOPICS: Topic[] = [
  { name: 'ЖКХ', weight: 20, commission: 3, bodies: ['D05', 'D04', 'S19', 'S20', 'S24'], summaries: [
    'Отсутствие горячей воды в доме более двух недель', 'Жалоба на работу КСК, непрозрачные расходы', 'Протекает кровля, управляющая компания бездействует',
    'Прошу разъяснить порядок перехода в ОСИ', 'Завышенные тарифы на отопление', 'Не работает лифт в многоэтажном доме'] },
  { name: 'транспорт', weight: 13, commission: 2, bodies: ['D03', 'S12', 'S14', 'S15', 'S16'], summaries: [
    'Отменен автобусный маршрут, нет альтернативы', 'Большие интервалы движения автобусов', 'Просьба установить светофор у школы',
    'Штраф за парковку выписан необоснованно', 'Переполненные автобусы в часы пик'] },
  { name: 'здравоохранение', weight: 12, commission: 1, bodies: ['D02', 'S01', 'S03', 'S04', 'S05'], summaries: [
    'Невозможно записаться к узкому специалисту', 'Отказ в прикреплении к поликлинике', 'Долгое ожидание скорой помощи',
    'Нет лекарств по бесплатному списку в аптеке', 'Жалоба на грубость медицинского персонала'] },
  { name: 'образование', weight: 10, commission: 1, bodies: ['D01', 'S08', 'S09', 'S07'], summaries: [
    'Нет мест в детском саду по очереди', 'Переполненные классы в школе', 'Поборы в школе на ремонт класса',
    'Прошу помочь с переводом ребенка в другую школу', 'Нет пандуса в здании школы'] },
  { name: 'экология', weight: 9, commission: 3, bodies: ['D08', 'D23', 'S22', 'S23'], summaries: [
    'Вырубка деревьев во дворе без разрешения', 'Смог и выбросы от частного сектора', 'Стихийная свалка у арыка',
    'Просьба озеленить сквер', 'Загрязнение реки строительным мусором'] },
  { name: 'строительство', weight: 9, commission: 2, bodies: ['D06', 'D22', 'D07', 'S18'], summaries: [
    'Точечная застройка во дворе', 'Строительство ведется ночью, шум', 'Трещины в доме после строительства соседнего объекта',
    'Дольщики не могут получить квартиры', 'Незаконная пристройка к жилому дому'] },
  { name: 'земельные отношения', weight: 6, commission: 2, bodies: ['D21'], summaries: [
    'Отказ в оформлении земельного участка', 'Спор о границах земельного участка', 'Изъятие участка для государственных нужд: размер компенсации'] },
  { name: 'социальная защита', weight: 8, commission: 1, bodies: ['D09', 'S10', 'S11', 'S40'], summaries: [
    'Не назначено адресное пособие', 'Прошу помочь с трудоустройством', 'Не выдано техническое средство реабилитации',
    'Задержка выплаты пособия по уходу'] },
  { name: 'благоустройство', weight: 8, commission: 3, bodies: ['D28', 'S25', 'A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08'], summaries: [
    'Не горят фонари во дворе', 'Разбитая дорога во дворе', 'Просьба установить детскую площадку', 'Не вывозится мусор по графику'] },
  { name: 'безопасность', weight: 3, commission: 5, bodies: ['L01', 'D25'], summaries: [
    'Шумные компании во дворе ночью', 'Нет видеонаблюдения в подземном переходе', 'Бездомные собаки во дворе'] },
  { name: 'спорт и культура', weight: 2, commission: 5, bodies: ['D10', 'D11', 'S32'], summaries: [
    'Закрыта бесплатная спортивная площадка', 'Платные секции вместо бесплатных', 'Просьба отремонтировать футбольное поле'] },
];
const CHANNELS: [string, number][] = [['лично', 20], ['Instagram', 25], ['Telegram', 20], ['электронная почта', 20], ['сайт', 15]];

function phone(rng: Rng): string {
  return `+7 ${rng.pick(['701', '702', '705', '707', '747', '771', '775', '777', '778'])} ${rng.int(100, 999)} ${pad(rng.int(0, 99))} ${pad(rng.int(0, 99))}`;
}
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
function latin(s: string): string {
  return [...s.toLowerCase()].map((ch) => LATIN[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '')).join('');
}
function fakeIin(rng: Rng): string {
  return `${pad(rng.int(55, 99))}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${rng.pick(['3', '4'])}${pad(rng.int(0, 99))}${pad(rng.int(0, 99))}${rng.int(0, 9)}`;
}

function buildAppeals(rng: Rng): Appeal[] {
  const N = 700;
  const allDays = workingDaysBetween('2023-01-04', '2023-12-29');
  const weekends: string[] = [];
  for (let d = '2023-01-04'; d <= '2023-12-29'; d = addDays(d, 1)) if (!isWorkingDay(d)) weekends.push(d);
  const received: string[] = [];
  for (let i = 0; i < N; i++) {
    // fewer appeals in the summer; Instagram/Telegram also on days off
    let d = rng.chance(0.06) ? rng.pick(weekends) : rng.pick(allDays);
    if ((d.slice(5, 7) === '07' || d.slice(5, 7) === '08') && rng.chance(0.35)) d = rng.pick(allDays);
    received.push(d);
  }
  received.sort();
  const oldOpen = new Set(rng.sample(received.map((d, i) => [d, i] as const).filter(([d]) => d >= '2023-06-01' && d <= '2023-10-31').map(([, i]) => i), 22));
  return received.map((day, i) => {
    const topic = rng.weighted(TOPICS.map((t) => [t, t.weight] as const));
    const individual = rng.chance(0.7);
    let applicant: string;
    let emailName: string;
    if (individual) {
      const female = rng.chance(0.5);
      const sur = rng.pick(SURNAMES_M);
      const first = rng.pick(female ? FIRST_F : FIRST_M);
      const surname = female ? (/(ов|ев|ин)$/.test(sur) ? `${sur}а` : sur) : sur;
      applicant = `${surname} ${first} ${rng.pick(female ? PATR_F : PATR_M)}`;
      emailName = `${latin(first)}.${latin(sur)}${rng.int(1, 99)}`;
    } else {
      const form = rng.pick(COMPANY_FORMS);
      const name = rng.pick(COMPANY_NAMES);
      applicant = form === 'ИП' ? `ИП «${name}»` : `${form} «${name}»`;
      emailName = latin(name) || 'office';
    }
    const contactKind = rng.weighted([['phone', 5], ['email', 2], ['both', 3]] as const);
    const email = `${emailName}@example.kz`;
    const contact = contactKind === 'phone' ? phone(rng) : contactKind === 'email' ? email : `${phone(rng)}, ${email}`;
    let summary = rng.pick(topic.summaries);
    const pd = rng.float();
    if (pd < 0.12) summary += `, ИИН ${fakeIin(rng)}`;
    else if (pd < 0.3) summary += ` (${rng.pick(STREETS)}, д. ${rng.int(1, 180)}${rng.chance(0.6) ? `, кв. ${rng.int(1, 220)}` : ''})`;
    const district = rng.pick(DISTRICTS);
    const bodyPool = topic.name === 'благоустройство' ? [`A${pad(DISTRICTS.indexOf(district) + 1)}`, 'D28', 'S25'] : topic.bodies;
    const addressee = rng.pick(bodyPool);
    // answer after a number of working days; ~15% late (beyond 15 working days)
    const late = rng.chance(0.17);
    const wd = late ? rng.int(17, 40) : rng.int(2, 13);
    const answer = addWorkingDays(nextWorkingDay(day), wd);
    let status: Appeal['status'];
    let answered = '';
    if (oldOpen.has(i)) status = 'в работе';
    else if (answer > YEAR_END || (day >= '2023-12-01' && rng.chance(0.2))) status = day >= '2023-12-11' && rng.chance(0.6) ? 'новое' : 'в работе';
    else {
      status = rng.chance(0.1) ? 'перенаправлено' : 'отвечено';
      answered = answer;
    }
    return {
      number: `ОС-2023-${pad(i + 1, 4)}`,
      received: day,
      applicantType: individual ? 'физическое лицо' : 'юридическое лицо',
      applicant,
      contact,
      summary,
      channel: rng.weighted(CHANNELS),
      topic: topic.name,
      district,
      commission: topic.commission,
      addressee,
      status,
      answered,
    };
  });
}

function appealsBytes(appeals: Appeal[], handledBy: Map<string, string>): Buffer {
  const headers = ['Номер', 'Дата поступления', 'Тип заявителя', 'Заявитель', 'Контакты', 'Суть обращения', 'Канал', 'Тема', 'Район', 'Комиссия', 'Адресат', 'Статус', 'Дата ответа', 'Исполнитель'];
  const rows = appeals.map((a) => [
    a.number, ddmmyyyy(a.received), a.applicantType, a.applicant, a.contact, a.summary, a.channel, a.topic, a.district,
    String(a.commission), a.addressee, a.status, a.answered ? ddmmyyyy(a.answered) : '', handledBy.get(a.number) ?? '',
  ]);
  const text = toCsv(headers, rows, { sep: ';', eol: '\r\n' });
  const bytes = iconv.encode(text, 'win1251');
  assert(iconv.decode(bytes, 'win1251') === text, 'appeals.csv has characters that Windows-1251 cannot encode');
  return bytes;
}

// ---------------------------------------------------------------------------
// Letters

interface Letter {
  id: string;
  sent: string;
  addressee: string;
  subject: string;
  relatedAppeal: string;
  answered: string;
}
const LETTER_SUBJECTS = [
  'Рекомендации по итогам заслушивания отчета',
  'Рекомендации по итогам мониторинга',
  'Запрос информации о ходе исполнения рекомендаций',
  'Приглашение на заседание Общественного совета',
  'Рекомендации по итогам общественных слушаний',
  'Запрос плана работы на 2023 год',
  'Рекомендации по итогам круглого стола',
  'О предоставлении отчета для заслушивания',
];
const LETTERS_SENT = 578;
const LETTERS_ANSWERED = 531;

function buildLetters(rng: Rng, appeals: Appeal[], bodies: Body[]): Letter[] {
  const drafts: Omit<Letter, 'id'>[] = [];
  // about half are queries on appeals: to the appeal's addressee, 1..3 working days after it came in
  const candidates = appeals.filter((a) => a.received <= '2023-12-22');
  for (const a of rng.sample(candidates, 289)) {
    drafts.push({
      sent: addWorkingDays(nextWorkingDay(a.received), rng.int(1, 3)),
      addressee: a.addressee,
      subject: `Запрос по обращению № ${a.number} (${a.topic})`,
      relatedAppeal: a.number,
      answered: '',
    });
  }
  const targets = bodies.filter((b) => b.kind !== 'other' || rng.chance(0.5));
  const days = workingDaysBetween('2023-01-10', '2023-12-29');
  while (drafts.length < LETTERS_SENT) {
    const b = rng.weighted(targets.map((t) => [t, t.kind === 'department' ? 3 : t.kind === 'district_akimat' ? 2 : 1] as const));
    drafts.push({ sent: rng.pick(days), addressee: b.id, subject: rng.pick(LETTER_SUBJECTS), relatedAppeal: '', answered: '' });
  }
  drafts.sort((a, b) => (a.sent === b.sent ? a.subject.localeCompare(b.subject) : a.sent.localeCompare(b.sent)));
  // 47 never answered: everything sent after 21 December, the rest from November/December and a few old ones
  const idx = drafts.map((_, i) => i);
  const unanswered = new Set(idx.filter((i) => drafts[i].sent > '2023-12-21'));
  const recent = rng.shuffle(idx.filter((i) => drafts[i].sent >= '2023-11-01' && !unanswered.has(i)));
  const old = rng.shuffle(idx.filter((i) => drafts[i].sent < '2023-11-01'));
  const oldCount = 14;
  for (const i of old.slice(0, oldCount)) unanswered.add(i);
  for (const i of recent) {
    if (unanswered.size >= LETTERS_SENT - LETTERS_ANSWERED) break;
    unanswered.add(i);
  }
  assert(unanswered.size === LETTERS_SENT - LETTERS_ANSWERED, `unanswered letters: ${unanswered.size}`);
  return drafts.map((d, i) => {
    let answered = '';
    if (!unanswered.has(i)) {
      const wd = rng.chance(0.12) ? rng.int(12, 30) : rng.int(1, 9);
      answered = addWorkingDays(d.sent, wd);
      if (answered > YEAR_END) answered = YEAR_END;
    }
    return { ...d, id: `ИСХ-2023-${pad(i + 1, 4)}`, answered };
  });
}

// ---------------------------------------------------------------------------
// NPA reviews

interface NpaReview {
  id: string;
  title: string;
  source: string;
  received: string;
  reviewed: string;
  commission: number;
  result: 'approved' | 'approved_with_remarks' | 'rejected' | 'pending';
}
/** [subject, source body] */
const NPA_SUBJECTS: [string, string][] = [
  ['Об утверждении Правил благоустройства территории г. Алматы', 'K01'],
  ['Об утверждении тарифов на вывоз твердых бытовых отходов', 'K01'],
  ['Об утверждении Правил содержания и защиты зеленых насаждений', 'K01'],
  ['Об установлении единых ставок фиксированного налога', 'K01'],
  ['О внесении изменений в бюджет г. Алматы на 2023–2025 годы', 'K01'],
  ['Об утверждении Правил оказания социальной помощи отдельным категориям нуждающихся граждан', 'K01'],
  ['Об утверждении Правил содержания домашних животных', 'K01'],
  ['Об утверждении Порядка проведения мирных собраний', 'K01'],
  ['Об утверждении Правил проведения раздельного сбора отходов', 'K01'],
  ['Об утверждении государственного образовательного заказа на дошкольное воспитание', 'D01'],
  ['Об утверждении размера родительской платы за детские сады', 'D01'],
  ['Об утверждении перечня лекарственных средств для льготного обеспечения', 'D02'],
  ['Об утверждении Правил организации регулярных автомобильных перевозок пассажиров', 'D03'],
  ['Об установлении ограничений на движение грузового транспорта', 'D03'],
  ['Об утверждении перечня социально значимых маршрутов', 'D03'],
  ['Об утверждении тарифов на подачу питьевой воды', 'D04'],
  ['Об утверждении Правил предоставления жилищной помощи', 'D05'],
  ['Об утверждении Правил выдачи разрешений на снос деревьев', 'D08'],
  ['О квоте рабочих мест для лиц с инвалидностью', 'D09'],
  ['Об утверждении календарного плана спортивно-массовых мероприятий', 'D10'],
  ['Об утверждении государственного социального заказа', 'D16'],
  ['Об утверждении размеров платы за пользование парковочным пространством', 'D03'],
  ['Об утверждении перечня приоритетных проектов субсидирования', 'D13'],
  ['О внесении изменений в схему управления городом', 'D26'],
  ['Об утверждении Правил размещения наружной (визуальной) рекламы', 'D07'],
  ['Об образовании избирательных участков', 'A01'],
  ['Об образовании избирательных участков', 'A04'],
  ['О присвоении наименований улицам микрорайона', 'A08'],
  ['О присвоении наименований улицам микрорайона', 'A06'],
  ['Об установлении публичного сервитута', 'A02'],
  ['Об определении мест для размещения агитационных материалов', 'A03'],
  ['Об определении мест для размещения агитационных материалов', 'A05'],
  ['Об определении мест для размещения агитационных материалов', 'A07'],
];

function buildNpa(rng: Rng, bodies: Body[]): NpaReview[] {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const days = workingDaysBetween('2022-12-26', '2023-12-14');
  const received = Array.from({ length: 94 }, () => rng.pick(days)).sort();
  const results = rng.shuffle<NpaReview['result']>([
    ...Array<NpaReview['result']>(71).fill('approved'),
    ...Array<NpaReview['result']>(19).fill('approved_with_remarks'),
    ...Array<NpaReview['result']>(4).fill('rejected'),
  ]);
  const out: NpaReview[] = [];
  const make = (rec: string, reviewed: string, result: NpaReview['result']): void => {
    const [subject, sourceId] = rng.weighted(NPA_SUBJECTS.map((n) => [n, n[1] === 'K01' ? 3 : n[1].startsWith('A') ? 1 : 2] as const));
    const source = byId.get(sourceId)!;
    const kind =
      source.kind === 'maslikhat'
        ? 'Проект решения маслихата г. Алматы'
        : source.kind === 'district_akimat'
          ? `Проект решения ${source.name.replace('Акимат', 'акима').replace(' г. Алматы', '')}`
          : 'Проект постановления акимата г. Алматы';
    out.push({ id: `NPA-2023-${pad(out.length + 1, 3)}`, title: `${kind} «${subject}»`, source: source.id, received: rec, reviewed, commission: source.commission, result });
  };
  received.forEach((rec, i) => {
    let reviewed = addWorkingDays(rec, rng.int(3, 10));
    if (reviewed < '2023-01-04') reviewed = '2023-01-04';
    if (reviewed > YEAR_END) reviewed = YEAR_END;
    make(rec, reviewed, results[i]);
  });
  for (const rec of ['2023-12-20', '2023-12-22', '2023-12-26', '2023-12-28']) make(rec, '', 'pending');
  return out;
}

// ---------------------------------------------------------------------------
// Media

const PUBLICATIONS_TOTAL = 336;

/** split total into parts proportional to weights (largest remainder), exactly */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - out.reduce((s, v) => s + v, 0);
  for (let k = 0; k < missing; k++) out[order[k][1]]++;
  return out;
}

function buildMedia(rng: Rng): { platform: string; month: string; publications: number; views: number }[] {
  const platforms: [string, number, [number, number]][] = [
    ['website', 96, [120, 320]],
    ['instagram', 120, [450, 1400]],
    ['facebook', 48, [90, 260]],
    ['telegram', 72, [300, 700]],
  ];
  assert(platforms.reduce((s, p) => s + p[1], 0) === PUBLICATIONS_TOTAL, 'media totals');
  const season = [0.7, 0.9, 1.1, 1.1, 1.2, 1.1, 0.6, 0.6, 1.0, 1.2, 1.2, 1.3];
  const rows: { platform: string; month: string; publications: number; views: number }[] = [];
  for (const [platform, total, [lo, hi]] of platforms) {
    const perMonth = apportion(total, season.map((s) => s * (0.8 + rng.float() * 0.4)));
    perMonth.forEach((pubs, m) => {
      rows.push({ platform, month: `2023-${pad(m + 1)}`, publications: pubs, views: pubs * rng.int(lo, hi) });
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Who handled what (optional columns, for the member KPI)

interface Handlers {
  appeals: Map<string, string>;
  letters: Map<string, string>;
  npa: Map<string, string>;
}

/**
 * The member who handled an appeal or a letter, or wrote an NPA conclusion — for a
 * realistic share of rows (registers often leave it blank). A separate PRNG, so the
 * columns that existed before keep their values byte for byte.
 */
function assignHandlers(members: Member[], appeals: Appeal[], letters: Letter[], npa: NpaReview[]): Handlers {
  const rng = new Rng(20230405);
  const pickMember = (day: string, commission: number | null): Member | undefined => {
    const pool = members.filter((m) => isMemberOn(m, day) && (commission === null || m.commission === commission));
    return pool.length ? rng.weighted(pool.map((m) => [m, m.zeal] as const)) : undefined;
  };
  const handlers: Handlers = { appeals: new Map(), letters: new Map(), npa: new Map() };
  for (const a of appeals) {
    if (!rng.chance(0.65)) continue;
    const m = pickMember(a.received, a.commission);
    if (m) handlers.appeals.set(a.number, m.id);
  }
  for (const l of letters) {
    const viaAppeal = l.relatedAppeal ? handlers.appeals.get(l.relatedAppeal) : undefined;
    if (viaAppeal && rng.chance(0.9)) {
      handlers.letters.set(l.id, viaAppeal);
    } else if (rng.chance(0.4)) {
      const m = pickMember(l.sent, null);
      // now and then written as the member's name, as a secretary would
      if (m) handlers.letters.set(l.id, rng.chance(0.2) ? m.name : m.id);
    }
  }
  for (const n of npa) {
    if (n.result === 'pending' || !rng.chance(0.85)) continue;
    const m = pickMember(n.reviewed, n.commission);
    if (m) handlers.npa.set(n.id, rng.chance(0.2) ? m.name : m.id);
  }
  return handlers;
}

// ---------------------------------------------------------------------------
// Stated figures

const STATED: [string, number][] = [
  ['departments_heard', 25],
  ['subordinate_orgs_heard', 37],
  ['district_akimats_heard', 8],
  ['dialog_platforms', 8],
  ['public_hearings', 2],
  ['npa_reviewed', 94],
  ['letters_sent', 578],
  ['letters_answered', 531],
  ['publications', 336],
];

// ---------------------------------------------------------------------------
// Self-checks against the figures the sample must reproduce

function checkFigures(
  bodies: Body[], activities: Activity[], letters: Letter[], npa: NpaReview[],
  media: { publications: number }[], members: Member[], attendance: Attendance[],
): void {
  const in2023 = (d: string): boolean => d.startsWith('2023');
  const kindOf = new Map(bodies.map((b) => [b.id, b.kind]));
  const heard = (kind: BodyKind): number =>
    new Set(activities.filter((a) => a.type === 'report_hearing' && in2023(a.start) && kindOf.get(a.target) === kind).map((a) => a.target)).size;
  const count = (type: ActivityType): number => activities.filter((a) => a.type === type && in2023(a.start)).length;
  const stated = new Map(STATED);
  const actual: Record<string, number> = {
    departments_heard: heard('department'),
    subordinate_orgs_heard: heard('subordinate'),
    district_akimats_heard: heard('district_akimat'),
    dialog_platforms: count('dialog_platform'),
    public_hearings: count('public_hearing'),
    npa_reviewed: npa.filter((n) => n.result !== 'pending' && in2023(n.reviewed)).length,
    letters_sent: letters.filter((l) => in2023(l.sent)).length,
    letters_answered: letters.filter((l) => in2023(l.answered)).length,
    publications: media.reduce((s, m) => s + m.publications, 0),
  };
  for (const [metric, value] of Object.entries(actual)) assert(stated.get(metric) === value, `${metric} is ${value}, expected ${stated.get(metric)}`);
  const mandatoryDepartments = bodies.filter((b) => b.kind === 'department' && b.mandatory).length;
  assert(mandatoryDepartments - actual.departments_heard === 3, 'three mandatory departments must stay unheard');
  for (const a of activities) {
    assert(a.type !== 'report_hearing' || a.target !== '', `${a.id}: report hearing without a target`);
    const on = members.filter((m) => isMemberOn(m, a.start)).map((m) => m.id);
    for (const p of [a.ledBy, ...a.participants]) assert(on.includes(p), `${a.id}: ${p} is not a member on ${a.start}`);
  }
  for (const l of letters) assert(l.answered === '' || l.answered >= l.sent, `${l.id} answered before sent`);
  const unexcused = (id: string): number => attendance.filter((a) => a.member.id === id && a.status === 'absent_unexcused').length;
  assert(unexcused(ABSENTEE_RISK) === 4 && unexcused(ABSENTEE_WARN) === 3, 'unexcused absences of the two marked members');
  for (const m of members) {
    if (m.id !== ABSENTEE_RISK && m.id !== ABSENTEE_WARN) assert(unexcused(m.id) <= 2, `${m.id} has too many unexcused absences`);
  }
}

// ---------------------------------------------------------------------------
// Main

export async function generateSample(outDir: string): Promise<void> {
  const rng = new Rng(20230101);
  const members = buildMembers(rng);
  const bodies = buildBodies();
  const meetings = buildMeetings(rng);
  const attendance = buildAttendance(rng, meetings, members);
  const votes = buildVotes(rng, meetings, attendance);
  const activities = buildActivities(rng, members, bodies);
  const plan = buildPlan(rng, activities);
  const appeals = buildAppeals(rng);
  const letters = buildLetters(rng, appeals, bodies);
  const npa = buildNpa(rng, bodies);
  const media = buildMedia(rng);
  checkFigures(bodies, activities, letters, npa, media, members, attendance);
  const handlers = assignHandlers(members, appeals, letters, npa);

  // quorum: two thirds of the members at every council meeting
  for (const m of meetings.filter((x) => x.body === 'council')) {
    const total = members.filter((x) => isMemberOn(x, m.date)).length;
    assert(presentCount(m.id, attendance) * 3 >= total * 2, `${m.id} has no quorum`);
  }

  await mkdir(outDir, { recursive: true });
  const put = (name: string, data: string | Buffer): Promise<void> => writeFile(path.join(outDir, name), data);

  await writeMembers(members, path.join(outDir, 'members.xlsx'));
  await put('bodies.csv', toCsv(['body_id', 'name', 'kind', 'mandatory'], bodies.map((b) => [b.id, b.name, b.kind, String(b.mandatory)])));
  await put('meetings.csv', toCsv(['meeting_id', 'body', 'date', 'format', 'number', 'title'], meetings.map((m) => [m.id, m.body, m.date, m.format, m.number, m.title])));
  await put(
    'attendance.csv',
    '\uFEFF' + toCsv(['meeting_id', 'member', 'status', 'note'], attendance.map((a) => [a.meetingId, a.byName ? a.member.name : a.member.id, a.status, a.note])),
  );
  await put(
    'votes.csv',
    toCsv(
      ['meeting_id', 'item_no', 'motion', 'for', 'against', 'abstain', 'unanimous', 'declared'],
      votes.map((v) => [v.meetingId, v.itemNo, v.motion, v.for ?? '', v.against ?? '', v.abstain ?? '', String(v.unanimous), v.declared]),
    ),
  );
  await writeActivities(activities, path.join(outDir, 'activities.xlsx'));
  await put('appeals.csv', appealsBytes(appeals, handlers.appeals));
  await put(
    'letters.csv',
    toCsv(
      ['letter_id', 'sent_on', 'addressee', 'subject', 'related_appeal', 'answered_on', 'handled_by'],
      letters.map((l) => [l.id, l.sent, l.addressee, l.subject, l.relatedAppeal, l.answered, handlers.letters.get(l.id) ?? '']),
    ),
  );
  await put(
    'npa_reviews.csv',
    toCsv(
      ['npa_id', 'title', 'source_body', 'received_on', 'reviewed_on', 'commission', 'result', 'author'],
      npa.map((n) => [n.id, n.title, n.source, n.received, n.reviewed, String(n.commission), n.result, handlers.npa.get(n.id) ?? '']),
    ),
  );
  await put('media.csv', toCsv(['platform', 'month', 'publications', 'views'], media.map((m) => [m.platform, m.month, m.publications, m.views])));
  await put('plan.csv', toCsv(['commission', 'type', 'target_body', 'planned_quarter'], plan.map((p) => [String(p.commission), p.type, p.target, p.quarter])));
  await put(
    'stated_figures.csv',
    toCsv(['period_from', 'period_to', 'metric', 'value', 'source'], STATED.map(([metric, value]) => ['2023-01-01', '2023-12-31', metric, value, 'report-2023-summary.txt'])),
  );
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = path.join(here, 'workspace', 'inputs');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? DEFAULT_OUT_DIR);
  generateSample(outDir).then(
    () => console.log(`sample workspace written to ${outDir}`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
