import { z } from 'zod';
import { LOCALES, USER_ROLES } from './reference.js';
import { id, pageQuery, required, text } from './schemas.js';

// Accounts: who may use the product, how they are invited, and how they keep their password.

/** The roles an account can be invited with; participants answer by personal link and have no account. */
export const INVITABLE_ROLES = ['coordinator', 'na_analyst', 'na_admin'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** invited: no password set yet; active: can sign in; inactive: deactivated, cannot sign in. */
export const ACCOUNT_STATUSES = ['invited', 'active', 'inactive'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const LAST_SIGN_IN_FILTERS = ['never', 'within_30_days', 'over_90_days'] as const;
export type LastSignInFilter = (typeof LAST_SIGN_IN_FILTERS)[number];

/** An invitation link works once, for a week: long enough for someone back from a holiday weekend. */
export const INVITATION_VALID_DAYS = 7;
/** A reset link works once, for an hour: it is asked for by someone who is waiting for it. */
export const RESET_VALID_MINUTES = 60;
export const PASSWORD_MIN_LENGTH = 12;

const email = z
  .email({ message: 'validation.email' })
  .max(320, { message: 'validation.too_long' })
  .transform((v) => v.toLowerCase());
const name = required(200);
// a password is taken exactly as typed (not trimmed); like every text, never with a NUL character
const noNul = { message: 'validation.nul' };
export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: 'validation.password_short' })
  .max(200, { message: 'validation.too_long' })
  .refine((v) => !v.includes('\u0000'), noNul);
/** The token of an e-mailed link: 43 characters of base64url. */
export const linkToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'validation.token' });

export const userListQuery = pageQuery.extend({
  q: text(200).optional(),
  organisationId: id.optional(),
  role: z.enum(INVITABLE_ROLES, { message: 'validation.choice' }).optional(),
  status: z.enum(ACCOUNT_STATUSES, { message: 'validation.choice' }).optional(),
  lastSignIn: z.enum(LAST_SIGN_IN_FILTERS, { message: 'validation.choice' }).optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const userInviteInput = z.object({
  email,
  name,
  role: z.enum(INVITABLE_ROLES, { message: 'validation.choice' }),
  /** required for a coordinator when the NA admin invites; a coordinator's own organisation otherwise */
  organisationId: id.nullish(),
  /** the language of the invitation e-mail, the welcome page and the app afterwards */
  locale: z.enum(LOCALES, { message: 'validation.choice' }),
});
export type UserInviteInput = z.infer<typeof userInviteInput>;

export const userPatch = z
  .object({
    role: z.enum(INVITABLE_ROLES, { message: 'validation.choice' }).optional(),
    active: z.boolean({ message: 'validation.boolean' }).optional(),
    /** the organisation of someone who becomes a coordinator */
    organisationId: id.nullish(),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined, { message: 'validation.nothing_to_change', path: ['role'] });
export type UserPatch = z.infer<typeof userPatch>;

export const accountView = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  locale: z.enum(LOCALES),
  status: z.enum(ACCOUNT_STATUSES),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  /** while invited: until when the latest invitation link works */
  invitationExpiresAt: z.string().nullable(),
});
export type AccountView = z.infer<typeof accountView>;

export const tokenParams = z.object({ token: linkToken });

export const invitationPreview = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  organisationName: z.string().nullable(),
  locale: z.enum(LOCALES),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreview>;

export const acceptInvitationInput = z.object({ token: linkToken, password: newPassword });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

export const passwordResetInput = z.object({ email: z.email({ message: 'validation.email' }).max(320, { message: 'validation.too_long' }) });
export type PasswordResetInput = z.infer<typeof passwordResetInput>;

export const resetPreview = z.object({ email: z.string(), locale: z.enum(LOCALES), expiresAt: z.string() });
export type ResetPreview = z.infer<typeof resetPreview>;

export const passwordResetConfirmInput = z.object({ token: linkToken, password: newPassword });
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmInput>;

export const passwordChangeInput = z.object({
  currentPassword: z
    .string()
    .min(1, { message: 'validation.required' })
    .max(200, { message: 'validation.too_long' })
    .refine((v) => !v.includes('\u0000'), noNul),
  newPassword,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;

export const passwordChanged = z.object({ endedSessions: z.number() });

export const sessionView = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** a summary of the user agent, such as "Firefox" and "Windows"; null when unknown */
  browser: z.string().nullable(),
  system: z.string().nullable(),
});
export type SessionView = z.infer<typeof sessionView>;

export const sessionParams = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, { message: 'validation.id' }) });
