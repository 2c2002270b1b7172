import type { IntervieweeRole } from '../../../shared/reference.js';
import type { Deps } from '../../deps.js';
import type { Actor } from '../../http/access.js';
import { pseudonymFor } from '../../lib/pseudonym.js';

/** Interviewees appear under their label to the organisation and the admin; the agency's analysts see a pseudonym. */
export function personFor(deps: Deps, actor: Actor, p: { id: string; role: string; label: string }) {
  const label = actor.role === 'na_analyst' ? pseudonymFor(deps.pseudonymSecret, p.id) : p.label;
  return { id: p.id, role: p.role as IntervieweeRole, label };
}
