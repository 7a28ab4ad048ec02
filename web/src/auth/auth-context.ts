import { createContext, useContext } from 'react';
import type { Me, Role } from '../api/types';

export interface AuthValue {
  me: Me | null | undefined;
  error: unknown;
  signedIn(person: Me): void;
  signOut(): Promise<void>;
}

export const AuthContext = createContext<AuthValue | null>(null);

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in person; only for pages behind the sign-in. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a signed-in person');
  return me;
}

export const hasRole = (me: Me, ...roles: Role[]) => me.grants.some((g) => roles.includes(g.role));
export const mayPropose = (me: Me) => me.grants.some((g) => g.role === 'proposer' && g.unitId === me.unit.id);
export const isAdministrator = (me: Me) => hasRole(me, 'administrator');
export const mayViewOrganisation = (me: Me) => hasRole(me, 'administrator', 'org_officer');
