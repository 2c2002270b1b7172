import type { PARTICIPANT_ROLES, PARTICIPANT_STATUSES } from '../../../../shared/questionnaires.js';
import { type Locale, TYPOLOGY_CODES } from '../../../../shared/reference.js';
import type { ProjectView, ReferenceView } from '../../../../shared/schemas.js';
import { REPORT_TEXTS, type ReportTexts } from '../texts.js';

// What the content builders are given: the records of a case as the services answer them, with
// every person already reduced to a role and a pseudonym. The builders are pure functions of it.

/** A coded fragment as a report uses it. */
export interface ReportSegment {
  projectId: string;
  text: string;
  isQuote: boolean;
  /** the speaker's role label and pseudonym, never a name */
  speaker: { role: string; pseudonym: string } | null;
  typology: string[];
  levels: string[];
  factors: { code: string; polarity: 'promoting' | 'hindering' | null }[];
}

export interface CaseData {
  organisation: { id: string; name: string; shortName: string | null; city: string | null; description: string | null };
  projects: ProjectView[];
  segments: ReportSegment[];
  participants: { role: (typeof PARTICIPANT_ROLES)[number]; status: (typeof PARTICIPANT_STATUSES)[number] }[];
}

/** The words of a report in its language: the fixed texts and the reference data's labels. */
export interface Vocabulary {
  lang: Locale;
  t: ReportTexts;
  term(kind: string, code: string): string;
  code(book: 'typology' | 'levels' | 'factors', key: string): string;
  /** the typology's domains, each with its indicators, in the typology's order */
  domains: { key: string; indicators: string[] }[];
}

const PARTICIPANT_ROLE_LABELS: Record<string, Record<Locale, string>> = {
  teacher: { nl: 'Docent of leerkracht', en: 'Teacher' },
  trainer: { nl: 'Trainer', en: 'Trainer' },
  staff: { nl: 'Medewerker', en: 'Staff member' },
  manager: { nl: 'Leidinggevende', en: 'Manager' },
  volunteer: { nl: 'Vrijwilliger', en: 'Volunteer' },
  other: { nl: 'Anders', en: 'Other' },
};

export function vocabulary(reference: ReferenceView, lang: Locale): Vocabulary {
  const terms = new Map<string, string>();
  for (const [kind, list] of Object.entries(reference.terms)) for (const term of list) terms.set(`${kind}:${term.code}`, term[lang]);
  for (const [role, label] of Object.entries(PARTICIPANT_ROLE_LABELS)) terms.set(`participant_role:${role}`, label[lang]);
  const codes = new Map<string, string>();
  for (const book of reference.codebooks) for (const c of book.codes) codes.set(`${book.key}:${c.key}`, c[lang]);
  const domains = TYPOLOGY_CODES.filter((c) => !c.includes('.')).map((key) => ({
    key,
    indicators: TYPOLOGY_CODES.filter((c) => c.startsWith(`${key}.`)),
  }));
  return {
    lang,
    t: REPORT_TEXTS[lang],
    term: (kind, code) => terms.get(`${kind}:${code}`) ?? code,
    code: (book, key) => codes.get(`${book}:${key}`) ?? key,
    domains,
  };
}

export const domainOf = (code: string) => code.split('.')[0]!;

/** How many distinct fragments carry a code of each domain (a fragment counts once per domain). */
export function countByDomain(segments: ReportSegment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of segments) for (const d of new Set(s.typology.map(domainOf))) counts.set(d, (counts.get(d) ?? 0) + 1);
  return counts;
}

/** How many distinct fragments carry each typology code (an indicator, or a domain coded as such). */
export function countByCode(segments: ReportSegment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of segments) for (const c of new Set(s.typology)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export const caseName = (c: CaseData) => c.organisation.shortName ?? c.organisation.name;

/** The sector a case is filed under: that of its first project. */
export const sectorOf = (c: CaseData) => c.projects[0]?.sector ?? 'po';
