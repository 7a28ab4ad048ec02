import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { fetchMe, logout } from '../api/auth';
import { whenUnauthenticated } from '../api/client';
import { isApiError } from '../api/errors';
import type { Me } from '../api/types';
import { AuthContext } from './auth-context';
import { mayHaveSession, rememberSession } from './session-hint';

async function meOrNull(signal: AbortSignal): Promise<Me | null> {
  if (!mayHaveSession()) return null;
  try {
    return await fetchMe(signal);
  } catch (e) {
    if (isApiError(e) && e.status === 401) {
      rememberSession(false);
      return null;
    }
    throw e;
  }
}

/** Who is signed in: `undefined` while asking the server, `null` when nobody is. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: ({ signal }) => meOrNull(signal), staleTime: Infinity });

  useEffect(() => {
    whenUnauthenticated(() => {
      rememberSession(false);
      client.setQueryData(['me'], null);
    });
  }, [client]);

  const value = {
    me: me.data,
    error: me.error,
    signedIn: (person: Me) => {
      rememberSession(true);
      client.setQueryData(['me'], person);
    },
    signOut: async () => {
      rememberSession(false);
      await logout();
      client.clear();
      client.setQueryData(['me'], null);
    },
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
