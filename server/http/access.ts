import type { UserRole } from '../../shared/reference.js';
import { AppError } from './errors.js';

/** Who is asking: the signed-in user as the services see them. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  organisationId: string | null;
  locale: 'nl' | 'en';
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated');
  return actor;
}

export const isAgency = (actor: Actor) => actor.role === 'na_admin' || actor.role === 'na_analyst';

/**
 * The tenancy rule: the agency sees every organisation, a coordinator only their own,
 * a participant none through these endpoints. Callers answer 404 when this is false,
 * so nobody learns that another organisation's row exists.
 */
export function canSeeOrganisation(actor: Actor, organisationId: string): boolean {
  if (isAgency(actor)) return true;
  return actor.role === 'coordinator' && actor.organisationId === organisationId;
}

/** Writing: the NA admin everywhere, a coordinator in their own organisation; analysts only read. */
export function canEditOrganisationData(actor: Actor, organisationId: string): boolean {
  if (actor.role === 'na_admin') return true;
  return actor.role === 'coordinator' && actor.organisationId === organisationId;
}

export function requireRole(actor: Actor, ...roles: UserRole[]): void {
  if (!roles.includes(actor.role)) throw new AppError('forbidden');
}

/** Organisation scope of a list query: null means every organisation. */
export function visibleOrganisationIds(actor: Actor): string[] | null {
  if (isAgency(actor)) return null;
  if (actor.role === 'coordinator' && actor.organisationId) return [actor.organisationId];
  return [];
}
