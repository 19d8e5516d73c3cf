/**
 * The workspace config (`kenes.config.json`): the council, its commissions and
 * convocations, and every rule the marts apply (quorum, vote rule, deadlines,
 * KPI weights). Defaults follow the law as DESIGN.md cites it; a council
 * changes them here, never in SQL.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';
import { normalizeLabel } from '../sources/contracts/columnTypes.ts';
import { findRegister } from '../sources/contracts/registers.ts';

export const CONFIG_FILE = 'kenes.config.json';

/** The member KPI's components, as mart_member_kpi computes them. */
export const KPI_COMPONENTS = [
  'attendance', 'activities_participated', 'activities_led', 'appeals_handled', 'letters_handled', 'npa_conclusions',
] as const;

const DEFAULT_KPI_WEIGHTS: Record<string, number> = {
  attendance: 0.3,
  activities_participated: 0.2,
  activities_led: 0.15,
  appeals_handled: 0.1,
  letters_handled: 0.1,
  npa_conclusions: 0.15,
};

/**
 * The rules as the law sets them (DESIGN.md cites each): the config's defaults, and what the
 * definitions compare a council's own rules with — a law's article is cited only for a rule equal to it.
 */
export const LAW_RULES = {
  quorum_share: 2 / 3,
  quorum_more_than: false,
  online_counts_as_present: true,
  vote_majority_of_present: 0.5,
  unexcused_absence_warning: 3,
  unexcused_absence_window_months: 12,
  appeal_working_days: 15,
  appeal_extension_months: 2,
  letter_working_days: 10,
} as const;

/** The registers a metric counts (each metric's `register` in sources/reference/metrics.json; metricsHome.test.ts keeps them equal), whose span `coverage` may state. */
export const COVERAGE_REGISTERS = ['meetings', 'activities', 'npa_reviews', 'appeals', 'letters', 'media', 'members'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');

const configSchema = z.object({
  council: z.object({
    // The council's id in national exports (Parquet partitions `council=<id>`); default: a slug of the name.
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase latin letters, digits, - and _').optional(),
    name: z.string().min(1),
    name_kk: z.string().optional(),
    name_en: z.string().optional(),
  }).transform((c) => ({ ...c, id: c.id ?? councilSlug(c.name) })),
  database: z.string().default('kenes.duckdb'),
  inputs: z.string().default('inputs'),
  out: z.string().default('out'),
  default_period: z.string().optional(),
  lang: z.enum(['ru', 'kk', 'en']).default('ru'),
  commissions: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  convocations: z.array(z.object({ id: z.string(), from: z.string(), to: z.string().nullable().default(null) })).default([]),
  rules: z.object({
    // Law No. 383-V "Об общественных советах", art. 13 p. 2: two thirds of the members.
    quorum_share: z.number().gt(0).lte(1).default(LAW_RULES.quorum_share),
    // true: those present must exceed the share (a simple majority is 0.5 with this), not only reach it.
    quorum_more_than: z.boolean().default(LAW_RULES.quorum_more_than),
    online_counts_as_present: z.boolean().default(LAW_RULES.online_counts_as_present),
    // Share of those present that `for` must exceed for a motion to pass.
    vote_majority_of_present: z.number().gt(0).lt(1).default(LAW_RULES.vote_majority_of_present),
    // Art. 15: more than three unexcused absences in a year is ground for exclusion.
    unexcused_absence_warning: z.number().int().positive().default(LAW_RULES.unexcused_absence_warning),
    unexcused_absence_window_months: z.number().int().positive().default(LAW_RULES.unexcused_absence_window_months),
  }).prefault({}),
  deadlines: z.object({
    appeal_working_days: z.number().int().positive().default(LAW_RULES.appeal_working_days),
    // How far from receipt a recorded extension of an appeal's deadline may reach (APC art. 76: two months).
    appeal_extension_months: z.number().int().positive().default(LAW_RULES.appeal_extension_months),
    letter_working_days: z.number().int().positive().default(LAW_RULES.letter_working_days),
  }).prefault({}),
  // What ingest refuses to read (sources/readers/readLimits.ts): a file this big, this many rows,
  // or an .xlsx/.docx that would inflate to more than this (a zip bomb) is a data error, not a crash.
  limits: z.object({
    max_file_mb: z.number().positive().default(200),
    max_rows: z.number().int().positive().default(2_000_000),
    max_xlsx_uncompressed_mb: z.number().positive().default(500),
    max_pdf_pages: z.number().int().positive().default(2_000),
  }).prefault({}),
  // The IANA time zone a date-time written with an offset (`2025-03-12T20:30Z`) is read in: its day is the council's.
  timezone: z.string().refine(isTimeZone, 'not a time zone known to this system (e.g. Asia/Almaty)').default('Asia/Almaty'),
  // The council's own words for enumerated and yes/no values, read before the contracts' own:
  // "appeals.status" (one column) or "appeals" (every such column of the register) → id → spellings.
  values: z.record(z.string(), z.record(z.string(), z.array(z.string().trim().min(1)))).superRefine(checkValueWords).default({}),
  // The span a register covers, where its rows' dates do not say it (sql/core/int_register_coverage.sql):
  // a period outside the span has no data for the register's metrics (null, not 0); inside it, no rows is 0.
  // `{ "appeals": { "from": "2021-01-01" } }`: the appeals register is complete from 2021, so a year without
  // a row in it is a real 0. `to` left out: up to the register's latest row.
  coverage: z.partialRecord(z.enum(COVERAGE_REGISTERS), z.object({ from: isoDate, to: isoDate.optional() })
    .refine((span) => span.to === undefined || span.from <= span.to, { message: '`from` is after `to`' }))
    .default({}),
  // Weights of the member KPI's components (sql/marts/mart_member_kpi.sql); a component left out weighs 0.
  kpi_weights: z.record(z.string(), z.number().nonnegative())
    .refine((w) => Object.keys(w).every((k) => (KPI_COMPONENTS as readonly string[]).includes(k)), {
      message: `unknown KPI component; known: ${KPI_COMPONENTS.join(', ')}`,
    })
    .default(DEFAULT_KPI_WEIGHTS),
});

export type Config = z.infer<typeof configSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Each key of `values` names a register (and an enumerated or yes/no column of it), each id is one of its values. */
function checkValueWords(words: Record<string, Record<string, string[]>>, ctx: z.RefinementCtx): void {
  for (const [scope, byId] of Object.entries(words)) {
    const [registerId, column, ...rest] = scope.split('.');
    const register = findRegister(registerId);
    const columns = Object.entries(register?.columns ?? {})
      .filter(([name, spec]) => (column === undefined || name === column) && (spec.type === 'enum' || spec.type === 'bool'));
    if (!register || rest.length > 0 || columns.length === 0) {
      ctx.addIssue({ code: 'custom', path: [scope], message: `not a register or an enumerated column of one (e.g. "appeals.status", "attendance")` });
      continue;
    }
    const ids = new Set(columns.flatMap(([, spec]) => (spec.type === 'bool' ? ['true', 'false'] : Object.keys(spec.values ?? {}))));
    const meaning = new Map<string, string>();
    for (const [id, spellings] of Object.entries(byId)) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: [scope, id], message: `not a value of ${scope}; values: ${[...ids].join(', ')}` });
      // One word, two values: kenes would have to guess which the council means.
      for (const word of spellings) {
        const other = meaning.get(normalizeLabel(word));
        if (other && other !== id) ctx.addIssue({ code: 'custom', path: [scope, id], message: `"${word}" is also given for ${other}` });
        meaning.set(normalizeLabel(word), id);
      }
    }
  }
}

const LATIN: Record<string, string> = Object.fromEntries([
  ...'абвгдезийклмнопрстуфхцыэ'.split('').map((c, i) => [c, 'abvgdezijklmnoprstufhcye'[i]]),
  ['ё', 'e'], ['ж', 'zh'], ['ч', 'ch'], ['ш', 'sh'], ['щ', 'sch'], ['ю', 'yu'], ['я', 'ya'], ['ъ', ''], ['ь', ''],
  ['ә', 'a'], ['ғ', 'g'], ['қ', 'q'], ['ң', 'n'], ['ө', 'o'], ['ұ', 'u'], ['ү', 'u'], ['һ', 'h'], ['і', 'i'],
]);

/** `Общественный совет г. Алматы` → `obschestvennyj-sovet-g-almaty`: a council id safe in paths and partitions. */
export function councilSlug(name: string): string {
  const latin = [...name.toLowerCase()].map((c) => LATIN[c] ?? c).join('');
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'council';
}

export function parseConfig(json: unknown, file = CONFIG_FILE): Config {
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KenesError('config.invalid', `${issue.path.join('.') || 'config'}: ${issue.message}`, {
      location: { file }, exitCode: EXIT_USAGE,
    });
  }
  return parsed.data;
}

export async function loadConfig(workspace: string): Promise<Config> {
  const file = join(workspace, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new KenesError('config.notFound', `no ${CONFIG_FILE} in ${workspace}`, {
      location: { file }, exitCode: EXIT_USAGE, hint: 'Run `kenes init <dir>` or pass --workspace DIR.',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new KenesError('config.badJson', `not valid JSON: ${(cause as Error).message}`, { location: { file }, exitCode: EXIT_USAGE });
  }
  return parseConfig(json, file);
}

/** The config `kenes init` writes: every rule spelled out so a council sees what it can change. */
export function defaultConfig(councilName: string): Config {
  return parseConfig({
    council: { name: councilName },
    commissions: [1, 2, 3, 4, 5].map((n) => ({ id: String(n), name: `Комиссия № ${n}` })),
  });
}
