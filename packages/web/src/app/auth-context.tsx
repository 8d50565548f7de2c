import { hasPermission, type Permission, type User } from '@antikor/core';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from './api';

type Session = { user: User; csrfToken: string };

type AuthState = {
  /** null when nobody is signed in; undefined while the session is being checked. */
  user: User | null | undefined;
  signIn: (login: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
  /** Re-reads the current user (after a password change, for instance). */
  refresh: () => Promise<void>;
  can: (permission: Permission) => boolean;
};

const AuthContext = createContext<AuthState | null>(null);

/** Holds the signed-in user; checks the session cookie once at start. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const queryClient = useQueryClient();

  const accept = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setUser(session.user);
  }, []);

  const drop = useCallback(() => {
    setCsrfToken(null);
    setUser(null);
    queryClient.clear();
  }, [queryClient]);

  const refresh = useCallback(async () => {
    try {
      accept(await api.get<Session>('/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') drop();
      else throw error;
    }
  }, [accept, drop]);

  useEffect(() => {
    setUnauthenticatedHandler(drop);
    refresh().catch(() => setUser(null));
    return () => setUnauthenticatedHandler(null);
  }, [drop, refresh]);

  const value = useMemo<AuthState>(
    () => ({
      user,
      refresh,
      signIn: async (login, password) => {
        const session = await api.post<Session>('/auth/login', { login, password });
        queryClient.clear();
        accept(session);
        return session.user;
      },
      signOut: async () => {
        try {
          await api.post('/auth/logout');
        } finally {
          drop();
        }
      },
      can: (permission) => !!user && hasPermission(user.roles, permission),
    }),
    [user, refresh, accept, drop, queryClient],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The auth state; throws outside AuthProvider. */
export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
