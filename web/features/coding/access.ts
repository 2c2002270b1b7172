import type { UserView } from '../../../shared/schemas.js';

/**
 * Who may add sources and code them (the server's rule, server/modules/coding/coding.service.ts):
 * the agency's staff everywhere, a coordinator in their own organisation; never in an archived project.
 */
export const canCode = (user: UserView, project: { organisation: { id: string }; archived: boolean }) =>
  !project.archived &&
  (user.role === 'na_admin' || user.role === 'na_analyst' || (user.role === 'coordinator' && user.organisationId === project.organisation.id));

/** A coder removes their own codings; the NA admin any. */
export const canRemoveCoding = (user: UserView, coderId: string | null) => user.role === 'na_admin' || coderId === user.id;
