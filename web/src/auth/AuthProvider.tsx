import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { fetchMe, logout } from '../api/auth';
import { whenUnauthenticated } from '../api/client';
import { isApiError } from '../api/errors';
import type { Me } from '../api/types';
import { AuthContext } from './auth-context';

async function meOrNull(signal: AbortSignal): Promise<Me | null> {
  try {
    return await fetchMe(signal);
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

/** Who is signed in: `undefined` while asking the server, `null` when nobody is. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: ({ signal }) => meOrNull(signal), staleTime: Infinity });

  useEffect(() => {
    whenUnauthenticated(() => client.setQueryData(['me'], null));
  }, [client]);

  const value = {
    me: me.data,
    error: me.error,
    signedIn: (person: Me) => client.setQueryData(['me'], person),
    signOut: async () => {
      await logout();
      client.clear();
      client.setQueryData(['me'], null);
    },
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
