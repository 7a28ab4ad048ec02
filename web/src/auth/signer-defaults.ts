import type { Me } from '../api/types';

export interface SignerDefaults {
  agency: string;
  signer: { name: string; title: string };
}

/**
 * What a decision form can fill in for a head who records their own decision: the unit they head,
 * their name and their position. Decisions are Vietnamese documents, so the title is the
 * Vietnamese name of the position whatever the language of the screen. Someone who heads no unit
 * (an organisation officer recording another's decision) gets empty fields to fill.
 */
export function signerDefaults(me: Me | null | undefined): SignerDefaults {
  const headOf =
    me?.grants.find((g) => g.role === 'head' && g.unitId === me.unit.id) ?? me?.grants.find((g) => g.role === 'head');
  if (!me || !headOf) return { agency: '', signer: { name: '', title: '' } };
  return { agency: headOf.unitName, signer: { name: me.fullName, title: me.position?.vi ?? '' } };
}
