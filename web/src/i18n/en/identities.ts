import type vi from '../vi/identities';
import type { Shape } from '../shape';

const en: Shape<typeof vi> = {
  open: 'Sign-in identities',
  title: 'Sign-in identities of {{name}}',
  intro:
    'Accounts of the province’s identity provider (single sign-on) that sign in as this person. Khiên never creates a person from such an account.',
  none: 'No identity is linked.',
  subject: 'Account id (sub)',
  subjectHelp: 'The id the identity provider gives the account (its "sub").',
  issuer: 'Identity provider',
  via: 'Linked by',
  via_administrator: 'An administrator',
  via_claim: 'Verified e-mail',
  link: 'Link',
  linked: 'The identity is linked.',
  unlink: 'Unlink',
  unlinked: 'The identity is unlinked.',
};

export default en;
