import type { ImportFormat } from './imports.js';
import type { UserRole } from './reference.js';

// Who may see and do what: the pure rules, the same for the server (which enforces them in
// server/http/access.ts) and the web app (which only uses them to show or hide controls).
// README.md's "Who may do what" table says the same in words; change both together.

/** Who is asking, as far as the rules need to know. */
export interface Viewer {
  id: string;
  role: UserRole;
  organisationId: string | null;
}

/** A project as the rules see it: whose it is and whether it is archived. */
export interface ProjectScope {
  organisationId: string;
  archived: boolean;
}

/** The National Agency's staff: the admin and the analysts. */
export const isAgency = (v: Viewer) => v.role === 'na_admin' || v.role === 'na_analyst';

/** The agency sees every organisation, a coordinator only their own, a participant none. */
export function canSeeOrganisation(v: Viewer, organisationId: string): boolean {
  return isAgency(v) || (v.role === 'coordinator' && v.organisationId === organisationId);
}

/**
 * Changing an organisation's data (its details, projects with their partners, activities and
 * products, impact model, participants and questionnaire settings, sources and interviewees):
 * the NA admin everywhere, a coordinator in their own organisation. Analysts never.
 */
export function canEditOrganisationData(v: Viewer, organisationId: string): boolean {
  return v.role === 'na_admin' || (v.role === 'coordinator' && v.organisationId === organisationId);
}

/** Editing a project's data also needs the project to be live: an archived project is read-only. */
export const canEditProject = (v: Viewer, p: ProjectScope) => !p.archived && canEditOrganisationData(v, p.organisationId);

/** Creating and archiving organisations, publishing instruments, reading the outbox: the NA admin. */
export const canAdminister = (v: Viewer) => v.role === 'na_admin';

/** A coordinator creates projects in their own organisation, the NA admin in any. */
export const canCreateProjects = (v: Viewer) => v.role === 'na_admin' || v.role === 'coordinator';

/**
 * Coding: marking segments of a source with codes, memos, quote marks and speakers. The agency
 * codes in every project (the NA's own study), a coordinator in their own organisation's.
 */
export const canCodeIn = (v: Viewer, p: ProjectScope) => !p.archived && (isAgency(v) || (v.role === 'coordinator' && v.organisationId === p.organisationId));

/**
 * Changing or removing a coded segment (its memo, quote mark, speaker): whoever may edit the
 * project's data, and an analyst the segments they made themselves.
 */
export function canChangeSegment(v: Viewer, p: ProjectScope, segment: { createdBy: string | null }): boolean {
  if (!canCodeIn(v, p)) return false;
  return canEditOrganisationData(v, p.organisationId) || segment.createdBy === v.id;
}

/** A coder removes their own codings; the NA admin any. */
export const canRemoveCoding = (v: Viewer, coderId: string | null) => v.role === 'na_admin' || coderId === v.id;

/** The shared codebooks (typology, levels, factors, the agency's own) everybody; an organisation's own its members and the agency. */
export const canSeeCodebook = (v: Viewer, book: { organisationId: string | null }) =>
  book.organisationId === null || isAgency(v) || v.organisationId === book.organisationId;

/**
 * Changing a codebook: the seeded typology, levels and factors only the NA admin (labels, colours,
 * descriptions); the agency's other codebooks its staff; an organisation's own its coordinators
 * and the NA admin.
 */
export function canEditCodebook(v: Viewer, book: { organisationId: string | null; isSystem: boolean }): boolean {
  if (book.isSystem) return v.role === 'na_admin';
  if (book.organisationId === null) return isAgency(v);
  return v.role === 'na_admin' || (v.role === 'coordinator' && v.organisationId === book.organisationId);
}

/** Creating a codebook (or importing a .qdc): the agency's staff make shared ones, a coordinator their organisation's. */
export const canCreateCodebook = (v: Viewer) => isAgency(v) || (v.role === 'coordinator' && v.organisationId !== null);

/** Whose a new codebook is: the agency's (null, shared with all) or the coordinator's organisation. */
export const codebookOwnerOf = (v: Viewer): string | null => (isAgency(v) ? null : v.organisationId);

/**
 * Whose coding teaches a viewer's code suggestions (issue 16). The agency's staff learn from all
 * the agency's coding; a coordinator from the agency's shared material and their own organisation's
 * coding, never another organisation's. Participants get no suggestions.
 */
export type LearningScope = { kind: 'agency' } | { kind: 'shared' } | { kind: 'organisation'; organisationId: string };

export function learningScopeFor(v: Viewer): LearningScope | null {
  if (isAgency(v)) return { kind: 'agency' };
  if (v.role === 'coordinator' && v.organisationId) return { kind: 'organisation', organisationId: v.organisationId };
  return null;
}

/**
 * Sharing a source's coded segments with every organisation's suggestions: the NA admin, and only
 * for a source the agency's own staff added (its own texts, such as its published case
 * descriptions); an organisation's texts never leave that organisation.
 */
export const canShareSourceForLearning = (v: Viewer, addedByRole: UserRole | null) =>
  v.role === 'na_admin' && (addedByRole === 'na_admin' || addedByRole === 'na_analyst');

/** The analytics: the agency over any selection of projects, a coordinator over their own organisation's. */
export const canSeeAnalytics = (v: Viewer) => isAgency(v) || (v.role === 'coordinator' && v.organisationId !== null);

/**
 * The agency's analytics look across organisations, where a figure about fewer than a handful of
 * people could single one of them out: there such a cell keeps its n and its flag but loses its
 * figures. A coordinator sees their own project's small cells, flagged.
 */
export const withholdsSmallCells = (v: Viewer) => isAgency(v);

/** The agency's analysts see people (interviewees, participants, coordinators, other coders) only by pseudonym. */
export const isPseudonymised = (v: Viewer) => v.role === 'na_analyst';

/**
 * Importing the official Erasmus+ data: the NA admin every format; a coordinator only the
 * Beneficiary Module export of their own organisation's projects (another project's code in it is a
 * bad row); analysts and participants nothing. Without a format: whether the viewer may import at all.
 */
export function canImport(v: Viewer, format?: ImportFormat): boolean {
  if (v.role === 'na_admin') return true;
  if (v.role !== 'coordinator' || !v.organisationId) return false;
  return format === undefined || format === 'beneficiary_module';
}

/** The NA admin sees every import; a coordinator the imports made for their organisation. */
export const canSeeImport = (v: Viewer, job: { organisationId: string | null }) =>
  v.role === 'na_admin' || (v.role === 'coordinator' && v.organisationId !== null && job.organisationId === v.organisationId);
// --- accounts ---------------------------------------------------------------------------------

/** The accounts pages: the NA admin manages everyone's, a coordinator their own organisation's colleagues. */
export const canManageAccounts = (v: Viewer) => v.role === 'na_admin' || (v.role === 'coordinator' && v.organisationId !== null);

/** One account: the NA admin any, a coordinator only those of their own organisation. */
export function canManageAccount(v: Viewer, account: { organisationId: string | null }): boolean {
  if (v.role === 'na_admin') return true;
  return v.role === 'coordinator' && v.organisationId !== null && account.organisationId === v.organisationId;
}

/** Only the NA admin hands out the agency's roles (or changes anyone's); a coordinator invites coordinators. */
export const canGrantRole = (v: Viewer, role: UserRole) => v.role === 'na_admin' || role === 'coordinator';

/** Changing someone's role: the NA admin's, who also chooses the organisation of a coordinator. */
export const canChangeRoles = (v: Viewer) => v.role === 'na_admin';

/**
 * Nobody changes their own role or switches themselves off: another admin must do it. So the
 * admin making a change always remains, and an installation never loses its last NA admin.
 */
export const canChangeStandingOf = (v: Viewer, accountId: string) => v.id !== accountId;

// --- reports ----------------------------------------------------------------------------------

/** The Agency's case chapters and cross-case analysis, the choice of cases and the narrative texts: its staff. */
export const canWriteAgencyReports = (v: Viewer) => isAgency(v);

/** A report: the Agency's (no organisation) its staff; a project's impact report whoever sees the project. */
export const canSeeReport = (v: Viewer, report: { organisationId: string | null }) =>
  report.organisationId === null ? isAgency(v) : canSeeOrganisation(v, report.organisationId);
