import ExcelJS from 'exceljs';

// Small files in the documented shape of each official format, written for the tests, the browser
// journey and the benchmark. Values are invented; the columns are those of the published files.

export const OPEN_DATA_HEADER = [
  'Project Reference',
  'Academic Year',
  'Mobility Start Month',
  'Mobility End Month',
  'Mobility Duration',
  'Activity (mob)',
  'Field of Education',
  'Participant Nationality',
  'Education Level',
  'Participant Gender',
  'Participant Profile',
  'Special Needs',
  'Fewer Opportunities',
  'GroupLeader',
  'Participant Age',
  'Sending Country Code',
  'Sending City',
  'Sending Organization',
  'Sending Organisation Erasmus Code',
  'Receiving Country Code',
  'Receiving City',
  'Receiving Organization',
  'Receiving Organisation Erasmus Code',
  'Participants',
] as const;

/** The same columns in the snake_case some published files use. */
export const OPEN_DATA_SNAKE_HEADER = [
  'project_reference',
  'academic_year',
  'mobility_start_month',
  'mobility_end_month',
  'mobility_duration',
  'activity_mob',
  'field_of_education',
  'participant_nationality',
  'education_level',
  'participant_gender',
  'participant_profile',
  'special_needs',
  'fewer_opportunities',
  'group_leader',
  'participant_age',
  'sending_country_code',
  'sending_city',
  'sending_organization',
  'sending_organisation_erasmus_code',
  'receiving_country_code',
  'receiving_city',
  'receiving_organization',
  'receiving_organisation_erasmus_code',
  'participants',
];

export interface OpenDataRow {
  project: string;
  start: string;
  end: string;
  activity: string;
  gender?: string;
  age?: string;
  sendingName?: string;
  sendingCity?: string;
  sendingCode?: string;
  receivingName?: string;
  receivingCity?: string;
  receivingCountry?: string;
  participants: string | number;
}

export function openDataCells(r: OpenDataRow): string[] {
  return [
    r.project,
    `${r.start.slice(0, 4)}-${String(Number(r.start.slice(2, 4)) + 1).padStart(2, '0')}`,
    r.start,
    r.end,
    '5',
    r.activity,
    'Teacher training with subject specialisation',
    'NL',
    '??? - Not available',
    r.gender ?? 'Female',
    'Staff',
    'No',
    'No',
    'No',
    r.age ?? '35',
    'NL',
    r.sendingCity ?? 'Zwolle',
    r.sendingName ?? 'Christelijke Daltonschool Koningin Emma',
    r.sendingCode ?? '',
    r.receivingCountry ?? 'FI',
    r.receivingCity ?? 'Helsinki',
    r.receivingName ?? 'Helsingin Normaalilyseo',
    '',
    String(r.participants),
  ];
}

const quote = (cell: string, delimiter: string) => (/[",\n;\t]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function csv(header: readonly string[], rows: string[][], delimiter = ','): string {
  return `${[header, ...rows].map((r) => r.map((c) => quote(c, delimiter)).join(delimiter)).join('\n')}\n`;
}

export function openDataCsv(rows: OpenDataRow[], options: { header?: readonly string[]; delimiter?: string } = {}): string {
  return csv(options.header ?? OPEN_DATA_HEADER, rows.map(openDataCells), options.delimiter);
}

/** Three mobilities of one school's KA101 project: two groups to Helsinki, one course in Dublin. */
export const EMMA_CODE = '2016-1-NL01-KA101-022880';
export const openDataSample = (): OpenDataRow[] => [
  { project: EMMA_CODE, start: '2016-10', end: '2016-10', activity: 'Job shadowing', gender: 'Female', participants: 2 },
  { project: EMMA_CODE, start: '2016-10', end: '2016-10', activity: 'Job shadowing', gender: 'Male', age: '41', participants: 1 },
  {
    project: EMMA_CODE,
    start: '2017-02',
    end: '2017-02',
    activity: 'Structured Courses/Training Events',
    receivingName: 'Dublin English Teaching Centre',
    receivingCity: 'Dublin',
    receivingCountry: 'IE',
    participants: 3,
  },
];

export const BENEFICIARY_HEADER = [
  'Grant Agreement No.',
  'Mobility activity ID',
  'Activity type',
  'Participant first name',
  'Participant last name',
  'Participant email',
  'Participant gender',
  'Participant nationality',
  'Participant with fewer opportunities',
  'Group leader',
  'Sending Organisation OID',
  'Sending organisation name',
  'Sending country',
  'Sending city',
  'Receiving Organisation OID',
  'Receiving organisation name',
  'Receiving country',
  'Receiving city',
  'Start date',
  'End date',
  'Funded duration including travel days (in days)',
] as const;

export interface BeneficiaryRow {
  project: string;
  mobilityId: string;
  activity: string;
  firstName: string;
  lastName: string;
  email: string;
  start: string;
  end: string;
  sendingOid?: string;
  sendingName?: string;
  receivingName?: string;
  receivingCountry?: string;
  receivingCity?: string;
}

export function beneficiaryCells(r: BeneficiaryRow): string[] {
  return [
    r.project,
    r.mobilityId,
    r.activity,
    r.firstName,
    r.lastName,
    r.email,
    'Female',
    'NL',
    'No',
    'No',
    r.sendingOid ?? 'E10012345',
    r.sendingName ?? 'Stedelijke Scholengemeenschap Nijmegen',
    'NL',
    'Nijmegen',
    'E10054321',
    r.receivingName ?? 'Colegio San Fernando',
    r.receivingCountry ?? 'ES',
    r.receivingCity ?? 'Sevilla',
    r.start,
    r.end,
    '7',
  ];
}

export const beneficiaryCsv = (rows: BeneficiaryRow[]) => csv(BENEFICIARY_HEADER, rows.map(beneficiaryCells));

/** A spreadsheet with one sheet: the header and the rows, cells as text. */
export async function xlsx(header: readonly string[], rows: (string | number | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const PROJECT_RESULTS_HEADER = [
  'Programme',
  'Key Action',
  'Action Type',
  'Call year',
  'Start Date',
  'End Date',
  'Project Identifier',
  'Project Title',
  'Project Summary',
  'Project Status',
  'EU Grant award in euros (This amount represents the grant awarded after the selection stage and is indicative.)',
  'Results Available',
  'Results Platform Project Card',
  'Coordinating organisation name',
  "Coordinator's address",
  "Coordinator's country",
  'Partner 1 name',
  'Partner 1 country',
  'Partner 2 name',
  'Partner 2 country',
  'Partner 3 name',
  'Partner 3 country',
  'Result 1 title',
  'Result 1 type',
  'Result 1 link',
] as const;

export interface ProjectResultsRow {
  code: string;
  callYear: string;
  title: string;
  summary: string;
  status: string;
  grant: string;
  coordinator: string;
  country: string;
  partners: [string, string][];
  result?: [string, string, string];
  start?: string;
  end?: string;
}

export function projectResultsCells(r: ProjectResultsRow): string[] {
  const partners = [0, 1, 2].flatMap((i) => r.partners[i] ?? ['', '']);
  return [
    'Erasmus+',
    'Cooperation for innovation and the exchange of good practices',
    r.code.includes('KA204') ? 'Strategic Partnerships for adult education' : 'Strategic Partnerships for higher education',
    r.callYear,
    r.start ?? '',
    r.end ?? '',
    r.code,
    r.title,
    r.summary,
    r.status,
    r.grant,
    r.result ? 'Yes' : 'No',
    `https://erasmus-plus.ec.europa.eu/projects/search/details/${r.code}`,
    r.coordinator,
    'Postbus 1',
    r.country,
    ...partners,
    ...(r.result ?? ['', '', '']),
  ];
}

export const VIME_CODE = '2016-1-NL01-KA204-022920';
export const BLASTER_CODE = '2017-1-NL01-KA203-035198';
export const projectResultsSample = (): ProjectResultsRow[] => [
  {
    code: VIME_CODE,
    callYear: '2016',
    title: 'Volunteers in Migrant Education',
    summary: 'Roles and competences of volunteers who teach the language of the new country to migrants.',
    status: 'Completed',
    grant: '199,850.00',
    coordinator: 'Instituut voor Taalonderwijs en Taalonderzoek Amsterdam',
    country: 'NL',
    partners: [
      ['Slagelse Sprogcenter', 'DK'],
      ['Univerza v Ljubljani', 'SI'],
    ],
    result: ['VIME Toolkit for language volunteers', 'Toolkit', 'https://vime.example.org/toolkit'],
    start: '2016-09-01',
    end: '2018-08-31',
  },
  {
    code: BLASTER_CODE,
    callYear: '2017',
    title: 'Blended Learning And Student-centred Teaching in European Research',
    summary: 'A blended course in research skills for first-year students.',
    status: 'Ongoing',
    grant: '289.500,00',
    coordinator: 'University College Roosevelt',
    country: 'NL',
    partners: [['Universidade de Aveiro', 'PT']],
    start: '2017-09-01',
    end: '2019-08-31',
  },
];

export const projectResultsXlsx = (rows: ProjectResultsRow[]) => xlsx(PROJECT_RESULTS_HEADER, rows.map(projectResultsCells));
