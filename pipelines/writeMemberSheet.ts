/**
 * `kenes report member <id>`: one member's record for the period — KPI score,
 * rank and components, attendance meeting by meeting, the activities taken
 * part in or led, and the KPI weights — as a small workbook the member can
 * check before the KPIs are published. Every figure is read from the marts.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';
import type { SheetModel } from '../reports/excel/WorkbookModel.ts';
import { writeWorkbook } from '../reports/excel/writeWorkbook.ts';
import { getLabels, type Labels, type Lang } from '../reports/i18n/getLabels.ts';
import { localizeValue } from '../reports/i18n/localizeValue.ts';
import { sheetModelFromSection } from '../reports/excel/sheetModelFromSection.ts';
import { sectionById, sectionMartColumns } from '../reports/sections.ts';
import type { Logger } from './Logger.ts';
import { queryMart } from './readMart.ts';
import { fileId, withBuiltWorkspace } from './report.ts';

export interface MemberSheetOptions {
  period?: string;
  lang?: Lang;
  out?: string;
  logger: Logger;
}

/** The KPI fields of the record, top to bottom: the columns of the workbook's member KPI section. */
const RECORD = sectionById('memberKpi').columns;
const WEIGHTS = sectionById('kpiWeights');

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
    const attendance = await queryMart(db, 'mart_attendance_matrix', build.period, {
      columns: ['meeting_date', 'body', 'number', 'status', 'attended', 'is_expected', 'meeting_id'],
      equals: { member_id: memberId },
      orderBy: 'meeting_date, meeting_id',
    });
    const activities = await queryMart(db, 'mart_member_activities', build.period, {
      columns: ['date_start', 'date_end', 'type', 'title', 'role', 'commission', 'activity_id'],
      equals: { member_id: memberId },
      orderBy: 'date_start, activity_id, role',
    });
    const weights = await queryMart(db, WEIGHTS.mart, build.period, { columns: sectionMartColumns(WEIGHTS), orderBy: WEIGHTS.orderBy });

    const sheets: SheetModel[] = [
      recordSheet(labels, kpi),
      {
        sectionId: 'attendanceByMeeting',
        name: labels.sections.attendanceByMeeting,
        title: `${labels.sections.attendanceByMeeting} — ${String(kpi.full_name)}`,
        columns: [
          { key: 'meeting_date', label: labels.columns.meeting_date, type: 'date' },
          { key: 'body', label: labels.columns.body, type: 'text' },
          { key: 'number', label: labels.columns.number, type: 'text' },
          { key: 'status', label: labels.columns.status, type: 'text' },
          { key: 'attended', label: labels.columns.attended, type: 'bool' },
          { key: 'is_expected', label: labels.columns.is_expected, type: 'bool' },
          { key: 'meeting_id', label: labels.columns.meeting_id, type: 'text' },
        ],
        rows: attendance.map((r) => ({ ...r, body: localizeValue(labels, 'bodies', r.body), status: localizeValue(labels, 'attendanceStatuses', r.status) })),
        rowStyles: attendance.map((r) => (r.status === 'absent_unexcused' || r.status === 'unknown' || r.status === 'not_recorded' ? 'highlight' : undefined)),
      },
      {
        sectionId: 'memberActivities',
        name: labels.sections.memberActivities,
        title: `${labels.sections.memberActivities} — ${String(kpi.full_name)}`,
        columns: [
          { key: 'date_start', label: labels.columns.date_start, type: 'date' },
          { key: 'date_end', label: labels.columns.date_end, type: 'date' },
          { key: 'type', label: labels.columns.type, type: 'text' },
          { key: 'title', label: labels.columns.title, type: 'text' },
          { key: 'role', label: labels.columns.role, type: 'text' },
          { key: 'commission', label: labels.columns.commission, type: 'text' },
          { key: 'activity_id', label: labels.columns.activity_id, type: 'text' },
        ],
        rows: activities.map((r) => ({ ...r, type: localizeValue(labels, 'activityTypes', r.type), role: localizeValue(labels, 'memberRoles', r.role) })),
      },
      sheetModelFromSection(WEIGHTS, labels, weights),
    ];
    const outDir = options.out ? resolve(options.out) : ws.outDir;
    await mkdir(outDir, { recursive: true });
    const path = join(outDir, `member-${fileId(memberId)}-${fileId(build.period)}.xlsx`);
    await writeWorkbook(path, { title: `${labels.sections.memberRecord} — ${String(kpi.full_name)}`, period: build.period, lang, sheets });
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
