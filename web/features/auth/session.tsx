import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../../shared/reference.js';
import type { LoginInput, UserView } from '../../../shared/schemas.js';
import { ApiError, onUnauthenticated } from '../../api/client.js';
import { auth } from '../../api/endpoints.js';
import { i18next, storedLocale, storeLocale } from '../../i18n/index.js';

export type SessionState = { status: 'loading' } | { status: 'anonymous' } | { status: 'signedIn'; user: UserView };

interface SessionContextValue {
  session: SessionState;
  login: (input: LoginInput) => Promise<UserView>;
  logout: () => Promise<void>;
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

  const logout = useCallback(async () => {
    try {
      await auth.logout();
    } catch (error) {
      // an expired session is signed out already
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    client.clear();
    setSession({ status: 'anonymous' });
  }, [client]);

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

  const value = useMemo(() => ({ session, login, logout, changeLocale }), [session, login, logout, changeLocale]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
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
