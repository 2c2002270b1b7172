import {
  canAdminister,
  canChangeSegment,
  canChangeStandingOf,
  canCodeIn,
  canCreateCodebook,
  canCreateProjects,
  canEditCodebook,
  canEditOrganisationData,
  canImport,
  canGrantRole,
  canManageAccount,
  canManageAccounts,
  canRemoveCoding,
  canSeeAnalytics,
  canSeeCodebook,
  canSeeImport,
  canSeeOrganisation,
  canShareSourceForLearning,
  canSeeReport,
  canWriteAgencyReports,
  isAgency,
  isPseudonymised,
  type LearningScope,
  learningScopeFor,
  type ProjectScope,
  type Viewer,
} from '../../shared/access.js';
import type { ImportFormat } from '../../shared/imports.js';
import type { MessageKey } from '../../shared/messages.js';
import type { IntervieweeRole, UserRole } from '../../shared/reference.js';
import { pseudonymFor } from '../lib/pseudonym.js';
import { AppError } from './errors.js';

// The one place that decides who may see and do what. The rules themselves are pure and live in
// shared/access.ts (the web shows its buttons by them); here they are enforced: each `require…`
// throws the error the API answers with. A row of another organisation is always "not found"
// (404), so nobody learns that it exists; "forbidden" (403) is only said about what the actor
// may see but not change.

export * from '../../shared/access.js';

/** Who is asking: the signed-in user as the services see them. */
export interface Actor extends Viewer {
  email: string;
  name: string;
  locale: 'nl' | 'en';
}

export function requireActor<A extends Actor>(actor: A | null): A {
  if (!actor) throw new AppError('unauthenticated');
  return actor;
}

/** Organisation scope of a list query: null means every organisation. */
export function visibleOrganisationIds(actor: Actor): string[] | null {
  if (isAgency(actor)) return null;
  if (actor.role === 'coordinator' && actor.organisationId) return [actor.organisationId];
  return [];
}

/** A row of an organisation the actor may not see answers 404 with this message key. */
export function requireSeesOrganisation(actor: Actor, organisationId: string, notFoundKey: MessageKey): void {
  if (!canSeeOrganisation(actor, organisationId)) throw new AppError('not_found', notFoundKey);
}

/** The organisation's own data (details, projects, parts, participants, sources, interviewees): 403 for the others who see it. */
export function requireEditsOrganisation(actor: Actor, organisationId: string): void {
  if (!canEditOrganisationData(actor, organisationId)) throw new AppError('forbidden');
}

/** A project's data: as above, and an archived project is read-only for everyone (409). */
export function requireEditsProject(actor: Actor, project: ProjectScope): void {
  requireEditsOrganisation(actor, project.organisationId);
  if (project.archived) throw new AppError('conflict', 'project.archived');
}

export function requireCreatesProjects(actor: Actor): void {
  if (!canCreateProjects(actor)) throw new AppError('forbidden');
}

/** Coding in a project (segments, codings, memos, quote marks). */
export function requireCodes(actor: Actor, project: ProjectScope): void {
  if (!canCodeIn({ ...actor }, { ...project, archived: false })) throw new AppError('forbidden');
  if (project.archived) throw new AppError('conflict', 'project.archived');
}

/** Changing or removing a segment: the project's editors, or the coder who made it. */
export function requireChangesSegment(actor: Actor, project: ProjectScope, segment: { createdBy: string | null }): void {
  requireCodes(actor, project);
  if (!canChangeSegment(actor, project, segment)) throw new AppError('forbidden', 'segment.not_yours');
}

export function requireRemovesCoding(actor: Actor, coderId: string | null): void {
  if (!canRemoveCoding(actor, coderId)) throw new AppError('forbidden', 'coding.not_yours');
}

export function requireSeesCodebook(actor: Actor, book: { organisationId: string | null }): void {
  if (!canSeeCodebook(actor, book)) throw new AppError('not_found', 'codebook.not_found');
}

export function requireEditsCodebook(actor: Actor, book: { organisationId: string | null; isSystem: boolean }): void {
  requireSeesCodebook(actor, book);
  if (!canEditCodebook(actor, book)) throw new AppError('forbidden');
}

export function requireCreatesCodebook(actor: Actor): void {
  if (!canCreateCodebook(actor)) throw new AppError('forbidden');
}

/** The analytics of a selection of projects: the agency and coordinators (whose selection the service narrows to their organisation). */
export function requireSeesAnalytics(actor: Actor): void {
  if (!canSeeAnalytics(actor)) throw new AppError('forbidden');
}

/** The NA admin's own work: organisations, instruments, the outbox. */
export function requireAdmin(actor: Actor): void {
  if (!canAdminister(actor)) throw new AppError('forbidden');
}

/** Importing the official Erasmus+ data at all, or a file of this format (403 when the format is not the actor's to import). */
export function requireImports(actor: Actor, format?: ImportFormat): void {
  if (!canImport(actor)) throw new AppError('forbidden');
  if (format !== undefined && !canImport(actor, format)) throw new AppError('forbidden', 'import.format_not_allowed');
}

/** An import of another organisation is "not found", never "forbidden". */
export function requireSeesImport(actor: Actor, job: { organisationId: string | null }): void {
  if (!canSeeImport(actor, job)) throw new AppError('not_found', 'import.not_found');
}

// --- what code suggestions learn from (issue 16) -----------------------------------------------

/** The actor's learning scope; someone without one (a participant) may not ask for suggestions. */
export function requireLearningScope(actor: Actor): LearningScope {
  const scope = learningScopeFor(actor);
  if (!scope) throw new AppError('forbidden');
  return scope;
}

/** Which coded segments a learning scope's model is trained on (read by the suggestion queries). */
export interface LearningPool {
  /** the agency staff's coding: all of it, or only on the sources the NA admin shared */
  agencyCodings: 'everywhere' | 'shared_sources';
  /** and all coding in this organisation's own projects */
  organisationId: string | null;
}

/**
 * What a scope's model learns from, besides the labelled fragments shipped with the typology
 * (written for the product, nobody's data):
 * - agency: every coding by the agency's staff (they may see every organisation's sources);
 * - shared: the agency's shared material, i.e. codings by the agency's staff on sources the NA
 *   admin marked as shared, which only the agency's own texts can be (`canShareSourceForLearning`);
 * - organisation: the shared material and every coding in that organisation's own projects.
 * So a coordinator's suggestions never learn another organisation's text, words or segments.
 */
export function learningPool(scope: LearningScope): LearningPool {
  switch (scope.kind) {
    case 'agency':
      return { agencyCodings: 'everywhere', organisationId: null };
    case 'shared':
      return { agencyCodings: 'shared_sources', organisationId: null };
    case 'organisation':
      return { agencyCodings: 'shared_sources', organisationId: scope.organisationId };
  }
}

/** A coded segment is shown as an example behind a suggestion only to whom may open its source. */
export const maySeeExample = (actor: Actor, segment: { organisationId: string }) => canSeeOrganisation(actor, segment.organisationId);

export function requireSharesSourceForLearning(actor: Actor, addedByRole: UserRole | null): void {
  if (!canShareSourceForLearning(actor, addedByRole)) throw new AppError('forbidden', 'source.share_not_allowed');
}

// --- accounts ---------------------------------------------------------------------------------

/** The accounts pages: the NA admin and coordinators (of an organisation). */
export function requireManagesAccounts(actor: Actor): void {
  if (!canManageAccounts(actor)) throw new AppError('forbidden');
}

/** An account the actor may not manage (another organisation's) is not found, whether it exists or not. */
export function requireManagesAccount(actor: Actor, account: { organisationId: string | null }): void {
  if (!canManageAccount(actor, account)) throw new AppError('not_found', 'user.not_found');
}

/** Giving someone a role: the agency's roles only the NA admin. */
export function requireGrantsRole(actor: Actor, role: UserRole): void {
  if (!canGrantRole(actor, role)) throw new AppError('forbidden', 'user.role_not_allowed');
}

/** One's own role and active state are for another admin to change (409: the request is fine, the target is not). */
export function requireNotOwnStanding(actor: Actor, accountId: string): void {
  if (!canChangeStandingOf(actor, accountId)) throw new AppError('conflict', 'user.self');
}

// --- people -------------------------------------------------------------------------------

/**
 * The one presenter of people: what this actor may see of an interviewee, a participant or a user
 * (coordinator, coder). The agency's analysts see every person but themselves by pseudonym only;
 * the pseudonym of a person is the same wherever it appears (project page, coding, retrieval,
 * agreement, .qdpx), and only the server's PSEUDONYM_SECRET turns an id into it.
 */
export function peopleFor(pseudonymSecret: string, actor: Actor) {
  const hide = isPseudonymised(actor);
  const alias = (id: string) => pseudonymFor(pseudonymSecret, id);
  return {
    hidden: hide,
    interviewee<T extends { id: string; role: string; label: string; description?: string | null }>(row: T) {
      return {
        id: row.id,
        role: row.role as IntervieweeRole,
        label: hide ? alias(row.id) : row.label,
        description: hide ? null : (row.description ?? null),
      };
    },
    /** A participant's pseudonym is their own stored code, the one their answers are filed under. */
    participant<T extends { name: string; email: string; pseudonym: string }>(row: T) {
      return { name: hide ? row.pseudonym : row.name, email: hide ? '' : row.email };
    },
    user(row: { id: string; name: string; email?: string | null }) {
      if (!hide || row.id === actor.id) return { id: row.id, name: row.name, email: row.email ?? null };
      return { id: row.id, name: alias(row.id), email: null };
    },
    /** The address a product's user left on its public page for one follow-up question: for the product's team, not for the analysts. */
    thirdPartyEmail(email: string | null): string | null {
      return hide ? null : email;
    },
    /** A coder's name beside their codings: null when the coding has no coder (imported, or the account is gone). */
    coderName(id: string | null, name: string | null): string | null {
      if (!id) return null;
      return hide && id !== actor.id ? alias(id) : name;
    },
  };
}
export type People = ReturnType<typeof peopleFor>;

/**
 * People as every report shows them, whoever generates it: a report leaves the app, so nobody is
 * named in it, not even for the NA admin who sees names on screen. They get the analysts'
 * pseudonyms, the same as on every page. (The certificate, which a participant takes for
 * themselves, is the one document with a name.)
 */
export const peopleInReports = (pseudonymSecret: string) =>
  peopleFor(pseudonymSecret, { id: '', role: 'na_analyst', organisationId: null, email: '', name: '', locale: 'nl' });

// --- reports --------------------------------------------------------------------------------------

export function requireAgencyReports(actor: Actor): void {
  if (!canWriteAgencyReports(actor)) throw new AppError('forbidden');
}

export function requireSeesReport(actor: Actor, report: { organisationId: string | null }): void {
  if (!canSeeReport(actor, report)) throw new AppError('not_found', 'report.not_found');
}
