import type vi from '../vi/account';
import type { Shape } from '../shape';
import secondFactor from './second-factor';

const en: Shape<typeof vi> = {
  title: 'Account',
  intro: 'Your password and your sessions.',
  required: {
    title: 'Password change required',
    body: 'Your password was set by an administrator. Please choose your own before going on.',
  },
  password: {
    title: 'Change password',
    hint: 'At least {{min}} characters, any characters (spaces and accented letters too). A phrase of several words is easy to remember and hard to guess. Do not use your name, username or unit name.',
    current: 'Current password',
    new: 'New password',
    confirm: 'New password again',
    mismatch: 'The two new passwords differ.',
    submit: 'Change password',
    show: 'Show password',
    changed: 'Password changed. Your other sessions and API tokens have ended.',
  },
  strength: {
    label: 'Password strength',
    checking: 'Checking the strength…',
    empty: 'At least {{min}} characters.',
    short: '{{count}} of {{min}} characters.',
    score0: 'Very weak: too easy to guess.',
    score1: 'Weak: too easy to guess.',
    score2: 'Fair: not strong enough yet.',
    score3: 'Strong: accepted.',
    score4: 'Very strong.',
  },
  sessions: {
    title: 'Sessions',
    limits:
      'A session ends after {{idle}} minutes without activity, and {{hours}} hours after signing in. Changing the password ends every other session.',
    device: 'Device',
    ip: 'IP address',
    signedInAt: 'Signed in',
    lastSeenAt: 'Last active',
    endsAt: 'Ends',
    current: 'This session',
    unknownDevice: 'Unknown',
    end: 'Sign out',
    endOne: 'Sign out the session on {{device}}',
    endOthers: 'Sign out everywhere else',
    ended: '{{count}} session(s) ended.',
    none: 'No other sessions.',
  },
  secondFactor,
};
export default en;
