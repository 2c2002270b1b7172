import { createHmac } from 'node:crypto';

/** A stable pseudonym for a person in the agency's cross-project views: same person, same label, no name. */
export function pseudonymFor(secret: string, personId: string): string {
  return `P-${createHmac('sha256', secret).update(personId).digest('hex').slice(0, 8).toUpperCase()}`;
}
