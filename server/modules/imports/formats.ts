import type { ImportColumnView, ImportField, ImportFormat } from '../../../shared/imports.js';

// The three official formats, recognised by their headers. Headers are compared after folding case,
// accents, punctuation and the British/American "organisation/organization", so "Activity (mob)" and
// the snake_case `activity_mob` of some published files are the same column.

export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/organization/g, 'organisation')
    .replace(/[^a-z0-9]+/g, '');
}

interface FormatSpec {
  format: ImportFormat;
  /** header keys (see headerKey) per field; the first field a header matches wins */
  columns: Partial<Record<ImportField, string[]>>;
  /** fields without which the format is not recognised */
  required: ImportField[];
  /** numbered columns: "Partner 3 name" */
  numbered?: { pattern: RegExp; fields: Record<string, ImportField> }[];
  /** columns with personal data that the export may carry and the import never reads */
  personal?: string[];
}

const OPEN_DATA: FormatSpec = {
  format: 'open_data',
  columns: {
    projectCode: ['projectreference'],
    academicYear: ['academicyear'],
    startMonth: ['mobilitystartmonth'],
    endMonth: ['mobilityendmonth'],
    duration: ['mobilityduration'],
    activity: ['activitymob'],
    fieldOfEducation: ['fieldofeducation'],
    nationality: ['participantnationality'],
    educationLevel: ['educationlevel'],
    gender: ['participantgender'],
    profile: ['participantprofile'],
    specialNeeds: ['specialneeds'],
    fewerOpportunities: ['fewéropportunities', 'feweropportunities'],
    groupLeader: ['groupleader'],
    age: ['participantage'],
    sendingCountry: ['sendingcountrycode'],
    sendingCity: ['sendingcity'],
    sendingName: ['sendingorganisation'],
    sendingErasmusCode: ['sendingorganisationerasmuscode'],
    receivingCountry: ['receivingcountrycode'],
    receivingCity: ['receivingcity'],
    receivingName: ['receivingorganisation'],
    receivingErasmusCode: ['receivingorganisationerasmuscode'],
    participants: ['participants'],
  },
  required: ['projectCode', 'activity', 'startMonth', 'endMonth', 'participants', 'sendingName', 'sendingCountry'],
};

const BENEFICIARY_MODULE: FormatSpec = {
  format: 'beneficiary_module',
  columns: {
    projectCode: ['grantagreementno', 'grantagreementnumber', 'projectcode', 'projectnumber'],
    mobilityId: ['mobilityactivityid', 'mobilityid'],
    activity: ['activitytype', 'activity'],
    startDate: ['startdate', 'startdateofmobility', 'mobilitystartdate'],
    endDate: ['enddate', 'enddateofmobility', 'mobilityenddate'],
    duration: ['fundeddurationincludingtraveldaysindays', 'durationdays', 'duration', 'durationindays'],
    fieldOfEducation: ['fieldofeducation'],
    nationality: ['participantnationality', 'nationality'],
    gender: ['participantgender', 'gender'],
    age: ['participantage', 'age'],
    educationLevel: ['educationlevel'],
    profile: ['participantprofile', 'participanttype', 'typeofparticipant'],
    specialNeeds: ['participantwithspecialneeds', 'specialneeds'],
    fewerOpportunities: ['participantwithfeweropportunities', 'feweropportunities'],
    groupLeader: ['groupleader', 'accompanyingperson'],
    participants: ['numberofparticipants'],
    sendingOid: ['sendingorganisationoid'],
    sendingErasmusCode: ['sendingorganisationerasmuscode'],
    sendingName: ['sendingorganisationname', 'sendingorganisation', 'sendingorganisationlegalname'],
    sendingCountry: ['sendingcountry', 'sendingorganisationcountry', 'sendingcountrycode'],
    sendingCity: ['sendingcity', 'sendingorganisationcity'],
    receivingOid: ['receivingorganisationoid'],
    receivingErasmusCode: ['receivingorganisationerasmuscode'],
    receivingName: ['receivingorganisationname', 'receivingorganisation', 'receivingorganisationlegalname'],
    receivingCountry: ['receivingcountry', 'receivingorganisationcountry', 'receivingcountrycode'],
    receivingCity: ['receivingcity', 'receivingorganisationcity'],
  },
  required: ['projectCode', 'mobilityId', 'activity', 'startDate', 'endDate'],
  personal: [
    'participantfirstname',
    'participantlastname',
    'firstname',
    'lastname',
    'participantname',
    'participantemail',
    'email',
    'participantdateofbirth',
    'dateofbirth',
    'participantid',
  ],
};

const PROJECT_RESULTS: FormatSpec = {
  format: 'project_results',
  columns: {
    programme: ['programme', 'program'],
    keyAction: ['keyaction'],
    actionType: ['actiontype'],
    callYear: ['callyear'],
    projectCode: ['projectidentifier'],
    title: ['projecttitle'],
    summary: ['projectsummary'],
    status: ['projectstatus'],
    grant: ['eugrantawardineuros'],
    startDate: ['startdate'],
    endDate: ['enddate'],
    coordinatorName: ['coordinatingorganisationname'],
    coordinatorCity: ['coordinatorscity', 'coordinatorcity'],
    coordinatorCountry: ['coordinatorscountry', 'coordinatorcountry'],
    coordinatorOid: ['coordinatorsoid', 'coordinatoroid', 'coordinatingorganisationoid'],
    projectWebsite: ['projectwebsite'],
    resultsAvailable: ['resultsavailable'],
    projectCard: ['resultsplatformprojectcard'],
  },
  required: ['projectCode', 'title', 'coordinatorName', 'coordinatorCountry'],
  numbered: [
    { pattern: /^partner(\d+)(name|country|city)$/, fields: { name: 'partnerName', country: 'partnerCountry', city: 'partnerCity' } },
    { pattern: /^result(\d+)(title|type|link)$/, fields: { title: 'resultTitle', type: 'resultType', link: 'resultLink' } },
  ],
};

const SPECS: FormatSpec[] = [OPEN_DATA, BENEFICIARY_MODULE, PROJECT_RESULTS];

/** A long header such as "EU Grant award in euros (This amount represents ...)" matches on its start. */
const PREFIX_MATCH: ImportField[] = ['grant'];

function mapColumns(spec: FormatSpec, headers: string[]): ImportColumnView[] {
  const taken = new Set<string>();
  return headers.map((column) => {
    const key = headerKey(column);
    if (spec.personal?.includes(key)) return { column, field: 'personal' as const, index: null };
    for (const [field, keys] of Object.entries(spec.columns) as [ImportField, string[]][]) {
      const hit = keys.includes(key) || (PREFIX_MATCH.includes(field) && keys.some((k) => key.startsWith(k)));
      if (hit && !taken.has(field)) {
        taken.add(field);
        return { column, field, index: null };
      }
    }
    for (const numbered of spec.numbered ?? []) {
      const m = numbered.pattern.exec(key);
      const field = m ? numbered.fields[m[2]!] : undefined;
      if (m && field && !taken.has(`${field}${m[1]}`)) {
        taken.add(`${field}${m[1]}`);
        return { column, field, index: Number(m[1]) };
      }
    }
    return { column, field: null, index: null };
  });
}

export interface Detection {
  format: ImportFormat;
  columns: ImportColumnView[];
}

export type DetectionFailure = { missing: { format: ImportFormat; fields: ImportField[] } };

/**
 * The format whose required columns are all there; when two qualify, the one that recognises more
 * columns. Otherwise the closest format and what it misses, so the user learns what is wrong.
 */
export function detectFormat(headers: string[]): Detection | DetectionFailure {
  const candidates = SPECS.map((spec) => {
    const columns = mapColumns(spec, headers);
    const present = new Set(columns.map((c) => c.field));
    const missing = spec.required.filter((f) => !present.has(f));
    const recognised = columns.filter((c) => c.field !== null).length;
    return { spec, columns, missing, recognised };
  });
  const complete = candidates.filter((c) => c.missing.length === 0).sort((a, b) => b.recognised - a.recognised);
  if (complete[0]) return { format: complete[0].spec.format, columns: complete[0].columns };
  const closest = [...candidates].sort((a, b) => b.recognised - a.recognised || a.missing.length - b.missing.length)[0]!;
  return { missing: { format: closest.spec.format, fields: closest.missing } };
}

/** Where each field sits in a row: plain fields by position, numbered fields by number. */
export interface ColumnIndex {
  at: Partial<Record<ImportField, number>>;
  numbered: Partial<Record<ImportField, Map<number, number>>>;
  /** header text per position, for the bad-row list */
  names: string[];
}

export function indexColumns(columns: ImportColumnView[]): ColumnIndex {
  const index: ColumnIndex = { at: {}, numbered: {}, names: columns.map((c) => c.column) };
  columns.forEach((c, position) => {
    if (!c.field || c.field === 'personal') return;
    if (c.index === null) index.at[c.field] = position;
    else {
      const byNumber = index.numbered[c.field] ?? new Map<number, number>();
      byNumber.set(c.index, position);
      index.numbered[c.field] = byNumber;
    }
  });
  return index;
}
