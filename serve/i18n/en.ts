import type { UiText } from './ru.ts';

/** The web workspace's words in English. */
export const en: UiText = {
  lang: 'en',
  title: 'kenes — the council workspace',
  nav: { inputs: 'Inputs', review: 'Review', issues: 'Data issues', figures: 'Figures', members: 'Members', outputs: 'Outputs', audit: 'Log' },
  login: { title: 'Sign in', name: 'Name', password: 'Password', submit: 'Sign in', failed: 'Wrong name or password', locked: 'Too many attempts; try again later', logout: 'Sign out' },
  role: { secretariat: 'secretariat', viewer: 'viewer' },
  common: {
    file: 'File', sheet: 'Sheet', row: 'Row', line: 'Document line', column: 'Column', value: 'Value', reason: 'Reason',
    filter: 'Filter', apply: 'Apply', download: 'Download', when: 'When', who: 'Who', what: 'What', nothing: 'Nothing yet.',
    period: 'Period', busy: 'Another kenes is writing to the workspace; wait and try again.', forbidden: 'You may not do this.',
    error: 'Error', back: 'Back', running: 'Running…', done: 'Done', failed: 'Failed', language: 'Language',
  },
  inputs: {
    title: 'Registers and documents', upload: 'Upload files', choose: 'Files (registers .xlsx/.csv, protocols and reports .docx/.txt/.pdf)',
    folder: 'or a folder', submit: 'Upload and read', batches: 'Batches', batch: 'Batch', loaded: 'rows loaded', rejected: 'rows rejected',
    register: 'Register', note: 'Note', rejects: 'Rejected rows', rejectsHint: 'Correct the cell in your file and upload it again: a file of the same name replaces its earlier rows.',
    xlsx: 'Download the rejects (.xlsx)', skipped: 'not loaded', toReview: 'to review', refusedUpload: 'File refused',
    result: 'Upload result',
  },
  review: {
    title: 'Review of what documents say', none: 'Nothing to review.',
    kind: 'Kind', item: 'What was read', candidates: 'Candidates', text: 'Line text', decision: 'Decision', corrected: 'Corrected value',
    note: 'Note', save: 'Save', accept: 'accept', correct: 'correct', reject: 'reject', decided: 'Decided',
    why: 'Why unsure', document: 'Document',
  },
  issues: {
    title: 'Data issues', none: 'No data errors.', notBuilt: 'Build first (Outputs → Build).', todo: 'What to do',
    touched: 'Figures touched', warnings: 'Warnings', errors: 'Errors', count: 'rows',
  },
  figures: { title: 'Dashboard', show: 'Show', make: 'Build the dashboard for the period', missing: 'No dashboard for this period yet.', periodHint: '2025, 2025-H1, 2025-Q3, 2025-05, 2025-05-01..2025-12-31, convocation:IV' },
  members: { title: "Members' sheets", sheet: 'Sheet for review', make: 'Make the sheet', id: 'ID', name: 'Name', commission: 'Commission', score: 'KPI', rank: 'Rank', notBuilt: 'Build first.' },
  outputs: {
    title: 'Build and outputs', build: 'Build', buildHint: 'Recompute the figures, run the data checks and write the workbook, dashboard, charts and report draft (full and public versions).',
    templates: 'Register templates', quarterly: "A commission's quarterly export", commission: 'Commission', quarter: 'Quarter (2025-Q3)',
    make: 'Make', files: 'Files', public: 'Public version (no personal data)', full: 'Full version', progress: 'Progress',
  },
  audit: { title: 'Change log' },
};
