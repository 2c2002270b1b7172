import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../../shared/reference.js';
import type { LoginInput, MeView, UserView } from '../../../shared/schemas.js';
import { ApiError, onUnauthenticated, setReauthHandler } from '../../api/client.js';
import { auth } from '../../api/endpoints.js';
import { i18next, storedLocale, storeLocale } from '../../i18n/index.js';
import { ReauthDialog } from './ReauthDialog.js';

export type SessionState = { status: 'loading' } | { status: 'anonymous' } | { status: 'signedIn'; user: UserView };

interface SessionContextValue {
  session: SessionState;
  login: (input: LoginInput) => Promise<UserView>;
  /** Takes over a session the server has just started (after accepting an invitation or a reset). */
  adopt: (me: MeView) => UserView;
  logout: () => Promise<void>;
  /** After "sign out everywhere": the session is gone on the server already. */
  forget: () => void;
  /** Switches the interface language, remembers it in this browser and, when signed in, in the account. */
  changeLocale: (locale: Locale) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * The language on sign-in: a choice made in this browser wins (the user may have just made it on
 * the login page) and is saved to the account; without one the account's language is used.
 */
function settleLocale(user: UserView): UserView {
  const local = storedLocale();
  if (local && local !== user.locale) {
    auth.setLocale(local).catch(() => {});
    return { ...user, locale: local };
  }
  if (!local) void i18next.changeLanguage(user.locale);
  return user;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const client = useQueryClient();

  useEffect(() => {
    const controller = new AbortController();
    auth.me(controller.signal).then(
      (me) => setSession({ status: 'signedIn', user: settleLocale(me.user) }),
      () => {
        if (!controller.signal.aborted) setSession({ status: 'anonymous' });
      },
    );
    const stop = onUnauthenticated(() => {
      client.clear();
      setSession({ status: 'anonymous' });
    });
    return () => {
      controller.abort();
      stop();
    };
  }, [client]);

  // whatever the cache holds was loaded for the previous user: the next one starts empty
  const login = useCallback(
    async (input: LoginInput) => {
      const me = await auth.login(input);
      client.clear();
      const user = settleLocale(me.user);
      setSession({ status: 'signedIn', user });
      return user;
    },
    [client],
  );

  const adopt = useCallback(
    (me: MeView) => {
      client.clear();
      const user = settleLocale(me.user);
      setSession({ status: 'signedIn', user });
      return user;
    },
    [client],
  );

  const forget = useCallback(() => {
    client.clear();
    setSession({ status: 'anonymous' });
  }, [client]);

  const logout = useCallback(async () => {
    try {
      await auth.logout();
    } catch (error) {
      // an expired session is signed out already
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    forget();
  }, [forget]);

  // a session that ends while the user works: sign in again in a dialog, then the request goes on
  const [reauth, setReauth] = useState<((ok: boolean) => void) | null>(null);
  const pending = useRef<Promise<boolean> | null>(null);
  const signedInAs = session.status === 'signedIn' ? session.user.email : null;
  useEffect(() => {
    if (!signedInAs) return;
    setReauthHandler(() => {
      pending.current ??= new Promise<boolean>((resolve) =>
        setReauth(() => (ok: boolean) => {
          pending.current = null;
          setReauth(null);
          resolve(ok);
        }),
      );
      return pending.current;
    });
    return () => setReauthHandler(null);
  }, [signedInAs]);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18next.changeLanguage(locale);
      if (session.status === 'signedIn') {
        setSession({ status: 'signedIn', user: { ...session.user, locale } });
        await auth.setLocale(locale).catch(() => {});
      }
    },
    [session],
  );

  const value = useMemo(() => ({ session, login, adopt, logout, forget, changeLocale }), [session, login, adopt, logout, forget, changeLocale]);
  return (
    <SessionContext.Provider value={value}>
      {children}
      {signedInAs ? (
        <ReauthDialog
          opened={reauth !== null}
          email={signedInAs}
          signIn={async (password) => {
            // the same person again: the cache and the page stay as they are
            const me = await auth.login({ email: signedInAs, password });
            setSession({ status: 'signedIn', user: settleLocale(me.user) });
            reauth?.(true);
          }}
          onGiveUp={() => reauth?.(false)}
        />
      ) : null}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for pages behind <RequireAuth>. */
export function useUser(): UserView {
  const { session } = useSession();
  if (session.status !== 'signedIn') throw new Error('useUser needs a signed-in user (use it behind <RequireAuth>)');
  return session.user;
}
