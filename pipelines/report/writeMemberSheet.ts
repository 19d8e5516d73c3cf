/**
 * `kenes report member <id>`: one member's record for the period — KPI score,
 * rank and components, attendance meeting by meeting, the activities taken
 * part in or led, and the KPI weights — as a small workbook the member can
 * check before the KPIs are published. Every figure is read from the marts.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import type { SheetModel } from '../../reports/excel/WorkbookModel.ts';
import { writeWorkbook } from '../../reports/excel/writeWorkbook.ts';
import { CleaningLog } from '../../reports/CleaningLog.ts';
import { getLabels, type Labels, type Lang } from '../../reports/i18n/getLabels.ts';
import { sheetModelFromSection } from '../../reports/excel/sheetModelFromSection.ts';
import { sectionById, sectionMartColumns, type Section } from '../../reports/sections.ts';
import type { Logger } from '../../workspace/Logger.ts';
import { queryMart } from './readMart.ts';
import { withBuiltWorkspace } from '../build/withBuiltWorkspace.ts';
import { councilName, fileId } from './report.ts';

export interface MemberSheetOptions {
  period?: string;
  lang?: Lang;
  out?: string;
  logger: Logger;
}

/** The KPI fields of the record, top to bottom: the columns of the workbook's member KPI section. */
const RECORD = sectionById('memberKpi').columns;
const WEIGHTS = sectionById('kpiWeights');

/** The member's meetings and activities: sections of this workbook only, laid out as the annual report's are. */
const ATTENDANCE: Section = {
  id: 'attendanceByMeeting', titleKey: 'attendanceByMeeting', mart: 'mart_attendance_matrix', orderBy: 'meeting_date, meeting_id',
  columns: [
    { key: 'meeting_date', labelKey: 'meeting_date', type: 'date' },
    { key: 'body', labelKey: 'body', type: 'text', values: 'bodies' },
    { key: 'number', labelKey: 'number', type: 'text' },
    { key: 'status', labelKey: 'status', type: 'text', values: 'attendanceStatuses' },
    { key: 'attended', labelKey: 'attended', type: 'bool' },
    { key: 'is_expected', labelKey: 'is_expected', type: 'bool' },
    { key: 'meeting_id', labelKey: 'meeting_id', type: 'text' },
  ],
};
const ACTIVITIES: Section = {
  id: 'memberActivities', titleKey: 'memberActivities', mart: 'mart_member_activities', orderBy: 'date_start, activity_id, role',
  columns: [
    { key: 'date_start', labelKey: 'date_start', type: 'date' },
    { key: 'date_end', labelKey: 'date_end', type: 'date' },
    { key: 'type', labelKey: 'type', type: 'text', values: 'activityTypes' },
    { key: 'title', labelKey: 'title', type: 'text' },
    { key: 'role', labelKey: 'role', type: 'text', values: 'memberRoles' },
    { key: 'commission', labelKey: 'commission', type: 'text' },
    { key: 'activity_id', labelKey: 'activity_id', type: 'text' },
  ],
};
/** Attendance statuses the member should look at: highlighted rows. */
const NEEDS_ATTENTION = ['absent_unexcused', 'unknown', 'not_recorded'];

export async function writeMemberSheet(dir: string, memberId: string, options: MemberSheetOptions): Promise<string> {
  return withBuiltWorkspace(dir, options.period, options.logger, async (ws, db, build) => {
    const lang = options.lang ?? ws.config.lang;
    const labels = getLabels(lang);
    const [kpi] = await queryMart(db, 'mart_member_kpi', build.period, { columns: RECORD.map((c) => c.key), equals: { member_id: memberId } });
    if (!kpi) {
      throw new KenesError('report.memberNotFound', `member ${memberId} is not in mart_member_kpi for ${build.period}`, {
        exitCode: EXIT_USAGE,
        hint: 'Member ids are in the members register; `kenes query "select member_id, full_name from dim_members"` lists them.',
      });
    }
    const attendance = await queryMart(db, ATTENDANCE.mart, build.period, {
      columns: sectionMartColumns(ATTENDANCE), equals: { member_id: memberId }, orderBy: ATTENDANCE.orderBy,
    });
    const activities = await queryMart(db, ACTIVITIES.mart, build.period, {
      columns: sectionMartColumns(ACTIVITIES), equals: { member_id: memberId }, orderBy: ACTIVITIES.orderBy,
    });
    const weights = await queryMart(db, WEIGHTS.mart, build.period, { columns: sectionMartColumns(WEIGHTS), orderBy: WEIGHTS.orderBy });
    const titled = (sheet: SheetModel) => ({ ...sheet, title: `${sheet.title} — ${String(kpi.full_name)}` });

    const sheets: SheetModel[] = [
      recordSheet(labels, kpi),
      {
        ...titled(sheetModelFromSection(ATTENDANCE, labels, attendance)),
        rowStyles: attendance.map((r) => (NEEDS_ATTENTION.includes(String(r.status)) ? 'highlight' : undefined)),
      },
      titled(sheetModelFromSection(ACTIVITIES, labels, activities)),
      sheetModelFromSection(WEIGHTS, labels, weights),
    ];
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

/** The KPI row turned on its side: one line per field, the value typed as the field is. */
function recordSheet(labels: Labels, kpi: Record<string, unknown>): SheetModel {
  return {
    sectionId: 'memberRecord',
    name: labels.sections.memberRecord,
    title: `${labels.sections.memberRecord} — ${String(kpi.full_name)}`,
    columns: [
      { key: 'field', label: labels.columns.metric, type: 'text' },
      { key: 'value', label: labels.columns.value, type: 'number' },
    ],
    // A number column: names and ids stay text (toCellValue keeps non-numeric strings as text), figures stay numbers.
    rows: RECORD.map((c) => ({ field: labels.columns[c.labelKey], value: c.key === 'member_id' || c.key === 'full_name' ? String(kpi[c.key] ?? '') : kpi[c.key] })),
    notes: [labels.ui.forReview],
  };
}
