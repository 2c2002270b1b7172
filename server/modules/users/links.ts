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

type TokenOwner = Awaited<ReturnType<typeof q.findTokensWithEmail>>[number];

/**
 * Fills in the placeholders of several messages with one query for all their tokens. A link is
 * only ever written into a mail to the account it belongs to; otherwise a dash stands in its place.
 */
async function fillLinks(deps: Deps, messages: { to: string; text: string }[], link: (token: TokenOwner) => string): Promise<string[]> {
  const ids = [...new Set(messages.flatMap((m) => [...m.text.matchAll(PLACEHOLDER)].map((match) => match[1]!)))];
  const tokens = new Map((await q.findTokensWithEmail(deps.db, ids)).map((t) => [t.id, t]));
  return messages.map((m) =>
    m.text.replace(PLACEHOLDER, (_, id: string) => {
      const token = tokens.get(id);
      return token && token.email === m.to.toLowerCase() ? link(token) : '-';
    }),
  );
}

const fullLink = (deps: Deps, token: TokenOwner) => linkFor(deps.publicUrl, token.purpose, tokenFor(deps.linkSecret, token.purpose, token.id));

/** The message as it is sent: each placeholder becomes its link. */
export async function renderAccountLinks(deps: Deps, to: string, text: string): Promise<string> {
  return (await fillLinks(deps, [{ to, text }], (token) => fullLink(deps, token)))[0]!;
}

/**
 * The messages as the NA admin's outbox shows them: an invitation link is shown (without SMTP the
 * admin may pass it on), a reset link never, since it would let the admin take over an account.
 */
export function presentAccountLinks(deps: Deps, messages: { to: string; text: string }[]): Promise<string[]> {
  return fillLinks(deps, messages, (token) => (token.purpose === 'password_reset' ? `${deps.publicUrl}/reset/…` : fullLink(deps, token)));
}
