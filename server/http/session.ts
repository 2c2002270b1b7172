import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Deps } from '../deps.js';
import { resolveSession, SESSION_COOKIE, type SessionActor } from '../modules/auth/auth.service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** true for the few routes that need no session (login, reference data, participants' links) */
    public?: boolean;
  }
  interface FastifyRequest {
    actor: SessionActor | null;
    sessionToken: string | undefined;
  }
}

/** Reads the session cookie on every API request; services decide what the actor may do. */
export function registerSession(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', undefined);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    req.sessionToken = token;
    req.actor = await resolveSession(deps, token);
  });
}

export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string, expiresAt: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.cookieSecure,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: Deps) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.cookieSecure });
}
