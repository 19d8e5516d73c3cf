/**
 * The member sheet (`kenes report member <id>`) as data: the member's KPI
 * record, attendance meeting by meeting, the activities taken part in or led,
 * and the KPI weights — each sheet the member's own rows (`match` on the
 * subject's `member`), laid out as the annual report's sections are.
 */
import { sectionById } from './annual.ts';
import type { Section } from './Section.ts';

/** Attendance statuses the member should look at: highlighted rows. */
const NEEDS_ATTENTION = ['absent_unexcused', 'unknown', 'not_recorded'];

export const MEMBER_SECTIONS: Section[] = [
  {
    // The KPI fields, top to bottom: the columns of the annual report's member KPI section.
    ...sectionById('memberKpi'),
    id: 'memberRecord',
    titleKey: 'memberRecord',
    match: { member_id: '{member}' },
    record: { field: 'metric', value: 'value' },
    titleWithSubject: true,
    chart: undefined,
    images: undefined,
    notes: ['forReview'],
  },
  {
    id: 'attendanceByMeeting',
    titleKey: 'attendanceByMeeting',
    mart: 'mart_attendance_matrix',
    columns: [
      { key: 'meeting_date', labelKey: 'meeting_date', type: 'date' },
      { key: 'body', labelKey: 'body', type: 'text', values: 'bodies' },
      { key: 'number', labelKey: 'number', type: 'text' },
      { key: 'status', labelKey: 'status', type: 'text', values: 'attendanceStatuses' },
      { key: 'attended', labelKey: 'attended', type: 'bool' },
      { key: 'is_expected', labelKey: 'is_expected', type: 'bool' },
      { key: 'meeting_id', labelKey: 'meeting_id', type: 'text' },
    ],
    orderBy: 'meeting_date, meeting_id',
    match: { member_id: '{member}' },
    titleWithSubject: true,
    highlight: { key: 'status', when: NEEDS_ATTENTION, noted: false },
  },
  {
    id: 'memberActivities',
    titleKey: 'memberActivities',
    mart: 'mart_member_activities',
    columns: [
      { key: 'date_start', labelKey: 'date_start', type: 'date' },
      { key: 'date_end', labelKey: 'date_end', type: 'date' },
      { key: 'type', labelKey: 'type', type: 'text', values: 'activityTypes' },
      { key: 'title', labelKey: 'title', type: 'text' },
      { key: 'role', labelKey: 'role', type: 'text', values: 'memberRoles' },
      { key: 'commission', labelKey: 'commission', type: 'text' },
      { key: 'activity_id', labelKey: 'activity_id', type: 'text' },
    ],
    orderBy: 'date_start, activity_id, role',
    match: { member_id: '{member}' },
    titleWithSubject: true,
  },
  // The weights are the council's, not the member's: every row.
  sectionById('kpiWeights'),
];
