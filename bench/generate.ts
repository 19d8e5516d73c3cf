/**
 * Deterministic synthetic workspaces for the benchmark: N councils × Y years
 * (default 263 × 10, all public councils of the country over ten years — a
 * few million attendance rows, ~2 M appeals, ~0.4 M activities), plus one
 * large CSV and one large .xlsx register for the ingest measurements.
 *
 *   npx tsx bench/generate.ts [--quick] [--councils N] [--years Y] [--out DIR]
 *
 * Councils differ in size and activity (a city council is large and busy, a
 * district one small), the registers are written the way secretariats write
 * them (Russian spellings, dd.mm.yyyy, `;`), and about 0.3 % of the rows are
 * bad (an impossible date, an unknown commission, an empty id) so the rejects
 * path is exercised. The same arguments always give the same bytes (one
 * seeded PRNG per council: sources/sample/Rng.ts, as the sample uses).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../sources/sample/Rng.ts';

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const LAST_YEAR = 2025;

export interface BenchSize {
  councils: number;
  years: number;
  /** Rows of the large CSV register (appeals) and of the large .xlsx register (activities). */
  largeCsvRows: number;
  largeXlsxRows: number;
}

export const FULL: BenchSize = { councils: 263, years: 10, largeCsvRows: 1_000_000, largeXlsxRows: 60_000 };
export const QUICK: BenchSize = { councils: 6, years: 2, largeCsvRows: 150_000, largeXlsxRows: 8_000 };


// ---------------------------------------------------------------------------
// Dates (weekends only; the working-day calendar is the marts' business)

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const isWeekend = (day: number) => {
  const w = new Date(day * DAY).getUTCDay();
  return w === 0 || w === 6;
};

function workingDayOfYear(rng: Rng, year: number): number {
  const start = toDay(`${year}-01-09`);
  const end = toDay(`${year}-12-27`);
  let day = rng.int(start, end);
  while (isWeekend(day)) day++;
  return day;
}

function addWorkingDays(day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0;) {
    d++;
    if (!isWeekend(d)) left--;
  }
  return d;
}

// ---------------------------------------------------------------------------
// Councils

const REGIONS: [string, string][] = [
  ['astana', 'г. Астаны'], ['almaty', 'г. Алматы'], ['shymkent', 'г. Шымкента'], ['abai', 'области Абай'],
  ['akmola', 'Акмолинской области'], ['aktobe', 'Актюбинской области'], ['almaty-obl', 'Алматинской области'],
  ['atyrau', 'Атырауской области'], ['vko', 'Восточно-Казахстанской области'], ['zhambyl', 'Жамбылской области'],
  ['zhetysu', 'области Жетісу'], ['zko', 'Западно-Казахстанской области'], ['karaganda', 'Карагандинской области'],
  ['kostanay', 'Костанайской области'], ['kyzylorda', 'Кызылординской области'], ['mangystau', 'Мангистауской области'],
  ['pavlodar', 'Павлодарской области'], ['sko', 'Северо-Казахстанской области'], ['turkestan', 'Туркестанской области'],
  ['ulytau', 'области Ұлытау'],
];

export interface CouncilSpec {
  id: string;
  name: string;
  /** 0: city or region, 1: district. */
  level: number;
  seed: number;
}

/** 20 city and region councils, then districts of each region in turn. */
export function councilSpecs(count: number): CouncilSpec[] {
  const specs: CouncilSpec[] = [];
  for (let i = 0; i < count; i++) {
    if (i < REGIONS.length) {
      const [slug, name] = REGIONS[i];
      specs.push({ id: slug, name: `Общественный совет ${name}`, level: 0, seed: 1000 + i });
    } else {
      const [slug, name] = REGIONS[3 + ((i - REGIONS.length) % (REGIONS.length - 3))];
      const n = Math.floor((i - REGIONS.length) / (REGIONS.length - 3)) + 1;
      specs.push({ id: `${slug}-d${String(n).padStart(2, '0')}`, name: `Общественный совет района № ${n} ${name}`, level: 1, seed: 1000 + i });
    }
  }
  return specs;
}

const FIRST = ['Айдар', 'Сергей', 'Ерлан', 'Дмитрий', 'Бахыт', 'Канат', 'Айгуль', 'Елена', 'Гульмира', 'Ольга', 'Сауле', 'Мария', 'Жанна', 'Динара', 'Алия', 'Асем', 'Тимур', 'Нурлан'];
const LAST = ['Алимбеков', 'Иванов', 'Сатпаев', 'Ким', 'Жунусов', 'Попов', 'Бекетов', 'Садыков', 'Орлов', 'Нуржанов', 'Касенов', 'Морозов', 'Абенова', 'Лебедева', 'Искакова', 'Пак', 'Турсынова', 'Соколова'];
const DISTRICTS = ['Алмалинский', 'Ауэзовский', 'Бостандыкский', 'Жетысуский', 'Медеуский', 'Наурызбайский', 'Турксибский', 'Алатауский'];
const TOPICS = ['ЖКХ', 'дороги', 'транспорт', 'благоустройство', 'здравоохранение', 'образование', 'земельные отношения', 'экология', 'социальная защита'];
const CHANNELS = ['портал', 'личный приём', 'почта', 'электронная почта', 'Instagram', 'Telegram'];
const STATUS_SPELLINGS: [string, number][] = [['отвечено', 40], ['answered', 20], ['дан ответ', 10], ['в работе', 8], ['перенаправлено', 6], ['закрыто', 6], ['новое', 5], ['жауап берілді', 5]];
const ATTENDANCE: [string, number][] = [
  ['присутствовал', 48], ['present', 26], ['онлайн', 7], ['online', 3], ['опоздал', 3], ['ушел раньше', 2],
  ['по уважительной причине', 6], ['без уважительной причины', 3], ['неизвестно', 2],
];
const ACTIVITY_TYPES: [string, number][] = [
  ['мониторинг', 24], ['заслушивание отчета', 16], ['круглый стол', 10], ['общественные слушания', 6], ['экспертиза нпа', 8],
  ['диалоговая площадка', 6], ['встреча', 12], ['семинар', 5], ['меморандум', 2], ['выезд', 7], ['медиапроект', 2], ['другое', 2],
];
const BODY_KINDS: [string, number][] = [['управление', 45], ['подведомственная организация', 25], ['районный акимат', 12], ['правоохранительный орган', 8], ['маслихат', 3], ['другое', 7]];
const PLATFORMS = ['сайт', 'kazkenes', 'инстаграм', 'фейсбук', 'threads', 'телеграм'];
const NPA_RESULTS: [string, number][] = [['одобрено', 60], ['одобрено с замечаниями', 25], ['отклонено', 5], ['на рассмотрении', 10]];

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

class CsvWriter {
  private readonly lines: string[];
  constructor(header: readonly string[]) {
    this.lines = [header.join(';')];
  }
  row(cells: readonly (string | number | null)[]): void {
    this.lines.push(cells.map(csvCell).join(';'));
  }
  get rows(): number {
    return this.lines.length - 1;
  }
  text(): string {
    return '\ufeff' + this.lines.join('\n') + '\n';
  }
}

interface Member {
  id: string;
  name: string;
  commission: number;
  role: string;
  joined: number | null;
  left: number | null;
}

/** Some 0.3 % of cells spoiled the ways people spoil them. */
function spoil(rng: Rng, value: string, kind: 'date' | 'id' | 'commission'): string {
  if (!rng.chance(0.003)) return value;
  if (kind === 'date') return rng.pick(['31.02.2023', '2023-13-01', 'вчера']);
  if (kind === 'commission') return 'Комиссия № 99';
  return '';
}

export interface CouncilFiles {
  spec: CouncilSpec;
  dir: string;
  rows: number;
}

/** One council's workspace: kenes.config.json and a register file per register and year. */
export async function writeCouncil(root: string, spec: CouncilSpec, years: number, options: { splitYears?: boolean } = { splitYears: true }): Promise<CouncilFiles> {
  const rng = new Rng(spec.seed);
  const dir = join(root, spec.id);
  await mkdir(join(dir, 'inputs'), { recursive: true });
  const first = LAST_YEAR - years + 1;
  const size = spec.level === 0 ? rng.int(30, 45) : rng.int(15, 25);
  const commissions = spec.level === 0 ? rng.int(5, 7) : rng.int(3, 4);
  const busy = rng.factor() * (spec.level === 0 ? 1.6 : 0.85);
  const config = {
    council: { id: spec.id, name: spec.name },
    default_period: String(LAST_YEAR),
    commissions: Array.from({ length: commissions }, (_, i) => ({ id: String(i + 1), name: `Комиссия № ${i + 1}` })),
  };
  await writeFile(join(dir, 'kenes.config.json'), JSON.stringify(config, null, 2) + '\n');
  let total = 0;
  const write = async (name: string, csv: CsvWriter) => {
    total += csv.rows;
    await writeFile(join(dir, 'inputs', name), csv.text());
  };

  // Members: a founding roster, then ~10 % rotation a year.
  const members: Member[] = [];
  let memberNo = 0;
  const newMember = (joined: number | null, role = 'член'): Member => {
    memberNo++;
    const m: Member = {
      id: `M${String(memberNo).padStart(4, '0')}`, name: `${rng.pick(LAST)} ${rng.pick(FIRST)} ${String.fromCharCode(1040 + (memberNo % 28))}.`,
      commission: 1 + (memberNo % commissions), role, joined, left: null,
    };
    members.push(m);
    return m;
  };
  for (let i = 0; i < size; i++) {
    newMember(toDay(`${first}-01-05`), i === 0 ? 'председатель' : i === 1 ? 'заместитель председателя' : i === 2 ? 'секретарь' : i < 3 + commissions ? 'председатель комиссии' : 'член');
  }
  for (let year = first + 1; year <= LAST_YEAR; year++) {
    for (const m of members.filter((x) => x.left === null && x.role === 'член')) {
      if (rng.chance(0.08)) {
        m.left = workingDayOfYear(rng, year);
        newMember(addWorkingDays(m.left, rng.int(5, 40))).commission = m.commission;
      }
    }
  }
  const membersCsv = new CsvWriter(['member_id', 'full_name', 'commission', 'role', 'sector', 'district', 'joined_on', 'left_on', 'left_reason']);
  for (const m of members) {
    membersCsv.row([m.id, m.name, m.commission, m.role, rng.chance(0.85) ? 'гражданское общество' : 'государственный орган', rng.pick(DISTRICTS),
      m.joined === null ? null : ddmmyyyy(fromDay(m.joined)), m.left === null ? null : ddmmyyyy(fromDay(m.left)), m.left === null ? null : rng.pick(['добровольно', 'ротация', 'исключен'])]);
  }
  await write('members.csv', membersCsv);

  const bodies = Array.from({ length: spec.level === 0 ? rng.int(50, 80) : rng.int(20, 35) }, (_, i) => `B${String(i + 1).padStart(3, '0')}`);
  const bodiesCsv = new CsvWriter(['body_id', 'name', 'kind', 'mandatory']);
  for (const b of bodies) bodiesCsv.row([b, `Орган ${b} (${spec.id})`, rng.weighted(BODY_KINDS), rng.chance(0.4) ? 'да' : 'нет']);
  await write('bodies.csv', bodiesCsv);

  // One file per register and year, as secretariats keep them; or one per register (fewer files to ingest).
  const shared = new Map<string, CsvWriter>();
  const writer = (register: string, header: readonly string[]) => {
    if (options.splitYears) return new CsvWriter(header);
    if (!shared.has(register)) shared.set(register, new CsvWriter(header));
    return shared.get(register)!;
  };
  const flush = async (register: string, year: number, csv: CsvWriter) => {
    if (options.splitYears) await write(`${register}-${year}.csv`, csv);
    else if (year === LAST_YEAR) await write(`${register}.csv`, csv);
  };
  const active = (day: number) => members.filter((m) => (m.joined === null || m.joined <= day) && (m.left === null || m.left > day));
  for (let year = first; year <= LAST_YEAR; year++) {
    const meetings = writer('meetings', ['meeting_id', 'body', 'date', 'format', 'number', 'title']);
    const attendance = writer('attendance', ['meeting_id', 'member', 'status', 'note']);
    const hold = (id: string, body: string, day: number, expected: Member[]) => {
      meetings.row([id, body, spoil(rng, ddmmyyyy(fromDay(day)), 'date'), rng.weighted([['очно', 70], ['онлайн', 10], ['смешанный', 20]] as const), id.split('-').pop()!, `Заседание ${body}`]);
      for (const m of expected) attendance.row([id, rng.chance(0.9) ? m.id : m.name, rng.weighted(ATTENDANCE), null]);
    };
    const councilMeetings = Math.max(4, Math.round(rng.int(6, 12) * Math.min(busy, 1.3)));
    for (let k = 1; k <= councilMeetings; k++) {
      const day = workingDayOfYear(rng, year);
      hold(`C${year}-${String(k).padStart(2, '0')}`, 'council', day, active(day));
    }
    for (let k = 1; k <= rng.int(6, 12); k++) {
      const day = workingDayOfYear(rng, year);
      hold(`P${year}-${String(k).padStart(2, '0')}`, 'presidium', day, active(day).filter((m) => m.role !== 'член'));
    }
    for (let c = 1; c <= commissions; c++) {
      for (let k = 1; k <= rng.int(4, 10); k++) {
        const day = workingDayOfYear(rng, year);
        hold(`K${c}-${year}-${String(k).padStart(2, '0')}`, `commission ${c}`, day, active(day).filter((m) => m.commission === c));
      }
    }
    await flush('meetings', year, meetings);
    await flush('attendance', year, attendance);

    const activities = writer('activities', ['activity_id', 'type', 'date_start', 'date_end', 'title', 'commission', 'participants', 'led_by', 'target_body', 'recommendations']);
    for (let k = 1, n = Math.round(150 * busy * rng.float() + 75 * busy); k <= n; k++) {
      const day = workingDayOfYear(rng, year);
      const type = rng.weighted(ACTIVITY_TYPES);
      const people = active(day);
      const lead = rng.pick(people);
      activities.row([spoil(rng, `A${year}-${String(k).padStart(4, '0')}`, 'id'), type, ddmmyyyy(fromDay(day)), rng.chance(0.2) ? ddmmyyyy(fromDay(day + 1)) : null,
        `${type} ${k}`, spoil(rng, String(lead.commission), 'commission'), Array.from({ length: rng.int(1, 5) }, () => rng.pick(people).id).join('; '), lead.id,
        type === 'заслушивание отчета' || type === 'мониторинг' ? rng.pick(bodies) : null, rng.chance(0.5) ? 'рекомендации направлены' : null]);
    }
    await flush('activities', year, activities);

    const appeals = writer('appeals', appealHeader);
    for (let k = 1, n = Math.round(760 * busy * (0.6 + 0.8 * rng.float())); k <= n; k++) appeals.row(appealRow(rng, `${year}-${String(k).padStart(5, '0')}`, year, commissions, bodies, members));
    await flush('appeals', year, appeals);

    const letters = writer('letters', ['letter_id', 'sent_on', 'addressee', 'subject', 'answered_on']);
    for (let k = 1, n = Math.round(300 * busy * (0.6 + 0.8 * rng.float())); k <= n; k++) {
      const sent = workingDayOfYear(rng, year);
      letters.row([`L${year}-${String(k).padStart(4, '0')}`, spoil(rng, ddmmyyyy(fromDay(sent)), 'date'), rng.pick(bodies), rng.pick(TOPICS),
        rng.chance(0.85) ? ddmmyyyy(fromDay(addWorkingDays(sent, rng.int(2, 16)))) : null]);
    }
    await flush('letters', year, letters);

    const npa = writer('npa_reviews', ['npa_id', 'title', 'source_body', 'received_on', 'reviewed_on', 'commission', 'result']);
    for (let k = 1, n = Math.round(40 * busy * (0.6 + 0.8 * rng.float())); k <= n; k++) {
      const received = workingDayOfYear(rng, year);
      const result = rng.weighted(NPA_RESULTS);
      npa.row([`N${year}-${String(k).padStart(3, '0')}`, `Проект НПА ${k}`, rng.pick(bodies), ddmmyyyy(fromDay(received)),
        result === 'на рассмотрении' ? null : ddmmyyyy(fromDay(addWorkingDays(received, rng.int(3, 20)))), rng.int(1, commissions), result]);
    }
    await flush('npa_reviews', year, npa);

    const media = writer('media', ['platform', 'month', 'publications', 'views']);
    for (const platform of PLATFORMS) {
      if (!rng.chance(spec.level === 0 ? 0.95 : 0.6)) continue;
      for (let month = 1; month <= 12; month++) {
        const pubs = Math.round(rng.int(0, 20) * busy);
        media.row([platform, `${year}-${String(month).padStart(2, '0')}`, pubs, pubs * rng.int(50, 900)]);
      }
    }
    await flush('media', year, media);
  }
  return { spec, dir, rows: total };
}

const appealHeader = ['№', 'Дата поступления', 'Тип заявителя', 'Заявитель', 'Контакты', 'Суть обращения', 'Канал', 'Тема', 'Район', 'Комиссия', 'Адресат', 'Статус', 'Дата ответа'];

function appealRow(rng: Rng, id: string, year: number, commissions: number, bodies: readonly string[], members: readonly Member[]): (string | number | null)[] {
  const received = workingDayOfYear(rng, year);
  const status = rng.weighted(STATUS_SPELLINGS);
  const answered = ['отвечено', 'answered', 'дан ответ', 'жауап берілді'].includes(status)
    ? ddmmyyyy(fromDay(addWorkingDays(received, rng.weighted([[rng.int(1, 15), 85], [rng.int(16, 30), 15]] as const)))) : null;
  const person = `${rng.pick(LAST)} ${rng.pick(FIRST)}`;
  void members;
  return [spoil(rng, `O-${id}`, 'id'), spoil(rng, ddmmyyyy(fromDay(received)), 'date'), rng.chance(0.86) ? 'физическое лицо' : 'юридическое лицо', person,
    `+7 7${rng.int(0, 9)}${rng.int(0, 9)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`, `Просьба рассмотреть вопрос: ${rng.pick(TOPICS)}, адрес ${rng.int(1, 300)}`,
    rng.pick(CHANNELS), rng.pick(TOPICS), rng.pick(DISTRICTS), spoil(rng, String(rng.int(1, commissions)), 'commission'), rng.pick(bodies), status, answered];
}

/** The large CSV register: appeals as one regional export, `;`, dd.mm.yyyy, UTF-8 with a BOM. */
export async function writeLargeCsv(path: string, rows: number): Promise<void> {
  const rng = new Rng(7);
  const bodies = Array.from({ length: 80 }, (_, i) => `B${String(i + 1).padStart(3, '0')}`);
  const chunks: string[] = ['\ufeff' + appealHeader.join(';')];
  for (let k = 1; k <= rows; k++) {
    chunks.push(appealRow(rng, String(k).padStart(7, '0'), LAST_YEAR - (k % 10), 5, bodies, []).map(csvCell).join(';'));
  }
  await writeFile(path, chunks.join('\n') + '\n');
}

/** The large .xlsx register: activities, written with exceljs's streaming writer. */
export async function writeLargeXlsx(path: string, rows: number): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const rng = new Rng(11);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Мероприятия');
  sheet.addRow(['Код', 'Вид', 'Дата', 'Тема', 'Комиссия', 'Участники', 'Орган']).commit();
  for (let k = 1; k <= rows; k++) {
    const day = workingDayOfYear(rng, LAST_YEAR - (k % 10));
    sheet.addRow([`A${k}`, rng.weighted(ACTIVITY_TYPES), new Date(day * DAY), `Мероприятие ${k}`, rng.int(1, 5), `M${rng.int(1, 40)}; M${rng.int(1, 40)}`, `B${rng.int(1, 80)}`]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

export interface GeneratedSet {
  root: string;
  councils: CouncilFiles[];
  largeCsv: string;
  largeXlsx: string;
}

export async function generateBench(size: BenchSize, root: string): Promise<GeneratedSet> {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'large'), { recursive: true });
  const councils: CouncilFiles[] = [];
  // The first council keeps a file per year (the build and council-year measurements use it); the rest one file per register.
  for (const [i, spec] of councilSpecs(size.councils).entries()) {
    councils.push(await writeCouncil(join(root, 'councils'), spec, size.years, { splitYears: i === 0 }));
  }
  const largeCsv = join(root, 'large', 'appeals.csv');
  await writeLargeCsv(largeCsv, size.largeCsvRows);
  const largeXlsx = join(root, 'large', 'activities.xlsx');
  await writeLargeXlsx(largeXlsx, size.largeXlsxRows);
  return { root, councils, largeCsv, largeXlsx };
}

export function setName(size: BenchSize): string {
  return `set-${size.councils}x${size.years}-${size.largeCsvRows}`;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const base = argv.includes('--quick') ? QUICK : FULL;
  const size: BenchSize = { ...base, councils: Number(arg('--councils') ?? base.councils), years: Number(arg('--years') ?? base.years) };
  const root = arg('--out') ?? join(BENCH_DIR, 'data', setName(size));
  const started = Date.now();
  const set = await generateBench(size, root);
  const rows = set.councils.reduce((n, c) => n + c.rows, 0);
  process.stdout.write(`${set.councils.length} councils × ${size.years} years: ${rows.toLocaleString('en-US')} register rows in ${root} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  });
}
