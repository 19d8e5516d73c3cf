/**
 * The applicants' names of the workspace's appeals register, for the privacy
 * masker (sources/privacy). Individuals only (and rows without a type): the
 * name of a legal entity is not personal data.
 */
import { applicantNames, type ApplicantNames } from '../../sources/privacy/ApplicantNames.ts';
import { queryRows, type Db } from '../../workspace/db.ts';

export async function loadApplicantNames(db: Db): Promise<ApplicantNames> {
  const exists = await queryRows(db, `select 1 from information_schema.tables where table_schema = 'main' and table_name = 'raw_appeals'`);
  if (exists.length === 0) return applicantNames([]);
  const rows = await queryRows(db, `select distinct applicant from raw_appeals where applicant is not null and coalesce(applicant_type, 'individual') = 'individual'`);
  return applicantNames(rows.map((r) => String(r.applicant)));
}
