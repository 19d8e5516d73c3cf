/**
 * `kenes report member <id>`: one member's record for the period — KPI score,
 * rank and components, attendance meeting by meeting, the activities taken
 * part in or led, and the KPI weights — as a small workbook the member can
 * check before the KPIs are published. Every figure is read from the marts.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import { writeWorkbook } from '../../reports/excel/writeWorkbook.ts';
import { CleaningLog } from '../../reports/CleaningLog.ts';
import { getLabels, type Lang } from '../../reports/i18n/getLabels.ts';
import { sheetModelFromSection } from '../../reports/excel/sheetModelFromSection.ts';
import { MEMBER_SECTIONS } from '../../reports/sections/member.ts';
import type { Logger } from '../../workspace/Logger.ts';
import type { Row } from '../../workspace/db.ts';
import { readSection } from './readSection.ts';
import { withBuiltWorkspace } from '../build/withBuiltWorkspace.ts';
import { councilName, fileId } from './report.ts';

export interface MemberSheetOptions {
  period?: string;
  lang?: Lang;
  out?: string;
  logger: Logger;
}

export async function writeMemberSheet(dir: string, memberId: string, options: MemberSheetOptions): Promise<string> {
  return withBuiltWorkspace(dir, options.period, options.logger, async (ws, db, build) => {
    const lang = options.lang ?? ws.config.lang;
    const labels = getLabels(lang);
    // Every sheet's rows first (reports/sections/member.ts): the member's own, the council's KPI weights.
    const rows = new Map<string, Row[]>();
    for (const section of MEMBER_SECTIONS) rows.set(section.id, await readSection(db, section, build.period, { subject: { member: memberId } }));
    // The member's KPI record (the section laid on its side): no row, no such member in the period.
    const [kpi] = rows.get(MEMBER_SECTIONS.find((s) => s.record)!.id)!;
    if (!kpi) {
      throw new KenesError('report.memberNotFound', `member ${memberId} is not in mart_member_kpi for ${build.period}`, {
        exitCode: EXIT_USAGE,
        hint: 'Member ids are in the members register; `kenes query "select member_id, full_name from dim_members"` lists them.',
      });
    }
    const rowsOf = (id: string) => rows.get(id) ?? [];
    const sheets = MEMBER_SECTIONS.map((section) => sheetModelFromSection(section, labels, rowsOf(section.id), { subject: String(kpi.full_name), rowsOf }));
    const outDir = options.out ? resolve(options.out) : ws.outDir;
    await mkdir(outDir, { recursive: true });
    const path = join(outDir, `member-${fileId(memberId)}-${fileId(build.period)}.xlsx`);
    const cleaning = new CleaningLog();
    await writeWorkbook(path, { title: `${labels.sections.memberRecord} — ${String(kpi.full_name)}`, council: councilName(ws.config, lang), period: build.period, lang, sheets }, cleaning);
    // Nothing changed silently: each cell whose text was cleaned has a note, and the run says where.
    for (const line of cleaning.summaries()) options.logger.warn(line);
    return path;
  });
}
