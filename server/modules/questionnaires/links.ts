import { createHash, createHmac } from 'node:crypto';

/**
 * A participant's personal link for one invitation: derived from the server's secret, so the
 * same link can be sent again in a reminder, while the database stores only its hash.
 */
export function tokenFor(secret: string, invitationId: string): string {
  return createHmac('sha256', secret).update(`invitation:${invitationId}`).digest('base64url');
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The link in the e-mail carries the participant's language, so that even an expired link answers in it. */
export const linkFor = (publicUrl: string, token: string, locale: string) => `${publicUrl}/q/${token}?lang=${locale}`;
