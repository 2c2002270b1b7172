import { createHash, createHmac } from 'node:crypto';
import type { Deps } from '../../deps.js';
import * as q from './users.queries.js';

// The links in invitation and reset e-mails. Their token is derived from the server's secret and
// the token row's id, and the database keeps only its hash. The outbox holds a placeholder in
// place of the link, filled in when the message is sent, so no copy of a usable link is stored.

export type LinkPurpose = 'invitation' | 'password_reset';

export const ACCOUNT_MAIL_KINDS = ['account_invitation', 'password_reset'] as const;
export const isAccountMail = (kind: string) => (ACCOUNT_MAIL_KINDS as readonly string[]).includes(kind);

const PAGE: Record<LinkPurpose, string> = { invitation: 'welcome', password_reset: 'reset' };

export function tokenFor(secret: string, purpose: LinkPurpose, tokenId: string): string {
  return createHmac('sha256', secret).update(`account:${purpose}:${tokenId}`).digest('base64url');
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** `<PUBLIC_URL>/welcome/<token>` or `<PUBLIC_URL>/reset/<token>` */
export const linkFor = (publicUrl: string, purpose: LinkPurpose, token: string) => `${publicUrl}/${PAGE[purpose]}/${token}`;

export const placeholderFor = (tokenId: string) => `[[account-link:${tokenId}]]`;
const PLACEHOLDER = /\[\[account-link:([0-9a-f-]{36})\]\]/g;

/** Names and other typed text in an account mail cannot pose as a placeholder. */
export const plainText = (value: string) => value.replace(/\[\[|\]\]/g, '');

async function replaceAsync(text: string, replace: (tokenId: string) => Promise<string>): Promise<string> {
  const ids = [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
  const values = new Map(await Promise.all(ids.map(async (id) => [id, await replace(id)] as const)));
  return text.replace(PLACEHOLDER, (_, id: string) => values.get(id) ?? '');
}

/**
 * The message as it is sent: each placeholder becomes its link, but only when the token belongs
 * to the account the message goes to, so a link can never be rendered into someone else's mail.
 */
export function renderAccountLinks(deps: Deps, to: string, text: string): Promise<string> {
  return replaceAsync(text, async (tokenId) => {
    const row = await q.findTokenWithEmail(deps.db, tokenId);
    if (!row || row.email !== to.toLowerCase()) return '-';
    return linkFor(deps.publicUrl, row.purpose, tokenFor(deps.linkSecret, row.purpose, row.id));
  });
}

/**
 * The message as the NA admin's outbox shows it: an invitation link is shown (without SMTP the
 * admin may pass it on), a reset link never, since it would let the admin take over an account.
 */
export function presentAccountLinks(deps: Deps, to: string, text: string): Promise<string> {
  return replaceAsync(text, async (tokenId) => {
    const row = await q.findTokenWithEmail(deps.db, tokenId);
    if (!row || row.email !== to.toLowerCase()) return '-';
    if (row.purpose === 'password_reset') return `${deps.publicUrl}/reset/…`;
    return linkFor(deps.publicUrl, row.purpose, tokenFor(deps.linkSecret, row.purpose, row.id));
  });
}
